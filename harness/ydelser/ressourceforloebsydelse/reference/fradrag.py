"""What is deducted from the ressourceforløbsydelse and what is not (aktivloven § 69 j).

Wages from ordinary work taken up during the jobafklaringsforløb (incl. pension, and feriegodtgørelse for holiday held
in the month): 30 % up to the lønindtægtsgrænse, 55 % of the part above it. Wages from an employment the person had
when the forløb began: in full. Other income: krone for krone. Never: the person's formue, a spouse's or
cohabitant's income (§ 69 j, stk. 1)."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from harness.toolkit.begrundelse import Begrundelse

from . import parametre as P

NUL = Decimal("0")


def ore(x: Decimal) -> Decimal:
    """Round to whole øre, half up (FT-RFY-AFRUNDING)."""
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def loen(f: Begrundelse, d: dt.date, loen: Decimal, ferie: Decimal) -> tuple[Decimal, str]:
    """§ 69 j, stk. 8-9: 30 % of the wage up to the lønindtægtsgrænse, 55 % of the rest."""
    g, p1, p2 = P.at("fradrag.loenindtaegtsgraense", d), P.at("fradrag.procent_op_til_graensen", d), \
        P.at("fradrag.procent_over_graensen", d)
    w = loen + ferie
    under, over = min(w, g.vaerdi), max(NUL, w - g.vaerdi)
    fradrag = ore(p1.vaerdi * under + p2.vaerdi * over)
    trin = f.add("RFY-FRADRAG-LOEN", "aktivloven § 69 j, stk. 8 og 9",
                 lambda: ({"loen": f"{loen:f}", "feriegodtgoerelse": f"{ferie:f}"},
                          {"loen_i_alt": f"{w:f}", "op_til_graensen": f"{under:f}", "over_graensen": f"{over:f}",
                           "fradrag": f"{fradrag:f}"}),
                 [g, p1, p2], ["FT-RFY-INDTAEGT", "FT-RFY-FERIE", "FT-RFY-AFRUNDING"])
    return fradrag, trin


def fuldt(f: Begrundelse, art: str, beloeb: Decimal) -> str:
    """Income deducted in full: wages from a job held when the forløb began, and other income."""
    hjemmel, ft = {"loen_fra_ansaettelse_ved_start": ("aktivloven § 69 j, stk. 8", "FT-RFY-ANSAT-VED-START"),
                   "anden_indtaegt": ("aktivloven § 69 j, stk. 7", "FT-RFY-INDTAEGT")}[art]
    return f.add("RFY-FRADRAG-FULDT", hjemmel, lambda: ({"art": art, "beloeb": f"{beloeb:f}"},
                                                        {"fradrag": f"{beloeb:f}"}), (), [ft])


def ikke_fradrag(f: Begrundelse, formue: Decimal | None, aegtefaelle: Decimal | None) -> str:
    """What does not count: recorded so the explanation says why a spouse's income or the formue left no trace."""
    return f.add("RFY-IKKE-FRADRAG", "aktivloven § 69 j, stk. 1",
                 lambda: ({"formue": f"{formue:f}" if formue is not None else None,
                           "aegtefaelles_indtaegt": f"{aegtefaelle:f}" if aegtefaelle is not None else None},
                          {"fradrag": "0.00"}), (), ["FT-RFY-IKKE-FRADRAG"])
