"""The audit's own folder is reachable by others (a shared drive), so nothing planted in it is trusted (red team
round 10, F1, F2, F10 and F11):
- a joined audit's full copy of its input (`par/`) is made in a real folder of its own, never through a link, and
  never outlives the run;
- a finished audit is never resumed (its part files are gone: the store would be rewritten empty), and a part file
  the log lists is never skipped;
- a pipe, folder, link or malformed file at the manifest, or a link at `dele/`, is exit 2 naming it, never a hang
  or an internal error;
- a log line the audit did not write (a shard not in the plan, a field of the wrong type) is refused, naming the
  line, rather than counted as the audit's own.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pyarrow.parquet as pq
import pytest

from harness.audit import AuditConfig, AuditInterrupted, audit, kilder, lager, personer
from harness.audit.arbejde import Resultat
from harness.config_files import ConfigError
from tests.audit import optagelse

REPO = Path(__file__).resolve().parents[2]


def _cli(args: list[str], tmp_path: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "YDELSESTJEK_AUDIT_SALT": optagelse.SALT}
    return subprocess.run([sys.executable, "-m", "harness.cli", "audit", *args, "-w", "1", "-q"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


def _refused(done: subprocess.CompletedProcess, *names: str) -> None:
    """Exit 2 with a message naming each of `names`, and no traceback or internal error."""
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr
    for name in names:
        assert name in done.stderr, done.stderr


# --- F1: the joined input's copy -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """A cases file and a decisions file of 12 sygedagpenge cases (CPR numbers and names in the cases)."""
    records = optagelse.cases("sygedagpenge", 12, seed=7)
    folder = tmp_path_factory.mktemp("par-input")
    cases, decisions = folder / "sager.jsonl", folder / "afgoerelser.jsonl"
    cases.write_bytes(b"".join(orjson.dumps(c) + b"\n" for c, _ in records))
    decisions.write_bytes(b"".join(orjson.dumps({"sags_id": c["sags_id"], "decision": d}) + b"\n" for c, d in records))
    return records, cases, decisions


def _joined(out: Path, pair) -> AuditConfig:
    _, cases, decisions = pair
    return AuditConfig(out=out, salt=optagelse.SALT.encode(), cases=cases, decisions=decisions, workers=1)


def test_a_link_planted_in_par_is_not_written_through(pair, tmp_path):
    """The finding: a link at par/s-00000.tsv had the whole cases file written into its target, and left there."""
    records, *_ = pair
    victim = tmp_path / "victim.txt"
    victim.write_text("important\n", encoding="utf-8")
    out = tmp_path / "r"
    (out / "par").mkdir(parents=True)
    (out / "par" / "s-00000.tsv").symlink_to(victim)
    (out / "par" / "a-00000.tsv").symlink_to(tmp_path / "dangling")
    outcome = audit(_joined(out, pair))
    assert outcome.tal["sager"]["sammenlignet"] == len(records) and outcome.tal["sager"]["afvigende"] == 0
    assert victim.read_text(encoding="utf-8") == "important\n"
    assert not (tmp_path / "dangling").exists()
    assert not os.path.lexists(out / "par")          # the copy of the input does not outlive the audit


def test_par_as_a_link_to_another_folder_is_refused_and_nothing_is_copied_there(pair, tmp_path):
    """The finding: with par a link to another folder, full copies of the input (CPR numbers and names) were left
    there after the audit (its final rmtree raised on the link, and the error was ignored)."""
    _records, cases, decisions = pair
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "r"
    out.mkdir()
    (out / "par").symlink_to(elsewhere)
    done = _cli([str(cases), str(decisions), "-o", str(out)], tmp_path)
    _refused(done, str(out / "par"), "a link or a file stands where the audit keeps a folder of its own")
    assert list(elsewhere.iterdir()) == []
    assert (out / "par").is_symlink()                  # refused, not followed, and left for the user to see


@pytest.mark.parametrize("planted", ["file", "fifo"])
def test_a_file_or_pipe_at_par_is_refused(pair, tmp_path, planted):
    out = tmp_path / "r"
    out.mkdir()
    if planted == "file":
        (out / "par").write_text("x", encoding="utf-8")
    else:
        os.mkfifo(out / "par")
    with pytest.raises(ConfigError) as refused:
        audit(_joined(out, pair))
    assert refused.value.path == out / "par"


def test_a_partition_is_created_anew_never_through_a_link(pair, tmp_path):
    """The partition files themselves are created exclusively and without following links (O_EXCL|O_NOFOLLOW): a
    link that appears in the folder after it was made is refused, its target untouched."""
    _, cases, decisions = pair
    victim = tmp_path / "victim.txt"
    victim.write_text("important\n", encoding="utf-8")
    folder = tmp_path / "par"
    folder.mkdir()
    (folder / "a-00000.tsv").symlink_to(victim)
    with pytest.raises(ConfigError) as refused:
        kilder._write_partitions(cases, decisions, folder, 1)
    assert refused.value.path == folder / "a-00000.tsv"
    assert victim.read_text(encoding="utf-8") == "important\n"


def test_the_copy_of_the_input_is_removed_when_the_audit_stops_with_an_error(pair, tmp_path):
    """A resume partitions again, so the copy is never needed after the run: an audit that stops (here: its log is
    a link, refused after the join) leaves no copy behind."""
    out = tmp_path / "r"
    out.mkdir()
    (out / lager.LOG).symlink_to(tmp_path / "elsewhere.jsonl")
    with pytest.raises(ConfigError):
        audit(_joined(out, pair))
    assert not os.path.lexists(out / "par")


# --- an interrupted audit, to resume ---------------------------------------------------------------------

def _generated(out: Path, **kw) -> AuditConfig:
    """120 generated sygedagpenge cases the demo candidate gets wrong in most shards of 20 (6 shards)."""
    return AuditConfig(out=out, kandidat="demo", generate=120, ydelser=["sygedagpenge"], seed=3, workers=1,
                       in_flight=1, shard_cases=20, salt=optagelse.SALT.encode(), **kw)


def _bound(out: Path, salt: str = optagelse.SALT) -> lager.Folder:
    """The audit's folder with the log key `audit` itself binds: the salt's, and the manifest's start time."""
    manifest = json.loads((out / lager.MANIFEST).read_text(encoding="utf-8"))
    return lager.Folder(out).bind(personer.derive_key(salt.encode()), manifest)


def _stop_after(shards: int):
    def progress(done: int, _total: int | None, _res: Resultat) -> None:
        if done >= shards:
            raise KeyboardInterrupt
    return progress


@pytest.fixture
def interrupted(tmp_path) -> Path:
    """An audit stopped (Ctrl-C) after 3 of its 6 shards, each with a part file."""
    out = tmp_path / "afbrudt"
    with pytest.raises(AuditInterrupted):
        audit(_generated(out), _stop_after(3))
    log = _bound(out).finished()
    assert len(log) == 3 and all(rec["fil"] for rec in log.values())
    return out


def _log_lines(out: Path) -> list[str]:
    return (out / lager.LOG).read_text(encoding="utf-8").splitlines()


def test_an_interrupted_audit_resumes_to_the_store_of_a_whole_one(interrupted, tmp_path):
    resumed = audit(_generated(interrupted, resume=True))
    whole = audit(_generated(tmp_path / "hel"))
    assert pq.read_table(interrupted / lager.STORE).to_pylist() == pq.read_table(tmp_path / "hel" / lager.STORE).to_pylist()
    assert resumed.tal["sager"] == whole.tal["sager"] and resumed.tal["kroner"] == whole.tal["kroner"]
    assert len(resumed.manifest["resumed"]) == 1


# --- F2: resuming a finished audit; a missing part ----------------------------------------------------------

def test_resuming_a_finished_audit_is_refused_and_its_results_are_kept(tmp_path):
    """The finding: --resume on a finished audit rewrote the store empty and the reports with 0 kr., since its part
    files are removed when it finishes and the merge skipped missing ones."""
    out = tmp_path / "r"
    args = ["--generate", "60", "-c", "demo", "--ydelse", "sygedagpenge", "-o", str(out)]
    first = _cli(args, tmp_path)
    assert first.returncode == 1, first.stderr
    rows = pq.read_table(out / lager.STORE).num_rows
    summary = (out / "summary.md").read_bytes()
    assert rows > 0
    for again in (args + ["--resume"], args):
        done = _cli(again, tmp_path)
        _refused(done, f"this audit finished; its results are in {out}", "another --out")
        assert pq.read_table(out / lager.STORE).num_rows == rows
        assert (out / "summary.md").read_bytes() == summary


def test_a_missing_part_file_the_log_lists_is_refused_not_skipped(interrupted):
    part = lager.Folder(interrupted).part(1)
    part.unlink()
    with pytest.raises(ConfigError) as refused:
        audit(_generated(interrupted, resume=True))
    assert refused.value.path == part and "lists this part file of shard 1, but it is missing" in str(refused.value)
    folder = _bound(interrupted)
    with pytest.raises(ConfigError) as merging:        # the merge itself refuses too, and keeps no half store
        folder.merge(folder.finished())
    assert merging.value.path == part
    assert not (interrupted / lager.STORE).exists()


def test_a_pipe_at_a_part_file_is_refused_without_waiting(interrupted):
    part = lager.Folder(interrupted).part(0)
    part.unlink()
    os.mkfifo(part)
    with pytest.raises(ConfigError) as refused:
        audit(_generated(interrupted, resume=True))
    assert refused.value.path == part and "a link, pipe or device" in str(refused.value)


# --- F10: what stands at audit.json, or at dele/ --------------------------------------------------------------

def test_a_pipe_at_the_manifest_is_exit_2_not_a_hang(tmp_path):
    out = tmp_path / "r"
    out.mkdir()
    os.mkfifo(out / lager.MANIFEST)
    done = _cli(["--generate", "5", "-c", "reference", "-o", str(out)], tmp_path, timeout=60)
    _refused(done, str(out / lager.MANIFEST), "a link, pipe or device")


@pytest.mark.parametrize(("planted", "said"), [
    (b'{"version": 2,', "not JSON"),
    (b"[1, 2]", "holds a JSON list"),
    (b"\xff\xfe", "not UTF-8"),
    (b'{"version": 2, "started": "x", "resumed": 7}', "resumed"),
    (b"folder", "a link, pipe or device"),
    (b"link", "a link, pipe or device"),
    (b" " * (lager.MANIFEST_MAX + 1), "larger than"),
])
def test_a_malformed_manifest_is_exit_2_naming_it(tmp_path, planted, said):
    from typer.testing import CliRunner

    from harness.cli import app
    out = tmp_path / "r"
    out.mkdir()
    manifest = out / lager.MANIFEST
    if planted == b"folder":
        manifest.mkdir()
    elif planted == b"link":
        (tmp_path / "other.json").write_text("{}", encoding="utf-8")
        manifest.symlink_to(tmp_path / "other.json")
    else:
        manifest.write_bytes(planted)
    for resume in ([], ["--resume"]):
        result = CliRunner().invoke(app, ["audit", "--generate", "5", "-c", "reference", "-o", str(out), "-w", "1",
                                          "-q", *resume])
        assert result.exit_code == 2, result.output
        assert "internal error" not in result.output and "Traceback" not in result.output
        assert str(manifest) in result.output and said in result.output, result.output


def test_a_link_at_the_parts_folder_is_refused(tmp_path):
    """The finding: a link at dele/ in a new --out was an internal error (rmtree on a link)."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep", encoding="utf-8")
    out = tmp_path / "r"
    out.mkdir()
    (out / lager.PARTS).symlink_to(elsewhere)
    done = _cli(["--generate", "60", "-c", "demo", "--ydelse", "sygedagpenge", "-o", str(out)], tmp_path)
    _refused(done, str(out / lager.PARTS), "a link or a file stands where the audit keeps a folder of its own")
    assert [p.name for p in elsewhere.iterdir()] == ["keep.txt"]


def test_a_link_at_the_parts_folder_is_not_read_on_resume(interrupted, tmp_path):
    """A resume reads the parts the log lists: through a link at dele/ they would be another folder's files."""
    elsewhere = tmp_path / "elsewhere"
    (interrupted / lager.PARTS).rename(elsewhere)
    (interrupted / lager.PARTS).symlink_to(elsewhere)
    with pytest.raises(ConfigError) as refused:
        audit(_generated(interrupted, resume=True))
    assert refused.value.path == interrupted / lager.PARTS
    assert not (interrupted / lager.STORE).exists()


# --- F11: the log's lines -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "said"), [
    ('{"nr": 4, "sager": "abc", "afvigende": null}', "missing"),
    (None, "shard 999 is not in this audit's plan"),
    ("sager=-1", "sager of the wrong type"),
    ("afvigende=true", "afvigende of the wrong type"),
    ("problemer=[1]", "problemer of the wrong type"),
    ("fil=../../etc/passwd", "fil is '../../etc/passwd'"),
    ("[4]", "a JSON list"),
])
def test_a_log_line_the_audit_did_not_write_is_refused_naming_it(interrupted, line, said):
    """The finding: a line for a shard the plan does not have was counted (1,000,300 cases of a 300-case audit),
    and one of the wrong type was an internal error."""
    good = json.loads(_log_lines(interrupted)[0])
    if line is None:     # sealed as the audit would: only the plan tells it apart
        record = {**good, "nr": 999, "fil": None, "sha256": None, "sager": 1_000_000}
        line = json.dumps({**record, lager.SEAL: _bound(interrupted).seal(record)})
    elif "=" in line:
        key, value = line.split("=", 1)
        line = json.dumps({**good, "nr": 4, "fil": None,
                           key: value if key == "fil" else json.loads(value)})
    with open(interrupted / lager.LOG, "a", encoding="utf-8") as log:
        log.write(line + "\n")
    number = len(_log_lines(interrupted))
    with pytest.raises(ConfigError) as refused:
        audit(_generated(interrupted, resume=True))
    assert refused.value.path == interrupted / lager.LOG
    assert f"line {number}: " in str(refused.value) and said in str(refused.value), str(refused.value)


def test_a_line_cut_off_by_a_kill_is_still_done_again(interrupted, tmp_path):
    """Not JSON at all is what a kill mid-write leaves: that shard is redone, the audit is not refused."""
    with open(interrupted / lager.LOG, "a", encoding="utf-8") as log:
        log.write('{"nr": 4, "sager": 2')
    resumed = audit(_generated(interrupted, resume=True))
    whole = audit(_generated(tmp_path / "hel"))
    assert resumed.tal["sager"] == whole.tal["sager"]


def test_the_log_check_knows_every_field_a_shard_logs():
    record = {**Resultat(nr=3, problemer=["x"], kobling={"uparrede": ["y"]}, sekunder=0.5).log_record(), "fil": None,
              "sha256": None, lager.SEAL: "0" * 64}
    assert lager._log_problem(record) is None
    assert lager._log_problem({**record, "fil": "dele/shard-000003.parquet", "sha256": "a" * 64}) is None
    assert "sha256" in str(lager._log_problem({**record, "fil": "dele/shard-000003.parquet"}))


# --- red team round 10c F4: a forged log ----------------------------------------------------------------------

def _forged(interrupted: Path, key: bytes | None) -> list[str]:
    """The log of the finding: every shard of the plan 'done', 20 cases each, none mismatching, no part file; sealed
    under `key` (someone's guess) or not at all."""
    good = json.loads(_log_lines(interrupted)[0])
    manifest = json.loads((interrupted / lager.MANIFEST).read_text(encoding="utf-8"))
    forger = lager.Folder(interrupted).bind(key, manifest) if key else None
    lines = []
    for nr in range(6):
        rec = {**good, "nr": nr, "fil": None, "sha256": None, "sager": 20, "sammenlignet": 20, "bestaaet": 20,
               "afvigende": 0, "hurtige": 20}
        rec.pop(lager.SEAL)
        if forger is not None:
            rec[lager.SEAL] = forger.seal(rec)
        lines.append(json.dumps(rec))
    return lines


@pytest.mark.parametrize("key", [None, b"gaet", personer.derive_key(b"ydelsestjek: genererede sager (ingen personoplysninger)")],
                         ids=["unsealed", "a-guessed-key", "the-built-in-salt"])
def test_a_forged_log_before_resume_is_refused_not_a_clean_audit(interrupted, key):
    """The finding: a log rewritten to say every shard was done without a mismatch, the part files removed, made
    --resume write a clean audit (exit 0) of decisions the candidate got wrong."""
    (interrupted / lager.LOG).write_text("\n".join(_forged(interrupted, key)) + "\n", encoding="utf-8")
    for part in (interrupted / lager.PARTS).iterdir():
        part.unlink()
    with pytest.raises(ConfigError) as refused:
        audit(_generated(interrupted, resume=True))
    said = str(refused.value)
    assert refused.value.path == interrupted / lager.LOG and "line 1: " in said
    assert ("missing segl" in said) if key is None else ("seal does not match" in said)
    assert not (interrupted / lager.STORE).exists() and not (interrupted / "summary.json").exists()


def test_a_log_line_from_another_audit_under_the_same_salt_is_refused(interrupted, tmp_path, monkeypatch):
    """Sealed lines are bound to their audit's start time: another audit's clean line does not stand in for one
    of this audit's (a shard with mismatches replaced by the other's)."""
    import harness.audit.revision as revision

    class Later(revision.dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return revision.dt.datetime(2031, 1, 1, tzinfo=tz)

    monkeypatch.setattr(revision.dt, "datetime", Later)
    other = tmp_path / "andet"
    with pytest.raises(AuditInterrupted):
        audit(_generated(other), _stop_after(3))
    monkeypatch.undo()
    (interrupted / lager.LOG).write_text((other / lager.LOG).read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        audit(_generated(interrupted, resume=True))
    assert "line 1: its seal does not match" in str(refused.value)


@pytest.mark.parametrize("how", ["swapped", "fewer-rows"])
def test_a_part_file_changed_or_swapped_is_refused_naming_it(interrupted, how):
    folder = _bound(interrupted)
    one, two = folder.part(0), folder.part(1)
    if how == "swapped":
        one_bytes = one.read_bytes()
        one.write_bytes(two.read_bytes())
        two.write_bytes(one_bytes)
    else:
        table = pq.read_table(one)
        pq.write_table(table.slice(0, 1), one, compression="zstd")
    with pytest.raises(ConfigError) as refused:
        audit(_generated(interrupted, resume=True))
    assert refused.value.path == one and "SHA-256 differs" in str(refused.value)
    assert not (interrupted / lager.STORE).exists()


def test_a_log_line_removed_only_makes_its_shard_be_done_again(interrupted, tmp_path):
    lines = _log_lines(interrupted)
    (interrupted / lager.LOG).write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")
    resumed = audit(_generated(interrupted, resume=True))
    whole = audit(_generated(tmp_path / "hel"))
    assert pq.read_table(interrupted / lager.STORE).to_pylist() == pq.read_table(tmp_path / "hel" / lager.STORE).to_pylist()
    assert resumed.tal["sager"] == whole.tal["sager"] and resumed.tal["kroner"] == whole.tal["kroner"]


def test_a_clean_audits_log_with_its_start_time_copied_over_is_refused(interrupted, tmp_path):
    """Red team round 11b F1: a finished clean audit's sealed log (a correct system, the same salt: one salt for every
    municipality, as docs/audit.md suggests), copied into an interrupted audit of a wrong system with its `started`
    copied into audit.json too, resumed to "0 af 20.000 sager afviger", exit 0. The seal covers the plan now."""
    clean = tmp_path / "ren"
    done = audit(AuditConfig(out=clean, kandidat="reference", generate=120, ydelser=["sygedagpenge"], seed=3, workers=1,
                             in_flight=1, shard_cases=20, salt=optagelse.SALT.encode()))
    assert done.tal["sager"]["afvigende"] == 0
    manifest = json.loads((interrupted / lager.MANIFEST).read_text(encoding="utf-8"))
    manifest["started"] = json.loads((clean / lager.MANIFEST).read_text(encoding="utf-8"))["started"]
    (interrupted / lager.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (interrupted / lager.LOG).write_text((clean / lager.LOG).read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        audit(_generated(interrupted, resume=True))
    assert "line 1: its seal does not match" in str(refused.value)
    assert not (interrupted / "summary.json").exists()
