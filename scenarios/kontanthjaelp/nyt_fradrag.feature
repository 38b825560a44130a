# language: da
@akl-31 @alvor:A
Egenskab: Fradrag for arbejdsindtægt fra 1. juli 2025: fribeløb, 65 % og krone for krone over loftet
  Der ses bort fra et fribeløb om måneden (grund- og mindstesats 5.180 kr., forhøjet sats 2.590 kr.; 2026:
  5.414 / 2.707 kr.); 65 % af indtægten derover trækkes; når arbejdsindtægt og hjælp når 85 % (grund- og
  mindstesats) eller 100 % (forhøjet sats) af den maksimale dagpengesats (21.092 kr. i 2025, 22.046 kr. i 2026),
  trækkes krone for krone. Timer betyder ikke noget længere. Faktaark: danish-law.md 2.6 ("From 1 Jul 2025") og
  KILDER.md (alle beløb UNCONFIRMED; § 31 som affattet ved lov nr. 1655/2024). Fortolkninger:
  FT-KH-FRADRAG-LOFT, FT-KH-AFRUNDING.

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
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2026-03 tjent 5.000,00 kr.
    Når sagen afgøres for 2026-03
    Så udbetales 12.713,55 kr. for 2026-03

  @id:KH-031-110
  Scenarie: Timerne giver ikke længere et fradrag
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2025-08 arbejdet 40 timer og tjent 3.000,00 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 13.323,50 kr. for 2025-08
    Og ansøgerens fradrag for arbejdsindtægt er 266,50 kr. for 2025-08

  Abstrakt Scenario: Forhøjet sats: krone for krone over den maksimale dagpengesats i den første måned af hver sats
    # Over 30, enlig, ingen børn: hjælp før fradrag = forhøjet sats + tillæg til enlige (2025-07: 12.498 + 1.092 =
    # 13.590; 2026-01: 13.063 + 1.141 = 14.204, KILDER.md, UNCONFIRMED). Loftet = 100 % af den maksimale dagpengesats:
    # 21.092 (bm.dk 2025, bekræftet) og 22.046 (2026, udledt: 21.092 x 5.085/4.865 = 22.045,80 -> 22.046, UNCONFIRMED).
    # 2025-07, indtægt 20.000: 65 %-vejen 13.590 - 0,65 x (20.000 - 2.590) = 13.590 - 11.316,50 = 2.273,50; loftvejen
    # 21.092 - 20.000 = 1.092,00 (mindst, gælder); krone for krone 13.590 - 20.000 < 0. Hjælp 1.092,00; fradrag 12.498,00.
    # 2026-01, indtægt 21.000: 65 %-vejen 14.204 - 0,65 x (21.000 - 2.707) = 14.204 - 11.890,45 = 2.313,55; loftvejen
    # 22.046 - 21.000 = 1.046,00 (gælder). Hjælp 1.046,00; fradrag 14.204 - 1.046 = 13.158,00.
    Givet en enlig ansøger født 1970-01-01
    Og ansøgeren har i <måned> tjent <indtægt> kr.
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens fradrag for arbejdsindtægt er <fradrag> kr. for <måned>

    Eksempler:
      | id         | måned   | indtægt   | beløb    | fradrag   |
      | KH-031-372 | 2025-07 | 20.000,00 | 1.092,00 | 12.498,00 |
      | KH-031-373 | 2026-01 | 21.000,00 | 1.046,00 | 13.158,00 |

  @id:KH-031-374
  Scenarie: Grundsats 2026: krone for krone over 85 % af den maksimale dagpengesats
    # 27 år, enlig, ingen børn, ikke aktivitetsparat: grundsats 7.531 + tillæg til enlige 1.141 = 8.672 (2026, UNCONFIRMED).
    # Loft 85 % x 22.046 = 18.739,10 (UNCONFIRMED). Indtægt 18.720: 65 %-vejen 8.672 - 0,65 x (18.720 - 5.414) = 8.672 -
    # 8.648,90 = 23,10; loftvejen 18.739,10 - 18.720 = 19,10 (mindst, gælder). Hjælp 19,10; fradrag 8.672 - 19,10 = 8.652,90.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har i 2026-01 tjent 18.720,00 kr.
    Når sagen afgøres for 2026-01
    Så udbetales 19,10 kr. for 2026-01
    Og ansøgerens fradrag for arbejdsindtægt er 8.652,90 kr. for 2026-01

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
