"""Lines are read bounded (harness/audit/kilder.py MAX_LINE): a line longer than the limit, such as a small gzip
file that decompresses to one line of hundreds of MB, is counted as unreadable at its offset and skipped without
being held in memory, and the audit goes on with the lines after it. A compressed input's decompressed size
cannot fill the memory another way either (a shard's joined lines, a joined pair's partitions)."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import orjson
import pytest

from harness.audit import kilder
from tests.audit import optagelse

REPO = Path(__file__).resolve().parents[2]
MIB = 1 << 20


def _bomb(path: Path, before: list[bytes], mib: int, after: list[bytes]) -> Path:
    """A gzip file: the lines `before`, one line of `mib` MiB of 'a', the lines `after` (a few hundred KB on disk)."""
    block = b"a" * MIB
    with gzip.open(path, "wb", compresslevel=1) as f:
        for line in before:
            f.write(line)
        for _ in range(mib):
            f.write(block)
        f.write(b"\n")
        for line in after:
            f.write(line)
    return path


def _peak(fn) -> tuple[object, int]:
    """fn()'s result and the most memory Python held while it ran (its bytes objects, the decompressor's output)."""
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def records():
    return optagelse.cases("sygedagpenge", 3)


def _line(case: dict, decision: dict) -> bytes:
    return orjson.dumps({"case": case, "decision": decision}) + b"\n"


def test_a_line_longer_than_the_limit_is_skipped_unheld_and_counted_at_its_offset(records, tmp_path, monkeypatch):
    monkeypatch.setattr(kilder, "MAX_LINE", MIB)
    first, last = _line(*records[0]), _line(*records[1])
    bomb = _bomb(tmp_path / "bomb.jsonl.gz", [first], 64, [last])
    assert bomb.stat().st_size < MIB
    offsets = [0, len(first), len(first) + 64 * MIB + 1]

    def read_all(shards):
        return [(pos, case["sags_id"] if isinstance(case, dict) else None, problem)
                for shard in shards for pos, case, _answer, problem, _ in kilder.items(shard)]

    expected = [(offsets[0], records[0][0]["sags_id"], None),
                (offsets[1], None, kilder.too_long(64 * MIB + 1)),
                (offsets[2], records[1][0]["sags_id"], None)]
    # compressed: the coordinator cuts the shards (also a shard of one line each); each holds no long line
    for lines in (2_000, 1):
        got, peak = _peak(lambda lines=lines: read_all(list(kilder.line_shards(bomb, lines))))
        assert got == expected and peak < 8 * MIB, (lines, peak)
    # plain: a worker reads its byte range
    plain = tmp_path / "bomb.jsonl"
    with gzip.open(bomb, "rb") as src, open(plain, "wb") as dst:
        while piece := src.read(MIB):
            dst.write(piece)
    got, peak = _peak(lambda: read_all(kilder.byte_shards(plain, 16 * MIB)))
    assert got == expected and peak < 8 * MIB, peak
    # a joined pair: the compressed cases file is partitioned, its long line reported where it is
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(b"".join(orjson.dumps({"sags_id": c["sags_id"], "decision": d}) + b"\n" for c, d in records))
    got, peak = _peak(lambda: read_all(kilder.partition(bomb, decisions, tmp_path / "par")))
    assert sorted(got, key=lambda g: g[0]) == expected and peak < 8 * MIB, peak


def test_a_compressed_pair_is_partitioned_by_its_decompressed_size(records, tmp_path, monkeypatch):
    """A joined pair's partition holds its decisions' places, not the decisions; and a compressed file is cut into
    as many partitions as its decompressed bytes need, not as its few compressed bytes suggest."""
    monkeypatch.setattr(kilder, "PARTITION_BYTES", MIB)
    case, decision = records[0]
    pad = "x" * 120_000
    lines = [orjson.dumps({"sags_id": f"S{i}", "decision": {**decision, "pad": pad}}) + b"\n" for i in range(80)]
    decisions = tmp_path / "afgoerelser.jsonl.gz"
    decisions.write_bytes(gzip.compress(b"".join(lines), 9))
    assert decisions.stat().st_size < MIB < 8 * MIB < sum(map(len, lines))
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(b"".join(orjson.dumps({**case, "sags_id": f"S{i}"}) + b"\n" for i in range(80)))
    shards = kilder.partition(cases, decisions, tmp_path / "par")
    assert len(shards) >= 8
    got = [(c["sags_id"], a["decision"]["pad"] == pad) for s in shards for _, c, a, _, _ in kilder.items(s)]
    assert sorted(got) == sorted((f"S{i}", True) for i in range(80))


def test_the_command_line_audits_past_a_decompression_bomb_in_bounded_memory(records, tmp_path):
    """The finding: a few hundred KB of gzip holding one 256 MiB line. The audit finishes (exit 3: the other cases
    are the reference's, and one line could not be compared), counts the line as unreadable at its offset, and no
    process held the line."""
    before = [_line(*r) for r in records[:2]]
    bomb = _bomb(tmp_path / "bomb.jsonl.gz", before, 256, [_line(*records[2])])
    assert bomb.stat().st_size < 2 * MIB
    out = tmp_path / "r"
    measure = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)")
    done = subprocess.run([sys.executable, "-c", measure, sys.executable, "-m", "harness.cli", "audit", str(bomb),
                           "-o", str(out), "-w", "1"], cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "YDELSESTJEK_AUDIT_SALT": optagelse.SALT})
    assert done.returncode == 3, done.stderr
    max_rss_kb = int(done.stderr.strip().splitlines()[-1])
    assert max_rss_kb * 1024 < 256 * MIB, max_rss_kb   # the line alone is 256 MiB; before the fix ≈ 3 times that
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    text = json.dumps(summary, ensure_ascii=False)
    assert f"byte {sum(map(len, before))}: {kilder.too_long(256 * MIB + 1)}" in text
    assert (out / "afvigelser.parquet").exists()
