"""The strength report: the mutants' outcomes summed up per benefit — the mutation score (scenarios alone, and with
fuzzing), the surviving defects by § and rule with their witness cases, the equivalent mutants with their evidence,
and the defects only one or two scenarios catch. `section()` is what golden/STYRKE.json stores for a benefit;
`markdown()` is the report a jurist reads (and the list scenarios are written from)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from pathlib import Path

from harness.golden import strength as stored

from .catalogue import ARTER, OPERATORS, Catalogue
from .engine import AEKVIVALENT, DRAEBT_FUZZ, DRAEBT_SCENARIER, FEJL, OVERLEVER, Outcome, Settings
from .equivalence import GRUNDE, VIA_REGISTER
from .mutant import Mutant

MIN_SCENARIOS = 3      # the project's target: every defect caught by at least three scenarios
# The project's targets for its own legal operators (issue 17): killed by the scenario run alone, and with ci fuzzing.
TARGET_SCENARIOS, TARGET_WITH_FUZZ = 0.98, 1.0


def outcome_of(m: Mutant, outcomes: dict[str, Outcome]) -> Outcome:
    return outcomes[m.samme_som or m.id]


def paragraf(hjemmel: str | None) -> str:
    """The first § a citation names ("loven § 30, stk. 1" -> "§ 30"), for grouping."""
    if not hjemmel:
        return "(uden §)"
    found = re.search(r"§§?\s*(\d+\s?[a-z]?)\b", hjemmel)
    return f"§ {found.group(1).strip()}" if found else hjemmel[:40]


def _score(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def tally(mutants: list[Mutant], outcomes: dict[str, Outcome], fuzz: bool) -> dict:
    c = Counter(outcome_of(m, outcomes).status for m in mutants)
    timeouts = sum(1 for m in mutants if outcome_of(m, outcomes).timeout)
    # equivalent by construction: the catalogue's own (out of the reference's dates) and the register's claims
    konstruktion = sum(1 for m in mutants if outcome_of(m, outcomes).stadie in ("katalog", VIA_REGISTER))
    register = sum(1 for m in mutants if outcome_of(m, outcomes).stadie == VIA_REGISTER)
    vurderet = len(mutants) - c[AEKVIVALENT] - c[FEJL]
    return {"i_alt": len(mutants), "draebt_scenarier": c[DRAEBT_SCENARIER], "draebt_fuzz": c[DRAEBT_FUZZ],
            "aekvivalente": c[AEKVIVALENT], "aekvivalente_ved_konstruktion": konstruktion,
            "aekvivalente_ved_register": register, "overlevende": c[OVERLEVER], "fejl": c[FEJL], "timeout": timeouts,
            "vurderet": vurderet, "score_scenarier": _score(c[DRAEBT_SCENARIER], vurderet),
            "score_med_fuzz": _score(c[DRAEBT_SCENARIER] + c[DRAEBT_FUZZ], vurderet) if fuzz else None}


def _evidence(o: Outcome) -> dict:
    out: dict = {"status": o.status, "stadie": o.stadie}
    if o.fuzz:
        out["fuzz"] = {k: v for k, v in o.fuzz.items() if k in ("profil", "eksempler", "runder")}
    if o.bulk:
        out["bulk"] = o.bulk
    if o.timeout:
        out["timeout"] = True
    if o.besked:
        out["besked"] = o.besked[:1500] if o.paastand else o.besked[:500]
    if o.paastand:
        out["paastand"] = o.paastand
    return out


def section(cat: Catalogue, outcomes: dict[str, Outcome], settings: Settings, timeouts: dict[str, float],
            seconds: float, golden_dir: Path, tool: dict | None = None) -> dict:
    """What golden/STYRKE.json keeps for one benefit."""
    fuzz = bool(settings.fuzz)
    by_art = {a: [m for m in cat.mutants if m.art == a] for a in ARTER}
    survivors, equivalents, thin, errors, fuzz_only = [], [], [], [], []
    hist: Counter = Counter()
    per_par: dict[str, Counter] = defaultdict(Counter)
    for m in cat.mutants:
        o = outcome_of(m, outcomes)
        entry = {**m.to_dict(), "bevis": _evidence(o)}
        if m.art == "juridisk":
            pc = per_par[paragraf(m.hjemmel)]
            pc["i_alt"] += 1
            pc[o.status] += 1
        if m.samme_som:                 # listed once, under the mutant whose source it shares
            continue
        if o.status == OVERLEVER:
            survivors.append(entry)
        elif o.status == AEKVIVALENT:
            equivalents.append(entry)
        elif o.status == FEJL:
            errors.append(entry)
        elif o.status == DRAEBT_FUZZ:       # the scenarios missed it; fuzzing did not
            fuzz_only.append(entry)
        elif o.status == DRAEBT_SCENARIER and m.art == "juridisk":
            n = len(o.scenarier)
            hist["3+" if n >= MIN_SCENARIOS else str(n)] += 1
            if 0 < n < MIN_SCENARIOS:
                thin.append({k: entry.get(k) for k in ("id", "operator", "hjemmel", "regel", "beskrivelse", "foer", "efter")}
                            | {"scenarier": o.scenarier})
    order = {"juridisk": 0, "syntaktisk": 1}
    survivors.sort(key=lambda e: (order[e["art"]], paragraf(e.get("hjemmel")), e.get("regel") or "", e["id"]))
    equivalents.sort(key=lambda e: (order[e["art"]], e["operator"], e["id"]))
    thin.sort(key=lambda e: (paragraf(e.get("hjemmel")), e.get("regel") or "", e["id"]))
    return {
        "maalt": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "noegler": stored.keys(golden_dir, cat.ydelse),
        "indstillinger": {**settings.to_dict(), "timeouts": {k: round(v, 1) for k, v in timeouts.items()}},
        "sekunder": round(seconds, 1),
        "katalog": {"mutanter": len(cat.mutants), "koert": len(cat.unique()), "operatorer": cat.counts(),
                    "fortolkninger_uden_alternativ": cat.uden_alternativ, "problemer": cat.problems},
        "juridisk": tally(by_art["juridisk"], outcomes, fuzz),
        "syntaktisk": tally(by_art["syntaktisk"], outcomes, fuzz),
        "fangst": {"1": hist["1"], "2": hist["2"], "3+": hist["3+"]},
        "pr_paragraf": {p: {"i_alt": c["i_alt"], "draebt_scenarier": c[DRAEBT_SCENARIER], "draebt_fuzz": c[DRAEBT_FUZZ],
                            "aekvivalente": c[AEKVIVALENT], "overlevende": c[OVERLEVER]}
                        for p, c in sorted(per_par.items(), key=lambda kv: _par_key(kv[0]))},
        "overlevende": survivors,
        "aekvivalente": equivalents,
        "tyndt_fanget": thin,
        "kun_fanget_af_fuzz": sorted(fuzz_only, key=lambda e: (order[e["art"]], paragraf(e.get("hjemmel")),
                                                               e.get("regel") or "", e["id"])),
        "fejl": errors,
    }


def _par_key(p: str) -> tuple:
    m = re.match(r"§ (\d+)\s?([a-z]?)", p)
    return (0, int(m.group(1)), m.group(2)) if m else (1, 0, p)


# --- rendering ----------------------------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f} %".replace(".", ",")


def headline(navn: str, sec: dict) -> str:
    """One sentence: "this suite detects k of n seeded legal defects" (scenarios alone; with fuzzing)."""
    j = sec["juridisk"]
    text = (f"{navn}: scenarierne opdager {j['draebt_scenarier']} af {j['vurderet']} indlagte juridiske fejl "
            f"({_pct(j['score_scenarier'])})")
    if j.get("score_med_fuzz") is not None:
        text += (f"; med fuzzing ({sec['indstillinger']['fuzz']}) {j['draebt_scenarier'] + j['draebt_fuzz']} af "
                 f"{j['vurderet']} ({_pct(j['score_med_fuzz'])})")
    text += f"; {j['aekvivalente']} mutanter er ækvivalente"
    if j.get("aekvivalente_ved_register"):
        text += f" ({j['aekvivalente_ved_register']} af dem ved en gennemgået påstand i ækvivalensregistret)"
    text += f", {j['overlevende']} overlever"
    return text + "."


def _cell(text: object) -> str:
    return str(text if text is not None else "—").replace("|", "\\|").replace("\n", " ⏎ ")


def markdown(sections: dict[str, dict]) -> str:
    out: list[str] = ["# Benchens styrke (mutationstest)", ""]
    w = out.append
    for navn, sec in sections.items():
        ind = sec["indstillinger"]
        w(f"## {navn}")
        w("")
        w(headline(navn, sec))
        w("")
        w(f"Målt {sec['maalt']} på {sec['noegler']['goldens']} godkendte scenarier; fuzz: {ind['fuzz'] or 'nej'}; "
          f"ækvivalens: {ind['bulk']} bulk-sager (seed {ind['seed']}); {sec['katalog']['koert']} mutanter kørt "
          f"({sec['katalog']['mutanter']} i kataloget) på {sec['sekunder']} s.")
        w("")
        w("| art | mutanter | dræbt af scenarier | dræbt af fuzz | ækvivalente | overlever | fejl | score (scenarier) | score (med fuzz) |")
        w("|---|---|---|---|---|---|---|---|---|")
        for art in ARTER:
            t = sec[art]
            w(f"| {art} | {t['i_alt']} | {t['draebt_scenarier']} | {t['draebt_fuzz']} | {t['aekvivalente']} | "
              f"{t['overlevende']} | {t['fejl']} | {_pct(t['score_scenarier'])} | {_pct(t['score_med_fuzz'])} |")
        w("")
        f = sec["fangst"]
        w(f"Juridiske fejl fanget af scenarierne: {f['3+']} af mindst {MIN_SCENARIOS} scenarier, {f['2']} af 2, {f['1']} af 1.")
        w("")
        j = sec["juridisk"]
        w(f"Mål for de juridiske operatorer: mindst {_pct(TARGET_SCENARIOS)} af scenarierne alene — "
          f"{_met(j['score_scenarier'], TARGET_SCENARIOS)}; {_pct(TARGET_WITH_FUZZ)} med fuzzing, hver overlevende vist "
          f"ækvivalent — {_met(j['score_med_fuzz'], TARGET_WITH_FUZZ)}; hver fejl fanget af mindst {MIN_SCENARIOS} "
          f"scenarier — {'opfyldt' if not f['1'] and not f['2'] else 'ikke opfyldt'}.")
        w("")
        if sec["katalog"]["problemer"]:
            w("**Kataloget kunne ikke anvende:**")
            w("")
            for p in sec["katalog"]["problemer"]:
                w(f"- {p}")
            w("")
        w("### Pr. paragraf (juridiske mutanter)")
        w("")
        w("| § | mutanter | dræbt af scenarier | dræbt af fuzz | ækvivalente | overlever |")
        w("|---|---|---|---|---|---|")
        for p, c in sec["pr_paragraf"].items():
            w(f"| {p} | {c['i_alt']} | {c['draebt_scenarier']} | {c['draebt_fuzz']} | {c['aekvivalente']} | {c['overlevende']} |")
        w("")
        for art in ARTER:
            alive = [s for s in sec["overlevende"] if s["art"] == art]
            w(f"### Overlevende {art}e mutanter ({len(alive)}): skriv scenarier for dem")
            w("")
            if not alive:
                w("Ingen.")
                w("")
                continue
            w("| mutant | § | regel | fejl | før → efter | vidne (bulk-sag) |")
            w("|---|---|---|---|---|---|")
            for s in alive:
                w(f"| {s['id']} | {_cell(s.get('hjemmel'))} | {_cell(s.get('regel'))} | {_cell(s['beskrivelse'])} | "
                  f"`{_cell(s.get('foer'))}` → `{_cell(s.get('efter'))}` | {_cell(_witness(s['bevis']))} |")
            w("")
        only = [e for e in sec.get("kun_fanget_af_fuzz", []) if e["art"] == "juridisk"]
        w(f"### Juridiske fejl, som scenarierne ikke fanger, men fuzzing gør ({len(only)}): skriv scenarier for dem")
        w("")
        if only:
            w("| mutant | § | regel | fejl | før → efter | vidne (bulk-sag) |")
            w("|---|---|---|---|---|---|")
            for s in only:
                w(f"| {s['id']} | {_cell(s.get('hjemmel'))} | {_cell(s.get('regel'))} | {_cell(s['beskrivelse'])} | "
                  f"`{_cell(s.get('foer'))}` → `{_cell(s.get('efter'))}` | {_cell(_witness(s['bevis']))} |")
            w("")
        reg = sec.get("aekvivalensregister")
        if reg:
            w(f"### Ækvivalensregistret: {reg['anvendt']} mutanter talt ækvivalente ved en påstand, "
              f"{reg['bekraeftet_af_stikproeven']} påståede vist af stikprøven selv, {len(reg['afvist'])} påstande afvist")
            w("")
            w("En påstand tælles kun, når intet i målingen modsiger den: ingen scenarier eller fuzz fanger mutanten, "
              "stikprøven finder intet vidne, og de analoge mutanter er vist ækvivalente. Grunde: "
              + "; ".join(f"{k}: {v}" for k, v in GRUNDE.items()) + ".")
            w("")
            for a in reg["afvist"]:
                w(f"- **afvist** {a['paastand']} for {a['mutant']}: {_cell(a['grund'])}")
            if reg["afvist"]:
                w("")
        eq = sec["aekvivalente"]
        w(f"### Ækvivalente mutanter ({len(eq)}): ingen forskel på bulk-stikprøven, eller ved konstruktion")
        w("")
        if eq:
            by_op = Counter(e["operator"] for e in eq)
            w(", ".join(f"{op}: {n}" for op, n in sorted(by_op.items())))
            w("")
            w("| mutant | operator | § | fejl | før → efter | bevis |")
            w("|---|---|---|---|---|---|")
            for e in eq:
                w(f"| {e['id']} | {e['operator']} | {_cell(e.get('hjemmel'))} | {_cell(e['beskrivelse'])} | "
                  f"`{_cell(e.get('foer'))}` → `{_cell(e.get('efter'))}` | {_cell(_proof(e['bevis']))} |")
            w("")
        thin = sec["tyndt_fanget"]
        w(f"### Juridiske fejl fanget af færre end {MIN_SCENARIOS} scenarier ({len(thin)})")
        w("")
        if thin:
            w("| mutant | § | regel | fejl | fanget af |")
            w("|---|---|---|---|---|")
            for t in thin:
                w(f"| {t['id']} | {_cell(t.get('hjemmel'))} | {_cell(t.get('regel'))} | {_cell(t['beskrivelse'])} | "
                  f"{', '.join(t['scenarier'])} |")
            w("")
        if sec["fejl"]:
            w(f"### Mutanter der ikke kunne laves ({len(sec['fejl'])})")
            w("")
            for e in sec["fejl"]:
                w(f"- {e['id']} ({e['operator']}, {e['fil']}): {_cell(e['bevis'].get('besked'))[:300]}")
            w("")
    return "\n".join(out) + "\n"


def _met(score: float | None, target: float) -> str:
    if score is None:
        return "ikke målt"
    return "opfyldt" if score >= target else "ikke opfyldt"


def _witness(bevis: dict) -> str:
    bulk = bevis.get("bulk") or {}
    vidner = bulk.get("vidner") or []
    if vidner:
        v = vidner[0]
        more = f" (+{bulk['forskelle'] - 1} flere)" if bulk.get("forskelle", 0) > 1 else ""
        return (f"bulk_case({v['n']}, seed={v['seed']}): {', '.join(v['klasser'])}; "
                f"{', '.join(v.get('felter', [])[:3])}{more}; i {bulk.get('forskelle')} af {bulk.get('sammenlignet')} sager")
    return bulk.get("besked") or bevis.get("besked") or "—"


def _proof(bevis: dict) -> str:
    if bevis.get("stadie") in ("katalog", VIA_REGISTER):
        return str(bevis.get("besked") or "")
    bulk = bevis.get("bulk") or {}
    parts = [f"0 forskelle på {bulk.get('sammenlignet', 0)} bulk-sager (seed {bulk.get('seed')})"]
    if bulk.get("uden_for_omraade"):
        parts.append(f"{bulk['uden_for_omraade']} uden for området")
    if bulk.get("kun_forklaring"):
        parts.append(f"{bulk['kun_forklaring']} med ændret forklaring alene")
    if bevis.get("fuzz"):
        parts.append(f"fuzz {bevis['fuzz']['profil']}: {bevis['fuzz']['eksempler']} eksempler uden fund")
    return "; ".join(parts)


def terminal(sections: dict[str, dict]) -> str:
    lines = []
    for navn, sec in sections.items():
        lines.append(headline(navn, sec))
        for art in ARTER:
            t = sec[art]
            lines.append(f"  {art:10s} {t['i_alt']:5d} mutanter: {t['draebt_scenarier']} dræbt af scenarier, "
                         f"{t['draebt_fuzz']} af fuzz, {t['aekvivalente']} ækvivalente, {t['overlevende']} overlever, "
                         f"{t['fejl']} fejl; score {_pct(t['score_scenarier'])} / {_pct(t['score_med_fuzz'])}")
        lines.append(f"  {sec['sekunder']} s")
    return "\n".join(lines)


__all__ = ["OPERATORS", "headline", "markdown", "section", "tally", "terminal"]
