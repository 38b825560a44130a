"""A candidate whose every text tries to be markup (python:tests.candidates.hostile_text): its name and version,
an error message, a skip reason and the values of its answers. The evidence pack must show all of it as text."""
from tests.fakes.fake_reference import calculate as _fake

MARKUP = '<script>alert("x")</script><img src=x onerror="alert(1)"><a href="https://evil.example/">klik</a>'
METADATA = {"system": "Ond<b>KSD</b>" + MARKUP, "version": "1.0<i>x</i>", "ydelser": ["sygedagpenge"],
            "leverandoer": '<iframe src="https://evil.example/"></iframe>'}


def calculate(case: dict) -> dict:
    sags_id = case.get("sags_id")
    if sags_id == "S2":
        raise RuntimeError(MARKUP)
    if sags_id == "S3":
        return {"skipped": True, "reason": MARKUP}
    decision = _fake(case)
    if sags_id == "S1":
        decision["udbetalt_i_alt"]["beloeb"] = MARKUP          # not a number: ugyldigt svar, shown in the diff
    if sags_id == "S4":
        decision["begrundelse"] = [{**s, "regel": MARKUP, "hjemmel": MARKUP} for s in decision["begrundelse"]]
        decision["kommune_betaler_fra"] = {"dato": "2026-02-09", "trin": MARKUP}
    return decision
