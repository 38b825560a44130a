# language: da
@akl-14 @alvor:A
Egenskab: Formue (aktivloven § 14)
  Der ses bort fra formue op til 10.000 kr. (ægtefæller 20.000 kr.); fra 1. juli 2025 15.500 kr. (ægtefæller
  31.000 kr.). Formue derover trækkes i månedens hjælp. Faktaark: danish-law.md 2.5 (formue) og KILDER.md.
  Fortolkninger: FT-KH-FORMUE, FT-KH-GENSIDIG (ægtefællers formue under ét), FT-KH-SAMLEVENDE.

  @akl-14-stk-2
  Abstrakt Scenario: Formue ved grænsen og 1 kr. over (enlig, 10.000 kr.)
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har en formue på <formue> kr.
    Når sagen afgøres for 2023-05
    Så udbetales <beløb> kr. for 2023-05
    Og formuefradraget er <fradrag> kr. for 2023-05

    Eksempler:
      | id         | formue    | fradrag | beløb     |
      | KH-014-001 | 10.000,00 | 0,00    | 11.944,00 |
      | KH-014-002 | 10.001,00 | 1,00    | 11.943,00 |

  @id:KH-014-003
  Scenarie: Ægtefællers formue ses under ét (20.000 kr.)
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og ansøgeren har en formue på 12.000,00 kr.
    Og ægtefællen har en formue på 8.000,00 kr.
    Når sagen afgøres for 2023-05
    Så udbetales 23.888,00 kr. for 2023-05
    Og formuefradraget er 0,00 kr. for 2023-05

  @id:KH-014-004
  Scenarie: Ægtefællers formue ses under ét (31.000 kr. fra 1. juli 2025)
    Givet et ægtepar, hvor ansøgeren er født 1980-01-01 og ægtefællen er født 1980-02-02
    Og ansøgeren har en formue på 15.500,00 kr.
    Og ægtefællen har en formue på 15.501,00 kr.
    Når sagen afgøres for 2025-09
    Så udbetales 24.995,00 kr. for 2025-09

  Abstrakt Scenario: Formuegrænsen for enlige fra 1. juli 2025 (15.500 kr.)
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har en formue på <formue> kr.
    Når sagen afgøres for 2025-09
    Så udbetales <beløb> kr. for 2025-09

    Eksempler:
      | id         | formue    | beløb     |
      | KH-014-005 | 15.500,00 | 13.590,00 |
      | KH-014-006 | 16.000,00 | 13.090,00 |

  @id:KH-014-007
  Scenarie: En samlevers formue medregnes ikke
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-01-01
    Og samleveren søger ikke hjælp
    Og samleveren har en formue på 50.000,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 12.326,00 kr. for 2024-05

  @id:KH-014-008
  Scenarie: Formue langt over grænsen: intet udbetales
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har en formue på 30.000,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 0,00 kr. for 2024-05
    Og formuefradraget er 20.000,00 kr. for 2024-05

  @id:KH-014-685 @akl-14-stk-2
  Scenarie: Enlig med 1 kr. over 15.500 kr. i den første måned med den nye grænse (juli 2025)
    # Fra 1. juli 2025 ses bort fra 15.500 kr. for en enlig (UNCONFIRMED: KILDER.md, lundsteenwiederquist.dk). Enlig, 45
    # år, ingen børn: forhøjet sats 12.498 (§ 16, stk. 1, nr. 2; UNCONFIRMED, KILDER.md note 11) + tillæg til enlige 1.092
    # (§ 18; kalundborg.dk) = 13.590. Formue 15.501 - 15.500 = 1,00 kr. fradrag; udbetales 13.590 - 1 = 13.589,00 kr.
    # Juli 2025 er første måned med grænsen: med den gamle grænse (10.000) var fradraget 5.501 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har en formue på 15.501,00 kr.
    Når sagen afgøres for 2025-07
    Så udbetales 13.589,00 kr. for 2025-07
    Og formuefradraget er 1,00 kr. for 2025-07
    Og 2025-07 beregnes efter reglerne fra 1. juli 2025

  @id:KH-014-686 @akl-14-stk-2
  Scenarie: Ægtepar med 1 kr. over 31.000 kr. i den første måned med den nye grænse (juli 2025)
    # Fra 1. juli 2025 ses bort fra 31.000 kr. for ægtefæller under ét (UNCONFIRMED: KILDER.md, lundsteenwiederquist.dk).
    # Ægtepar over 30 uden børn: 2 x forhøjet sats 12.498 (§ 16, stk. 1, nr. 2; UNCONFIRMED, KILDER.md note 11), intet
    # tillæg til enlige (gift) = 24.996. Formue 20.000 + 11.001 = 31.001 - 31.000 = 1,00 kr. fradrag; udbetales 24.995,00 kr.
    # Med den gamle grænse (20.000) var fradraget 11.001 kr.
    Givet et ægtepar, hvor ansøgeren er født 1980-01-01 og ægtefællen er født 1980-02-02
    Og ansøgeren har en formue på 20.000,00 kr.
    Og ægtefællen har en formue på 11.001,00 kr.
    Når sagen afgøres for 2025-07
    Så udbetales 24.995,00 kr. for 2025-07
    Og formuefradraget er 1,00 kr. for 2025-07

  @akl-14-stk-2
  Abstrakt Scenario: Ægtefællers formue 1 kr. over 20.000 kr. og enlig over 10.000 kr. (2021)
    # KH-014-687: ægtepar over 30 uden børn, januar 2021: 2 x 11.698 (§ 25, stk. 2, nr. 2; bm.dk 2021) = 23.396; formue
    # 15.000 + 5.001 = 20.001 under ét - 20.000 (§ 14; danish-law.md 2.5) = 1,00 kr. fradrag; udbetales 23.395,00 kr.
    # KH-014-688: ægtepar, formue 25.000 + 0 = 25.000 - 20.000 = 5.000,00 kr. fradrag; udbetales 23.396 - 5.000 = 18.396,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og ansøgeren har en formue på <formue_a> kr.
    Og ægtefællen har en formue på <formue_b> kr.
    Når sagen afgøres for 2021-01
    Så udbetales <beløb> kr. for 2021-01
    Og formuefradraget er <fradrag> kr. for 2021-01

    Eksempler:
      | id         | formue_a  | formue_b | fradrag  | beløb     |
      | KH-014-687 | 15.000,00 | 5.001,00 | 1,00     | 23.395,00 |
      | KH-014-688 | 25.000,00 | 0,00     | 5.000,00 | 18.396,00 |

  @id:KH-014-689 @akl-14-stk-2
  Scenarie: Enlig med formue over 10.000 kr. i januar 2021
    # Enlig over 30 uden børn, januar 2021: 11.698 (§ 25, stk. 2, nr. 2; bm.dk 2021). Formue 10.500 - 10.000 (§ 14;
    # danish-law.md 2.5) = 500,00 kr. fradrag; udbetales 11.698 - 500 = 11.198,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har en formue på 10.500,00 kr.
    Når sagen afgøres for 2021-01
    Så udbetales 11.198,00 kr. for 2021-01
    Og formuefradraget er 500,00 kr. for 2021-01

  @id:KH-014-698 @akl-14-stk-2
  Scenarie: Formuen tager den sidste halvtredsøre: intet udbetales på grund af formuen
    # Enlig over 30 (2024): 12.326 (§ 25, stk. 2, nr. 2, bm.dk) - anden indtægt 12.325,50 (§ 30, stk. 1) = 0,50 kr. hjælp.
    # Formue 10.001 - 10.000 (§ 14) = 1,00 kr. fradrag > 0,50: udbetales 0,00 kr., årsag formuen (ikke indtægten).
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2024-05 anden indtægt på 12.325,50 kr.
    Og ansøgeren har en formue på 10.001,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 0,00 kr. for 2024-05
    Og ansøgerens hjælp er 0,50 kr. for 2024-05
    Og formuefradraget er 1,00 kr. for 2024-05

  @id:KH-014-985 @akl-14-stk-2 @akl-16-stk-1
  Scenarie: Hjemmeboende ægtepar på 30 år med 30.000 kr. i formue i juli 2025: under den nye grænse
    # Begge født i 1995 (30 år), bor hos forældrene, ingen børn: forhøjet sats (§ 16, stk. 1, nr. 2; hjemmeboendesatsen
    # gælder kun under 30) 12.498 hver, gift: intet tillæg til enlige = 24.996. Formue 15.000 + 15.000 = 30.000 under
    # ét; fra 1. juli 2025 ses bort fra 31.000 kr. for ægtefæller (UNCONFIRMED: KILDER.md): intet fradrag. Udbetales
    # 24.996,00 kr. (Med den gamle grænse 20.000 var fradraget 10.000 kr.)
    Givet et ægtepar, hvor ansøgeren er født 1995-03-03 og ægtefællen er født 1995-04-04
    Og ansøgeren bor hjemme hos sine forældre
    Og ægtefællen bor hjemme hos sine forældre
    Og ansøgeren har en formue på 15.000,00 kr.
    Og ægtefællen har en formue på 15.000,00 kr.
    Når sagen afgøres for 2025-07
    Så udbetales 24.996,00 kr. for 2025-07
    Og formuefradraget er 0,00 kr. for 2025-07
    Og ansøgerens satskategori er forhoejet for 2025-07
    Og ægtefællens satskategori er forhoejet for 2025-07

  @id:KH-014-986 @akl-14-stk-2
  Scenarie: Ægtepar med 60.000 kr. i formue i juli 2025: formuen tager hele hjælpen
    # Begge over 30, ingen børn: forhøjet sats 2 x 12.498 = 24.996 (UNCONFIRMED, KILDER.md). Formue 40.000 + 20.000 =
    # 60.000 under ét - 31.000 (ægtefæller fra 1. juli 2025) = 29.000 kr. fradrag > 24.996: udbetales 0,00 kr.; hver
    # ægtefælles hjælp er stadig 12.498 kr. (fradraget trækkes i udbetalingen, § 14).
    Givet et ægtepar, hvor ansøgeren er født 1975-02-02 og ægtefællen er født 1977-03-03
    Og ansøgeren har en formue på 40.000,00 kr.
    Og ægtefællen har en formue på 20.000,00 kr.
    Når sagen afgøres for 2025-07
    Så udbetales 0,00 kr. for 2025-07
    Og formuefradraget er 29.000,00 kr. for 2025-07
    Og ansøgerens hjælp er 12.498,00 kr. for 2025-07
