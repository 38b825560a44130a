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
