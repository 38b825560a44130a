"""Every sygedagpenge scenario, run through pytest-bdd against the reference calculator."""
from pytest_bdd import scenarios

from harness.ydelser.sygedagpenge.bindings import *  # noqa: F403  (the grammar's step bindings and fixtures)

scenarios("../../scenarios/sygedagpenge")
