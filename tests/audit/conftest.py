from __future__ import annotations

import pytest

from tests.audit import optagelse

METADATA = {"system": "KSD-optaget", "version": "2.5.1", "ydelser": ["sygedagpenge", "kontanthjaelp"]}


@pytest.fixture(scope="session")
def recording(tmp_path_factory):
    """(records, lines, planted, path): 200 cases with the reference's decisions recorded, 8 of them planted wrong."""
    records = optagelse.cases("sygedagpenge", 160) + optagelse.cases("kontanthjaelp", 40)
    lines, planted = optagelse.plant(records)
    folder = tmp_path_factory.mktemp("optaget")
    path = optagelse.write(folder / "ksd-2025.jsonl", lines, METADATA)
    return records, lines, planted, path
