"""Kroner at risk: candidate minus reference for every paid amount, signed (positive = paid too much).

Which fields are paid amounts is data: the `penge:` section of each benefit's sammenligning.yaml names, per kind
of payment (udbetalt to the citizen, refusion to the employer, …), the list of payment periods (its key, the
amount and the date whose month the payment belongs to) and the total. This module knows no benefit.

The rule, so that totals never count twice: a kind's kroner are the sum of its periods' differences, each period
matched by its key (a period only one side pays counts in full; a key paid twice by the candidate counts twice).
The total counts only when the kind has no periods or no period differs (a candidate that pays the right weeks
but reports another total is then still visible). A candidate amount that is not a number cannot be put in
kroner: its post has `kroner` None.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from harness.config_files import load_yaml
from harness.contract.config import ComparisonRules
from harness.contract.ydelse import find

from .paths import split

ZERO = Decimal("0")


@dataclass(frozen=True)
class Perioder:
    liste: tuple[str, ...]      # the list of payment periods in the decision
    noegle: str                 # the field that identifies a period (the same on both sides)
    beloeb: tuple[str, ...]     # the amount, inside a period
    dato: tuple[str, ...]       # the date (or month) of the period; its first 7 characters are its month


@dataclass(frozen=True)
class Art:
    """One kind of paid amount."""
    navn: str
    titel: str
    perioder: Perioder | None
    i_alt: tuple[str, ...] | None

    @property
    def i_alt_felt(self) -> str | None:
        return ".".join(self.i_alt) if self.i_alt else None

    @property
    def perioder_felt(self) -> str | None:
        return ".".join(self.perioder.liste) if self.perioder else None


@dataclass(frozen=True)
class Penge:
    arter: tuple[Art, ...]

    def totaler(self) -> dict[str, str]:
        """Total field -> the field of its payment periods, for kinds that have both (a total's cause is its periods')."""
        return {a.i_alt_felt: a.perioder_felt for a in self.arter if a.i_alt_felt and a.perioder_felt}

    def perioder(self) -> dict[str, set[str]]:
        """The list of payment periods -> the amount fields inside one of its entries (`maaneder` -> `udbetalt.beloeb`)."""
        out: dict[str, set[str]] = {}
        for a in self.arter:
            if a.perioder is not None:
                out.setdefault(".".join(a.perioder.liste), set()).add(".".join(a.perioder.beloeb))
        return out


@dataclass(frozen=True)
class Post:
    """One paid amount that differs: the field (in the comparison's notation, `udbetalinger[2024-W49].beloeb`), the
    month it belongs to, what the reference pays and what the candidate pays (None: not paid / not a number)."""
    art: str
    felt: str
    maaned: str | None
    forventet: Decimal | None
    faktisk: Decimal | None
    laesbar: bool = True        # False: the candidate's amount is not a number; kroner unknown

    @property
    def kroner(self) -> Decimal | None:
        if not self.laesbar:
            return None
        return (self.faktisk or ZERO) - (self.forventet or ZERO)


# --- reading the data ------------------------------------------------------------------------------------

def from_rules(rules: ComparisonRules) -> Penge:
    """The paid amounts a benefit's comparison rules declare (their `penge:`)."""
    arter = []
    for navn, art in rules.penge.items():
        p = art.perioder
        perioder = Perioder(split(p.liste), p.noegle, split(p.beloeb), split(p.dato)) if p is not None else None
        arter.append(Art(navn, art.titel, perioder, split(art.i_alt) if art.i_alt else None))
    return Penge(tuple(arter))


@cache
def _load(path: Path) -> Penge:
    return from_rules(load_yaml(path).validate(ComparisonRules))


def load(ydelse: str) -> Penge:
    """The benefit's paid amounts (its sammenligning.yaml `penge:`; ConfigError naming the line when it is wrong);
    no kinds when it declares none."""
    path = find(ydelse).sammenligning_path
    return _load(path) if path.exists() else Penge(())


# --- the posts -------------------------------------------------------------------------------------------

def _get(doc: object, path: tuple[str, ...]) -> object:
    for key in path:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


# The contract's largest amount (harness/contract/fields.py Beloeb: at most 10 digits before the point). A larger one
# is no payment but a broken answer: its kroner cannot be told, and counting them would swamp every total (and
# overflow the audit store's decimal column).
LARGEST = Decimal("9999999999.99")


def _amount(value: object) -> tuple[Decimal | None, bool]:
    """(amount, readable): None for absent; readable False when present but not a decimal string or number, or
    beyond the contract's largest amount."""
    if value is None:
        return None, True
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        return None, False
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None, False
    return (amount, True) if amount.is_finite() and abs(amount) <= LARGEST else (None, False)


def _periods(doc: object, p: Perioder) -> tuple[dict[str, tuple[Decimal | None, bool, str | None]], bool]:
    """key -> (amount summed over entries with that key, readable, month); and whether the list was readable."""
    entries = _get(doc, p.liste)
    if entries is None:
        return {}, True
    if not isinstance(entries, list):
        return {}, False
    out: dict[str, tuple[Decimal | None, bool, str | None]] = {}
    ok = True
    for entry in entries:
        if not isinstance(entry, dict) or entry.get(p.noegle) is None:
            ok = False
            continue
        key = str(entry[p.noegle])
        amount, readable = _amount(_get(entry, p.beloeb))
        dato = _get(entry, p.dato)
        maaned = dato[:7] if isinstance(dato, str) and len(dato) >= 7 else None
        if key in out:
            before, before_ok, before_month = out[key]
            amount = None if amount is None and before is None else (amount or ZERO) + (before or ZERO)
            readable, maaned = readable and before_ok, before_month or maaned
        out[key] = (amount, readable, maaned)
    return out, ok


def poster(penge: Penge, expected: dict[str, object], actual: object) -> list[Post]:
    """Every paid amount on which the candidate (`actual`) and the reference (`expected`) differ, by kind."""
    out: list[Post] = []
    for art in penge.arter:
        found: list[Post] = []
        if art.perioder is not None:
            p = art.perioder
            ref, _ = _periods(expected, p)
            cand, cand_ok = _periods(actual, p)
            beloeb = ".".join(p.beloeb)
            for key in list(ref) + [k for k in cand if k not in ref]:
                e, _, e_month = ref.get(key, (None, True, None))
                a, a_ok, a_month = cand.get(key, (None, True, None))
                if a_ok and (e or ZERO) == (a or ZERO):
                    continue
                found.append(Post(art.navn, f"{'.'.join(p.liste)}[{key}].{beloeb}", e_month or a_month, e, a, a_ok))
            if not cand_ok and not found:
                found.append(Post(art.navn, ".".join(p.liste), None, None, None, False))
        if art.i_alt is not None and not found:
            e, _ = _amount(_get(expected, art.i_alt))
            a, a_ok = _amount(_get(actual, art.i_alt))
            if not a_ok or (e or ZERO) != (a or ZERO):
                found.append(Post(art.navn, ".".join(art.i_alt), None, e, a, a_ok))
        out += found
    return out


__all__ = ["Art", "Penge", "Perioder", "Post", "from_rules", "load", "poster"]
