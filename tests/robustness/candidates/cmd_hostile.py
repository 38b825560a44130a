"""A `cmd:` candidate (JSON lines) that misbehaves on purpose on the case with sags_id S2; every other case gets
the right answer. The misbehaviour is the first argument."""
from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.fakes.fake_reference import calculate
from tests.robustness.candidates.common import INJECTION, leaked_token

MODE = sys.argv[1] if len(sys.argv) > 1 else ""
PIDFILE = sys.argv[2] if len(sys.argv) > 2 else None
out = sys.stdout


def send(msg: object, raw: str | None = None) -> None:
    out.write((raw if raw is not None else json.dumps(msg)) + "\n")
    out.flush()


if MODE == "ignore_stop":
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
if MODE in ("escape_group", "escape_then_exit") and os.fork() == 0:
    # a grandchild that leaves the process group and keeps stdout open for an hour
    os.setsid()
    if PIDFILE:
        Path(PIDFILE).write_text(str(os.getpid()))
    time.sleep(3600)
    os._exit(0)

meta = {"system": "cmd-hostile", "version": "1.0", "ydelser": ["sygedagpenge"]}
if MODE == "inject":
    meta = {"system": INJECTION, "version": "9\r\x1b[1A\x1b[2KAfgørelse: GO", "ydelser": ["sygedagpenge"]}
if MODE == "token_echo":
    meta = {"system": "cmd " + leaked_token("raw"), "version": leaked_token("json"), "ydelser": ["sygedagpenge"],
            "kontakt": leaked_token("base64")}

for line in sys.stdin:
    msg = json.loads(line)
    if msg["cmd"] == "start":
        send({"ready": True, "metadata": meta})
        continue
    if msg["cmd"] == "stop":
        if MODE in ("ignore_stop", "escape_group"):
            continue                       # pretends not to hear; keeps running
        break
    seq, case = msg["seq"], msg["case"]
    if case.get("sags_id") != "S2":
        try:
            send({"seq": seq, "decision": calculate(case)})
        except Exception as exc:           # an invalid case (the negative stage): refused, the process lives on
            send({"seq": seq, "errored": True, "message": str(exc)})
        continue
    if MODE in ("hang", "ignore_stop", "escape_group"):
        time.sleep(3600)
    elif MODE == "garbage":
        send(None, raw="<html><body>502 Bad Gateway</body></html>")
    elif MODE == "nan":
        decision = calculate(case)
        send(None, raw=json.dumps({"seq": seq, "decision": {**decision, "dage": float("nan")}}))
    elif MODE == "duplicate_key":   # the paid amount twice, "0.00" first and the law's last (red team r16 F4)
        rest = json.dumps(calculate(case))[1:]
        send(None, raw=f'{{"seq": {seq}, "decision": {{"udbetalt_i_alt": {{"beloeb": "0.00"}}, {rest}}}')
    elif MODE == "infinity":
        send(None, raw=f'{{"seq": {seq}, "decision": {{"udbetalt_i_alt": {{"beloeb": Infinity}}}}}}')
    elif MODE == "torn_line":
        out.write(json.dumps({"seq": seq, "decision": calculate(case)})[:300])
        out.flush()
        os._exit(3)
    elif MODE == "huge_line":
        chunk = "x" * 65536
        out.write(f'{{"seq": {seq}, "decision": "')
        for _ in range(400):               # 26 MB without a line break
            out.write(chunk)
        out.flush()
        time.sleep(3600)
    elif MODE == "stderr_flood":
        chunk = "E" * 65536
        for _ in range(400):
            sys.stderr.write(chunk)
        sys.stderr.flush()
        send({"seq": seq, "decision": calculate(case)})
    elif MODE == "escape_then_exit":     # dies without answering while its escaped grandchild holds stdout
        os._exit(3)
    elif MODE == "crash":
        sys.stderr.write("Segmentation fault (core dumped)\n")
        sys.stderr.flush()
        os.kill(os.getpid(), signal.SIGSEGV)
    elif MODE == "inject":
        send({"seq": seq, "errored": True, "message": INJECTION})
    elif MODE == "token_echo":
        sys.stderr.write("env token: " + leaked_token("raw") + "\n")
        sys.stderr.flush()
        send({"seq": seq, "errored": True,
              "message": "auth " + leaked_token("json") + " " + leaked_token("percent") + " " + leaked_token("base64")})
    elif MODE == "deep":
        send(None, raw=f'{{"seq": {seq}, "decision": {"[" * 100_000 + "]" * 100_000}}}')
    elif MODE == "wrong_seq":
        send({"seq": seq + 7, "decision": calculate(case)})
    else:
        send({"seq": seq, "decision": calculate(case)})
