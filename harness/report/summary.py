"""summary.md: the Danish evidence a municipality can sign and a vendor can act on.

It leads with at most two pages a non-programmer reads: the verdict and its reasons, the key figures (scenarios,
probable defects, kroner at risk, citizens hit), the defects table (severity, §, scenarios, kroner), what severity
A/B/C means, the coverage (benefits and legal areas by their Danish titles, mandatory scenarios, the bench's stored
strength for each; what was not in scope), the waivers used and expired, and what changed since the baseline.
Everything else is in the appendix (appendix.py; the strength's details in bilag J, strength.py; the negative
stage's in bilag K). rapport.html (rapport.py) shows the same content with charts and links; its strength is a
section of its own.

Every value that comes from a run (and so possibly from the candidate: its system name, version, error texts,
field values) goes through `md` (escape.py): shown literally, never as Markdown or HTML, never on a line of its
own. No absolute path of the machine is shown (paths.py). Only this module's own words are markup.
"""
from __future__ import annotations

import re
from typing import Any

from harness.toolkit.dansk import antal

from .appendix import appendix
from .approvals import demo_key_warning
from .baseline import defects_of, money_of
from .danish import besked
from .escape import md
from .labels import VERDICT
from .strength import strength_front, strength_front_note
from .text import (
    area_title,
    benefit_title,
    cell,
    first_page_caveats,
    fuzz_text,
    judged_text,
    kr,
    risk_text,
    sample_text,
    scenario_cases,
    scenario_counts,
    severity_meaning,
    table,
    unanswered_cases,
)

FRONT_DEFECTS = 10          # rows of the defects table on the first pages; the rest in appendix D
FRONT_REASON_CHARS = 180    # a reason on the first pages; in full in appendix A
AREA_HEADERS = ["Ydelse", "Retsområde", "Scenarier", "Bestået", "Afvigelse", "Sprunget over", "Fejl", "A", "B", "C"]


def area_rows(results: dict[str, Any]) -> list[list[str]]:
    """One row per benefit and legal area (Danish titles): scenarios by status, deviations by severity. Plain text:
    the caller escapes for its format."""
    per: dict[tuple[str, str], dict[str, int]] = {}
    for case in results["cases"]:
        c = per.setdefault((case["ydelse"], case["omraade"]), {})
        c["cases"] = c.get("cases", 0) + 1
        c[case["status"]] = c.get(case["status"], 0) + 1
        for dev in case["deviations"]:
            c[dev["alvor"]] = c.get(dev["alvor"], 0) + 1
    return [[benefit_title(results, y), area_title(results, y, a), *(str(c.get(k, 0)) for k in
             ("cases", "pass", "deviation", "skipped", "errored", "A", "B", "C"))] for (y, a), c in sorted(per.items())]


_ID_LIST = re.compile(r"^(?P<head>.*?): (?P<ids>[\w./-]+(?:, [\w./-]+)*(?: og \d+ flere)?)$")


def _short(text: str, limit: int) -> str:
    """A reason for the first pages: a closing list of deviation or scenario ids left to appendix A."""
    m = _ID_LIST.match(text)
    if m and ("/" in m.group("ids") or re.search(r"\d{3}", m.group("ids"))):
        text = f"{m.group('head')} (listen i bilag A)"
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _head(results: dict[str, Any], out: list[str]) -> None:
    gate, meta = results["gate"], results["candidate"]["metadata"]
    out += ["# Udrulningsgodkendelse", "", f"**Afgørelse: {VERDICT[gate['verdict']]}{cell(judged_text(results), None)}**",
            ""]
    for note in results.get("recomputed", []):
        out += [f"> Bemærk: {md(note)}", ""]
    out += [f"Kandidat: {cell(meta['system'], 120)} version {cell(meta['version'], 60)} · kørsel "
            f"{cell(results['run_id'])} · {cell(results['started'][:10])} · politik "
            f"»{cell(results['policy']['rollout']['name'])}« · undtagelser gælder pr. {cell(gate['today'])}", ""]
    if (earlier := results.get("tidligere_koersler")):
        last = earlier["newest"][0] if earlier["newest"] else None
        out += [f"> Versionen er kørt før her: {antal(earlier['runs'], 'gang', 'gange')} ({earlier['go']} GO, "
                f"{earlier['no_go']} NO-GO)"
                + (f", senest {cell(last['run_id'])} ({last['verdict']}, {cell(last['started'][:10])})" if last else "")
                + ".", ""]
    if results["candidate"].get("start_error"):
        out += [f"> Kandidaten kunne ikke startes: {cell(besked(results['candidate']['start_error']), 600)}", ""]
    if (warning := demo_key_warning(results)):
        out += [f"> {cell(warning, None)}", ""]
    if (caveats := first_page_caveats(results)):
        out += [f"> {cell(caveats, 900)}", ""]
    out += ["## Begrundelse", ""]
    if gate["reasons"]:
        out += [f"- {cell(_short(r, FRONT_REASON_CHARS), None)}" for r in gate["reasons"][:8]]
        if len(gate["reasons"]) > 8:
            out.append(f"- … og {len(gate['reasons']) - 8} grunde mere (bilag A)")
    else:
        out.append("- Alle kriterier i udrulningspolitikken er opfyldt.")
    out.append("")


def _figures(results: dict[str, Any], out: list[str]) -> None:
    s, money, defects = results["summary"], money_of(results), defects_of(results)
    per_sev = {sev: sum(1 for d in defects if d["alvor"] == sev) for sev in "ABC"}
    sev_text = ", ".join(f"{v} med alvor {k}" for k, v in per_sev.items() if v) or "ingen"
    rows = [
        ["Scenarier i omfang", scenario_counts(results)],
        *([["Stikprøve", cell(sample, None)]] if (sample := sample_text(results)) else []),
        *([["Fuzzing", cell(fuzz, None)]] if (fuzz := fuzz_text(results)) else []),
        ["Sandsynlige fejl", f"{len(defects)} ({sev_text}) bag {antal(s['deviations'], 'afvigelse', 'afvigelser')}"],
        ["Kroner i risiko", risk_text(money["i_alt"], unanswered_cases(results))],
        ["Ramt", f"{antal(money['scenarier_ramt'], 'scenarie', 'scenarier')}, "
                 f"{antal(money['borgere_ramt'], 'borger', 'borgere')} (én borger pr. sag); beløb afviger i "
                 f"{antal(money['scenarier_med_kroner'], 'scenarie', 'scenarier')}"],
    ]
    out += ["## Nøgletal", "", table(rows, ["", ""]), "",
            "Kroner er kandidatens beløb minus referencens for hver udbetaling (til borgeren og i refusion); "
            "for meget og for lidt lægges sammen til kroner i risiko.", ""]


def defect_rows(results: dict[str, Any], defects: list[dict[str, Any]], link: bool = True) -> list[list[str]]:
    rows = []
    for d in defects:
        title = f"[{d['id']}](#fejl-{d['id'].lower()}) {cell(d['titel'])}" if link else f"{d['id']} {cell(d['titel'])}"
        paragraf = (d["hjemmel"][0] + (" m.fl." if len(d["hjemmel"]) > 1 else "")) if d["hjemmel"] else "—"
        rows.append([title, cell(benefit_title(results, d["ydelse"])), d["alvor"], cell(paragraf),
                     str(len(d["scenarios"])), kr(d["kroner"]["i_risiko"]), str(d["undtaget"])])
    return rows


DEFECT_HEADERS = ["Fejl", "Ydelse", "Alvor", "§", "Scenarier", "Kroner i risiko", "Undtaget"]
DEFECT_ALIGN = ["left", "left", "center", "left", "right", "right", "right"]


def _defects(results: dict[str, Any], out: list[str]) -> None:
    defects = defects_of(results)
    out += ["## Sandsynlige fejl", ""]
    if not defects:
        out += ["Ingen afvigelser: kandidaten beregnede som referencen i alle gennemførte scenarier.", ""]
    else:
        out += [table(defect_rows(results, defects[:FRONT_DEFECTS]), DEFECT_HEADERS, DEFECT_ALIGN), ""]
        if len(defects) > FRONT_DEFECTS:
            out += [f"… og {len(defects) - FRONT_DEFECTS} fejl mere i bilag D.", ""]
    meaning = severity_meaning(results)
    grouping = ("Afvigelser med samme rodårsag (det første resultat, der afviger, og reglen bag det) og samme "
                "fejlklasse er én sandsynlig fejl; her begynder leverandøren at rette. " if defects else "")
    out += [grouping + "Alvor: " + " ".join(f"**{s}**: {cell(meaning[s], None)}" for s in "ABC"), ""]


def _coverage(results: dict[str, Any], out: list[str]) -> None:
    scope = results.get("scope")
    out += ["## Omfang", ""]
    cases = scenario_cases(results)
    strength = strength_front(results)
    if not scope:
        out += ["Kørslen angiver ikke sit omfang (results.json fra før omfang blev registreret).", ""]
        out += [f"- **{cell(benefit_title(results, navn))}**: {clause}" for navn, clause in strength.items()]
        out += [*strength_front_note(results), ""] if strength else []
        return
    for b in scope["in_scope"]:
        mine = [c for c in cases if c["ydelse"] == b["ydelse"]]
        ran = [c for c in mine if c["status"] in ("pass", "deviation")]
        areas_run = {c["omraade"] for c in ran}
        mandatory = [c for c in mine if c["obligatorisk"]]
        done = sum(1 for c in mandatory if c["status"] in ("pass", "deviation"))
        # the first page names only the areas no scenario ran in (all of them, with results: appendix B and rapport.html)
        missing = "; ".join(cell(t) for a, t in b["omraader"].items() if a not in areas_run)
        areas = f"ikke gennemført i {missing}" if missing else "alle med gennemførte scenarier" if b["omraader"] else "—"
        executed = "alle gennemført" if len(ran) == len(mine) else f"{len(ran)} gennemført"
        clause = f" {strength[b['ydelse']]}" if b["ydelse"] in strength else ""
        out.append(f"- **{cell(b['titel'])}**: {antal(len(mine), 'scenarie', 'scenarier')}, {executed}; obligatoriske "
                   f"{done} af {len(mandatory)}; {antal(len(b['omraader']), 'retsområde', 'retsområder')}: {areas}."
                   + clause)
    for b in scope["out_of_scope"]:
        out.append(f"- Ikke i omfang: **{cell(b['titel'])}** ({antal(b['scenarios'], 'scenarie', 'scenarier')}, "
                   f"{antal(len(b['omraader']), 'retsområde', 'retsområder')}): {cell(b['reason'])}.")
    for name in scope.get("unknown", []):
        out.append(f"- Kandidaten angiver ydelsen {cell(name)}, som ydelsestjek ikke kender; den er ikke afprøvet.")
    if scope.get("note"):
        out.append(f"- {cell(scope['note'])}.")
    out += strength_front_note(results)
    out.append("")


def _waivers(results: dict[str, Any], out: list[str]) -> None:
    gate = results["gate"]
    entries = results["policy"]["waivers"]["entries"]
    out += ["## Undtagelser", ""]
    lines = []
    if gate["waivers_used"]:
        lines.append("- Brugt: " + "; ".join(f"{cell(u['id'])} (sag {cell(u['ticket'])}, udløber {cell(u['expires'])}) "
                                             f"dækker {antal(len(u['deviations']), 'afvigelse', 'afvigelser')}"
                                             for u in gate["waivers_used"]) + ".")
    if gate["expired_waivers"]:
        lines.append("- Udløbet (tæller ikke længere): " + "; ".join(
            f"{cell(u['id'])} (udløb {cell(u['expires'])}, ville have dækket "
            f"{antal(len(u['deviations']), 'afvigelse', 'afvigelser')})" for u in gate["expired_waivers"]) + ".")
    if gate["not_allowed_waivers"]:
        lines.append("- Ikke tilladt for afvigelsens alvor: " + ", ".join(cell(u["id"]) for u in gate["not_allowed_waivers"])
                     + ".")
    if gate["unexpected_passes"]:
        lines.append("- Uventet bestået (kan fjernes fra registret): " + ", ".join(
            f"{cell(u['waiver'])} ({', '.join(cell(s) for s in u['scenarios'][:5])}"
            f"{' …' if len(u['scenarios']) > 5 else ''})" for u in gate["unexpected_passes"]) + ".")
    for warning in results.get("warnings", []):
        lines.append(f"- Advarsel: {cell(warning, None)}.")
    if not lines:
        lines.append(f"- Ingen undtagelser blev brugt ({antal(len(entries), 'undtagelse', 'undtagelser')} i registret).")
    out += [*lines, ""]


def _baseline(results: dict[str, Any], out: list[str]) -> None:
    base = results.get("baseline")
    if not base:   # no section on the first pages; rapport.html says how to give one
        return
    out += ["## Siden baseline", ""]
    for note in base.get("beregnet_igen", []):   # a compared run's file was edited: what is shown is computed again
        out += [f"> Advarsel: {cell(note, None)}.", ""]
    b, n = base["foer"], base["nu"]
    status = {s: [c for c in base["defects"] if c["status"] == s] for s in ("ny", "rettet", "vedvarende")}
    rows = [
        ["Kørsel", f"{cell(b['run_id'])} ({cell(b['system'])} {cell(b['version'])})",
         f"{cell(n['run_id'])} ({cell(n['system'])} {cell(n['version'])})"],
        ["Afgørelse", b["verdict"], n["verdict"]],
        ["Sandsynlige fejl", str(b["defects"]), str(n["defects"])],
        ["Afvigelser (A / B / C)", " / ".join(str(b["deviations"].get(s, 0)) for s in "ABC"),
         " / ".join(str(n["deviations"].get(s, 0)) for s in "ABC")],
        ["Kroner i risiko", kr(base["kroner_foer"]["i_risiko"]), kr(base["kroner_nu"]["i_risiko"])],
    ]
    out += [table(rows, ["", "Før", "Nu"]), ""]
    out.append(f"Fejl: {len(status['ny'])} nye, {len(status['rettet'])} rettede, {len(status['vedvarende'])} vedvarende. "
               f"Afvigelser: {len(base['nye'])} nye, {len(base['rettede'])} rettede, {len(base['vedvarende'])} vedvarende, "
               f"{len(base['alvor_aendret'])} med ændret alvor; {len(base['nye_a'])} nye med alvor A.")
    for c in status["ny"][:5]:
        out.append(f"- Ny: {cell(c['titel'])} ({c['alvor_nu']}, {antal(c['scenarier_nu'], 'scenarie', 'scenarier')})")
    for c in status["rettet"][:5]:
        out.append(f"- Rettet: {cell(c['titel'])}")
    for note in base.get("ikke_sammenlignelige", []):
        out.append(f"- Bemærk: {cell(note, None)}.")
    out += ["", "Detaljer i bilag H.", ""]


def front(results: dict[str, Any]) -> list[str]:
    """The first pages: what a steering group reads before it signs."""
    out: list[str] = []
    _head(results, out)
    _figures(results, out)
    _defects(results, out)
    _coverage(results, out)
    _waivers(results, out)
    _baseline(results, out)
    return out


def summary_markdown(results: dict[str, Any], seal_note: str | None = None) -> str:
    """The pack's summary.md; `seal_note` (results.json's seal was not checked) stands first, above the verdict."""
    out = front(results)
    if seal_note:
        at = out.index("# Udrulningsgodkendelse") + 2
        out[at:at] = [f"> **{md(seal_note)}**", ""]
    out += ["---", ""]
    out += appendix(results)
    return "\n".join(out).rstrip() + "\n"


__all__ = ["AREA_HEADERS", "DEFECT_HEADERS", "area_rows", "defect_rows", "front", "summary_markdown"]
