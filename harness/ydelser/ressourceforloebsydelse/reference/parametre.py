"""The ressourceforløbsydelse parameters (../parametre/*.yaml, loaded by the shared harness.toolkit.parametre).

A parameter is named `ressourceforloebsydelse.<family>.<key>`. A month whose value is not known is out of scope:
the reference refuses to guess."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from harness.toolkit.parametre import Value, load

MAPPE = str(Path(__file__).parents[1] / "parametre")


def alle():
    return load(MAPPE)


def at(navn: str, dato: dt.date) -> Value:
    """The value in force on the date; OutOfScope (from the toolkit) when none is known."""
    return alle().at(f"ressourceforloebsydelse.{navn}", dato)
