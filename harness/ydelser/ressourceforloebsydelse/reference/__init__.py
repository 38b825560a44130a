"""Reference calculator for ressourceforløbsydelse under jobafklaringsforløb (aktivloven kapitel 6 b, § 69 j).

`calculate(case)`: from the day after the last sygedagpenge day (the handoff the case carries from the sygedagpenge
decision), for each calendar month: the § 69 j, stk. 2 amount for the days of the month in the forløb, less the
deductions (30 % / 55 % of wages around the lønindtægtsgrænse, wages from a job held at the start in full, other
income krone for krone); never the formue or a spouse's income. Every amount carries the id of the explanation step
that produced it; every step cites its § and the parameters and interpretations (FT-RFY-*) it used.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.errors import CaseError, validated
from harness.ydelser.ressourceforloebsydelse.contract import MaanedInput, RessourceforloebsydelseCase

from . import fradrag as FR
from . import overgang as OV
from . import satser as S
from .fradrag import NUL, ore
from .tid import maaned_slut, maaned_start

__all__ = ["LOVDATOER", "calculate", "validate"]

# The months the parameters cover (parametre/*.yaml); other months are out of scope.
LOVDATOER = ("2021-01-01", "2026-12-31")


def validate(case: dict) -> RessourceforloebsydelseCase:
    """The typed case, or CaseError naming each bad field and what was expected."""
    c = validated(RessourceforloebsydelseCase, case)
    o = c.overgang
    start = o.sidste_dag_med_sygedagpenge + dt.timedelta(days=1)
    if o.jobafklaring_fra is not None and o.jobafklaring_fra != start:
        raise CaseError([("overgang/jobafklaring_fra",
                          f"{o.jobafklaring_fra} from the sygedagpenge decision, but its last day with sygedagpenge is "
                          f"{o.sidste_dag_med_sygedagpenge}; expected the day after, {start}")], c.sags_id)
    if c.person.foedselsdato >= start:   # a person born after the forløb begins cannot be in it (malformed-case test)
        raise CaseError([("person/foedselsdato", f"{c.person.foedselsdato} is not before the forløb begins ({start}); "
                                                 "expected the person's date of birth")], c.sags_id)
    til = c.forloeb.til
    if til is not None and til < start:
        raise CaseError([("forloeb/til", f"{til} is before the forløb begins ({start})")], c.sags_id)
    seen = set()
    for i, m in enumerate(c.maaneder):
        if m.maaned in seen:
            raise CaseError([(f"maaneder/{i}/maaned", f"month {m.maaned} appears twice; each month once")], c.sags_id)
        seen.add(m.maaned)
        d = maaned_start(m.maaned)
        if maaned_slut(d) < start or (til is not None and d > til):
            raise CaseError([(f"maaneder/{i}/maaned", f"month {m.maaned} is outside the forløb ({start} to "
                                                       f"{til or 'open'}); expected a month of the forløb")], c.sags_id)
    return c


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    c = validate(case)
    f = Begrundelse(aktiv=begrundelse)
    start, t_ov = OV.udbetales_fra(f, c.overgang.sidste_dag_med_sygedagpenge, c.overgang.jobafklaring_fra)
    p = c.person
    boern = [b.foedselsdato for b in p.boern]
    resultater = [_maaned(f, m, start, c.forloeb.til, p.foedselsdato, p.hjemmeboende, boern, p.formue)
                  for m in sorted(c.maaneder, key=lambda m: m.maaned)]
    total = sum((Decimal(x["udbetalt"]["beloeb"]) for x in resultater), NUL)
    t = f.add("RFY-I-ALT", "aktivloven § 69 j og § 89",
              lambda: ({"maaneder": [x["maaned"] for x in resultater]}, {"udbetalt": f"{total:.2f}"}))
    return {"schema_version": "1.0", "ydelse": "ressourceforloebsydelse", "sags_id": c.sags_id,
            "overgang": {"sidste_dag_med_sygedagpenge": c.overgang.sidste_dag_med_sygedagpenge.isoformat(),
                         "udbetales_fra": start.isoformat(), "dage_uden_ydelse": 0, "trin": t_ov},
            "maaneder": resultater, "i_alt": {"udbetalt": {"beloeb": f"{total:.2f}", "trin": t}},
            "begrundelse": f.steps}


def _maaned(f: Begrundelse, m: MaanedInput, start: dt.date, til: dt.date | None, foedt: dt.date, hjemme: bool,
            boern: list[dt.date], formue: Decimal | None) -> dict:
    """One month: the sats (§ 69 j, stk. 2), the days in the forløb, the deductions, what is paid."""
    d = maaned_start(m.maaned)
    kat, sats, t_sats = S.sats(f, d, foedt, hjemme, boern)
    fra, slut, dage = OV.periode(d, start, til)
    i_maaneden = (maaned_slut(d) - d).days + 1
    grund = ore(sats * dage / i_maaneden)
    t_grund = f.add("RFY-DELMAANED", "aktivloven § 69 j, stk. 2",
                    lambda: ({"maaned": m.maaned, "sats": f"{sats:f}", "fra": fra.isoformat(), "til": slut.isoformat()},
                             {"dage": f"{dage}/{i_maaneden}", "grundbeloeb": f"{grund:f}"}),
                    (), ["FT-RFY-DELMAANED", "FT-RFY-AFRUNDING"])
    poster = []
    if (m.loen or NUL) > 0 or (m.feriegodtgoerelse or NUL) > 0:
        fr, t = FR.loen(f, d, m.loen or NUL, m.feriegodtgoerelse or NUL)
        poster.append({"art": "loen", "beloeb": f"{fr:.2f}", "trin": t})
    for art in ("loen_fra_ansaettelse_ved_start", "anden_indtaegt"):
        b = getattr(m, art)
        if b:
            poster.append({"art": art, "beloeb": f"{b:.2f}", "trin": FR.fuldt(f, art, b)})
    if formue or m.aegtefaelles_indtaegt:
        FR.ikke_fradrag(f, formue, m.aegtefaelles_indtaegt)
    fradrag = sum((Decimal(x["beloeb"]) for x in poster), NUL)
    udbetalt = max(NUL, grund - fradrag)
    aarsager = ["INDTAEGT_OVERSTIGER_YDELSE"] if udbetalt == 0 and grund > 0 else []
    t_u = f.add("RFY-UDBETALT", "aktivloven § 69 j; § 89, stk. 1",
                lambda: ({"grundbeloeb": f"{grund:f}", "fradrag": [x["beloeb"] for x in poster]},
                         {"udbetalt": f"{udbetalt:.2f}", "aarsager": aarsager}),
                (), ["FT-RFY-AFRUNDING"])
    return {"maaned": m.maaned, "fra": fra.isoformat(), "til": slut.isoformat(), "dage": dage,
            "sats": {"kategori": kat, "beloeb": f"{sats:.2f}", "trin": t_sats},
            "grundbeloeb": {"beloeb": f"{grund:.2f}", "trin": t_grund},
            "fradrag": poster, "udbetalt": {"beloeb": f"{udbetalt:.2f}", "trin": t_u}, "aarsager": aarsager}
