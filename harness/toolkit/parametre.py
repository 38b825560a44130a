"""Law parameters as data: one YAML file per parameter family, OpenFisca-style.

A family file holds named parameters, each with dated values (`valid_from`, `vaerdi`, `kilde`, `status`).
`Parameters.at(name, day)` gives the value in force on that day, with the provenance the explanation cites.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml

from .errors import OutOfScope

STATUSES = ("confirmed", "UNCONFIRMED")
# libyaml's loader when PyYAML has it: the same safe constructors and resolver, ten times faster (a mutation run
# loads a benefit's parameters once per mutant).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Value:
    navn: str
    vaerdi: Decimal
    valid_from: dt.date
    kilde: str
    status: str
    brug: dict  # the explanation's parameter record, built once; copied into each decision, never shared

    @property
    def confirmed(self) -> bool:
        return self.status == "confirmed"


class ParameterError(ValueError):
    """A parameter file is malformed; names the file, the parameter and what was expected."""


class Parameter:
    def __init__(self, navn: str, hjemmel: str, values: list[Value], gyldig_til: dt.date | None):
        self.navn, self.hjemmel, self.values, self.gyldig_til = navn, hjemmel, values, gyldig_til
        self._starts = [v.valid_from for v in values]

    def at(self, day: dt.date) -> Value:
        i = bisect.bisect_right(self._starts, day) - 1
        if i < 0 or (self.gyldig_til is not None and day > self.gyldig_til):
            raise OutOfScope(f"parameter {self.navn} has no value for {day.isoformat()} "
                             f"(known from {self._starts[0].isoformat()}"
                             + (f" to {self.gyldig_til.isoformat()})" if self.gyldig_til else ")"))
        return self.values[i]

    def skift_efter(self, day: dt.date) -> dt.date | None:
        """The first day after `day` on which a new value takes effect (None: no later value is known)."""
        i = bisect.bisect_right(self._starts, day)
        return self._starts[i] if i < len(self._starts) else None


class Parameters:
    def __init__(self, folder: Path):
        self.folder = folder
        self.params: dict[str, Parameter] = {}
        self._cache: dict[tuple[str, dt.date], Value] = {}
        for path in sorted(folder.glob("*.yaml")):
            self._load(path)

    def _load(self, path: Path) -> None:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        if not isinstance(doc, dict) or not isinstance(doc.get("parametre"), dict):
            raise ParameterError(f"{path}: expected a mapping with 'parametre'")
        for navn, spec in doc["parametre"].items():
            where = f"{path.name}: parameter {navn}"
            if navn in self.params:
                raise ParameterError(f"{where}: defined twice")
            for key in ("hjemmel", "vaerdier"):
                if key not in spec:
                    raise ParameterError(f"{where}: missing '{key}'")
            values = []
            for i, v in enumerate(spec["vaerdier"]):
                for key in ("valid_from", "vaerdi", "kilde", "status"):
                    if key not in v:
                        raise ParameterError(f"{where}, value {i + 1}: missing '{key}'")
                if v["status"] not in STATUSES:
                    raise ParameterError(f"{where}, value {i + 1}: status must be one of {STATUSES}")
                if not isinstance(v["valid_from"], dt.date):
                    raise ParameterError(f"{where}, value {i + 1}: valid_from must be a date (YYYY-MM-DD)")
                vaerdi = Decimal(str(v["vaerdi"]))
                values.append(Value(navn, vaerdi, v["valid_from"], v["kilde"], v["status"],
                                    {"navn": navn, "vaerdi": str(v["vaerdi"]), "valid_from": v["valid_from"].isoformat(),
                                     "kilde": v["kilde"], "status": v["status"]}))
            values.sort(key=lambda x: x.valid_from)
            if len({x.valid_from for x in values}) != len(values):
                raise ParameterError(f"{where}: two values with the same valid_from")
            self.params[navn] = Parameter(navn, spec["hjemmel"], values, spec.get("gyldig_til"))

    def __getitem__(self, navn: str) -> Parameter:
        return self.params[navn]

    def at(self, navn: str, day: dt.date) -> Value:
        key = (navn, day)
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = self.params[navn].at(day)
            if len(self._cache) > 100_000:  # bounded: bulk runs touch many distinct days
                self._cache.clear()
            return value


@cache
def load(folder: str) -> Parameters:
    return Parameters(Path(folder))


def fingerprint(folders: dict[str, Path]) -> str:
    """The one fingerprint of the law parameters: sha256 over every parameter file of the given benefits
    (name -> parameter folder), each as its path `<ydelse>/parametre/<file>` and its bytes, in path order. A golden
    records it at approval and a run records it, so the two can be held side by side."""
    files = sorted((f"{navn}/parametre/{p.name}", p) for navn, folder in folders.items()
                   for p in Path(folder).glob("*.yaml"))
    h = hashlib.sha256()
    for rel, path in files:
        h.update(rel.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()
