"""pytest-bdd bindings generated from a benefit's grammar table. A benefit's `bindings.py` is
`__all__ = bind_all(grammar)`; a test module does `from harness.ydelser.<ydelse>.bindings import *`.

No step is written twice: each binding delegates to the grammar's function, so pytest-bdd, the golden workflow
and the lint read a step the same way. Fixtures: `sag` (the case being built), `afgoerelse` (the decision).
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from inspect import Parameter, Signature
from types import ModuleType
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

__all__ = ["bind_all", "calculator"]


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


def _signature(first: list[str], stepdef: Any) -> Signature:
    names = first + sorted(stepdef.parser.named_fields)
    if stepdef.table:
        names.append("datatable")
    return Signature([Parameter(n, Parameter.POSITIONAL_OR_KEYWORD) for n in names])


def _with_signature(fn: Callable[..., Any], names: list[str], stepdef: Any) -> Callable[..., Any]:
    """pytest-bdd asks for the fixtures and step arguments by the function's signature."""
    fn.__signature__ = _signature(names, stepdef)  # type: ignore[attr-defined]
    return fn


def _bind(stepdef: Any, types: dict[str, Any]) -> Any:
    parser = parsers.cfparse(stepdef.pattern, extra_types=types)
    if stepdef.kind == "given":
        def run_given(sag: Any, **kwargs: Any) -> None:
            stepdef.fn(sag, **kwargs)
        return given(parser, stacklevel=3)(_with_signature(run_given, ["sag"], stepdef))
    if stepdef.kind == "when":
        uses_sag = getattr(stepdef, "uses_sag", False)   # a Når-step that adds facts (e.g. the months)

        def run_when(sag: Any, calculator: Any, request: Any, **kwargs: Any) -> Any:
            if uses_sag:
                stepdef.fn(sag, **kwargs)
            return calculator(sag.finish(scenario_id(request)))
        return when(parser, target_fixture="afgoerelse", stacklevel=3)(
            _with_signature(run_when, ["sag", "calculator", "request"], stepdef))

    def run_then(afgoerelse: Any, **kwargs: Any) -> None:
        stepdef.fn(afgoerelse, **kwargs, **dict(stepdef.fixed))
    return then(parser, stacklevel=3)(_with_signature(run_then, ["afgoerelse"], stepdef))


def _sag_fixture(g: ModuleType) -> Any:
    @pytest.fixture(name="sag")
    def sag() -> Any:
        """The case the scenario's Givet-steps build (the grammar's `Sag`)."""
        return g.Sag()
    return sag


def bind_all(g: ModuleType) -> list[str]:
    """Bind grammar module `g` into the module that calls this at its top level, as pytest-bdd binds a step into
    its caller's namespace: every step of the table (stacklevel 3: run -> _bind -> bind_all -> caller), the fixture
    `sag` (a new `g.Sag()`) and `calculator`. Returns the caller's `__all__`, what `from … import *` must bring."""
    caller = sys._getframe(1).f_locals
    caller["calculator"], caller["sag"] = calculator, _sag_fixture(g)
    for stepdef in g.GRAMMAR:
        _bind(stepdef, g.TYPES)
    return ["calculator", "sag", *(name for name in caller if name.startswith("pytestbdd_"))]
