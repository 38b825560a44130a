"""Invalid cases made from valid ones: each `Mutation` breaks one thing in a golden's case, and says what.

Three sources, none of them the reference (the expected answer, a refusal, must not come from the code under
test):
- the benefit's case schema, walked beside the case: a wrong JSON type, a required field missing, a field the
  schema does not know, a value outside an enum or const, a negative number, a string outside its pattern (a
  Danish decimal comma, Arabic-Indic digits, a year outside 1900-2099, 30 February, …), an integer outside its
  bounds, an empty list that must have entries. A mutation is kept only when the schema rejects the result;
- the benefit's declared plausibility (harness/contract/plausibilitet.py): a period that ends before it starts,
  a value that must be unique given twice. Kept only when the result is schema-valid and breaks the rule;
- the law's dates: every date of the case moved by whole years so that the date that decides the law lies before
  (after) both the law the benefit's reference covers and the candidate's own declared `lovdatoer`.

A mutation is data (kind, path, operation, value), so it can be applied again to a smaller version of the same
case while a finding is shrunk.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from harness.contract.config import Severity
from harness.contract.jsondata import json_copy, merged
from harness.contract.plausibilitet import Orden, Plausibilitet, day, matches, pairs, problems, text

# kind -> Danish label (reports) and the scenario `alvor` a finding of this kind is given (A: the decision has no
# lawful basis; B: the input's form is wrong but its meaning may be guessed; C: an unknown extra field).
KINDS: dict[str, tuple[str, Severity]] = {
    "negativ": ("negativt beløb eller antal", "A"),
    "omvendt_periode": ("datoer i forkert rækkefølge (fx en periode, der slutter før den begynder)", "A"),
    "uden_for_lovdatoer": ("dato uden for lovens tidsrum", "A"),
    "uden_for_interval": ("værdi uden for det tilladte interval", "A"),
    "mangler_felt": ("obligatorisk felt mangler", "A"),
    "ukendt_vaerdi": ("ukendt værdi", "A"),
    "dobbelt": ("samme værdi to gange", "A"),
    "ugyldigt_format": ("ugyldigt format", "B"),
    "forkert_type": ("forkert JSON-type", "B"),
    "ukendt_felt": ("ukendt felt", "C"),
}

Path = tuple[str | int, ...]
DECIMAL = re.compile(r"^[0-9]+(\.[0-9]+)?$")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
MONTH = re.compile(r"^[0-9]{4}-[0-9]{2}$")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
UNKNOWN_FIELD = "ukendt_felt"


@dataclass(frozen=True)
class Mutation:
    kind: str                 # a key of KINDS
    path: Path                # the field it breaks ((): the whole case)
    variant: str              # which way, e.g. "minus", "komma", "aar_1899"
    beskrivelse: str          # Danish: what is wrong
    op: str                   # set | delete | before | equal | shift
    value: object = None      # set: the value; before/equal: the path of the other field; shift: years

    @property
    def pattern(self) -> str:
        """The path with list indices as `*`: mutations of the same field in different entries are one kind."""
        return "/".join(["*" if isinstance(p, int) else p for p in self.path]) or "(hele sagen)"

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.pattern}:{self.variant}"

    @property
    def felt(self) -> str:
        return text(self.path) or "(hele sagen)"

    def apply(self, case: dict[str, Any]) -> dict[str, Any] | None:
        """The mutated copy of `case`, or None when the case lacks what the mutation needs."""
        out = json_copy(case)
        if self.op == "shift":
            return cast(dict[str, Any], _shift_dates(out, self.value)) if isinstance(self.value, int) else None
        parent: Any = get_path(out, self.path[:-1]) if self.path else None
        last = self.path[-1] if self.path else None
        if self.op == "set":
            if not has_part(parent, last):
                return None
            parent[last] = json_copy(self.value)
            return out
        if self.op == "delete":
            if isinstance(parent, dict) and last in parent:
                del parent[last]
                return out
            return None
        if self.op == "order":
            rule, at = cast(tuple, self.value)          # the rule, and the path of the field at its other side
            other = get_path(out, tuple(at))
            current = parent.get(last) if isinstance(parent, dict) else None
            if not isinstance(other, str) or not isinstance(current, str):
                return None
            foer, efter = (current, other) if rule.bryd == "foer" else (other, current)
            new_value = _breaking(rule, foer, efter)
            if new_value is None:
                return None
            parent[last] = new_value
            return out
        if self.op == "equal":
            other = get_path(out, tuple(self.value)) if isinstance(self.value, tuple | list) else None
            if not isinstance(other, str) or not (isinstance(parent, dict) and last in parent):
                return None
            parent[last] = other
            return out
        raise ValueError(f"unknown mutation op {self.op!r}")

    def to_dict(self) -> dict:
        return {"art": self.kind, "art_tekst": KINDS[self.kind][0], "felt": self.felt, "variant": self.variant,
                "beskrivelse": self.beskrivelse}


_MISSING = object()


def has_part(node: object, part: object, strict: bool = False) -> bool:
    """Whether `node[part]` may be set (a dict key, an existing list index); `strict`: must already exist."""
    if isinstance(node, dict) and isinstance(part, str):
        return part in node or not strict
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)



def get_path(node: object, path: Path) -> object:
    for part in path:
        if not has_part(node, part, strict=True):
            return _MISSING
        node = node[part]  # type: ignore[index]
    return node


def _month(d: dt.date, step: int = 0) -> str:
    """The month of `d`, moved `step` months."""
    n = d.year * 12 + d.month - 1 + step
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _breaking(rule: Orden, foer: str, efter: str) -> str | None:
    """A new value for the field the rule says to move (`bryd`), in that field's own form (date or month), that
    breaks the order: after (on or after, for a strict rule) the other; for an exact distance, the same day."""
    if not all(DATE.match(v) or MONTH.match(v) for v in (foer, efter)):
        return None
    start = day(foer)
    end = day(efter, last=rule.maaned_efter == "sidste")
    if start is None or end is None:
        return None
    if rule.bryd == "efter":
        moved = efter
        target = start if rule.praecis_dage is not None or rule.strengt else start - dt.timedelta(days=1)
        month_step = 0 if rule.praecis_dage is not None else -1        # a month that ends before foer begins
    else:
        moved = foer
        target = end if rule.praecis_dage is not None or rule.strengt else end + dt.timedelta(days=1)
        month_step = 0 if rule.praecis_dage is not None else 1         # a month that begins after efter ends
    return target.isoformat() if DATE.match(moved) else _month(target if month_step == 0 else
                                                               (start if rule.bryd == "efter" else end), month_step)


def _shift_one(value: str, years: int) -> str:
    if DATE.match(value):
        d = dt.date.fromisoformat(value)
        day = min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day
        return d.replace(year=d.year + years, day=day).isoformat()
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def _shift_dates(node: object, years: int) -> object:
    """Every ISO date and month in the case moved by `years` (29 February to the 28th when needed)."""
    if isinstance(node, dict):
        return {k: _shift_dates(v, years) for k, v in node.items()}
    if isinstance(node, list):
        return [_shift_dates(v, years) for v in node]
    if isinstance(node, str) and (DATE.match(node) or MONTH.match(node)):
        try:
            return _shift_one(node, years)
        except ValueError:
            return node
    return node


def dates_in(node: object) -> list[str]:
    """Every ISO date and month string in the case."""
    if isinstance(node, dict):
        return [d for v in node.values() for d in dates_in(v)]
    if isinstance(node, list):
        return [d for v in node for d in dates_in(v)]
    return [node] if isinstance(node, str) and (DATE.match(node) or MONTH.match(node)) else []


# --- from the schema -------------------------------------------------------------------------------------

def _type_of(schema: dict, value: object) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, str):
        return kind
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return None


def _wrong_types(kind: str | None, value: object) -> list[tuple[str, object, str]]:
    """(variant, value, Danish description) of the tempting wrong JSON types for a field, and null."""
    out: list[tuple[str, object, str]] = []
    if kind == "string":
        if isinstance(value, str) and DECIMAL.match(value):
            out.append(("tal_for_tekst", float(value), f"tallet {float(value)!r} i stedet for teksten {value!r}"))
        else:
            out.append(("tal_for_tekst", 1, "et tal i stedet for en tekst"))
    elif kind == "boolean":
        out.append(("tekst_for_sandhedsvaerdi", "true" if value else "false", "teksten \"true\"/\"false\" i stedet for true/false"))
    elif kind == "integer":
        out.append(("tekst_for_heltal", str(value), f"teksten {str(value)!r} i stedet for et heltal"))
    elif kind == "object":
        out.append(("liste_for_objekt", [], "en liste i stedet for et objekt"))
    elif kind == "array":
        out.append(("objekt_for_liste", {}, "et objekt i stedet for en liste"))
    out.append(("null", None, "null i stedet for en værdi"))
    return out


def _string_variants(value: str) -> list[tuple[str, str, str, str]]:
    """(kind, variant, value, Danish description) of strings a careless system might read anyway."""
    out: list[tuple[str, str, str, str]] = []
    if DECIMAL.match(value):
        out.append(("negativ", "minus", "-" + value, f"negativ værdi {'-' + value!r}"))
        comma = value.replace(".", ",") if "." in value else value + ",5"
        out.append(("ugyldigt_format", "komma", comma, f"decimalkomma {comma!r}"))
        out.append(("ugyldigt_format", "arabiske_cifre", value.translate(ARABIC_INDIC),
                    f"arabisk-indiske cifre {value.translate(ARABIC_INDIC)!r}"))
        out.append(("ugyldigt_format", "eksponent", "1e3", "eksponentform '1e3'"))
        digits = "9" * 11 + (value[value.index("."):] if "." in value else "")
        out.append(("uden_for_interval", "for_mange_cifre", digits, f"{len(digits)} tegn: {digits!r}"))
    elif DATE.match(value):
        y, m, d = value[:4], value[5:7], value[8:]
        out += [("uden_for_interval", "aar_1899", f"1899-{m}-{d}", f"året 1899: '1899-{m}-{d}'"),
                ("uden_for_interval", "aar_2100", f"2100-{m}-{d}", f"året 2100: '2100-{m}-{d}'"),
                ("ugyldigt_format", "30_februar", f"{y}-02-30", f"en dag, der ikke findes: '{y}-02-30'"),
                ("ugyldigt_format", "dansk_datoformat", f"{d}-{m}-{y}", f"dansk datoformat '{d}-{m}-{y}'"),
                ("ugyldigt_format", "med_klokkeslaet", f"{value}T00:00:00", f"dato med klokkeslæt '{value}T00:00:00'")]
    elif MONTH.match(value):
        out += [("uden_for_interval", "aar_1899", f"1899-{value[5:]}", f"året 1899: '1899-{value[5:]}'"),
                ("ugyldigt_format", "maaned_13", f"{value[:4]}-13", f"måned 13: '{value[:4]}-13'")]
    else:
        out += [("ugyldigt_format", "tom", "", "tom tekst"),
                ("ugyldigt_format", "for_lang", "x" * 300, "300 tegn")]
    return out


def _enum_variants(allowed: list, value: object) -> list[tuple[str, object, str]]:
    out: list[tuple[str, object, str]] = [("ukendt", "ukendt", "værdien 'ukendt'")]
    if isinstance(value, str):
        danish = value.replace("oe", "ø").replace("aa", "å").replace("ae", "æ")
        if danish != value:
            out.append(("danske_bogstaver", danish, f"stavet med danske bogstaver: {danish!r}"))
        if value.upper() != value:
            out.append(("store_bogstaver", value.upper(), f"med store bogstaver: {value.upper()!r}"))
    return [(v, x, b) for v, x, b in out if x not in allowed]


def schema_mutations(case: dict, schema: dict, memo: dict[int, dict] | None = None) -> list[Mutation]:
    """Every single-field break of `case` its schema suggests (not yet checked against the schema). `memo` keeps the
    folded nodes of `schema` between calls (by identity: the caller keeps `schema` alive), as every seed case of a
    benefit walks the same schema."""
    out: list[Mutation] = []
    _walk(case, merged(schema), (), out, {} if memo is None else memo)
    return out


def _folded(node: object, memo: dict[int, dict]) -> dict:
    found = memo.get(id(node))
    if found is None:
        found = memo[id(node)] = merged(node)
    return found


def _walk(value: object, schema: dict, path: Path, out: list[Mutation], memo: dict[int, dict]) -> None:
    kind = _type_of(schema, value)
    if path:                                                       # the whole case is not retyped
        for variant, wrong, what in _wrong_types(kind, value):
            out.append(Mutation("forkert_type", path, variant, what, "set", wrong))
    if "enum" in schema or "const" in schema:
        allowed = schema.get("enum", [schema.get("const")])
        for variant, wrong, what in _enum_variants(allowed, value):
            out.append(Mutation("ukendt_vaerdi", path, variant, what, "set", wrong))
    if isinstance(value, str) and "pattern" in schema:
        for k, variant, wrong, what in _string_variants(value):
            out.append(Mutation(k, path, variant, what, "set", wrong))
    if isinstance(value, int) and not isinstance(value, bool):
        low, high = schema.get("minimum"), schema.get("maximum")
        if isinstance(low, int | float):
            k = "negativ" if low >= 0 else "uden_for_interval"
            out.append(Mutation(k, path, "under_minimum", f"{int(low) - 1} (mindst {low})", "set", int(low) - 1))
        if isinstance(high, int | float):
            out.append(Mutation("uden_for_interval", path, "over_maksimum", f"{int(high) + 1} (højst {high})", "set",
                                int(high) + 1))
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            if name in value:
                out.append(Mutation("mangler_felt", (*path, name), "mangler", f"feltet {name!r} mangler", "delete"))
        if schema.get("additionalProperties") is False and UNKNOWN_FIELD not in value:
            out.append(Mutation("ukendt_felt", (*path, UNKNOWN_FIELD), "ukendt_felt", "et felt, skemaet ikke kender",
                                "set", "x"))
        for name, sub in value.items():
            if name in props:
                _walk(sub, _folded(props[name], memo), (*path, name), out, memo)
    elif isinstance(value, list):
        if isinstance(schema.get("minItems"), int) and schema["minItems"] > 0 and value:
            out.append(Mutation("mangler_felt", path, "tom_liste", "en tom liste, hvor der skal være indhold", "set", []))
        if value and isinstance(schema.get("items"), dict):   # the entries share one schema: the first stands for all
            _walk(value[0], _folded(schema["items"], memo), (*path, 0), out, memo)


# --- from the declared plausibility ---------------------------------------------------------------------

def plausibility_mutations(case: dict, regler: Plausibilitet) -> list[Mutation]:
    out: list[Mutation] = []
    for rule in regler.orden:
        for at_a, _, at_b, _ in pairs(case, rule):
            what = rule.beskrivelse or f"{text(at_b)} før {text(at_a)}"
            moved, other = (at_a, at_b) if rule.bryd == "foer" else (at_b, at_a)
            if rule.praecis_dage is not None or rule.strengt:     # exactly n days after: the same day breaks it
                variant, how = "samme_dag", f"{text(moved)} samme dag som {text(other)}"
            else:                                # on or before: a day too far breaks it
                variant, how = "dagen_foer" if rule.bryd == "efter" else "dagen_efter", \
                    f"{text(at_b)} før {text(at_a)}"
            out.append(Mutation("omvendt_periode", moved, variant, f"{what}: {how}", "order", (rule, other)))
    for pattern in regler.stigende:
        found = matches(case, pattern)
        if len(found) >= 2:
            (first, _), (second, _) = found[0], found[1]
            out.append(Mutation("omvendt_periode", second, "ikke_stigende", f"{text(second)} lig med {text(first)}: "
                                "datoerne skal stige", "equal", first))
    for pattern in regler.forskellige:
        found = matches(case, pattern)
        if len(found) >= 2:
            (first, _), (second, _) = found[0], found[1]
            out.append(Mutation("dobbelt", second, "samme_vaerdi", f"{text(second)} lig med {text(first)}", "equal", first))
    return out


# --- from the law's dates -----------------------------------------------------------------------------------

def law_date_mutations(case: dict, law_date: tuple[str, ...] | None, first: str | None, last: str | None) -> list[Mutation]:
    """Move every date by whole years so that the deciding date (or, without one, every date) lies before `first`
    (after `last`); inclusive ISO days; a bound that is None gives no mutation."""
    deciding = get_path(case, law_date) if law_date else _MISSING
    dates = [deciding] if isinstance(deciding, str) and DATE.match(deciding) else dates_in(case)
    out: list[Mutation] = []
    if not dates:
        return out
    years = [int(d[:4]) for d in dates_in(case)]
    if first:
        shift = -(max(int(d[:4]) for d in dates) - int(first[:4]) + 1)
        if min(years) + shift >= 1900:
            out.append(Mutation("uden_for_lovdatoer", tuple(law_date or ()), "foer", f"alle datoer {-shift} år tilbage: "
                                f"før lovens første dag {first}", "shift", shift))
    if last:
        shift = int(last[:4]) - min(int(d[:4]) for d in dates) + 1
        if max(years) + shift <= 2099:
            out.append(Mutation("uden_for_lovdatoer", tuple(law_date or ()), "efter", f"alle datoer {shift} år frem: "
                                f"efter lovens sidste dag {last}", "shift", shift))
    return out


def still_breaks(mutation: Mutation, mutated: dict[str, Any], valid: Callable[[object], bool], regler: Plausibilitet,
                 plausible: Callable[[dict[str, Any]], bool], outside: Callable[[dict[str, Any]], bool]) -> bool:
    """Whether `mutated` is invalid in the way its mutation says: schema-invalid for a schema mutation; valid by
    the schema but breaking a declared rule (plausibility); valid and plausible but outside the law's dates."""
    if mutation.kind in ("omvendt_periode", "dobbelt"):
        return valid(mutated) and bool(problems(regler, mutated))
    if mutation.kind == "uden_for_lovdatoer":
        return valid(mutated) and plausible(mutated) and outside(mutated)
    return not valid(mutated)
