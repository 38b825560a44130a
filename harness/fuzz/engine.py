"""The fuzz engine: generated cases -> reference and candidate -> the run's own comparison, plus the benefit's
oracle-free properties on the candidate's answers; shrunk counterexamples with failure class and severity.

One search is a Hypothesis `@given` test run directly (outside pytest) under a settings profile
(`harness/fuzz/profiles.py`). Each distinct finding key (`diff:<class>` or `prop:<property>`) raises its own
exception type, so Hypothesis shrinks each separately and reports them together. Hypothesis stops at the first
failure it meets, so the search is repeated with the keys already found masked, until a round finds nothing
new: that is how one `fuzz` run finds every kind of defect a candidate has, not just the most common one.
"""
from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, assume, event, given, settings, target
from hypothesis import seed as hseed
from hypothesis import strategies as st

from harness.adapters_api import Candidate, Metadata, Result
from harness.compare import ComparePolicy, compare_decisions, load_policy
from harness.contract import case_ids
from harness.contract.config import Severity
from harness.contract.jsondata import same_json
from harness.contract.ydelse import find
from harness.dressing import case_schema, dress

from . import profiles
from .coverage import Coverage

# The scenario `alvor` a fuzz finding is given, from its failure class: the highest the class implies under
# the README's definition (A: the citizen is paid wrongly or not at all; B: a wrong date, deadline or
# refusion, or a decision on money without its explanation; C: form). The deviation's severity then comes from the
# policy's severity table.
FUZZ_ALVOR: dict[str, Severity] = {"manglende_udbetaling": "A", "forkert_afgoerelse_om_ret": "A", "forkert_beloeb": "A",
              "forkert_dato": "B", "manglende_begrundelse": "B", "ugyldigt_svar": "A", "fejl_timeout": "A"}
MAX_ROUNDS = 16


@dataclass
class Counterexample:
    key: str                      # diff:<class> | prop:<property name>
    kind: str                     # differential | property
    klasse: str
    alvor: Severity               # the scenario alvor given to the finding (FUZZ_ALVOR)
    severity: Severity            # the deviation's severity (policy severity table)
    message: str
    case: dict
    expected: dict | None      # the reference's decision
    actual: object                # the candidate's answer (decision, or the error message)
    changes: list = field(default_factory=list)
    explanation: list = field(default_factory=list)
    prop: str | None = None    # the property's name, for kind == property
    notes: list = field(default_factory=list)   # Hypothesis' notes (the explain phase's, under `deep`)

    @property
    def id(self) -> str:
        digest = hashlib.sha1((self.key + json.dumps(self.case, sort_keys=True)).encode()).hexdigest()[:10]
        return f"FUZZ-{digest}"

    @property
    def hjemmel(self) -> list[str]:
        """The § of the reference steps behind the differing fields (or, failing that, behind the right)."""
        found = [e["hjemmel"] for e in self.explanation if e.get("hjemmel")]
        if not found and self.expected:  # e.g. a missing explanation: the § of the right that was granted
            steps = {s["id"]: s for s in self.expected.get("begrundelse", []) if isinstance(s, dict) and "id" in s}
            behind = [steps[n["trin"]] for n in _pointers(self.expected) if n.get("trin") in steps]
            granted = [st for st in behind if (st.get("resultat") or {}).get("ret") is True]
            if granted or behind:
                found.append((granted or behind)[0]["hjemmel"])
        return list(dict.fromkeys(found))

    def to_dict(self) -> dict:
        return {"id": self.id, "key": self.key, "kind": self.kind, "klasse": self.klasse, "alvor": self.alvor,
                "severity": self.severity, "message": self.message, "property": self.prop,
                "hjemmel": self.hjemmel, "notes": self.notes, "changes": self.changes, "explanation": self.explanation, "case": self.case,
                "expected": self.expected, "actual": self.actual}


def _pointers(decision: dict) -> list[dict]:
    """The decision's values that point to an explanation step (`trin`), top level first, then nested (a monthly
    benefit's persons and their supplements), in document order."""
    top = [n for n in decision.values() if isinstance(n, dict) and "trin" in n]
    nested: list[dict] = []
    todo = [v for k, v in decision.items() if k != "begrundelse"]
    while todo:
        node = todo.pop(0)
        if isinstance(node, dict):
            if "trin" in node and node not in top:
                nested.append(node)
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    return top + nested


@dataclass
class FuzzConfig:
    ydelse: str                          # the benefit whose cases are generated
    profile: str | None = None        # ci | dev | deep; None: ci when CI is set, else dev
    examples: int | None = None       # per search round; None: the profile's max_examples
    seed: int | None = None
    max_rounds: int = MAX_ROUNDS
    patience: int = 2                    # stop after this many rounds in a row that find nothing new
    stop_at: float | None = None         # time.monotonic() after which no new round or stratum starts (None: none)
    id_format: str | None = None         # production's case number shape (policy sags_id_format); None: the scenarios'


@dataclass
class FuzzReport:
    candidate: str
    metadata: dict
    ydelse: str
    profile: str
    examples_per_round: int
    seed: int | None
    rounds: int = 0
    budget_exhausted: bool = False       # stopped at the stage's time budget, not because the search was done
    examples: int = 0
    skipped: int = 0
    seconds: float = 0.0
    counterexamples: list = field(default_factory=list)
    coverage: Coverage | None = None

    @property
    def exit_code(self) -> int:
        return 1 if self.counterexamples else 0

    def to_dict(self) -> dict:
        return {"candidate": self.candidate, "metadata": self.metadata, "ydelse": self.ydelse, "profile": self.profile,
                "examples_per_round": self.examples_per_round, "seed": self.seed, "rounds": self.rounds,
                "budget_exhausted": self.budget_exhausted,
                "examples": self.examples, "skipped_by_candidate": self.skipped, "seconds": round(self.seconds, 3),
                "counterexamples": [c.to_dict() for c in self.counterexamples],
                "coverage": self.coverage.to_dict() if self.coverage else None}


class _Found(Exception):
    def __init__(self, payload: Counterexample):
        super().__init__(f"{payload.key}: {payload.message}")
        self.payload = payload


_EXC: dict[str, type] = {}


def _exception_for(key: str) -> type:
    """One exception type per finding key: Hypothesis tells bugs apart by type, and shrinks each on its own."""
    if key not in _EXC:
        _EXC[key] = type("Fund_" + "".join(c if c.isalnum() else "_" for c in key), (_Found,), {})
    return _EXC[key]


def _magnitude(changes: list) -> float:
    total = Decimal(0)
    for c in changes:
        try:
            total += abs(Decimal(str(c.get("forventet"))) - Decimal(str(c.get("faktisk"))))
        except (InvalidOperation, ValueError, TypeError):
            continue
    return float(total)


def generators_of(ydelse: str):
    """The benefit's generator module; YdelseError for an unknown benefit, LookupError when it has none."""
    gen = find(ydelse).generators
    if gen is None:
        raise LookupError(f"the benefit {ydelse!r} has no generators (generators.py) and cannot be fuzzed")
    return gen


def _reference(case: dict) -> dict:
    from harness.reference import calculate
    return calculate(case)


def _is_out_of_scope(exc: Exception) -> bool:
    return type(exc).__name__ == "OutOfScope"


class Fuzzer:
    """Fuzzes one started candidate. `run()` returns the report; the candidate is not stopped here."""

    def __init__(self, candidate: Candidate, meta: Metadata, config: FuzzConfig,
                 cpolicy: ComparePolicy | None = None, reference: Callable[[dict], dict] = _reference):
        self.candidate, self.meta, self.config = candidate, meta, config
        self.cpolicy = cpolicy or load_policy()
        self.reference = reference
        self.gen = generators_of(config.ydelse)
        profiles.register()
        self.profile = config.profile or profiles.default_profile()
        base = settings.get_profile(self.profile)
        self.examples = config.examples or base.max_examples
        # the explain phase traces every line: worth it only for nightly runs
        phases = base.phases if self.profile == "deep" else [p for p in base.phases if p != Phase.explain]
        self.settings = settings(base, max_examples=self.examples, deadline=None, verbosity=Verbosity.quiet,
                                 report_multiple_bugs=True, print_blob=False, phases=phases,
                                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                        HealthCheck.data_too_large])
        if config.seed is not None:
            self.settings = settings(self.settings, derandomize=False)
        self.coverage = Coverage(config.ydelse, getattr(self.gen, "EXPECTED_CODES", ()))
        self.rules = self.cpolicy.rules(config.ydelse)
        self.round_log: list[tuple[int, int, float]] = []   # (new findings, examples, seconds) per round
        self.report = FuzzReport(candidate.spec, meta.to_dict(), config.ydelse, self.profile, self.examples, config.seed,
                                 coverage=self.coverage)

    # --- one system's answers --------------------------------------------------------------------------

    def _run_one(self, case: dict) -> Result:
        try:
            results = self.candidate.run([case])
            return results[0] if results and isinstance(results[0], Result) else Result.errored(f"adapter returned {results!r:.200}")
        except Exception as exc:
            return Result.errored(f"{type(exc).__name__}: {exc}")

    def decide(self, case: dict) -> dict | None:
        """The candidate's decision when it gave a schema-valid one, else None (properties skip such cases)."""
        r = self._run_one(case)
        return r.decision if r.kind == "decision" and isinstance(r.decision, dict) else None

    def _counterexample(self, key: str, kind: str, klasse: str, message: str, case: dict, expected, actual,
                        changes=(), explanation=(), prop: str | None = None) -> Counterexample:
        alvor = FUZZ_ALVOR.get(klasse, "A")
        return Counterexample(key, kind, klasse, alvor, self.cpolicy.severity(klasse, alvor), message,
                              copy.deepcopy(case), expected, actual, list(changes), list(explanation), prop)

    def _outside_law_dates(self, case: dict[str, Any]) -> bool:
        date = self.rules.deciding_date(case)
        return date is not None and self.meta.outside_law_dates(date)

    def findings(self, case: dict, quiet: bool = False):
        """(key, Counterexample) for each way the candidate fails on this case, lazily, differential first. `quiet`:
        a second look at an example (its bare case, see `_plain`), which tells Hypothesis and the figures nothing."""
        try:
            expected = self.reference(case)
        except Exception as exc:
            if _is_out_of_scope(exc):
                if quiet:
                    return
                assume(False)
            raise
        if not quiet:
            self.coverage.add(expected)
        result = self._run_one(case)
        if result.kind == "skipped":
            if not quiet:
                self.report.skipped += 1
                event("kandidaten sprang sagen over")
            return
        if result.kind == "errored":
            yield "diff:fejl_timeout", lambda: self._counterexample(
                "diff:fejl_timeout", "differential", "fejl_timeout", result.reason, case, expected, result.reason)
            return
        try:  # the same decision as the reference's, explanation and all, needs no comparison (the common case)
            found = [] if same_json(result.decision, expected) else \
                compare_decisions(self.cpolicy, self.config.ydelse, expected, result.decision)
        except Exception as exc:
            from harness.compare import Finding
            found = [Finding(klasse="ugyldigt_svar", message=f"svaret kunne ikke sammenlignes: {type(exc).__name__}: {exc}")]
        if found and not quiet:
            target(_magnitude([c for f in found for c in f.changes]), label="afvigelse (sum af talforskelle)")
        detail = getattr(self.gen, "finding_detail", None)  # optional: tells defects within one class apart
        for f in found:
            key = f"diff:{f.klasse}" + (f":{d}" if detail is not None and (d := detail(f)) else "")
            yield key, (lambda f=f, key=key: self._counterexample(
                key, "differential", f.klasse, f.message, case, expected, result.decision, f.changes, f.explanation))
        if any(f.klasse == "ugyldigt_svar" for f in found):
            return
        for prop in self.gen.PROPERTIES:
            key = f"prop:{prop.name}"
            try:
                message = prop.check(self.decide, case, result.decision)
            except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError):
                continue  # an answer a property cannot read is for the differential comparison to judge
            if message:
                yield key, (lambda prop=prop, message=message, key=key: self._counterexample(
                    key, "property", prop.klasse, f"{prop.beskrivelse} Brudt: {message}", case, expected,
                    result.decision, prop=prop.name))

    # --- the search ---------------------------------------------------------------------------------------

    def _search_round(self, masked: set[str], round_no: int = 1) -> list[Counterexample]:
        """One round: each stratum of the benefit's generators (if it has strata) with its share of the examples."""
        strata = tuple(getattr(self.gen, "STRATA", ()) or ((None, 1),))
        weights = sum(w for _, w in strata)
        found: list[Counterexample] = []
        for stratum, weight in strata:
            if round_no > 1 and self._out_of_time():
                break
            share = max(10, self.examples * weight // weights)
            new = self._search(masked | {c.key for c in found}, stratum, share, round_no)
            found += [c for c in new if c.key not in masked]
        return found

    def _search(self, masked: set[str], stratum=None, examples: int | None = None,
                round_no: int = 1) -> list[Counterexample]:
        fuzzer = self
        label = getattr(self.gen, "label", None)

        phases = self._phases(round_no)
        shrinking = Phase.shrink in phases

        def inner(drawn):
            case, bare = (drawn, drawn) if shrinking else drawn   # without shrinking: (the case as sent, bare)
            fuzzer.report.examples += 1
            if fuzzer._outside_law_dates(case):
                event("uden for kandidatens lovdatoer")
                assume(False)
            if label:
                event(label(case))
            for key, make in fuzzer.findings(case):
                if key not in masked:
                    raise _exception_for(key)(make() if shrinking else fuzzer._plain(key, bare, case, make))

        strategy = self.gen.strategy(stratum) if stratum is not None else self.gen.strategy()
        strategy = _with_case_ids(strategy, find(self.config.ydelse).beskrivelse.id_praefiks, self.config.id_format)
        test: Any = given(_dressed(strategy, self.config.ydelse, self.rules.deciding_date,
                                   keep_bare=not shrinking))(inner)
        test = settings(self.settings, max_examples=examples or self.examples, phases=phases)(test)
        if self.config.seed is not None:
            test = hseed(f"{self.config.seed}:{stratum}:{round_no}")(test)  # fresh, reproducible per round
        # One example database entry per benefit and candidate: a demo failure is not replayed (and dropped) when
        # the reference is fuzzed.
        test.hypothesis.inner_test._hypothesis_internal_add_digest = \
            f"ydelsestjek-fuzz:{self.config.ydelse}:{self.candidate.spec}:{stratum}:{round_no}".encode()
        try:
            test()
        except _Found as exc:
            return [_with_notes(exc)]
        except BaseExceptionGroup as group:  # several distinct findings, each shrunk
            found = [e for e in _leaves(group) if isinstance(e, _Found)]
            others = [e for e in _leaves(group) if not isinstance(e, _Found)]
            if others and not found:
                raise others[0] from group
            return [_with_notes(e) for e in found]
        return []

    def _phases(self, round_no: int) -> tuple[Phase, ...]:
        """Hypothesis' phases for a round. Under a time budget (the run's fuzz stage) only the first round shrinks
        its findings: no new round starts past the budget, but a round runs whole, and shrinking is bounded by
        Hypothesis alone; one benefit's third round took 270 s to shrink two rare findings where the rounds before
        took 10 s (measured 2026-11-27, the demo system; docs/fuzz.md). A later round's finding is then reported as found, on its
        bare case where that shows it too (`_plain`). Without a budget (`fuzz`, the strength run) every round shrinks."""
        phases = tuple(self.settings.phases)
        if self.config.stop_at is not None and round_no > 1:
            return tuple(p for p in phases if p != Phase.shrink)
        return phases

    def _plain(self, key: str, bare: dict, case: dict, make: Callable[[], Counterexample]) -> Counterexample:
        """The finding on the bare case when it shows there too, else on the case as dressed: what shrinking would
        have found first, for a round that does not shrink."""
        if bare is not case:
            for other, made in self.findings(bare, quiet=True):
                if other == key:
                    return made()
        return make()

    def _out_of_time(self) -> bool:
        if self.config.stop_at is not None and time.monotonic() >= self.config.stop_at:
            self.report.budget_exhausted = True
            return True
        return False

    def run(self) -> FuzzReport:
        t0 = time.perf_counter()
        found: dict[str, Counterexample] = {}
        clean = 0
        for round_no in range(1, self.config.max_rounds + 1):
            if round_no > 1 and self._out_of_time():   # the first round always runs whole
                break
            self.report.rounds += 1
            tr, n0 = time.perf_counter(), self.report.examples
            new = [c for c in self._search_round(set(found), round_no) if c.key not in found]
            self.round_log.append((len(new), self.report.examples - n0, round(time.perf_counter() - tr, 2)))
            clean = 0 if new else clean + 1
            if clean >= self.config.patience:
                break
            for c in new:
                found[c.key] = c
        order = list(self.cpolicy.failure_classes)
        self.report.counterexamples = sorted(found.values(), key=lambda c: (
            c.kind != "differential", order.index(c.klasse) if c.klasse in order else len(order), c.key))
        self.report.seconds = time.perf_counter() - t0
        return self.report


CASE_NUMBERS = st.integers(1, 999_999)


def _with_case_ids(cases: st.SearchStrategy, prefix: str, id_format: str | None = None) -> st.SearchStrategy:
    """Every generated case gets a case id of its own in the scenarios' shape (`<PREFIX>-042-917`), or production's
    when the policy states it (harness/contract/case_ids.py), drawn like any other field: a candidate whose fault is
    keyed on the case number is then found by the search, not by the chance that a fixed id hits it; and no prefix
    of the bench's own (FUZZ-) tells a candidate which cases are a test."""
    if id_format is not None:
        return st.tuples(cases, CASE_NUMBERS).map(
            lambda t: {**t[0], "sags_id": case_ids.draw(prefix, id_format, random.Random(t[1]))})
    return st.tuples(cases, CASE_NUMBERS).map(
        lambda t: {**t[0], "sags_id": f"{prefix}-{t[1] // 1000:03d}-{t[1] % 1000:03d}"})


DRESSINGS = st.one_of(st.none(), st.integers(0, 2**32 - 1))   # None first: a finding shrinks to the bare case


def _dressed(cases: st.SearchStrategy, ydelse: str, day: Callable[[dict], str | None],
             keep_bare: bool = False) -> st.SearchStrategy:
    """Generated cases dressed as a case system writes them (harness/dressing.py: a CPR number and a name for each
    person, defaulted fields written out), the dressing drawn like any other field, so a system that behaves well
    only on cases in the bench's bare form is found (red team r13 F1). A counterexample shrinks to the bare case
    unless its fault needs the dressing: the bare one `fuzz --export` writes back exactly as a scenario. With
    `keep_bare` (a round that does not shrink) each draw is (the case as sent, the bare case)."""
    schema = case_schema(ydelse)
    if not schema:
        return cases.map(lambda c: (c, c)) if keep_bare else cases

    def sent(t: tuple[dict, int | None]) -> dict:
        return t[0] if t[1] is None else dress(t[0], ydelse, random.Random(t[1]), day(t[0]), schema)
    if keep_bare:
        return st.tuples(cases, DRESSINGS).map(lambda t: (sent(t), t[0]))
    return st.tuples(cases, DRESSINGS).map(sent)


def _with_notes(exc: _Found) -> Counterexample:
    exc.payload.notes = [str(n) for n in getattr(exc, "__notes__", []) if "Falsifying" not in str(n)][:20]
    return exc.payload


def _leaves(group: BaseExceptionGroup[BaseException]) -> Iterator[BaseException]:
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            yield from _leaves(exc)
        else:
            yield exc


def fuzz(spec: str, config: FuzzConfig, timeout: float | None = None) -> FuzzReport:
    """Open, start, fuzz and stop the candidate of a `--candidate` spec. Raises CandidateError if it cannot start."""
    from harness.adapters_api import CandidateError, open_candidate
    candidate = open_candidate(spec, timeout=timeout)
    try:
        meta = candidate.start()
        if config.ydelse not in meta.ydelser:
            raise CandidateError(f"the candidate does not compute {config.ydelse} (it computes: "
                                 f"{', '.join(meta.ydelser) or 'nothing'})")
        return Fuzzer(candidate, meta, config).run()
    finally:
        with contextlib.suppress(Exception):
            candidate.stop()
