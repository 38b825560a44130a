"""Where an audit's cases come from, cut into shards that a worker reads on its own.

- a recorded file: one JSON object per line, `{"case": {…}, "decision": {…}}` (or `"skipped": true, "reason": …`,
  `"errored": true, "message": …` as in the recorded-file adapter); an optional first line `{"metadata": {…}}`.
  Plain files are cut by byte ranges: a shard holds the lines that start inside its range, and each worker seeks
  to its own range, so nothing passes through the coordinator. Compressed files (.gz, .zst) cannot be sought in:
  the coordinator decompresses once and hands each shard its lines.
- a cases file (one case per line, bare or as `{"case": …}`) with a candidate to ask;
- a cases file and a decisions file (`{"sags_id": …, "decision": …}` per line), joined on sags_id: both are first
  partitioned by sags_id into the audit's folder (one pass each, memory flat), then each partition is a shard;
- the seeded generator: cases n..m-1 of the benefit's `bulk_case(n, seed)`.

`placering` is the byte offset of a case's line in its input (in the decompressed stream for a compressed file;
in the cases file for a joined pair), or the generated case's number: enough to find it again, no personal data.
"""
from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

SHARD_BYTES = 16 * 1024 * 1024      # plain files: ≈ 2,500 recorded cases of ≈ 6.6 KB
SHARD_LINES = 2_000                 # compressed files
SHARD_CASES = 2_000                 # generated cases
PARTITION_BYTES = 64 * 1024 * 1024  # joined files: the decisions of one partition are held in memory

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class InputError(Exception):
    """The input cannot be read at all (missing file, unknown compression); bad single lines never raise."""


@dataclass(frozen=True)
class Shard:
    nr: int
    art: str                        # "bytes" | "lines" | "par" | "gen"
    sti: str | None = None          # the file ("bytes", "par": the cases partition)
    start: int = 0                  # "bytes": byte range; "lines": offset of the first line; "gen": first case number
    stop: int = 0
    data: bytes | None = None       # "lines": the lines themselves
    sti2: str | None = None         # "par": the decisions partition
    ydelse: str | None = None       # "gen"
    seed: int = 0                   # "gen"


# --- reading files ---------------------------------------------------------------------------------------

def compression(path: Path) -> str | None:
    """'gzip', 'zstd' or None (plain), by the file's first bytes."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    return None


def open_lines(path: Path) -> io.BufferedIOBase:
    """A binary stream of the file's decompressed bytes."""
    kind = compression(path)
    if kind == "gzip":
        import gzip
        return gzip.open(path, "rb")
    if kind == "zstd":
        try:
            import zstandard
        except ImportError:
            raise InputError(f"{path.name}: zstd-compressed, but the zstandard package is not installed") from None
        raw = open(path, "rb")  # noqa: SIM115 - closed with the reader
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True), 1 << 20)
    return open(path, "rb")


def identity(path: Path) -> dict:
    """What tells a resumed audit that its input is the same file."""
    st = path.stat()
    return {"navn": path.name, "bytes": st.st_size, "mtime_ns": st.st_mtime_ns}


# --- shard plans -----------------------------------------------------------------------------------------

def byte_shards(path: Path, size: int = SHARD_BYTES, first: int = 0) -> list[Shard]:
    total = path.stat().st_size
    return [Shard(first + i, "bytes", str(path), start, min(start + size, total))
            for i, start in enumerate(range(0, total, size))]


def line_shards(path: Path, lines: int = SHARD_LINES, first: int = 0) -> Iterator[Shard]:
    """Shards of `lines` lines each, read by the caller (the coordinator) from a compressed file."""
    with open_lines(path) as f:
        nr, offset = first, 0
        while True:
            chunk = []
            for _ in range(lines):
                line = f.readline()
                if not line:
                    break
                chunk.append(line)
            if not chunk:
                return
            data = b"".join(chunk)
            yield Shard(nr, "lines", str(path), offset, offset + len(data), data=data)
            nr, offset = nr + 1, offset + len(data)


def gen_shards(ydelse: str, cases: int, seed: int, size: int = SHARD_CASES, first: int = 0) -> list[Shard]:
    return [Shard(first + i, "gen", start=s, stop=min(s + size, cases), ydelse=ydelse, seed=seed)
            for i, s in enumerate(range(0, cases, size))]


def _sags_id(line: bytes) -> str | None:
    try:
        doc = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(doc, dict):
        return None
    inner = doc.get("case")
    sid = (inner if isinstance(inner, dict) else doc).get("sags_id")
    return sid if isinstance(sid, str) and sid and "\t" not in sid else None


def partition(cases: Path, decisions: Path, folder: Path, first: int = 0) -> list[Shard]:
    """Both files partitioned by sags_id into `folder` (lines prefixed `sags_id<TAB>offset<TAB>`); one shard per
    partition. A line without a readable sags_id goes to partition 0 with an empty id, to be reported there."""
    size = max(cases.stat().st_size, decisions.stat().st_size)
    parts = max(1, -(-size // PARTITION_BYTES))
    folder.mkdir(parents=True, exist_ok=True)
    for side, path in (("s", cases), ("a", decisions)):
        sinks = [open(folder / f"{side}-{p:05d}.tsv", "wb") for p in range(parts)]  # noqa: SIM115 - closed below
        try:
            with open_lines(path) as f:
                offset = 0
                for line in f:
                    if line.strip():
                        sid = _sags_id(line)
                        p = zlib.crc32(sid.encode()) % parts if sid else 0
                        sinks[p].write(f"{sid or ''}\t{offset}\t".encode() + line.rstrip(b"\r\n") + b"\n")
                    offset += len(line)
        finally:
            for s in sinks:
                s.close()
    return [Shard(first + p, "par", str(folder / f"s-{p:05d}.tsv"), sti2=str(folder / f"a-{p:05d}.tsv"))
            for p in range(parts)]


# --- a shard's items -------------------------------------------------------------------------------------

Item = tuple[int, object, dict | None, str | None]   # (placering, case, answer, problem)


def _byte_lines(shard: Shard) -> Iterator[tuple[int, bytes]]:
    assert shard.sti is not None
    with open(shard.sti, "rb", buffering=1 << 20) as f:
        pos = shard.start
        if pos > 0:
            f.seek(pos - 1)
            pos += len(f.readline()) - 1   # the line that began before the range belongs to the shard before
        while pos < shard.stop:
            line = f.readline()
            if not line:
                return
            yield pos, line
            pos += len(line)


def _data_lines(shard: Shard) -> Iterator[tuple[int, bytes]]:
    assert shard.data is not None
    pos = shard.start
    for line in io.BytesIO(shard.data):
        yield pos, line
        pos += len(line)


def _record(pos: int, line: bytes, cases_only: bool) -> Item | None:
    try:
        rec = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        if not line.strip():
            return None
        return pos, None, None, f"not JSON ({str(exc).split(':')[0]})"
    if not isinstance(rec, dict):
        return pos, None, None, "expected a JSON object"
    if "metadata" in rec and "case" not in rec and "sags_id" not in rec and "ydelse" not in rec:
        return None
    if cases_only:
        case = rec["case"] if isinstance(rec.get("case"), dict) else rec
        return pos, case, None, None
    case = rec.get("case")
    if not isinstance(case, dict):
        return pos, None, None, "no case (expected {\"case\": {…}, \"decision\": {…}})"
    if not ("decision" in rec or rec.get("skipped") is True or rec.get("errored") is True):
        return pos, case, None, "no decision (expected \"decision\", or \"skipped\"/\"errored\": true)"
    return pos, case, rec, None


def _pairs(shard: Shard) -> Iterator[Item]:
    assert shard.sti is not None and shard.sti2 is not None
    answers: dict[str, bytes] = {}
    with open(shard.sti2, "rb") as f:
        for line in f:
            sid_raw, _, rest = line.partition(b"\t")
            _, _, body = rest.partition(b"\t")
            sid = sid_raw.decode()
            if sid and sid not in answers:
                answers[sid] = body
    with open(shard.sti, "rb") as f:
        for line in f:
            sid_b, _, rest = line.partition(b"\t")
            off, _, body = rest.partition(b"\t")
            pos = int(off)
            item = _record(pos, body, cases_only=True)
            if item is None:
                continue
            if item[3] is not None or not sid_b:
                yield pos, item[1], None, item[3] or "no sags_id"
                continue
            raw = answers.get(sid_b.decode())
            if raw is None:
                yield pos, item[1], {"skipped": True, "reason": "no decision recorded for this case"}, None
                continue
            try:
                answer = orjson.loads(raw)
            except orjson.JSONDecodeError:
                yield pos, item[1], None, "the recorded decision for this case is not JSON"
                continue
            if not isinstance(answer, dict) or not ("decision" in answer or answer.get("skipped") is True
                                                    or answer.get("errored") is True):
                answer = {"decision": answer}   # a bare decision
            yield pos, item[1], answer, None


def items(shard: Shard, cases_only: bool = False) -> Iterator[Item]:
    """The shard's cases as (placering, case, answer, problem); `answer` None when cases_only."""
    if shard.art == "gen":
        from harness.contract.ydelse import find
        gen = find(shard.ydelse).generators
        assert gen is not None
        for n in range(shard.start, shard.stop):
            yield n, gen.bulk_case(n, shard.seed), None, None
        return
    if shard.art == "par":
        for item in _pairs(shard):
            yield item if not cases_only else (item[0], item[1], None, item[3])
        return
    lines = _byte_lines(shard) if shard.art == "bytes" else _data_lines(shard)
    for pos, line in lines:
        record = _record(pos, line, cases_only)
        if record is not None:
            yield record


def read_metadata(path: Path) -> dict | None:
    """The recording's `{"metadata": {…}}` first line, if it has one."""
    with open_lines(path) as f:
        line = f.readline(1 << 20)
    try:
        doc = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(doc, dict) and isinstance(doc.get("metadata"), dict) and "case" not in doc:
        return doc["metadata"]
    return None


def file_size(path: Path) -> int:
    return os.stat(path).st_size
