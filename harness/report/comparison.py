"""Release against release, on its own: `ydelsestjek compare RUN_A RUN_B [RUN_C …]` writes sammenligning.md and
sammenligning.html — the later run against the one before it (defects and deviations new, fixed, persisting,
changed severity; kroner at risk then and now) and, over every run given, the trend table and chart.

The pages reuse the evidence pack's own sections for the baseline (summary.py, appendix.py, rapport.py), so a
comparison reads the same whether it was made by `run --baseline` or afterwards."""
from __future__ import annotations

from typing import Any

from harness.contract.records import dump

from . import rapport
from .appendix import baseline_section
from .baseline import compare, edited, point
from .escape import html as esc
from .escape import plain
from .summary import _baseline
from .text import cell


def view(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The latest run with the comparison against the one before it and the trend over all of them."""
    before, now = runs[-2], runs[-1]
    comparison = dump(compare(before, now))
    if (notes := edited(*runs)):   # any run of the series whose file was edited, not only the last two
        comparison["beregnet_igen"] = notes
    return {**now, "baseline": comparison, "trend": [dump(point(r)) for r in runs]}


def comparison_markdown(runs: list[dict[str, Any]]) -> str:
    v = view(runs)
    b, n = v["baseline"]["foer"], v["baseline"]["nu"]
    out = [f"# Sammenligning af kørsler: {cell(b['run_id'])} → {cell(n['run_id'])}", ""]
    _baseline(v, out)
    out += [line for line in baseline_section(v) if line != "Detaljer i bilag H."]
    return "\n".join(out).replace("## Siden baseline", "## Ændringer").replace("Detaljer i bilag H.", "").rstrip() + "\n"


def comparison_html(runs: list[dict[str, Any]]) -> str:
    v = view(runs)
    b, n = v["baseline"]["foer"], v["baseline"]["nu"]
    body = (f'<h1 id="top">Sammenligning af kørsler: {esc(b["run_id"])} → {esc(n["run_id"])}</h1>'
            + rapport._baseline(v).replace('<p><a href="#bilag-h">Detaljer i bilag H</a></p>', "")
            + rapport._baseline_details(v))
    return rapport.page(f"Sammenligning {b['run_id']} → {n['run_id']}", [("top", "Sammenligning"), ("baseline", "Ændringer"),
                                                                          ("bilag-h", "Detaljer")], body)


def terminal(runs: list[dict[str, Any]]) -> str:
    c = compare(runs[-2], runs[-1])
    status = {s: [d for d in c.defects if d.status == s] for s in ("ny", "rettet", "vedvarende")}
    lines = [f"{c.foer.run_id} ({c.foer.system} {c.foer.version}, {c.foer.verdict}) -> "
             f"{c.nu.run_id} ({c.nu.system} {c.nu.version}, {c.nu.verdict})",
             f"  fejl: {len(status['ny'])} nye, {len(status['rettet'])} rettede, {len(status['vedvarende'])} vedvarende",
             f"  afvigelser: {len(c.nye)} nye, {len(c.rettede)} rettede, {len(c.vedvarende)} vedvarende, "
             f"{len(c.alvor_aendret)} med ændret alvor; {len(c.nye_a)} nye med alvor A",
             f"  kroner i risiko: {c.kroner_foer.i_risiko} -> {c.kroner_nu.i_risiko}"]
    listed = [f"  ny: {d.titel} ({d.alvor_nu}, {d.scenarier_nu} scenarier)" for d in status["ny"]]
    listed += [f"  rettet: {d.titel}" for d in status["rettet"]]
    lines += listed[:10] + ([f"  … {len(listed) - 10} flere i sammenligning.md"] if len(listed) > 10 else [])
    lines += [f"  bemærk: {note}" for note in c.ikke_sammenlignelige]
    lines += [f"  advarsel: {plain(note, 600)}" for note in edited(*runs)]
    return "\n".join(lines)


def anything_new(runs: list[dict[str, Any]]) -> bool:
    c = compare(runs[-2], runs[-1])
    return bool(c.nye) or any(d.status == "ny" for d in c.defects)


__all__ = ["anything_new", "comparison_html", "comparison_markdown", "terminal", "view"]
