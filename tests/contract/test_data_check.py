"""A benefit's data files are read and checked once, before any case runs (harness.reference.check_data): a broken
description, plausibility rule or parameter file stops a run with exit 2, naming the file, the line and the field.
Before, a broken parameter file was reported as the same error against every golden, a broken ydelse.yaml as an
"internal error", and a plausibility rule whose path names no field switched itself off without a word (red team
round 9). Run on a copy of the toy benefit (tests/toy_benefit), edited."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness.config_files import ConfigError
from harness.contract import ydelse as registry
from harness.reference import check_data

TOY = Path(__file__).resolve().parents[1] / "toy_benefit"
REPO = Path(__file__).resolve().parents[2]
DESCRIPTION = """titel: Prøveydelse (test, ikke lov)
id_praefiks: PRV
paragraf_tags: {prl: prøveloven}
omraader:
  maanedsbeloeb: "Månedsbeløbet (prøveloven § 2)"
"""


def _clear() -> None:
    from harness.contract import schemas
    for fn in (registry.alle, schemas._registry, schemas.validator):
        fn.cache_clear()


@pytest.fixture
def toy(monkeypatch, tmp_path):
    """A copy of the toy benefit installed from tmp_path: its folder, to edit."""
    root = tmp_path / "toy"
    shutil.copytree(TOY, root, ignore=shutil.ignore_patterns("scenarios", "__pycache__"))
    monkeypatch.syspath_prepend(str(root))
    _clear()
    yield root / "proeveydelse"
    monkeypatch.undo()
    for name in [m for m in sys.modules if m == "proeveydelse" or m.startswith("proeveydelse.")]:
        del sys.modules[name]
    _clear()


def _problems(navn: str = "proeveydelse") -> tuple[Path, list[str]]:
    with pytest.raises(ConfigError) as caught:
        check_data([navn])
    return caught.value.path, caught.value.problems


def test_the_shipped_benefits_and_the_toy_pass(toy):
    check_data()


def test_a_rule_path_that_names_no_field_is_named_with_its_line(toy):
    (toy / "ydelse.yaml").write_text(DESCRIPTION + "plausibilitet:\n  forskellige: [maaneder/*/maand]\n",
                                     encoding="utf-8")
    path, problems = _problems()
    assert path == toy / "ydelse.yaml"
    assert problems == ["line 7, plausibilitet.forskellige[0]: 'maaneder/*/maand' names no field of the case schema"]


def test_the_same_rule_with_the_field_spelt_right_passes(toy):
    (toy / "ydelse.yaml").write_text(DESCRIPTION + "plausibilitet:\n  forskellige: [maaneder/*/maaned]\n",
                                     encoding="utf-8")
    check_data(["proeveydelse"])
    assert registry.find("proeveydelse").plausibilitet.forskellige == ("maaneder/*/maaned",)


def test_an_order_rule_on_a_field_that_is_no_date_is_named(toy):
    (toy / "ydelse.yaml").write_text(DESCRIPTION + "plausibilitet:\n  orden:\n"
                                     "    - {foer: maaneder/*/maaned, efter: maaneder/*/indtaegt}\n", encoding="utf-8")
    _, problems = _problems()
    assert problems == ["line 8, plausibilitet.orden[0].efter: 'maaneder/*/indtaegt' is not a date or a month in the "
                        "case schema; an order rule compares dates"]


def test_a_broken_parameter_file_is_one_error_with_its_line(toy):
    sats = toy / "parametre" / "sats.yaml"
    sats.write_text(sats.read_text(encoding="utf-8").replace("status: confirmed}", "status: bekraeftet}", 1),
                    encoding="utf-8")
    path, problems = _problems()
    assert path == sats
    assert problems == ["line 5, parametre.proeveydelse.sats.vaerdier[0].status: expected one of \"confirmed\", "
                        "\"UNCONFIRMED\", got 'bekraeftet'"]


def test_a_description_that_breaks_its_model_names_the_line(toy):
    (toy / "ydelse.yaml").write_text(DESCRIPTION.replace("id_praefiks: PRV", "id_praefiks: prv"), encoding="utf-8")
    path, problems = _problems()
    assert path == toy / "ydelse.yaml"
    assert len(problems) == 1 and "line 2, id_praefiks: expected a text matching" in problems[0]


def test_the_cli_stops_with_exit_2_naming_the_file_not_an_internal_error(toy, tmp_path):
    (toy / "ydelse.yaml").write_text(DESCRIPTION + "plausibilitet:\n  stigende: [maaneder/*/mnd]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(toy.parent), str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "harness.cli", "run", "--candidate", "reference", "--out",
                           str(tmp_path / "r")], env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    assert f"configuration error in {toy / 'ydelse.yaml'}" in done.stderr
    assert "line 7, plausibilitet.stigende[0]: 'maaneder/*/mnd' names no field" in done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "r").exists() or not any((tmp_path / "r").iterdir())   # stopped before any case


def test_the_audit_stops_the_same_way(toy, tmp_path):
    (toy / "ydelse.yaml").write_text(DESCRIPTION.replace("id_praefiks: PRV", "id_praefiks: 7"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(toy.parent), str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "harness.cli", "audit", "--generate", "10", "-c", "reference", "--ydelse",
                           "sygedagpenge", "-w", "1", "-q", "-o", str(tmp_path / "a")], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    assert str(toy / "ydelse.yaml") in done.stderr and "line 2, id_praefiks" in done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr


def test_the_golden_workflow_stops_the_same_way(toy, tmp_path):
    sats = toy / "parametre" / "sats.yaml"
    sats.write_text(sats.read_text(encoding="utf-8").replace("status: confirmed}", "status: bekraeftet}", 1),
                    encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(toy.parent), str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "harness.cli", "golden", "update", "--ydelse", "proeveydelse",
                           "--scenario-dir", str(TOY / "scenarios"), "--golden-dir", str(tmp_path / "golden")],
                          env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    assert f"configuration error in {sats}" in done.stderr and "line 5, parametre.proeveydelse.sats" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "golden" / "proeveydelse").exists()   # no proposal written from broken law


def test_a_feature_file_that_is_not_gherkin_is_named_not_an_internal_error(tmp_path):
    from harness.scenarios import features
    folder = tmp_path / "sygedagpenge"
    folder.mkdir()
    shipped = sorted((REPO / "scenarios" / "sygedagpenge").glob("*.feature"))[0]
    text = shipped.read_text(encoding="utf-8")
    (folder / shipped.name).write_text(text.replace("  Scenarie:", "  Scenari:", 1), encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "  Scenarie:" in t)
    with pytest.raises(ConfigError) as caught:
        features.load_instances("sygedagpenge", tmp_path)
    assert caught.value.path == folder / shipped.name
    assert caught.value.problems[0].startswith(f"cannot be read as Gherkin (run `ydelsestjek lint`): ({line}:5): ")


@pytest.mark.parametrize(("edit", "expected"), [
    ('vaerdi: "1000.00"', "line 5, parametre.proeveydelse.sats.vaerdier[0].vaerdi: expected a decimal number like "
                          "\"0.08\" or \"4385\", got '1e3'"),
    ("float", "line 5, parametre.proeveydelse.sats.vaerdier[0].vaerdi: expected a decimal number like \"0.08\" or "
              "\"4385\" (quote it: an unquoted decimal is read as a float), got 1000.0"),
    ("gyldig_til", "line 4, parametre.proeveydelse.sats.gyldig_til: expected gyldig_til on or after the last "
                   "valid_from (2020-01-01), got 2019-12-31"),
    ("order", "line 6, parametre.proeveydelse.sats.vaerdier[1].valid_from: expected the values in the order of their "
              "valid_from: 2019-01-01 comes after 2020-01-01"),
])
def test_parameter_values_in_another_form_or_order_are_refused(toy, edit, expected):
    """Red team round 10: an exponent ("1e3"), a gyldig_til before the last value, values out of date order passed
    the check (and the gyldig_til one broke a later command as an internal error); round 10b: an unquoted decimal,
    read as a float (1000.00 became "1000.0" in every explanation)."""
    sats = toy / "parametre" / "sats.yaml"
    text = sats.read_text(encoding="utf-8")
    first = '      - {valid_from: 2020-01-01, vaerdi: "1000.00"'
    if edit == "gyldig_til":
        text = text.replace('    hjemmel: "prøveloven § 2, stk. 1 (made up for a test)"\n',
                            '    hjemmel: "prøveloven § 2, stk. 1 (made up for a test)"\n    gyldig_til: 2019-12-31\n', 1)
    elif edit == "float":
        text = text.replace('vaerdi: "1000.00"', "vaerdi: 1000.00", 1)
    elif edit == "order":
        text = text.replace(first, first + ', kilde: "x", status: confirmed}\n'
                            + first.replace("2020-01-01", "2019-01-01"), 1)
    else:
        text = text.replace(edit, 'vaerdi: "1e3"', 1)
    sats.write_text(text, encoding="utf-8")
    assert _problems() == (sats, [expected])
