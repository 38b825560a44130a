"""Reading the files people write (policies, waivers, approvers, comparison rules, parameters, the interpretation
register) and the JSON files the machinery keeps or is given (goldens, the manifest, run.json, results.json, cases)
into their typed models (harness/contract), with errors that name the file, the line, the field and what was
expected — never a traceback:

    policies/default.yaml:
      line 5, severity.B.max: expected a whole number >= 0 or null, got 'many'

These are also files an attacker may have edited, so both loaders are the one place their format is hardened
(docs/trust.md): a size limit (checked on the open file and bounded while reading; a named pipe or device in a
file's place is refused rather than waited on), strict UTF-8, no duplicate keys and a bounded nesting depth; YAML
without anchors or aliases (a 2 KB alias bomb expands to gigabytes in whatever walks it) and with dates that
exist (`2026-31-12` is an error with its line, not a ValueError); JSON without NaN, Infinity or numbers that
overflow to them.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import re
import stat
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from harness.contract.limits import nests_at_most, outside_brackets
from harness.contract.validation import Lang, Loc, field_path, located, yaml_line

M = TypeVar("M", bound=BaseModel)

YAML_MAX_BYTES = 1_000_000      # a policy, waiver register or approvers file is a few KB
YAML_MAX_DEPTH = 32             # nesting of mappings and lists
JSON_MAX_BYTES = 20_000_000     # a golden is ~20 KB, a results.json of a full run a few MB
JSON_MAX_DEPTH = 64


class ConfigError(Exception):
    """A configuration file is missing, unreadable or does not say what is expected."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = Path(path)
        self.problems = problems
        super().__init__(f"{path}:\n  " + "\n  ".join(problems))


class YamlDoc:
    """A parsed YAML (or JSON) document that can tell the line of any field, for error messages. The node tree
    behind the lines is built only when a line is asked for: a valid file costs one parse."""

    def __init__(self, path: Path, data: object, text: str = "", root: yaml.Node | None = None):
        self.path, self.data, self._text = path, data, text
        self._root: yaml.Node | None = root
        self._composed = root is not None

    @property
    def root(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self._text, Loader=_FAST_LOADER)
            except yaml.YAMLError:   # JSON that YAML cannot read (a rare escape): the field path alone
                self._root = None
        return self._root

    def line(self, *keys: object) -> int | None:
        return yaml_line(self.root, keys)

    def where(self, *keys: str | int) -> str:
        """`line 5, severity.B.max`; the top of the file is named by nothing (the message says the rest)."""
        if not keys:
            return ""
        line = self.line(*keys)
        return f"line {line}, {field_path(keys)}" if line else field_path(keys)

    def problem(self, keys: Loc, message: str) -> str:
        place = self.where(*keys)
        return f"{place}: {message}" if place else message

    def validate(self, model: type[M], *, context: dict[str, Any] | None = None, lang: Lang = "en") -> M:
        """The document as `model`; ConfigError with every problem (line, field, what was expected) if it is not."""
        try:
            return model.model_validate(self.data, context=context)
        except ValidationError as exc:
            found = sorted(located(exc, model, lang=lang), key=lambda item: self.line(*item[0]) or 0 if item[0] else 0)
            raise ConfigError(self.path, [self.problem(loc, message) for loc, message in found]) from None


def _text(path: Path, data: bytes, limit: int) -> str:
    """The file's text: at most `limit` bytes of UTF-8 (a BOM is tolerated and dropped)."""
    if len(data) > limit:
        raise ConfigError(path, [f"the file is {len(data):,} bytes; at most {limit:,} are accepted"])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ConfigError(path, [f"line {line}, column {column}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                                 "save the file as UTF-8"]) from None
    return text.removeprefix("\ufeff")


def _read_at_most(fd: int, bound: int, size: int) -> bytes:
    """Up to `bound` bytes from `fd`, read until the end of the file. Straight from the descriptor: a run reads every
    golden with it, and a buffered file object per file (os.fdopen) cost ≈ 2.5 µs more each (measured over the 1,245 goldens)."""
    chunks: list[bytes] = []
    step = max(size + 1, 1 << 16)   # size + 1: the file as fstat saw it in one read, the next one finds its end
    while bound > 0:
        chunk = os.read(fd, min(bound, step))
        if not chunk:
            break
        chunks.append(chunk)
        bound -= len(chunk)
    return b"".join(chunks)


def read_limited(path: Path | str, limit: int) -> bytes:
    """At most `limit` bytes of a regular file, or a ConfigError naming it. Opened without blocking and checked on
    the open file, so a named pipe or device planted in its place cannot hang the run, and read with a bound, so
    a file that grows after a size check cannot exhaust memory."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ConfigError(path, ["file not found"]) from None
    except IsADirectoryError:
        raise ConfigError(path, ["is a folder, expected a file"]) from None
    except OSError as exc:
        raise ConfigError(path, [f"cannot read the file ({exc.strerror or exc})"]) from None
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):   # Linux opens a folder read-only; io refuses it with a bare IsADirectoryError
        os.close(fd)
        raise ConfigError(path, ["is a folder, expected a file"])
    try:
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(path, ["not a regular file (a pipe, socket or device); expected a file"])
        if info.st_size > limit:
            raise ConfigError(path, [f"the file is {info.st_size:,} bytes; at most {limit:,} are accepted"])
        try:
            data = _read_at_most(fd, limit + 1, info.st_size)
        except OSError as exc:
            raise ConfigError(path, [f"cannot read the file ({exc.strerror or exc})"]) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ConfigError(path, [f"the file is more than {limit:,} bytes; at most {limit:,} are accepted"])
    return data


# libyaml's parser when PyYAML was built with it: ≈ 10× faster than the pure-Python one (a run reads every benefit's
# parameters, rules and labels), the same safe types and the same events; its marks have line and column too.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_FAST_LOADER):
    """SafeLoader whose dates must exist: `2026-31-12` is an error at its line, not a ValueError."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(None, None, f"{node.value!r} is not a valid date ({exc}); "
                                                    "expected YYYY-MM-DD", node.start_mark) from None


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


def _where(mark: object) -> str:
    """'line L, column C: ' for a YAML mark (PyYAML's or libyaml's), '' without one."""
    if not isinstance(getattr(mark, "line", None), int):
        return ""
    return f"line {mark.line + 1}, column {mark.column + 1}: "  # type: ignore[attr-defined]


def _refuse_anchors_and_depth(path: Path, text: str) -> None:
    """Walk the event stream (cheap, nothing is built) for anchors, aliases and excessive nesting."""
    depth = 0
    for event in yaml.parse(text, Loader=_FAST_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise ConfigError(path, [f"{_where(event.start_mark)}anchors and aliases (&name, *name) are not "
                                     "accepted in configuration files; write the value out"])
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > YAML_MAX_DEPTH:
                raise ConfigError(path, [f"{_where(event.start_mark)}nested more than {YAML_MAX_DEPTH} levels deep"])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _refuse_duplicate_keys(path: Path, node: yaml.Node | None) -> None:
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[object, int] = {}
            for key, value in current.value:
                ident = (key.tag, key.value) if isinstance(key, yaml.ScalarNode) else None
                if ident is not None and ident in seen:
                    raise ConfigError(path, [f"{_where(key.start_mark)}the key {key.value!r} appears twice in the same "
                                             f"mapping (first on line {seen[ident]}); YAML keeps only one of them"])
                if ident is not None:
                    seen[ident] = key.start_mark.line + 1
                stack.extend((key, value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def load_yaml(path: Path | str, max_bytes: int = YAML_MAX_BYTES) -> YamlDoc:
    """A YAML file, hardened (see the module docstring); a ConfigError names the file and line."""
    path = Path(path)
    text = _text(path, read_limited(path, max_bytes), max_bytes)
    try:
        _refuse_anchors_and_depth(path, text)
        loader = _StrictLoader(text)
        try:
            root = loader.get_single_node()
            _refuse_duplicate_keys(path, root)
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        raise ConfigError(path, [f"{_where(mark)}not valid YAML ({getattr(exc, 'problem', None) or exc})"]) from None
    except RecursionError:
        raise ConfigError(path, [f"nested too deeply (at most {YAML_MAX_DEPTH} levels)"]) from None
    return YamlDoc(path, data, text, root)


# --- JSON -------------------------------------------------------------------------------------------------------

_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')   # unrolled: a third of the time of (?:[^"\\]|\\.)*


class _Duplicate(ValueError):
    def __init__(self, key: str):
        self.key = key
        super().__init__(key)


def _pairs(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is too large")
    return value


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _blank_strings(text: str) -> str:
    """The text with every string literal blanked out, positions kept."""
    return _STRINGS.sub(lambda m: " " * len(m.group()), text)


_BAD_NUMBER = re.compile(r"NaN|-?Infinity|-?\d{300,}|-?\d+(?:\.\d+)?[eE][+-]?\d{3,}")


def _depth_problem(text: str, limit: int, raw: bytes | None = None) -> str | None:
    """Nesting deeper than `limit` (counted on the brackets outside strings; cheap, before parsing, since Python's
    parser would raise RecursionError, and everything that walks the result afterwards recurses too). Counted one
    character at a time only past the limit, for the message."""
    brackets = outside_brackets(raw if raw is not None else text.encode("utf-8", "surrogatepass"))
    if nests_at_most(brackets, limit):
        return None
    deepest = max(accumulate(1 if c in b"[{" else -1 for c in brackets))
    return f"nested {deepest} levels deep; at most {limit} are accepted" if deepest > limit else None


def _duplicate_position(text: str, key: str) -> int | None:
    """Where the object holding a duplicate key starts, found by re-parsing with the pure-Python scanner (only
    after a duplicate was found, so the fast parser serves every valid file)."""
    from json import decoder, scanner
    found: list[int] = []
    dec = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_no_constant, parse_float=_finite_float)
    json_object = decoder.JSONObject  # type: ignore[attr-defined]  # the pure-Python parts, not in typeshed

    def parse_object(s_and_end, *args):
        try:
            return json_object(s_and_end, *args)
        except _Duplicate:
            if not found:
                found.append(s_and_end[1] - 1)
            raise

    dec.parse_object = parse_object  # type: ignore[attr-defined]
    dec.scan_once = scanner.py_make_scanner(dec)  # type: ignore[attr-defined]
    with contextlib.suppress(ValueError, RecursionError):
        dec.decode(text)
    return found[0] if found else None


def parse_json(data: bytes | str, source: Path | str, max_bytes: int = JSON_MAX_BYTES,
               max_depth: int = JSON_MAX_DEPTH) -> object:
    """A JSON document, hardened (see the module docstring); a ConfigError names `source` and the line."""
    path = Path(source)
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    text = _text(path, raw, max_bytes)
    if (problem := _depth_problem(text, max_depth, raw)):
        raise ConfigError(path, [problem])
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant, parse_float=_finite_float)
    except _Duplicate as exc:
        pos = _duplicate_position(text, exc.key)
        where = "line {}, column {}: ".format(*_line_col(text, pos)) if pos is not None else ""
        raise ConfigError(path, [f"{where}the key {exc.key!r} appears twice in the same object"]) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(path, [f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"]) from None
    except RecursionError:
        raise ConfigError(path, [f"nested too deeply (at most {max_depth} levels)"]) from None
    except ValueError as exc:   # NaN/Infinity, a number that overflows, an integer of more than 4300 digits
        bad = _BAD_NUMBER.search(_blank_strings(text))
        where = "line {}, column {}: ".format(*_line_col(text, bad.start())) if bad else ""
        raise ConfigError(path, [f"{where}not valid JSON: {str(exc)[:200]}"]) from None


def load_json(path: Path | str, max_bytes: int = JSON_MAX_BYTES, max_depth: int = JSON_MAX_DEPTH) -> YamlDoc:
    """A JSON file, hardened like parse_json, as a document that can tell the line of a field."""
    path = Path(path)
    data = read_limited(path, max_bytes)
    return YamlDoc(path, parse_json(data, path, max_bytes, max_depth), _text(path, data, max_bytes))


def load_model(path: Path | str, model: type[M], *, context: dict[str, Any] | None = None) -> M:
    """A YAML (or JSON) file as `model`; ConfigError naming the file, line, field and what was expected."""
    return load_yaml(path).validate(model, context=context)
