"""The rollout policy file (policies/default.yaml): what a release must satisfy to be rolled out."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from harness.config_files import ConfigError, YamlDoc, load_yaml

SEVERITIES = ("A", "B", "C")
DEFAULT_ROLLOUT_POLICY = Path(__file__).resolve().parents[2] / "policies" / "default.yaml"


@dataclass(frozen=True)
class SeverityRule:
    max: int | None          # at most this many deviations of the severity (waived ones included); None = no limit
    waivable: bool           # may a waiver cover a deviation of this severity
    waiver_required: bool    # must every deviation of this severity be covered by a waiver


@dataclass
class RolloutPolicy:
    name: str
    severity: dict[str, SeverityRule]
    mandatory_executed: bool = True
    all_areas: bool = True
    areas: list[str] = field(default_factory=list)
    min_executed_per_area: int = 1
    unexpected_pass_blocks: bool = False
    path: str = ""
    raw: dict = field(default_factory=dict)


def load_rollout_policy(path: Path | str = DEFAULT_ROLLOUT_POLICY) -> RolloutPolicy:
    return rollout_policy_from(load_yaml(path))


def rollout_policy_from(doc: YamlDoc) -> RolloutPolicy:
    """The policy a parsed document states (a file's, or the content a results.json recorded)."""
    path = doc.path
    data, problems = doc.data, []
    if not isinstance(data, dict):
        raise ConfigError(doc.path, ["expected a mapping with policy_version, name, severity, …"])
    if str(data.get("policy_version")) != "1.0":
        problems.append(doc.problem(("policy_version",), f"expected \"1.0\", got {data.get('policy_version')!r}"))
    known = {"policy_version", "name", "severity", "mandatory_scenarios_executed", "coverage", "unexpected_pass_blocks"}
    for key in data:
        if key not in known:
            problems.append(doc.problem((key,), f"unknown setting; expected one of {', '.join(sorted(known))}"))
    sev_raw = data.get("severity")
    severity = {}
    if not isinstance(sev_raw, dict):
        problems.append(doc.problem(("severity",), "expected a mapping A/B/C -> {max, waivable, waiver_required}"))
        sev_raw = {}
    for s in SEVERITIES:
        rule = sev_raw.get(s)
        if not isinstance(rule, dict):
            problems.append(doc.problem(("severity", s), "expected {max: N or null, waivable: true/false, waiver_required: true/false}"))
            continue
        mx = rule.get("max")
        if mx is not None and (not isinstance(mx, int) or isinstance(mx, bool) or mx < 0):
            problems.append(doc.problem(("severity", s, "max"), f"expected a whole number >= 0 or null, got {mx!r}"))
            mx = 0
        flags = {}
        for flag in ("waivable", "waiver_required"):
            v = rule.get(flag, False)
            if not isinstance(v, bool):
                problems.append(doc.problem(("severity", s, flag), f"expected true or false, got {v!r}"))
                v = False
            flags[flag] = v
        for key in rule:
            if key not in ("max", "waivable", "waiver_required"):
                problems.append(doc.problem(("severity", s, key), "unknown setting; expected max, waivable, waiver_required"))
        severity[s] = SeverityRule(mx, flags["waivable"], flags["waiver_required"])
    cov = data.get("coverage") or {}
    if not isinstance(cov, dict):
        problems.append(doc.problem(("coverage",), "expected {all_areas: true/false, areas: [..], min_executed_per_area: N}"))
        cov = {}
    areas = cov.get("areas") or []
    if not isinstance(areas, list) or not all(isinstance(a, str) for a in areas):
        problems.append(doc.problem(("coverage", "areas"), "expected a list of legal area names (omraade)"))
        areas = []
    min_area = cov.get("min_executed_per_area", 1)
    if not isinstance(min_area, int) or isinstance(min_area, bool) or min_area < 0:
        problems.append(doc.problem(("coverage", "min_executed_per_area"), f"expected a whole number >= 0, got {min_area!r}"))
        min_area = 1
    bools = {}
    for key, where, default in (("mandatory_scenarios_executed", (), True), ("all_areas", ("coverage",), True),
                                ("unexpected_pass_blocks", (), False)):
        src = cov if where else data
        v = src.get(key, default)
        if not isinstance(v, bool):
            problems.append(doc.problem(where + (key,), f"expected true or false, got {v!r}"))
            v = default
        bools[key] = v
    if problems:
        raise ConfigError(doc.path, problems)
    return RolloutPolicy(name=str(data.get("name", Path(path).stem)), severity=severity,
                         mandatory_executed=bools["mandatory_scenarios_executed"], all_areas=bools["all_areas"],
                         areas=areas, min_executed_per_area=min_area,
                         unexpected_pass_blocks=bools["unexpected_pass_blocks"], path=str(path), raw=data)
