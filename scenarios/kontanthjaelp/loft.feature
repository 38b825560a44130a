# language: da
@akl-25b @alvor:B
Egenskab: Kontanthjælpsloftet nedsætter særlig støtte og boligstøtte, ikke hjælpen (aktivloven § 25 b)
  Summen af hjælp, særlig støtte og boligstøtte må ikke overstige loftet for personens kategori; overskridelsen
  nedsætter først den særlige støtte, så boligstøtten. Loftet gælder ikke for måneder fra 1. juli 2025.
  Faktaark: danish-law.md 2.1 og 2.2 (loft = § 25, stk. 2-satserne for stk. 1, nr. 1-2) og KILDER.md (loft 2024,
  bm.dk). Fortolkninger: FT-KH-LOFT-GRUNDLAG (hjælp efter indtægtsfradrag), FT-KH-LOFT-FORDELING (støtten
  deles ligeligt mellem de voksne), FT-KH-LOFT-RAEKKEFOELGE, FT-KH-LOVSKIFTE.

  @id:KH-025b-001 @akl-25b-stk-1
  Scenarie: Særlig støtte nedsættes før boligstøtte
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2024-05 særlig støtte på 1.000,00 kr.
    Og husstanden får i 2024-05 boligstøtte på 3.000,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 12.326,00 kr. for 2024-05
    Og den særlige støtte nedsættes med 1.000,00 kr. for 2024-05
    Og boligstøtten nedsættes med 417,00 kr. for 2024-05

  @id:KH-025b-002 @akl-25b-stk-1
  Scenarie: Præcis ved loftet nedsættes intet
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2024-05 boligstøtte på 2.583,00 kr.
    Når sagen afgøres for 2024-05
    Så nedsættes boligstøtten med 0,00 kr. for 2024-05

  @id:KH-025b-003
  Scenarie: Loftet gælder ikke fra 1. juli 2025
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2025-08 særlig støtte på 1.000,00 kr.
    Og husstanden får i 2025-08 boligstøtte på 5.000,00 kr.
    Når sagen afgøres for 2025-08
    Så nedsættes boligstøtten med 0,00 kr. for 2025-08
    Og den særlige støtte nedsættes med 0,00 kr. for 2025-08

  @id:KH-025b-004 @akl-25b-stk-1
  Scenarie: Ægtepar: støtten deles ligeligt, og loftet gælder for hver
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i 2024-09 særlig støtte på 2.000,00 kr.
    Og husstanden får i 2024-09 boligstøtte på 4.000,00 kr.
    Når sagen afgøres for 2024-09
    Så nedsættes den særlige støtte med 2.000,00 kr. for 2024-09
    Og boligstøtten nedsættes med 4.000,00 kr. for 2024-09
    Og der udbetales 32.764,00 kr. for 2024-09

  @id:KH-025b-005 @akl-25b-stk-1
  Scenarie: Loftet regnes med hjælpen efter fradrag for arbejdsindtægt
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2024-05 arbejdet 40 timer og tjent 6.000,00 kr.
    Og husstanden får i 2024-05 boligstøtte på 3.000,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 7.532,00 kr. for 2024-05
    Og boligstøtten nedsættes med 0,00 kr. for 2024-05

  @id:KH-025b-006 @akl-25b-stk-1
  Scenarie: Enlig forsørger over 30 med ét barn
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i 2024-05 boligstøtte på 2.000,00 kr.
    Når sagen afgøres for 2024-05
    Så boligstøtten nedsættes med 1.302,00 kr. for 2024-05

  @id:KH-025b-007 @akl-25b-stk-2
  Scenarie: Enlig under 30, udeboende: loftet efter stk. 2
    Givet en enlig ansøger født 1998-05-05
    Og husstanden får i 2024-05 boligstøtte på 4.000,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 7.945,00 kr. for 2024-05
    Og boligstøtten nedsættes med 531,00 kr. for 2024-05

  @id:KH-025b-008 @akl-25b-stk-1
  Scenarie: Boligstøtten deles med en anden voksen i boligen: ingen nedsættelse
    # Enlig, 44 år (født 1980-05-05), ingen børn: hjælp 12.326 kr. (2024); loft § 25 b, stk. 1, nr. 5 (2024, bm.dk) 14.909 kr.
    # To voksne i boligen (fx et voksent barn): boligstøtten 4.500 deles med 2 (borger.dk: 'Boligstøtten bliver delt mellem
    # antallet af voksne, der bor i boligen'): andel 2.250. Samlet 12.326 + 2.250 = 14.576 < 14.909: ingen nedsættelse.
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2024-05 boligstøtte på 4.500,00 kr.
    Og der bor 2 voksne i boligen i 2024-05
    Når sagen afgøres for 2024-05
    Så udbetales 12.326,00 kr. for 2024-05
    Og boligstøtten nedsættes med 0,00 kr. for 2024-05

  @id:KH-025b-009 @akl-25b-stk-1
  Scenarie: Bor ansøgeren alene, indgår hele boligstøtten
    # Som KH-025b-008, men ansøgeren er eneste voksne: 12.326 + 4.500 = 16.826; 16.826 - 14.909 = 1.917,00 kr. nedsættelse.
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2024-05 boligstøtte på 4.500,00 kr.
    Når sagen afgøres for 2024-05
    Så boligstøtten nedsættes med 1.917,00 kr. for 2024-05

  @id:KH-025b-010 @akl-25b-stk-1
  Scenarie: Samlevende par og et voksent barn: boligstøtten deles med 3
    # To samlevende over 30 på hjælp, 12.326 kr. hver (2024); loft § 25 b, stk. 1, nr. 2 (gifte/samlevende, ikke
    # forsørgere) 12.326 kr. Boligstøtte 3.000 delt med 3 voksne: 1.000 hver. Hver: 12.326 + 1.000 - 12.326 = 1.000
    # over loftet; boligstøtten nedsættes 2 x 1.000 = 2.000,00 kr. (med 2 voksne: 2 x 1.500 = 3.000). Hjælpen røres ikke.
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-05-05
    Og husstanden får i 2024-05 boligstøtte på 3.000,00 kr.
    Og der bor 3 voksne i boligen i 2024-05
    Når sagen afgøres for 2024-05
    Så udbetales 24.652,00 kr. for 2024-05
    Og boligstøtten nedsættes med 2.000,00 kr. for 2024-05

  @akl-25b-stk-1
  Abstrakt Scenario: Loftstabellen, Ægtepar over 30 med et barn: § 25 b, stk. 1, nr. 1 (s1_gift_forsoerger) i årets første måned
    # Loftstabellen (issue 17): for hver kategori og hvert år et tilfælde i årets første måned (værdien gælder fra 1.1.),
    # hvor loftet binder, så loftsværdien selv afgør nedsættelsen af boligstøtten. Særlig støtte nedsættes først
    # (FT-KH-LOFT-RAEKKEFOELGE); støtten deles ligeligt mellem parrets to voksne (FT-KH-LOFT-FORDELING); loftet regnes med
    # hjælpen efter fradrag for anden indtægt (aktivloven § 30, stk. 1; FT-KH-LOFT-GRUNDLAG). Loftsbeløb: parametre/
    # kontanthjaelpsloft.yaml (bm.dk 2023 og 2024 bekræftet; 2021, 2022 og 2025 UNCONFIRMED, afledt: KILDER.md note 3, 10
    # og 20); satser: KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Stk. 1, nr. 1-2 = § 25, stk. 2-satsen, så parret
    # har 1.000 kr. anden indtægt hver for at komme under loftet og lade loftet selv afgøre nedsættelsen.
    # 2021-01 (KH-025b-600): hver: sats 15.547 (§ 25, stk. 2, nr. 1, 2021) - 1.000 anden indtægt (§ 30, stk. 1) = 14.547; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 17.047 - loft 15.547 (2021) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 14.547
    # 2022-01 (KH-025b-601): hver: sats 15.570 (§ 25, stk. 2, nr. 1, 2022) - 1.000 anden indtægt (§ 30, stk. 1) = 14.570; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 17.070 - loft 15.570 (2022) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 14.570
    # 2023-01 (KH-025b-602): hver: sats 15.874 (§ 25, stk. 2, nr. 1, 2023) - 1.000 anden indtægt (§ 30, stk. 1) = 14.874; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 17.374 - loft 15.874 (2023) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 14.874
    # 2024-01 (KH-025b-603): hver: sats 16.382 (§ 25, stk. 2, nr. 1, 2024) - 1.000 anden indtægt (§ 30, stk. 1) = 15.382; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 17.882 - loft 16.382 (2024) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 15.382
    # 2025-01 (KH-025b-604): hver: sats 16.972 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) - 1.000 anden indtægt (§ 30, stk. 1) = 15.972; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 18.472 - loft 16.972 (2025 UNCONFIRMED) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 15.972
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har i <måned> anden indtægt på 1.000,00 kr.
    Og ægtefællen har i <måned> anden indtægt på 1.000,00 kr.
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-600 | 2021-01 | 1.000,00      | 4.000,00    | 29.094,00 | 1.000,00      | 2.000,00     |
      | KH-025b-601 | 2022-01 | 1.000,00      | 4.000,00    | 29.140,00 | 1.000,00      | 2.000,00     |
      | KH-025b-602 | 2023-01 | 1.000,00      | 4.000,00    | 29.748,00 | 1.000,00      | 2.000,00     |
      | KH-025b-603 | 2024-01 | 1.000,00      | 4.000,00    | 30.764,00 | 1.000,00      | 2.000,00     |
      | KH-025b-604 | 2025-01 | 1.000,00      | 4.000,00    | 31.944,00 | 1.000,00      | 2.000,00     |

  @akl-25b-stk-1
  Abstrakt Scenario: Loftstabellen, Ægtepar over 30 uden børn: § 25 b, stk. 1, nr. 2 (s1_gift_ikke_forsoerger) i årets første måned
    # 2021-01 (KH-025b-605): hver: sats 11.698 (§ 25, stk. 2, nr. 2, 2021) - 1.000 anden indtægt (§ 30, stk. 1) = 10.698; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 13.198 - loft 11.698 (2021) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 10.698
    # 2022-01 (KH-025b-606): hver: sats 11.716 (§ 25, stk. 2, nr. 2, 2022) - 1.000 anden indtægt (§ 30, stk. 1) = 10.716; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 13.216 - loft 11.716 (2022) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 10.716
    # 2023-01 (KH-025b-607): hver: sats 11.944 (§ 25, stk. 2, nr. 2, 2023) - 1.000 anden indtægt (§ 30, stk. 1) = 10.944; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 13.444 - loft 11.944 (2023) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 10.944
    # 2024-01 (KH-025b-608): hver: sats 12.326 (§ 25, stk. 2, nr. 2, 2024) - 1.000 anden indtægt (§ 30, stk. 1) = 11.326; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 13.826 - loft 12.326 (2024) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 11.326
    # 2025-01 (KH-025b-609): hver: sats 12.770 (§ 25, stk. 2, nr. 2, 2025 UNCONFIRMED) - 1.000 anden indtægt (§ 30, stk. 1) = 11.770; særlig støtte 1.000/2 = 500, boligstøtte 4.000/2 = 2.000; samlet 14.270 - loft 12.770 (2025 UNCONFIRMED) = 1.500 over: særlig støtte -500, boligstøtte -1.000; i alt -1.000 og -2.000; udbetalt 2 x 11.770
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og ansøgeren har i <måned> anden indtægt på 1.000,00 kr.
    Og ægtefællen har i <måned> anden indtægt på 1.000,00 kr.
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-605 | 2021-01 | 1.000,00      | 4.000,00    | 21.396,00 | 1.000,00      | 2.000,00     |
      | KH-025b-606 | 2022-01 | 1.000,00      | 4.000,00    | 21.432,00 | 1.000,00      | 2.000,00     |
      | KH-025b-607 | 2023-01 | 1.000,00      | 4.000,00    | 21.888,00 | 1.000,00      | 2.000,00     |
      | KH-025b-608 | 2024-01 | 1.000,00      | 4.000,00    | 22.652,00 | 1.000,00      | 2.000,00     |
      | KH-025b-609 | 2025-01 | 1.000,00      | 4.000,00    | 23.540,00 | 1.000,00      | 2.000,00     |

  @akl-25b-stk-1
  Abstrakt Scenario: Loftstabellen, Enlig over 30 med et barn: § 25 b, stk. 1, nr. 3 (s1_enlig_1_barn) i årets første måned
    # 2021-01 (KH-025b-610): sats 15.547 (§ 25, stk. 2, nr. 1, 2021) + særlig støtte 500 + boligstøtte 1.700 = 17.747 - loft 16.207 (2021 UNCONFIRMED) = 1.540 over: særlig støtte -500, boligstøtte -1.040
    # 2022-01 (KH-025b-611): sats 15.570 (§ 25, stk. 2, nr. 1, 2022) + særlig støtte 500 + boligstøtte 1.700 = 17.770 - loft 16.232 (2022 UNCONFIRMED) = 1.538 over: særlig støtte -500, boligstøtte -1.038
    # 2023-01 (KH-025b-612): sats 15.874 (§ 25, stk. 2, nr. 1, 2023) + særlig støtte 500 + boligstøtte 1.700 = 18.074 - loft 16.550 (2023) = 1.524 over: særlig støtte -500, boligstøtte -1.024
    # 2024-01 (KH-025b-613): sats 16.382 (§ 25, stk. 2, nr. 1, 2024) + særlig støtte 500 + boligstøtte 1.700 = 18.582 - loft 17.080 (2024) = 1.502 over: særlig støtte -500, boligstøtte -1.002
    # 2025-01 (KH-025b-614): sats 16.972 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 1.800 = 19.272 - loft 17.695 (2025 UNCONFIRMED) = 1.577 over: særlig støtte -500, boligstøtte -1.077
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-610 | 2021-01 | 500,00        | 1.700,00    | 15.547,00 | 500,00        | 1.040,00     |
      | KH-025b-611 | 2022-01 | 500,00        | 1.700,00    | 15.570,00 | 500,00        | 1.038,00     |
      | KH-025b-612 | 2023-01 | 500,00        | 1.700,00    | 15.874,00 | 500,00        | 1.024,00     |
      | KH-025b-613 | 2024-01 | 500,00        | 1.700,00    | 16.382,00 | 500,00        | 1.002,00     |
      | KH-025b-614 | 2025-01 | 500,00        | 1.800,00    | 16.972,00 | 500,00        | 1.077,00     |

  @akl-25b-stk-1
  Abstrakt Scenario: Loftstabellen, Enlig over 30 med to børn: § 25 b, stk. 1, nr. 4 (s1_enlig_2_boern) i årets første måned
    # 2021-01 (KH-025b-615): sats 15.547 (§ 25, stk. 2, nr. 1, 2021) + særlig støtte 500 + boligstøtte 2.100 = 18.147 - loft 16.589 (2021 UNCONFIRMED) = 1.558 over: særlig støtte -500, boligstøtte -1.058
    # 2022-01 (KH-025b-616): sats 15.570 (§ 25, stk. 2, nr. 1, 2022) + særlig støtte 500 + boligstøtte 2.100 = 18.170 - loft 16.615 (2022 UNCONFIRMED) = 1.555 over: særlig støtte -500, boligstøtte -1.055
    # 2023-01 (KH-025b-617): sats 15.874 (§ 25, stk. 2, nr. 1, 2023) + særlig støtte 500 + boligstøtte 2.100 = 18.474 - loft 16.941 (2023) = 1.533 over: særlig støtte -500, boligstøtte -1.033
    # 2024-01 (KH-025b-618): sats 16.382 (§ 25, stk. 2, nr. 1, 2024) + særlig støtte 500 + boligstøtte 2.200 = 19.082 - loft 17.483 (2024) = 1.599 over: særlig støtte -500, boligstøtte -1.099
    # 2025-01 (KH-025b-619): sats 16.972 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 2.200 = 19.672 - loft 18.112 (2025 UNCONFIRMED) = 1.560 over: særlig støtte -500, boligstøtte -1.060
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-615 | 2021-01 | 500,00        | 2.100,00    | 15.547,00 | 500,00        | 1.058,00     |
      | KH-025b-616 | 2022-01 | 500,00        | 2.100,00    | 15.570,00 | 500,00        | 1.055,00     |
      | KH-025b-617 | 2023-01 | 500,00        | 2.100,00    | 15.874,00 | 500,00        | 1.033,00     |
      | KH-025b-618 | 2024-01 | 500,00        | 2.200,00    | 16.382,00 | 500,00        | 1.099,00     |
      | KH-025b-619 | 2025-01 | 500,00        | 2.200,00    | 16.972,00 | 500,00        | 1.060,00     |

  @akl-25b-stk-1
  Abstrakt Scenario: Loftstabellen, Enlig over 30 uden børn: § 25 b, stk. 1, nr. 5 (s1_enlig_ikke_forsoerger) i årets første måned
    # 2021-01 (KH-025b-620): sats 11.698 (§ 25, stk. 2, nr. 2, 2021) + særlig støtte 500 + boligstøtte 3.500 = 15.698 - loft 14.148 (2021 UNCONFIRMED) = 1.550 over: særlig støtte -500, boligstøtte -1.050
    # 2022-01 (KH-025b-621): sats 11.716 (§ 25, stk. 2, nr. 2, 2022) + særlig støtte 500 + boligstøtte 3.500 = 15.716 - loft 14.170 (2022 UNCONFIRMED) = 1.546 over: særlig støtte -500, boligstøtte -1.046
    # 2023-01 (KH-025b-622): sats 11.944 (§ 25, stk. 2, nr. 2, 2023) + særlig støtte 500 + boligstøtte 3.600 = 16.044 - loft 14.447 (2023) = 1.597 over: særlig støtte -500, boligstøtte -1.097
    # 2024-01 (KH-025b-623): sats 12.326 (§ 25, stk. 2, nr. 2, 2024) + særlig støtte 500 + boligstøtte 3.600 = 16.426 - loft 14.909 (2024) = 1.517 over: særlig støtte -500, boligstøtte -1.017
    # 2025-01 (KH-025b-624): sats 12.770 (§ 25, stk. 2, nr. 2, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 3.700 = 16.970 - loft 15.446 (2025 UNCONFIRMED) = 1.524 over: særlig støtte -500, boligstøtte -1.024
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-620 | 2021-01 | 500,00        | 3.500,00    | 11.698,00 | 500,00        | 1.050,00     |
      | KH-025b-621 | 2022-01 | 500,00        | 3.500,00    | 11.716,00 | 500,00        | 1.046,00     |
      | KH-025b-622 | 2023-01 | 500,00        | 3.600,00    | 11.944,00 | 500,00        | 1.097,00     |
      | KH-025b-623 | 2024-01 | 500,00        | 3.600,00    | 12.326,00 | 500,00        | 1.017,00     |
      | KH-025b-624 | 2025-01 | 500,00        | 3.700,00    | 12.770,00 | 500,00        | 1.024,00     |

  @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen, Ægtepar under 30 med et barn (kontanthjælp): § 25 b, stk. 2, nr. 1 (s2_gift_1_barn) i årets første måned
    # 2021-01 (KH-025b-625): hver: sats 10.396 (§ 25, stk. 3, nr. 2, 2021); særlig støtte 1.000/2 = 500, boligstøtte 7.800/2 = 3.900; samlet 14.796 - loft 13.272 (2021 UNCONFIRMED) = 1.524 over: særlig støtte -500, boligstøtte -1.024; i alt -1.000 og -2.048; udbetalt 2 x 10.396
    # 2022-01 (KH-025b-626): hver: sats 10.412 (§ 25, stk. 3, nr. 2, 2022); særlig støtte 1.000/2 = 500, boligstøtte 7.800/2 = 3.900; samlet 14.812 - loft 13.293 (2022 UNCONFIRMED) = 1.519 over: særlig støtte -500, boligstøtte -1.019; i alt -1.000 og -2.038; udbetalt 2 x 10.412
    # 2023-01 (KH-025b-627): hver: sats 10.615 (§ 25, stk. 3, nr. 2, 2023); særlig støtte 1.000/2 = 500, boligstøtte 8.000/2 = 4.000; samlet 15.115 - loft 13.553 (2023) = 1.562 over: særlig støtte -500, boligstøtte -1.062; i alt -1.000 og -2.124; udbetalt 2 x 10.615
    # 2024-01 (KH-025b-628): hver: sats 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 8.200/2 = 4.100; samlet 15.555 - loft 13.987 (2024) = 1.568 over: særlig støtte -500, boligstøtte -1.068; i alt -1.000 og -2.136; udbetalt 2 x 10.955
    # 2025-01 (KH-025b-629): hver: sats 11.349 (§ 25, stk. 3, nr. 2, 2025 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 8.400/2 = 4.200; samlet 16.049 - loft 14.491 (2025 UNCONFIRMED) = 1.558 over: særlig støtte -500, boligstøtte -1.058; i alt -1.000 og -2.116; udbetalt 2 x 11.349
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-625 | 2021-01 | 1.000,00      | 7.800,00    | 20.792,00 | 1.000,00      | 2.048,00     |
      | KH-025b-626 | 2022-01 | 1.000,00      | 7.800,00    | 20.824,00 | 1.000,00      | 2.038,00     |
      | KH-025b-627 | 2023-01 | 1.000,00      | 8.000,00    | 21.230,00 | 1.000,00      | 2.124,00     |
      | KH-025b-628 | 2024-01 | 1.000,00      | 8.200,00    | 21.910,00 | 1.000,00      | 2.136,00     |
      | KH-025b-629 | 2025-01 | 1.000,00      | 8.400,00    | 22.698,00 | 1.000,00      | 2.116,00     |

  @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen, Ægtepar under 30 med to børn (kontanthjælp): § 25 b, stk. 2, nr. 2 (s2_gift_2_boern) i årets første måned
    # 2021-01 (KH-025b-630): hver: sats 10.396 (§ 25, stk. 3, nr. 2, 2021); særlig støtte 1.000/2 = 500, boligstøtte 7.600/2 = 3.800; samlet 14.696 - loft 13.141 (2021 UNCONFIRMED) = 1.555 over: særlig støtte -500, boligstøtte -1.055; i alt -1.000 og -2.110; udbetalt 2 x 10.396
    # 2022-01 (KH-025b-631): hver: sats 10.412 (§ 25, stk. 3, nr. 2, 2022); særlig støtte 1.000/2 = 500, boligstøtte 7.600/2 = 3.800; samlet 14.712 - loft 13.161 (2022 UNCONFIRMED) = 1.551 over: særlig støtte -500, boligstøtte -1.051; i alt -1.000 og -2.102; udbetalt 2 x 10.412
    # 2023-01 (KH-025b-632): hver: sats 10.615 (§ 25, stk. 3, nr. 2, 2023); særlig støtte 1.000/2 = 500, boligstøtte 7.800/2 = 3.900; samlet 15.015 - loft 13.419 (2023) = 1.596 over: særlig støtte -500, boligstøtte -1.096; i alt -1.000 og -2.192; udbetalt 2 x 10.615
    # 2024-01 (KH-025b-633): hver: sats 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 7.800/2 = 3.900; samlet 15.355 - loft 13.848 (2024) = 1.507 over: særlig støtte -500, boligstøtte -1.007; i alt -1.000 og -2.014; udbetalt 2 x 10.955
    # 2025-01 (KH-025b-634): hver: sats 11.349 (§ 25, stk. 3, nr. 2, 2025 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 8.000/2 = 4.000; samlet 15.849 - loft 14.347 (2025 UNCONFIRMED) = 1.502 over: særlig støtte -500, boligstøtte -1.002; i alt -1.000 og -2.004; udbetalt 2 x 11.349
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-630 | 2021-01 | 1.000,00      | 7.600,00    | 20.792,00 | 1.000,00      | 2.110,00     |
      | KH-025b-631 | 2022-01 | 1.000,00      | 7.600,00    | 20.824,00 | 1.000,00      | 2.102,00     |
      | KH-025b-632 | 2023-01 | 1.000,00      | 7.800,00    | 21.230,00 | 1.000,00      | 2.192,00     |
      | KH-025b-633 | 2024-01 | 1.000,00      | 7.800,00    | 21.910,00 | 1.000,00      | 2.014,00     |
      | KH-025b-634 | 2025-01 | 1.000,00      | 8.000,00    | 22.698,00 | 1.000,00      | 2.004,00     |

  @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen, Ægtepar under 30 uden børn, udeboende (kontanthjælp): § 25 b, stk. 2, nr. 3 (s2_gift_ikke_forsoerger) i årets første måned
    # 2021-01 (KH-025b-635): hver: sats 7.541 (§ 25, stk. 3, nr. 6, 2021); særlig støtte 1.000/2 = 500, boligstøtte 7.200/2 = 3.600; samlet 11.641 - loft 10.081 (2021 UNCONFIRMED) = 1.560 over: særlig støtte -500, boligstøtte -1.060; i alt -1.000 og -2.120; udbetalt 2 x 7.541
    # 2022-01 (KH-025b-636): hver: sats 7.552 (§ 25, stk. 3, nr. 6, 2022); særlig støtte 1.000/2 = 500, boligstøtte 7.200/2 = 3.600; samlet 11.652 - loft 10.097 (2022 UNCONFIRMED) = 1.555 over: særlig støtte -500, boligstøtte -1.055; i alt -1.000 og -2.110; udbetalt 2 x 7.552
    # 2023-01 (KH-025b-637): hver: sats 7.699 (§ 25, stk. 3, nr. 6, 2023); særlig støtte 1.000/2 = 500, boligstøtte 7.200/2 = 3.600; samlet 11.799 - loft 10.294 (2023) = 1.505 over: særlig støtte -500, boligstøtte -1.005; i alt -1.000 og -2.010; udbetalt 2 x 7.699
    # 2024-01 (KH-025b-638): hver: sats 7.945 (§ 25, stk. 3, nr. 6, 2024 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 7.400/2 = 3.700; samlet 12.145 - loft 10.623 (2024) = 1.522 over: særlig støtte -500, boligstøtte -1.022; i alt -1.000 og -2.044; udbetalt 2 x 7.945
    # 2025-01 (KH-025b-639): hver: sats 8.231 (§ 25, stk. 3, nr. 6, 2025 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 7.600/2 = 3.800; samlet 12.531 - loft 11.005 (2025 UNCONFIRMED) = 1.526 over: særlig støtte -500, boligstøtte -1.026; i alt -1.000 og -2.052; udbetalt 2 x 8.231
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-635 | 2021-01 | 1.000,00      | 7.200,00    | 15.082,00 | 1.000,00      | 2.120,00     |
      | KH-025b-636 | 2022-01 | 1.000,00      | 7.200,00    | 15.104,00 | 1.000,00      | 2.110,00     |
      | KH-025b-637 | 2023-01 | 1.000,00      | 7.200,00    | 15.398,00 | 1.000,00      | 2.010,00     |
      | KH-025b-638 | 2024-01 | 1.000,00      | 7.400,00    | 15.890,00 | 1.000,00      | 2.044,00     |
      | KH-025b-639 | 2025-01 | 1.000,00      | 7.600,00    | 16.462,00 | 1.000,00      | 2.052,00     |

  @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen, Enlig forsørger under 30 med et barn (kontanthjælp): § 25 b, stk. 2, nr. 4 (s2_enlig_1_barn) i årets første måned
    # 2021-01 (KH-025b-640): sats 14.860 (§ 25, stk. 3, nr. 1, 2021) + særlig støtte 500 + boligstøtte 2.100 = 17.460 - loft 15.887 (2021 UNCONFIRMED) = 1.573 over: særlig støtte -500, boligstøtte -1.073
    # 2022-01 (KH-025b-641): sats 14.882 (§ 25, stk. 3, nr. 1, 2022) + særlig støtte 500 + boligstøtte 2.100 = 17.482 - loft 15.912 (2022 UNCONFIRMED) = 1.570 over: særlig støtte -500, boligstøtte -1.070
    # 2023-01 (KH-025b-642): sats 15.172 (§ 25, stk. 3, nr. 1, 2023) + særlig støtte 500 + boligstøtte 2.100 = 17.772 - loft 16.223 (2023) = 1.549 over: særlig støtte -500, boligstøtte -1.049
    # 2024-01 (KH-025b-643): sats 15.658 (§ 25, stk. 3, nr. 1, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 2.100 = 18.258 - loft 16.742 (2024) = 1.516 over: særlig støtte -500, boligstøtte -1.016
    # 2025-01 (KH-025b-644): sats 16.222 (§ 25, stk. 3, nr. 1, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 2.200 = 18.922 - loft 17.345 (2025 UNCONFIRMED) = 1.577 over: særlig støtte -500, boligstøtte -1.077
    Givet en enlig ansøger født 1998-05-05
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-640 | 2021-01 | 500,00        | 2.100,00    | 14.860,00 | 500,00        | 1.073,00     |
      | KH-025b-641 | 2022-01 | 500,00        | 2.100,00    | 14.882,00 | 500,00        | 1.070,00     |
      | KH-025b-642 | 2023-01 | 500,00        | 2.100,00    | 15.172,00 | 500,00        | 1.049,00     |
      | KH-025b-643 | 2024-01 | 500,00        | 2.100,00    | 15.658,00 | 500,00        | 1.016,00     |
      | KH-025b-644 | 2025-01 | 500,00        | 2.200,00    | 16.222,00 | 500,00        | 1.077,00     |

  @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen, Enlig forsørger under 30 med to børn (kontanthjælp): § 25 b, stk. 2, nr. 5 (s2_enlig_2_boern) i årets første måned
    # 2021-01 (KH-025b-645): sats 14.860 (§ 25, stk. 3, nr. 1, 2021) + særlig støtte 500 + boligstøtte 2.500 = 17.860 - loft 16.269 (2021 UNCONFIRMED) = 1.591 over: særlig støtte -500, boligstøtte -1.091
    # 2022-01 (KH-025b-646): sats 14.882 (§ 25, stk. 3, nr. 1, 2022) + særlig støtte 500 + boligstøtte 2.500 = 17.882 - loft 16.294 (2022 UNCONFIRMED) = 1.588 over: særlig støtte -500, boligstøtte -1.088
    # 2023-01 (KH-025b-647): sats 15.172 (§ 25, stk. 3, nr. 1, 2023) + særlig støtte 500 + boligstøtte 2.500 = 18.172 - loft 16.614 (2023) = 1.558 over: særlig støtte -500, boligstøtte -1.058
    # 2024-01 (KH-025b-648): sats 15.658 (§ 25, stk. 3, nr. 1, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 2.500 = 18.658 - loft 17.146 (2024) = 1.512 over: særlig støtte -500, boligstøtte -1.012
    # 2025-01 (KH-025b-649): sats 16.222 (§ 25, stk. 3, nr. 1, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 2.600 = 19.322 - loft 17.763 (2025 UNCONFIRMED) = 1.559 over: særlig støtte -500, boligstøtte -1.059
    Givet en enlig ansøger født 1998-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-645 | 2021-01 | 500,00        | 2.500,00    | 14.860,00 | 500,00        | 1.091,00     |
      | KH-025b-646 | 2022-01 | 500,00        | 2.500,00    | 14.882,00 | 500,00        | 1.088,00     |
      | KH-025b-647 | 2023-01 | 500,00        | 2.500,00    | 15.172,00 | 500,00        | 1.058,00     |
      | KH-025b-648 | 2024-01 | 500,00        | 2.500,00    | 15.658,00 | 500,00        | 1.012,00     |
      | KH-025b-649 | 2025-01 | 500,00        | 2.600,00    | 16.222,00 | 500,00        | 1.059,00     |

  @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen, Enlig under 30 uden børn, udeboende (kontanthjælp): § 25 b, stk. 2, nr. 6 (s2_enlig_ikke_forsoerger) i årets første måned
    # 2021-01 (KH-025b-650): sats 7.541 (§ 25, stk. 3, nr. 8, 2021) + særlig støtte 500 + boligstøtte 4.300 = 12.341 - loft 10.830 (2021 UNCONFIRMED) = 1.511 over: særlig støtte -500, boligstøtte -1.011
    # 2022-01 (KH-025b-651): sats 7.552 (§ 25, stk. 3, nr. 8, 2022) + særlig støtte 500 + boligstøtte 4.300 = 12.352 - loft 10.846 (2022 UNCONFIRMED) = 1.506 over: særlig støtte -500, boligstøtte -1.006
    # 2023-01 (KH-025b-652): sats 7.699 (§ 25, stk. 3, nr. 8, 2023) + særlig støtte 500 + boligstøtte 4.400 = 12.599 - loft 11.060 (2023) = 1.539 over: særlig støtte -500, boligstøtte -1.039
    # 2024-01 (KH-025b-653): sats 7.945 (§ 25, stk. 3, nr. 8, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 4.500 = 12.945 - loft 11.414 (2024) = 1.531 over: særlig støtte -500, boligstøtte -1.031
    # 2025-01 (KH-025b-654): sats 8.231 (§ 25, stk. 3, nr. 8, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 4.600 = 13.331 - loft 11.825 (2025 UNCONFIRMED) = 1.506 over: særlig støtte -500, boligstøtte -1.006
    Givet en enlig ansøger født 1998-05-05
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt | nedsat_særlig | nedsat_bolig |
      | KH-025b-650 | 2021-01 | 500,00        | 4.300,00    | 7.541,00 | 500,00        | 1.011,00     |
      | KH-025b-651 | 2022-01 | 500,00        | 4.300,00    | 7.552,00 | 500,00        | 1.006,00     |
      | KH-025b-652 | 2023-01 | 500,00        | 4.400,00    | 7.699,00 | 500,00        | 1.039,00     |
      | KH-025b-653 | 2024-01 | 500,00        | 4.500,00    | 7.945,00 | 500,00        | 1.031,00     |
      | KH-025b-654 | 2025-01 | 500,00        | 4.600,00    | 8.231,00 | 500,00        | 1.006,00     |

  @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen, Ægtepar under 30 med et barn (uddannelseshjælp): § 25 b, stk. 3, nr. 1 (s3_gift_1_barn) i årets første måned
    # 2021-01 (KH-025b-655): hver: sats 8.973 (§ 23, stk. 2, nr. 2, 2021 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.400/2 = 4.700; samlet 14.173 - loft 12.659 (2021 UNCONFIRMED) = 1.514 over: særlig støtte -500, boligstøtte -1.014; i alt -1.000 og -2.028; udbetalt 2 x 8.973
    # 2022-01 (KH-025b-656): hver: sats 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.400/2 = 4.700; samlet 14.187 - loft 12.678 (2022 UNCONFIRMED) = 1.509 over: særlig støtte -500, boligstøtte -1.009; i alt -1.000 og -2.018; udbetalt 2 x 8.987
    # 2023-01 (KH-025b-657): hver: sats 9.161 (§ 23, stk. 2, nr. 2, 2023); særlig støtte 1.000/2 = 500, boligstøtte 9.600/2 = 4.800; samlet 14.461 - loft 12.925 (2023) = 1.536 over: særlig støtte -500, boligstøtte -1.036; i alt -1.000 og -2.072; udbetalt 2 x 9.161
    # 2024-01 (KH-025b-658): hver: sats 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.800/2 = 4.900; samlet 14.854 - loft 13.339 (2024) = 1.515 over: særlig støtte -500, boligstøtte -1.015; i alt -1.000 og -2.030; udbetalt 2 x 9.454
    # 2025-01 (KH-025b-659): hver: sats 9.794 (§ 23, stk. 2, nr. 2, 2025 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 10.200/2 = 5.100; samlet 15.394 - loft 13.819 (2025 UNCONFIRMED) = 1.575 over: særlig støtte -500, boligstøtte -1.075; i alt -1.000 og -2.150; udbetalt 2 x 9.794
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-655 | 2021-01 | 1.000,00      | 9.400,00    | 17.946,00 | 1.000,00      | 2.028,00     |
      | KH-025b-656 | 2022-01 | 1.000,00      | 9.400,00    | 17.974,00 | 1.000,00      | 2.018,00     |
      | KH-025b-657 | 2023-01 | 1.000,00      | 9.600,00    | 18.322,00 | 1.000,00      | 2.072,00     |
      | KH-025b-658 | 2024-01 | 1.000,00      | 9.800,00    | 18.908,00 | 1.000,00      | 2.030,00     |
      | KH-025b-659 | 2025-01 | 1.000,00      | 10.200,00   | 19.588,00 | 1.000,00      | 2.150,00     |

  @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen, Ægtepar under 30 med to børn (uddannelseshjælp): § 25 b, stk. 3, nr. 2 (s3_gift_2_boern) i årets første måned
    # 2021-01 (KH-025b-660): hver: sats 8.973 (§ 23, stk. 2, nr. 2, 2021 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.200/2 = 4.600; samlet 14.073 - loft 12.488 (2021 UNCONFIRMED) = 1.585 over: særlig støtte -500, boligstøtte -1.085; i alt -1.000 og -2.170; udbetalt 2 x 8.973
    # 2022-01 (KH-025b-661): hver: sats 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.200/2 = 4.600; samlet 14.087 - loft 12.508 (2022 UNCONFIRMED) = 1.579 over: særlig støtte -500, boligstøtte -1.079; i alt -1.000 og -2.158; udbetalt 2 x 8.987
    # 2023-01 (KH-025b-662): hver: sats 9.161 (§ 23, stk. 2, nr. 2, 2023); særlig støtte 1.000/2 = 500, boligstøtte 9.200/2 = 4.600; samlet 14.261 - loft 12.751 (2023) = 1.510 over: særlig støtte -500, boligstøtte -1.010; i alt -1.000 og -2.020; udbetalt 2 x 9.161
    # 2024-01 (KH-025b-663): hver: sats 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.600/2 = 4.800; samlet 14.754 - loft 13.159 (2024) = 1.595 over: særlig støtte -500, boligstøtte -1.095; i alt -1.000 og -2.190; udbetalt 2 x 9.454
    # 2025-01 (KH-025b-664): hver: sats 9.794 (§ 23, stk. 2, nr. 2, 2025 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.800/2 = 4.900; samlet 15.194 - loft 13.633 (2025 UNCONFIRMED) = 1.561 over: særlig støtte -500, boligstøtte -1.061; i alt -1.000 og -2.122; udbetalt 2 x 9.794
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-660 | 2021-01 | 1.000,00      | 9.200,00    | 17.946,00 | 1.000,00      | 2.170,00     |
      | KH-025b-661 | 2022-01 | 1.000,00      | 9.200,00    | 17.974,00 | 1.000,00      | 2.158,00     |
      | KH-025b-662 | 2023-01 | 1.000,00      | 9.200,00    | 18.322,00 | 1.000,00      | 2.020,00     |
      | KH-025b-663 | 2024-01 | 1.000,00      | 9.600,00    | 18.908,00 | 1.000,00      | 2.190,00     |
      | KH-025b-664 | 2025-01 | 1.000,00      | 9.800,00    | 19.588,00 | 1.000,00      | 2.122,00     |

  @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen, Ægtepar under 30 uden børn, udeboende (uddannelseshjælp): § 25 b, stk. 3, nr. 3 (s3_gift_ikke_forsoerger) i årets første måned
    # 2021-01 (KH-025b-665): hver: sats 6.410 (§ 23, stk. 2, nr. 6, 2021 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 8.600/2 = 4.300; samlet 11.210 - loft 9.660 (2021 UNCONFIRMED) = 1.550 over: særlig støtte -500, boligstøtte -1.050; i alt -1.000 og -2.100; udbetalt 2 x 6.410
    # 2022-01 (KH-025b-666): hver: sats 6.420 (§ 23, stk. 2, nr. 6, 2022 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 8.600/2 = 4.300; samlet 11.220 - loft 9.675 (2022 UNCONFIRMED) = 1.545 over: særlig støtte -500, boligstøtte -1.045; i alt -1.000 og -2.090; udbetalt 2 x 6.420
    # 2023-01 (KH-025b-667): hver: sats 6.545 (§ 23, stk. 2, nr. 6, 2023); særlig støtte 1.000/2 = 500, boligstøtte 8.800/2 = 4.400; samlet 11.445 - loft 9.863 (2023) = 1.582 over: særlig støtte -500, boligstøtte -1.082; i alt -1.000 og -2.164; udbetalt 2 x 6.545
    # 2024-01 (KH-025b-668): hver: sats 6.754 (§ 23, stk. 2, nr. 6, 2024 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.000/2 = 4.500; samlet 11.754 - loft 10.179 (2024) = 1.575 over: særlig støtte -500, boligstøtte -1.075; i alt -1.000 og -2.150; udbetalt 2 x 6.754
    # 2025-01 (KH-025b-669): hver: sats 6.997 (§ 23, stk. 2, nr. 6, 2025 UNCONFIRMED); særlig støtte 1.000/2 = 500, boligstøtte 9.200/2 = 4.600; samlet 12.097 - loft 10.545 (2025 UNCONFIRMED) = 1.552 over: særlig støtte -500, boligstøtte -1.052; i alt -1.000 og -2.104; udbetalt 2 x 6.997
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-665 | 2021-01 | 1.000,00      | 8.600,00    | 12.820,00 | 1.000,00      | 2.100,00     |
      | KH-025b-666 | 2022-01 | 1.000,00      | 8.600,00    | 12.840,00 | 1.000,00      | 2.090,00     |
      | KH-025b-667 | 2023-01 | 1.000,00      | 8.800,00    | 13.090,00 | 1.000,00      | 2.164,00     |
      | KH-025b-668 | 2024-01 | 1.000,00      | 9.000,00    | 13.508,00 | 1.000,00      | 2.150,00     |
      | KH-025b-669 | 2025-01 | 1.000,00      | 9.200,00    | 13.994,00 | 1.000,00      | 2.104,00     |

  @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen, Enlig forsørger under 30 med et barn (uddannelseshjælp): § 25 b, stk. 3, nr. 4 (s3_enlig_1_barn) i årets første måned
    # 2021-01 (KH-025b-670): sats 12.821 (§ 23, stk. 2, nr. 1, 2021 UNCONFIRMED) + særlig støtte 500 + boligstøtte 3.300 = 16.621 - loft 15.118 (2021 UNCONFIRMED) = 1.503 over: særlig støtte -500, boligstøtte -1.003
    # 2022-01 (KH-025b-671): sats 12.841 (§ 23, stk. 2, nr. 1, 2022 UNCONFIRMED) + særlig støtte 500 + boligstøtte 3.300 = 16.641 - loft 15.141 (2022 UNCONFIRMED) = 1.500 over: særlig støtte -500, boligstøtte -1.000
    # 2023-01 (KH-025b-672): sats 13.090 (§ 23, stk. 2, nr. 1, 2023) + særlig støtte 500 + boligstøtte 3.400 = 16.990 - loft 15.436 (2023) = 1.554 over: særlig støtte -500, boligstøtte -1.054
    # 2024-01 (KH-025b-673): sats 13.509 (§ 23, stk. 2, nr. 1, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 3.500 = 17.509 - loft 15.930 (2024) = 1.579 over: særlig støtte -500, boligstøtte -1.079
    # 2025-01 (KH-025b-674): sats 13.995 (§ 23, stk. 2, nr. 1, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 3.600 = 18.095 - loft 16.504 (2025 UNCONFIRMED) = 1.591 over: særlig støtte -500, boligstøtte -1.091
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-670 | 2021-01 | 500,00        | 3.300,00    | 12.821,00 | 500,00        | 1.003,00     |
      | KH-025b-671 | 2022-01 | 500,00        | 3.300,00    | 12.841,00 | 500,00        | 1.000,00     |
      | KH-025b-672 | 2023-01 | 500,00        | 3.400,00    | 13.090,00 | 500,00        | 1.054,00     |
      | KH-025b-673 | 2024-01 | 500,00        | 3.500,00    | 13.509,00 | 500,00        | 1.079,00     |
      | KH-025b-674 | 2025-01 | 500,00        | 3.600,00    | 13.995,00 | 500,00        | 1.091,00     |

  @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen, Enlig forsørger under 30 med to børn (uddannelseshjælp): § 25 b, stk. 3, nr. 5 (s3_enlig_2_boern) i årets første måned
    # 2021-01 (KH-025b-675): sats 12.821 (§ 23, stk. 2, nr. 1, 2021 UNCONFIRMED) + særlig støtte 500 + boligstøtte 3.700 = 17.021 - loft 15.499 (2021 UNCONFIRMED) = 1.522 over: særlig støtte -500, boligstøtte -1.022
    # 2022-01 (KH-025b-676): sats 12.841 (§ 23, stk. 2, nr. 1, 2022 UNCONFIRMED) + særlig støtte 500 + boligstøtte 3.700 = 17.041 - loft 15.523 (2022 UNCONFIRMED) = 1.518 over: særlig støtte -500, boligstøtte -1.018
    # 2023-01 (KH-025b-677): sats 13.090 (§ 23, stk. 2, nr. 1, 2023) + særlig støtte 500 + boligstøtte 3.800 = 17.390 - loft 15.825 (2023) = 1.565 over: særlig støtte -500, boligstøtte -1.065
    # 2024-01 (KH-025b-678): sats 13.509 (§ 23, stk. 2, nr. 1, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 3.900 = 17.909 - loft 16.331 (2024) = 1.578 over: særlig støtte -500, boligstøtte -1.078
    # 2025-01 (KH-025b-679): sats 13.995 (§ 23, stk. 2, nr. 1, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 4.000 = 18.495 - loft 16.919 (2025 UNCONFIRMED) = 1.576 over: særlig støtte -500, boligstøtte -1.076
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt  | nedsat_særlig | nedsat_bolig |
      | KH-025b-675 | 2021-01 | 500,00        | 3.700,00    | 12.821,00 | 500,00        | 1.022,00     |
      | KH-025b-676 | 2022-01 | 500,00        | 3.700,00    | 12.841,00 | 500,00        | 1.018,00     |
      | KH-025b-677 | 2023-01 | 500,00        | 3.800,00    | 13.090,00 | 500,00        | 1.065,00     |
      | KH-025b-678 | 2024-01 | 500,00        | 3.900,00    | 13.509,00 | 500,00        | 1.078,00     |
      | KH-025b-679 | 2025-01 | 500,00        | 4.000,00    | 13.995,00 | 500,00        | 1.076,00     |

  @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen, Enlig under 30 uden børn, udeboende (uddannelseshjælp): § 25 b, stk. 3, nr. 6 (s3_enlig_ikke_forsoerger) i årets første måned
    # 2021-01 (KH-025b-680): sats 6.410 (§ 23, stk. 2, nr. 8, 2021 UNCONFIRMED) + særlig støtte 500 + boligstøtte 5.000 = 11.910 - loft 10.404 (2021 UNCONFIRMED) = 1.506 over: særlig støtte -500, boligstøtte -1.006
    # 2022-01 (KH-025b-681): sats 6.420 (§ 23, stk. 2, nr. 8, 2022 UNCONFIRMED) + særlig støtte 500 + boligstøtte 5.000 = 11.920 - loft 10.420 (2022 UNCONFIRMED) = 1.500 over: særlig støtte -500, boligstøtte -1.000
    # 2023-01 (KH-025b-682): sats 6.545 (§ 23, stk. 2, nr. 8, 2023) + særlig støtte 500 + boligstøtte 5.100 = 12.145 - loft 10.623 (2023) = 1.522 over: særlig støtte -500, boligstøtte -1.022
    # 2024-01 (KH-025b-683): sats 6.754 (§ 23, stk. 2, nr. 8, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 5.300 = 12.554 - loft 10.963 (2024) = 1.591 over: særlig støtte -500, boligstøtte -1.091
    # 2025-01 (KH-025b-684): sats 6.997 (§ 23, stk. 2, nr. 8, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 5.400 = 12.897 - loft 11.358 (2025 UNCONFIRMED) = 1.539 over: særlig støtte -500, boligstøtte -1.039
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden får i <måned> særlig støtte på <særlig_støtte> kr.
    Og husstanden får i <måned> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <måned>
    Så udbetales <udbetalt> kr. for <måned>
    Og den særlige støtte nedsættes med <nedsat_særlig> kr. for <måned>
    Og boligstøtten nedsættes med <nedsat_bolig> kr. for <måned>

    Eksempler:
      | id          | måned   | særlig_støtte | boligstøtte | udbetalt | nedsat_særlig | nedsat_bolig |
      | KH-025b-680 | 2021-01 | 500,00        | 5.000,00    | 6.410,00 | 500,00        | 1.006,00     |
      | KH-025b-681 | 2022-01 | 500,00        | 5.000,00    | 6.420,00 | 500,00        | 1.000,00     |
      | KH-025b-682 | 2023-01 | 500,00        | 5.100,00    | 6.545,00 | 500,00        | 1.022,00     |
      | KH-025b-683 | 2024-01 | 500,00        | 5.300,00    | 6.754,00 | 500,00        | 1.091,00     |
      | KH-025b-684 | 2025-01 | 500,00        | 5.400,00    | 6.997,00 | 500,00        | 1.039,00     |


  @id:KH-025b-691 @akl-25b-stk-1
  Scenarie: Gravid under 30 på voksensats: loftet efter stk. 1, ikke stk. 2
    # § 25 b, stk. 1 gælder personer, der modtager hjælp 'med et beløb svarende til satserne i § 25, stk. 2' (bm.dk 2024:
    # 'svarende til satserne i § 25, stk. 2'), også under 30. Enlig, 24 år, gravid forbi 12. uge: § 25, stk. 3, nr. 3 =
    # § 25, stk. 2, nr. 2-niveauet (KILDER.md) 12.326 kr. (2024, bm.dk). Loft stk. 1, enlig uden børn (2024, bm.dk) 14.909:
    # 12.326 + 3.000 - 14.909 = 417,00 kr. nedsættelse af boligstøtten (stk. 2-loftet 11.414 ville give 3.000).
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren passerede 12. svangerskabsuge 2024-01-10
    Og husstanden får i 2024-03 boligstøtte på 3.000,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03
    Og ansøgerens satskategori er u30_gravid for 2024-03
    Og boligstøtten nedsættes med 417,00 kr. for 2024-03

  @id:KH-025b-692 @akl-25b-stk-1
  Scenarie: Gravid på uddannelseshjælp på voksensats: loftet efter stk. 1, ikke stk. 3
    # Enlig, 23 år, uden erhvervskompetencegivende uddannelse, gravid forbi 12. uge: § 23, stk. 2, nr. 3 = § 25, stk. 2,
    # nr. 2 (bm.dk 2023) 11.944 kr. Loft stk. 1, enlig uden børn (2023, bm.dk) 14.447: 11.944 + 500 + 3.000 = 15.444 -
    # 14.447 = 997 over: særlig støtte -500, boligstøtte -497,00 kr. (stk. 3, nr. 6-loftet 10.623 ville give -3.000).
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren passerede 12. svangerskabsuge 2023-01-10
    Og husstanden får i 2023-03 særlig støtte på 500,00 kr.
    Og husstanden får i 2023-03 boligstøtte på 3.000,00 kr.
    Når sagen afgøres for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og ansøgerens satskategori er uh_gravid for 2023-03
    Og den særlige støtte nedsættes med 500,00 kr. for 2023-03
    Og boligstøtten nedsættes med 497,00 kr. for 2023-03

  @id:KH-025b-693 @akl-25b-stk-1
  Scenarie: Enlig forsørger under 30 med psykisk lidelse på voksensats: loftet efter stk. 1
    # Enlig, 26 år, et barn, dokumenteret psykisk lidelse: § 25, stk. 3, nr. 4 = § 25, stk. 2, nr. 1-niveauet (KILDER.md)
    # 16.382 kr. (2024, bm.dk). Loft stk. 1, enlig med ét barn (2024, bm.dk) 17.080: 16.382 + 2.000 - 17.080 = 1.302,00 kr.
    # nedsættelse af boligstøtten (stk. 2-loftet for enlig med ét barn, 16.742, ville give 1.640).
    Givet en enlig ansøger født 1998-05-05
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har en dokumenteret psykisk lidelse
    Og husstanden får i 2024-05 boligstøtte på 2.000,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 16.382,00 kr. for 2024-05
    Og ansøgerens satskategori er u30_psykisk_syg_forsoerger for 2024-05
    Og boligstøtten nedsættes med 1.302,00 kr. for 2024-05

  @id:KH-025b-697 @akl-25b-stk-1
  Scenarie: Enlig over 30 uden børn gennem fem år: loftet skifter hver 1. januar (stk. 1)
    # Boligstøtte 3.500 kr. hver januar 2021-2025 (og ingen de andre måneder); hjælpen er satsen (§ 25, stk. 2, nr. 2) hver måned.
    # Loft stk. 1, enlig uden børn fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025 UNCONFIRMED, afledt; satsen
    # 2025 UNCONFIRMED). Nedsættelse hver januar = sats + boligstøtte - loft:
    # 2021-01: 11.698 + 3.500 - 14.148 UNCONFIRMED = 1.050
    # 2022-01: 11.716 + 3.500 - 14.170 UNCONFIRMED = 1.046
    # 2023-01: 11.944 + 3.500 - 14.447 = 997
    # 2024-01: 12.326 + 3.500 - 14.909 = 917
    # 2025-01: 12.770 + 3.500 - 15.446 UNCONFIRMED = 824
    # Udbetalt i alt (49 måneder): 12 x (11.698 + 11.716 + 11.944 + 12.326) + 12.770 = 584.978 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2021-01 boligstøtte på 3.500,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 3.500,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 3.500,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 3.500,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 3.500,00 kr.
    Når sagen afgøres for 2021-01 til 2025-01
    Så boligstøtten nedsættes med 1.050,00 kr. for 2021-01
    Og der udbetales 11.698,00 kr. for 2021-01
    Og boligstøtten nedsættes med 1.046,00 kr. for 2022-01
    Og der udbetales 11.716,00 kr. for 2022-01
    Og boligstøtten nedsættes med 997,00 kr. for 2023-01
    Og der udbetales 11.944,00 kr. for 2023-01
    Og boligstøtten nedsættes med 917,00 kr. for 2024-01
    Og der udbetales 12.326,00 kr. for 2024-01
    Og boligstøtten nedsættes med 824,00 kr. for 2025-01
    Og der udbetales 12.770,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 584.978,00 kr. i alt

  @id:KH-025b-699 @akl-25b-stk-2
  Scenarie: Enlig under 30 uden børn, udeboende, gennem fem år: loftet skifter hver 1. januar (stk. 2)
    # Boligstøtte 4.000 kr. hver januar 2021-2025 (og ingen de andre måneder); hjælpen er satsen (§ 25, stk. 3, nr. 6 og 8) hver måned.
    # Loft stk. 2, enlig uden børn fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025 UNCONFIRMED, afledt; satsen
    # 2025 UNCONFIRMED og 2024 UNCONFIRMED). Nedsættelse hver januar = sats + boligstøtte - loft:
    # 2021-01: 7.541 + 4.000 - 10.830 UNCONFIRMED = 711
    # 2022-01: 7.552 + 4.000 - 10.846 UNCONFIRMED = 706
    # 2023-01: 7.699 + 4.000 - 11.060 = 639
    # 2024-01: 7.945 + 4.000 - 11.414 = 531
    # 2025-01: 8.231 + 4.000 - 11.825 UNCONFIRMED = 406
    # Udbetalt i alt (49 måneder): 12 x (7.541 + 7.552 + 7.699 + 7.945) + 8.231 = 377.075 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og husstanden får i 2021-01 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 4.000,00 kr.
    Når sagen afgøres for 2021-01 til 2025-01
    Så boligstøtten nedsættes med 711,00 kr. for 2021-01
    Og der udbetales 7.541,00 kr. for 2021-01
    Og boligstøtten nedsættes med 706,00 kr. for 2022-01
    Og der udbetales 7.552,00 kr. for 2022-01
    Og boligstøtten nedsættes med 639,00 kr. for 2023-01
    Og der udbetales 7.699,00 kr. for 2023-01
    Og boligstøtten nedsættes med 531,00 kr. for 2024-01
    Og der udbetales 7.945,00 kr. for 2024-01
    Og boligstøtten nedsættes med 406,00 kr. for 2025-01
    Og der udbetales 8.231,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 377.075,00 kr. i alt

  @id:KH-025b-900 @akl-25b-stk-1
  Scenarie: Enlig over 30 med et barn, særlig støtte og boligstøtte, december 2021 til januar 2025: loftet (stk. 1, nr. 3) skifter hver 1. januar
    # Særlig støtte 700 og boligstøtte 1.200 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder);
    # ansøgeren er eneste voksne, så hele støtten indgår. Hjælpen er satsen hver måned (ingen indtægt).
    # Loft § 25 b, stk. 1, nr. 3 (s1_enlig_1_barn) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 15.547 (§ 25, stk. 2, nr. 1, 2021) + særlig støtte 700 + boligstøtte 1.200 = 17.447 - loft 16.207 (2021 UNCONFIRMED) = 1.240 over: særlig støtte -700, boligstøtte -540
    # 2022-01: sats 15.570 (§ 25, stk. 2, nr. 1, 2022) + særlig støtte 700 + boligstøtte 1.200 = 17.470 - loft 16.232 (2022 UNCONFIRMED) = 1.238 over: særlig støtte -700, boligstøtte -538
    # 2023-01: sats 15.874 (§ 25, stk. 2, nr. 1, 2023) + særlig støtte 700 + boligstøtte 1.200 = 17.774 - loft 16.550 (2023) = 1.224 over: særlig støtte -700, boligstøtte -524
    # 2024-01: sats 16.382 (§ 25, stk. 2, nr. 1, 2024) + særlig støtte 700 + boligstøtte 1.200 = 18.282 - loft 17.080 (2024) = 1.202 over: særlig støtte -700, boligstøtte -502
    # 2025-01: sats 16.972 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + særlig støtte 700 + boligstøtte 1.200 = 18.872 - loft 17.695 (2025 UNCONFIRMED) = 1.177 over: særlig støtte -700, boligstøtte -477
    # Udbetalt i alt (38 måneder): 1 x 15.547 + 12 x 15.570 + 12 x 15.874 + 12 x 16.382 + 1 x 16.972 = 606.431 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i 2021-12 særlig støtte på 700,00 kr.
    Og husstanden får i 2021-12 boligstøtte på 1.200,00 kr.
    Og husstanden får i 2022-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 1.200,00 kr.
    Og husstanden får i 2023-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 1.200,00 kr.
    Og husstanden får i 2024-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 1.200,00 kr.
    Og husstanden får i 2025-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 1.200,00 kr.
    Når sagen afgøres for 2021-12 til 2025-01
    Så den særlige støtte nedsættes med 700,00 kr. for 2021-12
    Og boligstøtten nedsættes med 540,00 kr. for 2021-12
    Og der udbetales 15.547,00 kr. for 2021-12
    Og den særlige støtte nedsættes med 700,00 kr. for 2022-01
    Og boligstøtten nedsættes med 538,00 kr. for 2022-01
    Og der udbetales 15.570,00 kr. for 2022-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2023-01
    Og boligstøtten nedsættes med 524,00 kr. for 2023-01
    Og der udbetales 15.874,00 kr. for 2023-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2024-01
    Og boligstøtten nedsættes med 502,00 kr. for 2024-01
    Og der udbetales 16.382,00 kr. for 2024-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2025-01
    Og boligstøtten nedsættes med 477,00 kr. for 2025-01
    Og der udbetales 16.972,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 606.431,00 kr. i alt

  @id:KH-025b-901 @akl-25b-stk-1
  Scenarie: Enlig over 30 med et barn, boligstøtte delt med en anden voksen, december 2021 til januar 2025: loftet (stk. 1, nr. 3) skifter hver 1. januar
    # Boligstøtte 2.200 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder); 2 voksne i boligen,
    # så ansøgerens andel er 2.200/2 = 1.100 (FT-KH-LOFT-FORDELING); ingen særlig støtte. Hjælpen er satsen hver måned.
    # Loft § 25 b, stk. 1, nr. 3 (s1_enlig_1_barn) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 15.547 (§ 25, stk. 2, nr. 1, 2021) + boligstøtteandel 1.100 = 16.647 - loft 16.207 (2021 UNCONFIRMED) = 440: boligstøtte -440
    # 2022-01: sats 15.570 (§ 25, stk. 2, nr. 1, 2022) + boligstøtteandel 1.100 = 16.670 - loft 16.232 (2022 UNCONFIRMED) = 438: boligstøtte -438
    # 2023-01: sats 15.874 (§ 25, stk. 2, nr. 1, 2023) + boligstøtteandel 1.100 = 16.974 - loft 16.550 (2023) = 424: boligstøtte -424
    # 2024-01: sats 16.382 (§ 25, stk. 2, nr. 1, 2024) + boligstøtteandel 1.100 = 17.482 - loft 17.080 (2024) = 402: boligstøtte -402
    # 2025-01: sats 16.972 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + boligstøtteandel 1.100 = 18.072 - loft 17.695 (2025 UNCONFIRMED) = 377: boligstøtte -377
    # Udbetalt i alt (38 måneder): 1 x 15.547 + 12 x 15.570 + 12 x 15.874 + 12 x 16.382 + 1 x 16.972 = 606.431 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i 2021-12 boligstøtte på 2.200,00 kr.
    Og der bor 2 voksne i boligen i 2021-12
    Og husstanden får i 2022-01 boligstøtte på 2.200,00 kr.
    Og der bor 2 voksne i boligen i 2022-01
    Og husstanden får i 2023-01 boligstøtte på 2.200,00 kr.
    Og der bor 2 voksne i boligen i 2023-01
    Og husstanden får i 2024-01 boligstøtte på 2.200,00 kr.
    Og der bor 2 voksne i boligen i 2024-01
    Og husstanden får i 2025-01 boligstøtte på 2.200,00 kr.
    Og der bor 2 voksne i boligen i 2025-01
    Når sagen afgøres for 2021-12 til 2025-01
    Så boligstøtten nedsættes med 440,00 kr. for 2021-12
    Og der udbetales 15.547,00 kr. for 2021-12
    Og boligstøtten nedsættes med 438,00 kr. for 2022-01
    Og der udbetales 15.570,00 kr. for 2022-01
    Og boligstøtten nedsættes med 424,00 kr. for 2023-01
    Og der udbetales 15.874,00 kr. for 2023-01
    Og boligstøtten nedsættes med 402,00 kr. for 2024-01
    Og der udbetales 16.382,00 kr. for 2024-01
    Og boligstøtten nedsættes med 377,00 kr. for 2025-01
    Og der udbetales 16.972,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 606.431,00 kr. i alt

  @id:KH-025b-902 @akl-25b-stk-1
  Scenarie: Enlig over 30 med to børn, særlig støtte og boligstøtte, december 2021 til januar 2025: loftet (stk. 1, nr. 4) skifter hver 1. januar
    # Særlig støtte 700 og boligstøtte 1.600 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder);
    # ansøgeren er eneste voksne, så hele støtten indgår. Hjælpen er satsen hver måned (ingen indtægt).
    # Loft § 25 b, stk. 1, nr. 4 (s1_enlig_2_boern) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 15.547 (§ 25, stk. 2, nr. 1, 2021) + særlig støtte 700 + boligstøtte 1.600 = 17.847 - loft 16.589 (2021 UNCONFIRMED) = 1.258 over: særlig støtte -700, boligstøtte -558
    # 2022-01: sats 15.570 (§ 25, stk. 2, nr. 1, 2022) + særlig støtte 700 + boligstøtte 1.600 = 17.870 - loft 16.615 (2022 UNCONFIRMED) = 1.255 over: særlig støtte -700, boligstøtte -555
    # 2023-01: sats 15.874 (§ 25, stk. 2, nr. 1, 2023) + særlig støtte 700 + boligstøtte 1.600 = 18.174 - loft 16.941 (2023) = 1.233 over: særlig støtte -700, boligstøtte -533
    # 2024-01: sats 16.382 (§ 25, stk. 2, nr. 1, 2024) + særlig støtte 700 + boligstøtte 1.600 = 18.682 - loft 17.483 (2024) = 1.199 over: særlig støtte -700, boligstøtte -499
    # 2025-01: sats 16.972 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + særlig støtte 700 + boligstøtte 1.600 = 19.272 - loft 18.112 (2025 UNCONFIRMED) = 1.160 over: særlig støtte -700, boligstøtte -460
    # Udbetalt i alt (38 måneder): 1 x 15.547 + 12 x 15.570 + 12 x 15.874 + 12 x 16.382 + 1 x 16.972 = 606.431 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og husstanden får i 2021-12 særlig støtte på 700,00 kr.
    Og husstanden får i 2021-12 boligstøtte på 1.600,00 kr.
    Og husstanden får i 2022-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 1.600,00 kr.
    Og husstanden får i 2023-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 1.600,00 kr.
    Og husstanden får i 2024-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 1.600,00 kr.
    Og husstanden får i 2025-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 1.600,00 kr.
    Når sagen afgøres for 2021-12 til 2025-01
    Så den særlige støtte nedsættes med 700,00 kr. for 2021-12
    Og boligstøtten nedsættes med 558,00 kr. for 2021-12
    Og der udbetales 15.547,00 kr. for 2021-12
    Og den særlige støtte nedsættes med 700,00 kr. for 2022-01
    Og boligstøtten nedsættes med 555,00 kr. for 2022-01
    Og der udbetales 15.570,00 kr. for 2022-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2023-01
    Og boligstøtten nedsættes med 533,00 kr. for 2023-01
    Og der udbetales 15.874,00 kr. for 2023-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2024-01
    Og boligstøtten nedsættes med 499,00 kr. for 2024-01
    Og der udbetales 16.382,00 kr. for 2024-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2025-01
    Og boligstøtten nedsættes med 460,00 kr. for 2025-01
    Og der udbetales 16.972,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 606.431,00 kr. i alt

  @id:KH-025b-903 @akl-25b-stk-1
  Scenarie: Enlig over 30 med to børn, boligstøtte delt med en anden voksen, december 2021 til januar 2025: loftet (stk. 1, nr. 4) skifter hver 1. januar
    # Boligstøtte 3.000 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder); 2 voksne i boligen,
    # så ansøgerens andel er 3.000/2 = 1.500 (FT-KH-LOFT-FORDELING); ingen særlig støtte. Hjælpen er satsen hver måned.
    # Loft § 25 b, stk. 1, nr. 4 (s1_enlig_2_boern) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 15.547 (§ 25, stk. 2, nr. 1, 2021) + boligstøtteandel 1.500 = 17.047 - loft 16.589 (2021 UNCONFIRMED) = 458: boligstøtte -458
    # 2022-01: sats 15.570 (§ 25, stk. 2, nr. 1, 2022) + boligstøtteandel 1.500 = 17.070 - loft 16.615 (2022 UNCONFIRMED) = 455: boligstøtte -455
    # 2023-01: sats 15.874 (§ 25, stk. 2, nr. 1, 2023) + boligstøtteandel 1.500 = 17.374 - loft 16.941 (2023) = 433: boligstøtte -433
    # 2024-01: sats 16.382 (§ 25, stk. 2, nr. 1, 2024) + boligstøtteandel 1.500 = 17.882 - loft 17.483 (2024) = 399: boligstøtte -399
    # 2025-01: sats 16.972 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + boligstøtteandel 1.500 = 18.472 - loft 18.112 (2025 UNCONFIRMED) = 360: boligstøtte -360
    # Udbetalt i alt (38 måneder): 1 x 15.547 + 12 x 15.570 + 12 x 15.874 + 12 x 16.382 + 1 x 16.972 = 606.431 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og husstanden får i 2021-12 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2021-12
    Og husstanden får i 2022-01 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2022-01
    Og husstanden får i 2023-01 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2023-01
    Og husstanden får i 2024-01 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2024-01
    Og husstanden får i 2025-01 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2025-01
    Når sagen afgøres for 2021-12 til 2025-01
    Så boligstøtten nedsættes med 458,00 kr. for 2021-12
    Og der udbetales 15.547,00 kr. for 2021-12
    Og boligstøtten nedsættes med 455,00 kr. for 2022-01
    Og der udbetales 15.570,00 kr. for 2022-01
    Og boligstøtten nedsættes med 433,00 kr. for 2023-01
    Og der udbetales 15.874,00 kr. for 2023-01
    Og boligstøtten nedsættes med 399,00 kr. for 2024-01
    Og der udbetales 16.382,00 kr. for 2024-01
    Og boligstøtten nedsættes med 360,00 kr. for 2025-01
    Og der udbetales 16.972,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 606.431,00 kr. i alt

  @id:KH-025b-904 @akl-25b-stk-1
  Scenarie: Enlig over 30 uden børn, boligstøtte delt med en anden voksen, december 2021 til januar 2025: loftet (stk. 1, nr. 5) skifter hver 1. januar
    # Boligstøtte 6.000 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder); 2 voksne i boligen,
    # så ansøgerens andel er 6.000/2 = 3.000 (FT-KH-LOFT-FORDELING); ingen særlig støtte. Hjælpen er satsen hver måned.
    # Loft § 25 b, stk. 1, nr. 5 (s1_enlig_ikke_forsoerger) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 11.698 (§ 25, stk. 2, nr. 2, 2021) + boligstøtteandel 3.000 = 14.698 - loft 14.148 (2021 UNCONFIRMED) = 550: boligstøtte -550
    # 2022-01: sats 11.716 (§ 25, stk. 2, nr. 2, 2022) + boligstøtteandel 3.000 = 14.716 - loft 14.170 (2022 UNCONFIRMED) = 546: boligstøtte -546
    # 2023-01: sats 11.944 (§ 25, stk. 2, nr. 2, 2023) + boligstøtteandel 3.000 = 14.944 - loft 14.447 (2023) = 497: boligstøtte -497
    # 2024-01: sats 12.326 (§ 25, stk. 2, nr. 2, 2024) + boligstøtteandel 3.000 = 15.326 - loft 14.909 (2024) = 417: boligstøtte -417
    # 2025-01: sats 12.770 (§ 25, stk. 2, nr. 2, 2025 UNCONFIRMED) + boligstøtteandel 3.000 = 15.770 - loft 15.446 (2025 UNCONFIRMED) = 324: boligstøtte -324
    # Udbetalt i alt (38 måneder): 1 x 11.698 + 12 x 11.716 + 12 x 11.944 + 12 x 12.326 + 1 x 12.770 = 456.300 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2021-12 boligstøtte på 6.000,00 kr.
    Og der bor 2 voksne i boligen i 2021-12
    Og husstanden får i 2022-01 boligstøtte på 6.000,00 kr.
    Og der bor 2 voksne i boligen i 2022-01
    Og husstanden får i 2023-01 boligstøtte på 6.000,00 kr.
    Og der bor 2 voksne i boligen i 2023-01
    Og husstanden får i 2024-01 boligstøtte på 6.000,00 kr.
    Og der bor 2 voksne i boligen i 2024-01
    Og husstanden får i 2025-01 boligstøtte på 6.000,00 kr.
    Og der bor 2 voksne i boligen i 2025-01
    Når sagen afgøres for 2021-12 til 2025-01
    Så boligstøtten nedsættes med 550,00 kr. for 2021-12
    Og der udbetales 11.698,00 kr. for 2021-12
    Og boligstøtten nedsættes med 546,00 kr. for 2022-01
    Og der udbetales 11.716,00 kr. for 2022-01
    Og boligstøtten nedsættes med 497,00 kr. for 2023-01
    Og der udbetales 11.944,00 kr. for 2023-01
    Og boligstøtten nedsættes med 417,00 kr. for 2024-01
    Og der udbetales 12.326,00 kr. for 2024-01
    Og boligstøtten nedsættes med 324,00 kr. for 2025-01
    Og der udbetales 12.770,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 456.300,00 kr. i alt

  @id:KH-025b-905 @akl-25b-stk-2
  Scenarie: Enlig forsørger under 30 med et barn (kontanthjælp), særlig støtte og boligstøtte, december 2021 til januar 2025: loftet (stk. 2, nr. 4) skifter hver 1. januar
    # Særlig støtte 500 og boligstøtte 1.600 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder);
    # ansøgeren er eneste voksne, så hele støtten indgår. Hjælpen er satsen hver måned (ingen indtægt).
    # Loft § 25 b, stk. 2, nr. 4 (s2_enlig_1_barn) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 14.860 (§ 25, stk. 3, nr. 1, 2021) + særlig støtte 500 + boligstøtte 1.600 = 16.960 - loft 15.887 (2021 UNCONFIRMED) = 1.073 over: særlig støtte -500, boligstøtte -573
    # 2022-01: sats 14.882 (§ 25, stk. 3, nr. 1, 2022) + særlig støtte 500 + boligstøtte 1.600 = 16.982 - loft 15.912 (2022 UNCONFIRMED) = 1.070 over: særlig støtte -500, boligstøtte -570
    # 2023-01: sats 15.172 (§ 25, stk. 3, nr. 1, 2023) + særlig støtte 500 + boligstøtte 1.600 = 17.272 - loft 16.223 (2023) = 1.049 over: særlig støtte -500, boligstøtte -549
    # 2024-01: sats 15.658 (§ 25, stk. 3, nr. 1, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 1.600 = 17.758 - loft 16.742 (2024) = 1.016 over: særlig støtte -500, boligstøtte -516
    # 2025-01: sats 16.222 (§ 25, stk. 3, nr. 1, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 1.600 = 18.322 - loft 17.345 (2025 UNCONFIRMED) = 977 over: særlig støtte -500, boligstøtte -477
    # Udbetalt i alt (38 måneder): 1 x 14.860 + 12 x 14.882 + 12 x 15.172 + 12 x 15.658 + 1 x 16.222 = 579.626 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i 2021-12 særlig støtte på 500,00 kr.
    Og husstanden får i 2021-12 boligstøtte på 1.600,00 kr.
    Og husstanden får i 2022-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 1.600,00 kr.
    Og husstanden får i 2023-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 1.600,00 kr.
    Og husstanden får i 2024-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 1.600,00 kr.
    Og husstanden får i 2025-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 1.600,00 kr.
    Når sagen afgøres for 2021-12 til 2025-01
    Så den særlige støtte nedsættes med 500,00 kr. for 2021-12
    Og boligstøtten nedsættes med 573,00 kr. for 2021-12
    Og der udbetales 14.860,00 kr. for 2021-12
    Og den særlige støtte nedsættes med 500,00 kr. for 2022-01
    Og boligstøtten nedsættes med 570,00 kr. for 2022-01
    Og der udbetales 14.882,00 kr. for 2022-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2023-01
    Og boligstøtten nedsættes med 549,00 kr. for 2023-01
    Og der udbetales 15.172,00 kr. for 2023-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2024-01
    Og boligstøtten nedsættes med 516,00 kr. for 2024-01
    Og der udbetales 15.658,00 kr. for 2024-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2025-01
    Og boligstøtten nedsættes med 477,00 kr. for 2025-01
    Og der udbetales 16.222,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 579.626,00 kr. i alt

  @id:KH-025b-906 @akl-25b-stk-2
  Scenarie: Enlig forsørger under 30 med et barn (kontanthjælp), boligstøtte delt med en anden voksen, december 2021 til januar 2025: loftet (stk. 2, nr. 4) skifter hver 1. januar
    # Boligstøtte 3.000 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder); 2 voksne i boligen,
    # så ansøgerens andel er 3.000/2 = 1.500 (FT-KH-LOFT-FORDELING); ingen særlig støtte. Hjælpen er satsen hver måned.
    # Loft § 25 b, stk. 2, nr. 4 (s2_enlig_1_barn) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 14.860 (§ 25, stk. 3, nr. 1, 2021) + boligstøtteandel 1.500 = 16.360 - loft 15.887 (2021 UNCONFIRMED) = 473: boligstøtte -473
    # 2022-01: sats 14.882 (§ 25, stk. 3, nr. 1, 2022) + boligstøtteandel 1.500 = 16.382 - loft 15.912 (2022 UNCONFIRMED) = 470: boligstøtte -470
    # 2023-01: sats 15.172 (§ 25, stk. 3, nr. 1, 2023) + boligstøtteandel 1.500 = 16.672 - loft 16.223 (2023) = 449: boligstøtte -449
    # 2024-01: sats 15.658 (§ 25, stk. 3, nr. 1, 2024 UNCONFIRMED) + boligstøtteandel 1.500 = 17.158 - loft 16.742 (2024) = 416: boligstøtte -416
    # 2025-01: sats 16.222 (§ 25, stk. 3, nr. 1, 2025 UNCONFIRMED) + boligstøtteandel 1.500 = 17.722 - loft 17.345 (2025 UNCONFIRMED) = 377: boligstøtte -377
    # Udbetalt i alt (38 måneder): 1 x 14.860 + 12 x 14.882 + 12 x 15.172 + 12 x 15.658 + 1 x 16.222 = 579.626 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i 2021-12 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2021-12
    Og husstanden får i 2022-01 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2022-01
    Og husstanden får i 2023-01 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2023-01
    Og husstanden får i 2024-01 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2024-01
    Og husstanden får i 2025-01 boligstøtte på 3.000,00 kr.
    Og der bor 2 voksne i boligen i 2025-01
    Når sagen afgøres for 2021-12 til 2025-01
    Så boligstøtten nedsættes med 473,00 kr. for 2021-12
    Og der udbetales 14.860,00 kr. for 2021-12
    Og boligstøtten nedsættes med 470,00 kr. for 2022-01
    Og der udbetales 14.882,00 kr. for 2022-01
    Og boligstøtten nedsættes med 449,00 kr. for 2023-01
    Og der udbetales 15.172,00 kr. for 2023-01
    Og boligstøtten nedsættes med 416,00 kr. for 2024-01
    Og der udbetales 15.658,00 kr. for 2024-01
    Og boligstøtten nedsættes med 377,00 kr. for 2025-01
    Og der udbetales 16.222,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 579.626,00 kr. i alt

  @id:KH-025b-907 @akl-25b-stk-2
  Scenarie: Enlig forsørger under 30 med to børn (kontanthjælp), særlig støtte og boligstøtte, december 2021 til januar 2025: loftet (stk. 2, nr. 5) skifter hver 1. januar
    # Særlig støtte 500 og boligstøtte 2.000 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder);
    # ansøgeren er eneste voksne, så hele støtten indgår. Hjælpen er satsen hver måned (ingen indtægt).
    # Loft § 25 b, stk. 2, nr. 5 (s2_enlig_2_boern) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 14.860 (§ 25, stk. 3, nr. 1, 2021) + særlig støtte 500 + boligstøtte 2.000 = 17.360 - loft 16.269 (2021 UNCONFIRMED) = 1.091 over: særlig støtte -500, boligstøtte -591
    # 2022-01: sats 14.882 (§ 25, stk. 3, nr. 1, 2022) + særlig støtte 500 + boligstøtte 2.000 = 17.382 - loft 16.294 (2022 UNCONFIRMED) = 1.088 over: særlig støtte -500, boligstøtte -588
    # 2023-01: sats 15.172 (§ 25, stk. 3, nr. 1, 2023) + særlig støtte 500 + boligstøtte 2.000 = 17.672 - loft 16.614 (2023) = 1.058 over: særlig støtte -500, boligstøtte -558
    # 2024-01: sats 15.658 (§ 25, stk. 3, nr. 1, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 2.000 = 18.158 - loft 17.146 (2024) = 1.012 over: særlig støtte -500, boligstøtte -512
    # 2025-01: sats 16.222 (§ 25, stk. 3, nr. 1, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 2.000 = 18.722 - loft 17.763 (2025 UNCONFIRMED) = 959 over: særlig støtte -500, boligstøtte -459
    # Udbetalt i alt (38 måneder): 1 x 14.860 + 12 x 14.882 + 12 x 15.172 + 12 x 15.658 + 1 x 16.222 = 579.626 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i 2021-12 særlig støtte på 500,00 kr.
    Og husstanden får i 2021-12 boligstøtte på 2.000,00 kr.
    Og husstanden får i 2022-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 2.000,00 kr.
    Og husstanden får i 2023-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 2.000,00 kr.
    Og husstanden får i 2024-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 2.000,00 kr.
    Og husstanden får i 2025-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 2.000,00 kr.
    Når sagen afgøres for 2021-12 til 2025-01
    Så den særlige støtte nedsættes med 500,00 kr. for 2021-12
    Og boligstøtten nedsættes med 591,00 kr. for 2021-12
    Og der udbetales 14.860,00 kr. for 2021-12
    Og den særlige støtte nedsættes med 500,00 kr. for 2022-01
    Og boligstøtten nedsættes med 588,00 kr. for 2022-01
    Og der udbetales 14.882,00 kr. for 2022-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2023-01
    Og boligstøtten nedsættes med 558,00 kr. for 2023-01
    Og der udbetales 15.172,00 kr. for 2023-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2024-01
    Og boligstøtten nedsættes med 512,00 kr. for 2024-01
    Og der udbetales 15.658,00 kr. for 2024-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2025-01
    Og boligstøtten nedsættes med 459,00 kr. for 2025-01
    Og der udbetales 16.222,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 579.626,00 kr. i alt

  @id:KH-025b-908 @akl-25b-stk-2
  Scenarie: Enlig forsørger under 30 med to børn (kontanthjælp), boligstøtte delt med en anden voksen, december 2021 til januar 2025: loftet (stk. 2, nr. 5) skifter hver 1. januar
    # Boligstøtte 3.800 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder); 2 voksne i boligen,
    # så ansøgerens andel er 3.800/2 = 1.900 (FT-KH-LOFT-FORDELING); ingen særlig støtte. Hjælpen er satsen hver måned.
    # Loft § 25 b, stk. 2, nr. 5 (s2_enlig_2_boern) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 14.860 (§ 25, stk. 3, nr. 1, 2021) + boligstøtteandel 1.900 = 16.760 - loft 16.269 (2021 UNCONFIRMED) = 491: boligstøtte -491
    # 2022-01: sats 14.882 (§ 25, stk. 3, nr. 1, 2022) + boligstøtteandel 1.900 = 16.782 - loft 16.294 (2022 UNCONFIRMED) = 488: boligstøtte -488
    # 2023-01: sats 15.172 (§ 25, stk. 3, nr. 1, 2023) + boligstøtteandel 1.900 = 17.072 - loft 16.614 (2023) = 458: boligstøtte -458
    # 2024-01: sats 15.658 (§ 25, stk. 3, nr. 1, 2024 UNCONFIRMED) + boligstøtteandel 1.900 = 17.558 - loft 17.146 (2024) = 412: boligstøtte -412
    # 2025-01: sats 16.222 (§ 25, stk. 3, nr. 1, 2025 UNCONFIRMED) + boligstøtteandel 1.900 = 18.122 - loft 17.763 (2025 UNCONFIRMED) = 359: boligstøtte -359
    # Udbetalt i alt (38 måneder): 1 x 14.860 + 12 x 14.882 + 12 x 15.172 + 12 x 15.658 + 1 x 16.222 = 579.626 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i 2021-12 boligstøtte på 3.800,00 kr.
    Og der bor 2 voksne i boligen i 2021-12
    Og husstanden får i 2022-01 boligstøtte på 3.800,00 kr.
    Og der bor 2 voksne i boligen i 2022-01
    Og husstanden får i 2023-01 boligstøtte på 3.800,00 kr.
    Og der bor 2 voksne i boligen i 2023-01
    Og husstanden får i 2024-01 boligstøtte på 3.800,00 kr.
    Og der bor 2 voksne i boligen i 2024-01
    Og husstanden får i 2025-01 boligstøtte på 3.800,00 kr.
    Og der bor 2 voksne i boligen i 2025-01
    Når sagen afgøres for 2021-12 til 2025-01
    Så boligstøtten nedsættes med 491,00 kr. for 2021-12
    Og der udbetales 14.860,00 kr. for 2021-12
    Og boligstøtten nedsættes med 488,00 kr. for 2022-01
    Og der udbetales 14.882,00 kr. for 2022-01
    Og boligstøtten nedsættes med 458,00 kr. for 2023-01
    Og der udbetales 15.172,00 kr. for 2023-01
    Og boligstøtten nedsættes med 412,00 kr. for 2024-01
    Og der udbetales 15.658,00 kr. for 2024-01
    Og boligstøtten nedsættes med 359,00 kr. for 2025-01
    Og der udbetales 16.222,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 579.626,00 kr. i alt

  @id:KH-025b-909 @akl-25b-stk-2
  Scenarie: Enlig under 30 uden børn, udeboende (kontanthjælp), særlig støtte og boligstøtte, december 2021 til januar 2025: loftet (stk. 2, nr. 6) skifter hver 1. januar
    # Særlig støtte 500 og boligstøtte 4.000 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder);
    # ansøgeren er eneste voksne, så hele støtten indgår. Hjælpen er satsen hver måned (ingen indtægt).
    # Loft § 25 b, stk. 2, nr. 6 (s2_enlig_ikke_forsoerger) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 7.541 (§ 25, stk. 3, nr. 6, 2021) + særlig støtte 500 + boligstøtte 4.000 = 12.041 - loft 10.830 (2021 UNCONFIRMED) = 1.211 over: særlig støtte -500, boligstøtte -711
    # 2022-01: sats 7.552 (§ 25, stk. 3, nr. 6, 2022) + særlig støtte 500 + boligstøtte 4.000 = 12.052 - loft 10.846 (2022 UNCONFIRMED) = 1.206 over: særlig støtte -500, boligstøtte -706
    # 2023-01: sats 7.699 (§ 25, stk. 3, nr. 6, 2023) + særlig støtte 500 + boligstøtte 4.000 = 12.199 - loft 11.060 (2023) = 1.139 over: særlig støtte -500, boligstøtte -639
    # 2024-01: sats 7.945 (§ 25, stk. 3, nr. 6, 2024 UNCONFIRMED) + særlig støtte 500 + boligstøtte 4.000 = 12.445 - loft 11.414 (2024) = 1.031 over: særlig støtte -500, boligstøtte -531
    # 2025-01: sats 8.231 (§ 25, stk. 3, nr. 6, 2025 UNCONFIRMED) + særlig støtte 500 + boligstøtte 4.000 = 12.731 - loft 11.825 (2025 UNCONFIRMED) = 906 over: særlig støtte -500, boligstøtte -406
    # Udbetalt i alt (38 måneder): 1 x 7.541 + 12 x 7.552 + 12 x 7.699 + 12 x 7.945 + 1 x 8.231 = 294.124 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og husstanden får i 2021-12 særlig støtte på 500,00 kr.
    Og husstanden får i 2021-12 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2022-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2023-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2024-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2025-01 særlig støtte på 500,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 4.000,00 kr.
    Når sagen afgøres for 2021-12 til 2025-01
    Så den særlige støtte nedsættes med 500,00 kr. for 2021-12
    Og boligstøtten nedsættes med 711,00 kr. for 2021-12
    Og der udbetales 7.541,00 kr. for 2021-12
    Og den særlige støtte nedsættes med 500,00 kr. for 2022-01
    Og boligstøtten nedsættes med 706,00 kr. for 2022-01
    Og der udbetales 7.552,00 kr. for 2022-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2023-01
    Og boligstøtten nedsættes med 639,00 kr. for 2023-01
    Og der udbetales 7.699,00 kr. for 2023-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2024-01
    Og boligstøtten nedsættes med 531,00 kr. for 2024-01
    Og der udbetales 7.945,00 kr. for 2024-01
    Og den særlige støtte nedsættes med 500,00 kr. for 2025-01
    Og boligstøtten nedsættes med 406,00 kr. for 2025-01
    Og der udbetales 8.231,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 294.124,00 kr. i alt

  @id:KH-025b-910 @akl-25b-stk-3
  Scenarie: Enlig forsørger under 30 med et barn (uddannelseshjælp), særlig støtte og boligstøtte, december 2021 til januar 2025: loftet (stk. 3, nr. 4) skifter hver 1. januar
    # Særlig støtte 700 og boligstøtte 3.000 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder);
    # ansøgeren er eneste voksne, så hele støtten indgår. Hjælpen er satsen hver måned (ingen indtægt).
    # Loft § 25 b, stk. 3, nr. 4 (s3_enlig_1_barn) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 12.821 (§ 23, stk. 2, nr. 1, 2021 UNCONFIRMED) + særlig støtte 700 + boligstøtte 3.000 = 16.521 - loft 15.118 (2021 UNCONFIRMED) = 1.403 over: særlig støtte -700, boligstøtte -703
    # 2022-01: sats 12.841 (§ 23, stk. 2, nr. 1, 2022 UNCONFIRMED) + særlig støtte 700 + boligstøtte 3.000 = 16.541 - loft 15.141 (2022 UNCONFIRMED) = 1.400 over: særlig støtte -700, boligstøtte -700
    # 2023-01: sats 13.090 (§ 23, stk. 2, nr. 1, 2023) + særlig støtte 700 + boligstøtte 3.000 = 16.790 - loft 15.436 (2023) = 1.354 over: særlig støtte -700, boligstøtte -654
    # 2024-01: sats 13.509 (§ 23, stk. 2, nr. 1, 2024 UNCONFIRMED) + særlig støtte 700 + boligstøtte 3.000 = 17.209 - loft 15.930 (2024) = 1.279 over: særlig støtte -700, boligstøtte -579
    # 2025-01: sats 13.995 (§ 23, stk. 2, nr. 1, 2025 UNCONFIRMED) + særlig støtte 700 + boligstøtte 3.000 = 17.695 - loft 16.504 (2025 UNCONFIRMED) = 1.191 over: særlig støtte -700, boligstøtte -491
    # Udbetalt i alt (38 måneder): 1 x 12.821 + 12 x 12.841 + 12 x 13.090 + 12 x 13.509 + 1 x 13.995 = 500.096 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i 2021-12 særlig støtte på 700,00 kr.
    Og husstanden får i 2021-12 boligstøtte på 3.000,00 kr.
    Og husstanden får i 2022-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 3.000,00 kr.
    Og husstanden får i 2023-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 3.000,00 kr.
    Og husstanden får i 2024-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 3.000,00 kr.
    Og husstanden får i 2025-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 3.000,00 kr.
    Når sagen afgøres for 2021-12 til 2025-01
    Så den særlige støtte nedsættes med 700,00 kr. for 2021-12
    Og boligstøtten nedsættes med 703,00 kr. for 2021-12
    Og der udbetales 12.821,00 kr. for 2021-12
    Og den særlige støtte nedsættes med 700,00 kr. for 2022-01
    Og boligstøtten nedsættes med 700,00 kr. for 2022-01
    Og der udbetales 12.841,00 kr. for 2022-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2023-01
    Og boligstøtten nedsættes med 654,00 kr. for 2023-01
    Og der udbetales 13.090,00 kr. for 2023-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2024-01
    Og boligstøtten nedsættes med 579,00 kr. for 2024-01
    Og der udbetales 13.509,00 kr. for 2024-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2025-01
    Og boligstøtten nedsættes med 491,00 kr. for 2025-01
    Og der udbetales 13.995,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 500.096,00 kr. i alt

  @id:KH-025b-911 @akl-25b-stk-3
  Scenarie: Enlig forsørger under 30 med et barn (uddannelseshjælp), boligstøtte delt med en anden voksen, december 2021 til januar 2025: loftet (stk. 3, nr. 4) skifter hver 1. januar
    # Boligstøtte 5.800 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder); 2 voksne i boligen,
    # så ansøgerens andel er 5.800/2 = 2.900 (FT-KH-LOFT-FORDELING); ingen særlig støtte. Hjælpen er satsen hver måned.
    # Loft § 25 b, stk. 3, nr. 4 (s3_enlig_1_barn) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 12.821 (§ 23, stk. 2, nr. 1, 2021 UNCONFIRMED) + boligstøtteandel 2.900 = 15.721 - loft 15.118 (2021 UNCONFIRMED) = 603: boligstøtte -603
    # 2022-01: sats 12.841 (§ 23, stk. 2, nr. 1, 2022 UNCONFIRMED) + boligstøtteandel 2.900 = 15.741 - loft 15.141 (2022 UNCONFIRMED) = 600: boligstøtte -600
    # 2023-01: sats 13.090 (§ 23, stk. 2, nr. 1, 2023) + boligstøtteandel 2.900 = 15.990 - loft 15.436 (2023) = 554: boligstøtte -554
    # 2024-01: sats 13.509 (§ 23, stk. 2, nr. 1, 2024 UNCONFIRMED) + boligstøtteandel 2.900 = 16.409 - loft 15.930 (2024) = 479: boligstøtte -479
    # 2025-01: sats 13.995 (§ 23, stk. 2, nr. 1, 2025 UNCONFIRMED) + boligstøtteandel 2.900 = 16.895 - loft 16.504 (2025 UNCONFIRMED) = 391: boligstøtte -391
    # Udbetalt i alt (38 måneder): 1 x 12.821 + 12 x 12.841 + 12 x 13.090 + 12 x 13.509 + 1 x 13.995 = 500.096 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i 2021-12 boligstøtte på 5.800,00 kr.
    Og der bor 2 voksne i boligen i 2021-12
    Og husstanden får i 2022-01 boligstøtte på 5.800,00 kr.
    Og der bor 2 voksne i boligen i 2022-01
    Og husstanden får i 2023-01 boligstøtte på 5.800,00 kr.
    Og der bor 2 voksne i boligen i 2023-01
    Og husstanden får i 2024-01 boligstøtte på 5.800,00 kr.
    Og der bor 2 voksne i boligen i 2024-01
    Og husstanden får i 2025-01 boligstøtte på 5.800,00 kr.
    Og der bor 2 voksne i boligen i 2025-01
    Når sagen afgøres for 2021-12 til 2025-01
    Så boligstøtten nedsættes med 603,00 kr. for 2021-12
    Og der udbetales 12.821,00 kr. for 2021-12
    Og boligstøtten nedsættes med 600,00 kr. for 2022-01
    Og der udbetales 12.841,00 kr. for 2022-01
    Og boligstøtten nedsættes med 554,00 kr. for 2023-01
    Og der udbetales 13.090,00 kr. for 2023-01
    Og boligstøtten nedsættes med 479,00 kr. for 2024-01
    Og der udbetales 13.509,00 kr. for 2024-01
    Og boligstøtten nedsættes med 391,00 kr. for 2025-01
    Og der udbetales 13.995,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 500.096,00 kr. i alt

  @id:KH-025b-912 @akl-25b-stk-3
  Scenarie: Enlig forsørger under 30 med to børn (uddannelseshjælp), særlig støtte og boligstøtte, december 2021 til januar 2025: loftet (stk. 3, nr. 5) skifter hver 1. januar
    # Særlig støtte 700 og boligstøtte 3.400 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder);
    # ansøgeren er eneste voksne, så hele støtten indgår. Hjælpen er satsen hver måned (ingen indtægt).
    # Loft § 25 b, stk. 3, nr. 5 (s3_enlig_2_boern) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 12.821 (§ 23, stk. 2, nr. 1, 2021 UNCONFIRMED) + særlig støtte 700 + boligstøtte 3.400 = 16.921 - loft 15.499 (2021 UNCONFIRMED) = 1.422 over: særlig støtte -700, boligstøtte -722
    # 2022-01: sats 12.841 (§ 23, stk. 2, nr. 1, 2022 UNCONFIRMED) + særlig støtte 700 + boligstøtte 3.400 = 16.941 - loft 15.523 (2022 UNCONFIRMED) = 1.418 over: særlig støtte -700, boligstøtte -718
    # 2023-01: sats 13.090 (§ 23, stk. 2, nr. 1, 2023) + særlig støtte 700 + boligstøtte 3.400 = 17.190 - loft 15.825 (2023) = 1.365 over: særlig støtte -700, boligstøtte -665
    # 2024-01: sats 13.509 (§ 23, stk. 2, nr. 1, 2024 UNCONFIRMED) + særlig støtte 700 + boligstøtte 3.400 = 17.609 - loft 16.331 (2024) = 1.278 over: særlig støtte -700, boligstøtte -578
    # 2025-01: sats 13.995 (§ 23, stk. 2, nr. 1, 2025 UNCONFIRMED) + særlig støtte 700 + boligstøtte 3.400 = 18.095 - loft 16.919 (2025 UNCONFIRMED) = 1.176 over: særlig støtte -700, boligstøtte -476
    # Udbetalt i alt (38 måneder): 1 x 12.821 + 12 x 12.841 + 12 x 13.090 + 12 x 13.509 + 1 x 13.995 = 500.096 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i 2021-12 særlig støtte på 700,00 kr.
    Og husstanden får i 2021-12 boligstøtte på 3.400,00 kr.
    Og husstanden får i 2022-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 3.400,00 kr.
    Og husstanden får i 2023-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 3.400,00 kr.
    Og husstanden får i 2024-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 3.400,00 kr.
    Og husstanden får i 2025-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 3.400,00 kr.
    Når sagen afgøres for 2021-12 til 2025-01
    Så den særlige støtte nedsættes med 700,00 kr. for 2021-12
    Og boligstøtten nedsættes med 722,00 kr. for 2021-12
    Og der udbetales 12.821,00 kr. for 2021-12
    Og den særlige støtte nedsættes med 700,00 kr. for 2022-01
    Og boligstøtten nedsættes med 718,00 kr. for 2022-01
    Og der udbetales 12.841,00 kr. for 2022-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2023-01
    Og boligstøtten nedsættes med 665,00 kr. for 2023-01
    Og der udbetales 13.090,00 kr. for 2023-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2024-01
    Og boligstøtten nedsættes med 578,00 kr. for 2024-01
    Og der udbetales 13.509,00 kr. for 2024-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2025-01
    Og boligstøtten nedsættes med 476,00 kr. for 2025-01
    Og der udbetales 13.995,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 500.096,00 kr. i alt

  @id:KH-025b-913 @akl-25b-stk-3
  Scenarie: Enlig forsørger under 30 med to børn (uddannelseshjælp), boligstøtte delt med en anden voksen, december 2021 til januar 2025: loftet (stk. 3, nr. 5) skifter hver 1. januar
    # Boligstøtte 6.600 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder); 2 voksne i boligen,
    # så ansøgerens andel er 6.600/2 = 3.300 (FT-KH-LOFT-FORDELING); ingen særlig støtte. Hjælpen er satsen hver måned.
    # Loft § 25 b, stk. 3, nr. 5 (s3_enlig_2_boern) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 12.821 (§ 23, stk. 2, nr. 1, 2021 UNCONFIRMED) + boligstøtteandel 3.300 = 16.121 - loft 15.499 (2021 UNCONFIRMED) = 622: boligstøtte -622
    # 2022-01: sats 12.841 (§ 23, stk. 2, nr. 1, 2022 UNCONFIRMED) + boligstøtteandel 3.300 = 16.141 - loft 15.523 (2022 UNCONFIRMED) = 618: boligstøtte -618
    # 2023-01: sats 13.090 (§ 23, stk. 2, nr. 1, 2023) + boligstøtteandel 3.300 = 16.390 - loft 15.825 (2023) = 565: boligstøtte -565
    # 2024-01: sats 13.509 (§ 23, stk. 2, nr. 1, 2024 UNCONFIRMED) + boligstøtteandel 3.300 = 16.809 - loft 16.331 (2024) = 478: boligstøtte -478
    # 2025-01: sats 13.995 (§ 23, stk. 2, nr. 1, 2025 UNCONFIRMED) + boligstøtteandel 3.300 = 17.295 - loft 16.919 (2025 UNCONFIRMED) = 376: boligstøtte -376
    # Udbetalt i alt (38 måneder): 1 x 12.821 + 12 x 12.841 + 12 x 13.090 + 12 x 13.509 + 1 x 13.995 = 500.096 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og husstanden får i 2021-12 boligstøtte på 6.600,00 kr.
    Og der bor 2 voksne i boligen i 2021-12
    Og husstanden får i 2022-01 boligstøtte på 6.600,00 kr.
    Og der bor 2 voksne i boligen i 2022-01
    Og husstanden får i 2023-01 boligstøtte på 6.600,00 kr.
    Og der bor 2 voksne i boligen i 2023-01
    Og husstanden får i 2024-01 boligstøtte på 6.600,00 kr.
    Og der bor 2 voksne i boligen i 2024-01
    Og husstanden får i 2025-01 boligstøtte på 6.600,00 kr.
    Og der bor 2 voksne i boligen i 2025-01
    Når sagen afgøres for 2021-12 til 2025-01
    Så boligstøtten nedsættes med 622,00 kr. for 2021-12
    Og der udbetales 12.821,00 kr. for 2021-12
    Og boligstøtten nedsættes med 618,00 kr. for 2022-01
    Og der udbetales 12.841,00 kr. for 2022-01
    Og boligstøtten nedsættes med 565,00 kr. for 2023-01
    Og der udbetales 13.090,00 kr. for 2023-01
    Og boligstøtten nedsættes med 478,00 kr. for 2024-01
    Og der udbetales 13.509,00 kr. for 2024-01
    Og boligstøtten nedsættes med 376,00 kr. for 2025-01
    Og der udbetales 13.995,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 500.096,00 kr. i alt

  @id:KH-025b-914 @akl-25b-stk-3
  Scenarie: Enlig under 30 uden børn, udeboende (uddannelseshjælp), særlig støtte og boligstøtte, december 2021 til januar 2025: loftet (stk. 3, nr. 6) skifter hver 1. januar
    # Særlig støtte 700 og boligstøtte 4.800 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder);
    # ansøgeren er eneste voksne, så hele støtten indgår. Hjælpen er satsen hver måned (ingen indtægt).
    # Loft § 25 b, stk. 3, nr. 6 (s3_enlig_ikke_forsoerger) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 6.410 (§ 23, stk. 2, nr. 6, 2021 UNCONFIRMED) + særlig støtte 700 + boligstøtte 4.800 = 11.910 - loft 10.404 (2021 UNCONFIRMED) = 1.506 over: særlig støtte -700, boligstøtte -806
    # 2022-01: sats 6.420 (§ 23, stk. 2, nr. 6, 2022 UNCONFIRMED) + særlig støtte 700 + boligstøtte 4.800 = 11.920 - loft 10.420 (2022 UNCONFIRMED) = 1.500 over: særlig støtte -700, boligstøtte -800
    # 2023-01: sats 6.545 (§ 23, stk. 2, nr. 6, 2023) + særlig støtte 700 + boligstøtte 4.800 = 12.045 - loft 10.623 (2023) = 1.422 over: særlig støtte -700, boligstøtte -722
    # 2024-01: sats 6.754 (§ 23, stk. 2, nr. 6, 2024 UNCONFIRMED) + særlig støtte 700 + boligstøtte 4.800 = 12.254 - loft 10.963 (2024) = 1.291 over: særlig støtte -700, boligstøtte -591
    # 2025-01: sats 6.997 (§ 23, stk. 2, nr. 6, 2025 UNCONFIRMED) + særlig støtte 700 + boligstøtte 4.800 = 12.497 - loft 11.358 (2025 UNCONFIRMED) = 1.139 over: særlig støtte -700, boligstøtte -439
    # Udbetalt i alt (38 måneder): 1 x 6.410 + 12 x 6.420 + 12 x 6.545 + 12 x 6.754 + 1 x 6.997 = 250.035 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden får i 2021-12 særlig støtte på 700,00 kr.
    Og husstanden får i 2021-12 boligstøtte på 4.800,00 kr.
    Og husstanden får i 2022-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2022-01 boligstøtte på 4.800,00 kr.
    Og husstanden får i 2023-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2023-01 boligstøtte på 4.800,00 kr.
    Og husstanden får i 2024-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2024-01 boligstøtte på 4.800,00 kr.
    Og husstanden får i 2025-01 særlig støtte på 700,00 kr.
    Og husstanden får i 2025-01 boligstøtte på 4.800,00 kr.
    Når sagen afgøres for 2021-12 til 2025-01
    Så den særlige støtte nedsættes med 700,00 kr. for 2021-12
    Og boligstøtten nedsættes med 806,00 kr. for 2021-12
    Og der udbetales 6.410,00 kr. for 2021-12
    Og den særlige støtte nedsættes med 700,00 kr. for 2022-01
    Og boligstøtten nedsættes med 800,00 kr. for 2022-01
    Og der udbetales 6.420,00 kr. for 2022-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2023-01
    Og boligstøtten nedsættes med 722,00 kr. for 2023-01
    Og der udbetales 6.545,00 kr. for 2023-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2024-01
    Og boligstøtten nedsættes med 591,00 kr. for 2024-01
    Og der udbetales 6.754,00 kr. for 2024-01
    Og den særlige støtte nedsættes med 700,00 kr. for 2025-01
    Og boligstøtten nedsættes med 439,00 kr. for 2025-01
    Og der udbetales 6.997,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 250.035,00 kr. i alt

  @id:KH-025b-915 @akl-25b-stk-3
  Scenarie: Enlig under 30 uden børn, udeboende (uddannelseshjælp), boligstøtte delt med en anden voksen, december 2021 til januar 2025: loftet (stk. 3, nr. 6) skifter hver 1. januar
    # Boligstøtte 9.400 kr. i december 2021 og hver januar 2022-2025 (ingen de andre måneder); 2 voksne i boligen,
    # så ansøgerens andel er 9.400/2 = 4.700 (FT-KH-LOFT-FORDELING); ingen særlig støtte. Hjælpen er satsen hver måned.
    # Loft § 25 b, stk. 3, nr. 6 (s3_enlig_ikke_forsoerger) fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). Pr. støttemåned:
    # 2021-12: sats 6.410 (§ 23, stk. 2, nr. 6, 2021 UNCONFIRMED) + boligstøtteandel 4.700 = 11.110 - loft 10.404 (2021 UNCONFIRMED) = 706: boligstøtte -706
    # 2022-01: sats 6.420 (§ 23, stk. 2, nr. 6, 2022 UNCONFIRMED) + boligstøtteandel 4.700 = 11.120 - loft 10.420 (2022 UNCONFIRMED) = 700: boligstøtte -700
    # 2023-01: sats 6.545 (§ 23, stk. 2, nr. 6, 2023) + boligstøtteandel 4.700 = 11.245 - loft 10.623 (2023) = 622: boligstøtte -622
    # 2024-01: sats 6.754 (§ 23, stk. 2, nr. 6, 2024 UNCONFIRMED) + boligstøtteandel 4.700 = 11.454 - loft 10.963 (2024) = 491: boligstøtte -491
    # 2025-01: sats 6.997 (§ 23, stk. 2, nr. 6, 2025 UNCONFIRMED) + boligstøtteandel 4.700 = 11.697 - loft 11.358 (2025 UNCONFIRMED) = 339: boligstøtte -339
    # Udbetalt i alt (38 måneder): 1 x 6.410 + 12 x 6.420 + 12 x 6.545 + 12 x 6.754 + 1 x 6.997 = 250.035 kr.
    # Uden afgørelse nedsætter 225-timersreglen ikke (FT-KH-AFGOERELSE-VIRKNING).
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden får i 2021-12 boligstøtte på 9.400,00 kr.
    Og der bor 2 voksne i boligen i 2021-12
    Og husstanden får i 2022-01 boligstøtte på 9.400,00 kr.
    Og der bor 2 voksne i boligen i 2022-01
    Og husstanden får i 2023-01 boligstøtte på 9.400,00 kr.
    Og der bor 2 voksne i boligen i 2023-01
    Og husstanden får i 2024-01 boligstøtte på 9.400,00 kr.
    Og der bor 2 voksne i boligen i 2024-01
    Og husstanden får i 2025-01 boligstøtte på 9.400,00 kr.
    Og der bor 2 voksne i boligen i 2025-01
    Når sagen afgøres for 2021-12 til 2025-01
    Så boligstøtten nedsættes med 706,00 kr. for 2021-12
    Og der udbetales 6.410,00 kr. for 2021-12
    Og boligstøtten nedsættes med 700,00 kr. for 2022-01
    Og der udbetales 6.420,00 kr. for 2022-01
    Og boligstøtten nedsættes med 622,00 kr. for 2023-01
    Og der udbetales 6.545,00 kr. for 2023-01
    Og boligstøtten nedsættes med 491,00 kr. for 2024-01
    Og der udbetales 6.754,00 kr. for 2024-01
    Og boligstøtten nedsættes med 339,00 kr. for 2025-01
    Og der udbetales 6.997,00 kr. for 2025-01
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 250.035,00 kr. i alt

  @akl-25b-stk-1 @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar uden børn, over og under 30 (kontanthjælp): to lofter (stk. 1, nr. 2 og stk. 2, nr. 3) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 2, nr. 2, loft s1_gift_ikke_forsoerger) og ægtefællen (sats § 25, stk. 3, nr. 6, loft s2_gift_ikke_forsoerger); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Ansøgeren (over 30) har 1.000 kr. anden indtægt i begge måneder (§ 30, stk. 1), så hjælpen er under stk. 1-loftet (= § 25, stk. 2-satsen).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-916 2021-12 (B = 6.200): ansøgeren: 11.698 - 1.000 (§ 25, stk. 2, nr. 2, 2021) + 500 + 3.100 = 14.298 - loft 11.698 (2021) = 2.600 over: -500, -2.100; ægtefællen: 7.541 (§ 25, stk. 3, nr. 6, 2021) + 500 + 3.100 = 11.141 - loft 10.081 (2021 UNCONFIRMED) = 1.060 over: -500, -560; i alt -1.000 og -2.660; udbetalt 18.239
    # KH-025b-916 2022-01 (B = 6.200): ansøgeren: 11.716 - 1.000 (§ 25, stk. 2, nr. 2, 2022) + 500 + 3.100 = 14.316 - loft 11.716 (2022) = 2.600 over: -500, -2.100; ægtefællen: 7.552 (§ 25, stk. 3, nr. 6, 2022) + 500 + 3.100 = 11.152 - loft 10.097 (2022 UNCONFIRMED) = 1.055 over: -500, -555; i alt -1.000 og -2.655; udbetalt 18.268
    # KH-025b-917 2022-12 (B = 5.800): ansøgeren: 11.716 - 1.000 (§ 25, stk. 2, nr. 2, 2022) + 500 + 2.900 = 14.116 - loft 11.716 (2022) = 2.400 over: -500, -1.900; ægtefællen: 7.552 (§ 25, stk. 3, nr. 6, 2022) + 500 + 2.900 = 10.952 - loft 10.097 (2022 UNCONFIRMED) = 855 over: -500, -355; i alt -1.000 og -2.255; udbetalt 18.268
    # KH-025b-917 2023-01 (B = 5.800): ansøgeren: 11.944 - 1.000 (§ 25, stk. 2, nr. 2, 2023) + 500 + 2.900 = 14.344 - loft 11.944 (2023) = 2.400 over: -500, -1.900; ægtefællen: 7.699 (§ 25, stk. 3, nr. 6, 2023) + 500 + 2.900 = 11.099 - loft 10.294 (2023) = 805 over: -500, -305; i alt -1.000 og -2.205; udbetalt 18.643
    # KH-025b-918 2023-12 (B = 6.400): ansøgeren: 11.944 - 1.000 (§ 25, stk. 2, nr. 2, 2023) + 500 + 3.200 = 14.644 - loft 11.944 (2023) = 2.700 over: -500, -2.200; ægtefællen: 7.699 (§ 25, stk. 3, nr. 6, 2023) + 500 + 3.200 = 11.399 - loft 10.294 (2023) = 1.105 over: -500, -605; i alt -1.000 og -2.805; udbetalt 18.643
    # KH-025b-918 2024-01 (B = 6.400): ansøgeren: 12.326 - 1.000 (§ 25, stk. 2, nr. 2, 2024) + 500 + 3.200 = 15.026 - loft 12.326 (2024) = 2.700 over: -500, -2.200; ægtefællen: 7.945 (§ 25, stk. 3, nr. 6, 2024 UNCONFIRMED) + 500 + 3.200 = 11.645 - loft 10.623 (2024) = 1.022 over: -500, -522; i alt -1.000 og -2.722; udbetalt 19.271
    # KH-025b-919 2024-12 (B = 6.200): ansøgeren: 12.326 - 1.000 (§ 25, stk. 2, nr. 2, 2024) + 500 + 3.100 = 14.926 - loft 12.326 (2024) = 2.600 over: -500, -2.100; ægtefællen: 7.945 (§ 25, stk. 3, nr. 6, 2024 UNCONFIRMED) + 500 + 3.100 = 11.545 - loft 10.623 (2024) = 922 over: -500, -422; i alt -1.000 og -2.522; udbetalt 19.271
    # KH-025b-919 2025-01 (B = 6.200): ansøgeren: 12.770 - 1.000 (§ 25, stk. 2, nr. 2, 2025 UNCONFIRMED) + 500 + 3.100 = 15.370 - loft 12.770 (2025 UNCONFIRMED) = 2.600 over: -500, -2.100; ægtefællen: 8.231 (§ 25, stk. 3, nr. 6, 2025 UNCONFIRMED) + 500 + 3.100 = 11.831 - loft 11.005 (2025 UNCONFIRMED) = 826 over: -500, -326; i alt -1.000 og -2.426; udbetalt 20.001
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-01-01
    Og ansøgeren har i <december> anden indtægt på 1.000,00 kr.
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og ansøgeren har i <januar> anden indtægt på 1.000,00 kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-916 | 2021-12  | 2022-01 | 6.200,00    | 18.239,00    | 2.660,00         | 18.268,00    | 2.655,00         |
      | KH-025b-917 | 2022-12  | 2023-01 | 5.800,00    | 18.268,00    | 2.255,00         | 18.643,00    | 2.205,00         |
      | KH-025b-918 | 2023-12  | 2024-01 | 6.400,00    | 18.643,00    | 2.805,00         | 19.271,00    | 2.722,00         |
      | KH-025b-919 | 2024-12  | 2025-01 | 6.200,00    | 19.271,00    | 2.522,00         | 20.001,00    | 2.426,00         |

  @akl-25b-stk-2 @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar uden børn under 30, kontanthjælp og uddannelseshjælp: to lofter (stk. 2, nr. 3 og stk. 3, nr. 3) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 3, nr. 6, loft s2_gift_ikke_forsoerger) og ægtefællen (sats § 23, stk. 2, nr. 6, loft s3_gift_ikke_forsoerger); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-920 2021-12 (B = 7.600): ansøgeren: 7.541 (§ 25, stk. 3, nr. 6, 2021) + 500 + 3.800 = 11.841 - loft 10.081 (2021 UNCONFIRMED) = 1.760 over: -500, -1.260; ægtefællen: 6.410 (§ 23, stk. 2, nr. 6, 2021 UNCONFIRMED) + 500 + 3.800 = 10.710 - loft 9.660 (2021 UNCONFIRMED) = 1.050 over: -500, -550; i alt -1.000 og -1.810; udbetalt 13.951
    # KH-025b-920 2022-01 (B = 7.600): ansøgeren: 7.552 (§ 25, stk. 3, nr. 6, 2022) + 500 + 3.800 = 11.852 - loft 10.097 (2022 UNCONFIRMED) = 1.755 over: -500, -1.255; ægtefællen: 6.420 (§ 23, stk. 2, nr. 6, 2022 UNCONFIRMED) + 500 + 3.800 = 10.720 - loft 9.675 (2022 UNCONFIRMED) = 1.045 over: -500, -545; i alt -1.000 og -1.800; udbetalt 13.972
    # KH-025b-921 2022-12 (B = 7.400): ansøgeren: 7.552 (§ 25, stk. 3, nr. 6, 2022) + 500 + 3.700 = 11.752 - loft 10.097 (2022 UNCONFIRMED) = 1.655 over: -500, -1.155; ægtefællen: 6.420 (§ 23, stk. 2, nr. 6, 2022 UNCONFIRMED) + 500 + 3.700 = 10.620 - loft 9.675 (2022 UNCONFIRMED) = 945 over: -500, -445; i alt -1.000 og -1.600; udbetalt 13.972
    # KH-025b-921 2023-01 (B = 7.400): ansøgeren: 7.699 (§ 25, stk. 3, nr. 6, 2023) + 500 + 3.700 = 11.899 - loft 10.294 (2023) = 1.605 over: -500, -1.105; ægtefællen: 6.545 (§ 23, stk. 2, nr. 6, 2023) + 500 + 3.700 = 10.745 - loft 9.863 (2023) = 882 over: -500, -382; i alt -1.000 og -1.487; udbetalt 14.244
    # KH-025b-922 2023-12 (B = 8.000): ansøgeren: 7.699 (§ 25, stk. 3, nr. 6, 2023) + 500 + 4.000 = 12.199 - loft 10.294 (2023) = 1.905 over: -500, -1.405; ægtefællen: 6.545 (§ 23, stk. 2, nr. 6, 2023) + 500 + 4.000 = 11.045 - loft 9.863 (2023) = 1.182 over: -500, -682; i alt -1.000 og -2.087; udbetalt 14.244
    # KH-025b-922 2024-01 (B = 8.000): ansøgeren: 7.945 (§ 25, stk. 3, nr. 6, 2024 UNCONFIRMED) + 500 + 4.000 = 12.445 - loft 10.623 (2024) = 1.822 over: -500, -1.322; ægtefællen: 6.754 (§ 23, stk. 2, nr. 6, 2024 UNCONFIRMED) + 500 + 4.000 = 11.254 - loft 10.179 (2024) = 1.075 over: -500, -575; i alt -1.000 og -1.897; udbetalt 14.699
    # KH-025b-923 2024-12 (B = 7.800): ansøgeren: 7.945 (§ 25, stk. 3, nr. 6, 2024 UNCONFIRMED) + 500 + 3.900 = 12.345 - loft 10.623 (2024) = 1.722 over: -500, -1.222; ægtefællen: 6.754 (§ 23, stk. 2, nr. 6, 2024 UNCONFIRMED) + 500 + 3.900 = 11.154 - loft 10.179 (2024) = 975 over: -500, -475; i alt -1.000 og -1.697; udbetalt 14.699
    # KH-025b-923 2025-01 (B = 7.800): ansøgeren: 8.231 (§ 25, stk. 3, nr. 6, 2025 UNCONFIRMED) + 500 + 3.900 = 12.631 - loft 11.005 (2025 UNCONFIRMED) = 1.626 over: -500, -1.126; ægtefællen: 6.997 (§ 23, stk. 2, nr. 6, 2025 UNCONFIRMED) + 500 + 3.900 = 11.397 - loft 10.545 (2025 UNCONFIRMED) = 852 over: -500, -352; i alt -1.000 og -1.478; udbetalt 15.228
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-920 | 2021-12  | 2022-01 | 7.600,00    | 13.951,00    | 1.810,00         | 13.972,00    | 1.800,00         |
      | KH-025b-921 | 2022-12  | 2023-01 | 7.400,00    | 13.972,00    | 1.600,00         | 14.244,00    | 1.487,00         |
      | KH-025b-922 | 2023-12  | 2024-01 | 8.000,00    | 14.244,00    | 2.087,00         | 14.699,00    | 1.897,00         |
      | KH-025b-923 | 2024-12  | 2025-01 | 7.800,00    | 14.699,00    | 1.697,00         | 15.228,00    | 1.478,00         |

  @akl-25b-stk-1 @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar uden børn, over 30 og under 30 på uddannelseshjælp: to lofter (stk. 1, nr. 2 og stk. 3, nr. 3) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 2, nr. 2, loft s1_gift_ikke_forsoerger) og ægtefællen (sats § 23, stk. 2, nr. 6, loft s3_gift_ikke_forsoerger); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Ansøgeren (over 30) har 1.000 kr. anden indtægt i begge måneder (§ 30, stk. 1), så hjælpen er under stk. 1-loftet (= § 25, stk. 2-satsen).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-924 2021-12 (B = 7.600): ansøgeren: 11.698 - 1.000 (§ 25, stk. 2, nr. 2, 2021) + 500 + 3.800 = 14.998 - loft 11.698 (2021) = 3.300 over: -500, -2.800; ægtefællen: 6.410 (§ 23, stk. 2, nr. 6, 2021 UNCONFIRMED) + 500 + 3.800 = 10.710 - loft 9.660 (2021 UNCONFIRMED) = 1.050 over: -500, -550; i alt -1.000 og -3.350; udbetalt 17.108
    # KH-025b-924 2022-01 (B = 7.600): ansøgeren: 11.716 - 1.000 (§ 25, stk. 2, nr. 2, 2022) + 500 + 3.800 = 15.016 - loft 11.716 (2022) = 3.300 over: -500, -2.800; ægtefællen: 6.420 (§ 23, stk. 2, nr. 6, 2022 UNCONFIRMED) + 500 + 3.800 = 10.720 - loft 9.675 (2022 UNCONFIRMED) = 1.045 over: -500, -545; i alt -1.000 og -3.345; udbetalt 17.136
    # KH-025b-925 2022-12 (B = 7.400): ansøgeren: 11.716 - 1.000 (§ 25, stk. 2, nr. 2, 2022) + 500 + 3.700 = 14.916 - loft 11.716 (2022) = 3.200 over: -500, -2.700; ægtefællen: 6.420 (§ 23, stk. 2, nr. 6, 2022 UNCONFIRMED) + 500 + 3.700 = 10.620 - loft 9.675 (2022 UNCONFIRMED) = 945 over: -500, -445; i alt -1.000 og -3.145; udbetalt 17.136
    # KH-025b-925 2023-01 (B = 7.400): ansøgeren: 11.944 - 1.000 (§ 25, stk. 2, nr. 2, 2023) + 500 + 3.700 = 15.144 - loft 11.944 (2023) = 3.200 over: -500, -2.700; ægtefællen: 6.545 (§ 23, stk. 2, nr. 6, 2023) + 500 + 3.700 = 10.745 - loft 9.863 (2023) = 882 over: -500, -382; i alt -1.000 og -3.082; udbetalt 17.489
    # KH-025b-926 2023-12 (B = 8.000): ansøgeren: 11.944 - 1.000 (§ 25, stk. 2, nr. 2, 2023) + 500 + 4.000 = 15.444 - loft 11.944 (2023) = 3.500 over: -500, -3.000; ægtefællen: 6.545 (§ 23, stk. 2, nr. 6, 2023) + 500 + 4.000 = 11.045 - loft 9.863 (2023) = 1.182 over: -500, -682; i alt -1.000 og -3.682; udbetalt 17.489
    # KH-025b-926 2024-01 (B = 8.000): ansøgeren: 12.326 - 1.000 (§ 25, stk. 2, nr. 2, 2024) + 500 + 4.000 = 15.826 - loft 12.326 (2024) = 3.500 over: -500, -3.000; ægtefællen: 6.754 (§ 23, stk. 2, nr. 6, 2024 UNCONFIRMED) + 500 + 4.000 = 11.254 - loft 10.179 (2024) = 1.075 over: -500, -575; i alt -1.000 og -3.575; udbetalt 18.080
    # KH-025b-927 2024-12 (B = 7.800): ansøgeren: 12.326 - 1.000 (§ 25, stk. 2, nr. 2, 2024) + 500 + 3.900 = 15.726 - loft 12.326 (2024) = 3.400 over: -500, -2.900; ægtefællen: 6.754 (§ 23, stk. 2, nr. 6, 2024 UNCONFIRMED) + 500 + 3.900 = 11.154 - loft 10.179 (2024) = 975 over: -500, -475; i alt -1.000 og -3.375; udbetalt 18.080
    # KH-025b-927 2025-01 (B = 7.800): ansøgeren: 12.770 - 1.000 (§ 25, stk. 2, nr. 2, 2025 UNCONFIRMED) + 500 + 3.900 = 16.170 - loft 12.770 (2025 UNCONFIRMED) = 3.400 over: -500, -2.900; ægtefællen: 6.997 (§ 23, stk. 2, nr. 6, 2025 UNCONFIRMED) + 500 + 3.900 = 11.397 - loft 10.545 (2025 UNCONFIRMED) = 852 over: -500, -352; i alt -1.000 og -3.252; udbetalt 18.767
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-01-01
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren har i <december> anden indtægt på 1.000,00 kr.
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og ansøgeren har i <januar> anden indtægt på 1.000,00 kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-924 | 2021-12  | 2022-01 | 7.600,00    | 17.108,00    | 3.350,00         | 17.136,00    | 3.345,00         |
      | KH-025b-925 | 2022-12  | 2023-01 | 7.400,00    | 17.136,00    | 3.145,00         | 17.489,00    | 3.082,00         |
      | KH-025b-926 | 2023-12  | 2024-01 | 8.000,00    | 17.489,00    | 3.682,00         | 18.080,00    | 3.575,00         |
      | KH-025b-927 | 2024-12  | 2025-01 | 7.800,00    | 18.080,00    | 3.375,00         | 18.767,00    | 3.252,00         |

  @akl-25b-stk-1 @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar med et barn, over og under 30 (kontanthjælp): to lofter (stk. 1, nr. 1 og stk. 2, nr. 1) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 2, nr. 1, loft s1_gift_forsoerger) og ægtefællen (sats § 25, stk. 3, nr. 2, loft s2_gift_1_barn); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Ansøgeren (over 30) har 1.000 kr. anden indtægt i begge måneder (§ 30, stk. 1), så hjælpen er under stk. 1-loftet (= § 25, stk. 2-satsen).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-928 2021-12 (B = 6.800): ansøgeren: 15.547 - 1.000 (§ 25, stk. 2, nr. 1, 2021) + 500 + 3.400 = 18.447 - loft 15.547 (2021) = 2.900 over: -500, -2.400; ægtefællen: 10.396 (§ 25, stk. 3, nr. 2, 2021) + 500 + 3.400 = 14.296 - loft 13.272 (2021 UNCONFIRMED) = 1.024 over: -500, -524; i alt -1.000 og -2.924; udbetalt 24.943
    # KH-025b-928 2022-01 (B = 6.800): ansøgeren: 15.570 - 1.000 (§ 25, stk. 2, nr. 1, 2022) + 500 + 3.400 = 18.470 - loft 15.570 (2022) = 2.900 over: -500, -2.400; ægtefællen: 10.412 (§ 25, stk. 3, nr. 2, 2022) + 500 + 3.400 = 14.312 - loft 13.293 (2022 UNCONFIRMED) = 1.019 over: -500, -519; i alt -1.000 og -2.919; udbetalt 24.982
    # KH-025b-929 2022-12 (B = 6.600): ansøgeren: 15.570 - 1.000 (§ 25, stk. 2, nr. 1, 2022) + 500 + 3.300 = 18.370 - loft 15.570 (2022) = 2.800 over: -500, -2.300; ægtefællen: 10.412 (§ 25, stk. 3, nr. 2, 2022) + 500 + 3.300 = 14.212 - loft 13.293 (2022 UNCONFIRMED) = 919 over: -500, -419; i alt -1.000 og -2.719; udbetalt 24.982
    # KH-025b-929 2023-01 (B = 6.600): ansøgeren: 15.874 - 1.000 (§ 25, stk. 2, nr. 1, 2023) + 500 + 3.300 = 18.674 - loft 15.874 (2023) = 2.800 over: -500, -2.300; ægtefællen: 10.615 (§ 25, stk. 3, nr. 2, 2023) + 500 + 3.300 = 14.415 - loft 13.553 (2023) = 862 over: -500, -362; i alt -1.000 og -2.662; udbetalt 25.489
    # KH-025b-930 2023-12 (B = 7.200): ansøgeren: 15.874 - 1.000 (§ 25, stk. 2, nr. 1, 2023) + 500 + 3.600 = 18.974 - loft 15.874 (2023) = 3.100 over: -500, -2.600; ægtefællen: 10.615 (§ 25, stk. 3, nr. 2, 2023) + 500 + 3.600 = 14.715 - loft 13.553 (2023) = 1.162 over: -500, -662; i alt -1.000 og -3.262; udbetalt 25.489
    # KH-025b-930 2024-01 (B = 7.200): ansøgeren: 16.382 - 1.000 (§ 25, stk. 2, nr. 1, 2024) + 500 + 3.600 = 19.482 - loft 16.382 (2024) = 3.100 over: -500, -2.600; ægtefællen: 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED) + 500 + 3.600 = 15.055 - loft 13.987 (2024) = 1.068 over: -500, -568; i alt -1.000 og -3.168; udbetalt 26.337
    # KH-025b-931 2024-12 (B = 7.000): ansøgeren: 16.382 - 1.000 (§ 25, stk. 2, nr. 1, 2024) + 500 + 3.500 = 19.382 - loft 16.382 (2024) = 3.000 over: -500, -2.500; ægtefællen: 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED) + 500 + 3.500 = 14.955 - loft 13.987 (2024) = 968 over: -500, -468; i alt -1.000 og -2.968; udbetalt 26.337
    # KH-025b-931 2025-01 (B = 7.000): ansøgeren: 16.972 - 1.000 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + 500 + 3.500 = 19.972 - loft 16.972 (2025 UNCONFIRMED) = 3.000 over: -500, -2.500; ægtefællen: 11.349 (§ 25, stk. 3, nr. 2, 2025 UNCONFIRMED) + 500 + 3.500 = 15.349 - loft 14.491 (2025 UNCONFIRMED) = 858 over: -500, -358; i alt -1.000 og -2.858; udbetalt 27.321
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-01-01
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har i <december> anden indtægt på 1.000,00 kr.
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og ansøgeren har i <januar> anden indtægt på 1.000,00 kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-928 | 2021-12  | 2022-01 | 6.800,00    | 24.943,00    | 2.924,00         | 24.982,00    | 2.919,00         |
      | KH-025b-929 | 2022-12  | 2023-01 | 6.600,00    | 24.982,00    | 2.719,00         | 25.489,00    | 2.662,00         |
      | KH-025b-930 | 2023-12  | 2024-01 | 7.200,00    | 25.489,00    | 3.262,00         | 26.337,00    | 3.168,00         |
      | KH-025b-931 | 2024-12  | 2025-01 | 7.000,00    | 26.337,00    | 2.968,00         | 27.321,00    | 2.858,00         |

  @akl-25b-stk-1 @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar med et barn, over 30 og under 30 på uddannelseshjælp: to lofter (stk. 1, nr. 1 og stk. 3, nr. 1) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 2, nr. 1, loft s1_gift_forsoerger) og ægtefællen (sats § 23, stk. 2, nr. 2, loft s3_gift_1_barn); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Ansøgeren (over 30) har 1.000 kr. anden indtægt i begge måneder (§ 30, stk. 1), så hjælpen er under stk. 1-loftet (= § 25, stk. 2-satsen).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-932 2021-12 (B = 8.400): ansøgeren: 15.547 - 1.000 (§ 25, stk. 2, nr. 1, 2021) + 500 + 4.200 = 19.247 - loft 15.547 (2021) = 3.700 over: -500, -3.200; ægtefællen: 8.973 (§ 23, stk. 2, nr. 2, 2021 UNCONFIRMED) + 500 + 4.200 = 13.673 - loft 12.659 (2021 UNCONFIRMED) = 1.014 over: -500, -514; i alt -1.000 og -3.714; udbetalt 23.520
    # KH-025b-932 2022-01 (B = 8.400): ansøgeren: 15.570 - 1.000 (§ 25, stk. 2, nr. 1, 2022) + 500 + 4.200 = 19.270 - loft 15.570 (2022) = 3.700 over: -500, -3.200; ægtefællen: 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED) + 500 + 4.200 = 13.687 - loft 12.678 (2022 UNCONFIRMED) = 1.009 over: -500, -509; i alt -1.000 og -3.709; udbetalt 23.557
    # KH-025b-933 2022-12 (B = 8.200): ansøgeren: 15.570 - 1.000 (§ 25, stk. 2, nr. 1, 2022) + 500 + 4.100 = 19.170 - loft 15.570 (2022) = 3.600 over: -500, -3.100; ægtefællen: 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED) + 500 + 4.100 = 13.587 - loft 12.678 (2022 UNCONFIRMED) = 909 over: -500, -409; i alt -1.000 og -3.509; udbetalt 23.557
    # KH-025b-933 2023-01 (B = 8.200): ansøgeren: 15.874 - 1.000 (§ 25, stk. 2, nr. 1, 2023) + 500 + 4.100 = 19.474 - loft 15.874 (2023) = 3.600 over: -500, -3.100; ægtefællen: 9.161 (§ 23, stk. 2, nr. 2, 2023) + 500 + 4.100 = 13.761 - loft 12.925 (2023) = 836 over: -500, -336; i alt -1.000 og -3.436; udbetalt 24.035
    # KH-025b-934 2023-12 (B = 8.800): ansøgeren: 15.874 - 1.000 (§ 25, stk. 2, nr. 1, 2023) + 500 + 4.400 = 19.774 - loft 15.874 (2023) = 3.900 over: -500, -3.400; ægtefællen: 9.161 (§ 23, stk. 2, nr. 2, 2023) + 500 + 4.400 = 14.061 - loft 12.925 (2023) = 1.136 over: -500, -636; i alt -1.000 og -4.036; udbetalt 24.035
    # KH-025b-934 2024-01 (B = 8.800): ansøgeren: 16.382 - 1.000 (§ 25, stk. 2, nr. 1, 2024) + 500 + 4.400 = 20.282 - loft 16.382 (2024) = 3.900 over: -500, -3.400; ægtefællen: 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED) + 500 + 4.400 = 14.354 - loft 13.339 (2024) = 1.015 over: -500, -515; i alt -1.000 og -3.915; udbetalt 24.836
    # KH-025b-935 2024-12 (B = 8.800): ansøgeren: 16.382 - 1.000 (§ 25, stk. 2, nr. 1, 2024) + 500 + 4.400 = 20.282 - loft 16.382 (2024) = 3.900 over: -500, -3.400; ægtefællen: 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED) + 500 + 4.400 = 14.354 - loft 13.339 (2024) = 1.015 over: -500, -515; i alt -1.000 og -3.915; udbetalt 24.836
    # KH-025b-935 2025-01 (B = 8.800): ansøgeren: 16.972 - 1.000 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + 500 + 4.400 = 20.872 - loft 16.972 (2025 UNCONFIRMED) = 3.900 over: -500, -3.400; ægtefællen: 9.794 (§ 23, stk. 2, nr. 2, 2025 UNCONFIRMED) + 500 + 4.400 = 14.694 - loft 13.819 (2025 UNCONFIRMED) = 875 over: -500, -375; i alt -1.000 og -3.775; udbetalt 25.766
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-01-01
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har i <december> anden indtægt på 1.000,00 kr.
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og ansøgeren har i <januar> anden indtægt på 1.000,00 kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-932 | 2021-12  | 2022-01 | 8.400,00    | 23.520,00    | 3.714,00         | 23.557,00    | 3.709,00         |
      | KH-025b-933 | 2022-12  | 2023-01 | 8.200,00    | 23.557,00    | 3.509,00         | 24.035,00    | 3.436,00         |
      | KH-025b-934 | 2023-12  | 2024-01 | 8.800,00    | 24.035,00    | 4.036,00         | 24.836,00    | 3.915,00         |
      | KH-025b-935 | 2024-12  | 2025-01 | 8.800,00    | 24.836,00    | 3.915,00         | 25.766,00    | 3.775,00         |

  @akl-25b-stk-2 @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar med et barn under 30, kontanthjælp og uddannelseshjælp: to lofter (stk. 2, nr. 1 og stk. 3, nr. 1) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 3, nr. 2, loft s2_gift_1_barn) og ægtefællen (sats § 23, stk. 2, nr. 2, loft s3_gift_1_barn); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-936 2021-12 (B = 8.400): ansøgeren: 10.396 (§ 25, stk. 3, nr. 2, 2021) + 500 + 4.200 = 15.096 - loft 13.272 (2021 UNCONFIRMED) = 1.824 over: -500, -1.324; ægtefællen: 8.973 (§ 23, stk. 2, nr. 2, 2021 UNCONFIRMED) + 500 + 4.200 = 13.673 - loft 12.659 (2021 UNCONFIRMED) = 1.014 over: -500, -514; i alt -1.000 og -1.838; udbetalt 19.369
    # KH-025b-936 2022-01 (B = 8.400): ansøgeren: 10.412 (§ 25, stk. 3, nr. 2, 2022) + 500 + 4.200 = 15.112 - loft 13.293 (2022 UNCONFIRMED) = 1.819 over: -500, -1.319; ægtefællen: 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED) + 500 + 4.200 = 13.687 - loft 12.678 (2022 UNCONFIRMED) = 1.009 over: -500, -509; i alt -1.000 og -1.828; udbetalt 19.399
    # KH-025b-937 2022-12 (B = 8.200): ansøgeren: 10.412 (§ 25, stk. 3, nr. 2, 2022) + 500 + 4.100 = 15.012 - loft 13.293 (2022 UNCONFIRMED) = 1.719 over: -500, -1.219; ægtefællen: 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED) + 500 + 4.100 = 13.587 - loft 12.678 (2022 UNCONFIRMED) = 909 over: -500, -409; i alt -1.000 og -1.628; udbetalt 19.399
    # KH-025b-937 2023-01 (B = 8.200): ansøgeren: 10.615 (§ 25, stk. 3, nr. 2, 2023) + 500 + 4.100 = 15.215 - loft 13.553 (2023) = 1.662 over: -500, -1.162; ægtefællen: 9.161 (§ 23, stk. 2, nr. 2, 2023) + 500 + 4.100 = 13.761 - loft 12.925 (2023) = 836 over: -500, -336; i alt -1.000 og -1.498; udbetalt 19.776
    # KH-025b-938 2023-12 (B = 8.800): ansøgeren: 10.615 (§ 25, stk. 3, nr. 2, 2023) + 500 + 4.400 = 15.515 - loft 13.553 (2023) = 1.962 over: -500, -1.462; ægtefællen: 9.161 (§ 23, stk. 2, nr. 2, 2023) + 500 + 4.400 = 14.061 - loft 12.925 (2023) = 1.136 over: -500, -636; i alt -1.000 og -2.098; udbetalt 19.776
    # KH-025b-938 2024-01 (B = 8.800): ansøgeren: 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED) + 500 + 4.400 = 15.855 - loft 13.987 (2024) = 1.868 over: -500, -1.368; ægtefællen: 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED) + 500 + 4.400 = 14.354 - loft 13.339 (2024) = 1.015 over: -500, -515; i alt -1.000 og -1.883; udbetalt 20.409
    # KH-025b-939 2024-12 (B = 8.800): ansøgeren: 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED) + 500 + 4.400 = 15.855 - loft 13.987 (2024) = 1.868 over: -500, -1.368; ægtefællen: 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED) + 500 + 4.400 = 14.354 - loft 13.339 (2024) = 1.015 over: -500, -515; i alt -1.000 og -1.883; udbetalt 20.409
    # KH-025b-939 2025-01 (B = 8.800): ansøgeren: 11.349 (§ 25, stk. 3, nr. 2, 2025 UNCONFIRMED) + 500 + 4.400 = 16.249 - loft 14.491 (2025 UNCONFIRMED) = 1.758 over: -500, -1.258; ægtefællen: 9.794 (§ 23, stk. 2, nr. 2, 2025 UNCONFIRMED) + 500 + 4.400 = 14.694 - loft 13.819 (2025 UNCONFIRMED) = 875 over: -500, -375; i alt -1.000 og -1.633; udbetalt 21.143
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-936 | 2021-12  | 2022-01 | 8.400,00    | 19.369,00    | 1.838,00         | 19.399,00    | 1.828,00         |
      | KH-025b-937 | 2022-12  | 2023-01 | 8.200,00    | 19.399,00    | 1.628,00         | 19.776,00    | 1.498,00         |
      | KH-025b-938 | 2023-12  | 2024-01 | 8.800,00    | 19.776,00    | 2.098,00         | 20.409,00    | 1.883,00         |
      | KH-025b-939 | 2024-12  | 2025-01 | 8.800,00    | 20.409,00    | 1.883,00         | 21.143,00    | 1.633,00         |

  @akl-25b-stk-1 @akl-25b-stk-2
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar med to børn, over og under 30 (kontanthjælp): to lofter (stk. 1, nr. 1 og stk. 2, nr. 2) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 2, nr. 1, loft s1_gift_forsoerger) og ægtefællen (sats § 25, stk. 3, nr. 2, loft s2_gift_2_boern); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Ansøgeren (over 30) har 1.000 kr. anden indtægt i begge måneder (§ 30, stk. 1), så hjælpen er under stk. 1-loftet (= § 25, stk. 2-satsen).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-940 2021-12 (B = 6.600): ansøgeren: 15.547 - 1.000 (§ 25, stk. 2, nr. 1, 2021) + 500 + 3.300 = 18.347 - loft 15.547 (2021) = 2.800 over: -500, -2.300; ægtefællen: 10.396 (§ 25, stk. 3, nr. 2, 2021) + 500 + 3.300 = 14.196 - loft 13.141 (2021 UNCONFIRMED) = 1.055 over: -500, -555; i alt -1.000 og -2.855; udbetalt 24.943
    # KH-025b-940 2022-01 (B = 6.600): ansøgeren: 15.570 - 1.000 (§ 25, stk. 2, nr. 1, 2022) + 500 + 3.300 = 18.370 - loft 15.570 (2022) = 2.800 over: -500, -2.300; ægtefællen: 10.412 (§ 25, stk. 3, nr. 2, 2022) + 500 + 3.300 = 14.212 - loft 13.161 (2022 UNCONFIRMED) = 1.051 over: -500, -551; i alt -1.000 og -2.851; udbetalt 24.982
    # KH-025b-941 2022-12 (B = 6.400): ansøgeren: 15.570 - 1.000 (§ 25, stk. 2, nr. 1, 2022) + 500 + 3.200 = 18.270 - loft 15.570 (2022) = 2.700 over: -500, -2.200; ægtefællen: 10.412 (§ 25, stk. 3, nr. 2, 2022) + 500 + 3.200 = 14.112 - loft 13.161 (2022 UNCONFIRMED) = 951 over: -500, -451; i alt -1.000 og -2.651; udbetalt 24.982
    # KH-025b-941 2023-01 (B = 6.400): ansøgeren: 15.874 - 1.000 (§ 25, stk. 2, nr. 1, 2023) + 500 + 3.200 = 18.574 - loft 15.874 (2023) = 2.700 over: -500, -2.200; ægtefællen: 10.615 (§ 25, stk. 3, nr. 2, 2023) + 500 + 3.200 = 14.315 - loft 13.419 (2023) = 896 over: -500, -396; i alt -1.000 og -2.596; udbetalt 25.489
    # KH-025b-942 2023-12 (B = 6.800): ansøgeren: 15.874 - 1.000 (§ 25, stk. 2, nr. 1, 2023) + 500 + 3.400 = 18.774 - loft 15.874 (2023) = 2.900 over: -500, -2.400; ægtefællen: 10.615 (§ 25, stk. 3, nr. 2, 2023) + 500 + 3.400 = 14.515 - loft 13.419 (2023) = 1.096 over: -500, -596; i alt -1.000 og -2.996; udbetalt 25.489
    # KH-025b-942 2024-01 (B = 6.800): ansøgeren: 16.382 - 1.000 (§ 25, stk. 2, nr. 1, 2024) + 500 + 3.400 = 19.282 - loft 16.382 (2024) = 2.900 over: -500, -2.400; ægtefællen: 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED) + 500 + 3.400 = 14.855 - loft 13.848 (2024) = 1.007 over: -500, -507; i alt -1.000 og -2.907; udbetalt 26.337
    # KH-025b-943 2024-12 (B = 6.600): ansøgeren: 16.382 - 1.000 (§ 25, stk. 2, nr. 1, 2024) + 500 + 3.300 = 19.182 - loft 16.382 (2024) = 2.800 over: -500, -2.300; ægtefællen: 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED) + 500 + 3.300 = 14.755 - loft 13.848 (2024) = 907 over: -500, -407; i alt -1.000 og -2.707; udbetalt 26.337
    # KH-025b-943 2025-01 (B = 6.600): ansøgeren: 16.972 - 1.000 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + 500 + 3.300 = 19.772 - loft 16.972 (2025 UNCONFIRMED) = 2.800 over: -500, -2.300; ægtefællen: 11.349 (§ 25, stk. 3, nr. 2, 2025 UNCONFIRMED) + 500 + 3.300 = 15.149 - loft 14.347 (2025 UNCONFIRMED) = 802 over: -500, -302; i alt -1.000 og -2.602; udbetalt 27.321
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-01-01
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og ansøgeren har i <december> anden indtægt på 1.000,00 kr.
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og ansøgeren har i <januar> anden indtægt på 1.000,00 kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-940 | 2021-12  | 2022-01 | 6.600,00    | 24.943,00    | 2.855,00         | 24.982,00    | 2.851,00         |
      | KH-025b-941 | 2022-12  | 2023-01 | 6.400,00    | 24.982,00    | 2.651,00         | 25.489,00    | 2.596,00         |
      | KH-025b-942 | 2023-12  | 2024-01 | 6.800,00    | 25.489,00    | 2.996,00         | 26.337,00    | 2.907,00         |
      | KH-025b-943 | 2024-12  | 2025-01 | 6.600,00    | 26.337,00    | 2.707,00         | 27.321,00    | 2.602,00         |

  @akl-25b-stk-1 @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar med to børn, over 30 og under 30 på uddannelseshjælp: to lofter (stk. 1, nr. 1 og stk. 3, nr. 2) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 2, nr. 1, loft s1_gift_forsoerger) og ægtefællen (sats § 23, stk. 2, nr. 2, loft s3_gift_2_boern); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Ansøgeren (over 30) har 1.000 kr. anden indtægt i begge måneder (§ 30, stk. 1), så hjælpen er under stk. 1-loftet (= § 25, stk. 2-satsen).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-944 2021-12 (B = 8.200): ansøgeren: 15.547 - 1.000 (§ 25, stk. 2, nr. 1, 2021) + 500 + 4.100 = 19.147 - loft 15.547 (2021) = 3.600 over: -500, -3.100; ægtefællen: 8.973 (§ 23, stk. 2, nr. 2, 2021 UNCONFIRMED) + 500 + 4.100 = 13.573 - loft 12.488 (2021 UNCONFIRMED) = 1.085 over: -500, -585; i alt -1.000 og -3.685; udbetalt 23.520
    # KH-025b-944 2022-01 (B = 8.200): ansøgeren: 15.570 - 1.000 (§ 25, stk. 2, nr. 1, 2022) + 500 + 4.100 = 19.170 - loft 15.570 (2022) = 3.600 over: -500, -3.100; ægtefællen: 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED) + 500 + 4.100 = 13.587 - loft 12.508 (2022 UNCONFIRMED) = 1.079 over: -500, -579; i alt -1.000 og -3.679; udbetalt 23.557
    # KH-025b-945 2022-12 (B = 7.800): ansøgeren: 15.570 - 1.000 (§ 25, stk. 2, nr. 1, 2022) + 500 + 3.900 = 18.970 - loft 15.570 (2022) = 3.400 over: -500, -2.900; ægtefællen: 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED) + 500 + 3.900 = 13.387 - loft 12.508 (2022 UNCONFIRMED) = 879 over: -500, -379; i alt -1.000 og -3.279; udbetalt 23.557
    # KH-025b-945 2023-01 (B = 7.800): ansøgeren: 15.874 - 1.000 (§ 25, stk. 2, nr. 1, 2023) + 500 + 3.900 = 19.274 - loft 15.874 (2023) = 3.400 over: -500, -2.900; ægtefællen: 9.161 (§ 23, stk. 2, nr. 2, 2023) + 500 + 3.900 = 13.561 - loft 12.751 (2023) = 810 over: -500, -310; i alt -1.000 og -3.210; udbetalt 24.035
    # KH-025b-946 2023-12 (B = 8.600): ansøgeren: 15.874 - 1.000 (§ 25, stk. 2, nr. 1, 2023) + 500 + 4.300 = 19.674 - loft 15.874 (2023) = 3.800 over: -500, -3.300; ægtefællen: 9.161 (§ 23, stk. 2, nr. 2, 2023) + 500 + 4.300 = 13.961 - loft 12.751 (2023) = 1.210 over: -500, -710; i alt -1.000 og -4.010; udbetalt 24.035
    # KH-025b-946 2024-01 (B = 8.600): ansøgeren: 16.382 - 1.000 (§ 25, stk. 2, nr. 1, 2024) + 500 + 4.300 = 20.182 - loft 16.382 (2024) = 3.800 over: -500, -3.300; ægtefællen: 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED) + 500 + 4.300 = 14.254 - loft 13.159 (2024) = 1.095 over: -500, -595; i alt -1.000 og -3.895; udbetalt 24.836
    # KH-025b-947 2024-12 (B = 8.400): ansøgeren: 16.382 - 1.000 (§ 25, stk. 2, nr. 1, 2024) + 500 + 4.200 = 20.082 - loft 16.382 (2024) = 3.700 over: -500, -3.200; ægtefællen: 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED) + 500 + 4.200 = 14.154 - loft 13.159 (2024) = 995 over: -500, -495; i alt -1.000 og -3.695; udbetalt 24.836
    # KH-025b-947 2025-01 (B = 8.400): ansøgeren: 16.972 - 1.000 (§ 25, stk. 2, nr. 1, 2025 UNCONFIRMED) + 500 + 4.200 = 20.672 - loft 16.972 (2025 UNCONFIRMED) = 3.700 over: -500, -3.200; ægtefællen: 9.794 (§ 23, stk. 2, nr. 2, 2025 UNCONFIRMED) + 500 + 4.200 = 14.494 - loft 13.633 (2025 UNCONFIRMED) = 861 over: -500, -361; i alt -1.000 og -3.561; udbetalt 25.766
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-01-01
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og ansøgeren har i <december> anden indtægt på 1.000,00 kr.
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og ansøgeren har i <januar> anden indtægt på 1.000,00 kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-944 | 2021-12  | 2022-01 | 8.200,00    | 23.520,00    | 3.685,00         | 23.557,00    | 3.679,00         |
      | KH-025b-945 | 2022-12  | 2023-01 | 7.800,00    | 23.557,00    | 3.279,00         | 24.035,00    | 3.210,00         |
      | KH-025b-946 | 2023-12  | 2024-01 | 8.600,00    | 24.035,00    | 4.010,00         | 24.836,00    | 3.895,00         |
      | KH-025b-947 | 2024-12  | 2025-01 | 8.400,00    | 24.836,00    | 3.695,00         | 25.766,00    | 3.561,00         |

  @akl-25b-stk-2 @akl-25b-stk-3
  Abstrakt Scenario: Loftstabellen over årsskiftet, Ægtepar med to børn under 30, kontanthjælp og uddannelseshjælp: to lofter (stk. 2, nr. 2 og stk. 3, nr. 2) i december og januar
    # Ægtepar: ansøgeren (sats § 25, stk. 3, nr. 2, loft s2_gift_2_boern) og ægtefællen (sats § 23, stk. 2, nr. 2, loft s3_gift_2_boern); hver har sit eget loft efter sin
    # egen kategori (aktivloven § 25 b). Særlig støtte 1.000 og boligstøtte B i december og januar, delt ligeligt mellem de
    # to (FT-KH-LOFT-FORDELING): 500 og B/2 hver; særlig støtte nedsættes først (FT-KH-LOFT-RAEKKEFOELGE).
    # Loft fra parametre/kontanthjaelpsloft.yaml (2023-2024 bm.dk; stk. 1, nr. 1-2 2021-2022 = § 25, stk. 2; ellers 2021, 2022, 2025
    # UNCONFIRMED, afledt: KILDER.md); satser fra KILDER.md-tabellerne (UNCONFIRMED hvor markeret). December viser det gamle års loft, januar det nye:
    # KH-025b-948 2021-12 (B = 8.200): ansøgeren: 10.396 (§ 25, stk. 3, nr. 2, 2021) + 500 + 4.100 = 14.996 - loft 13.141 (2021 UNCONFIRMED) = 1.855 over: -500, -1.355; ægtefællen: 8.973 (§ 23, stk. 2, nr. 2, 2021 UNCONFIRMED) + 500 + 4.100 = 13.573 - loft 12.488 (2021 UNCONFIRMED) = 1.085 over: -500, -585; i alt -1.000 og -1.940; udbetalt 19.369
    # KH-025b-948 2022-01 (B = 8.200): ansøgeren: 10.412 (§ 25, stk. 3, nr. 2, 2022) + 500 + 4.100 = 15.012 - loft 13.161 (2022 UNCONFIRMED) = 1.851 over: -500, -1.351; ægtefællen: 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED) + 500 + 4.100 = 13.587 - loft 12.508 (2022 UNCONFIRMED) = 1.079 over: -500, -579; i alt -1.000 og -1.930; udbetalt 19.399
    # KH-025b-949 2022-12 (B = 7.800): ansøgeren: 10.412 (§ 25, stk. 3, nr. 2, 2022) + 500 + 3.900 = 14.812 - loft 13.161 (2022 UNCONFIRMED) = 1.651 over: -500, -1.151; ægtefællen: 8.987 (§ 23, stk. 2, nr. 2, 2022 UNCONFIRMED) + 500 + 3.900 = 13.387 - loft 12.508 (2022 UNCONFIRMED) = 879 over: -500, -379; i alt -1.000 og -1.530; udbetalt 19.399
    # KH-025b-949 2023-01 (B = 7.800): ansøgeren: 10.615 (§ 25, stk. 3, nr. 2, 2023) + 500 + 3.900 = 15.015 - loft 13.419 (2023) = 1.596 over: -500, -1.096; ægtefællen: 9.161 (§ 23, stk. 2, nr. 2, 2023) + 500 + 3.900 = 13.561 - loft 12.751 (2023) = 810 over: -500, -310; i alt -1.000 og -1.406; udbetalt 19.776
    # KH-025b-950 2023-12 (B = 8.600): ansøgeren: 10.615 (§ 25, stk. 3, nr. 2, 2023) + 500 + 4.300 = 15.415 - loft 13.419 (2023) = 1.996 over: -500, -1.496; ægtefællen: 9.161 (§ 23, stk. 2, nr. 2, 2023) + 500 + 4.300 = 13.961 - loft 12.751 (2023) = 1.210 over: -500, -710; i alt -1.000 og -2.206; udbetalt 19.776
    # KH-025b-950 2024-01 (B = 8.600): ansøgeren: 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED) + 500 + 4.300 = 15.755 - loft 13.848 (2024) = 1.907 over: -500, -1.407; ægtefællen: 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED) + 500 + 4.300 = 14.254 - loft 13.159 (2024) = 1.095 over: -500, -595; i alt -1.000 og -2.002; udbetalt 20.409
    # KH-025b-951 2024-12 (B = 8.400): ansøgeren: 10.955 (§ 25, stk. 3, nr. 2, 2024 UNCONFIRMED) + 500 + 4.200 = 15.655 - loft 13.848 (2024) = 1.807 over: -500, -1.307; ægtefællen: 9.454 (§ 23, stk. 2, nr. 2, 2024 UNCONFIRMED) + 500 + 4.200 = 14.154 - loft 13.159 (2024) = 995 over: -500, -495; i alt -1.000 og -1.802; udbetalt 20.409
    # KH-025b-951 2025-01 (B = 8.400): ansøgeren: 11.349 (§ 25, stk. 3, nr. 2, 2025 UNCONFIRMED) + 500 + 4.200 = 16.049 - loft 14.347 (2025 UNCONFIRMED) = 1.702 over: -500, -1.202; ægtefællen: 9.794 (§ 23, stk. 2, nr. 2, 2025 UNCONFIRMED) + 500 + 4.200 = 14.494 - loft 13.633 (2025 UNCONFIRMED) = 861 over: -500, -361; i alt -1.000 og -1.563; udbetalt 21.143
    Givet et ægtepar, hvor ansøgeren er født 1998-05-05 og ægtefællen er født 1999-01-01
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2018-06-01
    Og husstanden får i <december> særlig støtte på 1.000,00 kr.
    Og husstanden får i <december> boligstøtte på <boligstøtte> kr.
    Og husstanden får i <januar> særlig støtte på 1.000,00 kr.
    Og husstanden får i <januar> boligstøtte på <boligstøtte> kr.
    Når sagen afgøres for <december> til <januar>
    Så udbetales <udbetalt_dec> kr. for <december>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <december>
    Og boligstøtten nedsættes med <nedsat_bolig_dec> kr. for <december>
    Og der udbetales <udbetalt_jan> kr. for <januar>
    Og den særlige støtte nedsættes med 1.000,00 kr. for <januar>
    Og boligstøtten nedsættes med <nedsat_bolig_jan> kr. for <januar>

    Eksempler:
      | id          | december | januar  | boligstøtte | udbetalt_dec | nedsat_bolig_dec | udbetalt_jan | nedsat_bolig_jan |
      | KH-025b-948 | 2021-12  | 2022-01 | 8.200,00    | 19.369,00    | 1.940,00         | 19.399,00    | 1.930,00         |
      | KH-025b-949 | 2022-12  | 2023-01 | 7.800,00    | 19.399,00    | 1.530,00         | 19.776,00    | 1.406,00         |
      | KH-025b-950 | 2023-12  | 2024-01 | 8.600,00    | 19.776,00    | 2.206,00         | 20.409,00    | 2.002,00         |
      | KH-025b-951 | 2024-12  | 2025-01 | 8.400,00    | 20.409,00    | 1.802,00         | 21.143,00    | 1.563,00         |
