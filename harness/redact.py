"""Secrets (the bearer token of an HTTP candidate) never reach a file, the terminal or a message.

A candidate may echo a secret back in any dress: JSON-escaped (`\\/`, `\\u0041`), percent-encoded, as HTML
entities, base64 or hex. Redaction therefore works on *decoded* text: each string is decoded every way
it might have been encoded (up to three layers), and if any decoding holds a registered secret, the decoded
text with the secret blanked out is what is kept. Encodings that cannot be decoded from one string alone
(base64, hex, reversed case of hex) are searched for as whole variants of the secret instead.

The registry is process-wide on purpose: whoever learns a secret (the HTTP adapter reading its token from
the environment, the CLI) registers it once, and every writer of evidence and every printer of messages
redacts through `redact` / `redact_doc` without having to be told which secrets exist.

A bearer token must look like one (`weakness`): at least MIN_TOKEN characters and no part of a word of the
evidence format (the property names and fixed values of harness/contract/schemas, the benefits' names). A token
such as `status` would otherwise blank the harness's own words, and a record that no longer fits its schema
ends the run without a pack; it is refused at the start instead (exit 2). The harness's own documents (case
records, results.json, run.json) are redacted with `redact_record`: every string value, but keys only inside the
free-form values that came from outside (FREE_FORM: the candidate's answer, a case, a field's values) — the other
keys are the evidence format's own.
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
MIN_TOKEN = 16          # a bearer token shorter than this is refused at the start (`weakness`)
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
# never inherited by a candidate process, by name, whatever their value (adapters/processes.py child_environment):
# the audit's salt (harness/audit/personer.py SALT_ENV), which the audit also takes out of its own environment
WITHHELD_ENVIRONMENT = ("YDELSESTJEK_AUDIT_SALT",)


class WeakSecret(ValueError):
    """A token that cannot be told apart from the evidence's own words (`weakness`); the message says which."""


def register_environment(names: tuple[str, ...] = SECRET_ENVIRONMENT) -> None:
    """Secrets from the start, whatever the candidate: the token variables' values (a cmd: candidate could print
    the environment it inherited); blanked out of every output and not inherited by candidate processes.
    WeakSecret when a value is set but is no secret (`weakness`)."""
    import os
    for name in names:
        value = os.environ.get(name)
        problem = weakness(value) if value else None
        if problem:
            raise WeakSecret(f"the environment variable {name} {problem}")
        register(value)


def weakness(token: str) -> str | None:
    """Why `token` cannot serve as a bearer token that is blanked out of the evidence (English, to follow the
    variable's name), or None: too short, or part of a word of the evidence format."""
    if len(token) < MIN_TOKEN:
        return (f"holds {len(token)} characters; a bearer token needs at least {MIN_TOKEN} (a long random value, "
                "e.g. `openssl rand -hex 24`): a shorter one could be an ordinary word of the evidence, and it is "
                "blanked out of everything written")
    word = next((w for w in _vocabulary() if token in w), None)
    if word is not None:
        return (f"is part of the word {word!r} of the evidence format; a bearer token must not be (it is blanked "
                "out of everything written): use a long random value, e.g. `openssl rand -hex 24`")
    return None


_VOCABULARY: list[str] = []


def _vocabulary() -> list[str]:
    """The evidence format's own words: property names and fixed values of the exported schemas, benefit names."""
    if not _VOCABULARY:
        from pathlib import Path
        words: set[str] = set()

        def walk(node: object) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "properties" and isinstance(value, dict):
                        words.update(value)
                    elif key in ("enum", "required") and isinstance(value, list):
                        words.update(v for v in value if isinstance(v, str))
                    elif key == "const" and isinstance(value, str):
                        words.add(value)
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        root = Path(__file__).parent
        for path in sorted((root / "contract" / "schemas").rglob("*.json")):
            walk(json.loads(path.read_text(encoding="utf-8")))
        words.update(p.name for p in (root / "ydelser").iterdir() if p.is_dir() and not p.name.startswith("_"))
        _VOCABULARY.extend(sorted(w for w in words if len(w) >= MIN_TOKEN))
    return _VOCABULARY


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


FREE_FORM = frozenset({"answer", "case", "original_case", "forventet", "faktisk", "resultat", "content", "metadata"})


def redact_record(doc: object, keys: bool = False) -> object:
    """A document of the harness's own (a case record, results.json, run.json) with every string value redacted;
    its keys are the evidence format's words and stay as they are, except inside a free-form value that came from
    outside (a field named in FREE_FORM), whose keys are redacted too."""
    if not _secrets:
        return doc
    if isinstance(doc, str):
        return redact(doc)
    if isinstance(doc, dict):
        return {redact(k) if keys and isinstance(k, str) else k: redact_record(v, keys or k in FREE_FORM)
                for k, v in doc.items()}
    if isinstance(doc, list):
        return [redact_record(v, keys) for v in doc]
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


__all__ = ["FREE_FORM", "MASK", "MIN_TOKEN", "SECRET_ENVIRONMENT", "WITHHELD_ENVIRONMENT", "WeakSecret", "active",
           "clear", "is_secret", "redact", "redact_bytes", "redact_doc", "redact_json_text", "redact_record", "register",
           "register_environment", "weakness"]
