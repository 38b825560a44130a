"""Findings 5 and 6 of red team round 8. Joined input: every decision of a sags_id is audited against its case, so
a wrong decision next to a right one is found with its kroner, whichever comes first, and the duplicates are
counted and shown by byte offset. Compressed input: a .gz or .zst cut off or damaged stops the audit with exit 2
and a message naming the file and how far it was read, never a partial audit."""
from __future__ import annotations

import copy
import gzip
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import orjson
import pyarrow.parquet as pq
import pytest
import zstandard

from harness.audit import AuditConfig, audit, kilder
from tests.audit import optagelse

REPO = Path(__file__).resolve().parents[2]
WRONG = Decimal("999999.00")


@pytest.fixture(scope="module")
def sager():
    """12 sygedagpenge cases with the reference's decisions, each with a CPR number and a name."""
    return optagelse.cases("sygedagpenge", 12, seed=5)


def _wrong(decision: dict) -> dict:
    bad = copy.deepcopy(decision)
    bad["udbetalt_i_alt"]["beloeb"] = f"{WRONG:f}"
    return bad


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "YDELSESTJEK_AUDIT_SALT": optagelse.SALT}
    return subprocess.run([sys.executable, "-m", "harness.cli", "audit", *args, "-w", "1", "-q"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("order", ["right_then_wrong", "wrong_then_right"])
def test_a_wrong_decision_next_to_a_right_one_is_found_with_its_kroner(sager, tmp_path, order):
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(b"".join(orjson.dumps(c) + b"\n" for c, _ in sager))
    doubled = sager[:4]          # these have a right and a wrong decision; the rest one right decision
    lines, wrong_at = [], {}
    offset = 0
    for c, d in sager:
        pair = [d, _wrong(d)] if order == "right_then_wrong" else [_wrong(d), d]
        for decision in pair if (c, d) in doubled else [d]:
            line = orjson.dumps({"sags_id": c["sags_id"], "decision": decision}) + b"\n"
            if decision is not d:
                wrong_at[c["sags_id"]] = offset
            lines.append(line)
            offset += len(line)
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(b"".join(lines))
    out = tmp_path / "r"
    done = _cli([str(cases), str(decisions), "-o", str(out)], tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    # each wrong decision: the total paid too much by 999,999.00 minus the reference's total (computed here)
    expected = {optagelse.pseudonym(c["sags_id"]): WRONG - Decimal(d["udbetalt_i_alt"]["beloeb"]) for c, d in doubled}
    rows = pq.read_table(out / "afvigelser.parquet").to_pylist()
    assert {r["pseudonym"]: r["kroner"] for r in rows} == expected
    assert {r["felt"] for r in rows} == {"udbetalt_i_alt.beloeb"}
    # a row names the wrong decision's own line, not only its case: the right one beside it has the same case offset
    assert {r["pseudonym"]: r["afgoerelse_placering"] for r in rows} == \
        {optagelse.pseudonym(sid): at for sid, at in wrong_at.items()}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))["tal"]
    assert summary["sager"]["afvigende"] == 4 and summary["sager"]["sammenlignet"] == len(sager) + 4
    assert summary["sager"]["dubletter"] == 4 and summary["sager"]["dublet_sager"] == 0
    assert Decimal(summary["kroner"]["for_meget"]) == sum(expected.values())
    # the first case's two decisions are the decisions file's first two lines
    assert wrong_at[sager[0][0]["sags_id"]] == (len(lines[0]) if order == "right_then_wrong" else 0)
    assert summary["kobling"]["dubletter"][0] == (f"sagen ved byte 0: 2 afgørelser, ved byte 0, {len(lines[0])} "
                                                  "i afgørelsesfilen")
    assert "ADVARSEL, koblingen på sags_id: 4 afgørelser ud over den første" in done.stdout
    assert "4 afgørelser ud over den første" in (out / "summary.md").read_text(encoding="utf-8")
    shown = done.stdout + done.stderr + "".join(p.read_text(encoding="utf-8") for p in out.iterdir()
                                                if p.suffix in (".md", ".html", ".json", ".jsonl"))
    assert not [s for s in optagelse.personal_strings(sager) if s in shown]


def test_a_repeated_case_line_is_audited_once_and_decisions_without_a_case_are_counted(sager, tmp_path):
    """The first case line of a sags_id is the case; a later line with the same sags_id is counted, not audited again
    (same or other content, said which). A decision whose sags_id no case has, or with no readable sags_id, is
    counted as without a case."""
    c0, d0 = sager[0]
    c1, d1 = sager[1]
    changed = {**c1, "note": "en anden version"}
    case_lines = [orjson.dumps(c0) + b"\n", orjson.dumps(c1) + b"\n", orjson.dumps(c0) + b"\n", orjson.dumps(changed) + b"\n"]
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(b"".join(case_lines))
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(orjson.dumps({"sags_id": c0["sags_id"], "decision": d0}) + b"\n"
                          + orjson.dumps({"sags_id": c1["sags_id"], "decision": _wrong(d1)}) + b"\n"
                          + orjson.dumps({"sags_id": "SAG-INGEN-SAG", "decision": d1}) + b"\n"
                          + b'{"decision": {}}\n')
    outcome = audit(AuditConfig(out=tmp_path / "r", salt=optagelse.SALT.encode(), cases=cases, decisions=decisions,
                                workers=1))
    s = outcome.tal["sager"]
    assert (s["sammenlignet"], s["afvigende"], s["dublet_sager"], s["uparrede"], s["dubletter"]) == (2, 1, 2, 2, 0)
    assert s["dublet_sager_andet"] == 1
    assert Decimal(outcome.tal["kroner"]["for_meget"]) == WRONG - Decimal(d1["udbetalt_i_alt"]["beloeb"])
    at = [sum(map(len, case_lines[:i])) for i in range(4)]
    assert sorted(outcome.tal["kobling"]["dublet_sager"]) == sorted([
        f"sagen ved byte {at[2]} har samme sags_id som sagen ved byte {at[0]} (samme indhold); kun den første er revideret",
        f"sagen ved byte {at[3]} har samme sags_id som sagen ved byte {at[1]} (ANDET indhold); kun den første er revideret"])
    assert len(outcome.tal["kobling"]["uparrede"]) == 2
    assert outcome.exit_code == 1                      # the wrong decision


def test_decisions_without_a_case_alone_make_the_exit_code_3(sager, tmp_path, monkeypatch):
    """Nothing differs among the cases compared, but two decisions were not compared (no case of their sags_id, no
    sags_id): not a clean 0 (red team round 10: a wrong decision could hide as one)."""
    from harness.audit import maalestok
    monkeypatch.setattr(maalestok, "styrke", lambda golden_dir=None: {})
    c0, d0 = sager[0]
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(orjson.dumps(c0) + b"\n")
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(orjson.dumps({"sags_id": c0["sags_id"], "decision": d0}) + b"\n"
                          + orjson.dumps({"sags_id": "SAG-INGEN-SAG", "decision": d0}) + b"\n" + b'{"decision": {}}\n')
    outcome = audit(AuditConfig(out=tmp_path / "r", salt=optagelse.SALT.encode(), cases=cases, decisions=decisions,
                                workers=1))
    s = outcome.tal["sager"]
    assert (s["sammenlignet"], s["afvigende"], s["uparrede"]) == (1, 0, 2) and outcome.exit_code == 3


def test_a_reused_case_number_with_other_content_alone_makes_the_exit_code_3(sager, tmp_path, monkeypatch):
    """Red team round 10b F5: the second case line of a sags_id with other content is never audited; the audit said
    so in an ADVARSEL and exited 0. The same case line twice is harmless (exit 0)."""
    from harness.audit import maalestok
    monkeypatch.setattr(maalestok, "styrke", lambda golden_dir=None: {})
    c0, d0 = sager[0]
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(orjson.dumps({"sags_id": c0["sags_id"], "decision": d0}) + b"\n")
    for name, second, code in (("andet", {**c0, "note": "en anden borger"}, 3), ("samme", c0, 0)):
        cases = tmp_path / f"sager-{name}.jsonl"
        cases.write_bytes(orjson.dumps(c0) + b"\n" + orjson.dumps(second) + b"\n")
        outcome = audit(AuditConfig(out=tmp_path / name, salt=optagelse.SALT.encode(), cases=cases,
                                    decisions=decisions, workers=1))
        s = outcome.tal["sager"]
        assert (s["sammenlignet"], s["afvigende"], s["dublet_sager"]) == (1, 0, 1) and outcome.exit_code == code, name


@pytest.fixture(scope="module")
def recorded_bytes(sager):
    return b"".join(orjson.dumps({"case": c, "decision": d}) + b"\n" for c, d in sager)


@pytest.mark.parametrize("kind", ["gz", "zst"])
def test_a_truncated_compressed_input_stops_the_audit_naming_the_file(recorded_bytes, tmp_path, kind):
    whole = gzip.compress(recorded_bytes) if kind == "gz" else zstandard.ZstdCompressor().compress(recorded_bytes)
    for cut in (len(whole) // 2, len(whole) - 1):
        path = tmp_path / f"halv-{cut}.jsonl.{kind}"
        path.write_bytes(whole[:cut])
        done = _cli([str(path), "-o", str(tmp_path / f"r-{cut}")], tmp_path)
        assert done.returncode == 2, done.stdout + done.stderr
        assert f"{path.name}: the {'gzip' if kind == 'gz' else 'zstd'} stream ends" in done.stderr
        assert "(the file is truncated)" in done.stderr and f"of {cut:,} " in done.stderr
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr
        assert not (tmp_path / f"r-{cut}" / "summary.md").exists()
    # the same file whole, in several zstd frames or gzip members one after another, is read to its end
    path = tmp_path / f"hel.jsonl.{kind}"
    half = len(recorded_bytes) // 2
    pack = gzip.compress if kind == "gz" else zstandard.ZstdCompressor().compress
    path.write_bytes(pack(recorded_bytes[:half]) + pack(recorded_bytes[half:]))
    assert kilder.decompressed_size(path) == len(recorded_bytes)
    assert b"".join(s.data or b"" for s in kilder.line_shards(path, 5)) == recorded_bytes


@pytest.mark.parametrize("kind", ["gz", "zst"])
def test_a_damaged_compressed_pair_is_refused_before_it_is_joined(recorded_bytes, sager, tmp_path, kind):
    """decompressed_size reads the whole file first, so a damaged one is named before anything is copied."""
    whole = gzip.compress(recorded_bytes) if kind == "gz" else zstandard.ZstdCompressor().compress(recorded_bytes)
    damaged = bytearray(whole)
    damaged[len(whole) // 2: len(whole) // 2 + 64] = os.urandom(64) if kind == "gz" else bytes(64)
    cases = tmp_path / f"sager.jsonl.{kind}"
    cases.write_bytes(bytes(damaged))
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(b"".join(orjson.dumps({"sags_id": c["sags_id"], "decision": d}) + b"\n" for c, d in sager))
    with pytest.raises(kilder.InputError) as refused:
        audit(AuditConfig(out=tmp_path / "r", salt=optagelse.SALT.encode(), cases=cases, decisions=decisions, workers=1))
    text = str(refused.value)
    assert text.startswith(f"{cases.name}: ") and "read to compressed byte" in text
    assert not list((tmp_path / "r").rglob("*.tsv"))


def test_a_zstd_bomb_is_read_in_bounded_steps(tmp_path):
    """zstd is decompressed a few compressed bytes at a time (kilder._Zstd): 64 MiB from a few KB never held."""
    import tracemalloc
    path = tmp_path / "bombe.jsonl.zst"
    path.write_bytes(zstandard.ZstdCompressor(level=19).compress(b"\0" * (64 << 20)))
    assert path.stat().st_size < 64 << 10
    tracemalloc.start()
    try:
        assert kilder.decompressed_size(path) == 64 << 20
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 12 << 20, peak


def _twice(decision: dict, key: str, first: object) -> bytes:
    """`decision` as JSON with `key` written twice: `first`, then its own value (which a parser keeping the last
    reads: the law)."""
    return b'{"' + key.encode() + b'":' + orjson.dumps(first) + b"," + orjson.dumps(decision)[1:]


def test_a_key_written_twice_is_no_reading_and_never_a_clean_audit(sager, tmp_path):
    """Red team r16 F4: orjson keeps the last of two equal keys without a word, so a recorded decision paying "0.00"
    and then the law's amount, a line with two decisions, or a line with two cases (one case and its wrong decision
    vanished) made a clean audit (exit 0). Such a line has no one meaning: it is counted as unreadable, named by its
    byte offset and the key, and the audit is not clean (exit 3); the other lines are audited as always."""
    (c0, d0), (c1, d1), (c2, d2), (c3, d3) = sager[:4]
    lines = [
        b'{"case":' + orjson.dumps(c0) + b',"decision":' + _twice(d0, "udbetalt_i_alt", {"beloeb": "0.00"}) + b"}\n",
        b'{"case":' + orjson.dumps(c1) + b',"decision":' + orjson.dumps(_wrong(d1)) + b',"decision":'
        + orjson.dumps(d1) + b"}\n",
        b'{"case":' + orjson.dumps(c2) + b',"decision":' + orjson.dumps(_wrong(d2)) + b',"case":' + orjson.dumps(c3)
        + b',"decision":' + orjson.dumps(d3) + b"}\n",
    ] + [orjson.dumps({"case": c, "decision": d}) + b"\n" for c, d in sager[4:]]
    recorded = tmp_path / "optaget.jsonl"
    recorded.write_bytes(b"".join(lines))
    outcome = audit(AuditConfig(out=tmp_path / "r", salt=optagelse.SALT.encode(), recorded=recorded, workers=1))
    s = outcome.tal["sager"]
    assert (s["ugyldige"], s["sammenlignet"], s["afvigende"]) == (3, len(sager) - 4, 0)
    assert outcome.exit_code == 3
    problems = json.dumps(outcome.tal, ensure_ascii=False)
    offsets = [sum(map(len, lines[:i])) for i in range(3)]
    for at, key in zip(offsets, ("udbetalt_i_alt", "decision", "case")):
        assert f"byte {at}: the key '{key}' is written twice in one object" in problems, (at, key)

    # the same decision in a decisions file joined on sags_id: the case is not compared, and said so
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(orjson.dumps(c0) + b"\n" + orjson.dumps(c1) + b"\n")
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(b'{"sags_id":' + orjson.dumps(c0["sags_id"]) + b',"decision":'
                          + _twice(d0, "udbetalt_i_alt", {"beloeb": "0.00"}) + b"}\n"
                          + orjson.dumps({"sags_id": c1["sags_id"], "decision": d1}) + b"\n")
    joined = audit(AuditConfig(out=tmp_path / "j", salt=optagelse.SALT.encode(), cases=cases, decisions=decisions,
                               workers=1))
    assert (joined.tal["sager"]["ugyldige"], joined.tal["sager"]["sammenlignet"]) == (1, 1)
    assert joined.exit_code == 3
    assert "written twice in one object" in json.dumps(joined.tal, ensure_ascii=False)


def test_a_byte_order_mark_at_the_start_of_a_file_is_read_past(sager, tmp_path):
    """Red team r16 (tried and held): an export whose first bytes are a UTF-8 byte-order mark, as Windows tools write
    it, lost its first case as unreadable. The mark is read past at a file's start (recorded, cases and decisions
    files alike), and every case is compared."""
    bom = b"\xef\xbb\xbf"
    recorded = tmp_path / "optaget.jsonl"
    recorded.write_bytes(bom + b"".join(orjson.dumps({"case": c, "decision": d}) + b"\n" for c, d in sager))
    outcome = audit(AuditConfig(out=tmp_path / "r", salt=optagelse.SALT.encode(), recorded=recorded, workers=1))
    assert (outcome.tal["sager"]["ugyldige"], outcome.tal["sager"]["sammenlignet"]) == (0, len(sager))
    assert outcome.exit_code == 0
    cases, decisions = tmp_path / "sager.jsonl", tmp_path / "afgoerelser.jsonl"
    cases.write_bytes(bom + b"".join(orjson.dumps(c) + b"\n" for c, _ in sager))
    decisions.write_bytes(bom + b"".join(orjson.dumps({"sags_id": c["sags_id"], "decision": d}) + b"\n"
                                         for c, d in sager))
    joined = audit(AuditConfig(out=tmp_path / "j", salt=optagelse.SALT.encode(), cases=cases, decisions=decisions,
                               workers=1))
    s = joined.tal["sager"]
    assert (s["ugyldige"], s["uparrede"], s["sammenlignet"]) == (0, 0, len(sager)) and joined.exit_code == 0
