# language: da
@udkast @alvor:A
Egenskab: Fradrag for indtægt og formue, og ægtefællers gensidige forsørgelsespligt (aktivloven §§ 14, 30, 31)

  @id:KH-FRADRAG-001
  Scenarie: Der ses bort fra 28,66 kr. pr. time for højst 160 timer (2022)
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2022-03 arbejdet <timer> timer for 10.000,00 kr.
    Når kontanthjælpen beregnes for 2022-03
    Så udbetales <beløb> kr. for 2022-03

    Eksempler:
      | timer | beløb    |
      | 159   | 6.272,94 |
      | 160   | 6.301,60 |
      | 161   | 6.301,60 |

  @id:KH-FRADRAG-002
  Scenarie: Ægtefællens indtægt ud over egen hjælp trækkes i ansøgerens hjælp
    Givet et ægtepar: ansøger født 1980-05-05, ægtefælle født 1981-01-01
    Og ægtefællen har i 2022-05 arbejdet 160 timer for 20.000,00 kr.
    Når kontanthjælpen beregnes for 2022-05
    Så udbetales 8.017,60 kr. for 2022-05

  @id:KH-FRADRAG-003
  Scenarie: En samlevers indtægt trækkes ikke fra
    Givet et samlevende par: ansøger født 1980-05-05, samlever født 1981-01-01 som ikke søger hjælp
    Og samleveren har i 2022-05 arbejdet 160 timer for 20.000,00 kr.
    Når kontanthjælpen beregnes for 2022-05
    Så udbetales 11.716,00 kr. for 2022-05

  @id:KH-FRADRAG-004
  Scenarie: Formue ved grænsen og 1 kr. over (enlig, 10.000 kr.)
    Givet en enlig ansøger født 1980-05-05 med formue <formue> kr.
    Når kontanthjælpen beregnes for 2023-05
    Så udbetales <beløb> kr. for 2023-05

    Eksempler:
      | formue    | beløb     |
      | 10.000,00 | 11.944,00 |
      | 10.001,00 | 11.943,00 |

  @id:KH-FRADRAG-005
  Scenarie: Nyt fradrag: fribeløb, 65 % og krone for krone over 100 % af maksimal dagpengesats (forhøjet sats)
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2025-08 tjent <indtægt> kr.
    Når kontanthjælpen beregnes for 2025-08
    Så udbetales <beløb> kr. for 2025-08

    Eksempler:
      | indtægt   | beløb     |
      | 2.590,00  | 13.590,00 |
      | 2.591,00  | 13.589,35 |
      | 10.000,00 | 8.773,50  |
      | 18.000,00 | 3.092,00  |
      | 21.092,00 | 0,00      |

  @id:KH-FRADRAG-006
  Scenarie: Nyt fradrag: 85 %-loftet på grundsats
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har i 2025-08 tjent 17.900,00 kr.
    Når kontanthjælpen beregnes for 2025-08
    Så udbetales 28,20 kr. for 2025-08
