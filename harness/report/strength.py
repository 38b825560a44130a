"""The evidence pack's statement of the bench's strength: how many seeded legal defects its scenarios catch, read
from the stored strength report (results.json `styrke`, from golden/STYRKE.json), with a plain warning when that
report was measured on other goldens, other parameters or another reference (forældet), or is missing (mangler).

The first pages get one short statement per benefit in scope (`statement`: the same words in summary.md,
rapport.html and the terminal); the appendix (bilag J) has the scores by kind of operator and the surviving legal
defects by § and rule. Everything read from the stored file is escaped by the caller's format (`cell`, `esc`,
`plain`): shown literally, never as markup.
"""
from __future__ import annotations

from typing import Any

from .escape import html as esc
from .escape import md_code, plain
from .paths import shown
from .text import benefit_title, cell

MAX_LISTED = 25          # surviving legal defects listed per benefit in bilag J
FRONT_PARAGRAPHS = 3     # §§ named with their survivors on the first pages
STATUS = {"gyldig": "gyldig", "forældet": "FORÆLDET", "mangler": "mangler"}
REMEASURE = "ydelsestjek styrke --gem --key NØGLE --ydelse {navn}"
# What the measurement cannot see (red team round 11): it changes the reference's code and runs the bench's own
# cases, so a defect that only cases of a kind the bench never sends would show is not among those it counts.
LIMIT = ("Målingen kan ikke se fejl, der kun viser sig i sager af en art, bænken aldrig sender (flere børn, timer "
         "eller år, end scenarierne, stikprøven og deres naboer når).")
INTRO = ("Hvor sandsynligt det er, at en forkert kandidat ville have fået GO: referencen er ændret med indlagte "
         "juridiske fejl (satser, grænser, datoer, regler, fortolkninger), og hver ændret reference er kørt som "
         "kandidat mod de godkendte scenarier (`ydelsestjek styrke`). Tallene er læst fra den gemte styrkerapport, "
         "ikke genberegnet; detaljer i bilag J. " + LIMIT)


def _pct(x: object) -> str:
    return "—" if not isinstance(x, (int, float)) else f"{x * 100:.1f} %".replace(".", ",")


def _date(stamp: object) -> str:
    return str(stamp)[:10] if stamp else "ukendt dato"


def _survivors(e: dict[str, Any]) -> str:
    n = e.get("antal_overlevende", 0)
    if not n:
        return "overlevende: ingen"
    per = e.get("overlevende_pr_paragraf") or {}
    named = [f"{p}: {k}" for p, k in list(per.items())[:FRONT_PARAGRAPHS]]
    if len(per) > FRONT_PARAGRAPHS:
        named.append("…")
    return f"overlevende: {n}" + (f" ({', '.join(named)})" if named else "")


def statement(navn: str, e: dict[str, Any]) -> str:
    """One benefit's strength in one or two plain sentences: k of n caught, the survivors by §, and whether the
    stored figures still describe this bench (gyldig / FORÆLDET / mangler)."""
    if e["status"] == "mangler":
        return ("Styrken er ikke målt for dette golden-sæt (status: mangler); den måles med "
                f"{REMEASURE.format(navn=navn)}.")
    j = e.get("juridisk") or {}
    text = (f"Bænken fanger {j.get('draebt_scenarier')} af {j.get('vurderet')} indlagte juridiske fejl med "
            f"scenarierne alene ({_pct(j.get('score_scenarier'))})")
    if j.get("score_med_fuzz") is not None:
        text += (f", {j.get('draebt_scenarier', 0) + j.get('draebt_fuzz', 0)} af {j.get('vurderet')} med fuzzing "
                 f"({e.get('fuzz') or '—'}; {_pct(j.get('score_med_fuzz'))})")
    text += f"; {_survivors(e)}."
    if e["status"] == "forældet":
        return (text + f" Status: FORÆLDET — {'; '.join(e['grunde'])}; tallene er fra målingen {_date(e.get('maalt'))} "
                f"og gælder ikke nødvendigvis dette bench (mål igen med {REMEASURE.format(navn=navn)}).")
    return text + f" Status: gyldig (målt {_date(e.get('maalt'))})."


def _entries(results: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return list(((results.get("styrke") or {}).get("ydelser") or {}).items())


def front_clause(navn: str, e: dict[str, Any], fuzzed: bool = True) -> str:
    """The strength of one benefit for its line under Omfang (plain, short: two pages hold the first pages): k of n
    caught, how many survive, and the status; the survivors by §, the stale report's reasons and the syntactic
    mutants are in bilag J. `fuzzed`: the run had a fuzz stage; without one, the figure with fuzzing describes a
    stage this run did not run (red team r19 F6): it is starred, and the note under Omfang says so once."""
    if e["status"] == "mangler":
        return "Styrke: ikke målt (mangler)."
    j = e.get("juridisk") or {}
    text = (f"Styrke: Bænken fanger {j.get('draebt_scenarier')} af {j.get('vurderet')} indlagte juridiske fejl "
            f"({_pct(j.get('score_scenarier'))}")
    if j.get("score_med_fuzz") is not None:
        text += f", med fuzzing {_pct(j.get('score_med_fuzz'))}" + ("" if fuzzed else "*")
    return text + f"); overlevende: {e.get('antal_overlevende', 0)}; {STATUS[e['status']]}."


FRONT_NOTE = ("Styrke: gemt måling i {fil}, ikke genberegnet; detaljer i bilag J. Den ser ikke fejl, der kun viser "
              "sig i sager af en art, bænken aldrig sender.")   # LIMIT in full in bilag J: the first pages' budget


def strength_front(results: dict[str, Any]) -> dict[str, str]:
    """Benefit -> its strength clause for the first pages' Omfang ({} for a results.json from before strength was
    recorded); the clauses are Markdown (escaped)."""
    fuzzed = bool(results.get("fuzz"))
    return {navn: cell(front_clause(navn, e, fuzzed), None) for navn, e in _entries(results)}


def strength_front_note(results: dict[str, Any]) -> list[str]:
    """The Omfang line saying where the strength comes from, or that the stored report cannot be read."""
    st = results.get("styrke")
    if not st:
        return []
    if st.get("fejl"):
        return [f"- **Styrkerapporten kan ikke læses:** {cell(st['fejl'])}."]
    unfuzzed = "" if results.get("fuzz") else f" {NOT_FUZZED}"
    return ["- " + FRONT_NOTE.format(fil=md_code(shown(st["fil"]))) + unfuzzed
            + (f" {DEMO_NOTE}" if demo_signed(st) else "")]


NOT_FUZZED = "\\* Målingens fuzzing: denne kørsel fuzzede ikke."


DEMO_NOTE = ("**Målingen er signeret med en offentligt kendt demo-nøgle**, hvis private nøgle ligger i repositoriet: "
             "signaturen beviser ikke, hvem der målte, eller at tallene er målingens (mål selv og signér med en egen "
             "nøgle: docs/trust.md).")


def demo_signed(st: dict[str, Any]) -> bool:
    """Whether the stored strength's signature is a published demo key's (red team r13: shown as valid with no note)."""
    return bool((st.get("signeret_af") or {}).get("demo"))


def _figures(e: dict[str, Any]) -> list[str]:
    """The plain lines of bilag J for one measured benefit: tallies by kind, how many scenarios catch a defect."""
    out = []
    for art, t in (("Juridiske", e.get("juridisk")), ("Syntaktiske", e.get("syntaktisk"))):
        if t:
            out.append(f"{art} mutanter: {t['i_alt']}; opdaget af scenarierne {t['draebt_scenarier']}, kun af fuzzing "
                       f"{t['draebt_fuzz']}, ækvivalente {t['aekvivalente']}, overlever {t['overlevende']}; score "
                       f"{_pct(t['score_scenarier'])} (scenarier) / {_pct(t['score_med_fuzz'])} (med fuzzing).")
    fangst = e.get("fangst") or {}
    if fangst:
        out.append(f"Juridiske fejl fanget af mindst 3 scenarier: {fangst.get('3+', 0)}; af 2: {fangst.get('2', 0)}; "
                   f"af kun 1: {fangst.get('1', 0)}.")
    per = e.get("overlevende_pr_paragraf") or {}
    if per:
        out.append("Overlevende juridiske fejl pr. §: " + ", ".join(f"{p}: {k}" for p, k in per.items()) + ".")
    if e.get("bulk"):
        out.append(f"Ækvivalent betyder: ingen forskel fra referencen på {e['bulk']} tilfældige bulk-sager, der når "
                   "den ændrede kode eller værdi; eller ved konstruktion (ændringen kan ingen sag i referencens område "
                   "nå).")
    j = e.get("juridisk") or {}
    if j.get("aekvivalente_ved_konstruktion"):
        out.append(f"Heraf ækvivalente ved konstruktion: {j['aekvivalente_ved_konstruktion']} juridiske mutanter, "
                   f"{j.get('aekvivalente_ved_register') or 0} af dem ved en gennemgået, begrundet påstand i ydelsens "
                   "ækvivalensregister (aekvivalens.yaml), som målingen ikke modsagde; begrundelserne står i "
                   "golden/STYRKE.json.")
    return out


def _survivor_lines(e: dict[str, Any]) -> list[str]:
    survivors = e.get("overlevende") or []
    out = [f"{s['id']} ({s.get('hjemmel') or '—'}; {s.get('regel') or '—'}): {s.get('beskrivelse')}"
           for s in survivors[:MAX_LISTED]]
    rest = e.get("antal_overlevende", 0) - len(survivors[:MAX_LISTED])
    if rest > 0:
        out.append(f"… og {rest} flere (golden/STYRKE.json).")
    return out


def strength_appendix(results: dict[str, Any]) -> list[str]:
    """'## Bilag J. Bænkens styrke': per benefit the scores and the surviving legal defects by § and rule."""
    st = results.get("styrke")
    if not st:
        return []
    out = ["## Bilag J. Bænkens styrke", "", f"Styrkerapport: `{cell(shown(st['fil']))}`, sha256 "
           f"{cell((st.get('sha256') or '—')[:12])}.", ""]
    for navn, e in _entries(results):
        out += [f"### {cell(benefit_title(results, navn))}", ""]
        if e["status"] != "gyldig":
            out += [f"Status: **{STATUS[e['status']]}** — {cell('; '.join(e['grunde']), None)}. Mål (igen) med "
                    f"{md_code(REMEASURE.format(navn=navn))}.", ""]
        if e["status"] == "mangler":
            continue
        out += [f"- {cell(line, None)}" for line in _figures(e)] + [""]
        lines = _survivor_lines(e)
        if lines:
            out += ["Overlevende juridiske fejl (scenarier mangler):", ""] + [f"- {cell(x, None)}" for x in lines] + [""]
    return out


def strength_html(results: dict[str, Any]) -> str:
    """rapport.html's section on the first page (id `styrke`); '' without strength evidence."""
    st = results.get("styrke")
    if not st:
        return ""
    error = f'<p class="box">Styrkerapporten kan ikke læses: {esc(st["fejl"])}</p>' if st.get("fejl") else ""
    if demo_signed(st):
        error += f'<p class="box">{esc(DEMO_NOTE.replace("**", ""))}</p>'
    intro = esc(INTRO).replace("`ydelsestjek styrke`", "<code>ydelsestjek styrke</code>").replace(
        "bilag J", '<a href="#bilag-j">bilag J</a>')
    items = "".join(f"<li><strong>{esc(benefit_title(results, navn))}</strong>: {esc(statement(navn, e))}</li>"
                    for navn, e in _entries(results))
    return f'<section id="styrke"><h2>Bænkens styrke</h2><p>{intro}</p>{error}<ul>{items}</ul></section>'


def strength_appendix_html(results: dict[str, Any]) -> str:
    """rapport.html's bilag J (id `bilag-j`); '' without strength evidence."""
    st = results.get("styrke")
    if not st:
        return ""
    parts = [f"<p>Styrkerapport: <code>{esc(shown(st['fil']))}</code>, sha256 {esc((st.get('sha256') or '—')[:12])}.</p>"]
    for navn, e in _entries(results):
        parts.append(f"<h3>{esc(benefit_title(results, navn))}</h3>")
        if e["status"] != "gyldig":
            parts.append(f'<p class="box"><strong>Status: {esc(STATUS[e["status"]])}</strong> — '
                         f'{esc("; ".join(e["grunde"]))}. Mål (igen) med '
                         f'<code>{esc(REMEASURE.format(navn=navn))}</code>.</p>')
        if e["status"] == "mangler":
            continue
        parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in _figures(e)) + "</ul>")
        lines = _survivor_lines(e)
        if lines:
            parts.append("<p>Overlevende juridiske fejl (scenarier mangler):</p><ul>"
                         + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>")
    return f'<section id="bilag-j"><h2>Bilag J. Bænkens styrke</h2>{"".join(parts)}</section>'


def strength_lines(results: dict[str, Any]) -> list[str]:
    """One terminal line per benefit: the same statement as the first pages."""
    return [plain(f"Styrke, {navn}: {statement(navn, e)}", 900) for navn, e in _entries(results)]
