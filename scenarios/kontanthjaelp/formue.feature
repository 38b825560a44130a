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
