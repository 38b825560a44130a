"""The strength engine end to end on a copy of the toy benefit (tests/toy_benefit) with two made-up rules added that
its one scenario does not reach: real forked worker processes, the real run, fuzz stage and bulk comparison."""
from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pytest

from harness.contract import ydelse as registry
from harness.strength.catalogue import catalogue
from harness.strength.engine import (
    AEKVIVALENT,
    DRAEBT_FUZZ,
    DRAEBT_SCENARIER,
    OVERLEVER,
    Settings,
    check_null,
    measure_reach,
    run_mutants,
)
from harness.strength.mutant import Mutant, TextEdit, sha256_bytes

TOY = Path(__file__).resolve().parents[1] / "toy_benefit"
REPO_KEY = Path(__file__).resolve().parents[2] / "keys" / "projekt_ed25519"
ORIGINAL = "        beloeb = max(Decimal(0), sats.vaerdi - (Decimal(m[\"indtaegt\"]) * andel.vaerdi).quantize(ORE, ROUND_HALF_UP))\n"
# Two made-up rules (prøveloven § 2, stk. 3-4): an income under 100 kr. is disregarded (the scenario's incomes are
# 300 and 2.500 kr.: never applied there; the generators draw incomes 0-4.000: often); from 2030 the whole income
# is deducted (the generators draw months to 2029 only: never applied anywhere).
RULES = """        indtaegt = Decimal(m["indtaegt"])
        if indtaegt < 100:
            indtaegt = Decimal(0)
        if day.year >= 2030:
            indtaegt = indtaegt * 2
        beloeb = max(Decimal(0), sats.vaerdi - (indtaegt * andel.vaerdi).quantize(ORE, ROUND_HALF_UP))
"""
ALTERNATIVE = """  alternativ:
    fortolkning: "Halve øre rundes til lige."
    patch:
      - fil: reference/__init__.py
        fra: "quantize(ORE, ROUND_HALF_UP))"
        til: "quantize(ORE, \\"ROUND_HALF_EVEN\\"))"
"""


def _clear() -> None:
    from harness.contract import schemas
    from harness.golden import diff
    from harness.toolkit import fortolkninger
    for fn in (registry.alle, schemas._registry, schemas.validator, fortolkninger.register, diff.labels):
        fn.cache_clear()


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(p.relative_to(folder).as_posix().encode() + p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    """The toy benefit copied, with the two rules and an interpretation alternative; its goldens approved."""
    root = tmp_path_factory.mktemp("toy")
    shutil.copytree(TOY, root / "toy", ignore=shutil.ignore_patterns("__pycache__"))
    ref = root / "toy" / "proeveydelse" / "reference" / "__init__.py"
    text = ref.read_text(encoding="utf-8")
    assert ORIGINAL in text
    ref.write_text(text.replace(ORIGINAL, RULES), encoding="utf-8")
    reg = root / "toy" / "proeveydelse" / "fortolkninger.yaml"
    reg.write_text(reg.read_text(encoding="utf-8").rstrip("\n") + "\n" + ALTERNATIVE, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.syspath_prepend(str(root / "toy"))
    _clear()
    from harness.authoring import golden as workflow
    golden_dir = root / "golden"
    scenarios = root / "toy" / "scenarios"
    workflow.update(golden_root=golden_dir, scenario_root=scenarios, ydelse="proeveydelse", root=root / "toy")
    from harness.golden.signing import load_approvers
    from tests.suite import project_key
    workflow.approve(["PRV-002-001"], by="Test", reason="toy benefit", key=project_key(), approvers=load_approvers(),
                     golden_root=golden_dir, scenario_root=scenarios, ydelse="proeveydelse", kilde="haandberegnet")
    yield registry.find("proeveydelse"), golden_dir
    mp.undo()
    for name in [m for m in sys.modules if m == "proeveydelse" or m.startswith("proeveydelse.")]:
        del sys.modules[name]
    _clear()


def _one(cat, operator, foer_contains):
    [m] = [m for m in cat.unique() if m.operator == operator and foer_contains in m.foer]
    return m


def test_killed_survivor_with_witness_equivalent_and_not_examined(toy):
    y, golden_dir = toy
    before = _digest(y.folder)
    settings = Settings(golden_dir=golden_dir, fuzz=None, bulk=400, seed=3, workers=2)
    check_null(y, settings)
    cat = catalogue(y)
    sats_plus = next(m for m in cat.unique() if m.operator == "parameter_plus" and m.parameter == "proeveydelse.sats")
    under_100 = _one(cat, "regel_fra", "if indtaegt < 100:")
    from_2030 = _one(cat, "regel_fra", "if day.year >= 2030:")
    [rounding] = [m for m in cat.unique() if m.operator == "fortolkning"]
    reach = measure_reach(y, settings)
    out = run_mutants(y, [sats_plus, under_100, from_2030, rounding], settings, reach=reach)

    killed = out[sats_plus.id]        # 1.001,00 - 150,00 = 851,00 where the golden says 850,00
    assert killed.status == DRAEBT_SCENARIER and killed.scenarier == ["PRV-002-001"] and "forkert_beloeb" in killed.klasser

    survivor = out[under_100.id]      # the scenario never has an income under 100 kr.; the bulk sample does
    assert survivor.status == OVERLEVER and survivor.bulk["naaet"] and survivor.bulk["forskelle"] > 0, survivor.to_dict()
    witness = survivor.bulk["vidner"][0]
    case = y.generators.bulk_case(witness["n"], witness["seed"])
    assert any(0 < float(m["indtaegt"]) < 100 for m in case["maaneder"])     # the witness is such a case

    unreached = out[from_2030.id]     # no generated month is in 2030: no difference, but equivalence is not shown
    assert unreached.status == OVERLEVER and unreached.bulk["forskelle"] == 0 and unreached.bulk["naaet"] is False

    equivalent = out[rounding.id]     # whole-krone incomes halved never end in half an øre
    assert equivalent.status == AEKVIVALENT and equivalent.bulk["sammenlignet"] == 400 and equivalent.bulk["naaet"]
    assert _digest(y.folder) == before


def test_the_fuzz_stage_kills_what_the_scenarios_miss(toy):
    y, golden_dir = toy
    cat = catalogue(y)
    under_100 = _one(cat, "regel_fra", "if indtaegt < 100:")
    out = run_mutants(y, [under_100], Settings(golden_dir=golden_dir, fuzz="ci", fuzz_examples=200, bulk=0, workers=1))
    o = out[under_100.id]
    assert o.status == DRAEBT_FUZZ and o.fuzz["fund"] and o.fuzz["eksempler"] > 0


def test_a_mutant_that_hangs_is_stopped_and_counts_as_caught(toy):
    y, golden_dir = toy
    rel = "reference/__init__.py"
    data = (y.folder / rel).read_bytes()
    anchor = b"    rows, total = [], Decimal(0)\n"
    start = data.index(anchor) + len(anchor)
    hang = Mutant("PRV-M-haenger", y.navn, "juridisk", "regel_fra", "hænger", rel, None, None, None, None, "", "",
                  (TextEdit(rel, start, start, b"    while True:\n        pass\n", sha256_bytes(data)),))
    out = run_mutants(y, [hang], Settings(golden_dir=golden_dir, fuzz=None, bulk=0, workers=1),
                      timeouts={"scenarier": 3.0, "fuzz": 3.0, "bulk": 3.0})
    o = out[hang.id]
    assert o.status == DRAEBT_SCENARIER and o.timeout and o.klasser == ["fejl_timeout"]


def test_a_mutant_made_from_a_changed_file_is_an_error_not_a_result(toy):
    y, golden_dir = toy
    rel = "reference/__init__.py"
    stale = Mutant("PRV-M-forældet", y.navn, "juridisk", "taerskel", "forældet", rel, None, None, None, None, "", "",
                   (TextEdit(rel, 0, 0, b"# x\n", "0" * 64),))
    o = run_mutants(y, [stale], Settings(golden_dir=golden_dir, fuzz=None, bulk=0, workers=1))[stale.id]
    assert o.status == "fejl" and "changed since the mutation catalogue" in o.besked


def test_the_command_measures_stores_and_the_run_states_it(toy, tmp_path):
    """`ydelsestjek styrke --gem` on the toy copy: the whole catalogue measured, the report written, STYRKE.json stored
    and current (--status), and a run's evidence pack stating it."""
    from typer.testing import CliRunner

    from harness.cli import app
    from harness.golden import strength as stored
    from harness.runner import RunConfig, execute
    y, golden_dir = toy
    runner = CliRunner()
    res = runner.invoke(app, ["styrke", "--ydelse", "proeveydelse", "--golden-dir", str(golden_dir), "--fuzz", "nej",
                              "--bulk", "300", "--workers", "2", "--out", str(tmp_path), "--gem",
                              "--key", str(REPO_KEY)])
    assert res.exit_code == 0, res.output
    [report_dir] = (tmp_path / "styrke").iterdir()
    assert {p.name for p in report_dir.iterdir()} == {"styrke.json", "mutanter.jsonl", "styrke.md"}
    doc = stored.load(golden_dir)
    sec = doc["ydelser"]["proeveydelse"]
    n = len(catalogue(y).mutants)
    assert sec["juridisk"]["i_alt"] + sec["syntaktisk"]["i_alt"] == n
    assert sum(1 for _ in (report_dir / "mutanter.jsonl").open(encoding="utf-8")) == n
    assert any("if indtaegt < 100" in s["foer"] for s in sec["overlevende"])       # the rule no scenario reaches
    assert runner.invoke(app, ["styrke", "--status", "--golden-dir", str(golden_dir), "--ydelse", "proeveydelse"]).exit_code == 0
    run = execute(RunConfig(candidate="reference", golden_dir=golden_dir, out=tmp_path / "runs", run_id="r"))
    assert run.results["styrke"]["ydelser"]["proeveydelse"]["status"] == "gyldig"
    assert "Styrke: Bænken fanger" in (run.run_dir / "summary.md").read_text(encoding="utf-8").split("\n---\n")[0]


def test_a_golden_set_that_fails_its_check_is_refused_before_any_mutant_runs(toy, tmp_path):
    """The set is verified once, in the parent, for every mutant: an edited golden stops the measurement with the
    file named (exit 2), never a traceback and never a figure measured on it."""
    from typer.testing import CliRunner

    from harness.cli import app
    _, golden_dir = toy
    edited = tmp_path / "golden"
    shutil.copytree(golden_dir, edited)
    [target] = sorted((edited / "proeveydelse").glob("*.json"))[:1]
    target.write_text(target.read_text(encoding="utf-8").replace('"haandberegnet"', '"fuzz"', 1), encoding="utf-8")
    res = CliRunner().invoke(app, ["styrke", "--ydelse", "proeveydelse", "--golden-dir", str(edited), "--fuzz", "nej",
                                   "--bulk", "0", "--workers", "1", "--out", str(tmp_path / "out")])
    assert res.exit_code == 2, res.output
    assert "integrity check" in res.output and target.name in res.output
    assert "Traceback" not in res.output
    assert not (tmp_path / "out" / "styrke").exists() or not any((tmp_path / "out" / "styrke").iterdir())
