"""A real JSON-lines candidate process for the adapter tests, misbehaving on purpose on chosen cases.

  --crash SAGS_ID    exit(3) while computing that case (after writing to stderr)
  --hang SAGS_ID     never answer that case
  --garbage SAGS_ID  answer that case with a line that is not JSON
  --invalid SAGS_ID  answer with a decision whose total is a JSON number (schema-invalid)
  --hang-all         never answer any case (a system that is down)
  --hang-while FILE  --hang and --hang-all hold only while FILE exists (the same system, down, then up again)
  --slow SECONDS     wait this long before each answer
  --no-start         exit before the start handshake
  --log FILE         append "start <pid>" per start, so tests can count restarts
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.fakes.fake_reference import calculate, warm_up

warm_up()   # compile the schema before the start handshake, so the first case is as fast as the rest

p = argparse.ArgumentParser()
for flag in ("--crash", "--hang", "--garbage", "--invalid"):
    p.add_argument(flag, action="append", default=[])
p.add_argument("--no-start", action="store_true")
p.add_argument("--hang-all", action="store_true")
p.add_argument("--hang-while")
p.add_argument("--slow", type=float, default=0.0)
p.add_argument("--log")
args = p.parse_args()

if args.no_start:
    print("cannot open the rules database", file=sys.stderr)
    sys.exit(4)
if args.log:
    with open(args.log, "a") as f:
        f.write(f"start {os.getpid()}\n")


def send(msg):
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()


for line in sys.stdin:
    msg = json.loads(line)
    if msg["cmd"] == "start":
        send({"ready": True, "metadata": {"system": "jsonl-test", "version": "1.0.0", "ydelser": ["sygedagpenge"]}})
    elif msg["cmd"] == "stop":
        break
    elif msg["cmd"] == "run":
        sid = msg["case"].get("sags_id")
        if sid in args.crash:
            print(f"segmentation fault in case {sid}", file=sys.stderr)
            sys.stderr.flush()
            os._exit(3)
        if (sid in args.hang or args.hang_all) and (args.hang_while is None or os.path.exists(args.hang_while)):
            time.sleep(3600)
        time.sleep(args.slow)
        if sid in args.garbage:
            sys.stdout.write("<html>502 Bad Gateway</html>\n")
            sys.stdout.flush()
            continue
        try:
            decision = calculate(msg["case"])
        except ValueError as exc:          # a case it refuses: an error answer, the process lives on
            send({"seq": msg["seq"], "errored": True, "message": str(exc)})
            continue
        if sid in args.invalid:
            decision["udbetalt_i_alt"]["beloeb"] = 1234.5
        send({"seq": msg["seq"], "decision": decision})
