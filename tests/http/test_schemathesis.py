"""Our HTTP contract under a maintained third-party OpenAPI tester: Schemathesis, every check, against the sample
service on loopback, reading the served document (GET /openapi.json) as a vendor's CI would (README: "Testing an
endpoint against the contract"). The hook keeps its "valid" cases inside the rules JSON Schema cannot state
(harness/contract/schemathesis_hooks.py); a service that breaks the contract is caught by the same command."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from adapters.sample_service.server import BackgroundServer
from harness.contract.schemas import benefits
from tests.http.conftest import REPO, TOKEN

ST = Path(sys.executable).with_name("st")
SEED = "20261126"


def schemathesis(url: str, report: Path, *extra: str, examples: int = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ST), "run", f"{url}/openapi.json", "--checks", "all", "--seed", SEED, "--max-examples", str(examples),
         "--workers", "1", "--generation-database", "none", "--no-color", "--report", "junit",
         "--report-junit-path", str(report), *extra],
        env={**os.environ, "SCHEMATHESIS_HOOKS": "harness.contract.schemathesis_hooks"}, cwd=REPO,
        capture_output=True, text=True, timeout=900)


def test_the_contract_and_the_sample_service_pass_schemathesis_with_every_check(reference_service, tmp_path):
    proc = schemathesis(reference_service.url, tmp_path / "junit.xml", "-H", f"Authorization: Bearer {TOKEN}")
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    operations = 1 + 2 * len(benefits())                 # /info, and each benefit's single and batch path
    assert "No issues found" in proc.stdout and f"{operations} selected / {operations} total" in proc.stdout
    cases = ET.parse(tmp_path / "junit.xml").getroot().iter("testcase")
    names = {tc.get("name") for tc in cases}
    assert names == {"GET /info"} | {f"POST /v1/{b}/decisions{s}" for b in benefits() for s in ("", "/batch")}
    assert TOKEN not in proc.stdout


def test_schemathesis_catches_a_service_that_breaks_the_contract(tmp_path):
    """The same command fails on the echo service (schema-invalid placeholder decisions): the check can fail."""
    with BackgroundServer(echo=True) as server:
        proc = schemathesis(server.url, tmp_path / "junit.xml", examples=10)
    assert proc.returncode == 1, proc.stdout[-3000:]
    assert "Response violates schema" in proc.stdout
