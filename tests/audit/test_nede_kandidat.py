"""An asked system that is down stops the audit, resumably, instead of holding it for every case's timeout: after the
rollout policy's run_bounds.silent_cases cases in a row with no answer at all (over 3 calls), the shard in hand is
left unfinished and unlogged, the audit stops with a message naming the cause, and `--resume` with the system up
audits every case once. Real candidate processes (tests/candidates/jsonl_candidate.py), a real process pool."""
from __future__ import annotations

import orjson
import pytest
import yaml

from harness.audit import AuditConfig, audit
from harness.audit.motor import EngineError
from harness.gate.policy import POLICY_ENV, default_rollout_policy
from tests.audit import optagelse
from tests.conftest import cmd_spec


@pytest.fixture
def silent_three(tmp_path, monkeypatch):
    doc = yaml.safe_load(default_rollout_policy().read_text(encoding="utf-8"))
    doc["run_bounds"] = {**doc.get("run_bounds", {}), "silent_cases": 3}
    path = tmp_path / "politik.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))


def _answered(n: int) -> list[tuple[dict, dict]]:
    """n recorded cases the test candidate (the fake reference in a process) answers: it knows no reported months."""
    from tests.fakes.fake_reference import calculate
    out = []
    for case, decision in optagelse.cases("sygedagpenge", 6 * n):
        try:
            calculate(case)
        except Exception:
            continue
        out.append((case, decision))
    assert len(out) >= n
    return out[:n]


def _config(tmp_path, cases, spec, resume=False):
    """Shards of four cases (a plain file is cut by bytes: a shard holds the lines that start in its range)."""
    lines = cases.read_bytes().splitlines(keepends=True)
    return AuditConfig(out=tmp_path / "revision", salt=optagelse.SALT.encode(), cases=cases, kandidat=spec,
                       workers=1, shard_bytes=sum(map(len, lines[:4])), timeout=1.5, resume=resume)


def test_a_system_down_in_the_last_shard_stops_the_audit_and_resume_finishes_it(tmp_path, silent_three):
    records = _answered(12)
    cases = tmp_path / "sager.jsonl"     # equally long lines, so each shard holds four
    cases.write_bytes(b"".join(orjson.dumps(case) + b"\n" for case, _ in records))
    flag = tmp_path / "nede"
    flag.touch()
    down = [a for c, _ in records[8:11] for a in ("--hang", c["sags_id"])]     # the third shard's first three
    spec = cmd_spec("jsonl_candidate.py", *down, "--hang-while", str(flag))
    with pytest.raises(EngineError) as err:
        audit(_config(tmp_path, cases, spec))
    text = str(err.value)
    assert "answered nothing to 3 cases in a row" in text and "silent_cases is 3" in text and "--resume" in text
    logged = [orjson.loads(line) for line in (tmp_path / "revision" / "shards.jsonl").read_bytes().splitlines()]
    assert sorted(r["nr"] for r in logged) == [0, 1] and all("nede" not in r for r in logged)

    flag.unlink()                                       # the system is up again: the same command, --resume
    outcome = audit(_config(tmp_path, cases, spec, resume=True))
    tal = outcome.tal["sager"]                # every case once: the unfinished shard whole, nothing twice
    assert tal["i_alt"] == tal["sammenlignet"] == 12
    logged = [orjson.loads(line) for line in (tmp_path / "revision" / "shards.jsonl").read_bytes().splitlines()]
    assert sorted(r["nr"] for r in logged) == [0, 1, 2]


def test_a_silence_broken_by_answers_never_stops_the_audit(tmp_path, silent_three):
    records = _answered(8)
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(b"".join(orjson.dumps(case) + b"\n" for case, _ in records))
    hangs = [a for c, _ in records[0:8:2] for a in ("--hang", c["sags_id"])]   # every other case: never 3 in a row
    outcome = audit(_config(tmp_path, cases, cmd_spec("jsonl_candidate.py", *hangs)))
    assert outcome.tal["sager"]["i_alt"] == 8 and outcome.tal["sager"]["sammenlignet"] == 8
