"""The audit's fast path holds a system's explanation to what the full comparison holds it to: a decision whose
amounts and dates equal the reference's but whose explanation cites the wrong §, a catch-all of §§, or a step
that states no input or result, is a `manglende_begrundelse` of its case, as `compare_decisions` (the rollout
run's comparison) finds it; the same § worded another way is no finding. Property: whatever is done to the
explanation, a fast pass is never a case the full comparison finds something in."""
from __future__ import annotations

import contextlib
import copy
import functools
import json

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.audit import AuditConfig, audit
from harness.audit.arbejde import _Ydelse
from harness.compare import compare_decisions, load_policy
from harness.contract.ydelse import find
from harness.reference import OutOfScope, calculate
from tests.audit import optagelse


def _referenced(decision: dict) -> list[str]:
    """The step ids the decision's values point to (its `trin` fields), first seen first."""
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "trin" and isinstance(v, str) and v not in out:
                    out.append(v)
                elif k != "begrundelse":
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(decision)
    return out


def _step(decision: dict, sid: str) -> dict:
    return next(s for s in decision["begrundelse"] if s["id"] == sid)


def _changed(reference: dict, change) -> dict:
    """The decision with `change` done to the first step a value points to that cites a § and states its input
    and result (a step citing only a chapter, as an UNCONFIRMED rule may, asks no § of the system)."""
    decision = copy.deepcopy(reference)
    change(next(s for s in (_step(decision, sid) for sid in _referenced(decision))
                if "§" in s["hjemmel"] and s["input"] and s["resultat"]))
    return decision


def _sdp(records, n):
    return [(c, d) for c, d in records if c["ydelse"] == "sygedagpenge" and d.get("udbetalinger")][:n]


def test_an_explanation_with_the_wrong_paragraph_is_found_with_the_right_class(recording, tmp_path):
    records, _lines, _planted, _ = recording
    chosen = _sdp(records, 5)
    changes = [
        lambda s: s.update(hjemmel="sygedagpengeloven § 99"),                         # another §
        lambda s: s.update(hjemmel="sygedagpengeloven §§ 1-80"),                      # every § at once
        lambda s: s.update(input={}),                                                  # no input stated
        lambda s: s.update(resultat={}),                                               # no result stated
        lambda s: s.update(hjemmel=s["hjemmel"].replace("sygedagpengeloven", "SDL")),  # the same §, worded otherwise
    ]
    policy = load_policy()
    lines, expected = [], {}
    for (case, reference), change in zip(chosen, changes):
        decision = _changed(reference, change)
        lines.append(json.dumps({"case": case, "decision": decision}))
        expected[optagelse.pseudonym(case["sags_id"])] = {f.klasse for f in
                                                          compare_decisions(policy, "sygedagpenge", reference, decision)}
    # what the rollout run's comparison says, worked out on the case: four explanations without a usable reason
    assert list(expected.values()) == [{"manglende_begrundelse"}] * 4 + [set()]
    path = tmp_path / "forklaringer.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcome = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1))
    sager = outcome.tal["sager"]
    assert sager["sammenlignet"] == 5 and sager["afvigende"] == 4 and sager["hurtige"] == 1
    rows = pq.read_table(tmp_path / "a" / "afvigelser.parquet").to_pylist()
    found: dict[str, set[str]] = {}
    for r in rows:
        found.setdefault(r["pseudonym"], set()).add(r["klasse"])
    assert found == {p: k for p, k in expected.items() if k}


@pytest.mark.parametrize("ydelse", ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"])
def test_the_reference_s_own_answers_take_the_fast_path(ydelse):
    """The check must not make every case slow: recorded reference decisions are passes decided by equality."""
    y, gen = _Ydelse(ydelse, load_policy()), find(ydelse).generators
    decided = []
    for n in range(60):
        with contextlib.suppress(OutOfScope):
            case = gen.bulk_case(n, 3)
            decided.append((case, calculate(case)))
    assert len(decided) >= 40
    assert all(y.fast_equal(calculate(c, begrundelse=False), full) for c, full in decided)


_EDITS = st.sampled_from(["hjemmel", "input", "resultat", "id", "drop", "regel"])
_HJEMLER = st.sampled_from(["", "§", "sygedagpengeloven § 99", "§§ 1-80", "SDL § 30", "sygedagpengeloven § 32",
                            "sygedagpengeloven § 50, stk. 1", "§ 53 a", "sygedagpengeloven §§ 30 og 32", "x" * 400])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(0, 29), edits=st.lists(st.tuples(st.integers(0, 40), _EDITS, _HJEMLER), min_size=1, max_size=4))
def test_a_fast_pass_is_never_a_case_the_full_comparison_finds_something_in(n, edits):
    policy, y, cases = _fixed()
    case, reference = cases[n]
    decision = copy.deepcopy(reference)
    steps = decision["begrundelse"]
    for where, what, text in edits:
        if not steps:
            break
        step = steps[where % len(steps)]
        if what == "drop":
            steps.remove(step)
        elif what == "hjemmel":
            step["hjemmel"] = text
        elif what in ("input", "resultat"):
            step[what] = {}
        elif what == "id":
            step["id"] = steps[(where + 1) % len(steps)]["id"]      # a repeated id
        else:
            step["regel"] = text
    if y.fast_equal(calculate(case, begrundelse=False), decision):
        assert compare_decisions(policy, "sygedagpenge", reference, decision) == []


@functools.cache
def _fixed():
    """(the comparison policy, the audit's sygedagpenge worker, 30 cases with their full reference decisions), made
    once when the property first runs, not when the tests are collected."""
    policy = load_policy()
    return policy, _Ydelse("sygedagpenge", policy), [(c, calculate(c)) for c, _ in optagelse.cases("sygedagpenge", 30)]
