"""The kontanthjælp JSON Schemas and the typed models accept and reject the same documents."""
from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from harness.contract import schemas
from harness.reference import calculate
from harness.ydelser.kontanthjaelp.contract import KontanthjaelpCase, KontanthjaelpDecision
from harness.ydelser.kontanthjaelp.generators import sag as gen_sag

from .sager import md, person, sag

GYLDIGE = {
    "enlig": sag([md("2023-01")]),
    "gift_med_indkomst": sag([md("2024-02", ansoeger={"arbejdstimer": "12.5", "arbejdsindtaegt": "1500.00"},
                                 aegtefaelle={"anden_indtaegt": "200.00"}, boligstoette="1200.00", saerlig_stoette="0.00")],
                             forhold="gift", aegtefaelle=person("1985-01-01", soeger_hjaelp=False, formue="500.25")),
    "samlevende_boern": sag([md("2025-06"), md("2025-07")], forhold="samlevende",
                            aegtefaelle=person("1990-01-01"), boern=["2018-04-04", "2010-10-10"]),
    "haendelser": sag([md("2024-03")], ansoeger=person(historik=[{"maaned": "2024-02", "timer": "10", "paa_hjaelp": True}]),
                      haendelser=[{"dato": "2024-02-01", "type": "ansoegning"},
                                  {"dato": "2024-03-02", "type": "partshoering", "person": "ansoeger"},
                                  {"dato": "2024-03-09", "type": "afgoerelse", "vedroerer": "timeregel_225", "begrundelse": "x"},
                                  {"dato": "2024-03-31", "type": "udbetaling", "beloeb": "100.00", "maaned": "2024-03"}]),
    # issue 16: uddannelseshjælp facts, changes within a month, feriegodtgørelse, adults in the dwelling
    "aendringer": sag([md("2023-05", ansoeger={"feriegodtgoerelse": "1000.00", "feriedage": 3}, voksne_i_boligen=3),
                       md("2023-06")],
                      ansoeger=person("2000-01-01", erhvervskompetencegivende_uddannelse=False, psykisk_lidelse=True,
                                      gravid_12_uge_fra="2023-04-02", aktivitetstillaeg_straks=True),
                      aegtefaelle=person("1999-01-01"), boern=["2015-01-01"],
                      aendringer=[{"dato": "2023-05-20", "type": "forhold", "forhold": "samlevende"},
                                  {"dato": "2023-05-03", "type": "bopael", "person": "ansoeger", "hjemmeboende": False}]),
}


def _mut(doc, path, value=None, delete=False):
    d = copy.deepcopy(doc)
    cur = d
    for k in path[:-1]:
        cur = cur[k]
    if delete:
        del cur[path[-1]]
    else:
        cur[path[-1]] = value
    return d


BASE = GYLDIGE["gift_med_indkomst"]
UGYLDIGE = {
    "ydelse": _mut(BASE, ["ydelse"], "sygedagpenge"),
    "schema_version": _mut(BASE, ["schema_version"], "2.0"),
    "uden_maaneder": _mut(BASE, ["maaneder"], []),
    "beloeb_uden_decimaler": _mut(BASE, ["maaneder", 0, "boligstoette"], "1200"),
    "beloeb_som_tal": _mut(BASE, ["maaneder", 0, "boligstoette"], 1200.0),
    "timer_som_tal": _mut(BASE, ["maaneder", 0, "ansoeger", "arbejdstimer"], 12),
    "maaned_13": _mut(BASE, ["maaneder", 0, "maaned"], "2024-13"),
    "dato_format": _mut(BASE, ["husstand", "ansoeger", "foedselsdato"], "05-05-1980"),
    "ukendt_felt": _mut(BASE, ["husstand", "ansoeger", "alder"], 44),
    "bool_som_streng": _mut(BASE, ["husstand", "aegtefaelle", "soeger_hjaelp"], "false"),
    "forhold_ukendt": _mut(BASE, ["husstand", "forhold"], "skilt"),
    "gift_uden_aegtefaelle": _mut(BASE, ["husstand", "aegtefaelle"], delete=True),
    "enlig_med_aegtefaelle": _mut(BASE, ["husstand", "forhold"], "enlig"),
    "haendelse_type": _mut(GYLDIGE["haendelser"], ["haendelser", 0, "type"], "klage"),
    "sags_id": _mut(BASE, ["sags_id"], "-bad"),
    "feriedage_alene": _mut(BASE, ["maaneder", 0, "ansoeger", "feriedage"], 5),
    "feriedage_nul": _mut(_mut(BASE, ["maaneder", 0, "ansoeger", "feriedage"], 0),
                          ["maaneder", 0, "ansoeger", "feriegodtgoerelse"], "1.00"),
    "voksne_nul": _mut(BASE, ["maaneder", 0, "voksne_i_boligen"], 0),
    "aendring_bopael_uden_person": _mut(GYLDIGE["aendringer"], ["husstand", "aendringer", 1, "person"], delete=True),
    "aendring_forhold_med_person": _mut(GYLDIGE["aendringer"], ["husstand", "aendringer", 0, "person"], "ansoeger"),
    "aendring_type": _mut(GYLDIGE["aendringer"], ["husstand", "aendringer", 0, "type"], "skilsmisse"),
    "enlig_med_partner_uden_par": _mut(GYLDIGE["aendringer"], ["husstand", "aendringer", 0, "forhold"], "enlig"),
    "uddannelse_som_streng": _mut(GYLDIGE["aendringer"], ["husstand", "ansoeger", "erhvervskompetencegivende_uddannelse"], "nej"),
}


def _model_ok(model, doc) -> bool:
    try:
        model.model_validate(doc)
        return True
    except (ValidationError, ValueError):
        return False


@pytest.mark.parametrize("navn", GYLDIGE)
def test_gyldige_sager(navn):
    doc = GYLDIGE[navn]
    assert schemas.errors("kontanthjaelp", "case", doc) == []
    assert _model_ok(KontanthjaelpCase, doc)


@pytest.mark.parametrize("navn", UGYLDIGE)
def test_ugyldige_sager_afvises_af_begge(navn):
    doc = UGYLDIGE[navn]
    assert schemas.errors("kontanthjaelp", "case", doc) != [], "schema accepted"
    assert not _model_ok(KontanthjaelpCase, doc), "model accepted"


def test_benefit_discovered_from_folder():
    assert "kontanthjaelp" in schemas.benefits()


@pytest.mark.parametrize("navn", GYLDIGE)
def test_referencens_afgoerelser_er_gyldige(navn):
    d = calculate(GYLDIGE[navn])
    assert schemas.errors("kontanthjaelp", "decision", d) == []
    assert _model_ok(KontanthjaelpDecision, d)
    # and a broken decision is rejected by both
    bad = _mut(d, ["maaneder", 0, "udbetalt", "trin"], "X1")
    assert schemas.errors("kontanthjaelp", "decision", bad) and not _model_ok(KontanthjaelpDecision, bad)
    bad = _mut(d, ["maaneder", 0, "lov"], "2025")
    assert schemas.errors("kontanthjaelp", "decision", bad) and not _model_ok(KontanthjaelpDecision, bad)
    bad = _mut(d, ["i_alt", "udbetalt"], delete=True)
    assert schemas.errors("kontanthjaelp", "decision", bad) and not _model_ok(KontanthjaelpDecision, bad)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen_sag())
def test_genererede_sager_og_afgoerelser_er_gyldige(case):
    assert schemas.errors("kontanthjaelp", "case", case) == []
    assert _model_ok(KontanthjaelpCase, case)
    d = calculate(case)
    assert schemas.errors("kontanthjaelp", "decision", d) == []
    assert _model_ok(KontanthjaelpDecision, d)
