"""pytest plugin: `pytest --candidate SPEC` runs the golden scenarios against a candidate.

With --candidate, the collected items are exactly the goldens (one test per golden, named by its id, under
the node `ydelsestjek`); the repo's own test files are not collected. Without --candidate this plugin does nothing.
The whole selection runs once, through the same runner as `ydelsestjek run`; each test then reports its
golden's outcome: a failure shows the §, the failure class, the severity and the field diff.
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
        record = _run_once(self.session)[self.golden.id]
        for dev in record["deviations"]:
            self.user_properties.append(("afvigelse", f"{dev['id']} {dev['klasse_tekst']} {dev['alvor']}"))
        if record["status"] == "skipped":
            pytest.skip(f"{self.golden.id}: {record['reason']}")
        if record["status"] == "errored":
            raise GoldenFailure(f"{self.golden.id} — {'; '.join(record['hjemmel'])}\n"
                                f"fejl/timeout (alvor {record['deviations'][0]['alvor']}): {record['reason']}")
        if any(not d.get("undtagelse") for d in record["deviations"]):
            from harness.report.junit import failure_text
            message, detail = failure_text(record)
            raise GoldenFailure(f"{self.golden.id} {self.golden.titel}\n{message}\n{detail}")

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, GoldenFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.golden.path, None, f"{self.golden.id}: {self.golden.titel}"


_RESULTS = pytest.StashKey[dict]()
_OUTCOME = pytest.StashKey[object]()


def _config(config, only=None):
    from harness.runner import RunConfig
    rc = RunConfig(candidate=config.getoption("candidate"), timeout=config.getoption("candidate_timeout"),
                   out=Path(config.getoption("evidence_dir")) if config.getoption("evidence_dir") else None,
                   only=only or [])
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
        from harness.runner import execute
        ids = [i.golden.id for i in session.items if isinstance(i, GoldenItem)]
        outcome = execute(_config(config, only=ids))
        config.stash[_OUTCOME] = outcome
        config.stash[_RESULTS] = {c["id"]: c for c in outcome.results["cases"]}
    return config.stash[_RESULTS]


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
    config.hook.pytest_collectreport(report=pytest.CollectReport(parent.nodeid, "passed", None, list(items)))


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    outcome = config.stash.get(_OUTCOME, None)
    if outcome is None:
        return
    gate, meta = outcome.results["gate"], outcome.results["candidate"]["metadata"]
    terminalreporter.section("ydelsestjek")
    terminalreporter.write_line(f"{meta['system']} {meta['version']}: {gate['verdict']}")
    for reason in gate["reasons"]:
        terminalreporter.write_line(f"  - {reason}")
    if outcome.run_dir:
        terminalreporter.write_line(f"evidence pack: {outcome.run_dir}")
