"""The rollout policy file (policies/default.yaml): what a release must satisfy to be rolled out. Its format is
the contract's `RolloutPolicy` (harness/contract/config.py)."""
from __future__ import annotations

import os
from pathlib import Path

from harness.config_files import ConfigError, load_model
from harness.contract.config import SEVERITIES, Coverage, RolloutPolicy, SeverityRule
from harness.contract.ydelse import alle

DEFAULT_ROLLOUT_POLICY = Path(__file__).resolve().parents[2] / "policies" / "default.yaml"
POLICY_ENV = "YDELSESTJEK_POLICY"


def default_rollout_policy() -> Path:
    """The policy a run uses without --policy: $YDELSESTJEK_POLICY (a municipality's own, set once for its CI),
    else the shipped policies/default.yaml. The evidence pack records which file it was and its content."""
    return Path(os.environ.get(POLICY_ENV) or DEFAULT_ROLLOUT_POLICY)


def load_rollout_policy(path: Path | str | None = None) -> RolloutPolicy:
    """The policy (default: default_rollout_policy()); ConfigError naming the file, line, field and what was
    expected when it is not valid (a benefit it requires must be installed)."""
    return load_model(path or default_rollout_policy(), RolloutPolicy, context={"ydelser": list(alle())})


def policy_name(policy: RolloutPolicy, path: Path | str) -> str:
    """The name the evidence pack shows: the policy's own, else the file's."""
    return policy.name if policy.name is not None else Path(path).stem


__all__ = [
    "DEFAULT_ROLLOUT_POLICY",
    "POLICY_ENV",
    "SEVERITIES",
    "Coverage",
    "RolloutPolicy",
    "SeverityRule",
    "default_rollout_policy",
    "load_rollout_policy",
    "policy_name",
]


def _most(value: int | None) -> str:
    return "ubegrænset" if value is None else str(value)


def weaker_than_shipped(policy: RolloutPolicy, shipped_path: Path = DEFAULT_ROLLOUT_POLICY) -> list[str]:
    """Where `policy` asks less of a release than the shipped policies/default.yaml, one Danish line each: the
    steering group signs against the criteria, so a policy that lets more through (perhaps under the default's
    name) says so on the pack's first page. A stricter policy, or the shipped one, gives []. Not a reason against:
    the policy is theirs to choose."""
    from .shipped import check_rollout_yardstick
    try:
        check_rollout_yardstick(shipped_path)
        shipped = load_model(shipped_path, RolloutPolicy, context={"ydelser": list(alle())})
    except ConfigError as exc:
        return [f"standardpolitikken kunne ikke bruges til sammenligning: {'; '.join(exc.problems)[:300]}"]
    out: list[str] = []
    for sev in SEVERITIES:
        mine, std = policy.severity.of(sev), shipped.severity.of(sev)
        if std.max is not None and (mine.max is None or mine.max > std.max):
            out.append(f"højst {_most(mine.max)} afvigelser med alvor {sev} (standard: {std.max})")
        if mine.waivable and not std.waivable:
            out.append(f"afvigelser med alvor {sev} kan undtages (standard: kan ikke)")
        if std.waiver_required and not mine.waiver_required:
            out.append(f"afvigelser med alvor {sev} kræver ingen undtagelse (standard: kræver)")
    flags = [(policy.mandatory_scenarios_executed, shipped.mandatory_scenarios_executed,
              "obligatoriske scenarier behøver ikke være gennemført"),
             (policy.coverage.all_areas, shipped.coverage.all_areas, "ikke alle retsområder skal være prøvet"),
             (policy.unexpected_pass_blocks, shipped.unexpected_pass_blocks, "uventet bestået blokerer ikke"),
             (policy.negative_stage, shipped.negative_stage, "den negative fase (ugyldige sager) er slået fra"),
             (policy.bench_strength_valid, shipped.bench_strength_valid,
              "bænkens styrke behøver ikke være gyldig for de bedømte ydelser"),
             (policy.no_new_a_against_baseline, shipped.no_new_a_against_baseline,
              "nye afvigelser med alvor A i forhold til basiskørslen blokerer ikke")]
    out += [text for mine_on, std_on, text in flags if std_on and not mine_on]
    if policy.coverage.min_executed_per_area < shipped.coverage.min_executed_per_area:
        out.append(f"mindst {policy.coverage.min_executed_per_area} gennemførte scenarier pr. retsområde "
                   f"(standard: {shipped.coverage.min_executed_per_area})")
    if (missing := sorted(set(shipped.coverage.areas) - set(policy.coverage.areas))):
        out.append("retsområder, standarden kræver, kræves ikke: " + ", ".join(missing))
    if (missing := sorted(set(shipped.coverage.ydelser) - set(policy.coverage.ydelser))):
        out.append("ydelser, standarden kræver, kræves ikke: " + ", ".join(missing))
    if policy.sample_neighbours_per_benefit < shipped.sample_neighbours_per_benefit:
        out.append(f"{policy.sample_neighbours_per_benefit} naboer til scenarierne pr. ydelse i stikprøven "
                   f"(standard: {shipped.sample_neighbours_per_benefit})")
    if policy.sample_cases_per_benefit < shipped.sample_cases_per_benefit:
        out.append(f"stikprøve på {policy.sample_cases_per_benefit} nye sager pr. ydelse "
                   f"(standard: {shipped.sample_cases_per_benefit})")
    fields = ("cases_per_fault", "cases_per_value", "give_up_after", "extra_draws")   # each: higher is stricter
    mine_f, std_f = (tuple(getattr(p.sample_faults, k) for k in fields) for p in (policy, shipped))
    if any(m < d for m, d in zip(mine_f, std_f)):
        out.append("stikprøvens søgning efter sager, der viser et ulæst felt (sample_faults: "
                   + ", ".join(f"{k} {m}" for k, m in zip(fields, mine_f)) + "; standard: "
                   + ", ".join(str(d) for d in std_f) + ")")
    if out and policy.name is not None and policy.name == shipped.name:
        out.insert(0, f"politikken bærer standardpolitikkens navn »{shipped.name}«, men stiller færre krav")
    return out
