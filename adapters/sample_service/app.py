"""The sample candidate service: the reference calculator behind the HTTP contract (harness/contract/openapi.yaml).

It is what a vendor's test environment looks like to the harness, including its bad days (faults.py). Handlers
read and write JSON bytes themselves rather than through pydantic models: the contract is the JSON Schemas,
and the batch path must stay cheap enough to measure the harness, not the framework.
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import hmac
import json
import socket
import struct

from fastapi import FastAPI, Request
from fastapi.responses import Response

from adapters import fastjson
from adapters.reference import metadata
from adapters.sample_service.faults import Faults
from harness.contract.openapi import document
from harness.reference import CaseError, OutOfScope, benefits, calculate

JSON = "application/json"
DECISION_PATHS = ("/decisions", "/decisions/batch")


@functools.cache
def served_document() -> dict:
    return document()


def _json(doc: object, status: int = 200) -> Response:
    return Response(json.dumps(doc, ensure_ascii=False).encode("utf-8"), status_code=status, media_type=JSON)


def _error(message: str, status: int, sags_id: object = None, problems: list | None = None) -> Response:
    body: dict = {"error": {"message": message}}
    if problems:
        body["error"]["problems"] = problems
    if sags_id is not None:
        body["sags_id"] = sags_id
    return _json(body, status)


MAX_BATCH = 1000      # the contract's maxItems


def _sags_id(case: object) -> str | None:
    """The case's sags_id to echo: a string or nothing (the contract's result items carry `string | null`)."""
    sags_id = case.get("sags_id") if isinstance(case, dict) else None
    return sags_id if isinstance(sags_id, str) else None


def answer(case: object, ydelse: str) -> tuple[int, dict]:
    """(HTTP status for a single request, result item) for one case: decision, skipped or error."""
    sags_id = _sags_id(case)
    if not isinstance(case, dict):
        return 422, {"sags_id": None, "error": {"message": "a case must be a JSON object"}}
    if case.get("ydelse") != ydelse:
        return 422, {"sags_id": sags_id, "error": {"message": f"the case's ydelse {case.get('ydelse')!r} "
                                                              f"is not the path's {ydelse!r}"}}
    try:
        return 200, {"sags_id": sags_id, "decision": calculate(case)}
    except CaseError as exc:
        return 422, {"sags_id": sags_id, "error": {"message": str(exc),
                                                   "problems": [{"field": f, "message": m} for f, m in exc.problems]}}
    except OutOfScope as exc:
        return 200, {"sags_id": sags_id, "skipped": {"reason": str(exc)}}
    except Exception as exc:
        return 500, {"sags_id": sags_id, "error": {"message": f"{type(exc).__name__}: {exc}"}}


class _Memo:
    """`memo` mode: a case seen before is answered from memory (its serialised result), so the service costs
    almost nothing and a benchmark measures the transport and the harness, not the calculator."""

    def __init__(self) -> None:
        self.items: dict[bytes, tuple[int, bytes]] = {}

    def get(self, raw_case: object, ydelse: str) -> tuple[int, bytes]:
        key = ydelse.encode() + fastjson.canonical(raw_case)
        hit = self.items.get(key)
        if hit is None:
            status, item = answer(raw_case, ydelse)
            hit = self.items[key] = (status, fastjson.dumps(item))
        return hit


def _reset_connection(send) -> bool:
    """Abort the TCP connection with an RST (SO_LINGER 0), as a crashed proxy would. uvicorn's `send` is a bound
    method of its request cycle, which holds the transport; False when that is not so (another server)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        return False
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    cycle.disconnected = True  # type: ignore[union-attr]  # cycle holds the transport, so it is not None    # so uvicorn does not try to answer, nor log that the app did not
    return True


class _ResetFaults:
    """ASGI middleware: with the `reset` share, a decision request gets no answer, only a reset connection."""

    def __init__(self, app, faults: Faults):
        self.app, self.faults = app, faults

    async def __call__(self, scope, receive, send):
        if (scope["type"] == "http" and scope["path"].endswith(DECISION_PATHS) and self.faults.hit(self.faults.reset)
                and _reset_connection(send)):
            return
        await self.app(scope, receive, send)


class _Echo:
    """`echo` mode: every case is answered with the same tiny placeholder decision `{"echo": true}` (schema-invalid
    on purpose: a run against it is all `ugyldigt_svar`), so a benchmark measures the HTTP batch path alone."""

    def get(self, raw_case: object, ydelse: str) -> tuple[int, bytes]:
        return 200, fastjson.dumps({"sags_id": _sags_id(raw_case), "decision": {"echo": True}})


def create_app(faults: Faults | None = None, token: str | None = None, memo: bool = False, echo: bool = False):
    """The ASGI app. `token`: require `Authorization: Bearer <token>`; `memo`: answer repeated cases from memory;
    `echo`: answer every case with a tiny placeholder (transport benchmarks only)."""
    faults = faults or Faults()
    memory = _Echo() if echo else _Memo() if memo else None
    app = FastAPI(title="ydelsestjek sample candidate", version=metadata()["version"], openapi_url=None, docs_url=None,
                  redoc_url=None)
    expected = f"Bearer {token}".encode() if token else None

    def authorised(request: Request) -> bool:
        if expected is None:
            return True
        got = request.headers.get("authorization", "").encode()
        return hmac.compare_digest(got, expected)

    async def injected(request: Request, malformed_body: bytes) -> Response | None:
        """Latency, 5xx and malformed-JSON faults; None when this request is to be answered properly."""
        if faults.latency_ms:
            await asyncio.sleep(faults.latency_ms / 1000)
        if faults.hit(faults.error5xx):
            return _error("injected fault: service unavailable", 503)
        if faults.hit(faults.malformed):
            return Response(malformed_body, status_code=200, media_type=JSON)
        return None

    async def body_json(request: Request) -> tuple[object, Response | None]:
        try:
            return fastjson.loads(await request.body()), None
        except (ValueError, UnicodeDecodeError) as exc:
            return None, _error(f"the request body is not JSON: {exc}", 422)

    @app.get("/info")
    async def info(request: Request) -> Response:
        if not authorised(request):
            return _error("missing or wrong bearer token", 401)
        return _json({**metadata(), "sample": True, "mode": "echo" if echo else "memo" if memo else "reference"})

    @app.get("/openapi.json")
    async def openapi_document(request: Request) -> Response:
        """The contract for the installed benefits, one path each (harness/contract/openapi.py)."""
        return _json(served_document())

    def unknown(ydelse: str) -> Response | None:
        if ydelse in benefits():
            return None
        return _error(f"no benefit {ydelse!r} here; this system computes: {', '.join(benefits())}", 404)

    @app.post("/v1/{ydelse}/decisions")
    async def decide(ydelse: str, request: Request) -> Response:
        if not authorised(request):
            return _error("missing or wrong bearer token", 401)
        if (missing := unknown(ydelse)) is not None:
            return missing
        fault = await injected(request, b'{"sags_id": "x", "decision": {"schema_version": "1.')
        if fault is not None:
            return fault
        case, bad = await body_json(request)
        if bad is not None:
            return bad
        if memory is not None:
            status, body = memory.get(case, ydelse)
            return Response(body, status_code=status, media_type=JSON)
        status, item = answer(case, ydelse)
        return _json(item, status)

    @app.post("/v1/{ydelse}/decisions/batch")
    async def decide_batch(ydelse: str, request: Request) -> Response:
        if not authorised(request):
            return _error("missing or wrong bearer token", 401)
        if (missing := unknown(ydelse)) is not None:
            return missing
        fault = await injected(request, b'{"results": [{"sags_id": "x", "decision": {"schema_vers')
        if fault is not None:
            return fault
        body, bad = await body_json(request)
        if bad is not None:
            return bad
        if not isinstance(body, dict) or not isinstance(body.get("cases"), list):
            return _error('the body must be {"cases": [...]}', 422)
        if len(body["cases"]) > MAX_BATCH:
            return _error(f"at most {MAX_BATCH} cases in one batch, got {len(body['cases'])}", 422)
        parts = []
        for case in body["cases"]:
            if faults.hit(faults.drop):
                continue
            if memory is not None:
                parts.append(memory.get(case, ydelse)[1])
            else:
                parts.append(fastjson.dumps(answer(case, ydelse)[1]))
        return Response(b'{"results": [' + b", ".join(parts) + b"]}", media_type=JSON)

    return _ResetFaults(app, faults) if faults.reset else app
