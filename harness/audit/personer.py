"""Personal data: CPR numbers, names and case ids never leave the input. Outputs carry a pseudonym (the first 24 hex
digits of HMAC-SHA256 under a key derived from the user's salt with scrypt, `derive_key`), which the
municipality, holding the salt, can recompute from its own case ids to find a case; nobody without the salt can.
Which case fields are personal is data: the benefit's `personoplysninger:` in sammenligning.yaml (CPR and name
paths, `*` for any one field).

The salt never leaves the coordinator: it is taken out of the environment before any worker or candidate starts
and registered with harness/redact.py (an echo of it is blanked); workers get only the derived key. A salt that
could be guessed is refused (`salt_weakness`), and the key derivation is slow on purpose, so that guessing it from
the outputs (a pseudonym and a known case id, or the manifest's `salt_check`) costs an scrypt per guess.

A text is matched in a normal form (NFKC, casefolded, every decimal digit as 0-9, invisible format characters
dropped, Danish letters and their ASCII spellings folded alike, other diacritics dropped), so a CPR number in
full-width digits or a name in capitals or in ASCII (Nørgaard as Noergaard or Norgaard) is found; what is hidden is
the matching part of the original text. A JSON value is scrubbed string by string (decoded: a line break is a line break, not `\\n`)
and then as its JSON text. Every pattern is linear in the text (no nested repetition), so long texts cost no more
than their length.
"""
from __future__ import annotations

import hashlib
import hmac
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from harness.compare.paths import split

SALT_ENV = "YDELSESTJEK_AUDIT_SALT"
HIDDEN = "‹skjult›"
MIN_SALT = 16               # characters; a shorter salt is refused (`salt_weakness`)
MIN_DISTINCT = 8            # different characters in a salt
MIN_BITS = 128              # estimated, by length and character classes (`salt_weakness`)
MAKE_SALT = 'python3 -c "import secrets; print(secrets.token_hex(16))"'
# The pseudonym key is scrypt(salt). scrypt is slow and memory-hard: whoever tries to guess the salt from the
# audit's outputs pays about 0.3 s and 128 MiB per guess (on a GPU too), where a bare HMAC costs a microsecond.
# N=2**17, r=8, p=1 is OWASP's recommended setting for scrypt; the coordinator derives the key once per audit. The
# domain constant keeps this key apart from any other use of the same secret. Changing any of these changes every
# pseudonym: bump revision.MANIFEST_VERSION with it, and update docs/audit.md, which gives the derivation.
KDF_DOMAIN = b"ydelsestjek audit: pseudonym key v1"
KDF_N, KDF_R, KDF_P = 2 ** 17, 8, 1
KDF_MAXMEM = 256 * 1024 * 1024     # scrypt needs 128 * N * r bytes = 128 MiB; OpenSSL's default limit is 32 MiB
KDF_LEN = 32
# Any CPR-shaped number in a text that leaves the audit is masked as well, matched in the normal form (below):
# - the date part: six digits grouped 2-2-2 with at most one separator after each group (ddmmyy, dd.mm.yy, ddmm-yy,
#   dd mm yy), the month's first digit 0 or 1 (the day is not checked: a replacement CPR number adds 60 to it),
#   perhaps in parentheses (`(010190) 1234`);
# - then a gap of up to four spaces or line breaks around at most two separators (`-`, ` - `, ` – `, `/`, `:`, `,`,
#   `+`, `\n`, ` - - `);
# - then the four digits; with a space or line break in their middle (`12 34`) only after a gap that is not empty
#   (`010190-12 34`), so that a date with a four-digit year and a number after it (`05-01-2026 12:30`) is no CPR;
#   and not the year of a date or week id (`000123: 2022-07-12`, `100123, 2022-W28`).
# A line break or tab may also be written as its escape (the two characters `\n`, or `\\n` escaped twice: an error
# message quoting the value as JSON or Python text), and the gap's separator as a `\uXXXX` escape. Every repetition
# is bounded, so each attempt costs a constant. A date range, an ISO date, an amount such as 12345.67, a list of
# numbers or a week id 2026-W05 is not CPR-shaped (tests/audit/test_personer_noegle.py, test_skjuler_former.py).
_WS = r"(?:\s|\\{1,4}[nrtfb])"
_DASH = r"[./\-\u2010-\u2015\u2212_]"
_SEP = rf"(?:{_DASH}|{_WS})?"
_GAP_SEP = rf"(?:{_DASH}|[:,+]|\\{{1,4}}u[0-9a-f]{{4}})"
_GAP = rf"{_WS}{{0,4}}(?:{_GAP_SEP}{_WS}{{0,4}}){{0,2}}"
CPR_SHAPED = re.compile(rf"(?<![0-9])\(?[0-9]{{2}}{_SEP}[01][0-9]{_SEP}[0-9]{{2}}\)?"
                        rf"(?:{_GAP}[0-9]{{4}}|(?=[^0-9]){_GAP}[0-9]{{2}}{_WS}[0-9]{{2}})"
                        r"(?![0-9]|[\-./](?:[01][0-9](?![0-9])|w[0-9]))")
# between the words of a name, in any order: spaces, line breaks (or their escapes), commas, dashes, and the dots and
# underscores of an e-mail address or a user name ("Ali, Fatima", "Fatima-Ali", "fatima.ali@", "Fatima_Ali")
_NAME_GAP = r"(?:[\s,.\-_\u2010-\u2015\u2212]|\\{1,4}[nrt])*"
_NAME_SPLIT = re.compile(r"[\s,\-\u2010-\u2015\u2212]+")
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
# one word of a name alone, as a whole word: no letter just before it (a digit, `.`, `_`, `@` or an escape `\n` may
# be), then perhaps a genitive (`Alis`, `Ali's`), then no letter
_WORD_BEFORE = r"(?:(?<![^\W\d_])|(?<=\\[nrt]))"
_WORD_AFTER = r"(?:s|['\u2019]s)?(?![^\W\d_])"
MIN_NAME_WORD = 3           # letters; a shorter word of a name ("Bo") is hidden only with the name's other words
# A case id is hidden as a token wherever it stands only when it cannot be mistaken for an ordinary value: at least
# MIN_CASE_ID_TOKEN characters, and not a number, date (or month, or date and time), time or week id on its own. A
# case id such as `2022`, `07`, `4465`, `W28`, `37` or `2022-07-12` is hidden only as a whole value (a whole string
# equal to it, perhaps in quotes), so the dates, months, amounts and week ids holding it stay. Matched in the normal
# form; applied to the case id only, never to a text.
MIN_CASE_ID_TOKEN = 6
_ORDINARY = re.compile(r"[+\-\u2212]?[0-9]+(?:[ .,'_][0-9]+)*"                          # 4465, 4465.00, 1.234,50
                       r"|[0-9]{1,4}(?:[\-./][0-9]{1,4}){1,2}(?:[t ][0-9]{1,2}(?::[0-9]{2}){1,2})?"   # dates, months
                       r"|[0-9]{1,2}(?::[0-9]{2}){1,2}"                                 # 10:15
                       r"|(?:[0-9]{4}-?)?w[0-9]{1,2}(?:-?[0-9])?")                      # 2022-W28, W28
_QUOTES = " \t\r\n\"'"
# Danish letters and the ways a system without them writes a name (red team r13 F6: Søren Åbo Nørgaard as "Soeren
# Aabo Noergaard", "Norgaard", "Abo"; Ærtebølle as "Aertebolle"): æ, ae and e are one letter in the normal form, as
# are ø, oe and o, and å, aa and a (ä and ö as æ and ø); any other diacritic is dropped (é → e, ü → u). Both the
# case's values and the text are folded so, so any spelling of the name finds any other. The ASCII pairs are folded
# in every text (Aarhus → arhus, Michael → michel, both sides alike); a name word's length (MIN_NAME_WORD) is counted
# before they are.
_LETTERS = str.maketrans({"æ": "e", "ä": "e", "ø": "o", "ö": "o", "œ": "o", "å": "a"})
_PAIR = re.compile(r"(a)a|a(e)|(o)e")
_PAIR_TO = r"\1\2\3"      # the pair's one letter (a group that did not take part is empty)
_PAIRS = {"aa": "a", "ae": "e", "oe": "o"}


def _fold(piece: str) -> str:
    """The normal form of a piece of text that is one character with its combining marks (not ASCII)."""
    text = unicodedata.normalize("NFKC", piece).casefold().translate(_LETTERS)
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else "" if unicodedata.category(c) == "Cf"
                   or unicodedata.combining(c) else c for c in unicodedata.normalize("NFD", text))


class Normal:
    """A text in its normal form (NFKC, casefolded, decimal digits as 0-9, format characters dropped, Danish letters
    and their ASCII pairs folded: `_LETTERS`), with the way back from a span of the normal form to the span of the
    original it came from. Linear in the text: runs of ASCII are lowercased as they are (each pair aa, ae, oe one
    letter), every other character is folded with its combining marks."""

    __slots__ = ("ident", "low", "ns", "oe", "os", "pairs", "text")
    text: str
    low: str | None         # an ASCII text with a pair aa, ae, oe: lowercased (else None)
    pairs: list[int] | None  # ... where each pair is in the normal form (made when a span is first asked for)
    ns: list[int] | None    # where each segment starts in the normal form (None: the text is ASCII)
    os: list[int]           # ... and in the original
    oe: list[int]           # where it ends in the original
    ident: list[bool]       # an ASCII run (but a pair aa, ae, oe), position for position

    def __init__(self, original: str):
        self.ns = self.low = self.pairs = None
        if original.isascii():
            low = original.lower()
            self.text = _PAIR.sub(_PAIR_TO, low)
            if len(self.text) != len(low):
                self.low = low
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
                low, last = original[i:j].lower(), 0
                for pair in _PAIR.finditer(low):      # position for position, but each pair aa, ae, oe one letter
                    n = self._add(out, n, low[last:pair.start()], i + last, i + pair.start(), True)
                    n = self._add(out, n, _PAIRS[pair.group()], i + pair.start(), i + pair.end(), False)
                    last = pair.end()
                n = self._add(out, n, low[last:], i + last, j, True)
            else:
                j = i + 1
                while j < end and unicodedata.combining(original[j]):
                    j += 1
                n = self._add(out, n, _fold(original[i:j]), i, j, False)
            i = j
        self.text = "".join(out)

    def _add(self, out: list[str], n: int, piece: str, start: int, stop: int, ident: bool) -> int:
        """One segment: `piece` in the normal form at `n`, from the original's [start, stop); where the next begins."""
        if not piece and ident:
            return n
        out.append(piece)
        assert self.ns is not None
        self.ns.append(n)
        self.os.append(start)
        self.oe.append(stop)
        self.ident.append(ident)
        return n + len(piece)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The original's span for the normal form's non-empty span [a, b)."""
        if self.ns is None:
            if self.low is None:
                return a, b
            if self.pairs is None:
                self.pairs = [m.start() - k for k, m in enumerate(_PAIR.finditer(self.low))]
            return a + bisect_left(self.pairs, a), b + bisect_right(self.pairs, b - 1)
        k = bisect_right(self.ns, a) - 1
        start = self.os[k] + (a - self.ns[k] if self.ident[k] else 0)
        k = bisect_right(self.ns, b - 1) - 1
        stop = self.os[k] + (b - self.ns[k] if self.ident[k] else self.oe[k] - self.os[k])
        return start, stop


def normal(text: str) -> str:
    return Normal(text).text


def _cpr_pattern(value: str) -> str | None:
    """The CPR number's digits in order, with anything but digits between them; a CPR number of ten digits also with
    its century (19 or 20) before the year, as a four-digit year writes it (`28041968-3306`), and, when it begins
    with a zero, without it, as a system that keeps it as a number writes it (`505801234`, `50580-1234`: red team
    r13 F6), bounded by non-digits."""
    digits = re.sub(r"[^0-9]", "", normal(value))
    if len(digits) < 6:
        return None
    gap = r"[^0-9]*"
    if len(digits) == 10:
        body = gap.join(digits[:4]) + gap + rf"(?:(?:19|20){gap})?" + gap.join(digits[4:])
    else:
        body = gap.join(digits)
    short = digits.lstrip("0")
    if len(digits) == 10 and short != digits:
        body = rf"(?:{body}|{short[:-4]}[\-./\s]?{short[-4:]})"
    return r"(?<![0-9])" + body + r"(?![0-9])"


def _alternatives(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def _name_pattern(value: str) -> str | None:
    """The name's words in any order (as many words as the name has, each one of its words), with spaces, commas,
    dashes, dots, underscores or nothing between them: "Fatima Ali", "Ali, Fatima", "ALI FATIMA", "Fatima-Ali",
    "fatima.ali". One alternation repeated a fixed number of times around one character class: linear in the
    text."""
    parts = [w for w in _NAME_SPLIT.split(normal(value)) if w]
    if not parts:
        return None
    word = _alternatives(parts)
    return word + (f"(?:{_NAME_GAP}{word}){{{len(parts) - 1}}}" if len(parts) > 1 else "")


def _name_words_pattern(values: list[str]) -> str | None:
    """Each word of the names of at least MIN_NAME_WORD letters on its own, as a whole word, perhaps with a genitive:
    "Kære Fatima", "Alis sag", "fatima@borger.dk", "f.ali". One alternation between fixed lookarounds: linear."""
    words = [normal(w) for v in values for w in _NAME_SPLIT.split(unicodedata.normalize("NFKC", v))
             if sum(c.isalpha() for c in w) >= MIN_NAME_WORD]      # counted before the folding (Bøe: bo)
    words = [w for w in words if w]
    return _WORD_BEFORE + _alternatives(words) + _WORD_AFTER if words else None


def salt_weakness(salt: bytes) -> str | None:
    """Why the salt could be guessed from the audit's outputs (English, as the other configuration errors), or None.
    At least MIN_SALT characters of at least MIN_DISTINCT kinds, and at least MIN_BITS by a rough estimate (its length
    times log2 of the alphabet its character classes span): `AarhusKommune2026` (≈ 101) was guessed in ten tries from
    audit.json (red team round 10b), a machine-made token_hex(16) has 165. A rough estimate only: a salt should be
    made by a machine, as the message says."""
    text = salt.decode("utf-8", "replace")
    alphabet = sum(size for chars, size in ((str.islower, 26), (str.isupper, 26), (str.isdigit, 10))
                   if any(chars(c) for c in text)) + (33 if any(not c.isalnum() for c in text) else 0)
    bits = len(text) * math.log2(alphabet) if alphabet > 1 else 0.0
    if len(text) < MIN_SALT:
        why = f"holds {len(text)} characters; it needs at least {MIN_SALT}"
    elif len(set(text)) < MIN_DISTINCT:
        why = f"holds {len(set(text))} different characters; it needs at least {MIN_DISTINCT}"
    elif bits < MIN_BITS:
        why = f"is too easy to guess (about {bits:.0f} bits by its length and kinds of characters; at least {MIN_BITS})"
    else:
        return None
    return (f"the salt {why}: a short or simple salt is guessed from the audit's own outputs, and then every "
            f"citizen's CPR number behind a pseudonym. Make a random one, e.g. `{MAKE_SALT}`, and keep it "
            "safe: the same salt finds cases again and resumes an audit")


@cache
def derive_key(salt: bytes) -> bytes:
    """The pseudonym key: scrypt of the salt with the fixed domain constant and the parameters above (slow on
    purpose; once per audit, in the coordinator, which hands the key to the workers)."""
    return hashlib.scrypt(salt, salt=KDF_DOMAIN, n=KDF_N, r=KDF_R, p=KDF_P, maxmem=KDF_MAXMEM, dklen=KDF_LEN)


def pseudonym(key: bytes, kind: str, value: str) -> str:
    """24 hex digits of HMAC-SHA256(key, kind + NUL + value), the key from `derive_key`; kind keeps a case id and a
    CPR number apart."""
    return hmac.new(key, f"{kind}\0{value}".encode(), hashlib.sha256).hexdigest()[:24]


def salt_check(key: bytes) -> str:
    """A fingerprint that tells whether a resumed audit uses the same salt, without revealing it: of the derived key,
    so each guess at the salt costs an scrypt. Kept in audit.json for --resume, not in summary.json."""
    return pseudonym(key, "salt-check", "ydelsestjek")


def redact_result(res) -> None:
    """A finished shard's texts (its mismatch rows, problems and examples) with every registered secret blanked
    (harness/redact.py), in the coordinator, which alone knows the salt: a candidate that learnt it elsewhere cannot
    write it into the store. Nothing to do when no secret is registered."""
    from harness import redact
    if not redact.active():
        return
    res.problemer = [redact.redact(t) for t in res.problemer]
    res.kobling = {k: [redact.redact(t) for t in v] for k, v in res.kobling.items()}
    table = res.raekker
    if table is None:
        return
    import pyarrow as pa
    for i, f in enumerate(table.schema):
        if not pa.types.is_string(f.type):
            continue
        seen: dict[str, str] = {}
        old = table.column(i).to_pylist()
        new = [None if v is None else seen.get(v) or seen.setdefault(v, redact.redact(v)) for v in old]
        if new != old:
            table = table.set_column(i, f, pa.array(new, f.type))
    res.raekker = table


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

    __slots__ = ("borger", "case_id", "sag", "values", "whole")

    def __init__(self, key: bytes, ydelse: str, case: dict, sags_id: str):
        """`key`: the pseudonym key (`derive_key` of the salt), not the salt."""
        f = felter(ydelse)
        cprs = [v for p in f.cpr for v in _values(case, p)]
        navne = [v for p in f.navn for v in _values(case, p)]
        self.sag = pseudonym(key, "sag", sags_id)
        self.borger = pseudonym(key, "cpr", cprs[0].replace("-", "")) if cprs else self.sag
        # in the normal form: names as any substring (a Danish genitive adds an s), their words in any order, each
        # word of 3+ letters alone as a whole word, CPR numbers by their digits (or, too short for that, as
        # written), the case id as a whole token if it is long and no ordinary value (above), else only as a whole
        # value (a case id "q" is not hidden inside "required", a case id "2022" not inside "2022-07-12")
        patterns = {p for v in cprs if (p := _cpr_pattern(v) or (re.escape(normal(v)) if normal(v) else None))}
        patterns |= {p for v in navne if (p := _name_pattern(v))}
        if words := _name_words_pattern(navne):
            patterns.add(words)
        sag = normal(sags_id).strip()
        self.whole: str | None = None
        if sag and len(sag) >= MIN_CASE_ID_TOKEN and not _ORDINARY.fullmatch(sag):
            patterns.add(rf"(?<![0-9a-z]){re.escape(sag)}(?![0-9a-z])")
        elif sag:
            self.whole = sag
        self.values = [re.compile(p) for p in sorted(patterns)] + [CPR_SHAPED]
        self.case_id = sag or None

    def text(self, value: str) -> str:
        """The text with every match of the case's personal values, and anything CPR-shaped, replaced by HIDDEN
        (overlapping or adjacent matches become one); a text that is a short case id as a whole, HIDDEN."""
        norm = Normal(value)
        if self.whole is not None and norm.text.strip(_QUOTES) == self.whole:
            return HIDDEN
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

    def value(self, value: object) -> object:
        """A JSON value with every string in it (keys too) passed through `text`, decoded: a CPR number or name
        split by a line break or tab is found as such, not as the escape `\\n` its JSON text has; a number whose
        decimal text `text` would hide, HIDDEN."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(k) if isinstance(k, str) else k: self.value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.value(v) for v in value]
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            shown = str(value)       # a CPR number kept as a number (its leading zero lost: red team r13 F6)
            return HIDDEN if self.text(shown) != shown else value
        return value
