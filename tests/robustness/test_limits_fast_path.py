"""The fast path of `harness.contract.limits.loads` (orjson and a proof from the bytes) must give exactly the
verdict of the slow one (the standard library and the walk): the same document, or the same kind of refusal
with the same message. Compared on generated documents and texts, with limits shrunk so the generated ones
straddle every bound."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.contract import limits as limits_module
from harness.contract.limits import InvalidAnswer, Limits, NotJson, document_problem, loads

SMALL = Limits(answer_bytes=4096, depth=4, items=6, string=12, nodes=30)


def _slow(text: str | bytes, limits: Limits) -> tuple[str, object]:
    """The verdict without the fast path: what `loads` did before it, restated."""
    if len(text) > limits.answer_bytes:
        return "invalid", None
    try:
        doc = json.loads(text, parse_constant=lambda name: (_ for _ in ()).throw(InvalidAnswer(name)))
    except InvalidAnswer:
        return "invalid", None
    except RecursionError:
        return "invalid", None
    except (ValueError, UnicodeDecodeError):
        return "notjson", None
    problem = document_problem(doc, limits)
    return ("invalid", problem) if problem else ("ok", doc)


def _fast(text: str | bytes, limits: Limits) -> tuple[str, object]:
    try:
        doc = loads(text, limits)
    except NotJson:
        return "notjson", None
    except InvalidAnswer as exc:
        return "invalid", str(exc)
    return "ok", doc


def _same(text: str | bytes, limits: Limits) -> None:
    slow, fast = _slow(text, limits), _fast(text, limits)
    assert fast[0] == slow[0], (text, slow, fast)
    if slow[0] == "ok":
        assert json.dumps(fast[1]) == json.dumps(slow[1])                 # same values and same types (int vs float)
        assert type(fast[1]) is type(slow[1])
    elif slow[0] == "invalid" and slow[1] is not None:
        assert fast[1] == slow[1]


scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=16))
documents = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=8),
                                                          st.dictionaries(st.text(max_size=14), inner, max_size=8)),
                         max_leaves=40)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.booleans(), st.booleans())
def test_the_fast_path_gives_the_walks_verdict_on_documents(doc, as_bytes, ascii_only):
    text = json.dumps(doc, ensure_ascii=ascii_only)
    _same(text.encode("utf-8") if as_bytes else text, SMALL)
    _same(text.encode("utf-8") if as_bytes else text, Limits())


fragments = st.sampled_from(['[', ']', '{', '}', '"a"', ':', ',', '1', '1e400', '-0', 'NaN', 'Infinity', '"\\ud800"',
                             '"\\\\"', '"\\""', '12345678901234567890', 'true', 'null', ' ', '"x]"', '\ufeff', '0.1'])


@settings(max_examples=600)
@given(st.lists(fragments, max_size=30))
def test_the_fast_path_gives_the_walks_verdict_on_arbitrary_texts(parts):
    text = "".join(parts)
    _same(text, SMALL)
    _same(text.encode("utf-8"), SMALL)


@pytest.mark.parametrize("depth", [1, 31, 32, 33, 40])
def test_depth_at_and_beyond_the_limit(depth):
    text = "[" * depth + '"]]"' + "]" * depth
    _same(text, Limits())
    if depth <= 32:
        assert _fast(text, Limits())[0] == "ok"
    else:
        assert _fast(text, Limits()) == ("invalid", "svaret er indlejret dybere end 32 niveauer")


def test_a_decision_passes_without_the_walk(monkeypatch):
    """The fast path is taken for an ordinary decision: with the walk disabled it still decodes."""
    from harness.reference import calculate
    from tests.suite import case
    decision = calculate(case("C1"))
    text = json.dumps({"seq": 1, "decision": decision}).encode()

    def no_walk(*args, **kwargs):
        raise AssertionError("walked")
    monkeypatch.setattr(limits_module, "document_problem", no_walk)
    assert loads(text) == {"seq": 1, "decision": decision}


@pytest.mark.parametrize("depth", [1, 63, 64, 65, 200])
@pytest.mark.parametrize("inside", ['"x"', '"]]]{{"', '"\\"]"'])
def test_a_data_files_depth_is_counted_exactly_around_the_limit(depth, inside):
    """parse_json's depth check deletes innermost pairs in passes and counts characters only past the limit."""
    from harness.config_files import JSON_MAX_DEPTH, ConfigError, parse_json
    text = "[" * depth + inside + "]" * depth
    if depth <= JSON_MAX_DEPTH:
        assert parse_json(text, "f.json") is not None
    else:
        with pytest.raises(ConfigError, match=f"nested {depth} levels deep"):
            parse_json(text, "f.json")


@settings(max_examples=500)
@given(st.from_regex(r"\A-?(0|[1-9][0-9]{0,8})(\.[0-9]{1,9})?([eE][+-]?[0-9]{1,3})?\Z"))
def test_numbers_decode_as_the_standard_library_decodes_them(number):
    """orjson's float parsing agrees with the standard library's (correctly rounded) on every number it is given."""
    _same(f'{{"x": [{number}]}}', Limits())


@pytest.mark.parametrize("text, key", [('{"a": 1, "b": 2, "a": 3}', "a"), ('{"a": {"c": 1}, "a": [2]}', "a"),
                                       ('[{"k": 1, "k": 1}]', "k"), ('{"x": {"k": "\\u003a", "k": 2}}', "k"),
                                       ('{"n": 123456789012345678901234, "b": 1, "b": 2}', "b"),
                                       ('{"a" : 1, "a": 2}', "a")])
def test_a_key_written_twice_is_refused_on_the_fast_path_and_the_slow_one(text, key):
    """Red team r16 F4: both parsers kept the last of two equal keys, so an answer writing an amount twice read as
    its last; such JSON has no one meaning and is no answer (an escaped colon and a number beyond 64 bits take the
    standard library's path; whitespace before a colon, the colon count's)."""
    with pytest.raises(InvalidAnswer, match=f"nøglen '{key}' to gange"):
        loads(text, Limits())


@pytest.mark.parametrize("text", ['{"a": "x:y", "b": {"a": 1}}', '{"a\\"": 1, "a": "\\": :"}', '{"k": "\\u003a"}',
                                  '[{"k": 1}, {"k": 2}]', '{"a" : 1, "b"\n:\t2}'])
def test_equal_keys_in_different_objects_and_colons_in_strings_are_no_duplicates(text):
    _same(text, Limits())     # compares json.dumps of both: values and key order


def _old_depth_problem(text: str, limit: int) -> str | None:
    """The data files' depth check as it was: strings removed by the expression, characters counted one by one."""
    import re
    from itertools import accumulate
    strings = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
    brackets = re.sub(r"[^\[\]{}]+", "", strings.sub("", text))
    if not brackets:
        return None
    deepest = max(accumulate(1 if c in "[{" else -1 for c in brackets))
    return f"nested {deepest} levels deep; at most {limit} are accepted" if deepest > limit else None


@settings(max_examples=800)
@given(st.lists(st.sampled_from(["[", "]", "{", "}", '"', "\\", "x", "æ", '"[', ']"', '\\"', ","]), max_size=40),
       st.integers(min_value=0, max_value=6))
def test_the_data_files_depth_check_gives_the_old_verdict_on_any_text(parts, limit):
    from harness.config_files import _depth_problem
    text = "".join(parts)
    assert _depth_problem(text, limit) == _old_depth_problem(text, limit)


@settings(max_examples=800)
@given(st.lists(st.sampled_from([b"[", b"]", b"{", b"}"]), max_size=40), st.integers(min_value=0, max_value=8))
def test_nesting_is_counted_by_passes_as_one_character_at_a_time(brackets, limit):
    """nests_at_most (both kinds of bracket as one pair, innermost pairs deleted per pass) says yes exactly when a
    running count never goes below zero, ends at zero and never rises above the limit."""
    from itertools import accumulate

    from harness.contract.limits import nests_at_most
    text = b"".join(brackets)
    running = list(accumulate(1 if c in b"[{" else -1 for c in text))
    expected = (not running) or (min(running) >= 0 and running[-1] == 0 and max(running) <= limit)
    assert nests_at_most(text, limit) == expected


@settings(max_examples=800)
@given(st.lists(st.sampled_from([b"[", b"]", b"{", b"}", b'"', b'""', b"x", b",", b'"["', b'"]"', b'"{}"', b'"a,b"']),
                max_size=40), st.booleans())
def test_the_brackets_outside_strings_are_those_the_pairs_removal_leaves(parts, given_structure):
    """Without a backslash, outside_brackets takes the quotes away at once when every pair of them is empty, which
    is exactly when removing the empty pairs (the way it did before) leaves no quote: the same brackets either way."""
    from harness.contract.limits import _NOT_COUNTED, _NOT_STRUCTURE, outside_brackets
    raw = b"".join(parts)
    before = raw.translate(None, _NOT_STRUCTURE).replace(b'""', b"")
    if b'"' not in before:
        assert outside_brackets(raw, raw.translate(None, _NOT_COUNTED) if given_structure else None) == before


_JSON = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(alphabet=':"\\ aæ§\n{}', max_size=6),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(':"\\ aæ', max_size=3), inner,
                                                                                  max_size=4), max_leaves=20)


@settings(max_examples=300, suppress_health_check=list(HealthCheck))
@given(_JSON, st.sampled_from([(", ", ": "), (",", ":"), (" , ", " : ")]), st.booleans())
def test_the_duplicate_check_finds_no_duplicate_where_there_is_none_and_finds_one_written(doc, separators, ascii_only):
    """However a document is written (spaces around colons, escapes of every non-ASCII character, colons and quotes
    inside strings and keys), duplicate_key finds none in a document that has none; and a key written again first
    in its object is found."""
    from harness.contract.jsondata import duplicate_key
    raw = json.dumps(doc, separators=separators, ensure_ascii=ascii_only).encode()
    assert duplicate_key(raw, json.loads(raw)) is None
    if isinstance(doc, dict) and doc:
        key = next(iter(doc))
        twice = raw.replace(b"{", b"{" + json.dumps(key).encode() + separators[1].encode() + b"0" + separators[0].encode(), 1)
        assert duplicate_key(twice, json.loads(twice)) == key
