"""This user's sealing key: an HMAC key kept outside every folder a run reads or writes
(`$YDELSESTJEK_STATE_DIR`, else `$XDG_STATE_HOME/ydelsestjek`, else `~/.local/state/ydelsestjek`; 0600). What the
harness writes for itself and reads back later (a run's saved configuration and finished cases, a remembered golden
check, the highest golden manifest serial verified per signing key) is sealed with it, so a file edited by someone
without this user's state folder is refused."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
from pathlib import Path

KEY_FILE = "run-seal.key"
REMEMBERED = "remembered.json"
# a run's own sealed files (harness/resume.py writes them): its configuration, and its case log with a chained seal
# for every line
RUN_FILE = "run.json"
RESULTS_LINES = "results.jsonl"
LINE_SEALS = "results.jsonl.seal"
LINES_MAX_BYTES = 256_000_000           # results.jsonl: the case records (results.json, their bounded copy, ≤ 64 MB)
SEALS_MAX_BYTES = 16_000_000            # results.jsonl.seal: 65 bytes a line


def state_dir() -> Path:
    if os.environ.get("YDELSESTJEK_STATE_DIR"):
        return Path(os.environ["YDELSESTJEK_STATE_DIR"])
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "ydelsestjek"


def key(create: bool) -> bytes | None:
    """This user's sealing key; created (0600) when `create` and missing."""
    path = state_dir() / KEY_FILE
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        if not create:
            return None
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:     # made meanwhile by another run (or unreadable: then this fails loudly)
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secrets.token_hex(32) + "\n")
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def mac(secret: bytes, *parts: bytes) -> str:
    h = hmac.new(secret, digestmod=hashlib.sha256)
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def canonical(doc: dict) -> bytes:
    """The bytes a sealed JSON document's seal covers: every field but `seal`, keys sorted, compact."""
    return json.dumps({k: v for k, v in doc.items() if k != "seal"}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def sealed_here(path: Path, domain: bytes, max_bytes: int = 5_000_000) -> bool:
    """Whether the JSON document at `path` (a regular file, not a link; at most max_bytes) carries a seal
    (`seal.hmac_sha256` over `canonical`) under this user's key: then this user's ydelsestjek wrote it, here."""
    secret = key(create=False)
    if secret is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return False
            data = f.read(max_bytes + 1)
        doc = json.loads(data) if len(data) <= max_bytes else None
    except (OSError, ValueError, RecursionError):    # RecursionError: a planted run.json nested past the stack
        return False
    if not isinstance(doc, dict):
        return False
    given = doc.get("seal")
    if not isinstance(given, dict) or not isinstance(given.get("hmac_sha256"), str):
        return False
    return hmac.compare_digest(given["hmac_sha256"], mac(secret, domain, canonical(doc)))


def chain_start(secret: bytes, run_id: str) -> str:
    """What results.jsonl's first seal is chained to: the run id under the key (harness/resume.py SealedLines)."""
    return mac(secret, b"results.jsonl", run_id.encode("utf-8"))


def _read_regular(path: Path, limit: int, first_line: bool = False) -> bytes | None:
    """A regular file's bytes (not through a link; at most `limit`, else None), or only its first complete line
    without its newline; None when it is missing, not a regular file, or has no such line."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return None
            data = f.readline(limit + 1) if first_line else f.read(limit + 1)
    except OSError:
        return None
    if first_line:
        return data[:-1] if data.endswith(b"\n") else None
    return data if len(data) <= limit else None


def chain_starts_here(run_dir: Path, run_ids: list[str]) -> bool:
    """Whether results.jsonl's first line verifies against results.jsonl.seal's first seal under this user's key for
    one of `run_ids`: then this user's ydelsestjek wrote the run's cases."""
    secret = key(create=False)
    first = _read_regular(Path(run_dir) / RESULTS_LINES, LINES_MAX_BYTES, first_line=True)
    seal = _read_regular(Path(run_dir) / LINE_SEALS, 128, first_line=True)
    if secret is None or first is None or seal is None:
        return False
    given = seal.decode("ascii", errors="replace")
    return any(hmac.compare_digest(given, mac(secret, chain_start(secret, run_id).encode("ascii"), first))
               for run_id in run_ids)


def chain_problems(run_dir: Path, run_id: str) -> list[str]:
    """Why results.jsonl is not every line its run wrote and sealed under this user's key (each line against its
    chained seal in results.jsonl.seal, a seal for every line and a line for every seal: the file of a finished
    run); [] when it is."""
    secret = key(create=False)
    if secret is None:
        return [f"{RESULTS_LINES}: no sealing key here ({state_dir()}); its seals cannot be checked"]
    data = _read_regular(Path(run_dir) / RESULTS_LINES, LINES_MAX_BYTES)
    raw = _read_regular(Path(run_dir) / LINE_SEALS, SEALS_MAX_BYTES)
    if data is None or raw is None:
        return [f"{RESULTS_LINES} or {LINE_SEALS}: missing, too large, or not a regular file"]
    lines, seals = data.split(b"\n"), raw.decode("ascii", errors="replace").split("\n")
    if lines[-1] or seals[-1]:
        return [f"{RESULTS_LINES}: its last line or seal is torn; a finished run's file ends with a sealed line"]
    lines, seals = lines[:-1], seals[:-1]
    if len(lines) != len(seals):
        return [f"{RESULTS_LINES}: {len(lines)} lines, {len(seals)} seals in {LINE_SEALS}; the run sealed every line"]
    previous = chain_start(secret, run_id)
    for n, line in enumerate(lines, 1):
        previous = mac(secret, previous.encode("ascii"), line)
        if not hmac.compare_digest(seals[n - 1], previous):
            return [f"{RESULTS_LINES}: line {n} does not match its seal ({LINE_SEALS}): the file was changed after "
                    "the run wrote it"]
    return []


def recall(kind: str, file: str = REMEMBERED) -> str | None:
    """The value this user sealed under `kind` in `file` (see remember); None when there is none, or it was edited."""
    secret = key(create=False)
    if secret is None:
        return None
    try:
        entries = json.loads((state_dir() / file).read_text(encoding="utf-8"))
        entry = entries.get(kind) if isinstance(entries, dict) else None
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
        return None
    value = entry["fingerprint"]
    expected = mac(secret, kind.encode("utf-8"), value.encode("utf-8"))
    ok = isinstance(entry.get("hmac_sha256"), str) and hmac.compare_digest(entry["hmac_sha256"], expected)
    return value if ok else None


def remembered(kind: str, fingerprint: str, file: str = REMEMBERED) -> bool:
    """True when this user sealed `fingerprint` under `kind` before (see remember); never for an edited file."""
    return recall(kind, file) == fingerprint


def remember(kind: str, fingerprint: str, file: str = REMEMBERED) -> None:
    """Seal `fingerprint` (any text) as the last good one of `kind` in `file` (one per kind); best effort: a
    read-only state folder only means the work is done again next time."""
    try:
        secret = key(create=True)
        assert secret is not None
        path = state_dir() / file
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
            entries = entries if isinstance(entries, dict) else {}
        except (OSError, ValueError):
            entries = {}
        entries[kind] = {"fingerprint": fingerprint,
                         "hmac_sha256": mac(secret, kind.encode("utf-8"), fingerprint.encode("utf-8"))}
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(entries, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
