"""The shadow audit (harness/audit): planted wrong decisions are found exactly, with kroner computed by hand in
tests/audit/optagelse.py; no personal data leaves the input; compressed and joined inputs give the same store."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from harness.audit import AuditConfig, audit
from tests.audit import optagelse
from tests.suite import booleans_as_numbers

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def audited(recording, tmp_path_factory):
    _records, _lines, _planted, path = recording
    out = tmp_path_factory.mktemp("revision") / "a"
    outcome = audit(AuditConfig(out=out, salt=optagelse.SALT.encode(), recorded=path, workers=2, shard_bytes=200_000))
    return outcome, pq.read_table(out / "afvigelser.parquet").to_pylist()


def test_the_audit_finds_exactly_the_planted_wrong_decisions(recording, audited):
    records, _lines, planted, _ = recording
    outcome, rows = audited
    assert {r["pseudonym"] for r in rows} == {optagelse.pseudonym(p.sags_id) for p in planted}
    tal = outcome.tal["sager"]
    assert tal["i_alt"] == len(records) + 1                       # and the unreadable line
    assert tal["ugyldige"] == 1 and tal["afvigende"] == len(planted)
    assert tal["sammenlignet"] == len(records) and tal["bestaaet"] == len(records) - len(planted)
    assert outcome.exit_code == 1


def test_each_planted_case_has_its_fields_classes_and_hand_computed_kroner(recording, audited):
    _, _, planted, _ = recording
    _, rows = audited
    for p in planted:
        mine = [r for r in rows if r["pseudonym"] == optagelse.pseudonym(p.sags_id)]
        assert {r["klasse"] for r in mine} == p.klasser, p.sags_id
        if p.felter:
            assert {r["felt"]: r["kroner"] for r in mine} == p.felter, p.sags_id
        months: dict[str, Decimal] = {}
        for r in mine:
            if r["kroner"] is not None:
                months[r["maaned"]] = months.get(r["maaned"], Decimal("0")) + r["kroner"]
        assert months == p.maaneder, p.sags_id
        if p.rod_felt:
            root = next(r for r in mine if r["felt"] == p.rod_felt)
            assert root["rod_regel"] == p.rod_regel, (p.sags_id, root)


def test_a_forgotten_am_bidrag_explained_by_the_candidate_is_a_section_47_root(recording, audited):
    _, _, planted, _ = recording
    _, rows = audited
    am = next(p for p in planted if p.rod_regel == "SDL-47-TIMEFORTJENESTE")
    mine = [r for r in rows if r["pseudonym"] == optagelse.pseudonym(am.sags_id)]
    assert {r["rod_regel"] for r in mine} == {"SDL-47-TIMEFORTJENESTE"}          # the total too: its week's root
    assert all("§ 47" in r["rod_hjemmel"] and r["rod_kilde"] == "kandidatens begrundelse" for r in mine)


def test_summary_totals_equal_the_planted_kroner(recording, audited):
    _, _, planted, _ = recording
    outcome, _ = audited
    over = sum((k for p in planted for k in p.felter.values() if k is not None and k > 0), Decimal("0"))
    under = -sum((k for p in planted for k in p.felter.values() if k is not None and k < 0), Decimal("0"))
    kr = outcome.tal["kroner"]
    assert (Decimal(kr["for_meget"]), Decimal(kr["for_lidt"])) == (over, under)
    assert Decimal(kr["i_risiko"]) == over + under
    months = {}
    for p in planted:
        for m, k in p.maaneder.items():
            months[m] = months.get(m, Decimal("0")) + k
    assert {r["noegle"][0]: Decimal(r["netto"]) for r in outcome.tal["maaned"]} == months
    assert outcome.tal["borgere_ramt"] == len(planted)
    md = (outcome.out / "summary.md").read_text(encoding="utf-8")
    assert f"**{len(planted)} af " in md and "SDL-47-TIMEFORTJENESTE" in md and "Kroner pr. måned" in md


def test_no_cpr_number_name_or_case_id_leaves_the_input(recording, audited):
    records, *_ = recording
    outcome, rows = audited
    secrets = optagelse.personal_strings(records)
    texts = [json.dumps(r, default=str, ensure_ascii=False) for r in rows]
    for path in outcome.out.rglob("*"):
        if path.is_file() and path.suffix != ".parquet":
            texts.append(path.read_text(encoding="utf-8"))
    blob = "\n".join(texts)
    assert not [s for s in secrets if s in blob]
    assert "‹skjult›" in blob   # the echoed name and CPR number were there to hide


def test_the_command_line_prints_no_personal_data_and_refuses_without_a_salt(recording, tmp_path):
    records, _, planted, path = recording
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    cmd = [sys.executable, "-m", "harness.cli", "audit", str(path), "-o", str(tmp_path / "r"), "-w", "1"]
    refused = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert refused.returncode == 2 and "salt" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "r").exists()
    done = subprocess.run(cmd, cwd=REPO, env={**env, "YDELSESTJEK_AUDIT_SALT": optagelse.SALT}, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert f"{len(planted)} af {len(records)}" in done.stdout
    out = done.stdout + done.stderr
    assert not [s for s in optagelse.personal_strings(records) if s in out]


def test_compressed_and_joined_inputs_give_the_same_store(recording, audited, tmp_path):
    _records, lines, planted, path = recording
    _, rows = audited
    import zstandard
    gz = tmp_path / "ksd.jsonl.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    zst = tmp_path / "ksd.jsonl.zst"
    zst.write_bytes(zstandard.ZstdCompressor().compress(path.read_bytes()))
    for src in (gz, zst):
        out = tmp_path / src.suffix[1:]
        audit(AuditConfig(out=out, salt=optagelse.SALT.encode(), recorded=src, workers=2, shard_lines=37))
        assert pq.read_table(out / "afvigelser.parquet").to_pylist() == rows, src.name
    # the same cases and decisions as two files, the decisions in another order, joined on sags_id
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(b"".join(json.dumps(line["case"]).encode() + b"\n" for line in lines))
    decisions = tmp_path / "afgoerelser.jsonl"
    decisions.write_bytes(b"".join(json.dumps({"sags_id": line["case"]["sags_id"],
                                               **{k: v for k, v in line.items() if k != "case"}}).encode() + b"\n"
                                   for line in reversed(lines)))
    out = tmp_path / "par"
    outcome = audit(AuditConfig(out=out, salt=optagelse.SALT.encode(), cases=cases, decisions=decisions, workers=2))
    joined = pq.read_table(out / "afvigelser.parquet").to_pylist()

    def key(r):  # offsets are the cases file's, and the decisions file's
        return json.dumps({k: v for k, v in r.items() if k not in ("placering", "afgoerelse_placering")}, default=str,
                          sort_keys=True)

    assert sorted(map(key, joined)) == sorted(map(key, rows))
    assert outcome.tal["sager"]["afvigende"] == len(planted)
    # each joined row names where its decision's own line starts in the decisions file; one file has no such place
    assert {r["afgoerelse_placering"] for r in rows} == {None}
    text = decisions.read_bytes()
    for r in joined:
        at = r["afgoerelse_placering"]
        assert at == 0 or text[at - 1:at] == b"\n"
        line = json.loads(text[at:text.index(b"\n", at)])
        assert optagelse.pseudonym(line["sags_id"]) == r["pseudonym"]


def test_generated_cases_audit_a_candidate_the_demo_fails_and_the_reference_passes(tmp_path):
    demo = audit(AuditConfig(out=tmp_path / "demo", kandidat="demo", generate=120, ydelser=["sygedagpenge"], seed=4,
                             workers=2, shard_cases=50))
    assert demo.exit_code == 1 and demo.tal["sager"]["afvigende"] > 0
    classes = {r["noegle"][0] for r in demo.tal["klasse"]}
    assert {"forkert_beloeb", "manglende_begrundelse"} <= classes
    rows = pq.read_table(tmp_path / "demo" / "afvigelser.parquet").to_pylist()
    from adapters.demo.candidate import calculate as demo_calculate
    from harness.reference import calculate
    from harness.ydelser.sygedagpenge.generators import bulk_case
    case = bulk_case(rows[0]["placering"], 4)   # a mismatch regenerates from its number
    assert demo_calculate(case) != calculate(case)
    ref = audit(AuditConfig(out=tmp_path / "ref", kandidat="reference", generate=120, seed=4, workers=2, shard_cases=50))
    assert ref.exit_code == 0 and ref.tal["sager"]["afvigende"] == 0 and ref.tal["sager"]["sammenlignet"] > 150


def test_configuration_errors_are_exit_2_with_no_traceback(recording, tmp_path):
    from typer.testing import CliRunner

    from harness.cli import app
    _, _, _, path = recording
    env = {"YDELSESTJEK_AUDIT_SALT": "x"}
    for args in (["audit"], ["audit", str(path), str(path), "--candidate", "demo", "-o", str(tmp_path / "a")],
                 ["audit", "--generate", "5", "-o", str(tmp_path / "b")],
                 ["audit", str(tmp_path / "nosuch.jsonl"), "-o", str(tmp_path / "c")],
                 ["audit", str(path), "--engine", "spark", "-o", str(tmp_path / "d")],
                 ["audit", str(path), "--resume", "-o", str(tmp_path / "e")],
                 ["audit", "--generate", "5", "--candidate", "nosuch", "-o", str(tmp_path / "f")]):
        result = CliRunner().invoke(app, args, env=env)
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output
    out = tmp_path / "twice"
    assert CliRunner().invoke(app, ["audit", "--generate", "5", "-c", "reference", "-o", str(out), "-w", "1"]).exit_code == 0
    again = CliRunner().invoke(app, ["audit", "--generate", "5", "-c", "reference", "-o", str(out), "-w", "1"])
    assert again.exit_code == 2 and "--resume" in again.output


def test_the_html_page_is_self_contained_and_escapes_what_came_from_the_input(audited):
    import re

    from harness.audit.rapport import html_page
    outcome, _ = audited
    page = (outcome.out / "rapport.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "SDL-47-TIMEFORTJENESTE" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page) and "<script" not in page and "<link" not in page
    assert "@import" not in page and "url(" not in page
    links = re.findall(r'href="#([^"]+)"', page)
    assert links and all(f'id="{anchor}"' in page for anchor in links)      # every link resolves in the page
    tal = json.loads(json.dumps(outcome.tal))
    tal["problemer"] = ['byte 7: <script>alert("x")</script> is not a case']
    hostile = html_page(outcome.manifest, tal)
    assert "<script>" not in hostile and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in hostile


def test_hostile_recorded_answers_are_mismatches_of_their_cases_never_a_failed_audit(recording, tmp_path):
    """Answers no honest system gives (an amount of 20 digits or 1e308, a list where an amount belongs, nesting
    deeper than JSON parsers go, an empty decision) are each that case's mismatch: the audit finishes, stores
    them, and counts no kroner for an amount beyond the contract's largest (harness/compare/kroner.py LARGEST)."""
    records, _lines, _planted, _ = recording
    sdp = [(c, d) for c, d in records if c["ydelse"] == "sygedagpenge" and d.get("udbetalinger")][:6]
    first = sdp[0][1]["udbetalinger"][0]
    breaks = [{"udbetalinger": [{**first, "beloeb": "99999999999999999999.00"}]},
              {"udbetalt_i_alt": 1e308}, {"udbetalinger": "abc"}, {"udbetalinger": [None, 1, "x"]},
              {"satsperioder": json.loads("[" * 200 + "]" * 200)}, None]
    lines = []
    for (case, reference), change in zip(sdp, breaks):
        decision = dict(reference)
        if change is None:
            decision.clear()
        else:
            decision.update(change)
        lines.append(json.dumps({"case": case, "decision": decision}))
    path = tmp_path / "fjendtlig.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcome = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1))
    assert outcome.exit_code == 1
    assert outcome.tal["sager"]["afvigende"] == len(breaks) and outcome.tal["sager"]["ugyldige"] == 0
    rows = pq.read_table(tmp_path / "a" / "afvigelser.parquet").to_pylist()
    assert {r["pseudonym"] for r in rows} == {optagelse.pseudonym(c["sags_id"]) for c, _ in sdp}
    huge = [r for r in rows if r["pseudonym"] == optagelse.pseudonym(sdp[0][0]["sags_id"])]
    assert huge and all(r["kroner"] is None or abs(r["kroner"]) < Decimal("1e11") for r in huge)


def test_a_recorded_decision_with_numbers_for_booleans_is_a_mismatch(recording, tmp_path):
    """The fast path's equality tells JSON's types apart: 1 for true is no longer the reference's decision."""
    records, _lines, _planted, _ = recording
    case, reference = next((c, d) for c, d in records if c["ydelse"] == "sygedagpenge" and d.get("udbetalinger"))
    path = tmp_path / "tal.jsonl"
    path.write_text(json.dumps({"case": case, "decision": reference}) + "\n"
                    + json.dumps({"case": case, "decision": booleans_as_numbers(reference)}) + "\n", encoding="utf-8")
    outcome = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1))
    assert outcome.tal["sager"]["sammenlignet"] == 2 and outcome.tal["sager"]["afvigende"] == 1
    rows = pq.read_table(tmp_path / "a" / "afvigelser.parquet").to_pylist()
    assert rows and {r["klasse"] for r in rows} == {"ugyldigt_svar"}


def test_a_short_case_id_is_hidden_as_a_whole_value_not_as_a_word():
    """A case id of fewer than 6 characters is hidden only where it is the whole value (red team r10b F6: a case id
    `07` hid the month of every date); the name and CPR number are hidden anywhere."""
    from harness.audit.personer import HIDDEN, Skjuler
    s = Skjuler(b"salt", "sygedagpenge", {"person": {"cpr": "010203-1234", "navn": "Fatima Ali"}}, "q")
    shown = s.text("Field required: q; Fatima Alis sag, cpr 0102031234")
    assert shown == f"Field required: q; {HIDDEN} sag, cpr {HIDDEN}"   # the genitive s too (r10b F3)
    assert s.text("q") == s.text('"Q"') == HIDDEN


def test_an_audit_under_other_comparison_rules_says_so(recording, audited, tmp_path):
    """An audit is no verdict, but its mismatches and kroner are the bench's findings only under its released
    comparison rules and contract (harness/gate/shipped.py): under others, every report says so."""
    from harness.audit.rapport import terminal
    from harness.compare.policy import DEFAULT_POLICY
    outcome, _ = audited
    assert "målestok" not in (outcome.out / "summary.md").read_text(encoding="utf-8")
    _records, _lines, _planted, path = recording
    text = DEFAULT_POLICY.read_text(encoding="utf-8")
    edited = text.replace("forkert_beloeb:            {A: A, B: B, C: B}", "forkert_beloeb:            {A: C, B: C, C: C}")
    assert edited != text
    policy = tmp_path / "policy.yaml"
    policy.write_text(edited, encoding="utf-8")
    other = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1,
                              compare_policy=policy))
    warning = "ADVARSEL, bænkens målestok | sammenligningsreglerne er ikke de udgivne"
    assert warning in (other.out / "summary.md").read_text(encoding="utf-8")
    assert "bænkens målestok" in (other.out / "rapport.html").read_text(encoding="utf-8")
    assert "ADVARSEL, bænkens målestok: sammenligningsreglerne" in terminal(other.manifest, other.tal, other.out)
    assert "kontrakten" not in terminal(other.manifest, other.tal, other.out)
