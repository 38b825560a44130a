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
