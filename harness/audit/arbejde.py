"""One shard of an audit, in a worker process: read its cases (and recorded decisions, or ask the candidate in
batches), compute the lean reference, compare, and return the mismatch rows and the counts.

The fast path is equality: an answer whose every field but the explanation equals the lean reference decision,
whose explanation has the contract's shape (a compiled schema check of that part alone), and whose every step a
value points to exists, states its input and result and cites a § of the reference's step (the lean reference keeps
each step's id, rule and §), is a pass without further work — the rest of it is then the reference's own, valid by
construction, and the full comparison would find nothing (tests/audit/test_begrundelse_hurtigt.py), with one
exception: a recorded explanation's `input` and `resultat` are not held to the contract's size limits here (depth,
text length, entries; proving them costs ≈ 15 µs a line), where the full comparison calls a breach *ugyldigt svar*;
an asked candidate's answers are held to them on their bytes by the adapters. Only an answer that differs is
validated in full, diffed, classified, and given its kroner and root rule, against the
reference's full explanation, computed for those cases only.

Personal data stays here: rows carry the case's and the citizen's salted pseudonyms, and every text written is
scrubbed of the case's CPR numbers, names and case id (harness/audit/personer.py).
"""
from __future__ import annotations

import contextlib
import functools
import gc
import operator
import re
import time
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import orjson

from harness.toolkit.errors import CaseError, OutOfScope

from . import lager
from .kilder import Kobling, Shard, items

MISSING = object()
_SORTED = orjson.OPT_SORT_KEYS
Sted = tuple[int, int | None]   # a row's place: its case's (byte offset or number), its decision line's (or None)
MAX_PROBLEMS = 20        # problems (unreadable lines, malformed cases) kept per shard, as examples
REMEMBERED = 300         # characters of a system's hjemmel text up to which an explanation's verdict is remembered
EXPLAINED = 2048         # explanations' verdicts remembered per benefit (≤ 2,048 × the steps' short texts)


@dataclass(frozen=True)
class Opsaetning:
    """What every worker needs, small and picklable (it travels to Dask workers): the pseudonym key derived from the
    salt (harness/audit/personer.py derive_key), never the salt."""
    noegle: bytes
    kandidat: str | None = None          # a candidate spec to ask; None: the decisions are recorded in the input
    compare_policy: str | None = None    # None: the default comparison policy
    batch: int = 200                     # cases per candidate call
    timeout: float | None = None
    stille: int | None = None            # cases in a row without any answer after which the candidate is down


@dataclass
class Resultat:
    nr: int
    sager: int = 0            # cases read
    sammenlignet: int = 0     # compared with the reference
    bestaaet: int = 0         # equal (fast path) or without findings
    afvigende: int = 0        # cases with at least one finding
    sprunget_over: int = 0    # out of the reference's scope, or skipped by the candidate
    systemet_sprang_over: int = 0   # of those: skipped by the system (recorded or asked) though the law decides them
    ugyldige: int = 0         # unreadable lines and malformed cases (not the candidate's fault)
    hurtige: int = 0          # passes decided by equality alone
    dubletter: int = 0        # joined input: decisions beyond a sags_id's first (each audited: in the counts above)
    dublet_sager: int = 0     # joined input: case lines repeating an earlier line's sags_id (not audited again)
    dublet_sager_andet: int = 0   # of those: with other content than the first (a case never compared)
    uparrede: int = 0         # joined input: decision lines with no case (no case of their sags_id, or no sags_id)
    pr_ydelse: dict[str, int] = field(default_factory=dict)   # compared, by benefit: whose yardstick the audit used
    problemer: list[str] = field(default_factory=list)
    kobling: dict[str, list[str]] = field(default_factory=dict)   # examples of the three above, by byte offset
    raekker: Any = None       # pyarrow.Table of mismatch rows, or None
    sekunder: float = 0.0     # wall time of the shard in its worker
    cpu: float = 0.0          # the worker's CPU time for the shard
    nede: str | None = None   # the candidate answered nothing for too long: the shard is unfinished, never logged

    def log_record(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("raekker", "nede")}


# --- per-process state -----------------------------------------------------------------------------------

_STATE: dict = {}


class _Ydelse:
    """What the worker needs of one benefit, built once per process."""

    def __init__(self, navn: str, policy):
        from harness.compare import kroner
        from harness.compare.differ import STATED, boilerplate, cites_rule
        from harness.contract import schemas
        from harness.contract.ydelse import find
        self.navn = navn
        self.ydelse = find(navn)
        self.calculate = self.ydelse.reference.calculate
        self.rules = policy.rules(navn)
        self.steps = self.rules.steps
        self.step_id = self.rules.step_id
        self.id_of = operator.itemgetter(self.step_id)
        self.steps_valid = schemas.property_validator(navn, "decision", self.steps).is_valid
        self.refs = re.compile(rb'"' + re.escape(self.rules.ref.encode()) + rb'":"([^"\\]*)"').findall
        self.stated, self.cites_rule, self.boilerplate = STATED, cites_rule, boilerplate
        self.explained = functools.lru_cache(maxsize=EXPLAINED)(self._explained)
        self.penge = kroner.load(navn)
        self.totaler = self.penge.totaler()
        self.perioder = self.penge.perioder()

    def fast_equal(self, ref: dict, answer: object, decoded: bool = False) -> bool:
        """True when the answer is the lean reference decision (the explanation aside) with a valid explanation that
        the full comparison would find nothing wrong with: the fields compared as one JSON document, types included
        (1 is not true); the steps of the contract's shape; every step a value points to present, stating its input
        and result, and citing a § of the reference's step (differ.hjemmel_problems, by the same cites_rule). Any
        doubt is not a pass here: the full comparison decides.

        `decoded`: the answer was decoded from JSON text (a recorded line, a process's line, an HTTP body), so it
        holds only JSON's types and finite numbers; then equal text with the keys sorted is equal data, types
        included. An answer made in this process may hold what orjson writes as JSON but is none (NaN and an
        infinite number are written null; an enum, a date, a dataclass as their values): it must be equal as data
        too."""
        if type(answer) is not dict or len(answer) != len(ref):
            return False
        steps = answer.get(self.steps, MISSING)
        if type(steps) is not list or not steps:
            return False
        theirs = ref[self.steps]            # the lean reference's steps: id, rule and § of each
        rest = answer.copy()
        rest[self.steps] = theirs
        # Equal as JSON text with the keys sorted, which tells 1 from true and 1 from 1.0, whatever order the keys
        # came in (a system's own, or sorted by the HTTP contract's encoders); sorting costs orjson little.
        try:
            ref_bytes = orjson.dumps(ref, option=_SORTED)
            if orjson.dumps(rest, option=_SORTED) != ref_bytes:
                return False
        except TypeError:                   # not plain JSON data: the full comparison says what it is
            return False
        if not decoded and rest != ref:
            return False
        if not self.steps_valid(steps):
            return False
        try:    # a repeated id: the last one, as the comparison reads it
            mine, reference = dict(zip(map(self.id_of, steps), steps)), dict(zip(map(self.id_of, theirs), theirs))
        except (KeyError, TypeError):       # a schema that lets a step go without an id
            return False
        stated = self.stated
        pairs = []
        remembered = True
        for raw_id in set(self.refs(ref_bytes)):
            ref_id = raw_id.decode()
            step, expected = mine.get(ref_id), reference.get(ref_id)
            if step is None or expected is None or not all(map(step.get, stated)):
                return False
            cited = step.get("hjemmel")
            if type(cited) is not str or len(cited) > REMEMBERED:
                remembered = False
            pairs.append((expected.get("hjemmel"), cited))
        # The same texts come back case after case: the verdict on a set of short ones is remembered, as a set (their
        # order and repeats do not change it); a long or odd text, as a hostile system may send, is judged each time
        # and never kept.
        if remembered:
            with contextlib.suppress(TypeError):    # a reference step's hjemmel that is no text (never so today)
                return self.explained(frozenset(pairs))
        return self._explained(pairs)

    def _explained(self, pairs: Collection[tuple[object, object]]) -> bool:
        """Whether each value's step cites a § of the reference's step, and no text is boilerplate (differ's
        cites_rule and boilerplate, as the full comparison judges them). `pairs`: (the reference step's hjemmel,
        the system's step's hjemmel) of each step a value points to."""
        cites_rule = self.cites_rule
        return all(cites_rule(needed, cited) for needed, cited in pairs) and not self.boilerplate(pairs)


def _state(opsaetning: Opsaetning) -> dict:
    key = (opsaetning.compare_policy, opsaetning.kandidat, opsaetning.timeout)
    if _STATE.get("key") != key:
        from harness.compare import load_policy
        from harness.compare.policy import DEFAULT_POLICY
        _stop_candidate()
        _STATE.clear()
        _STATE["key"] = key
        _STATE["policy"] = load_policy(opsaetning.compare_policy or DEFAULT_POLICY)
        _STATE["ydelser"] = {}
        # answers decoded from JSON text: a recorded file's lines (kilder.py), an isolated candidate's (a process's
        # lines, HTTP bodies); an in-process candidate's answers are Python objects (fast_equal's `decoded`)
        _STATE["decoded"] = True
        if opsaetning.kandidat is not None:
            from harness.adapters_api import Silence, open_candidate
            candidate = open_candidate(opsaetning.kandidat, timeout=opsaetning.timeout)
            candidate.start()
            _STATE["candidate"] = candidate
            _STATE["silence"] = Silence()     # this worker's count of cases in a row without an answer
            _STATE["decoded"] = getattr(candidate, "isolated", False) is True
            # stopped when the worker process ends (a cmd: candidate's process, an HTTP connection pool)
            from multiprocessing.util import Finalize
            Finalize(candidate, _stop_candidate, exitpriority=10)
        gc.freeze()   # what is loaded now lives as long as the worker: the collector need not scan it again
    return _STATE


def _stop_candidate() -> None:
    candidate = _STATE.get("candidate")
    if candidate is not None:
        with contextlib.suppress(Exception):
            candidate.stop()


def _ydelse(state: dict, navn: str) -> _Ydelse:
    ydelser = state["ydelser"]
    if navn not in ydelser:
        ydelser[navn] = _Ydelse(navn, state["policy"])
        gc.freeze()
    return ydelser[navn]


# --- the shard -------------------------------------------------------------------------------------------

COLLECT_EVERY = 200      # recorded cases between two collections of the young objects while a shard runs


@contextlib.contextmanager
def _collecting_between_batches() -> Iterator[None]:
    """The cyclic garbage collector paused while a shard runs; the shard collects the young objects itself after
    each batch (or COLLECT_EVERY recorded cases), when the batch's answers are gone. Left on, it scanned each batch's
    decoded answers (≈ 300 objects a case, all alive until the batch is compared, none in a cycle) at every young
    collection, and again when they had outlived it. A cycle made while a batch is compared (the slow path's) is
    garbage by its end and is collected then, so what the pause can hold is one batch's."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run_shard(shard: Shard, opsaetning: Opsaetning) -> Resultat:
    """Audit one shard. Never raises for a bad line, case or answer: those are counted and kept as examples."""
    t0, c0 = time.perf_counter(), time.process_time()
    state = _state(opsaetning)
    res = Resultat(shard.nr)
    rows = lager.empty_rows()
    with _collecting_between_batches():
        if opsaetning.kandidat is None:
            kobling = Kobling()
            for n, item in enumerate(items(shard, kobling=kobling), 1):
                _one(state, res, rows, opsaetning.noegle, *item)
                if not n % COLLECT_EVERY:
                    gc.collect(0)
            res.dubletter, res.dublet_sager, res.uparrede = kobling.dubletter, kobling.dublet_sager, kobling.uparrede
            res.dublet_sager_andet = kobling.dublet_sager_andet
            res.kobling = kobling.eksempler
        else:
            batch: list = []
            for item in items(shard, cases_only=True):
                batch.append(item)
                if len(batch) >= opsaetning.batch:
                    _ask(state, res, rows, opsaetning, batch)
                    batch = []
                    gc.collect(0)
                    if res.nede:
                        break
            if batch and not res.nede:
                _ask(state, res, rows, opsaetning, batch)
    res.raekker = lager.table(rows) if rows["pseudonym"] else None
    res.sekunder, res.cpu = time.perf_counter() - t0, time.process_time() - c0
    return res


def _call(state: dict, cases: list[dict]) -> list:
    """One candidate call; an adapter that fails or answers the wrong number is no answer to each case."""
    from harness.adapters_api import Result
    try:
        results = state["candidate"].run(cases)
        if not isinstance(results, list) or len(results) != len(cases):
            raise ValueError(f"the adapter returned {len(results) if isinstance(results, list) else results!r} "
                             f"answers for {len(cases)} cases")
    except Exception as exc:
        return [Result.failed(f"adapter failed: {type(exc).__name__}: {exc}") for _ in cases]
    return [r if isinstance(r, Result) else Result.failed(f"adapter returned {repr(r)[:200]}") for r in results]


def _ask(state: dict, res: Resultat, rows: dict, opsaetning: Opsaetning, batch: list) -> None:
    """The readable cases of `batch` asked in one call (a candidate that answers one case a call, as a process does,
    is asked case by case, so a system that is down is seen after `stille` cases, not after a batch of timeouts),
    then each case compared. When the candidate is down, the shard stops unfinished (`res.nede`)."""
    cases = [case for _, case, _, problem, _ in batch if problem is None and isinstance(case, dict)]
    step = len(cases) if getattr(state["candidate"], "batch_size", 1) > 1 else 1
    results: list = []
    for i in range(0, len(cases), max(1, step)):
        got = _call(state, cases[i:i + step])
        results += got
        silence = state["silence"]
        silence.count(got)
        if silence.down(opsaetning.stille):
            res.nede = (f"the system answered nothing to {silence.cases} cases in a row (it hung, crashed or exited, "
                        f"or its server failed; the rollout policy's run_bounds.silent_cases is {opsaetning.stille}): "
                        "it is down or unreachable")
            return
    answers = iter(results)
    for placering, case, _, problem, _ in batch:
        if problem is None and isinstance(case, dict):
            r = next(answers)
            answer = {"decision": r.decision} if r.kind == "decision" else \
                {"skipped": True, "reason": r.reason} if r.kind == "skipped" else {"errored": True, "message": r.reason}
            _one(state, res, rows, opsaetning.noegle, placering, case, answer, None, None)
        else:
            _one(state, res, rows, opsaetning.noegle, placering, case, None, problem, None)


def _problem(res: Resultat, text: str) -> None:
    res.ugyldige += 1
    if len(res.problemer) < MAX_PROBLEMS:
        res.problemer.append(text)


def _one(state: dict, res: Resultat, rows: dict, noegle: bytes, placering: int, case: object, answer: dict | None,
         problem: str | None, afgoerelse: int | None) -> None:
    """One case: `answer` is {"decision": …} or {"skipped": …} or {"errored": …} (recorded or from the candidate);
    `afgoerelse` where its own line is, when the decisions are a file of their own."""
    res.sager += 1
    if problem is not None:
        _problem(res, f"byte {placering}: {problem}")
        return
    if not isinstance(case, dict):
        _problem(res, f"byte {placering}: the case is not a JSON object")
        return
    navn, sags_id = case.get("ydelse"), case.get("sags_id")
    if not isinstance(navn, str) or navn not in _known():
        _problem(res, f"byte {placering}: the case names no known benefit in 'ydelse' (known: {', '.join(_known())})")
        return
    if not isinstance(sags_id, str) or not sags_id:
        _problem(res, f"byte {placering}: the case has no sags_id")
        return
    y = _ydelse(state, navn)
    try:
        ref = y.calculate(case, begrundelse=False)
    except OutOfScope:
        res.sprunget_over += 1
        return
    except CaseError as exc:
        _problem(res, f"byte {placering}: {_hide(noegle, navn, case, sags_id, str(exc))}")
        return
    if answer is None or answer.get("skipped") is True:
        res.sprunget_over += 1
        if answer is not None:
            res.systemet_sprang_over += 1
        return
    res.sammenlignet += 1
    res.pr_ydelse[navn] = res.pr_ydelse.get(navn, 0) + 1
    if answer.get("errored") is True:
        res.afvigende += 1
        _errored_row(rows, noegle, y, case, sags_id, (placering, afgoerelse), str(answer.get("message", "")))
        return
    decision = answer.get("decision", MISSING)
    if y.fast_equal(ref, decision, state["decoded"]):
        res.bestaaet += 1
        res.hurtige += 1
        return
    if _mismatch_rows(state, rows, noegle, y, case, sags_id, (placering, afgoerelse), decision):
        res.afvigende += 1
    else:
        res.bestaaet += 1


@__import__("functools").cache
def _known() -> tuple[str, ...]:
    from harness.contract.ydelse import alle
    return tuple(alle())


def _hide(noegle: bytes, navn: str, case: dict, sags_id: str, text: str) -> str:
    from .personer import Skjuler
    return Skjuler(noegle, navn, case, sags_id).text(text)


def _json(value: object, skjul) -> str | None:
    """The value as JSON text, scrubbed: its strings decoded (a line break inside a CPR number is found), then the
    text (a CPR number written as a JSON number)."""
    if value is None:
        return None
    try:
        text = orjson.dumps(skjul.value(value), option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:
        text = repr(value)
    return skjul.text(text)


# The adapters' own words at the start of a message about a case the system did not decide; what follows them, and
# any message that does not start so, is the system's text (a server's error, a process's stderr, an answer quoted).
OWN_WORDS = re.compile(r"(?:batch of \d+: )?(?:timeout|ugyldigt svar|HTTP \d{3}|adapter failed|the candidate process[^:;]*"
                       r"|answer is not JSON|the answer is not JSON|answer does not carry seq \d+|the answer is for case"
                       r"|the answer is none of decision/skipped/error|no result \(adapter bug\)|CaseError|OutOfScope)")
NOT_KEPT = "systemets egen tekst er ikke gemt: den kan rumme andre sagers personoplysninger"


def _own_words(message: str) -> str:
    """What of a message about an undecided case is the bench's own: the adapter's opening words, and never the
    system's text after them, which a system writes over many cases (a process's stderr, a server's error naming
    another case: red team rounds 10b and 10c), and which this case's scrubbing cannot know."""
    if message.startswith("timeout: ") and "HTTP" not in message:
        return message                   # the adapters' timeouts say only what was waited for, and how long
    m = OWN_WORDS.match(message)
    own = m.group(0) if m else "systemets fejlbesked"
    return own if m and m.end() == len(message) else f"{own} ({NOT_KEPT}; {len(message)} tegn)"


def _errored_row(rows: dict, noegle: bytes, y: _Ydelse, case: dict, sags_id: str, sted: Sted, message: str) -> None:
    """A case the system did not decide, with the bench's own words for why (`_own_words`)."""
    from .personer import Skjuler
    skjul = Skjuler(noegle, y.navn, case, sags_id)
    message = _own_words(message)
    _add(rows, skjul, y.navn, sted, "fejl_timeout", None, "(hele afgørelsen)", "fejl", None,
         _json(message, skjul), None, None, None)


def _add(rows: dict, skjul, navn: str, sted: Sted, klasse: str, rod, felt: str, art: str, forventet: str | None,
         faktisk: str | None, kroner: Decimal | None, penge_art: str | None, maaned: str | None) -> None:
    rows["pseudonym"].append(skjul.sag)
    rows["borger"].append(skjul.borger)
    rows["ydelse"].append(navn)
    rows["placering"].append(sted[0])
    rows["afgoerelse_placering"].append(sted[1])
    rows["klasse"].append(klasse)
    rows["rod_trin"].append(rod.trin if rod else None)
    rows["rod_regel"].append(rod.regel if rod else None)
    rows["rod_hjemmel"].append(rod.hjemmel if rod else None)
    rows["rod_kilde"].append(rod.kilde if rod else None)
    rows["felt"].append(skjul.text(felt))
    rows["art"].append(art)
    rows["forventet"].append(forventet)
    rows["faktisk"].append(faktisk)
    rows["kroner"].append(lager.kroner(kroner))
    rows["penge_art"].append(penge_art)
    rows["maaned"].append(maaned)


def _mismatch_rows(state: dict, rows: dict, noegle: bytes, y: _Ydelse, case: dict, sags_id: str, sted: Sted,
                   decision: object) -> bool:
    """The slow path: full reference, comparison, kroner, root rules. False when the comparison finds nothing."""
    from harness.compare import compare_decisions, kroner
    from harness.compare.rod import Roedder

    from .personer import Skjuler
    full = y.calculate(case, begrundelse=True)
    answer = None if decision is MISSING else decision
    try:
        findings = compare_decisions(state["policy"], y.navn, full, answer)
    except Exception as exc:
        from harness.compare import Finding
        findings = [Finding(klasse="ugyldigt_svar", message=f"svaret kunne ikke sammenlignes: {type(exc).__name__}: {exc}")]
    if not findings:
        return False
    skjul = Skjuler(noegle, y.navn, case, sags_id)
    posts = kroner.poster(y.penge, full, answer) if isinstance(answer, dict) else []
    changes = [(f.klasse, c) for f in findings for c in f.changes]
    felter = [c["felt"] for _, c in changes]
    roots = Roedder(y.rules, full, answer, y.totaler, y.perioder).roots(felter) if felter else {}
    # Each paid amount that differs goes with the differing field that holds it (the field itself, or the entry or
    # list it is in); one that no field holds (e.g. in an answer the schema rejects) gets a row of its own.
    by_felt: dict[str, list] = {}
    loose = []
    for post in posts:
        holder = next((f for f in sorted(felter, key=len, reverse=True)
                       if post.felt == f or post.felt.startswith(f + ".") or post.felt.startswith(f + "[")), None)
        if holder is None:
            loose.append(post)
        else:
            by_felt.setdefault(holder, []).append(post)
    used: set[str] = set()
    for klasse, change in changes:
        felt = change["felt"]
        rod = roots.get(felt)
        mine = by_felt.get(felt, []) if felt not in used else []
        used.add(felt)
        first = mine[0] if mine else None
        _add(rows, skjul, y.navn, sted, klasse, rod, felt, change.get("art", "ændret"),
             _json(change.get("forventet"), skjul), _json(change.get("faktisk"), skjul),
             first.kroner if first else None, first.art if first else None, first.maaned if first else None)
        for post in mine[1:]:
            _post_row(rows, skjul, y.navn, sted, klasse, rod, post)
    for finding in findings:  # a finding without field changes (e.g. an answer that cannot be compared at all)
        if not finding.changes:
            _add(rows, skjul, y.navn, sted, finding.klasse, None, "(hele afgørelsen)", "ugyldig", None,
                 _json(finding.message, skjul), None, None, None)
    if loose:
        klasse = next((k for k, _ in changes), findings[0].klasse)
        for post in loose:
            _post_row(rows, skjul, y.navn, sted, klasse, roots.get(post.felt), post)
    return True


def _post_row(rows: dict, skjul, navn: str, sted: Sted, klasse: str, rod, post) -> None:
    _add(rows, skjul, navn, sted, klasse, rod, post.felt, "ændret",
         None if post.forventet is None else f'"{post.forventet}"',
         None if post.faktisk is None else f'"{post.faktisk}"', post.kroner, post.art, post.maaned)
