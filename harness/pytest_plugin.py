"""pytest plugin: `pytest --candidate SPEC` runs the golden scenarios against a candidate."""


def pytest_addoption(parser):
    group = parser.getgroup("ydelsestjek")
    group.addoption("--candidate", action="store", default=None,
                    help="candidate spec (reference, demo, python:MODULE, cmd:COMMAND, file:PATH.jsonl, http://…)")
