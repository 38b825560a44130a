"""rapport.html: the evidence pack as one self-contained page — the same content as summary.md, with charts and
links: defect → its scenarios → the field diff → the reference's explanation with its §.

One file: inline CSS and inline SVG (charts.py), no script, no image, no font and no link to anything outside the
page; a Content-Security-Policy forbids fetching anything, so it opens the same offline, on a file share or in a
mail. It prints to PDF with the appendix on new pages. Every value from the run is escaped (escape.html), so a
candidate's text cannot add markup; every link points to an id in the page.
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Any

from harness.toolkit.dansk import antal

from . import charts
from .appendix import _art_titles
from .approvals import approvers_file, demo_key_warning, signers
from .baseline import defects_of, money_of
from .danish import besked
from .escape import html as esc
from .labels import STATUS, VERDICT, value_text
from .negative import INTRO, NEGATIVE_HEADERS, negative_line, negative_rows
from .paths import scrub, shown
from .strength import strength_appendix_html, strength_html
from .summary import _ID_LIST, AREA_HEADERS, area_rows
from .text import (
    area_title,
    benefit_title,
    first_page_caveats,
    fuzz_text,
    judged_text,
    kr,
    kr_signed,
    sample_text,
    scenario_counts,
    severity_meaning,
    unanswered_cases,
    unanswered_note,
)

CSS = """
:root { --a: #b3261e; --b: #c77700; --c: #5f6b7a; --go: #1b7f3b; --nogo: #b3261e; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d232b; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
nav.toc { background: #f3f5f8; border-bottom: 1px solid var(--line); padding: .5rem 1.5rem; font-size: 14px; }
nav.toc a { margin-right: 1rem; white-space: nowrap; }
a { color: #1f4e96; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin-top: 1.5rem; } h4 { font-size: .98rem; margin: 1rem 0 .3rem; }
.verdict { border-radius: 6px; padding: 1rem 1.25rem; color: #fff; margin: 1rem 0; }
.verdict.go { background: var(--go); } .verdict.nogo { background: var(--nogo); }
.verdict h1 { color: #fff; } .verdict .line { font-size: 1.35rem; font-weight: 700; margin: .2rem 0; }
.verdict .meta { opacity: .92; font-size: 14px; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f5f8; } td.num, th.num { text-align: right; white-space: nowrap; }
.sev { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 3px; color: #fff; font-weight: 700; }
.sev-A { background: var(--a); } .sev-B { background: var(--b); } .sev-C { background: var(--c); }
.muted { color: #5f6b7a; } .box { background: #f7f8fa; border: 1px solid var(--line); border-radius: 4px; padding: .6rem .9rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
figure.chart { margin: 1rem 0; } figure.chart figcaption { font-weight: 600; margin-bottom: .3rem; }
.charts { display: grid; grid-template-columns: 1fr; gap: .5rem; }
details summary { cursor: pointer; color: #1f4e96; }
article.deviation { border-top: 1px solid var(--line); padding-top: .4rem; }
code { font-size: 13px; background: #f3f5f8; padding: 0 .2rem; border-radius: 2px; word-break: break-all; }
ul.ids { columns: 3; font-size: 13px; }
@media (max-width: 800px) { .charts { grid-template-columns: 1fr; } ul.ids { columns: 1; } }
@media print {
  nav.toc, .noprint { display: none; } body { font-size: 11pt; } main { max-width: none; padding: 0; }
  #bilag { page-break-before: always; } h2, h3 { page-break-after: avoid; } table, figure, article { page-break-inside: avoid; }
  .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .sev, rect, circle { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"


def slug(prefix: str, text: str) -> str:
    """An id for the page: `afv-<scenario>-<class>` for a deviation."""
    return prefix + "-" + re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")


def anchor(defect_id: str) -> str:
    """A defect's id in the page, the same as summary.md's: `fejl-f1`."""
    return "fejl-" + re.sub(r"[^a-z0-9]+", "-", defect_id.lower())


def _sev(s: str) -> str:
    return f'<span class="sev sev-{esc(s)}">{esc(s)}</span>'


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """Cells are HTML already (escaped by the caller)."""
    numeric = numeric or set()
    head = "".join(f'<th{" class=num" if i in numeric else ""}>{esc(h)}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td{" class=num" if i in numeric else ""}>{c}</td>' for i, c in enumerate(r))
                   + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _facts(pairs: list[tuple[str, str]]) -> str:
    return '<dl class="facts">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


def _kr_float(value: str) -> float:
    return float(Decimal(value))


# --- the first pages --------------------------------------------------------------------------------------------

def _head(results: dict[str, Any], seal_note: str | None = None) -> str:
    gate, meta = results["gate"], results["candidate"]["metadata"]
    cls = "go" if gate["verdict"] == "GO" else "nogo"
    notes = "".join(f'<p class="box">Bemærk: {esc(n)}</p>' for n in results.get("recomputed", []))
    start = results["candidate"].get("start_error")
    started = f'<p class="box">Kandidaten kunne ikke startes: {esc(besked(start), 600)}</p>' if start else ""
    if (warning := demo_key_warning(results)):
        started += f'<p class="box">{esc(warning)}</p>'
    if (caveats := first_page_caveats(results)):
        started += f'<p class="box" id="svagere-politik">{esc(caveats, 900)}</p>'
    seal = f'<p class="box" id="segl"><strong>{esc(seal_note, 1200)}</strong></p>' if seal_note else ""
    return (f'<header id="afgoerelse" class="verdict {cls}"><h1>Udrulningsgodkendelse</h1>{seal}'
            f'<p class="line" id="verdict">Afgørelse: {esc(VERDICT[gate["verdict"]])}{esc(judged_text(results))}</p>'
            f'<p class="meta">Kandidat: {esc(meta["system"], 120)} version {esc(meta["version"], 60)} · kørsel '
            f'{esc(results["run_id"])} · {esc(results["started"][:10])} · politik »{esc(results["policy"]["rollout"]["name"])}« '
            f'· undtagelser gælder pr. {esc(gate["today"])}</p></header>{notes}{started}')


def _reasons(results: dict[str, Any]) -> str:
    reasons = results["gate"]["reasons"]
    items = "".join(_reason(r) for r in reasons) or "<li>Alle kriterier i udrulningspolitikken er opfyldt.</li>"
    return f'<section id="begrundelse"><h2>Begrundelse</h2><ul>{items}</ul></section>'


def _reason(text: str) -> str:
    """A reason; a closing list of ids folded away (a <details> element: no script needed to open it)."""
    m = _ID_LIST.match(text)
    if m and ("/" in m.group("ids") or re.search(r"\d{3}", m.group("ids"))):
        return (f"<li>{esc(m.group('head'))} <details><summary>vis listen</summary>{esc(m.group('ids'))}</details>"
                "</li>")
    return f"<li>{esc(text)}</li>"


def _figures(results: dict[str, Any]) -> str:
    s, money, defects = results["summary"], money_of(results), defects_of(results)
    per_sev = {sev: sum(1 for d in defects if d["alvor"] == sev) for sev in "ABC"}
    t = money["i_alt"]
    pairs = [
        ("Scenarier i omfang", esc(scenario_counts(results))),
        *([("Stikprøve", esc(sample))] if (sample := sample_text(results)) else []),
        *([("Fuzzing", esc(fuzz))] if (fuzz := fuzz_text(results)) else []),
        ("Sandsynlige fejl", f'{len(defects)} ({", ".join(f"{v} med alvor {_sev(k)}" for k, v in per_sev.items() if v) or "ingen"}) '
                             f'bag {esc(antal(s["deviations"], "afvigelse", "afvigelser"))}'),
        ("Kroner i risiko", f'<strong>{esc(kr(t["i_risiko"]))}</strong>: for meget udbetalt {esc(kr(t["for_meget"]))}, '
                            f'for lidt udbetalt {esc(kr(t["for_lidt"]))}'
                            + (f'; {t["ukendt"]} beløb kunne ikke aflæses' if t.get("ukendt") else "")
                            + esc(unanswered_note(unanswered_cases(results)))),
        ("Ramt", esc(f"{antal(money['scenarier_ramt'], 'scenarie', 'scenarier')}, "
                     f"{antal(money['borgere_ramt'], 'borger', 'borgere')} (én borger pr. sag); beløb afviger i "
                     f"{antal(money['scenarier_med_kroner'], 'scenarie', 'scenarier')}")),
    ]
    if (neg := negative_line(results)) is not None:
        pairs.append(("Ugyldigt input (negativ fase)", f'{esc(neg, None)} (<a href="#bilag-k">bilag K</a>)'))
    return (f'<section id="noegletal"><h2>Nøgletal</h2>{_facts(pairs)}<p class="muted">Kroner er kandidatens beløb minus '
            f'referencens for hver udbetaling (til borgeren og i refusion); for meget og for lidt udbetalt lægges '
            f'sammen til kroner i risiko.</p></section>')


def _defects(results: dict[str, Any]) -> str:
    defects = defects_of(results)
    if not defects:
        body = "<p>Ingen afvigelser: kandidaten beregnede som referencen i alle gennemførte scenarier.</p>"
    else:
        rows = [[f'<a href="#{anchor(d["id"])}">{esc(d["id"])}</a> {esc(d["titel"])}',
                 esc(benefit_title(results, d["ydelse"])), _sev(d["alvor"]), esc("; ".join(d["hjemmel"]) or "—"),
                 str(len(d["scenarios"])), esc(kr(d["kroner"]["i_risiko"])), str(d["undtaget"])] for d in defects]
        scen = charts.bars("Scenarier pr. fejl", [charts.Bar(f"{d['id']} {d['titel']}", len(d["scenarios"]),
                                                              str(len(d["scenarios"])), "#" + anchor(d["id"]),
                                                              charts.COLOURS[d["alvor"]]) for d in defects[:20]])
        money = charts.bars("Kroner i risiko pr. fejl", [
            charts.Bar(f"{d['id']} {d['titel']}", _kr_float(d["kroner"]["i_risiko"]), kr(d["kroner"]["i_risiko"]),
                       "#" + anchor(d["id"]), charts.COLOURS[d["alvor"]])
            for d in defects[:20] if Decimal(d["kroner"]["i_risiko"]) > 0], empty="Ingen beløb afviger.")
        body = ("<p>Afvigelser med samme rodårsag (det første resultat, der afviger, og reglen bag det) og samme fejlklasse "
                "er én sandsynlig fejl. Her begynder leverandøren at rette.</p>"
                + _table(["Fejl", "Ydelse", "Alvor", "§", "Scenarier", "Kroner i risiko", "Undtaget"], rows, {4, 5, 6})
                + f'<div class="charts">{scen}{money}</div>')
    meaning = severity_meaning(results)
    sev = "".join(f"<li>{_sev(s)} {esc(meaning[s])}</li>" for s in "ABC")
    return (f'<section id="fejl"><h2>Sandsynlige fejl</h2>{body}</section>'
            f'<section id="alvor"><h2>Alvor</h2><ul>{sev}</ul></section>')


def _area_money(results: dict[str, Any]) -> dict[tuple[str, str], Decimal]:
    out: defaultdict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for case in results["cases"]:
        for dev in case["deviations"]:
            for post in dev.get("penge") or []:
                if post.get("kroner") is not None:
                    out[(case["ydelse"], case["omraade"])] += abs(Decimal(post["kroner"]))
    return out


def _coverage(results: dict[str, Any]) -> str:
    scope = results.get("scope")
    cases = results["cases"]
    parts = []
    if scope:
        rows = []
        for b in scope["in_scope"]:
            mine = [c for c in cases if c["ydelse"] == b["ydelse"]]
            ran = {c["omraade"] for c in mine if c["status"] in ("pass", "deviation")}
            areas = "<br>".join(esc(t) + ("" if a in ran else ' <span class="muted">(ikke gennemført)</span>')
                                for a, t in b["omraader"].items())
            mandatory = [c for c in mine if c["obligatorisk"]]
            done = sum(1 for c in mandatory if c["status"] in ("pass", "deviation"))
            rows.append([esc(b["titel"]), areas or "—", str(len(mine)),
                         str(sum(1 for c in mine if c["status"] in ("pass", "deviation"))), f"{done} af {len(mandatory)}"])
        parts.append(_table(["Ydelse i omfang", "Retsområder", "Scenarier", "Gennemført", "Obligatoriske gennemført"],
                            rows, {2, 3}))
        items = [f"<li>Ikke i omfang: <strong>{esc(b['titel'])}</strong> ({esc(antal(b['scenarios'], 'scenarie', 'scenarier'))}, "
                 f"{esc(antal(len(b['omraader']), 'retsområde', 'retsområder'))}: "
                 f"{esc('; '.join(b['omraader'].values()))}): {esc(b['reason'])}.</li>" for b in scope["out_of_scope"]]
        items += [f"<li>Kandidaten angiver ydelsen {esc(n)}, som ydelsestjek ikke kender; den er ikke afprøvet.</li>"
                  for n in scope.get("unknown", [])]
        if scope.get("note"):
            items.append(f"<li>{esc(scope['note'])}.</li>")
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
    else:
        parts.append("<p>Kørslen angiver ikke sit omfang (results.json fra før omfang blev registreret).</p>")
    per_area: defaultdict[tuple[str, str], int] = defaultdict(int)
    for c in cases:
        per_area[(c["ydelse"], c["omraade"])] += len(c["deviations"])
    multi = len({y for y, _ in per_area}) > 1
    def label(key: tuple[str, str]) -> str:
        title = area_title(results, *key)
        return f"{benefit_title(results, key[0])}: {title}" if multi else title
    devs = charts.bars("Afvigelser pr. retsområde", [charts.Bar(label(k), n, str(n)) for k, n in
                                                      sorted(per_area.items(), key=lambda kv: -kv[1]) if n])
    money = _area_money(results)
    kroner = charts.bars("Kroner i risiko pr. retsområde", [charts.Bar(label(k), float(v), kr(v)) for k, v in
                                                            sorted(money.items(), key=lambda kv: -kv[1]) if v],
                         empty="Ingen beløb afviger.")
    parts.append(f'<div class="charts">{devs}{kroner}</div>')
    return f'<section id="omfang"><h2>Omfang</h2>{"".join(parts)}</section>'


def _waivers(results: dict[str, Any]) -> str:
    gate = results["gate"]
    items = []
    if gate["waivers_used"]:
        items.append("<li>Brugt: " + "; ".join(f"{esc(u['id'])} (sag {esc(u['ticket'])}, udløber {esc(u['expires'])}) dækker "
                                               f"{esc(antal(len(u['deviations']), 'afvigelse', 'afvigelser'))}"
                                               for u in gate["waivers_used"]) + ".</li>")
    if gate["expired_waivers"]:
        items.append("<li>Udløbet (tæller ikke længere): " + "; ".join(
            f"{esc(u['id'])} (udløb {esc(u['expires'])})" for u in gate["expired_waivers"]) + ".</li>")
    if gate["not_allowed_waivers"]:
        items.append("<li>Ikke tilladt for afvigelsens alvor: " + ", ".join(esc(u["id"]) for u in gate["not_allowed_waivers"])
                     + ".</li>")
    if gate["unexpected_passes"]:
        items.append("<li>Uventet bestået (kan fjernes fra registret): " + ", ".join(
            esc(u["waiver"]) for u in gate["unexpected_passes"]) + ".</li>")
    items += [f"<li>Advarsel: {esc(w)}.</li>" for w in results.get("warnings", [])]
    if not items:
        count = antal(len(results["policy"]["waivers"]["entries"]), "undtagelse", "undtagelser")
        items.append(f"<li>Ingen undtagelser blev brugt ({esc(count)} i registret).</li>")
    return f'<section id="undtagelser"><h2>Undtagelser</h2><ul>{"".join(items)}</ul></section>'


def _baseline(results: dict[str, Any]) -> str:
    base = results.get("baseline")
    if not base:
        return ('<section id="baseline"><h2>Siden baseline</h2><p>Ingen baseline er angivet (ydelsestjek run --baseline '
                'KØRSEL sammenligner med en tidligere kørsel).</p></section>')
    b, n = base["foer"], base["nu"]
    status = {s: [c for c in base["defects"] if c["status"] == s] for s in ("ny", "rettet", "vedvarende")}
    rows = [["Kørsel", esc(f"{b['run_id']} ({b['system']} {b['version']})"), esc(f"{n['run_id']} ({n['system']} {n['version']})")],
            ["Afgørelse", esc(b["verdict"]), esc(n["verdict"])],
            ["Sandsynlige fejl", str(b["defects"]), str(n["defects"])],
            ["Afvigelser A / B / C", " / ".join(str(b["deviations"].get(s, 0)) for s in "ABC"),
             " / ".join(str(n["deviations"].get(s, 0)) for s in "ABC")],
            ["Kroner i risiko", esc(kr(base["kroner_foer"]["i_risiko"])), esc(kr(base["kroner_nu"]["i_risiko"]))]]
    text = (f"<p>Fejl: {len(status['ny'])} nye, {len(status['rettet'])} rettede, {len(status['vedvarende'])} vedvarende. "
            f"Afvigelser: {len(base['nye'])} nye, {len(base['rettede'])} rettede, {len(base['vedvarende'])} vedvarende, "
            f"{len(base['alvor_aendret'])} med ændret alvor; {len(base['nye_a'])} nye med alvor A.</p>")
    notes = "".join(f'<p class="box">Bemærk: {esc(x)}.</p>' for x in base.get("ikke_sammenlignelige", []))
    edited = "".join(f'<p class="box">Advarsel: {esc(x)}.</p>' for x in base.get("beregnet_igen", []))
    return (f'<section id="baseline"><h2>Siden baseline</h2>{edited}{_table(["", "Før", "Nu"], rows)}{text}{notes}'
            f'{trend_chart(results.get("trend") or [])}<p><a href="#bilag-h">Detaljer i bilag H</a></p></section>')


def trend_chart(points: list[dict[str, Any]]) -> str:
    return charts.trend("Udvikling: afvigelser pr. alvor og kroner i risiko",
                        [charts.Point(f"{p['version']} ({p['run_id'][:15]})", dict(p["deviations"]),
                                      _kr_float(p["i_risiko"]), kr(p["i_risiko"])) for p in points],
                        lambda v: kr(Decimal(str(round(v, 2)))))


# --- the appendix ------------------------------------------------------------------------------------------------

def _run(results: dict[str, Any]) -> str:
    cand, meta = results["candidate"], results["candidate"]["metadata"]
    ref, pol = results["reference"], results["policy"]
    law = meta.get("lovdatoer") or {}
    pairs = [("Kørsel", esc(results["run_id"])), ("Tidspunkt", esc(f"{results['started']} – {results['finished']}")),
             ("Kandidat", f"{esc(meta['system'], 120)} version {esc(meta['version'], 60)} (<code>{esc(scrub(cand['spec']), 300)}</code>)"),
             ("Ydelser, kandidaten oplyser", esc(", ".join(str(y) for y in meta.get("ydelser", [])) or "ingen")),
             ("Kandidatens lovdatoer", esc(f"{law.get('fra') or '…'} – {law.get('til') or '…'}") if law else "ikke oplyst"),
             *[(str(k), esc(scrub(value_text(v)))) for k, v in meta.items() if k not in ("system", "version", "ydelser", "lovdatoer")],
             ("Golden-sæt", esc(f"{shown(results['golden']['dir'])}: {antal(results['golden']['count'], 'scenarie', 'scenarier')} "
                                f"i omfang, manifest sha256 {(results['golden']['manifest_sha256'] or '—')[:12]}")),
             ("Godkendt og signeret af", esc(signers(results["golden"]))),
             ("Betroede godkendere", esc(approvers_file(results["golden"]))),
             ("Referenceberegner", esc(f"version {ref['version']}, parametre sha256 {(ref['parametre_sha256']['combined'] or '—')[:12]}")),
             ("Udrulningspolitik", esc(f"{pol['rollout']['name']} ({shown(pol['rollout']['path'])})")),
             ("Undtagelsesregister", esc(f"{shown(pol['waivers']['path'])} ({len(pol['waivers']['entries'])} undtagelser)")),
             ("Tidsforbrug", esc(f"{results['timings']['total_seconds']} s i alt, heraf kandidaten "
                                 f"{results['timings']['candidate_seconds']} s"))]
    problems = "".join(f'<p class="box">Fejl i ydelsestjek: results.json følger ikke sit skema: {esc(p)}</p>'
                       for p in results.get("schema_problems", []))
    return f'<section id="bilag-a"><h2>Bilag A. Kørslen</h2>{_facts(pairs)}{problems}</section>'


def _areas(results: dict[str, Any]) -> str:
    rows = [[esc(c) for c in row] for row in area_rows(results)]
    return (f'<section id="bilag-b"><h2>Bilag B. Resultat pr. ydelse og retsområde</h2>'
            f'{_table(AREA_HEADERS, rows, set(range(2, 10)))}</section>')


def _money(results: dict[str, Any]) -> str:
    money = money_of(results)
    parts = [f"<p>I alt: {esc(kr(money['i_alt']['i_risiko']))} i risiko (for meget {esc(kr(money['i_alt']['for_meget']))}, "
             f"for lidt {esc(kr(money['i_alt']['for_lidt']))}).</p>"]
    if money["ydelser"]:
        parts.append(_table(["Ydelse", "For meget udbetalt", "For lidt udbetalt", "Netto", "I risiko"],
                            [[esc(benefit_title(results, y)), *(esc(kr(t[k])) for k in ("for_meget", "for_lidt", "netto", "i_risiko"))]
                             for y, t in money["ydelser"].items()], {1, 2, 3, 4}))
    if money["alvor"]:
        parts.append(_table(["Alvor", "For meget udbetalt", "For lidt udbetalt", "I risiko"],
                            [[_sev(s), *(esc(kr(t[k])) for k in ("for_meget", "for_lidt", "i_risiko"))]
                             for s, t in money["alvor"].items()], {1, 2, 3}))
    if money["arter"]:
        titles = _art_titles()
        parts.append(_table(["Udbetaling", "For meget", "For lidt", "I risiko"],
                            [[esc(titles.get(a, a)), *(esc(kr(t[k])) for k in ("for_meget", "for_lidt", "i_risiko"))]
                             for a, t in money["arter"].items()], {1, 2, 3}))
    return f'<section id="bilag-c"><h2>Bilag C. Kroner</h2>{"".join(parts)}</section>'


def _root(dev: dict[str, Any]) -> str:
    rod = dev.get("rod")
    if not rod:
        return '<p class="muted">Rodårsag: intet trin i begrundelsen forklarer afvigelsen (svaret mangler eller er ugyldigt).</p>'
    how = "fundet i kandidatens egen begrundelse" if rod["kilde"] == "kandidatens begrundelse" else \
        "fundet i referencens kæde af trin"
    title = f" — {esc(rod['titel'])}" if rod.get("titel") else ""
    return (f'<p class="box"><strong>Rodårsag:</strong> trin {esc(rod["trin"])} <code>{esc(rod["regel"])}</code> '
            f'({esc(rod["hjemmel"])}){title}; referencens resultat <code>{esc(value_text(rod.get("resultat")), 400)}</code> '
            f'({how}).</p>')


def _deviation(results: dict[str, Any], case: dict[str, Any], dev: dict[str, Any], defect_id: str | None) -> str:
    back = f' · <a href="#{anchor(defect_id)}">fejl {esc(defect_id)}</a>' if defect_id else ""
    facts = [("Scenarie", esc(f"{case['id']} {case.get('titel') or ''}")),
             ("Ydelse og retsområde", esc(f"{benefit_title(results, case['ydelse'])}: "
                                          f"{area_title(results, case['ydelse'], case['omraade'])}")),
             ("Scenariets §", esc("; ".join(dev["hjemmel"]) or "—")), ("Besked", esc(besked(dev["besked"]), 2000))]
    if dev.get("kroner") is not None:
        facts.append(("Kroner", esc(kr_signed(dev["kroner"]) + " (kandidaten minus referencen)")))
    if dev.get("undtagelse"):
        facts.append(("Dækket af undtagelse", esc(dev["undtagelse"])))
    diff = _table(["Felt", "Forventet (golden)", "Kandidatens svar", "Art"],
                  [[f"<code>{esc(f['felt'], 300)}</code>", esc(value_text(f["forventet"])), esc(value_text(f["faktisk"])),
                    esc(f["art"])] for f in dev["felter"]]) if dev["felter"] else ""
    steps = "".join(f"<li>{esc(s['trin'])} <code>{esc(s['regel'])}</code> ({esc(s['hjemmel'])}): "
                    f"{esc(value_text(s.get('resultat')), 400)}</li>" for s in dev["forklaring"])
    explanation = f"<h4>Referencens begrundelse for de forventede værdier</h4><ul>{steps}</ul>" if steps else ""
    return (f'<article class="deviation" id="{slug("afv", dev["id"])}"><h4>{esc(dev["id"])} — {esc(dev["klasse_tekst"])} '
            f'{_sev(dev["alvor"])}{back}</h4>{_facts(facts)}{_root(dev)}{diff}{explanation}</article>')


def _defect_details(results: dict[str, Any]) -> str:
    defects = defects_of(results)
    if not defects:
        return '<section id="bilag-d"><h2>Bilag D. Fejlene i detaljer</h2><p>Ingen.</p></section>'
    by_dev = {d["id"]: (c, d) for c in results["cases"] for d in c["deviations"]}
    parts = []
    for f in defects:
        pairs = [("Ydelse", esc(benefit_title(results, f["ydelse"]))), ("Fejlklasse", esc(f["klasse_tekst"])),
                 ("Alvor", _sev(f["alvor"])), ("§", esc("; ".join(f["hjemmel"]) or "—")),
                 ("Regel", esc(", ".join(f["regler"]) or "—")), ("Første afvigende resultat", esc(f["felt"] or "—")),
                 ("Borgere ramt", str(f["borgere"])),
                 ("Kroner", esc(f"{kr(f['kroner']['i_risiko'])} i risiko (for meget {kr(f['kroner']['for_meget'])}, "
                                f"for lidt {kr(f['kroner']['for_lidt'])})")),
                 ("Dækket af undtagelse", esc(f"{f['undtaget']} af {len(f['deviations'])} afvigelser"))]
        links = "".join(f'<li><a href="#{slug("afv", i)}">{esc(i)}</a></li>' for i in f["deviations"] if i in by_dev)
        example = next((by_dev[i] for i in f["deviations"] if i in by_dev and by_dev[i][0]["id"] == f["eksempel"]), None)
        shown_example = ""
        if example:
            shown_example = (f'<p>Eksempel: <a href="#{slug("afv", example[1]["id"])}">{esc(example[0]["id"])}</a> '
                             f'{esc(example[0].get("titel") or "")}</p>{_root(example[1])}')
        parts.append(f'<section id="{anchor(f["id"])}"><h3>{esc(f["id"])}. {esc(f["titel"])}</h3>{_facts(pairs)}'
                     f'{shown_example}<p>{esc(antal(len(f["scenarios"]), "scenarie", "scenarier"))}, '
                     f'{esc(antal(len(f["deviations"]), "afvigelse", "afvigelser"))}:</p><ul class="ids">{links}</ul></section>')
    return f'<section id="bilag-d"><h2>Bilag D. Fejlene i detaljer</h2>{"".join(parts)}</section>'


def _all_deviations(results: dict[str, Any]) -> str:
    of = {i: f["id"] for f in defects_of(results) for i in f["deviations"]}
    items = [_deviation(results, c, d, of.get(d["id"])) for c in results["cases"] for d in c["deviations"]]
    body = "".join(items) or "<p>Ingen.</p>"
    return (f'<section id="bilag-e"><h2>Bilag E. Alle afvigelser</h2><p class="muted">Hver afvigelse med feltforskelle, '
            f'rodårsag og referencens begrundelse; også som JSON i deviations/.</p>{body}</section>')


def _not_run(results: dict[str, Any]) -> str:
    not_run = [c for c in results["cases"] if c["status"] in ("skipped", "errored")]
    if not not_run:
        return ""
    rows = [[esc(c["id"]), esc(benefit_title(results, c["ydelse"])), esc(area_title(results, c["ydelse"], c["omraade"])),
             "ja" if c["obligatorisk"] else "nej", esc(STATUS[c["status"]]), esc(besked(c["reason"]), 500)] for c in not_run]
    return (f'<section id="bilag-f"><h2>Bilag F. Ikke gennemført</h2>'
            f'{_table(["Scenarie", "Ydelse", "Retsområde", "Obligatorisk", "Status", "Årsag"], rows)}</section>')


def _waiver_details(results: dict[str, Any]) -> str:
    gate = results["gate"]
    parts = []
    if gate["waivers_used"]:
        parts.append(_table(["Undtagelse", "Scenarie", "Fejlklasse", "Sag", "Ansvarlig", "Arbejdsgang for sagsbehandler",
                             "Udløber", "Dækker"],
                            [[esc(u["id"]), esc(u["scenario"]), esc(u.get("failure_class") or "alle"), esc(u["ticket"]),
                              esc(u["owner"]), esc(u["workaround"]), esc(u["expires"]), esc(", ".join(u["deviations"]))]
                             for u in gate["waivers_used"]]))
    if gate["expired_waivers"]:
        parts.append("<p>Udløbne undtagelser (tæller ikke længere):</p>" + _table(
            ["Undtagelse", "Scenarie", "Sag", "Ansvarlig", "Udløb", "Ville have dækket"],
            [[esc(u["id"]), esc(u["scenario"]), esc(u["ticket"]), esc(u["owner"]), esc(u["expires"]),
              esc(", ".join(u["deviations"]) or "—")] for u in gate["expired_waivers"]]))
    if gate["unexpected_passes"]:
        parts.append("<p>Uventet bestået (undtagelsen dækker ingen afvigelse og kan fjernes fra registret):</p>" + _table(
            ["Undtagelse", "Sag", "Ansvarlig", "Scenarier, der nu består"],
            [[esc(u["waiver"]), esc(u.get("ticket", "")), esc(u.get("owner", "")), esc(", ".join(u["scenarios"]))]
             for u in gate["unexpected_passes"]]))
    return f'<section id="bilag-g"><h2>Bilag G. Undtagelser</h2>{"".join(parts) or "<p>Ingen undtagelser blev brugt.</p>"}</section>'


def _baseline_details(results: dict[str, Any]) -> str:
    base = results.get("baseline")
    if not base:
        return ""
    rows = [[esc(c["status"]), esc(c["titel"]), esc(benefit_title(results, c["ydelse"])),
             _sev(c["alvor_foer"]) if c["alvor_foer"] else "—", _sev(c["alvor_nu"]) if c["alvor_nu"] else "—",
             str(c["scenarier_foer"]), str(c["scenarier_nu"]), esc(kr(c["i_risiko_foer"])), esc(kr(c["i_risiko_nu"]))]
            for c in base["defects"]]
    lists = "".join(f"<p>{esc(title)} ({len(ids)}): {esc(', '.join(ids) or 'ingen')}.</p>"
                    for title, ids in (("Nye afvigelser", base["nye"]), ("Rettede afvigelser", base["rettede"]),
                                       ("Nye afvigelser med alvor A", base["nye_a"])))
    trend = results.get("trend") or []
    series = _table(["Kørsel", "Kandidat", "Afgørelse", "Scenarier", "Afvigelser A / B / C", "Fejl", "Kroner i risiko"],
                    [[esc(p["run_id"]), esc(f"{p['system']} {p['version']}"), esc(p["verdict"]), str(p["cases"]),
                      " / ".join(str(p["deviations"].get(s, 0)) for s in "ABC"), str(p["defects"]), esc(kr(p["i_risiko"]))]
                     for p in trend], {3, 5, 6}) if len(trend) > 1 else ""
    changes = _table(["Status", "Fejl", "Ydelse", "Alvor før", "Alvor nu", "Scenarier før", "Scenarier nu", "Kroner før",
                      "Kroner nu"], rows, {5, 6, 7, 8})
    return f'<section id="bilag-h"><h2>Bilag H. Ændringer siden baseline</h2>{changes}{lists}{series}</section>'


def _negative(results: dict[str, Any]) -> str:
    """Appendix K: the negative stage's line and its table per kind of break; its findings are defects above."""
    line = negative_line(results)
    if line is None:
        return ""
    rows = [[esc(c) for c in row] for row in negative_rows(results)]
    return (f'<section id="bilag-k"><h2>Bilag K. Negativ fase: ugyldigt input</h2><p>{esc(INTRO, None)}</p>'
            f'<p>Negativ fase: {esc(line, None)}.</p>{_table(NEGATIVE_HEADERS, rows, {1, 2, 3, 4}) if rows else ""}'
            f'</section>')


def page(title: str, nav: list[tuple[str, str]], body: str) -> str:
    """The page around `body`: head with the CSP and the CSS, a navigation bar of (anchor, text)."""
    links = "".join(f'<a href="#{esc(a)}">{esc(t)}</a>' for a, t in nav)
    return (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)}</title><style>{CSS}</style></head><body>'
            f'<nav class="toc" aria-label="Indhold">{links}</nav><main>{body}</main></body></html>\n')


def rapport_html(results: dict[str, Any], seal_note: str | None = None) -> str:
    nav = [("afgoerelse", "Afgørelse"), ("begrundelse", "Begrundelse"), ("noegletal", "Nøgletal"),
           ("fejl", "Sandsynlige fejl"), ("omfang", "Omfang"),
           *([("styrke", "Bænkens styrke")] if results.get("styrke") else []), ("undtagelser", "Undtagelser"),
           ("baseline", "Siden baseline"), ("bilag", "Bilag")]
    body = "".join([
        _head(results, seal_note), _reasons(results), _figures(results), _defects(results), _coverage(results),
        strength_html(results), _waivers(results), _baseline(results), '<h1 id="bilag">Bilag</h1>', _run(results),
        _areas(results), _money(results), _defect_details(results), _all_deviations(results), _not_run(results), _waiver_details(results),
        _baseline_details(results), strength_appendix_html(results), _negative(results)])
    return page(f"Udrulningsgodkendelse — {results['gate']['verdict']}", nav, body)


__all__ = ["CSP", "anchor", "page", "rapport_html", "slug", "trend_chart"]
