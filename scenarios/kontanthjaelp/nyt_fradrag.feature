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
