"""A hostile system (python:tests.candidates.loftgraense; red team, round 3): the reference, except at one boundary: a
wage whose hourly earnings after AM-bidrag equal the hourly maximum EXACTLY (timesats == loft_pr_time, the maximum
not applied; the boundary of sygedagpengeloven § 50 that scenarios SDP-050-201/503/504 test). There it pays NOTHING
(every week 0.00 kr., total 0.00) and breaks the answer's schema in one harmless-looking place (schema_version
"1.1"), so the bench sees only an invalid answer ("ugyldigt svar") and never compares the amounts."""
from harness.reference import calculate as _reference

METADATA = {"system": "Loftgraense", "version": "1.0", "ydelser": ["sygedagpenge"]}


def _at_cap(d):
    return any(s["timesats"] is not None and s["timesats"] == s["loft_pr_time"] and not s["loft_anvendt"]
               for s in d.get("satsperioder", []))


def calculate(case):
    d = _reference(case)
    if d.get("ydelse") == "sygedagpenge" and _at_cap(d):
        for p in d["udbetalinger"]:
            p["beloeb"] = "0.00"
        d["udbetalt_i_alt"]["beloeb"] = "0.00"
        d["schema_version"] = "1.1"
    return d
