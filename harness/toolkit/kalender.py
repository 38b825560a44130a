"""The Danish bank-day calendar: the `holidays` package's public holidays plus Nationalbanken's extra
closing days (banklukkedage.yaml). Serves every deadline that moves to the next bank day, and the counting of
fraværsdage (days the person would have worked)."""
from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from harness.config_files import load_model
from harness.contract.config import BankClosingDays

DATA = Path(__file__).parent / "banklukkedage.yaml"
ONE_DAY = dt.timedelta(days=1)


@cache
def _rules() -> BankClosingDays:
    return load_model(DATA, BankClosingDays)


@cache
def _denmark() -> type:
    """The `holidays` package's Danish calendar, loaded on its own. `holidays.DK` and `import holidays.countries.
    denmark` both run holidays/countries/__init__.py first, which imports every country the package knows (~250,
    measured ≈ 75 ms of each process's start); Denmark's module needs none of them, so its file is loaded directly
    under its own module name (a later full import of holidays.countries reuses it)."""
    import importlib.util
    import sys

    import holidays
    name = "holidays.countries.denmark"
    module = sys.modules.get(name)
    if module is None:
        path = Path(holidays.__file__).parent / "countries" / "denmark.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None, path
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
    return module.Denmark


@cache
def helligdage_med_navne(year: int) -> dict[dt.date, str]:
    """The Danish public holidays (søgnehelligdage) of `year` with their Danish names, from the `holidays` package."""
    return dict(_denmark()(years=year, language="da"))


@cache
def helligdage(year: int) -> frozenset[dt.date]:
    return frozenset(helligdage_med_navne(year))


def fravaersdag(first: dt.date, n: int) -> dt.date:
    """The n-th fraværsdag counting `first` as the first: later days count only if they are Monday-Friday and not a
    helligdag: the days a person with a 5-day week would have worked."""
    day = first
    while n > 1:
        day += ONE_DAY
        if day.weekday() < 5 and day not in helligdage(day.year):
            n -= 1
    return day


@cache
def lukkedage(year: int) -> frozenset[dt.date]:
    """Every non-weekend day of `year` on which Danish banks are closed."""
    public = helligdage_med_navne(year)
    days = set(public)
    rules = _rules()
    for mmdd in rules.faste_datoer:
        month, day = map(int, mmdd.split("-"))
        days.add(dt.date(year, month, day))
    for rule in rules.dage_efter_helligdag:
        for d, name in public.items():
            if name == rule.helligdag:
                days.add(d + dt.timedelta(days=rule.dage))
    return frozenset(d for d in days if d.weekday() < 5)


def er_bankdag(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in lukkedage(day.year)


def naeste_bankdag(day: dt.date) -> dt.date:
    """`day` itself if it is a bank day, else the next one."""
    while not er_bankdag(day):
        day += ONE_DAY
    return day
