"""pytest plugin: `pytest --candidate SPEC` runs the golden scenarios against a candidate.

With --candidate, the collected items are exactly the goldens (one test per golden, named by its id, under
the node `ydelsestjek`); the repo's own test files are not collected. Without --candidate this plugin does nothing.
The whole selection runs once, through the same runner as `ydelsestjek run`, when collection is done (so -k and
-m select among the goldens); each test then reports its golden's outcome: a failure shows the §, the failure
class, the severity and the field diff. Goldens of benefits the candidate does not declare are deselected (the
run's scope, harness/gate/scope.py). When -k or -m leave out goldens of the judged benefits, the run is passed only
the selected ones (--only): it records what was left out, says so beside the verdict, and is NO-GO, like `run
--only`. The exit code agrees with the gate: NO-GO is a failed session even when every
test passed (a mandatory scenario not run, too few scenarios of a legal area, a B limit exceeded by waived
deviations); a candidate that declares nothing, or any configuration error, is a usage error.
"""
from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser):
    group = parser.getgroup("ydelsestjek")
    group.addoption("--candidate", action="store", default=None,
                    help="candidate spec (reference, demo, python:MODULE, cmd:COMMAND, file:PATH.jsonl, http://…)")
    group.addoption("--golden-dir", action="store", default=None, help="golden set [default: golden/]")
    group.addoption("--approvers", action="store", default=None,
                    help="trusted golden approvers [default: policies/godkendere.yaml]")
    group.addoption("--scenario-dir", action="store", default=None,
                    help="check the goldens against these scenarios [default: scenarios/ for the bundled golden/]")
    group.addoption("--policy", action="store", default=None, help="rollout policy YAML (for the verdict line)")
    group.addoption("--waivers", action="store", default=None, help="known-deviation register YAML; waived deviations pass")
    group.addoption("--candidate-timeout", action="store", type=float, default=10.0,
                    help="seconds a cmd: candidate may spend on one case")
    group.addoption("--ydelse", action="store", default=None, dest="ydelsestjek_ydelse",
                    help="judge the candidate on this benefit only (names it for a candidate that declares none)")
    group.addoption("--evidence-dir", action="store", default=None,
                    help="also write the evidence pack (summary.md, results.json, …) under this folder")


class GoldenFailure(Exception):
    """A golden whose candidate answer deviates (unwaived) or errored."""


class GoldenCollection(pytest.Collector):
    def collect(self):  # items are made by pytest_collection_modifyitems
        return []


class GoldenItem(pytest.Item):
    def __init__(self, *, golden, **kwargs):
        super().__init__(**kwargs)
        self.golden = golden
        self.add_marker(pytest.mark.ydelsestjek)

    def runtest(self) -> None:
        from harness.report.escape import plain
        record = _run_once(self.session)[self.golden.id]
        for dev in record["deviations"]:
            self.user_properties.append(("afvigelse", plain(f"{dev['id']} {dev['klasse_tekst']} {dev['alvor']}")))
        if record["status"] == "skipped":
            pytest.skip(plain(f"{self.golden.id}: {record['reason']}"))
        if record["status"] == "errored":
            raise GoldenFailure(_lines(f"{self.golden.id} — {'; '.join(record['hjemmel'])}\n"
                                       f"fejl/timeout (alvor {record['deviations'][0]['alvor']}): {record['reason']}"))
        if any(not d.get("undtagelse") for d in record["deviations"]):
            from harness.report.junit import failure_text
            message, detail = failure_text(record)
            raise GoldenFailure(_lines(f"{self.golden.id} {self.golden.titel}\n{message}\n{detail}"))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, GoldenFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.golden.path, None, f"{self.golden.id}: {self.golden.titel}"


def _lines(text: str) -> str:
    """A failure message for the terminal: our line breaks kept, candidate text inert (no ANSI, no CR)."""
    from harness.report.escape import plain
    return "\n".join(plain(line) for line in text.split("\n"))


_RESULTS = pytest.StashKey[dict]()
_OUTCOME = pytest.StashKey[object]()
_COLLECTED = pytest.StashKey[set]()   # every golden id collected, before -k/-m deselect


def _config(config, only=None):
    import math

    from harness.runner import RunConfig
    timeout = config.getoption("candidate_timeout")
    if not (math.isfinite(timeout) and 0 < timeout <= 7 * 24 * 3600):
        raise pytest.UsageError(f"--candidate-timeout: expected a number of seconds greater than 0, got {timeout!r}")
    rc = RunConfig(candidate=config.getoption("candidate"), timeout=config.getoption("candidate_timeout"),
                   out=Path(config.getoption("evidence_dir")) if config.getoption("evidence_dir") else None,
                   only=only or [], ydelse=config.getoption("ydelsestjek_ydelse"))
    if config.getoption("golden_dir"):
        rc.golden_dir = Path(config.getoption("golden_dir"))
    if config.getoption("approvers"):
        rc.approvers = Path(config.getoption("approvers"))
    if config.getoption("scenario_dir"):
        rc.scenario_dir = Path(config.getoption("scenario_dir"))
    if config.getoption("policy"):
        rc.policy = Path(config.getoption("policy"))
    if config.getoption("waivers"):
        rc.waivers = Path(config.getoption("waivers"))
    return rc


def _run_once(session) -> dict:
    config = session.config
    if _RESULTS not in config.stash:
        from harness import redact
        from harness.adapters_api import CandidateError
        from harness.config_files import ConfigError
        from harness.runner import ScopeError, execute
        try:
            redact.register_environment()
        except redact.WeakSecret as exc:
            raise pytest.UsageError(f"ydelsestjek: {exc}") from None
        ids = [i.golden.id for i in session.items if isinstance(i, GoldenItem)]
        # --only only when -k, -m (or a node id, --deselect, --lf) left goldens out: the run then records what the
        # selection left out, says so where the verdict is, and is never a GO (harness/gate/gate.py)
        everything = set(ids) == config.stash.get(_COLLECTED, set())
        try:
            outcome = execute(_config(config, only=[] if everything else ids))
        except ScopeError as exc:
            raise pytest.UsageError(f"scope: {exc}") from None
        except ConfigError as exc:
            raise pytest.UsageError(f"configuration error in {exc.path}:\n  " + "\n  ".join(exc.problems)) from None
        except CandidateError as exc:
            raise pytest.UsageError(f"--candidate: {exc}") from None
        config.stash[_OUTCOME] = outcome
        config.stash[_RESULTS] = {c["id"]: c for c in outcome.results["cases"]}
    return config.stash[_RESULTS]


def pytest_collection_finish(session):
    """Run the selected goldens once, now; deselect those of benefits outside the candidate's scope."""
    config = session.config
    if not config.getoption("candidate") or config.option.collectonly:
        return
    if not any(isinstance(i, GoldenItem) for i in session.items):
        return
    results = _run_once(session)
    dropped = [i for i in session.items if isinstance(i, GoldenItem) and i.golden.id not in results]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        session.items[:] = [i for i in session.items if not (isinstance(i, GoldenItem) and i.golden.id not in results)]


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    """NO-GO fails the session, whatever the single tests did."""
    outcome = session.config.stash.get(_OUTCOME, None)
    if outcome is not None and not outcome.go and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_configure(config):
    config.addinivalue_line("markers", "ydelsestjek: a golden scenario run against the --candidate")


def pytest_ignore_collect(collection_path, config):
    """With --candidate the goldens are the tests: the repo's own test files are not even imported."""
    if config.getoption("candidate"):
        return True
    return None


@pytest.hookimpl(tryfirst=True)  # before -k/-m deselection, so those select among the goldens
def pytest_collection_modifyitems(session, config, items):
    if not config.getoption("candidate"):
        return
    from harness.adapters_api import CandidateError, open_candidate
    from harness.compare import load_policy
    from harness.config_files import ConfigError
    from harness.gate import load_rollout_policy, load_waivers
    from harness.golden.store import GoldenIntegrityError
    from harness.runner import verified_goldens

    rc = _config(config)
    try:
        goldens = verified_goldens(rc).goldens  # the run checks again, on the bytes it uses
        classes = list(load_policy(rc.compare_policy).failure_classes)
        load_rollout_policy(rc.policy)
        if rc.waivers:
            load_waivers(rc.waivers, classes)
        open_candidate(rc.candidate, timeout=rc.timeout)  # checks the spec; the run opens its own
    except GoldenIntegrityError as exc:
        raise pytest.UsageError("the golden set failed its integrity check:\n  " + "\n  ".join(exc.problems)) from None
    except ConfigError as exc:
        raise pytest.UsageError(f"configuration error in {exc.path}:\n  " + "\n  ".join(exc.problems)) from None
    except CandidateError as exc:
        raise pytest.UsageError(f"--candidate: {exc}") from None
    parent = GoldenCollection.from_parent(session, name="ydelsestjek", nodeid="ydelsestjek")
    items[:] = [GoldenItem.from_parent(parent, name=g.id, golden=g) for g in goldens]
    config.stash[_COLLECTED] = {g.id for g in goldens}
    config.hook.pytest_collectreport(report=pytest.CollectReport(parent.nodeid, "passed", None, list(items)))


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    outcome = config.stash.get(_OUTCOME, None)
    if outcome is None:
        return
    from harness.report.escape import plain
    from harness.report.text import selection_note
    gate, meta = outcome.results["gate"], outcome.results["candidate"]["metadata"]
    left_out = outcome.results["golden"].get("left_out") or []
    from harness.toolkit.dansk import antal
    part = f" (kun et udvalg: {antal(len(left_out), 'scenarie', 'scenarier')} udeladt med -k/-m)" if left_out else ""
    terminalreporter.section("ydelsestjek")
    terminalreporter.write_line(f"{plain(meta['system'], 80)} {plain(meta['version'], 40)}: {gate['verdict']}{part}")
    if (note := selection_note(outcome.results["golden"])):
        terminalreporter.write_line(note)
    scope = outcome.results.get("scope")
    if scope:
        terminalreporter.write_line("omfang: " + ", ".join(f"{b['ydelse']} ({b['scenarios']} scenarier)"
                                                           for b in scope["in_scope"]))
        if scope["out_of_scope"]:
            terminalreporter.write_line("ikke i omfang: " + ", ".join(
                f"{b['ydelse']} ({b['scenarios']} scenarier: {b['reason']})" for b in scope["out_of_scope"]))
    for reason in gate["reasons"]:
        terminalreporter.write_line(f"  - {reason}")
    if outcome.run_dir:
        terminalreporter.write_line(f"evidence pack: {outcome.run_dir}")
