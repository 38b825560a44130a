"""The released policy files, pinned by their digest in code. A run's rollout policy is measured against the shipped
policies/default.yaml, and the bench's strength is measured with the shipped comparison rules
(harness/compare/policy.yaml and each benefit's sammenligning.yaml, one digest: harness.compare.policy.rules_digest):
neither yardstick may be a file that the hand editing a policy can change unseen.
Red team round 8: an edited default.yaml was measured against itself (no "weaker" line, GO), and every failure
class mapped to severity C in the comparison rules gave the demo a GO that verify-pack called "not weaker". Round 9:
a benefit's sammenligning.yaml ignoring every field was outside the digest and blinded the bench unseen.

The contract (every schema and each benefit's ydelse.yaml and etiketter.yaml) is pinned the same way: its schemas say what an answer
must be and which cases must be refused, and its plausibility rules what the negative stage breaks.

Changing a shipped policy or the contract is a release of the bench: update the digest here (tests/test_shipped_policies.py says
to what) in the same commit, reviewed like any change of the law."""
from __future__ import annotations

from pathlib import Path

from harness.compare.policy import DEFAULT_POLICY
from harness.config_files import ConfigError

from .policy import DEFAULT_ROLLOUT_POLICY

ROLLOUT_SHA256 = "c17174a2bf63afb38bcf0e1682c3065976fb2453109025e650d8c1a8c39d9144"   # policies/default.yaml
COMPARE_SHA256 = "848213fbc8ba370719c3a361e6af431e53880b69e6f29f25463c830e6eb31cc1"   # rules_digest()
CONTRACT_SHA256 = "75ce7857a5484e07308032982c2a87fe8025fa2889c6eca59b11f393c707a2ba"   # contract_digest()


def check_rollout_yardstick(path: Path = DEFAULT_ROLLOUT_POLICY) -> None:
    """ConfigError unless the shipped rollout policy is the released file: every run's policy is measured against
    it (harness/gate/policy.py weaker_than_shipped), and a run without --policy uses it."""
    from harness.golden.store import sha256_file  # here only: the verdict's own imports stay light
    try:
        found = sha256_file(Path(path))
    except OSError as exc:
        raise ConfigError(path, [f"the shipped rollout policy cannot be read ({exc.strerror or exc})"]) from None
    if found != ROLLOUT_SHA256:
        raise ConfigError(path, [
            f"the shipped rollout policy is not the released file (sha256 {found[:12]}…, released {ROLLOUT_SHA256[:12]}…): "
            "every run's policy is measured against it, so it cannot be edited in place. Restore it (git checkout "
            "policies/default.yaml) and put your own criteria in a file of your own, given with --policy or "
            "YDELSESTJEK_POLICY; the evidence pack then says where they ask less than the released ones"])


def compare_reasons(sha256: str | None) -> list[str]:
    """A gate reason when the run's comparison rules are not the released ones (`sha256`: results.json
    `policy.compare.sha256`: the rules_digest of the policy file and the benefits' sammenligning.yaml). Their
    severities, tolerances and ignored fields decide which differences block, and the bench's strength is measured
    with them: a GO under other rules is no GO of this bench."""
    if sha256 is None or sha256 == COMPARE_SHA256:
        return []
    return [f"sammenligningsreglerne er ikke de udgivne ({DEFAULT_POLICY.name} og ydelsernes sammenligning.yaml, "
            f"sha256 {sha256[:12]}…, udgivet "
            f"{COMPARE_SHA256[:12]}…): alvorsgrader, tolerancer og ignorerede felter kan være ændret, og bænkens "
            "styrke er målt med de udgivne regler"]


def contract_reasons(sha256: str | None) -> list[str]:
    """A gate reason when the run's contract is not the released one (`sha256`: results.json
    `policy.contract_sha256`, harness/contract/schemas.py contract_digest over every schema and each benefit's
    ydelse.yaml). The schemas decide which answers are invalid and which cases must be refused, the plausibility
    rules which cases the negative stage breaks: a pattern that lets money go with one decimal, or negative hours,
    or a rule deleted, passes a wrong system (red team round 9). None: not recorded (an older results.json)."""
    if sha256 is None or sha256 == CONTRACT_SHA256:
        return []
    return [f"kontrakten er ikke den udgivne (skemaerne og ydelsernes ydelse.yaml og etiketter.yaml, sha256 {sha256[:12]}…, udgivet "
            f"{CONTRACT_SHA256[:12]}…): hvad et gyldigt svar er, og hvilke sager der skal afvises, kan være ændret"]
