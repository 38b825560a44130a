"""The scrubber (harness/audit/personer.py) after red team round 10b F3 and F6.

F3: the case's own person in the forms a caseworker or a system writes: the first name or surname alone ("Kære
Fatima", "Alis sag"), e-mail and identifier forms (`fatima.ali@borger.dk`, `Fatima_Ali`), the case's CPR number with
a four-digit year (`28041968-3306`); and another citizen's CPR number with `:`, `,`, `+`, parentheses or up to four
spaces between its date part and its last four digits. All of it is hidden; ordinary words and values are not.
F6: a short or numeric case id (`2022`, `07`, `4465`, `W28`, `37`) is hidden only as a whole value, so the dates,
months, amounts and week ids that contain it stay as they are; a long one (`KSD-2025-000123`) is hidden anywhere.
"""
from __future__ import annotations

import json
import time

import orjson
import pyarrow.parquet as pq
import pytest

from harness.audit import AuditConfig, audit
from harness.audit.arbejde import _json
from harness.audit.personer import HIDDEN, Skjuler
from tests.audit import optagelse

CASE = {"ydelse": "sygedagpenge", "sags_id": "KSD-2025-000123",
        "person": {"navn": "Fatima Ali", "cpr": "280468-3306"}}
H = HIDDEN


def _skjuler(case: dict = CASE, sags_id: str = "KSD-2025-000123") -> Skjuler:
    return Skjuler(optagelse.key(), "sygedagpenge", case, sags_id)


# --- F3: the case's own person ----------------------------------------------------------------------------------

OWN = {   # red team r10b scrub_leaks.py's leaks, and what the store must hold instead
    "Fatima": H, "Kære Fatima": f"Kære {H}", "Ali": H, "Fatimas": H, "Alis sag": f"{H} sag",
    "Fatima A.": f"{H} A.", "F. Ali": f"F. {H}", "FATIMA": H, "Kære Fatima,\nmvh": f"Kære {H},\nmvh",
    "Kære Fatima,\\nmvh": f"Kære {H},\\nmvh", "Kære\\nFatima": f"Kære\\n{H}", "ring til Ali.": f"ring til {H}.", "Ali's sag": f"{H} sag",
    "fatima.ali@aarhus.dk": f"{H}@aarhus.dk", "Fatima_Ali": H, "fatima_ali_1968": f"{H}_1968",
    "ali.fatima@borger.dk": f"{H}@borger.dk", "fatima@borger.dk": f"{H}@borger.dk", "f.ali@borger.dk": f"f.{H}@borger.dk",
    "login fatima-a": f"login {H}-a", "ali2@borger.dk": f"{H}2@borger.dk",
    # the case's own CPR number with its century digits
    "28041968-3306": H, "28.04.1968-3306": H, "28-04-1968-3306": H, "28041968 3306": H, "280419683306": H,
    "cpr 28041968-3306.": f"cpr {H}.",
}
OTHER_CPR = ["010190:1234", "010190,1234", "010190+1234", "(010190) 1234", "010190    1234", "010190 - - 1234",
             "010190 : 1234", "010190, 1234", "01.01.90+1234", "(010190)1234", "010190\t\t\t\t1234",
             "010190    12 34", "(01 01 90) - 1234"]


@pytest.mark.parametrize("form", OWN)
def test_the_case_s_own_person_is_hidden_in_a_caseworker_s_forms(form):
    s = _skjuler()
    assert s.text(form) == OWN[form], form
    assert _json({"kommentar": form}, s) == json.dumps({"kommentar": OWN[form]}, ensure_ascii=False,
                                                         separators=(",", ":")), form


@pytest.mark.parametrize("form", OTHER_CPR)
def test_another_citizen_s_cpr_number_with_a_wider_separator_is_hidden(form):
    s = _skjuler()
    assert s.text(f"søster: {form}.") == f"søster: {H}.", form
    assert _json([form, 1], s) == f'["{H}",1]', form


def test_a_name_word_is_hidden_as_a_whole_word_only():
    s = _skjuler()
    kept = ["Alibaba", "Kalifat", "Fatimaxx", "alias", "Fatim", "Al", "ALINEA", "Alice", "malik", "fatimah",
            "SDL30_FLEKSJOB", "Bali", "Salina"]
    for text in kept:
        assert s.text(text) == text, text
    # a name word of two letters is no name on its own, but with the other word it is
    b = _skjuler({"person": {"navn": "Bo Nielsen", "cpr": "240440-8576"}})
    assert b.text("Kære Bo") == "Kære Bo"
    assert b.text("Kære Bo, svar til bo.nielsen@borger.dk") == f"Kære Bo, svar til {H}@borger.dk"
    assert b.text("Nielsens sag") == f"{H} sag"


def test_ordinary_values_stay_with_the_wider_patterns():
    s = _skjuler()
    kept = ["2026-01-05", "12345.67", "2026-W05", "uge 2026-W05: 4465.00 kr.", "2026-01-05 – 2026-01-12",
            "01.01.2026 - 31.12.2026", "05-01-2026 12 345,00", "1234567.89", "[10, 20, 30, 4000]",
            "12 34 56 78 90", "[10,11,12,1234]", "2026-01-05, 2026-01-12", "05-01-2026 12:30", "kl. 10:15:30",
            "uge 05: 1234,00 kr.", "[2022, 7, 12, 4465]", "1.234,56 + 4.465,00", "(2026) 1234",
            "sag 000123: 2022-07-12", "100123, 2022-W28", "100123: 2022-07", "nr. 100190 - 2026-01-05"]
    for text in kept:
        assert s.text(text) == text, text
        assert _json(text, s) == json.dumps(text, ensure_ascii=False), text


def test_the_case_s_own_forms_reach_no_store(tmp_path):
    """End to end (red team r10b own_forms_e2e.py): every decision carries a `kommentar` written to its citizen
    with the first name alone, an e-mail address and the CPR number with a four-digit year."""
    people = [("Fatima Ali", "280468-3306"), ("Camilla Hansen", "110375-9888"), ("Jens Østergård", "240440-8576")]
    lines, written = [], []
    for i, (case, decision) in enumerate(optagelse.cases("sygedagpenge", 6)):
        navn, cpr = people[i % len(people)]
        case = {**case, "person": {"navn": navn, "cpr": cpr}}
        first, last = navn.split()
        d, c = cpr[:4], cpr[4:6]
        kommentar = (f"Kære {first}, svar til {first.lower()}.{last.lower()}@borger.dk; {last}s sag, "
                     f"cpr {d}19{c}-{cpr[7:]}, søster 010190:1234")
        written += [first, last, f"{d}19{c}", "010190"]
        lines.append({"case": case, "decision": {**decision, "kommentar": kommentar}})
    path = tmp_path / "egne.jsonl"
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    outcome = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1))
    assert outcome.tal["sager"]["afvigende"] == len(lines)
    rows = pq.read_table(outcome.out / "afvigelser.parquet").to_pylist()
    shown = {r["faktisk"] for r in rows if r["felt"] == "kommentar"}
    assert len(shown) == 1 and shown == {f'"Kære {H}, svar til {H}@borger.dk; {H} sag, cpr {H}, søster {H}"'}
    blob = "\n".join(json.dumps(r, default=str, ensure_ascii=False) for r in rows)
    blob += "\n".join(p.read_text(encoding="utf-8") for p in outcome.out.rglob("*")
                      if p.is_file() and p.suffix != ".parquet")
    assert not [w for w in written if w in blob]


def test_the_wider_name_and_cpr_patterns_are_linear_in_the_text():
    s = _skjuler()
    for text in ("fatima." * 50_000, "ali_" * 80_000, "fatima.ali@" * 30_000, "(010190) " * 35_000,
                 "010190 : , " * 30_000, "2804" + "19" * 150_000, "28 04 19 68 " * 30_000, "010190" + " " * 300_000,
                 "010190 - - - " * 25_000, "alis " * 60_000, "a\\n" * 100_000):
        t0 = time.perf_counter()
        s.text(text)
        assert time.perf_counter() - t0 < 2, text[:20]


# --- F6: a short or numeric case id ------------------------------------------------------------------------------

ORDINARY = ["2022-07-12", "2022-07-01 – 2022-07-31", "12345.67", "4465.00", "483.37", "37.00", "2022-W28",
            "2026-W05", "2022-07", "uge 2022-W28: 4465.00 kr.", "07.07.2022", "maaneder[2022-07].beloeb",
            "udbetalinger[37].uge", "[2]", "2022", "07", "W28", "37", "4465"]
SHORT = ["2022", "07", "4465", "W28", "37", "2", "S-1", "2022-07-12", "123456", "2022-W28", "4465.00", "2022-07",
         "12.07.2022"]


@pytest.mark.parametrize("sags_id", SHORT)
def test_a_short_or_numeric_case_id_hides_only_a_whole_value(sags_id):
    s = _skjuler({**CASE, "sags_id": sags_id}, sags_id)
    for text in ORDINARY:
        if text != sags_id:
            assert s.text(text) == text, (sags_id, text)
            assert _json({"v": text, "l": [text]}, s) == json.dumps({"v": text, "l": [text]}, ensure_ascii=False,
                                                                     separators=(",", ":")), (sags_id, text)
    # where it is the whole value, it is the case id: hidden (in the store's values, keys and `felt`)
    assert s.text(sags_id) == H and s.text(f" {sags_id.lower()} ") == H
    assert _json({"sags_id": sags_id, sags_id: 1}, s) == f'{{"sags_id":"{H}","{H}":1}}'
    assert s.text(f"sag {sags_id} afvist") == f"sag {sags_id} afvist"    # no token is taken for it


@pytest.mark.parametrize("sags_id", ["KSD-2025-000123", "SAG-777", "2025-000123", "sag-aarhus-7", "AB1234"])
def test_a_long_case_id_is_still_hidden_anywhere(sags_id):
    s = _skjuler({**CASE, "sags_id": sags_id}, sags_id)
    assert s.text(f"sag {sags_id} afvist") == f"sag {H} afvist"
    assert s.text(f"sag {sags_id.lower()}: 2022-07-12") == f"sag {H}: 2022-07-12"
    assert _json({"felt": f"[{sags_id}]"}, s) == f'{{"felt":"[{H}]"}}'


@pytest.mark.parametrize("sags_id", ["2022", "07", "4465", "W28", "37", "2023-12-31"])
def test_the_reference_s_decisions_keep_their_values_under_a_short_case_id(sags_id):
    """red team r10b scrub_legit.py with municipal-style case ids: nothing of a decision but a value that is the case
    id itself is hidden (the dates, months, amounts and week ids holding it are not)."""
    def expected(v):
        if isinstance(v, dict):
            return {(H if k == sags_id else k): expected(x) for k, x in v.items()}
        if isinstance(v, list):
            return [expected(x) for x in v]
        return H if v == sags_id else v
    from harness.contract.ydelse import find
    for navn in ("sygedagpenge", "kontanthjaelp"):
        for case, _ in optagelse.cases(navn, 15):
            case = {**case, "sags_id": sags_id}
            decision = find(navn).reference.calculate(case, begrundelse=True)
            s = Skjuler(optagelse.key(), navn, case, sags_id)
            assert _json(decision, s) == orjson.dumps(expected(decision)).decode()
