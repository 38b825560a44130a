"""Rule-boundary tests of ressourceforløbsydelse under jobafklaringsforløb; every expected amount is worked out by hand
from the cited parameter values (harness/ydelser/ressourceforloebsydelse/KILDER.md)."""
from __future__ import annotations

import copy

import pytest

from harness.contract import schemas
from harness.reference import CaseError, OutOfScope, calculate
from harness.ydelser.ressourceforloebsydelse.contract import (
    RessourceforloebsydelseCase,
    RessourceforloebsydelseDecision,
)


def sag(maaneder: list[dict], sidste: str = "2024-08-31", fra: str | None = None, til: str | None = None,
        **person) -> dict:
    c = {"schema_version": "1.0", "ydelse": "ressourceforloebsydelse", "sags_id": "T-1",
         "person": {"foedselsdato": "1979-04-01", **person},
         "overgang": {"fra_ydelse": "sygedagpenge", "sidste_dag_med_sygedagpenge": sidste},
         "maaneder": copy.deepcopy(maaneder)}
    if fra:
        c["overgang"]["jobafklaring_fra"] = fra
    if til:
        c["forloeb"] = {"til": til}
    return c


def md(maaned: str, **kw) -> dict:
    return {"maaned": maaned, **kw}


def maaned(d: dict, m: str) -> dict:
    return next(x for x in d["maaneder"] if x["maaned"] == m)


def test_ikke_forsoerger_hel_maaned_2024():
    d = calculate(sag([md("2024-09")], fra="2024-09-01"))
    assert d["overgang"] == {**d["overgang"], "udbetales_fra": "2024-09-01", "dage_uden_ydelse": 0}
    assert (maaned(d, "2024-09")["sats"]["kategori"], maaned(d, "2024-09")["udbetalt"]["beloeb"]) == ("ikke_forsoerger", "12326.00")


def test_loen_30_og_55_procent_2024():
    # 0,30 x 16.323 + 0,55 x (25.000 - 16.323) = 4.896,90 + 4.772,35 = 9.669,25; 12.326 - 9.669,25 = 2.656,75
    d = calculate(sag([md("2024-09", loen="25000.00")]))
    assert maaned(d, "2024-09")["udbetalt"]["beloeb"] == "2656.75"


def test_hoej_loen_giver_intet_og_aarsag():
    # 40.000: 4.896,90 + 0,55 x 23.677 = 4.896,90 + 13.022,35 = 17.919,25 > 12.326 -> 0
    m = maaned(calculate(sag([md("2024-09", loen="40000.00")])), "2024-09")
    assert (m["udbetalt"]["beloeb"], m["aarsager"]) == ("0.00", ["INDTAEGT_OVERSTIGER_YDELSE"])


def test_aegtefaelle_og_formue_taeller_ikke():
    a = calculate(sag([md("2024-09")]))
    b = calculate(sag([md("2024-09", aegtefaelles_indtaegt="60000.00")], formue="900000.00"))
    assert maaned(a, "2024-09")["udbetalt"] == {**maaned(b, "2024-09")["udbetalt"], "trin": maaned(a, "2024-09")["udbetalt"]["trin"]}
    assert maaned(b, "2024-09")["fradrag"] == []


def test_barn_fylder_18_forsoerger_til_og_med_maaneden():
    # child born 2006-09-10: under 18 on 1 September 2024, 18 on 1 October -> forsørger in September only
    d = calculate(sag([md("2024-09"), md("2024-10")], boern=[{"foedselsdato": "2006-09-10"}]))
    assert [maaned(d, m)["udbetalt"]["beloeb"] for m in ("2024-09", "2024-10")] == ["16382.00", "12326.00"]


def test_jobafklaring_fra_skal_vaere_dagen_efter():
    with pytest.raises(CaseError) as e:
        calculate(sag([md("2024-09")], sidste="2024-08-31", fra="2024-09-02"))
    assert e.value.problems[0][0] == "overgang/jobafklaring_fra"


def test_maaned_uden_for_forloebet_er_fejl():
    with pytest.raises(CaseError) as e:
        calculate(sag([md("2024-08")], sidste="2024-08-31"))
    assert e.value.problems[0][0] == "maaneder/0/maaned"


def test_forloebet_slutter_foer_det_begynder_er_fejl():
    with pytest.raises(CaseError):
        calculate(sag([md("2024-09")], til="2024-08-15"))


def test_2027_er_uden_for_omraadet():
    with pytest.raises(OutOfScope):
        calculate(sag([md("2027-01")], sidste="2026-12-31"))


def test_2026_satser_og_graense_er_afledte_og_uafklarede():
    # FT-RFY-SATSER-2026: 2025 x 22.041/21.092; the grænse 17.672 (Syddjurs Kommune) equals the derivation
    d = calculate(sag([md("2026-08", loen="20000.00")], sidste="2026-07-31"))
    m = maaned(d, "2026-08")
    assert (m["sats"]["beloeb"], m["fradrag"][0]["beloeb"]) == ("13345.00", "6582.00")
    brugt = {p["navn"]: p for step in d["begrundelse"] for p in step.get("parametre", [])}
    assert brugt["ressourceforloebsydelse.sats.ikke_forsoerger"]["status"] == "UNCONFIRMED"
    assert brugt["ressourceforloebsydelse.fradrag.loenindtaegtsgraense"]["vaerdi"] == "17672"


def test_overgang_den_sidste_dag_i_maaneden_giver_en_dag():
    # last sygedagpenge day 2024-09-29 -> 1 of 30 days: 12.326 / 30 = 410,866.. -> 410,87
    m = maaned(calculate(sag([md("2024-09")], sidste="2024-09-29")), "2024-09")
    assert (m["fra"], m["dage"], m["udbetalt"]["beloeb"]) == ("2024-09-30", 1, "410.87")


def test_afgoerelsen_er_gyldig_og_begrundet():
    d = calculate(sag([md("2024-09", loen="3000.00", anden_indtaegt="100.00", feriegodtgoerelse="500.00",
                         loen_fra_ansaettelse_ved_start="200.00")], til="2024-09-20"))
    assert schemas.errors("ressourceforloebsydelse", "decision", d) == []
    RessourceforloebsydelseDecision.model_validate(d)
    ids = {t["id"] for t in d["begrundelse"]}
    m = maaned(d, "2024-09")
    assert {m["udbetalt"]["trin"], m["sats"]["trin"], d["overgang"]["trin"]} <= ids
    assert {p["art"] for p in m["fradrag"]} == {"loen", "anden_indtaegt", "loen_fra_ansaettelse_ved_start"}


@pytest.mark.parametrize("mut", [
    lambda c: c["overgang"].update(fra_ydelse="kontanthjaelp"),
    lambda c: c["maaneder"][0].update(loen="100"),
    lambda c: c["person"].update(alder=40),
    lambda c: c.update(maaneder=[]),
    lambda c: c["overgang"].pop("sidste_dag_med_sygedagpenge"),
])
def test_skema_og_model_afviser_det_samme(mut):
    c = sag([md("2024-09")])
    mut(c)
    assert schemas.errors("ressourceforloebsydelse", "case", c) != []
    with pytest.raises(ValueError):
        RessourceforloebsydelseCase.model_validate(c)
