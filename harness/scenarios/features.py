"""Read the feature files without pytest: one `Instance` per scenario or Eksempler row, with its id and tags.

The golden workflow needs each scenario's case and Så-steps outside a pytest run; the lint needs the raw
tags and lines. Both come from gherkin-official's pickles (the same parser pytest-bdd uses), so an outline row
here is the same rendered scenario pytest-bdd runs.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.contract.ydelse import Ydelse

from . import ydelser
from .ydelser import ROOT, SCENARIO_DIR

__all__ = ["ROOT", "SCENARIO_DIR", "Instance", "Step", "feature_files", "load_all_instances", "load_instances", "parse_feature"]

ID_TAG = re.compile(r"^@id:(.*)$")
ALVOR_TAG = re.compile(r"^@alvor:(.*)$")
ALVOR = {"A": "borgeren får forkert beløb eller intet", "B": "forkert dato, frist eller refusion",
         "C": "begrundelse eller form"}


@dataclass
class Step:
    kind: str  # given | when | then
    text: str
    line: int
    datatable: list[list[str]] | None = None


@dataclass
class Instance:
    """One executable scenario: a plain Scenarie, or one row of an Eksempler table."""

    id: str | None
    titel: str
    feature: Path
    line: int
    tags: list[str]
    steps: list[Step]
    ids_found: list[str] = field(default_factory=list)  # every id source seen, for the lint
    text: str = ""  # the scenario's own Gherkin as the file holds it (see scenario_text); goldens sign it

    @property
    def ydelse(self) -> str:
        return self.feature.parent.name

    @property
    def config(self) -> Ydelse:
        return ydelser.ydelse(self.ydelse)

    @property
    def omraade(self) -> str:
        return self.feature.stem

    def _paragraf_tags(self) -> list[tuple[int, str, str]]:
        """(law order, law, '30, stk. 3') for each § tag (@<prefix>-30-stk-3), sorted by law, then §."""
        cfg = self.config
        order = [p for p, _ in cfg.paragraf_tags]
        out = set()
        for t in self.tags:
            if m := cfg.paragraf_re.match(t):
                out.add((order.index(m.group(1)), cfg.lov(m.group(1)),
                         f"{m.group(2)}{m.group(3)}" + (f", stk. {m.group(4)}" if m.group(4) else "")))
        return sorted(out, key=lambda x: (x[0], int(re.findall(r"\d+", x[2])[0]), x[2]))

    @property
    def paragraffer(self) -> list[str]:
        """'30', '30, stk. 3', '58a' from the § tags @<prefix>-30, @<prefix>-30-stk-3, @<prefix>-58a."""
        return [p for _, _, p in self._paragraf_tags()]

    @property
    def hjemmel(self) -> list[str]:
        """'<lov> § 30' — the law each § tag prefix cites comes from the benefit's ydelse.yaml."""
        return [f"{lov} § {p}" for _, lov, p in self._paragraf_tags()]

    @property
    def alvor(self) -> list[str]:
        return [m.group(1) for t in self.tags if (m := ALVOR_TAG.match(t))]

    @property
    def plain_tags(self) -> list[str]:
        """Tags without '@' and without the per-scenario id (for the golden's `tags`)."""
        return sorted(t.lstrip("@") for t in set(self.tags) if not ID_TAG.match(t))

    def build_case(self) -> dict:
        grammar = self.config.grammar
        apply_when = getattr(grammar, "apply_when", None)   # a Når-step that carries facts (e.g. the months)
        sag = grammar.Sag()
        for step in self.steps:
            if step.kind == "given":
                grammar.apply_given(sag, step.text, step.datatable)
            elif step.kind == "when" and apply_when is not None:
                apply_when(sag, step.text)
        return sag.finish(self.id or "UDEN-ID")

    def then_failures(self, decision: dict) -> list[str]:
        """The Så-steps that do not hold for a decision, each as 'line: message'."""
        grammar = self.config.grammar
        failures = []
        for step in self.steps:
            if step.kind == "then":
                try:
                    grammar.check_then(decision, step.text)
                except (AssertionError, LookupError, KeyError, TypeError) as exc:
                    failures.append(f"linje {step.line}: {step.text}: {exc}")
        return failures


_KIND = {"Context": "given", "Action": "when", "Outcome": "then"}


def parse_feature(path: Path) -> tuple[dict[str, Any], list[Instance]]:
    """The gherkin AST of a feature file and its instances. Raises gherkin's parser errors as they are. The parser
    is imported here: a run whose golden check is remembered reads no feature file."""
    from gherkin.parser import Parser
    from gherkin.pickles.compiler import Compiler

    text = path.read_text(encoding="utf-8")
    parsed: Any = Parser().parse(text)       # gherkin's TypedDicts; read here as plain JSON-like mappings
    doc: dict[str, Any] = parsed
    doc["uri"] = str(path)
    rows, lines = _example_rows(doc)
    texts = _ScenarioTexts(doc, text)
    instances = []
    pickles: list[Any] = Compiler().compile(parsed)
    for pickle in pickles:
        tags = [t["name"] for t in pickle["tags"]]
        ids = [m.group(1) for t in tags if (m := ID_TAG.match(t))]
        row = rows.get(pickle["astNodeIds"][-1]) if len(pickle["astNodeIds"]) > 1 else None
        if row is not None and "id" in row:
            ids.append(row["id"])
        line = lines.get(pickle["astNodeIds"][-1], pickle["location"]["line"])
        steps = []
        for s in pickle["steps"]:
            table = None
            if "argument" in s and "dataTable" in s["argument"]:
                table = [[c["value"] for c in r["cells"]] for r in s["argument"]["dataTable"]["rows"]]
            step_line = lines.get(s["astNodeIds"][0], 0)
            steps.append(Step(_KIND.get(s.get("type"), "unknown"), s["text"], step_line, table))
        instances.append(Instance(id=ids[0] if len(ids) == 1 else None, titel=pickle["name"], feature=path,
                                  line=line, tags=tags, steps=steps, ids_found=ids,
                                  text=texts.text(pickle["astNodeIds"])))
    return doc, instances


class _ScenarioTexts:
    """The source lines of one executable scenario, as a reviewer reads them in the feature file.

    A scenario's text is the Baggrund blocks it runs after (the feature's, then its Regel's), then the scenario
    from its tags (and any comment lines just above them) to the line before the next block; for one row of an
    Eksempler table, only that table's keyword, header and this row are kept, so another row's change leaves
    this scenario's approval standing. Trailing blanks are dropped from each line and trailing empty lines from
    each block, and empty lines do not repeat. A golden stores and signs this text (harness/golden/signing.py)."""

    def __init__(self, doc: dict, source: str):
        self.lines = source.splitlines()
        self.nodes: dict[str, tuple[dict, list[dict]]] = {}   # scenario id -> (scenario, backgrounds before it)
        self.starts: list[int] = []
        feature = doc.get("feature") or {}
        self._walk(feature.get("children", []), [])
        self.starts.sort()

    def _walk(self, children: list[dict], backgrounds: list[dict]) -> None:
        own = list(backgrounds)
        for child in children:
            kind, node = next(iter(child.items()))
            self.starts.append(self._start(node))
            if kind == "background":
                own.append(node)
            elif kind == "rule":
                self._walk(node.get("children", []), own)
            elif kind == "scenario":
                self.nodes[node["id"]] = (node, list(own))

    def _start(self, node: dict) -> int:
        """1-based first line: the earliest tag, or the keyword line, and comment lines just above."""
        first = min([t["location"]["line"] for t in node.get("tags", [])] + [node["location"]["line"]])
        while first > 1 and self.lines[first - 2].strip().startswith("#") \
                and not self.lines[first - 2].strip().startswith("# language"):
            first -= 1
        return first

    def _span(self, node: dict, starts: list[int] | None = None) -> list[int]:
        """The 1-based line numbers of a block: from its start to the line before the next block's start."""
        start = self._start(node)
        after = [s for s in (self.starts if starts is None else starts) if s > node["location"]["line"]]
        end = min(after) - 1 if after else len(self.lines)
        while end >= start and not self.lines[end - 1].strip():
            end -= 1
        return list(range(start, end + 1))

    def text(self, ast_ids: list[str]) -> str:
        if not ast_ids or ast_ids[0] not in self.nodes:
            return ""
        scenario, backgrounds = self.nodes[ast_ids[0]]
        row = ast_ids[1] if len(ast_ids) > 1 else None
        keep = [n for bg in backgrounds for n in self._span(bg)]
        scenario_lines = self._span(scenario)
        drop: set[int] = set()
        tables = scenario.get("examples", [])
        starts = [self._start(t) for t in tables] + [(scenario_lines[-1] + 1) if scenario_lines else 0]
        for examples in tables:
            block = set(self._span(examples, starts))
            body = {r["id"]: r["location"]["line"] for r in examples.get("tableBody", [])}
            if row in body:
                drop |= {line for rid, line in body.items() if rid != row}
            else:
                drop |= block
        keep += [n for n in scenario_lines if n not in drop]
        out: list[str] = []
        for n in keep:
            line = self.lines[n - 1].rstrip()
            if line or (out and out[-1]):   # one empty line at most between the kept parts
                out.append(line)
        return "\n".join(out).rstrip("\n")


def nodes(doc: object) -> Iterator[dict[str, Any]]:
    """Every mapping node of a Gherkin AST, depth first: the one walk over the tree that the reader and the lint
    share."""
    stack: list[object] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def _example_rows(doc: dict[str, Any]) -> tuple[dict[str, dict[str, str]], dict[str, int]]:
    """Example rows by AST node id (header -> value), and the line of every AST node that has one."""
    rows: dict[str, dict[str, str]] = {}
    lines: dict[str, int] = {}
    for node in nodes(doc):
        if "id" in node and "location" in node:
            lines[node["id"]] = node["location"]["line"]
        if node.get("tableHeader"):
            header = [c["value"] for c in node["tableHeader"]["cells"]]
            for r in node.get("tableBody", []):
                rows[r["id"]] = dict(zip(header, (c["value"] for c in r["cells"])))
    return rows, lines


def feature_files(ydelse: str, root: Path = SCENARIO_DIR) -> list[Path]:
    return sorted((root / ydelse).glob("*.feature"))


def load_instances(ydelse: str, root: Path = SCENARIO_DIR) -> list[Instance]:
    """Every scenario instance of a benefit; ConfigError naming the feature file and gherkin's first problems
    (line:column) when one cannot be read as Gherkin (a run stops there with exit 2, not an internal error)."""
    from gherkin.errors import CompositeParserException, ParserError

    from harness.config_files import ConfigError
    out = []
    for path in feature_files(ydelse, root):
        try:
            out.extend(parse_feature(path)[1])
        except (CompositeParserException, ParserError) as exc:
            found = [str(e) for e in getattr(exc, "errors", [exc])]
            raise ConfigError(path, ["cannot be read as Gherkin (run `ydelsestjek lint`): " + found[0],
                                     *found[1:5], *([f"… and {len(found) - 5} more"] if len(found) > 5 else [])]
                              ) from None
    return out


def load_all_instances(root: Path = SCENARIO_DIR) -> list[Instance]:
    """Every benefit's instances (scenarios/<ydelse>/*.feature for each benefit folder)."""
    out = []
    for navn in ydelser.alle(root):
        out.extend(load_instances(navn, root))
    return out
