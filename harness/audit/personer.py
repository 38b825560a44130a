"""Personal data: CPR numbers, names and case ids never leave the input. Outputs carry a salted pseudonym
(HMAC-SHA256 with the user's salt), which the municipality, holding the salt, can recompute from its own case
ids to find a case; nobody without the salt can. Which case fields are personal is data: the benefit's
`personoplysninger:` in sammenligning.yaml (CPR and name paths, `*` for any one field).

A text is matched in a normal form (NFKC, casefolded, every decimal digit as 0-9, invisible format characters
dropped), so a CPR number in full-width digits or a name in capitals is found; what is hidden is the matching part
of the original text. Every pattern is linear in the text (no nested repetition), so long texts cost no more than
their length.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from harness.compare.paths import split

SALT_ENV = "YDELSESTJEK_AUDIT_SALT"
HIDDEN = "‹skjult›"
# Any CPR-shaped number in a text that leaves the audit is masked as well: ten digits grouped 2-2-2-4, each group
# followed by at most one separator (ddmmyy-xxxx, ddmmyyxxxx, dd.mm.yy-xxxx, ddmm-yy-xxxx, dd mm yy xxxx), matched
# in the normal form (below).
_SEP = r"[\s./\-\u2010-\u2015\u2212_]?"
CPR_SHAPED = re.compile(rf"(?<![0-9])[0-9]{{2}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{4}}(?![0-9])")
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _fold(piece: str) -> str:
    """The normal form of a piece of text that is one character with its combining marks."""
    text = unicodedata.normalize("NFKC", piece).casefold()
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else "" if unicodedata.category(c) == "Cf" else c
                   for c in text)


class Normal:
    """A text in its normal form (NFKC, casefolded, decimal digits as 0-9, format characters dropped), with the
    way back from a span of the normal form to the span of the original it came from. Linear in the text: runs of
    ASCII are lowercased as they are, every other character is folded with its combining marks."""

    __slots__ = ("ident", "ns", "oe", "os", "text")
    text: str
    ns: list[int] | None    # where each segment starts in the normal form (None: the text is ASCII)
    os: list[int]           # ... and in the original
    oe: list[int]           # where it ends in the original
    ident: list[bool]       # an ASCII run, position for position

    def __init__(self, original: str):
        if original.isascii():
            self.text, self.ns = original.lower(), None
            return
        out: list[str] = []
        self.ns, self.os, self.oe, self.ident = [], [], [], []
        n, i, end = 0, 0, len(original)
        while i < end:
            m = _ASCII_RUN.match(original, i)
            j = m.end() if m else i
            if i < j < end and unicodedata.combining(original[j]):
                j -= 1                     # the run's last character carries the marks that follow it
            if j > i:
                piece, ident = original[i:j].lower(), True
            else:
                j = i + 1
                while j < end and unicodedata.combining(original[j]):
                    j += 1
                piece, ident = _fold(original[i:j]), False
            out.append(piece)
            self.ns.append(n)
            self.os.append(i)
            self.oe.append(j)
            self.ident.append(ident)
            n += len(piece)
            i = j
        self.text = "".join(out)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The original's span for the normal form's non-empty span [a, b)."""
        if self.ns is None:
            return a, b
        k = bisect_right(self.ns, a) - 1
        start = self.os[k] + (a - self.ns[k] if self.ident[k] else 0)
        k = bisect_right(self.ns, b - 1) - 1
        stop = self.os[k] + (b - self.ns[k] if self.ident[k] else self.oe[k] - self.os[k])
        return start, stop


def normal(text: str) -> str:
    return Normal(text).text


def _cpr_pattern(value: str) -> str | None:
    """The CPR number's digits in order, with anything but digits between them."""
    digits = re.sub(r"[^0-9]", "", normal(value))
    return r"(?<![0-9])" + r"[^0-9]*".join(digits) + r"(?![0-9])" if len(digits) >= 6 else None


def _name_pattern(value: str) -> str | None:
    """The name's words in order, with any whitespace (or none) between them."""
    words = normal(value).split()
    return r"\s*".join(re.escape(w) for w in words) if words else None


def pseudonym(salt: bytes, kind: str, value: str) -> str:
    """24 hex digits of HMAC-SHA256(salt, kind + value); kind keeps a case id and a CPR number apart."""
    return hmac.new(salt, f"{kind}\0{value}".encode(), hashlib.sha256).hexdigest()[:24]


def salt_check(salt: bytes) -> str:
    """A fingerprint that tells whether a resumed audit uses the same salt, without revealing it."""
    return pseudonym(salt, "salt-check", "ydelsestjek")


@dataclass(frozen=True)
class Felter:
    cpr: tuple[tuple[str, ...], ...]
    navn: tuple[tuple[str, ...], ...]


@cache
def felter(ydelse: str) -> Felter:
    """The benefit's personal fields (its sammenligning.yaml `personoplysninger:`)."""
    from harness.config_files import load_yaml
    from harness.contract.config import ComparisonRules
    from harness.contract.ydelse import find
    path = find(ydelse).sammenligning_path
    if not path.exists():
        return Felter((), ())
    own = load_yaml(path).validate(ComparisonRules).personoplysninger
    return Felter(tuple(split(p) for p in own.cpr), tuple(split(p) for p in own.navn))


def _values(doc: object, path: tuple[str, ...]) -> list[str]:
    nodes = [doc]
    for key in path:
        nxt = []
        for node in nodes:
            if isinstance(node, dict):
                nxt += list(node.values()) if key == "*" else ([node[key]] if key in node else [])
            elif isinstance(node, list) and key == "*":
                nxt += node
        nodes = nxt
    return [n for n in nodes if isinstance(n, str) and n]


class Skjuler:
    """The personal values of one case, and how to hide them in anything written."""

    __slots__ = ("borger", "case_id", "sag", "values")

    def __init__(self, salt: bytes, ydelse: str, case: dict, sags_id: str):
        f = felter(ydelse)
        cprs = [v for p in f.cpr for v in _values(case, p)]
        navne = [v for p in f.navn for v in _values(case, p)]
        self.sag = pseudonym(salt, "sag", sags_id)
        self.borger = pseudonym(salt, "cpr", cprs[0].replace("-", "")) if cprs else self.sag
        # in the normal form: names as any substring (a Danish genitive adds an s), CPR numbers by their digits
        # (or, too short for that, as written), the case id only as a whole token (a case id "q" is not hidden
        # inside "required")
        patterns = {p for v in cprs if (p := _cpr_pattern(v) or (re.escape(normal(v)) if normal(v) else None))}
        patterns |= {p for v in navne if (p := _name_pattern(v))}
        sag = normal(sags_id)
        if sag:
            patterns.add(rf"(?<![0-9a-z]){re.escape(sag)}(?![0-9a-z])")
        self.values = [re.compile(p) for p in sorted(patterns)] + [CPR_SHAPED]
        self.case_id = sag or None

    def text(self, value: str) -> str:
        """The text with every match of the case's personal values, and anything CPR-shaped, replaced by HIDDEN
        (overlapping or adjacent matches become one)."""
        norm = Normal(value)
        spans = sorted(norm.span(*m.span()) for pattern in self.values for m in pattern.finditer(norm.text)
                       if m.end() > m.start())
        if not spans:
            return value
        out, last = [], 0
        merged: list[list[int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in merged:
            out += [value[last:a], HIDDEN]
            last = b
        out.append(value[last:])
        return "".join(out)
