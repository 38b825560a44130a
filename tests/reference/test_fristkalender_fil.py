"""reference/fristkalendere.yaml is read through the strict loader: an edit that breaks it stops the run naming the
file, the line and the field (red team round 9 found it read with a bare yaml.safe_load, so `valgt: nope` or a
date 02-30 came out as `KeyError: 'nope'` against every golden, the file never named)."""
from __future__ import annotations

from pathlib import Path

import pytest

from harness.config_files import ConfigError
from harness.ydelser.sygedagpenge.reference import fristkalender

SHIPPED = fristkalender.DATA.read_text(encoding="utf-8")


def _written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "fristkalendere.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        fristkalender.valgt(path)
    assert caught.value.path == path
    return caught.value.problems


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_shipped_file_reads_as_before(tmp_path):
    k = fristkalender.valgt(_written(tmp_path, SHIPPED))
    assert k.navn == "foraeldelsesloven" and k.faste_datoer == ((6, 5), (12, 24), (12, 31))
    assert fristkalender.kalendere(_written(tmp_path, SHIPPED))["bankdage"].dage_efter_helligdag == \
        (("Kristi himmelfartsdag", 1),)


def test_a_chosen_calendar_that_is_not_there(tmp_path):
    text = SHIPPED.replace("valgt: foraeldelsesloven", "valgt: nope")
    assert _problems(_written(tmp_path, text)) == [
        f"line {_line(text, 'valgt: nope')}, valgt: expected one of the calendars below (foraeldelsesloven, bankdage, "
        "helligdage), got 'nope'"]


@pytest.mark.parametrize("day", ["02-30", "02-29", "13-01", "00-10"])
def test_a_closing_day_that_not_every_year_has(tmp_path, day):
    text = SHIPPED.replace('faste_datoer: ["06-05", "12-24", "12-31"]', f'faste_datoer: ["06-05", "{day}", "12-31"]', 1)
    problems = _problems(_written(tmp_path, text))
    assert problems == [f"line {_line(text, day)}, kalendere.foraeldelsesloven.faste_datoer[1]: expected a day every "
                        f"year has (MM-DD), got '{day}'"]


def test_a_holiday_the_calendar_does_not_know(tmp_path):
    text = SHIPPED.replace('helligdag: "Kristi himmelfartsdag"', 'helligdag: "Kristi Himmelfart"')
    [problem] = _problems(_written(tmp_path, text))
    assert problem.startswith(f"line {_line(text, 'Kristi Himmelfart')}, "
                              "kalendere.bankdage.dage_efter_helligdag[0].helligdag: expected the name of a Danish "
                              "holiday, one of ")
    assert "Kristi himmelfartsdag" in problem and problem.endswith("got 'Kristi Himmelfart'")


def test_not_yaml(tmp_path):
    [problem] = _problems(_written(tmp_path, "valgt: [\n"))
    assert "not valid YAML" in problem and problem.startswith("line ")
