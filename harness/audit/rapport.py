"""The audit's summary for people: summary.md (Danish Markdown) and rapport.html (one self-contained page: no
network, no external assets, inline styles and SVG charts; every text escaped), and summary.json (the figures).

Nothing personal is in them: the figures are counts and kroner; examples are pseudonyms; file names are shown
without their folders. Text from the recording or the candidate (the system's name and version, file names,
problem examples) is data, never markup or terminal control (harness/report/escape.py), as in the run's reports.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from harness.report.escape import html as escape_html
from harness.report.escape import md, plain
from harness.toolkit.dansk import format_kr, format_tal

from . import lager
from .maalestok import advarsler

LABELS_FALLBACK = {"fejl_timeout": "fejl/timeout"}
LIMIT = 200   # characters of a system's name and version shown (it comes from the recording or the candidate)


def _labels() -> dict[str, str]:
    try:
        from harness.compare import load_policy
        return dict(load_policy().failure_classes)
    except Exception:
        return dict(LABELS_FALLBACK)


def _art_titles() -> dict[tuple[str, str], str]:
    from harness.compare import kroner
    from harness.contract.ydelse import alle
    out = {}
    for navn in alle():
        try:
            for art in kroner.load(navn).arter:
                out[(navn, art.navn)] = art.titel
        except Exception:
            continue
    return out


def _tal(n: int | None) -> str:
    return "–" if n is None else f"{n:,}".replace(",", ".")


def _kr(value: str | Decimal) -> str:
    return format_kr(value)


def _input_text(manifest: dict) -> str:
    inp = manifest["input"]
    files = inp.get("filer") or {}
    roles = {"optaget": "optagede afgørelser", "sager": "sager", "afgoerelser": "afgørelser"}
    if inp["art"] == "genereret":
        g = inp["generator"]
        return (f"{_tal(g['sager_pr_ydelse'])} genererede sager pr. ydelse ({', '.join(g['ydelser'])}), seed {g['seed']}: "
                f"ingen personoplysninger")
    parts = [f"{roles.get(role, role)}: {f['navn']} ({_tal(f['bytes'])} bytes)" for role, f in files.items()]
    how = {"optaget": "sager med de afgørelser, systemet traf", "kandidat": "sager sendt til kandidaten",
           "par": "sager og afgørelser koblet på sags_id"}[inp["art"]]
    return f"{how}; " + "; ".join(parts)


def _system(manifest: dict) -> str:
    meta = (manifest.get("kandidat") or {}).get("metadata") or manifest.get("optagelse")
    if isinstance(meta, dict) and meta.get("system"):
        return f"{meta.get('system')} {meta.get('version', '')}".strip()
    return "ukendt system (optagelsen har ingen metadata-linje)"


def _ikke_sammenlignet(tal: dict) -> str | None:
    """The cases not compared for the input's or the system's reason, said first: a wrong decision recorded as an
    unreadable line, as skipped, or without its case is among them (exit 3, not 0)."""
    s = tal["sager"]
    parts = [(s.get("ugyldige", 0), "ulæselige eller ugyldige"), (s.get("systemet_sprang_over", 0), "sprunget over af "
             "systemet, skønt loven afgør dem"), (s.get("uparrede", 0), "afgørelser uden sag"),
             (s.get("dublet_sager_andet", 0), "sagslinjer med et sags_id, som en tidligere sag med andet indhold har")]
    n = sum(count for count, _ in parts)
    if not s.get("sammenlignet"):     # an empty extract, or one wholly outside the reference's law, is not a clean one
        return (f"ingen sag er sammenlignet ({_tal(s.get('i_alt', 0))} sager læst, {_tal(s.get('sprunget_over', 0))} uden "
                f"for den lov, referencen kender, {_tal(n)} ikke sammenlignet af andre grunde): revisionen siger intet "
                "om afgørelserne")
    if not n:
        return None
    return (f"{_tal(n)} sager er ikke sammenlignet (" + ", ".join(f"{what} {_tal(c)}" for c, what in parts if c)
            + "): en forkert afgørelse kan gemme sig blandt dem")


def _kobling(tal: dict) -> list[tuple[str, str, list[str]]]:
    """(what, how it was handled, examples) for each kind of join note the audit found (joined input only)."""
    s, examples = tal["sager"], tal.get("kobling") or {}
    kinds = [("dubletter", "afgørelser ud over den første for et sags_id",
              "hver afgørelse er revideret mod sagen for sig og talt med i sagerne ovenfor"),
             ("dublet_sager", "sagslinjer med et sags_id, som en tidligere linje i sagsfilen har",
              "ikke revideret igen: den første linje er sagen"),
             ("uparrede", "afgørelser uden sag (intet sags_id i sagsfilen matcher, eller intet læsbart sags_id)",
              "ikke revideret")]
    return [(f"{_tal(s.get(k, 0))} {what}", how, examples.get(k, [])) for k, what, how in kinds if s.get(k)]


def _defect_title(row: dict, labels: dict) -> str:
    _ydelse, regel, hjemmel, klasse = row["noegle"]
    where = f"{hjemmel} ({regel})" if regel else "ingen rodregel (fejl, ugyldigt svar eller begrundelse)"
    return f"{labels.get(klasse, klasse)} — {where}"


def markdown(manifest: dict, tal: dict) -> str:
    labels, titles = _labels(), _art_titles()
    s, k = tal["sager"], tal["kroner"]
    run = tal.get("koersel", {})
    lines = [
        f"# Skyggerevision: {md(_system(manifest), LIMIT)} mod referencen",
        "",
        f"**{_tal(s['afvigende'])} af {_tal(s['sammenlignet'])} sammenlignede sager afviger** fra referencen; "
        f"{_tal(tal['borgere_ramt'])} borgere er ramt. Kroner i risiko: **{_kr(k['i_risiko'])}** "
        f"(for meget udbetalt {_kr(k['for_meget'])}, for lidt udbetalt {_kr(k['for_lidt'])}, netto {_kr(k['netto'])}).",
        *(["", f"**ADVARSEL: {ikke}.**"] if (ikke := _ikke_sammenlignet(tal)) else []),
        "",
        "| | |",
        "|---|---|",
        f"| Input | {md(_input_text(manifest))} |",
        f"| System | {md(_system(manifest), LIMIT)} |",
        f"| Reference | ydelsestjek-reference {manifest['reference']['version']}, parametre "
        f"{manifest['reference']['parametre'][:12]} |",
        f"| Sager læst | {_tal(s['i_alt'])} |",
        f"| Sammenlignet med referencen | {_tal(s['sammenlignet'])} |",
        f"| Uden for referencens område eller sprunget over | {_tal(s['sprunget_over'])} |",
        f"| heraf sprunget over af systemet, skønt loven afgør dem | {_tal(s.get('systemet_sprang_over', 0))} |",
        f"| Ulæselige linjer og ugyldige sager | {_tal(s['ugyldige'])} |",
        f"| Afvigende sager | {_tal(s['afvigende'])} |",
        *[f"| Koblingen på sags_id | {what}: {how} |" for what, how, _ in _kobling(tal)],
        *[f"| ADVARSEL, bænkens målestok | {w} |" for w in advarsler(manifest, tal)],
        f"| Borgere ramt | {_tal(tal['borgere_ramt'])} |",
        f"| Kørsel | {_sek(run)}, {run.get('motor', '–')}"
        + (f", {_tal(round(run['sager_pr_sekund']))} sager/s" if run.get("sager_pr_sekund") else "") + " |",
        "",
        "Kroner er kandidatens beløb minus referencens for hver udbetaling (positiv: for meget udbetalt). "
        "En udbetalingsperiode, som kun den ene side betaler, tæller fuldt; et samlet beløb tæller kun, hvis ingen "
        "af dets perioder afviger.",
        "",
        "## Sandsynlige fejl",
        "",
        "Afvigelser med samme rodregel (det tidligste trin i referencens begrundelse, hvis resultat afviger) og samme "
        "fejlklasse. Her begynder en leverandør at rette.",
        "",
    ]
    if tal["fejl"]:
        lines += ["| # | ydelse | fejlklasse | rodregel | § | sager | felter | for meget | for lidt | i risiko | eksempler |",
                  "|---|---|---|---|---|---:|---:|---:|---:|---:|---|"]
        for i, row in enumerate(tal["fejl"], 1):
            ydelse, regel, hjemmel, klasse = row["noegle"]
            lines.append(f"| {i} | {ydelse} | {labels.get(klasse, klasse)} | {regel or '–'} | {hjemmel or '–'} | "
                         f"{_tal(row['sager'])} | {_tal(row['felter'])} | {_kr(row['for_meget'])} | {_kr(row['for_lidt'])} | "
                         f"{_kr(row['i_risiko'])} | {', '.join(row['eksempler'])} |")
    else:
        lines.append("Ingen afvigelser.")
    lines += ["", "## Pr. rodregel og §", "", "| ydelse | rodregel | § | sager | felter | for meget | for lidt | netto |",
              "|---|---|---|---:|---:|---:|---:|---:|"]
    lines += [f"| {row['noegle'][0]} | {row['noegle'][1] or '–'} | {row['noegle'][2] or '–'} | {_tal(row['sager'])} | "
              f"{_tal(row['felter'])} | {_kr(row['for_meget'])} | {_kr(row['for_lidt'])} | {_kr(row['netto'])} |"
              for row in tal["rod"]]
    lines += ["", "## Kroner pr. måned", ""]
    if tal["maaned"]:
        lines += ["| måned | sager | for meget | for lidt | netto |", "|---|---:|---:|---:|---:|"]
        lines += [f"| {row['noegle'][0] or 'uden måned'} | {_tal(row['sager'])} | {_kr(row['for_meget'])} | "
                  f"{_kr(row['for_lidt'])} | {_kr(row['netto'])} |" for row in tal["maaned"]]
    else:
        lines.append("Ingen beløb afviger.")
    lines += ["", "## Pr. fejlklasse", "", "| fejlklasse | sager | felter | for meget | for lidt |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {labels.get(row['noegle'][0], row['noegle'][0])} | {_tal(row['sager'])} | {_tal(row['felter'])} | "
              f"{_kr(row['for_meget'])} | {_kr(row['for_lidt'])} |" for row in tal["klasse"]]
    lines += ["", "## Pr. udbetalingsart", "", "| ydelse | udbetaling | sager | for meget | for lidt | netto |",
              "|---|---|---:|---:|---:|---:|"]
    lines += [f"| {row['noegle'][0]} | {titles.get(tuple(row['noegle']), row['noegle'][1])} | {_tal(row['sager'])} | "
              f"{_kr(row['for_meget'])} | {_kr(row['for_lidt'])} | {_kr(row['netto'])} |" for row in tal["penge_art"]]
    if _kobling(tal):
        lines += ["", "## Koblingen på sags_id", ""]
        for what, how, examples in _kobling(tal):
            lines += [f"- **{what}**: {how}.", *[f"  - {md(e)}" for e in examples]]
    if tal["problemer"]:
        lines += ["", "## Ulæselige linjer og ugyldige sager (eksempler)", ""]
        lines += [f"- {md(p)}" for p in tal["problemer"]]
    lines += [
        "", "## Afvigelseslageret", "",
        f"`{lager.STORE}` (Parquet) har én række pr. afvigende sag og felt ({_tal(tal['raekker'])} rækker): "
        "`pseudonym` (sagen), `borger`, `ydelse`, `placering` (byte i inputfilen eller den genererede sags nummer), "
        "`afgoerelse_placering` (to filer koblet på sags_id: byte i afgørelsesfilen, hvor afgørelsen står), "
        "`klasse`, `rod_trin`, `rod_regel`, `rod_hjemmel`, `rod_kilde`, `felt`, `art`, `forventet`, `faktisk`, "
        "`kroner`, `penge_art`, `maaned`. Åbn det med fx `pandas.read_parquet`, DuckDB eller Power BI.",
        "",
        "Pseudonymerne er HMAC-SHA256 af sags_id og CPR-nummer med en nøgle afledt (scrypt) af kommunens egen "
        "hemmelighed (salt): den, der har den, kan finde sagen igen; ingen andre. CPR-numre og navne forlader aldrig "
        "inputtet.",
        "",
    ]
    return "\n".join(lines)


# --- HTML ------------------------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:70rem;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0;width:100%}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}.lead{font-size:1.1rem;background:#f4f4f4;padding:1rem;border-left:4px solid #b00}
.ok{border-left-color:#080}.over{fill:#b00}.under{fill:#06c}small{color:#555}code{font-size:.9em}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}}
"""


def _e(text: object) -> str:
    return escape_html(text)


def _bars(rows: list[dict], label) -> str:
    """An inline SVG bar chart: overpayment (red) and underpayment (blue) per row."""
    if not rows:
        return ""
    values = [(label(r), Decimal(r["for_meget"]), Decimal(r["for_lidt"])) for r in rows]
    top = max([max(o, u) for _, o, u in values] + [Decimal(1)])
    bar_h, gap, left, width = 14, 6, 150, 520
    height = len(values) * (2 * bar_h + gap) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{left + width + 160}" height="{height}" '
             f'aria-label="kroner for meget og for lidt">']
    for i, (name, over, under) in enumerate(values):
        y = 5 + i * (2 * bar_h + gap)
        wo, wu = float(over / top) * width, float(under / top) * width
        parts.append(f'<text x="0" y="{y + bar_h + 2}" font-size="11">{_e(name)[:24]}</text>')
        parts.append(f'<rect class="over" x="{left}" y="{y}" width="{wo:.1f}" height="{bar_h - 1}"><title>for meget: '
                     f'{_e(_kr(over))}</title></rect>')
        parts.append(f'<rect class="under" x="{left}" y="{y + bar_h}" width="{wu:.1f}" height="{bar_h - 1}"><title>for lidt: '
                     f'{_e(_kr(under))}</title></rect>')
        parts.append(f'<text x="{left + max(wo, wu) + 4:.1f}" y="{y + bar_h + 2}" font-size="11">{_e(_kr(over))} / '
                     f'{_e(_kr(under))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(headers: list[str], rows: list[list[object]], numeric: set[int]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{_e(c)}</td>' for i, c in enumerate(r)) + "</tr>"
                   for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def html_page(manifest: dict, tal: dict) -> str:
    labels, titles = _labels(), _art_titles()
    s, k = tal["sager"], tal["kroner"]
    run = tal.get("koersel", {})
    lead_class = "lead ok" if not s["afvigende"] and not _ikke_sammenlignet(tal) else "lead"
    facts = [("Input", _input_text(manifest)), ("System", _system(manifest)),
             ("Reference", f"ydelsestjek-reference {manifest['reference']['version']}, parametre "
                           f"{manifest['reference']['parametre'][:12]}"),
             ("Sager læst", _tal(s["i_alt"])), ("Sammenlignet med referencen", _tal(s["sammenlignet"])),
             ("Uden for referencens område eller sprunget over", _tal(s["sprunget_over"])),
             ("heraf sprunget over af systemet, skønt loven afgør dem", _tal(s.get("systemet_sprang_over", 0))),
             ("Ulæselige linjer og ugyldige sager", _tal(s["ugyldige"])), ("Afvigende sager", _tal(s["afvigende"])),
             ("Borgere ramt", _tal(tal["borgere_ramt"])),
             *[("Koblingen på sags_id", f"{what}: {how}") for what, how, _ in _kobling(tal)],
             *[("ADVARSEL, bænkens målestok", w) for w in advarsler(manifest, tal)],
             ("Kørsel", f"{_sek(run)}, {run.get('motor', '–')}")]
    out = [
        "<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Skyggerevision: {_e(_system(manifest))}</title><style>{CSS}</style></head><body>",
        f"<h1>Skyggerevision: {_e(_system(manifest))} mod referencen</h1>",
        f'<p class="{lead_class}"><strong>{_e(_tal(s["afvigende"]))} af {_e(_tal(s["sammenlignet"]))} sammenlignede '
        f"sager afviger</strong>; {_e(_tal(tal['borgere_ramt']))} borgere er ramt. Kroner i risiko: "
        f"<strong>{_e(_kr(k['i_risiko']))}</strong> (for meget udbetalt {_e(_kr(k['for_meget']))}, for lidt udbetalt "
        f"{_e(_kr(k['for_lidt']))}, netto {_e(_kr(k['netto']))}).</p>",
        *([f'<p class="lead"><strong>ADVARSEL: {_e(ikke)}.</strong></p>'] if (ikke := _ikke_sammenlignet(tal)) else []),
        '<nav><a href="#fejl">Sandsynlige fejl</a> · <a href="#rod">Pr. rodregel</a> · <a href="#maaned">Pr. måned</a>'
        ' · <a href="#klasse">Pr. fejlklasse</a> · <a href="#art">Pr. udbetalingsart</a>'
        ' · <a href="#lager">Afvigelseslageret</a></nav>',
        _table(["", ""], [list(f) for f in facts], set()),
        '<h2 id="fejl">Sandsynlige fejl</h2><p><small>Samme rodregel (det tidligste trin i referencens begrundelse, hvis '
        "resultat afviger) og samme fejlklasse.</small></p>",
    ]
    if tal["fejl"]:
        out.append(_bars(tal["fejl"][:15], lambda r: r["noegle"][2] or r["noegle"][3]))
        out.append(_table(["#", "ydelse", "fejlklasse", "rodregel", "§", "sager", "felter", "for meget", "for lidt",
                           "i risiko", "eksempler"],
                          [[i, r["noegle"][0], labels.get(r["noegle"][3], r["noegle"][3]), r["noegle"][1] or "–",
                            r["noegle"][2] or "–", _tal(r["sager"]), _tal(r["felter"]), _kr(r["for_meget"]),
                            _kr(r["for_lidt"]), _kr(r["i_risiko"]), ", ".join(r["eksempler"])]
                           for i, r in enumerate(tal["fejl"], 1)], {5, 6, 7, 8, 9}))
    else:
        out.append("<p>Ingen afvigelser.</p>")
    out.append('<h2 id="rod">Pr. rodregel og §</h2>')
    out.append(_table(["ydelse", "rodregel", "§", "sager", "felter", "for meget", "for lidt", "netto"],
                      [[r["noegle"][0], r["noegle"][1] or "–", r["noegle"][2] or "–", _tal(r["sager"]), _tal(r["felter"]),
                        _kr(r["for_meget"]), _kr(r["for_lidt"]), _kr(r["netto"])] for r in tal["rod"]], {3, 4, 5, 6, 7}))
    out.append('<h2 id="maaned">Kroner pr. måned</h2>')
    if tal["maaned"]:
        out.append(_bars(tal["maaned"], lambda r: r["noegle"][0] or "uden måned"))
        out.append(_table(["måned", "sager", "for meget", "for lidt", "netto"],
                          [[r["noegle"][0] or "uden måned", _tal(r["sager"]), _kr(r["for_meget"]), _kr(r["for_lidt"]),
                            _kr(r["netto"])] for r in tal["maaned"]], {1, 2, 3, 4}))
    else:
        out.append("<p>Ingen beløb afviger.</p>")
    out.append('<h2 id="klasse">Pr. fejlklasse</h2>')
    out.append(_table(["fejlklasse", "sager", "felter", "for meget", "for lidt"],
                      [[labels.get(r["noegle"][0], r["noegle"][0]), _tal(r["sager"]), _tal(r["felter"]),
                        _kr(r["for_meget"]), _kr(r["for_lidt"])] for r in tal["klasse"]], {1, 2, 3, 4}))
    out.append('<h2 id="art">Pr. udbetalingsart</h2>')
    out.append(_table(["ydelse", "udbetaling", "sager", "for meget", "for lidt", "netto"],
                      [[r["noegle"][0], titles.get(tuple(r["noegle"]), r["noegle"][1]), _tal(r["sager"]),
                        _kr(r["for_meget"]), _kr(r["for_lidt"]), _kr(r["netto"])] for r in tal["penge_art"]],
                      {2, 3, 4, 5}))
    if _kobling(tal):
        out.append("<h2>Koblingen på sags_id</h2><ul>" + "".join(
            f"<li><strong>{_e(what)}</strong>: {_e(how)}."
            + ("<ul>" + "".join(f"<li>{_e(e)}</li>" for e in examples) + "</ul>" if examples else "") + "</li>"
            for what, how, examples in _kobling(tal)) + "</ul>")
    if tal["problemer"]:
        out.append("<h2>Ulæselige linjer og ugyldige sager (eksempler)</h2><ul>"
                   + "".join(f"<li>{_e(p)}</li>" for p in tal["problemer"]) + "</ul>")
    out.append(f'<h2 id="lager">Afvigelseslageret</h2><p><code>{_e(lager.STORE)}</code> (Parquet) har én række pr. '
               f"afvigende sag og felt ({_e(_tal(tal['raekker']))} rækker). Pseudonymerne er HMAC-SHA256 af sags_id og "
               "CPR-nummer med kommunens egen nøgle: den, der har nøglen, kan finde sagen igen; ingen andre.</p>")
    out.append("</body></html>")
    return "\n".join(out)


def write_reports(folder: lager.Folder, manifest: dict, tal: dict) -> None:
    from harness.writing import replace_text  # a link planted in the audit's folder is replaced, not written through
    # summary.json is meant to be shared: no fingerprint of the salt (audit.json keeps it, for --resume)
    shared = {k: v for k, v in manifest.items() if k != "salt_check"}
    replace_text(folder.out / "summary.json", json.dumps({"manifest": shared, "tal": tal}, ensure_ascii=False, indent=2))
    replace_text(folder.out / "summary.md", markdown(manifest, tal))
    replace_text(folder.out / "rapport.html", html_page(manifest, tal))


def _sek(run: dict) -> str:
    """The run's seconds with a decimal comma ("4,0 s"): beside counts grouped with a dot ("20.000 sager"), "4.036 s"
    read as four thousand seconds (red team r18)."""
    value = run.get("sekunder")
    return f"{format_tal(f'{value:.1f}')} s" if isinstance(value, (int, float)) and not isinstance(value, bool) else "– s"


def terminal(manifest: dict, tal: dict, out: Path) -> str:
    """The few lines printed at the end of an audit."""
    labels = _labels()
    s, k = tal["sager"], tal["kroner"]
    run = tal.get("koersel", {})
    lines = [f"{plain(_system(manifest), LIMIT)}: {_tal(s['afvigende'])} af {_tal(s['sammenlignet'])} sager afviger, "
             f"{_tal(tal['borgere_ramt'])} borgere ramt; kroner i risiko {_kr(k['i_risiko'])} "
             f"(for meget {_kr(k['for_meget'])}, for lidt {_kr(k['for_lidt'])})",
             f"  {_tal(s['i_alt'])} sager læst"
             + (f" ({_tal(run.get('sager'))} i denne genoptagne kørsel)" if run.get("genoptaget") else "")
             + f" på {_sek(run)} ({run.get('motor', '–')}); "
             f"{_tal(s['sprunget_over'])} sprunget over, {_tal(s['ugyldige'])} ulæselige/ugyldige"]
    if ikke := _ikke_sammenlignet(tal):
        lines.insert(1, f"  ADVARSEL: {ikke}")
    for what, how, examples in _kobling(tal):
        lines.append(f"  ADVARSEL, koblingen på sags_id: {what}; {how}" + (f" (fx {plain(examples[0])})" if examples else ""))
    lines += [f"  ADVARSEL, bænkens målestok: {w}" for w in advarsler(manifest, tal)]
    for row in tal["fejl"][:10]:
        lines.append(f"  {_defect_title(row, labels)}: {_tal(row['sager'])} sager, {_kr(row['i_risiko'])}")
    where = plain(out)      # the whole folder, as given (red team round 10c: its last name alone was no usable path)
    lines.append(f"Rapport: {where}/summary.md, {where}/rapport.html; lager: {where}/{lager.STORE}")
    return "\n".join(lines)
