"""The concise table printed at the end of a run: scenarios per benefit and legal area (by code, to fit a
terminal), the verdict and its reasons, the probable defects and kroner at risk, the negative stage, the scope and warnings.

Candidate text (system, version, reasons quoting its errors) is printed through `plain`: an ANSI escape or a
carriage return cannot erase or repaint the verdict line, and the verdict line itself names no candidate text.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from tabulate import tabulate

from .approvals import serial_text
from .baseline import defects_of, money_of
from .escape import plain
from .labels import VERDICT
from .negative import negative_line
from .strength import strength_lines
from .text import first_page_caveats, fuzz_text, judged_text, kr, sample_text

HEADERS = ["Ydelse", "Retsområde", "Scenarier", "Bestået", "Afvigelse", "Sprunget over", "Fejl", "A", "B", "C"]


def _rows(results: dict[str, Any]) -> list[list[str]]:
    per: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for case in results["cases"]:
        c = per[(case["ydelse"], case["omraade"])]
        c["cases"] += 1
        c[case["status"]] += 1
        for dev in case["deviations"]:
            c[dev["alvor"]] += 1
    return [[plain(y, 40), plain(a, 60), *(str(c[k]) for k in ("cases", "pass", "deviation", "skipped", "errored", "A",
                                                                "B", "C"))]
            for (y, a), c in sorted(per.items())]


def terminal_summary(results: dict[str, Any], run_dir: str | None = None) -> str:
    gate, meta = results["gate"], results["candidate"]["metadata"]
    lines = [tabulate(_rows(results), headers=HEADERS, tablefmt="simple", disable_numparse=True), ""]
    lines.append(f"Kandidat: »{plain(meta['system'], 80)}« version »{plain(meta['version'], 40)}« (som kandidaten selv oplyser)")
    lines.append(f"Afgørelse: {VERDICT[gate['verdict']]}{plain(judged_text(results), 300)}")
    lines.extend(f"  - {plain(r, 200)}" for r in gate["reasons"][:10])
    if (caveats := first_page_caveats(results)):
        lines.append(f"  {plain(caveats, 600)}")
    if len(gate["reasons"]) > 10:
        lines.append(f"  … {len(gate['reasons']) - 10} flere grunde i summary.md")
    defects = defects_of(results)
    if defects:
        money = money_of(results)["i_alt"]
        lines.append(f"  {len(defects)} sandsynlige fejl; kroner i risiko {kr(money['i_risiko'])} "
                     f"(for meget {kr(money['for_meget'])}, for lidt {kr(money['for_lidt'])})")
    if (neg := negative_line(results)) is not None:
        lines.append(f"  negativ fase: {plain(neg, 300)}")
    if (sample := sample_text(results)):
        lines.append(f"  stikprøve: {plain(sample, 300)}")
    if (fuzz := fuzz_text(results)):
        lines.append(f"  fuzzing: {plain(fuzz, 300)}")
    scope = results.get("scope")
    if scope and scope["out_of_scope"]:
        lines.append("  ikke i omfang: " + plain(", ".join(f"{b['ydelse']} ({b['scenarios']} scenarier)"
                                                           for b in scope["out_of_scope"]), 300))
    if gate["unexpected_passes"]:
        lines.append("  uventet bestået: " + plain(", ".join(u["waiver"] for u in gate["unexpected_passes"]), 200))
    lines.extend(f"  advarsel: {plain(w, 300)}" for w in results.get("warnings", []))
    lines.extend(f"  advarsel: baseline: {plain(w, 600)}" for w in (results.get("baseline") or {}).get("beregnet_igen", []))
    for signer in (results["golden"].get("signaturer") or {}).get("goldens") or []:
        lines.append(plain(f"Goldens signeret af {signer['navn']} ({signer['fingerprint']}"
                           f"{', offentlig demo-nøgle' if signer.get('demo') else ''}): {signer['goldens']}"))
    if (serial := serial_text(results["golden"])):
        lines.append(plain(f"Golden-manifest: {serial}"))
    lines.extend(strength_lines(results))
    if run_dir:
        lines.append(f"Bevispakke: {plain(run_dir)}")
    return "\n".join(lines)
