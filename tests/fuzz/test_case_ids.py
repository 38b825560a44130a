"""Fuzzing varies the case id like any other field, so a candidate whose fault is keyed on the case number is found
by the search; and the run's fuzz stage keeps to its time budget."""
from __future__ import annotations

import re
import time

from harness.adapters_api import Candidate, Metadata, Result
from harness.fuzz.engine import FuzzConfig, Fuzzer
from harness.reference import calculate


class EveryFiftiethCase(Candidate):
    """The reference, but a case whose number is a multiple of 50 gets 1 kr. too much (a fault keyed on the id)."""

    def __init__(self) -> None:
        self.ids: set[str] = set()

    def start(self) -> Metadata:
        return Metadata(system="hver-halvtredsindstyvende", version="1", ydelser=["sygedagpenge"])

    def run(self, cases: list[dict]) -> list[Result]:
        out = []
        for case in cases:
            self.ids.add(case["sags_id"])
            d = calculate(case)
            if int(case["sags_id"].rsplit("-", 1)[1]) % 50 == 0:
                d["udbetalt_i_alt"]["beloeb"] = f"{float(d['udbetalt_i_alt']['beloeb']) + 1:.2f}"
            out.append(Result.of_decision(d))
        return out


def test_generated_cases_get_ids_of_their_own_and_an_id_keyed_fault_is_found():
    cand = EveryFiftiethCase()
    report = Fuzzer(cand, cand.start(), FuzzConfig(ydelse="sygedagpenge", profile="ci", examples=300, seed=1)).run()
    assert len(cand.ids) > 100 and all(re.fullmatch(r"SDP-[0-9]{3}-[0-9]{3}", i) for i in cand.ids)   # no bench prefix
    found = [c for c in report.counterexamples if c.klasse == "forkert_beloeb"]
    assert found and int(found[0].case["sags_id"].rsplit("-", 1)[1]) % 50 == 0


def test_the_stage_starts_no_new_round_after_its_budget():
    from harness.adapters_api import open_candidate
    cand = open_candidate("reference")
    report = Fuzzer(cand, cand.start(), FuzzConfig(ydelse="sygedagpenge", profile="ci", examples=20,
                                                   stop_at=time.monotonic())).run()
    assert report.rounds == 1 and report.budget_exhausted


def test_generated_cases_take_production_s_case_number_shape_when_the_policy_states_it():
    cand = EveryFiftiethCase.__new__(EveryFiftiethCase)
    cand.ids = set()
    cand.run = lambda cases: [cand.ids.add(c["sags_id"]) or Result.of_decision(calculate(c)) for c in cases]
    Fuzzer(cand, cand.start(), FuzzConfig(ydelse="sygedagpenge", profile="ci", examples=60, seed=1,
                                          id_format="20##-######")).run()
    assert len(cand.ids) > 20 and all(re.fullmatch(r"20[0-9]{2}-[0-9]{6}", i) for i in cand.ids)
