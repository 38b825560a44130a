"""The week rows (udbetaling._poster) against a day-by-day count: the rows are computed with ordinal arithmetic
(a first part week, the full weeks at once, a last part week) for speed, so this checks that shortcut against
the plain reading of § 50, stk. 3: one row per ISO week with paid weekdays in the period, 5-day week in equal
shares, no payment for an unpaid weekday (a søgnehelligdag, § 53 a)."""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from harness.ydelser.sygedagpenge.reference import udbetaling
from harness.ydelser.sygedagpenge.reference.beregning import Sats

START = dt.date(2023, 12, 25).toordinal()   # a Monday


def _sats(ugebeloeb: str, trin: str) -> Sats:
    return Sats(None, Decimal(0), None, Decimal(ugebeloeb), False, trin)


def _naive(fra: int, til: int, perioder, loen, andel, ubetalt=frozenset()) -> tuple[list[tuple], Decimal]:
    """Day by day: group the weekdays of fra..til by ISO week; each week's rate is the period holding its days."""
    weeks: dict = {}
    for o in range(fra, til + 1):
        day = dt.date.fromordinal(o)
        monday = o - day.weekday()
        w = weeks.setdefault(monday, {"days": [], "weekdays": 0})
        w["days"].append(o)
        if day.weekday() < 5 and o not in ubetalt:
            w["weekdays"] += 1
    rows, total = [], Decimal(0)
    for _monday, w in sorted(weeks.items()):
        s = next(s for p_fra, p_til, s, *_ in perioder if p_fra <= w["days"][0] <= p_til)
        n = w["weekdays"]
        if n == 0:
            continue
        share = lambda x, n=n: x if n == 5 else (x * n / 5).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        x = andel(share(s.ugebeloeb), None if loen is None else share(loen))
        if x > 0:
            rows.append((dt.date.fromordinal(w["days"][0]).isoformat(), dt.date.fromordinal(w["days"][-1]).isoformat(),
                         n, f"{x:.2f}", s.trin))
            total += x
    return rows, total


@st.composite
def _case(draw):
    fra = START + draw(st.integers(0, 20))
    til = fra + draw(st.integers(0, 70))
    # rate periods change on Mondays (§ 64): cut fra..til at up to two Mondays
    mondays = [m for m in range(fra + 1, til + 1) if (m - 1) % 7 == 0]
    cuts = sorted(draw(st.sets(st.sampled_from(mondays), max_size=2))) if mondays else []
    bounds = [fra] + cuts + [til + 1]
    amounts = draw(st.lists(st.sampled_from(["4865.00", "4725.00", "2000.00", "1234.57", "0.00"]),
                            min_size=len(bounds) - 1, max_size=len(bounds) - 1))
    loen = draw(st.one_of(st.none(), st.sampled_from([Decimal("3000.00"), Decimal("6000.00")])))
    perioder = [(bounds[i], bounds[i + 1] - 1, _sats(a, f"T{10 + i}"), loen, Decimal("37")) for i, a in enumerate(amounts)]
    weekdays = [o for o in range(fra, til + 1) if (o - 1) % 7 < 5]
    ubetalt = frozenset(draw(st.sets(st.sampled_from(weekdays), max_size=6))) if weekdays else frozenset()
    return fra, til, perioder, loen, ubetalt


@settings(max_examples=300, deadline=None)
@given(_case(), st.booleans())
def test_week_rows_match_a_day_by_day_count(case, refusion):
    fra, til, perioder, loen, ubetalt = case
    andel = udbetaling._arbejdsgiver if refusion else udbetaling._borger
    rows: list[dict] = []
    total = udbetaling._poster(rows, fra, til, perioder, andel, None, tuple(sorted(ubetalt)))
    expected_rows, expected_total = _naive(fra, til, perioder, loen, andel, ubetalt)
    assert [(r["fra"], r["til"], r["dage"], r["beloeb"], r["trin"]) for r in rows] == expected_rows
    assert total == expected_total
    assert all(r["uge"] == udbetaling.iso_uge(dt.date.fromisoformat(r["fra"])) for r in rows)
