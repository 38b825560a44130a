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
