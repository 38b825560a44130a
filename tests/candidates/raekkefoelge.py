"""A system whose import assumes a case's rows arrive in date order (python:tests.candidates.raekkefoelge; red team
r18): it keys each month's row, and each household change, by its place in the list, giving the n-th row the n-th
earliest month or date in it. On a case system's export in date order it is the law; on one written newest first,
or in no order (the contract leaves these lists' order open), it pays each month on another month's income and
applies household changes at the wrong dates. For sygedagpenge it walks the earlier absences from the list's last
entry back, as the newest first, and stops at the first that ended before the 12 months any rule looks at (the red
team's "Ordenstro"): on a list written oldest last it does not count the recent ones, and the § 24 limit comes late
or never. Every golden and every case the bench made before r18 listed them in date order, so it was GO. It asks
the reference on the case as sent first, so it refuses what the reference refuses."""
import copy
import datetime as dt

from harness.reference import calculate as _reference
from harness.toolkit.datoer import month_start

METADATA = {"system": "Rækkefølge", "version": "1.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}


def _by_place(rows: list, key: str) -> list:
    dates = sorted(r[key] for r in rows)
    return [{**r, key: d} for r, d in zip(rows, dates)]


def _newest_first(case: dict) -> dict:
    perioder = case.get("tidligere_sygeperioder") or []
    cutoff = month_start(dt.date.fromisoformat(case["fravaer"]["foerste_fravaersdag"]), -12)
    kept = []
    for p in reversed(perioder):
        if dt.date.fromisoformat(p["til"]) < cutoff:
            break
        kept.append(p)
    if len(kept) == len(perioder):
        return case
    seen = copy.deepcopy(case)
    seen["tidligere_sygeperioder"] = kept[::-1]
    return seen


def read_by_place(case: dict) -> dict:
    """The case as this system reads it (the case itself where the order changes nothing it reads)."""
    if case.get("ydelse") == "sygedagpenge":
        return _newest_first(case)
    if case.get("ydelse") not in ("kontanthjaelp", "ressourceforloebsydelse") or not isinstance(case.get("maaneder"), list):
        return case
    seen = copy.deepcopy(case)
    seen["maaneder"] = _by_place(seen["maaneder"], "maaned")
    husstand = seen.get("husstand") if case["ydelse"] == "kontanthjaelp" else None
    if isinstance(husstand, dict) and isinstance(husstand.get("aendringer"), list):
        husstand["aendringer"] = _by_place(husstand["aendringer"], "dato")
    return seen


def out_of_order(case: dict) -> bool:
    """A case this system reads other than as sent."""
    return read_by_place(case) != case


def calculate(case: dict) -> dict:
    decided = _reference(case)
    seen = read_by_place(case)
    return decided if seen is case else _reference(seen)
