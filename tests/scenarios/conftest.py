"""Gherkin tags as pytest marks under --strict-markers.

pytest registers a marker by the text before ':' in its ini line, so '@id:SDP-030-001' and '@alvor:A' cannot be
registered as they are. They become marks with an argument (`id("SDP-030-001")`, `alvor("A")`); the § tags
(`@sdl-30`) are registered from the feature files, so `-m sdl-30` selects a paragraph.
"""
from __future__ import annotations

import pytest

from harness.scenarios import features


def pytest_configure(config):
    config.addinivalue_line("markers", "id(value): the scenario's stable id (@id:SDP-030-001)")
    config.addinivalue_line("markers", "alvor(grade): severity of a deviation, A, B or C (@alvor:A)")
    seen = set()
    try:
        instances = features.load_all_instances()
    except Exception:  # a broken feature file is reported by the lint test and by pytest-bdd's collection
        instances = []
    for instance in instances:
        for tag in instance.tags:
            name = tag.lstrip("@")
            if ":" not in name and name not in seen:
                seen.add(name)
                config.addinivalue_line("markers", f"{name}: scenario tag from the feature files")


def pytest_bdd_apply_tag(tag, function):
    if ":" in tag:
        key, value = tag.split(":", 1)
        getattr(pytest.mark, key)(value)(function)
        return True
    return None


def _scenario_id(item) -> str | None:
    mark = item.get_closest_marker("id")
    if mark and mark.args:
        return str(mark.args[0])
    example = getattr(item, "callspec", None) and item.callspec.params.get("_pytest_bdd_example")
    return example.get("id") if isinstance(example, dict) else None


def _rename(item, sid: str) -> None:
    """pytest has no public way to rename a collected item; its node id is a NodeId since pytest 9."""
    from _pytest.nodeid import NodeId
    item.name = sid
    item._id = NodeId.parse(f"{item.nodeid.split('::', 1)[0]}::{sid}")


def pytest_collection_modifyitems(config, items):
    """Ids as -k keywords. @afventer-reference: the scenario is right and the reference is known to be wrong (reported to the lead).
    It runs as a strict xfail, so the suite fails the moment the reference is fixed and the tag must go."""
    for item in items:
        sid = _scenario_id(item)
        if sid:  # the test is named by the scenario's id, so a failure, a junit row and -k speak the jurist's id
            item.extra_keyword_matches.add(sid)
            _rename(item, sid)
        if item.get_closest_marker("afventer-reference"):
            item.add_marker(pytest.mark.xfail(strict=True, reason="referencen afviger; meldt til lead (se scenariet)"))
