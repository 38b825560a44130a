"""`ydelsestjek lint` lists every problem with file and line (not one assertion) and exits 1; clean is 0."""
from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from harness.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_clean_scenarios_exit_0():
    result = CliRunner().invoke(app, ["lint"])
    assert result.exit_code == 0 and "0 problemer" in result.output


def test_every_problem_is_listed_with_file_and_line(tmp_path):
    folder = tmp_path / "sygedagpenge"
    shutil.copytree(ROOT / "scenarios" / "sygedagpenge", folder)
    path = folder / "satsskift.feature"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("Givet en lønmodtager ansat siden", "Givet en lønmodtager ansat fra", 1).replace(
        "@alvor:A", "@alvor:Q", 1)
    path.write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--scenario-dir", str(tmp_path), "--ydelse", "sygedagpenge"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "satsskift.feature:" in line]
    assert any("intet Givet-trin" in line for line in lines) and any("ukendt alvor 'Q'" in line for line in lines)
    assert "2 problemer" in result.output or "problemer" in result.output.splitlines()[-1]


def test_unknown_benefit_is_exit_2():
    result = CliRunner().invoke(app, ["lint", "--ydelse", "barsel"])
    assert result.exit_code == 2 and "unknown benefit 'barsel'" in result.output


def test_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("ydelsestjek ")
