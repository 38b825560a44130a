"""Rule-boundary tests; every expected amount is worked out by hand from the cited parameter values.

Parameter status is noted where a value is UNCONFIRMED (see harness/ydelser/kontanthjaelp/KILDER.md): the
arithmetic is then right for the value used, and the value itself awaits an official source.
"""
from __future__ import annotations

import pytest

from harness.reference import CaseError, OutOfScope, calculate

from .sager import maaned, md, person, sag, udbetalt

VOKSEN = person("1980-05-05")          # fyldt 30 in every month tested
UNG25 = person("1999-03-10")           # 25-26 år in 2025


# --- § 31: hourly disregard, at most 160 hours (2022: 28,66 kr./time, confirmed) ----------------------------

@pytest.mark.parametrize("timer, forventet", [
    ("159", "6272.94"),   # 11.716 - (10.000 - 159 x 28,66 = 10.000 - 4.556,94 = 5.443,06) = 6.272,94
    ("160", "6301.60"),   # 11.716 - (10.000 - 160 x 28,66 = 10.000 - 4.585,60 = 5.414,40) = 6.301,60
    ("161", "6301.60"),   # 161 hours: still only 160 x 28,66 disregarded -> as 160
])
def test_31_timefradrag_160_timer(timer, forventet):
    d = calculate(sag([md("2022-03", ansoeger={"arbejdstimer": timer, "arbejdsindtaegt": "10000.00"})]))
    assert udbetalt(d, "2022-03") == forventet


def test_31_indtaegt_under_bortseelse_giver_intet_fradrag():
    # 10 hours x 28,66 = 286,60 disregarded; income 200,00 < 286,60 -> fradrag 0, full 11.716
    d = calculate(sag([md("2022-03", ansoeger={"arbejdstimer": "10", "arbejdsindtaegt": "200.00"})]))
    assert udbetalt(d, "2022-03") == "11716.00"
    assert maaned(d, "2022-03")["personer"][0]["fradrag"][0]["beloeb"] == "0.00"


def test_anden_indtaegt_krone_for_krone():
    # 2023 fyldt 30 andre 11.944 (confirmed) - anden indtægt 1.234,56 = 10.709,44
    d = calculate(sag([md("2023-04", ansoeger={"anden_indtaegt": "1234.56"})]))
    assert udbetalt(d, "2023-04") == "10709.44"


# --- satser before 1 July 2025 ---------------------------------------------------------------------------

@pytest.mark.parametrize("foedt, boern, hjemme, kategori, beloeb", [
    ("1980-05-05", [], False, "fyldt30_andre", "11944.00"),
    ("1980-05-05", ["2015-01-01"], False, "fyldt30_forsoerger", "15874.00"),
    ("1998-05-05", [], False, "u30_udeboende", "7699.00"),
    ("1998-05-05", [], True, "u30_hjemmeboende", "3715.00"),
    ("1998-05-05", ["2020-01-01"], False, "u30_forsoerger_uden_ekstra_boernetilskud", "10615.00"),
])
def test_satser_2023(foedt, boern, hjemme, kategori, beloeb):
    # bm.dk satser 2023 (confirmed)
    a = person(foedt, hjemmeboende=hjemme) if hjemme else person(foedt)
    d = calculate(sag([md("2023-06")], ansoeger=a, boern=boern))
    s = maaned(d, "2023-06")["personer"][0]["sats"]
    assert (s["kategori"], s["beloeb"]) == (kategori, beloeb)


def test_u30_enlig_forsoerger_med_ekstra_boernetilskud():
    d = calculate(sag([md("2023-06")], ansoeger=person("1998-05-05"), boern=["2020-01-01"], ekstra_boernetilskud=True))
    assert maaned(d, "2023-06")["personer"][0]["sats"]["beloeb"] == "15172.00"


def test_fylder_30_satsen_skifter_maaneden_efter():
    # born 1993-03-15: 30 on 2023-03-15 -> March still u30 (7.699), April fyldt 30 (11.944) (FT-KH-ALDER)
    d = calculate(sag([md("2023-03"), md("2023-04")], ansoeger=person("1993-03-15")))
    assert [udbetalt(d, "2023-03"), udbetalt(d, "2023-04")] == ["7699.00", "11944.00"]


def test_barn_fylder_18_ikke_laengere_forsoerger():
    # child born 2005-06-10 is 18 on 1 July 2023 -> June forsørger 15.874, July andre 11.944
    d = calculate(sag([md("2023-06"), md("2023-07")], boern=["2005-06-10"]))
    assert [udbetalt(d, "2023-06"), udbetalt(d, "2023-07")] == ["15874.00", "11944.00"]


def test_barn_foedt_i_maaneden_taeller_fra_naeste_maaned():
    # born 2023-06-10: June andre 11.944, July forsørger 15.874
    d = calculate(sag([md("2023-06"), md("2023-07")], boern=["2023-06-10"]))
    assert [udbetalt(d, "2023-06"), udbetalt(d, "2023-07")] == ["11944.00", "15874.00"]


# --- formue (§ 14) -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("formue, forventet", [
    ("10000.00", "11944.00"),   # at the limit: nothing deducted
    ("10001.00", "11943.00"),   # 1 kr. above: 1 kr. deducted
])
def test_formue_graense_enlig(formue, forventet):
    d = calculate(sag([md("2023-05")], ansoeger=person("1980-05-05", formue=formue)))
    assert udbetalt(d, "2023-05") == forventet


@pytest.mark.parametrize("formue_b, forventet", [
    ("15500.00", "24996.00"),   # 15.500 + 15.500 = 31.000 = the joint limit (UNCONFIRMED): 2 x forhøjet 12.498 = 24.996
    ("15501.00", "24995.00"),   # 1 kr. above: 24.996 - 1 = 24.995
])
def test_formue_graense_aegtefaeller_fra_juli_2025(formue_b, forventet):
    # gift, both 45, no children, both on forhøjet sats 12.498 (DERIVED, UNCONFIRMED); gifte get no tillæg til enlige
    d = calculate(sag([md("2025-09")], forhold="gift", ansoeger=person("1980-01-01", formue="15500.00"),
                      aegtefaelle=person("1980-02-02", formue=formue_b)))
    assert udbetalt(d, "2025-09") == forventet


# --- ægtefællers gensidige forsørgelsespligt --------------------------------------------------------------

def test_aegtefaelles_indtaegt_nedsaetter_ansoegerens_hjaelp():
    # 2022, both fyldt 30, no children: 11.716 each (indirect OFF).
    # Spouse: 160 h, 20.000 kr.: fradrag 20.000 - 160 x 28,66 (4.585,60) = 15.414,40; own hjælp 11.716 - 15.414,40 = -3.698,40
    # Ansøger: 11.716 - 3.698,40 = 8.017,60; spouse 0. Total 8.017,60
    d = calculate(sag([md("2022-05", aegtefaelle={"arbejdstimer": "160", "arbejdsindtaegt": "20000.00"})],
                      forhold="gift", aegtefaelle=person("1981-01-01")))
    m = maaned(d, "2022-05")
    assert udbetalt(d, "2022-05") == "8017.60"
    ans = m["personer"][0]
    assert {k: ans["fradrag"][-1][k] for k in ("art", "beloeb")} == {"art": "aegtefaelles_indtaegt", "beloeb": "3698.40"}


def test_samlevers_indtaegt_fradrages_ikke():
    d = calculate(sag([md("2022-05", aegtefaelle={"arbejdstimer": "160", "arbejdsindtaegt": "20000.00"})],
                      forhold="samlevende", aegtefaelle=person("1981-01-01", soeger_hjaelp=False)))
    assert udbetalt(d, "2022-05") == "11716.00"


def test_ikke_soegende_aegtefaelles_indtaegt_fradrages():
    # spouse does not apply: 2022, 40 h, 6.000 kr.: 6.000 - 40 x 28,66 (1.146,40) = 4.853,60 -> 11.716 - 4.853,60 = 6.862,40
    d = calculate(sag([md("2022-05", aegtefaelle={"arbejdstimer": "40", "arbejdsindtaegt": "6000.00"})],
                      forhold="gift", aegtefaelle=person("1981-01-01", soeger_hjaelp=False)))
    assert udbetalt(d, "2022-05") == "6862.40"


# --- kontanthjælpsloftet (§ 25 b; 2024 confirmed) -----------------------------------------------------------

def test_loft_nedsaetter_saerlig_stoette_foer_boligstoette():
    # enlig fyldt 30 ikke forsørger: hjælp 12.326, loft § 25 b stk. 1 nr. 5 = 14.909
    # samlet 12.326 + 1.000 + 3.000 = 16.326; overskridelse 1.417 -> særlig støtte -1.000, boligstøtte -417
    d = calculate(sag([md("2024-05", saerlig_stoette="1000.00", boligstoette="3000.00")]))
    m = maaned(d, "2024-05")
    assert m["udbetalt"]["beloeb"] == "12326.00"            # the hjælp itself is not reduced
    assert (m["saerlig_stoette"]["nedsaettelse"], m["saerlig_stoette"]["efter"]) == ("1000.00", "0.00")
    assert (m["boligstoette"]["nedsaettelse"], m["boligstoette"]["efter"]) == ("417.00", "2583.00")
    assert m["personer"][0]["loft"]["overskridelse"] == "1417.00"


def test_loft_lille_overskridelse_kun_saerlig_stoette():
    # samlet 12.326 + 1.000 + 2.000 = 15.326; over 417 -> særlig støtte -417, boligstøtte 0
    d = calculate(sag([md("2024-05", saerlig_stoette="1000.00", boligstoette="2000.00")]))
    m = maaned(d, "2024-05")
    assert (m["saerlig_stoette"]["nedsaettelse"], m["boligstoette"]["nedsaettelse"]) == ("417.00", "0.00")


def test_loft_under_graensen_ingen_nedsaettelse():
    # 12.326 + 0 + 2.583 = 14.909 = loft exactly -> nothing
    d = calculate(sag([md("2024-05", boligstoette="2583.00")]))
    assert maaned(d, "2024-05")["boligstoette"]["nedsaettelse"] == "0.00"


def test_loft_gaelder_ikke_fra_juli_2025():
    d = calculate(sag([md("2025-08", saerlig_stoette="1000.00", boligstoette="5000.00")]))
    m = maaned(d, "2025-08")
    assert m["boligstoette"]["nedsaettelse"] == "0.00" and m["personer"][0]["loft"] is None


# --- a case spanning 1 July 2025 ---------------------------------------------------------------------------

def test_sag_over_reformen_beregnes_efter_hver_sin_lov():
    # June 2025: § 25, stk. 2, nr. 2 = 12.770 (DERIVED, UNCONFIRMED)
    # July 2025: § 16 forhøjet 12.498 (DERIVED, UNCONFIRMED) + § 18 tillæg til enlige 1.092 (kalundborg.dk) = 13.590
    d = calculate(sag([md("2025-06"), md("2025-07")]))
    assert [(m["maaned"], m["lov"], m["udbetalt"]["beloeb"]) for m in d["maaneder"]] == [
        ("2025-06", "foer_2025_07", "12770.00"), ("2025-07", "fra_2025_07", "13590.00")]


# --- the new fradrag from 1 July 2025 ------------------------------------------------------------------------

@pytest.mark.parametrize("indtaegt, forventet", [
    ("2590.00", "13590.00"),    # at the fribeløb 2.590 (DERIVED): nothing deducted
    ("2591.00", "13589.35"),    # 1 kr. above: 0,65 deducted
    ("10000.00", "8773.50"),    # 13.590 - 0,65 x 7.410 (4.816,50) = 8.773,50; 10.000 + 8.773,50 < 21.092
    ("18000.00", "3092.00"),    # 65 %: 13.590 - 0,65 x 15.410 = 3.573,50; ceiling 100 % x 21.092 - 18.000 = 3.092 -> 3.092
    ("21092.00", "0.00"),
])
def test_nyt_fradrag_forhoejet_sats(indtaegt, forventet):
    d = calculate(sag([md("2025-08", ansoeger={"arbejdsindtaegt": indtaegt})]))
    assert udbetalt(d, "2025-08") == forventet


@pytest.mark.parametrize("indtaegt, forventet", [
    ("10000.00", "5164.00"),
    ("13000.00", "3214.00"),
    ("16000.00", "1264.00"),
    ("17500.00", "289.00"),
    ("17900.00", "28.20"),     # 65 %: 8.297 - 0,65 x 12.720 (8.268) = 29; ceiling 17.928,20 - 17.900 = 28,20 -> 28,20
])
def test_nyt_fradrag_grundsats_85_procent_loft(indtaegt, forventet):
    # 25 år, no 2½ years: grundsats 7.205 + tillæg til enlige 1.092 = 8.297 (DERIVED/confirmed)
    # income 10.000: 0,65 x (10.000 - 5.180) = 3.133 -> 5.164; 10.000 + 5.164 = 15.164 < 85 % x 21.092 = 17.928,20
    # income 13.000: 65 % gives 8.297 - 0,65 x 7.820 (5.083) = 3.214; ceiling 17.928,20 - 13.000 = 4.928,20 -> 3.214
    # income 16.000: 65 % gives 8.297 - 7.033 = 1.264; ceiling 1.928,20 -> 1.264
    # income 17.500: 65 % gives 8.297 - 8.008 = 289; ceiling 428,20 -> 289
    d = calculate(sag([md("2025-08", ansoeger={"arbejdsindtaegt": indtaegt})], ansoeger=UNG25))
    assert udbetalt(d, "2025-08") == forventet
    assert maaned(d, "2025-08")["personer"][0]["sats"]["kategori"] == "grundsats"


def test_nyt_fradrag_krone_for_krone_over_loftet_grundsats_med_tillaeg():
    # grundsats 7.205 + børnetillæg 2.784 + enlig forsørger 1.638 + ungetillæg (forsørger) 2.590 = 14.217
    # income 12.000: 65 % -> 14.217 - 0,65 x 6.820 (4.433) = 9.784; 12.000 + 9.784 = 21.784 > 17.928,20
    # -> krone for krone: 17.928,20 - 12.000 = 5.928,20
    d = calculate(sag([md("2025-08", ansoeger={"arbejdsindtaegt": "12000.00"})],
                      ansoeger=person("1999-03-10", aktivitetsparat=True), boern=["2020-01-01"], ekstra_boernetilskud=True))
    m = maaned(d, "2025-08")
    assert sorted(t["art"] for t in m["personer"][0]["tillaeg"]) == ["boernetillaeg", "saerligt_ungetillaeg",
                                                                     "tillaeg_enlig_forsoerger"]
    assert udbetalt(d, "2025-08") == "5928.20"


def test_mindstesats():
    # not meeting opholds-/beskæftigelseskrav: mindstesats 6.789 (DERIVED); no tillæg til enlige on mindstesats
    d = calculate(sag([md("2025-09")], ansoeger=person("1980-01-01", opfylder_opholds_og_beskaeftigelseskrav=False)))
    assert udbetalt(d, "2025-09") == "6789.00"


def test_hjemmeboende_ny_lov_er_uden_for_omraadet():
    with pytest.raises(OutOfScope):
        calculate(sag([md("2025-09")], ansoeger=person("2004-01-01", hjemmeboende=True)))


# --- 225-timersreglen and procedure ---------------------------------------------------------------------------

def _historik_12_mdr_uden_timer():
    return [{"maaned": f"{2023 if k < 10 else 2024}-{(k + 2) % 12 + 1:02d}", "timer": "0", "paa_hjaelp": True}
            for k in range(12)]          # 2023-03 .. 2024-02


def _sag_225(haendelser=()):
    return sag([md("2024-03"), md("2024-04"), md("2024-05")],
               ansoeger=person("1980-05-05", historik=_historik_12_mdr_uden_timer()), haendelser=haendelser)


def test_225_uden_afgoerelse_udbetales_uændret():
    # 12 months on hjælp in 2023-03..2024-02 and 0 hours: the law calls for 1.125 kr. (DERIVED) less from 2024-03,
    # but with no afgørelse the reference pays 12.326 and records why
    d = calculate(_sag_225())
    assert [m["udbetalt"]["beloeb"] for m in d["maaneder"]] == ["12326.00"] * 3
    red = maaned(d, "2024-03")["personer"][0]["reduktion"]
    assert (red["art"], red["beloeb"], red["anvendt"], red["tidligst_fra"]) == ("nedsaettelse_225", "1125.00", False, None)
    [krav] = d["afgoerelseskrav"]
    assert (krav["lovens_virkning"], krav["hjemlet"], krav["note"]) == ("2024-03-01", False, "reduktion ikke hjemlet uden afgørelse")


def test_225_med_afgoerelse_nedsaetter_fra_maaneden_efter():
    # afgørelse with begrundelse 2024-03-15 -> earliest effect 2024-04-01: March 12.326, April and May 12.326 - 1.125 = 11.201
    d = calculate(_sag_225([{"dato": "2024-03-15", "type": "afgoerelse", "vedroerer": "timeregel_225",
                             "begrundelse": "Ikke 225 timers arbejde inden for 12 måneder"}]))
    assert [m["udbetalt"]["beloeb"] for m in d["maaneder"]] == ["12326.00", "11201.00", "11201.00"]
    [krav] = d["afgoerelseskrav"]
    assert (krav["afgoerelse"], krav["tidligst_virkning"], krav["hjemlet"]) == ("2024-03-15", "2024-04-01", True)


def test_225_afgoerelse_uden_begrundelse_er_ikke_hjemmel():
    d = calculate(_sag_225([{"dato": "2024-02-10", "type": "afgoerelse", "vedroerer": "timeregel_225"}]))
    assert [m["udbetalt"]["beloeb"] for m in d["maaneder"]] == ["12326.00"] * 3
    assert "uden begrundelse" in d["afgoerelseskrav"][0]["note"]


def test_225_fritaget_person():
    a = person("1980-05-05", historik=_historik_12_mdr_uden_timer(), fritaget_225_timersregel=True)
    d = calculate(sag([md("2024-03")], ansoeger=a,
                      haendelser=[{"dato": "2024-01-05", "type": "afgoerelse", "vedroerer": "timeregel_225", "begrundelse": "x"}]))
    p = maaned(d, "2024-03")["personer"][0]
    assert p["timeregel_225"]["krav_gaelder"] is False and p["reduktion"] is None and udbetalt(d, "2024-03") == "12326.00"


def test_225_opfyldt_med_225_timer():
    hist = _historik_12_mdr_uden_timer()
    hist[-1]["timer"] = "225"          # 225 hours in 2024-02 -> requirement met in March
    d = calculate(sag([md("2024-03")], ansoeger=person("1980-05-05", historik=hist),
                      haendelser=[{"dato": "2024-01-05", "type": "afgoerelse", "vedroerer": "timeregel_225", "begrundelse": "x"}]))
    p = maaned(d, "2024-03")["personer"][0]
    assert p["timeregel_225"]["opfyldt"] and p["reduktion"] is None and udbetalt(d, "2024-03") == "12326.00"


def test_225_224_timer_er_ikke_nok_lav_sats():
    # u30 udeboende (7.945 in 2024, UNCONFIRMED) -> the lower reduction 561 (DERIVED): 7.945 - 561 = 7.384
    hist = _historik_12_mdr_uden_timer()
    hist[-1]["timer"] = "224.75"
    d = calculate(sag([md("2024-03")], ansoeger=person("1998-05-05", historik=hist),
                      haendelser=[{"dato": "2024-01-05", "type": "afgoerelse", "vedroerer": "timeregel_225", "begrundelse": "x"}]))
    assert udbetalt(d, "2024-03") == "7384.00"


def test_225_aegtepar_bortfald_og_saerlig_stoette():
    # gift, both 2023 fyldt 30 andre 11.944, særlig støtte 800; the ægtefælle has 0 hours, the ansøger 300 hours.
    # With an afgørelse for the ægtefælle dated 2023-12-20 -> from 2024-01 the ægtefælle's hjælp (12.326) lapses
    # and særlig støtte lapses: udbetalt 12.326 (ansøger only), særlig støtte 0
    hist_a = [dict(h, timer="25") for h in _historik_12_mdr_uden_timer()]      # 12 x 25 = 300 hours
    hist_b = _historik_12_mdr_uden_timer()
    for h in hist_a + hist_b:
        h["maaned"] = f"{int(h['maaned'][:4]) - 1}-{h['maaned'][5:]}"            # 2022-03 .. 2023-02
    c = sag([md("2023-03", saerlig_stoette="800.00")], forhold="gift",
            ansoeger=person("1980-05-05", historik=hist_a), aegtefaelle=person("1981-05-05", historik=hist_b),
            haendelser=[{"dato": "2023-02-20", "type": "afgoerelse", "vedroerer": "bortfald", "person": "aegtefaelle",
                         "begrundelse": "Ikke 225 timer"}])
    d = calculate(c)
    m = maaned(d, "2023-03")
    ae = m["personer"][1]
    assert (ae["reduktion"]["art"], ae["reduktion"]["anvendt"], ae["hjaelp"]["beloeb"]) == ("bortfald_225", True, "0.00")
    assert udbetalt(d, "2023-03") == "11944.00"
    assert m["saerlig_stoette"]["efter"] == "0.00"


def test_225_gaelder_ikke_fra_juli_2025():
    hist = [{"maaned": f"2024-{k:02d}", "timer": "0", "paa_hjaelp": True} for k in range(7, 13)] + \
           [{"maaned": f"2025-{k:02d}", "timer": "0", "paa_hjaelp": True} for k in range(1, 7)]
    d = calculate(sag([md("2025-07")], ansoeger=person("1980-05-05", historik=hist)))
    p = maaned(d, "2025-07")["personer"][0]
    assert p["timeregel_225"] is None and p["reduktion"] is None and d["afgoerelseskrav"] == []


# --- ansøgning, scope and bad input ------------------------------------------------------------------------

def test_ansoegning_midt_i_maaneden_forholdsmaessig():
    # ansøgning 2023-03-17: February none; March 11.944 x 15/31 = 5.779,354.. -> 5.779,35
    d = calculate(sag([md("2023-02"), md("2023-03")], haendelser=[{"dato": "2023-03-17", "type": "ansoegning"}]))
    assert [udbetalt(d, "2023-02"), udbetalt(d, "2023-03")] == ["0.00", "5779.35"]
    assert maaned(d, "2023-02")["ret"]["aarsager"] == ["FOER_ANSOEGNING"]
    # the person's hjælp is what is granted, so the decision adds up (issue 16): 0 before, the share in March
    assert [maaned(d, m)["personer"][0]["hjaelp"]["beloeb"] for m in ("2023-02", "2023-03")] == ["0.00", "5779.35"]


def test_ansoegning_aegtepar_hver_persons_andel_og_formue_bagefter():
    # gift, both fyldt 30 (2024: 12.326 each), joint formue 20.500 (limit 20.000: 500 over). Ansøgning 2024-04-16:
    # 15 of 30 days -> each 12.326 x 15/30 = 6.163,00; paid 2 x 6.163 - 500 = 11.826,00 (FT-KH-ANSOEGNING, FT-KH-FORMUE)
    d = calculate(sag([md("2024-04")], forhold="gift", ansoeger=person("1980-05-05", formue="20500.00"),
                      aegtefaelle=person("1982-01-01"), haendelser=[{"dato": "2024-04-16", "type": "ansoegning"}]))
    m = maaned(d, "2024-04")
    assert [p["hjaelp"]["beloeb"] for p in m["personer"]] == ["6163.00", "6163.00"]
    assert (m["formue"]["fradrag"], m["udbetalt"]["beloeb"]) == ("500.00", "11826.00")


# --- § 31, stk. 3: income without a fixed working time (issue 16) ---------------------------------------------

def test_indtaegt_uden_timer_omregnes_med_hoej_omregningssats():
    # 2023: 8.000 / 268,63 = 29,78 hours (29,7807..); 29,78 x 29,22 (UNCONFIRMED) = 870,17 (870,1716);
    # fradrag 8.000 - 870,17 = 7.129,83; hjælp 11.944 - 7.129,83 = 4.814,17
    d = calculate(sag([md("2023-05", ansoeger={"arbejdsindtaegt": "8000.00"})], ansoeger=VOKSEN))
    assert udbetalt(d, "2023-05") == "4814.17"
    trin = {t["regel"]: t for t in d["begrundelse"]}
    assert trin["KH-OMREGNING"]["resultat"] == {"omregningssats": "268.63", "timer": "29.78"}
    assert trin["KH-OMREGNING"]["fortolkninger"] == ["FT-KH-OMREGNING"]


def test_indtaegt_uden_timer_hoejst_160_timer():
    # 2022: 45.000 / 259,80 = 173,21 hours -> at most 160: disregard 160 x 28,66 = 4.585,60; fradrag 40.414,40 > 11.716
    d = calculate(sag([md("2022-05", ansoeger={"arbejdsindtaegt": "45000.00"})], ansoeger=VOKSEN))
    assert udbetalt(d, "2022-05") == "0.00"
    p = maaned(d, "2022-05")["personer"][0]
    assert p["fradrag"][0]["beloeb"] == "40414.40"


def test_angivne_nul_timer_omregnes_ikke():
    # hours given as 0: the case says so, and no disregard applies (2022: 11.716 - 1.000 = 10.716)
    d = calculate(sag([md("2022-05", ansoeger={"arbejdstimer": "0", "arbejdsindtaegt": "1000.00"})], ansoeger=VOKSEN))
    assert udbetalt(d, "2022-05") == "10716.00"
    assert "KH-OMREGNING" not in {t["regel"] for t in d["begrundelse"]}


def test_indtaegt_uden_timer_efter_reformen_bruger_ingen_timer():
    # from 1.7.2025 the fradrag has no hourly element: no omregning step
    d = calculate(sag([md("2025-08", ansoeger={"arbejdsindtaegt": "3000.00"})], ansoeger=VOKSEN))
    assert "KH-OMREGNING" not in {t["regel"] for t in d["begrundelse"]}


# --- § 25 b: the boligstøtte is split between all adults in the dwelling (issue 16) ----------------------------

def test_boligstoette_deles_med_alle_voksne_i_boligen():
    # 2024 enlig over 30, boligstøtte 6.000, 3 adults: share 2.000; 12.326 + 2.000 = 14.326 < 14.909 -> none.
    # Alone: 12.326 + 6.000 - 14.909 = 3.417 cut.
    d3 = calculate(sag([md("2024-05", boligstoette="6000.00", voksne_i_boligen=3)], ansoeger=VOKSEN))
    d1 = calculate(sag([md("2024-05", boligstoette="6000.00")], ansoeger=VOKSEN))
    assert maaned(d3, "2024-05")["boligstoette"]["nedsaettelse"] == "0.00"
    assert maaned(d1, "2024-05")["boligstoette"]["nedsaettelse"] == "3417.00"


def test_saerlig_stoette_deles_ikke_med_andre_voksne():
    # særlig støtte is the persons' own (§ 34): 2024 enlig, særlig støtte 3.000, 3 adults: 12.326 + 3.000 - 14.909 = 417
    d = calculate(sag([md("2024-05", saerlig_stoette="3000.00", voksne_i_boligen=3)], ansoeger=VOKSEN))
    assert maaned(d, "2024-05")["saerlig_stoette"]["nedsaettelse"] == "417.00"


def test_faerre_voksne_end_sagens_personer_er_fejl():
    with pytest.raises(CaseError) as e:
        calculate(sag([md("2024-05", voksne_i_boligen=1)], forhold="samlevende", aegtefaelle=person("1981-01-01")))
    assert e.value.problems[0][0] == "maaneder/0/voksne_i_boligen"


def test_satser_2022_bekraeftet_u30_forsoerger_uden_ekstra_boernetilskud():
    # bm.dk 2022 (verbatim copy): § 25, stk. 3, nr. 2 = 10.412 kr. (the earlier DERIVED 10.411 was 1 kr. low)
    d = calculate(sag([md("2022-03")], ansoeger=person("1997-01-01"), boern=["2019-01-01"]))
    assert udbetalt(d, "2022-03") == "10412.00"


@pytest.mark.parametrize("mnd", ["2020-12", "2027-01"])
def test_maaneder_uden_parametre_er_uden_for_omraadet(mnd):
    with pytest.raises(OutOfScope):
        calculate(sag([md(mnd)]))


def test_gift_uden_aegtefaelle_er_fejl():
    with pytest.raises(CaseError) as e:
        calculate(sag([md("2023-01")], forhold="gift"))
    assert "aegtefaelle" in str(e.value)


def test_beloeb_skal_have_to_decimaler():
    with pytest.raises(CaseError) as e:
        calculate(sag([md("2023-01", ansoeger={"arbejdsindtaegt": "100"})]))
    assert e.value.problems[0][0] == "maaneder/0/ansoeger/arbejdsindtaegt"


def test_samme_maaned_to_gange_er_fejl():
    with pytest.raises(CaseError):
        calculate(sag([md("2023-01"), md("2023-01")]))


# --- couples and later years ---------------------------------------------------------------------------------

def test_loft_aegtepar_deler_stoetten_ligeligt():
    # 2024 gift, both fyldt 30, one child: each 16.382; loft § 25 b, stk. 1, nr. 1 = 16.382 (confirmed).
    # Shares: særlig støtte 2.000/2 = 1.000, boligstøtte 4.000/2 = 2.000 -> each over by 3.000:
    # særlig støtte -1.000 each, boligstøtte -2.000 each -> all støtte gone; hjælp 2 x 16.382 = 32.764 untouched
    d = calculate(sag([md("2024-09", saerlig_stoette="2000.00", boligstoette="4000.00")], forhold="gift",
                      aegtefaelle=person("1982-01-01"), boern=["2016-01-01"]))
    m = maaned(d, "2024-09")
    assert (m["udbetalt"]["beloeb"], m["saerlig_stoette"]["efter"], m["boligstoette"]["efter"]) == ("32764.00", "0.00", "0.00")


def test_nyt_fradrag_aegtepar_hver_sit_fribeloeb():
    # 2025-08 gift, both 45: forhøjet 12.498 each (no tillæg til enlige).
    # Ansøger earns 5.000: 0,65 x (5.000 - 2.590) = 1.566,50 -> 10.931,50; ægtefælle 12.498 -> 23.429,50
    d = calculate(sag([md("2025-08", ansoeger={"arbejdsindtaegt": "5000.00"})], forhold="gift",
                      aegtefaelle=person("1980-02-02")))
    assert udbetalt(d, "2025-08") == "23429.50"


@pytest.mark.parametrize("loen, forventet", [
    ("10000.00", "7681.50"),    # 12.498 - 0,65 x (10.000 - 2.590) = 12.498 - 4.816,50
    ("25000.00", "0.00"),       # 0,65 x 22.410 = 14.566,50 > 12.498
])
def test_nyt_fradrag_ikke_soegende_aegtefaelle(loen, forventet):
    d = calculate(sag([md("2025-08", aegtefaelle={"arbejdsindtaegt": loen})], forhold="gift",
                      aegtefaelle=person("1980-02-02", soeger_hjaelp=False)))
    assert udbetalt(d, "2025-08") == forventet


def test_2026_maaned():
    # 2026, enlig 45 (FT-KH-SATSREGULERING: 2025 x 22.041/21.092): forhøjet 12.498 -> 13.060,33 -> 13.060 + tillæg til
    # enlige 1.092 -> 1.141,13 -> 1.141 = 14.201 (both DERIVED, UNCONFIRMED)
    d = calculate(sag([md("2026-03")]))
    assert udbetalt(d, "2026-03") == "14201.00"


def test_reference_dispatch_via_ydelse():
    from harness.reference import calculate as dispatch
    assert dispatch(sag([md("2023-01")]))["ydelse"] == "kontanthjaelp"


# --- uddannelseshjælp (§§ 23-24), before 1 July 2025 (issue 16) -----------------------------------------------

UH23 = person("2000-01-15", erhvervskompetencegivende_uddannelse=False)   # 23 in 2023


def test_uddannelseshjaelp_udeboende_under_25():
    d = calculate(sag([md("2023-02")], ansoeger=UH23))
    assert udbetalt(d, "2023-02") == "6545.00"                  # § 23, stk. 2, nr. 8 (bm.dk 2023)
    assert maaned(d, "2023-02")["personer"][0]["sats"]["kategori"] == "uh_udeboende"


def test_med_uddannelse_er_det_kontanthjaelp_under_30():
    d = calculate(sag([md("2023-02")], ansoeger=person("2000-01-15")))
    assert udbetalt(d, "2023-02") == "7699.00"                  # § 25, stk. 3, nr. 8


def test_aktivitetstillaeg_kraever_3_maaneder_paa_hjaelp():
    hist = [{"maaned": m, "timer": "0", "paa_hjaelp": True} for m in ("2022-11", "2022-12")]
    a = person("2000-01-15", erhvervskompetencegivende_uddannelse=False, aktivitetsparat=True, historik=hist)
    d = calculate(sag([md("2023-01"), md("2023-02")], ansoeger=a))
    # January: only 2 of the 3 months before on hjælp -> 6.545; February: Nov, Dec, Jan -> 6.545 + 1.154 = 7.699
    assert [udbetalt(d, "2023-01"), udbetalt(d, "2023-02")] == ["6545.00", "7699.00"]


def test_ingen_aktivitetstillaeg_paa_kontanthjaelp_efter_denne_regel():
    # the § 24 tillæg belongs to uddannelseshjælp; kontanthjælp's own (§ 25, stk. 9) is outside the scope
    a = person("2000-01-15", aktivitetsparat=True, aktivitetstillaeg_straks=True)
    assert udbetalt(calculate(sag([md("2023-02")], ansoeger=a)), "2023-02") == "7699.00"


def test_psykisk_syg_forsoerger_faar_det_hoejeste():
    # forsørger, psykisk lidelse: nr. 2 (9.161) and nr. 4 (15.874) both fit -> the higher, nr. 4 (FT-KH-KATEGORI-FOER)
    a = person("2000-01-15", erhvervskompetencegivende_uddannelse=False, psykisk_lidelse=True)
    d = calculate(sag([md("2023-02")], ansoeger=a, boern=["2021-01-01"]))
    assert maaned(d, "2023-02")["personer"][0]["sats"] == {**maaned(d, "2023-02")["personer"][0]["sats"],
                                                           "kategori": "uh_psykisk_syg_forsoerger", "beloeb": "15874.00"}


def test_psykisk_syg_hjemmeboende_faar_hjemmeboendesats():
    # nr. 5 is for those who do not live with their parents
    a = person("2000-01-15", erhvervskompetencegivende_uddannelse=False, psykisk_lidelse=True, hjemmeboende=True)
    assert udbetalt(calculate(sag([md("2023-02")], ansoeger=a)), "2023-02") == "2820.00"


def test_graviditet_slutter_ved_foedslen():
    # passed the 12th week 2023-01-10 -> gravid in February and March; child born 2023-03-20 -> from April a
    # forsørger (enlig, no ekstra børnetilskud: nr. 2, 9.161)
    a = person("2000-01-15", erhvervskompetencegivende_uddannelse=False, gravid_12_uge_fra="2023-01-10")
    d = calculate(sag([md("2023-02"), md("2023-03"), md("2023-04")], ansoeger=a, boern=["2023-03-20"]))
    assert [udbetalt(d, m) for m in ("2023-02", "2023-03", "2023-04")] == ["11944.00", "11944.00", "9161.00"]


def test_uddannelseshjaelp_ophoerer_1_juli_2025():
    # July 2025: grundsats 7.205 (UNCONFIRMED) + tillæg til enlige 1.092 = 8.297
    d = calculate(sag([md("2025-07")], ansoeger=person("2001-01-15", erhvervskompetencegivende_uddannelse=False)))
    assert udbetalt(d, "2025-07") == "8297.00"
    assert maaned(d, "2025-07")["personer"][0]["sats"]["kategori"] == "grundsats"


# --- § 32 feriegodtgørelse (issue 16) -------------------------------------------------------------------------

def test_feriegodtgoerelse_hoejst_hjaelpen_for_dagene():
    # July 2023: 21 weekdays; 23 feriedage is more than the month's weekdays -> at most the whole month's hjælp
    d = calculate(sag([md("2023-07", ansoeger={"feriegodtgoerelse": "20000.00", "feriedage": 23})], ansoeger=VOKSEN))
    assert udbetalt(d, "2023-07") == "0.00"


def test_feriedage_uden_feriegodtgoerelse_er_fejl():
    with pytest.raises(CaseError) as e:
        calculate(sag([md("2023-07", ansoeger={"feriedage": 5})]))
    assert e.value.problems[0][0].startswith("maaneder/0/ansoeger")


# --- changes within a month (issue 16, FT-KH-AENDRING) --------------------------------------------------------

def test_enlig_med_aegtefaelle_uden_aendring_er_fejl():
    with pytest.raises(CaseError):
        calculate(sag([md("2023-01")], aegtefaelle=person("1981-01-01")))


def test_aendring_af_bopael_kraever_person():
    with pytest.raises(CaseError):
        calculate(sag([md("2023-01")], aendringer=[{"dato": "2023-01-10", "type": "bopael", "hjemmeboende": True}]))


def test_samlivsophoer_den_1_gaelder_samme_maaned():
    # gift both 2023, separation on 2023-05-01: May already enlig -> only the ansøger, 11.944
    d = calculate(sag([md("2023-05")], forhold="gift", aegtefaelle=person("1982-01-01"),
                      aendringer=[{"dato": "2023-05-01", "type": "forhold", "forhold": "enlig"}]))
    assert udbetalt(d, "2023-05") == "11944.00" and len(maaned(d, "2023-05")["personer"]) == 1


def test_ny_aegtefaelles_formue_taeller_fra_aegteskabet():
    # enlig, marries 2023-06-20 a spouse (not applying) with formue 25.000: June enlig (own formue 0): 11.944;
    # July gift: joint formue 25.000 - 20.000 = 5.000 deducted: 11.944 - 5.000 = 6.944
    d = calculate(sag([md("2023-06"), md("2023-07")], aegtefaelle=person("1985-01-01", soeger_hjaelp=False, formue="25000.00"),
                      aendringer=[{"dato": "2023-06-20", "type": "forhold", "forhold": "gift"}]))
    assert [udbetalt(d, "2023-06"), udbetalt(d, "2023-07")] == ["11944.00", "6944.00"]
