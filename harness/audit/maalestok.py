"""The bench's yardstick under an audit: whether the contract, the comparison rules and each benefit's law (its
reference, parameters and register, as its signed strength measurement names them) are the released ones.

An audit judges a system against the reference. Edit the bench's parameter file to the system's wrong value and
the audit finds nothing wrong (red team round 10), while `run` stops, because the goldens no longer match. So the
audit records what it ran under, and every report says so in Danish when it is not the released bench; the exit
code is then never a clean 0 (harness/audit/revision.py).
"""
from __future__ import annotations

from pathlib import Path


def styrke(golden_dir: Path | None = None) -> dict[str, list[str]]:
    """Benefit -> why its signed strength measurement does not describe the reference as it is now (its law,
    parameters, register or goldens changed since, or the measurement is not a trusted approver's); only benefits
    that have one. The measurement's keys are the digests of exactly what decides the reference's answers."""
    from harness.contract.ydelse import alle
    from harness.golden import signing
    from harness.golden import strength as maaling
    from harness.golden.store import GOLDEN_DIR
    root = GOLDEN_DIR if golden_dir is None else golden_dir
    try:
        doc = maaling.load(root)
    except maaling.StrengthFileError as exc:
        return {"*": [str(exc)]}
    if doc is None:
        return {"*": ["ingen signeret styrkemåling (golden/STYRKE.json)"]}
    try:
        approvers: signing.Approvers | None = signing.load_approvers()
    except Exception:   # an unreadable approvers file: the signature cannot be tried, and signature_problems says so
        approvers = None
    signed = maaling.signature_problems(doc, approvers)
    out = {}
    for navn, section in sorted(doc["ydelser"].items()):
        if navn not in alle() or not isinstance(section, dict):
            continue
        reasons = signed + maaling.staleness(section, maaling.keys(root, navn))
        if reasons:
            out[navn] = reasons
    return out


def advarsler(manifest: dict, tal: dict | None = None) -> list[str]:
    """Danish warnings when the audit ran under another yardstick than the released bench's: its mismatches and
    kroner are then not the released bench's findings. Given the audit's figures, a benefit's strength is named only
    when the audit compared cases of it (red team round 11b F6); the bench's own (`*`) always."""
    from harness.gate.shipped import COMPARE_SHA256, CONTRACT_SHA256
    ref = manifest.get("reference") or {}
    out = []
    if ref.get("kontrakt") not in (None, CONTRACT_SHA256):
        out.append("kontrakten (skemaerne og ydelsernes ydelse.yaml) er ikke den udgivne: hvad et gyldigt svar er, kan "
                   "være ændret")
    if ref.get("sammenligning") not in (None, COMPARE_SHA256):
        out.append("sammenligningsreglerne er ikke de udgivne: tolerancer, ignorerede felter og fejlklasser kan være "
                   "ændret")
    compared = None if tal is None else tal.get("sammenlignet_pr_ydelse")   # figures without it: warn of every one
    for navn, reasons in (ref.get("styrke") or {}).items():
        if isinstance(compared, dict) and navn != "*" and not compared.get(navn):
            continue
        hvem = "bænken" if navn == "*" else f"referencen for {navn}"
        out.append(f"{hvem} er ikke den, hvis styrke er målt og signeret: " + "; ".join(reasons))
    return out
