"""The Danish public holidays (the `holidays` package, Denmark only) and the counting of fraværsdage (days the
person would have worked). Deadline calendars (bank closing days among them) are a benefit reference's own data."""
from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

ONE_DAY = dt.timedelta(days=1)


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
