"""Metamorphic properties of the kontanthjælp reference, over generated households and income months."""
from __future__ import annotations

import copy
import string
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from harness.contract.ydelse import find
from harness.reference import calculate
from harness.toolkit.fortolkninger import register
from harness.ydelser.kontanthjaelp.generators import beloeb, maaned_alene, symmetrisk, uden_trin
from harness.ydelser.kontanthjaelp.generators import kerne as _kerne
from harness.ydelser.kontanthjaelp.generators import ombyt as _ombyt
from harness.ydelser.kontanthjaelp.generators import sag as gen_sag

from .sager import trin_refs

# max_examples comes from the suite profile (tests/conftest.py: dev, ci, deep)
PROFIL = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@PROFIL
@given(st.sampled_from(["gift", "samlevende"]).flatmap(lambda f: gen_sag(forhold=f)))
def test_ombytning_af_aegtefaeller_aendrer_intet(case):
    assume(symmetrisk(case))   # a couple for the whole case (no separation)
    a, b = calculate(case), calculate(_ombyt(case))
    assert [_kerne(m) for m in a["maaneder"]] == [_kerne(m) for m in b["maaneder"]]


@PROFIL
@given(gen_sag(), st.data())
def test_mere_indtaegt_giver_aldrig_mere_hjaelp(case, data):
    m = data.draw(st.integers(0, len(case["maaneder"]) - 1))
    roller = ["ansoeger"] + (["aegtefaelle"] if "aegtefaelle" in case["husstand"] else [])
    rolle = data.draw(st.sampled_from(roller))
    felt = data.draw(st.sampled_from(["arbejdsindtaegt", "anden_indtaegt"]))
    ekstra = Decimal(data.draw(beloeb(20000, 1)))
    mere = copy.deepcopy(case)
    ind = mere["maaneder"][m].setdefault(rolle, {})
    ind[felt] = f"{Decimal(ind.get(felt, '0.00')) + ekstra:.2f}"
    a, b = calculate(case), calculate(mere)
    for x, y in zip(a["maaneder"], b["maaneder"]):
        assert Decimal(y["udbetalt"]["beloeb"]) <= Decimal(x["udbetalt"]["beloeb"]), x["maaned"]
        for px, py in zip(x["personer"], y["personer"]):
            assert Decimal(py["hjaelp"]["beloeb"]) <= Decimal(px["hjaelp"]["beloeb"])


@PROFIL
@given(gen_sag(haendelser=False, max_maaneder=6), st.data())
def test_en_maaned_alene_er_som_i_en_laengere_sag(case, data):
    """A month computed alone, with the earlier months moved into historik, equals the same month in the case.
    (Without afgørelser no 225-reduction takes effect, so no reduction state carries from month to month.)"""
    k = data.draw(st.integers(0, len(case["maaneder"]) - 1))
    hel = calculate(case)["maaneder"][k]
    en = calculate(maaned_alene(case, k))["maaneder"][0]
    assert uden_trin(en) == uden_trin(hel)


REGLER = find("kontanthjaelp").regler()
REGISTER = set(register())


@PROFIL
@given(gen_sag())
def test_hvert_beloeb_har_et_trin_og_hvert_trin_sine_kilder(case):
    d = calculate(case)
    ids = [t["id"] for t in d["begrundelse"]]
    assert len(ids) == len(set(ids))
    refs = trin_refs(d)
    assert refs and set(refs) <= set(ids)
    for t in d["begrundelse"]:
        assert t["hjemmel"]
        assert set(t["fortolkninger"]) <= REGISTER, t["fortolkninger"]
        for p in t["parametre"]:
            assert p["kilde"] and p["status"] in ("confirmed", "UNCONFIRMED") and p["valid_from"]
        regel = REGLER[t["regel"]]
        felter = {**t["input"], **t["resultat"]}
        for _, navn, _, _ in string.Formatter().parse(regel["tekst"]):
            assert navn is None or navn in felter, (t["regel"], navn)


@PROFIL
@given(gen_sag())
def test_udbetalingen_er_personernes_hjaelp_minus_formuefradraget(case):
    # issue 16: the person's hjælp in a month before (or partly before) the application is what is granted
    d = calculate(case)
    for m in d["maaneder"]:
        personer = sum((Decimal(p["hjaelp"]["beloeb"]) for p in m["personer"]), Decimal(0))
        assert Decimal(m["udbetalt"]["beloeb"]) == max(Decimal(0), personer - Decimal(m["formue"]["fradrag"])), m["maaned"]
