"""A run dated back (`run --today` before the machine's date) cannot bring an expired waiver back to life: the
waivers count as of the later of the two dates (harness/gate/gate.py waiver_day), and the pack and the terminal say
that the run was dated back. A verdict computed again later (`report`, `sign-pack`, `verify-pack`, `compare`) is
judged as of the machine's date the run recorded, never of the day it is checked, and a results.json from before
that date was recorded is judged as of the day it finished: a back-dated GO cannot be verified into a GO.

The candidate is the fake calculator with one B deviation (the municipality's first paying day a day late in
SDP-901-001), covered by one waiver: GO while the waiver counts, NO-GO once it has expired. The dates are the
machine's own, so these tests mean the same on any day."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.report import load_results

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
PROJEKT_KEY = ROOT / "keys" / "projekt_ed25519"
BACKDATED = "kørslen er dateret tilbage"

LATE = """import datetime as dt
from tests.fakes.fake_reference import calculate as _fake
METADATA = {'system': 'KSD-sen', 'version': '1.0', 'ydelser': ['sygedagpenge']}
def calculate(case):
    d = _fake(case)
    if case.get('sags_id') == 'S3':   # SDP-901-001, severity B
        day = dt.date.fromisoformat(d['kommune_betaler_fra']['dato']) + dt.timedelta(days=1)
        d['kommune_betaler_fra']['dato'] = day.isoformat()
    return d
"""


def _today() -> dt.date:
    return dt.date.today()


def _days(n: int) -> dt.date:
    return _today() + dt.timedelta(days=n)


@pytest.fixture
def late(tmp_path, monkeypatch) -> str:
    (tmp_path / "ksd_sen.py").write_text(LATE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "python:ksd_sen"


def _register(tmp_path: Path, expires: dt.date) -> Path:
    path = tmp_path / "waivers.yaml"
    path.write_text(f"""waivers_version: "1.0"
waivers:
  - id: KD-SEN
    scenario: "SDP-901-001"
    failure_class: forkert_dato
    system: "KSD-sen"
    ticket: "https://vendor.example/KD-SEN"
    owner: "Leverandør"
    workaround: "Sagsbehandler retter første betalingsdag manuelt"
    expires: {expires.isoformat()}
""", encoding="utf-8")
    return path


def _run(tmp_path: Path, golden_dir: Path, policy: Path, spec: str, expires: dt.date, *extra: str, run_id: str):
    res = runner.invoke(app, ["run", "--candidate", spec, "--golden-dir", str(golden_dir), "--out",
                              str(tmp_path / "reports"), "--run-id", run_id, "--policy", str(policy),
                              "--waivers", str(_register(tmp_path, expires)), *extra])
    return res, tmp_path / "reports" / run_id


def test_the_waiver_makes_the_late_date_a_go_while_it_counts(tmp_path, golden_dir, without_negative, late):
    res, out = _run(tmp_path, golden_dir, without_negative, late, _days(30), run_id="gyldig")
    assert res.exit_code == 0, res.output
    gate = load_results(out / "results.json")["gate"]
    assert [w["id"] for w in gate["waivers_used"]] == ["KD-SEN"]
    assert gate["today"] == gate["today_requested"] == gate["clock_today"] == _today().isoformat()
    assert BACKDATED not in res.output


def test_a_back_dated_today_does_not_revive_an_expired_waiver(tmp_path, golden_dir, without_negative, late):
    """The waiver expired yesterday; --today ten days ago would have counted it (and the run was GO)."""
    res, out = _run(tmp_path, golden_dir, without_negative, late, _days(-1), "--today", _days(-10).isoformat(),
                    run_id="tilbage")
    assert res.exit_code == 1, res.output
    results = load_results(out / "results.json")
    gate = results["gate"]
    assert gate["verdict"] == "NO-GO" and gate["waivers_used"] == []
    assert [w["id"] for w in gate["expired_waivers"]] == ["KD-SEN"]
    assert gate["expired_waivers"][0]["deviations"] == ["SDP-901-001/forkert_dato"]
    assert any("ikke dækket af en gyldig undtagelse" in r for r in gate["reasons"])
    assert (gate["today"], gate["today_requested"], gate["clock_today"]) == (
        _today().isoformat(), _days(-10).isoformat(), _today().isoformat())
    assert BACKDATED in res.output                    # the terminal, the first page and the HTML page say so
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert BACKDATED in summary and f"undtagelser gælder pr. {_today().isoformat()}" in summary
    assert BACKDATED in (out / "rapport.html").read_text(encoding="utf-8")


def test_a_forward_dated_today_retires_a_waiver_early(tmp_path, golden_dir, without_negative, late):
    """--today in the future is kept: a waiver that will have expired by then does not count (stricter)."""
    res, out = _run(tmp_path, golden_dir, without_negative, late, _days(5), "--today", _days(6).isoformat(),
                    run_id="frem")
    assert res.exit_code == 1, res.output
    gate = load_results(out / "results.json")["gate"]
    assert gate["today"] == _days(6).isoformat() and [w["id"] for w in gate["expired_waivers"]] == ["KD-SEN"]
    assert BACKDATED not in res.output


def _machine_date(monkeypatch, day: dt.date) -> None:
    import harness.gate.gate
    monkeypatch.setattr(harness.gate.gate, "machine_today", lambda: day, raising=False)


def test_a_pack_is_judged_again_as_of_its_run_not_of_the_day_it_is_checked(tmp_path, golden_dir, without_negative,
                                                                          late, monkeypatch):
    """A genuine GO made yesterday, on the waiver's last day, is still that GO when checked today."""
    with monkeypatch.context() as m:
        _machine_date(m, _days(-1))
        res, out = _run(tmp_path, golden_dir, without_negative, late, _days(-1), "--sign-key", str(PROJEKT_KEY),
                        run_id="i-gaar")
        assert res.exit_code == 0, res.output
    assert load_results(out / "results.json")["gate"]["clock_today"] == _days(-1).isoformat()
    verified = runner.invoke(app, ["verify-pack", str(out)])
    assert verified.exit_code == 0, verified.output
    assert verified.output.startswith("GO for ") and ": pakken" in verified.output
    again = runner.invoke(app, ["report", str(out), "--out", str(tmp_path / "igen")])
    assert again.exit_code == 0, again.output
    assert "ændret efter kørslen" not in (tmp_path / "igen" / "summary.md").read_text(encoding="utf-8")


def test_a_back_dated_pack_from_before_the_machine_date_was_recorded_is_not_verified_into_a_go(
        tmp_path, golden_dir, without_negative, late, monkeypatch):
    """The pack an older ydelsestjek wrote for `run --today <ten days ago>` with a waiver that expired yesterday:
    its gate counted the waiver (GO) and it was signed. Checked again, it is judged as of the day it finished."""
    with monkeypatch.context() as m:
        _machine_date(m, _days(-10))      # (an older ydelsestjek ignores this and counts the waiver as of --today)
        res, out = _run(tmp_path, golden_dir, without_negative, late, _days(-1), "--today", _days(-10).isoformat(),
                        run_id="gammel")
        assert res.exit_code == 0, res.output
    doc = json.loads((out / "results.json").read_text(encoding="utf-8"))
    for key in ("today_requested", "clock_today"):                       # as an older ydelsestjek wrote it
        doc["gate"].pop(key, None)
    doc["finished"] = f"{_today().isoformat()}T12:00:00+00:00"
    (out / "results.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    from harness.report import run_seal  # the file as that older run wrote it: its own, sealed
    run_seal.write(out, (out / "results.json").read_bytes())
    with monkeypatch.context() as m:                                     # signed as the older ydelsestjek did
        import harness.report.verdict as verdict

        def older(d):
            day = dt.date.fromisoformat(d.gate.today)
            return day, day
        m.setattr(verdict, "_run_dates", older, raising=False)
        signed = runner.invoke(app, ["sign-pack", str(out), "--key", str(PROJEKT_KEY)])
        assert signed.exit_code == 0, signed.output
    verified = runner.invoke(app, ["verify-pack", str(out)])
    assert verified.exit_code == 2, verified.output
    assert "GO: pakken" not in verified.output
    again = runner.invoke(app, ["report", str(out), "--out", str(tmp_path / "igen")])
    assert again.exit_code == 1, again.output
    shown = load_results(tmp_path / "igen" / "results.json")
    assert shown["gate"]["verdict"] == "NO-GO" and [w["id"] for w in shown["gate"]["expired_waivers"]] == ["KD-SEN"]
    assert "kørslen var dateret tilbage" in (tmp_path / "igen" / "summary.md").read_text(encoding="utf-8")
    compared = runner.invoke(app, ["compare", str(out), str(tmp_path / "igen"), "--out", str(tmp_path / "c")])
    assert compared.exit_code in (0, 1), compared.output
    assert "gammel (KSD-sen 1.0, NO-GO) -> " in compared.output and "kørslen var dateret tilbage" in compared.output
