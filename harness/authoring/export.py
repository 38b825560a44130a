"""Shrunk counterexamples back as Danish scenarios with pending goldens (`ydelsestjek fuzz --export DIR`).

Layout, the same as the repository's, so the golden workflow works on it unchanged:
  DIR/scenarios/<ydelse>/<omraade>.feature     one Scenarie per counterexample, appended
  DIR/golden/<ydelse>/<ID>.pending.json         written by the golden workflow's own `update`
then `ydelsestjek golden approve ID --golden-dir DIR/golden --scenario-dir DIR/scenarios --by … --reason …`, or
move the scenario into scenarios/<ydelse>/ and run `golden update` there.

Ids: `<PREFIX>-<§ with three digits>-<number>`, numbered from 901 on ("found by fuzzing"), never one used in
scenarios/ or in DIR. The § tag is the § of the reference step behind the first differing field; `@alvor` is
the one the fuzz engine gave the finding's class. Givet-steps rebuild the case exactly (the benefit module's
`given_steps`); Så-steps state the reference decision's facts for the fields that differ (`then_steps`). The
benefit's generators render each sentence from its grammar's own pattern (harness/scenarios/trin.py `tekst`).
Only differential counterexamples are exported: a broken property has no reference fact of its own to state.
"""
from __future__ import annotations

import datetime as dt
import inspect
import re
from dataclasses import dataclass
from pathlib import Path

from harness.contract.ydelse import Ydelse, find
from harness.fuzz.engine import Counterexample, FuzzReport
from harness.scenarios import features

FIRST_NUMBER = 901
TAG = "@fundet-ved-fuzz"
CLASS_WORDS = {"manglende_udbetaling": "intet udbetalt", "forkert_afgoerelse_om_ret": "forkert afgørelse om ret",
               "forkert_beloeb": "forkert beløb", "forkert_dato": "forkert dato",
               "manglende_begrundelse": "ingen begrundelse", "ugyldigt_svar": "ugyldigt svar",
               "fejl_timeout": "fejl"}


@dataclass
class Exported:
    id: str
    counterexample: str          # the fuzz id (FUZZ-…)
    feature: Path
    pending: Path | None
    discriminates: bool          # at least one Så-step fails on the candidate's answer


def _used_ids(*roots: Path) -> set[str]:
    used = set()
    for root in roots:
        for path in Path(root).glob("**/*.feature"):
            used.update(re.findall(r"@id:([A-Za-z0-9-]+)", path.read_text(encoding="utf-8")))
            used.update(re.findall(r"\|\s*([A-Z]{2,4}-\d{3}-\d{3})\s*\|", path.read_text(encoding="utf-8")))
    return used


def _fresh_id(prefix: str, paragraf: int, used: set[str]) -> str:
    n = FIRST_NUMBER
    while f"{prefix}-{paragraf:03d}-{n:03d}" in used:
        n += 1
    new = f"{prefix}-{paragraf:03d}-{n:03d}"
    used.add(new)
    return new


def _one_line(text: str) -> str:
    """Text that stays one line of the feature file: candidate words (its system name, an answer's values) broken by
    any line break a parser honours (\\n, \\r, \\v, \\f, U+0085, U+2028, …) would otherwise write steps and tags of
    the candidate's choosing into the exported scenario (red team round 12b F3); other control characters (a
    terminal's escape sequences, which could hide lines from the jurist reading the file) are shown as \\xNN."""
    one = " ".join(text.splitlines())
    return "".join(c if ord(c) >= 32 and not 0x7F <= ord(c) < 0xA0 else f"\\x{ord(c):02x}" for c in one)


def _render(cx: Counterexample, sid: str, paragraf: int, gen, system: str, cfg: Ydelse) -> tuple[str, bool]:
    """`cfg` is the benefit (its grammar and § tag prefix). A generator module whose `then_steps` takes the case
    gets it, and one with `when_step(case)` says its own Når-step (e.g. the months the case is decided for)."""
    g = cfg.grammar
    tag = cfg.paragraf_tags[0][0]
    felter = [c["felt"] for c in cx.changes] or ["begrundelse"]
    extra = {"case": cx.case} if "case" in inspect.signature(gen.then_steps).parameters else {}
    thens = gen.then_steps(cx.expected, felter, **extra)
    answer = cx.actual if isinstance(cx.actual, dict) else {}

    def fails(step: str) -> bool:
        try:
            g.check_then(answer, step)
        except (AssertionError, LookupError, KeyError, TypeError, ValueError):
            return True
        return False

    discriminates = any(fails(s) for s in thens)
    lines = [f"  {TAG} @id:{sid} @{tag}-{paragraf} @alvor:{cx.alvor}",
             _one_line(f"  Scenarie: Fundet ved fuzzing: {CLASS_WORDS.get(cx.klasse, cx.klasse)} hos {system} "
                       f"({cx.id})")]
    lines.append(_one_line(f"    # {cx.klasse}: {cx.message}"))
    for c in cx.changes[:5]:
        lines.append(_one_line(f"    #   {c['felt']}: referencen {c.get('forventet')!s:.60}, kandidaten "
                               f"{c.get('faktisk')!s:.60}"))
    first = True
    for text, table in gen.given_steps(cx.case):
        lines.append(f"    {'Givet' if first else 'Og'} {text}")
        first = False
        for row in table or []:
            lines.append("      | " + " | ".join(row) + " |")
    when = gen.when_step(cx.case) if hasattr(gen, "when_step") else g.WHEN_PATTERN
    lines.append(f"    Når {when}")
    for i, step in enumerate(thens):
        lines.append(f"    {'Så' if i == 0 else 'Og'} {step}")
    return "\n".join(lines) + "\n", discriminates


def export(report: FuzzReport, out: Path, scenario_root: Path = features.SCENARIO_DIR) -> list[Exported]:
    from harness.authoring import golden as workflow
    cfg = find(report.ydelse)
    gen = cfg.generators
    if gen is None:          # a report of a benefit without generators has no counterexamples to export
        return []
    out = Path(out)
    feature_root, golden_root = out / "scenarios", out / "golden"
    used = _used_ids(scenario_root, feature_root)
    system = f"{report.metadata.get('system', report.candidate)} {report.metadata.get('version', '')}".strip()
    written: list[Exported] = []
    for cx in report.counterexamples:
        if cx.kind != "differential" or not isinstance(cx.expected, dict):
            continue
        paragraf = next((p for h in cx.hjemmel if (p := gen.paragraf(h)) is not None), None) or 0
        omraade = gen.OMRAADE_FOR_PARAGRAF.get(paragraf, next(iter(sorted(cfg.omraader))))
        sid = _fresh_id(cfg.id_praefiks, paragraf, used)
        text, discriminates = _render(cx, sid, paragraf, gen, system, cfg)
        path = feature_root / report.ydelse / f"{omraade}.feature"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text(f"# language: da\nEgenskab: Fundet ved fuzzing ({omraade.replace('_', ' ')})\n"
                            f"  Modeksempler, som 'ydelsestjek fuzz' fandt og skrumpede den {dt.date.today()}. "
                            f"Givet-trinene genskaber sagen;\n  Så-trinene er referencens afgørelse for de felter, "
                            f"der afveg. Gennemgå dem som ethvert andet scenarie.\n", encoding="utf-8")
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\n" + text)
        written.append(Exported(sid, cx.id, path, None, discriminates))
    if written:
        # root as `golden check` uses it, so the golden's `feature` path is the one check computes again
        workflow.update(golden_root=golden_root, scenario_root=feature_root, ydelse=report.ydelse,
                        root=features.ROOT, ids=[w.id for w in written])
        for w in written:
            pending = golden_root / report.ydelse / f"{w.id}{workflow.PENDING}"
            w.pending = pending if pending.exists() else None
    return written
