"""The scrubber (harness/audit/personer.py) after red team round 13 F6: the case's citizen written as a system without
Danish letters writes them (Søren Åbo Nørgaard as "Soeren Aabo Noergaard", "NOERGAARD, SOEREN AABO", "Norgaard",
"Abo"; Ærtebølle Møller as "Aertebolle Moller"), and the CPR number kept as a number, its leading zero lost
(050580-1234 as 505801234, in a text or as a JSON number in a field the schema does not know). All of it is hidden;
ordinary words (Aarhus, Michael) and values are not.
"""
from __future__ import annotations

import copy
import json
import time

import orjson
import pyarrow.parquet as pq
import pytest

from harness.audit import AuditConfig, audit
from harness.audit.arbejde import _json
from harness.audit.personer import HIDDEN, Skjuler
from tests.audit import optagelse

H = HIDDEN
SOEREN = {"husstand": {"ansoeger": {"cpr": "050580-1234", "navn": "Søren Åbo Nørgaard"}}}
AERTE = {"husstand": {"ansoeger": {"cpr": "280468-3306", "navn": "Ærtebølle Møller"}}}


def _skjuler(case: dict = SOEREN, sags_id: str = "KSD-2025-000001") -> Skjuler:
    return Skjuler(optagelse.key(), "kontanthjaelp", case, sags_id)


# the red team's witnesses (r13 F6_audit_leak/make.py), and what the store must hold instead
WITNESSES = {
    "Afgørelse sendt til Soeren Aabo Noergaard": f"Afgørelse sendt til {H}",
    "Partshøring sendt til soeren.noergaard@borger.dk": f"Partshøring sendt til {H}.{H}@borger.dk",
    "Borger 505801234 partshørt": f"Borger {H} partshørt",
    "NOERGAARD, SOEREN AABO": H,
    "Borger Søren Åbo Nørgaard": f"Borger {H}",          # the controls: as the case writes them
    "Borger 050580-1234": f"Borger {H}",
}
# the other transliterations, and other diacritics
SPELLINGS = ["Norgaard", "Noergaard", "Nørgård", "Norgard", "Nörgaard", "Soren", "Sören", "Abo", "Aabo", "Åbo",
             "ÅBO", "AABO", "Soren Abo Norgaard", "Noergaards", "50580-1234", "50580 1234"]


@pytest.mark.parametrize("form", WITNESSES)
def test_the_red_team_s_witnesses_are_hidden(form):
    s = _skjuler()
    assert s.text(form) == WITNESSES[form], form
    assert _json({"note": form}, s) == json.dumps({"note": WITNESSES[form]}, ensure_ascii=False,
                                                  separators=(",", ":")), form


@pytest.mark.parametrize("form", SPELLINGS)
def test_every_transliteration_of_the_name_and_the_cpr_number_without_its_zero_is_hidden(form):
    assert _skjuler().text(f"borger «{form}» partshørt") == f"borger «{H}» partshørt", form


def test_only_the_name_is_hidden_in_an_ascii_text_with_pairs_around_it():
    """The way back from the folded text (each pair one letter) to the original hides exactly the name."""
    s = _skjuler()
    assert s.text("Aarhus: sendt til Soeren Aabo Noergaard (aae) i aar") == f"Aarhus: sendt til {H} (aae) i aar"
    assert s.text("aaaa Noergaard, oe ae") == f"aaaa {H}, oe ae"
    assert s.text("Kaere Soeren.") == f"Kaere {H}."


def test_the_name_in_ascii_in_the_case_finds_it_with_danish_letters_too():
    s = _skjuler({"husstand": {"ansoeger": {"cpr": "050580-1234", "navn": "Soeren Noergaard"}}})
    for form in ("Søren Nørgaard", "Soren Norgaard", "SØREN NØRGÅRD", "Nørgaard, Søren", "Sören"):
        assert s.text(f"({form})") == f"({H})", form


def test_the_cpr_number_as_a_json_number_is_hidden():
    """As the red team's decisions carried it: an extra field `cpr` holding a JSON number."""
    s = _skjuler()
    assert _json({"cpr": 505801234, "modtager": "NOERGAARD, SOEREN AABO"}, s) == f'{{"cpr":"{H}","modtager":"{H}"}}'
    assert _json(505801234, s) == f'"{H}"' and _json(505801234.0, s) == f'"{H}"'
    assert s.value({"cpr": 505801234}) == {"cpr": H}
    s = _skjuler(AERTE, "KSD-2025-000007")
    assert _json({"cpr": 2804683306, "modtager": "Aertebolle Moller"}, s) == f'{{"cpr":"{H}","modtager":"{H}"}}'
    assert s.text("Ertebolle Moller") == H


def test_ordinary_words_and_numbers_stay():
    s = _skjuler()
    kept = ["Aarhus Kommune", "Michael Jensen", "Joergen Hansen", "Sorenskriver", "Abonnement", "Bo 12",
            "beløb 50580.12", "[5, 0, 5, 8, 0]", "2026-05-05", "1234", "0505801234567", "15058012345",
            "Partshøring sendt", "Noerre Aaby"]
    for text in kept:
        assert s.text(text) == text, text
        assert _json(text, s) == json.dumps(text, ensure_ascii=False), text
    assert _json({"n": [2026, 105, 5058, 4465.0, True], "beloeb": 12345.67}, s) == \
        '{"n":[2026,105,5058,4465.0,true],"beloeb":12345.67}'


def test_the_reference_s_whole_decisions_still_pass_through_unchanged():
    """Whole decisions of kontanthjælp under a Danish name with every folded letter: nothing in them is hidden."""
    from harness.contract.ydelse import find
    case_of = {"husstand": {"ansoeger": {"cpr": "010203-0405", "navn": "Åse Ærø Østergaard"}}}
    for case, _ in optagelse.cases("kontanthjaelp", 15):
        decision = find("kontanthjaelp").reference.calculate(case, begrundelse=True)
        decision = {k: v for k, v in decision.items() if k != "sags_id"}
        assert _json(decision, Skjuler(optagelse.key(), "kontanthjaelp", case_of, "")) == orjson.dumps(decision).decode()


def test_folding_stays_linear_in_the_text():
    s = _skjuler()
    for text in ("aa" * 150_000, "oe" * 150_000, "aeø" * 100_000, "æøå" * 100_000, "noer " * 60_000,
                 "Søren.Åbo." * 30_000, "5058 " * 60_000, "a\u0308" * 150_000):
        t0 = time.perf_counter()
        s.text(text)
        assert time.perf_counter() - t0 < 2, text[:20]


def test_the_red_team_s_recording_leaves_no_name_or_cpr_number_in_the_store(tmp_path):
    """End to end, as the red team recorded it (r13 F6_audit_leak/make.py): kontanthjælp decisions whose notes and
    extra fields carry the citizen in ASCII and the CPR number as a number."""
    notes = list(WITNESSES)
    records = optagelse.cases("kontanthjaelp", len(notes) + 2)
    lines = []
    for i, (case, decision) in enumerate(records):
        person = AERTE if i == len(notes) + 1 else SOEREN
        case = copy.deepcopy(case)
        case["husstand"]["ansoeger"].update(person["husstand"]["ansoeger"])
        decision = copy.deepcopy(decision)
        if i < len(notes):
            decision["note"] = notes[i]            # a field the schema does not know: always a mismatch
            for krav in decision["afgoerelseskrav"]:
                krav["note"] = notes[i]
        elif person is SOEREN:
            decision.update(cpr=505801234, modtager="NOERGAARD, SOEREN AABO")
        else:
            decision.update(cpr=2804683306, modtager="Aertebolle Moller")
        lines.append({"case": case, "decision": decision})
    path = tmp_path / "optaget.jsonl"
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    outcome = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1))
    assert outcome.tal["sager"]["afvigende"] == len(lines)
    rows = pq.read_table(outcome.out / "afvigelser.parquet").to_pylist()
    assert {r["faktisk"] for r in rows if r["felt"] in ("cpr", "modtager")} == {f'"{H}"'}
    assert {r["faktisk"] for r in rows if r["felt"] == "note"} == {json.dumps(v, ensure_ascii=False)
                                                                  for v in WITNESSES.values()}
    blob = "\n".join(json.dumps(r, default=str, ensure_ascii=False) for r in rows)
    blob += "\n".join(p.read_text(encoding="utf-8") for p in outcome.out.rglob("*")
                      if p.is_file() and p.suffix != ".parquet")
    leaks = ["505801234", "2804683306", "oeren", "oergaard", "OERGAARD", "Aabo", "AABO", "Aertebolle", "Moller",
             "Søren", "Nørgaard", "050580"]
    assert not [w for w in leaks if w in blob]
