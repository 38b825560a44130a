"""The JSON Schemas of the records and configuration files are exported from their models: a committed schema that
differs from its model's export fails here (regenerate with `python -m harness.contract.export`), and the files
the project ships validate against the exported schemas with a plain JSON Schema validator, as another language
would check them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker

from harness.contract import export
from harness.contract.records import CaseRecord, Deviation, dump

REPO = Path(__file__).resolve().parents[1]


def test_committed_schemas_are_the_models_export():
    stale = export.stale()
    assert stale == [], f"stale schema files {stale}; run `python -m harness.contract.export`"


def test_the_check_names_a_stale_schema_and_the_export_rewrites_it(tmp_path):
    export.write(tmp_path)
    assert export.stale(tmp_path) == []
    path = tmp_path / "config" / "waivers.schema.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"waivers_version"', '"waiver_version"'), encoding="utf-8")
    assert export.stale(tmp_path) == ["config/waivers.schema.json"]
    assert export.write(tmp_path) == [path] and export.stale(tmp_path) == []


def test_the_check_runs_as_a_module():
    proc = subprocess.run([sys.executable, "-m", "harness.contract.export", "--check"], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def _plain(doc: object) -> object:
    """As another language reads the file: YAML dates as their ISO text."""
    return json.loads(json.dumps(doc, default=str))


def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(export.schema(name), format_checker=FormatChecker())


SHIPPED = [
    ("config/rollout-policy.schema.json", ["policies/default.yaml"]),
    ("config/waivers.schema.json", ["policies/waivers.yaml"]),
    ("config/compare-policy.schema.json", ["harness/compare/policy.yaml"]),
    ("config/comparison-rules.schema.json", ["harness/ydelser/*/sammenligning.yaml", "tests/toy_benefit/*/sammenligning.yaml"]),
    ("config/parameters.schema.json", ["harness/ydelser/*/parametre/*.yaml", "tests/toy_benefit/*/parametre/*.yaml"]),
    ("config/interpretations.schema.json", ["harness/ydelser/*/fortolkninger.yaml", "tests/toy_benefit/*/fortolkninger.yaml"]),
    ("config/benefit.schema.json", ["harness/ydelser/*/ydelse.yaml", "tests/toy_benefit/*/ydelse.yaml"]),
    ("config/labels.schema.json", ["harness/ydelser/*/etiketter.yaml", "tests/toy_benefit/*/etiketter.yaml"]),
    ("config/rules.schema.json", ["harness/ydelser/*/reference/regler.yaml", "tests/toy_benefit/*/reference/regler.yaml"]),
    ("records/golden.schema.json", ["golden/*/*.json"]),
    ("records/manifest.schema.json", ["golden/MANIFEST.json"]),
]


@pytest.mark.parametrize(("schema", "patterns"), SHIPPED, ids=[s for s, _ in SHIPPED])
def test_shipped_files_validate_against_their_exported_schema(schema, patterns):
    paths = sorted(p for pattern in patterns for p in REPO.glob(pattern))
    assert paths, f"no files for {schema}"
    validator = _validator(schema)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(_plain(doc))]
        assert errors == [], f"{path.relative_to(REPO)}: {errors[:3]}"


def _record(status: str, deviations: list[Deviation]) -> CaseRecord:
    return CaseRecord(id="X-001-001", ydelse="x", omraade="a", hjemmel=["§ 1"], alvor="B", obligatorisk=True,
                      status=status, reason="", seconds=0.5, deviations=deviations)


DEVIATION = Deviation(id="X-001-001/forkert_beloeb", scenario="X-001-001", klasse="forkert_beloeb",
                      klasse_tekst="forkert beløb", alvor="B", scenario_alvor="B", hjemmel=["§ 1"], omraade="a",
                      besked="1 felt(er) afviger",
                      felter=[{"felt": "beloeb", "forventet": "1.00", "faktisk": "2.00", "art": "ændret"}],
                      forklaring=[{"trin": "T01", "regel": "r", "hjemmel": "§ 1", "resultat": {"beloeb": "1.00"}}])


def test_a_record_and_the_schema_agree_on_what_a_case_is():
    validator = _validator("records/case-record.schema.json")
    good = dump(_record("deviation", [DEVIATION]))
    assert list(validator.iter_errors(good)) == []
    assert "answer" not in good and "undtagelse" not in good["deviations"][0]     # left out, not null
    for bad in ({**good, "status": "pass"}, {**good, "deviations": []}, {**good, "alvor": "D"},
                {**good, "sekunder": 1}, {k: v for k, v in good.items() if k != "omraade"}):
        assert list(validator.iter_errors(bad)), bad
        with pytest.raises(ValueError):
            CaseRecord.model_validate(bad)
