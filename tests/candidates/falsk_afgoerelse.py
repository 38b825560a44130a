"""A candidate whose name tries to print a verdict on the terminal (python:tests.candidates.falsk_afgoerelse): it
computes 10 % too little, and says it is "Afgørelse: GO". The terminal must show its name as its own words."""
from tests.candidates.huskeren import _cut
from tests.fakes.fake_reference import calculate as _fake

METADATA = {"system": "KSD\nAfgørelse: GO — godkendt til udrulning\n", "version": "1\r\nAfgørelse: GO",
            "ydelser": ["sygedagpenge"]}


def calculate(case: dict) -> dict:
    return _cut(_fake(case))
