"""The evidence pack's statement of the bench's strength: how many seeded legal defects its scenarios catch,
read from the stored strength report (results.json `styrke`, from golden/STYRKE.json), with a plain warning when
that report was measured on another golden set, other parameters or another reference (forældet)."""
from __future__ import annotations

from typing import Any

from .labels import value_text

MAX_LISTED = 25


def _pct(x: object) -> str:
    return "—" if not isinstance(x, (int, float)) else f"{x * 100:.1f} %".replace(".", ",")


def strength_markdown(results: dict[str, Any]) -> list[str]:
    """The '## Benchens styrke' section of summary.md ([] for a results.json from before strength was recorded)."""
    st = results.get("styrke")
    if not st:
        return []
    out = ["## Benchens styrke (mutationstest)", ""]
    w = out.append
    w("Hvor sandsynligt det er, at en forkert kandidat ville have fået GO: referencen er ændret med indlagte juridiske "
      "fejl (satser, grænser, datoer, regler, fortolkninger), og hver ændret reference er kørt som kandidat mod de "
      f"godkendte scenarier (`ydelsestjek styrke`). Tallene er læst fra `{value_text(st['fil'])}`, ikke genberegnet.")
    w("")
    if st.get("fejl"):
        w(f"**Styrkerapporten kan ikke læses:** {value_text(st['fejl'])}")
        w("")
    for navn, e in st["ydelser"].items():
        if e["status"] == "mangler":
            w(f"- **{navn}**: ingen styrkerapport; styrken er ikke målt for dette golden-sæt "
              "(kør `ydelsestjek styrke --gem`).")
            continue
        j = e.get("juridisk") or {}
        stale = e["status"] == "forældet"
        if stale:
            w(f"- **{navn}: FORÆLDET.** Styrkerapporten passer ikke til det nuværende bench: "
              f"{value_text('; '.join(e['grunde']))}. Tallene herunder er fra målingen {value_text(e.get('maalt'))} og "
              "gælder ikke nødvendigvis dette golden-sæt (kør `ydelsestjek styrke --gem` igen).")
        line = (f"Suiten opdager {j.get('draebt_scenarier')} af {j.get('vurderet')} indlagte juridiske fejl med "
                f"scenarierne alene ({_pct(j.get('score_scenarier'))})")
        if j.get("score_med_fuzz") is not None:
            line += (f" og {j.get('draebt_scenarier', 0) + j.get('draebt_fuzz', 0)} af {j.get('vurderet')} med fuzzing "
                     f"({value_text(e.get('fuzz'))}; {_pct(j.get('score_med_fuzz'))})")
        line += (f"; {j.get('aekvivalente')} mutanter er vist ækvivalente (ingen forskel på {value_text(e.get('bulk'))} "
                 f"bulk-sager); {e.get('antal_overlevende', 0)} juridiske fejl overlever.")
        w(f"  {line}" if stale else f"- **{navn}** (målt {value_text(e.get('maalt'))}): {line}")
        fangst = e.get("fangst") or {}
        if fangst:
            w(f"  Fanget af mindst 3 scenarier: {fangst.get('3+', 0)}; af 2: {fangst.get('2', 0)}; af kun 1: "
              f"{fangst.get('1', 0)}.")
        survivors = e.get("overlevende") or []
        if survivors:
            w("  Overlevende juridiske fejl (skal have scenarier):")
            for s in survivors[:MAX_LISTED]:
                w(f"  - {value_text(s['id'])} ({value_text(s.get('hjemmel') or '—')}; "
                  f"{value_text(s.get('regel') or '—')}): {value_text(s.get('beskrivelse'))}")
            if e.get("antal_overlevende", 0) > len(survivors[:MAX_LISTED]):
                w(f"  - … og {e['antal_overlevende'] - len(survivors[:MAX_LISTED])} flere (se golden/STYRKE.json).")
    w("")
    return out


def strength_lines(results: dict[str, Any]) -> list[str]:
    """One terminal line per benefit: the stored strength, or that it is stale or missing."""
    out = []
    for navn, e in ((results.get("styrke") or {}).get("ydelser") or {}).items():
        j = e.get("juridisk") or {}
        if e["status"] == "mangler":
            out.append(f"Styrke, {navn}: ikke målt (ydelsestjek styrke --gem)")
            continue
        text = (f"Styrke, {navn}: {j.get('draebt_scenarier')} af {j.get('vurderet')} juridiske fejl opdaget "
                f"({_pct(j.get('score_scenarier'))}; med fuzz {_pct(j.get('score_med_fuzz'))}), "
                f"{e.get('antal_overlevende', 0)} overlever")
        out.append(text + (" — FORÆLDET: " + "; ".join(e["grunde"]) if e["status"] == "forældet" else ""))
    return out
