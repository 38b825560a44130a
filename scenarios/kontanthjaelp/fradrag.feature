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

  @akl-31-stk-1
  Abstrakt Scenario: Timesatsen og de højst 160 timer i årets første måned (januar 2021-2025)
    # Enlig født 1980-05-05, over 30 uden børn: § 25, stk. 2, nr. 2 (fyldt 30, andre): 11.698 (2021), 11.716 (2022),
    # 11.944 (2023), 12.326 (2024), 12.770 (2025, UNCONFIRMED) kr. (KILDER.md, bm.dk satser).
    # Timesats § 31, stk. 1 (KILDER.md): 28,40 (2021, UNCONFIRMED), 28,66 (2022, BM svar BEU spm. 409),
    # 29,22 (2023), 30,15 (2024), 31,24 (2025) kr., de sidste tre UNCONFIRMED (udledt). Højst 160 timer (BEU spm. 409),
    # så med over 160 timer ses der bort fra 160 x timesatsen; resten trækkes krone for krone.
    # 2021: 160 x 28,40 = 4.544,00. 10.000 - 4.544 = 5.456,00; 11.698 - 5.456 = 6.242,00
    #                                 7.500 - 4.544 = 2.956,00; 11.698 - 2.956 = 8.742,00
    #                                 9.000 - 4.544 = 4.456,00; 11.698 - 4.456 = 7.242,00
    # 2022: 160 x 28,66 = 4.585,60. 10.000 - 4.585,60 = 5.414,40; 11.716 - 5.414,40 = 6.301,60
    #                                 8.000 - 4.585,60 = 3.414,40; 11.716 - 3.414,40 = 8.301,60
    #                                12.500 - 4.585,60 = 7.914,40; 11.716 - 7.914,40 = 3.801,60
    # 2023: 160 x 29,22 = 4.675,20. 12.000 - 4.675,20 = 7.324,80; 11.944 - 7.324,80 = 4.619,20
    #                                 7.000 - 4.675,20 = 2.324,80; 11.944 - 2.324,80 = 9.619,20
    #                                 9.500 - 4.675,20 = 4.824,80; 11.944 - 4.824,80 = 7.119,20
    # 2024: 160 x 30,15 = 4.824,00.  9.000 - 4.824 = 4.176,00; 12.326 - 4.176 = 8.150,00
    #                                11.000 - 4.824 = 6.176,00; 12.326 - 6.176 = 6.150,00
    #                                 7.000 - 4.824 = 2.176,00; 12.326 - 2.176 = 10.150,00
    # 2025: 160 x 31,24 = 4.998,40.  8.000 - 4.998,40 = 3.001,60; 12.770 - 3.001,60 = 9.768,40
    #                                10.500 - 4.998,40 = 5.501,60; 12.770 - 5.501,60 = 7.268,40
    #                                 6.500 - 4.998,40 = 1.501,60; 12.770 - 1.501,60 = 11.268,40
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i <måned> arbejdet <timer> timer og tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | timer | indtægt   | fradrag  | beløb     |
      | KH-031-700 | 2021-01 | 170   | 10.000,00 | 5.456,00 | 6.242,00  |
      | KH-031-701 | 2021-01 | 161   | 7.500,00  | 2.956,00 | 8.742,00  |
      | KH-031-702 | 2021-01 | 240   | 9.000,00  | 4.456,00 | 7.242,00  |
      | KH-031-703 | 2022-01 | 161   | 10.000,00 | 5.414,40 | 6.301,60  |
      | KH-031-704 | 2022-01 | 175   | 8.000,00  | 3.414,40 | 8.301,60  |
      | KH-031-705 | 2022-01 | 300   | 12.500,00 | 7.914,40 | 3.801,60  |
      | KH-031-706 | 2023-01 | 175   | 12.000,00 | 7.324,80 | 4.619,20  |
      | KH-031-707 | 2023-01 | 161   | 7.000,00  | 2.324,80 | 9.619,20  |
      | KH-031-708 | 2023-01 | 210   | 9.500,00  | 4.824,80 | 7.119,20  |
      | KH-031-709 | 2024-01 | 161   | 9.000,00  | 4.176,00 | 8.150,00  |
      | KH-031-710 | 2024-01 | 165   | 11.000,00 | 6.176,00 | 6.150,00  |
      | KH-031-711 | 2024-01 | 190   | 7.000,00  | 2.176,00 | 10.150,00 |
      | KH-031-712 | 2025-01 | 200   | 8.000,00  | 3.001,60 | 9.768,40  |
      | KH-031-713 | 2025-01 | 161   | 10.500,00 | 5.501,60 | 7.268,40  |
      | KH-031-714 | 2025-01 | 172   | 6.500,00  | 1.501,60 | 11.268,40 |

  @akl-31-stk-3
  Abstrakt Scenario: Omregningssatsen i årets første måned, lige over og lige under en afrundingsgrænse for timerne
    # Indtægt uden fastsat arbejdstid: timer = indtægt / a-kassernes høje omregningssats (§ 31, stk. 3; FT-KH-OMREGNING;
    # KILDER.md: 251,99 (2021), 259,80 (2022), 268,63 (2023), 277,76 (2024), 295,54 (2025), alle UNCONFIRMED),
    # afrundet til hundrededele time (halv op, FT-KH-AFRUNDING). Indtægterne er valgt, så kvotienten ligger lige
    # ved en afrundingsgrænse (x,xx5): en omregningssats, der er 1 øre skæv, giver et andet timetal.
    # Derefter ses der bort fra timer x timesatsen (28,40 / 28,66 / 29,22 / 30,15 / 31,24, se ovenfor), afrundet til øre.
    # 2021:  7.810,44 / 251,99 = 30,99504 -> 31,00 t; 31,00 x 28,40 = 880,40;   7.810,44 - 880,40 = 6.930,04;   11.698 - 6.930,04 = 4.767,96
    #        9.322,01 / 251,99 = 36,99357 -> 36,99 t; 36,99 x 28,40 = 1.050,516 -> 1.050,52; 9.322,01 - 1.050,52 = 8.271,49; 11.698 - 8.271,49 = 3.426,51
    # 2022:  8.052,51 / 259,80 = 30,99503 -> 31,00 t; 31,00 x 28,66 = 888,46;   8.052,51 - 888,46 = 7.164,05;   11.716 - 7.164,05 = 4.551,95
    #        9.610,94 / 259,80 = 36,99361 -> 36,99 t; 36,99 x 28,66 = 1.060,1334 -> 1.060,13; 9.610,94 - 1.060,13 = 8.550,81; 11.716 - 8.550,81 = 3.165,19
    # 2023:  8.326,19 / 268,63 = 30,99501 -> 31,00 t; 31,00 x 29,22 = 905,82;   8.326,19 - 905,82 = 7.420,37;   11.944 - 7.420,37 = 4.523,63
    #        9.937,65 / 268,63 = 36,99382 -> 36,99 t; 36,99 x 29,22 = 1.080,8478 -> 1.080,85; 9.937,65 - 1.080,85 = 8.856,80; 11.944 - 8.856,80 = 3.087,20
    # 2024:  8.609,18 / 277,76 = 30,99503 -> 31,00 t; 31,00 x 30,15 = 934,65;   8.609,18 - 934,65 = 7.674,53;   12.326 - 7.674,53 = 4.651,47
    #       10.275,51 / 277,76 = 36,99420 -> 36,99 t; 36,99 x 30,15 = 1.115,2485 -> 1.115,25; 10.275,51 - 1.115,25 = 9.160,26; 12.326 - 9.160,26 = 3.165,74
    # 2025:  9.160,27 / 295,54 = 30,99503 -> 31,00 t; 31,00 x 31,24 = 968,44;   9.160,27 - 968,44 = 8.191,83;   12.770 - 8.191,83 = 4.578,17
    #       10.933,46 / 295,54 = 36,99486 -> 36,99 t; 36,99 x 31,24 = 1.155,5676 -> 1.155,57; 10.933,46 - 1.155,57 = 9.777,89; 12.770 - 9.777,89 = 2.992,11
    # Flere rækker ved grænserne 21,00 / 26,00 (lige over) og 40,99 / 43,99 (lige under):
    # 2021:  5.290,54 / 251,99 = 20,99504 -> 21,00 t; 21,00 x 28,40 = 596,4000 -> 596,40; 5.290,54 - 596,40 = 4.694,14; hjælp (sats - fradrag) 7.003,86
    # 2021:  6.550,49 / 251,99 = 25,99504 -> 26,00 t; 26,00 x 28,40 = 738,4000 -> 738,40; 6.550,49 - 738,40 = 5.812,09; hjælp (sats - fradrag) 5.885,91
    # 2021: 10.329,93 / 251,99 = 40,99341 -> 40,99 t; 40,99 x 28,40 = 1164,1160 -> 1.164,12; 10.329,93 - 1.164,12 = 9.165,81; hjælp (sats - fradrag) 2.532,19
    # 2021: 11.085,87 / 251,99 = 43,99329 -> 43,99 t; 43,99 x 28,40 = 1249,3160 -> 1.249,32; 11.085,87 - 1.249,32 = 9.836,55; hjælp (sats - fradrag) 1.861,45
    # 2022:  5.454,51 / 259,80 = 20,99503 -> 21,00 t; 21,00 x 28,66 = 601,8600 -> 601,86; 5.454,51 - 601,86 = 4.852,65; hjælp (sats - fradrag) 6.863,35
    # 2022:  6.753,51 / 259,80 = 25,99503 -> 26,00 t; 26,00 x 28,66 = 745,1600 -> 745,16; 6.753,51 - 745,16 = 6.008,35; hjælp (sats - fradrag) 5.707,65
    # 2022: 10.650,10 / 259,80 = 40,99346 -> 40,99 t; 40,99 x 28,66 = 1174,7734 -> 1.174,77; 10.650,10 - 1.174,77 = 9.475,33; hjælp (sats - fradrag) 2.240,67
    # 2022: 11.429,50 / 259,80 = 43,99346 -> 43,99 t; 43,99 x 28,66 = 1260,7534 -> 1.260,75; 11.429,50 - 1.260,75 = 10.168,75; hjælp (sats - fradrag) 1.547,25
    # 2023:  5.639,89 / 268,63 = 20,99501 -> 21,00 t; 21,00 x 29,22 = 613,6200 -> 613,62; 5.639,89 - 613,62 = 5.026,27; hjælp (sats - fradrag) 6.917,73
    # 2023:  6.983,04 / 268,63 = 25,99501 -> 26,00 t; 26,00 x 29,22 = 759,7200 -> 759,72; 6.983,04 - 759,72 = 6.223,32; hjælp (sats - fradrag) 5.720,68
    # 2023: 11.012,17 / 268,63 = 40,99382 -> 40,99 t; 40,99 x 29,22 = 1197,7278 -> 1.197,73; 11.012,17 - 1.197,73 = 9.814,44; hjælp (sats - fradrag) 2.129,56
    # 2023: 11.818,06 / 268,63 = 43,99382 -> 43,99 t; 43,99 x 29,22 = 1285,3878 -> 1.285,39; 11.818,06 - 1.285,39 = 10.532,67; hjælp (sats - fradrag) 1.411,33
    # 2024:  5.831,58 / 277,76 = 20,99503 -> 21,00 t; 21,00 x 30,15 = 633,1500 -> 633,15; 5.831,58 - 633,15 = 5.198,43; hjælp (sats - fradrag) 7.127,57
    # 2024:  7.220,38 / 277,76 = 25,99503 -> 26,00 t; 26,00 x 30,15 = 783,9000 -> 783,90; 7.220,38 - 783,90 = 6.436,48; hjælp (sats - fradrag) 5.889,52
    # 2024: 11.386,55 / 277,76 = 40,99420 -> 40,99 t; 40,99 x 30,15 = 1235,8485 -> 1.235,85; 11.386,55 - 1.235,85 = 10.150,70; hjælp (sats - fradrag) 2.175,30
    # 2024: 12.219,83 / 277,76 = 43,99420 -> 43,99 t; 43,99 x 30,15 = 1326,2985 -> 1.326,30; 12.219,83 - 1.326,30 = 10.893,53; hjælp (sats - fradrag) 1.432,47
    # 2025:  6.204,87 / 295,54 = 20,99503 -> 21,00 t; 21,00 x 31,24 = 656,0400 -> 656,04; 6.204,87 - 656,04 = 5.548,83; hjælp (sats - fradrag) 7.221,17
    # 2025:  7.682,57 / 295,54 = 25,99503 -> 26,00 t; 26,00 x 31,24 = 812,2400 -> 812,24; 7.682,57 - 812,24 = 6.870,33; hjælp (sats - fradrag) 5.899,67
    # 2025: 12.115,62 / 295,54 = 40,99486 -> 40,99 t; 40,99 x 31,24 = 1280,5276 -> 1.280,53; 12.115,62 - 1.280,53 = 10.835,09; hjælp (sats - fradrag) 1.934,91
    # 2025: 13.002,24 / 295,54 = 43,99486 -> 43,99 t; 43,99 x 31,24 = 1374,2476 -> 1.374,25; 13.002,24 - 1.374,25 = 11.627,99; hjælp (sats - fradrag) 1.142,01
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i <måned> tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | indtægt   | fradrag  | beløb    |
      | KH-031-715 | 2021-01 | 7.810,44  | 6.930,04 | 4.767,96 |
      | KH-031-716 | 2021-01 | 9.322,01  | 8.271,49 | 3.426,51 |
      | KH-031-717 | 2022-01 | 8.052,51  | 7.164,05 | 4.551,95 |
      | KH-031-718 | 2022-01 | 9.610,94  | 8.550,81 | 3.165,19 |
      | KH-031-719 | 2023-01 | 8.326,19  | 7.420,37 | 4.523,63 |
      | KH-031-720 | 2023-01 | 9.937,65  | 8.856,80 | 3.087,20 |
      | KH-031-721 | 2024-01 | 8.609,18  | 7.674,53 | 4.651,47 |
      | KH-031-722 | 2024-01 | 10.275,51 | 9.160,26 | 3.165,74 |
      | KH-031-723 | 2025-01 | 9.160,27  | 8.191,83 | 4.578,17 |
      | KH-031-724 | 2025-01 | 10.933,46 | 9.777,89 | 2.992,11 |
      | KH-031-757 | 2021-01 | 5.290,54  | 4.694,14 | 7.003,86 |
      | KH-031-758 | 2021-01 | 6.550,49  | 5.812,09 | 5.885,91 |
      | KH-031-759 | 2021-01 | 10.329,93 | 9.165,81 | 2.532,19 |
      | KH-031-760 | 2021-01 | 11.085,87 | 9.836,55 | 1.861,45 |
      | KH-031-761 | 2022-01 | 5.454,51  | 4.852,65 | 6.863,35 |
      | KH-031-762 | 2022-01 | 6.753,51  | 6.008,35 | 5.707,65 |
      | KH-031-763 | 2022-01 | 10.650,10 | 9.475,33 | 2.240,67 |
      | KH-031-764 | 2022-01 | 11.429,50 | 10.168,75 | 1.547,25 |
      | KH-031-765 | 2023-01 | 5.639,89  | 5.026,27 | 6.917,73 |
      | KH-031-766 | 2023-01 | 6.983,04  | 6.223,32 | 5.720,68 |
      | KH-031-767 | 2023-01 | 11.012,17 | 9.814,44 | 2.129,56 |
      | KH-031-768 | 2023-01 | 11.818,06 | 10.532,67 | 1.411,33 |
      | KH-031-769 | 2024-01 | 5.831,58  | 5.198,43 | 7.127,57 |
      | KH-031-770 | 2024-01 | 7.220,38  | 6.436,48 | 5.889,52 |
      | KH-031-771 | 2024-01 | 11.386,55 | 10.150,70 | 2.175,30 |
      | KH-031-772 | 2024-01 | 12.219,83 | 10.893,53 | 1.432,47 |
      | KH-031-773 | 2025-01 | 6.204,87  | 5.548,83 | 7.221,17 |
      | KH-031-774 | 2025-01 | 7.682,57  | 6.870,33 | 5.899,67 |
      | KH-031-775 | 2025-01 | 12.115,62 | 10.835,09 | 1.934,91 |
      | KH-031-776 | 2025-01 | 13.002,24 | 11.627,99 | 1.142,01 |

  @id:KH-031-752 @akl-2
  Scenarie: Samlevende: samleverens indtægt ud over egen hjælp går ikke videre til ansøgeren
    # FT-KH-SAMLEVENDE (§ 2, § 30 uden samlevende fra 1.1.2016): ingen gensidig forsørgelsespligt. Samleveren:
    # 160 timer og 20.000 kr. i 2024-03: 20.000 - 160 x 30,15 (4.824) = 15.176 > 12.326: samleverens hjælp 0,00.
    # Ansøgeren: uændret § 25, stk. 2, nr. 2 (2024) 12.326,00 kr.; i alt 12.326,00.
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-05-05
    Og samleveren har i 2024-03 arbejdet 160 timer og tjent 20.000,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03
    Og ansøgerens hjælp er 12.326,00 kr. for 2024-03
    Og samleverens hjælp er 0,00 kr. for 2024-03

  @id:KH-031-753 @akl-2
  Scenarie: Gifte: en ægtefælles fradrag, der overstiger egen hjælp med 50 øre, trækkes i ansøgerens hjælp
    # FT-KH-GENSIDIG (§ 2, § 26, stk. 1, § 30). Ægtefællen 2024-03: 160 timer og 17.150,50 kr.:
    # 17.150,50 - 160 x 30,15 (4.824) = 12.326,50; egen hjælp 12.326: 0,50 kr. i overskud, som trækkes i
    # ansøgerens hjælp: 12.326 - 0,50 = 12.325,50 kr.; ægtefællens hjælp 0,00.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ægtefællen har i 2024-03 arbejdet 160 timer og tjent 17.150,50 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 12.325,50 kr. for 2024-03
    Og ansøgerens hjælp nedsættes med 0,50 kr. for 2024-03 på grund af ægtefællens indtægt
    Og ægtefællens fradrag for arbejdsindtægt er 12.326,50 kr. for 2024-03

  @id:KH-031-754 @akl-30
  Scenarie: Anden indtægt og arbejdsindtægt i samme måned (2024)
    # § 30: anden indtægt 1.000 krone for krone; § 31, stk. 1: 20 timer og 2.000 kr.: 20 x 30,15 = 603; fradrag 1.397.
    # 12.326 - 1.397 - 1.000 = 9.929,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2024-03 arbejdet 20 timer og tjent 2.000,00 kr.
    Og ansøgeren har i 2024-03 anden indtægt på 1.000,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 9.929,00 kr. for 2024-03
    Og ansøgerens fradrag for arbejdsindtægt er 1.397,00 kr. for 2024-03

  @id:KH-031-777 @akl-31-stk-3
  Scenarie: En indtægt på 1 krone uden timer trækkes fuldt
    # § 31, stk. 3: 1,00 / 277,76 (høj omregningssats 2024, UNCONFIRMED) = 0,0036 -> 0,00 timer; der ses bort fra
    # 0,00 kr.; fradrag 1,00. 12.326 - 1 = 12.325,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2024-03 tjent 1,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 12.325,00 kr. for 2024-03
    Og ansøgerens fradrag for arbejdsindtægt er 1,00 kr. for 2024-03

  @id:KH-031-778 @akl-2
  Scenarie: Gifte, hvor begge tjener mere end deres egen hjælp: intet udbetales
    # Hver: 160 timer og 20.000 kr. i 2024-03: 20.000 - 160 x 30,15 (4.824) = 15.176 > 12.326: egen hjælp 0,00, og der er
    # ingen hjælp hos den anden at trække overskuddet i (FT-KH-GENSIDIG). Udbetalt 0,00.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren har i 2024-03 arbejdet 160 timer og tjent 20.000,00 kr.
    Og ægtefællen har i 2024-03 arbejdet 160 timer og tjent 20.000,00 kr.
    Når sagen afgøres for 2024-03
    Så udbetales 0,00 kr. for 2024-03
    Og ansøgerens hjælp er 0,00 kr. for 2024-03
    Og ægtefællens hjælp er 0,00 kr. for 2024-03
    Og ansøgerens fradrag for arbejdsindtægt er 15.176,00 kr. for 2024-03
