"""Income and formue deducted from the hjælp.

Before 1 July 2025 (aktivloven §§ 30-31): work income is deducted krone for krone after disregarding a regulated
amount per hour worked, for at most 160 hours a month per person. From 1 July 2025: a monthly fribeløb, then 65 %
of the excess, and krone for krone once work income plus hjælp reaches the ceiling (a share of the maximum
dagpengesats). Other income is deducted krone for krone in both. Spouses (gift) support each other: what one
spouse's income exceeds their own hjælp reduces the other's (§ 2, § 26, § 30).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from harness.ydelser.kontanthjaelp.contract import Indkomst

from . import parametre as P
from .forklaring import NUL, Forklaring, kr, ore
from .husstand import hverdage_i_maaned
from .tilstand import Maaned, PersonMaaned

HJEMMEL_FOER = "aktivloven § 31, stk. 1-3"
HJEMMEL_FRA = "aktivloven § 31 (affattet ved lov nr. 1655 af 30.12.2024)"
HJEMMEL_ANDEN = "aktivloven § 30, stk. 1"


def _sats_noegle(kat: str) -> str:
    return {"mindstesats": "mindstesats", "grundsats": "grundsats", "forhoejet": "forhoejet",
            "hjemmeboende": "hjemmeboende"}[kat]


def omregning(f: Forklaring, d: dt.date, rolle: str, indtaegt: Decimal) -> Decimal:
    """§ 31, stk. 3: work income without a fixed working time counts as the income divided by the a-kasse
    omregningssats (the high one, FT-KH-OMREGNING) hours, rounded to hundredths of an hour."""
    v = P.p("omregning_foer_2025_07", d)
    sats = v.get("hoej")
    timer = ore(indtaegt / sats)
    f.add("KH-OMREGNING", "aktivloven § 31, stk. 3",
          lambda: ({"rolle": rolle, "arbejdsindtaegt": f"{indtaegt:f}"},
                   {"omregningssats": f"{sats:f}", "timer": f"{timer:f}"}),
          [v.value("hoej")], ["FT-KH-OMREGNING"])
    return timer


def arbejde_foer(f: Forklaring, d: dt.date, rolle: str, timer: Decimal | None, indtaegt: Decimal,
                 fuld: Decimal, kat_fra: str | None) -> tuple[Decimal, str]:
    """§ 31: the amount of work income deducted from this person's own hjælp `fuld` (sats + tillæg; 0 for a
    spouse who does not apply). Not floored: a deduction above `fuld` passes to the spouse (gift). Income
    without hours is converted to hours first (§ 31, stk. 3)."""
    if timer is None:
        timer = omregning(f, d, rolle, indtaegt)
    v = P.p("fradrag_foer_2025_07", d)
    pr_time, max_timer = v.get("pr_time"), v.get("max_timer")
    t = min(timer, max_timer)
    bortset = ore(t * pr_time)
    fradrag = max(NUL, indtaegt - bortset)
    trin = f.add("KH-FRADRAG-ARBEJDE-FOER", HJEMMEL_FOER,
                 lambda: ({"rolle": rolle, "arbejdstimer": f"{timer:f}", "arbejdsindtaegt": f"{indtaegt:f}"},
                          {"timer_medregnet": f"{t:f}", "bortset_fra": f"{bortset:f}", "fradrag": f"{fradrag:f}"}),
                 [v.value("pr_time"), v.value("max_timer")], ["FT-KH-INDTAEGT", "FT-KH-AFRUNDING"])
    return fradrag, trin


def arbejde_fra(f: Forklaring, d: dt.date, rolle: str, timer: Decimal | None, indtaegt: Decimal,
                fuld: Decimal, kat_fra: str | None) -> tuple[Decimal, str]:
    """§ 31 as amended by lov 1655/2024: fribeløb, 65 % above it, krone for krone above the ceiling. The
    fribeløb and ceiling follow the sats of the person (or, for a spouse who does not apply, the other's)."""
    v = P.p("fradrag_fra_2025_07", d)
    dp = P.p("dagpengesats_maks", d)
    k = _sats_noegle(kat_fra or "grundsats")
    fribeloeb = v.get("fribeloeb_" + k)
    pct = v.get("fradragsprocent")
    loft = ore(v.get("loftandel_" + k) * dp.get())
    over = max(NUL, indtaegt - fribeloeb)
    hjaelp_65 = fuld - ore(pct * over)
    hjaelp_kk = fuld - indtaegt
    hjaelp = max(hjaelp_kk, min(hjaelp_65, loft - indtaegt))
    fradrag = fuld - hjaelp
    trin = f.add("KH-FRADRAG-ARBEJDE-FRA", HJEMMEL_FRA,
                 lambda: ({"rolle": rolle, "arbejdsindtaegt": f"{indtaegt:f}", "hjaelp_foer_fradrag": f"{fuld:f}",
                           "sats_for_fribeloeb": k},
                          {"fribeloeb": f"{fribeloeb:f}", "over_fribeloeb": f"{over:f}",
                           "fradrag_65": f"{ore(pct * over):f}", "loft": f"{loft:f}",
                           "krone_for_krone": hjaelp < hjaelp_65, "fradrag": f"{fradrag:f}"}),
                 [v.value("fribeloeb_" + k), v.value("fradragsprocent"), v.value("loftandel_" + k), dp.value()],
                 ["FT-KH-INDTAEGT", "FT-KH-FRADRAG-LOFT", "FT-KH-AFRUNDING", "FT-KH-NY-AEGTEFAELLE"])
    return fradrag, trin


def anden(f: Forklaring, rolle: str, beloeb: Decimal) -> str:
    return f.add("KH-FRADRAG-ANDEN", HJEMMEL_ANDEN,
                 lambda: ({"rolle": rolle, "anden_indtaegt": f"{beloeb:f}"},
                          {"fradrag": f"{beloeb:f}"}), (), ["FT-KH-INDTAEGT"])


def ferie(f: Forklaring, k: Maaned, x: PersonMaaned, godtgoerelse: Decimal, dage: int) -> tuple[Decimal, str]:
    """§ 32: feriegodtgørelse is deducted when the holiday is held, but only up to the hjælp for the days it covers:
    the month's sats and tillæg x the holiday days / the month's weekdays (FT-KH-FERIE)."""
    hverdage = hverdage_i_maaned(k.d)
    loft = ore(x.fuld * min(dage, hverdage) / hverdage)
    fradrag = min(godtgoerelse, loft)
    trin = f.add("KH-FRADRAG-FERIE", "aktivloven § 32",
                 lambda: ({"rolle": x.rolle, "feriegodtgoerelse": f"{godtgoerelse:f}", "feriedage": dage,
                           "sats_og_tillaeg": f"{x.fuld:f}", "hverdage_i_maaneden": hverdage},
                          {"hjaelp_for_feriedagene": f"{loft:f}", "fradrag": f"{fradrag:f}"}),
                 (), ["FT-KH-FERIE", "FT-KH-AFRUNDING"])
    return fradrag, trin


def aegtefaelle(f: Forklaring, rolle: str, fra: str, overskud: Decimal, egen: Decimal) -> tuple[Decimal, str]:
    """The other spouse's income beyond their own hjælp reduces this person's hjælp (gensidig forsørgelsespligt).
    What is left of this person's own hjælp after their own deductions is never below 0 kr. (income beyond it is
    their own overskud, shown in the other spouse's step)."""
    tilbage = max(NUL, egen)
    fradrag = min(tilbage, overskud)
    trin = f.add("KH-GENSIDIG-FORSOERGELSE", "aktivloven § 2, § 26, stk. 1, og § 30",
                 lambda: ({"rolle": rolle, "fra": fra, "aegtefaelles_overskydende_indtaegt": f"{overskud:f}",
                           "egen_hjaelp_efter_egne_fradrag": f"{tilbage:f}"},
                          {"fradrag": f"{fradrag:f}"}), (), ["FT-KH-GENSIDIG"])
    return fradrag, trin


def formue(f: Forklaring, d: dt.date, gift: bool, formuer: list[Decimal]) -> tuple[Decimal, Decimal, Decimal, str]:
    """(formue, grænse, fradrag, trin). Ægtefæller: their joint formue against the joint limit; otherwise each
    applicant's own formue against the limit for one person (a samlever's formue does not count). Formue above
    the limit is deducted from the household's hjælp in the month (FT-KH-FORMUE)."""
    v = P.p("formuegraense", d)
    noegle = "aegtefaeller" if gift else "enlig"
    graense1 = v.get(noegle)
    total = sum(formuer, NUL)
    if gift:
        graense, fradrag = graense1, max(NUL, total - graense1)
    else:
        graense = graense1 * len(formuer)
        fradrag = sum((max(NUL, x - graense1) for x in formuer), NUL)
    trin = f.add("KH-FORMUE", "aktivloven § 14, stk. 1 og 2",
                 lambda: ({"formuer": [f"{x:f}" for x in formuer], "gift": gift},
                          {"formue": f"{total:f}", "graense": f"{graense:f}", "fradrag": f"{fradrag:f}"}),
                 [v.value(noegle)], ["FT-KH-FORMUE"])
    return total, graense, fradrag, trin


def indtaegt(f: Forklaring, k: Maaned) -> None:
    """§§ 30-31: each person's own income reduces their own hjælp (`egen`). A spouse who does not apply has
    income that counts when gift (it passes on under § 2); a samlever's income does not count."""
    gift = k.gift
    for x in k.personer.values():
        x.egen = x.fuld
        ind: Indkomst | None = getattr(k.input, x.rolle)
        if not (x.soeger or gift) or ind is None:
            continue
        timer = ind.arbejdstimer
        indt = ind.arbejdsindtaegt if ind.arbejdsindtaegt is not None else NUL
        if indt > 0 or (timer or NUL) > 0:
            kat_fra = x.kat if x.kat else next((o.kat for o in k.personer.values() if o.kat), None)
            fr, t = k.lov.arbejdsfradrag(f, k.d, x.rolle, timer, indt, x.fuld, kat_fra)   # None: no hours given
            x.fradrag.append({"art": "arbejdsindtaegt", "beloeb": kr(fr), "trin": t})
            x.egen -= fr
        if ind.anden_indtaegt:
            t = anden(f, x.rolle, ind.anden_indtaegt)
            x.fradrag.append({"art": "anden_indtaegt", "beloeb": kr(ind.anden_indtaegt), "trin": t})
            x.egen -= ind.anden_indtaegt
        if ind.feriegodtgoerelse and ind.feriedage:
            fr, t = ferie(f, k, x, ind.feriegodtgoerelse, ind.feriedage)
            x.fradrag.append({"art": "feriegodtgoerelse", "beloeb": kr(fr), "trin": t})
            x.egen -= fr


def gensidig_forsoergelse(f: Forklaring, k: Maaned) -> None:
    """§ 2, § 26, stk. 1, and § 30: each applicant's hjælp is what remains of their own; between spouses, what
    one spouse's income exceeds their own hjælp reduces the other's."""
    p = k.personer
    for x in p.values():
        x.hjaelp = max(NUL, x.egen) if x.soeger else NUL
    if k.gift and len(p) == 2:
        overskud = {r: max(NUL, -x.egen) for r, x in p.items()}
        for r, o in (("ansoeger", "aegtefaelle"), ("aegtefaelle", "ansoeger")):
            if p[r].soeger and overskud[o] > 0:
                fr, t = aegtefaelle(f, r, o, overskud[o], p[r].egen)
                if fr > 0:
                    p[r].fradrag.append({"art": "aegtefaelles_indtaegt", "beloeb": kr(fr), "trin": t})
                p[r].hjaelp = max(NUL, p[r].egen - fr)
