"""Malformed cases, derived from the real goldens, never crash the reference and never pay a negative amount.

Each Hypothesis example takes CASES_PER_EXAMPLE golden cases and breaks each in one to three places: a wrong type,
a missing or unknown field, a negative, zero or huge number, NaN or infinity, digits that are not ASCII, a date
outside the law's range, shifted by up to a century or anywhere in the contract's range (a birth after the case),
a period ending before it starts, an unknown enum value,
a list emptied, repeated or grown to hundreds of entries, deep nesting. Every one goes to
`harness.reference.calculate`; the only exceptions allowed are CaseError and OutOfScope (a clear error naming the
field), and no decision may hold a negative number. One case per example also goes, as a file, through
`ydelsestjek explain` (in-process): as JSON, or with a duplicate key, deep nesting, NaN, a huge number, a byte
that is not UTF-8 or a BOM spliced into the text; explain must answer 0 or 2, never raise.

The figure in the README (at least 10,000 malformed cases per run) is asserted at the end of the test.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
from contextlib import redirect_stderr
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.explain import explain_file
from harness.golden import store
from harness.reference import CaseError, OutOfScope, calculate

CASES = [g.case for g in store.load_goldens(verify=False)]
EXAMPLES = 1_000
CASES_PER_EXAMPLE = 10
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
NUMBER = re.compile(r"^\d+(\.\d+)?$")
NEGATIVE = re.compile(r"^-\d+(\.\d+)?$")


def _texts(node: object, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        for v in node.values():
            _texts(v, out)
    elif isinstance(node, list):
        for v in node:
            _texts(v, out)
    elif isinstance(node, str) and not (DATE.match(node) or MONTH.match(node) or NUMBER.match(node)):
        out.add(node)
    return out


ENUM_LIKE = sorted(t for t in _texts(CASES, set()) if len(t) < 40)   # every enum value any golden uses, and ids
WRONG_TYPES = [None, True, False, 0, -1, 1.5, -2.25, 10**30, float("nan"), float("inf"), float("-inf"), "", "x",
               [], {}, [[[[[]]]]], {"a": {"b": {"c": 1}}}, "NaN", "Infinity", "1e5", "0x10", "1_000", " 37", "+37"]
BAD_NUMBERS = ["-1", "-100.00", "-0.01", "9" * 27, "9" * 27 + ".99", "٣٧", "３７", "١٢٣.٤٥", "12.345", "1e400",
               "99999999999.99", "0", "0.00"]
BAD_DATES = ["0001-01-01", "9999-12-31", "1899-12-31", "2100-01-01", "2024-02-30", "2024-13-01", "2024-00-10",
             "2024-1-1", "٢٠٢٤-٠١-٠١", "2024-01-01T00:00:00", "20240101"]

FIXED = {"wrong_type": WRONG_TYPES, "bad_number": BAD_NUMBERS, "bad_date": BAD_DATES}


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, prefix + (i,))
    return out


def _get(doc: object, path: tuple) -> object:
    for p in path:
        doc = doc[p]  # type: ignore[index]
    return doc


def _parent(doc: object, path: tuple) -> object:
    return _get(doc, path[:-1])


@st.composite
def plausible_but_wrong(draw, value: object) -> object:
    """A value of the right shape that is wrong: far or reversed dates, zero, huge, negative numbers, other enums."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return draw(st.sampled_from([0, -1, -value, value * 1000, 10**9, 2**63]))
    if isinstance(value, str) and DATE.match(value):
        days = draw(st.one_of(st.integers(-400, 400), st.integers(-40_000, 40_000)))
        try:
            return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
        except (ValueError, OverflowError):
            return draw(st.sampled_from(BAD_DATES))
    if isinstance(value, str) and MONTH.match(value):
        return f"{draw(st.integers(1900, 2099))}-{draw(st.integers(1, 12)):02d}"
    if isinstance(value, str) and NUMBER.match(value):
        decimals = "." in value
        return draw(st.sampled_from(["0", "1000000", "9999999999", "168", "744", "99999", str(int(float(value)) * 1000)]
                                    if not decimals else
                                    ["0.00", "0.01", "9999999999.99", "1000000.00", "50000.00", f"{float(value) * 1000:.2f}"]))
    if isinstance(value, str):
        return draw(st.sampled_from(ENUM_LIKE))
    if isinstance(value, list):
        kind = draw(st.sampled_from(["empty", "repeat", "many", "reverse"]))
        if kind == "empty" or not value:
            return []
        if kind == "repeat":
            return value + [copy.deepcopy(value[draw(st.integers(0, len(value) - 1))])]
        if kind == "many":
            return [copy.deepcopy(value[0]) for _ in range(draw(st.integers(50, 300)))]
        return list(reversed(value))
    return value


@st.composite
def malformed_case(draw) -> dict:
    case = copy.deepcopy(draw(st.sampled_from(CASES)))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(case) if p]
        how = draw(st.sampled_from(["wrong_type", "bad_number", "bad_date", "plausible", "plausible", "plausible",
                                    "any_date", "any_date", "delete", "unknown_field", "swap_period", "nest"]))
        dates = [p for p in paths if isinstance(_get(case, p), str) and DATE.match(_get(case, p))]
        path = draw(st.sampled_from(dates if how == "any_date" and dates else paths))
        parent, key, value = _parent(case, path), path[-1], _get(case, path)
        if how == "any_date":   # a day the contract accepts, anywhere in its range: born after the case, …
            parent[key] = draw(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))).isoformat()  # type: ignore[index]
        elif how == "delete":
            del parent[key]  # type: ignore[attr-defined]
        elif how == "unknown_field" and isinstance(value, dict):
            value[draw(st.sampled_from(["ukendt", "beloeb", "x" * 300, "ydelse"]))] = copy.deepcopy(
                draw(st.sampled_from(WRONG_TYPES)))
        elif how == "swap_period" and isinstance(parent, dict):
            pairs = [("fra", "til"), ("foerste_fravaersdag", "sidste_fravaersdag"), ("ansat_fra", "foerste_fravaersdag")]
            for a, b in pairs:
                if a in parent and b in parent:
                    parent[a], parent[b] = parent[b], parent[a]
                    break
            else:
                parent[key] = draw(plausible_but_wrong(value))  # type: ignore[index]
        elif how == "nest":
            for _ in range(draw(st.integers(1, 200))):
                value = [value]
            parent[key] = value  # type: ignore[index]
        elif how in FIXED:
            parent[key] = copy.deepcopy(draw(st.sampled_from(FIXED[how])))  # type: ignore[index]
        else:
            parent[key] = draw(plausible_but_wrong(value))  # type: ignore[index]
    return case


def negatives(node: object, where: str = "") -> list[str]:
    """Every negative number in a decision, with its path."""
    if isinstance(node, dict):
        return [n for k, v in node.items() for n in negatives(v, f"{where}/{k}")]
    if isinstance(node, list):
        return [n for i, v in enumerate(node) for n in negatives(v, f"{where}/{i}")]
    if isinstance(node, str) and NEGATIVE.match(node) and node.strip("-0.") != "":
        return [f"{where}={node}"]
    if isinstance(node, (int, float)) and not isinstance(node, bool) and node < 0:
        return [f"{where}={node}"]
    return []


def hostile_text(draw, case: dict) -> bytes:
    """The case as the bytes of a file, possibly with a defect no Python dict can hold."""
    text = json.dumps(case, ensure_ascii=False, allow_nan=True)
    how = draw(st.sampled_from(["plain", "duplicate", "deep", "nan", "huge", "not_utf8", "bom", "truncated"]))
    if how == "duplicate":
        text = text.replace("{", '{"sags_id": "X", ', 1) if "sags_id" in text else text.replace("{", '{"a": 1, "a": 2, ', 1)
    elif how == "deep":
        depth = draw(st.integers(60, 20_000))
        text = text[:-1] + ', "dyb": ' + "[" * depth + "]" * depth + "}"
    elif how == "nan":
        text = text[:-1] + ', "x": NaN}'
    elif how == "huge":
        text = text[:-1] + ', "x": 1e999, "y": ' + "9" * 5000 + "}"
    data = text.encode("utf-8")
    if how == "not_utf8":
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + b"\xff\xfe" + data[cut:]
    elif how == "bom":
        data = b"\xef\xbb\xbf" + data
    elif how == "truncated":
        data = data[:draw(st.integers(0, max(len(data) - 1, 0)))]
    return data


def test_malformed_cases_give_clear_errors_and_never_negative_amounts(tmp_path: Path) -> None:
    fed = {"reference": 0, "explain": 0, "decisions": 0}
    case_file = tmp_path / "sag.json"

    @settings(max_examples=EXAMPLES, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
    @given(cases=st.lists(malformed_case(), min_size=CASES_PER_EXAMPLE, max_size=CASES_PER_EXAMPLE), data=st.data())
    def check(cases: list[dict], data: st.DataObject) -> None:
        for case in cases:
            fed["reference"] += 1
            try:
                decision = calculate(case)
            except (CaseError, OutOfScope) as exc:
                assert str(exc) or exc.args is not None
                continue
            fed["decisions"] += 1
            assert negatives(decision) == [], f"a negative number in the decision for {json.dumps(case)[:400]}"
        case_file.write_bytes(hostile_text(data.draw, cases[0]))
        out, err = io.StringIO(), io.StringIO()
        with redirect_stderr(err):
            code = explain_file(str(case_file), stream=out)
        fed["explain"] += 1
        assert code in (0, 2), err.getvalue()
        assert code == 0 or err.getvalue().startswith("fejl: "), err.getvalue()[:300]
        assert "Traceback" not in err.getvalue() + out.getvalue()

    check()
    assert fed["reference"] >= 10_000, fed
    assert fed["decisions"] > 0 and fed["explain"] >= EXAMPLES, fed   # not vacuous: some still decide
