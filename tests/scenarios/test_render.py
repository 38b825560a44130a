"""A step sentence exists once: the generators render Givet-, Når- and Så-steps from the grammar's own patterns
(harness/scenarios/trin.py `tekst`), the parse types format what they parse (dk.py), and what is rendered parses
back to the same values. A generator module that writes a step sentence itself fails here."""
from __future__ import annotations

import ast
import datetime as dt
import importlib
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from harness.reference import calculate
from harness.scenarios import dk, trin, ydelser

TOY = Path(__file__).resolve().parents[1] / "toy_benefit"
KEYWORDS = ("Givet ", "Når ", "Så ", "Og ", "Men ")
RENDERING = ("given_steps", "when_step", "then_steps")   # the generator functions that say scenario text (export)


def _toy(module: str):
    """A module of the toy benefit (tests/toy_benefit), imported from its folder and forgotten again."""
    sys.path.insert(0, str(TOY))
    try:
        return importlib.import_module(f"proeveydelse.{module}")
    finally:
        sys.path.remove(str(TOY))
        for name in [m for m in sys.modules if m == "proeveydelse" or m.startswith("proeveydelse.")]:
            del sys.modules[name]


def _grammars() -> dict:
    out = {navn: ydelser.ydelse(navn).grammar for navn in ydelser.alle()}
    out["proeveydelse"] = _toy("grammar")
    return out


GRAMMARS = _grammars()
BENEFITS = sorted(GRAMMARS)


def _generators(navn: str):
    return _toy("generators") if navn == "proeveydelse" else ydelser.ydelse(navn).generators


def _generator_source(navn: str) -> str:
    folder = TOY / "proeveydelse" if navn == "proeveydelse" else ydelser.ydelse(navn).folder
    return (folder / "generators.py").read_text(encoding="utf-8")


def _sentence(example: str) -> str:
    first = example.splitlines()[0]
    return next(first[len(kw):] for kw in KEYWORDS if first.startswith(kw))


# --- the parse types format what they parse ---------------------------------------------------------------------

@pytest.mark.parametrize("kind, value, text", [
    ("Kr", "4084.8", "4.084,80 kr."), ("Kr", Decimal("-1234567.5"), "-1.234.567,50 kr."), ("Kr", "0.00", "0,00 kr."),
    ("Tal", Decimal("239.5"), "239,5"), ("Tal", "74", "74"), ("Tal", Decimal("1E+3"), "1000"), ("Tal", 37, "37"),
    ("Dato", dt.date(2024, 4, 1), "2024-04-01"), ("Dato", "2024-04-01", "2024-04-01"),
    ("Dato", "3. april 2024", "2024-04-03"),
    ("Maaned", "2024-03", "2024-03"), ("Maaned", "marts 2024", "2024-03"), ("Maaned", dt.date(2024, 3, 9), "2024-03"),
    ("Uge", "2024-W14", "2024-W14"), ("Heltal", 12, "12"), ("Heltal", "7", "7"),
])
def test_each_danish_type_formats_text_it_parses_back(kind, value, text):
    assert dk.format_cell(value, kind) == text
    parsed = dk.parse_cell(text, kind)
    assert dk.format_cell(parsed, kind) == text   # and the parsed value formats the same


@pytest.mark.parametrize("kind, value", [
    ("Kr", "fire kroner"), ("Tal", "1,5"), ("Dato", "2024-4-1"), ("Dato", 20240401), ("Maaned", "2024-13"),
    ("Uge", "2024-14"), ("Heltal", -3), ("Heltal", True), ("Heltal", 2.5),
])
def test_a_value_a_type_cannot_write_is_an_error(kind, value):
    with pytest.raises(ValueError):
        dk.format_cell(value, kind)


VOCABULARY = {"ægtefællen": "aegtefaelle", "samleveren": "aegtefaelle", "ansøgeren": "ansoeger"}


def _table() -> trin.Trintabel:
    t = trin.Trintabel("test", dict(dk.TYPES, Person=trin.choice(VOCABULARY), Er=trin.choice({"er": True, "er ikke": False})))

    @t.givet("{hvem:Person} har en formue på {beloeb:Kr}", "Og ansøgeren har en formue på 1,00 kr.")
    def _formue(sag, hvem, beloeb):
        pass

    @t.givet("{a} og {b}", "Givet x og y")
    def _fri(sag, a, b):
        pass

    @t.givet("borgeren har disse løntimer:", "Og borgeren har disse løntimer:\n  | måned | timer |", table=True)
    def _tabel(sag, datatable):
        pass

    @t.saa([("har {hvem:Person} ret fra {dato:Dato}", {"har": True}), ("{hvem:Person} har ret fra {dato:Dato}", {"har": True}),
            ("har {hvem:Person} ikke ret fra {dato:Dato}", {"har": False}),
            ("{hvem:Person} har ikke ret fra {dato:Dato}", {"har": False})], "Så har ansøgeren ret fra 2024-01-01")
    def _ret(d, har, hvem, dato):
        pass

    @t.saa(["er ugebeløbet {beloeb:Kr}", "ugebeløbet er {beloeb:Kr}"], "Og ugebeløbet er 1,00 kr.")
    def _uge(d, beloeb):
        pass

    return t


def test_the_table_renders_the_last_pattern_whose_fixed_arguments_agree_the_straight_word_order():
    t = _table()
    ret = t.steps[3].fn
    assert t.tekst(ret, har=True, hvem="ansoeger", dato=dt.date(2024, 1, 1)) == "ansøgeren har ret fra 2024-01-01"
    assert t.tekst("_ret", har=False, hvem="ansoeger", dato="2024-01-01") == "ansøgeren har ikke ret fra 2024-01-01"
    assert t.tekst("_uge", beloeb="4084.80") == "ugebeløbet er 4.084,80 kr."
    assert t.step_for("_uge", {"beloeb": 1}).pattern == "ugebeløbet er {beloeb:Kr}"


def test_a_vocabulary_writes_a_value_as_its_first_phrase_or_the_phrase_the_caller_names():
    t = _table()
    assert t.tekst("_formue", hvem="aegtefaelle", beloeb="5") == "ægtefællen har en formue på 5,00 kr."
    assert t.tekst("_formue", hvem="samleveren", beloeb="5") == "samleveren har en formue på 5,00 kr."
    with pytest.raises(ValueError, match="ordforrådet"):
        t.tekst("_formue", hvem="naboen", beloeb="5")


def test_rendering_refuses_wrong_values_and_unknown_steps_with_a_clear_error():
    t = _table()
    with pytest.raises(ValueError, match=r"\['beloeb', 'hvem'\]"):
        t.tekst("_formue", hvem="ansoeger")                       # a field missing
    with pytest.raises(ValueError, match="hvem"):
        t.tekst("_formue", hvem="ansoeger", beloeb="1", ekstra=2)  # a value the step does not say
    with pytest.raises(ValueError, match="har"):
        t.tekst("_ret", hvem="ansoeger", dato="2024-01-01")         # the fixed argument chooses the pattern
    with pytest.raises(ValueError, match="Kr"):
        t.tekst("_formue", hvem="ansoeger", beloeb="mange")
    with pytest.raises(LookupError, match="_findes_ikke"):
        t.tekst("_findes_ikke")
    with pytest.raises(ValueError, match="læses ikke tilbage"):
        t.tekst("_fri", a="x og y", b="z")   # "x og y og z" reads back as a="x", b="y og z"
    assert t.tekst("_fri", a="x", b="y og z") == "x og y og z"


def test_a_datatable_step_renders_its_sentence_and_the_caller_its_rows():
    t = _table()
    assert t.tekst("_tabel") == "borgeren har disse løntimer:"
    assert [dk.format_cell("2024-03", "Maaned"), dk.format_cell("40.5", "Tal")] == ["2024-03", "40,5"]


# --- every step of every benefit can be rendered, and reads back the same -------------------------------------

@pytest.mark.parametrize("navn", BENEFITS)
def test_every_step_renders_from_its_examples_values_and_parses_back_to_them(navn):
    """For every registered step (every pattern, both word orders): the values its example parses to, rendered by
    the step and by the table (`tekst`), parse back with the grammar (`match`) to the same step and values."""
    g = GRAMMARS[navn]
    failures = []
    for step in g.GRAMMAR:
        found = g.match(step.kind, _sentence(step.example))
        assert found is not None, step.example
        values = found[1]
        own = step.parser.parse(_sentence(step.example))
        if own is not None:   # the example is written in this pattern: render this pattern from its values
            values = dict(own.named) | dict(step.fixed)
        elif step.fixed:      # the example is in another pattern of the step: take its values, this one's fixed
            values = values | dict(step.fixed)
        for text in (step.tekst(**values), g.tekst(step.fn, **values)):
            back = g.match(step.kind, text)
            if back is None or back[0].fn is not step.fn or back[1] != values:
                failures.append(f"{step.pattern!r} with {values}: {text!r} reads back as "
                                f"{back and (back[0].pattern, back[1])}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("navn", BENEFITS)
def test_so_steps_render_in_the_word_order_of_their_og_examples(navn):
    """A Så-example after "Og" is written in the straight word order (scenarios/README.md, Ordstilling): the table
    renders that pattern, so an exported scenario reads like a jurist's."""
    g = GRAMMARS[navn]
    checked = 0
    for step in g.GRAMMAR:
        if step.kind != "then" or not step.example.startswith("Og ") or not step.parser.parse(_sentence(step.example)):
            continue
        values = dict(step.parser.parse(_sentence(step.example)).named) | dict(step.fixed)
        assert g.tekst.__self__.step_for(step.fn, values) is step, step.example   # the table behind `tekst`
        checked += 1
    assert checked or navn == "proeveydelse"


# --- no generator writes a step sentence itself -----------------------------------------------------------------

def _words(text: str) -> list[str]:
    return text.lower().split()


def _strings(node: ast.AST) -> list[tuple[int, str]]:
    """The string literals under `node` (an f-string with \\0 for each placeholder), docstrings left out."""
    docstrings = {id(n.body[0].value) for n in ast.walk(node)
                  if isinstance(n, ast.FunctionDef | ast.Lambda) and isinstance(n.body, list) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    out = []
    for n in ast.walk(node):
        if isinstance(n, ast.JoinedStr):
            out.append((n.lineno, "".join(v.value if isinstance(v, ast.Constant) else " \0 " for v in n.values)))
        elif isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings:
            out.append((n.lineno, n.value))
    return out


def rendering_strings(source: str) -> list[tuple[int, str]]:
    """The string literals of a generator module's rendering functions (RENDERING) and of every module-level
    function and constant they use, transitively. Property messages and the like, which no rendering function
    reaches, are not scenario text and are left alone."""
    tree = ast.parse(source)
    defs: dict[str, ast.AST] = {}
    for n in tree.body:
        if isinstance(n, ast.FunctionDef):
            defs[n.name] = n
        elif isinstance(n, ast.Assign | ast.AnnAssign):
            for target in (n.targets if isinstance(n, ast.Assign) else [n.target]):
                if isinstance(target, ast.Name):
                    defs[target.id] = n
    todo, seen, out = [r for r in RENDERING if r in defs], set(), []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        out += _strings(defs[name])
        todo += [n.id for n in ast.walk(defs[name]) if isinstance(n, ast.Name) and n.id in defs]
    return out


def _common(a: list[str], b: list[str]) -> int:
    """The length of the longest common subsequence of two word lists."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            prev, row[j + 1] = row[j + 1], prev + 1 if x == y else max(row[j + 1], row[j])
    return row[-1]


def step_sentences(source: str, grammar) -> list[str]:
    """Where a generator module writes a step's fixed words itself: a literal in its rendering code that holds three
    consecutive fixed words of a pattern, or two thirds (at least two) of all its fixed words in their order."""
    hits = []
    for line, literal in rendering_strings(source):
        words = _words(literal)
        if len(words) < 2:
            continue
        text = " " + " ".join(words) + " "
        for step in grammar.GRAMMAR:
            segments = [_words(t) for t in trin.fixed_text(step.pattern)]
            fixed = [w for seg in segments for w in seg]
            runs = (" " + " ".join(seg[i:i + 3]) + " " for seg in segments for i in range(len(seg) - 2))
            if any(run in text for run in runs) or \
                    (len(fixed) >= 2 and _common(fixed, words) >= max(2, -(-2 * len(fixed) // 3))):
                hits.append(f"line {line}: {literal!r} writes the step {step.pattern!r}")
                break
    return hits


@pytest.mark.parametrize("navn", BENEFITS)
def test_no_generator_module_writes_a_step_sentence_itself(navn):
    assert step_sentences(_generator_source(navn), GRAMMARS[navn]) == []


@pytest.mark.parametrize("source, flagged", [
    # the way sentences used to be written: f-strings, a fixed word chosen inside, a helper, a constant
    ('def then_steps(d, felter):\n    return [f"borgeren {\'har\' if d[\'ret\'] else \'har ikke\'} ret til sygedagpenge '
     'fra {hvem}"]\n', True),
    ('def given_steps(case):\n    return [(_say(case), None)]\n\ndef _say(case):\n'
     '    return f"en lønmodtager ansat siden {case[\'a\']}"\n', True),
    ('STEP = "der er ingen arbejdsgiverperiode"\n\ndef then_steps(d, felter):\n    return [STEP]\n', True),
    ('def then_steps(d, felter):\n    return ["kommunen betaler ikke sygedagpenge"]\n', True),
    ('def then_steps(d, felter):\n    return [f"er der udbetalt {x} i alt"]\n', True),
    # ... and with some fixed words chosen elsewhere
    ('def then_steps(d, felter):\n    return [f"{what} for uge {week} er {beloeb}"]\n', True),
    ('def then_steps(d, felter):\n    return [f"fristen for {navn} er {dato} og er {\'overholdt\' if ok else \'ikke overholdt\'}"]\n',
     True),
    # a property's message is not scenario text; nor are the case's field names the rendering code reads
    ('def _handoff(decide, case, d):\n    return "udbetalingen ophører på grund af varighedsbegrænsningen, men der er '
     'intet jobafklaringsforløb"\n\ndef then_steps(d, felter):\n    return [tekst(g._ingen_agp)]\n', False),
    ('def given_steps(case):\n    """Givet-steps: en lønmodtager ansat siden …"""\n'
     '    return [(tekst(g._sidste, dato=case["fravaer"]["sidste_fravaersdag"]), None)]\n', False),
])
def test_the_scan_finds_sentences_written_in_rendering_code_and_only_there(source, flagged):
    assert bool(step_sentences(source, GRAMMARS["sygedagpenge"])) is flagged


def test_the_scan_finds_a_step_of_single_fixed_words():
    source = 'def then_steps(d, felter):\n    return [f"udbetales {b} kr. for {m}" for b, m in d]\n'
    assert step_sentences(source, GRAMMARS["ressourceforloebsydelse"])
    assert step_sentences(source, GRAMMARS["proeveydelse"])


def _felter(decision: dict) -> list[str]:
    """Every top-level field of the decision, as the comparison names a differing one."""
    return [k for k in decision if k not in ("schema_version", "ydelse", "sags_id")]


@pytest.mark.parametrize("navn", BENEFITS)
def test_every_sentence_a_generator_says_is_rendered_by_the_table(navn, monkeypatch):
    """At run time too: each Givet-, Når- and Så-sentence the generators return came out of `StepDef.tekst`."""
    said: set[str] = set()
    tekst = trin.StepDef.tekst

    def recording(self, **values):
        text = tekst(self, **values)
        said.add(text)
        return text

    monkeypatch.setattr(trin.StepDef, "tekst", recording)
    gen = _generators(navn)
    decide = _toy("reference").calculate if navn == "proeveydelse" else calculate
    texts: list[str] = []
    for n in range(40):
        case = gen.bulk_case(n, seed=2)
        if getattr(gen, "beyond_grammar", lambda c: [])(case):
            continue             # facts the grammar cannot say (bulk cases only): given_steps refuses the case
        texts += [text for text, _ in gen.given_steps(case)]
        if hasattr(gen, "when_step"):
            texts.append(gen.when_step(case))
        decision = decide(case)
        texts += gen.then_steps(decision, _felter(decision))
    assert texts and set(texts) <= said, sorted(set(texts) - said)[:5]


def test_given_steps_keep_the_grammars_number_formats():
    """The rendered sentences are the ones the generators wrote before (ISO dates, Danish amounts and hours)."""
    gen = ydelser.ydelse("sygedagpenge").generators
    case = {"status": "loenmodtager", "fravaer": {"foerste_fravaersdag": "2024-04-01", "sidste_fravaersdag": "2024-05-31"},
            "ansaettelse": {"ansat_fra": "2023-01-01", "timer_seneste_8_uger": [{"art": "arbejde", "timer": "73.5"}],
                            "timefortjeneste": "1200.50", "ugentlig_arbejdstid": "37"},
            "beskaeftigelse_seneste_6_maaneder": [{"maaned": "2023-10", "timer": "40"}]}
    assert gen.given_steps(case) == [
        ("en lønmodtager ansat siden 2023-01-01", None), ("første fraværsdag er 2024-04-01", None),
        ("sidste fraværsdag er 2024-05-31", None),
        ("borgeren har arbejdet 73,5 timer hos arbejdsgiveren i de seneste 8 uger", None),
        ("timefortjenesten er 1.200,50 kr. i timen før arbejdsmarkedsbidrag", None),
        ("arbejdstiden er 37 timer om ugen", None),
        ("borgeren har disse løntimer i indkomstregisteret:", [["måned", "timer"], ["2023-10", "40"]])]
    d = calculate(gen.bulk_case(0))
    assert gen.then_steps(d, ["udbetalt_i_alt"]) == [f"der er udbetalt {dk.format_kr(d['udbetalt_i_alt']['beloeb'])} i alt"]
