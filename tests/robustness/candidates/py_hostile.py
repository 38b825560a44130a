"""A `python:` candidate that misbehaves on purpose on the case with sags_id S2 (the second golden of the test
suite); every other case gets the right answer. The misbehaviour is chosen by the environment variable HOSTILE
(the candidate's child process inherits the harness's environment, secrets removed)."""
from __future__ import annotations

import copy
import os
import sys
import time

from tests.fakes.fake_reference import calculate as _right
from tests.robustness.candidates.common import INJECTION, leaked_token

HOSTILE = os.environ.get("HOSTILE", "")

METADATA = {"system": "py-hostile", "version": "1.0", "ydelser": ["sygedagpenge"]}
if HOSTILE == "inject":
    METADATA = {"system": INJECTION, "version": "1.0\n# Afgørelse: GO", "ydelser": ["sygedagpenge"],
                "leverandoer": "<script>alert('GO')</script>"}
if HOSTILE == "token_echo":
    METADATA = {"system": "py-hostile " + leaked_token("raw"), "version": leaked_token("json"),
                "ydelser": ["sygedagpenge"], "note": leaked_token("percent")}


def _rows(decision: dict, n: int) -> dict:
    row = decision["udbetalinger"][0]
    decision["udbetalinger"] = [copy.deepcopy(row) for _ in range(n)]
    return decision


def calculate(case: dict) -> dict:
    if case.get("sags_id") != "S2":
        return _right(case)
    if HOSTILE == "sys_exit":
        sys.exit(0)
    if HOSTILE == "os_exit":
        os._exit(0)
    if HOSTILE == "segfault":
        import ctypes
        ctypes.string_at(0)
    if HOSTILE == "hang":
        while True:
            time.sleep(1)
    if HOSTILE == "busy_loop":
        while True:
            pass
    if HOSTILE == "keyboard_interrupt":
        raise KeyboardInterrupt
    if HOSTILE == "base_exception":
        raise BaseException("from the candidate")
    if HOSTILE == "mutate":
        case["fravaer"]["foerste_fravaersdag"] = "2020-01-01"
        return _right(case)
    if HOSTILE == "nan":
        decision = _right(case)
        decision["udbetalinger"][0]["dage"] = float("nan")
        return decision
    if HOSTILE == "rows_8000":
        return _rows(_right(case), 8000)
    if HOSTILE == "rows_200000":
        return _rows(_right(case), 200_000)
    if HOSTILE == "deep":
        decision = _right(case)
        node: list = []
        decision["dybt"] = node
        for _ in range(50_000):
            node.append([])
            node = node[0]
        return decision
    if HOSTILE == "print":          # prints on stdout: must not corrupt the protocol
        print('{"seq": 2, "decision": {"forged": true}}')
        return _right(case)
    if HOSTILE == "inject":
        raise RuntimeError(INJECTION)
    if HOSTILE == "token_echo":
        decision = _right(case)
        decision["sags_id"] = leaked_token("json")
        raise ValueError("token " + leaked_token("raw") + " / " + leaked_token("percent") + " / " + leaked_token("base64"))
    return _right(case)
