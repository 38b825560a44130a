"""Personal data: CPR numbers, names and case ids never leave the input. Outputs carry a salted pseudonym
(HMAC-SHA256 with the user's salt), which the municipality, holding the salt, can recompute from its own case
ids to find a case; nobody without the salt can. Which case fields are personal is data: the benefit's
`personoplysninger:` in sammenligning.yaml (CPR and name paths, `*` for any one field).
"""
from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from functools import cache

from harness.compare.paths import split

SALT_ENV = "YDELSESTJEK_AUDIT_SALT"
HIDDEN = "‹skjult›"
# Any CPR-shaped number (ddmmyy-xxxx or ten digits in a row) in a text that leaves the audit is masked as well.
CPR_SHAPED = re.compile(r"(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])")


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
        # longest first, so a full name is hidden before a part of it; names as any substring (a Danish genitive
        # adds an s), the case id only as a whole token (a case id "q" is not hidden inside "required")
        self.values = sorted({*cprs, *(c.replace("-", "") for c in cprs), *navne} - {""}, key=len, reverse=True)
        self.case_id = re.compile(rf"(?<![0-9A-Za-z]){re.escape(sags_id)}(?![0-9A-Za-z])") if sags_id else None

    def text(self, value: str) -> str:
        if self.case_id is not None:
            value = self.case_id.sub(HIDDEN, value)
        for v in self.values:
            if v in value:
                value = value.replace(v, HIDDEN)
        return CPR_SHAPED.sub(HIDDEN, value)
