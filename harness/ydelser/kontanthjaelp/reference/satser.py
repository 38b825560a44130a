"""Which sats and which tillæg a person gets in a month, under the law of that month.

Before 1 July 2025: aktivloven § 25, stk. 2 (fyldt 30) and stk. 3 (under 30), without aktivitetstillæg.
From 1 July 2025: § 16 (mindstesats, grundsats, forhøjet sats, hjemmeboende) and the tillæg in §§ 17-19.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from harness.ydelser.kontanthjaelp.contract import Person

from . import parametre as P
from .forklaring import Forklaring, kr
from .tilstand import Maaned, PersonMaaned

HJEMMEL_FOER = {
    "fyldt30_forsoerger": "aktivloven § 25, stk. 2, nr. 1",
    "fyldt30_andre": "aktivloven § 25, stk. 2, nr. 2",
    "u30_enlig_forsoerger": "aktivloven § 25, stk. 3, nr. 1",
    "u30_forsoerger_uden_ekstra_boernetilskud": "aktivloven § 25, stk. 3, nr. 2",
    "u30_udeboende": "aktivloven § 25, stk. 3, nr. 6 og 8",
    "u30_hjemmeboende": "aktivloven § 25, stk. 3, nr. 7 og 9",
}
HJEMMEL_FRA = {
    "mindstesats": "aktivloven § 16, stk. 2",
    "grundsats": "aktivloven § 16, stk. 1, nr. 1",
    "forhoejet": "aktivloven § 16, stk. 1, nr. 2",
    "hjemmeboende": "aktivloven § 16, stk. 1, nr. 3",
}


def kategori_foer(alder: int, forsoerger: bool, enlig: bool, ekstra_boernetilskud: bool, hjemmeboende: bool) -> str:
    if alder >= 30:
        return "fyldt30_forsoerger" if forsoerger else "fyldt30_andre"
    if forsoerger:
        if enlig and ekstra_boernetilskud:
            return "u30_enlig_forsoerger"
        return "u30_forsoerger_uden_ekstra_boernetilskud"
    return "u30_hjemmeboende" if hjemmeboende else "u30_udeboende"


def kategori_fra(alder: int, forsoerger: bool, person: Person) -> str:
    if not person.opfylder_opholds_og_beskaeftigelseskrav:
        return "mindstesats"
    if alder < 30 and person.hjemmeboende and not forsoerger:
        return "hjemmeboende"
    if alder >= 30 or (alder >= 25 and person.har_2_5_aars_beskaeftigelse):
        return "forhoejet"
    return "grundsats"


def _sats(f: Forklaring, d: dt.date, rolle: str, alder: int, n_boern: int, enlig: bool, ekstra_boernetilskud: bool,
          person: Person, kat: str, familie: str, hjemmel: str, ft: list[str]) -> tuple[str, Decimal, str]:
    v = P.p(familie, d)
    beloeb = v.get(kat)
    trin = f.add("KH-SATS", hjemmel,
                 lambda: ({"rolle": rolle, "alder": alder, "boern_under_18": n_boern, "enlig": enlig,
                           "ekstra_boernetilskud": ekstra_boernetilskud, "hjemmeboende": person.hjemmeboende,
                           "opfylder_opholds_og_beskaeftigelseskrav": person.opfylder_opholds_og_beskaeftigelseskrav,
                           "har_2_5_aars_beskaeftigelse": person.har_2_5_aars_beskaeftigelse},
                          {"kategori": kat, "beloeb": f"{beloeb:f}"}), [v.value(kat)], ft)
    return kat, beloeb, trin


def sats_foer(f: Forklaring, d: dt.date, rolle: str, alder: int, n_boern: int, enlig: bool,
              ekstra_boernetilskud: bool, person: Person) -> tuple[str, Decimal, str]:
    """§ 25, stk. 2-3: (kategori, beløb, trin) for one person who applies for hjælp."""
    kat = kategori_foer(alder, n_boern > 0, enlig, ekstra_boernetilskud, person.hjemmeboende)
    return _sats(f, d, rolle, alder, n_boern, enlig, ekstra_boernetilskud, person, kat, "sats_foer_2025_07",
                 HJEMMEL_FOER[kat], ["FT-KH-ALDER", "FT-KH-FORSOERGER", "FT-KH-KATEGORI-FOER"])


def sats_fra(f: Forklaring, d: dt.date, rolle: str, alder: int, n_boern: int, enlig: bool,
             ekstra_boernetilskud: bool, person: Person) -> tuple[str, Decimal, str]:
    """§ 16: (kategori, beløb, trin) for one person who applies for hjælp."""
    kat = kategori_fra(alder, n_boern > 0, person)
    return _sats(f, d, rolle, alder, n_boern, enlig, ekstra_boernetilskud, person, kat, "sats_fra_2025_07",
                 HJEMMEL_FRA[kat], ["FT-KH-ALDER", "FT-KH-FORSOERGER", "FT-KH-KATEGORI-FRA"])


def ingen_tillaeg(f: Forklaring, d: dt.date, rolle: str, kat: str, alder: int, n_boern: int, enlig: bool,
                  ekstra_boernetilskud: bool, person: Person) -> list[tuple[str, Decimal, str]]:
    """Before 1 July 2025 the kontanthjælp in § 25 has no tillæg the reference computes."""
    return []


def tillaeg_fra(f: Forklaring, d: dt.date, rolle: str, kat: str, alder: int, n_boern: int, enlig: bool,
                ekstra_boernetilskud: bool, person: Person) -> list[tuple[str, Decimal, str]]:
    """The §§ 17-19 tillæg from 1 July 2025 (none before): [(art, beløb, trin)]."""
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
    kat, beloeb, t = lov.sats(f, k.d, x.rolle, x.alder, k.n_boern, enlig, ekstra_boernetilskud, x.person)
    x.kat, x.sats = kat, {"kategori": kat, "beloeb": kr(beloeb), "trin": t}
    fuld = beloeb
    for art, b, tt in lov.tillaeg(f, k.d, x.rolle, kat, x.alder, k.n_boern, enlig, ekstra_boernetilskud, x.person):
        x.tillaeg.append({"art": art, "beloeb": kr(b), "trin": tt})
        fuld += b
    x.fuld = fuld
