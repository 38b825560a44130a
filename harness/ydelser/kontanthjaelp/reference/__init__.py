"""Reference calculator for kontanthjælp under aktivloven, before and after the 1 July 2025 reform.

`calculate(case)` computes each month of a case under the law of that month: §§ 25 ff. (with the § 31 hourly
disregard, the kontanthjælpsloft and the 225-timersregel) until 30 June 2025, §§ 16-20 from 1 July 2025. Every
amount carries the id of the explanation step that produced it; every step cites its § and the parameters
(valid_from, kilde, status) and interpretations (FT-KH-*) it used. Parameters live in parametre/*.yaml.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from harness.toolkit.errors import CaseError, validated
from harness.ydelser.kontanthjaelp.contract import KontanthjaelpCase, MaanedInput, Person

from . import fradrag as FR
from . import husstand as H
from . import loft as LOFT
from . import lovperioder as LP
from . import procedure as PROC
from . import satser as S
from . import timeregel_225 as T225
from .forklaring import NUL, Forklaring, kr, ore
from .husstand import alder, boern_under_18, maaned_nr, maaned_start
from .tilstand import Maaned, PersonMaaned

__all__ = ["calculate", "validate"]

# The months the parameters cover (parametre/lovperioder.yaml); other months are out of scope.
LOVDATOER = ("2021-01-01", "2026-12-31")
FT_FORHOLD = {"gift": ["FT-KH-GENSIDIG"], "samlevende": ["FT-KH-SAMLEVENDE"]}


def validate(case: dict) -> KontanthjaelpCase:
    """The typed case, or CaseError naming each bad field and what was expected."""
    c = validated(KontanthjaelpCase, case)
    if c.maaneder:   # a person born after the first month cannot be a party to it (found by the malformed-case test)
        first = min(maaned_start(m.maaned) for m in c.maaneder)
        for rolle, person in (("ansoeger", c.husstand.ansoeger), ("aegtefaelle", c.husstand.aegtefaelle)):
            if person is not None and person.foedselsdato >= first:
                raise CaseError([(f"husstand/{rolle}/foedselsdato", f"expected a date before the first month "
                                  f"({first.isoformat()[:7]}): a person born after it cannot be a party to it")],
                                c.sags_id)
    seen = set()
    for i, m in enumerate(c.maaneder):
        if m.maaned in seen:
            raise CaseError([(f"maaneder/{i}/maaned", f"month {m.maaned} appears twice; each month once")], c.sags_id)
        seen.add(m.maaned)
        personer = 1 + (H.forhold(c.husstand, maaned_start(m.maaned)) != "enlig")
        if m.voksne_i_boligen is not None and m.voksne_i_boligen < personer:
            raise CaseError([(f"maaneder/{i}/voksne_i_boligen",
                              f"{m.voksne_i_boligen} adults in the dwelling, but the case has {personer} persons; "
                              "expected at least the persons of the case")], c.sags_id)
        if c.husstand.aegtefaelle is None and m.aegtefaelle is not None:
            raise CaseError([(f"maaneder/{i}/aegtefaelle", "income for an aegtefaelle, but the household has none")],
                            c.sags_id)
    return c


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    """begrundelse=False: the same decision and step ids without the steps' details (see ..begrundelse)."""
    return _Beregning(validate(case), begrundelse).run()


class _Beregning:
    """One case: the months in order, each computed by the § steps of its law period (lovperioder.py); the
    225-timersregel's history and the reductions' procedure carry from month to month."""

    def __init__(self, c: KontanthjaelpCase, begrundelse: bool = True):
        self.c = c
        self.f = Forklaring(aktiv=begrundelse)
        h = c.husstand
        self.person: dict[str, Person] = {"ansoeger": h.ansoeger}
        if h.aegtefaelle is not None:
            self.person["aegtefaelle"] = h.aegtefaelle
        self.roller = tuple(self.person)
        self.aendret = bool(h.aendringer) or any(b.fraflyttet for b in h.boern)
        self.forloeb = T225.Forloeb(self.roller)
        self.reduktioner = PROC.Reduktioner(c.haendelser, self.roller)
        self.ansoegning = PROC.ansoegningsdato(c.haendelser)

    def run(self) -> dict:
        c, f = self.c, self.f
        maaneder = sorted(c.maaneder, key=lambda m: m.maaned)
        for r, p in self.person.items():
            hist = self.forloeb.historik[r]
            for hm in p.historik:
                hist.saet(maaned_nr(maaned_start(hm.maaned)), hm.timer, hm.paa_hjaelp)
            for m in maaneder:
                ind = getattr(m, r)
                d = maaned_start(m.maaned)
                i_husstanden = r == "ansoeger" or H.forhold(c.husstand, d) != "enlig"
                hist.saet(maaned_nr(d), (ind.arbejdstimer if ind and ind.arbejdstimer is not None else NUL),
                          p.soeger_hjaelp and i_husstanden)
            hist.klar()
        resultater = [self.maaned(m) for m in maaneder]
        krav = self.reduktioner.afgoerelseskrav(f)
        total = sum((Decimal(x["udbetalt"]["beloeb"]) for x in resultater), NUL)
        s_red = sum((Decimal(x["saerlig_stoette"]["nedsaettelse"]) for x in resultater), NUL)
        b_red = sum((Decimal(x["boligstoette"]["nedsaettelse"]) for x in resultater), NUL)
        t = f.add("KH-I-ALT", "aktivloven § 89, stk. 1",
                  lambda: ({"maaneder": [x["maaned"] for x in resultater]},
                           {"udbetalt": kr(total), "saerlig_stoette_nedsat": kr(s_red), "boligstoette_nedsat": kr(b_red)}))
        return {"schema_version": "1.0", "ydelse": "kontanthjaelp", "sags_id": c.sags_id,
                "maaneder": resultater, "afgoerelseskrav": krav,
                "i_alt": {"udbetalt": {"beloeb": kr(total), "trin": t},
                          "saerlig_stoette_nedsat": {"beloeb": kr(s_red), "trin": t},
                          "boligstoette_nedsat": {"beloeb": kr(b_red), "trin": t}},
                "begrundelse": f.steps}

    # --- one month: one function per §, each from the month's law period ----------------------------------

    def maaned(self, m: MaanedInput) -> dict:
        f, h = self.f, self.c.husstand
        k = self.kontekst(m)
        for x in k.personer.values():                                   # § 25, § 23-24 / §§ 16-19
            if x.soeger:
                S.sats_og_tillaeg(f, k, x, k.enlig, h.ekstra_boernetilskud and x.rolle == "ansoeger")
        FR.indtaegt(f, k)                                               # §§ 30-32
        FR.gensidig_forsoergelse(f, k)                                  # § 2, § 26, stk. 1, § 30
        bortfald = k.lov.timeregel_225(f, k, self.forloeb, self.reduktioner)   # §§ 13 f-13 g, § 26
        stoette = LOFT.stoette(f, k, bortfald)                          # § 25 b, § 34
        formue = self.formue(k)                                         # § 14
        personer, sum_hjaelp = self.personer_ud(k)
        udbetalt, aarsager, t_u = PROC.udbetaling(f, k, self.ansoegning, sum_hjaelp, formue[2],   # § 89, § 11
                                                  any(x.soeger for x in k.personer.values()))
        return {"maaned": m.maaned, "lov": k.lov.navn,
                "ret": {"ret": udbetalt > 0, "aarsager": aarsager, "trin": t_u},
                "personer": personer,
                "formue": {"formue": kr(formue[0]), "graense": kr(formue[1]), "fradrag": kr(formue[2]),
                           "trin": formue[3]},
                **stoette,
                "udbetalt": {"beloeb": kr(udbetalt), "trin": t_u}}

    def kontekst(self, m: MaanedInput) -> Maaned:
        """The month's law period (a named variant chosen by the date) and household facts on its 1st."""
        d = maaned_start(m.maaned)
        lov, lv = LP.for_dato(d)
        t_lov = self.f.add("KH-LOVPERIODE", "lov nr. 1655 af 30.12.2024",
                           lambda: ({"maaned": m.maaned}, {"lov": lov.navn}), [lv], ["FT-KH-LOVSKIFTE"])
        h = self.c.husstand
        forhold = H.forhold(h, d)
        personer = {}
        for r, p in self.person.items():
            if r == "aegtefaelle" and forhold == "enlig":
                continue        # the partner is not in the household this month (FT-KH-AENDRING)
            hjemme = H.hjemmeboende(h, p, r, d)
            if hjemme != p.hjemmeboende:
                p = p.model_copy(update={"hjemmeboende": hjemme})
            historik = self.forloeb.historik[r]
            personer[r] = PersonMaaned(r, p, alder(p.foedselsdato, d), gravid=H.gravid(p, h.boern, d),
                                       maaneder_paa_hjaelp_3=historik.maaneder_paa_hjaelp(maaned_nr(d), 3))
        k = Maaned(m, d, maaned_nr(d), lov, t_lov, boern_under_18(h.boern, d), personer, forhold)
        if self.aendret:
            self.husstand_trin(k)
        return k

    def husstand_trin(self, k: Maaned) -> None:
        """Only for a case with dated changes: the household as it stands on the 1st of the month."""
        self.f.add("KH-HUSSTAND", "aktivloven § 2 og § 25 (forhold, forsørger, bopæl)",
                   lambda: ({"maaned": k.maaned, "aendringer_til_og_med": k.d.isoformat()},
                            {"forhold": k.forhold, "personer": list(k.personer), "boern_under_18": k.n_boern,
                             "hjemmeboende": {r: x.person.hjemmeboende for r, x in k.personer.items()}}),
                   (), ["FT-KH-AENDRING"])

    def formue(self, k: Maaned) -> tuple[Decimal, Decimal, Decimal, str]:
        """§ 14: ægtefæller's joint formue; otherwise each applicant's own (a samlever's does not count)."""
        ps = [x.person for x in k.personer.values()]
        formuer = [p.formue or NUL for p in ps if k.gift or p.soeger_hjaelp]
        return FR.formue(self.f, k.d, k.gift, formuer)

    def personer_ud(self, k: Maaned) -> tuple[list[dict], Decimal]:
        """Each person's part of the decision, and the sum of their hjælp: in the month of the application only
        the days from it, in a month before it none (§ 11; FT-KH-ANSOEGNING), so what is paid adds up."""
        personer, sum_hjaelp = [], NUL
        andel = PROC.ansoegningsandel(self.ansoegning, k.d)
        for x in k.personer.values():
            maaned = x.hjaelp
            if andel is not None:
                x.hjaelp = ore(x.hjaelp * andel[0] / andel[1])
            t_h = self.f.add("KH-HJAELP-PERSON", k.lov.hjemmel_hjaelp, _hjaelp_detaljer(x, maaned, andel), (),
                             FT_FORHOLD.get(k.forhold, []) + (["FT-KH-ANSOEGNING"] if andel is not None else []))
            sum_hjaelp += x.hjaelp
            personer.append({"rolle": x.rolle, "sats": x.sats, "tillaeg": x.tillaeg, "fradrag": x.fradrag,
                             "timeregel_225": x.timeregel_225, "reduktion": x.reduktion, "loft": x.loft,
                             "hjaelp": {"beloeb": kr(x.hjaelp), "trin": t_h}})
        return personer, sum_hjaelp


def _hjaelp_detaljer(x: PersonMaaned, maaned: Decimal, andel: tuple[int, int] | None) -> Callable[[], tuple[dict, dict]]:
    def detaljer() -> tuple[dict, dict]:
        reduktion = x.reduktion["beloeb"] if x.reduktion and x.reduktion["anvendt"] else "0.00"
        ind = {"rolle": x.rolle, "sats_og_tillaeg": kr(x.fuld), "fradrag": [y["beloeb"] for y in x.fradrag],
               "reduktion": reduktion}
        if andel is not None:   # the month's hjælp and the share of it from the application
            ind |= {"hjaelp_hele_maaneden": kr(maaned), "dage_fra_ansoegning": f"{andel[0]}/{andel[1]}"}
        return ind, {"hjaelp": kr(x.hjaelp)}
    return detaljer
