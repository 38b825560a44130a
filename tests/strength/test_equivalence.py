"""The equivalence register (harness/strength/equivalence.py): a reviewed claim counts a mutant equivalent only when
the measurement contradicts nothing; a claim the run refutes, or one for a mutant the code no longer makes, is
refused and reported. End to end on the toy benefit's real engine run (tests/strength/test_engine.py's fixture)."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from harness.config_files import ConfigError
from harness.strength import equivalence
from harness.strength.catalogue import catalogue
from harness.strength.engine import (
    AEKVIVALENT,
    DRAEBT_SCENARIER,
    OVERLEVER,
    Outcome,
    Settings,
    measure_reach,
    run_mutants,
)
from harness.strength.report import headline, markdown, section, tally

from .test_engine import _one, toy  # noqa: F401 - the module-scoped toy benefit fixture

WHY = "Ingen genereret eller godkendt sag ligger i 2030 eller senere, og referencens lovdatoer slutter før: " * 2


def _claim(cid: str, mutanter: list[str], analoge: list[str] | None = None) -> equivalence.Paastand:
    return equivalence.Paastand(id=cid, mutanter=mutanter, grund="uden_for_omraade", begrundelse=WHY,
                                analoge=analoge or [], vurderet_af="Test", vurderet=dt.date(2026, 11, 26))


@pytest.fixture(scope="module")
def measured(toy):  # noqa: F811 - the imported fixture
    y, golden_dir = toy
    settings = Settings(golden_dir=golden_dir, fuzz=None, bulk=400, seed=3, workers=2)
    cat = catalogue(y)
    picked = {
        "killed": next(m for m in cat.unique() if m.operator == "parameter_plus" and m.parameter == "proeveydelse.sats"),
        "witness": _one(cat, "regel_fra", "if indtaegt < 100:"),
        "unreached": _one(cat, "regel_fra", "if day.year >= 2030:"),
        "equivalent": next(m for m in cat.unique() if m.operator == "fortolkning"),
    }
    out = run_mutants(y, list(picked.values()), settings, reach=measure_reach(y, settings))
    return cat, {k: m.id for k, m in picked.items()}, out, settings


def _fresh(out: dict[str, Outcome]) -> dict[str, Outcome]:
    return {k: Outcome(**o.to_dict()) for k, o in out.items()}


def test_a_claim_counts_only_where_nothing_contradicts_it(measured):
    cat, ids, out, settings = measured
    outcomes = _fresh(out)
    assert outcomes[ids["unreached"]].status == OVERLEVER and outcomes[ids["unreached"]].bulk["naaet"] is False
    reg = equivalence.Register(paastande=[
        _claim("AEK-PRV-2030", [ids["unreached"]]),
        _claim("AEK-PRV-FORKERT-VIDNE", [ids["witness"]]),
        _claim("AEK-PRV-FORKERT-FANGET", [ids["killed"]]),
        _claim("AEK-PRV-BEKRAEFTET", [ids["equivalent"]]),
        _claim("AEK-PRV-FORAELDET", ["PRV-M-00000000"]),
    ])
    selected = {m.id: m.samme_som or m.id for m in cat.mutants if m.id in ids.values()}
    v = equivalence.apply(reg, {m.id for m in cat.mutants}, selected, outcomes)

    assert v.anvendt == {ids["unreached"]: "AEK-PRV-2030"}
    o = outcomes[ids["unreached"]]
    assert o.status == AEKVIVALENT and o.stadie == equivalence.VIA_REGISTER and o.paastand == "AEK-PRV-2030"
    assert "AEK-PRV-2030" in o.besked and "Test" in o.besked
    assert v.bekraeftet == {ids["equivalent"]: "AEK-PRV-BEKRAEFTET"}
    refused = {a["paastand"]: a["grund"] for a in v.afvist}
    assert set(refused) == {"AEK-PRV-FORKERT-VIDNE", "AEK-PRV-FORKERT-FANGET", "AEK-PRV-FORAELDET"}
    assert "stikprøven fandt sager" in refused["AEK-PRV-FORKERT-VIDNE"]
    assert "PRV-002-001" in refused["AEK-PRV-FORKERT-FANGET"]
    assert "findes ikke i kataloget" in refused["AEK-PRV-FORAELDET"]
    assert outcomes[ids["witness"]].status == OVERLEVER and outcomes[ids["killed"]].status == DRAEBT_SCENARIER

    # the report counts it equivalent, apart from the sample's, and says why
    sec = section(cat, outcomes | {m.id: outcomes.get(m.samme_som or m.id) or Outcome(m.id, AEKVIVALENT, "katalog")
                                   for m in cat.mutants}, settings, {}, 1.0, settings.golden_dir)
    sec["aekvivalensregister"] = v.to_dict()
    assert sec["juridisk"]["aekvivalente_ved_register"] == 1
    entry = next(e for e in sec["aekvivalente"] if e["id"] == ids["unreached"])
    assert entry["bevis"]["paastand"] == "AEK-PRV-2030" and WHY.strip()[:40] in entry["bevis"]["besked"]
    text = markdown({"proeveydelse": sec})
    assert "1 af dem ved en gennemgået påstand" in headline("proeveydelse", sec)
    assert "**afvist** AEK-PRV-FORKERT-VIDNE" in text and "AEK-PRV-2030" in text


def test_a_claim_needs_a_sample_and_its_analogues_shown_equivalent(measured):
    cat, ids, out, _ = measured
    known = {m.id for m in cat.mutants}
    selected = {i: i for i in ids.values()}
    # the analogue (the witness mutant) is not equivalent on the sample: the claim is not corroborated
    outcomes = _fresh(out)
    v = equivalence.apply(equivalence.Register(paastande=[_claim("AEK-PRV-2030", [ids["unreached"]], [ids["witness"]])]),
                          known, selected, outcomes)
    assert not v.anvendt and "analoge" in v.afvist[0]["grund"] and outcomes[ids["unreached"]].status == OVERLEVER
    # an analogue the sample shows equivalent corroborates it
    outcomes = _fresh(out)
    v = equivalence.apply(equivalence.Register(paastande=[_claim("AEK-PRV-2030", [ids["unreached"]],
                                                                 [ids["equivalent"]])]), known, selected, outcomes)
    assert v.anvendt == {ids["unreached"]: "AEK-PRV-2030"}
    # without a bulk stage the claim is not tried
    outcomes = _fresh(out)
    outcomes[ids["unreached"]].bulk = None
    v = equivalence.apply(equivalence.Register(paastande=[_claim("AEK-PRV-2030", [ids["unreached"]])]), known,
                          selected, outcomes)
    assert not v.anvendt and "ingen stikprøve" in v.afvist[0]["grund"]
    assert tally([m for m in cat.mutants if m.id == ids["unreached"]], outcomes, False)["aekvivalente_ved_register"] == 0


BAD_CLAIM = """\
paastande:
  - id: AEK-X-1
    mutanter: []
    grund: fordi
    begrundelse: kort
    vurderet_af: T
    vurderet: {dato}
"""


def test_a_malformed_register_is_a_clear_error_with_line_and_field(tmp_path):
    (tmp_path / equivalence.FILE).write_text(BAD_CLAIM.format(dato="2026-02-30"), encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        equivalence.load(tmp_path)
    text = str(exc.value)
    assert equivalence.FILE in text
    assert "date" in text or "2026-02-30" in text          # a date that does not exist is named at its line
    (tmp_path / equivalence.FILE).write_text(BAD_CLAIM.format(dato="2026-02-03"), encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        equivalence.load(tmp_path)
    problems = "\n".join(exc.value.problems)
    assert "line 3, paastande[0].mutanter" in problems and "line 4, paastande[0].grund" in problems
    assert "paastande[0].begrundelse" in problems and "line 6, paastande[0].vurderet_af" in problems
    assert equivalence.load(tmp_path / "nowhere").paastande == []


def test_a_mutant_claimed_twice_is_refused(tmp_path):
    (tmp_path / equivalence.FILE).write_text(textwrap.dedent(f"""\
        paastande:
          - {{id: AEK-X-1, mutanter: [M-1], grund: ulaest, begrundelse: "{WHY}", vurderet_af: Test, vurderet: 2026-02-03}}
          - {{id: AEK-X-2, mutanter: [M-1], grund: ulaest, begrundelse: "{WHY}", vurderet_af: Test, vurderet: 2026-02-03}}
        """), encoding="utf-8")
    with pytest.raises(ConfigError, match="M-1 is claimed already by AEK-X-1"):
        equivalence.load(tmp_path)


@pytest.mark.parametrize("navn", ["sygedagpenge", "kontanthjaelp"])
def test_the_bundled_registers_load_and_name_mutants_the_catalogue_makes(navn):
    from harness.contract.ydelse import find
    y = find(navn)
    reg = equivalence.load(y.folder)
    assert reg.paastande
    known = {m.id for m in catalogue(y).mutants}
    named = {i for c in reg.paastande for i in c.mutanter + c.analoge}
    assert named <= known, sorted(named - known)


def test_reach_is_traced_behind_warm_memos():
    """A memoised rule answered from the untraced lean decision runs no line: the trace empties the memos first, so
    the body of sygedagpenge's `_ubetalte_i_aar` (lru_cache, § 53 a) is reached on a sample that pays weeks."""
    import inspect

    from harness.contract.ydelse import find
    y = find("sygedagpenge")
    from harness.ydelser.sygedagpenge.reference import udbetaling
    fn = udbetaling._ubetalte_i_aar.__wrapped__
    lines, first = inspect.getsourcelines(fn)
    body = set(range(first + 1, first + len(lines)))
    udbetaling._ubetalte_i_aar(2025)              # warm, as the lean decision of every sampled case leaves it
    reach = measure_reach(y, Settings(bulk=60, seed=5))
    assert body & reach.lines["reference/udbetaling.py"], sorted(reach.lines["reference/udbetaling.py"])[:20]
