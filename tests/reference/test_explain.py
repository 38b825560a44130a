"""`ydelsestjek explain`: a caseworker-readable decision, the machine form, and clear errors for bad files."""
import json
import subprocess
import sys

from harness.contract import schemas
from harness.explain import dkk, explain_file
from tests.reference.sager import loenmodtager


def _run(tmp_path, content: str, *args) -> subprocess.CompletedProcess:
    path = tmp_path / "sag.json"
    path.write_text(content, encoding="utf-8")
    return subprocess.run([sys.executable, "-c", "from harness.cli import main; main()", "explain", str(path), *args],
                          capture_output=True, text=True, timeout=60)


def test_explain_prints_the_steps_with_their_paragraphs_and_parameters(tmp_path):
    out = _run(tmp_path, json.dumps(loenmodtager()))
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "sygedagpengeloven § 30, stk. 1" in text and "sygedagpengeloven § 47" in text
    assert "Arbejdsgiveren betaler fra 2024-03-04 til 2024-04-02." in text
    assert "4.084,80" in text                                   # Danish number format
    assert "hoejeste_beloeb_pr_uge = 4.695,00 (gyldig fra 2024-01-01" in text
    assert "[UNCONFIRMED]" in text                              # unconfirmed parameters and readings are flagged
    assert "fortolkning FT-SDP-AFRUNDING" in text
    assert "Traceback" not in out.stderr


def test_explain_json_is_a_valid_decision(tmp_path):
    out = _run(tmp_path, json.dumps(loenmodtager()), "--json")
    assert out.returncode == 0
    assert schemas.errors("sygedagpenge", "decision", json.loads(out.stdout)) == []


def test_malformed_json_names_file_line_and_column(tmp_path):
    out = _run(tmp_path, '{\n  "ydelse": "sygedagpenge",\n  "status": \n}')
    assert out.returncode == 2
    assert "sag.json: line 4, column 1: not valid JSON" in out.stderr
    assert "Traceback" not in out.stderr


def test_invalid_field_names_the_field_and_what_was_expected(tmp_path):
    case = loenmodtager()
    case["ansaettelse"]["timefortjeneste"] = 120.5
    case["fravaer"]["sidste_fravaersdag"] = "2024-13-01"
    out = _run(tmp_path, json.dumps(case))
    assert out.returncode == 2
    assert "felt ansaettelse/timefortjeneste" in out.stderr and "expected a string like '4084.80'" in out.stderr
    assert "felt fravaer/sidste_fravaersdag" in out.stderr


def test_cross_field_problem_and_out_of_scope(tmp_path, capsys):
    bad = tmp_path / "a.json"
    bad.write_text(json.dumps(loenmodtager("2024-03-04", "2024-03-01")), encoding="utf-8")
    assert explain_file(str(bad)) == 2
    assert "fravaer/sidste_fravaersdag: expected a date on or after foerste_fravaersdag" in capsys.readouterr().err
    late = tmp_path / "b.json"
    late.write_text(json.dumps(loenmodtager("2026-11-02", "2027-03-31", ansat_fra="2020-01-01")), encoding="utf-8")
    assert explain_file(str(late)) == 2
    assert "uden for referencens dækning" in capsys.readouterr().err
    assert explain_file(str(tmp_path / "missing.json")) == 2


def test_danish_number_format():
    assert (dkk("4084.80"), dkk("1234567.00"), dkk("-12.50"), dkk(True), dkk("2024-04-01")) == \
        ("4.084,80", "1.234.567,00", "-12,50", "ja", "2024-04-01")
