"""One loader for every file the machinery reads: a bad file is named with its line, the field and what was expected
(described from the field's schema), never a traceback; Danish where the text reaches the evidence pack."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from harness.adapters_api import CandidateError, Metadata, result_from_message
from harness.config_files import ConfigError, load_json, load_model
from harness.contract.config import RolloutPolicy
from harness.golden.store import GoldenIntegrityError, parse_golden
from harness.report.evidence import results_errors
from harness.toolkit.parametre import ParameterError, Parameters


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def problems(call) -> list[str]:
    with pytest.raises(ConfigError) as err:
        call()
    return err.value.problems


def test_problems_name_the_line_the_field_and_what_the_schema_expects(tmp_path):
    path = write(tmp_path, "p.yaml", """
        policy_version: "1.0"
        severity:
          A: {max: 0, waivable: false, waiver_required: true}
          B: {max: 5, waivable: maybe}
          C: {max: null}
        coverage: {min_executed_per_area: -1, areas: [beregning, 7]}
        unexpected_pass_block: true
    """)
    assert problems(lambda: load_model(path, RolloutPolicy)) == [
        "line 4, severity.B.waivable: expected true or false, got 'maybe'",
        "line 6, coverage.areas[1]: expected a text, got 7",
        "line 6, coverage.min_executed_per_area: expected a whole number >= 0, got -1",
        "line 7, unexpected_pass_block: unknown field; expected one of policy_version, name, severity, "
        "mandatory_scenarios_executed, coverage, unexpected_pass_blocks, negative_stage, sample_cases_per_benefit, "
        "sample_neighbours_per_benefit, sample_faults, sags_id_format, bench_strength_valid, run_bounds, "
        "no_new_a_against_baseline",
    ]


def test_missing_fields_are_named_together_at_their_place(tmp_path):
    path = write(tmp_path, "p.yaml", """
        name: x
        severity:
          A: {max: 0}
    """)
    assert problems(lambda: load_model(path, RolloutPolicy)) == [
        "missing 'policy_version' (required: policy_version, severity)",
        "line 2, severity: missing 'B', 'C' (required: A, B, C)",
    ]


def test_a_file_that_is_not_a_mapping_says_what_it_should_be(tmp_path):
    path = write(tmp_path, "p.yaml", "- A\n- B\n")
    (problem,) = problems(lambda: load_model(path, RolloutPolicy))
    assert problem.startswith("expected a mapping with policy_version, name, severity") and problem.endswith("got ['A', 'B']")


PARAMETERS = """
    parametre:
      sats:
        hjemmel: "lov § 1"
        vaerdier:
          - {valid_from: 2024-01-01, vaerdi: "100.00", status: confirmed, kilde: "https://example.dk/1"}
          - {valid_from: 2025-01-01, vaerdi: "110.00", status: confirmed, kilde: "https://example.dk/2"}
"""


def test_a_parameter_file_loads_its_values_as_written(tmp_path):
    folder = tmp_path / "parametre"
    folder.mkdir()
    write(folder, "sats.yaml", PARAMETERS)
    import datetime as dt
    value = Parameters(folder).at("sats", dt.date(2025, 6, 1))
    assert (value.vaerdi, value.brug["vaerdi"], value.brug["valid_from"]) == (110, "110.00", "2025-01-01")


@pytest.mark.parametrize(("old", "new", "expected"), [
    (', status: confirmed, kilde: "https://example.dk/2"', "",
     "line 6, parametre.sats.vaerdier[1]: missing 'kilde', 'status' (required: valid_from, vaerdi, kilde, status)"),
    ("valid_from: 2025-01-01", "valid_from: 2024-01-01",
     "line 6, parametre.sats.vaerdier[1].valid_from: two values with the same valid_from 2024-01-01"),
    ('vaerdi: "110.00"', "vaerdi: ti",
     "line 6, parametre.sats.vaerdier[1].vaerdi: expected a decimal number like \"0.08\" or \"4385\", got 'ti'"),
    ("status: confirmed, kilde: \"https://example.dk/2\"", "status: bekraeftet, kilde: \"https://example.dk/2\"",
     "line 6, parametre.sats.vaerdier[1].status: expected one of \"confirmed\", \"UNCONFIRMED\", got 'bekraeftet'"),
])
def test_a_bad_parameter_file_names_the_line_the_parameter_and_the_value(tmp_path, old, new, expected):
    assert old in PARAMETERS
    folder = tmp_path / "parametre"
    folder.mkdir()
    path = write(folder, "sats.yaml", PARAMETERS.replace(old, new))
    with pytest.raises(ParameterError) as err:
        Parameters(folder)
    assert str(err.value) == f"{path}:\n  {expected}"


def test_a_json_file_is_located_by_line_too(tmp_path):
    path = tmp_path / "MANIFEST.json"
    path.write_text(json.dumps({"manifest_version": "1.0", "files": {"x/A.json": "nope"}}, indent=2), encoding="utf-8")
    from harness.contract.golden import Manifest
    assert problems(lambda: load_json(path).validate(Manifest)) == [
        "line 4, files.x/A.json: expected a text matching ^[0-9a-f]{64}$, got 'nope'"]
    path.write_text('{"manifest_version": "1.0",\n "files": {,}}', encoding="utf-8")
    (problem,) = problems(lambda: load_json(path))
    assert problem.startswith("line 2, column 12: not valid JSON")


def test_a_bad_golden_is_named_with_its_file_line_and_field(tmp_path):
    path = tmp_path / "X-001-001.json"
    doc = {"golden_version": "1.0", "id": "X-001-001", "ydelse": "x", "omraade": "a", "alvor": "D", "case": {},
           "decision": {}, "provenance": {"kilde": "gaet"}}
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    with pytest.raises(GoldenIntegrityError) as err:
        parse_golden(path)
    assert err.value.problems == [
        f"{path}: line 6, alvor: expected one of \"A\", \"B\", \"C\", got 'D'",
        f"{path}: line 10, provenance.kilde: expected one of \"reference\", \"haandberegnet\", \"officielt_eksempel\", "
        "got 'gaet'"]


def test_candidate_metadata_errors_are_danish_and_name_the_field():
    with pytest.raises(CandidateError) as err:
        Metadata.from_dict({"system": "KSD", "version": 3, "ydelser": "sygedagpenge", "lovdatoer": {"fra": "1/1/2026"}},
                           "cmd:ksd start")
    assert str(err.value) == ("cmd:ksd start: ugyldige metadata: metadata.ydelser: forventede en liste, hvert element en "
                              "tekst, fik 'sygedagpenge'; metadata.lovdatoer.fra: forventede en dato ÅÅÅÅ-MM-DD eller "
                              "null, fik '1/1/2026'")
    meta = Metadata.from_dict({"system": "KSD", "version": 3, "ydelser": [], "build": "a1", "lovdatoer": {"fra": "2026-01-01"}},
                              "x")
    assert meta.to_dict() == {"system": "KSD", "version": "3", "ydelser": [], "lovdatoer": {"fra": "2026-01-01"},
                              "build": "a1"}


@pytest.mark.parametrize(("message", "kind", "text"), [
    ({"decision": {"a": 1}, "seq": 3}, "decision", ""),
    ({"skipped": True, "reason": "uden for lovdatoer"}, "skipped", "uden for lovdatoer"),
    ({"errored": True, "message": 42, "decision": {}}, "errored", "42"),
    ({"skipped": "yes"}, "errored", "answer is not one of decision/skipped/errored: {'skipped': 'yes'}"),
    ([1, 2], "errored", "answer is not one of decision/skipped/errored: [1, 2]"),
])
def test_a_wire_answer_is_exactly_one_of_decision_skipped_or_errored(message, kind, text):
    result = result_from_message(message)
    assert result.kind == kind and result.reason == text


def test_results_problems_reach_the_evidence_pack_in_danish():
    assert results_errors({"results_version": "2.0"}, lang="da")[0] == 'results_version: forventede "1.0", fik \'2.0\''


@pytest.mark.parametrize("model, doc, field", [
    ("Waiver", {"id": "W1", "scenario": "X-*", "failure_class": "ukendt", "ticket": "T", "owner": "O",
                "workaround": "W", "expires": "2030-01-01"}, "failure_class"),
    ("ClassifyRule", {"path": "a.b", "class": "ukendt"}, "class"),
    ("ComparisonRules", {"explanation": {"steps": "s", "step_id": "id", "ref": "trin"}, "default_class": "ukendt"},
     "default_class"),
])
def test_a_failure_class_the_policy_does_not_know_is_named_with_the_known_ones(model, doc, field):
    from pydantic import ValidationError

    from harness.contract import config
    context = {"failure_classes": ["forkert_beloeb", "forkert_dato"]}
    with pytest.raises(ValidationError, match="unknown failure class 'ukendt'; known: forkert_beloeb, forkert_dato"):
        getattr(config, model).model_validate(doc, context=context)
    getattr(config, model).model_validate({**doc, field: "forkert_dato"}, context=context)


def test_candidate_law_dates_out_of_order_are_refused_at_the_start():
    """Red team r15: a first law day after the last was taken and shown as given (and skipped every scenario of a
    benefit with law dates); the same day for both is one day of law."""
    with pytest.raises(CandidateError) as err:
        Metadata.from_dict({"system": "KSD", "version": "1", "ydelser": [],
                            "lovdatoer": {"fra": "2026-12-31", "til": "2021-01-01"}}, "cmd:ksd start")
    assert str(err.value) == ("cmd:ksd start: ugyldige metadata: metadata.lovdatoer: forventede fra senest samme dag "
                              "som til, fik fra 2026-12-31 og til 2021-01-01")
    one_day = Metadata.from_dict({"system": "KSD", "version": "1", "ydelser": [],
                                  "lovdatoer": {"fra": "2026-01-05", "til": "2026-01-05"}}, "x")
    assert one_day.lovdatoer == {"fra": "2026-01-05", "til": "2026-01-05"}
