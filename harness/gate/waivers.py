"""The known-deviation register (policies/waivers.yaml): accepted deviations, each with a ticket, an owner,
the caseworker's workaround and an expiry date, so known errors are tracked and cannot stay open for ever.
Its format is the contract's `WaiverRegister` (harness/contract/config.py)."""
from __future__ import annotations

from pathlib import Path

from harness.config_files import load_yaml
from harness.contract.config import Waiver, WaiverRegister

DEFAULT_WAIVERS = Path(__file__).resolve().parents[2] / "policies" / "waivers.yaml"


def load_waivers(path: Path | str = DEFAULT_WAIVERS, failure_classes: list[str] | None = None) -> list[Waiver]:
    """The register's waivers ([] for an empty file); ConfigError naming the file, line, field and what was
    expected. With `failure_classes`, a waiver's failure_class must be one of them."""
    doc = load_yaml(path)
    if doc.data is None:
        return []
    context = {"failure_classes": failure_classes} if failure_classes is not None else None
    return list(doc.validate(WaiverRegister, context=context).waivers)


def unmatched(waivers: list[Waiver], scenario_ids: list[str]) -> list[str]:
    """A warning (Danish, for the evidence pack) for each waiver whose pattern names no scenario of the golden set:
    most likely a typo, and otherwise silently of no use."""
    return [f"undtagelsen {w.id} passer ikke på noget scenarie i golden-sættet (scenarie: {w.scenario}); "
            "kontrollér mønsteret" for w in waivers if not any(w.covers(sid) for sid in scenario_ids)]


__all__ = ["DEFAULT_WAIVERS", "Waiver", "load_waivers", "unmatched"]
