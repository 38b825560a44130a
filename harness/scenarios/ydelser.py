"""The benefits whose scenarios the machinery reads, each described by data in `scenarios/<ydelse>/ydelse.yaml`.

The folder name is the benefit (`ydelse` in case, decision and golden). Its `ydelse.yaml` names the module with the
benefit's step table, the id prefix, the § tag prefixes and the law each cites, and the legal areas (one feature
file each). So the lint, the golden workflow and the pytest-bdd bindings iterate over benefits without knowing any:
a new benefit is a new folder, never an `if ydelse == …` here.
"""
from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parents[2]
SCENARIO_DIR = ROOT / "scenarios"
CONFIG = "ydelse.yaml"


class YdelseConfigError(ValueError):
    """A benefit folder's ydelse.yaml is missing or malformed; the message names the file and the field."""


@dataclass(frozen=True)
class Ydelse:
    navn: str
    grammatik_modul: str
    id_praefiks: str
    paragraf_tags: tuple[tuple[str, str], ...]   # (tag prefix, law), in the order hjemmel lists them
    omraader: frozenset[str]
    folder: Path

    @property
    def grammatik(self) -> ModuleType:
        """The step table module: GRAMMAR, TYPES, Sag, match, apply_given, check_then, WHEN_PATTERN (and
        apply_when, when the Når-step carries facts of the case)."""
        return importlib.import_module(self.grammatik_modul)

    @functools.cached_property
    def id_re(self) -> re.Pattern:
        return re.compile(rf"^{re.escape(self.id_praefiks)}-\d{{3}}[a-z]?-\d{{3}}$")

    @functools.cached_property
    def paragraf_re(self) -> re.Pattern:
        prefixes = "|".join(re.escape(p) for p, _ in self.paragraf_tags)
        return re.compile(rf"^@({prefixes})-(\d+)([a-z]?)(?:-stk-(\d+))?$")

    @property
    def eksempel_paragraf_tag(self) -> str:
        return f"@{self.paragraf_tags[0][0]}-30"

    def lov(self, prefix: str) -> str:
        return dict(self.paragraf_tags)[prefix]


def _load(folder: Path) -> Ydelse:
    path = folder / CONFIG
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise YdelseConfigError(f"{path}: mangler; hver ydelse-mappe under scenarios/ skal have en {CONFIG}") from None
    if not isinstance(data, dict):
        raise YdelseConfigError(f"{path}: forventede en mapping med grammatik, id_praefiks, paragraf_tags, omraader")
    problems = []
    for key, kind in (("grammatik", str), ("id_praefiks", str), ("paragraf_tags", dict), ("omraader", list)):
        if not isinstance(data.get(key), kind) or not data.get(key):
            problems.append(f"{path}: feltet '{key}' mangler eller er ikke en {kind.__name__}")
    if problems:
        raise YdelseConfigError("; ".join(problems))
    return Ydelse(navn=folder.name, grammatik_modul=data["grammatik"], id_praefiks=data["id_praefiks"],
                  paragraf_tags=tuple((str(k), str(v)) for k, v in data["paragraf_tags"].items()),
                  omraader=frozenset(map(str, data["omraader"])), folder=folder)


@functools.lru_cache(maxsize=None)
def _cached(folder: Path) -> Ydelse:
    return _load(folder)


def ydelse(navn: str, root: Path = SCENARIO_DIR) -> Ydelse:
    """The benefit `navn`. A scenario folder outside the repository (tests) without its own ydelse.yaml borrows
    the repository's description of the same benefit."""
    folder = root / navn
    if not (folder / CONFIG).exists() and (SCENARIO_DIR / navn / CONFIG).exists():
        return _cached(SCENARIO_DIR / navn)
    return _cached(folder)


def alle(root: Path = SCENARIO_DIR) -> list[str]:
    """Every benefit folder under root (one with a ydelse.yaml or with feature files), sorted."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and ((p / CONFIG).exists() or any(p.glob("*.feature"))))
