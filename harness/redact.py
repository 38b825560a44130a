"""Secrets (the bearer token of an HTTP candidate) never reach a file, the terminal or a message.

A candidate may echo a secret back in any dress: JSON-escaped (`\\/`, `\\u0041`), percent-encoded, as HTML
entities, base64 or hex. Redaction therefore works on *decoded* text: each string is decoded every way
it might have been encoded (up to three layers), and if any decoding holds a registered secret, the decoded
text with the secret blanked out is what is kept. Encodings that cannot be decoded from one string alone
(base64, hex, reversed case of hex) are searched for as whole variants of the secret instead.

The registry is process-wide on purpose: whoever learns a secret (the HTTP adapter reading its token from
the environment, the CLI) registers it once, and every writer of evidence and every printer of messages
redacts through `redact` / `redact_doc` without having to be told which secrets exist.
"""
from __future__ import annotations

import base64
import html
import json
import re
import threading
from urllib.parse import unquote, unquote_plus

MASK = "***"
MIN_SECRET = 6          # shorter values are not treated as secrets (they would blank ordinary words)
_lock = threading.Lock()
_secrets: set[str] = set()
_variants: list[tuple[str, bool]] = []    # (text, case-insensitive) searched for literally in raw strings


def register(secret: str | None) -> None:
    """Remember a secret; from now on it is blanked out of everything `redact` sees."""
    if not secret or len(secret) < MIN_SECRET:
        return
    with _lock:
        if secret in _secrets:
            return
        _secrets.add(secret)
        _variants.extend(_literal_variants(secret))


SECRET_ENVIRONMENT = ("YDELSESTJEK_TOKEN",)   # the HTTP adapter's default token variable (adapters/http.py)


def register_environment(names: tuple[str, ...] = SECRET_ENVIRONMENT) -> None:
    """Secrets from the start, whatever the candidate: the token variables' values (a cmd: candidate could print
    the environment it inherited); blanked out of every output and not inherited by candidate processes."""
    import os
    for name in names:
        register(os.environ.get(name))


def clear() -> None:
    """Forget every secret (tests)."""
    with _lock:
        _secrets.clear()
        _variants.clear()


def active() -> bool:
    return bool(_secrets)


def is_secret(value: str) -> bool:
    """True when `value` holds a registered secret (e.g. an environment variable a child must not inherit)."""
    return bool(_secrets) and isinstance(value, str) and any(s in value for s in _secrets)


def _literal_variants(secret: str) -> list[tuple[str, bool]]:
    raw = secret.encode("utf-8")
    out: list[tuple[str, bool]] = [(raw.hex(), True)]
    for shift in range(3):                               # base64 of the secret at each alignment in a longer text
        for enc in (base64.b64encode, base64.urlsafe_b64encode):
            chunk = enc(b"\0" * shift + raw).decode("ascii").rstrip("=")
            start = (shift * 4 + 2) // 3                  # characters that still depend on the padding bytes
            stable = chunk[start:len(chunk) - 2]          # the tail depends on what follows
            if len(stable) >= MIN_SECRET:
                out.append((stable, False))
    return out


_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|[\"\\/bfnrt])")
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _json_unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        code = m.group(1)
        return chr(int(code[1:], 16)) if code[0] == "u" else _SIMPLE[code]
    return _JSON_ESCAPE.sub(one, text)


def _decodings(text: str) -> list[str]:
    """`text` and every text it decodes to (JSON escapes, percent-encoding, HTML entities), three layers deep."""
    seen = [text]
    frontier = [text]
    for _ in range(3):
        nxt = []
        for t in frontier:
            candidates = []
            if "\\" in t:
                candidates.append(_json_unescape(t))
            if "%" in t or "+" in t:
                candidates.extend((unquote(t), unquote_plus(t)))
            if "&" in t:
                candidates.append(html.unescape(t))
            for c in candidates:
                if c not in seen:
                    seen.append(c)
                    nxt.append(c)
        frontier = nxt
        if not frontier:
            break
    return seen


def _blank(text: str) -> str:
    for secret in _secrets:
        text = text.replace(secret, MASK)
    for variant, nocase in _variants:
        if nocase:
            text = re.sub(re.escape(variant), MASK, text, flags=re.IGNORECASE)
        else:
            text = text.replace(variant, MASK)
    return text


def _contains(text: str) -> bool:
    if any(s in text for s in _secrets):
        return True
    lower = None
    for variant, nocase in _variants:
        if nocase:
            lower = lower if lower is not None else text.lower()
            if variant.lower() in lower:
                return True
        elif variant in text:
            return True
    return False


def redact(text: str) -> str:
    """`text` with every registered secret blanked out, in whatever encoding it appears (several encodings in one
    text included: each round decodes and blanks one, until none is left)."""
    if not _secrets or not isinstance(text, str):
        return text
    for _ in range(8):
        for decoded in _decodings(text):
            if _contains(decoded):
                text = _blank(decoded)
                break
        else:
            return text
    return MASK      # still holding a secret after every round: nothing of it is kept


def redact_doc(doc: object) -> object:
    """A JSON-like document with every string (keys included) redacted; the same object when nothing changed."""
    if not _secrets:
        return doc
    if isinstance(doc, str):
        return redact(doc)
    if isinstance(doc, dict):
        return {redact(k) if isinstance(k, str) else k: redact_doc(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [redact_doc(v) for v in doc]
    return doc


def redact_bytes(data: bytes) -> bytes:
    """Raw bytes (a body kept for an error message): decoded as UTF-8 and redacted."""
    if not _secrets:
        return data
    return redact(data.decode("utf-8", "replace")).encode("utf-8")


def redact_json_text(text: str) -> str:
    """A JSON text: its decoded strings are redacted, so an escaped secret cannot survive in the file."""
    if not _secrets:
        return text
    try:
        return json.dumps(redact_doc(json.loads(text)), ensure_ascii=False)
    except ValueError:
        return redact(text)


__all__ = ["MASK", "SECRET_ENVIRONMENT", "active", "clear", "is_secret", "redact", "redact_bytes", "redact_doc",
           "redact_json_text", "register", "register_environment"]
