"""The one step grammar for sygedagpenge scenarios (after RegelRecht: one grammar drives every binding).

Every step is a pattern, a function and an example. Givet-steps build a case (`Sag`), the Når-step hands the
finished case to a calculator, Så-steps assert legal facts on the decision. The pytest-bdd bindings
(`steps.py`), the golden workflow and the lint all use this table, so the wording of a scenario cannot drift
from what runs. `scenarios/README.md` documents every step with its example; a test keeps the two in sync.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import parse

from harness.scenarios import dk, trin
from harness.scenarios.trin import eq_kr, fail

# --- closed vocabularies (each is a parse type, so an unknown phrase is an unmatched step the lint catches) ---


_choice = trin.choice


@parse.with_pattern(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")
def _id(text: str) -> str:
    """An employment's id in the case ("B", "rengøring")."""
    return text

ER = {"er": True, "er ikke": False}
BETALER = {"arbejdsgiveren": "ret_arbejdsgiver", "kommunen": "ret_kommune"}
FRAVAERSART = {"ferie": "ferie", "sygdom": "sygdom", "andet fravær": "andet_fravaer"}
FORSIKRING = {"uden forsikring": "ingen", "forsikret fra 1. fraværsdag": "fra_1_fravaersdag",
              "forsikret fra 3. fraværsdag": "fra_3_fravaersdag"}
EVNE = {"højst en fjerdedel": "hoejst_en_fjerdedel", "højst halvdelen": "hoejst_halvdelen",
        "mere end halvdelen": "mere_end_halvdelen"}
FORLAENGELSE = {1: "nr1_revalidering", 2: "nr2_afklaring", 3: "nr3_laegebehandling", 4: "nr4_rehabiliteringsteam",
                5: "nr5_livstruende_sygdom", 6: "nr6_arbejdsskade", 7: "nr7_foertidspension"}
OPHOER = {"fraværets ophør": "FRAVAER_SLUT", "varighedsbegrænsningen": "VARIGHEDSBEGRAENSNING",
          "forlængelsens udløb": "FORLAENGELSE_UDLOEBET", "manglende ret": "INGEN_RET",
          "varighedsbegrænsningen efter folkepensionsalderen": "VARIGHEDSBEGRAENSNING_25",
          "ferie uden aftale med kommunen": "FERIE_UDEN_AFTALE"}
AFTALT = {"aftalt med kommunen": True, "uden aftale med kommunen": False}
# Reasons in a decision's `aarsager`, in the words a caseworker would write them (codes: the reference's).
AARSAGER = {
    "beskæftigelseskravet over for arbejdsgiveren er opfyldt": "SDL30_BESKAEFTIGELSESKRAV_OPFYLDT",
    "borgeren ikke har været ansat i 8 uger": "SDL30_IKKE_8_UGERS_ANSAETTELSE",
    "borgeren har arbejdet under 74 timer": "SDL30_UNDER_74_TIMER",
    "borgeren er ansat i fleksjob, hvor der ingen arbejdsgiverperiode er": "SDL30_FLEKSJOB_INGEN_ARBEJDSGIVERPERIODE",
    "beskæftigelseskravet over for kommunen er opfyldt": "SDL32_1_NR1_BESKAEFTIGELSESKRAV",
    "beskæftigelseskravet over for kommunen ikke er opfyldt": "SDL32_BESKAEFTIGELSESKRAV_IKKE_OPFYLDT",
    "borgeren ville have haft ret til arbejdsløshedsdagpenge": "SDL32_1_NR2_DAGPENGERET",
    "borgeren er nyuddannet": "SDL32_1_NR3_UDDANNELSE",
    "borgeren er elev i lønnet praktik": "SDL32_1_NR4_ELEV",
    "borgeren er ansat i fleksjob": "SDL32_1_NR5_FLEKSJOB",
    "fraværet slutter, før kommunens betalingspligt begynder": "FRAVAER_SLUTTER_FOER_KOMMUNENS_BETALINGSPLIGT",
    "anmodningen kom for sent": "SDL38_SEN_ANMODNING",
    "borgeren allerede har fået sygedagpenge i mere end 22 uger": "SDL24A_OVER_22_UGER",
    "den selvstændige opfylder beskæftigelseskravet": "SDL41_SELVSTAENDIG_BESKAEFTIGELSESKRAV",
    "den selvstændige ikke opfylder beskæftigelseskravet": "SDL41_BESKAEFTIGELSESKRAV_IKKE_OPFYLDT",
    "fraværet er under 4 timer om ugen": "SDL53_DELVIS_UNDER_4_TIMER",
    "den selvstændige kan udføre mere end halvdelen af sit arbejde": "SDL53_SELVSTAENDIG_KAN_MERE_END_HALVDELEN",
    "borgeren ikke har nogen hel fraværsdag": "SDL_INGEN_HEL_FRAVAERSDAG",
}
# Deadlines by the §§ that set them; a decision's frist is found by its hjemmel. The citizen's claim is § 38 for
# lønmodtagere and ledige and § 43, stk. 1 for selvstændige.
FRISTER = {"borgerens anmodning": ("§ 38", "§ 43"), "arbejdsgiverens anmeldelse": ("§ 40",),
           "borgerens sygemelding": ("§ 36",)}

TYPES = dict(dk.TYPES, Er=_choice(ER), Betaler=_choice(BETALER), Art=_choice(FRAVAERSART),
             Forsikring=_choice(FORSIKRING), Evne=_choice(EVNE), Ophoer=_choice(OPHOER), Frist=_choice(FRISTER),
             Aarsag=_choice(AARSAGER), Aftalt=_choice(AFTALT), Id=_id)

# The sygedagpenge step table, on the machinery every benefit's grammar shares (trin.py).
TABEL = trin.Trintabel("sygedagpenge", TYPES)
GRAMMAR = TABEL.steps
StepDef, StepFailure = trin.StepDef, trin.StepFailure
givet, saa, match, tekst = TABEL.givet, TABEL.saa, TABEL.match, TABEL.tekst
apply_given, check_then = TABEL.apply_given, TABEL.check_then


class Sag(trin.Sag):
    """A sygedagpenge case under construction. Some steps depend on facts given later (the 6 months before the
    first absence day), so they are deferred until `finish()`."""

    def __init__(self, case: dict | None = None, deferred: list | None = None):
        super().__init__("sygedagpenge", case or {}, deferred or [])


def _parser(pattern: str):
    return trin._parser(pattern, TYPES)


def _d(value: Decimal) -> str:
    """A non-money decimal for the contract: 74 -> "74", 239.5 -> "239.5"."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _m(value: Decimal) -> str:
    return f"{value:.2f}"


# ------------------------------------------------------------------------------------------------ Givet --

@givet("en lønmodtager ansat siden {ansat_fra:Dato}", "Givet en lønmodtager ansat siden 2023-01-01")
def _loenmodtager(sag: Sag, ansat_fra):
    sag.case["status"] = "loenmodtager"
    sag.section("ansaettelse")["ansat_fra"] = ansat_fra.isoformat()


@givet("en lønmodtager i fleksjob ansat siden {ansat_fra:Dato}",
       "Givet en lønmodtager i fleksjob ansat siden 2024-02-01")
def _fleksjob(sag: Sag, ansat_fra):
    sag.case["status"] = "fleksjob"
    sag.section("ansaettelse")["ansat_fra"] = ansat_fra.isoformat()


@givet("en elev i lønnet praktik ansat siden {ansat_fra:Dato}",
       "Givet en elev i lønnet praktik ansat siden 2024-02-01")
def _elev(sag: Sag, ansat_fra):
    sag.case["status"] = "elev"
    sag.section("ansaettelse")["ansat_fra"] = ansat_fra.isoformat()


@givet("en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på {sats:Kr} om dagen",
       "Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på 850,00 kr. om dagen")
def _ledig(sag: Sag, sats):
    sag.case["status"] = "ledig"
    sag.case["ledig"] = {"ret_til_arbejdsloeshedsdagpenge": True, "dagpengesats_pr_dag": _m(sats)}


@givet("en ledig på supplerende dagpenge med en dagpengesats på {sats:Kr} om dagen",
       "Givet en ledig på supplerende dagpenge med en dagpengesats på 850,00 kr. om dagen")
def _ledig_supplerende(sag: Sag, sats):
    sag.case["status"] = "ledig"
    sag.case["ledig"] = {"ret_til_arbejdsloeshedsdagpenge": True, "supplerende_dagpenge": True,
                         "dagpengesats_pr_dag": _m(sats)}


@givet("en ledig uden ret til arbejdsløshedsdagpenge", "Givet en ledig uden ret til arbejdsløshedsdagpenge")
def _ledig_uden_ret(sag: Sag):
    sag.case["status"] = "ledig"
    sag.case["ledig"] = {"ret_til_arbejdsloeshedsdagpenge": False, "dagpengesats_pr_dag": "0.00"}


@givet("en selvstændig {forsikring:Forsikring}", "Givet en selvstændig forsikret fra 3. fraværsdag")
def _selvstaendig(sag: Sag, forsikring):
    sag.case["status"] = "selvstaendig"
    sag.section("selvstaendig")["forsikring"] = forsikring


@givet("virksomheden er drevet i væsentligt omfang i {maaneder:Heltal} af de seneste 12 måneder",
       "Og virksomheden er drevet i væsentligt omfang i 12 af de seneste 12 måneder")
def _vaesentligt_omfang(sag: Sag, maaneder):
    sag.section("selvstaendig")["maaneder_i_vaesentligt_omfang_seneste_12"] = maaneder


@givet("virksomheden {er:Er} drevet i måneden før fraværet", "Og virksomheden er drevet i måneden før fraværet")
def _maaneden_foer(sag: Sag, er):
    sag.section("selvstaendig")["virksomhed_maaneden_foer"] = er


@givet("beregningsgrundlaget er {beloeb:Kr} om ugen", "Og beregningsgrundlaget er 6.000,00 kr. om ugen")
def _beregningsgrundlag(sag: Sag, beloeb):
    sag.section("selvstaendig")["beregningsgrundlag_pr_uge"] = _m(beloeb)


@givet("første fraværsdag er {dato:Dato}", "Og første fraværsdag er 1. april 2024")
def _foerste(sag: Sag, dato):
    sag.section("fravaer")["foerste_fravaersdag"] = dato.isoformat()


@givet("sidste fraværsdag er {dato:Dato}", "Og sidste fraværsdag er 2024-05-31")
def _sidste(sag: Sag, dato):
    sag.section("fravaer")["sidste_fravaersdag"] = dato.isoformat()


@givet("borgeren har arbejdet {timer:Tal} timer hos arbejdsgiveren i de seneste 8 uger",
       "Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger")
def _timer_8_uger(sag: Sag, timer):
    sag.section("ansaettelse").setdefault("timer_seneste_8_uger", []).append({"art": "arbejde", "timer": _d(timer)})


@givet("borgeren har haft {timer:Tal} timer {art:Art} i de seneste 8 uger",
       "Og borgeren har haft 40 timer ferie i de seneste 8 uger")
def _fravaer_8_uger(sag: Sag, timer, art):
    sag.section("ansaettelse").setdefault("timer_seneste_8_uger", []).append({"art": art, "timer": _d(timer)})


@givet("borgeren er tidligere ansat hos samme arbejdsgiver", "Og borgeren er tidligere ansat hos samme arbejdsgiver")
def _genansat(sag: Sag):
    sag.section("ansaettelse")["tidligere_ansat_samme_arbejdsgiver"] = True


@givet("timefortjenesten er {beloeb:Kr} i timen før arbejdsmarkedsbidrag",
       "Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag")
def _timefortjeneste(sag: Sag, beloeb):
    sag.section("ansaettelse")["timefortjeneste"] = _m(beloeb)


LOEN_KOLONNER = ["måned", "løn", "timer"]


@givet("arbejdsgiveren har indberettet denne løn for ansættelsen:",
       "Og arbejdsgiveren har indberettet denne løn for ansættelsen:\n  | måned   | løn           | timer  |\n"
       "  | 2026-01 | 34.500,00 kr. | 160,33 |", table=True)
def _loen_maaneder(sag: Sag, datatable):
    """§ 47: the reported pay and pay hours per month, from which the reference takes the timefortjeneste
    (FT-SDP-TIMEFORTJENESTE) instead of a figure."""
    header, *rows = datatable
    if [h.strip() for h in header] != LOEN_KOLONNER:
        raise ValueError("tabellen over indberettet løn skal have kolonnerne | " + " | ".join(LOEN_KOLONNER) + " |")
    sag.section("ansaettelse")["loen_maaneder"] = [
        {"maaned": dk.parse_cell(m, "Maaned"), "loen": _m(dk.parse_cell(kr, "Kr")), "timer": _d(dk.parse_cell(t, "Tal"))}
        for m, kr, t in rows]


@givet("arbejdstiden er {timer:Tal} timer om ugen", "Og arbejdstiden er 37 timer om ugen")
def _arbejdstid(sag: Sag, timer):
    sag.section("ansaettelse")["ugentlig_arbejdstid"] = _d(timer)


@givet("den overenskomstmæssige arbejdstid er {timer:Tal} timer om ugen",
       "Og den overenskomstmæssige arbejdstid er 40 timer om ugen")
def _normaltid(sag: Sag, timer):
    sag.section("ansaettelse")["overenskomstmaessig_ugentlig_arbejdstid"] = _d(timer)


def _seneste_6_maaneder(first_day: dt.date) -> list[str]:
    year, month = first_day.year, first_day.month
    out: list[str] = []
    for _ in range(6):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        out.insert(0, f"{year}-{month:02d}")
    return out


@givet("borgeren har arbejdet {timer:Tal} timer om måneden i de seneste 6 måneder",
       "Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder")
def _timer_pr_maaned(sag: Sag, timer):
    def fill(case: dict):
        first = dt.date.fromisoformat(case["fravaer"]["foerste_fravaersdag"])
        case["beskaeftigelse_seneste_6_maaneder"] = [{"maaned": m, "timer": _d(timer)}
                                                     for m in _seneste_6_maaneder(first)]
    sag.deferred.append(fill)


LOENTIMER_KOLONNER = ["måned", "timer"]


@givet("borgeren har disse løntimer i indkomstregisteret:",
       "Og borgeren har disse løntimer i indkomstregisteret:\n  | måned   | timer |\n  | 2023-10 | 40    |",
       table=True)
def _loentimer(sag: Sag, datatable):
    header, *rows = datatable
    if [h.strip() for h in header] != LOENTIMER_KOLONNER:
        raise ValueError("tabellen over løntimer skal have kolonnerne | " + " | ".join(LOENTIMER_KOLONNER) + " |")
    sag.case["beskaeftigelse_seneste_6_maaneder"] = [
        {"maaned": dk.parse_cell(m, "Maaned"), "timer": _d(dk.parse_cell(t, "Tal"))} for m, t in rows]


@givet("borgeren ville have haft ret til arbejdsløshedsdagpenge",
       "Og borgeren ville have haft ret til arbejdsløshedsdagpenge")
def _ville_have_dagpenge(sag: Sag):
    sag.case["ville_have_ret_til_arbejdsloeshedsdagpenge"] = True


@givet("borgeren afsluttede {dato:Dato} en erhvervsmæssig uddannelse på {maaneder:Heltal} måneder",
       "Og borgeren afsluttede 2024-03-20 en erhvervsmæssig uddannelse på 36 måneder")
def _uddannelse(sag: Sag, dato, maaneder):
    sag.case["uddannelse"] = {"afsluttet": dato.isoformat(), "varighed_maaneder": maaneder}


@givet("borgeren er delvis sygemeldt med {timer:Tal} fraværstimer om ugen",
       "Og borgeren er delvis sygemeldt med 4 fraværstimer om ugen")
def _delvis(sag: Sag, timer):
    sag.section("fravaer")["delvis"] = {"fravaerstimer_pr_uge": _d(timer)}


@givet("den selvstændige kan udføre {evne:Evne} af sit normale arbejde",
       "Og den selvstændige kan udføre højst halvdelen af sit normale arbejde")
def _delvis_selvstaendig(sag: Sag, evne):
    sag.section("fravaer")["delvis"] = {"selvstaendig_kan_udfoere": evne}


@givet("arbejdsgiveren betaler løn på {beloeb:Kr} om ugen under fraværet",
       "Og arbejdsgiveren betaler løn på 4.800,00 kr. om ugen under fraværet")
def _loen(sag: Sag, beloeb):
    a = sag.section("ansaettelse")
    a["arbejdsgiver_betaler_loen"] = True
    a["loen_pr_uge_under_fravaer"] = _m(beloeb)


@givet("arbejdsgiveren har en sygedagpengeforsikring efter § 55",
       "Og arbejdsgiveren har en sygedagpengeforsikring efter § 55")
def _forsikret_55(sag: Sag):
    sag.section("ansaettelse")["arbejdsgiver_forsikret_55"] = True


@givet("der er indgået en § 56-aftale for sygdommen", "Og der er indgået en § 56-aftale for sygdommen")
def _aftale_56(sag: Sag):
    sag.section("ansaettelse")["aftale_56"] = True


@givet("borgeren sygemeldte sig til arbejdsgiveren {dato:Dato}",
       "Og borgeren sygemeldte sig til arbejdsgiveren 2024-04-01")
def _til_arbejdsgiver(sag: Sag, dato):
    sag.section("anmeldelser")["borger_til_arbejdsgiver"] = dato.isoformat()


@givet("arbejdsgiveren anmeldte fraværet til kommunen {dato:Dato}",
       "Og arbejdsgiveren anmeldte fraværet til kommunen 2024-05-06")
def _arbejdsgiver_til_kommune(sag: Sag, dato):
    sag.section("anmeldelser")["arbejdsgiver_til_kommune"] = dato.isoformat()


@givet("borgeren fik underretningsbrev {dato:Dato}", "Og borgeren fik underretningsbrev 2024-05-07")
def _underretningsbrev(sag: Sag, dato):
    sag.section("anmeldelser")["underretningsbrev"] = dato.isoformat()


@givet("borgeren sendte anmodning til kommunen {dato:Dato}", "Og borgeren sendte anmodning til kommunen 2024-05-15")
def _til_kommune(sag: Sag, dato):
    sag.section("anmeldelser")["borger_til_kommune"] = dato.isoformat()


@givet("der er undskyldende forhold for den sene anmodning",
       "Og der er undskyldende forhold for den sene anmodning")
def _undskyldende(sag: Sag):
    sag.section("anmeldelser")["undskyldende_forhold"] = True


@givet("der er grund til dispensation for arbejdsgiverens sene anmeldelse",
       "Og der er grund til dispensation for arbejdsgiverens sene anmeldelse")
def _dispensation(sag: Sag):
    sag.section("anmeldelser")["refusion_dispensation"] = True


@givet("borgeren har tidligere været syg fra {fra:Dato} til {til:Dato}",
       "Og borgeren har tidligere været syg fra 2024-01-02 til 2024-03-29")
def _tidligere(sag: Sag, fra, til):
    sag.case.setdefault("tidligere_sygeperioder", []).append({"fra": fra.isoformat(), "til": til.isoformat()})


@givet("kommunen har {dato:Dato} forlænget sygedagpengene efter § 27, stk. 1, nr. {nr:Heltal}",
       "Og kommunen har 2024-08-20 forlænget sygedagpengene efter § 27, stk. 1, nr. 3")
def _forlaengelse(sag: Sag, dato, nr):
    if nr not in FORLAENGELSE:
        raise ValueError(f"§ 27, stk. 1 har ikke et nr. {nr}")
    sag.case.setdefault("forlaengelser", []).append({"grund": FORLAENGELSE[nr], "afgoerelsesdato": dato.isoformat()})


@givet("borgeren gik syg hjem fra arbejdet {dato:Dato}", "Og borgeren gik syg hjem fra arbejdet 2026-03-03")
def _syg_under_arbejde(sag: Sag, dato):
    f = sag.section("fravaer")
    f["foerste_fravaersdag"] = dato.isoformat()
    f["foerste_dag_delvis"] = True


@givet("fra {dato:Dato} er borgeren sygemeldt {timer:Tal} timer om ugen",
       "Og fra 2026-03-16 er borgeren sygemeldt 20 timer om ugen")
def _gradvis(sag: Sag, dato, timer):
    sag.section("fravaer").setdefault("gradvis", []).append({"fra": dato.isoformat(), "fravaerstimer_pr_uge": _d(timer)})


@givet("borgeren holder ferie {aftalt:Aftalt} fra {fra:Dato} til {til:Dato}",
       "Og borgeren holder ferie aftalt med kommunen fra 2026-07-06 til 2026-07-17")
def _ferie(sag: Sag, aftalt, fra, til):
    sag.section("fravaer").setdefault("ferie", []).append(
        {"fra": fra.isoformat(), "til": til.isoformat(), "aftalt_med_kommunen": aftalt})


@givet("ansættelsen ophører {dato:Dato}", "Og ansættelsen ophører 2026-03-13")
def _ansaettelse_ophoerer(sag: Sag, dato):
    sag.section("ansaettelse")["sidste_ansaettelsesdag"] = dato.isoformat()


@givet("borgeren er medlem af en a-kasse og kan få {sats:Kr} om dagen i dagpenge efter ophøret",
       "Og borgeren er medlem af en a-kasse og kan få 950,00 kr. om dagen i dagpenge efter ophøret")
def _akasse_efter_ophoer(sag: Sag, sats):
    sag.section("ansaettelse")["dagpengesats_efter_ophoer"] = _m(sats)


ANDRE_KOLONNER = ["id", "ansat siden", "arbejdstimer i 8 uger", "timefortjeneste", "timer om ugen", "fraværstimer",
                  "løn under fravær"]
INGEN = "-"  # a cell of a fact the employment does not have (no absent hours, no salary during the absence)


@givet("borgeren er også ansat her:",
       "Og borgeren er også ansat her:\n  | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen "
       "| fraværstimer | løn under fravær |\n  | B | 2026-02-02 | 56 | 140,00 kr. | 7 | - | - |", table=True)
def _andre_ansaettelser(sag: Sag, datatable):
    header, *rows = datatable
    if [h.strip() for h in header] != ANDRE_KOLONNER:
        raise ValueError("tabellen over andre ansættelser skal have kolonnerne | " + " | ".join(ANDRE_KOLONNER) + " |")
    for row in rows:
        jid, ansat, timer8, tf, uge, fravaer, loen = (c.strip() for c in row)
        a: dict = {"id": jid, "ansat_fra": dk.parse_cell(ansat, "Dato").isoformat(),
                   "timer_seneste_8_uger": [{"art": "arbejde", "timer": _d(dk.parse_cell(timer8, "Tal"))}],
                   "timefortjeneste": _m(dk.parse_cell(tf, "Kr")), "ugentlig_arbejdstid": _d(dk.parse_cell(uge, "Tal"))}
        if fravaer != INGEN:
            a["fravaerstimer_pr_uge"] = _d(dk.parse_cell(fravaer, "Tal"))
        if loen != INGEN:
            a["arbejdsgiver_betaler_loen"] = True
            a["loen_pr_uge_under_fravaer"] = _m(dk.parse_cell(loen, "Kr"))
        sag.case.setdefault("andre_ansaettelser", []).append(a)


@givet("borgeren driver også selvstændig virksomhed {forsikring:Forsikring}",
       "Og borgeren driver også selvstændig virksomhed uden forsikring")
def _ogsaa_selvstaendig(sag: Sag, forsikring):
    sag.section("selvstaendig")["forsikring"] = forsikring


@givet("borgeren er født {dato:Dato}", "Og borgeren er født 1959-03-15")
def _foedt(sag: Sag, dato):
    sag.case["foedselsdato"] = dato.isoformat()


# ---------------------------------------------------------------------------------------------------- Når --

WHEN_PATTERN = "sagen afgøres"
GRAMMAR.append(StepDef("when", WHEN_PATTERN, lambda: None, "Når sagen afgøres", types=TYPES, uses_sag=False))


# ----------------------------------------------------------------------------------------------------- Så --

@saa([("har borgeren ret til sygedagpenge fra {hvem:Betaler}", {"har": True}),
      ("borgeren har ret til sygedagpenge fra {hvem:Betaler}", {"har": True}),
      ("har borgeren ikke ret til sygedagpenge fra {hvem:Betaler}", {"har": False}),
      ("borgeren har ikke ret til sygedagpenge fra {hvem:Betaler}", {"har": False})],
     "Så har borgeren ret til sygedagpenge fra arbejdsgiveren")
def _ret(d: dict, har, hvem):
    actual = d[hvem]["ret"]
    if actual != har:
        who = "arbejdsgiveren" if hvem == "ret_arbejdsgiver" else "kommunen"
        fail(f"borgeren {'har' if actual else 'har ikke'} ret til sygedagpenge fra {who} "
              f"(årsager: {', '.join(d[hvem]['aarsager']) or 'ingen'}), men skulle {'' if har else 'ikke '}have ret")


@saa(["er arbejdsgiverperioden {fra:Dato} til {til:Dato}", "arbejdsgiverperioden er {fra:Dato} til {til:Dato}"],
     "Og arbejdsgiverperioden er 2024-04-01 til 2024-04-30")
def _agp(d: dict, fra, til):
    p = d["arbejdsgiverperiode"]
    if p is None or (p["fra"], p["til"]) != (fra.isoformat(), til.isoformat()):
        shown = "ingen" if p is None else f"{p['fra']} til {p['til']}"
        fail(f"arbejdsgiverperioden er {shown}, men skulle være {fra} til {til}")


@saa(["er der ingen arbejdsgiverperiode", "der er ingen arbejdsgiverperiode"], "Og der er ingen arbejdsgiverperiode")
def _ingen_agp(d: dict):
    p = d["arbejdsgiverperiode"]
    if p is not None:
        fail(f"arbejdsgiverperioden er {p['fra']} til {p['til']}, men der skulle ikke være nogen")


@saa(["betaler kommunen sygedagpenge fra {dato:Dato}", "kommunen betaler sygedagpenge fra {dato:Dato}"],
     "Så betaler kommunen sygedagpenge fra 2024-05-01")
def _betaler_fra(d: dict, dato):
    k = d["kommune_betaler_fra"]
    if k is None or k["dato"] != dato.isoformat():
        fail(f"kommunen betaler {'ikke' if k is None else 'fra ' + k['dato']}, men skulle betale fra {dato}")


@saa(["betaler kommunen ikke sygedagpenge", "kommunen betaler ikke sygedagpenge"],
     "Så betaler kommunen ikke sygedagpenge")
def _betaler_ikke(d: dict):
    k = d["kommune_betaler_fra"]
    if k is not None:
        fail(f"kommunen betaler sygedagpenge fra {k['dato']}, men skulle ikke betale")
    if Decimal(d["udbetalt_i_alt"]["beloeb"]) != 0:
        fail(f"kommunen har udbetalt {dk.format_kr(d['udbetalt_i_alt']['beloeb'])}, men skulle ikke betale")


def _satsperiode(d: dict, dato: dt.date | None) -> dict:
    perioder = d["satsperioder"]
    if dato is None:
        if not perioder:
            fail("der er ingen satsperiode, men der skulle være et ugebeløb")
        if len({p["ugebeloeb"] for p in perioder}) > 1:
            fail("ugebeløbet skifter undervejs; sig 'ugebeløbet fra <dato> er …' i stedet")
        return perioder[0]
    for p in perioder:
        if p["fra"] <= dato.isoformat() <= p["til"]:
            return p
    fail(f"der er ingen satsperiode, der omfatter {dato}")


@saa(["er ugebeløbet {beloeb:Kr}", "ugebeløbet er {beloeb:Kr}"], "Og ugebeløbet er 4.084,80 kr.")
def _ugebeloeb(d: dict, beloeb):
    eq_kr(_satsperiode(d, None)["ugebeloeb"], beloeb, "ugebeløbet")


@saa(["er ugebeløbet fra {dato:Dato} {beloeb:Kr}", "ugebeløbet fra {dato:Dato} er {beloeb:Kr}"],
     "Og ugebeløbet fra 2026-01-05 er 5.085,00 kr.")
def _ugebeloeb_fra(d: dict, dato, beloeb):
    eq_kr(_satsperiode(d, dato)["ugebeloeb"], beloeb, f"ugebeløbet den {dato}")


@saa(["er det højeste beløb fra {dato:Dato} {beloeb:Kr} om ugen",
      "det højeste beløb fra {dato:Dato} er {beloeb:Kr} om ugen"],
     "Og det højeste beløb fra 2026-01-05 er 5.085,00 kr. om ugen")
def _loft_fra(d: dict, dato, beloeb):
    eq_kr(_satsperiode(d, dato)["loft_pr_uge"], beloeb, f"det højeste beløb den {dato}")


@saa([("er ugebeløbet begrænset af det højeste beløb", {"er": True}),
      ("ugebeløbet er begrænset af det højeste beløb", {"er": True}),
      ("er ugebeløbet ikke begrænset af det højeste beløb", {"er": False}),
      ("ugebeløbet er ikke begrænset af det højeste beløb", {"er": False})],
     "Og ugebeløbet er begrænset af det højeste beløb")
def _loft_anvendt(d: dict, er):
    if not d["satsperioder"]:
        fail("der er ingen satsperiode")
    for p in d["satsperioder"]:
        if p["loft_anvendt"] != er:
            fail(f"ugebeløbet fra {p['fra']} {'er' if p['loft_anvendt'] else 'er ikke'} begrænset af det højeste "
                  f"beløb, men skulle {'' if er else 'ikke '}være det")


def _ugepost(poster: list[dict], uge: str) -> dict | None:
    for p in poster:
        if p["uge"] == uge:
            return p
    return None


@saa(["er udbetalingen for uge {uge:Uge} {beloeb:Kr}", "udbetalingen for uge {uge:Uge} er {beloeb:Kr}"],
     "Og udbetalingen for uge 2024-W14 er 3.267,84 kr.")
def _udbetaling_uge(d: dict, uge, beloeb):
    p = _ugepost(d["udbetalinger"], uge)
    eq_kr(p["beloeb"] if p else "0.00", beloeb, f"udbetalingen for uge {uge}")


@saa(["dækker udbetalingen for uge {uge:Uge} {dage:Heltal} dage", "udbetalingen for uge {uge:Uge} dækker {dage:Heltal} dage"],
     "Og udbetalingen for uge 2026-W41 dækker 2 dage")
def _udbetaling_dage(d: dict, uge, dage):
    """The days a week's row pays (no row: 0 days), so that a week paying nothing has no row of 0,00 kr."""
    p = _ugepost(d["udbetalinger"], uge)
    got = p["dage"] if p else 0
    if got != dage:
        fail(f"udbetalingen for uge {uge} dækker {got} dage, forventet {dage}")


@saa(["er der udbetalt {beloeb:Kr} i alt", "der er udbetalt {beloeb:Kr} i alt"],
     "Og der er udbetalt 18.790,08 kr. i alt")
def _udbetalt(d: dict, beloeb):
    eq_kr(d["udbetalt_i_alt"]["beloeb"], beloeb, "det udbetalte i alt")


@saa(["er refusionen til arbejdsgiveren {beloeb:Kr} i alt", "refusionen til arbejdsgiveren er {beloeb:Kr} i alt"],
     "Og refusionen til arbejdsgiveren er 8.169,60 kr. i alt")
def _refusion(d: dict, beloeb):
    eq_kr(d["refusion_i_alt"]["beloeb"], beloeb, "refusionen til arbejdsgiveren i alt")


@saa(["er refusionen for uge {uge:Uge} {beloeb:Kr}", "refusionen for uge {uge:Uge} er {beloeb:Kr}"],
     "Og refusionen for uge 2024-W19 er 4.084,80 kr.")
def _refusion_uge(d: dict, uge, beloeb):
    p = _ugepost(d["refusion"], uge)
    eq_kr(p["beloeb"] if p else "0.00", beloeb, f"refusionen for uge {uge}")


@saa(["er revurderingstidspunktet {dato:Dato}", "revurderingstidspunktet er {dato:Dato}"],
     "Og revurderingstidspunktet er 2024-09-12")
def _revurdering(d: dict, dato):
    r = d["varighed"]["revurderingstidspunkt"]
    if r != dato.isoformat():
        fail(f"revurderingstidspunktet er {r or 'ikke nået'}, men skulle være {dato}")


@saa(["er revurderingstidspunktet ikke nået", "revurderingstidspunktet er ikke nået"],
     "Og revurderingstidspunktet er ikke nået")
def _ingen_revurdering(d: dict):
    r = d["varighed"]["revurderingstidspunkt"]
    if r is not None:
        fail(f"revurderingstidspunktet er {r}, men skulle ikke være nået")


@saa(["er sidste betalingsdag {dato:Dato}", "sidste betalingsdag er {dato:Dato}"],
     "Og sidste betalingsdag er 2024-09-30")
def _sidste_betalingsdag(d: dict, dato):
    s = d["varighed"]["sidste_betalingsdag"]
    if s != dato.isoformat():
        fail(f"sidste betalingsdag er {s or 'ingen'}, men skulle være {dato}")


@saa(["ophører udbetalingen på grund af {aarsag:Ophoer}", "udbetalingen ophører på grund af {aarsag:Ophoer}"],
     "Og udbetalingen ophører på grund af varighedsbegrænsningen")
def _ophoer(d: dict, aarsag):
    actual = d["varighed"]["ophoersaarsag"]
    if actual != aarsag:
        names = {v: k for k, v in OPHOER.items()}
        fail(f"udbetalingen ophører på grund af {names.get(actual, actual)}, men skulle ophøre på grund af "
              f"{names[aarsag]}")


@saa(["er sygedagpengene forlænget efter § 27, stk. 1, nr. {nr:Heltal}",
      "sygedagpengene er forlænget efter § 27, stk. 1, nr. {nr:Heltal}"],
     "Og sygedagpengene er forlænget efter § 27, stk. 1, nr. 3")
def _forlaenget(d: dict, nr):
    f = d["varighed"]["forlaengelse"]
    if f is None or FORLAENGELSE.get(nr) not in f:
        fail(f"sygedagpengene er {'ikke forlænget' if f is None else 'forlænget efter ' + f}, "
              f"men skulle være forlænget efter § 27, stk. 1, nr. {nr}")


@saa(["er sygedagpengene ikke forlænget", "sygedagpengene er ikke forlænget"], "Og sygedagpengene er ikke forlænget")
def _ikke_forlaenget(d: dict):
    f = d["varighed"]["forlaengelse"]
    if f is not None:
        fail(f"sygedagpengene er forlænget efter {f}, men skulle ikke være forlænget")


@saa(["er årsagen, at {aarsag:Aarsag}", "årsagen er, at {aarsag:Aarsag}"],
     "Og årsagen er, at borgeren har arbejdet under 74 timer")
def _aarsag(d: dict, aarsag):
    found = d["ret_arbejdsgiver"]["aarsager"] + d["ret_kommune"]["aarsager"]
    if aarsag not in found:
        names = {v: k for k, v in AARSAGER.items()}
        shown = "; ".join(names.get(c, c) for c in found) or "ingen"
        fail(f"afgørelsens årsager er: {shown} — men årsagen skulle være, at {names[aarsag]}")


def _frist(d: dict, hvilken: tuple[str, ...]) -> dict:
    for f in d["frister"]:
        if any(f["hjemmel"].startswith(f"sygedagpengeloven {p}") for p in hvilken):
            return f
    fail(f"afgørelsen har ingen frist efter {' eller '.join(hvilken)}")


@saa([("er fristen for {frist:Frist} {dato:Dato} og er overholdt", {"overholdt": True}),
      ("fristen for {frist:Frist} er {dato:Dato} og er overholdt", {"overholdt": True}),
      ("er fristen for {frist:Frist} {dato:Dato} og er ikke overholdt", {"overholdt": False}),
      ("fristen for {frist:Frist} er {dato:Dato} og er ikke overholdt", {"overholdt": False})],
     "Og fristen for borgerens anmodning er 2024-05-21 og er overholdt")
def _frist_step(d: dict, frist, dato, overholdt):
    f = _frist(d, frist)
    if f["frist"] != dato.isoformat():
        fail(f"fristen efter {f['hjemmel']} er {f['frist']}, men skulle være {dato}")
    if f["overholdt"] != overholdt:
        fail(f"fristen efter {f['hjemmel']} er {'overholdt' if f['overholdt'] else 'ikke overholdt'}, men skulle "
              f"{'' if overholdt else 'ikke '}være overholdt")


@saa(["er alle beløb og datoer i afgørelsen begrundet", "alle beløb og datoer i afgørelsen er begrundet"],
     "Og alle beløb og datoer i afgørelsen er begrundet")
def _begrundet(d: dict):
    steps = d.get("begrundelse")
    if not isinstance(steps, list) or not steps:
        fail("afgørelsen har ingen begrundelse, så intet beløb eller nogen dato kan føres tilbage til en regel")
    ids = {s.get("id") for s in steps if isinstance(s, dict)}
    missing = []

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "trin" and isinstance(v, str) and v not in ids:
                    missing.append(f"{path}.trin")
                elif k != "begrundelse":
                    walk(v, f"{path}.{k}" if path else k)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")

    walk(d, "")
    if missing:
        fail(f"{len(missing)} beløb eller datoer peger på et trin, der ikke findes i begrundelsen (fx {missing[0]})")


@saa(["begynder jobafklaringsforløbet {dato:Dato}", "jobafklaringsforløbet begynder {dato:Dato}"],
     "Og jobafklaringsforløbet begynder 2026-10-01")
def _jobafklaring(d: dict, dato):
    j = d["varighed"]["jobafklaring_fra"]
    if j is None or j["dato"] != dato.isoformat():
        fail(f"jobafklaringsforløbet begynder {'ikke' if j is None else j['dato']}, men skulle begynde {dato}")


@saa(["er der intet jobafklaringsforløb", "der er intet jobafklaringsforløb"], "Og der er intet jobafklaringsforløb")
def _intet_jobafklaring(d: dict):
    j = d["varighed"]["jobafklaring_fra"]
    if j is not None:
        fail(f"jobafklaringsforløbet begynder {j['dato']}, men der skulle ikke være noget")


def _del(d: dict, jid: str) -> dict:
    for x in d.get("andre_ansaettelser", []):
        if x["id"] == jid:
            return x
    fail(f"afgørelsen har ingen del for ansættelse {jid}")


@saa([("har borgeren ret til sygedagpenge fra {hvem:Betaler} for ansættelse {jid:Id}", {"har": True}),
      ("borgeren har ret til sygedagpenge fra {hvem:Betaler} for ansættelse {jid:Id}", {"har": True}),
      ("har borgeren ikke ret til sygedagpenge fra {hvem:Betaler} for ansættelse {jid:Id}", {"har": False}),
      ("borgeren har ikke ret til sygedagpenge fra {hvem:Betaler} for ansættelse {jid:Id}", {"har": False})],
     "Og borgeren har ret til sygedagpenge fra arbejdsgiveren for ansættelse B")
def _ret_del(d: dict, har, hvem, jid):
    _ret(_del(d, jid), har=har, hvem=hvem)


@saa([("har borgeren ret til sygedagpenge fra kommunen for den selvstændige virksomhed", {"har": True}),
      ("borgeren har ret til sygedagpenge fra kommunen for den selvstændige virksomhed", {"har": True}),
      ("har borgeren ikke ret til sygedagpenge fra kommunen for den selvstændige virksomhed", {"har": False}),
      ("borgeren har ikke ret til sygedagpenge fra kommunen for den selvstændige virksomhed", {"har": False})],
     "Og borgeren har ikke ret til sygedagpenge fra kommunen for den selvstændige virksomhed")
def _ret_selvstaendig(d: dict, har):
    _ret(_del(d, "selvstaendig"), har=har, hvem="ret_kommune")


@saa(["er arbejdsgiverperioden for ansættelse {jid:Id} {fra:Dato} til {til:Dato}",
      "arbejdsgiverperioden for ansættelse {jid:Id} er {fra:Dato} til {til:Dato}"],
     "Og arbejdsgiverperioden for ansættelse B er 2026-03-02 til 2026-03-31")
def _agp_del(d: dict, jid, fra, til):
    _agp(_del(d, jid), fra=fra, til=til)


@saa(["er der ingen arbejdsgiverperiode for ansættelse {jid:Id}", "der er ingen arbejdsgiverperiode for ansættelse {jid:Id}"],
     "Og der er ingen arbejdsgiverperiode for ansættelse B")
def _ingen_agp_del(d: dict, jid):
    _ingen_agp(_del(d, jid))


@saa(["betaler kommunen sygedagpenge for ansættelse {jid:Id} fra {dato:Dato}",
      "kommunen betaler sygedagpenge for ansættelse {jid:Id} fra {dato:Dato}"],
     "Og kommunen betaler sygedagpenge for ansættelse B fra 2026-03-02")
def _betaler_fra_del(d: dict, jid, dato):
    k = _del(d, jid)["kommune_betaler_fra"]
    if k is None or k["dato"] != dato.isoformat():
        fail(f"kommunen betaler for ansættelse {jid} {'ikke' if k is None else 'fra ' + k['dato']}, men skulle "
              f"betale fra {dato}")


@saa(["er refusionen til arbejdsgiveren for ansættelse {jid:Id} {beloeb:Kr} i alt",
      "refusionen til arbejdsgiveren for ansættelse {jid:Id} er {beloeb:Kr} i alt"],
     "Og refusionen til arbejdsgiveren for ansættelse B er 1.803,20 kr. i alt")
def _refusion_del(d: dict, jid, beloeb):
    eq_kr(_del(d, jid)["refusion_i_alt"]["beloeb"], beloeb, f"refusionen for ansættelse {jid} i alt")


@saa(["er ugebeløbet for ansættelse {jid:Id} {beloeb:Kr}", "ugebeløbet for ansættelse {jid:Id} er {beloeb:Kr}"],
     "Og ugebeløbet for ansættelse B er 901,60 kr.")
def _ugebeloeb_del(d: dict, jid, beloeb):
    eq_kr(_satsperiode(_del(d, jid), None)["ugebeloeb"], beloeb, f"ugebeløbet for ansættelse {jid}")


@saa(["er ugebeløbet for den selvstændige virksomhed {beloeb:Kr}",
      "ugebeløbet for den selvstændige virksomhed er {beloeb:Kr}"], "Og ugebeløbet for den selvstændige virksomhed er 3.390,00 kr.")
def _ugebeloeb_selvstaendig(d: dict, beloeb):
    eq_kr(_satsperiode(_del(d, "selvstaendig"), None)["ugebeloeb"], beloeb, "ugebeløbet for den selvstændige virksomhed")
