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

Every line is read bounded: a line longer than MAX_LINE is skipped to its newline without being held (it is
counted as unreadable at its offset), so no input, however it decompresses, fills the memory.

`placering` is the byte offset of a case's line in its input (in the decompressed stream for a compressed file;
in the cases file for a joined pair), or the generated case's number: enough to find it again, no personal data.
"""
from __future__ import annotations

import errno
import io
import os
import shutil
import stat
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import orjson

from harness.config_files import ConfigError
from harness.contract.jsondata import duplicate_key
from harness.contract.limits import LIMITS
from harness.writing import NO_LINK, open_own

from . import lager

MAX_LINE = LIMITS.answer_bytes      # 16 MiB: a longer line is unreadable (a recorded case is ≈ 6.6 KB)
SHARD_BYTES = 16 * 1024 * 1024      # plain files: ≈ 2,500 recorded cases of ≈ 6.6 KB
SHARD_LINES = 2_000                 # compressed files (and at most SHARD_BYTES of lines)
SHARD_CASES = 2_000                 # generated cases
PARTITION_BYTES = 64 * 1024 * 1024  # joined files (decompressed): where each decision of a partition is, in memory
JOIN_OVERHEAD = 50                  # a joined line's sags_id and offset: under 2 % of a case of a few KB
JOIN_MARGIN = 64 * 1024 * 1024      # and room left on the disk for the audit's own store
NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}   # the disk, the user's quota or the file size limit is full

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
    lang: tuple[tuple[int, int], ...] = ()   # "lines": (offset, length) of each line longer than MAX_LINE, not in data
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
    """A binary stream of the file's decompressed bytes. A compressed file that is corrupt or ends early (a gzip
    member or zstd frame cut off) raises InputError naming the file and how far it was read, never a short read."""
    kind = compression(path)
    if kind == "gzip":
        return io.BufferedReader(_Gzip(path), 1 << 20)
    if kind == "zstd":
        try:
            import zstandard
        except ImportError:
            raise InputError(f"{path.name}: zstd-compressed, but the zstandard package is not installed") from None
        return io.BufferedReader(_Zstd(path, zstandard), 1 << 20)
    return open(path, "rb")


class _Decompressed(io.RawIOBase):
    """A compressed file read as its decompressed bytes, counting both sides to say how far a bad one was read."""

    def __init__(self, path: Path):
        self.path = path
        self.src = open(path, "rb", buffering=1 << 20)  # noqa: SIM115 - closed with the reader
        self.size = os.fstat(self.src.fileno()).st_size
        self.out = 0          # decompressed bytes delivered

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self.src.close()
        super().close()

    def where(self) -> str:
        return (f"read to compressed byte {self.src.tell():,} of {self.size:,} "
                f"({self.out:,} bytes decompressed)")

    def bad(self, what: str) -> InputError:
        """The error for a damaged file, saying how far it was read."""
        return InputError(f"{self.path.name}: {what}; {self.where()}. Nothing is audited from a damaged file: "
                          "give the whole file (check its size and checksum against the extract's)")


class _Damaged(Exception):
    """A compressed stream that is corrupt or cut off (said as InputError once the data before it is delivered)."""


class _Gzip(_Decompressed):
    def __init__(self, path: Path):
        super().__init__(path)
        import gzip
        self.gz = gzip.GzipFile(fileobj=self.src, mode="rb")

    def readinto(self, b) -> int:
        import gzip
        try:
            data = self.gz.read1(min(len(b), 1 << 17))   # in pieces: what was read before a damage is counted
        except EOFError:
            raise self.bad("the gzip stream ends before its end marker (the file is truncated)") from None
        except (gzip.BadGzipFile, zlib.error, OSError) as exc:
            raise self.bad(f"not a valid gzip stream ({type(exc).__name__}: {exc})") from None
        n = len(data)
        b[:n] = data
        self.out += n
        return n


class _Zstd(_Decompressed):
    """zstd frames one after another, decompressed a few compressed bytes at a time: a zstd block of at least 4
    bytes makes at most 128 KiB, so one step makes at most FEED / 4 × 128 KiB (2 MiB), however the file was made.
    A frame's end is the decompressor's (`eof`); a file that ends inside a frame is truncated (zstandard's
    stream_reader would just stop there, so it is not used)."""

    FEED = 64

    def __init__(self, path: Path, zstandard):
        super().__init__(path)
        self.zstd_error = zstandard.ZstdError
        self.dctx = zstandard.ZstdDecompressor()
        self.frame = self.dctx.decompressobj()
        self.fed = 0                        # compressed bytes given to the current frame
        self.pending = memoryview(b"")      # decompressed, not yet delivered
        self.damage: str | None = None      # found while the data before it was delivered: raised next

    def readinto(self, b) -> int:
        if self.damage is not None:
            raise self.bad(self.damage)
        n, size = 0, len(b)
        while n < size:
            if not self.pending:
                try:
                    if not self._step():
                        break
                except _Damaged as exc:
                    if not n:
                        raise self.bad(str(exc)) from None
                    self.damage = str(exc)     # what was read comes first; the next read raises
                    break
            k = min(size - n, len(self.pending))
            b[n:n + k] = self.pending[:k]
            self.pending = self.pending[k:]
            n += k
        self.out += n
        return n

    def _step(self) -> bool:
        """Decompress the next few compressed bytes into `pending`; False at the end of the file."""
        data = self.src.read(self.FEED)
        if not data:
            if self.fed:
                raise _Damaged("the zstd stream ends inside a frame (the file is truncated)")
            return False
        pieces = []
        try:
            while data:
                self.fed += len(data)
                pieces.append(self.frame.decompress(data))
                if not self.frame.eof:
                    break
                data = self.frame.unused_data      # the frame ended here: what follows is the next frame
                self.frame, self.fed = self.dctx.decompressobj(), 0
        except self.zstd_error as exc:
            raise _Damaged(f"not a valid zstd stream (ZstdError: {exc})") from None
        self.pending = memoryview(pieces[0] if len(pieces) == 1 else b"".join(pieces))
        return True


class Readable(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def read_line(f: Readable) -> tuple[bytes | None, int]:
    """The next line (with its newline) and its length in bytes; (None, length) for a line longer than MAX_LINE,
    which is read past in pieces and never held whole. (b"", 0) at the end."""
    limit = MAX_LINE
    line = f.readline(limit)
    if len(line) < limit or line.endswith(b"\n"):
        return line, len(line)
    rest = skip_line(f)
    return (line, len(line)) if rest == 0 else (None, len(line) + rest)


def skip_line(f: Readable) -> int:
    """Read past the rest of the current line, in pieces; the number of bytes read."""
    n = 0
    while True:
        piece = f.readline(1 << 20)
        n += len(piece)
        if not piece or piece.endswith(b"\n"):
            return n


def decompressed_size(path: Path) -> int:
    """The file's size as read (decompressed), counted in pieces."""
    if compression(path) is None:
        return path.stat().st_size
    n = 0
    with open_lines(path) as f:
        while piece := f.read(1 << 20):
            n += len(piece)
    return n


def too_long(size: int) -> str:
    return f"line of {size:,} bytes, longer than the limit of {MAX_LINE:,}; skipped"


def identity(path: Path) -> dict:
    """What tells a resumed audit that its input is the same file."""
    st = path.stat()
    return {"navn": path.name, "bytes": st.st_size, "mtime_ns": st.st_mtime_ns}


# --- shard plans -----------------------------------------------------------------------------------------

def byte_shards(path: Path, size: int = SHARD_BYTES, first: int = 0) -> list[Shard]:
    total = path.stat().st_size
    return [Shard(first + i, "bytes", str(path), start, min(start + size, total))
            for i, start in enumerate(range(0, total, size))]


def line_shards(path: Path, lines: int = SHARD_LINES, first: int = 0, size: int = SHARD_BYTES) -> Iterator[Shard]:
    """Shards of `lines` lines each (fewer when they reach `size` bytes), read by the caller (the coordinator) from
    a compressed file. A line longer than MAX_LINE is not read into the shard, only its offset and length."""
    with open_lines(path) as f:
        nr, offset = first, 0
        while True:
            chunk: list[bytes] = []
            lang: list[tuple[int, int]] = []
            pos, held = offset, 0
            for _ in range(lines):
                line, n = read_line(f)
                if n == 0:
                    break
                if line is None:
                    lang.append((pos, n))
                else:
                    chunk.append(line)
                    held += n
                pos += n
                if held >= size:
                    break
            if pos == offset:
                return
            yield Shard(nr, "lines", str(path), offset, pos, data=b"".join(chunk), lang=tuple(lang))
            nr, offset = nr + 1, pos


def gen_shards(ydelse: str, cases: int, seed: int, size: int = SHARD_CASES, first: int = 0) -> list[Shard]:
    return [Shard(first + i, "gen", start=s, stop=min(s + size, cases), ydelse=ydelse, seed=seed)
            for i, s in enumerate(range(0, cases, size))]


BOM = b"\xef\xbb\xbf"


def without_bom(line: bytes, at: int) -> bytes:
    """The line without a UTF-8 byte-order mark when it is the file's first (as Windows tools write an export);
    elsewhere a BOM is the line's content, and no JSON."""
    return line[len(BOM):] if at == 0 and line.startswith(BOM) else line


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
    partition. A line without a readable sags_id goes to partition 0 with an empty id, to be reported there; a
    line longer than MAX_LINE goes there as `<TAB>offset/length<TAB>` alone.
    The number of partitions is counted from the decompressed sizes, so a compressed file's partitions are no
    larger than a plain file's.
    The partitions are full copies of the cases (personal data): `folder` is made anew as a real folder (a link or
    file planted in its place is refused, an earlier run's copy removed) and each partition is created in it, never
    through a link or into a file that was there."""
    sizes = decompressed_size(cases), decompressed_size(decisions)
    parts = max(1, -(-max(sizes) // PARTITION_BYTES))
    folder.parent.mkdir(parents=True, exist_ok=True)
    lager.fresh_dir(folder)
    _room_for(folder, sum(sizes))
    try:
        _write_partitions(cases, decisions, folder, parts)
    except OSError as exc:
        if exc.errno not in NO_ROOM:
            raise
        lager.remove_own_dir(folder)          # the partial copy is the audit's own: its room is given back
        raise InputError(f"{folder}: no room to join the cases and decisions files on sags_id ({exc.strerror}); "
                         "give --out on a disk with room, or a recorded file (case and decision on one line), "
                         "which needs no copy") from None
    return [Shard(first + p, "par", str(folder / f"s-{p:05d}.tsv"), sti2=str(folder / f"a-{p:05d}.tsv"))
            for p in range(parts)]


def _room_for(folder: Path, size: int) -> None:
    """Joining writes both files (decompressed) once more, each line with its sags_id and offset: refused before a
    byte is written when the folder's disk has no room for that, rather than filling it (a small compressed file
    can decompress to terabytes)."""
    need = size + size // JOIN_OVERHEAD + JOIN_MARGIN
    free = shutil.disk_usage(folder).free
    if free < need:
        raise InputError(f"{folder}: joining the cases and decisions files on sags_id writes them here once more, "
                         f"about {_gb(need)} (decompressed), but the disk has {_gb(free)} free. Give --out on a "
                         "disk with room, or a recorded file (case and decision on one line), which needs no copy")


def _gb(n: int) -> str:
    return f"{n / 1e9:,.1f} GB" if n >= 1e8 else f"{n / 1e6:,.1f} MB"


def _write_partitions(cases: Path, decisions: Path, folder: Path, parts: int) -> None:
    try:
        where = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | NO_LINK)
    except OSError:                       # replaced by a link (or a file) since it was made
        raise ConfigError(folder, [lager.NOT_OWN_DIR]) from None
    try:
        for side, path in (("s", cases), ("a", decisions)):
            sinks: list[io.BufferedWriter] = []
            try:
                for p in range(parts):
                    sinks.append(_new_partition(folder, f"{side}-{p:05d}.tsv", where))
                with open_lines(path) as f:
                    offset = 0
                    while True:
                        line, n = read_line(f)
                        if n == 0:
                            break
                        if line is None:
                            sinks[0].write(f"\t{offset}/{n}\t\n".encode())
                        elif line.strip():
                            line = without_bom(line, offset)
                            sid = _sags_id(line)
                            p = zlib.crc32(sid.encode()) % parts if sid else 0
                            sinks[p].write(f"{sid or ''}\t{offset}\t".encode() + line.rstrip(b"\r\n") + b"\n")
                        offset += n
            finally:
                for s in sinks:
                    s.close()
    finally:
        os.close(where)


def _new_partition(folder: Path, name: str, where: int) -> io.BufferedWriter:
    """A new partition file in the folder `where` (a descriptor of `folder`): created exclusively and without
    following a link, so nothing planted at its name since the folder was made is written through."""
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NO_LINK, 0o666, dir_fd=where)
    except FileExistsError:
        raise ConfigError(folder / name, [lager.NOT_OWN_FILE]) from None
    return os.fdopen(fd, "wb")


def _partition_file(path: str) -> io.BufferedReader:
    """A partition opened to read, never through a link or as a pipe planted in its place (InputError naming it)."""
    try:
        fd = open_own(Path(path), os.O_RDONLY)
    except OSError as exc:
        raise InputError(f"{path}: cannot read this partition of the joined input ({exc.strerror}): a link or "
                         "something else stands in its place") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(f"{path}: not a regular file; a partition of the joined input was replaced")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


# --- a shard's items -------------------------------------------------------------------------------------

# (placering, case, answer, problem, where the answer's own line is: its byte offset in a joined decisions file)
Item = tuple[int, object, dict | None, str | None, int | None]


def _byte_lines(shard: Shard) -> Iterator[tuple[int, bytes | None, int]]:
    """(offset, line or None when longer than MAX_LINE, length) of the lines that start in the shard's range."""
    assert shard.sti is not None
    with open(shard.sti, "rb", buffering=1 << 20) as f:
        pos = shard.start
        if pos > 0:
            f.seek(pos - 1)
            pos += skip_line(f) - 1   # the line that began before the range belongs to the shard before
        while pos < shard.stop:
            line, n = read_line(f)
            if n == 0:
                return
            yield pos, line, n
            pos += n


def _data_lines(shard: Shard) -> Iterator[tuple[int, bytes | None, int]]:
    assert shard.data is not None
    pos = shard.start
    lang = iter(shard.lang)
    nxt = next(lang, None)
    for line in io.BytesIO(shard.data):
        while nxt is not None and nxt[0] == pos:
            yield pos, None, nxt[1]
            pos += nxt[1]
            nxt = next(lang, None)
        yield pos, line, len(line)
        pos += len(line)
    while nxt is not None:
        yield nxt[0], None, nxt[1]
        nxt = next(lang, None)


def twice(key: str) -> str:
    """The problem of a line that writes a key twice in one object (jsondata.duplicate_key): no reading is the
    system's, so neither is compared."""
    return (f"the key {key[:80]!r} is written twice in one object: ambiguous JSON (readers differ on which counts), "
            "so the line is not read")


def _record(pos: int, line: bytes, cases_only: bool) -> Item | None:
    line = without_bom(line, pos)
    try:
        rec = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        if not line.strip():
            return None
        return pos, None, None, f"not JSON ({str(exc).split(':')[0]})", None
    if not isinstance(rec, dict):
        return pos, None, None, "expected a JSON object", None
    if (key := duplicate_key(line, rec)) is not None:
        return pos, None, None, twice(key), None
    if "metadata" in rec and "case" not in rec and "sags_id" not in rec and "ydelse" not in rec:
        return None
    if cases_only:
        case = rec["case"] if isinstance(rec.get("case"), dict) else rec
        return pos, case, None, None, None
    case = rec.get("case")
    if not isinstance(case, dict):
        return pos, None, None, "no case (expected {\"case\": {…}, \"decision\": {…}})", None
    if not ("decision" in rec or rec.get("skipped") is True or rec.get("errored") is True):
        return pos, case, None, "no decision (expected \"decision\", or \"skipped\"/\"errored\": true)", None
    return pos, case, rec, None, None


EXAMPLES = 5    # of each kind of join note, per shard and in the summary


@dataclass
class Kobling:
    """What joining on sags_id found besides the cases: counted, with examples by byte offset (a sags_id is never
    shown: it leads to the person)."""
    dubletter: int = 0        # decisions beyond the first of a sags_id: each is audited against the case as well
    dublet_sager: int = 0     # case lines whose sags_id an earlier case line has: not audited again
    dublet_sager_andet: int = 0   # of those: with other content than the first (a case never compared)
    uparrede: int = 0         # decision lines with no case of their sags_id, or with no readable sags_id
    eksempler: dict[str, list[str]] = field(default_factory=dict)

    def note(self, kind: str, text: str) -> None:
        examples = self.eksempler.setdefault(kind, [])
        if len(examples) < EXAMPLES:
            examples.append(text)


def _offset(line: bytes) -> str:
    """A partition line's offset in its input (`offset` or `offset/length` for a line too long to read)."""
    return line.partition(b"\t")[2].partition(b"\t")[0].decode()


def _pairs(shard: Shard, kobling: Kobling) -> Iterator[Item]:
    """Each case of the partition with each of its decisions: a sags_id with several decisions gives one item per
    decision (a wrong one after a right one is a mismatch like any other), all at the case's offset and each with its
    own line's offset in the decisions file. The first
    case line of a sags_id is the case; a later one is counted, not audited again. The decisions stay on disk:
    held are where each line is and the one before it of the same sags_id (16 bytes a line), and a dict of the
    partition's sags_ids, as before."""
    assert shard.sti is not None and shard.sti2 is not None
    last: dict[str, int] = {}       # sags_id -> its last decision line (number)
    where = array("q")              # decision line number -> where it is in the decisions partition
    before = array("q")             # decision line number -> the sags_id's decision line before it, or -1
    with _partition_file(shard.sti2) as f2:
        at = 0
        for line in f2:
            sid_b = line.partition(b"\t")[0]
            if sid_b:
                sid = sid_b.decode()
                where.append(at)
                before.append(last.get(sid, -1))
                last[sid] = len(where) - 1
            else:
                kobling.uparrede += 1
                spot = _offset(line)
                kobling.note("uparrede", f"afgørelsen ved byte {spot.partition('/')[0]} i afgørelsesfilen: "
                             + (too_long(int(spot.partition('/')[2])) if "/" in spot else "intet læsbart sags_id"))
            at += len(line)
    first_case: dict[str, int] = {}     # sags_id -> where its first case line is in the cases partition
    with _partition_file(shard.sti) as f, _partition_file(shard.sti2) as f2, _partition_file(shard.sti) as f3:
        nxt = 0
        for line in f:
            at, nxt = nxt, nxt + len(line)
            sid_b, _, rest = line.partition(b"\t")
            off, _, body = rest.partition(b"\t")
            if b"/" in off:
                start, _, size = off.partition(b"/")
                yield int(start), None, None, too_long(int(size)), None
                continue
            pos = int(off)
            item = _record(pos, body, cases_only=True)
            if item is None:
                continue
            if item[3] is not None or not sid_b:
                yield pos, item[1], None, item[3] or "no sags_id", None
                continue
            sid = sid_b.decode()
            if sid in first_case:
                f3.seek(first_case[sid])
                earlier = f3.readline()
                kobling.dublet_sager += 1
                same = earlier.partition(b"\t")[2].partition(b"\t")[2] == body
                kobling.dublet_sager_andet += not same
                kobling.note("dublet_sager", f"sagen ved byte {pos} har samme sags_id som sagen ved byte "
                             f"{_offset(earlier)} ({'samme indhold' if same else 'ANDET indhold'}); kun den første "
                             "er revideret")
                continue
            first_case[sid] = at
            n = last.pop(sid, -1)
            if n < 0:
                yield pos, item[1], {"skipped": True, "reason": "no decision recorded for this case"}, None, None
                continue
            chain = array("q")
            while n >= 0:
                chain.append(n)
                n = before[n]
            chain.reverse()
            offsets: list[str] = []
            for n in chain:
                f2.seek(where[n])
                dline = f2.readline()
                if len(offsets) < EXAMPLES:
                    offsets.append(_offset(dline))
                yield (pos, item[1], *_answer(dline.partition(b"\t")[2].partition(b"\t")[2]),
                       int(_offset(dline).partition("/")[0]))
            if len(chain) > 1:
                kobling.dubletter += len(chain) - 1
                kobling.note("dubletter", f"sagen ved byte {pos}: {len(chain)} afgørelser, ved byte "
                             f"{', '.join(offsets)}{' …' if len(chain) > len(offsets) else ''} i afgørelsesfilen")
    with _partition_file(shard.sti2) as f2:
        for n in last.values():         # decisions whose sags_id no case line has
            f2.seek(where[n])
            kobling.note("uparrede", f"afgørelsen ved byte {_offset(f2.readline())} i afgørelsesfilen: ingen sag med "
                         "dens sags_id")
            while n >= 0:
                kobling.uparrede += 1
                n = before[n]


def _answer(raw: bytes) -> tuple[dict | None, str | None]:
    """A decisions line's answer, and the problem when it has none."""
    try:
        answer = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None, "the recorded decision for this case is not JSON"
    if (key := duplicate_key(raw, answer)) is not None:
        return None, f"the recorded decision for this case: {twice(key)}"
    if not isinstance(answer, dict) or not ("decision" in answer or answer.get("skipped") is True
                                            or answer.get("errored") is True):
        answer = {"decision": answer}   # a bare decision
    return answer, None


def items(shard: Shard, cases_only: bool = False, kobling: Kobling | None = None) -> Iterator[Item]:
    """The shard's cases as (placering, case, answer, problem); `answer` None when cases_only. A joined shard's
    notes (duplicates, decisions without a case) go to `kobling`."""
    if shard.art == "gen":
        from harness.contract.ydelse import find
        gen = find(shard.ydelse).generators
        assert gen is not None
        for n in range(shard.start, shard.stop):
            yield n, gen.bulk_case(n, shard.seed), None, None, None
        return
    if shard.art == "par":
        for item in _pairs(shard, Kobling() if kobling is None else kobling):
            yield item if not cases_only else (item[0], item[1], None, item[3], None)
        return
    lines = _byte_lines(shard) if shard.art == "bytes" else _data_lines(shard)
    for pos, line, n in lines:
        if line is None:
            yield pos, None, None, too_long(n), None
            continue
        record = _record(pos, line, cases_only)
        if record is not None:
            yield record


def read_metadata(path: Path) -> dict | None:
    """The recording's `{"metadata": {…}}` first line, if it has one."""
    with open_lines(path) as f:
        line = without_bom(f.readline(1 << 20), 0)
    try:
        doc = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(doc, dict) and isinstance(doc.get("metadata"), dict) and "case" not in doc:
        return doc["metadata"]
    return None


def file_size(path: Path) -> int:
    return os.stat(path).st_size
