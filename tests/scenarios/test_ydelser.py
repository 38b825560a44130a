"""A benefit is a folder: the machinery reads its id form, § tags, areas and grammar from ydelse.yaml and names no
benefit itself (issue 7: "Nothing in the machinery may learn the word 'kontanthjælp'")."""
from __future__ import annotations

from pathlib import Path

import pytest

from harness.scenarios import features, lint, ydelser

ROOT = Path(__file__).resolve().parents[2]
MACHINERY = [*sorted((ROOT / "harness" / "scenarios").glob("*.py")), *sorted((ROOT / "harness" / "golden").glob("*.py")),
             *sorted((ROOT / "harness" / "compare").glob("*.py"))]
# A benefit's own step table and its pytest-bdd bindings are its data, not machinery.
BENEFIT_MODULES = {"grammar.py", "grammar_kontanthjaelp.py", "steps_kontanthjaelp.py"}


@pytest.mark.parametrize("path", [p for p in MACHINERY if p.name not in BENEFIT_MODULES], ids=lambda p: p.name)
def test_the_machinery_does_not_name_kontanthjaelp(path):
    text = path.read_text(encoding="utf-8").lower()
    assert "kontanthj" not in text


def test_both_benefit_folders_are_found():
    assert {"sygedagpenge", "kontanthjaelp"} <= set(ydelser.alle())
    kh = ydelser.ydelse("kontanthjaelp")
    assert kh.id_re.match("KH-025b-001") and not kh.id_re.match("SDP-025-001")
    assert dict(kh.paragraf_tags)["akl"] == "aktivloven"


FEATURE = """# language: da
@tyl-5-stk-2 @alvor:B
Egenskab: Prøve
  @id:TY-005-001
  Scenarie: Et
    Givet en enlig ansøger født 1980-05-05
    Når sagen afgøres for 2024-05
    Så udbetales 12.326,00 kr. for 2024-05
"""


def test_a_new_benefit_folder_needs_no_code(tmp_path):
    folder = tmp_path / "proeveydelse"
    folder.mkdir()
    (folder / "ydelse.yaml").write_text("grammatik: harness.scenarios.grammar_kontanthjaelp\nid_praefiks: TY\n"
                                        "paragraf_tags: {tyl: prøveloven}\nomraader: [omraade]\n", encoding="utf-8")
    (folder / "omraade.feature").write_text(FEATURE, encoding="utf-8")
    assert ydelser.alle(tmp_path) == ["proeveydelse"]
    assert lint.lint_alle(tmp_path) == []
    [inst] = features.load_all_instances(tmp_path)
    assert inst.hjemmel == ["prøveloven § 5, stk. 2"] and inst.id == "TY-005-001"
    assert inst.build_case()["maaneder"] == [{"maaned": "2024-05"}]
    (folder / "ydelse.yaml").write_text("grammatik: x\n", encoding="utf-8")
    ydelser._cached.cache_clear()
    assert any("id_praefiks" in p for p in lint.lint_alle(tmp_path))
    ydelser._cached.cache_clear()
