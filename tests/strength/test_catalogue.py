"""The mutation catalogue: on a package small enough to list every seeded defect by hand (conftest.py), exactly those
mutants; on the bundled benefits, every mutant applies to a copy, changes it, compiles, and leaves the tree alone."""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from harness.strength.catalogue import OPERATORS, catalogue
from harness.strength.mutant import ParamEdit, TextEdit, apply_edits, materialise


def _by(cat, operator):
    return sorted((m for m in cat.mutants if m.operator == operator), key=lambda m: (m.efter, m.foer))


def test_every_dated_parameter_value_gets_its_previous_value_a_unit_either_way_and_a_day_either_way(prove):
    cat = catalogue(prove)
    seen = {(m.operator, m.parameter, e.index, e.felt, str(e.vaerdi))
            for m in cat.mutants if m.parameter for e in m.edits if isinstance(e, ParamEdit)}
    assert seen == {
        ("parameter_plus", "styrke.graense", 0, "vaerdi", "11"), ("parameter_minus", "styrke.graense", 0, "vaerdi", "9"),
        ("parameter_forrige", "styrke.graense", 1, "vaerdi", "10"), ("parameter_plus", "styrke.graense", 1, "vaerdi", "13"),
        ("parameter_minus", "styrke.graense", 1, "vaerdi", "11"),
        ("parameter_tidligere", "styrke.graense", 1, "valid_from", "2024-12-31"),
        ("parameter_senere", "styrke.graense", 1, "valid_from", "2025-01-02"),
        ("parameter_plus", "styrke.andel", 0, "vaerdi", "0.26"), ("parameter_minus", "styrke.andel", 0, "vaerdi", "0.24"),
        ("parameter_plus", "styrke.minimum", 0, "vaerdi", "5"), ("parameter_minus", "styrke.minimum", 0, "vaerdi", "3"),
    }
    for m in cat.mutants:
        if m.parameter:   # the § is the parameter's; the rule is the step that reads it (none reads andel, minimum)
            assert m.hjemmel.startswith("prøveloven § 3, stk."), m
            assert m.regel == ("STY-1" if m.parameter == "styrke.graense" else None), m


def test_a_value_that_only_applies_before_the_reference_s_first_day_is_equivalent_by_construction(prove, tmp_path):
    """LOVDATOER start 2020-01-01: a value in force 2015-2019 reaches no case in scope, nor does moving the start of
    the 2020 value a day earlier (the day between the two starts is in 2019); its other mutants are run."""
    from harness.strength.engine import AEKVIVALENT, Settings, run_mutants
    (prove.parametre_dir / "gammel.yaml").write_text(
        'parametre:\n  styrke.gammel:\n    hjemmel: "prøveloven § 4"\n    enhed: "dage"\n    vaerdier:\n'
        '      - {valid_from: 2015-01-01, vaerdi: "7", kilde: "test", status: confirmed}\n'
        '      - {valid_from: 2020-01-01, vaerdi: "8", kilde: "test", status: confirmed}\n', encoding="utf-8")
    cat = catalogue(prove)
    old = {(m.operator, m.efter) for m in cat.mutants if m.parameter == "styrke.gammel" and m.udenfor}
    # moving the 2020 start to 2019-12-31 changes only 2019-12-31; to 2020-01-02 changes 2020-01-01, in scope
    assert old == {("parameter_plus", "styrke.gammel fra 2015-01-01: 8"), ("parameter_minus", "styrke.gammel fra 2015-01-01: 6"),
                   ("parameter_tidligere", "styrke.gammel = 8 fra 2019-12-31")}
    ran = {m.operator for m in cat.mutants if m.parameter == "styrke.gammel" and not m.udenfor}
    assert ran == {"parameter_forrige", "parameter_plus", "parameter_minus", "parameter_senere"}
    m = next(m for m in cat.mutants if m.udenfor)
    out = run_mutants(prove, [m], Settings(golden_dir=tmp_path / "ingen", fuzz=None, bulk=0, workers=1))
    assert out[m.id].status == AEKVIVALENT and out[m.id].stadie == "katalog" and "2020-01-01" in out[m.id].besked


def test_thresholds_dates_rules_neighbours_and_interpretations(prove):
    cat = catalogue(prove)
    assert [m.efter for m in _by(cat, "taerskel")] == ['ok = (case[\'x\'] > graense.vaerdi)']
    assert [m.efter for m in _by(cat, "dato_plus")] == [
        'frist = (day + dt.timedelta(days=14) + __import__("datetime").timedelta(days=1))']
    assert [m.efter for m in _by(cat, "dato_minus")] == [
        'frist = (day + dt.timedelta(days=14) - __import__("datetime").timedelta(days=1))']
    assert sorted(m.efter for m in _by(cat, "regel_fra")) == ["elif False:", "if False:"]
    # the timedelta neighbour of the same kind of quantity (timer, not andel)
    assert [m.efter for m in _by(cat, "parameter_nabo")] == ["graense = P.at('styrke.minimum', day)"]
    # each branch of the chain with its neighbour's body, both ways: 1<-2, 2<-1, 2<-3, 3<-2
    nabo = Counter((m.foer, m.efter) for m in _by(cat, "regel_nabo"))
    assert nabo == Counter({("tillaeg = 1", "tillaeg = 2"): 1, ("tillaeg = 2", "tillaeg = 1"): 1,
                            ("tillaeg = 2", "tillaeg = 0"): 1, ("tillaeg = 0", "tillaeg = 2"): 1})
    [alt] = _by(cat, "fortolkning")
    assert alt.fortolkning == "FT-STY-1" and alt.hjemmel == "prøveloven § 3, stk. 4" and alt.efter.endswith("days=15)")
    assert cat.uden_alternativ == ["FT-STY-2"] and cat.problems == []
    assert Counter(m.art for m in cat.mutants)["juridisk"] == 22


def test_the_syntactic_pass_and_what_is_not_law(prove):
    cat = catalogue(prove)
    syn = Counter(m.operator for m in cat.mutants if m.art == "syntaktisk")
    # == twice (-> !=), >= (-> >); 14, 1, 2, 0 and the 1 of parents[1], each +1 and -1; one + -> -
    assert syn == Counter({"ast_sammenligning": 3, "ast_konstant": 10, "ast_aritmetik": 1})
    [twin] = [m for m in cat.mutants if m.samme_som]
    assert twin.operator == "ast_sammenligning" and twin.samme_som == _by(cat, "taerskel")[0].id
    # nothing from the explanation's details (`case["x"] > 0` in the lambda), the case check or the error message
    for m in cat.mutants:
        assert "> 0" not in m.foer and "not in case" not in m.foer and "expected x" not in m.foer, m


def test_a_stale_alternative_is_reported_not_skipped(prove):
    path = prove.fortolkninger_path
    path.write_text(path.read_text(encoding="utf-8").replace("days=14)\"\n        til", "days=99)\"\n        til"),
                    encoding="utf-8")
    cat = catalogue(prove)
    assert not _by(cat, "fortolkning")
    [problem] = cat.problems
    assert "FT-STY-1" in problem and "findes 0 gange" in problem


def test_ids_are_stable_and_unique(prove):
    first, again = catalogue(prove), catalogue(prove)
    assert [m.id for m in first.mutants] == [m.id for m in again.mutants]
    assert len({m.id for m in first.mutants}) == len(first.mutants)
    assert all(m.id.startswith("STY-M-") for m in first.mutants)
    assert set(Counter(m.operator for m in first.mutants)) <= set(OPERATORS)


def _tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(p.relative_to(folder).as_posix().encode() + p.read_bytes())
    return h.hexdigest()


def test_a_mutant_is_made_in_a_copy_imported_under_its_own_name(prove, tmp_path):
    before = _tree_digest(prove.folder)
    cat = catalogue(prove)
    [m] = _by(cat, "taerskel")
    module = materialise(prove.pakke, prove.folder, m, tmp_path / "mutant", "_styrke_mutant_a")
    assert Path(module.__file__).is_relative_to(tmp_path / "mutant")
    case = {"x": 10, "dag": "2024-03-01", "art": "a"}
    assert module.calculate(case)["ok"] is False          # 10 > 10 is false: the mutant
    assert prove.calculate(case)["ok"] is True             # 10 >= 10: the reference, untouched, beside it
    assert _tree_digest(prove.folder) == before


@pytest.mark.parametrize("navn", ["sygedagpenge", "kontanthjaelp"])
def test_every_mutant_of_a_bundled_benefit_applies_and_changes_its_copy(navn, tmp_path):
    """Each edit applies to a fresh copy of the files it names, changes them, and a mutated module still compiles."""
    from harness.contract.ydelse import find
    y = find(navn)
    cat = catalogue(y)
    assert cat.problems == []
    assert {m.operator for m in cat.mutants} >= {"parameter_plus", "parameter_forrige", "taerskel", "dato_plus",
                                                 "regel_fra", "regel_nabo", "parameter_nabo", "fortolkning",
                                                 "ast_sammenligning", "ast_konstant"}
    labelled = [m for m in cat.mutants if m.art == "juridisk" and m.hjemmel and "§" in m.hjemmel]
    assert len(labelled) >= 0.95 * sum(1 for m in cat.mutants if m.art == "juridisk")
    originals = {p.relative_to(y.folder).as_posix(): p.read_bytes() for p in y.folder.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
    for m in cat.unique():
        files = {e.fil for e in m.edits}
        copy = tmp_path / m.id
        for rel in files:
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            (copy / rel).write_bytes(originals[rel])
        apply_edits(copy, m.edits)
        for rel in files:
            changed = (copy / rel).read_bytes()
            assert changed != originals[rel], m
            if rel.endswith(".py") and any(isinstance(e, TextEdit) for e in m.edits):
                compile(changed, rel, "exec")
    assert {p.relative_to(y.folder).as_posix(): p.read_bytes() for p in y.folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts} == originals


def test_a_helper_only_the_case_check_calls_is_a_case_check_too(tmp_path):
    """`_kontrol`, called only from `parse`, guards the contract and is not mutated; `_faelles`, called from `parse`
    and from a rule, is law."""
    import ast

    from harness.strength.source import SourceFile
    (tmp_path / "m.py").write_text(
        "def parse(c):\n    return _kontrol(c) + _faelles(c)\n\n\n"
        "def _kontrol(c):\n    return [1] if c['a'] < 0 else []\n\n\n"
        "def _faelles(c):\n    return [1] if c['b'] < 0 else []\n\n\n"
        "def calculate(c):\n    return _faelles(c)\n", encoding="utf-8")
    f = SourceFile.read(tmp_path, "m.py")
    compares = {ast.unparse(n): id(n) in f.excluded for n in ast.walk(f.tree) if isinstance(n, ast.Compare)}
    assert compares == {"c['a'] < 0": True, "c['b'] < 0": False}
