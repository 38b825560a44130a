"""Who approved the goldens the run judged by: each approver whose verified signature the goldens carry, with the
key's fingerprint, the trusted approvers file, and a warning when a published demo key signed them (harness/golden
signing; docs/trust.md). Shown in summary.md's appendix and first page and in rapport.html."""
from __future__ import annotations

from typing import Any

from .paths import shown


def _short(sha: str | None) -> str:
    return sha[:12] if sha else "—"


def signers(golden: dict[str, Any]) -> str:
    """Each approver whose verified signature the goldens carry, with the key's fingerprint."""
    sig = golden.get("signaturer") or {}
    rows = [f"{a['navn']} (nøgle {a['fingerprint']}{', demo-nøgle' if a.get('demo') else ''}): {a['goldens']} goldens"
            for a in sig.get("goldens") or []]
    if sig.get("manifest"):
        serial = serial_text(golden)
        rows.append(f"manifestet: {sig['manifest']['navn']} (nøgle {sig['manifest']['fingerprint']})"
                    + (f", {serial}" if serial else ""))
    return "; ".join(rows) or "— (signaturer ikke kontrolleret)"


def serial_text(golden: dict[str, Any]) -> str | None:
    """The manifest's serial and signing date, and the anti-rollback check (harness/golden/serial.py); None for a
    run from before serials."""
    s = golden.get("serial")
    if not s:
        return None
    text = f"serienummer {s['serial']}" + (f", signeret {s['signeret']}" if s.get("signeret") else "")
    if s.get("tilbagerulning"):
        text += (f"; ÆLDRE end serienummer {s.get('hoejeste_set')}, som denne bruger har verificeret før: kørt med "
                 "--allow-golden-rollback")
    return text


def demo_key_warning(results: dict[str, Any]) -> str | None:
    """A warning when goldens carry the signature of a published demo key (policies/godkendere.yaml `demo: true`)."""
    sig = results["golden"].get("signaturer") or {}
    demo = [a for a in (sig.get("goldens") or []) if a.get("demo")]
    if not demo and not (sig.get("manifest") or {}).get("demo"):
        return None
    return ("Advarsel: goldens er signeret med en offentligt kendt demo-nøgle ("
            + ", ".join(f"{a['navn']} {a['fingerprint']}" for a in demo) + "), hvis private nøgle ligger i "
            "repositoriet: signaturen beviser ikke, hvem der har godkendt (en kommunes egne nøgler: docs/trust.md).")


def approvers_file(golden: dict[str, Any]) -> str:
    info = (golden.get("signaturer") or {}).get("godkendere")
    if not info:
        return "—"
    checked = (golden.get("kontrol") or {}).get("scenarier")
    return (f"{shown(info['path'])} (sha256 {_short(info['sha256'])}, {len(info['godkendere'])} godkendere); goldens "
            "kontrolleret " + (f"mod scenarierne i {shown(checked)}" if checked else
                               "uden scenarier (kun signaturer og manifest)"))


__all__ = ["approvers_file", "demo_key_warning", "serial_text", "signers"]
