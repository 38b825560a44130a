"""How big and how strange a JSON document from a candidate may be before it is refused as an invalid answer
(*ugyldigt svar*) without being looked at further.

A decision is a few kilobytes: tens of weeks or months, tens of explanation steps, five levels deep. The
limits are orders of magnitude above that, so no honest answer meets them, and low enough that the harness
stays fast and small whatever a candidate sends (a 500 MB body, a row repeated 200,000 times, 100,000
nested lists, NaN). They are checked where an answer enters (the adapters, on bytes) and again before the
comparison (on the decoded document), so an in-process candidate is held to them too.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    answer_bytes: int = 16 * 1024 * 1024     # one encoded answer (a JSON line, an HTTP body per case)
    depth: int = 32                          # nesting of objects and lists
    items: int = 10_000                      # entries of one list or keys of one object
    string: int = 100_000                    # characters of one string (or key)
    nodes: int = 200_000                     # values in the whole document (a decision has a few thousand)
    stderr_bytes: int = 8 * 1024 * 1024      # what a process may write to stderr while it computes one case


LIMITS = Limits()


class InvalidAnswer(ValueError):
    """The text is not an acceptable JSON answer (not JSON, NaN/Infinity, too large, too deep)."""


class NotJson(InvalidAnswer):
    """The text is not JSON at all (a log line, an HTML error page): garbage rather than an answer."""


def _no_constants(name: str) -> object:
    raise InvalidAnswer(f"svaret indeholder {name}, som ikke er gyldig JSON")


def loads(text: str | bytes, limits: Limits = LIMITS) -> object:
    """Strict JSON: NaN, Infinity and -Infinity are refused (Python's json accepts them, and they would make
    results.json invalid JSON); too long, too deep or too large documents are refused. Raises InvalidAnswer."""
    size = len(text)
    if size > limits.answer_bytes:
        raise InvalidAnswer(f"svaret er {size:,} bytes; grænsen er {limits.answer_bytes:,}".replace(",", "."))
    try:
        doc = json.loads(text, parse_constant=_no_constants)
    except InvalidAnswer:
        raise
    except RecursionError:
        raise InvalidAnswer(f"svaret er indlejret dybere end {limits.depth} niveauer") from None
    except (ValueError, UnicodeDecodeError) as exc:   # JSONDecodeError, or an integer of more than 4300 digits
        raise NotJson(f"svaret er ikke JSON: {str(exc)[:200]}") from None
    problem = document_problem(doc, limits)
    if problem:
        raise InvalidAnswer(problem)
    return doc


def document_problem(doc: object, limits: Limits = LIMITS) -> str | None:
    """Why a decoded document is outside the limits (or holds non-finite numbers), or None. Iterative, so a
    deep document cannot exhaust the stack; stops at the first problem."""
    nodes = 0
    stack: list[tuple[object, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > limits.nodes:
            return f"svaret har mere end {limits.nodes:,} værdier".replace(",", ".")
        if isinstance(node, (dict, list)):
            if depth > limits.depth:
                return f"svaret er indlejret dybere end {limits.depth} niveauer"
            if len(node) > limits.items:
                kind = "et objekt med" if isinstance(node, dict) else "en liste med"
                return f"svaret har {kind} {len(node):,} elementer; grænsen er {limits.items:,}".replace(",", ".")
            if isinstance(node, dict):
                for key, value in node.items():
                    if isinstance(key, str) and len(key) > limits.string:
                        return f"svaret har en nøgle på {len(key):,} tegn; grænsen er {limits.string:,}".replace(",", ".")
                    stack.append((value, depth + 1))
            else:
                stack.extend((value, depth + 1) for value in node)
        elif isinstance(node, str):
            if len(node) > limits.string:
                return f"svaret har en tekst på {len(node):,} tegn; grænsen er {limits.string:,}".replace(",", ".")
        elif isinstance(node, float) and not math.isfinite(node):
            return f"svaret indeholder tallet {node}, som ikke er gyldig JSON"
    return None


__all__ = ["LIMITS", "InvalidAnswer", "Limits", "NotJson", "document_problem", "loads"]
