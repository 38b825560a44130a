"""Generated ressourceforløbsydelse cases for the fuzzer and the property tests: one builder for Hypothesis and for
seeded bulk cases (harness/toolkit/valg.py).

Every case is valid, inside the reference's scope (months 2021-01 .. 2026-12) and one the grammar can say:
`given_steps` + `when_step` rebuild it exactly. Three cases in ten are a running forløb's later months, as a case
system computes them month by month. It leans to the edges where systems went wrong: the handoff at the end
of a month (the ordinary end of sygedagpenge, sygedagpengeloven § 24, stk. 1) and in the middle of one, the first and
last months of the forløb, wages around the lønindtægtsgrænse, a person turning 25, a child born in the forløb or
turning 18 (on the 1st of a month, where § 69 j, stk. 2's forsørger test turns), and the facts that must not count
(formue, a spouse's income). Every date falls on any day of its month, leaning to the month's edges, and amounts away
from their edges have øre (harness/toolkit/valg.py month_day, amount): a few fixed days or whole kroner only told the
bench's cases from a citizen's (red team r15 F1, F4).
"""
from __future__ import annotations

import copy as _copy
import datetime as dt
import random as _random
import re as _re
from decimal import Decimal as _D
from typing import Any

from harness.compare.differ import explained
from harness.contract.ydelse import Decide as _Decide
from harness.contract.ydelse import Property as _Property
from harness.dressing import identity_ignored as _identity_ignored_by_schema
from harness.toolkit.valg import Hyp as _Hyp
from harness.toolkit.valg import Rand as _Rand
from harness.toolkit.valg import amount as _amount
from harness.toolkit.valg import beyond as _beyond
from harness.toolkit.valg import case_months as _case_months
from harness.toolkit.valg import has_pause as _has_pause
from harness.toolkit.valg import month_day as _month_day
from harness.toolkit.valg import pause as _pause
from harness.toolkit.valg import st

from . import grammar as _g

YDELSE = "ressourceforloebsydelse"
_FOERSTE = 2021 * 12          # month numbers: year * 12 + month - 1
_SIDSTE = 2026 * 12 + 11
# Lønindtægtsgrænsen 2021-2026 (parametre/fradrag.yaml), for wages at its edge.
_GRAENSER = (15264, 15401, 15817, 16323, 16911, 17672)


# Children: the contract bounds them by nothing (person.boern has no maxItems); red team r11 F2: drawn only 1-2.
MAX_BOERN = 10

# Months in a case (harness/toolkit/valg.py case_months): up to five years, leaning to the goldens' longest (38).
MAX_MAANEDER = 60


# A running forløb: the share of cases whose months begin after the forløb's first month, and how many months after
# at most. A case system computes a forløb month by month; drawn only from the forløb's first month, a system that
# paid the law only to a forløb's first months was GO (red team r16). A running forløb may have begun before the
# reference's first month (a forløb of 2019 paid in 2021): bounded by the law dates, none did, and a system wrong on
# every forløb begun before 2021 was GO (red team r17 F4).
LOEBENDE, LOEBENDE_LAENGST = 0.3, 48


# A case system's top amounts (valg.beyond), past the ranges the other draws lean to (red team r17 F3): a month's
# salary or a spouse's income, other income, a formue (which never counts, § 69 j, stk. 1).
LOEN_TOP, ANDEN_TOP, FORMUE_TOP = 150000, 100000, 3000000

def antal_maaneder(ch) -> int:
    return _case_months(ch, (24, 25, 36, 38), MAX_MAANEDER)


def _dato(nr: int, dag: int) -> dt.date:
    return dt.date(nr // 12, nr % 12 + 1, dag)


def _dag(ch, nr: int, last: int | None = None) -> dt.date:
    """A day of month number nr (up to `last`): the month's edges in a third of the draws, else any day
    (harness/toolkit/valg.py month_day)."""
    return _dato(nr, _month_day(ch, nr // 12, nr % 12 + 1, last))


def _sidste_dag(nr: int) -> int:
    return (_dato(nr + 1, 1) - dt.timedelta(days=1)).day if nr < _SIDSTE + 12 else 31


def _mnd(nr: int) -> str:
    return f"{nr // 12:04d}-{nr % 12 + 1:02d}"


def _kr(x) -> str:
    return f"{_D(x):.2f}"


def build(ch, sags_id: str = "FUZZ-1", beyond_the_grammar: bool = False) -> dict:
    """beyond_the_grammar (the bulk cases, as kontanthjælp's): also a pause inside the months, which the grammar's
    run of months cannot say (valg.pause; red team r18 F4)."""
    n = antal_maaneder(ch)   # mostly 1-4 months, up to five years (red team r12 F2: at most 12 were drawn)
    nr0 = ch.int(_FOERSTE, _SIDSTE - n + 1)
    # the forløb's first month: the case's first in most cases, in a running case months before it (LOEBENDE)
    start_nr = nr0 - (ch.int(1, LOEBENDE_LAENGST) if ch.flag(LOEBENDE) else 0)
    # the last day with sygedagpenge: mostly the end of the month before (§ 24, stk. 1), sometimes inside the first month
    if ch.flag(0.75):
        sidste = _dato(start_nr, 1) - dt.timedelta(days=1)
    else:   # any day of the first month but its last (then the forløb would begin in the next)
        sidste = _dag(ch, start_nr, _sidste_dag(start_nr) - 1)
    start = sidste + dt.timedelta(days=1)
    alder = ch.edge([24, 25, 40, 18, 60], 18, 66)
    person: dict[str, Any] = {"foedselsdato": _dag(ch, nr0 - alder * 12 + ch.int(-6, 6)).isoformat()}
    if alder < 30 and ch.flag(0.5):
        person["hjemmeboende"] = True
    if ch.flag(0.35):
        boern = [_dag(ch, nr0 - ch.edge([17, 18, 5, 0], 0, 19) * 12 + ch.int(-3, 3))
                 for _ in range(ch.int(1, 2) if ch.flag(0.75) else ch.edge([3, 4], 3, MAX_BOERN))]
        if ch.flag(0.5):   # a child at the forsørger test's edge: the only one in half of these (a first child)
            kant = _barn_ved_kanten(ch, nr0, n)
            if ch.flag(0.5):
                boern = [kant]
            else:
                boern[ch.int(0, len(boern) - 1)] = kant
        person["boern"] = [{"foedselsdato": f.isoformat()} for f in boern]
    if ch.flag(0.25):   # formue never counts (§ 69 j, stk. 1)
        person["formue"] = _kr(_beyond(ch, 500000, FORMUE_TOP) or _amount(ch, [300000, 10001, 15501], 0, 500000))
    overgang: dict[str, Any] = {"fra_ydelse": "sygedagpenge", "sidste_dag_med_sygedagpenge": sidste.isoformat()}
    if ch.flag(0.8):
        overgang["jobafklaring_fra"] = start.isoformat()
    case: dict[str, Any] = {"schema_version": "1.0", "ydelse": YDELSE, "sags_id": sags_id, "person": person,
                            "overgang": overgang}
    if ch.flag(0.2):   # the forløb ends in its last month
        last = nr0 + n - 1
        til = max(_dag(ch, last), start)
        case["forloeb"] = {"til": til.isoformat()}
    maaneder = []
    for i in range(n):
        nr = nr0 + i
        m: dict[str, Any] = {"maaned": _mnd(nr)}
        if ch.flag(0.45):
            g = _GRAENSER[min(max(nr // 12 - 2021, 0), len(_GRAENSER) - 1)]
            m["loen"] = _kr(_beyond(ch, 40000, LOEN_TOP)
                            or _D(ch.edge([g, g + 1, g - 1, 6000, 20000, 0], 0, 40000)) + _D(ch.int(0, 99)) / 100)
        if ch.flag(0.1):
            m["loen_fra_ansaettelse_ved_start"] = _kr(_beyond(ch, 20000, LOEN_TOP) or _amount(ch, [4000, 12000], 0, 20000))
        if ch.flag(0.1):
            m["feriegodtgoerelse"] = _kr(_amount(ch, [2000, 5000], 0, 10000))
        if ch.flag(0.15):
            m["anden_indtaegt"] = _kr(_beyond(ch, 20000, ANDEN_TOP) or _amount(ch, [1000, 15000], 0, 20000))
        if ch.flag(0.25):   # a spouse's income never counts (§ 69 j, stk. 1)
            m["aegtefaelles_indtaegt"] = _kr(_beyond(ch, 60000, LOEN_TOP) or _amount(ch, [45000, 0, 20000], 0, 60000))
        maaneder.append(m)
    case["maaneder"] = _pause(ch, maaneder) if beyond_the_grammar else maaneder
    return case


def _barn_ved_kanten(ch, nr0: int, n: int) -> dt.date:
    """A child at the edge of § 69 j, stk. 2's forsørger test in a month of the case: born in it, or turning 18 in
    it, on its 1st in half of them (a child born on the 1st counts that month, one turning 18 on the 1st no longer
    does: reference/tid.py boern_under_18), else on any day. Drawn only on the 10th, no case had a child born on the
    1st of a month of the forløb, and a system that counted such a child a month late was GO (red team r15 F3)."""
    nr = nr0 + ch.int(0, n - 1) - (18 * 12 if ch.flag(0.5) else 0)
    return _dato(nr, 1) if ch.flag(0.5) else _dag(ch, nr)


def strategy(stratum: str | None = None) -> st.SearchStrategy:
    return st.composite(lambda draw: build(_Hyp(draw)))()


def bulk_case(n: int, seed: int = 0) -> dict:
    """Case number `n` of bulk run `seed`: deterministic, no Hypothesis."""
    return build(_Rand(_random.Random(f"rfy:{seed}:{n}")), sags_id=f"BULK-{seed}-{n}", beyond_the_grammar=True)


def label(case: dict) -> str:
    slut = dt.date.fromisoformat(case["overgang"]["sidste_dag_med_sygedagpenge"])
    return "overgang=" + ("maanedsskifte" if (slut + dt.timedelta(days=1)).day == 1 else "midt_i_maaneden")


# --- back to a Danish scenario ------------------------------------------------------------------------------

def beyond_grammar(case: dict) -> list[str]:
    """The facts of `case` the scenario grammar cannot say."""
    return ["maaneder: en pause"] if _has_pause(case.get("maaneder", [])) else []


def given_steps(case: dict) -> list[tuple[str, None]]:
    """Givet-steps of the grammar that, with `when_step`, rebuild `case` exactly (but `sags_id`); each sentence
    rendered by the grammar's step table. A case with facts the grammar cannot say (`beyond_grammar`) is refused."""
    if missing := beyond_grammar(case):
        raise ValueError("scenariegrammatikken kan ikke sige: " + ", ".join(missing))
    out: list[tuple[str, None]] = []
    add = lambda fn, **values: out.append((_g.tekst(fn, **values), None))
    p, o = case["person"], case["overgang"]
    add(_g._person, foedt=p["foedselsdato"])
    if p.get("hjemmeboende"):
        add(_g._hjemme)
    for b in p.get("boern", []):
        add(_g._barn, foedt=b["foedselsdato"])
    if "formue" in p:
        add(_g._formue, beloeb=p["formue"])
    add(_g._sidste, dato=o["sidste_dag_med_sygedagpenge"])
    if "jobafklaring_fra" in o:
        add(_g._fra, dato=o["jobafklaring_fra"])
    if (case.get("forloeb") or {}).get("til"):
        add(_g._til, dato=case["forloeb"]["til"])
    for m in case["maaneder"]:
        for key, fn in (("loen", _g._loen), ("loen_fra_ansaettelse_ved_start", _g._loen_start),
                        ("feriegodtgoerelse", _g._ferie), ("anden_indtaegt", _g._anden),
                        ("aegtefaelles_indtaegt", _g._aegtefaelle)):
            if key in m:
                add(fn, maaned=m["maaned"], beloeb=m[key])
    return out


def when_step(case: dict) -> str:
    return _g.T.naar_maaneder([m["maaned"] for m in case["maaneder"]])


# --- properties that need no oracle -------------------------------------------------------------------------

def _continuous(decide: _Decide, case: dict, d: dict) -> str | None:
    """No day between the last sygedagpenge day and the first day of the ressourceforløbsydelse goes unpaid, and
    every month pays from its first day in the forløb (the handoff where citizens were paid 'not at all')."""
    sidste = dt.date.fromisoformat(case["overgang"]["sidste_dag_med_sygedagpenge"])
    start = sidste + dt.timedelta(days=1)
    o = d.get("overgang") or {}
    if o.get("udbetales_fra") != start.isoformat() or o.get("dage_uden_ydelse") != 0:
        return (f"sidste dag med sygedagpenge {sidste}, men ressourceforløbsydelsen udbetales fra {o.get('udbetales_fra')} "
                f"({o.get('dage_uden_ydelse')} dage uden ydelse)")
    for m in d["maaneder"]:
        forste = max(dt.date.fromisoformat(m["maaned"] + "-01"), start)
        if m["fra"] != forste.isoformat():
            return f"{m['maaned']}: ydelsen fra {m['fra']}, men forløbet dækker måneden fra {forste}"
    return None


def _ignored(decide: _Decide, case: dict, d: dict) -> str | None:
    """Formue and a spouse's income change nothing (aktivloven § 69 j, stk. 1)."""
    if "formue" not in case["person"] and not any("aegtefaelles_indtaegt" in m for m in case["maaneder"]):
        return None
    uden = _copy.deepcopy(case)
    uden["person"].pop("formue", None)
    for m in uden["maaneder"]:
        m.pop("aegtefaelles_indtaegt", None)
    d2 = decide(uden)
    if d2 is None:
        return None
    for a, b in zip(d["maaneder"], d2["maaneder"]):
        if a["udbetalt"]["beloeb"] != b["udbetalt"]["beloeb"]:
            return (f"{a['maaned']}: {a['udbetalt']['beloeb']} kr. med formue/ægtefællens indtægt, "
                    f"{b['udbetalt']['beloeb']} kr. uden")
    return None


def _more_wage(decide: _Decide, case: dict, d: dict) -> str | None:
    """1.000 kr. more wage in the first month listed never raises a payment."""
    mere = _copy.deepcopy(case)
    m = mere["maaneder"][0]
    m["loen"] = _kr(_D(m.get("loen", "0")) + 1000)
    d2 = decide(mere)
    if d2 is None:
        return None
    for x, y in zip(d["maaneder"], d2["maaneder"]):
        if _D(y["udbetalt"]["beloeb"]) > _D(x["udbetalt"]["beloeb"]):
            return f"{x['maaned']}: 1.000 kr. mere i løn giver {y['udbetalt']['beloeb']} kr., før {x['udbetalt']['beloeb']} kr."
    return None


def _adds_up(decide: _Decide, case: dict, d: dict) -> str | None:
    """What is paid is the amount for the days less the deductions, never below 0."""
    for m in d["maaneder"]:
        fradrag = sum((_D(p["beloeb"]) for p in m["fradrag"]), _D(0))
        forventet = max(_D(0), _D(m["grundbeloeb"]["beloeb"]) - fradrag)
        if _D(m["udbetalt"]["beloeb"]) != forventet:
            return f"{m['maaned']}: udbetalt {m['udbetalt']['beloeb']} kr., men ydelsen for dagene minus fradrag er {forventet:.2f} kr."
    return None


PROPERTIES = (
    _Property("ingen_dag_uden_ydelse", "manglende_udbetaling",
              "Ingen dag mellem den sidste dag med sygedagpenge og den første dag med ressourceforløbsydelse er uden "
              "ydelse, og hver måned betales fra dens første dag i forløbet.", _continuous),
    _Property("formue_og_aegtefaelle_uden_betydning", "forkert_beloeb",
              "Formue og en ægtefælles indtægt ændrer ikke ydelsen (aktivloven § 69 j, stk. 1).", _ignored),
    _Property("mere_loen_aldrig_mere_ydelse", "forkert_beloeb", "Mere løn giver aldrig en højere udbetaling.", _more_wage),
    _Property("udbetaling_er_ydelse_minus_fradrag", "forkert_beloeb",
              "Det udbetalte er ydelsen for dagene minus fradragene.", _adds_up),
    _Property("alt_er_begrundet", "manglende_begrundelse", "Hvert beløb i afgørelsen peger på et trin i begrundelsen.",
              explained(YDELSE)),
    _Property("navn_og_cpr_uden_betydning", "forkert_afgoerelse_om_ret",
              "Et andet navn og CPR-nummer ændrer intet i afgørelsen (loven ser bort fra dem).",
              _identity_ignored_by_schema(YDELSE)),
)


# --- the reference's facts for the differing fields, as Så-steps ---------------------------------------------

def then_steps(decision: dict, felter: list[str], case: dict | None = None) -> list[str]:
    """Så-steps that state the reference decision's facts for the differing fields, in the grammar's straight word
    order (rendered by its step table)."""
    out: list[str] = []

    def add(fn, **values) -> None:
        text = _g.tekst(fn, **values)
        if text not in out:
            out.append(text)

    for felt in felter:
        top = _re.split(r"[.\[]", felt, maxsplit=1)[0]
        keys = _re.findall(r"\[([^\]]+)\]", felt)
        if top == "overgang":
            add(_g._fra_dato, dato=decision["overgang"]["udbetales_fra"])
            add(_g._ingen_huller)
        elif top == "maaneder":
            for m in [x for x in decision["maaneder"] if not keys or x["maaned"] == keys[0]] or decision["maaneder"]:
                mnd = m["maaned"]
                add(_g._udbetales, beloeb=m["udbetalt"]["beloeb"], maaned=mnd)
                add(_g._dage, dage=m["dage"], maaned=mnd)
                if ".sats" in felt:
                    add(_g._sats, beloeb=m["sats"]["beloeb"], maaned=mnd)
                if ".fradrag" in felt:
                    loen = sum((_D(p["beloeb"]) for p in m["fradrag"] if p["art"] == "loen"), _D(0))
                    add(_g._fradrag_loen, beloeb=_kr(loen), maaned=mnd)
        elif top == "i_alt":
            add(_g._i_alt, beloeb=decision["i_alt"]["udbetalt"]["beloeb"])
    if not out:
        for m in decision["maaneder"]:
            add(_g._udbetales, beloeb=m["udbetalt"]["beloeb"], maaned=m["maaned"])
    return out


# The legal area (feature file) of a § in a failing field's explanation (ydelse.yaml beside this file).
OMRAADE_FOR_PARAGRAF = {69: "fradrag_og_undtagelser", 24: "overgang_fra_sygedagpenge"}


def paragraf(hjemmel: str) -> int | None:
    """The first § number of a citation ('aktivloven § 69 j, stk. 2' -> 69; 'sygedagpengeloven § 24' -> 24), passing
    over § 89 (the payment)."""
    if not (hjemmel or "").startswith(("aktivloven", "sygedagpengeloven")):
        return None
    numbers = [int(n) for n in _re.findall(r"§§?\s*(\d+)", hjemmel)]
    return next((n for n in numbers if n != 89), None)
