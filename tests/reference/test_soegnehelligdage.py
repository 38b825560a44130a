"""§ 53 a (from 2 July 2012): no sygedagpenge and no refusion for a søgnehelligdag on a weekday; the deadline
calendars of FT-SDP-FRIST-HVERDAG. The søgnehelligdage are checked against the list in the register, with
Easter computed independently of the `holidays` package the reference uses."""
import datetime as dt

import pytest

from harness.reference import calculate
from harness.ydelser.sygedagpenge.reference import fristkalender, udbetaling
from tests.reference.sager import loenmodtager, uge


def _paaskedag(year: int) -> dt.date:
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _soegnehelligdage(year: int) -> set[dt.date]:
    """The register's list (FT-SDP-DAGE): nytårsdag, skærtorsdag, langfredag, 2. påskedag, store bededag (to 2023),
    Kristi himmelfartsdag, 2. pinsedag, 1. and 2. juledag; weekdays only."""
    p = _paaskedag(year)
    days = {dt.date(year, 1, 1), p - dt.timedelta(days=3), p - dt.timedelta(days=2), p + dt.timedelta(days=1),
            p + dt.timedelta(days=39), p + dt.timedelta(days=50), dt.date(year, 12, 25), dt.date(year, 12, 26)}
    if year <= 2023:
        days.add(p + dt.timedelta(days=26))   # store bededag: the 4th Friday after Easter
    return {d for d in days if d.weekday() < 5}


@pytest.mark.parametrize("year", range(2013, 2028))
def test_the_unpaid_days_are_exactly_the_registers_soegnehelligdage(year):
    first, last = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    assert {dt.date.fromordinal(o) for o in udbetaling.ubetalte_dage(first, last)} == _soegnehelligdage(year)


def test_before_2_july_2012_a_soegnehelligdag_was_paid():
    # The rule is dated law: the 2012 variant starts on 2 July 2012 (lov nr. 1599 af 22.12.2010).
    assert udbetaling.SOEGNEHELLIGDAGE.gaeldende(dt.date(2012, 5, 17))(dt.date(2012, 5, 17)) is False  # Kr. himmelf.
    assert udbetaling.SOEGNEHELLIGDAGE.gaeldende(dt.date(2012, 12, 25))(dt.date(2012, 12, 25)) is True
    assert [d.isoformat() for d, _, _ in udbetaling.SOEGNEHELLIGDAGE.varianter()] == ["0001-01-01", "2012-07-02"]


def test_may_2023_pays_20_days_and_april_2024_pays_the_former_store_bededag():
    # Research example E1.1: May 2023 at the maximum 4550 (910 a day): 23 weekdays - 3 søgnehelligdage = 20.
    d = calculate(loenmodtager("2023-05-01", "2023-05-31", timefortjeneste="300.00", ansat_fra="2023-04-10"))
    assert d["udbetalt_i_alt"]["beloeb"] == "18200.00"
    assert [(p["uge"], p["dage"]) for p in d["udbetalinger"]] == [
        ("2023-W18", 4), ("2023-W19", 5), ("2023-W20", 4), ("2023-W21", 5), ("2023-W22", 2)]
    # E1.2: April 2024 (939 a day): 22 weekdays, 2. påskedag unpaid, Fri 26 April paid.
    d = calculate(loenmodtager("2024-04-01", "2024-04-30", timefortjeneste="300.00", ansat_fra="2024-03-15"))
    assert d["udbetalt_i_alt"]["beloeb"] == "19719.00"
    assert uge(d, "2024-W17")["dage"] == 5


def test_the_explanation_names_the_unpaid_days():
    d = calculate(loenmodtager("2024-03-25", "2024-04-05", ansat_fra="2024-03-15"))
    step = next(s for s in d["begrundelse"] if s["regel"] == "SDL-53A-SOEGNEHELLIGDAGE")
    assert step["resultat"]["dage_uden_betaling"] == {"2024-03-28": "Skærtorsdag", "2024-03-29": "Langfredag",
                                                       "2024-04-01": "Anden påskedag"}
    assert "FT-SDP-DAGE" in step["fortolkninger"]


@pytest.mark.parametrize(("raw", "foraeldelsesloven", "bankdage", "helligdage"), [
    ("2026-05-14", "2026-05-15", "2026-05-18", "2026-05-15"),   # Kristi himmelfartsdag; the Friday after
    ("2026-06-05", "2026-06-08", "2026-06-08", "2026-06-05"),   # grundlovsdag (a Friday)
    ("2025-12-24", "2025-12-29", "2025-12-29", "2025-12-24"),   # juleaftensdag, 25-26 Dec, weekend
    ("2026-12-31", "2027-01-04", "2027-01-04", "2026-12-31"),   # nytårsaftensdag, nytårsdag, weekend
    ("2026-05-01", "2026-05-01", "2026-05-01", "2026-05-01"),   # 1 May closes nothing
])
def test_the_three_deadline_calendars(raw, foraeldelsesloven, bankdage, helligdage):
    day = dt.date.fromisoformat(raw)
    k = fristkalender.kalendere()
    assert k["foraeldelsesloven"].naeste_aabne_dag(day).isoformat() == foraeldelsesloven
    assert k["bankdage"].naeste_aabne_dag(day).isoformat() == bankdage
    assert k["helligdage"].naeste_aabne_dag(day).isoformat() == helligdage
    assert fristkalender.valgt().navn == "foraeldelsesloven"
