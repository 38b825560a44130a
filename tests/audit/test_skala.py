"""The audit at scale: an audit killed mid-way resumes to the same store with no case lost or counted twice; the
Dask engine (a real LocalCluster of worker processes, reached by its address) gives the same store as the local
process pool."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from harness.audit import AuditConfig, audit
from tests.audit import optagelse

REPO = Path(__file__).resolve().parents[2]


def _store(out: Path) -> list[dict]:
    return pq.read_table(out / "afvigelser.parquet").to_pylist()


@pytest.fixture(scope="module")
def big_recording(tmp_path_factory):
    records = optagelse.cases("sygedagpenge", 1500) + optagelse.cases("kontanthjaelp", 300)
    lines, planted = optagelse.plant(records)
    path = optagelse.write(tmp_path_factory.mktemp("stor") / "ksd.jsonl", lines, junk=True)
    return records, planted, path


def _log_lines(out: Path) -> list[str]:
    try:
        return (out / "shards.jsonl").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def test_killed_audit_resumes_to_the_same_store_without_duplicates(big_recording, tmp_path):
    records, planted, path = big_recording
    shard_mb = "0.02"   # ≈ 3 cases per shard: hundreds of shards
    exe = Path(sys.executable).with_name("ydelsestjek")
    env = {**os.environ, "YDELSESTJEK_AUDIT_SALT": optagelse.SALT}
    out = tmp_path / "afbrudt"
    cmd = [str(exe), "audit", str(path), "-o", str(out), "-w", "1", "--shard-mb", shard_mb, "-q"]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while len(_log_lines(out)) < 20 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        os.killpg(proc.pid, signal.SIGKILL)   # the coordinator and its workers, mid-way, with no chance to tidy up
    finally:
        proc.wait(timeout=60)
    done_at_kill = len(_log_lines(out))
    total = -(-path.stat().st_size // int(float(shard_mb) * 1024 * 1024))
    assert 20 <= done_at_kill < total, (done_at_kill, total)
    assert not (out / "afvigelser.parquet").exists()

    resumed = subprocess.run(cmd + ["--resume"], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 1, resumed.stderr

    whole = tmp_path / "hel"
    audit(AuditConfig(out=whole, salt=optagelse.SALT.encode(), recorded=path, workers=2,
                      shard_bytes=int(float(shard_mb) * 1024 * 1024)))
    rows = _store(out)
    assert rows == _store(whole)
    assert len({(r["pseudonym"], r["felt"]) for r in rows}) == len(rows)     # no row twice
    assert {r["pseudonym"] for r in rows} == {optagelse.pseudonym(p.sags_id) for p in planted}
    numbers = [int(line.split('"nr": ')[1].split(",")[0]) for line in _log_lines(out) if line.strip()]
    assert sorted(numbers) == list(range(total))                              # every shard once
    import json
    figures = json.loads((out / "summary.json").read_text(encoding="utf-8"))["tal"]["sager"]
    assert figures["i_alt"] == len(records) + 1 and figures["afvigende"] == len(planted)


def test_dask_and_local_engines_give_identical_stores(recording, tmp_path):
    from distributed import LocalCluster
    _, _, planted, path = recording
    salt = optagelse.SALT.encode()
    audit(AuditConfig(out=tmp_path / "lokal", salt=salt, recorded=path, workers=2, shard_bytes=100_000))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        outcome = audit(AuditConfig(out=tmp_path / "dask", salt=salt, recorded=path, engine="dask",
                                    scheduler=cluster.scheduler_address, shard_bytes=100_000))
    assert "Dask-klynge" in outcome.tal["koersel"]["motor"]
    own = audit(AuditConfig(out=tmp_path / "dask-lokal", salt=salt, recorded=path, engine="dask", workers=2,
                            shard_bytes=100_000))
    assert "LocalCluster" in own.tal["koersel"]["motor"]
    local = _store(tmp_path / "lokal")
    assert len({r["pseudonym"] for r in local}) == len(planted)
    assert _store(tmp_path / "dask") == local
    assert _store(tmp_path / "dask-lokal") == local
