"""The concise table printed at the end of a run."""
from __future__ import annotations

from typing import Any

from tabulate import tabulate

from .labels import VERDICT
from .strength import strength_lines
from .summary import AREA_HEADERS, area_rows


def terminal_summary(results: dict[str, Any], run_dir: str | None = None) -> str:
    gate, meta = results["gate"], results["candidate"]["metadata"]
    lines = [tabulate(area_rows(results), headers=AREA_HEADERS, tablefmt="simple", disable_numparse=True), ""]
    lines.append(f"{meta['system']} {meta['version']}: {VERDICT[gate['verdict']]}")
    lines.extend(f"  - {r if len(r) <= 200 else r[:199] + '…'}" for r in gate["reasons"][:10])
    if len(gate["reasons"]) > 10:
        lines.append(f"  … {len(gate['reasons']) - 10} flere grunde i summary.md")
    if gate["unexpected_passes"]:
        lines.append("  uventet bestået: " + ", ".join(u["waiver"] for u in gate["unexpected_passes"]))
    for signer in (results["golden"].get("signaturer") or {}).get("goldens") or []:
        lines.append(f"Goldens signeret af {signer['navn']} ({signer['fingerprint']}"
                     f"{', offentlig demo-nøgle' if signer.get('demo') else ''}): {signer['goldens']}")
    lines.extend(strength_lines(results))
    if run_dir:
        lines.append(f"Bevispakke: {run_dir}")
    return "\n".join(lines)
