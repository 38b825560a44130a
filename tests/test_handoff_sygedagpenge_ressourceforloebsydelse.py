"""The handoff across two benefits (issue 16): every approved sygedagpenge golden whose sygedagpenge end by the
varighedsbegrænsning (sygedagpengeloven § 24) is carried into a ressourceforløbsydelse case the way a kommune's system
would carry it (the last day with sygedagpenge and, once the sygedagpenge decision states it, `varighed.jobafklaring_fra`),
and the ressourceforløbsydelse decision pays from the day after: no day goes unpaid. The benefits stay independent
(the import contract); only this test joins them, through data."""
from __future__ import annotations

import datetime as dt

from adapters.demo.candidate import calculate as demo_calculate
from harness.golden.store import load_goldens
from harness.reference import calculate
from harness.ydelser.ressourceforloebsydelse.generators import PROPERTIES

SLUT = ("VARIGHEDSBEGRAENSNING", "FORLAENGELSE_UDLOEBET")
CONTINUITY = next(p for p in PROPERTIES if p.name == "ingen_dag_uden_ydelse")


def _handoffs() -> list[tuple[str, dict]]:
    out = []
    for g in load_goldens(ydelse="sygedagpenge"):
        v = g.decision["varighed"]
        sidste = v.get("sidste_betalingsdag")
        if v["ophoersaarsag"] in SLUT and sidste and sidste < "2026-12-31":   # the ressourceforløbsydelse's scope
            out.append((g.id, v))
    return out


def _rfy_case(gid: str, varighed: dict) -> dict:
    sidste = dt.date.fromisoformat(varighed["sidste_betalingsdag"])
    start = sidste + dt.timedelta(days=1)
    overgang = {"fra_ydelse": "sygedagpenge", "sidste_dag_med_sygedagpenge": sidste.isoformat()}
    if varighed.get("jobafklaring_fra"):   # a dated value: {"dato": ..., "trin": ...} like every date in the decision
        overgang["jobafklaring_fra"] = varighed["jobafklaring_fra"]["dato"]
    return {"schema_version": "1.0", "ydelse": "ressourceforloebsydelse", "sags_id": f"JA-{gid}",
            "person": {"foedselsdato": "1980-01-01"}, "overgang": overgang,
            "maaneder": [{"maaned": start.strftime("%Y-%m")}]}


def test_the_approved_sygedagpenge_goldens_include_handoffs():
    assert len(_handoffs()) >= 5


def test_the_ressourceforloebsydelse_pays_from_the_day_after_the_last_sygedagpenge_day():
    for gid, varighed in _handoffs():
        case = _rfy_case(gid, varighed)
        d = calculate(case)
        dagen_efter = (dt.date.fromisoformat(varighed["sidste_betalingsdag"]) + dt.timedelta(days=1)).isoformat()
        if varighed.get("jobafklaring_fra"):   # the sygedagpenge decision's own statement of the handoff
            assert varighed["jobafklaring_fra"]["dato"] == dagen_efter, gid
        assert (d["overgang"]["udbetales_fra"], d["overgang"]["dage_uden_ydelse"]) == (dagen_efter, 0), gid
        assert d["maaneder"][0]["fra"] == dagen_efter and d["maaneder"][0]["udbetalt"]["beloeb"] != "0.00", gid
        assert CONTINUITY.check(calculate, case, d) is None, gid


def test_ksd_demo_leaves_the_first_day_unpaid_at_these_handoffs():
    """KY-4 hits a handoff on the 1st of a month (sygedagpenge ending with a month; an extension that runs out
    ends on any day)."""
    month_ends = [(gid, v) for gid, v in _handoffs()
                  if (dt.date.fromisoformat(v["sidste_betalingsdag"]) + dt.timedelta(days=1)).day == 1]
    assert len(month_ends) >= 5
    for gid, varighed in month_ends:
        case = _rfy_case(gid, varighed)
        d = demo_calculate(case)
        assert d["overgang"]["dage_uden_ydelse"] == 1, gid
        assert "dage uden ydelse" in (CONTINUITY.check(demo_calculate, case, d) or ""), gid
