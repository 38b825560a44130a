"""The handoff from sygedagpenge and the part of each month the ydelse covers.

A sygedagpenge recipient who cannot get an extension has the right to a jobafklaringsforløb when the sygedagpenge end
(sygedagpengeloven § 24, stk. 1; lov om en aktiv beskæftigelsesindsats), and receives ressourceforløbsydelse during it
(aktivloven § 69 j). So the ydelse is paid from the day after the last day with sygedagpenge: no day between the two
goes unpaid (FT-RFY-OVERGANG). This is where citizens were paid 'not at all' in 2020-21.
"""
from __future__ import annotations

import datetime as dt

from harness.toolkit.begrundelse import Begrundelse

from .tid import maaned_slut


def udbetales_fra(f: Begrundelse, sidste: dt.date, jobafklaring_fra: dt.date | None) -> tuple[dt.date, str]:
    start = sidste + dt.timedelta(days=1)
    trin = f.add("RFY-OVERGANG", "sygedagpengeloven § 24, stk. 1; aktivloven § 69 j",
                 lambda: ({"sidste_dag_med_sygedagpenge": sidste.isoformat(),
                           "jobafklaring_fra": jobafklaring_fra.isoformat() if jobafklaring_fra else None},
                          {"udbetales_fra": start.isoformat(), "dage_uden_ydelse": 0}),
                 (), ["FT-RFY-OVERGANG"])
    return start, trin


def periode(d: dt.date, start: dt.date, til: dt.date | None) -> tuple[dt.date, dt.date, int]:
    """The days of the month starting d inside the forløb: (fra, til, antal)."""
    fra = max(d, start)
    slut = min(maaned_slut(d), til) if til else maaned_slut(d)
    return fra, slut, max(0, (slut - fra).days + 1)
