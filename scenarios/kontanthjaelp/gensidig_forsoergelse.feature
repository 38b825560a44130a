# language: da
@akl-2 @akl-30 @alvor:A
Egenskab: Ægtefællers gensidige forsørgelsespligt (aktivloven § 2 og § 30)
  En ægtefælles indtægt, der overstiger dennes egen hjælp, trækkes i den andens hjælp; en samlevers indtægt
  trækkes ikke. Faktaark: danish-law.md 2.7 ("Det gælder også ens ægtefælles indtægter og formue") og 2.6.
  Fortolkninger: FT-KH-GENSIDIG, FT-KH-SAMLEVENDE, FT-KH-NY-AEGTEFAELLE (fra 1.7.2025: den søgende ægtefælles
  fribeløb og loft).

  @id:KH-002-001
  Scenarie: Ægtefællens indtægt ud over egen hjælp trækkes i ansøgerens hjælp
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-01-01
    Og ægtefællen har i 2022-05 arbejdet 160 timer og tjent 20.000,00 kr.
    Når sagen afgøres for 2022-05
    Så udbetales 8.017,60 kr. for 2022-05
    Og ægtefællens hjælp er 0,00 kr. for 2022-05
    Og ansøgerens hjælp nedsættes med 3.698,40 kr. for 2022-05 på grund af ægtefællens indtægt

  @id:KH-002-002
  Scenarie: En samlevers indtægt trækkes ikke fra
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-01-01
    Og samleveren søger ikke hjælp
    Og samleveren har i 2022-05 arbejdet 160 timer og tjent 20.000,00 kr.
    Når sagen afgøres for 2022-05
    Så udbetales 11.716,00 kr. for 2022-05

  @id:KH-002-003 @akl-31
  Scenarie: En ægtefælle, der ikke søger hjælp: hele fradraget for dennes arbejdsindtægt går fra ansøgerens hjælp
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-01-01
    Og ægtefællen søger ikke hjælp
    Og ægtefællen har i 2024-05 arbejdet 100 timer og tjent 8.000,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 7.341,00 kr. for 2024-05
    Og ansøgerens hjælp nedsættes med 4.985,00 kr. for 2024-05 på grund af ægtefællens indtægt

  @id:KH-002-004
  Scenarie: Fra 1. juli 2025: en ikke-søgende ægtefælles indtægt fradrages med fribeløb og 65 %
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1980-02-02
    Og ægtefællen søger ikke hjælp
    Og ægtefællen har i 2025-08 tjent 10.000,00 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 7.681,50 kr. for 2025-08
    Og ansøgerens hjælp nedsættes med 4.816,50 kr. for 2025-08 på grund af ægtefællens indtægt

  @id:KH-002-005
  Scenarie: Fra 1. juli 2025: begge søger, ansøgerens indtægt rammer kun ansøgerens egen hjælp
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1980-02-02
    Og ansøgeren har i 2025-08 tjent 5.000,00 kr.
    Når sagen afgøres for 2025-08
    Så udbetales 23.429,50 kr. for 2025-08
    Og ansøgerens hjælp er 10.931,50 kr. for 2025-08
    Og ægtefællens hjælp er 12.498,00 kr. for 2025-08

  @id:KH-002-006
  Scenarie: Ægtefællens indtægt under egen hjælp rører ikke ansøgerens hjælp
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-01-01
    Og ægtefællen har i 2024-05 arbejdet 80 timer og tjent 5.000,00 kr.
    Når sagen afgøres for 2024-05
    Så udbetales 22.064,00 kr. for 2024-05
    Og ægtefællens hjælp er 9.738,00 kr. for 2024-05
    Og ansøgerens hjælp nedsættes med 0,00 kr. for 2024-05 på grund af ægtefællens indtægt

  @id:KH-002-814 @akl-2 @akl-30
  Scenarie: En samlevers løn i 2023 trækkes ikke i ansøgerens hjælp
    # FT-KH-SAMLEVENDE: ugifte samlevende har ikke gensidig forsørgelsespligt (§ 2; § 30 uden samlevende fra
    # 1.1.2016). Ansøgeren 43 år: § 25, stk. 2, nr. 2 (2023) 11.944 kr.; samleverens løn 20.000 kr. indgår ikke.
    # Udbetales 11.944,00 kr. (som ægtefæller: samleverens overskydende indtægt ville nedsætte hjælpen til 0).
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-01-01
    Og samleveren søger ikke hjælp
    Og samleveren har i 2023-05 arbejdet 160 timer og tjent 20.000,00 kr.
    Når sagen afgøres for 2023-05
    Så udbetales 11.944,00 kr. for 2023-05
