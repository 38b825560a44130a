"""The audit's folder: the mismatch store (Parquet), the shard log and the manifest.

    <out>/audit.json          what is audited and how (input identity, shard plan, candidate, salt fingerprint,
                              reference and parameter fingerprints), written before the first shard
    <out>/shards.jsonl        one line per finished shard (its counts), appended and synced after its part file
    <out>/dele/shard-N.parquet   the mismatch rows of shard N (only shards with mismatches), written atomically
    <out>/par/                the joined input's partitions (full copies of the cases: personal data), made anew
                              by every run and removed when it ends, however it ends (but a kill)
    <out>/afvigelser.parquet  the store: every part in shard order, written when the last shard is done
    <out>/summary.md, rapport.html, summary.json

A shard is logged only after its part file is in place, and a part file is replaced whole (written to a temporary
name, then renamed), so an audit killed at any moment resumes by redoing the shards that have no log line: no case
is lost, and none is counted twice. When the reports are written the manifest is marked `finished` and the part
files are removed: a finished audit is never resumed (its parts are gone; a resume would empty the store).

The folder is reachable by others (a shared drive), so nothing in it is trusted: its own files are opened without
following links or waiting on pipes, its own folders (`dele/`, the joined input's `par/`) must be real folders,
and the manifest and every log line are checked for the shape the audit writes before they are believed.

Every log line is sealed (red team round 10c F4: a log forged before --resume, every shard "done" with no mismatch
and the part files removed, made a clean audit of wrong decisions). The seal is HMAC-SHA256 under a key derived from
the pseudonym key (so from the user's salt, which never enters the folder) over the audit's start time, its plan
(input, candidate, shards, reference: PLAN_KEYS) and the line, and the line names its part file's SHA-256: a line
edited, made up, or copied from another audit (even one with the same salt whose start time was copied too),
and a part file changed or swapped, are refused naming the line or the file; a line removed only makes its shard
be done again. A generated audit given no --salt uses the built-in salt, which anyone can read: its seal catches
edits by hand, not someone who runs this code; give --salt to make its log as unforgeable as a recorded audit's.
"""
from __future__ import annotations

import errno
import hashlib
import hmac
import io
import json
import os
import shutil
import stat
from collections.abc import Container, Iterator
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from harness.config_files import ConfigError
from harness.writing import open_own, replace_bytes, temp_beside

MANIFEST = "audit.json"
LOG = "shards.jsonl"
PARTS = "dele"
JOINED = "par"              # a joined audit's copy of its two input files, partitioned by sags_id (kilder.partition)
STORE = "afvigelser.parquet"
MANIFEST_MAX = 4 << 20      # bytes: the manifest is a few KB (the candidate's metadata is its largest part)

# A log line is Resultat.log_record() (harness/audit/arbejde.py) plus `fil`: these keys, these types.
COUNTS = ("sager", "sammenlignet", "bestaaet", "afvigende", "sprunget_over", "systemet_sprang_over", "ugyldige",
          "hurtige", "dubletter", "dublet_sager", "dublet_sager_andet", "uparrede")
SECONDS = ("sekunder", "cpu")
LOG_KEYS = frozenset(("nr", *COUNTS, *SECONDS, "problemer", "kobling", "pr_ydelse", "fil", "sha256"))
SEAL = "segl"               # the log line's HMAC (hex), over every other field, the audit's start time and its plan
SEAL_DOMAIN = b"ydelsestjek audit shard log v2"
# What the audit is (audit.json): a resume must have all of these the same (revision._resume_check), and every log
# line is sealed over them, so a line of another audit (another input, candidate, shard plan, reference) never
# stands in for one of this audit's, even with the same salt and a `started` copied over (red team round 11b F1).
PLAN_KEYS = ("version", "input", "kandidat", "shards", "salt_check", "reference", "compare_policy")


def plan_identity(manifest: dict) -> str:
    """The canonical text of the manifest's plan (PLAN_KEYS)."""
    return json.dumps({k: manifest.get(k) for k in PLAN_KEYS}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))

NOT_OWN_FILE = ("a link, pipe or device stands where the audit keeps this file of its own; remove it (nothing of the "
                "audit is in it), or audit into a new --out")
NOT_OWN_DIR = ("a link or a file stands where the audit keeps a folder of its own; remove it (nothing of the audit is "
               "in it, and it is never followed), or audit into a new --out")

KRONER = pa.decimal128(18, 2)
CENT = Decimal("0.01")

# One row per mismatching case and differing field. Danish column names: the analysts' language.
SCHEMA = pa.schema([
    pa.field("pseudonym", pa.string(), nullable=False),   # the case: HMAC-SHA256(salt, sags_id), 24 hex digits
    pa.field("borger", pa.string(), nullable=False),      # the citizen: HMAC-SHA256(salt, CPR); the case's when no CPR
    pa.field("ydelse", pa.string(), nullable=False),
    pa.field("placering", pa.int64(), nullable=False),    # byte offset of the case's line in the input / generated case number
    pa.field("afgoerelse_placering", pa.int64()),         # two joined files: byte offset of the decision's line in its file
    pa.field("klasse", pa.string(), nullable=False),      # failure class (harness/compare/policy.yaml)
    pa.field("rod_trin", pa.string()),                    # root rule: the reference's step id,
    pa.field("rod_regel", pa.string()),                   #   its rule id,
    pa.field("rod_hjemmel", pa.string()),                 #   the § it cites,
    pa.field("rod_kilde", pa.string()),                   #   and how it was found (harness/compare/rod.py)
    pa.field("felt", pa.string(), nullable=False),        # the differing field, `udbetalinger[2024-W49].beloeb`
    pa.field("art", pa.string(), nullable=False),         # ændret / mangler / ekstra / ugyldig / fejl
    pa.field("forventet", pa.string()),                   # the reference's value, as JSON
    pa.field("faktisk", pa.string()),                     # the candidate's value, as JSON
    pa.field("kroner", KRONER),                           # candidate minus reference, for a paid amount
    pa.field("penge_art", pa.string()),                   # which paid amount (the benefit's `penge:`)
    pa.field("maaned", pa.string()),                      # the month the payment belongs to, YYYY-MM
])
COLUMNS = SCHEMA.names


def kroner(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(CENT)


def table(rows: dict[str, list]) -> pa.Table:
    return pa.table(rows, schema=SCHEMA)


def empty_rows() -> dict[str, list]:
    return {c: [] for c in COLUMNS}


class Folder:
    def __init__(self, out: Path):
        self.out = Path(out)
        self._seal_key: bytes | None = None
        self._audit_id = ""

    def bind(self, key: bytes, manifest: dict) -> Folder:
        """Seal and check log lines under `key` (the pseudonym key, personer.derive_key) for the audit `manifest`
        describes: its start time and its plan (plan_identity). A line is believed only under all three."""
        self._seal_key = hmac.new(key, SEAL_DOMAIN, hashlib.sha256).digest()
        self._audit_id = f"{manifest['started']}\0{plan_identity(manifest)}"
        return self

    def seal(self, record: dict) -> str:
        if self._seal_key is None:
            raise RuntimeError("the audit folder's log key was not bound (Folder.bind) before its log was used")
        body = json.dumps({k: v for k, v in record.items() if k != SEAL}, sort_keys=True, ensure_ascii=False,
                          separators=(",", ":"))
        return hmac.new(self._seal_key, f"{self._audit_id}\0{body}".encode(), hashlib.sha256).hexdigest()

    @property
    def manifest_path(self) -> Path:
        return self.out / MANIFEST

    @property
    def log_path(self) -> Path:
        return self.out / LOG

    @property
    def parts(self) -> Path:
        return self.out / PARTS

    @property
    def joined(self) -> Path:
        return self.out / JOINED

    @property
    def store(self) -> Path:
        return self.out / STORE

    def part(self, nr: int) -> Path:
        return self.parts / f"shard-{nr:06d}.parquet"

    # --- manifest ------------------------------------------------------------------------------------------

    def read_manifest(self) -> dict | None:
        """The manifest, or None when there is none. Read only as a regular file of bounded size (a pipe planted in
        its place would hang the audit); anything else there, or anything but the JSON object the audit writes, is
        a ConfigError naming the file."""
        path = self.manifest_path
        try:
            os.lstat(path)
        except FileNotFoundError:
            return None
        with os.fdopen(self._own(path, os.O_RDONLY), "rb") as f:
            data = f.read(MANIFEST_MAX + 1)
        expected = "expected the JSON object `ydelsestjek audit` writes here"
        if len(data) > MANIFEST_MAX:
            raise ConfigError(path, [f"larger than {MANIFEST_MAX:,} bytes; {expected}"])
        try:
            manifest = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ConfigError(path, [f"not UTF-8 text (byte {exc.start}); {expected}"]) from None
        except ValueError as exc:
            raise ConfigError(path, [f"not JSON ({exc}); the file is torn or not the audit's; {expected}"]) from None
        if not isinstance(manifest, dict):
            raise ConfigError(path, [f"holds a JSON {type(manifest).__name__}; {expected}"])
        wrong = [k for k, ok in (("version", isinstance(manifest.get("version"), int)),
                                 ("started", isinstance(manifest.get("started"), str)),
                                 ("resumed", _strings(manifest.get("resumed", []))),
                                 ("finished", isinstance(manifest.get("finished", ""), str))) if not ok]
        if wrong:
            raise ConfigError(path, [f"the field(s) {', '.join(wrong)} are missing or of the wrong type; {expected}"])
        return manifest

    def _own(self, path: Path, flags: int) -> int:
        """A descriptor of one of the folder's own files: a link, pipe or device planted in its place (between an
        interruption and --resume, say) is refused naming the file, never followed or waited on."""
        try:
            fd = open_own(path, flags)
        except OSError as exc:
            if exc.errno not in (errno.ELOOP, errno.ENXIO):
                raise
            fd = -1
        if fd >= 0 and stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
        if fd >= 0:
            os.close(fd)
        raise ConfigError(path, [NOT_OWN_FILE])

    def write_manifest(self, manifest: dict) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        replace_bytes(self.manifest_path, json.dumps(manifest, ensure_ascii=False, indent=2).encode(), sync=True)

    # --- shards --------------------------------------------------------------------------------------------

    def finished(self, plan: Container[int] | None = None) -> dict[int, dict]:
        """Shard number -> its log line, for every shard logged as finished. A line that is not JSON was cut off by a
        kill (its shard is done again); a JSON line that is not a record the audit writes (a field missing or of the
        wrong type, a shard number not in `plan`) is a ConfigError naming the line: its counts would be reported as
        the audit's own."""
        done: dict[int, dict] = {}
        try:
            with os.fdopen(self._own(self.log_path, os.O_RDONLY), "rb") as f:
                for number, line in enumerate(f, 1):
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        continue  # a line cut off by a kill: its shard is done again
                    problem = _log_problem(rec)
                    if problem is None and not hmac.compare_digest(str(rec[SEAL]), self.seal(rec)):
                        problem = ("its seal does not match: the line was changed or made up, or written by another "
                                   "audit or under another salt")
                    if problem is None and plan is not None and rec["nr"] not in plan:
                        problem = f"shard {rec['nr']} is not in this audit's plan"
                    if problem is not None:
                        raise ConfigError(self.log_path, [f"line {number}: {problem}; this log is not the one the "
                                                          "audit wrote, so it cannot be resumed from: audit into a "
                                                          "new --out"])
                    done[rec["nr"]] = rec
        except FileNotFoundError:
            pass
        return done

    def write_part(self, nr: int, rows: pa.Table | None) -> tuple[str | None, str | None]:
        """The shard's rows as its part file (atomically, synced): its name in the folder and its SHA-256, for the
        log line; (None, None) when it has none."""
        path = self.part(nr)
        if not own_dir(self.parts, create=rows is not None and rows.num_rows > 0):
            return None, None
        if rows is None or rows.num_rows == 0:
            path.unlink(missing_ok=True)
            return None, None
        buffer = io.BytesIO()
        pq.write_table(rows, buffer, compression="zstd")
        data = buffer.getvalue()
        replace_bytes(path, data, sync=True)
        return f"{PARTS}/{path.name}", hashlib.sha256(data).hexdigest()

    def log(self, record: dict, sink) -> None:
        """Append the shard's record, sealed, and sync it: written only after its part file is in place."""
        record = {**record, SEAL: self.seal(record)}
        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        sink.flush()
        os.fsync(sink.fileno())

    def open_log(self):
        """The log for appending; a torn last line (from a kill mid-write) is ended first so the next line stands alone."""
        self.out.mkdir(parents=True, exist_ok=True)
        sink = os.fdopen(self._own(self.log_path, os.O_RDWR | os.O_CREAT | os.O_APPEND), "a+b")
        sink.seek(0, os.SEEK_END)
        if sink.tell():
            sink.seek(-1, os.SEEK_END)
            if sink.read(1) != b"\n":
                sink.write(b"\n")
        return io.TextIOWrapper(sink, encoding="utf-8", write_through=True)

    def _part_fd(self, nr: int) -> int:
        """A descriptor of shard `nr`'s part file, which its log line names: a ConfigError naming it when it is
        missing or not a regular file (never skipped: its rows would silently drop out of the store and the
        kroner)."""
        path = self.part(nr)
        try:
            return self._own(path, os.O_RDONLY)
        except FileNotFoundError:
            raise ConfigError(path, [f"the log ({LOG}) lists this part file of shard {nr}, but it is missing; its "
                                     "mismatches cannot be reported: audit into a new --out"]) from None

    def read_part(self, rec: dict) -> pa.Table:
        """The part file of the shard logged as `rec`, refused (ConfigError naming it) unless its bytes are the ones
        the sealed log line recorded."""
        nr = rec["nr"]
        with os.fdopen(self._part_fd(nr), "rb") as f:
            data = f.read()
        if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), str(rec["sha256"])):
            raise ConfigError(self.part(nr), [f"not the part file the audit wrote for shard {nr}: its SHA-256 differs "
                                              f"from the one its log line ({LOG}) records (changed, or swapped with "
                                              "another); its mismatches cannot be reported: audit into a new --out"])
        return pq.read_table(io.BytesIO(data), schema=SCHEMA)

    def with_parts(self, log: dict[int, dict]) -> list[int]:
        """The logged shards that have a part file (their `fil`), in shard order."""
        return [nr for nr in sorted(log) if log[nr]["fil"] is not None]

    def check_parts(self, log: dict[int, dict]) -> None:
        """Every part file the log lists is there, as a regular file with the bytes its line records: checked before a
        resume does any work."""
        own_dir(self.parts, create=False)
        for nr in self.with_parts(log):
            self.read_part(log[nr])

    def parts_of(self, log: dict[int, dict]) -> Iterator[pa.Table]:
        """The part files the log lists, one at a time, in shard order."""
        own_dir(self.parts, create=False)
        for nr in self.with_parts(log):
            yield self.read_part(log[nr])

    def merge(self, log: dict[int, dict]) -> int:
        """Write the store: every part file the log lists, in shard order (one part in memory at a time); rows
        written. A listed part that is missing stops the merge (ConfigError) before the store is replaced."""
        tmp = temp_beside(self.store)
        written = 0
        try:
            with pq.ParquetWriter(tmp, SCHEMA, compression="zstd") as writer:
                for part in self.parts_of(log):
                    writer.write_table(part)
                    written += part.num_rows
            os.replace(tmp, self.store)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return written


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _log_problem(rec: object) -> str | None:
    """What is wrong with a parsed log line, or None when it is a record the audit writes."""
    if not isinstance(rec, dict):
        return f"a JSON {type(rec).__name__}, expected an object"
    missing, unknown = sorted((LOG_KEYS | {SEAL}) - rec.keys()), sorted(rec.keys() - LOG_KEYS - {SEAL})
    if missing or unknown:
        return "; ".join(([f"missing {', '.join(missing)}"] if missing else [])
                         + ([f"unknown {', '.join(unknown)}"] if unknown else []))
    wrong = [k for k in ("nr", *COUNTS) if not _count(rec[k])]
    wrong += [k for k in SECONDS if not (_count(rec[k]) or (isinstance(rec[k], float) and rec[k] >= 0))]
    if not _strings(rec["problemer"]):
        wrong.append("problemer")
    kobling = rec["kobling"]
    if not (isinstance(kobling, dict) and all(_strings(v) for v in kobling.values())):
        wrong.append("kobling")
    pr_ydelse = rec["pr_ydelse"]
    if not (isinstance(pr_ydelse, dict) and all(map(_count, pr_ydelse.values()))):
        wrong.append("pr_ydelse")
    if wrong:
        return (f"{', '.join(wrong)} of the wrong type (the shard number and counts are whole numbers ≥ 0, the "
                "seconds numbers ≥ 0, problemer a list of texts, kobling an object of lists of texts, pr_ydelse an "
                "object of whole numbers ≥ 0)")
    if sum(pr_ydelse.values()) != rec["sammenlignet"]:
        return (f"pr_ydelse adds up to {sum(pr_ydelse.values())}, expected sammenlignet ({rec['sammenlignet']}): the "
                "cases compared, by benefit")
    if rec["fil"] is not None and rec["fil"] != f"{PARTS}/shard-{rec['nr']:06d}.parquet":
        return f"fil is {rec['fil']!r}, expected null or {PARTS}/shard-{rec['nr']:06d}.parquet"
    if (rec["fil"] is None) != (rec["sha256"] is None) or not (rec["sha256"] is None or _hex(rec["sha256"], 64)):
        return "sha256 is not the part file's digest (64 hex digits with a part file, null without)"
    if not _hex(rec[SEAL], 64):
        return f"{SEAL} is not a seal (64 hex digits)"
    return None


def _hex(value: object, digits: int) -> bool:
    return isinstance(value, str) and len(value) == digits and all(c in "0123456789abcdef" for c in value)


def own_dir(path: Path, create: bool = True) -> bool:
    """Whether `path` is a real folder (made when missing and `create`): a link or anything else in its place is a
    ConfigError, never followed, so nothing the audit writes or reads there lands elsewhere."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        if not create:
            return False
        try:
            os.mkdir(path)
            return True
        except FileExistsError:      # something appeared in between: judged below like anything found there
            st = os.lstat(path)
    if not stat.S_ISDIR(st.st_mode):
        raise ConfigError(path, [NOT_OWN_DIR])
    return True


def fresh_dir(path: Path) -> Path:
    """`path` as a new, empty, real folder made here: an earlier one (an interrupted audit's) is removed with its
    contents, without following any link in it; a link or file in its place is a ConfigError."""
    remove_own_dir(path, strict=True)
    try:
        os.mkdir(path)
    except FileExistsError:          # planted between the removal and now
        raise ConfigError(path, [NOT_OWN_DIR]) from None
    return path


def remove_own_dir(path: Path, strict: bool = False) -> None:
    """Remove one of the audit's folders with everything in it, following no link (a link found in its place is
    removed itself, or refused when `strict`); a folder that cannot be removed is a ConfigError, not ignored: it
    may hold a copy of the input."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    try:
        if stat.S_ISDIR(st.st_mode):
            shutil.rmtree(path)       # removes links inside, never what they point to
        elif strict:
            raise ConfigError(path, [NOT_OWN_DIR])
        else:
            os.unlink(path)
    except OSError as exc:
        raise ConfigError(path, [f"the audit could not remove this folder of its own ({exc.strerror}); remove it "
                                 "yourself: it may hold a copy of the input"]) from None

