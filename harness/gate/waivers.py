"""The known-deviation register (policies/waivers.yaml): accepted deviations, each with a ticket, an owner,
the caseworker's workaround and an expiry date, so known errors are tracked and cannot stay open for ever."""
from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

from harness.config_files import ConfigError, YamlDoc, load_yaml

DEFAULT_WAIVERS = Path(__file__).resolve().parents[2] / "policies" / "waivers.yaml"
REQUIRED = ("id", "scenario", "ticket", "owner", "workaround", "expires")
OPTIONAL = ("failure_class", "system", "versions", "note")


@dataclass(frozen=True)
class Waiver:
    id: str
    scenario: str            # a scenario id or a glob pattern (PREFIX-050-*)
    ticket: str
    owner: str
    workaround: str
    expires: dt.date
    failure_class: str | None = None
    system: str | None = None     # glob on the candidate's system name
    versions: str | None = None   # PEP 440 specifier set on the candidate's version, e.g. ">=2.4,<2.5"
    note: str = ""

    def expired(self, today: dt.date) -> bool:
        return today > self.expires

    def applies_to(self, system: str, version: str) -> bool:
        if self.system and not fnmatchcase(system, self.system):
            return False
        if self.versions:
            try:
                return Version(version) in SpecifierSet(self.versions)
            except InvalidVersion:
                return False
        return True

    def covers(self, scenario: str, klasse: str | None = None) -> bool:
        if not fnmatchcase(scenario, self.scenario):
            return False
        return klasse is None or self.failure_class is None or self.failure_class == klasse

    def to_dict(self) -> dict:
        return {"id": self.id, "scenario": self.scenario, "failure_class": self.failure_class, "system": self.system,
                "versions": self.versions, "ticket": self.ticket, "owner": self.owner, "workaround": self.workaround,
                "expires": self.expires.isoformat(), "note": self.note}


def load_waivers(path: Path | str = DEFAULT_WAIVERS, failure_classes: list[str] | None = None) -> list[Waiver]:
    return waivers_from(load_yaml(path), failure_classes)


def waivers_from(doc: YamlDoc, failure_classes: list[str] | None = None) -> list[Waiver]:
    """The waivers a parsed document states (a file's, or the entries a results.json recorded)."""
    data, problems, out = doc.data, [], []
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("waivers", []), (list, type(None))):
        raise ConfigError(doc.path, ["expected a mapping with waivers_version and a list `waivers`"])
    if str(data.get("waivers_version")) != "1.0":
        problems.append(doc.problem(("waivers_version",), f"expected \"1.0\", got {data.get('waivers_version')!r}"))
    seen = set()
    for i, raw in enumerate(data.get("waivers") or []):
        where = ("waivers", i)
        if not isinstance(raw, dict):
            problems.append(doc.problem(where, "expected a mapping with " + ", ".join(REQUIRED)))
            continue
        bad = False
        for key in REQUIRED:
            if raw.get(key) in (None, ""):
                problems.append(doc.problem(where, f"missing {key!r} (required: {', '.join(REQUIRED)})"))
                bad = True
        for key in raw:
            if key not in REQUIRED + OPTIONAL:
                problems.append(doc.problem(where + (key,), f"unknown field; expected {', '.join(REQUIRED + OPTIONAL)}"))
        for key in ("id", "scenario", "ticket", "owner", "workaround", "failure_class", "system", "versions", "note"):
            if raw.get(key) is not None and (not isinstance(raw[key], (str, int)) or isinstance(raw[key], bool)):
                problems.append(doc.problem(where + (key,), f"expected text, got {raw[key]!r:.80}"))
                bad = True
        expires = raw.get("expires")
        if isinstance(expires, str):
            with contextlib.suppress(ValueError):
                expires = dt.date.fromisoformat(expires)
        if expires is not None and (not isinstance(expires, dt.date) or isinstance(expires, dt.datetime)):
            problems.append(doc.problem(where + ("expires",), f"expected a date YYYY-MM-DD, got {raw.get('expires')!r}"))
            bad = True
        if isinstance(raw.get("versions"), (str, int)) and raw["versions"]:
            try:
                SpecifierSet(str(raw["versions"]))
            except InvalidSpecifier:
                problems.append(doc.problem(where + ("versions",),
                                            f"expected a version range like \">=2.4.0,<2.5\", got {raw['versions']!r}"))
                bad = True
        fc = raw.get("failure_class")
        if fc is not None and failure_classes is not None and fc not in failure_classes:
            problems.append(doc.problem(where + ("failure_class",), f"unknown failure class {fc!r}; known: {', '.join(failure_classes)}"))
            bad = True
        if str(raw.get("id")) in seen:
            problems.append(doc.problem(where + ("id",), f"id {raw.get('id')!r} is used twice"))
            bad = True
        seen.add(str(raw.get("id")))
        if bad:
            continue
        out.append(Waiver(id=str(raw["id"]), scenario=str(raw["scenario"]), ticket=str(raw["ticket"]),
                          owner=str(raw["owner"]), workaround=str(raw["workaround"]), expires=expires,
                          failure_class=fc if fc is None else str(fc),
                          system=str(raw["system"]) if raw.get("system") is not None else None,
                          versions=str(raw["versions"]) if raw.get("versions") else None, note=str(raw.get("note", ""))))
    if problems:
        raise ConfigError(doc.path, problems)
    return out
