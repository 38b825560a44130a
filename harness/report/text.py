"""Shared words and formats of the evidence pack's Markdown and HTML: Danish money, counts, benefit and legal area
titles from the run's scope, severity meanings, and tables. Every value from the run goes through `md` (escape.py)
before it reaches Markdown; the HTML page escapes on its own."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from tabulate import tabulate

from harness.contract.records import GENERATED_TAGS
from harness.toolkit.dansk import antal, format_kr

from .escape import md

SEVERITY_MEANING = {   # used when results.json carries no meaning of its own (runs before issue 14)
    "A": "Borgeren får et forkert beløb eller slet ingen udbetaling, eller en forkert afgørelse om sin ret.",
    "B": "Forkert dato, frist eller refusion.",
    "C": "Begrundelse eller form.",
}
AREA_FALLBACK = {"fuzz": "fundet ved fuzzing", "stikprøve": "fundet i stikprøven",
                 "ugyldigt_input": "ugyldigt input (negativ fase)"}


def scenario_cases(results: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of approved scenarios: not those of generated cases (fuzz findings, sample findings)."""
    return [c for c in results["cases"] if GENERATED_TAGS.isdisjoint(c.get("tags", ()))]


def scenario_counts(results: dict[str, Any]) -> str:
    """'430: 428 bestået, 2 med afvigelse, 0 sprunget over, 0 med fejl' over the scenarios alone."""
    cases = scenario_cases(results)
    n = {s: sum(1 for c in cases if c["status"] == s) for s in ("pass", "deviation", "skipped", "errored")}
    return (f"{len(cases)}: {n['pass']} bestået, {n['deviation']} med afvigelse, {n['skipped']} sprunget over, "
            f"{n['errored']} med fejl")


def fuzz_text(results: dict[str, Any]) -> str | None:
    """The fuzz stage in one Danish sentence (plain text), or None for a run without it: what was tried and whether
    the time ran out, so a pack shows the stage ran also when it found nothing."""
    stage = results.get("fuzz")
    if not stage:
        return None
    parts = []
    for b in stage.get("ydelser", []):
        text = (f"{b['ydelse']} {antal(b['examples'], 'sag', 'sager')} i {antal(b['rounds'], 'runde', 'runder')}, "
                f"{antal(b['counterexamples'], 'modeksempel', 'modeksempler')}")
        if b.get("skipped"):
            text += f", {b['skipped']} sprunget over af kandidaten"
        if b.get("budget_exhausted"):
            text += ", tidsbudgettet nået før søgningen var færdig"
        parts.append(text)
    budget = stage.get("budget_seconds")
    head = f"profil {stage.get('profile')}" + (f", højst {budget:g} s" if budget else "")
    return f"{head}: " + ("; ".join(parts) if parts else "ingen ydelse med generatorer i omfang")


def sample_text(results: dict[str, Any]) -> str | None:
    """The sample stage in one Danish sentence (plain text), or None for a run without one."""
    stage = results.get("sample")
    if not stage:
        return None
    if not stage.get("enabled"):
        return f"ikke kørt: {stage.get('note') or 'slået fra'}"
    benefits = stage.get("benefits", [])
    sent = sum(b.get("sent", 0) for b in benefits)
    failed = sum(b.get("failed", 0) for b in benefits)
    drawn = f"med det givne frø {stage.get('seed')} (--sample-seed)" if stage.get("seed_given") \
        else f"tilfældigt (frø {stage.get('seed')})"
    text = (f"{antal(sent, 'ny sag', 'nye sager')} trukket {drawn}: {sent - failed} "
            f"som referencen, {failed} forkert eller ikke beregnet")
    if failed:
        text += f" ({antal(len(stage.get('findings', [])), 'fund', 'fund')})"
    if stage.get("after_public"):
        text += f"; sendt efter {stage['after_public']} offentlige scenarier (genoptaget kørsel)"
    neighbours = sum(b.get("neighbours", 0) for b in benefits)
    if neighbours:
        text += f"; heraf {neighbours} naboer til scenarierne"
    outside = sum(b.get("outside_law_dates", 0) for b in benefits)
    if outside:
        text += f"; {outside} trukket uden for kandidatens lovdatoer og trukket om (ikke sendt)"
    short = sum(b.get("short", 0) for b in benefits)
    if short:
        text += f"; {short} kunne ikke trækkes inden for lovdatoerne"
    faults = fault_text(benefits)
    return text + (f"; {faults}" if faults else "")


def fault_text(benefits: list[dict[str, Any]]) -> str | None:
    """What the sample can show of a system that leaves one field unread (harness/sensitivity.py), all benefits in
    one clause; per benefit, and the faults it cannot show, in results.json (sample.benefits[].faults)."""
    found = [b["faults"] for b in benefits if b.get("faults")]
    if not found:
        return None
    shown, total = sum(f.get("shown", 0) for f in found), sum(f.get("faults", 0) for f in found)
    extra = sum(f.get("extra_cases", 0) for f in found)
    blind = sum(len(f.get("unreached", [])) + len(f.get("few", [])) for f in found)
    given_up = sum(len(f.get("without_effect", [])) for f in found)
    return (f"enkeltfejl (ét felt ulæst/fejllæst) vist: {shown} af {total}, {extra} sager ekstra"
            + (f", {blind} for sjældent" if blind else "") + (f", {given_up} opgivet uden virkning" if given_up else ""))


def table(rows: list[list[str]], headers: list[str], align: list[str] | None = None) -> str:
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True, colalign=align)


def kr(value: str | Decimal | None) -> str:
    """'1234.5' -> '1.234,50 kr.'; None -> '—'."""
    return "—" if value is None else format_kr(value)


def kr_signed(value: str | Decimal | None) -> str:
    """A difference: '+1.234,50 kr.' (paid too much) or '-1.234,50 kr.' (too little)."""
    if value is None:
        return "ukendt"
    d = Decimal(str(value))
    return ("+" if d > 0 else "") + format_kr(d)


def risk_text(totals: dict[str, Any], unanswered: int = 0) -> str:
    """'12.345,00 kr. (for meget 0,00 kr., for lidt 12.345,00 kr.)', with unknown amounts named, and the cases
    without a readable answer (unanswered_cases) said to be outside the kroner."""
    text = f"{kr(totals['i_risiko'])} (for meget {kr(totals['for_meget'])}, for lidt {kr(totals['for_lidt'])})"
    if totals.get("ukendt"):
        text += f"; {antal(totals['ukendt'], 'beløb', 'beløb')} kunne ikke aflæses"
    return text + unanswered_note(unanswered)


NO_ANSWER = ("fejl_timeout", "ugyldigt_svar")


def unanswered_cases(results: dict[str, Any]) -> int:
    """Cases with a deviation but no amount to count: the candidate crashed, timed out, refused or answered
    unreadably. Their citizens may be paid nothing, and no kroner are counted for them (red team r18: a system that
    refused a class of cases showed "kroner i risiko 0,00 kr." beside its NO-GO)."""
    return sum(1 for c in results.get("cases", []) if c.get("deviations") and c.get("negativ") is None
               and not any(d.get("penge") for d in c["deviations"])
               and any(d.get("klasse") in NO_ANSWER for d in c["deviations"]))


def unanswered_note(n: int) -> str:
    return (f"; {antal(n, 'sag', 'sager')} uden et læsbart svar (fejl, timeout, afvist eller ugyldigt) er ikke talt "
            "med: borgeren kan have fået intet" if n else "")


def severity_meaning(results: dict[str, Any]) -> dict[str, str]:
    own = (results.get("policy") or {}).get("severity_meaning") or {}
    return {s: own.get(s) or SEVERITY_MEANING[s] for s in ("A", "B", "C")}


def benefit_titles(results: dict[str, Any]) -> dict[str, str]:
    scope = results.get("scope") or {}
    return {b["ydelse"]: b["titel"] for b in scope.get("in_scope", []) + scope.get("out_of_scope", [])}


def benefit_title(results: dict[str, Any], ydelse: str) -> str:
    return benefit_titles(results).get(ydelse, ydelse)


def area_titles(results: dict[str, Any]) -> dict[tuple[str, str], str]:
    scope = results.get("scope") or {}
    return {(b["ydelse"], area): title for b in scope.get("in_scope", []) + scope.get("out_of_scope", [])
            for area, title in b["omraader"].items()}


def area_title(results: dict[str, Any], ydelse: str, area: str) -> str:
    return area_titles(results).get((ydelse, area)) or AREA_FALLBACK.get(area, area)


def cell(value: object, limit: int | None = 300) -> str:
    """A value from the run, for a Markdown table cell or prose: literal, never markup."""
    return md("" if value is None else value, limit)


__all__ = ["SEVERITY_MEANING", "antal", "area_title", "area_titles", "benefit_title", "benefit_titles", "cell",
           "judged", "judged_text", "kr", "kr_signed", "risk_text", "scope_note", "selection_note", "severity_meaning",
           "table"]


def selection_note(golden: dict[str, Any]) -> str | None:
    """The run judged a selection (--only; the pytest plugin passes what -k/-m selected as --only) that left out
    scenarios of the benefits it judged: said wherever the verdict is. None for a selection that left nothing
    out (`run --only` of every scenario of a one-benefit system); a results.json from before `left_out` was recorded
    gets the note whenever it has a selection."""
    only = golden.get("only") or []
    left_out = golden.get("left_out")
    if not only or left_out == []:
        return None
    chosen = ", ".join(only)[:200] if len(only) <= 10 else f"{len(only)} scenarie-id'er"
    what = "" if left_out is None else \
        f"; {antal(len(left_out), 'scenarie', 'scenarier')} af de bedømte ydelser blev udeladt " \
        f"({', '.join(left_out[:10])}{' …' if len(left_out) > 10 else ''})"
    return (f"Bemærk: kørslen omfattede kun de scenarier, --only valgte ({chosen}) (med pytest: dem, -k/-m valgte){what}: "
            "en afgørelse om en delmængde er ingen udrulningsgodkendelse.")


def _og(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} og {names[-1]}"


def judged(results: dict[str, Any], titles: bool = True) -> tuple[list[str], list[str]]:
    """(the benefits the run judged, those with approved scenarios it did not judge), by their Danish titles (as in
    running text, lower case), or by their names (`titles` False). Judged: in the scope with scenarios in the run;
    not judged: out of the scope (the candidate does not declare it, or --ydelse left it out), or in it with no
    scenario selected (--only). Both empty for a results.json from before the scope was recorded."""
    scope = results.get("scope") or {}

    def title(b: dict[str, Any]) -> str:
        t = str(b.get("titel") or b["ydelse"]) if titles else str(b["ydelse"])
        return t[:1].lower() + t[1:]
    inside = scope.get("in_scope") or []
    return ([title(b) for b in inside if b.get("scenarios")],
            [title(b) for b in inside if not b.get("scenarios")]
            + [title(b) for b in scope.get("out_of_scope") or [] if b.get("scenarios")])


def judged_text(results: dict[str, Any]) -> str:
    """What the verdict is about, after the verdict's words (red team r13 F5: a GO for one benefit read as a GO for
    the release): ' af <ydelse>; <ydelse> er ikke bedømt'. Empty when the run records no scope."""
    yes, no = judged(results)
    if not yes and not no:
        return ""
    text = f" af {_og(yes)}" if yes else " af ingen ydelse"
    return text + (f"; {_og(no)} er ikke bedømt" if no else "")


def scope_note(results: dict[str, Any]) -> str | None:
    """Benefits with approved scenarios the run did not judge: the verdict says nothing about them. With --ydelse
    narrower than the candidate's declaration (a selection, never a GO: harness/gate/scope.py narrowed) it says
    so. None when every benefit with scenarios was judged."""
    from harness.gate.scope import narrowed
    yes, no = judged(results)
    if not no:
        return None
    scope = results.get("scope") or {}
    own = [navn for navn, _ in narrowed(scope)]
    titles = {b["ydelse"]: str(b.get("titel") or b["ydelse"]) for b in scope.get("out_of_scope") or []}
    picked = [titles.get(n, n) for n in own]
    picked = [t[:1].lower() + t[1:] for t in picked]
    note = (f"Bemærk: afgørelsen gælder kun {_og(yes) if yes else 'ingen ydelse'}; {_og(no)} blev ikke bedømt, og "
            "afgørelsen siger intet om dem.")
    if picked:
        note += (f" Kandidaten oplyser også at beregne {_og(picked)}, som --ydelse valgte fra: en afgørelse om en "
                 "delmængde er ingen udrulningsgodkendelse.")
    return note


def backdated_note(gate: dict[str, Any]) -> str | None:
    """A run asked to judge as of a day before the machine's (--today in the past): the waivers were judged as of
    the machine's day (harness/gate/gate.py waiver_day), which the reader must know. None otherwise."""
    asked, clock = gate.get("today_requested"), gate.get("clock_today")
    if not isinstance(asked, str) or not isinstance(clock, str) or asked >= clock:
        return None
    return (f"Bemærk: kørslen er dateret tilbage: den blev bedt om at gælde pr. {asked} (--today, eller dagen en "
            f"genoptaget kørsel begyndte), men maskinens dato var {clock}. Undtagelserne er vurderet pr. "
            f"{gate['today']}: en tilbagedatering kan ikke genoplive en udløbet undtagelse.")


def first_page_caveats(results: dict[str, Any]) -> str | None:
    """What the verdict must be read with, for the first pages, the HTML page and the terminal: the run's policy
    asks less than the shipped one (harness/gate/policy.py), the run judged only a selection of the scenarios
    (--only), whose GO approves no rollout, benefits with approved scenarios were not judged (the candidate does not
    declare them, or --ydelse left them out: a selection too), it was dated back (--today before the machine's date), or its goldens
    were not checked against scenarios (another --golden-dir without --scenario-dir: a set missing scenarios goes
    unnoticed). None when none of these."""
    notes = []
    rollout = results["policy"]["rollout"]
    if (weaker := rollout.get("weaker") or []):
        notes.append(f"Bemærk: udrulningspolitikken »{rollout['name']}« stiller færre krav end standardpolitikken "
                     f"(policies/default.yaml): " + "; ".join(weaker) + ".")
    if (note := selection_note(results["golden"])):
        notes.append(note)
    if (note := scope_note(results)):
        notes.append(note)
    if (note := backdated_note(results["gate"])):
        notes.append(note)
    kontrol = results["golden"].get("kontrol")
    if kontrol and kontrol.get("signaturer") and not kontrol.get("scenarier"):
        notes.append("Bemærk: goldens blev ikke kontrolleret mod scenarier (kun signaturer, manifest og serienummer): "
                     "et sæt, der mangler scenarier, opdages ikke; giv --scenario-dir.")
    return " ".join(notes) or None
