"""`pytest --candidate SPEC`: one test per golden, named by id; failures show §, class and field diff."""
from __future__ import annotations

import pytest

from tests.fakes.fake_reference import calculate as fake
from tests.suite import write_suite


@pytest.fixture
def suite(pytester):
    root = write_suite(pytester.path / "golden", fake)
    pytester.makefile(".py", test_own="def test_own():\n    assert True\n")
    return root


def test_plain_pytest_is_untouched_without_candidate(pytester, suite):
    result = pytester.runpytest_inprocess("-q")
    result.assert_outcomes(passed=1)


def test_each_golden_is_a_test_named_by_its_id(pytester, suite):
    result = pytester.runpytest_inprocess("--candidate", "python:tests.fakes.fake_reference", f"--golden-dir={suite}", "-v",
                                          f"--junitxml={pytester.path / 'j.xml'}")
    result.assert_outcomes(passed=6)
    result.stdout.fnmatch_lines(["*collected 6 items"])
    import xml.etree.ElementTree as ET
    names = sorted((tc.get("classname"), tc.get("name")) for tc in ET.parse(pytester.path / "j.xml").iter("testcase"))
    assert names == [("ydelsestjek", g.stem) for g in sorted((suite / "sygedagpenge").glob("*.json"))]
    result.stdout.fnmatch_lines(["ydelsestjek::SDP-900-001 PASSED*", "ydelsestjek::SDP-904-001 PASSED*", "*GO*"])


def test_failures_show_the_paragraph_the_class_and_the_field_diff(pytester, suite):
    result = pytester.runpytest_inprocess("--candidate", "python:tests.fakes.demo_on_fake", f"--golden-dir={suite}",
                                          "-k", "SDP-902")
    result.assert_outcomes(failed=1, deselected=5)
    result.stdout.fnmatch_lines([
        "*SDP-902-001 Testscenarie SDP-902-001*",
        "*manglende udbetaling (alvor A)*sygedagpengeloven § 32*",
        "*udbetalt_i_alt.beloeb: forventet *, fik 0.00*",
        "*NO-GO*",
    ])


def test_tampered_golden_is_a_usage_error(pytester, suite):
    (suite / "sygedagpenge" / "SDP-900-001.json").write_text("{}", encoding="utf-8")
    result = pytester.runpytest_inprocess("--candidate", "python:tests.fakes.fake_reference", f"--golden-dir={suite}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*SDP-900-001.json: sha256 differs from the manifest*"])
