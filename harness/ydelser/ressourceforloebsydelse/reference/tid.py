"""Days, months and ages."""
from __future__ import annotations

import datetime as dt


def maaned_start(maaned: str) -> dt.date:
    return dt.date(int(maaned[:4]), int(maaned[5:7]), 1)


def naeste_maaned(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def maaned_slut(d: dt.date) -> dt.date:
    return naeste_maaned(d) - dt.timedelta(days=1)


def alder(foedselsdato: dt.date, maaned_start: dt.date) -> int:
    """The age reached by the last day of the previous month: a new age counts from the 1st of the month after
    the birthday (FT-RFY-KATEGORI, as kontanthjælp's FT-KH-ALDER)."""
    ref = maaned_start - dt.timedelta(days=1)
    return ref.year - foedselsdato.year - ((ref.month, ref.day) < (foedselsdato.month, foedselsdato.day))


def boern_under_18(boern: list[dt.date], maaned_start: dt.date) -> int:
    """Children born and under 18 on the 1st of the month."""
    n = 0
    for f in boern:
        if f > maaned_start:
            continue
        if maaned_start.year - f.year - ((maaned_start.month, maaned_start.day) < (f.month, f.day)) < 18:
            n += 1
    return n
