"""The concise table printed at the end of a run.

Candidate text (system, version, reasons quoting its errors) is printed through `plain`: an ANSI escape or a
carriage return cannot erase or repaint the verdict line, and the verdict line itself names no candidate text.
"""
from __future__ import annotations

from typing import Any

from tabulate import tabulate

from .escape import plain
from .labels import VERDICT
from .summary import AREA_HEADERS, area_rows, negative_line


def terminal_summary(results: dict[str, Any], run_dir: str | None = None) -> str:
    gate, meta = results["gate"], results["candidate"]["metadata"]
    rows = [[plain(cell, 60) for cell in row] for row in area_rows(results)]
    lines = [tabulate(rows, headers=AREA_HEADERS, tablefmt="simple", disable_numparse=True), ""]
    lines.append(f"Kandidat: {plain(meta['system'], 80)} {plain(meta['version'], 40)}")
    lines.append(f"Afgørelse: {VERDICT[gate['verdict']]}")
    lines.extend(f"  - {plain(r, 200)}" for r in gate["reasons"][:10])
    if len(gate["reasons"]) > 10:
        lines.append(f"  … {len(gate['reasons']) - 10} flere grunde i summary.md")
    if (line := negative_line(results)) is not None:
        lines.append(f"  {line}")
    if gate["unexpected_passes"]:
        lines.append("  uventet bestået: " + plain(", ".join(u["waiver"] for u in gate["unexpected_passes"]), 200))
    for signer in (results["golden"].get("signaturer") or {}).get("goldens") or []:
        lines.append(plain(f"Goldens signeret af {signer['navn']} ({signer['fingerprint']}"
                           f"{', offentlig demo-nøgle' if signer.get('demo') else ''}): {signer['goldens']}"))
    if run_dir:
        lines.append(f"Bevispakke: {plain(run_dir)}")
    return "\n".join(lines)
