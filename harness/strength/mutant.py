"""A mutant: one seeded legal defect in a copy of a benefit's package, and the mutated reference as a candidate.

A mutant is data (its edits), made real only in a worker process: the benefit's folder is copied to a temporary
folder under a new package name, the edits are applied to the copy, the copy's imports of its own package are
pointed at the copy, and the copy's reference is imported under that name. The working tree is never touched, and
the unmutated reference stays importable beside it in the same process (the fuzz stage's oracle).
"""
from __future__ import annotations

import hashlib
import importlib
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import yaml

from harness.adapters_api import Candidate, Metadata, Result, register_connectable

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when PyYAML has it: the same safe (de)serialisers
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class MutantError(Exception):
    """A mutant cannot be made (its source changed since the catalogue was read, a patch does not apply)."""


@dataclass(frozen=True)
class TextEdit:
    """Replace bytes start..end of `fil` (relative to the benefit's folder) by `ny`; `sha256` is the original
    file's, so an edit is never applied to a file that changed since the catalogue was made."""
    fil: str
    start: int
    end: int
    ny: bytes
    sha256: str


@dataclass(frozen=True)
class ParamEdit:
    """Set field `felt` (vaerdi | valid_from) of the dated value number `index` (in file order; None: every value)
    of parameter `navn` in the parameter file `fil`."""
    fil: str
    navn: str
    index: int | None
    felt: str
    vaerdi: object


@dataclass
class Mutant:
    id: str
    ydelse: str
    art: str                      # juridisk | syntaktisk
    operator: str                 # an operator code (catalogue.OPERATORS)
    beskrivelse: str              # Danish: what the defect is
    fil: str
    linje: int | None
    funktion: str | None
    hjemmel: str | None
    regel: str | None
    foer: str                     # the line (or value) before
    efter: str                    # and after
    edits: tuple = ()
    parameter: str | None = None
    fortolkning: str | None = None
    samme_som: str | None = None  # the same mutated source as an earlier mutant (its result is shared)
    steder: tuple = ()            # what the original must reach for the mutant to matter: ("linjer", fil, first,
                                  # last) in a function, ("parameter", navn, valid_from or None); () = always
    udenfor: str | None = None    # why no case in the reference's scope can tell it from the reference (then not run)
    noegle: str = field(default="", repr=False)   # what the mutated files hash to (duplicates share it)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in ("id", "ydelse", "art", "operator", "beskrivelse", "fil", "linje", "funktion",
                                             "hjemmel", "regel", "foer", "efter", "parameter", "fortolkning", "samme_som",
                                             "udenfor")}
        return {k: v for k, v in out.items() if v is not None}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def mutant_id(prefix: str, *parts: object) -> str:
    """Stable across unrelated edits: a hash of what is mutated and how, not of line numbers."""
    return f"{prefix}-M-" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:8]


# --- making a mutant real ------------------------------------------------------------------------------------

def apply_edits(folder: Path, edits: tuple) -> None:
    """Apply a mutant's edits to the benefit copy in `folder`."""
    by_file: dict[str, list[TextEdit]] = {}
    params: list[ParamEdit] = []
    for e in edits:
        if isinstance(e, TextEdit):
            by_file.setdefault(e.fil, []).append(e)
        else:
            params.append(e)
    for rel, file_edits in by_file.items():
        path = folder / rel
        data = path.read_bytes()
        if any(sha256_bytes(data) != e.sha256 for e in file_edits):
            raise MutantError(f"{rel}: changed since the mutation catalogue was read; make the catalogue again")
        for e in sorted(file_edits, key=lambda e: e.start, reverse=True):
            data = data[:e.start] + e.ny + data[e.end:]
        path.write_bytes(data)
    for rel in dict.fromkeys(e.fil for e in params):
        path = folder / rel
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        for e in (p for p in params if p.fil == rel):
            try:
                values = doc["parametre"][e.navn]["vaerdier"]
            except (KeyError, TypeError):
                raise MutantError(f"{rel}: no parameter {e.navn}") from None
            for i in range(len(values)) if e.index is None else (e.index,):
                values[i][e.felt] = e.vaerdi
        path.write_text(yaml.dump(doc, Dumper=_DUMPER, allow_unicode=True, sort_keys=False), encoding="utf-8")


def materialise(pakke: str, folder: Path, mutant: Mutant, root: Path, alias: str) -> ModuleType:
    """Copy the benefit package (`pakke`, in `folder`) to root/alias, apply the mutant, import and return the
    copy's reference module. Run it in a process of its own: the copy stays imported."""
    dest = root / alias
    shutil.copytree(folder, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    apply_edits(dest, mutant.edits)
    # the copy's imports of its own package (only import statements: a parameter may be named like the package)
    own = re.compile(rb"^(\s*(?:from|import)\s+)" + re.escape(pakke.encode()) + rb"(?=[\s.])", re.M)
    for path in dest.rglob("*.py"):
        data = path.read_bytes()
        new = own.sub(lambda m: m.group(1) + alias.encode(), data)
        if new != data:
            path.write_bytes(new)
    sys.dont_write_bytecode = True
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    return importlib.import_module(f"{alias}.reference")


# --- the mutated reference as a candidate ----------------------------------------------------------------------

_LOADED: dict[str, tuple[ModuleType, str, str]] = {}   # mutant id -> (reference module, benefit, mutant id)
PREFIX = "mutant:"


def register(mutant_id_: str, module: ModuleType, ydelse: str) -> str:
    """Make the loaded mutant reachable as `--candidate mutant:<id>` in this process; returns the spec."""
    _LOADED[mutant_id_] = (module, ydelse, mutant_id_)
    register_connectable(PREFIX, "harness.strength.mutant:open_mutant")
    return PREFIX + mutant_id_


class MutantCandidate(Candidate):
    """Like the reference candidate, through the same per-case call (adapters.reference.decide_each)."""

    def __init__(self, module: ModuleType, ydelse: str, ident: str):
        self.module, self.ydelse, self.ident = module, ydelse, ident

    def start(self) -> Metadata:
        fra, til = getattr(self.module, "LOVDATOER", (None, None))
        return Metadata(system="ydelsestjek-mutant", version=self.ident, ydelser=[self.ydelse],
                        lovdatoer={k: v for k, v in (("fra", fra), ("til", til)) if v})

    def run(self, cases: list[dict]) -> list[Result]:
        from adapters.reference import decide_each
        return decide_each(self.module.calculate, cases)


def open_mutant(argument: str, timeout: float | None = None) -> Candidate:
    from harness.adapters_api import CandidateError
    if argument not in _LOADED:
        raise CandidateError(f"no mutant {argument!r} is loaded in this process (a strength-run worker loads one)")
    return MutantCandidate(*_LOADED[argument])
