"""The reference as an external candidate: a JSON-lines process (harness/contract/README.md §3) answering every case
with the reference's full decision, explanation included. For benchmarks that must tell the bench's own CPU from
the candidate's: its command line carries this file's path as an argument of its own, so benchmarks/audit_common.py
can count its process apart. Not a test double: it computes the real decision.

    python benchmarks/reference_candidate.py [REPO]     # REPO: whose reference answers (default: this checkout)

An earlier checkout's reference (REPO, run with that checkout's interpreter) answers in that checkout's contract, so
the bench from before the audit can be measured against its own law."""
from __future__ import annotations

import sys
from pathlib import Path

import orjson

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[1]))

from harness.contract.ydelse import alle
from harness.reference import OutOfScope, calculate


def main() -> None:
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        msg = orjson.loads(line)
        if msg["cmd"] == "start":
            answer = {"ready": True, "metadata": {"system": "reference-candidate", "version": "1.0.0",
                                                  "ydelser": list(alle())}}
        elif msg["cmd"] == "stop":
            break
        else:
            try:
                answer = {"seq": msg["seq"], "decision": calculate(msg["case"])}
            except OutOfScope as exc:
                answer = {"seq": msg["seq"], "skipped": True, "reason": str(exc)}
            except ValueError as exc:
                answer = {"seq": msg["seq"], "errored": True, "message": str(exc)}
        out.write(orjson.dumps(answer) + b"\n")
        out.flush()


if __name__ == "__main__":
    main()
