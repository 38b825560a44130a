"""Facts about the household in a given month: ages, forsørgelse, enlig or not."""
from __future__ import annotations

import datetime as dt

from harness.ydelser.kontanthjaelp.contract import Aendring, Barn, Husstand, Person


def alder(foedselsdato: dt.date, maaned_start: dt.date) -> int:
    """Age that governs the sats in a month: the age reached by the last day of the previous month, so a new
    age counts from the 1st of the month after the birthday (FT-KH-ALDER)."""
    ref = maaned_start - dt.timedelta(days=1)
    a = ref.year - foedselsdato.year
    if (ref.month, ref.day) < (foedselsdato.month, foedselsdato.day):
        a -= 1
    return a


def boern_under_18(boern: list[Barn], maaned_start: dt.date) -> int:
    """Children who are born, under 18 and still in the household on the 1st of the month (FT-KH-FORSOERGER,
    FT-KH-AENDRING: a child who moved out on or before the 1st no longer counts)."""
    n = 0
    for b in boern:
        f = b.foedselsdato
        if f > maaned_start:
            continue            # not yet born on the 1st
        if b.fraflyttet is not None and b.fraflyttet <= maaned_start:
            continue            # moved out
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


# --- changes in the household: the situation on the 1st of the month decides the month (FT-KH-AENDRING) -------

def _gaeldende(aendringer: list[Aendring], d: dt.date, hvad: str, rolle: str | None = None) -> Aendring | None:
    """The last change of this kind dated on or before the 1st of the month starting d."""
    fundet = None
    for a in sorted(aendringer, key=lambda a: a.dato):
        if a.type == hvad and a.dato <= d and (rolle is None or a.person == rolle):
            fundet = a
    return fundet


def forhold(h: Husstand, d: dt.date) -> str:
    a = _gaeldende(h.aendringer, d, "forhold")
    return a.forhold if a is not None and a.forhold is not None else h.forhold


def hjemmeboende(h: Husstand, p: Person, rolle: str, d: dt.date) -> bool:
    a = _gaeldende(h.aendringer, d, "bopael", rolle)
    return a.hjemmeboende if a is not None and a.hjemmeboende is not None else p.hjemmeboende


def gravid(p: Person, boern: list[Barn], d: dt.date) -> bool:
    """Past the 12th week of pregnancy on the 1st of the month and the child not yet born (§ 23, stk. 2, nr. 3;
    § 25, stk. 3, nr. 3): a child born on or after the day she passed the 12th week ends the pregnancy."""
    fra = p.gravid_12_uge_fra
    if fra is None or fra > d:
        return False
    return not any(fra <= b.foedselsdato <= d for b in boern)


def hverdage_i_maaned(d: dt.date) -> int:
    """Monday to Friday in the month starting d (the unit of feriedage, FT-KH-FERIE)."""
    return sum(1 for i in range(dage_i_maaned(d)) if (d + dt.timedelta(days=i)).weekday() < 5)
