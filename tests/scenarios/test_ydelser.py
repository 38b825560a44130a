"""The machinery names no benefit: a benefit is a package (harness/ydelser/<ydelse>/) found through the entry point
group, and nothing outside the benefit packages (and the bundled demo candidate, a simulated vendor release) says
a benefit's name, its id prefix or its law. tests/test_toy_benefit.py shows the other half: a new benefit needs no
edit here."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from harness.contract.ydelse import alle
from harness.scenarios import ydelser

ROOT = Path(__file__).resolve().parents[2]
# The contract's OpenAPI document lists the installed benefits' schema files; tests/http/test_openapi.py holds it to
# exactly the registry.
LISTS_THE_BENEFITS = {ROOT / "harness" / "contract" / "openapi.yaml"}
MACHINERY = sorted(p for pattern in ("harness/**/*.py", "harness/**/*.yaml", "harness/**/*.json", "adapters/**/*.py")
                   for p in ROOT.glob(pattern)
                   if "ydelser" not in p.relative_to(ROOT).parts[:2] and "demo" not in p.relative_to(ROOT).parts[:2]
                   and p not in LISTS_THE_BENEFITS)


def _words() -> re.Pattern:
    words = set()
    for navn, y in alle().items():
        words |= {re.escape(navn), re.escape(y.beskrivelse.titel.lower()), re.escape(y.id_praefiks.lower()) + r"-\d"}
        words |= {re.escape(lov.lower()) for lov in y.beskrivelse.paragraf_tags.values()}
        words |= {"@" + re.escape(tag) + "-" for tag in y.beskrivelse.paragraf_tags}
    return re.compile("|".join(sorted(words)))


@pytest.mark.parametrize("path", MACHINERY, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_machinery_names_no_benefit(path):
    found = _words().findall(path.read_text(encoding="utf-8").lower())
    assert not found, f"{path.relative_to(ROOT)} names a benefit: {sorted(set(found))}"


def test_the_check_sees_the_machinery_and_would_catch_a_name():
    names = {p.relative_to(ROOT).as_posix() for p in MACHINERY}
    assert {"harness/runner.py", "harness/compare/differ.py", "harness/fuzz/engine.py", "adapters/http.py"} <= names
    assert not any(n.startswith(("harness/ydelser/", "adapters/demo/")) for n in names)
    assert _words().search("ydelse: str = 'sygedagpenge'") and _words().search("aktivloven § 25")


def test_both_bundled_benefits_are_found_with_their_scenario_folders():
    assert {"sygedagpenge", "kontanthjaelp"} <= set(alle())
    assert {"sygedagpenge", "kontanthjaelp"} <= set(ydelser.alle())
    kh = ydelser.ydelse("kontanthjaelp")
    assert kh.id_re.match("KH-025b-001") and not kh.id_re.match("SDP-025-001")
    assert dict(kh.paragraf_tags)["akl"] == "aktivloven"


def test_a_plausibility_rule_with_an_absurd_day_count_is_a_clear_error():
    """Red team round 9: `praecis_dage: -99999999999` in ydelse.yaml was an OverflowError naming nothing."""
    import pydantic

    from harness.contract.plausibilitet import Orden
    with pytest.raises(pydantic.ValidationError, match="praecis_dage"):
        Orden(foer="a/b", efter="c/d", praecis_dage=-99999999999)
    assert Orden(foer="a/b", efter="c/d", praecis_dage=14).praecis_dage == 14
