# language: da
@akl-31 @alvor:A
Egenskab: Fradrag for arbejdsindtægt før 1. juli 2025 (aktivloven § 31 og § 30)
  Der ses bort fra et reguleret beløb pr. udført arbejdstime, højst 160 timer om måneden pr. person; resten
  trækkes krone for krone. Anden indtægt trækkes krone for krone. Faktaark: danish-law.md 2.6 (28,66 kr. i 2022,
  bekræftet) og KILDER.md (28,40 i 2021, 29,22 i 2023, 30,15 i 2024, 31,24 i 2025: UNCONFIRMED). Fortolkninger:
  FT-KH-INDTAEGT (indtægt efter AM-bidrag, ATP og pension), FT-KH-AFRUNDING (timer x sats til øre).

  @akl-31-stk-1
  Abstrakt Scenario: Der ses bort fra 28,66 kr. pr. time for højst 160 timer (2022)
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2022-03 arbejdet <timer> timer og tjent 10.000,00 kr.
    Når sagen afgøres for 2022-03
    Så udbetales <beløb> kr. for 2022-03
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for 2022-03

    Eksempler:
      | id         | timer | fradrag  | beløb    |
      | KH-031-001 | 159   | 5.443,06 | 6.272,94 |
      | KH-031-002 | 160   | 5.414,40 | 6.301,60 |
      | KH-031-003 | 161   | 5.414,40 | 6.301,60 |

  @id:KH-031-004
  Scenarie: 40 timer og 6.000 kr. i 2024
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren har i 2024-03 arbejdet 40 timer og tjent 6.000,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 7.532,00 kr. for 2024-03
    Og ansøgerens fradrag for arbejdsindtægt er 4.794,00 kr. for 2024-03

  @id:KH-031-005
  Scenarie: En lille indtægt, der er mindre end det beløb, der ses bort fra, giver intet fradrag
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2023-04 arbejdet 20 timer og tjent 500,00 kr.
    Når sagen afgøres for 2023-04
    Så udbetales 11.944,00 kr. for 2023-04
    Og ansøgerens fradrag for arbejdsindtægt er 0,00 kr. for 2023-04

  @id:KH-031-006
  Scenarie: Indtægt ud over hjælpen: intet udbetales
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2024-03 arbejdet 160 timer og tjent 20.000,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 0,00 kr. for 2024-03
    Og ansøgerens hjælp er 0,00 kr. for 2024-03

  @id:KH-031-007 @akl-30
  Scenarie: Anden indtægt trækkes krone for krone
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2024-03 anden indtægt på 1.500,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 10.826,00 kr. for 2024-03

  @id:KH-031-008
  Scenarie: Fradraget gælder kun den måned, indtægten er tjent i
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2024-04 arbejdet 10 timer og tjent 2.000,00 kr.
    Når sagen afgøres for 2024-03 til 2024-04
    Så udbetales 12.326,00 kr. for 2024-03
    Og der udbetales 10.627,50 kr. for 2024-04
    Og der er udbetalt 22.953,50 kr. i alt

  @id:KH-031-009
  Scenarie: Timesatsen for 2021 (28,40 kr.)
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2021-06 arbejdet 100 timer og tjent 5.000,00 kr.
    Når sagen afgøres for 2021-06
    Så udbetales 9.538,00 kr. for 2021-06

  @id:KH-031-010
  Scenarie: Timesatsen for første halvår 2025 (31,24 kr.)
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2025-03 arbejdet 50 timer og tjent 4.000,00 kr.
    Når sagen afgøres for 2025-03
    Så udbetales 10.332,00 kr. for 2025-03
    Og ansøgerens fradrag for arbejdsindtægt er 2.438,00 kr. for 2025-03

  @id:KH-031-011 @akl-31-stk-3
  Scenarie: Indtægt uden fastsat arbejdstid omregnes til timer (2022)
    # 5.000 kr. uden timer (fx honorar): § 31, stk. 3: timetallet = indtægten / omregningssatsen efter lov om
    # arbejdsløshedsforsikring; a-kassernes høje sats 2022 er 259,80 kr. (sl.dk; FT-KH-OMREGNING, UNCONFIRMED):
    # 5.000 / 259,80 = 19,2456 -> 19,25 timer. Der ses bort fra 19,25 x 28,66 = 551,705 -> 551,71 kr.
    # Fradrag 5.000 - 551,71 = 4.448,29; hjælp 11.716 - 4.448,29 = 7.267,71 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2022-03 tjent 5.000,00 kr.
    Når sagen afgøres for 2022-03
    Så udbetales 7.267,71 kr. for 2022-03
    Og ansøgerens fradrag for arbejdsindtægt er 4.448,29 kr. for 2022-03

  @id:KH-031-012 @akl-31-stk-3
  Scenarie: Indtægt uden timer i 2024
    # 3.000 / 277,76 (høj omregningssats 2024, fa-k.dk, UNCONFIRMED) = 10,8007 -> 10,80 timer; 10,80 x 30,15 (2024,
    # UNCONFIRMED) = 325,62 kr. Fradrag 3.000 - 325,62 = 2.674,38; hjælp 12.326 - 2.674,38 = 9.651,62 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2024-03 tjent 3.000,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 9.651,62 kr. for 2024-03
    Og ansøgerens fradrag for arbejdsindtægt er 2.674,38 kr. for 2024-03
