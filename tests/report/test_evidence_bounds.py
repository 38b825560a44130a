"""results.json stays within what the bench's own readers take, whatever a candidate answers: answers and listed
fields past their budgets are kept only in deviations/ (harness/report/evidence.py)."""
from __future__ import annotations

import hashlib
import json

from harness.report import evidence


def _case(n: int, fields: int, value: str) -> dict:
    felter = [{"felt": f"frister[{i}].tekst", "forventet": None, "faktisk": value, "art": "ekstra"} for i in range(fields)]
    return {"id": f"SDP-001-{n:03d}", "answer": {"x": value}, "deviations": [
        {"id": f"SDP-001-{n:03d}/forkert_dato", "besked": "500 felt(er) afviger", "felter": felter}]}


def test_listed_fields_past_a_deviations_budget_are_cut_with_a_note(monkeypatch):
    monkeypatch.setattr(evidence, "FIELDS_INLINE_TOTAL", 300_000)
    results = {"run_id": "r", "candidate": {"metadata": {"system": "s"}},
               "cases": [_case(n, 500, "y" * 3_900) for n in range(8)]}
    bounded = evidence._bounded(results)
    assert len(results["cases"][0]["deviations"][0]["felter"]) == 500               # the run's own copy is whole
    sizes = [len(json.dumps(d["felter"]).encode()) for c in bounded["cases"] for d in c["deviations"]]
    assert all(s <= evidence.DEVIATION_FIELDS_BYTES for s in sizes) and sum(sizes) <= 300_000
    first = bounded["cases"][0]["deviations"][0]
    note = f"af 500 felter vist her; alle i deviations/{evidence.deviation_filename(first['id'])}"
    assert 0 < len(first["felter"]) < 500 and note in first["besked"]
    whole = evidence.deviation_files(results)[evidence.deviation_filename(first["id"])].text    # as the run writes it
    assert first["besked"].endswith(f", sha256 {hashlib.sha256(whole.encode()).hexdigest()})")   # so it can be checked
    assert bounded["cases"][-1]["deviations"][0]["felter"] == []                    # the total is spent by then
    small = {"cases": [_case(1, 3, "kort")]}
    assert evidence._bounded(small) is small                                         # nothing to cut: the same
