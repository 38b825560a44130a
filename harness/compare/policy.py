"""The comparison policy (policy.yaml): failure classes, severities and, per benefit, how decisions are
normalised, which tolerance each field has and which failure class each differing field belongs to."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from harness.config_files import load_yaml
from harness.contract.config import (
    CONDITIONS,
    SEVERITIES,
    ComparePolicyFile,
    ComparisonRules,
    Severity,
    failure_classes_of,
)
from harness.contract.digest import bundled, files_digest
from harness.contract.ydelse import alle

from .paths import ENTRY, matches, split

DEFAULT_POLICY = Path(__file__).with_name("policy.yaml")
_SEVERITY: dict[str, Severity] = {s: s for s in SEVERITIES}


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
    class_hjemmel: dict[str, str] = field(default_factory=dict)   # failure class -> its § when no step explains it
    _shape_cache: dict[tuple[str, ...], tuple[bool, Decimal | None, str | None]] = field(default_factory=dict)

    def deciding_date(self, case: object) -> str | None:
        """The case's date that decides which law applies (`law_date`), when the benefit names one and it is there."""
        node = case
        for part in self.law_date or ():
            node = node.get(part) if isinstance(node, dict) else None
        return node if self.law_date and isinstance(node, str) else None

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
    severity_table: dict[str, dict[str, Severity]]
    defaults: BenefitRules
    benefits: dict[str, BenefitRules]
    severity_meaning: dict[Severity, str] = field(default_factory=dict)
    sha256: str = ""      # rules_digest of the files read (taken before they were read)

    def class_hjemmel(self) -> dict[str, dict[str, str]]:
        """Benefit -> failure class -> the § it breaks when no explanation step causes it (the benefit's own data)."""
        return {navn: dict(rules.class_hjemmel) for navn, rules in self.benefits.items() if rules.class_hjemmel}

    def rules(self, benefit: str) -> BenefitRules:
        return self.benefits.get(benefit, self.defaults)

    def label(self, klasse: str) -> str:
        return self.failure_classes.get(klasse, klasse)

    def severity(self, klasse: str, scenario_alvor: str) -> Severity:
        """The deviation's severity: the policy's table for the class and the scenario's alvor; without a row, the
        scenario's alvor (A when that is not a severity)."""
        fallback = _SEVERITY.get(scenario_alvor, "A")
        return self.severity_table.get(klasse, {}).get(scenario_alvor, fallback)


def compile_rules(rules: ComparisonRules) -> BenefitRules:
    """The comparison engine's form of a benefit's rules: patterns split into segments, tolerances as Decimal."""
    return BenefitRules(steps=rules.explanation.steps, step_id=rules.explanation.step_id, ref=rules.explanation.ref,
                        ignore=[split(p) for p in rules.ignore],
                        keyed_lists={split(k): v for k, v in rules.keyed_lists.items()},
                        atomic=[split(p) for p in rules.atomic],
                        decimal_fields=[(split(p), t) for p, t in rules.decimal_fields.items()],
                        classify=[Rule(split(r.path), r.klasse, split(r.at) if r.at else None, r.expected, r.actual)
                                  for r in rules.classify],
                        default_class=rules.default_class,
                        law_date=split(rules.law_date) if rules.law_date is not None else None,
                        class_hjemmel=dict(rules.class_hjemmel))


def load_policy(path: Path | str = DEFAULT_POLICY) -> ComparePolicy:
    """Read and check the comparison policy; raises ConfigError naming file, line, field and what was expected.

    The failure classes, severities and defaults are the policy file's; each installed benefit brings its own
    rules (its package's sammenligning.yaml, the format of a section under `benefits:`). A section under
    `benefits:` in the policy file overrides the benefit's own rules."""
    digest = rules_digest(path)
    doc = load_yaml(path)
    policy = doc.validate(ComparePolicyFile, context=failure_classes_of(doc.data))
    context = {"failure_classes": list(policy.failure_classes)}
    benefits = {navn: compile_rules(rules) for navn, rules in policy.benefits.items()}
    for navn, ydelse in alle().items():
        if navn in benefits or not ydelse.sammenligning_path.exists():
            continue
        benefits[navn] = compile_rules(load_yaml(ydelse.sammenligning_path).validate(ComparisonRules, context=context))
    return ComparePolicy(path=Path(path), failure_classes=dict(policy.failure_classes),
                         severity_table={k: row.model_dump() for k, row in policy.severity.items()},
                         defaults=compile_rules(policy.defaults), benefits=benefits,
                         severity_meaning=dict(policy.severity_meaning), sha256=digest)


def rules_files(path: Path | str = DEFAULT_POLICY) -> list[tuple[str, Path]]:
    """The files that make up the comparison rules load_policy reads: the policy file, and the sammenligning.yaml of
    each benefit released with the bench (its tolerances, ignored fields and failure classes; one installed from a
    package of its own brings its own rules), named as the digest records them."""
    return [(Path(path).name, Path(path)),
            *((f"{navn}/sammenligning.yaml", y.sammenligning_path) for navn, y in sorted(alle().items())
              if bundled(y.folder))]


def rules_digest(path: Path | str = DEFAULT_POLICY) -> str:
    """sha256 over every file of the comparison rules (rules_files), each as its name, its length and its bytes (a
    missing file as no bytes): what a run records as its comparison rules and the release pins
    (harness/gate/shipped.py), so an edited benefit file counts as much as an edited policy file."""
    return files_digest(rules_files(path))


__all__ = ["CONDITIONS", "DEFAULT_POLICY", "ENTRY", "SEVERITIES", "BenefitRules", "ComparePolicy", "Rule", "load_policy",
           "rules_digest", "rules_files"]
