"""`--candidate http://HOST:PORT[/PREFIX][?options]` (and https://): a vendor system behind the HTTP contract
(harness/contract/openapi.yaml), reached with httpx.

The harness must be the most reliable part of the chain, so every per-case problem becomes a Result and no case
is lost: 5xx answers, dropped connections and timeouts are retried a bounded number of times with exponential
backoff (computing a decision is a pure function, so a repeated POST is harmless); 429 and 503 are retried after
the server's `Retry-After` when that fits in the time left, else they fail at once with that reason; other 4xx
are not retried; a batch answer that is not JSON or lacks cases is followed by single requests for the missing
cases.

A request has a total deadline (`request_timeout`, by default the read timeout): the body is read in chunks and
cut when the deadline passes, so a server trickling one byte every half second cannot hold the run; and a body
over `max_body` MiB is cut as soon as it is (an invalid answer, *ugyldigt svar*), so a 500 MB answer never
lives in memory. The bearer token is read from an environment variable and lives only in the request header: it
is never part of the spec, metadata, messages or answers; it is registered with harness/redact.py, which blanks
it out of anything the server sends back, in whatever encoding.
"""
from __future__ import annotations

import contextlib
import email.utils
import json
import math
import os
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from adapters import fastjson
from harness import redact
from harness.adapters_api import Candidate, CandidateError, Metadata, Result


@contextlib.contextmanager
def _not_installed(*names: str) -> Iterator[None]:
    """Imports made inside find the modules `names` not installed (where they only try them), unless they are
    loaded already; afterwards anything else imports them as usual."""
    absent = [name for name in names if name not in sys.modules]
    for name in absent:
        sys.modules[name] = None  # type: ignore[assignment]  # the import system's mark of a module not there
    try:
        yield
    finally:
        for name in absent:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


# When imported, httpcore tries trio (for its asynchronous trio backend) and httpx its command-line client (rich,
# click, pygments): ≈ 0.09 s and ≈ 0.04 s of CPU in every process that asks a candidate over HTTP (an audit's
# coordinator and each of its workers), for what this synchronous client never uses. Both only try them.
with _not_installed("trio", "httpx._main"):
    import httpcore
    import httpx

DEFAULT_TOKEN_ENV = "YDELSESTJEK_TOKEN"
RETRY_STATUSES = range(500, 600)
RETRY_AFTER_STATUSES = (429, 503)
MAX_BACKOFF = 2.0
MIB = 1024 * 1024
DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible)"


@dataclass
class HttpOptions:
    """Options from the spec's query string; documented in docs/run.md."""
    batch: int = 200                 # cases per POST to the batch endpoint; 1 = single requests only
    concurrency: int = 1             # requests in flight at once
    connect_timeout: float = 5.0
    read_timeout: float | None = None  # None: the run's --timeout
    retries: int = 3                 # extra attempts after the first, on 5xx, dropped connections, timeouts
    backoff: float = 0.2             # seconds before the first retry; doubles each time (capped at 2 s)
    request_timeout: float | None = None  # None: the read timeout; the total for one request, body included
    max_body: float = 64.0           # MiB an answer body may have
    token_env: str = DEFAULT_TOKEN_ENV
    token_env_given: bool = False
    user_agent: str = DEFAULT_USER_AGENT   # not the HTTP library's own name, which would tell the bench from production

    INT = ("batch", "concurrency", "retries")
    MAX: ClassVar[dict[str, float]] = {"batch": 1000, "concurrency": 64, "retries": 20,  # batch: the contract's maxItems
                                       "connect_timeout": 3600, "read_timeout": 3600, "request_timeout": 3600,
                                       "backoff": 60, "max_body": 1024}
    FLOAT = ("connect_timeout", "read_timeout", "request_timeout", "backoff", "max_body")

    @staticmethod
    def parse(query: str, where: str) -> HttpOptions:
        opts = HttpOptions()
        for key, value in parse_qsl(query, keep_blank_values=True):
            if key in ("token", "access_token", "bearer"):
                raise CandidateError(f"{where}: never put a token in the spec; put it in an environment variable "
                                     f"and name that with token_env= (default {DEFAULT_TOKEN_ENV})")
            if key == "token_env":
                if not value or not value.replace("_", "").isalnum():
                    raise CandidateError(f"{where}: token_env must name an environment variable, got {value!r}")
                opts.token_env, opts.token_env_given = value, True
                continue
            if key == "user_agent":
                if not (0 < len(value) <= 200 and value.isprintable() and value.isascii()):
                    raise CandidateError(f"{where}: user_agent must be 1-200 printable ASCII characters, got {value!r:.80}")
                opts.user_agent = value
                continue
            if key not in HttpOptions.INT + HttpOptions.FLOAT:
                known = ", ".join(HttpOptions.INT + HttpOptions.FLOAT + ("token_env", "user_agent"))
                raise CandidateError(f"{where}: unknown option {key!r} (known: {known})")
            try:
                number = int(value) if key in HttpOptions.INT else float(value)
                if not math.isfinite(number):
                    raise ValueError
            except ValueError:
                raise CandidateError(f"{where}: {key} must be a number, got {value!r}") from None
            low = 0 if key in ("retries", "backoff") else 1 if key in HttpOptions.INT else 0.001
            if number < low:
                raise CandidateError(f"{where}: {key} must be at least {low}, got {value!r}")
            high = HttpOptions.MAX.get(key)
            if high is not None and number > high:
                raise CandidateError(f"{where}: {key} must be at most {high}, got {value!r}")
            setattr(opts, key, number)
        return opts


class _Failed(Exception):
    """A request that did not produce a usable HTTP answer after its retries."""

    def __init__(self, message: str, invalid: bool = False):
        super().__init__(message)
        self.invalid = invalid     # the answer came but cannot be one (over max_body): ugyldigt svar


@dataclass
class _Answer:
    """A complete HTTP answer, read within its deadline and size limit."""
    status_code: int
    content: bytes
    headers: httpx.Headers


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, seconds) if math.isfinite(seconds) else None


class HttpCandidate(Candidate):
    isolated = True
    def __init__(self, scheme: str, argument: str, timeout: float | None = None):
        parts = urlsplit(f"{scheme}://{argument}")
        shown = urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))
        if parts.username or parts.password:
            raise CandidateError(f"{scheme}://…: no user or password in the spec; use a bearer token in an "
                                 f"environment variable (token_env=, default {DEFAULT_TOKEN_ENV})")
        if not parts.hostname:
            raise CandidateError(f"{scheme}://{argument}: no host, e.g. {scheme}://127.0.0.1:8000")
        try:
            port = parts.port
        except ValueError:
            raise CandidateError(f"{shown}: the port is not a number 0-65535") from None
        self.options = HttpOptions.parse(parts.query, shown)
        self.base = urlunsplit((parts.scheme, parts.hostname + (f":{port}" if port else ""), parts.path.rstrip("/"), "", ""))
        self.read_timeout = self.options.read_timeout or timeout or 10.0
        self.request_timeout = self.options.request_timeout or self.read_timeout
        self.max_body = int(self.options.max_body * MIB)
        self.token = os.environ.get(self.options.token_env) or None
        if self.options.token_env_given and self.token is None:
            raise CandidateError(f"{self.base}: the environment variable {self.options.token_env} (token_env) is not set")
        problem = redact.weakness(self.token) if self.token else None
        if problem:
            raise CandidateError(f"{self.base}: the bearer token in {self.options.token_env} (token_env) {problem}")
        redact.register(self.token)
        self.batch_size = self.options.batch * self.options.concurrency
        self.client: httpx.Client | None = None
        self.pool: ThreadPoolExecutor | None = None

    # --- lifecycle -------------------------------------------------------------------------------------
    def start(self) -> Metadata:
        n = self.options.concurrency
        headers = {"Accept": "application/json", "User-Agent": self.options.user_agent}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        transport = httpx.HTTPTransport(limits=httpx.Limits(max_connections=n, max_keepalive_connections=n))
        _hold_to_deadlines(transport)
        self.client = httpx.Client(base_url=self.base, headers=headers, transport=transport,
                                   timeout=httpx.Timeout(self.read_timeout, connect=self.options.connect_timeout))
        if n > 1:
            self.pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="http-candidate")
        try:
            response = self._request("GET", "/info")
        except _Failed as exc:
            raise CandidateError(f"{self.base}/info: {exc}") from None
        if response.status_code != 200:
            raise CandidateError(f"{self.base}/info: HTTP {response.status_code}: {self._error_text(response)}")
        try:
            doc = redact.redact_doc(fastjson.loads(self._body(response)))
        except fastjson.DuplicateKey as exc:
            raise CandidateError(f"{self.base}/info: {exc}") from None
        except ValueError:
            raise CandidateError(f"{self.base}/info: the answer is not JSON: {self._text(response)[:200]!r}") from None
        return Metadata.from_dict(doc, f"{self.base}/info")

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
        if self.client is not None:
            self.client.close()
            self.client = None

    # --- transport -----------------------------------------------------------------------------------------
    def _text(self, response: _Answer) -> str:
        return redact.redact(response.content.decode("utf-8", "replace"))

    def _body(self, response: _Answer) -> bytes:
        """The raw body; what is decoded from it is redacted where it is kept (harness/redact.py)."""
        return response.content

    def _clean(self, message: str) -> str:
        return redact.redact(message)

    def _error_text(self, response: _Answer) -> str:
        text = self._text(response)
        try:
            doc = json.loads(text)
            return redact.redact(str(doc["error"]["message"]))[:300]
        except (ValueError, KeyError, TypeError):
            return text.strip()[:300] or "(empty body)"

    def _attempt(self, client: httpx.Client, method: str, path: str, body: bytes | None, deadline: float) -> _Answer:
        """One request, complete by `deadline` (headers and body) and within max_body, or an exception."""
        remaining = max(0.001, deadline - time.monotonic())
        timeout = httpx.Timeout(min(self.read_timeout, remaining), connect=min(self.options.connect_timeout, remaining))
        headers = {"Content-Type": "application/json"} if body is not None else None
        _EXCHANGE.deadline = deadline
        try:
            return self._exchange(client, method, path, body, headers, timeout, deadline)
        finally:
            _EXCHANGE.deadline = None

    def _exchange(self, client: httpx.Client, method: str, path: str, body: bytes | None, headers: dict | None,
                  timeout: httpx.Timeout, deadline: float) -> _Answer:
        with client.stream(method, path, content=body, headers=headers, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > self.max_body:
                raise _Failed(f"ugyldigt svar: svaret er {int(length) / MIB:.0f} MiB (Content-Length); "
                              f"grænsen er {self.max_body / MIB:g} MiB (max_body)", invalid=True)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_body:
                    raise _Failed(f"ugyldigt svar: svaret er over {self.max_body / MIB:g} MiB (max_body); "
                                  "læsningen blev afbrudt", invalid=True)
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout(f"the answer was not complete within {self.request_timeout:g} s")
            return _Answer(response.status_code, b"".join(chunks), response.headers)

    def _request(self, method: str, path: str, body: bytes | None = None) -> _Answer:
        """One request with bounded retries on 5xx, 429/503 (after Retry-After), dropped connections and timeouts;
        raises _Failed after them. The whole call, retries and waits included, ends by the run's deadline."""
        attempts = self.options.retries + 1
        budget = self.time_left(attempts * self.request_timeout + self.options.retries * MAX_BACKOFF)
        end = time.monotonic() + budget
        problem = ""
        client = self.client
        if client is None:
            raise _Failed("the candidate was not started (or was stopped)")
        wait = 0.0
        attempt = 0
        for attempt in range(attempts):
            if attempt:
                wait = wait or min(MAX_BACKOFF, self.options.backoff * 2 ** (attempt - 1))
                if time.monotonic() + wait >= end:
                    break
                time.sleep(wait)
            wait = 0.0
            now = time.monotonic()
            if now >= end:
                problem = problem or "timeout: no time left in the run (--deadline)"
                break
            try:
                response = self._attempt(client, method, path, body, min(now + self.request_timeout, end))
            except _Failed:
                raise
            except httpx.TimeoutException as exc:
                kind = "connect" if isinstance(exc, httpx.ConnectTimeout) else "read"
                problem = (f"timeout: no connection within {self.options.connect_timeout:g} s" if kind == "connect"
                           else f"timeout: no complete answer within {self.request_timeout:g} s")
                continue
            except httpx.ConnectError as exc:
                problem = f"cannot connect: {self._clean(str(exc)) or type(exc).__name__}"
                continue
            except httpx.TransportError as exc:   # reset, closed without answer, protocol garbage
                problem = f"connection failed: {type(exc).__name__}: {self._clean(str(exc)) or 'no detail'}"
                continue
            if response.status_code in RETRY_AFTER_STATUSES:
                problem = f"HTTP {response.status_code}: {self._error_text(response)}"
                after = _retry_after(response.headers.get("Retry-After"))
                if after is not None:
                    left = end - time.monotonic()
                    if after > left or attempt + 1 >= attempts:
                        raise _Failed(f"{problem}; the server asks to wait {after:g} s (Retry-After), "
                                      f"{'more than the time left' if after > left else 'but no attempt is left'} "
                                      f"({max(0.0, left):.1f} s, {attempt + 1} attempt{'s' if attempt else ''} made)")
                    wait = max(after, 0.001)
                continue
            if response.status_code in RETRY_STATUSES:
                problem = f"HTTP {response.status_code}: {self._error_text(response)}"
                continue
            return response
        made = attempt + 1
        raise _Failed(f"{problem or 'timeout: no time left'} (after {made} attempt{'s' if made > 1 else ''})")

    # --- cases ---------------------------------------------------------------------------------------------
    def run(self, cases: list[dict]) -> list[Result]:
        results: list[Result | None] = [None] * len(cases)
        groups: dict[str, list[int]] = {}
        for i, case in enumerate(cases):
            ydelse = case.get("ydelse") if isinstance(case, dict) else None
            if isinstance(ydelse, str) and ydelse.isidentifier():
                groups.setdefault(ydelse, []).append(i)
            else:
                results[i] = Result.errored("the case has no valid ydelse; it cannot be addressed to an endpoint")
        size = self.options.batch
        chunks = [(y, idx[k:k + size]) for y, idx in groups.items() for k in range(0, len(idx), size)]

        def work(chunk: tuple[str, list[int]]) -> list[Result]:
            ydelse, idx = chunk
            batch = [cases[i] for i in idx]
            return self._batch(ydelse, batch) if len(batch) > 1 else [self._single(ydelse, batch[0])]

        if self.pool is not None and len(chunks) > 1:
            answers = list(self.pool.map(work, chunks))
        else:
            answers = [work(c) for c in chunks]
        for (_, idx), got in zip(chunks, answers):
            for i, r in zip(idx, got):
                results[i] = r
        return [r if r is not None else Result.failed("no result (adapter bug)") for r in results]

    def _single(self, ydelse: str, case: dict) -> Result:
        t0 = time.perf_counter()
        try:
            response = self._request("POST", f"/v1/{ydelse}/decisions", fastjson.dumps(case))
        except _Failed as exc:
            make = Result.invalid if exc.invalid else Result.failed
            return make(str(exc), time.perf_counter() - t0)
        seconds = time.perf_counter() - t0
        if response.status_code != 200:
            return _refusal_or_failure(response.status_code)(f"HTTP {response.status_code}: {self._error_text(response)}",
                                                             seconds)
        data = self._body(response)
        try:
            item = redact.redact_doc(fastjson.loads(data))
        except fastjson.DuplicateKey as exc:
            return Result.invalid(f"ugyldigt svar: {exc}", seconds)
        except ValueError:
            if b"NaN" in data or b"Infinity" in data:
                return Result.invalid("ugyldigt svar: svaret indeholder NaN eller Infinity, som ikke er gyldig JSON", seconds)
            return Result.failed(f"the answer is not JSON: {redact.redact(data[:200].decode('utf-8', 'replace'))!r}",
                                 seconds)
        sags_id = case.get("sags_id") if isinstance(case.get("sags_id"), str) else None   # the contract echoes a string or null
        if isinstance(item, dict) and "sags_id" in item and item["sags_id"] != sags_id:
            return Result.failed(f"the answer is for case {item['sags_id']!r}, not {sags_id!r}", seconds)
        return _item_result(item, seconds)

    def _batch(self, ydelse: str, batch: list[dict]) -> list[Result]:
        t0 = time.perf_counter()
        body = fastjson.dumps({"cases": batch})
        try:
            response = self._request("POST", f"/v1/{ydelse}/decisions/batch", body)
        except _Failed as exc:
            seconds = (time.perf_counter() - t0) / len(batch)
            make = Result.invalid if exc.invalid else Result.failed
            return [make(f"batch of {len(batch)}: {exc}", seconds) for _ in batch]
        if response.status_code != 200:
            seconds = (time.perf_counter() - t0) / len(batch)
            message = f"batch of {len(batch)}: HTTP {response.status_code}: {self._error_text(response)}"
            return [_refusal_or_failure(response.status_code)(message, seconds) for _ in batch]
        try:
            doc = redact.redact_doc(fastjson.loads(self._body(response)))
            items = doc["results"] if isinstance(doc, dict) else None
            if not isinstance(items, list):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            items = []    # malformed batch answer: every case is asked again on its own
        seconds = (time.perf_counter() - t0) / len(batch)
        matched = _match(batch, items)
        return [_item_result(item, seconds) if item is not None else self._single(ydelse, case)
                for case, item in zip(batch, matched)]


# --- every socket read and write within the exchange's deadline ----------------------------------------------

_EXCHANGE = threading.local()   # .deadline: when (time.monotonic) the request this thread is making must be done


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits at most until the current exchange's deadline. httpx's read
    timeout is per read, so a server that sends its headers a byte at a time, or `100 Continue` every second, held an
    audit with no end (red team round 10c); the body was already read against the deadline, the headers were not."""

    def __init__(self, stream: httpcore.NetworkStream):
        self._stream = stream

    def _left(self, timeout: float | None) -> float | None:
        end = getattr(_EXCHANGE, "deadline", None)
        if end is None:
            return timeout
        left = end - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the answer was not complete by the request's deadline")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, self._left(timeout)))

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend):
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _hold_to_deadlines(transport: httpx.HTTPTransport) -> None:
    """Every connection of the transport's pool a _DeadlineStream. httpx has no option for it: the pool's backend
    is set on the pinned httpcore's pool (a test fails if that attribute goes)."""
    pool = transport._pool
    pool._network_backend = _DeadlineBackend(pool._network_backend)


def _match(batch: list[dict], items: list) -> list[object]:
    """The answer item for each case, or None. In order when complete; otherwise by the case's sags_id (cases
    whose sags_id is not unique in the batch, or missing from the answer, get None and are asked again)."""
    ids = [c.get("sags_id") for c in batch]
    item_ids = [i.get("sags_id") if isinstance(i, dict) else None for i in items]
    if len(items) == len(batch) and item_ids == ids:
        return list(items)
    counts: dict = {}
    for s in ids:
        counts[s] = counts.get(s, 0) + 1
    by_id: dict = {}
    for s, item in zip(item_ids, items):
        if s is not None and counts.get(s) == 1:
            by_id.setdefault(s, item)
    return [by_id.get(s) if counts.get(s) == 1 else None for s in ids]


def _item_result(item: object, seconds: float) -> Result:
    """A contract result item (`decision` | `skipped` | `error`) as a Result; anything else is errored."""
    if isinstance(item, dict):
        if "decision" in item:
            return Result.of_decision(item["decision"], seconds)
        if isinstance(item.get("skipped"), dict):
            return Result.skipped(str(item["skipped"].get("reason", "")), seconds)
        if isinstance(item.get("error"), dict):
            return Result.errored(str(item["error"].get("message", "")), seconds)
    text = json.dumps(item, ensure_ascii=False)[:200] if item is not None else "null"
    return Result.failed(f"the answer is none of decision/skipped/error: {text}", seconds)


def _refusal_or_failure(status: int):
    """A 4xx is the service refusing the request (422: the case is invalid), a refusal with its reason; anything
    else (5xx, an unexpected 3xx or 1xx) is the service failing."""
    return Result.errored if 400 <= status < 500 else Result.failed


def open_http(argument: str, timeout: float | None = None) -> Candidate:
    return HttpCandidate("http", argument, timeout=timeout)


def open_https(argument: str, timeout: float | None = None) -> Candidate:
    return HttpCandidate("https", argument, timeout=timeout)
