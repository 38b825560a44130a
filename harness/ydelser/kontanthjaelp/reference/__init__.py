"""Reference calculator for kontanthjælp under aktivloven, before and after the 1 July 2025 reform.

`calculate(case)` computes each month of a case under the law of that month: §§ 25 ff. (with the § 31 hourly
disregard, the kontanthjælpsloft and the 225-timersregel) until 30 June 2025, §§ 16-20 from 1 July 2025. Every
amount carries the id of the explanation step that produced it; every step cites its § and the parameters
(valid_from, kilde, status) and interpretations (FT-KH-*) it used. Parameters live in parametre/*.yaml.
"""
from __future__ import annotations

from decimal import Decimal

from pydantic import ValidationError

from harness.toolkit.errors import CaseError
from harness.ydelser.kontanthjaelp.contract import KontanthjaelpCase

from . import fradrag as FR
from . import loft as LOFT
from . import parametre as P
from . import procedure as PROC
from . import satser as S
from . import timeregel_225 as T225
from .forklaring import NUL, Forklaring, kr, ore
from .husstand import alder, boern_under_18, dage_i_maaned, maaned_nr, maaned_start

__all__ = ["calculate", "validate"]

ROLLER = ("ansoeger", "aegtefaelle")
# The months the parameters cover (parametre/lovperioder.yaml); other months are out of scope.
LOVDATOER = ("2021-01-01", "2026-12-31")


def validate(case: dict) -> KontanthjaelpCase:
    """The typed case, or CaseError naming each bad field and what was expected."""
    try:
        c = KontanthjaelpCase.model_validate(case)
    except ValidationError as e:
        problems = [("/".join(str(x) for x in err["loc"]) or "(top level)", err["msg"]) for err in e.errors()]
        raise CaseError(problems, case_id=case.get("sags_id") if isinstance(case, dict) else None) from None
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
        if c.husstand.aegtefaelle is None and m.aegtefaelle is not None:
            raise CaseError([(f"maaneder/{i}/aegtefaelle", "income for an aegtefaelle, but the household has none")],
                            c.sags_id)
    return c


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    """begrundelse=False: the same decision and step ids without the steps' details (see ..begrundelse)."""
    return _Beregning(validate(case), begrundelse).run()


class _Beregning:
    def __init__(self, c: KontanthjaelpCase, begrundelse: bool = True):
        self.c = c
        self.f = Forklaring(aktiv=begrundelse)
        h = c.husstand
        self.roller = ROLLER if h.aegtefaelle is not None else ROLLER[:1]
        self.person = {"ansoeger": h.ansoeger, "aegtefaelle": h.aegtefaelle}
        self.gift = h.forhold == "gift"
        self.enlig = h.forhold == "enlig"
        self.ft_forhold = {"gift": ["FT-KH-GENSIDIG"], "samlevende": ["FT-KH-SAMLEVENDE"]}.get(h.forhold, [])
        self.historik = {r: T225.Historik() for r in self.roller}
        self.nedsat_fra: dict[str, int | None] = dict.fromkeys(self.roller)
        self.afg = {r: PROC.afgoerelser(c.haendelser, r) for r in self.roller}
        self.krav: dict[tuple[str, str], dict] = {}
        self.ansoegning = PROC.ansoegningsdato(c.haendelser)

    def run(self) -> dict:
        c, f = self.c, self.f
        maaneder = sorted(c.maaneder, key=lambda m: m.maaned)
        for r in self.roller:
            p = self.person[r]
            for hm in p.historik:
                self.historik[r].saet(maaned_nr(maaned_start(hm.maaned)), hm.timer, hm.paa_hjaelp)
            for m in maaneder:
                ind = getattr(m, r)
                self.historik[r].saet(maaned_nr(maaned_start(m.maaned)),
                                      (ind.arbejdstimer if ind and ind.arbejdstimer is not None else NUL), p.soeger_hjaelp)
            self.historik[r].klar()
        resultater = [self.maaned(m) for m in maaneder]
        krav = [self.krav_ud(k) for k in self.krav.values()]
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

    # --- one month ------------------------------------------------------------------------------------

    def maaned(self, m) -> dict:
        c, f = self.c, self.f
        d = maaned_start(m.maaned)
        mn = maaned_nr(d)
        lov, lv = P.lov(d)
        t_lov = f.add("KH-LOVPERIODE", "lov nr. 1655 af 30.12.2024",
                      lambda: ({"maaned": m.maaned}, {"lov": lov}),
                               [lv], ["FT-KH-LOVSKIFTE"])
        h = c.husstand
        n_boern = boern_under_18(h.boern, d)
        pr: dict[str, dict] = {}
        # 1. sats and tillæg for those who apply
        for r in self.roller:
            p = self.person[r]
            a = alder(p.foedselsdato, d)
            x = {"rolle": r, "alder": a, "sats": None, "tillaeg": [], "fradrag": [], "fuld": NUL, "kat": None,
                 "timeregel_225": None, "reduktion": None, "loft": None}
            if p.soeger_hjaelp:
                enlig_r = self.enlig
                eb = h.ekstra_boernetilskud and r == "ansoeger"
                kat, beloeb, t = S.sats(f, lov, d, r, a, n_boern, enlig_r, eb, p)
                x["kat"], x["sats"] = kat, {"kategori": kat, "beloeb": kr(beloeb), "trin": t}
                fuld = beloeb
                if lov == "fra_2025_07":
                    for art, b, tt in S.tillaeg(f, d, r, kat, a, n_boern, enlig_r, eb, p):
                        x["tillaeg"].append({"art": art, "beloeb": kr(b), "trin": tt})
                        fuld += b
                x["fuld"] = fuld
            pr[r] = x
        # 2. own income (a non-applying spouse's income counts when gift; a samlever's does not)
        for r in self.roller:
            x, p, ind = pr[r], self.person[r], getattr(m, r)
            x["egen"] = x["fuld"]
            if not (p.soeger_hjaelp or self.gift) or ind is None:
                continue
            timer = ind.arbejdstimer if ind.arbejdstimer is not None else NUL
            indt = ind.arbejdsindtaegt if ind.arbejdsindtaegt is not None else NUL
            if indt > 0 or timer > 0:
                kat_fra = x["kat"] if x["kat"] else next((pr[o]["kat"] for o in self.roller if pr[o]["kat"]), None)
                fr, t = FR.arbejde(f, lov, d, r, timer, indt, x["fuld"], kat_fra)
                x["fradrag"].append({"art": "arbejdsindtaegt", "beloeb": kr(fr), "trin": t})
                x["egen"] -= fr
            if ind.anden_indtaegt:
                t = FR.anden(f, r, ind.anden_indtaegt)
                x["fradrag"].append({"art": "anden_indtaegt", "beloeb": kr(ind.anden_indtaegt), "trin": t})
                x["egen"] -= ind.anden_indtaegt
        # 3. gensidig forsørgelsespligt
        for r in self.roller:
            x = pr[r]
            x["hjaelp"] = max(NUL, x["egen"]) if self.person[r].soeger_hjaelp else NUL
        if self.gift and len(self.roller) == 2:
            overskud = {r: max(NUL, -pr[r]["egen"]) for r in self.roller}
            for r, o in (("ansoeger", "aegtefaelle"), ("aegtefaelle", "ansoeger")):
                if self.person[r].soeger_hjaelp and overskud[o] > 0:
                    fr, t = FR.aegtefaelle(f, r, o, overskud[o], pr[r]["egen"])
                    if fr > 0:
                        pr[r]["fradrag"].append({"art": "aegtefaelles_indtaegt", "beloeb": kr(fr), "trin": t})
                    pr[r]["hjaelp"] = max(NUL, pr[r]["egen"] - fr)
        # 4. 225-timersreglen (until 30 June 2025)
        saerlig_bortfald = False
        if lov == "foer_2025_07":
            saerlig_bortfald = self.timeregel(d, mn, pr)
        # 5. kontanthjælpsloft (until 30 June 2025) and the støtte it reduces
        S_foer = m.saerlig_stoette or NUL
        B_foer = m.boligstoette or NUL
        n_voksne = len(self.roller)
        red_s = red_b = NUL
        if saerlig_bortfald:
            red_s = S_foer
        if lov == "foer_2025_07":
            s_andel = (S_foer - red_s) / n_voksne
            b_andel = B_foer / n_voksne
            for r in self.roller:
                x = pr[r]
                if x["kat"] and x["hjaelp"] > 0 and (S_foer or B_foer):
                    lr = LOFT.beregn(f, d, r, x["kat"], self.enlig, n_boern, x["hjaelp"], s_andel, b_andel)
                    x["loft"] = {"kategori": lr["kategori"], "graense": kr(lr["graense"]), "samlet": kr(lr["samlet"]),
                                 "overskridelse": kr(lr["over"]), "trin": lr["trin"]}
                    red_s += lr["red_s"]
                    red_b += lr["red_b"]
        red_s, red_b = ore(red_s), ore(red_b)
        t_st = f.add("KH-STOETTE", "aktivloven § 25 b og § 34; lov om individuel boligstøtte",
                     lambda: ({"saerlig_stoette": kr(S_foer), "boligstoette": kr(B_foer), "bortfald_225": saerlig_bortfald},
                              {"saerlig_stoette_nedsaettelse": kr(red_s), "boligstoette_nedsaettelse": kr(red_b)}),
                     (), ["FT-KH-LOFT-RAEKKEFOELGE", "FT-KH-225-AEGTEPAR"] if saerlig_bortfald else ["FT-KH-LOFT-RAEKKEFOELGE"])
        # 6. formue, person totals, udbetalt
        if self.gift:
            formuer = [self.person[r].formue or NUL for r in self.roller]
        else:
            formuer = [self.person[r].formue or NUL for r in self.roller if self.person[r].soeger_hjaelp]
        F_total, F_graense, F_fradrag, t_f = FR.formue(f, d, self.gift, formuer)
        personer = []
        sum_hjaelp = NUL
        for r in self.roller:
            x = pr[r]
            t_h = f.add("KH-HJAELP-PERSON", "aktivloven § 25 og § 30" if lov == "foer_2025_07" else "aktivloven §§ 16-20 og § 30",
                        lambda r=r, x=x: ({"rolle": r, "sats_og_tillaeg": kr(x["fuld"]), "fradrag": [y["beloeb"] for y in x["fradrag"]],
                                  "reduktion": x["reduktion"]["beloeb"] if x["reduktion"] and x["reduktion"]["anvendt"] else "0.00"},
                                 {"hjaelp": kr(x["hjaelp"])}), (), self.ft_forhold)
            sum_hjaelp += x["hjaelp"]
            personer.append({"rolle": r, "sats": x["sats"], "tillaeg": x["tillaeg"], "fradrag": x["fradrag"],
                             "timeregel_225": x["timeregel_225"], "reduktion": x["reduktion"], "loft": x["loft"],
                             "hjaelp": {"beloeb": kr(x["hjaelp"]), "trin": t_h}})
        udbetalt = max(NUL, sum_hjaelp - F_fradrag)
        aarsager = []
        andel = None
        if self.ansoegning is not None:
            slut = dage_i_maaned(d)
            if self.ansoegning > d.replace(day=slut):
                udbetalt, aarsager = NUL, ["FOER_ANSOEGNING"]
            elif self.ansoegning > d:
                dage = slut - self.ansoegning.day + 1
                andel = f"{dage}/{slut}"
                udbetalt = ore(udbetalt * dage / slut)
        if udbetalt == 0 and not aarsager:
            if not any(self.person[r].soeger_hjaelp for r in self.roller):
                aarsager = ["INGEN_ANSOEGER"]
            elif sum_hjaelp > 0:
                aarsager = ["FORMUE"]
            else:
                aarsager = ["INDTAEGT_OVERSTIGER_HJAELP"]
        t_u = f.add("KH-UDBETALT", "aktivloven § 89, stk. 1; § 11",
                    lambda: ({"hjaelp_personer": kr(sum_hjaelp), "formuefradrag": kr(F_fradrag),
                              "ansoegningsdato": self.ansoegning.isoformat() if self.ansoegning else None, "lovperiode_trin": t_lov},
                             {"udbetalt": kr(udbetalt), "forholdsmaessig_andel": andel, "aarsager": aarsager}),
                    (), ["FT-KH-ANSOEGNING", "FT-KH-AFRUNDING"])
        return {"maaned": m.maaned, "lov": lov,
                "ret": {"ret": udbetalt > 0, "aarsager": aarsager, "trin": t_u},
                "personer": personer,
                "formue": {"formue": kr(F_total), "graense": kr(F_graense), "fradrag": kr(F_fradrag), "trin": t_f},
                "saerlig_stoette": {"foer": kr(S_foer), "nedsaettelse": kr(red_s), "efter": kr(S_foer - red_s), "trin": t_st},
                "boligstoette": {"foer": kr(B_foer), "nedsaettelse": kr(red_b), "efter": kr(B_foer - red_b), "trin": t_st},
                "udbetalt": {"beloeb": kr(udbetalt), "trin": t_u}}

    # --- 225-timersreglen with its procedure ----------------------------------------------------------

    def timeregel(self, d, mn: int, pr: dict) -> bool:
        """Applies the rule to pr in place; True when særlig støtte lapses (a married spouse's hjælp lapsed)."""
        f = self.f
        fejler = {}
        for r in self.roller:
            x = pr[r]
            if not x["kat"]:
                continue
            gaelder, timer, mdr, opfyldt, t = T225.status(f, d, mn, r, self.historik[r], self.nedsat_fra[r],
                                                         self.person[r].fritaget_225_timersregel)
            x["timeregel_225"] = {"krav_gaelder": gaelder, "maaneder_paa_hjaelp": mdr, "timer": f"{timer:f}",
                                  "opfyldt": opfyldt, "trin": t}
            if opfyldt:
                self.nedsat_fra[r] = None
            else:
                fejler[r] = timer
        if not fejler:
            return False
        if self.gift:
            # one spouse's hjælp lapses: the failing one; both failing: the one an afgørelse already covers, then
            # fewer hours, then lower hjælp (FT-KH-225-AEGTEPAR)
            def noegle(k):
                virkning, _ = PROC.tidligst_virkning(self.afg[k])
                return (not (virkning is not None and virkning <= d), fejler[k], pr[k]["hjaelp"])
            r = min(fejler, key=noegle)
            return self.reducer(d, mn, pr[r], "bortfald_225", pr[r]["hjaelp"], [],
                                "aktivloven § 13 f, stk. 6, og § 26, stk. 4-11", "FT-KH-225-AEGTEPAR")
        for r in fejler:
            x = pr[r]
            beloeb, pb = T225.nedsaettelse_ugift(d, x["kat"])
            self.reducer(d, mn, x, "nedsaettelse_225", min(beloeb, x["hjaelp"]), [pb],
                         "aktivloven § 13 g, stk. 1 og 2", "FT-KH-225-UGIFT")
        return False

    def reducer(self, d, mn, x, art, beloeb, parametre, hjemmel, ft) -> bool:
        r = x["rolle"]
        virkning, afg = PROC.tidligst_virkning(self.afg[r])
        anvendt = virkning is not None and virkning <= d
        self.krav.setdefault((r, art), {"art": art, "person": r, "lovens_virkning": d, "afg": afg,
                                            "virkning": virkning, "alle": self.afg[r]})
        t = self.f.add("KH-225-REDUKTION", f"{hjemmel}; forvaltningsloven §§ 19, 22 og 24",
                       lambda: ({"rolle": r, "lovens_virkning": d.isoformat(),
                                 "afgoerelser": [{"dato": a.dato.isoformat(), "med_begrundelse": a.gyldig} for a in self.afg[r]]},
                                {"art": art, "beloeb": kr(beloeb), "tidligst_fra": virkning.isoformat() if virkning else None,
                                 "anvendt": anvendt,
                                 "note": None if anvendt else ("reduktion ikke hjemlet uden afgørelse" if virkning is None
                                                               else "afgørelsen har virkning fra en senere måned")}),
                       parametre, [ft, "FT-KH-AFGOERELSE-VIRKNING"])
        x["reduktion"] = {"art": art, "beloeb": kr(beloeb), "tidligst_fra": virkning.isoformat() if virkning else None,
                          "anvendt": anvendt, "trin": t}
        if anvendt:
            x["hjaelp"] = max(NUL, x["hjaelp"] - beloeb)
            if self.nedsat_fra[r] is None:
                self.nedsat_fra[r] = mn
        return anvendt and art == "bortfald_225"

    def krav_ud(self, k: dict) -> dict:
        afg = k["afg"]
        alle = k["alle"]
        if afg is not None:
            note = "afgørelse med begrundelse foreligger"
            if not afg.partshoering_foer:
                note += "; ingen partshøring registreret før afgørelsen (forvaltningsloven § 19)"
        elif alle:
            note = "afgørelse uden begrundelse: reduktion ikke hjemlet (forvaltningsloven § 22)"
        else:
            note = "reduktion ikke hjemlet uden afgørelse"
        t = self.f.add("KH-AFGOERELSESKRAV", "forvaltningsloven §§ 19, 22 og 24; BEK nr. 474 af 22.4.2020",
                       lambda: ({"person": k["person"], "art": k["art"], "lovens_virkning": k["lovens_virkning"].isoformat()},
                                {"afgoerelse": afg.dato.isoformat() if afg else None,
                                 "tidligst_virkning": k["virkning"].isoformat() if k["virkning"] else None,
                                 "hjemlet": afg is not None, "note": note}),
                       (), ["FT-KH-AFGOERELSE-VIRKNING"])
        return {"art": k["art"], "person": k["person"], "lovens_virkning": k["lovens_virkning"].isoformat(),
                "afgoerelse": afg.dato.isoformat() if afg else None,
                "tidligst_virkning": k["virkning"].isoformat() if k["virkning"] else None,
                "hjemlet": afg is not None, "note": note, "trin": t}
