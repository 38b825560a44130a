"""The lint passes on the real scenarios and catches each defect it exists for (on small bad files)."""
from __future__ import annotations

from pathlib import Path

import pytest

from harness.scenarios import features, lint

GOOD = """# language: da
@sdl-30
Egenskab: Test
  @id:SDP-030-901 @alvor:A
  Scenarie: Et
    Givet en lønmodtager ansat siden 2023-01-01
    Og første fraværsdag er 2024-04-01
    Når sagen afgøres
    Så har borgeren ret til sygedagpenge fra arbejdsgiveren
"""


def write(tmp_path: Path, text: str, name: str = "arbejdsgiverperiode.feature") -> Path:
    path = tmp_path / "sygedagpenge" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_real_scenarios_are_clean():
    assert lint.lint_ydelse("sygedagpenge") == []
    assert lint.lint_alle() == []


def test_kontanthjaelp_has_every_legal_area_and_at_least_60_scenarios():
    from harness.scenarios import ydelser
    instances = features.load_instances("kontanthjaelp")
    assert {i.omraade for i in instances} == set(ydelser.ydelse("kontanthjaelp").omraader)
    assert len(instances) >= 60
    assert all(i.hjemmel and all(h.startswith(("aktivloven §", "forvaltningsloven §")) for h in i.hjemmel)
               for i in instances)


def test_a_kontanthjaelp_file_is_linted_with_its_own_id_form_and_tags(tmp_path):
    good = ("# language: da\n@akl-25 @alvor:A\nEgenskab: T\n  @id:KH-025-901\n  Scenarie: Et\n"
            "    Givet en enlig ansøger født 1980-05-05\n    Når sagen afgøres for 2024-05\n"
            "    Så udbetales 12.326,00 kr. for 2024-05\n")
    path = tmp_path / "kontanthjaelp" / "satser_foer_2025.feature"
    path.parent.mkdir()
    path.write_text(good, encoding="utf-8")
    assert lint.lint([path]) == []
    path.write_text(good.replace("KH-025-901", "SDP-025-901").replace("@akl-25 ", "@sdl-25 "), encoding="utf-8")
    problems = lint.lint([path])
    assert any("har ikke formen KH-" in p for p in problems) and any("mangler en §-tag (fx @akl-30)" in p
                                                                      for p in problems)


def test_every_legal_area_has_a_feature_file_and_there_are_at_least_120_scenarios():
    from harness.scenarios import ydelser
    instances = features.load_instances("sygedagpenge")
    assert {i.omraade for i in instances} == set(ydelser.ydelse("sygedagpenge").omraader)
    assert len(instances) >= 120


def test_good_file_is_clean(tmp_path):
    assert lint.lint([write(tmp_path, GOOD)]) == []


@pytest.mark.parametrize("bad, expected", [
    (GOOD.replace("# language: da\n", ""), "første linje skal være '# language: da'"),
    (GOOD.replace("Givet en lønmodtager ansat siden", "Givet en lønmodtager ansat fra"), "intet Givet-trin"),
    (GOOD.replace("Så har borgeren ret", "Så har borgeren måske ret"), "intet Så-trin"),
    (GOOD.replace("@id:SDP-030-901 ", ""), "mangler et id"),
    (GOOD.replace("@id:SDP-030-901", "@id:SDP-30-1"), "har ikke formen SDP-"),
    (GOOD.replace("@alvor:A", "@alvor:D"), "ukendt alvor 'D'"),
    (GOOD.replace(" @alvor:A", ""), "præcis én alvor-tag"),
    (GOOD.replace("@sdl-30\n", "\n"), "mangler en §-tag"),
    (GOOD.replace("    Når sagen afgøres\n", ""), "præcis ét Når-trin"),
    (GOOD + "\n  Scenarieskabelon: To\n    Givet første fraværsdag er <d>\n", "'Scenarieskabelon' er ikke"),
])
def test_lint_catches(tmp_path, bad, expected):
    problems = lint.lint([write(tmp_path, bad)])
    assert any(expected in p for p in problems), problems


def test_duplicated_id_across_files(tmp_path):
    a = write(tmp_path, GOOD, "arbejdsgiverperiode.feature")
    b = write(tmp_path, GOOD.replace("Scenarie: Et", "Scenarie: To"), "refusion.feature")
    problems = lint.lint([a, b])
    assert any("'SDP-030-901' er brugt før" in p for p in problems), problems


OUTLINE = """# language: da
@sdl-30
Egenskab: Test
  @alvor:B
  Abstrakt Scenario: Rækker
    Givet første fraværsdag er <dag>
    Når sagen afgøres
    Så betaler kommunen sygedagpenge fra <dag>

    Eksempler:
      | id          | dag        |
      | SDP-030-901 | 2024-04-01 |
      | SDP-030-902 | 2024-04-02 |
"""


def test_outline_rows_each_have_their_own_id(tmp_path):
    path = write(tmp_path, OUTLINE)
    assert lint.lint([path]) == []
    assert [i.id for i in features.parse_feature(path)[1]] == ["SDP-030-901", "SDP-030-902"]


def test_outline_row_without_id_and_duplicate_row_id(tmp_path):
    no_column = OUTLINE.replace("| id          | dag        |", "| nr          | dag        |")
    assert any("mangler et id" in p for p in lint.lint([write(tmp_path, no_column)]))
    dup = OUTLINE.replace("SDP-030-902", "SDP-030-901")
    assert any("er brugt før" in p for p in lint.lint([write(tmp_path, dup)]))


def test_outline_with_both_tag_and_column_is_ambiguous(tmp_path):
    both = OUTLINE.replace("  @alvor:B\n", "  @alvor:B @id:SDP-030-900\n")
    assert any("flere id'er" in p for p in lint.lint([write(tmp_path, both)]))


def test_colon_tags_on_eksempler_are_refused(tmp_path):
    tagged = OUTLINE.replace("    Eksempler:", "    @alvor:C\n    Eksempler:")
    assert any("på Eksempler er ikke tilladt" in p for p in lint.lint([write(tmp_path, tagged)]))


def test_unknown_legal_area(tmp_path):
    assert any("ukendt retsområde" in p for p in lint.lint([write(tmp_path, GOOD, "diverse.feature")]))
