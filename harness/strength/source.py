"""A reference module as the mutation operators see it: its bytes, its syntax tree, which nodes are law (and may
be mutated) and which are not, and the rule (explanation step id) and § a source position belongs to.

Positions are UTF-8 byte offsets (what `ast` reports), so a mutation is a splice of bytes and the rest of the file
stays byte for byte what it was: the report can show the one changed line.

Not law, never mutated: the details of an explanation step (the arguments of `B.add("RULE-ID", "§ …", …)`: the
comparison ignores the explanation by design, so such a mutant could only ever be equivalent), messages of raised
errors, docstrings, f-strings, type annotations, and the case checks (`parse`, `validate` and the helpers only they
call: they guard the contract, which the contract tests pin; the scenarios hold valid cases only).
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

NOT_LAW_FUNCTIONS = ("parse", "validate")
Node = Any                       # an ast node with a source position (an expression or a statement)
FnDef = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class Step:
    """An explanation step the reference records: `B.add(regel, hjemmel, …)` at line `linje` of function `fn`."""
    regel: str
    hjemmel: str | None
    linje: int
    fn: str


@dataclass
class SourceFile:
    """One module of a benefit's reference (path relative to the benefit's folder). `rule_ids`: the benefit's rule
    catalogue (reference/regler.yaml), so a rule id named outside a step call (`regel = "SDL-38-FRIST"`) counts."""
    rel: str
    data: bytes
    rule_ids: frozenset[str] = frozenset()
    tree: ast.Module = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.tree = ast.parse(self.data)
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        starts, pos = [0], 0
        for line in self.data.splitlines(keepends=True):
            pos += len(line)
            starts.append(pos)
        self.line_starts = starts
        self.excluded = self._not_law()

    @classmethod
    def read(cls, folder: Path, rel: str, rule_ids: frozenset[str] = frozenset()) -> SourceFile:
        return cls(rel, (folder / rel).read_bytes(), rule_ids)

    # --- positions -----------------------------------------------------------------------------------------

    def span(self, node: Node) -> tuple[int, int]:
        return (self.line_starts[node.lineno - 1] + node.col_offset,
                self.line_starts[node.end_lineno - 1] + node.end_col_offset)

    def segment(self, node: Node) -> str:
        a, b = self.span(node)
        return self.data[a:b].decode("utf-8")

    def line(self, lineno: int) -> str:
        return self.data[self.line_starts[lineno - 1]:self.line_starts[lineno]].decode("utf-8").rstrip("\n")

    def lines_span(self, first: int, last: int) -> tuple[int, int]:
        """Byte span of whole lines first..last (1-based, inclusive), newline included."""
        return self.line_starts[first - 1], self.line_starts[last]

    def splice(self, edits: list[tuple[int, int, bytes]]) -> bytes:
        out = self.data
        for a, b, new in sorted(edits, reverse=True):
            out = out[:a] + new + out[b:]
        return out

    # --- what is law ---------------------------------------------------------------------------------------

    @cached_property
    def _case_checks(self) -> set[str]:
        """`parse`, `validate` and the module's own functions only they call (a helper such as `_nye_felter` that
        collects a case's cross-field problems): a function a law function calls too stays law."""
        defs = {n.name: n for n in self.tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        calls = {name: {c.func.id for c in ast.walk(fn) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
                        and c.func.id in defs and c.func.id != name} for name, fn in defs.items()}
        checks = {n for n in defs if n in NOT_LAW_FUNCTIONS}
        while True:
            more = {callee for c in checks for callee in calls[c]
                    if callee not in checks and all(callee not in calls[o] for o in defs if o not in checks)}
            if not more:
                return checks
            checks |= more

    def _not_law(self) -> set[int]:
        out: set[int] = set()

        def drop(node: ast.AST | None) -> None:
            if node is not None:
                out.update(id(n) for n in ast.walk(node))

        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and _is_step(node):
                for arg in node.args[2:]:
                    drop(arg)
                for kw in node.keywords:
                    drop(kw.value)
            elif isinstance(node, (ast.Raise, ast.JoinedStr, ast.Assert)):
                drop(node)
            elif isinstance(node, (ast.arg, ast.AnnAssign)):
                drop(node.annotation)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                drop(node.returns)
                if node.name in self._case_checks:
                    drop(node)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                    drop(first)
        return out

    def docstring_hjemmel(self, node: Node) -> str | None:
        """The first citation ("<law> § N…") in the docstring of the function around node, else of the module: a
        label for code no explanation step can be traced to."""
        import re
        docs = []
        fn = self.function_of(node)
        while fn is not None:
            docs.append(ast.get_docstring(fn) or "")
            fn = self.function_of(fn)
        docs.append(ast.get_docstring(self.tree) or "")
        for doc in docs:
            found = re.search(r"(?:[\wæøå]+ )?§§? ?\d+[^.;:()\n]*", doc)
            if found:
                return found.group(0).strip().rstrip(",")
        return None

    def is_law(self, node: ast.AST) -> bool:
        return id(node) not in self.excluded and hasattr(node, "lineno")

    def law_nodes(self):
        for node in ast.walk(self.tree):
            if self.is_law(node):
                yield node

    # --- where a node is -------------------------------------------------------------------------------------

    def function_of(self, node: ast.AST) -> FnDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return None

    def qualname(self, node: ast.AST) -> str:
        names = []
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.append(node.name)
        return ".".join(reversed(names)) or "<modul>"

    def statement_of(self, node: ast.AST) -> ast.stmt | None:
        while not isinstance(node, ast.stmt):
            if node not in self.parents:
                return None
            node = self.parents[node]
        return node

    @cached_property
    def _steps(self) -> tuple[list[Step], dict[int, list[Step]]]:
        out: list[tuple[Step, FnDef | None]] = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and _is_step(node):
                fn = self.function_of(node)
                rule_id = node.args[0]
                assert isinstance(rule_id, ast.Constant)
                out.append((Step(str(rule_id.value), self._hjemmel(node.args[1], fn), node.lineno,
                                 fn.name if fn else "<modul>"), fn))
            elif isinstance(node, (ast.Assign, ast.Return, ast.Expr)) and self.rule_ids and node.value is not None:
                # regel = "SDL-38-FRIST", return _frist(B, "SDL-40-FRIST", f"… § 40, {stk}"): the step is made elsewhere
                if any(isinstance(c, ast.Call) and _is_step(c) for c in ast.walk(node.value)):
                    continue
                fn = self.function_of(node)
                texts = [n for n in ast.walk(node.value) if isinstance(n, (ast.Constant, ast.JoinedStr))]
                hjemmel = next((h for n in texts if (h := self._hjemmel(n, fn)) and "§" in h), None)
                for rule in (str(n.value) for n in texts if isinstance(n, ast.Constant) and n.value in self.rule_ids):
                    out.append((Step(rule, hjemmel, node.lineno, fn.name if fn else "<modul>"), fn))
        out.sort(key=lambda sf: sf[0].linje)
        by_fn: dict[int, list[Step]] = {}
        for step, fn in out:
            by_fn.setdefault(id(fn), []).append(step)
        return [s for s, _ in out], by_fn

    @property
    def steps(self) -> list[Step]:
        return self._steps[0]

    def steps_in(self, fn: FnDef | None) -> list[Step]:
        """The steps recorded directly in fn (not in functions nested in it)."""
        return self._steps[1].get(id(fn), []) if fn is not None else []

    # --- the § of a step -------------------------------------------------------------------------------------

    def _module_constant(self, name: str) -> ast.expr | None:
        for stmt in self.tree.body:
            if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
                return stmt.value
        return None

    def _from_call_sites(self, fn: FnDef | None, param: str, depth: int) -> str | None:
        """A § passed in as an argument of fn: what its callers in this module pass (joined)."""
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None
        names = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        if param not in names:
            return None
        i = names.index(param)
        found: list[str] = []
        for call in ast.walk(self.tree):
            if isinstance(call, ast.Call) and called_name(call) == fn.name:
                arg = call.args[i] if i < len(call.args) else next(
                    (k.value for k in call.keywords if k.arg == param), None)
                text = self._hjemmel(arg, self.function_of(call), depth + 1) if arg is not None else None
                if text:
                    found.append(text)
        found = list(dict.fromkeys(found))
        return " / ".join(found[:4]) + (" …" if len(found) > 4 else "") if found else None

    def _local_value(self, fn: FnDef | None, name: str) -> ast.expr | None:
        """The value last assigned to `name` in fn (a plain or tuple assignment)."""
        found = None
        for node in ast.walk(fn) if fn is not None else ():
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name) and t.id == name:
                        found = node.value
                    elif isinstance(t, ast.Tuple) and isinstance(node.value, ast.Tuple):
                        for tt, vv in zip(t.elts, node.value.elts):
                            if isinstance(tt, ast.Name) and tt.id == name:
                                found = vv
        return found

    def _hjemmel(self, node: ast.AST | None, fn: FnDef | None, depth: int = 0) -> str | None:
        if depth > 4:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(str(v.value) if isinstance(v, ast.Constant) else "…" for v in node.values)
        if isinstance(node, ast.IfExp):
            parts = [self._hjemmel(n, fn, depth + 1) for n in (node.body, node.orelse)]
            return " / ".join(dict.fromkeys(p for p in parts if p)) or None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self._hjemmel(node.left, fn, depth + 1)
            return f"{left}…" if left else None
        if isinstance(node, ast.Name):
            value = self._local_value(fn, node.id) or self._module_constant(node.id)
            if value is not None:
                return self._hjemmel(value, fn, depth + 1)
            return self._from_call_sites(fn, node.id, depth)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            table = self._module_constant(node.value.id)
            if isinstance(table, ast.Dict):
                values = [v.value for v in table.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                if values:
                    return values[0] + (f" (m.fl., {len(values)} i alt)" if len(values) > 1 else "")
        return None


def _is_step(node: ast.Call) -> bool:
    """`X.add("RULE-ID", hjemmel, details, …)`: an explanation step (a set's .add takes one argument)."""
    return (isinstance(node.func, ast.Attribute) and node.func.attr == "add" and len(node.args) >= 3
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))


def called_name(call: ast.Call) -> str | None:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


class Labeller:
    """The rule and § a source position belongs to, over all of a benefit's reference modules: the explanation
    step the mutated code feeds. In order: a step later in the same block; a step of the function whose result
    the code reads (the rule a variable came from); the next step in the function; the step of a caller."""

    def __init__(self, files: list[SourceFile]):
        self.files = files
        self.by_function: dict[str, list[Step]] = {}
        self.calls_to: dict[str, list[tuple[SourceFile, ast.Call]]] = {}
        self._caller_memo: dict[str, Step | None] = {}
        for f in files:
            for node in ast.walk(f.tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    steps = f.steps_in(node)
                    if steps:
                        self.by_function.setdefault(node.name, steps)
                elif isinstance(node, ast.Call) and (name := called_name(node)):
                    self.calls_to.setdefault(name, []).append((f, node))

    def label(self, f: SourceFile, node: Node) -> Step | None:
        fn = f.function_of(node)
        steps = f.steps_in(fn)
        line = node.lineno
        stmt = f.statement_of(node)                       # 1. the next step (or rule call) in this block, outwards
        while stmt is not None and stmt is not fn:
            block = _block_of(f, stmt) or []
            for s in (s for s in block if s.lineno >= stmt.lineno):
                hit = self._first_step_in(f, s, fn, steps, line)
                if hit:
                    return hit
            parent = f.parents.get(stmt)
            stmt = parent if isinstance(parent, ast.stmt) else None
        own = [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
        found = self._from_names(f, fn, own) or self._from_names(f, fn, self._names_read(f, node, fn))
        if found:                                         # 2.-3. the rule a value read here (or tested) came from
            return found
        later = [s for s in steps if s.linje >= line] or steps[-1:]   # 4. the function's next step(s)
        if later:
            return _joined(later) if len({s.regel for s in later}) <= MAX_JOINED else later[0]
        if fn is None:                                  # 5. the callers' steps
            return None
        if fn.name not in self._caller_memo:
            self._caller_memo[fn.name] = self._callers(fn, set())
        return self._caller_memo[fn.name]

    def _callers(self, fn: FnDef, seen: set[str], depth: int = 0) -> Step | None:
        """The steps of the functions that call fn, after the call (up to three calls up)."""
        if depth > 2 or fn.name in seen:
            return None
        seen.add(fn.name)
        hits: list[Step] = []
        for g, call in self.calls_to.get(fn.name, []):
            caller = g.function_of(call)
            mine = g.steps_in(caller)
            after = [s for s in mine if s.linje >= call.lineno] or mine
            if after:
                hits.append(_joined(after) if len({s.regel for s in after}) <= MAX_JOINED else after[0])
            elif caller is not None and (up := self._callers(caller, seen, depth + 1)):
                hits.append(up)
        return _joined(hits) if hits else None

    def _first_step_in(self, f: SourceFile, stmt: ast.stmt, fn: FnDef | None, steps: list[Step], line: int) -> Step | None:
        """The first explanation step recorded in stmt (at or after `line`), or the first rule it calls."""
        end = stmt.end_lineno or stmt.lineno
        mine = [s for s in steps if stmt.lineno <= s.linje <= end and s.linje >= line]
        calls = sorted((c for c in ast.walk(stmt) if isinstance(c, ast.Call) and called_name(c) in self.by_function
                        and f.function_of(c) is fn and c.lineno >= line), key=lambda c: c.lineno)
        first_call = self._at_call(f, calls[0]) if calls else None
        if mine and (first_call is None or mine[0].linje <= calls[0].lineno):
            return mine[0]
        return first_call

    def _at_call(self, f: SourceFile, call: ast.Call) -> Step:
        """The callee's first step, with its § as this call passes it when the callee takes the § as an argument."""
        name = called_name(call) or ""
        step = self.by_function[name][0]
        for g in self.files:
            for fn in ast.walk(g.tree):
                if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and fn.name == name:
                    names = [a.arg for a in fn.args.posonlyargs + fn.args.args]
                    for c in ast.walk(fn):
                        if isinstance(c, ast.Call) and _is_step(c) and isinstance(c.args[1], ast.Name) \
                                and c.args[1].id in names:
                            i = names.index(c.args[1].id)
                            if i < len(call.args) and (h := f._hjemmel(call.args[i], f.function_of(call))):
                                return Step(step.regel, h, step.linje, step.fn)
                    return step
        return step

    def _from_names(self, f: SourceFile, fn: FnDef | None, names: list[str]) -> Step | None:
        for name in names:
            value = f._local_value(fn, name)
            for cand in _calls_in_value(value):
                if (callee := called_name(cand)) in self.by_function:
                    return self.by_function[callee][0]
            tuple_callee = self._tuple_source(fn, name)
            if tuple_callee in self.by_function:
                return self.by_function[tuple_callee][0]
        return None

    @staticmethod
    def _names_read(f: SourceFile, node: Node, fn: FnDef | None) -> list[str]:
        """Names read by the innermost enclosing `if` tests and by the node's statement, tests first."""
        names: list[str] = []
        cur = node
        while cur in f.parents and cur is not fn:
            parent = f.parents[cur]
            if isinstance(parent, (ast.If, ast.While)) and cur is not parent.test:
                names += [n.id for n in ast.walk(parent.test) if isinstance(n, ast.Name)]
            cur = parent
        stmt = f.statement_of(node)
        if stmt is not None and not isinstance(stmt, (ast.If, ast.While, ast.For)):
            names += [n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
        elif stmt is not None:
            names += [n.id for n in ast.walk(node) if isinstance(n, ast.Name)]
        return list(dict.fromkeys(names))

    @staticmethod
    def _tuple_source(fn: FnDef | None, name: str) -> str | None:
        for node in ast.walk(fn) if fn is not None else ():
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                for t in node.targets:
                    if isinstance(t, ast.Tuple) and any(isinstance(e, ast.Name) and e.id == name for e in t.elts):
                        return called_name(node.value)
        return None


MAX_JOINED = 4


def _calls_in_value(value: ast.AST | None) -> list[ast.Call]:
    """The calls a value comes from: `f(…)`, `f(…)[i]`, `f(…) if c else g(…)`, `a or f(…)`."""
    if isinstance(value, ast.Call):
        return [value]
    if isinstance(value, ast.Subscript):
        return _calls_in_value(value.value)
    if isinstance(value, ast.IfExp):
        return _calls_in_value(value.body) + _calls_in_value(value.orelse)
    if isinstance(value, ast.BoolOp):
        return [c for v in value.values for c in _calls_in_value(v)]
    return []


def _joined(steps: list[Step]) -> Step:
    """One label for code that feeds one of several rules (the branches of a rule with several paragraphs)."""
    rules = list(dict.fromkeys(r for s in steps for r in s.regel.split(" / ")))
    hjemler = list(dict.fromkeys(h for s in steps if s.hjemmel for h in s.hjemmel.split(" / ")))
    return Step(" / ".join(rules), " / ".join(hjemler) or None, steps[0].linje, steps[0].fn)


def _block_of(f: SourceFile, stmt: ast.stmt) -> list[ast.stmt] | None:
    parent = f.parents.get(stmt)
    if parent is None:
        return None
    for attr in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(parent, attr, None)
        if isinstance(block, list) and stmt in block:
            return block
    return None
