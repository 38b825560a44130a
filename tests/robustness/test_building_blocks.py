"""The pieces the catalogue rests on, one by one: escaping, redaction, strict JSON with limits, the linear
comparison, the process group kill."""
from __future__ import annotations

import base64
import copy
import json
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest

from harness import redact
from harness.contract.limits import InvalidAnswer, NotJson, document_problem, loads
from harness.report.escape import html, md, md_code, plain, xml
from tests.robustness.candidates.common import INJECTION

# --- escaping ----------------------------------------------------------------------------------------------


def test_plain_makes_controls_visible_and_keeps_one_line():
    text = plain(INJECTION)
    assert "\n" not in text and "\r" not in text and "\x1b" not in text and "\x00" not in text
    assert "\\x1b[2K" in text and "\\u202e" in text and "\\x00" in text
    assert plain("x" * 50, 10) == "x" * 9 + "…"


def test_markdown_escaping_leaves_no_markup_and_keeps_codes_readable():
    escaped = md(INJECTION)
    specials = [i for i, ch in enumerate(escaped) if ch in "<>*|`~&$"]
    assert specials and all(escaped[i - 1] == "\\" for i in specials)     # every markup character escaped
    assert "](" not in escaped.replace("\\](", "")                           # no link can close
    assert md("maaneder[2022-05].personer[ansoeger]") == "maaneder[2022-05].personer[ansoeger]"
    assert md("manglende_udbetaling 2026-01-05 4084.80") == "manglende_udbetaling 2026-01-05 4084.80"
    assert md("_x_ *y* a|b") == "\\_x\\_ \\*y\\* a\\|b"


def test_code_span_fence_outgrows_the_texts_backticks():
    assert md_code("a ``b`` c") == "```a ``b`` c```"
    assert md_code("`x`") == "`` `x` ``"
    assert md_code("a|b") == "`a\\|b`"


def test_xml_text_always_parses_and_html_is_escaped():
    root = ET.Element("t", message=xml(INJECTION))
    root.text = xml("line 1\x1b[31m\nline 2\x0c\ud800", multiline=True)
    parsed = ET.fromstring(ET.tostring(root, encoding="unicode"))
    assert "\x1b" not in parsed.get("message") and parsed.text.count("\n") == 1
    assert html("<script>alert('GO')</script>") == "&lt;script&gt;alert(&#x27;GO&#x27;)&lt;/script&gt;"


# --- redaction ---------------------------------------------------------------------------------------------

SECRET = "Tok/3n+Sekret=9f1c-aa"


@pytest.fixture
def secret():
    redact.register(SECRET)
    yield SECRET
    redact.clear()


@pytest.mark.parametrize("form", [
    SECRET,
    json.dumps(SECRET)[1:-1].replace("/", "\\/"),
    "".join(f"\\u{ord(c):04x}" for c in SECRET),
    quote(SECRET, safe=""),
    quote(quote(SECRET, safe=""), safe=""),
    SECRET.replace("/", "&#47;"),
    base64.b64encode(b"Bearer " + SECRET.encode()).decode(),
    base64.urlsafe_b64encode(b"x" + SECRET.encode()).decode(),
    SECRET.encode().hex().upper(),
], ids=["raw", "json-slash", "json-unicode", "percent", "double-percent", "html-entity", "base64", "base64url", "hex"])
def test_the_secret_is_blanked_in_every_encoding(secret, form):
    out = redact.redact(f"before {form} after")
    assert "***" in out and SECRET not in out and form not in out


def test_several_encodings_in_one_text_are_all_blanked(secret):
    text = f"{quote(SECRET, safe='')} and {json.dumps(SECRET)[1:-1].replace('/', chr(92) + '/')} and {SECRET}"
    out = redact.redact(text)
    assert quote(SECRET, safe="") not in out and SECRET not in out


def test_documents_are_redacted_keys_too_and_unrelated_text_is_untouched(secret):
    doc = {"a": [SECRET, {SECRET: 1}], "b": "nothing % here \\n"}
    assert redact.redact_doc(doc) == {"a": ["***", {"***": 1}], "b": "nothing % here \\n"}
    assert redact.is_secret(f"Bearer {SECRET}") and not redact.is_secret("Bearer other")


def test_the_harness_records_keep_their_keys_and_foreign_keys_are_redacted():
    """redact_record (the harness's own documents): values redacted, the format's keys never; keys inside the
    free-form values from outside (the candidate's answer, a field's values) are (redteam 3: token-redaction-crash)."""
    word = "scenarier_med_kroner"        # a key of results.json, registered directly (weakness() refuses it as a token)
    redact.register(word)
    try:
        doc = {word: 3, "besked": f"x {word}", "answer": {word: 1}, "felter": [{"faktisk": {word: word}}]}
        assert redact.redact_record(doc) == {word: 3, "besked": "x ***", "answer": {"***": 1},
                                             "felter": [{"faktisk": {"***": "***"}}]}
    finally:
        redact.clear()


@pytest.mark.parametrize("token, problem", [("status", "at least 16"), ("aekvivalente_ved_kons", "part of the word"),
                                            ("ressourceforloebsydelse", "part of the word"), (SECRET, None),
                                            ("tok-3f9c1e7a-do-not-leak-8d2b", None)])
def test_a_token_must_look_like_a_secret(token, problem):
    found = redact.weakness(token)
    assert (found is None) if problem is None else (problem in found)


def test_short_values_are_not_secrets():
    redact.register("abc")
    assert not redact.active()


# --- strict JSON and limits ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ['{"a": NaN}', '[Infinity]', '{"a": -Infinity}', "[" * 100_000 + "]" * 100_000,
                                  '{"a": "' + "x" * 100_001 + '"}', json.dumps(list(range(10_001)))])
def test_non_finite_too_deep_too_long_and_too_many_are_invalid(text):
    with pytest.raises(InvalidAnswer) as err:
        loads(text)
    assert not isinstance(err.value, NotJson)


def test_garbage_is_not_json_and_a_plausible_answer_passes():
    with pytest.raises(NotJson):
        loads("<html>502</html>")
    assert loads('{"udbetalinger": [{"uge": "2026-W03"}]}') == {"udbetalinger": [{"uge": "2026-W03"}]}
    assert document_problem({"a": float("nan")}) and document_problem({"a": [1] * 10_001})
    assert document_problem({"a": [[[]]]}) is None


# --- the comparison is linear -------------------------------------------------------------------------------

def _repeated(n: int):
    from harness.compare import load_policy
    from tests.fakes.fake_reference import calculate
    from tests.suite import case
    expected = calculate(case("C1"))
    actual = copy.deepcopy(expected)
    actual["udbetalinger"] = [copy.deepcopy(actual["udbetalinger"][0]) for _ in range(n)]
    return load_policy(), expected, actual


def test_a_row_repeated_8000_times_compares_in_bounded_time_with_numbered_duplicates():
    from harness.compare import compare_decisions
    policy, expected, actual = _repeated(8000)
    t0 = time.monotonic()
    findings = compare_decisions(policy, "sygedagpenge", expected, actual)
    assert time.monotonic() - t0 < 60                       # generous: quadratic took 30 s, linear takes < 1 s
    (finding,) = findings
    assert finding.klasse == "forkert_beloeb" and finding.message.startswith("8002 felt(er) afviger")
    felter = [c["felt"] for c in finding.changes]
    assert len(felter) == 500 and felter[:3] == ["udbetalinger[2026-W06#2]", "udbetalinger[2026-W06#3]",
                                                 "udbetalinger[2026-W06#4]"]


def test_a_row_repeated_200000_times_is_refused_by_size_before_comparing():
    from harness.compare import compare_decisions
    policy, expected, actual = _repeated(200_000)
    (finding,) = compare_decisions(policy, "sygedagpenge", expected, actual)
    assert finding.klasse == "ugyldigt_svar" and "200.000 elementer" in finding.message


def test_one_inserted_code_in_a_short_list_is_one_change():
    from harness.compare.differ import _raw_changes
    out: list = []
    _raw_changes(["A", "B", "C"], ["A", "X", "B", "C"], ["koder"], out)
    assert out == [(["koder", 1], None, "X", "ekstra")]


# --- process groups ------------------------------------------------------------------------------------------

def test_kill_takes_the_whole_group_grandchildren_included(tmp_path):
    from adapters.processes import Process
    pidfile = tmp_path / "grandchild.pid"
    script = f"sleep 3600 & echo $! > {pidfile}; wait"
    proc = Process(["sh", "-c", script])
    deadline = time.monotonic() + 10
    while not pidfile.exists() or not pidfile.read_text().strip():
        assert time.monotonic() < deadline
        time.sleep(0.02)
    grandchild = int(pidfile.read_text())
    proc.kill()
    deadline = time.monotonic() + 10
    while _alive(grandchild):
        assert time.monotonic() < deadline, "the grandchild survived the group kill"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    state = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True).stdout.strip()
    return bool(state) and not state.startswith("Z")


def test_a_python_candidate_never_runs_in_the_harness(tmp_path, monkeypatch):
    from harness.adapters_api import open_candidate
    (tmp_path / "where_am_i.py").write_text(
        "import os\nMETADATA = {'system': str(os.getpid()), 'version': '1', 'ydelser': ['sygedagpenge']}\n"
        "def calculate(case):\n    return {'pid': os.getpid()}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    cand = open_candidate("python:where_am_i", timeout=5)
    try:
        meta = cand.start()
        (result,) = cand.run([{"sags_id": "x"}])
    finally:
        cand.stop()
    import os
    assert int(meta.system) != os.getpid() and result.decision["pid"] == int(meta.system)
    assert "where_am_i" not in sys.modules
