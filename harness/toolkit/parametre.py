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

from harness.config_files import ConfigError, load_model
from harness.contract.config import ParameterFile

from .errors import OutOfScope

STATUSES = ("confirmed", "UNCONFIRMED")


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
    """A parameter file is malformed; names the file, the line, the parameter and what was expected (`path`, and
    `problems` one per line)."""

    def __init__(self, message: str, path: Path | None = None, problems: list[str] | None = None):
        super().__init__(message)
        self.path, self.problems = path, problems or [message]


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
        try:
            family = load_model(path, ParameterFile)
        except ConfigError as exc:
            raise ParameterError(str(exc), exc.path, exc.problems) from None
        for navn, spec in family.parametre.items():
            if navn in self.params:
                raise ParameterError(f"{path}:\n  parameter {navn} is defined twice in {self.folder}", path,
                                     [f"parameter {navn} is defined twice in {self.folder}"])
            values = sorted((Value(navn, Decimal(v.vaerdi), v.valid_from, v.kilde, v.status,
                                   {"navn": navn, "vaerdi": v.vaerdi, "valid_from": v.valid_from.isoformat(),
                                    "kilde": v.kilde, "status": v.status}) for v in spec.vaerdier),
                            key=lambda x: x.valid_from)
            self.params[navn] = Parameter(navn, spec.hjemmel, values, spec.gyldig_til)

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
