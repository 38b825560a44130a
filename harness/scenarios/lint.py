"""Lint for feature files: the mistakes that make a scenario silently wrong or silently absent.

A scenario that no step matches fails only when run; a missing `# language: da` or a `Scenarieskabelon`
line makes the parser drop or reject it; a missing id, severity or § tag breaks goldens, reports and
waivers downstream. `lint()` finds all of these without running anything, and names file and line.
"""
from __future__ import annotations

import re
from pathlib import Path

from gherkin.errors import CompositeParserException, ParserError

from harness.contract.ydelse import Ydelse

from . import features, ydelser

LANGUAGE_LINE = re.compile(r"^#\s*language:\s*da\s*$")
DROPPED_KEYWORDS = re.compile(r"^\s*(Scenarieskabelon|Scenarie Skabelon|Scenario Outline|Scenario)\s*:")


def lint(paths: list[Path]) -> list[str]:
    """Every problem in the given feature files, as 'file:line: message'. Empty means clean."""
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    for path in sorted(paths):
        problems.extend(_lint_file(path, seen_ids))
    return problems


def lint_ydelse(ydelse: str, root: Path = features.SCENARIO_DIR) -> list[str]:
    paths = features.feature_files(ydelse, root)
    if not paths:
        return [f"{root / ydelse}: ingen feature-filer"]
    return lint(paths)


def lint_alle(root: Path = features.SCENARIO_DIR) -> list[str]:
    """Every benefit folder's feature files, with ids unique across all of them."""
    paths = [p for navn in ydelser.alle(root) for p in features.feature_files(navn, root)]
    if not paths:
        return [f"{root}: ingen feature-filer"]
    return lint(paths)


def _lint_file(path: Path, seen_ids: dict[str, str]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    out = []
    if not LANGUAGE_LINE.match(first.strip()):
        out.append(f"{path}:1: første linje skal være '# language: da' (fandt {first.strip()!r})")
        return out  # without it the parser reads English keywords; nothing below would mean anything
    for n, line in enumerate(lines, 1):
        if m := DROPPED_KEYWORDS.match(line):
            out.append(f"{path}:{n}: '{m.group(1)}' er ikke et dansk Gherkin-nøgleord og scenariet forsvinder "
                       f"stille; brug 'Scenarie' eller 'Abstrakt Scenario'")
    try:
        cfg = ydelser.ydelse(path.parent.name)
    except ydelser.YdelseConfigError as exc:
        out.append(f"{path}:1: {exc}")
        return out
    grammar = cfg.grammar
    if path.stem not in cfg.omraader:
        out.append(f"{path}:1: ukendt retsområde '{path.stem}' (kendte: {', '.join(sorted(cfg.omraader))})")
    try:
        doc, instances = features.parse_feature(path)
    except (CompositeParserException, ParserError) as exc:
        out.append(f"{path}: kan ikke læses som Gherkin: {exc}")
        return out
    out.extend(_example_tags(path, doc))
    if not instances:
        out.append(f"{path}: indeholder ingen scenarier")
    unmatched_reported = set()
    for inst in instances:
        where = f"{path}:{inst.line}"
        out.extend(_ids(where, inst, seen_ids, cfg))
        alvor = inst.alvor
        if len(alvor) != 1:
            out.append(f"{where}: '{inst.titel}' skal have præcis én alvor-tag (@alvor:A, B eller C), har {alvor}")
        elif alvor[0] not in features.ALVOR:
            out.append(f"{where}: '{inst.titel}' har ukendt alvor '{alvor[0]}' (kendte: A, B, C)")
        if not inst.paragraffer:
            out.append(f"{where}: '{inst.titel}' mangler en §-tag (fx {cfg.eksempel_paragraf_tag})")
        kinds = [s.kind for s in inst.steps]
        if kinds.count("when") != 1:
            out.append(f"{where}: '{inst.titel}' skal have præcis ét Når-trin ('Når {grammar.WHEN_PATTERN}')")
        if "then" not in kinds:
            out.append(f"{where}: '{inst.titel}' har ingen Så-trin")
        for step in inst.steps:
            key = (step.line, step.text)
            if key in unmatched_reported:
                continue
            if step.kind == "unknown" or grammar.match(step.kind, step.text) is None:
                unmatched_reported.add(key)
                out.append(f"{path}:{step.line}: intet {_DANISH[step.kind]}-trin i grammatikken matcher "
                           f"'{step.text}' (se scenarios/README.md)")
    return out


_DANISH = {"given": "Givet", "when": "Når", "then": "Så", "unknown": "kendt"}


def _ids(where: str, inst: features.Instance, seen_ids: dict[str, str], cfg: Ydelse) -> list[str]:
    out = []
    p = cfg.id_praefiks
    if not inst.ids_found:
        return [f"{where}: '{inst.titel}' mangler et id (@id:{p}-030-001, eller en id-kolonne i Eksempler)"]
    if len(inst.ids_found) > 1:
        return [f"{where}: '{inst.titel}' har flere id'er {inst.ids_found}; et eksempel har ét id"]
    sid = inst.ids_found[0]
    if not cfg.id_re.match(sid):
        out.append(f"{where}: id '{sid}' har ikke formen {p}-<§ med tre cifre>-<løbenummer>, fx {p}-030-001")
    if sid in seen_ids:
        out.append(f"{where}: id '{sid}' er brugt før ({seen_ids[sid]}); et id genbruges aldrig")
    else:
        seen_ids[sid] = where
    return out


def _example_tags(path: Path, doc: dict) -> list[str]:
    """pytest-bdd turns Eksempler tags into marks without the tag hook, so ':'-tags there break --strict-markers."""
    return [f"{path}:{tag['location']['line']}: tag {tag['name']} på Eksempler er ikke tilladt; sæt id i id-kolonnen "
            f"og alvor på scenariet"
            for node in features.nodes(doc) for ex in node.get("examples", []) or []
            for tag in ex.get("tags", []) if ":" in tag["name"]]
