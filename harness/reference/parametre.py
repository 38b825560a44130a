"""Dated parameters as data, shared by every benefit's reference (OpenFisca-style).

A parameter file (YAML) holds one parameter family:

    navn: kontanthjaelp.sats_foer_2025_07
    beskrivelse: ...
    hjemmel: "aktivloven § 25, stk. 2 og 3"
    enhed: kr/md
    vaerdier:                       # any order; the loader sorts by valid_from
      - valid_from: 2023-01-01
        vaerdi: "11944.00"          # a string (Decimal) or a mapping key -> string, or null (not known)
        kilde: https://...
        status: confirmed           # confirmed | UNCONFIRMED
        note: ...                   # optional: how a DERIVED value was computed
        undtagelser:                # optional per-key status/source overrides for mapping values
          u30_udeboende: {status: UNCONFIRMED, kilde: https://...}

`Parameter.at(date)` returns the entry in force on that date (the latest valid_from <= date), or raises
`ParameterMangler` when the date lies before the first entry. Nothing here knows any benefit.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml


class ParameterMangler(LookupError):
    """No value is known for this parameter on this date."""


@dataclass(frozen=True, slots=True)
class Vaerdi:
    navn: str
    vaerdi: object            # Decimal, dict[str, Decimal | None], or None
    valid_from: dt.date
    kilde: str
    status: str
    undtagelser: dict

    def get(self, noegle: str | None = None) -> Decimal:
        """The value (or the value for one key); a null value means no source was found: refuse to guess."""
        v = self.vaerdi if noegle is None else (self.vaerdi or {}).get(noegle)
        if v is None:
            raise ParameterMangler(f"{self.navn}{'.' + noegle if noegle else ''}: ingen kendt værdi fra {self.valid_from}")
        return v

    def brug(self, noegle: str | None = None) -> dict:
        """The `parametre` entry of an explanation step (common.schema.json#/$defs/parameter_brug)."""
        u = self.undtagelser.get(noegle, {}) if noegle else {}
        return {"navn": f"{self.navn}.{noegle}" if noegle else self.navn,
                "vaerdi": _fmt(self.get(noegle)),
                "valid_from": self.valid_from.isoformat(),
                "kilde": u.get("kilde", self.kilde),
                "status": u.get("status", self.status)}


def _fmt(v: Decimal) -> str:
    return f"{v:f}"


def _dec(v: object) -> object:
    if v is None:
        return None
    if isinstance(v, dict):
        return {k: _dec(x) for k, x in v.items()}
    if isinstance(v, (float, bool)):
        raise ValueError(f"parameter values must be strings or integers, not {v!r}")
    return Decimal(str(v))


class Parameter:
    def __init__(self, doc: dict, path: Path | None = None):
        self.navn: str = doc["navn"]
        self.hjemmel: str = doc.get("hjemmel", "")
        self.beskrivelse: str = doc.get("beskrivelse", "")
        entries = []
        for e in doc["vaerdier"]:
            for field in ("valid_from", "kilde", "status"):
                if field not in e:
                    raise ValueError(f"{path or self.navn}: an entry lacks {field!r}")
            if e["status"] not in ("confirmed", "UNCONFIRMED"):
                raise ValueError(f"{path or self.navn}: status must be confirmed or UNCONFIRMED")
            vf = e["valid_from"] if isinstance(e["valid_from"], dt.date) else dt.date.fromisoformat(e["valid_from"])
            entries.append(Vaerdi(self.navn, _dec(e["vaerdi"]), vf, e["kilde"], e["status"], e.get("undtagelser") or {}))
        entries.sort(key=lambda v: v.valid_from)
        self._entries = entries
        self._starts = [v.valid_from for v in entries]

    def at(self, date: dt.date) -> Vaerdi:
        i = bisect.bisect_right(self._starts, date) - 1
        if i < 0:
            raise ParameterMangler(f"{self.navn}: ingen værdi før {self._starts[0]}")
        return self._entries[i]

    @property
    def entries(self) -> list[Vaerdi]:
        return list(self._entries)


@cache
def load_dir(folder: str) -> dict[str, Parameter]:
    """All parameter files in a folder, by file stem."""
    out = {}
    for path in sorted(Path(folder).glob("*.yaml")):
        out[path.stem] = Parameter(yaml.safe_load(path.read_text(encoding="utf-8")), path)
    return out
