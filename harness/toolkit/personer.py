"""Synthetic persons as a Danish case system writes them: a CPR number (DDMMYY-XXXX, the hyphen written or not)
consistent with a birth date, and a name as people in Denmark have them. Nothing here is a real person; the law
the bench checks ignores both (the benefits' `navn_og_cpr_uden_betydning` properties hold a system to that).

The CPR number's seventh digit says the century of the birth year (CPR-kontoret's table): 0-3 for 1900-1999, 4 and
9 for 2000-2036 and 1937-1999, 5-8 for 2000-2057 and 1858-1899. Its last digit is odd for a man, even for a woman.
Every number passes the modulus-11 check (weights 4 3 2 7 6 5 4 3 2 1), as all numbers issued before 2007 do;
numbers without it have been issued since 2007 only where a birth date's numbers ran out."""
from __future__ import annotations

import datetime as dt
import hmac
import os
import random
import re
from functools import cache
from pathlib import Path

# Where the names come from: Faker's person lists (thousands of first names and surnames), mostly Danish, and a
# fifth from the languages of Denmark's largest groups of foreign origin, written in the Latin alphabet as a Danish
# case system holds them. A short list of the bench's own was a tell (red team r14 F1): a system could pay the law
# to every case named only from it and less to everyone else.
LOCALES = {"da_DK": 80, "de_DE": 2, "sv_SE": 2, "no_NO": 2, "pl_PL": 3, "tr_TR": 3, "en_GB": 2, "ro_RO": 1,
           "nl_NL": 1, "it_IT": 1, "es_ES": 1, "fr_FR": 1, "is_IS": 1, "fi_FI": 1}
CPR = re.compile(r"^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$")
MOD11_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2)
MOD11_TRIES = 200
NAMES_CACHE = "navnelister.sealed"   # in the state folder: Faker's lists as _lists() reads them, sealed
CACHE_DOMAIN = b"navnelister"


def century_digits(year: int) -> tuple[int, ...]:
    """The seventh digits a CPR number of someone born in `year` may have."""
    yy = year % 100
    if 1900 <= year <= 1999:
        return (0, 1, 2, 3) + ((4, 9) if yy >= 37 else ())
    if 2000 <= year <= 2057:
        return ((4, 9) if yy <= 36 else ()) + (5, 6, 7, 8)
    if 1858 <= year <= 1899:
        return (5, 6, 7, 8)
    return ()


def birth_year(cpr: str) -> int | None:
    """The birth year a CPR number says (its six digits and century digit), None when it says none."""
    m = CPR.match(cpr)
    if m is None:
        return None
    yy, digit = int(m[3]), int(m[4])
    for year in (1800 + yy, 1900 + yy, 2000 + yy):
        if digit in century_digits(year):
            return year
    return None


def birth_date(cpr: str) -> dt.date | None:
    """The birth date a CPR number says, None when it is no date."""
    m, year = CPR.match(cpr), birth_year(cpr)
    if m is None or year is None:
        return None
    try:
        return dt.date(year, int(m[2]), int(m[1]))
    except ValueError:
        return None


def cpr(born: dt.date, rng: random.Random, kvinde: bool | None = None) -> str:
    """A CPR number for someone born on `born` (1858-2057), with random last four (even last digit for a woman) that
    pass the modulus-11 check, as every number issued before 2007 does (a number that fails it is rare in a register
    and was a tell of the bench's cases: red team r14), written with its hyphen or without it as case systems do
    (the contract takes both): always the same form would tell the bench's cases from a system's own."""
    digits = century_digits(born.year)
    if not digits:
        raise ValueError(f"no CPR number for a birth year {born.year}")
    kvinde = rng.random() < 0.5 if kvinde is None else kvinde
    date = f"{born:%d%m}{born.year % 100:02d}"
    four = ""
    for _ in range(MOD11_TRIES):
        four = f"{rng.choice(digits)}{rng.randint(0, 99):02d}"
        last = _check_digit(date + four)
        if last is not None and last % 2 == (0 if kvinde else 1):
            four += str(last)
            break
    else:       # no modulus-11 number of this gender found in the tries: one without, as issued since 2007
        four += str(rng.choice((0, 2, 4, 6, 8) if kvinde else (1, 3, 5, 7, 9)))
    return f"{date}{'-' if rng.random() < 0.5 else ''}{four}"


def _check_digit(nine: str) -> int | None:
    """The tenth digit that makes the weighted sum (4 3 2 7 6 5 4 3 2 1) divisible by 11, None when there is none."""
    rest = sum(w * int(d) for w, d in zip(MOD11_WEIGHTS, nine)) % 11
    last = (11 - rest) % 11
    return last if last < 10 else None


def passes_mod11(number: str) -> bool:
    ten = number.replace("-", "")
    return len(ten) == 10 and ten.isdigit() and sum(w * int(d) for w, d in zip((*MOD11_WEIGHTS, 1), ten)) % 11 == 0


def is_woman(cpr_number: str) -> bool | None:
    m = CPR.match(cpr_number)
    return None if m is None else int(m[5][-1]) % 2 == 0


@cache
def _lists() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Per locale: (men's first names, women's first names, surnames), from Faker's person providers. Importing one
    provider runs Faker's package start (its locale scan, ≈ 30-80 ms of a run's start), so the lists are kept in
    the state folder keyed by the provider files' sizes and times; a missing, unreadable or stale copy is rebuilt
    from Faker (and a run that dresses no case reads neither)."""
    sources = _provider_files()
    stamp = [[str(p), *_stat(p)] for p in sources]
    cached = _read_cache(stamp)
    if cached is not None:
        return cached
    import importlib
    out = {}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        out[locale] = (_words(provider.first_names_male), _words(provider.first_names_female),
                       _words(provider.last_names))
    _write_cache(stamp, out)
    return out


def _provider_files() -> list[Path | None]:
    """Each locale's provider file, found without importing Faker (None when Faker is not where it is looked for)."""
    import importlib.util
    spec = importlib.util.find_spec("faker")
    roots = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not roots:
        return [None for _ in LOCALES]
    return [Path(roots[0]) / "providers" / "person" / locale / "__init__.py" for locale in LOCALES]


def _stat(path: Path | None) -> list[int]:
    try:
        st = path.stat() if path is not None else None
    except OSError:
        st = None
    return [-1, -1] if st is None else [st.st_size, st.st_mtime_ns]


def _cache_path() -> Path:
    from harness.seal import state_dir
    return state_dir() / NAMES_CACHE


def _read_cache(stamp: list) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] | None:
    """The kept lists when this user's ydelsestjek sealed them (an edited copy, say one short list every bench case
    is named from, would let a system tell the bench's cases again: red team r14 F1), they were made from exactly
    these provider files and hold every locale; else None."""
    if any(-1 in row for row in stamp):
        return None
    from harness import seal
    secret = seal.key(create=False)
    try:
        seal_line, payload = _cache_path().read_bytes().split(b"\n", 1)
        if secret is None or not hmac.compare_digest(seal_line, seal.mac(secret, CACHE_DOMAIN, payload).encode()):
            return None
        import orjson
        data = orjson.loads(payload)
        if data["stamp"] != stamp or list(data["lists"]) != list(LOCALES):
            return None
        lists = {k: (tuple(m), tuple(w), tuple(s)) for k, (m, w, s) in data["lists"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not all(names and all(isinstance(n, str) for n in names) for three in lists.values() for names in three):
        return None
    return lists


def _write_cache(stamp: list, lists: dict) -> None:
    """Keep the lists, sealed with this user's key; best effort (a read-only state folder: rebuilt next time)."""
    if any(-1 in row for row in stamp):
        return
    import orjson

    from harness import seal
    path = _cache_path()
    try:
        secret = seal.key(create=True)
        assert secret is not None
        payload = orjson.dumps({"stamp": stamp, "lists": lists})
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(seal.mac(secret, CACHE_DOMAIN, payload).encode() + b"\n" + payload)
        os.replace(tmp, path)
    except OSError:
        return


def _words(names: dict[str, float] | tuple[str, ...]) -> tuple[str, ...]:
    """A Faker list (a tuple, or a dict of names to weights) as single names in the Latin alphabet."""
    items = names.keys() if isinstance(names, dict) else names
    return tuple(sorted({n for n in items if isinstance(n, str) and n and n.replace("-", "").replace(" ", "")
                         .replace("'", "").isalpha() and all(c < "\u0250" for c in n)}))


@cache
def _genders() -> tuple[frozenset[str], frozenset[str]]:
    men = frozenset(n for m, _, _ in _lists().values() for n in m)
    women = frozenset(n for _, w, _ in _lists().values() for n in w)
    return men - women, women - men


def name(rng: random.Random, kvinde: bool | None = None) -> str:
    """A name as people in Denmark have them: a first name, now and then a second first name or a middle name (often
    a surname, as in Danish names), a surname, sometimes two (with a hyphen or without)."""
    kvinde = rng.random() < 0.5 if kvinde is None else kvinde
    lists = _lists()
    locale = rng.choices(list(lists), weights=[LOCALES[k] for k in lists])[0]
    men, women, surnames = lists[locale]
    fornavne = women if kvinde else men
    parts = [rng.choice(fornavne)]
    if (r := rng.random()) < 0.15:
        parts.append(rng.choice(fornavne))
    elif r < 0.35:
        parts.append(rng.choice(surnames))
    last = rng.choice(surnames)
    if rng.random() < 0.08:
        last += rng.choice(("-", " ")) + rng.choice(surnames)
    parts.append(last)
    return " ".join(parts)


def woman_by_name(navn: str) -> bool | None:
    """Whether the first name is only a woman's (True) or only a man's (False) in the name lists; None when unknown."""
    first = navn.split(" ", 1)[0] if navn else ""
    men, women = _genders()
    return True if first in women else False if first in men else None


def born_at_age(alder: int, on: dt.date, rng: random.Random) -> dt.date:
    """A birth date giving the age `alder` on the day `on`."""
    latest = _years_before(on, alder)                       # the birthday on `on` itself: just turned alder
    earliest = _years_before(on, alder + 1) + dt.timedelta(days=1)
    return earliest + dt.timedelta(days=rng.randint(0, (latest - earliest).days))


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:                                      # 29 February
        return day.replace(year=day.year - years, day=28)


__all__ = ["birth_date", "born_at_age", "cpr", "is_woman", "name", "passes_mod11", "woman_by_name"]
