"""The child process that runs a `python:MODULE` candidate, speaking the `cmd:` JSON-lines protocol.

`python -m`-free on purpose: the harness starts this file by path with its own interpreter, and hands over its
module search path in YDELSESTJEK_SYS_PATH, so the module is found exactly as it would be in process. The
module runs here, never in the harness: `sys.exit`, `os._exit`, a segfault, an endless loop or a
KeyboardInterrupt end or stall this process only, and the harness records that case as `errored`.

The protocol uses private copies of the original stdin and stdout; the module's own stdin is /dev/null and its
stdout is the process's stderr, so `print` or `input` in a candidate cannot corrupt or steal the protocol. A
`calculate` that changes the case it was given is an error of that case: the harness's copy is never touched
(it only ever sends JSON), but a candidate that edits its input cannot be trusted with the next one.
"""
from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from typing import Any

PROTOCOL_KEYS = ("decision", "skipped", "errored")
# Exceptions that are a module failing, not refusing a case: a refusal says what is wrong with the case (a ValueError,
# or an exception of the module's own), while these, an exit or an interrupt are a crash ("nedbrud": no answer).
CRASHES = (ArithmeticError, AssertionError, AttributeError, ImportError, LookupError, MemoryError, NameError, OSError,
           RecursionError, TypeError)


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    return f" (at {frames[0].filename}:{frames[0].lineno})" if frames else ""


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:500]}{_where(exc)}"


def _fallback(obj: object) -> str:
    return f"<{type(obj).__name__}: {str(obj)[:200]}>"


def _encode(message: dict[str, Any]) -> str:
    """The answer line. Non-JSON values (Decimal, date) become marked strings (the decision schema refuses them:
    an invalid answer); NaN is written as NaN (the harness refuses it: an invalid answer); a cycle or anything
    else that cannot be written becomes a marked string in place of the decision."""
    try:
        return json.dumps(message, ensure_ascii=False, default=_fallback)
    except (ValueError, TypeError, RecursionError) as exc:
        if "decision" in message:
            return json.dumps({"seq": message["seq"], "decision": f"<not JSON-serialisable: {type(exc).__name__}: {exc}>"})
        return json.dumps({"seq": message["seq"], "errored": True,
                           "message": f"the answer cannot be written as JSON: {type(exc).__name__}: {exc}"})


def _snapshot(case: object) -> str | None:
    try:
        return json.dumps(case, sort_keys=True, ensure_ascii=False, default=_fallback)
    except (ValueError, TypeError, RecursionError):
        return None


def _answer(module: Any, seq: object, case: object) -> dict[str, Any]:
    before = _snapshot(case)
    try:
        answer = module.calculate(case)
    except BaseException as exc:
        crashed = not isinstance(exc, Exception) or isinstance(exc, CRASHES)
        return {"seq": seq, "errored": True, "message": f"calculate raised {_error_text(exc)}",
                **({"nedbrud": True} if crashed else {})}
    if _snapshot(case) != before:
        return {"seq": seq, "errored": True, "message": "calculate changed the case it was given (its input must be "
                                                        "left as it was); the answer is not used"}
    if isinstance(answer, dict) and any(k in answer for k in PROTOCOL_KEYS) and "ydelse" not in answer:
        return {**answer, "seq": seq}
    return {"seq": seq, "decision": answer}


def main() -> None:
    module_name = sys.argv[1]
    paths = os.environ.pop("YDELSESTJEK_SYS_PATH", None)
    if paths:
        sys.path[:] = json.loads(paths)
    proto_in = os.fdopen(os.dup(0), "r", encoding="utf-8", errors="replace")
    proto_out = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)                       # the module's prints go to stderr
    sys.stdin = open(os.devnull, encoding="utf-8")   # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stderr

    def send(message: dict[str, Any]) -> None:
        proto_out.write(_encode(message) + "\n")
        proto_out.flush()

    module = None
    for line in proto_in:
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if not isinstance(msg, dict):
            continue
        if msg.get("cmd") == "start":
            try:
                module = importlib.import_module(module_name)
            except BaseException as exc:
                send({"ready": False, "error": f"cannot import the module ({_error_text(exc)})"})
                return
            if not callable(getattr(module, "calculate", None)):
                send({"ready": False, "error": "the module has no calculate(case) function"})
                return
            meta = getattr(module, "METADATA", None)
            send({"ready": True, "metadata": meta})
        elif msg.get("cmd") == "stop":
            return
        elif msg.get("cmd") == "run" and module is not None:
            send(_answer(module, msg.get("seq"), msg.get("case")))


if __name__ == "__main__":
    main()
