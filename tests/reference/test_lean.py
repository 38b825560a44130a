"""The lean calculation (`begrundelse=False`) gives the full decision without the steps' details: the same
amounts, dates and step ids, and each step's id, rule and § (what an audit holds a system's explanation to), so an
explanation can always be rebuilt by calculating again with it on."""
import datetime as dt
import json
from pathlib import Path

import pytest

from harness.fuzz.engine import generators_of as load
from harness.reference import OutOfScope, calculate
from harness.toolkit.parametre import load as load_parameters
from tests.reference.sager import loenmodtager

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
CASES = sorted(GOLDEN.glob("*/*.json"))


def _without_steps(decision: dict) -> dict:
    return {k: v for k, v in decision.items() if k != "begrundelse"}


def _refs(node) -> set[str]:
    if isinstance(node, dict):
        return ({node["trin"]} if isinstance(node.get("trin"), str) else set()).union(*map(_refs, node.values()))
    if isinstance(node, list):
        return set().union(*map(_refs, node)) if node else set()
    return set()


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_lean_equals_full_on_every_golden_case(path):
    case = json.loads(path.read_text(encoding="utf-8"))["case"]
    full, lean = calculate(case), calculate(case, begrundelse=False)
    assert lean["begrundelse"] == [{k: s[k] for k in ("id", "regel", "hjemmel")} for s in full["begrundelse"]]
    assert _without_steps(lean) == _without_steps(full)
    # every step the lean decision cites exists in the full explanation
    assert _refs(_without_steps(lean)) <= {s["id"] for s in full["begrundelse"]}


@pytest.mark.parametrize("ydelse", ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"])
def test_lean_equals_full_on_bulk_cases(ydelse):
    gen = load(ydelse)
    for n in range(400):
        case = gen.bulk_case(n, 11)
        full, lean = calculate(case), calculate(case, begrundelse=False)
        assert _without_steps(lean) == _without_steps(full), n
        assert lean["begrundelse"] == [{k: s[k] for k in ("id", "regel", "hjemmel")} for s in full["begrundelse"]], n


def test_lean_still_rejects_a_week_after_the_known_maximum():
    """The weekly maximum is looked up where it changes; the last week must still be inside the known values."""
    with pytest.raises(OutOfScope, match="hoejeste_beloeb_pr_uge"):
        calculate(loenmodtager("2026-11-02", "2027-03-31"), begrundelse=False)


def test_parameter_change_dates():
    P = load_parameters(str(Path(__file__).resolve().parents[2] / "harness/ydelser/sygedagpenge/parametre"))
    loft = P["hoejeste_beloeb_pr_uge"]
    nxt = loft.skift_efter(dt.date(2025, 6, 1))
    assert nxt is not None and nxt.year == 2026 and nxt.month == 1 and nxt.weekday() == 0
    assert loft.at(nxt) is not loft.at(nxt - dt.timedelta(days=1))
    assert loft.skift_efter(dt.date(2026, 6, 1)) is None
