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

import orjson
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


@pytest.mark.parametrize("decoded", [False, True])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(0, 29), edits=st.lists(st.tuples(st.integers(0, 40), _EDITS, _HJEMLER), min_size=1, max_size=4))
def test_a_fast_pass_is_never_a_case_the_full_comparison_finds_something_in(decoded, n, edits):
    """Also as decoded from JSON text, keys sorted (as the HTTP contract's encoders send them); the verdicts on
    the explanations the examples repeat are remembered, and remembered verdicts must hold as well."""
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
    if decoded:
        decision = orjson.loads(orjson.dumps(decision, option=orjson.OPT_SORT_KEYS))
    if y.fast_equal(calculate(case, begrundelse=False), decision, decoded):
        assert compare_decisions(policy, "sygedagpenge", reference, decision) == []


def _first_null(node: object) -> list | None:
    """The path (keys and indexes) to the first null outside the explanation, or None."""
    if isinstance(node, dict):
        items = [(k, v) for k, v in node.items() if k != "begrundelse"]
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return None
    for k, v in items:
        if v is None:
            return [k]
        deeper = _first_null(v)
        if deeper is not None:
            return [k, *deeper]
    return None


def test_equal_text_is_equal_data_only_for_an_answer_decoded_from_json():
    """The equality compares JSON text with the keys sorted, so keys in another order pass; text tells 1 from true
    and 1 from 1.0. A NaN (or an infinite number) is written null, as None is: an answer made in this process, which
    can hold one, must also be equal as data; one decoded from JSON text cannot hold one."""
    _policy, y, cases = _fixed()
    case, reference = next((c, d) for c, d in cases if _first_null(d) is not None)
    lean = calculate(case, begrundelse=False)
    resorted = orjson.loads(orjson.dumps(reference, option=orjson.OPT_SORT_KEYS))
    resorted = dict(reversed(list(resorted.items())))
    assert y.fast_equal(lean, resorted, True) and y.fast_equal(lean, resorted, False)
    nan = copy.deepcopy(reference)
    *path, last = _first_null(nan)
    holder = functools.reduce(lambda node, k: node[k], path, nan)
    holder[last] = float("nan")
    assert orjson.dumps(nan, option=orjson.OPT_SORT_KEYS) == orjson.dumps(reference, option=orjson.OPT_SORT_KEYS)
    assert not y.fast_equal(lean, nan, False)
    holder[last] = True                 # and a true for a null is told apart by the text alone
    assert not y.fast_equal(lean, nan, True)


def test_a_remembered_verdict_on_an_explanation_is_the_one_judged_afresh():
    """Each case's verdict on its explanation, remembered or not, is what the comparison's rules say of it."""
    _policy, y, cases = _fixed()
    for case, reference in cases:
        y.explained.cache_clear()
        lean = calculate(case, begrundelse=False)
        first = y.fast_equal(lean, reference, True)
        assert y.explained.cache_info().currsize == 1
        assert y.fast_equal(lean, reference, True) == first
        assert y.explained.cache_info().hits == 1
        assert first
    # a long text (a hostile system's) is judged each time and never kept
    case, reference = cases[0]
    long = copy.deepcopy(reference)
    for step in long["begrundelse"]:
        step["hjemmel"] += " " * 400
    y.explained.cache_clear()
    assert y.fast_equal(calculate(case, begrundelse=False), long, True) == (
        compare_decisions(_policy, "sygedagpenge", reference, long) == [])
    assert y.explained.cache_info().currsize == 0


@functools.cache
def _fixed():
    """(the comparison policy, the audit's sygedagpenge worker, 30 cases with their full reference decisions), made
    once when the property first runs, not when the tests are collected."""
    policy = load_policy()
    return policy, _Ydelse("sygedagpenge", policy), [(c, calculate(c)) for c, _ in optagelse.cases("sygedagpenge", 30)]
