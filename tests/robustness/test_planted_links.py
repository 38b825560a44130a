"""Links planted in a pack (one received from a vendor, a run folder on a shared drive) are replaced, never written
through: red team round 8 made `report` overwrite policies/default.yaml with a candidate's answer through a
deviation file's link, and the next demo run came out GO. Every file the pack's writer puts is checked here against
a victim file outside the pack that must keep its bytes; so are the audit folder's own files."""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.audit import AuditConfig, audit
from harness.cli import app
from harness.config_files import ConfigError

cli = CliRunner()
VICTIM = b"policy: the municipality's own\n"


@pytest.fixture(scope="module")
def demo_pack(tmp_path_factory) -> Path:
    """A demo run's pack (NO-GO, with deviations and the candidate's answers)."""
    out = tmp_path_factory.mktemp("pack")
    res = cli.invoke(app, ["run", "--candidate", "demo", "--out", str(out), "--run-id", "r", "--today", "2026-11-23",
                           "--only", "SDP-050-*"])
    assert res.exit_code == 1, res.output
    return out / "r"


def _received(demo_pack: Path, tmp_path: Path) -> Path:
    pack = tmp_path / "received"
    shutil.copytree(demo_pack, pack)
    return pack


def _victim(tmp_path: Path) -> Path:
    victim = tmp_path / "outside" / "default.yaml"
    victim.parent.mkdir()
    victim.write_bytes(VICTIM)
    return victim


def test_report_replaces_a_linked_deviation_file_and_leaves_its_target_alone(demo_pack, tmp_path):
    pack, victim = _received(demo_pack, tmp_path), _victim(tmp_path)
    answers = sorted((pack / "deviations").glob("*.svar.json"))
    assert answers
    planted = answers[0]
    planted.unlink()
    planted.symlink_to(os.path.relpath(victim, planted.parent))
    for name in ("summary.md", "rapport.html", "junit.xml"):
        (pack / name).unlink()
        (pack / name).symlink_to(victim)
    res = cli.invoke(app, ["report", str(pack)])
    assert res.exit_code == 1, res.output
    assert victim.read_bytes() == VICTIM
    assert not planted.is_symlink() and json.loads(planted.read_text(encoding="utf-8")) is not None
    for name in ("summary.md", "rapport.html", "junit.xml"):
        assert not (pack / name).is_symlink() and (pack / name).stat().st_size > len(VICTIM)


def test_report_replaces_a_linked_deviations_folder(demo_pack, tmp_path):
    pack = _received(demo_pack, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.rmtree(pack / "deviations")
    (pack / "deviations").symlink_to(elsewhere, target_is_directory=True)
    res = cli.invoke(app, ["report", str(pack)])
    assert res.exit_code == 1, res.output
    assert list(elsewhere.iterdir()) == []
    assert (pack / "deviations").is_dir() and not (pack / "deviations").is_symlink()
    assert any((pack / "deviations").glob("*.json"))


def test_the_rewritten_files_are_readable_by_others(demo_pack, tmp_path):
    """Written under a temporary name, the files still get an ordinary file's mode (a pack is read by others)."""
    pack = _received(demo_pack, tmp_path)
    old = os.umask(0o022)
    try:
        res = cli.invoke(app, ["report", str(pack)])
    finally:
        os.umask(old)
    assert res.exit_code == 1, res.output
    assert (pack / "summary.md").stat().st_mode & 0o777 == 0o644


# --- the audit's folder ------------------------------------------------------------------------------------

def _audited(tmp_path: Path) -> tuple[Path, AuditConfig]:
    """An audit stopped (Ctrl-C) after its first shard, to resume (a finished audit is never resumed)."""
    from harness.audit import AuditInterrupted
    from tests.audit import optagelse
    records = optagelse.cases("sygedagpenge", 30)
    lines, _ = optagelse.plant(records)
    path = optagelse.write(tmp_path / "ksd.jsonl", lines)
    cfg = AuditConfig(out=tmp_path / "revision", salt=optagelse.SALT.encode(), recorded=path, workers=1,
                      in_flight=1, shard_bytes=40_000)

    def stop(done, _total, _res):
        raise KeyboardInterrupt

    with pytest.raises(AuditInterrupted):
        audit(cfg, stop)
    return tmp_path / "revision", cfg


def test_a_resumed_audit_writes_its_store_past_a_link_at_the_old_temporary_name(tmp_path):
    """The store, the part files and the manifest were written to fixed temporary names (afvigelser.tmp): a link
    planted there was written through when the audit was resumed. They are made fresh now."""
    out, cfg = _audited(tmp_path)
    victim = _victim(tmp_path)
    for name in ("afvigelser.tmp", "audit.json.tmp", "summary.md"):
        (out / name).unlink(missing_ok=True)
        (out / name).symlink_to(victim)
    audit(replace(cfg, resume=True))
    assert victim.read_bytes() == VICTIM
    assert not (out / "summary.md").is_symlink() and (out / "afvigelser.parquet").stat().st_size > 0


def test_a_link_in_place_of_the_audit_log_is_refused_naming_it(tmp_path):
    out, cfg = _audited(tmp_path)
    elsewhere = tmp_path / "elsewhere.jsonl"
    shutil.copy(out / "shards.jsonl", elsewhere)
    (out / "shards.jsonl").unlink()
    (out / "shards.jsonl").symlink_to(elsewhere)
    before = elsewhere.read_bytes()
    with pytest.raises(ConfigError) as refused:
        audit(replace(cfg, resume=True))
    assert str(out / "shards.jsonl") in str(refused.value.path) and "a link, pipe or device" in refused.value.problems[0]
    assert elsewhere.read_bytes() == before
