"""The connectables: every way a candidate misbehaves becomes a result, never a crash of the run."""
from __future__ import annotations

import json

import pytest

from harness.adapters_api import CandidateError, open_candidate
from tests.conftest import cmd_spec
from tests.fakes.fake_reference import calculate as fake
from tests.suite import case


def test_unknown_spec_names_the_known_forms():
    with pytest.raises(CandidateError) as err:
        open_candidate("ftp://vendor")
    assert "python:" in str(err.value) and "cmd:" in str(err.value)


def test_python_module_that_cannot_be_imported_is_a_configuration_error():
    with pytest.raises(CandidateError, match="cannot import"):
        open_candidate("python:tests.fakes.no_such_module")


def test_python_module_answers_decisions_and_exceptions_become_errored(tmp_path, monkeypatch):
    (tmp_path / "flaky_candidate.py").write_text(
        "from tests.fakes.fake_reference import calculate as base\n"
        "METADATA = {'system': 'flaky', 'version': '1', 'ydelser': ['sygedagpenge']}\n"
        "def calculate(case):\n"
        "    if case['sags_id'] == 'BOOM': raise ZeroDivisionError('division by zero in sats')\n"
        "    if case['sags_id'] == 'SKIP': return {'skipped': True, 'reason': 'ikke understøttet endnu'}\n"
        "    return base(case)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    cand = open_candidate("python:flaky_candidate")
    meta = cand.start()
    assert (meta.system, meta.version) == ("flaky", "1")
    ok, boom, skip = cand.run([case("OK"), case("BOOM"), case("SKIP")])
    assert ok.kind == "decision" and ok.decision["sags_id"] == "OK"
    assert boom.kind == "errored" and "ZeroDivisionError" in boom.reason
    assert skip.kind == "skipped" and skip.reason == "ikke understøttet endnu"


def test_in_process_module_batch_is_used_and_a_wrong_count_is_errored(tmp_path, monkeypatch):
    """The in-process module candidate (for the bundled demo only) still uses calculate_batch."""
    from adapters.python_module import PythonModuleCandidate
    (tmp_path / "batch_candidate.py").write_text(
        "from tests.fakes.fake_reference import calculate\n"
        "CALLS = []\n"
        "def calculate_batch(cases):\n"
        "    CALLS.append(len(cases))\n"
        "    return [calculate(c) for c in cases][: (1 if any(c['sags_id'] == 'SHORT' for c in cases) else None)]\n",
        encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    cand = PythonModuleCandidate("batch_candidate")
    cand.load()
    cand.start()
    results = cand.run([case("A"), case("B")])
    assert [r.kind for r in results] == ["decision", "decision"]
    assert cand.module.CALLS == [2]
    short = cand.run([case("A"), case("SHORT")])
    assert [r.kind for r in short] == ["errored", "errored"] and "1 answers for 2 cases" in short[0].reason


def test_recorded_file_replays_by_sags_id_and_reports_unrecorded(tmp_path):
    rec = tmp_path / "vendor.jsonl"
    rec.write_text("\n".join([
        json.dumps({"metadata": {"system": "KY-test", "version": "3.1", "ydelser": ["sygedagpenge"]}}),
        json.dumps({"sags_id": "A", "decision": fake(case("A"))}),
        json.dumps({"sags_id": "B", "errored": True, "message": "timeout i testmiljøet"}),
    ]) + "\n", encoding="utf-8")
    cand = open_candidate(f"file:{rec}")
    assert cand.start().system == "KY-test"
    a, b, c = cand.run([case("A"), case("B"), case("C")])
    assert a.kind == "decision" and a.decision["sags_id"] == "A"
    assert b.kind == "errored" and "testmiljøet" in b.reason
    assert c.kind == "skipped" and "C" in c.reason


def test_recorded_file_with_unreadable_lines_errors_unrecorded_cases(tmp_path):
    rec = tmp_path / "vendor.jsonl"
    rec.write_text(json.dumps({"sags_id": "A", "decision": fake(case("A"))}) + "\n{not json\n", encoding="utf-8")
    cand = open_candidate(f"file:{rec}")
    cand.start()
    a, b = cand.run([case("A"), case("B")])
    assert a.kind == "decision"
    assert b.kind == "errored" and "line 2" in b.reason


def test_recorded_file_lines_end_at_newline_only(tmp_path):
    """JSON strings may hold U+2028, U+2029 and U+0085 raw; a line break is \\n alone (CRLF files read too)."""
    rec = tmp_path / "vendor.jsonl"
    message = "fejl\u2028i\u2029sagen\u0085slut"
    rec.write_text(json.dumps({"sags_id": "B", "errored": True, "message": message}, ensure_ascii=False) + "\r\n"
                   + json.dumps({"sags_id": "A", "decision": fake(case("A"))}) + "\r\n", encoding="utf-8")
    cand = open_candidate(f"file:{rec}")
    cand.start()
    assert cand.bad_lines == []
    a, b, c = cand.run([case("A"), case("B"), case("C")])
    assert a.kind == "decision" and b.kind == "errored" and b.reason == message and c.kind == "skipped"


def test_cmd_candidate_is_kept_alive_across_cases(tmp_path):
    log = tmp_path / "starts.log"
    cand = open_candidate(cmd_spec("jsonl_candidate.py", "--log", str(log)), timeout=10)
    try:
        meta = cand.start()
        results = cand.run([case("A"), case("B"), case("C")])
    finally:
        cand.stop()
    assert meta.system == "jsonl-test"
    assert [r.decision["sags_id"] for r in results] == ["A", "B", "C"]
    assert log.read_text().count("start") == 1


def test_cmd_candidate_crash_hang_and_garbage_become_errored_and_the_process_restarts(tmp_path):
    log = tmp_path / "starts.log"
    spec = cmd_spec("jsonl_candidate.py", "--crash", "CRASH", "--hang", "HANG", "--garbage", "JUNK", "--log", str(log))
    cand = open_candidate(spec, timeout=1.0)
    try:
        cand.start()
        results = cand.run([case("A"), case("CRASH"), case("B"), case("HANG"), case("C"), case("JUNK"), case("D")])
    finally:
        cand.stop()
    kinds = [r.kind for r in results]
    assert kinds == ["decision", "errored", "decision", "errored", "decision", "errored", "decision"]
    crash, hang, junk = results[1], results[3], results[5]
    assert "exited (code 3)" in crash.reason and "segmentation fault" in crash.reason
    assert "timeout" in hang.reason
    assert "not JSON" in junk.reason and "502" in junk.reason
    assert [r.decision["sags_id"] for r in results if r.kind == "decision"] == ["A", "B", "C", "D"]
    assert log.read_text().count("start") == 3          # first start + restart after crash + after hang


def test_cmd_candidate_that_cannot_start_raises_candidate_error():
    cand = open_candidate(cmd_spec("jsonl_candidate.py", "--no-start"), timeout=2)
    with pytest.raises(CandidateError, match=r"exited .*cannot open the rules database"):
        cand.start()


def test_cmd_with_missing_program_is_a_configuration_error():
    with pytest.raises(CandidateError, match="not found"):
        open_candidate("cmd:/no/such/program --serve")


def test_reference_connectable_reports_its_version():
    import harness.reference as reference
    meta = open_candidate("reference").start()
    assert meta.version == reference.VERSION and "sygedagpenge" in meta.ydelser


def test_malformed_case_to_reference_is_errored_not_raised():
    cand = open_candidate("reference")
    cand.start()
    (res,) = cand.run([{"ydelse": "nosuchbenefit", "sags_id": "X"}])
    assert res.kind == "errored" and "nosuchbenefit" in res.reason and res.reason.startswith("CaseError")


def test_a_new_spec_prefix_plugs_in_by_registration(tmp_path, monkeypatch):
    from harness.adapters_api import CONNECTABLES, register_connectable
    (tmp_path / "echo_connectable.py").write_text(
        "from harness.adapters_api import Candidate, Metadata, Result\n"
        "class Echo(Candidate):\n"
        "    def __init__(self, url): self.url = url\n"
        "    def start(self): return Metadata('echo', '0.1', ['sygedagpenge'], extra={'url': self.url})\n"
        "    def run(self, cases): return [Result.skipped('echo only') for _ in cases]\n"
        "def open(argument, timeout=None): return Echo(argument)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    register_connectable("echo://", "echo_connectable:open")
    try:
        cand = open_candidate("echo://vendor.example:8080")
        assert cand.start().to_dict()["url"] == "vendor.example:8080"
        assert cand.spec == "echo://vendor.example:8080"
    finally:
        CONNECTABLES.pop("echo://")


def test_answers_of_the_wrong_shape_are_errored():
    from harness.adapters_api import result_from_message
    assert result_from_message({"seq": 1, "svar": 42}).kind == "errored"
    assert result_from_message("decision").kind == "errored"
    assert result_from_message({"skipped": True}).reason == "no reason given"
    assert result_from_message({"decision": {"a": 1}}).decision == {"a": 1}


def test_a_refusal_is_the_candidates_own_word_and_a_crash_or_babble_is_none(tmp_path, monkeypatch):
    """python: a ValueError (or an exception of the module's own) refuses the case; a KeyError, a TypeError or an
    exit is a crash, marked `fault` (no answer). An answer of none of the protocol's shapes is no answer either."""
    from harness.adapters_api import result_from_message
    (tmp_path / "refuser.py").write_text(
        "import sys\n"
        "METADATA = {'system': 'x', 'version': '1', 'ydelser': ['sygedagpenge']}\n"
        "class Afvist(Exception):\n    pass\n"
        "def calculate(case):\n"
        "    how = case['sags_id']\n"
        "    if how == 'VALUE':\n        raise ValueError('negativt timetal')\n"
        "    if how == 'OWN':\n        raise Afvist('ugyldig sag')\n"
        "    if how == 'KEY':\n        return case['findes_ikke']\n"
        "    if how == 'EXIT':\n        sys.exit(3)\n"
        "    return None.attribut\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    cand = open_candidate("python:refuser", timeout=10)
    cand.start()
    try:
        ids = ["VALUE", "OWN", "KEY", "EXIT", "ATTR"]
        results = dict(zip(ids, cand.run([{"sags_id": s} for s in ids])))
    finally:
        cand.stop()
    assert all(r.kind == "errored" for r in results.values())
    assert not results["VALUE"].fault and not results["OWN"].fault
    assert results["KEY"].fault and results["EXIT"].fault and results["ATTR"].fault
    assert result_from_message({"seq": 1, "status": 500}).fault
    assert not result_from_message({"seq": 1, "errored": True, "message": "afvist"}).fault


def test_every_case_goes_out_with_its_keys_in_one_order():
    """Goldens, generated cases and mutated ones differ in the order of their keys; on the wire they do not, so a
    candidate cannot tell a test case by it (cmd: and python: lines, HTTP bodies)."""
    from adapters import fastjson
    from adapters.subprocess_jsonl import _line
    generated = {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "SDP-001-002", "status": "ledig"}
    from_golden = dict(sorted(generated.items()))
    assert _line({"cmd": "run", "seq": 1, "case": generated}) == _line({"seq": 1, "case": from_golden, "cmd": "run"})
    assert fastjson.dumps({"cases": [generated]}) == fastjson.dumps({"cases": [from_golden]})
    with pytest.raises(ValueError):              # sorting keeps the refusal of NaN
        _line({"case": {"x": float("nan")}})


@pytest.mark.parametrize("msg", [
    {"decision": {"a": 1}}, {"seq": 3, "decision": None}, {"decision": [1, 2], "extra": "x"},
    {"decision": {}, "errored": True, "message": "m"}, {"decision": {}, "errored": 1}, {"decision": {}, "errored": "true"},
    {"decision": {}, "skipped": True, "reason": 7}, {"decision": {}, "skipped": 1}, {"decision": {}, "skipped": False},
    {"decision": {}, "errored": False, "skipped": None}, {"errored": True, "nedbrud": True}, {"skipped": True},
    {"Decision": {}}, {"decision": {}, "errored": True, "nedbrud": True}, {"decision": {}, "errored": 1.0},
    {"decision": {}, "skipped": 1.0}, {"decision": {}, "errored": 0}, {"decision": {}, "skipped": "yes"},
])
def test_a_decision_read_without_the_model_is_the_one_the_model_reads(msg):
    """result_from_message takes a decision without validating the message's model; every shape is read as the
    model reads it (the union, errored then skipped then decision)."""
    from harness.adapters_api import Result, _answer, result_from_message
    from harness.contract.messages import DecisionAnswer, ErroredAnswer, SkippedAnswer
    try:
        model = _answer().validate_python(msg)
    except Exception:
        model = None
    got = result_from_message(msg)
    if isinstance(model, DecisionAnswer):
        assert got == Result.of_decision(msg["decision"]) and got.decision is msg["decision"]
    elif isinstance(model, SkippedAnswer):
        assert got.kind == "skipped"
    elif isinstance(model, ErroredAnswer):
        assert got.kind == "errored"
    else:
        assert got.kind == "errored" and got.fault
