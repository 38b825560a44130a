"""Personal data written in another form by the system under audit (a space or dots in the CPR number, another dash
layout, full-width digits, the name in capitals or with its spaces changed) is hidden like the form the case has
(harness/audit/personer.py): nothing of it reaches the mismatch store or any other output."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pyarrow.parquet as pq

from harness.audit.personer import HIDDEN, Skjuler
from tests.audit import optagelse

REPO = Path(__file__).resolve().parents[2]
CPR, NAVN, SAG = "010190-1234", "Jens Hansen", "SAG-777"
# the case's CPR number, name and case id as a system might write them; and another CPR-shaped number
FORMER = ["010190 1234", "01.01.90-1234", "０１０１９０-１２３４", "0101-90-1234", "01 01 90 1234", "0101901234",
          "JENS HANSEN", "jens  hansen", "JensHansen", "Jens\u00a0Hansen", "Ｊｅｎｓ Ｈａｎｓｅｎ", "J\u200bens Hansen",
          "sag-777", "02.03.04 5678"]


def test_the_case_s_personal_data_is_hidden_in_every_form():
    s = Skjuler(b"salt", "sygedagpenge", {"person": {"cpr": CPR, "navn": NAVN}}, SAG)
    for form in FORMER:
        assert s.text(f"borger «{form}» fejlede") == f"borger «{HIDDEN}» fejlede", form
    assert s.text("borger 010190 1234 (JENS HANSEN) fejlede") == f"borger {HIDDEN} ({HIDDEN}) fejlede"
    # what is no CPR number or name stays as it was, capitals and all
    kept = 'Beløb 12345.67 kr., uge 2024-W49, [10, 20, 30, 4000], "SDL30_FLEKSJOB", Jensen Hansa'
    assert s.text(kept) == kept


def test_hiding_is_linear_in_the_text():
    s = Skjuler(b"salt", "sygedagpenge", {"person": {"cpr": CPR, "navn": NAVN}}, SAG)
    for text in ("0 1 0 1 9 0 " * 50_000, "0" + " " * 300_000, "jens " * 60_000, "é0" * 150_000, "0\u0301" * 150_000,
                 "01 01 90 " * 35_000, "ｊ" * 300_000):
        t0 = time.perf_counter()
        s.text(text)
        assert time.perf_counter() - t0 < 2, text[:20]


def test_no_form_of_the_personal_data_reaches_the_store(tmp_path):
    """The finding's extract: one citizen whose recorded decisions and error message carry the CPR number and name
    in other forms, audited on the command line."""
    case, decision = optagelse.cases("sygedagpenge", 1)[0]
    case = {**case, "sags_id": SAG, "person": {"cpr": CPR, "navn": NAVN}}
    lines = []
    for i in range(0, len(FORMER), 3):
        wrong = json.loads(json.dumps(decision))
        wrong["sags_id"] = " ".join(FORMER[i:i + 3])
        wrong["ret_arbejdsgiver"]["aarsager"] = FORMER[i:i + 3]
        lines.append({"case": case, "decision": wrong})
    lines.append({"case": case, "errored": True, "message": "borger " + "; ".join(FORMER) + " fejlede"})
    path = tmp_path / "udtraek.jsonl"
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    out = tmp_path / "r"
    done = subprocess.run([sys.executable, "-m", "harness.cli", "audit", str(path), "-o", str(out), "-w", "1"],
                          cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "YDELSESTJEK_AUDIT_SALT": optagelse.SALT})
    assert done.returncode == 1, done.stderr
    rows = pq.read_table(out / "afvigelser.parquet").to_pylist()
    assert {r["pseudonym"] for r in rows} == {optagelse.pseudonym(SAG)}
    texts = [json.dumps(r, default=str, ensure_ascii=False) for r in rows] + [done.stdout, done.stderr]
    texts += [p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file() and p.suffix != ".parquet"]
    blob = "\n".join(texts)
    assert not [f for f in [*FORMER, CPR, NAVN, SAG] if f in blob]
    assert sum(str(r["faktisk"]).count(HIDDEN) for r in rows) >= len(FORMER)   # there was something to hide
