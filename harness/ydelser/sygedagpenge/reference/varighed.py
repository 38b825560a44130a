"""§ 24 (22 weeks of payment within the 9 preceding calendar months, then stop at the end of the month) and
§ 27 (extension grounds)."""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.datoer import ONE_DAY, hverdage, month_end, month_start, nth_hverdag
from harness.toolkit.parametre import Parameters
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase

UGE_NAVN = {"nr2_afklaring": "forlaengelse_nr2_uger", "nr3_laegebehandling": "forlaengelse_nr3_uger"}


@dataclass(slots=True)
class Varighed:
    revurderingstidspunkt: dt.date | None
    forlaengelse: str | None
    sidste_betalingsdag: dt.date | None
    ophoersaarsag: str
    trin: str


def _tidligere_dage(sag: SygedagpengeCase, ikke_medregnet: int, fra: dt.date) -> list[dt.date]:
    """Weekdays of earlier absences that count (after their first days), from `fra` on, sorted."""
    days = []
    for p in sag.tidligere_sygeperioder:
        start = max(p["fra"] + dt.timedelta(days=ikke_medregnet), fra)
        d = start
        while d <= p["til"]:
            if d.weekday() < 5:
                days.append(d)
            d += ONE_DAY
    days.sort()
    return days


def beregn(sag: SygedagpengeCase, taelle_fra: dt.date | None, P: Parameters, B: Begrundelse) -> Varighed:
    """taelle_fra: first day of the current absence with payment (sygedagpenge, refusion or salary), or None."""
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag
    if taelle_fra is None or taelle_fra > L:
        trin = B.add("SDL-24-VARIGHED", "sygedagpengeloven § 24, stk. 1",
                     lambda: ({"betaling_fra": None},
                              {"revurderingstidspunkt": None, "sidste_betalingsdag": None}))
        return Varighed(None, None, None, "INGEN_RET", trin)
    graense = P.at("varighed_dage", F)
    mdr = P.at("varighed_maaneder", F)
    navn = "varighed_ikke_medregnet_dage_selvstaendig" if sag.status == "selvstaendig" else "varighed_ikke_medregnet_dage"
    ikke_medregnet = P.at(navn, F)
    params = (graense, mdr, ikke_medregnet)
    start = max(taelle_fra, F + dt.timedelta(days=int(ikke_medregnet.vaerdi)))
    maaneder = int(mdr.vaerdi)
    vindue_foerste = month_start(F, 1 - maaneder)
    tidligere = _tidligere_dage(sag, int(ikke_medregnet.vaerdi), vindue_foerste) if sag.tidligere_sygeperioder else []
    limit = int(graense.vaerdi)
    rt = None
    if len(tidligere) + hverdage(start, L) > limit:
        # No day before the (limit+1 - earlier)-th counted weekday can exceed the limit: start looking there.
        d = nth_hverdag(start, max(1, limit + 1 - len(tidligere)))
        while d <= L:
            if d.weekday() < 5:
                window = month_start(d, 1 - maaneder)
                count = hverdage(max(start, window), d) + len(tidligere) - bisect.bisect_left(tidligere, window)
                if count > limit:
                    rt = d
                    break
            d += ONE_DAY
    def input() -> dict:
        return {"betaling_fra": taelle_fra.isoformat(), "medregnes_fra": start.isoformat(),
                "tidligere_medregnede_dage_i_vinduet": len(tidligere), "sidste_fravaersdag": L.isoformat()}
    fortolkninger = ("FT-SDP-22UGER",)
    if rt is None:
        trin = B.add("SDL-24-VARIGHED", "sygedagpengeloven § 24, stk. 1",
                     lambda: (input(), {"revurderingstidspunkt": None, "sidste_betalingsdag": L.isoformat()}),
                     params, fortolkninger)
        return Varighed(None, None, L, "FRAVAER_SLUT", trin)
    stop = month_end(rt)
    trin = B.add("SDL-24-VARIGHED", "sygedagpengeloven § 24, stk. 1",
                 lambda: (input(), {"revurderingstidspunkt": rt.isoformat(), "ophoer_efter": stop.isoformat()}),
                 params, fortolkninger)
    # § 27: an extension decided at the latest in the month of the revurderingstidspunkt.
    gyldige = [f for f in sag.forlaengelser if f["afgoerelsesdato"] <= stop]
    if not gyldige:
        if stop >= L:
            return Varighed(rt, None, L, "FRAVAER_SLUT", trin)
        return Varighed(rt, None, stop, "VARIGHEDSBEGRAENSNING", trin)
    bedste: str | None = None
    bedste_slut, ext_params = dt.date.min, []
    for f in gyldige:
        if f["grund"] in UGE_NAVN:
            uger = P.at(UGE_NAVN[f["grund"]], F)
            ext_params.append(uger)
            slut = rt + dt.timedelta(days=7 * int(uger.vaerdi) - 1)
        else:
            slut = L
        if slut > bedste_slut:
            bedste, bedste_slut = f["grund"], slut
    sidste = min(L, bedste_slut)
    aarsag = "FRAVAER_SLUT" if sidste == L else "FORLAENGELSE_UDLOEBET"
    trin = B.add("SDL-27-FORLAENGELSE", "sygedagpengeloven § 27, stk. 1",
                 lambda: ({"grunde": [f["grund"] for f in gyldige], "revurderingstidspunkt": rt.isoformat()},
                          {"forlaengelse": bedste, "forlaenget_til": bedste_slut.isoformat(), "sidste_betalingsdag": sidste.isoformat()}),
                 ext_params, ("FT-SDP-FORLAENGELSE",))
    return Varighed(rt, bedste, sidste, aarsag, trin)
