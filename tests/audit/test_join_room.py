"""Joining a cases file and a decisions file on sags_id copies both (decompressed) into the audit's folder. A small
compressed file can decompress to more than the disk holds: the audit refuses before writing when the disk has no
room, and a disk (or file size limit) that fills while it writes ends in a clear error, with the partial copy
removed, never a traceback or a full disk left behind."""
from __future__ import annotations

import gzip
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from harness.audit import AuditConfig, audit, kilder
from tests.audit import optagelse

REPO = Path(__file__).resolve().parents[2]


def _pair(tmp_path: Path, lines: list[dict], copies: int = 1) -> tuple[Path, Path]:
    cases = tmp_path / "sager.jsonl.gz"
    cases.write_bytes(gzip.compress(b"".join(json.dumps(line["case"]).encode() + b"\n"
                                             for _ in range(copies) for line in lines)))
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(b"".join(json.dumps({"sags_id": line["case"]["sags_id"],
                                               **{k: v for k, v in line.items() if k != "case"}}).encode() + b"\n"
                                   for line in lines))
    return cases, decisions


def test_a_join_larger_than_the_free_disk_is_refused_before_a_byte_is_written(recording, tmp_path, monkeypatch):
    """The free space is the one thing faked: no test can fill this machine's disk. The sizes are the files' own."""
    _records, lines, _planted, _path = recording
    cases, decisions = _pair(tmp_path, lines)
    need = kilder.decompressed_size(cases) + kilder.decompressed_size(decisions)
    real = kilder.shutil.disk_usage

    def nearly_full(path):
        return real(path)._replace(free=need // 2)

    monkeypatch.setattr(kilder.shutil, "disk_usage", nearly_full)
    out = tmp_path / "r"
    with pytest.raises(kilder.InputError) as refused:
        audit(AuditConfig(out=out, salt=optagelse.SALT.encode(), cases=cases, decisions=decisions, workers=1))
    text = str(refused.value)
    assert "joining the cases and decisions files" in text and "free" in text and "--out" in text
    assert not list((out / "par").glob("*.tsv"))


def _limit_file_size(limit: int):
    def set_limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)    # a write past the limit fails (EFBIG) instead of killing
    return set_limit


def test_a_disk_that_fills_while_the_files_are_joined_is_a_clear_error_and_the_copy_is_removed(recording, tmp_path):
    """A real limit in a real process: the run may write files of at most 300 kB (RLIMIT_FSIZE), the join needs more.
    The command says what happened and what to do, exits 2, and leaves no partial copy behind."""
    _records, lines, _planted, _path = recording
    cases, decisions = _pair(tmp_path, lines, copies=4)
    assert kilder.decompressed_size(cases) > 2 * 300_000
    out = tmp_path / "r"
    env = {**os.environ, "YDELSESTJEK_AUDIT_SALT": optagelse.SALT}
    done = subprocess.run([sys.executable, "-m", "harness.cli", "audit", str(cases), str(decisions), "-o", str(out),
                           "-w", "1"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
                          preexec_fn=_limit_file_size(300_000))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "no room to join the cases and decisions files" in done.stderr and "--out" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (out / "par").exists()
