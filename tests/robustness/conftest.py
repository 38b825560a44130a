"""The robustness catalogue's harness: every hostile run is a real `ydelsestjek run` subprocess (so a hang of
the harness itself is caught by a bound, not by a stuck test), against a six-scenario golden set computed by the
fake calculator, with a bearer token in the environment that must never come out.

`contained(outcome)` is the contract every hostile case must keep: the run ended (within the subprocess bound),
exited NO-GO (1), recorded every scenario exactly once (results.jsonl and results.json), and no form of the
secret appears in anything it wrote or printed.
"""
from __future__ import annotations

import base64
import json
import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from tests.fakes.fake_reference import calculate as fake
from tests.suite import write_suite

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
CANDIDATES = HERE / "candidates"
TOKEN = "sEcr3t/T0ken+R0bust=ness-7c1f"     # with / + = so that every escaping changes it
BOUND = 120                                  # seconds any hostile run may take before the test calls it a hang


def secret_forms(token: str = TOKEN) -> list[bytes]:
    """The secret as a leak would show it: raw, JSON-escaped (with \\/), percent-encoded, base64 and hex."""
    forms = {token, json.dumps(token)[1:-1].replace("/", "\\/"), quote(token, safe=""), quote(token),
             base64.b64encode(token.encode()).decode(), base64.b64encode(b"Bearer " + token.encode()).decode(),
             token.encode().hex()}
    return [f.encode() for f in forms]


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    out: Path              # the run's folder
    golden_ids: list[str]
    root: Path             # everything the run could write to (the --out folder)

    @property
    def results(self) -> dict:
        return json.loads((self.out / "results.json").read_text(encoding="utf-8"))

    def case(self, gid: str) -> dict:
        return next(c for c in self.results["cases"] if c["id"] == gid)


def ydelsestjek(*args: str, env: dict | None = None, timeout: float = BOUND) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from harness.cli import main; main()", *args], cwd=REPO,
                          env={**os.environ, "YDELSESTJEK_TOKEN": TOKEN, **(env or {})},
                          capture_output=True, text=True, timeout=timeout)


def hostile_run(tmp_path: Path, spec: str, *extra: str, env: dict | None = None, run_id: str = "r") -> Outcome:
    golden = tmp_path / "golden"
    if not golden.exists():
        write_suite(golden, fake)
    out = tmp_path / "reports"
    proc = ydelsestjek("run", "--candidate", spec, "--golden-dir", str(golden), "--out", str(out),
                       "--run-id", run_id, "--today", "2026-11-23", *extra, env=env)
    ids = sorted(p.stem for p in (golden / "sygedagpenge").glob("*.json"))
    return Outcome(proc.returncode, proc.stdout, proc.stderr, out / run_id, ids, out)


def leaks(outcome: Outcome) -> list[str]:
    """Where any form of the secret appears: files under --out, stdout, stderr."""
    found = []
    sources = [("stdout", outcome.stdout.encode()), ("stderr", outcome.stderr.encode())]
    sources += [(str(p), p.read_bytes()) for p in outcome.root.rglob("*") if p.is_file()]
    for name, data in sources:
        for form in secret_forms():
            if form in data or form.lower() in data.lower():
                found.append(f"{name}: {form!r}")
    return found


def contained(outcome: Outcome) -> dict:
    """The catalogue's contract (see the module docstring); returns results.json."""
    assert outcome.code == 1, f"exit {outcome.code}\nstdout: {outcome.stdout[-2000:]}\nstderr: {outcome.stderr[-2000:]}"
    lines = [json.loads(line) for line in (outcome.out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in lines) == outcome.golden_ids          # every scenario once, none twice
    results = outcome.results                                             # strict JSON: no NaN survives
    json.loads((outcome.out / "results.json").read_text(encoding="utf-8"),
               parse_constant=lambda c: (_ for _ in ()).throw(AssertionError(f"{c} in results.json")))
    assert sorted(c["id"] for c in results["cases"]) == outcome.golden_ids
    assert results["gate"]["verdict"] == "NO-GO"
    assert "NO-GO — ikke godkendt til udrulning" in outcome.stdout
    import xml.etree.ElementTree as ET
    ET.parse(outcome.out / "junit.xml")                                  # always valid XML
    assert not leaks(outcome), leaks(outcome)
    return results


def py_spec() -> str:
    return "python:tests.robustness.candidates.py_hostile"


def cmd_spec(mode: str, *extra: str) -> str:
    return "cmd:" + shlex.join([sys.executable, str(CANDIDATES / "cmd_hostile.py"), mode, *extra])


def wrapped_spec(mode: str, *extra: str) -> str:
    """The candidate started through `sh -c '…; exit 0'`: the shell forks it (it is not the last command), so
    the process the harness started is the shell and the candidate is its child — the harness's grandchild."""
    inner = shlex.join([sys.executable, str(CANDIDATES / "cmd_hostile.py"), mode, *extra]) + "; exit 0"
    return "cmd:" + shlex.join(["sh", "-c", inner])
