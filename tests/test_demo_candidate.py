"""KSD-demo: a NO-GO out of the box, and every documented defect (sygedagpenge and kontanthjælp) is reported in
its documented class."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from adapters.demo.candidate import DEFECTS, METADATA, defects_hitting
from harness.golden.store import GOLDEN_DIR, load_goldens
from harness.runner import RunConfig, execute

README = Path(__file__).resolve().parents[1] / "adapters" / "demo" / "README.md"


def test_readme_documents_every_defect_with_its_class():
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| ((?:DEMO|KY)-\d+) \|.*$", README.read_text(encoding="utf-8"), re.M)}
    assert sorted(rows) == sorted(d.id for d in DEFECTS)
    for d in DEFECTS:
        last_column = rows[d.id].rstrip(" |").rsplit("|", 1)[1]
        assert re.findall(r"`(\w+)`", last_column)[0] == d.klasse, d.id


def test_metadata_names_a_vendor_release():
    assert (METADATA["system"], METADATA["version"]) == ("KSD-demo", "2.4.0")
    assert set(METADATA["ydelser"]) == {"sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"} == \
        {d.ydelse for d in DEFECTS}


def check_defects_reported(golden_dir: Path, candidate: str, tmp_path: Path) -> dict:
    outcome = execute(RunConfig(candidate=candidate, golden_dir=golden_dir, out=tmp_path / "reports", run_id="demo"))
    assert outcome.results["gate"]["verdict"] == "NO-GO"
    by_id = {c["id"]: c for c in outcome.results["cases"]}
    hit = {d.id: [] for d in DEFECTS}
    fra = METADATA["lovdatoer"]["fra"]
    for g in load_goldens(golden_dir):
        # A sygedagpenge case whose first absence day lies before the candidate's declared lovdatoer is skipped,
        # not judged (the advisory 2014-2019 maxima scenarios); every other case is judged.
        foer = g.ydelse == "sygedagpenge" and g.case["fravaer"]["foerste_fravaersdag"] < fra
        assert (by_id[g.id]["status"] == "skipped") == foer, f"{g.id}: {by_id[g.id]['status']}"
        if foer:
            assert not g.obligatorisk, f"{g.id} is mandatory, but outside the demo's lovdatoer"
            continue
        reported = {d["klasse"] for d in by_id[g.id]["deviations"]}
        defects = defects_hitting(g.case, g.decision)
        for d in defects:
            hit[d.id].append(g.id)
            assert d.klasse in reported, f"{g.id}: {d.id} should be reported as {d.klasse}, got {reported}"
        if not defects:
            assert by_id[g.id]["status"] == "pass", f"{g.id} is hit by no defect but got {reported}"
    return hit


SYGEDAGPENGE = {d.id for d in DEFECTS if d.ydelse == "sygedagpenge"}


def test_demo_defects_are_reported_in_their_classes_on_a_test_suite(tmp_path):
    from tests.fakes.fake_reference import calculate
    from tests.suite import HELLIGDAGE, JOBAFKLARING, STANDARD, write_suite
    golden_dir = write_suite(tmp_path / "golden", calculate, STANDARD + HELLIGDAGE + JOBAFKLARING)
    hit = check_defects_reported(golden_dir, "python:tests.fakes.demo_on_fake", tmp_path)
    assert all(hit[d] for d in SYGEDAGPENGE), f"the (sygedagpenge) test suite must exercise its defects: {hit}"


def test_demo_defects_are_reported_in_their_classes_against_the_reference(tmp_path):
    from harness.reference import calculate
    from tests.suite import HELLIGDAGE, JOBAFKLARING, STANDARD, write_suite
    golden_dir = write_suite(tmp_path / "golden", calculate, STANDARD + HELLIGDAGE + JOBAFKLARING)
    hit = check_defects_reported(golden_dir, "demo", tmp_path)
    assert all(hit[d] for d in SYGEDAGPENGE), f"the (sygedagpenge) test suite must exercise its defects: {hit}"


@pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set in golden/ yet")
def test_demo_against_the_approved_golden_suite(tmp_path):
    """On the real goldens of both benefits, every defect hits some scenario and is reported in its class; a
    scenario no defect hits passes. A reduction without a prior afgørelse is severity A."""
    hit = check_defects_reported(GOLDEN_DIR, "demo", tmp_path)
    assert all(hit.values()), f"the approved golden suite must exercise every defect: {hit}"
    results = json.loads((tmp_path / "reports" / "demo" / "results.json").read_text(encoding="utf-8"))
    by_id = {c["id"]: c for c in results["cases"]}
    for gid in hit["KY-1"]:
        assert ("forkert_afgoerelse_om_ret", "A") in {(d["klasse"], d["alvor"]) for d in by_id[gid]["deviations"]}
    assert {c["ydelse"] for c in results["cases"] if c["status"] == "deviation"} == \
        {"sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"}
    # the handoff gap (KY-4) is a manglende udbetaling of severity A in the handoff scenarios
    assert "RFY-024-001" in hit["KY-4"] and "RFY-024-002" not in hit["KY-4"]
    assert ("manglende_udbetaling", "A") in {(d["klasse"], d["alvor"]) for d in by_id["RFY-024-001"]["deviations"]}
    # a change within the month applied from its own month (KY-5): the marriage, the separation, the moves
    assert {"KH-002-101", "KH-002-102", "KH-025-101", "KH-025-102"} <= set(hit["KY-5"])
    assert "KH-025-103" not in hit["KY-5"]   # a change on the 1st counts from that month in the law too
