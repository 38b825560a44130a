"""Synthetic persons as a Danish case system writes them: a CPR number (DDMMYY-XXXX, the hyphen written or not)
consistent with a birth date, and a common Danish name. Nothing here is a real person; the law the bench checks ignores both (the benefits'
`navn_og_cpr_uden_betydning` properties hold a system to that).

The CPR number's seventh digit says the century of the birth year (CPR-kontoret's table): 0-3 for 1900-1999, 4 and
9 for 2000-2036 and 1937-1999, 5-8 for 2000-2057 and 1858-1899. Its last digit is odd for a man, even for a woman.
No modulus-11 check: numbers without one have been issued since 2007."""
from __future__ import annotations

import datetime as dt
import random
import re

MAEND = ("Anders", "Bo", "Christian", "Erik", "Frederik", "Henrik", "Jens", "Jørgen", "Lars", "Mads", "Mikkel",
         "Morten", "Niels", "Ole", "Peter", "Rasmus", "Søren", "Thomas", "Ahmad", "Bjørn")
KVINDER = ("Anna", "Anne", "Bente", "Camilla", "Dorthe", "Fatima", "Hanne", "Ida", "Kirsten", "Lene", "Louise",
           "Maja", "Mette", "Pia", "Sofie", "Susanne", "Åse", "Birthe", "Gitte", "Signe")
EFTERNAVNE = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
              "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller", "Kjær",
              "Bæk", "Østergaard", "Ågård", "Mølgaard", "Ali", "Yilmaz")
CPR = re.compile(r"^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$")


def century_digits(year: int) -> tuple[int, ...]:
    """The seventh digits a CPR number of someone born in `year` may have."""
    yy = year % 100
    if 1900 <= year <= 1999:
        return (0, 1, 2, 3) + ((4, 9) if yy >= 37 else ())
    if 2000 <= year <= 2057:
        return ((4, 9) if yy <= 36 else ()) + (5, 6, 7, 8)
    if 1858 <= year <= 1899:
        return (5, 6, 7, 8)
    return ()


def birth_year(cpr: str) -> int | None:
    """The birth year a CPR number says (its six digits and century digit), None when it says none."""
    m = CPR.match(cpr)
    if m is None:
        return None
    yy, digit = int(m[3]), int(m[4])
    for year in (1800 + yy, 1900 + yy, 2000 + yy):
        if digit in century_digits(year):
            return year
    return None


def birth_date(cpr: str) -> dt.date | None:
    """The birth date a CPR number says, None when it is no date."""
    m, year = CPR.match(cpr), birth_year(cpr)
    if m is None or year is None:
        return None
    try:
        return dt.date(year, int(m[2]), int(m[1]))
    except ValueError:
        return None


def cpr(born: dt.date, rng: random.Random, kvinde: bool | None = None) -> str:
    """A CPR number for someone born on `born` (1858-2057), with random last four (even last digit for a woman),
    written with its hyphen or without it as case systems do (the contract takes both): always the same form would
    tell the bench's cases from a system's own that writes the other."""
    digits = century_digits(born.year)
    if not digits:
        raise ValueError(f"no CPR number for a birth year {born.year}")
    kvinde = rng.random() < 0.5 if kvinde is None else kvinde
    last = rng.choice((0, 2, 4, 6, 8) if kvinde else (1, 3, 5, 7, 9))
    four = f"{rng.choice(digits)}{rng.randint(0, 99):02d}{last}"
    return f"{born:%d%m}{born.year % 100:02d}{'-' if rng.random() < 0.5 else ''}{four}"


def is_woman(cpr_number: str) -> bool | None:
    m = CPR.match(cpr_number)
    return None if m is None else int(m[5][-1]) % 2 == 0


def name(rng: random.Random, kvinde: bool | None = None) -> str:
    """A common Danish name: a first name, now and then a middle name, a last name (sometimes two)."""
    kvinde = rng.random() < 0.5 if kvinde is None else kvinde
    fornavne = KVINDER if kvinde else MAEND
    parts = [rng.choice(fornavne)]
    if rng.random() < 0.25:
        parts.append(rng.choice([n for n in fornavne if n != parts[0]]))
    parts.append(rng.choice(EFTERNAVNE))
    if rng.random() < 0.1:
        parts.append(rng.choice([n for n in EFTERNAVNE if n != parts[-1]]))
    return " ".join(parts)


def woman_by_name(navn: str) -> bool | None:
    """Whether the first name is one of the list's women's (True) or men's (False); None when unknown."""
    first = navn.split(" ", 1)[0] if navn else ""
    return True if first in KVINDER else False if first in MAEND else None


def born_at_age(alder: int, on: dt.date, rng: random.Random) -> dt.date:
    """A birth date giving the age `alder` on the day `on`."""
    latest = _years_before(on, alder)                       # the birthday on `on` itself: just turned alder
    earliest = _years_before(on, alder + 1) + dt.timedelta(days=1)
    return earliest + dt.timedelta(days=rng.randint(0, (latest - earliest).days))


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:                                      # 29 February
        return day.replace(year=day.year - years, day=28)


__all__ = ["birth_date", "born_at_age", "cpr", "is_woman", "name", "woman_by_name"]
