"""The minimal JSON-lines candidate in docs/run.md works as written (with the reference as 'your system')."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from typer.testing import CliRunner

from harness.cli import app
from harness.reference import calculate
from tests.suite import write_suite

DOC = Path(__file__).resolve().parents[1] / "docs" / "run.md"


def test_the_documented_cmd_candidate_passes_smoke_and_run(tmp_path):
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    assert "from my_system import beregn" in code
    (tmp_path / "my_system.py").write_text("from harness.reference import calculate as beregn\n", encoding="utf-8")
    script = tmp_path / "my_candidate.py"
    repo = Path(__file__).resolve().parents[1]
    script.write_text(f"import sys; sys.path[:0] = [{str(tmp_path)!r}, {str(repo)!r}]\n" + code, encoding="utf-8")
    golden = write_suite(tmp_path / "golden", calculate)
    spec = f"cmd:{sys.executable} {script}"
    runner = CliRunner()
    smoke = runner.invoke(app, ["smoke", "--candidate", spec, "--golden-dir", str(golden)])
    assert smoke.exit_code == 0, smoke.output
    assert "Mit-system 1.0" in smoke.output
    run = runner.invoke(app, ["run", "--candidate", spec, "--golden-dir", str(golden), "--out", str(tmp_path / "r")])
    assert run.exit_code == 0, run.output
