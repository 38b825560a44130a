"""The negative stage: invalid cases made from real goldens break the contract the way they say, the reference
refuses every one, every adapter kind carries them, a candidate that decides them is reported in its class with
a shrunk case, and a candidate that refuses everything is still not GO."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.sample_service.server import BackgroundServer
from harness.adapters_api import Metadata, open_candidate
from harness.cli import app
from harness.compare import load_policy
from harness.contract.plausibilitet import problems
from harness.contract.records import dump
from harness.contract.schemas import errors
from harness.contract.ydelse import find
from harness.golden.store import load_goldens
from harness.negative.mutations import KINDS, get_path
from harness.negative.stage import Checks, NegativeConfig, build_cases, run_stage
from harness.runner import RunConfig, execute
from tests.conftest import cmd_spec

GOLDENS = load_goldens()
SEEDS: dict[str, list[tuple[str, dict]]] = defaultdict(list)
for _g in GOLDENS:
    SEEDS[_g.ydelse].append((_g.id, _g.case))
REFERENCE_META = Metadata.from_dict(__import__("adapters.reference", fromlist=["metadata"]).metadata(), "reference")
PLAUSIBILITY, LAW = ("omvendt_periode", "dobbelt"), "uden_for_lovdatoer"


def stage(spec: str, config: NegativeConfig | None = None, seeds=None, **kw):
    cand = open_candidate(spec, timeout=10)
    try:
        meta = cand.start()
        records, report = run_stage(cand, meta, load_policy(), SEEDS if seeds is None else seeds, config, **kw)
        return [dump(r) for r in records], report         # as results.json holds them
    finally:
        cand.stop()


@pytest.fixture(scope="module")
def built() -> dict[str, list]:
    cpolicy = load_policy()
    return {y: build_cases(y, SEEDS[y], Checks(y, REFERENCE_META, cpolicy), 2) for y in SEEDS}


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value if len(value) == 10 else value + "-01")


def test_each_case_breaks_the_contract_the_way_its_mutation_says(built):
    """Judged here without the stage's own checks: the schema's error list, the dates themselves."""
    kinds = Counter()
    for ydelse, cases in built.items():
        first, last = find(ydelse).lovdatoer
        assert len(cases) > 200, ydelse
        for nc in cases:
            kinds[nc.mutation.kind] += 1
            assert errors(ydelse, "case", nc.seed_case) == [], nc.seed           # made from a valid case
            assert nc.case.get("sags_id") == nc.seed_case["sags_id"] or nc.mutation.path[:1] == ("sags_id",)
            broken = errors(ydelse, "case", nc.case)
            if nc.mutation.kind in PLAUSIBILITY:
                assert broken == [] and problems(find(ydelse).plausibilitet, nc.case), nc.mutation
            elif nc.mutation.kind == LAW:
                assert broken == []
                law = load_policy().rules(ydelse).law_date
                deciding = [get_path(nc.case, tuple(law))] if law else \
                    [m["maaned"] for m in nc.case.get("maaneder", [])]
                assert all(d[:7] < first[:7] for d in deciding) or all(d[:7] > last[:7] for d in deciding), deciding
            else:
                assert broken, nc.mutation
            if nc.mutation.kind == "negativ" and nc.mutation.variant == "minus":
                assert str(get_path(nc.case, nc.mutation.path)).startswith("-")
            if nc.mutation.kind == "omvendt_periode" and nc.mutation.variant == "dagen_foer":     # end moved before start
                assert _date(get_path(nc.case, nc.mutation.path)) < _date(get_path(nc.case, tuple(nc.mutation.value[1])))
    assert set(kinds) == set(KINDS), kinds                                      # every kind of break is made
    again = build_cases("sygedagpenge", SEEDS["sygedagpenge"], Checks("sygedagpenge", REFERENCE_META, load_policy()), 2)
    assert [c.id for c in again] == [c.id for c in built["sygedagpenge"]]           # the same cases every run
    assert [c.case for c in again] == [c.case for c in built["sygedagpenge"]]       # with the same case ids
    assert len({c.id for cases in built.values() for c in cases}) == sum(map(len, built.values()))


def test_the_case_ids_sent_do_not_tell_an_invalid_case_from_a_scenario(built):
    """A candidate must not be able to refuse only the bench's invalid cases: each is sent with a case id in the
    scenarios' own shape, unique, and none a golden's (a prefix such as NEG- once let a candidate decide every
    invalid case except those it could recognise, and pass)."""
    shape = re.compile(r"^[A-Z]{2,5}-[0-9]{3}-[0-9]{3}$")
    golden_ids = {c["sags_id"] for seeds in SEEDS.values() for _, c in seeds}
    for ydelse, cases in built.items():
        prefix = find(ydelse).beskrivelse.id_praefiks
        sent = [c.seed_case["sags_id"] for c in cases]
        assert all(shape.match(s) and s.startswith(prefix + "-") for s in sent), ydelse
        assert len(set(sent)) == len(sent) and not set(sent) & golden_ids
        for c in cases:
            if c.mutation.path != ("sags_id",):
                assert c.case["sags_id"] == c.seed_case["sags_id"]


def test_the_reference_refuses_every_invalid_case():
    records, report = stage("reference")
    assert records == [] and report.accepted == 0 and report.not_judged == 0
    assert report.cases == report.refused > 900 and set(report.ydelser) == set(SEEDS)
    assert set(report.per_kind) == set(KINDS)


def test_a_candidate_that_decides_invalid_cases_is_reported_in_its_class_shrunk():
    records, report = stage("demo")
    assert report.accepted > 0 and records
    ref = open_candidate("reference")
    ref.start()
    demo = open_candidate("demo")
    demo.start()
    for rec in records:
        (dev,) = rec["deviations"]
        assert dev["klasse"] == "accepteret_ugyldigt_input" and dev["klasse_tekst"] == "accepteret ugyldigt input"
        assert dev["alvor"] == load_policy().severity("accepteret_ugyldigt_input", rec["alvor"]) == "A"
        neg = rec["negativ"]
        assert neg["fields_after"] < neg["fields_before"] and neg["shrink_calls"] > 0
        assert len(json.dumps(rec["case"])) < len(json.dumps(neg["original_case"]))
        (mine,) = demo.run([rec["case"]])
        (theirs,) = ref.run([rec["case"]])
        assert mine.kind == "decision" and theirs.kind == "errored", (mine, theirs)   # still offending, still invalid
        assert mine.decision == rec["answer"]


@pytest.fixture
def refuse_all(tmp_path, monkeypatch):
    (tmp_path / "refuses_all.py").write_text(
        "METADATA = {'system': 'afviser-alt', 'version': '1', 'ydelser': ['sygedagpenge', 'kontanthjaelp']}\n"
        "def calculate(case):\n    raise ValueError('sagen afvises')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "python:refuses_all"


def test_a_candidate_that_refuses_everything_passes_the_stage_and_is_still_no_go(refuse_all, built, tmp_path):
    """It declares no law dates, so no case is sent as outside them: it may compute any date."""
    outcome = execute(RunConfig(candidate=refuse_all, out=tmp_path / "r", run_id="x"))
    res = outcome.results
    neg = res["negative"]
    assert neg["enabled"] and neg["cases"] == neg["refused"] > 900 and neg["accepted"] == 0   # the stage: all refused
    # only the benefits it declares: ressourceforløbsydelse is out of scope, and none of its invalid cases is sent
    assert sorted(neg["ydelser"]) == ["kontanthjaelp", "sygedagpenge"] and "ressourceforloebsydelse" in built
    meta = Metadata.from_dict({"system": "afviser-alt", "version": "1", "ydelser": neg["ydelser"]}, refuse_all)
    assert neg["cases"] == sum(len(build_cases(y, SEEDS[y], Checks(y, meta, load_policy()), 2)) for y in neg["ydelser"])
    assert not any("negativ" in c.get("tags", []) for c in res["cases"])
    assert res["gate"]["verdict"] == "NO-GO" and not outcome.go           # the scenarios decide
    assert any("obligatorisk" in r for r in res["gate"]["reasons"])


def test_the_stage_sends_only_the_benefit_named_for_a_candidate_that_declares_none(tmp_path, monkeypatch, built):
    (tmp_path / "declares_none.py").write_text(
        "METADATA = {'system': 'uoplyst', 'version': '1', 'ydelser': []}\n"
        "def calculate(case):\n    raise ValueError('sagen afvises')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    res = execute(RunConfig(candidate="python:declares_none", out=tmp_path / "r", run_id="x",
                            ydelse="kontanthjaelp")).results
    assert res["negative"]["ydelser"] == ["kontanthjaelp"]
    meta = Metadata.from_dict({"system": "uoplyst", "version": "1", "ydelser": []}, "python:declares_none")
    expected = build_cases("kontanthjaelp", SEEDS["kontanthjaelp"], Checks("kontanthjaelp", meta, load_policy()), 2)
    assert res["negative"]["cases"] == res["negative"]["refused"] == len(expected) > 200


@pytest.fixture
def slow_demo(tmp_path, monkeypatch):
    """The demo (which decides some invalid cases) answering each case after a pause."""
    (tmp_path / "slow_demo.py").write_text(
        "import time\nfrom tests.fakes.demo_on_fake import METADATA, calculate as _demo\n"
        "def calculate(case):\n    time.sleep(0.05)\n    return _demo(case)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "python:slow_demo"


def test_a_candidate_slow_on_every_case_makes_the_stage_stop_and_say_so(slow_demo, golden_dir):
    seeds = {"sygedagpenge": [(g.id, g.case) for g in load_goldens(golden_dir)]}
    all_cases = len(build_cases("sygedagpenge", seeds["sygedagpenge"],
                                Checks("sygedagpenge", REFERENCE_META, load_policy()), 2))
    records, report = stage(slow_demo, NegativeConfig(max_seconds=1.0), seeds=seeds)
    # 0.05 s a case: far fewer than all are sent in 1 s, and those left are counted, not lost
    assert 0 < report.cases < all_cases and report.cases + report.not_sent == all_cases
    assert report.not_sent > 0 and f"{report.not_sent} ugyldige sager blev ikke sendt" in report.reason
    assert report.shrink_calls == 0 and all(r["negativ"]["shrink_calls"] == 0 for r in records)   # no time to shrink
    assert report.stage().not_sent == report.not_sent and dump(report.stage())["reason"] == report.reason


def test_every_adapter_kind_carries_the_cases(tmp_path, golden_dir):
    seeds = {"sygedagpenge": [(g.id, g.case) for g in load_goldens(golden_dir)]}
    # cmd: the fake (it refuses what its contract refuses, and cases after the law it knows) in a JSON-lines
    # process: everything refused, the cases years after the known law too (it declares no last day)
    _, report = stage(cmd_spec("jsonl_candidate.py"), seeds=seeds)
    assert report.cases == report.refused > 50 and report.per_kind["uden_for_lovdatoer"]["refused"] > 0
    # python: KSD-demo on the fake: DEMO-7's negative hours decided
    records, report = stage("python:tests.fakes.demo_on_fake", seeds=seeds)
    assert records and {r["negativ"]["art"] for r in records} == {"negativ"}
    # http: the reference behind the contract (422 for each), and a service that answers anything (all decided)
    with BackgroundServer() as server:
        _, report = stage(server.url, seeds=seeds)
        assert report.cases == report.refused > 50
    with BackgroundServer(echo=True) as server:
        records, report = stage(server.url, NegativeConfig(shrink_findings=2), seeds=seeds)
        # every case but those whose `ydelse` is broken: the HTTP path names the benefit, so those cannot be
        # addressed (or go to /v1/<unknown>/…, 404)
        by_ydelse = [c for c in build_cases("sygedagpenge", seeds["sygedagpenge"], Checks(
            "sygedagpenge", Metadata.from_dict(report.metadata, "echo"), load_policy()), 2)
            if c.mutation.path == ("ydelse",)]
        assert by_ydelse and report.accepted == report.cases - len(by_ydelse) and len(records) > 20
        assert {r["negativ"]["art"] for r in records} >= {"negativ", "forkert_type", "mangler_felt", "omvendt_periode"}
        assert sum(r["negativ"]["shrink_calls"] > 0 for r in records) == 2
    # file: a recording is judged where it holds an answer for the negative case's sags_id (the id it is sent with)
    checks = Checks("sygedagpenge", Metadata("rec", "1", ["sygedagpenge"]), load_policy())
    cases = build_cases("sygedagpenge", seeds["sygedagpenge"], checks, 2)
    decided = {c.seed_case["sags_id"] for c in cases if c.mutation.kind == "negativ"}
    refused = {c.seed_case["sags_id"] for c in cases if c.mutation.kind == "mangler_felt"}
    rec = tmp_path / "rec.jsonl"
    lines = [{"metadata": {"system": "rec", "version": "1", "ydelser": ["sygedagpenge"]}}]
    lines += [{"sags_id": i, "decision": {"ydelse": "sygedagpenge"}} for i in sorted(decided)]
    lines += [{"sags_id": i, "errored": True, "message": "afvist"} for i in sorted(refused)]
    rec.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    records, report = stage(f"file:{rec}", seeds=seeds)
    def recorded(ids: set[str]) -> int:     # a case that breaks its own sags_id cannot be looked up
        return len([c for c in cases if c.case.get("sags_id") in ids and c.case["sags_id"] == c.seed_case["sags_id"]])
    assert report.per_kind["negativ"]["accepted"] == recorded(decided) > 0
    assert report.per_kind["mangler_felt"]["refused"] == recorded(refused) > 0
    assert report.per_kind["forkert_type"]["not_judged"] > 0               # not recorded: not judged, not passed
    assert {r["negativ"]["art"] for r in records} == {"negativ"}


def run_cli(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_policy_switches_the_stage_and_the_flag_overrides_it(tmp_path, golden_dir):
    policy = tmp_path / "policy.yaml"
    text = (Path(__file__).resolve().parents[2] / "policies" / "default.yaml").read_text(encoding="utf-8")
    policy.write_text(text.replace("negative_stage: true", "negative_stage: false"), encoding="utf-8")
    base = ("run", "--candidate", "python:tests.fakes.demo_on_fake", "--golden-dir", str(golden_dir),
            "--out", str(tmp_path / "r"), "--policy", str(policy), "--today", "2026-11-23")

    def results(run_id: str, *extra: str) -> dict:
        run_cli(*base, "--run-id", run_id, *extra)
        return json.loads((tmp_path / "r" / run_id / "results.json").read_text(encoding="utf-8"))

    off = results("off")
    assert off["negative"] == {"enabled": False} and not any(c["id"].startswith("NEG-") for c in off["cases"])
    assert "Negativ fase: slået fra." in (tmp_path / "r" / "off" / "summary.md").read_text(encoding="utf-8")
    on = results("on", "--negative")
    assert on["negative"]["enabled"] and any(c["id"].startswith("NEG-") for c in on["cases"])
    summary = (tmp_path / "r" / "on" / "summary.md").read_text(encoding="utf-8")
    front, appendix = summary.split("\n---\n", 1)
    assert "## Bilag K. Negativ fase: ugyldigt input" in appendix and "Bilag K" not in front
    assert f"{on['negative']['accepted']} afgjort ({len(on['negative']['findings'])} fund af klassen accepteret" in appendix
    assert "Accepteret ugyldigt input: " in appendix                                  # its defect, in appendix D
    neg = next(c for c in on["cases"] if c["id"].startswith("NEG-"))
    pack = tmp_path / "r" / "on" / "deviations"
    assert json.loads((pack / f"{neg['id']}.sag.json").read_text(encoding="utf-8")) == neg["case"]
    assert json.loads((pack / f"{neg['id']}.svar.json").read_text(encoding="utf-8")) == neg["answer"]


def test_export_and_send_again(tmp_path):
    out = tmp_path / "fund"
    res = run_cli("negative", "--candidate", "demo", "--ydelse", "sygedagpenge", "--per-key", "1", "--export", str(out))
    assert res.exit_code == 1, res.output
    files = sorted(out.glob("sygedagpenge/NEG-*.json"))
    assert files and "fund eksporteret" in res.output
    doc = json.loads(files[0].read_text(encoding="utf-8"))
    assert doc["forventet"] == "afvist" and doc["art"] == "negativ" and doc["fundet"]["hos"] == "KSD-demo 2.4.0"
    again = run_cli("negative", "--candidate", "reference", "--ydelse", "sygedagpenge", "--per-key", "1",
                    "--corpus", str(out), "--json", str(tmp_path / "r.json"))
    assert again.exit_code == 0, again.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["cases"] == report["refused"] and report["findings"] == []
    demo = run_cli("negative", "--candidate", "demo", "--ydelse", "sygedagpenge", "--per-key", "1",
                   "--corpus", str(out), "--json", str(tmp_path / "d.json"))
    found = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["findings"]
    assert demo.exit_code == 1 and {f"{p.stem}-K" for p in files} <= set(found)
    (out / "sygedagpenge" / "broken.json").write_text("{\"art\": \"nonsense\"}", encoding="utf-8")
    bad = CliRunner().invoke(app, ["negative", "--candidate", "reference", "--corpus", str(out)])
    assert bad.exit_code == 2 and "broken.json" in bad.output


def test_plausibility_rules_name_the_field():
    regler = find("sygedagpenge").plausibilitet
    case = {"fravaer": {"foerste_fravaersdag": "2024-03-01", "sidste_fravaersdag": "2024-02-29"},
            "tidligere_sygeperioder": [{"fra": "2023-01-01", "til": "2023-01-10"}, {"fra": "2023-05-02", "til": "2024-03-01"}],
            "beskaeftigelse_seneste_6_maaneder": [{"maaned": "2023-12"}, {"maaned": "2024-01"}, {"maaned": "2023-12"}]}
    found = dict(problems(regler, case))
    assert set(found) == {"fravaer/sidste_fravaersdag", "fravaer/foerste_fravaersdag", "beskaeftigelse_seneste_6_maaneder/2/maaned"}
    assert "tidligere_sygeperioder/1/til" in found["fravaer/foerste_fravaersdag"]      # strictly before: the same day breaks it
    case["fravaer"]["sidste_fravaersdag"] = "2024-03-01"
    case["tidligere_sygeperioder"].pop()
    case["beskaeftigelse_seneste_6_maaneder"].pop()
    assert problems(regler, case) == []


def test_a_candidate_that_dies_on_invalid_cases_refuses_none_of_them(golden_dir):
    """An answer is a refusal only when the candidate gives it. A JSON-lines process that exits while computing a
    case, hangs or babbles gives a `fault` (adapters), and the stage counts such cases as `failed`, not `refused`;
    the same process answering an error message refuses."""
    from harness.adapters_api import Candidate, Result
    seeds = {"sygedagpenge": [(g.id, g.case) for g in load_goldens(golden_dir)[:1]]}
    case = dict(seeds["sygedagpenge"][0][1], sags_id="DOER")
    invalid = dict(case, sags_id="AFVIST", status="ukendt")
    cand = open_candidate(cmd_spec("jsonl_candidate.py", "--crash", "DOER", "--garbage", "SLUDDER"), timeout=10)
    cand.start()
    try:
        died, refused, babbled = cand.run([case, invalid, dict(case, sags_id="SLUDDER")])
    finally:
        cand.stop()
    assert died.kind == "errored" and died.fault and "exited" in died.reason
    assert babbled.kind == "errored" and babbled.fault
    assert refused.kind == "errored" and not refused.fault

    class Dies(Candidate):
        def start(self):
            return Metadata("dør", "1", ["sygedagpenge"])

        def run(self, cases):
            return [Result.failed("the candidate process exited (code 3) while computing the case") for _ in cases]
    dies = Dies()
    _, report = run_stage(dies, dies.start(), load_policy(), seeds)
    assert report.cases > 20 and report.refused == report.accepted == 0
    assert report.failed == report.not_judged == report.cases and report.stage().failed == report.cases
