"""The step grammar for the scenarios in scenarios/ressourceforloebsydelse (aktivloven kapitel 6 b).

Givet-steps describe the person, the handoff from the sygedagpenge decision (its last day with sygedagpenge and the
jobafklaringsforløb's first day), the end of the forløb and each month's income; the Når-step names the months; Så-steps
assert the first day paid, that no day is left without a ydelse, and each month's sats, days, fradrag and payment.
Every step has an example that scenarios/README.md documents (tests/scenarios/test_grammar.py keeps them in sync).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from harness.scenarios import dk, trin
from harness.scenarios.trin import MaanedSag, Trintabel, eq_kr, fail, maaned_i

YDELSE = "ressourceforloebsydelse"
TYPES = dict(dk.TYPES)
T = Trintabel(YDELSE, TYPES)


def _m(value: Decimal) -> str:
    return f"{value:.2f}"


@dataclass
class Sag(MaanedSag):
    """A case under construction: income is kept per month until the Når-step names the months."""

    ydelse: str = YDELSE


# ------------------------------------------------------------------------------------------------ Givet --

@T.givet("en person født {foedt:Dato} i jobafklaringsforløb", "Givet en person født 1979-04-01 i jobafklaringsforløb")
def _person(sag: Sag, foedt):
    sag.section("person")["foedselsdato"] = foedt.isoformat()


@T.givet("personen bor hjemme hos sine forældre", "Og personen bor hjemme hos sine forældre")
def _hjemme(sag: Sag):
    sag.section("person")["hjemmeboende"] = True


@T.givet("personen har et barn født {foedt:Dato}", "Og personen har et barn født 2015-06-01")
def _barn(sag: Sag, foedt):
    sag.section("person").setdefault("boern", []).append({"foedselsdato": foedt.isoformat()})


@T.givet("personen har en formue på {beloeb:Kr}", "Og personen har en formue på 300.000,00 kr.")
def _formue(sag: Sag, beloeb):
    sag.section("person")["formue"] = _m(beloeb)


@T.givet("sygedagpengeafgørelsens sidste dag med sygedagpenge er {dato:Dato}",
         "Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-08-31")
def _sidste(sag: Sag, dato):
    sag.section("overgang").update(fra_ydelse="sygedagpenge", sidste_dag_med_sygedagpenge=dato.isoformat())


@T.givet("sygedagpengeafgørelsen giver jobafklaringsforløb fra {dato:Dato}",
         "Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2024-09-01")
def _fra(sag: Sag, dato):
    sag.section("overgang").update(fra_ydelse="sygedagpenge", jobafklaring_fra=dato.isoformat())


@T.givet("jobafklaringsforløbet sluttede {dato:Dato}", "Og jobafklaringsforløbet sluttede 2024-11-15")
def _til(sag: Sag, dato):
    sag.section("forloeb")["til"] = dato.isoformat()


@T.givet("personen tjente i {maaned:Maaned} {beloeb:Kr} i løn", "Og personen tjente i 2024-09 6.000,00 kr. i løn")
def _loen(sag: Sag, maaned, beloeb):
    sag.maaned(maaned)["loen"] = _m(beloeb)


@T.givet("personen tjente i {maaned:Maaned} {beloeb:Kr} i løn fra ansættelsen ved forløbets start",
         "Og personen tjente i 2024-09 4.000,00 kr. i løn fra ansættelsen ved forløbets start")
def _loen_start(sag: Sag, maaned, beloeb):
    sag.maaned(maaned)["loen_fra_ansaettelse_ved_start"] = _m(beloeb)


@T.givet("personen holdt i {maaned:Maaned} ferie med feriegodtgørelse på {beloeb:Kr}",
         "Og personen holdt i 2024-09 ferie med feriegodtgørelse på 2.000,00 kr.")
def _ferie(sag: Sag, maaned, beloeb):
    sag.maaned(maaned)["feriegodtgoerelse"] = _m(beloeb)


@T.givet("personen havde i {maaned:Maaned} anden indtægt på {beloeb:Kr}",
         "Og personen havde i 2024-09 anden indtægt på 1.000,00 kr.")
def _anden(sag: Sag, maaned, beloeb):
    sag.maaned(maaned)["anden_indtaegt"] = _m(beloeb)


@T.givet("ægtefællen tjente i {maaned:Maaned} {beloeb:Kr}", "Og ægtefællen tjente i 2024-09 45.000,00 kr.")
def _aegtefaelle(sag: Sag, maaned, beloeb):
    sag.maaned(maaned)["aegtefaelles_indtaegt"] = _m(beloeb)


# ---------------------------------------------------------------------------------------------------- Når --

T.naar("ydelsen afgøres for {fra:Maaned} til {til:Maaned}",
       "Når ydelsen afgøres for 2024-09 til 2024-11")(trin.afgoeres_for_perioden)
T.naar("ydelsen afgøres for {maaned:Maaned}", "Når ydelsen afgøres for 2024-09")(trin.afgoeres_for_maaneden)


# ----------------------------------------------------------------------------------------------------- Så --

_udbetales = T.saa(["udbetales {beloeb:Kr} for {maaned:Maaned}", "der udbetales {beloeb:Kr} for {maaned:Maaned}"],
                   "Så udbetales 12.326,00 kr. for 2024-09")(trin.udbetales_for_maaneden)
_i_alt = T.saa(["er der udbetalt {beloeb:Kr} i alt", "der er udbetalt {beloeb:Kr} i alt"],
               "Og der er udbetalt 36.978,00 kr. i alt")(trin.udbetalt_i_alt)


@T.saa(["udbetales ressourceforløbsydelsen fra {dato:Dato}", "ressourceforløbsydelsen udbetales fra {dato:Dato}"],
       "Og ressourceforløbsydelsen udbetales fra 2024-09-01")
def _fra_dato(d: dict, dato):
    if d["overgang"]["udbetales_fra"] != dato.isoformat():
        fail(f"ressourceforløbsydelsen udbetales fra {d['overgang']['udbetales_fra']}, men skulle udbetales fra {dato}")


@T.saa(["er ingen dag uden ydelse efter sygedagpengene", "ingen dag er uden ydelse efter sygedagpengene"],
       "Og ingen dag er uden ydelse efter sygedagpengene")
def _ingen_huller(d: dict):
    o = d["overgang"]
    dagen_efter = (dt.date.fromisoformat(o["sidste_dag_med_sygedagpenge"]) + dt.timedelta(days=1)).isoformat()
    if o["udbetales_fra"] != dagen_efter or o["dage_uden_ydelse"] != 0:
        fail(f"sidste dag med sygedagpenge er {o['sidste_dag_med_sygedagpenge']}, men ressourceforløbsydelsen udbetales "
              f"først fra {o['udbetales_fra']} ({o['dage_uden_ydelse']} dage uden ydelse)")


@T.saa(["er satsen {beloeb:Kr} for {maaned:Maaned}", "satsen er {beloeb:Kr} for {maaned:Maaned}"],
       "Og satsen er 16.382,00 kr. for 2024-09")
def _sats(d: dict, beloeb, maaned):
    eq_kr(maaned_i(d, maaned)["sats"]["beloeb"], beloeb, f"satsen for {maaned}")


@T.saa(["dækker ydelsen {dage:Heltal} dage i {maaned:Maaned}", "ydelsen dækker {dage:Heltal} dage i {maaned:Maaned}"],
       "Og ydelsen dækker 16 dage i 2024-09")
def _dage(d: dict, dage, maaned):
    actual = maaned_i(d, maaned)["dage"]
    if actual != dage:
        fail(f"ydelsen dækker {actual} dage i {maaned}, men skulle dække {dage}")


@T.saa(["er fradraget for løn {beloeb:Kr} for {maaned:Maaned}", "fradraget for løn er {beloeb:Kr} for {maaned:Maaned}"],
       "Og fradraget for løn er 1.800,00 kr. for 2024-09")
def _fradrag_loen(d: dict, beloeb, maaned):
    poster = [p["beloeb"] for p in maaned_i(d, maaned)["fradrag"] if p["art"] == "loen"]
    eq_kr(_m(sum((Decimal(x) for x in poster), Decimal(0))), beloeb, f"fradraget for løn for {maaned}")


@T.saa(["er der intet fradrag for {maaned:Maaned}", "der er intet fradrag for {maaned:Maaned}"],
       "Og der er intet fradrag for 2024-09")
def _intet_fradrag(d: dict, maaned):
    poster = maaned_i(d, maaned)["fradrag"]
    if poster:
        fail(f"afgørelsen for {maaned} har fradrag ({', '.join(p['art'] + ' ' + dk.format_kr(p['beloeb']) for p in poster)}), "
              "men skulle ikke have nogen")


GRAMMAR, WHEN_PATTERN = T.steps, T.when_pattern
match, tekst, apply_given, apply_when, check_then = T.match, T.tekst, T.apply_given, T.apply_when, T.check_then
