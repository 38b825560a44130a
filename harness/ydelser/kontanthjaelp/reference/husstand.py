"""Facts about the household in a given month: ages, forsørgelse, enlig or not."""
from __future__ import annotations

import datetime as dt


def alder(foedselsdato: dt.date, maaned_start: dt.date) -> int:
    """Age that governs the sats in a month: the age reached by the last day of the previous month, so a new
    age counts from the 1st of the month after the birthday (FT-KH-ALDER)."""
    ref = maaned_start - dt.timedelta(days=1)
    a = ref.year - foedselsdato.year
    if (ref.month, ref.day) < (foedselsdato.month, foedselsdato.day):
        a -= 1
    return a


def boern_under_18(boern, maaned_start: dt.date) -> int:
    """Children who are born and under 18 on the 1st of the month (FT-KH-FORSOERGER)."""
    n = 0
    for b in boern:
        f = b.foedselsdato
        if f > maaned_start:
            continue            # not yet born on the 1st
        age = maaned_start.year - f.year - ((maaned_start.month, maaned_start.day) < (f.month, f.day))
        if age < 18:
            n += 1
    return n


def maaned_start(maaned: str) -> dt.date:
    return dt.date(int(maaned[:4]), int(maaned[5:7]), 1)


def naeste_maaned(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def maaned_nr(d: dt.date) -> int:
    """Months since year 0, for window arithmetic."""
    return d.year * 12 + d.month - 1


def dage_i_maaned(d: dt.date) -> int:
    return (naeste_maaned(d) - d).days
