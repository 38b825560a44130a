"""The comparison policy (policy.yaml): failure classes, severities and, per benefit, how decisions are
normalised, which tolerance each field has and which failure class each differing field belongs to."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from harness.config_files import ConfigError, YamlDoc, load_yaml
from harness.contract.ydelse import alle

from .paths import ENTRY, matches, split

DEFAULT_POLICY = Path(__file__).with_name("policy.yaml")
CONDITIONS = ("empty", "nonempty", "zero", "nonzero", "null", "notnull", "true", "false")
SEVERITIES = ("A", "B", "C")


@dataclass(frozen=True)
class Rule:
    path: tuple[str, ...]
    klasse: str
    at: tuple[str, ...] | None = None
    expected: str | None = None
    actual: str | None = None


@dataclass
class BenefitRules:
    """Everything the comparison knows about one benefit, all of it from data."""
    steps: str
    step_id: str
    ref: str
    ignore: list[tuple[str, ...]]
    keyed_lists: dict[tuple[str, ...], str]
    atomic: list[tuple[str, ...]]
    decimal_fields: list[tuple[tuple[str, ...], Decimal]]
    classify: list[Rule]
    default_class: str
    law_date: tuple[str, ...] | None = None   # the case field whose date decides which law applies
    _shape_cache: dict = field(default_factory=dict)

    def shape_info(self, shape: tuple[str, ...]) -> tuple[bool, Decimal | None, str | None]:
        """(ignored, decimal tolerance or None, keyed-list key or None) for a field shape, cached."""
        info = self._shape_cache.get(shape)
        if info is None:
            ignored = any(matches(p, shape) for p in self.ignore)
            tol = next((t for p, t in self.decimal_fields if matches(p, shape)), None)
            key = next((k for p, k in self.keyed_lists.items() if matches(p, shape)), None)
            info = self._shape_cache[shape] = (ignored, tol, key)
        return info

    def atomic_prefix(self, shape: tuple[str, ...]) -> int | None:
        for pattern in self.atomic:
            for n in range(len(shape) + 1):
                if matches(pattern, shape[:n]):
                    return n
        return None


@dataclass
class ComparePolicy:
    path: Path
    failure_classes: dict[str, str]
    severity_table: dict[str, dict[str, str]]
    defaults: BenefitRules
    benefits: dict[str, BenefitRules]

    def rules(self, benefit: str) -> BenefitRules:
        return self.benefits.get(benefit, self.defaults)

    def label(self, klasse: str) -> str:
        return self.failure_classes.get(klasse, klasse)

    def severity(self, klasse: str, scenario_alvor: str) -> str:
        return self.severity_table.get(klasse, {}).get(scenario_alvor, scenario_alvor if scenario_alvor in SEVERITIES else "A")


def _benefit_rules(doc: YamlDoc, section: dict, keys: tuple, classes: dict, problems: list[str]) -> BenefitRules:
    def need(cond: bool, sub: tuple, msg: str) -> bool:
        if not cond:
            problems.append(doc.problem(keys + sub, msg))
        return cond

    if not need(isinstance(section, dict), (), "expected a mapping of comparison settings"):
        section = {}
    expl = section.get("explanation") or {}
    need(isinstance(expl, dict) and all(isinstance(expl.get(k), str) for k in ("steps", "step_id", "ref")),
         ("explanation",), "expected {steps: …, step_id: …, ref: …}")
    expl = expl if isinstance(expl, dict) else {}
    ignore = section.get("ignore") or []
    need(isinstance(ignore, list) and all(isinstance(p, str) for p in ignore), ("ignore",), "expected a list of path patterns")
    keyed = section.get("keyed_lists") or {}
    need(isinstance(keyed, dict) and all(isinstance(v, str) for v in keyed.values()), ("keyed_lists",),
         "expected a mapping list path -> key field")
    atomic = section.get("atomic") or []
    need(isinstance(atomic, list), ("atomic",), "expected a list of path patterns")
    decimals = []
    for pattern, tol in (section.get("decimal_fields") or {}).items():
        try:
            value = Decimal(str(tol))
            if value < 0:
                raise InvalidOperation
            decimals.append((split(pattern), value))
        except InvalidOperation:
            problems.append(doc.problem(keys + ("decimal_fields", pattern), f"expected a tolerance >= 0 like \"0.00\", got {tol!r}"))
    rules = []
    for i, raw in enumerate(section.get("classify") or []):
        where = keys + ("classify", i)
        if not isinstance(raw, dict) or not isinstance(raw.get("path"), str) or not isinstance(raw.get("class"), str):
            problems.append(doc.problem(where, "expected {path: PATTERN, class: FAILURE_CLASS}"))
            continue
        if raw["class"] not in classes:
            problems.append(doc.problem(where + ("class",), f"unknown failure class {raw['class']!r}; known: {', '.join(classes)}"))
        for cond in ("expected", "actual"):
            if raw.get(cond) is not None and raw[cond] not in CONDITIONS:
                problems.append(doc.problem(where + (cond,), f"expected one of {', '.join(CONDITIONS)}, got {raw[cond]!r}"))
        rules.append(Rule(split(raw["path"]), raw["class"], split(raw["at"]) if raw.get("at") else None,
                          raw.get("expected"), raw.get("actual")))
    law_date = section.get("law_date")
    need(law_date is None or isinstance(law_date, str), ("law_date",), "expected a case field path like fravaer.foerste_fravaersdag")
    default_class = section.get("default_class", "forkert_afgoerelse_om_ret")
    need(default_class in classes, ("default_class",), f"unknown failure class {default_class!r}")
    return BenefitRules(steps=expl.get("steps", "begrundelse"), step_id=expl.get("step_id", "id"), ref=expl.get("ref", "trin"),
                        ignore=[split(p) for p in ignore if isinstance(p, str)],
                        keyed_lists={split(k): v for k, v in keyed.items()} if isinstance(keyed, dict) else {},
                        atomic=[split(p) for p in atomic if isinstance(p, str)],
                        decimal_fields=decimals, classify=rules, default_class=default_class,
                        law_date=split(law_date) if isinstance(law_date, str) else None)


def load_policy(path: Path | str = DEFAULT_POLICY) -> ComparePolicy:
    """Read and check the comparison policy; raises ConfigError naming file, line, field and what was expected.

    The failure classes, severities and defaults are the policy file's; each installed benefit brings its own
    rules (its package's sammenligning.yaml, the format of a section under `benefits:`). A section under
    `benefits:` in the policy file overrides the benefit's own rules."""
    doc = load_yaml(path)
    data = doc.data
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ConfigError(doc.path, ["expected a mapping with failure_classes, severity, defaults, benefits"])
    classes = data.get("failure_classes")
    if not isinstance(classes, dict) or not classes:
        raise ConfigError(doc.path, [doc.problem(("failure_classes",), "expected a mapping code -> Danish label")])
    table = data.get("severity") or {}
    for klasse in classes:
        row = table.get(klasse) if isinstance(table, dict) else None
        if not isinstance(row, dict) or any(row.get(a) not in SEVERITIES for a in SEVERITIES):
            problems.append(doc.problem(("severity", klasse), "expected {A: X, B: X, C: X} with X one of A, B, C"))
    defaults = _benefit_rules(doc, data.get("defaults") or {}, ("defaults",), classes, problems)
    benefits = {}
    for name, section in (data.get("benefits") or {}).items():
        benefits[name] = _benefit_rules(doc, section, ("benefits", name), classes, problems)
    if problems:
        raise ConfigError(doc.path, problems)
    for navn, ydelse in alle().items():
        if navn in benefits or not ydelse.sammenligning_path.exists():
            continue
        edoc, eproblems = load_yaml(ydelse.sammenligning_path), []
        benefits[navn] = _benefit_rules(edoc, edoc.data, (), classes, eproblems)
        if eproblems:
            raise ConfigError(ydelse.sammenligning_path, eproblems)
    return ComparePolicy(path=Path(path), failure_classes=dict(classes), severity_table=dict(table),
                         defaults=defaults, benefits=benefits)


__all__ = ["DEFAULT_POLICY", "ENTRY", "BenefitRules", "ComparePolicy", "Rule", "load_policy"]
