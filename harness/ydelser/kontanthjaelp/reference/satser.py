"""Which sats and which tillæg a person gets in a month, under the law of that month.

Before 1 July 2025: aktivloven § 25, stk. 2 (fyldt 30) and stk. 3 (under 30), without aktivitetstillæg.
From 1 July 2025: § 16 (mindstesats, grundsats, forhøjet sats, hjemmeboende) and the tillæg in §§ 17-19.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from harness.toolkit.parametre import Value
from harness.ydelser.kontanthjaelp.contract import Person

from . import parametre as P
from .forklaring import Forklaring, kr
from .tilstand import Maaned, PersonMaaned

HJEMMEL_FOER = {
    "fyldt30_forsoerger": "aktivloven § 25, stk. 2, nr. 1",
    "fyldt30_andre": "aktivloven § 25, stk. 2, nr. 2",
    "u30_enlig_forsoerger": "aktivloven § 25, stk. 3, nr. 1",
    "u30_forsoerger_uden_ekstra_boernetilskud": "aktivloven § 25, stk. 3, nr. 2",
    "u30_gravid": "aktivloven § 25, stk. 3, nr. 3",
    "u30_psykisk_syg_forsoerger": "aktivloven § 25, stk. 3, nr. 4",
    "u30_psykisk_syg_udeboende": "aktivloven § 25, stk. 3, nr. 5",
    "u30_udeboende": "aktivloven § 25, stk. 3, nr. 6 og 8",
    "u30_hjemmeboende": "aktivloven § 25, stk. 3, nr. 7 og 9",
    # uddannelseshjælp (§ 23, stk. 2) to persons under 30 without an erhvervskompetencegivende uddannelse
    "uh_enlig_forsoerger": "aktivloven § 23, stk. 2, nr. 1",
    "uh_forsoerger_uden_ekstra_boernetilskud": "aktivloven § 23, stk. 2, nr. 2",
    "uh_gravid": "aktivloven § 23, stk. 2, nr. 3",
    "uh_psykisk_syg_forsoerger": "aktivloven § 23, stk. 2, nr. 4",
    "uh_psykisk_syg_udeboende": "aktivloven § 23, stk. 2, nr. 5",
    "uh_udeboende": "aktivloven § 23, stk. 2, nr. 6 og 8",
    "uh_hjemmeboende": "aktivloven § 23, stk. 2, nr. 7 og 9",
}
# Where each category's amount is: (parameter family, key). § 23, stk. 2, nr. 3-5 and § 25, stk. 3, nr. 3-5 equal the
# § 25, stk. 2 levels in every official year (bm.dk 2016, 2019, 2020, 2023), so they are read from there.
BELOEB_FOER = {
    "uh_enlig_forsoerger": ("uddannelseshjaelp", "enlig_forsoerger"),
    "uh_forsoerger_uden_ekstra_boernetilskud": ("uddannelseshjaelp", "forsoerger_uden_ekstra_boernetilskud"),
    "uh_udeboende": ("uddannelseshjaelp", "udeboende"),
    "uh_hjemmeboende": ("uddannelseshjaelp", "hjemmeboende"),
    "uh_gravid": ("sats_foer_2025_07", "fyldt30_andre"),
    "uh_psykisk_syg_forsoerger": ("sats_foer_2025_07", "fyldt30_forsoerger"),
    "uh_psykisk_syg_udeboende": ("sats_foer_2025_07", "fyldt30_andre"),
    "u30_gravid": ("sats_foer_2025_07", "fyldt30_andre"),
    "u30_psykisk_syg_forsoerger": ("sats_foer_2025_07", "fyldt30_forsoerger"),
    "u30_psykisk_syg_udeboende": ("sats_foer_2025_07", "fyldt30_andre"),
}
# The SU-level satser of uddannelseshjælp: § 13 g, stk. 1, nr. 2 spares them the 225-reduction; § 24 gives them the
# aktivitetstillæg (not nr. 3-5, § 24, stk. 4).
SU_NIVEAU = ("uh_enlig_forsoerger", "uh_forsoerger_uden_ekstra_boernetilskud", "uh_udeboende", "uh_hjemmeboende")
HJEMMEL_FRA = {
    "mindstesats": "aktivloven § 16, stk. 2",
    "grundsats": "aktivloven § 16, stk. 1, nr. 1",
    "forhoejet": "aktivloven § 16, stk. 1, nr. 2",
    "hjemmeboende": "aktivloven § 16, stk. 1, nr. 3",
}


def kategorier_foer(alder: int, forsoerger: bool, enlig: bool, ekstra_boernetilskud: bool, hjemmeboende: bool,
                    uddannelse: bool = True, gravid: bool = False, psykisk: bool = False) -> list[str]:
    """Every § 25 / § 23 category the person fits in the month (the highest amount applies, FT-KH-KATEGORI-FOER)."""
    if alder >= 30:
        return ["fyldt30_forsoerger" if forsoerger else "fyldt30_andre"]
    p = "u30" if uddannelse else "uh"
    ud: list[str] = []
    if forsoerger:
        ud.append(f"{p}_enlig_forsoerger" if enlig and ekstra_boernetilskud else f"{p}_forsoerger_uden_ekstra_boernetilskud")
    else:
        ud.append(f"{p}_hjemmeboende" if hjemmeboende else f"{p}_udeboende")
    if gravid:
        ud.append(f"{p}_gravid")
    if psykisk and forsoerger:
        ud.append(f"{p}_psykisk_syg_forsoerger")
    if psykisk and not forsoerger and not hjemmeboende:
        ud.append(f"{p}_psykisk_syg_udeboende")
    return ud


def kategori_fra(alder: int, forsoerger: bool, person: Person) -> str:
    if not person.opfylder_opholds_og_beskaeftigelseskrav:
        return "mindstesats"
    if alder < 30 and person.hjemmeboende and not forsoerger:
        return "hjemmeboende"
    if alder >= 30 or (alder >= 25 and person.har_2_5_aars_beskaeftigelse):
        return "forhoejet"
    return "grundsats"


def beloeb_foer(d: dt.date, kat: str) -> Value:
    familie, noegle = BELOEB_FOER.get(kat, ("sats_foer_2025_07", kat))
    return P.p(familie, d).value(noegle)


def voksenniveau(d: dt.date, x: PersonMaaned, n_boern: int) -> bool:
    """The hjælp incl. tillæg is at the § 25, stk. 2 level of the person's forsørger status (the voksensats): the
    test of § 13 g, stk. 1, nr. 1 and § 25 b, stk. 1 ('med et beløb svarende til satserne i § 25, stk. 2'; borger.dk:
    'inklusive evt. barsels- eller aktivitetstillæg')."""
    niveau = P.p("sats_foer_2025_07", d).get("fyldt30_forsoerger" if n_boern else "fyldt30_andre")
    return x.fuld >= niveau


def _sats(f: Forklaring, k: Maaned, x: PersonMaaned, enlig: bool, ekstra_boernetilskud: bool, kat: str, v: Value,
          hjemmel: str, ft: list[str]) -> tuple[str, Decimal, str]:
    beloeb, rolle, alder, n_boern, person = v.vaerdi, x.rolle, x.alder, k.n_boern, x.person

    def detaljer() -> tuple[dict, dict]:
        ind = {"rolle": rolle, "alder": alder, "boern_under_18": n_boern, "enlig": enlig,
               "ekstra_boernetilskud": ekstra_boernetilskud, "hjemmeboende": person.hjemmeboende,
               "opfylder_opholds_og_beskaeftigelseskrav": person.opfylder_opholds_og_beskaeftigelseskrav,
               "har_2_5_aars_beskaeftigelse": person.har_2_5_aars_beskaeftigelse}
        if kat.startswith(("uh_", "u30_gravid", "u30_psykisk")):   # the facts only these categories rest on
            ind |= {"erhvervskompetencegivende_uddannelse": person.erhvervskompetencegivende_uddannelse,
                    "gravid": x.gravid, "psykisk_lidelse": person.psykisk_lidelse}
        return ind, {"kategori": kat, "beloeb": f"{beloeb:f}"}
    return kat, beloeb, f.add("KH-SATS", hjemmel, detaljer, [v], ft)


def sats_foer(f: Forklaring, k: Maaned, x: PersonMaaned, enlig: bool, ekstra_boernetilskud: bool) -> tuple[str, Decimal, str]:
    """§ 25, stk. 2-3, or § 23, stk. 2 (uddannelseshjælp): (kategori, beløb, trin) for one person who applies."""
    p = x.person
    kats = kategorier_foer(x.alder, k.n_boern > 0, enlig, ekstra_boernetilskud, p.hjemmeboende,
                           p.erhvervskompetencegivende_uddannelse, x.gravid, p.psykisk_lidelse)
    valgt = max(((kat, beloeb_foer(k.d, kat)) for kat in kats), key=lambda kv: kv[1].vaerdi)  # first of equals
    kat, v = valgt
    ft = ["FT-KH-ALDER", "FT-KH-FORSOERGER", "FT-KH-KATEGORI-FOER"] + (["FT-KH-UDDANNELSESHJAELP"] if kat.startswith("uh_") else [])
    return _sats(f, k, x, enlig, ekstra_boernetilskud, kat, v, HJEMMEL_FOER[kat], ft)


def sats_fra(f: Forklaring, k: Maaned, x: PersonMaaned, enlig: bool, ekstra_boernetilskud: bool) -> tuple[str, Decimal, str]:
    """§ 16: (kategori, beløb, trin) for one person who applies for hjælp."""
    kat = kategori_fra(x.alder, k.n_boern > 0, x.person)
    return _sats(f, k, x, enlig, ekstra_boernetilskud, kat, P.p("sats_fra_2025_07", k.d).value(kat), HJEMMEL_FRA[kat],
                 ["FT-KH-ALDER", "FT-KH-FORSOERGER", "FT-KH-KATEGORI-FRA"])


AKTIVITETSTILLAEG = {"uh_enlig_forsoerger": ("aktivitetstillaeg_enlig_forsoerger", "nr. 1"),
                     "uh_forsoerger_uden_ekstra_boernetilskud": ("aktivitetstillaeg_forsoerger_uden_ekstra_boernetilskud", "nr. 2")}


def aktivitetstillaeg(f: Forklaring, k: Maaned, x: PersonMaaned, kat: str, enlig: bool,
                      ekstra_boernetilskud: bool) -> list[tuple[str, Decimal, str]]:
    """§ 24: the aktivitetstillæg to uddannelseshjælp on the SU-level satser (not nr. 3-5, stk. 4) for a person
    visiteret aktivitetsparat (FT-KH-AKTIVITETSTILLAEG), from the month after 3 months on hjælp, or at once under
    stk. 5. Kontanthjælp's own aktivitetstillæg (§ 25, stk. 9) is outside the reference's scope."""
    p = x.person
    if kat not in SU_NIVEAU or not p.aktivitetsparat:
        return []
    tre_maaneder = x.maaneder_paa_hjaelp_3 >= 3
    if not (tre_maaneder or p.aktivitetstillaeg_straks):
        return []
    if kat in AKTIVITETSTILLAEG:
        noegle, nr = AKTIVITETSTILLAEG[kat]
    else:
        alder = "25_29" if x.alder >= 25 else "u25"
        bolig = "hjemmeboende" if kat == "uh_hjemmeboende" else "udeboende"
        noegle = f"aktivitetstillaeg_{alder}_{bolig}"
        nr = {"25_29_udeboende": "nr. 3", "25_29_hjemmeboende": "nr. 4", "u25_udeboende": "nr. 5",
              "u25_hjemmeboende": "nr. 6"}[f"{alder}_{bolig}"]
    v = P.p("uddannelseshjaelp", k.d).value(noegle)
    b = v.vaerdi
    t = f.add("KH-TILLAEG", f"aktivloven § 24, stk. 1 og 5, og stk. 3, {nr}",
              lambda: ({"rolle": x.rolle, "sats": kat, "alder": x.alder, "aktivitetsparat": True,
                        "maaneder_paa_hjaelp_de_seneste_3": x.maaneder_paa_hjaelp_3,
                        "straks": p.aktivitetstillaeg_straks},
                       {"art": "aktivitetstillaeg", "beloeb": f"{b:f}"}), [v], ["FT-KH-AKTIVITETSTILLAEG"])
    return [("aktivitetstillaeg", b, t)]


def tillaeg_fra(f: Forklaring, k: Maaned, x: PersonMaaned, kat: str, enlig: bool,
                ekstra_boernetilskud: bool) -> list[tuple[str, Decimal, str]]:
    """The §§ 17-19 tillæg from 1 July 2025: [(art, beløb, trin)]."""
    d, rolle, alder, n_boern, person = k.d, x.rolle, x.alder, k.n_boern, x.person
    v = P.p("tillaeg_fra_2025_07", d)
    forsoerger = n_boern > 0
    out: list[tuple[str, Decimal, str]] = []

    def add(art: str, noegle: str, hjemmel: str, ft: list[str]) -> None:
        b = v.get(noegle)
        t = f.add("KH-TILLAEG", hjemmel,
                  lambda: ({"rolle": rolle, "sats": kat, "alder": alder, "boern_under_18": n_boern, "enlig": enlig,
                            "ekstra_boernetilskud": ekstra_boernetilskud, "aktivitetsparat": person.aktivitetsparat},
                           {"art": art, "beloeb": f"{b:f}"}), [v.value(noegle)], ft)
        out.append((art, b, t))

    if forsoerger:
        add("boernetillaeg", "boernetillaeg", "aktivloven § 17", ["FT-KH-BOERNETILLAEG"])
    if enlig and forsoerger and ekstra_boernetilskud and kat in ("mindstesats", "grundsats"):
        add("tillaeg_enlig_forsoerger", "enlig_forsoerger", "aktivloven § 18", ["FT-KH-ENLIG"])
    if enlig and not forsoerger and kat in ("grundsats", "forhoejet"):
        add("tillaeg_enlig", "enlig", "aktivloven § 18", ["FT-KH-ENLIG"])
    if alder < 30 and person.aktivitetsparat and kat in ("grundsats", "hjemmeboende"):
        if forsoerger:
            add("saerligt_ungetillaeg", "unge_forsoerger", "aktivloven § 19, stk. 3, nr. 3", ["FT-KH-UNGETILLAEG"])
        elif alder < 25:
            add("saerligt_ungetillaeg", "unge_u25", "aktivloven § 19, stk. 3, nr. 1", ["FT-KH-UNGETILLAEG"])
        else:
            add("saerligt_ungetillaeg", "unge_25_29", "aktivloven § 19, stk. 3, nr. 2", ["FT-KH-UNGETILLAEG"])
    return out


def sats_og_tillaeg(f: Forklaring, k: Maaned, x: PersonMaaned, enlig: bool, ekstra_boernetilskud: bool) -> None:
    """The person's sats and tillæg under the month's law period (§ 25, or § 16 with §§ 17-19): `fuld`."""
    lov = k.lov
    kat, beloeb, t = lov.sats(f, k, x, enlig, ekstra_boernetilskud)
    x.kat, x.sats = kat, {"kategori": kat, "beloeb": kr(beloeb), "trin": t}
    fuld = beloeb
    for art, b, tt in lov.tillaeg(f, k, x, kat, enlig, ekstra_boernetilskud):
        x.tillaeg.append({"art": art, "beloeb": kr(b), "trin": tt})
        fuld += b
    x.fuld = fuld
