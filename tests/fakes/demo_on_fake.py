"""The demo candidate's defects applied to the fake calculator, so the demo can be tested without the reference.
The fake knows no law dates; KSD-demo declares some (METADATA), and skips a case outside them as it says."""
from adapters.demo.candidate import METADATA, make_calculate
from tests.fakes.fake_reference import calculate as _fake


def _base(case: dict) -> dict:
    first = case.get("fravaer", {}).get("foerste_fravaersdag", "") if isinstance(case, dict) else ""
    if isinstance(first, str) and not METADATA["lovdatoer"]["fra"] <= first <= METADATA["lovdatoer"]["til"]:
        from harness.toolkit.errors import OutOfScope
        raise OutOfScope(f"første fraværsdag {first} is outside KSD-demo's law dates")
    return _fake(case)


calculate = make_calculate(_base)
