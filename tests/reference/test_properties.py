"""Invariants of the reference that hold for every case (Hypothesis)."""
import datetime as dt
from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from harness.reference import OutOfScope
from harness.reference import calculate as reference_calculate
from harness.ydelser.sygedagpenge.reference.udbetaling import ubetalte_dage
from tests.reference.sager import loenmodtager, med


def calculate(case: dict) -> dict:
    """The reference's decision; a generated case the reference declares out of scope (e.g. a jobafklaringsforløb
    from 2027, whose law is not known yet) is not a counterexample, so Hypothesis discards it."""
    try:
        return reference_calculate(case)
    except OutOfScope:
        assume(False)
        raise


@st.composite
def sager(draw):
    F = draw(st.dates(dt.date(2019, 1, 7), dt.date(2026, 9, 30)))
    L = F + dt.timedelta(days=draw(st.integers(0, 330)))
    assume(dt.date(2027, 1, 3) >= L)
    wage = draw(st.decimals(Decimal("50"), Decimal("400"), places=2))
    hours = draw(st.sampled_from(["10", "25", "30", "37", "40"]))
    employed_days = draw(st.integers(0, 400))
    case = loenmodtager(F.isoformat(), L.isoformat(), timefortjeneste=f"{wage:.2f}", ugentlig=hours,
                        ansat_fra=(F - dt.timedelta(days=employed_days)).isoformat(),
                        arbejdstimer=str(draw(st.integers(0, 300))),
                        maaneder=[str(draw(st.integers(0, 180))) for _ in range(6)])
    if draw(st.booleans()):
        case = med(case, "fravaer/delvis", {"fravaerstimer_pr_uge": str(draw(st.integers(1, 45)))})
    arbejdsgiver = draw(st.sampled_from(["ingen", "forsikret_55", "aftale_56"]))
    if arbejdsgiver != "ingen":
        case = med(case, "ansaettelse/" + ("arbejdsgiver_forsikret_55" if arbejdsgiver == "forsikret_55" else "aftale_56"), True)
    if draw(st.integers(0, 3)) == 0:
        case = med(med(case, "ansaettelse/arbejdsgiver_betaler_loen", True), "ansaettelse/loen_pr_uge_under_fravaer",
                   f"{draw(st.decimals(Decimal('0'), Decimal('8000'), places=2)):.2f}")
    return case


def _all_trin(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "trin":
                yield value
            elif key != "begrundelse":
                yield from _all_trin(value)
    elif isinstance(node, list):
        for item in node:
            yield from _all_trin(item)


@given(sager())
def test_never_above_the_weekly_maximum(case):
    d = calculate(case)
    loft = {s["ugebeloeb"]: Decimal(s["loft_pr_uge"]) for s in d["satsperioder"]}
    for s in d["satsperioder"]:
        assert Decimal(s["ugebeloeb"]) <= Decimal(s["loft_pr_uge"])
    per_week: dict[str, Decimal] = {}
    for p in d["udbetalinger"] + d["refusion"]:
        per_week[p["uge"]] = per_week.get(p["uge"], Decimal(0)) + Decimal(p["beloeb"])
    biggest = max(loft.values(), default=Decimal(0))
    for week, amount in per_week.items():  # citizen + employer together: never two payments for one week's right
        assert amount <= biggest, (week, amount)


@given(sager())
def test_zero_when_not_entitled(case):
    d = calculate(case)
    if not d["ret_kommune"]["ret"]:
        assert d["udbetalinger"] == [] and d["udbetalt_i_alt"]["beloeb"] == "0.00"
        assert d["kommune_betaler_fra"] is None


@given(sager())
def test_every_amount_and_date_is_explained(case):
    d = calculate(case)
    steps = {s["id"] for s in d["begrundelse"]}
    for trin in _all_trin(d):
        assert trin in steps


@given(sager(), st.decimals(Decimal("0.01"), Decimal("50"), places=2))
def test_higher_wage_never_pays_less(case, more):
    lower = calculate(case)
    higher_case = med(case, "ansaettelse/timefortjeneste",
                      f"{Decimal(case['ansaettelse']['timefortjeneste']) + more:.2f}")
    higher = calculate(higher_case)
    total = lambda d: Decimal(d["udbetalt_i_alt"]["beloeb"]) + Decimal(d["refusion_i_alt"]["beloeb"])
    assert total(higher) >= total(lower)


@given(sager())
def test_entitled_citizen_gets_a_payment_after_the_employer_period(case):
    d = calculate(case)
    if d["ret_kommune"]["ret"] and not case["ansaettelse"].get("arbejdsgiver_betaler_loen"):
        start = dt.date.fromisoformat(d["kommune_betaler_fra"]["dato"])
        end = dt.date.fromisoformat(d["varighed"]["sidste_betalingsdag"])
        unpaid = ubetalte_dage(start.toordinal(), end.toordinal())   # søgnehelligdage (§ 53 a)
        if any((start + dt.timedelta(days=i)).weekday() < 5 and (start + dt.timedelta(days=i)).toordinal() not in unpaid
               for i in range((end - start).days + 1)):
            assert d["udbetalinger"], "entitled, weekdays to pay, but nothing paid"
            assert d["udbetalinger"][0]["fra"] >= d["kommune_betaler_fra"]["dato"]
