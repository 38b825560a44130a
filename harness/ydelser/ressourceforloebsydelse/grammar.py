"""The step grammar for the scenarios in scenarios/ressourceforloebsydelse (aktivloven kapitel 6 b).

Givet-steps describe the person, the handoff from the sygedagpenge decision (its last day with sygedagpenge and the
jobafklaringsforløb's first day), the end of the forløb and each month's income; the Når-step names the months; Så-steps
assert the first day paid, that no day is left without a ydelse, and each month's sats, days, fradrag and payment.
Every step has an example that scenarios/README.md documents (tests/scenarios/test_grammar.py keeps them in sync).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NoReturn

from harness.scenarios import dk
from harness.scenarios.trin import Sag as _Sag
from harness.scenarios.trin import StepFailure, Trintabel

YDELSE = "ressourceforloebsydelse"
TYPES = dict(dk.TYPES)
T = Trintabel(YDELSE, TYPES)


def _m(value: Decimal) -> str:
    return f"{value:.2f}"


@dataclass
class Sag(_Sag):
    """A case under construction: income is kept per month until the Når-step names the months."""

    ydelse: str = YDELSE
    maanedsdata: dict[str, dict] = field(default_factory=dict)
    perioder: list[str] = field(default_factory=list)

    def maaned(self, maaned: str) -> dict:
        return self.maanedsdata.setdefault(maaned, {})

    def finish(self, sags_id: str) -> dict:
        if not self.perioder:
            raise ValueError(f"scenario {sags_id}: Når-trinnet skal nævne de måneder, ydelsen afgøres for")
        uden = sorted(set(self.maanedsdata) - set(self.perioder))
        if uden:
            raise ValueError(f"scenario {sags_id}: oplysninger for {', '.join(uden)}, som ydelsen ikke afgøres for")
        self.case["maaneder"] = [{"maaned": m, **self.maanedsdata.get(m, {})} for m in self.perioder]
        return super().finish(sags_id)


def _maaneder(fra: str, til: str) -> list[str]:
    y, m = map(int, fra.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= til:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if not out:
        raise ValueError(f"perioden {fra} til {til} er tom")
    return out


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

@T.naar("ydelsen afgøres for {fra:Maaned} til {til:Maaned}", "Når ydelsen afgøres for 2024-09 til 2024-11")
def _periode(sag: Sag, fra, til):
    sag.perioder = _maaneder(fra, til)


@T.naar("ydelsen afgøres for {maaned:Maaned}", "Når ydelsen afgøres for 2024-09")
def _en_maaned(sag: Sag, maaned):
    sag.perioder = [maaned]


# ----------------------------------------------------------------------------------------------------- Så --

def _fail(message: str) -> NoReturn:
    raise StepFailure(message)


def _eq_kr(actual: str | None, expected: Decimal, what: str) -> None:
    if actual is None or Decimal(actual) != expected:
        shown = dk.format_kr(actual) if actual is not None else "intet beløb"
        _fail(f"{what} er {shown}, men skulle være {dk.format_kr(expected)}")


def _maaned(d: dict, maaned: str) -> dict:
    for x in d["maaneder"]:
        if x["maaned"] == maaned:
            return x
    _fail(f"afgørelsen har ingen måned {maaned} (har: {', '.join(x['maaned'] for x in d['maaneder']) or 'ingen'})")


@T.saa(["udbetales {beloeb:Kr} for {maaned:Maaned}", "der udbetales {beloeb:Kr} for {maaned:Maaned}"],
       "Så udbetales 12.326,00 kr. for 2024-09")
def _udbetales(d: dict, beloeb, maaned):
    _eq_kr(_maaned(d, maaned)["udbetalt"]["beloeb"], beloeb, f"udbetalingen for {maaned}")


@T.saa(["er der udbetalt {beloeb:Kr} i alt", "der er udbetalt {beloeb:Kr} i alt"], "Og der er udbetalt 36.978,00 kr. i alt")
def _i_alt(d: dict, beloeb):
    _eq_kr(d["i_alt"]["udbetalt"]["beloeb"], beloeb, "det udbetalte i alt")


@T.saa(["udbetales ressourceforløbsydelsen fra {dato:Dato}", "ressourceforløbsydelsen udbetales fra {dato:Dato}"],
       "Og ressourceforløbsydelsen udbetales fra 2024-09-01")
def _fra_dato(d: dict, dato):
    if d["overgang"]["udbetales_fra"] != dato.isoformat():
        _fail(f"ressourceforløbsydelsen udbetales fra {d['overgang']['udbetales_fra']}, men skulle udbetales fra {dato}")


@T.saa(["er ingen dag uden ydelse efter sygedagpengene", "ingen dag er uden ydelse efter sygedagpengene"],
       "Og ingen dag er uden ydelse efter sygedagpengene")
def _ingen_huller(d: dict):
    o = d["overgang"]
    dagen_efter = (dt.date.fromisoformat(o["sidste_dag_med_sygedagpenge"]) + dt.timedelta(days=1)).isoformat()
    if o["udbetales_fra"] != dagen_efter or o["dage_uden_ydelse"] != 0:
        _fail(f"sidste dag med sygedagpenge er {o['sidste_dag_med_sygedagpenge']}, men ressourceforløbsydelsen udbetales "
              f"først fra {o['udbetales_fra']} ({o['dage_uden_ydelse']} dage uden ydelse)")


@T.saa(["er satsen {beloeb:Kr} for {maaned:Maaned}", "satsen er {beloeb:Kr} for {maaned:Maaned}"],
       "Og satsen er 16.382,00 kr. for 2024-09")
def _sats(d: dict, beloeb, maaned):
    _eq_kr(_maaned(d, maaned)["sats"]["beloeb"], beloeb, f"satsen for {maaned}")


@T.saa(["dækker ydelsen {dage:Heltal} dage i {maaned:Maaned}", "ydelsen dækker {dage:Heltal} dage i {maaned:Maaned}"],
       "Og ydelsen dækker 16 dage i 2024-09")
def _dage(d: dict, dage, maaned):
    actual = _maaned(d, maaned)["dage"]
    if actual != dage:
        _fail(f"ydelsen dækker {actual} dage i {maaned}, men skulle dække {dage}")


@T.saa(["er fradraget for løn {beloeb:Kr} for {maaned:Maaned}", "fradraget for løn er {beloeb:Kr} for {maaned:Maaned}"],
       "Og fradraget for løn er 1.800,00 kr. for 2024-09")
def _fradrag_loen(d: dict, beloeb, maaned):
    poster = [p["beloeb"] for p in _maaned(d, maaned)["fradrag"] if p["art"] == "loen"]
    _eq_kr(_m(sum((Decimal(x) for x in poster), Decimal(0))), beloeb, f"fradraget for løn for {maaned}")


@T.saa(["er der intet fradrag for {maaned:Maaned}", "der er intet fradrag for {maaned:Maaned}"],
       "Og der er intet fradrag for 2024-09")
def _intet_fradrag(d: dict, maaned):
    poster = _maaned(d, maaned)["fradrag"]
    if poster:
        _fail(f"afgørelsen for {maaned} har fradrag ({', '.join(p['art'] + ' ' + dk.format_kr(p['beloeb']) for p in poster)}), "
              "men skulle ikke have nogen")


GRAMMAR = T.steps
WHEN_PATTERN = T.when_pattern
match = T.match
tekst = T.tekst
apply_given = T.apply_given
apply_when = T.apply_when
check_then = T.check_then
