"""The step grammar for the scenarios in scenarios/kontanthjaelp (aktivloven), the benefit's grammar (ydelse.yaml beside it).

Givet-steps build a household, its months of income and støtte, its history on hjælp and the kommune's
events (ansøgning, partshøring, afgørelse); the Når-step names the months to decide; Så-steps assert the month's
payment, sats, fradrag, reductions, the reduced støtte and when a reduction may take effect. Every step has an
example that scenarios/README.md documents; tests/scenarios/test_grammar.py keeps the two in sync.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from harness.scenarios import dk, trin
from harness.scenarios.trin import MaanedSag, Trintabel, choice, eq_kr, fail, maaned_i, maaneder

YDELSE = "kontanthjaelp"

PERSON: dict[str, object] = {"ansøgeren": "ansoeger", "ægtefællen": "aegtefaelle", "samleveren": "aegtefaelle"}
PERSONS: dict[str, object] = {"ansøgerens": "ansoeger", "ægtefællens": "aegtefaelle", "samleverens": "aegtefaelle"}
LOV: dict[str, object] = {"reglerne før 1. juli 2025": "foer_2025_07", "reglerne fra 1. juli 2025": "fra_2025_07"}
TILLAEG: dict[str, object] = {"børnetillæg": "boernetillaeg", "tillæg til enlige forsørgere": "tillaeg_enlig_forsoerger",
                              "tillæg til enlige": "tillaeg_enlig", "særligt ungetillæg": "saerligt_ungetillaeg",
                              "aktivitetstillæg": "aktivitetstillaeg"}
BEGRUNDELSE: dict[str, object] = {"med begrundelse": True, "uden begrundelse": False}
# The reason text an afgørelse "med begrundelse" carries in the case; its content is not judged, its presence is.
BEGRUNDELSE_TEKST = "Betingelserne i aktivlovens § 13 f om 225 timers ordinært arbejde er ikke opfyldt."

TYPES = dict(dk.TYPES, Person=choice(PERSON), Persons=choice(PERSONS), Lov=choice(LOV), Tillaeg=choice(TILLAEG),
             Begrundelse=choice(BEGRUNDELSE))
T = Trintabel(YDELSE, TYPES)


def _navn(rolle: object, mapping: dict[str, object]) -> str:
    return next(k for k, v in mapping.items() if v == rolle)


@dataclass
class Sag(MaanedSag):
    """A kontanthjælp case under construction: income and støtte are kept per month until the Når-step says
    which months the case covers."""

    ydelse: str = YDELSE

    def person(self, rolle: str) -> dict:
        h = self.section("husstand")
        if rolle not in h:
            raise ValueError(f"sagen har ingen {_navn(rolle, PERSON)}; beskriv husstanden først")
        return h[rolle]


def _m(value: Decimal) -> str:
    return f"{value:.2f}"


def _d(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _foedt_for_alder(alder: int):
    """A birth date that gives this age in the case's first month and the six after it (FT-KH-ALDER: the age
    reached on the last day of the month before): the 1st of the month, `alder` years and 6 months earlier."""
    def fill(case: dict, sti: list):
        first = case["maaneder"][0]["maaned"]
        y, m = map(int, first.split("-"))
        n = y * 12 + (m - 1) - alder * 12 - 6
        target = case
        for key in sti[:-1]:
            target = target[key]
        target[sti[-1]] = dt.date(n // 12, n % 12 + 1, 1).isoformat()
    return fill


# ------------------------------------------------------------------------------------------------ Givet --

@T.givet("en enlig ansøger født {foedt:Dato}", "Givet en enlig ansøger født 1980-05-05")
def _enlig(sag: Sag, foedt):
    sag.section("husstand").update(forhold="enlig", ansoeger={"foedselsdato": foedt.isoformat()})


def _enlig_alder(sag: Sag, alder):
    sag.section("husstand").update(forhold="enlig", ansoeger={"foedselsdato": "1900-01-01"})
    fill = _foedt_for_alder(alder)
    sag.deferred.append(lambda case: fill(case, ["husstand", "ansoeger", "foedselsdato"]))


T.givet("en enlig ansøger på {alder:Heltal} år uden børn", "Givet en enlig ansøger på 32 år uden børn")(_enlig_alder)
T.givet("en enlig ansøger på {alder:Heltal} år", "Givet en enlig ansøger på 32 år")(_enlig_alder)


@T.givet("et ægtepar, hvor ansøgeren er født {a:Dato} og ægtefællen er født {b:Dato}",
         "Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01")
def _aegtepar(sag: Sag, a, b):
    sag.section("husstand").update(forhold="gift", ansoeger={"foedselsdato": a.isoformat()},
                                   aegtefaelle={"foedselsdato": b.isoformat()})


@T.givet("et samlevende par, hvor ansøgeren er født {a:Dato} og samleveren er født {b:Dato}",
         "Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-01-01")
def _samlevende(sag: Sag, a, b):
    sag.section("husstand").update(forhold="samlevende", ansoeger={"foedselsdato": a.isoformat()},
                                   aegtefaelle={"foedselsdato": b.isoformat()})


@T.givet("{hvem:Person} søger ikke hjælp", "Og ægtefællen søger ikke hjælp")
def _soeger_ikke(sag: Sag, hvem):
    sag.person(hvem)["soeger_hjaelp"] = False


@T.givet("husstanden har et barn født {foedt:Dato}", "Og husstanden har et barn født 2016-01-01")
def _barn(sag: Sag, foedt):
    sag.section("husstand").setdefault("boern", []).append({"foedselsdato": foedt.isoformat()})


@T.givet("{hvem:Person} bor hjemme hos sine forældre", "Og ansøgeren bor hjemme hos sine forældre")
def _hjemmeboende(sag: Sag, hvem):
    sag.person(hvem)["hjemmeboende"] = True


@T.givet("{hvem:Person} er aktivitetsparat", "Og ansøgeren er aktivitetsparat")
def _aktivitetsparat(sag: Sag, hvem):
    sag.person(hvem)["aktivitetsparat"] = True


@T.givet("{hvem:Person} opfylder ikke opholds- og beskæftigelseskravet",
         "Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet")
def _mindstesats(sag: Sag, hvem):
    sag.person(hvem)["opfylder_opholds_og_beskaeftigelseskrav"] = False


@T.givet("{hvem:Person} har haft ordinær fuldtidsbeskæftigelse i 2½ år inden for de seneste 10 år",
         "Og ansøgeren har haft ordinær fuldtidsbeskæftigelse i 2½ år inden for de seneste 10 år")
def _beskaeftigelse(sag: Sag, hvem):
    sag.person(hvem)["har_2_5_aars_beskaeftigelse"] = True


@T.givet("{hvem:Person} har ingen erhvervskompetencegivende uddannelse",
         "Og ansøgeren har ingen erhvervskompetencegivende uddannelse")
def _uden_uddannelse(sag: Sag, hvem):
    sag.person(hvem)["erhvervskompetencegivende_uddannelse"] = False


@T.givet("{hvem:Person} passerede 12. svangerskabsuge {dato:Dato}", "Og ansøgeren passerede 12. svangerskabsuge 2023-01-10")
def _gravid(sag: Sag, hvem, dato):
    sag.person(hvem)["gravid_12_uge_fra"] = dato.isoformat()


@T.givet("{hvem:Person} har en dokumenteret psykisk lidelse", "Og ansøgeren har en dokumenteret psykisk lidelse")
def _psykisk(sag: Sag, hvem):
    sag.person(hvem)["psykisk_lidelse"] = True


@T.givet("{hvem:Person} får aktivitetstillæg fra start", "Og ansøgeren får aktivitetstillæg fra start")
def _straks(sag: Sag, hvem):
    sag.person(hvem)["aktivitetstillaeg_straks"] = True


@T.givet("barnet født {foedt:Dato} flyttede fra husstanden {dato:Dato}",
         "Og barnet født 2016-01-01 flyttede fra husstanden 2023-08-15")
def _barn_flytter(sag: Sag, foedt, dato):
    for b in sag.section("husstand").get("boern", []):
        if b["foedselsdato"] == foedt.isoformat() and "fraflyttet" not in b:
            b["fraflyttet"] = dato.isoformat()
            return
    raise ValueError(f"husstanden har intet barn født {foedt}; nævn barnet først")


def _aendring(sag: Sag, **a) -> None:
    sag.section("husstand").setdefault("aendringer", []).append(a)


@T.givet("{hvem:Person} flyttede hjemmefra {dato:Dato}", "Og ansøgeren flyttede hjemmefra 2023-03-16")
def _flytter_ud(sag: Sag, hvem, dato):
    sag.person(hvem)
    _aendring(sag, dato=dato.isoformat(), type="bopael", person=hvem, hjemmeboende=False)


@T.givet("{hvem:Person} flyttede hjem til sine forældre {dato:Dato}", "Og ansøgeren flyttede hjem til sine forældre 2023-09-01")
def _flytter_hjem(sag: Sag, hvem, dato):
    sag.person(hvem)
    _aendring(sag, dato=dato.isoformat(), type="bopael", person=hvem, hjemmeboende=True)


@T.givet("ansøgeren blev gift {dato:Dato} med en ægtefælle født {foedt:Dato}",
         "Og ansøgeren blev gift 2023-06-20 med en ægtefælle født 1985-02-02")
def _gift(sag: Sag, dato, foedt):
    h = sag.section("husstand")
    if h.get("forhold") != "enlig":
        raise ValueError("trinnet gælder en enlig ansøger; beskriv husstanden som enlig først")
    h["aegtefaelle"] = {"foedselsdato": foedt.isoformat()}
    _aendring(sag, dato=dato.isoformat(), type="forhold", forhold="gift")


@T.givet("parret gik fra hinanden {dato:Dato}", "Og parret gik fra hinanden 2023-05-10")
def _samlivsophoer(sag: Sag, dato):
    sag.person("aegtefaelle")
    _aendring(sag, dato=dato.isoformat(), type="forhold", forhold="enlig")


@T.givet("{hvem:Person} holdt i {maaned:Maaned} {dage:Heltal} feriedage med feriegodtgørelse på {beloeb:Kr}",
         "Og ansøgeren holdt i 2023-07 5 feriedage med feriegodtgørelse på 4.000,00 kr.")
def _ferie(sag: Sag, hvem, maaned, dage, beloeb):
    sag.maaned(maaned)[hvem] = sag.maaned(maaned).get(hvem, {}) | {"feriegodtgoerelse": _m(beloeb), "feriedage": dage}


@T.givet("ansøgeren har ret til ekstra børnetilskud", "Og ansøgeren har ret til ekstra børnetilskud")
def _ekstra_boernetilskud(sag: Sag):
    sag.section("husstand")["ekstra_boernetilskud"] = True


@T.givet("{hvem:Person} har en formue på {beloeb:Kr}", "Og ansøgeren har en formue på 10.001,00 kr.")
def _formue(sag: Sag, hvem, beloeb):
    sag.person(hvem)["formue"] = _m(beloeb)


@T.givet("{hvem:Person} er fritaget for 225-timersreglen", "Og ansøgeren er fritaget for 225-timersreglen")
def _fritaget(sag: Sag, hvem):
    sag.person(hvem)["fritaget_225_timersregel"] = True


@T.givet("{hvem:Person} har i {maaned:Maaned} arbejdet {timer:Tal} timer og tjent {beloeb:Kr}",
         "Og ansøgeren har i 2024-03 arbejdet 40 timer og tjent 6.000,00 kr.")
def _arbejde(sag: Sag, hvem, maaned, timer, beloeb):
    sag.maaned(maaned)[hvem] = sag.maaned(maaned).get(hvem, {}) | {"arbejdstimer": _d(timer),
                                                                    "arbejdsindtaegt": _m(beloeb)}


@T.givet("{hvem:Person} har i {maaned:Maaned} tjent {beloeb:Kr}", "Og ægtefællen har i 2025-08 tjent 10.000,00 kr.")
def _tjent(sag: Sag, hvem, maaned, beloeb):
    sag.maaned(maaned)[hvem] = sag.maaned(maaned).get(hvem, {}) | {"arbejdsindtaegt": _m(beloeb)}


@T.givet("{hvem:Person} har i {maaned:Maaned} anden indtægt på {beloeb:Kr}",
         "Og ansøgeren har i 2024-03 anden indtægt på 1.500,00 kr.")
def _anden(sag: Sag, hvem, maaned, beloeb):
    sag.maaned(maaned)[hvem] = sag.maaned(maaned).get(hvem, {}) | {"anden_indtaegt": _m(beloeb)}


@T.givet("husstanden får i {maaned:Maaned} særlig støtte på {beloeb:Kr}",
         "Og husstanden får i 2024-05 særlig støtte på 1.000,00 kr.")
def _saerlig_stoette(sag: Sag, maaned, beloeb):
    sag.maaned(maaned)["saerlig_stoette"] = _m(beloeb)


@T.givet("husstanden får i {maaned:Maaned} boligstøtte på {beloeb:Kr}",
         "Og husstanden får i 2024-05 boligstøtte på 3.000,00 kr.")
def _boligstoette(sag: Sag, maaned, beloeb):
    sag.maaned(maaned)["boligstoette"] = _m(beloeb)


@T.givet("der bor {antal:Heltal} voksne i boligen i {maaned:Maaned}",
         "Og der bor 3 voksne i boligen i 2024-05")
def _voksne(sag: Sag, antal, maaned):
    sag.maaned(maaned)["voksne_i_boligen"] = antal


@T.givet("{hvem:Person} modtog hjælp fra {fra:Maaned} til {til:Maaned} og arbejdede {timer:Tal} timer om "
         "måneden",
         "Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden")
def _historik(sag: Sag, hvem, fra, til, timer):
    sag.person(hvem).setdefault("historik", []).extend(
        {"maaned": m, "timer": _d(timer), "paa_hjaelp": True} for m in maaneder(fra, til))


@T.givet("ansøgeren søgte om hjælp {dato:Dato}", "Og ansøgeren søgte om hjælp 2023-03-17")
def _ansoegning(sag: Sag, dato):
    sag.case.setdefault("haendelser", []).append({"dato": dato.isoformat(), "type": "ansoegning"})


@T.givet("kommunen partshørte {hvem:Person} {dato:Dato}", "Og kommunen partshørte ansøgeren 2024-03-01")
def _partshoering(sag: Sag, hvem, dato):
    sag.case.setdefault("haendelser", []).append({"dato": dato.isoformat(), "type": "partshoering", "person": hvem})


def _afgoerelse(sag: Sag, dato, begrundelse: bool, vedroerer: str, person: str | None):
    h = {"dato": dato.isoformat(), "type": "afgoerelse", "vedroerer": vedroerer}
    if person:
        h["person"] = person
    if begrundelse:
        h["begrundelse"] = BEGRUNDELSE_TEKST
    sag.case.setdefault("haendelser", []).append(h)


@T.givet("kommunen traf {dato:Dato} afgørelse om nedsættelse efter 225-timersreglen {begrundelse:Begrundelse}",
         "Og kommunen traf 2024-05-10 afgørelse om nedsættelse efter 225-timersreglen med begrundelse")
def _afg_nedsaettelse(sag: Sag, dato, begrundelse):
    _afgoerelse(sag, dato, begrundelse, "timeregel_225", None)


@T.givet("kommunen traf {dato:Dato} afgørelse om bortfald af {hvems:Persons} hjælp efter 225-timersreglen "
         "{begrundelse:Begrundelse}",
         "Og kommunen traf 2023-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med "
         "begrundelse")
def _afg_bortfald(sag: Sag, dato, hvems, begrundelse):
    _afgoerelse(sag, dato, begrundelse, "bortfald", hvems)


# ---------------------------------------------------------------------------------------------------- Når --

T.naar("sagen afgøres for {fra:Maaned} til {til:Maaned}",
       "Når sagen afgøres for 2024-05 til 2024-07")(trin.afgoeres_for_perioden)
T.naar("sagen afgøres for {maaned:Maaned}", "Når sagen afgøres for 2024-05")(trin.afgoeres_for_maaneden)


# ----------------------------------------------------------------------------------------------------- Så --

def _person(d: dict, maaned: str, rolle: str) -> dict:
    for p in maaned_i(d, maaned)["personer"]:
        if p["rolle"] == rolle:
            return p
    fail(f"afgørelsen for {maaned} omfatter ikke {_navn(rolle, PERSON)}")


def _post(poster: list[dict], art: str) -> str:
    found = [p["beloeb"] for p in poster if p["art"] == art]
    return _m(sum((Decimal(x) for x in found), Decimal(0)))


_udbetales = T.saa(["udbetales {beloeb:Kr} for {maaned:Maaned}", "der udbetales {beloeb:Kr} for {maaned:Maaned}"],
                   "Så udbetales 12.326,00 kr. for 2024-05")(trin.udbetales_for_maaneden)
_i_alt = T.saa(["er der udbetalt {beloeb:Kr} i alt", "der er udbetalt {beloeb:Kr} i alt"],
               "Og der er udbetalt 36.978,00 kr. i alt")(trin.udbetalt_i_alt)


@T.saa(["beregnes {maaned:Maaned} efter {lov:Lov}", "{maaned:Maaned} beregnes efter {lov:Lov}"],
       "Og 2025-07 beregnes efter reglerne fra 1. juli 2025")
def _lov(d: dict, maaned, lov):
    actual = maaned_i(d, maaned)["lov"]
    if actual != lov:
        fail(f"{maaned} er beregnet efter {_navn(actual, LOV)}, men skulle beregnes efter {_navn(lov, LOV)}")


@T.saa(["er {hvems:Persons} sats {beloeb:Kr} for {maaned:Maaned}",
        "{hvems:Persons} sats er {beloeb:Kr} for {maaned:Maaned}"],
       "Og ansøgerens sats er 12.498,00 kr. for 2025-08")
def _sats(d: dict, hvems, beloeb, maaned):
    s = _person(d, maaned, hvems)["sats"]
    eq_kr(s["beloeb"] if s else None, beloeb, f"{_navn(hvems, PERSONS)} sats for {maaned}")


@T.saa([("får {hvem:Person} {tillaeg:Tillaeg} på {beloeb:Kr} for {maaned:Maaned}", {}),
        ("{hvem:Person} får {tillaeg:Tillaeg} på {beloeb:Kr} for {maaned:Maaned}", {})],
       "Og ansøgeren får børnetillæg på 2.784,00 kr. for 2025-08")
def _tillaeg(d: dict, hvem, tillaeg, beloeb, maaned):
    eq_kr(_post(_person(d, maaned, hvem)["tillaeg"], tillaeg), beloeb,
           f"{_navn(hvem, PERSON)}s {_navn(tillaeg, TILLAEG)} for {maaned}")


@T.saa(["får {hvem:Person} ikke {tillaeg:Tillaeg} for {maaned:Maaned}",
        "{hvem:Person} får ikke {tillaeg:Tillaeg} for {maaned:Maaned}"],
       "Og ansøgeren får ikke tillæg til enlige for 2025-08")
def _intet_tillaeg(d: dict, hvem, tillaeg, maaned):
    b = _post(_person(d, maaned, hvem)["tillaeg"], tillaeg)
    if Decimal(b) != 0:
        fail(f"{_navn(hvem, PERSON)} får {_navn(tillaeg, TILLAEG)} på {dk.format_kr(b)} for {maaned}, men skulle "
              f"ikke have det")


@T.saa(["er {hvems:Persons} hjælp {beloeb:Kr} for {maaned:Maaned}",
        "{hvems:Persons} hjælp er {beloeb:Kr} for {maaned:Maaned}"],
       "Og ægtefællens hjælp er 0,00 kr. for 2023-03")
def _hjaelp(d: dict, hvems, beloeb, maaned):
    eq_kr(_person(d, maaned, hvems)["hjaelp"]["beloeb"], beloeb, f"{_navn(hvems, PERSONS)} hjælp for {maaned}")


@T.saa(["er {hvems:Persons} fradrag for arbejdsindtægt {beloeb:Kr} for {maaned:Maaned}",
        "{hvems:Persons} fradrag for arbejdsindtægt er {beloeb:Kr} for {maaned:Maaned}"],
       "Og ansøgerens fradrag for arbejdsindtægt er 4.794,00 kr. for 2024-03")
def _fradrag(d: dict, hvems, beloeb, maaned):
    eq_kr(_post(_person(d, maaned, hvems)["fradrag"], "arbejdsindtaegt"), beloeb,
           f"{_navn(hvems, PERSONS)} fradrag for arbejdsindtægt for {maaned}")


@T.saa(["nedsættes {hvems:Persons} hjælp med {beloeb:Kr} for {maaned:Maaned} på grund af ægtefællens indtægt",
        "{hvems:Persons} hjælp nedsættes med {beloeb:Kr} for {maaned:Maaned} på grund af ægtefællens indtægt"],
       "Og ansøgerens hjælp nedsættes med 3.698,40 kr. for 2022-05 på grund af ægtefællens indtægt")
def _gensidig(d: dict, hvems, beloeb, maaned):
    eq_kr(_post(_person(d, maaned, hvems)["fradrag"], "aegtefaelles_indtaegt"), beloeb,
           f"fradraget for ægtefællens indtægt i {_navn(hvems, PERSONS)} hjælp for {maaned}")


@T.saa(["er {hvems:Persons} fradrag for feriegodtgørelse {beloeb:Kr} for {maaned:Maaned}",
        "{hvems:Persons} fradrag for feriegodtgørelse er {beloeb:Kr} for {maaned:Maaned}"],
       "Og ansøgerens fradrag for feriegodtgørelse er 2.843,81 kr. for 2023-07")
def _fradrag_ferie(d: dict, hvems, beloeb, maaned):
    eq_kr(_post(_person(d, maaned, hvems)["fradrag"], "feriegodtgoerelse"), beloeb,
           f"{_navn(hvems, PERSONS)} fradrag for feriegodtgørelse for {maaned}")


@T.saa(["omfatter afgørelsen for {maaned:Maaned} ikke {hvem:Person}",
        "afgørelsen for {maaned:Maaned} omfatter ikke {hvem:Person}"],
       "Og afgørelsen for 2023-06 omfatter ikke ægtefællen")
def _ikke_i_husstanden(d: dict, maaned, hvem):
    if any(p["rolle"] == hvem for p in maaned_i(d, maaned)["personer"]):
        fail(f"afgørelsen for {maaned} omfatter {_navn(hvem, PERSON)}, som ikke hører til husstanden den måned")


@T.saa(["er {hvems:Persons} satskategori {kategori} for {maaned:Maaned}",
        "{hvems:Persons} satskategori er {kategori} for {maaned:Maaned}"],
       "Og ansøgerens satskategori er uh_udeboende for 2023-02")
def _kategori(d: dict, hvems, kategori, maaned):
    s = _person(d, maaned, hvems)["sats"]
    actual = s["kategori"] if s else None
    if actual != kategori:
        fail(f"{_navn(hvems, PERSONS)} satskategori for {maaned} er {actual}, men skulle være {kategori}")


@T.saa(["er formuefradraget {beloeb:Kr} for {maaned:Maaned}", "formuefradraget er {beloeb:Kr} for {maaned:Maaned}"],
       "Og formuefradraget er 1,00 kr. for 2023-05")
def _formuefradrag(d: dict, beloeb, maaned):
    eq_kr(maaned_i(d, maaned)["formue"]["fradrag"], beloeb, f"formuefradraget for {maaned}")


@T.saa(["nedsættes den særlige støtte med {beloeb:Kr} for {maaned:Maaned}",
        "den særlige støtte nedsættes med {beloeb:Kr} for {maaned:Maaned}"],
       "Og den særlige støtte nedsættes med 1.000,00 kr. for 2024-05")
def _saerlig_nedsat(d: dict, beloeb, maaned):
    eq_kr(maaned_i(d, maaned)["saerlig_stoette"]["nedsaettelse"], beloeb,
           f"nedsættelsen af den særlige støtte for {maaned}")


@T.saa(["nedsættes boligstøtten med {beloeb:Kr} for {maaned:Maaned}",
        "boligstøtten nedsættes med {beloeb:Kr} for {maaned:Maaned}"],
       "Og boligstøtten nedsættes med 417,00 kr. for 2024-05")
def _bolig_nedsat(d: dict, beloeb, maaned):
    eq_kr(maaned_i(d, maaned)["boligstoette"]["nedsaettelse"], beloeb, f"nedsættelsen af boligstøtten for {maaned}")


def _reduktion(d: dict, hvems: str, maaned: str) -> dict | None:
    r = _person(d, maaned, hvems)["reduktion"]
    return r if r and r["anvendt"] else None


@T.saa(["nedsættes {hvems:Persons} hjælp med {beloeb:Kr} for {maaned:Maaned} efter 225-timersreglen",
        "{hvems:Persons} hjælp nedsættes med {beloeb:Kr} for {maaned:Maaned} efter 225-timersreglen"],
       "Og ansøgerens hjælp nedsættes med 1.125,00 kr. for 2024-06 efter 225-timersreglen")
def _nedsat_225(d: dict, hvems, beloeb, maaned):
    r = _reduktion(d, hvems, maaned)
    if r is None or r["art"] != "nedsaettelse_225":
        fail(f"{_navn(hvems, PERSONS)} hjælp for {maaned} er ikke nedsat efter 225-timersreglen"
              + (f" (men: {r['art']})" if r else ""))
    eq_kr(r["beloeb"], beloeb, f"nedsættelsen af {_navn(hvems, PERSONS)} hjælp for {maaned}")


@T.saa(["nedsættes {hvems:Persons} hjælp ikke for {maaned:Maaned}",
        "{hvems:Persons} hjælp nedsættes ikke for {maaned:Maaned}"],
       "Og ansøgerens hjælp nedsættes ikke for 2024-05")
def _ikke_nedsat(d: dict, hvems, maaned):
    r = _reduktion(d, hvems, maaned)
    if r is not None:
        fail(f"{_navn(hvems, PERSONS)} hjælp for {maaned} er nedsat ({r['art']}, {dk.format_kr(r['beloeb'])}), "
              f"men skulle ikke være det")


@T.saa(["bortfalder {hvems:Persons} hjælp for {maaned:Maaned} efter 225-timersreglen",
        "{hvems:Persons} hjælp bortfalder for {maaned:Maaned} efter 225-timersreglen"],
       "Og ægtefællens hjælp bortfalder for 2023-03 efter 225-timersreglen")
def _bortfald(d: dict, hvems, maaned):
    r = _reduktion(d, hvems, maaned)
    if r is None or r["art"] != "bortfald_225":
        fail(f"{_navn(hvems, PERSONS)} hjælp for {maaned} er ikke bortfaldet efter 225-timersreglen")


@T.saa(["har nedsættelsen tidligst virkning fra {dato:Dato}", "nedsættelsen har tidligst virkning fra {dato:Dato}"],
       "Og nedsættelsen har tidligst virkning fra 2024-06-01")
def _tidligst(d: dict, dato):
    krav = d["afgoerelseskrav"]
    if not krav:
        fail("afgørelsen har intet afgørelseskrav (ingen nedsættelse eller intet bortfald efter loven)")
    found = [k["tidligst_virkning"] for k in krav]
    if dato.isoformat() not in found:
        shown = ", ".join(x or "ingen (ikke hjemlet)" for x in found)
        fail(f"nedsættelsen har tidligst virkning fra {shown}, men skulle have det fra {dato}")


@T.saa(["er nedsættelsen ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse",
        "nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse"],
       "Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse")
def _ikke_hjemlet(d: dict):
    krav = d["afgoerelseskrav"]
    if not krav:
        fail("afgørelsen har intet afgørelseskrav, men loven kræver en nedsættelse, som ikke er hjemlet")
    for k in krav:
        if k["hjemlet"]:
            fail(f"nedsættelsen ({k['art']}) er hjemlet ved afgørelsen {k['afgoerelse']}, men skulle ikke være det")


GRAMMAR, WHEN_PATTERN = T.steps, T.when_pattern
match, tekst, apply_given, apply_when, check_then = T.match, T.tekst, T.apply_given, T.apply_when, T.check_then
