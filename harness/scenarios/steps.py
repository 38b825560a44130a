"""pytest-bdd bindings generated from the grammar table; a test module does `from harness.scenarios.steps import *`.

No step is written twice: each binding delegates to the grammar's function, so pytest-bdd, the golden workflow
and the lint read a step the same way. Fixtures: `sag` (the case being built), `afgoerelse` (the decision).
"""
from __future__ import annotations

from inspect import Parameter, Signature

import pytest
from pytest_bdd import given, parsers, then, when

from . import grammar

__all__ = ["sag", "calculator"]


@pytest.fixture
def sag() -> grammar.Sag:
    return grammar.Sag()


@pytest.fixture
def calculator():
    """The system the scenarios run against; override this fixture to run them against another calculator."""
    from harness.reference import calculate
    return calculate


def scenario_id(request) -> str:
    example = request.getfixturevalue("_pytest_bdd_example") or {}
    if example.get("id"):
        return example["id"]
    for mark in request.node.iter_markers():
        if mark.name == "id" and mark.args:
            return mark.args[0]
        if mark.name.startswith("id:"):
            return mark.name[3:]
    return "UDEN-ID"


def _signature(first: list[str], stepdef: grammar.StepDef) -> Signature:
    names = first + sorted(stepdef.parser.named_fields)
    if stepdef.table:
        names.append("datatable")
    return Signature([Parameter(n, Parameter.POSITIONAL_OR_KEYWORD) for n in names])


def _bind(stepdef: grammar.StepDef):
    parser = parsers.cfparse(stepdef.pattern, extra_types=grammar.TYPES)
    if stepdef.kind == "given":
        def run(sag, **kwargs):
            stepdef.fn(sag, **kwargs)
        run.__signature__ = _signature(["sag"], stepdef)
        return given(parser, stacklevel=3)(run)
    if stepdef.kind == "when":
        def run(sag, calculator, request):
            return calculator(sag.finish(scenario_id(request)))
        return when(parser, target_fixture="afgoerelse", stacklevel=3)(run)

    def run(afgoerelse, **kwargs):
        stepdef.fn(afgoerelse, **kwargs, **dict(stepdef.fixed))
    run.__signature__ = _signature(["afgoerelse"], stepdef)
    return then(parser, stacklevel=3)(run)


def _bind_all():
    for stepdef in grammar.GRAMMAR:
        _bind(stepdef)


# stacklevel=3 puts the step fixtures into this module's namespace (run -> _bind -> _bind_all -> module).
_bind_all()
__all__ += [name for name in list(globals()) if name.startswith("pytestbdd_")]
