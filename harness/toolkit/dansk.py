"""Danish number and money formats for everything a person reads: scenario text, golden diffs, explanations,
reports. The contract says "4084.80"; a caseworker reads "4.084,80 kr."."""
from __future__ import annotations

from decimal import Decimal


def format_kr(value: str | Decimal) -> str:
    """Decimal('4084.8') or "4084.80" -> "4.084,80 kr."."""
    d = Decimal(str(value)).quantize(Decimal("0.01"))
    sign = "-" if d < 0 else ""
    whole, frac = f"{abs(d):f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{'.'.join(groups)},{frac} kr."


def format_tal(value: str | Decimal) -> str:
    return str(value).replace(".", ",")


def antal(n: int, ental: str, flertal: str) -> str:
    """'1 golden', '2 goldens', '0 problemer': a count with the Danish singular or plural."""
    return f"{n} {ental if n == 1 else flertal}"
