"""A made-up benefit package written into tmp_path (prøveloven § 3, not law), small enough that every mutant the
catalogue makes of it can be listed by hand: one parameter file, one rule module with a threshold, a date, an
if/elif/else chain, an explanation step, a case check, and a register entry with and without an alternative."""
from __future__ import annotations

import sys
import textwrap

import pytest

REFERENCE = '''\
"""Prøvemodulet (opdigtet lov)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.errors import CaseError
from harness.toolkit.parametre import load

LOVDATOER = ("2020-01-01", "2030-12-31")


def parse(case):
    if "x" not in case:
        raise CaseError([("x", "expected x")])
    return case


def calculate(case, *, begrundelse=True):
    case = parse(case)
    P = load(str(Path(__file__).parents[1] / "parametre"))
    B = Begrundelse(aktiv=begrundelse)
    day = dt.date.fromisoformat(case["dag"])
    graense = P.at("styrke.graense", day)
    ok = case["x"] >= graense.vaerdi
    frist = day + dt.timedelta(days=14)
    if case["art"] == "a":
        tillaeg = 1
    elif case["art"] == "b":
        tillaeg = 2
    else:
        tillaeg = 0
    trin = B.add("STY-1", "prøveloven § 3", lambda: ({"x": case["x"] > 0}, {"ok": ok}), (graense,), ("FT-STY-1",))
    return {"ok": ok, "frist": frist.isoformat(), "tillaeg": tillaeg, "trin": trin}
'''

PARAMETRE = '''\
parametre:
  styrke.graense:
    hjemmel: "prøveloven § 3, stk. 1"
    enhed: "timer"
    vaerdier:
      - {valid_from: 2020-01-01, vaerdi: "10", kilde: "test", status: confirmed}
      - {valid_from: 2025-01-01, vaerdi: "12", kilde: "test", status: confirmed}
  styrke.andel:
    hjemmel: "prøveloven § 3, stk. 2"
    enhed: "andel"
    vaerdier:
      - {valid_from: 2020-01-01, vaerdi: "0.25", kilde: "test", status: confirmed}
  styrke.minimum:
    hjemmel: "prøveloven § 3, stk. 3"
    enhed: "timer om ugen"
    vaerdier:
      - {valid_from: 2020-01-01, vaerdi: "4", kilde: "test", status: confirmed}
'''

FORTOLKNINGER = '''\
- id: FT-STY-1
  ydelse: styrkeprove
  emne: "Fristen"
  hjemmel: "prøveloven § 3, stk. 4"
  fortolkning: "Fristen er 14 dage."
  begrundelse: "En testfixture."
  kilder: []
  status: UNCONFIRMED
  alternativ:
    fortolkning: "Fristen er 15 dage."
    patch:
      - fil: reference/__init__.py
        fra: "frist = day + dt.timedelta(days=14)"
        til: "frist = day + dt.timedelta(days=15)"
- id: FT-STY-2
  ydelse: styrkeprove
  emne: "Uden alternativ"
  hjemmel: "prøveloven § 3"
  fortolkning: "Intet alternativ."
  begrundelse: "En testfixture."
  kilder: []
  status: UNCONFIRMED
'''


@pytest.fixture
def prove(tmp_path, monkeypatch):
    """The package `styrkeprove` in tmp_path, importable; its Ydelse."""
    from harness.contract.ydelse import Ydelse
    pkg = tmp_path / "pakker" / "styrkeprove"
    (pkg / "reference").mkdir(parents=True)
    (pkg / "parametre").mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "ydelse.yaml").write_text(textwrap.dedent("""\
        titel: Styrkeprøve (test, ikke lov)
        id_praefiks: STY
        paragraf_tags: {prl: prøveloven}
        omraader: {frist: "Fristen"}
        """), encoding="utf-8")
    (pkg / "reference" / "__init__.py").write_text(REFERENCE, encoding="utf-8")
    (pkg / "reference" / "regler.yaml").write_text('STY-1: {titel: "Prøven", tekst: "ok: {ok}"}\n', encoding="utf-8")
    (pkg / "parametre" / "satser.yaml").write_text(PARAMETRE, encoding="utf-8")
    (pkg / "fortolkninger.yaml").write_text(FORTOLKNINGER, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "pakker"))
    yield Ydelse.fra_pakke("styrkeprove")
    for name in [m for m in sys.modules if m == "styrkeprove" or m.startswith(("styrkeprove.", "_styrke_"))]:
        del sys.modules[name]
