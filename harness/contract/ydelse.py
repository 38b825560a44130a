"""The benefit protocol: everything the machinery may know of a benefit, and how it finds one.

A benefit (ydelse) is one package: its contract models and JSON Schemas, its reference rules and dated
parameters, its part of the interpretation register, its step grammar and pytest-bdd bindings, its generators and
its comparison rules. The package exposes one `Ydelse` through the entry point group `ydelsestjek.ydelser`
(pyproject.toml), so the machinery finds benefits at run time and never imports one by name; a third party adds
a benefit by installing a package with such an entry point, without editing the harness.

The parts of a package are found by convention, relative to the package (see `Ydelse`), and imported only when
they are used: listing the benefits costs one small YAML file each.
"""
import functools
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .config import RuleCatalogue
from .plausibilitet import Plausibilitet, path_problems, problems
from .validation import error_lines, field_path, yaml_line

# libyaml's loader when PyYAML has it: the same safe types, faster.
_SAFE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ENTRY_POINT_GROUP = "ydelsestjek.ydelser"
DESCRIPTION = "ydelse.yaml"

Decide = Callable[[dict[str, Any]], dict[str, Any] | None]   # case -> the system's decision, or None (skipped, errored, invalid)


class YdelseError(LookupError):
    """A benefit is unknown, or its package does not describe itself correctly; the message says which and why, and
    `path` is the file at fault, when there is one."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.path = path


class Beskrivelse(BaseModel):
    """A benefit's `ydelse.yaml`: the data the machinery reads about it (its scenario ids, § tags, legal areas)."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="A benefit's description (harness/ydelser/<ydelse>/ydelse.yaml)")
    titel: str = Field(description="The benefit's Danish name.")
    id_praefiks: str = Field(pattern=r"^[A-Z]{2,5}$", description="Scenario ids are <PREFIX>-<§ with three digits>-<n>.")
    paragraf_tags: dict[str, str] = Field(min_length=1, description="§ tag prefix -> the law it cites, in citing order.")
    omraader: dict[str, str] = Field(min_length=1, description="Legal area (one feature file each) -> Danish title.")
    plausibilitet: Plausibilitet = Field(default_factory=Plausibilitet,
                                         description="What a case must satisfy that its schema cannot say (plausibilitet.py).")


@dataclass(frozen=True)
class Property:
    """A property of one system's answers that needs no oracle. `check(decide, case, decision)` returns None when
    it holds, or a Danish sentence saying how it is broken. `decision` is decide(case), already computed."""
    name: str
    klasse: str          # the failure class a violation is reported in (harness/compare/policy.yaml)
    beskrivelse: str
    check: Callable[[Decide, dict[str, Any], dict[str, Any]], str | None]


@dataclass(frozen=True)
class Ydelse:
    """One benefit, as the machinery sees it. Modules and data files are found by convention in `folder`:

    reference/          `calculate(case, *, begrundelse=True) -> dict`, `LOVDATOER = (first, last)` (ISO days);
                        optional `check_data()`: reads and checks the reference's own data files once, before any
                        case, raising harness.config_files.ConfigError (the file, the line, the field)
    reference/regler.yaml  the Danish wording of each rule, for explanations
    contract.py         the typed case and decision models
    schemas/            case.schema.json, decision.schema.json (JSON Schema 2020-12)
    parametre/*.yaml    dated law parameters (harness/toolkit/parametre.py)
    fortolkninger.yaml  the benefit's part of the interpretation register
    grammar.py          the step table (harness/scenarios/trin.py): GRAMMAR, TYPES, Sag, match, apply_given,
                        check_then, WHEN_PATTERN (and apply_when when the Når-step carries facts), tekst
    bindings.py         the step table bound for pytest-bdd
    generators.py       optional: strategy, bulk_case, PROPERTIES, given_steps, then_steps, paragraf, …; the
                        steps they say are rendered by the grammar's `tekst`, never written out again
    plausibilitet.py    optional: problems(case) for plausibility rules ydelse.yaml cannot state as data
    sammenligning.yaml  the comparison rules (harness/compare/policy.py)
    etiketter.yaml      Danish labels of the decision's fields, for golden diffs
    """
    navn: str
    pakke: str
    folder: Path
    beskrivelse: Beskrivelse
    _modules: dict[str, ModuleType] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def fra_pakke(cls, pakke: str, navn: str | None = None) -> "Ydelse":
        """The benefit of package `pakke` (its folder holds ydelse.yaml); its name is the folder's unless given."""
        module = importlib.import_module(pakke)
        folder = Path(module.__file__ or "").parent
        path = folder / DESCRIPTION
        text = ""
        try:
            text = path.read_text(encoding="utf-8")
            data = yaml.load(text, Loader=_SAFE)
            beskrivelse = Beskrivelse.model_validate(data)
        except FileNotFoundError:
            raise YdelseError(f"{path}: missing; a benefit package describes itself in {DESCRIPTION}", path) from None
        except yaml.YAMLError as exc:
            raise YdelseError(f"{path}: not a valid benefit description: {exc}", path) from None
        except ValidationError as exc:
            root = yaml.compose(text, Loader=_SAFE)
            raise YdelseError(f"{path}: not a valid benefit description:\n  " + "\n  ".join(
                error_lines(exc, Beskrivelse, where=lambda loc: where_in(root, loc))), path) from None
        return cls(navn=navn or folder.name, pakke=pakke, folder=folder, beskrivelse=beskrivelse)

    # --- the parts, imported when used ----------------------------------------------------------------------

    def module(self, name: str) -> ModuleType:
        if name not in self._modules:
            self._modules[name] = importlib.import_module(f"{self.pakke}.{name}")
        return self._modules[name]

    @property
    def reference(self) -> ModuleType:
        return self.module("reference")

    @property
    def grammar(self) -> ModuleType:
        return self.module("grammar")

    @property
    def contract(self) -> ModuleType:
        return self.module("contract")

    @property
    def generators(self) -> ModuleType | None:
        """The generator module, or None when the benefit has none (it can then not be fuzzed)."""
        if not (self.folder / "generators.py").exists():
            return None
        return self.module("generators")

    def calculate(self, case: dict[str, Any], *, begrundelse: bool = True) -> dict[str, Any]:
        decision: dict[str, Any] = self.reference.calculate(case, begrundelse=begrundelse)
        return decision

    @property
    def lovdatoer(self) -> tuple[str, str]:
        """The first and last day the benefit's parameters cover."""
        first, last = self.reference.LOVDATOER
        return str(first), str(last)

    # --- data files ------------------------------------------------------------------------------------------

    @property
    def schema_dir(self) -> Path:
        return self.folder / "schemas"

    def schema_path(self, kind: str) -> Path:
        """kind is 'case' or 'decision'."""
        return self.schema_dir / f"{kind}.schema.json"

    @property
    def parametre_dir(self) -> Path:
        return self.folder / "parametre"

    @property
    def fortolkninger_path(self) -> Path:
        return self.folder / "fortolkninger.yaml"

    @property
    def regler_path(self) -> Path:
        return self.folder / "reference" / "regler.yaml"

    def regler(self) -> dict[str, Any]:
        """The rule catalogue (reference/regler.yaml): rule id -> its Danish wording (titel, and tekst when it has
        one); {} when there is none. YdelseError naming the file and the field when it is malformed."""
        return _rule_catalogue(self.regler_path)

    @property
    def sammenligning_path(self) -> Path:
        return self.folder / "sammenligning.yaml"

    @property
    def etiketter_path(self) -> Path:
        return self.folder / "etiketter.yaml"

    # --- scenario ids and § tags -------------------------------------------------------------------------------

    @property
    def id_praefiks(self) -> str:
        return self.beskrivelse.id_praefiks

    @property
    def omraader(self) -> dict[str, str]:
        return dict(self.beskrivelse.omraader)

    @property
    def paragraf_tags(self) -> tuple[tuple[str, str], ...]:
        return tuple(self.beskrivelse.paragraf_tags.items())

    @functools.cached_property
    def id_re(self) -> re.Pattern[str]:
        return re.compile(rf"^{re.escape(self.id_praefiks)}-\d{{3}}[a-z]?-\d{{3}}$")

    @functools.cached_property
    def paragraf_re(self) -> re.Pattern[str]:
        prefixes = "|".join(re.escape(p) for p, _ in self.paragraf_tags)
        return re.compile(rf"^@({prefixes})-(\d+)([a-z]?)(?:-stk-(\d+))?$")

    @property
    def eksempel_paragraf_tag(self) -> str:
        return f"@{self.paragraf_tags[0][0]}-30"

    @property
    def plausibilitet(self) -> Plausibilitet:
        return self.beskrivelse.plausibilitet

    def plausibility_path_problems(self) -> list[str]:
        """`line N, plausibilitet.orden[2].efter: …` for each plausibility rule in ydelse.yaml whose path names no field
        (or, in an order rule, no date) of the case schema: such a rule would be off without a word."""
        from . import schemas
        if self.navn not in schemas.benefits():
            return []
        found = path_problems(self.plausibilitet, schemas.flat_schema(self.navn, "case"))
        if not found:
            return []
        root = yaml.compose((self.folder / DESCRIPTION).read_text(encoding="utf-8"), Loader=_SAFE)
        return [f"{where_in(root, loc)}: {message}" for loc, message in found]

    def plausibility_problems(self, case: object) -> list[tuple[str, str]]:
        """(field, expected) for each plausibility rule the case breaks: the declared ones (ydelse.yaml), and those
        of the optional module plausibilitet.py (`problems(case)`) for rules data cannot state."""
        found = problems(self.plausibilitet, case)
        if (self.folder / "plausibilitet.py").exists():
            found += list(self.module("plausibilitet").problems(case))
        return found

    def lov(self, prefix: str) -> str:
        return self.beskrivelse.paragraf_tags[prefix]


def where_in(root: yaml.Node | None, loc: tuple[str | int, ...]) -> str:
    """`line 27, plausibilitet.orden[0].strengt`: where a field of a YAML file is."""
    line = yaml_line(root, loc)
    return f"line {line}, {field_path(loc)}" if line else field_path(loc)


@functools.cache
def _rule_catalogue(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        catalogue = RuleCatalogue.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE))
    except yaml.YAMLError as exc:
        raise YdelseError(f"{path}: not valid YAML: {exc}") from None
    except ValidationError as exc:
        raise YdelseError(f"{path}: " + "; ".join(error_lines(exc, RuleCatalogue))) from None
    return {rule: text.model_dump(exclude_none=True) for rule, text in catalogue.root.items()}


@functools.cache
def alle() -> dict[str, Ydelse]:
    """Every installed benefit by name, from the entry point group; sorted by name."""
    found: dict[str, Ydelse] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            ydelse = ep.load()
        except Exception as exc:
            raise YdelseError(f"benefit {ep.name!r} ({ep.value}) cannot be loaded: {type(exc).__name__}: {exc}",
                              getattr(exc, "path", None)) from None
        if not isinstance(ydelse, Ydelse):
            raise YdelseError(f"benefit {ep.name!r} ({ep.value}) is not a harness.contract.ydelse.Ydelse")
        if ydelse.navn != ep.name:
            raise YdelseError(f"benefit entry point {ep.name!r} names a package whose benefit is {ydelse.navn!r}")
        found[ep.name] = ydelse
    return dict(sorted(found.items()))


def navne() -> list[str]:
    return list(alle())


def find(navn: object) -> Ydelse:
    """The benefit `navn`; YdelseError naming the known benefits when there is none."""
    ydelser = alle()
    if isinstance(navn, str) and navn in ydelser:
        return ydelser[navn]
    raise YdelseError(f"unknown benefit {navn!r}; known: {', '.join(ydelser) or 'none installed'}")
