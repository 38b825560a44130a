# language: da
@akl-31 @alvor:A
Egenskab: Fradrag for arbejdsindtægt fra 1. juli 2025: fribeløb, 65 % og krone for krone over loftet
  Der ses bort fra et fribeløb om måneden (grund- og mindstesats 5.180 kr., forhøjet sats 2.590 kr.; 2026:
  5.413 / 2.707 kr.); 65 % af indtægten derover trækkes; når arbejdsindtægt og hjælp når 85 % (grund- og
  mindstesats) eller 100 % (forhøjet sats) af den maksimale dagpengesats (21.092 kr. i 2025, 22.041 kr. i 2026),
  trækkes krone for krone. Timer betyder ikke noget længere. Faktaark: danish-law.md 2.6 ("From 1 Jul 2025") og
  KILDER.md (alle beløb UNCONFIRMED; § 31 som affattet ved lov nr. 1655/2024). Fortolkninger:
  FT-KH-FRADRAG-LOFT, FT-KH-AFRUNDING, FT-KH-SATSREGULERING (2026 = 2025 x 22.041/21.092).

  Abstrakt Scenario: Forhøjet sats: fribeløb, 65 % og krone for krone over 100 % af den maksimale dagpengesats
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2025-08 tjent <indtægt> kr.
    Når sagen afgøres for 2025-08
    Så udbetales <beløb> kr. for 2025-08

    Eksempler:
      | id         | indtægt   | beløb     |
      | KH-031-101 | 2.590,00  | 13.590,00 |
      | KH-031-102 | 2.591,00  | 13.589,35 |
      | KH-031-103 | 10.000,00 | 8.773,50  |
      | KH-031-104 | 18.000,00 | 3.092,00  |
      | KH-031-105 | 21.092,00 | 0,00      |

  @id:KH-031-106
  Scenarie: Grundsats: krone for krone over 85 % af den maksimale dagpengesats
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har i 2025-08 tjent 17.900,00 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 28,20 kr. for 2025-08

  @id:KH-031-107
  Scenarie: Grundsats: indtægt under fribeløbet giver intet fradrag
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har i 2025-08 tjent 5.000,00 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 8.297,00 kr. for 2025-08
    Og ansøgerens fradrag for arbejdsindtægt er 0,00 kr. for 2025-08

  @id:KH-031-108
  Scenarie: Mindstesats: 65 % af indtægten over fribeløbet
    Givet en enlig ansøger født 1980-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Og ansøgeren har i 2025-09 tjent 6.000,00 kr.
    Når sagen afgøres for 2025-09
    Så udbetales 6.256,00 kr. for 2025-09
    Og ansøgerens fradrag for arbejdsindtægt er 533,00 kr. for 2025-09

  @id:KH-031-109
  Scenarie: Fribeløbet for 2026
    # Forhøjet sats 13.060 + tillæg til enlige 1.141 = 14.201 (2026, UNCONFIRMED); fribeløb (forhøjet) 2.707:
    # (5.000 - 2.707) = 2.293 x 0,65 = 1.490,45; loftet 22.041 nås ikke. 14.201 - 1.490,45 = 12.710,55 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2026-03 tjent 5.000,00 kr.
    Når sagen afgøres for 2026-03
    Så udbetales 12.710,55 kr. for 2026-03

  @id:KH-031-110
  Scenarie: Timerne giver ikke længere et fradrag
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2025-08 arbejdet 40 timer og tjent 3.000,00 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 13.323,50 kr. for 2025-08
    Og ansøgerens fradrag for arbejdsindtægt er 266,50 kr. for 2025-08

  Abstrakt Scenario: Forhøjet sats: krone for krone over den maksimale dagpengesats i den første måned af hver sats
    # Over 30, enlig, ingen børn: hjælp før fradrag = forhøjet sats + tillæg til enlige (2025-07: 12.498 + 1.092 =
    # 13.590; 2026-01: 13.060 + 1.141 = 14.201, KILDER.md, UNCONFIRMED). Loftet = 100 % af den maksimale dagpengesats:
    # 21.092 (bm.dk 2025, bekræftet) og 22.041 (2026, uofficiel kilde, der citerer bm.dk; = 21.092 x 1,045, UNCONFIRMED).
    # 2025-07, indtægt 20.000: 65 %-vejen 13.590 - 0,65 x (20.000 - 2.590) = 13.590 - 11.316,50 = 2.273,50; loftvejen
    # 21.092 - 20.000 = 1.092,00 (mindst, gælder); krone for krone 13.590 - 20.000 < 0. Hjælp 1.092,00; fradrag 12.498,00.
    # 2026-01, indtægt 21.000: 65 %-vejen 14.201 - 0,65 x (21.000 - 2.707) = 14.201 - 11.890,45 = 2.310,55; loftvejen
    # 22.041 - 21.000 = 1.041,00 (gælder). Hjælp 1.041,00; fradrag 14.201 - 1.041 = 13.160,00.
    Givet en enlig ansøger født 1970-01-01
    Og ansøgeren har i <måned> tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | indtægt   | beløb    | fradrag   |
      | KH-031-372 | 2025-07 | 20.000,00 | 1.092,00 | 12.498,00 |
      | KH-031-373 | 2026-01 | 21.000,00 | 1.041,00 | 13.160,00 |

  @id:KH-031-374
  Scenarie: Grundsats 2026: krone for krone over 85 % af den maksimale dagpengesats
    # 27 år, enlig, ingen børn, ikke aktivitetsparat: grundsats 7.529 + tillæg til enlige 1.141 = 8.670 (2026, UNCONFIRMED).
    # Loft 85 % x 22.041 = 18.734,85 (UNCONFIRMED). Indtægt 18.720: 65 %-vejen 8.670 - 0,65 x (18.720 - 5.413) = 8.670 -
    # 8.649,55 = 20,45; loftvejen 18.734,85 - 18.720 = 14,85 (mindst, gælder). Hjælp 14,85; fradrag 8.670 - 14,85 = 8.655,15.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har i 2026-01 tjent 18.720,00 kr.
    Når sagen afgøres for 2026-01
    Så udbetales 14,85 kr. for 2026-01
    Og ansøgerens fradrag for arbejdsindtægt er 8.655,15 kr. for 2026-01

  @id:KH-031-375
  Scenarie: Grundsats: en hjælp på 50 øre er stadig en udbetaling
    # 27 år, enlig, ingen børn, august 2025: grundsats 7.205 + tillæg til enlige 1.092 = 8.297 kr. Loft 85 % x 21.092 =
    # 17.928,20 kr. Indtægt 17.927,70: 65 %-vejen 8.297 - 0,65 x (17.927,70 - 5.180) = 8.297 - 8.286,01 = ca. 11 kr.;
    # loftvejen 17.928,20 - 17.927,70 = 0,50 kr. (mindst, gælder). Hjælp 0,50 kr.; fradrag 8.297 - 0,50 = 8.296,50 kr.
    # Der udbetales et beløb over 0, så der er ret til hjælp den måned (§ 89).
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har i 2025-08 tjent 17.927,70 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 0,50 kr. for 2025-08
    Og ansøgerens fradrag for arbejdsindtægt er 8.296,50 kr. for 2025-08

  Abstrakt Scenario: Grundsats: fribeløb, 65 % og loftet i første måned for 2025- og 2026-beløbene
    # Enlig født 1999-03-10 (26 år), ikke 2½ års beskæftigelse: grundsats + tillæg til enlige (§§ 16, 18):
    # 7.205 + 1.092 = 8.297 kr. (2025-07), 7.529 + 1.141 = 8.670 kr. (2026-01) (KILDER.md, UNCONFIRMED / kalundborg.dk).
    # Fribeløb (grundsats) 5.180 kr. (2025), 5.413 kr. (2026); 65 % af resten (øre, FT-KH-AFRUNDING); loftet
    # 85 % x den maksimale dagpengesats: 0,85 x 21.092 = 17.928,20 (2025), 0,85 x 22.041 = 18.734,85 (2026)
    # (FT-KH-FRADRAG-LOFT); hjælpen er den største af (hjælp - indtægt) og den mindste af (hjælp - 65 %-fradraget)
    # og (loft - indtægt). Alle fradragsbeløb UNCONFIRMED (aftalens fakta-ark, regulerede).
    # 2025-07:  5.180: intet over fribeløbet -> 8.297,00 (fradrag 0,00)
    #           5.181: 1 x 0,65 = 0,65 -> 8.296,35
    #           6.000: 820 x 0,65 = 533,00 -> 7.764,00
    #           9.000: 3.820 x 0,65 = 2.483,00 -> 5.814,00
    #          17.910: 12.730 x 0,65 = 8.274,50 -> 22,50; loft 17.928,20 - 17.910 = 18,20 (mindre) -> 18,20 (fradrag 8.278,80)
    # 2026-01:  5.413: -> 8.670,00 (fradrag 0,00);  5.414: 0,65 -> 8.669,35
    #           6.000: 587 x 0,65 = 381,55 -> 8.288,45
    #          10.000: 4.587 x 0,65 = 2.981,55 -> 5.688,45
    #          18.720: 13.307 x 0,65 = 8.649,55 -> 20,45; loft 18.734,85 - 18.720 = 14,85 (mindre) -> 14,85 (fradrag 8.655,15)
    #          18.730: 13.317 x 0,65 = 8.656,05 -> 13,95; loft 18.734,85 - 18.730 = 4,85 (mindre) -> 4,85 (fradrag 8.665,15)
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har i <måned> tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | indtægt   | fradrag  | beløb    |
      | KH-031-725 | 2025-07 | 5.180,00  | 0,00     | 8.297,00 |
      | KH-031-726 | 2025-07 | 5.181,00  | 0,65     | 8.296,35 |
      | KH-031-727 | 2025-07 | 6.000,00  | 533,00   | 7.764,00 |
      | KH-031-728 | 2025-07 | 9.000,00  | 2.483,00 | 5.814,00 |
      | KH-031-729 | 2025-07 | 17.910,00 | 8.278,80 | 18,20    |
      | KH-031-730 | 2026-01 | 5.413,00  | 0,00     | 8.670,00 |
      | KH-031-731 | 2026-01 | 5.414,00  | 0,65     | 8.669,35 |
      | KH-031-732 | 2026-01 | 6.000,00  | 381,55   | 8.288,45 |
      | KH-031-733 | 2026-01 | 10.000,00 | 2.981,55 | 5.688,45 |
      | KH-031-734 | 2026-01 | 18.720,00 | 8.655,15 | 14,85    |
      | KH-031-735 | 2026-01 | 18.730,00 | 8.665,15 | 4,85     |

  Abstrakt Scenario: Mindstesats: fribeløbet og 65 % i første måned for 2025- og 2026-beløbene
    # Født 1980-01-01, opfylder ikke opholds- og beskæftigelseskravet: mindstesats (§ 16, stk. 2), intet tillæg til
    # enlige: 6.789 kr. (2025-07), 7.094 kr. (2026-01) (KILDER.md, UNCONFIRMED). Fribeløb (mindstesats) 5.180 / 5.413
    # kr., 65 % af resten (UNCONFIRMED). Loftet (85 % af 21.092 / 22.041) nås ikke: (loft - indtægt) er større end
    # hjælpen efter 65 %-fradraget i alle rækker.
    # 2025-07:  5.180 -> 6.789,00 (0,00);  5.181: 0,65 -> 6.788,35;  6.000: 820 x 0,65 = 533,00 -> 6.256,00
    # 2026-01:  5.413 -> 7.094,00 (0,00);  5.414: 0,65 -> 7.093,35;  6.000: 587 x 0,65 = 381,55 -> 6.712,45
    #           9.000: 3.587 x 0,65 = 2.331,55 -> 4.762,45
    Givet en enlig ansøger født 1980-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Og ansøgeren har i <måned> tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | indtægt  | fradrag  | beløb    |
      | KH-031-736 | 2025-07 | 5.180,00 | 0,00     | 6.789,00 |
      | KH-031-737 | 2025-07 | 5.181,00 | 0,65     | 6.788,35 |
      | KH-031-738 | 2025-07 | 6.000,00 | 533,00   | 6.256,00 |
      | KH-031-739 | 2026-01 | 5.413,00 | 0,00     | 7.094,00 |
      | KH-031-740 | 2026-01 | 5.414,00 | 0,65     | 7.093,35 |
      | KH-031-741 | 2026-01 | 6.000,00 | 381,55   | 6.712,45 |
      | KH-031-742 | 2026-01 | 9.000,00 | 2.331,55 | 4.762,45 |

  Abstrakt Scenario: Forhøjet sats: fribeløb, 65 % og loftet (100 %) i første måned for 2025- og 2026-beløbene
    # Enlig født 1980-05-05: forhøjet sats + tillæg til enlige: 12.498 + 1.092 = 13.590 kr. (2025-07),
    # 13.060 + 1.141 = 14.201 kr. (2026-01). Fribeløb (forhøjet) 2.590 / 2.707 kr.; 65 %; loftet 100 % af den
    # maksimale dagpengesats: 21.092 (2025) / 22.041 (2026) kr. (alle fradragsbeløb UNCONFIRMED).
    # 2025-07:  2.590 -> 13.590,00 (0,00);  2.591: 0,65 -> 13.589,35
    #           7.000: 4.410 x 0,65 = 2.866,50 -> 10.723,50
    #          19.000: 16.410 x 0,65 = 10.666,50 -> 2.923,50; loft 21.092 - 19.000 = 2.092 (mindre) -> 2.092,00 (fradrag 11.498,00)
    # 2026-01:  2.707 -> 14.201,00 (0,00);  2.708: 0,65 -> 14.200,35
    #           5.000: 2.293 x 0,65 = 1.490,45 -> 12.710,55
    #          19.000: 16.293 x 0,65 = 10.590,45 -> 3.610,55; loft 22.041 - 19.000 = 3.041 (mindre) -> 3.041,00 (fradrag 11.160,00)
    #          20.000: 17.293 x 0,65 = 11.240,45 -> 2.960,55; loft 22.041 - 20.000 = 2.041 (mindre) -> 2.041,00 (fradrag 12.160,00)
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i <måned> tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | indtægt   | fradrag   | beløb     |
      | KH-031-743 | 2025-07 | 2.590,00  | 0,00      | 13.590,00 |
      | KH-031-744 | 2025-07 | 2.591,00  | 0,65      | 13.589,35 |
      | KH-031-745 | 2025-07 | 7.000,00  | 2.866,50  | 10.723,50 |
      | KH-031-746 | 2025-07 | 19.000,00 | 11.498,00 | 2.092,00  |
      | KH-031-747 | 2026-01 | 2.707,00  | 0,00      | 14.201,00 |
      | KH-031-748 | 2026-01 | 2.708,00  | 0,65      | 14.200,35 |
      | KH-031-749 | 2026-01 | 5.000,00  | 1.490,45  | 12.710,55 |
      | KH-031-750 | 2026-01 | 19.000,00 | 11.160,00 | 3.041,00  |
      | KH-031-751 | 2026-01 | 20.000,00 | 12.160,00 | 2.041,00  |

  @id:KH-031-755 @akl-2
  Scenarie: En ung ikke-søgende ægtefælles indtægt fradrages med fribeløbet for ansøgerens forhøjede sats
    # FT-KH-NY-AEGTEFAELLE: en gift ægtefælle, der ikke søger, får fribeløb og loftandel efter den søgende ægtefælles
    # sats — her ansøgerens forhøjede sats (født 1980), ikke den grundsats, den 26-årige ægtefælle selv ville have.
    # Ægtefællen 10.000 kr. i 2025-08: fribeløb (forhøjet) 2.590; 7.410 x 0,65 = 4.816,50 (loftet 21.092 nås ikke);
    # hele fradraget går fra ansøgerens hjælp (FT-KH-GENSIDIG). Ansøgeren, gift: forhøjet sats 12.498, intet tillæg til
    # enlige: 12.498 - 4.816,50 = 7.681,50 kr. (alle beløb UNCONFIRMED, KILDER.md).
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-03-10
    Og ægtefællen søger ikke hjælp
    Og ægtefællen har i 2025-08 tjent 10.000,00 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 7.681,50 kr. for 2025-08
    Og ansøgerens hjælp nedsættes med 4.816,50 kr. for 2025-08 på grund af ægtefællens indtægt

  @id:KH-031-756 @akl-30
  Scenarie: Fra 1. juli 2025: anden indtægt trækkes fuldt, arbejdsindtægt med fribeløb og 65 %
    # Enlig født 1980-05-05: 13.590 (forhøjet 12.498 + tillæg til enlige 1.092). Arbejdsindtægt 3.000: (3.000 - 2.590)
    # x 0,65 = 266,50; anden indtægt 1.000 krone for krone (§ 30). 13.590 - 266,50 - 1.000 = 12.323,50 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2025-07 tjent 3.000,00 kr.
    Og ansøgeren har i 2025-07 anden indtægt på 1.000,00 kr.
    Når sagen afgøres for 2025-07
    Så udbetales 12.323,50 kr. for 2025-07
    Og ansøgerens fradrag for arbejdsindtægt er 266,50 kr. for 2025-07

  @akl-17 @akl-18
  Abstrakt Scenario: Mindstesats med børn: krone for krone over 85 % af den maksimale dagpengesats
    # Enlig født 1980-01-01, opfylder ikke opholds- og beskæftigelseskravet: mindstesats (§ 16, stk. 2) 6.789 / 7.094;
    # forsørger (barn født 2016-01-01): børnetillæg (§ 17) 2.784 / 2.909; ret til ekstra børnetilskud: tillæg til enlige
    # forsørgere (§ 18) 1.638 / 1.712 (kalundborg.dk: "Hvis du får mindstesats eller grundsats og du forsørger eget barn
    # ... hvis du har erhvervet ret til ekstra børnetilskud"); intet tillæg til enlige. I alt 11.211 (2025-07) og
    # 11.715 (2026-01) kr. Fribeløb (mindstesats) 5.180 / 5.413; loft 0,85 x 21.092 = 17.928,20 / 0,85 x 22.041 =
    # 18.734,85 (FT-KH-FRADRAG-LOFT; alle fradragsbeløb UNCONFIRMED).
    # 2025-07 12.000: 6.820 x 0,65 = 4.433 -> 6.778; loft 17.928,20 - 12.000 = 5.928,20 (mindre) -> 5.928,20 (fradrag 5.282,80)
    # 2025-07 15.000: 9.820 x 0,65 = 6.383 -> 4.828; loft 17.928,20 - 15.000 = 2.928,20 (mindre) -> 2.928,20 (fradrag 8.282,80)
    # 2026-01 13.000: 7.587 x 0,65 = 4.931,55 -> 6.783,45; loft 18.734,85 - 13.000 = 5.734,85 -> 5.734,85 (fradrag 5.980,15)
    # 2026-01 15.000: 9.587 x 0,65 = 6.231,55 -> 5.483,45; loft 18.734,85 - 15.000 = 3.734,85 -> 3.734,85 (fradrag 7.980,15)
    Givet en enlig ansøger født 1980-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren har i <måned> tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | indtægt   | fradrag  | beløb    |
      | KH-031-780 | 2025-07 | 12.000,00 | 5.282,80 | 5.928,20 |
      | KH-031-781 | 2025-07 | 15.000,00 | 8.282,80 | 2.928,20 |
      | KH-031-782 | 2026-01 | 13.000,00 | 5.980,15 | 5.734,85 |
      | KH-031-783 | 2026-01 | 15.000,00 | 7.980,15 | 3.734,85 |

  @id:KH-031-784
  Scenarie: Grundsats 2025: loftet tæt under indtægten
    # Som KH-031-729: 8.297 kr.; 17.920 - 5.180 = 12.740 x 0,65 = 8.281 -> 16,00; loft 17.928,20 - 17.920 = 8,20 (mindre)
    # -> 8,20 kr. (fradrag 8.288,80). Beløb UNCONFIRMED (KILDER.md).
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har i 2025-07 tjent 17.920,00 kr.
    Når sagen afgøres for 2025-07
    Så udbetales 8,20 kr. for 2025-07
    Og ansøgerens fradrag for arbejdsindtægt er 8.288,80 kr. for 2025-07

  @id:KH-031-785
  Scenarie: Grundsats 2026: loftet tæt under indtægten
    # 8.670 kr. (2026-01); 18.731 - 5.413 = 13.318 x 0,65 = 8.656,70 -> 13,30; loft 0,85 x 22.041 = 18.734,85 - 18.731 =
    # 3,85 (mindre) -> 3,85 kr. (fradrag 8.666,15). Beløb UNCONFIRMED (KILDER.md). (Indtægten var 18.735 med loftet
    # 18.739,10 efter den tidligere læsning af FT-KH-SATSREGULERING; 18.735 ligger nu over loftet.)
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har i 2026-01 tjent 18.731,00 kr.
    Når sagen afgøres for 2026-01
    Så udbetales 3,85 kr. for 2026-01
    Og ansøgerens fradrag for arbejdsindtægt er 8.666,15 kr. for 2026-01

  @id:KH-031-786
  Scenarie: Forhøjet sats 2026: krone for krone over 100 % af den maksimale dagpengesats
    # 14.201 kr. (2026-01); 21.000 - 2.707 = 18.293 x 0,65 = 11.890,45 -> 2.310,55; loft 22.041 - 21.000 = 1.041 (mindre)
    # -> 1.041,00 kr. (fradrag 13.160,00). Beløb UNCONFIRMED (KILDER.md).
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2026-01 tjent 21.000,00 kr.
    Når sagen afgøres for 2026-01
    Så udbetales 1.041,00 kr. for 2026-01
    Og ansøgerens fradrag for arbejdsindtægt er 13.160,00 kr. for 2026-01

  @id:KH-031-787 @akl-17 @akl-18
  Scenarie: Mindstesats med børn 2025: loftet
    # Som KH-031-781: 11.211 kr.; 16.000 - 5.180 = 10.820 x 0,65 = 7.033 -> 4.178; loft 17.928,20 - 16.000 = 1.928,20
    # (mindre) -> 1.928,20 kr. (fradrag 9.282,80).
    Givet en enlig ansøger født 1980-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren har i 2025-07 tjent 16.000,00 kr.
    Når sagen afgøres for 2025-07
    Så udbetales 1.928,20 kr. for 2025-07
    Og ansøgerens fradrag for arbejdsindtægt er 9.282,80 kr. for 2025-07

  @id:KH-031-788 @akl-17 @akl-18
  Scenarie: Mindstesats med børn 2026: loftet
    # Som KH-031-783: 11.715 kr.; 17.000 - 5.413 = 11.587 x 0,65 = 7.531,55 -> 4.183,45; loft 18.734,85 - 17.000 = 1.734,85
    # (mindre) -> 1.734,85 kr. (fradrag 9.980,15).
    Givet en enlig ansøger født 1980-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Og husstanden har et barn født 2016-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren har i 2026-01 tjent 17.000,00 kr.
    Når sagen afgøres for 2026-01
    Så udbetales 1.734,85 kr. for 2026-01
    Og ansøgerens fradrag for arbejdsindtægt er 9.980,15 kr. for 2026-01

  @id:KH-031-789 @akl-2
  Scenarie: Gifte, der begge søger: ægtefællens indtægt får fribeløbet for ægtefællens egen sats
    # Ansøgeren (født 1980-05-05): forhøjet sats 12.498 (gift: intet tillæg til enlige). Ægtefællen (født 1999-03-10,
    # 26 år, ikke 2½ års beskæftigelse): grundsats 7.205. Ægtefællen tjener 6.000 i 2025-08: fribeløbet for egen sats
    # (grundsats) 5.180; 820 x 0,65 = 533,00 (loftet 17.928,20 nås ikke): ægtefællens hjælp 7.205 - 533 = 6.672,00.
    # I alt 12.498 + 6.672 = 19.170,00 kr. (beløb UNCONFIRMED, KILDER.md).
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-03-10
    Og ægtefællen har i 2025-08 tjent 6.000,00 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 19.170,00 kr. for 2025-08
    Og ansøgerens hjælp er 12.498,00 kr. for 2025-08
    Og ægtefællens hjælp er 6.672,00 kr. for 2025-08
    Og ægtefællens fradrag for arbejdsindtægt er 533,00 kr. for 2025-08

  @id:KH-031-817 @akl-2
  Scenarie: Ikke-søgende ægtefælle under fribeløbet for grundsats: fribeløbet for ansøgerens forhøjede sats gælder
    # FT-KH-NY-AEGTEFAELLE: fribeløb og loftandel efter den søgende ægtefælles sats (forhøjet, ansøgeren født 1980).
    # Ægtefællen (26 år, søger ikke) 6.000 kr. i 2025-09: fribeløb (forhøjet) 2.590; (6.000 - 2.590) x 0,65 = 2.216,50
    # (loftet 21.092 nås ikke: 6.000 + 0 - 2.216,50 < 21.092). Hele fradraget går fra ansøgerens hjælp (FT-KH-GENSIDIG):
    # forhøjet sats 12.498 - 2.216,50 = 10.281,50 kr. (med grundsatsens fribeløb 5.180: 533,00 -> 11.965,00; alle
    # beløb UNCONFIRMED, KILDER.md).
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-03-10
    Og ægtefællen søger ikke hjælp
    Og ægtefællen har i 2025-09 tjent 6.000,00 kr.
    Når sagen afgøres for 2025-09
    Så udbetales 10.281,50 kr. for 2025-09
    Og ansøgerens hjælp nedsættes med 2.216,50 kr. for 2025-09 på grund af ægtefællens indtægt

  @id:KH-031-793
  Scenarie: 65 % af 10 øre over fribeløbet afrundes op til 7 øre
    # Grundsats 2025 (født 1999-03-10): 8.297 kr. 5.180,10 - 5.180 = 0,10 x 0,65 = 0,065 -> 0,07 (FT-KH-AFRUNDING, halve
    # øre op). 8.297 - 0,07 = 8.296,93 kr. (beløb UNCONFIRMED, KILDER.md)
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har i 2025-08 tjent 5.180,10 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 8.296,93 kr. for 2025-08
    Og ansøgerens fradrag for arbejdsindtægt er 0,07 kr. for 2025-08

  @akl-2
  Abstrakt Scenario: Gifte, der begge søger: ægtefællens indtægt får fribeløbet for ægtefællens egen grundsats
    # Som KH-031-789. Ansøgeren (født 1980-05-05): forhøjet sats 12.498 (2025) / 13.060 (2026), gift: intet tillæg til
    # enlige. Ægtefællen (født 1999-03-10, under 30, ikke 2½ års beskæftigelse): grundsats 7.205 / 7.529 og fribeløbet
    # for grundsats 5.180 / 5.413 (ikke forhøjet sats' 2.590 / 2.707); 65 %; loftet (85 %) nås ikke.
    # 2025-09: 8.000 - 5.180 = 2.820 x 0,65 = 1.833,00; 7.205 - 1.833 = 5.372,00; i alt 12.498 + 5.372 = 17.870,00
    # 2026-01: 6.000 - 5.413 = 587 x 0,65 = 381,55; 7.529 - 381,55 = 7.147,45; i alt 13.060 + 7.147,45 = 20.207,45
    # (beløb UNCONFIRMED, KILDER.md)
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1999-03-10
    Og ægtefællen har i <måned> tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ægtefællens hjælp er <hjælp> kr. for <måned>
    Og ægtefællens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | indtægt  | fradrag  | hjælp    | beløb     |
      | KH-031-794 | 2025-09 | 8.000,00 | 1.833,00 | 5.372,00 | 17.870,00 |
      | KH-031-795 | 2026-01 | 6.000,00 | 381,55   | 7.147,45 | 20.207,45 |
