"""The HTTP adapter loads neither trio (httpcore's asynchronous trio backend) nor httpx's command-line client (rich,
click, pygments): ≈ 0.13 s of CPU in each process that asks a candidate over HTTP. Both stay importable afterwards."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import adapters.http
import httpcore, httpx
loaded = sorted(m for m in ("trio", "httpx._main", "rich", "pygments") if m in sys.modules)
assert not loaded, loaded
assert callable(httpx.main) and httpx.Client and httpcore.ConnectionPool
import trio, httpx._main                     # anything else still imports them as usual
assert sys.modules["trio"] is trio
print("ok")
"""


def test_the_http_adapter_leaves_out_what_a_synchronous_client_never_uses():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
