"""The catalogue of seeded defects for one benefit: legal mutation operators at the level of the law, and a
syntactic pass over the reference's syntax tree as a second opinion.

Legal operators (art `juridisk`), each one defect a jurist would recognise:

| operator | the defect |
|---|---|
| parameter_forrige | a dated parameter keeps its previous value (a rate not updated) |
| parameter_plus, parameter_minus | a dated parameter is one unit off (1 kr., 1 day, 1 hour; a fraction: one unit |
|   | in its last written decimal) |
| parameter_tidligere, parameter_senere | a new value takes effect one day early / late |
| parameter_nabo | a rule reads the neighbouring parameter of its table (the wrong deadline, rate or category) |
| taerskel | a threshold comparison is strict where the law's is not, or the other way round (`<` ↔ `<=`, `>` ↔ `>=`) |
| dato_plus, dato_minus | a date the rules compute (a deadline, a start, an end, a window) is one day late / early |
| regel_fra | a rule's condition never holds: the rule is never applied (an `if` or a conditional expression) |
| regel_nabo | the neighbouring rule is applied: a branch of an `if`/`elif`/`else` chain has its neighbour's body |
| fortolkning | an interpretation in the register is switched to its declared alternative (`alternativ`) |

Syntactic operators (art `syntaktisk`), mutmut-style over the same code: every comparison operator (boundaries and
negations), ±1 on integer constants, `and` ↔ `or`, `+` ↔ `-`, `min` ↔ `max`. A syntactic mutant that makes the same
source as a legal one shares its result (`samme_som`).

Parameters live in the benefit's `parametre/*.yaml`; code in `reference/*.py` (what is law in it: source.py).
"""
from __future__ import annotations

import ast
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from harness.contract.ydelse import Ydelse

from .mutant import Mutant, ParamEdit, TextEdit, mutant_id, sha256_bytes
from .source import Labeller, SourceFile, called_name

OPERATORS: dict[str, tuple[str, str]] = {
    "parameter_forrige": ("juridisk", "parameteren har sin forrige værdi"),
    "parameter_plus": ("juridisk", "parameteren er 1 enhed for høj"),
    "parameter_minus": ("juridisk", "parameteren er 1 enhed for lav"),
    "parameter_tidligere": ("juridisk", "værdien træder i kraft en dag for tidligt"),
    "parameter_senere": ("juridisk", "værdien træder i kraft en dag for sent"),
    "parameter_nabo": ("juridisk", "reglen læser naboparameteren"),
    "taerskel": ("juridisk", "grænsen er skarp i stedet for ikke-skarp eller omvendt"),
    "dato_plus": ("juridisk", "datoen er én dag for sen"),
    "dato_minus": ("juridisk", "datoen er én dag for tidlig"),
    "regel_fra": ("juridisk", "reglen anvendes aldrig"),
    "regel_nabo": ("juridisk", "nabogrenens regel anvendes"),
    "fortolkning": ("juridisk", "den alternative fortolkning anvendes"),
    "ast_sammenligning": ("syntaktisk", "sammenligningsoperatoren er ændret"),
    "ast_konstant": ("syntaktisk", "en heltalskonstant er ±1"),
    "ast_boolsk": ("syntaktisk", "and og or er byttet"),
    "ast_aritmetik": ("syntaktisk", "+ og - er byttet"),
    "ast_minmax": ("syntaktisk", "min og max er byttet"),
}
ARTER = ("juridisk", "syntaktisk")

_CMP = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
        ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}
_STRICTNESS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt}
_NEGATION = {ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
_DATE_RETURNS = ("dt.date", "date", "datetime.date")
TOOLKIT = Path(__file__).resolve().parents[1] / "toolkit"
ONE_DAY = '__import__("datetime").timedelta(days=1)'


@dataclass
class Catalogue:
    ydelse: str
    mutants: list[Mutant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)     # declared alternatives that cannot be applied, etc.
    uden_alternativ: list[str] = field(default_factory=list)  # register entries with no declared alternative

    def unique(self) -> list[Mutant]:
        return [m for m in self.mutants if m.samme_som is None]

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {a: {} for a in ARTER}
        for m in self.mutants:
            out[m.art][m.operator] = out[m.art].get(m.operator, 0) + 1
        return out


class _Builder:
    def __init__(self, ydelse: Ydelse, files: list[SourceFile]):
        self.y, self.files = ydelse, files
        self.labeller = Labeller(files)
        self.mutants: list[Mutant] = []
        self.problems: list[str] = []
        self._seen_ids: dict[str, int] = {}
        self._by_key: dict[str, str] = {}

    def add(self, operator: str, fil: str, linje: int | None, funktion: str | None, hjemmel: str | None,
            regel: str | None, foer: str, efter: str, edits: tuple, key_parts: tuple, noegle: str,
            beskrivelse: str | None = None, **extra) -> None:
        art, tekst = OPERATORS[operator]
        base = mutant_id(self.y.id_praefiks, operator, fil, *key_parts)
        n = self._seen_ids.get(base, 0)
        self._seen_ids[base] = n + 1
        ident = base if n == 0 else mutant_id(self.y.id_praefiks, operator, fil, *key_parts, n)
        m = Mutant(ident, self.y.navn, art, operator, beskrivelse or tekst, fil, linje, funktion, hjemmel, regel,
                   foer, efter, edits, noegle=noegle, **extra)
        if noegle in self._by_key:
            m.samme_som = self._by_key[noegle]
        else:
            self._by_key[noegle] = ident
        self.mutants.append(m)

    # --- a text mutation of one node ------------------------------------------------------------------------

    def text(self, operator: str, f: SourceFile, node: ast.AST, replacement: str, *, span: tuple[int, int] | None = None,
             beskrivelse: str | None = None) -> None:
        a, b = span or f.span(node)
        new = replacement.encode("utf-8")
        if f.data[a:b] == new:
            return
        mutated = f.data[:a] + new + f.data[b:]
        try:
            compile(mutated, f.rel, "exec")
        except SyntaxError:
            return
        line = f.data.count(b"\n", 0, a) + 1
        end_line = f.data.count(b"\n", 0, max(a, b - 1)) + 1
        foer = "\n".join(f.line(i).strip() for i in range(line, min(end_line, line + 2) + 1))
        after_lines = mutated.splitlines()[line - 1:line - 1 + new.rstrip(b"\n").count(b"\n") + 1][:3]
        efter = "\n".join(x.decode("utf-8").strip() for x in after_lines)
        step = self.labeller.label(f, node)
        fn = f.qualname(node)
        hjemmel = (step.hjemmel if step else None) or f.docstring_hjemmel(node)
        self.add(operator, f.rel, line, fn, hjemmel, step.regel if step else None,
                 foer, efter, (TextEdit(f.rel, a, b, new, sha256_bytes(f.data)),),
                 (fn, f.data[a:b].decode("utf-8"), replacement), f"{f.rel}:{sha256_bytes(mutated)}", beskrivelse)


def catalogue(ydelse: Ydelse, arter: tuple[str, ...] = ARTER) -> Catalogue:
    """Every mutant of the benefit's reference, legal operators first (so a syntactic duplicate points at one)."""
    regler = frozenset(ydelse.regler())
    folder = ydelse.folder
    files = [SourceFile.read(folder, p.relative_to(folder).as_posix(), regler)
             for p in sorted((folder / "reference").rglob("*.py"))]
    b = _Builder(ydelse, files)
    cat = Catalogue(ydelse.navn)
    if "juridisk" in arter:
        params = _read_parameters(ydelse)
        _parameters(b, params)
        date_fns = _date_functions(files)
        for f in files:
            _parameter_neighbours(b, f, params)
            _thresholds(b, f)
            _dates(b, f, date_fns)
            _rules(b, f)
        cat.uden_alternativ = _interpretations(b, ydelse, files, params)
    if "syntaktisk" in arter:
        for f in files:
            _syntactic(b, f)
    params = _read_parameters(ydelse)
    for m in b.mutants:
        m.steder = _places(m, {f.rel: f for f in files}, params)
    cat.mutants, cat.problems = b.mutants, b.problems
    return cat


def _places(m: Mutant, files: dict[str, SourceFile], params: list[_Param]) -> tuple:
    """What the unmutated reference must reach on a case for the mutant to be able to change its decision: the
    mutated lines (when inside a function; module level runs at import) or the dated parameter value."""
    by_name = {p.navn: p for p in params}
    out: list[tuple[Any, ...]] = []
    for e in m.edits:
        if isinstance(e, TextEdit):
            f = files.get(e.fil)
            if f is None:
                return ()          # a data file or a module outside the reference: not traced, assume reached
            first = f.data.count(b"\n", 0, e.start) + 1
            last = f.data.count(b"\n", 0, max(e.start, e.end - 1)) + 1
            node = _node_at(f, e.start)
            if node is None or f.function_of(node) is None:
                return ()
            if m.operator == "regel_fra":          # the rule matters where it applies: its body
                cur = node
                while cur in f.parents and not _is_test_of(f.parents[cur], cur):
                    cur = f.parents[cur]
                rule = f.parents.get(cur)
                if isinstance(rule, ast.If) and f.span(rule.test)[0] == e.start:
                    first, last = rule.body[0].lineno, rule.body[-1].end_lineno or rule.body[-1].lineno
            out.append(("linjer", e.fil, first, last))
        else:
            p = by_name.get(e.navn)
            if p is None or e.index is None:
                out.append(("parameter", e.navn, None))
                continue
            pos = next(k for k, (i, _) in enumerate(p.values) if i == e.index)
            # the value itself; a moved start also changes the days of the value before it
            for k in (pos - 1, pos) if e.felt == "valid_from" and pos > 0 else (pos,):
                frm = p.values[k][1].get("valid_from")
                out.append(("parameter", e.navn, frm.isoformat() if isinstance(frm, dt.date) else frm))
    return tuple(out)


# --- parameters ----------------------------------------------------------------------------------------------

@dataclass
class _Param:
    fil: str
    navn: str
    hjemmel: str | None
    enhed: str | None
    values: list[tuple[int, dict]]    # (index in file order, the value), sorted by valid_from


def _read_parameters(ydelse: Ydelse) -> list[_Param]:
    out = []
    for path in sorted(ydelse.parametre_dir.glob("*.yaml")):
        rel = path.relative_to(ydelse.folder).as_posix()
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for navn, spec in (doc.get("parametre") or {}).items():
            values = sorted(enumerate(spec.get("vaerdier") or []), key=lambda iv: iv[1]["valid_from"])
            out.append(_Param(rel, navn, spec.get("hjemmel"), spec.get("enhed"), values))
    return out


def _unit(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if value == value.to_integral_value():
        return Decimal(1)
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(exponent) if isinstance(exponent, int) else None


def _shift(text: str, sign: int) -> str | None:
    unit = _unit(text)
    if unit is None:
        return None
    value = Decimal(text)
    new = value + sign * unit
    if unit == 1 and "." in text:                        # "4075.00" -> "4076.00": keep the written decimals
        return f"{new:.{len(text.split('.')[1])}f}"
    return str(new)


def _param_label(b: _Builder, p: _Param) -> tuple[str | None, str | None]:
    """(rule, function) of the first place the reference reads the parameter (by its name, or for a family of
    keyed values by its key or family name)."""
    names = [p.navn]
    parts = p.navn.split(".")
    if len(parts) == 3:
        names += [parts[2], parts[1]]
    for name in names:
        for f in b.files:
            for node in f.law_nodes():
                if isinstance(node, ast.Constant) and node.value == name:
                    step = b.labeller.label(f, node)
                    return step.regel if step else None, f"{f.rel}:{node.lineno} {f.qualname(node)}"
    return None, None


def _parameters(b: _Builder, params: list[_Param]) -> None:
    try:
        first_day: dt.date | None = dt.date.fromisoformat(b.y.lovdatoer[0])
    except (AttributeError, ImportError, TypeError, ValueError):
        first_day = None
    for p in params:
        regel, fn = _param_label(b, p)
        taken = {x[1].get("valid_from") for x in p.values}
        for pos, (index, v) in enumerate(p.values):
            text = str(v.get("vaerdi"))
            frm = v.get("valid_from")
            frm_s = frm.isoformat() if isinstance(frm, dt.date) else str(frm)
            changes: list[tuple[str, str, object, str, str]] = []   # (operator, field, new value, after, what)
            if pos > 0:
                prev = str(p.values[pos - 1][1].get("vaerdi"))
                if prev != text:
                    changes.append(("parameter_forrige", "vaerdi", prev, f"{p.navn} fra {frm_s}: {prev}",
                                    f"{text} -> {prev} fra {frm_s}"))
            for op, sign in (("parameter_plus", 1), ("parameter_minus", -1)):
                new = _shift(text, sign)
                if new is not None:
                    changes.append((op, "vaerdi", new, f"{p.navn} fra {frm_s}: {new}",
                                    f"{text} -> {new} fra {frm_s}" + (f", {p.enhed}" if p.enhed else "")))
            if pos > 0 and isinstance(frm, dt.date):
                for op, days in (("parameter_tidligere", -1), ("parameter_senere", 1)):
                    day = frm + dt.timedelta(days=days)
                    if day not in taken:
                        changes.append((op, "valid_from", day, f"{p.navn} = {text} fra {day.isoformat()}",
                                        f"{text} fra {day.isoformat()} i stedet for {frm_s}"))
            nxt = p.values[pos + 1][1].get("valid_from") if pos + 1 < len(p.values) else None
            for op, felt, value, after, what in changes:
                before = f"{p.navn} fra {frm_s}: {text}" if felt == "vaerdi" else f"{p.navn} = {text} fra {frm_s}"
                # A value (or a start) that only ever applies before the first day the reference covers can reach no
                # case in its scope: the mutant is equivalent within it, by construction.
                last_day = (nxt - dt.timedelta(days=1)) if isinstance(nxt, dt.date) else None
                if felt == "valid_from" and isinstance(value, dt.date):   # the days between the two starts change
                    last_day = max(value, frm) - dt.timedelta(days=1) if isinstance(frm, dt.date) else None
                udenfor = (f"værdien gælder kun til {last_day.isoformat()}, før referencens lovdatoer begynder "
                           f"({first_day.isoformat()}): ingen sag i referencens område bruger den") \
                    if first_day and last_day and last_day < first_day else None
                b.add(op, p.fil, None, fn, p.hjemmel, regel, before, after,
                      (ParamEdit(p.fil, p.navn, index, felt, value),), (p.navn, frm_s, felt, str(value)),
                      f"param:{p.fil}:{p.navn}:{index}:{felt}={value}", f"{OPERATORS[op][1]}: {p.navn} ({what})",
                      parameter=p.navn, udenfor=udenfor)


def _kind(enhed: str | None) -> str:
    """The kind of quantity a unit names: its first word ("dage (3 uger)" and "dage efter brevet" are both days)."""
    words = (enhed or "").lower().replace("(", " ").split()
    return words[0] if words else ""


def _nearest(names: list[str], i: int, same) -> list[str]:
    before = next((names[j] for j in range(i - 1, -1, -1) if same(names[j])), None)
    after = next((names[j] for j in range(i + 1, len(names)) if same(names[j])), None)
    return [x for x in (before, after) if x]


def _neighbour_table(params: list[_Param]) -> dict[str, list[str]]:
    """A name the code may use for a parameter -> its neighbours in its table (the file, or a family of keys): the
    nearest before and after it of the same kind of quantity (a deadline's neighbour is a deadline)."""
    by_file: dict[str, list[str]] = {}
    kind = {p.navn: _kind(p.enhed) for p in params}
    for p in params:
        by_file.setdefault(p.fil, []).append(p.navn)
    out: dict[str, list[str]] = {}
    for names in by_file.values():
        for i, n in enumerate(names):
            out.setdefault(n, _nearest(names, i, lambda x, n=n: kind[x] == kind[n]))
        families: dict[str, list[str]] = {}
        for n in names:
            parts = n.split(".")
            if len(parts) == 3:
                families.setdefault(parts[1], []).append(parts[2])
        for keys in families.values():
            for i, k in enumerate(keys):
                out.setdefault(k, [x for x in (keys[i - 1] if i else None, keys[i + 1] if i + 1 < len(keys) else None) if x])
    return out


def _parameter_neighbours(b: _Builder, f: SourceFile, params: list[_Param]) -> None:
    table = _neighbour_table(params)
    for node in f.law_nodes():
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in table):
            continue
        parent = f.parents.get(node)
        used = (isinstance(parent, ast.Call) and node in parent.args) or isinstance(parent, (ast.Return, ast.IfExp)) \
            or (isinstance(parent, ast.Dict) and node in parent.values) or isinstance(parent, ast.Assign) \
            or (isinstance(parent, ast.Tuple) and isinstance(f.parents.get(parent), (ast.Assign, ast.Return)))
        if not used:
            continue
        for other in table[node.value]:
            b.text("parameter_nabo", f, node, repr(other),
                   beskrivelse=f"{OPERATORS['parameter_nabo'][1]}: {other} i stedet for {node.value}")


# --- thresholds, dates, rules ----------------------------------------------------------------------------------

def _compare_variant(node: ast.Compare, i: int, op: type) -> str:
    new = ast.Compare(left=node.left, ops=[*node.ops[:i], op(), *node.ops[i + 1:]], comparators=node.comparators)
    return f"({ast.unparse(new)})"


def _thresholds(b: _Builder, f: SourceFile) -> None:
    for node in f.law_nodes():
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in _STRICTNESS:
                    new = _STRICTNESS[type(op)]
                    b.text("taerskel", f, node, _compare_variant(node, i, new),
                           beskrivelse=f"{OPERATORS['taerskel'][1]}: {_CMP[type(op)]} bliver {_CMP[new]}")


def _date_functions(files: list[SourceFile]) -> set[str]:
    """Functions (of the reference and of the toolkit) annotated to return a date."""
    trees = [f.tree for f in files] + [ast.parse(p.read_bytes()) for p in sorted(TOOLKIT.glob("*.py"))]
    return {n.name for t in trees for n in ast.walk(t)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.returns is not None
            and ast.unparse(n.returns) in _DATE_RETURNS}


def _is_date(node: ast.AST, date_fns: set[str]) -> bool:
    if isinstance(node, ast.Call):
        return called_name(node) in date_fns
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        return any(isinstance(s, ast.Call) and called_name(s) == "timedelta" for s in (node.left, node.right))
    return False


def _dates(b: _Builder, f: SourceFile, date_fns: set[str]) -> None:
    for node in f.law_nodes():
        if _is_date(node, date_fns):
            seg = f.segment(node)
            b.text("dato_plus", f, node, f"({seg} + {ONE_DAY})")
            b.text("dato_minus", f, node, f"({seg} - {ONE_DAY})")


def _only_raises(body: list[ast.stmt]) -> bool:
    return all(isinstance(s, ast.Raise) for s in body)


def _rules(b: _Builder, f: SourceFile) -> None:
    for node in f.law_nodes():
        if isinstance(node, ast.If) and f.is_law(node.test) and not _only_raises(node.body):
            b.text("regel_fra", f, node.test, "False")
            if not _is_elif(f, node):
                _neighbours(b, f, node)
        elif isinstance(node, ast.IfExp) and f.is_law(node.test):
            b.text("regel_fra", f, node.test, "False")
            b.text("regel_nabo", f, node, f"({ast.unparse(node.orelse)} if {ast.unparse(node.test)} else {ast.unparse(node.body)})",
                   beskrivelse=f"{OPERATORS['regel_nabo'][1]}: de to grene af et betinget udtryk er byttet")


def _is_elif(f: SourceFile, node: ast.If) -> bool:
    a, _ = f.span(node)
    return f.data[a:a + 4] == b"elif"


def _neighbours(b: _Builder, f: SourceFile, node: ast.If) -> None:
    """In an if/elif/else chain, each branch given its neighbour's body (both ways)."""
    bodies: list[list[ast.stmt]] = [node.body]
    cur = node
    while len(cur.orelse) == 1 and isinstance(cur.orelse[0], ast.If) and _is_elif(f, cur.orelse[0]):
        cur = cur.orelse[0]
        bodies.append(cur.body)
    if cur.orelse:
        bodies.append(cur.orelse)
    if len(bodies) < 2:
        return
    spans = []
    for body in bodies:
        first, last = body[0].lineno, body[-1].end_lineno or body[-1].lineno
        header_line = getattr(f.parents[body[0]], "lineno", None) if body is not cur.orelse else None
        if header_line == first:     # `if x: y` on one line
            return
        spans.append(f.lines_span(first, last))
    indents = {len(f.data[a:b]) - len(f.data[a:b].lstrip(b" ")) for a, b in spans}
    if len(indents) != 1:
        return
    for i in range(len(spans) - 1):
        for src, dst in ((i + 1, i), (i, i + 1)):
            a, e = spans[dst]
            sa, se = spans[src]
            if f.data[a:e] == f.data[sa:se]:
                continue
            body_node = bodies[dst][0]
            b.text("regel_nabo", f, body_node, f.data[sa:se].decode("utf-8"), span=(a, e),
                   beskrivelse=f"{OPERATORS['regel_nabo'][1]}: gren {dst + 1} af {len(spans)} får gren {src + 1}s regel")


# --- interpretations --------------------------------------------------------------------------------------------

def _interpretations(b: _Builder, ydelse: Ydelse, files: list[SourceFile], params: list[_Param]) -> list[str]:
    """One mutant per register entry with a declared `alternativ`; returns the ids of entries without one."""
    path = ydelse.fortolkninger_path
    if not path.exists():
        return []
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    by_rel = {f.rel: f for f in files}
    param_files = {p.navn: p.fil for p in params}
    without = []
    for entry in entries:
        alt = entry.get("alternativ")
        fid = entry.get("id", "?")
        if not alt:
            without.append(fid)
            continue
        problems: list[str] = []
        edits: list[TextEdit | ParamEdit] = []
        foer: list[str] = []
        efter: list[str] = []
        for i, patch in enumerate(alt.get("patch") or []):
            rel, old, new = (patch.get(k) for k in ("fil", "fra", "til")) if isinstance(patch, dict) else (None,) * 3
            target = (ydelse.folder / rel).resolve() if isinstance(rel, str) else None
            if not isinstance(rel, str) or target is None or not target.is_file() \
                    or ydelse.folder.resolve() not in target.parents:
                problems.append(f"patch {i + 1}: fil {rel!r} er ikke en fil i ydelsens pakke")
                continue
            if not isinstance(old, str) or not isinstance(new, str) or not old:
                problems.append(f"patch {i + 1}: 'fra' og 'til' skal være tekst")
                continue
            data = by_rel[rel].data if rel in by_rel else target.read_bytes()
            count = data.count(old.encode("utf-8"))
            if count != 1:
                problems.append(f"patch {i + 1}: teksten {old!r} findes {count} gange i {rel} (skal findes præcis én gang)")
                continue
            a = data.index(old.encode("utf-8"))
            edits.append(TextEdit(rel, a, a + len(old.encode("utf-8")), new.encode("utf-8"), sha256_bytes(data)))
            foer.append(old.strip())
            efter.append(new.strip())
        for i, par in enumerate(alt.get("parametre") or []):
            navn = par.get("navn") if isinstance(par, dict) else None
            if navn not in param_files or "vaerdi" not in par:
                problems.append(f"parametre {i + 1}: ukendt parameter {navn!r} eller ingen 'vaerdi'")
                continue
            edits.append(ParamEdit(param_files[navn], navn, None, "vaerdi", str(par["vaerdi"])))
            foer.append(f"{navn}: som i parametre/")
            efter.append(f"{navn}: {par['vaerdi']}")
        if not edits and not problems:
            problems.append("'alternativ' angiver hverken patch eller parametre")
        if problems:
            b.problems += [f"{path.name}: {fid}: alternativ kan ikke anvendes: {p}" for p in problems]
            continue
        first = next((e for e in edits if isinstance(e, TextEdit) and e.fil in by_rel), None)
        line = by_rel[first.fil].data.count(b"\n", 0, first.start) + 1 if first else None
        fn = None
        if first:
            node = _node_at(by_rel[first.fil], first.start)
            fn = by_rel[first.fil].qualname(node) if node is not None else None
        regler = _rules_citing(b, files, fid)
        b.add("fortolkning", first.fil if first else edits[0].fil, line, fn, entry.get("hjemmel"), regler,
              "\n".join(foer), "\n".join(efter), tuple(edits), (fid,), f"fortolkning:{fid}:{sorted(map(repr, edits))}",
              f"{OPERATORS['fortolkning'][1]}: {fid} ({entry.get('emne', '')}): {alt.get('fortolkning', '')}",
              fortolkning=fid)
    return without


def _is_test_of(parent: ast.AST, node: ast.AST) -> bool:
    return isinstance(parent, ast.If) and parent.test is node


def _node_at(f: SourceFile, offset: int) -> Any:
    best = None
    for node in f.law_nodes():
        a, e = f.span(node)
        if a <= offset < e and (best is None or (e - a) < (f.span(best)[1] - f.span(best)[0])):
            best = node
    return best


def _rules_citing(b: _Builder, files: list[SourceFile], fid: str) -> str | None:
    """The rules whose explanation step cites interpretation `fid`."""
    found = []
    for f in files:
        for node in ast.walk(f.tree):
            if isinstance(node, ast.Constant) and node.value == fid:
                step = b.labeller.label(f, node)
                if step:
                    found += step.regel.split(" / ")
    return " / ".join(dict.fromkeys(found)) or None


# --- the syntactic pass -----------------------------------------------------------------------------------------

def _syntactic(b: _Builder, f: SourceFile) -> None:
    for node in f.law_nodes():
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                for new in (_STRICTNESS.get(type(op)), _NEGATION.get(type(op))):
                    if new is not None:
                        b.text("ast_sammenligning", f, node, _compare_variant(node, i, new),
                               beskrivelse=f"{OPERATORS['ast_sammenligning'][1]}: {_CMP[type(op)]} bliver {_CMP[new]}")
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            for d in (1, -1):
                b.text("ast_konstant", f, node, f"({node.value + d})",
                       beskrivelse=f"{OPERATORS['ast_konstant'][1]}: {node.value} bliver {node.value + d}")
        elif isinstance(node, ast.BoolOp):
            new_op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
            b.text("ast_boolsk", f, node, f"({ast.unparse(ast.BoolOp(op=new_op, values=node.values))})")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
            arith: ast.operator = ast.Sub() if isinstance(node.op, ast.Add) else ast.Add()
            b.text("ast_aritmetik", f, node, f"({ast.unparse(ast.BinOp(left=node.left, op=arith, right=node.right))})")
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Add, ast.Sub)):
            arith = ast.Sub() if isinstance(node.op, ast.Add) else ast.Add()
            b.text("ast_aritmetik", f, node, ast.unparse(ast.AugAssign(target=node.target, op=arith, value=node.value)))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("min", "max"):
            b.text("ast_minmax", f, node.func, "max" if node.func.id == "min" else "min")
