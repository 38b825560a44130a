# language: da
@akl-69j @alvor:A
Egenskab: Ressourceforløbsydelsens størrelse under jobafklaringsforløb (aktivloven § 69 j, stk. 2)
  Forsørgere (nr. 1), ikke-forsørgere (nr. 2) og unge under 25, der bor hjemme og ikke er forsørgere (nr. 3), får hver
  sin månedlige sats; beløbene er de samme som kontanthjælpens § 25, stk. 2 og den hjemmeboende ungesats. Satser:
  bm.dk 2022 og 2024 (bekræftet); 2021 og 2023 sekundære; 2025 udledt (KILDER.md). Fortolkning: FT-RFY-KATEGORI.

  @id:RFY-069j-001 @akl-69j-stk-2
  Scenarie: Ikke-forsørger, hel måned
    # 45 år, ingen børn, sygedagpenge til og med 2024-08-31: § 69 j, stk. 2, nr. 2 (2024, bm.dk) 12.326,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-08-31
    Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2024-09-01
    Når ydelsen afgøres for 2024-09
    Så udbetales 12.326,00 kr. for 2024-09
    Og satsen er 12.326,00 kr. for 2024-09

  @id:RFY-069j-002 @akl-69j-stk-2
  Scenarie: Forsørger
    # Ét barn under 18: § 69 j, stk. 2, nr. 1 (2024, bm.dk) 16.382,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og personen har et barn født 2015-06-01
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-08-31
    Når ydelsen afgøres for 2024-09
    Så udbetales 16.382,00 kr. for 2024-09

  @id:RFY-069j-003 @akl-69j-stk-2
  Scenarie: Under 25, hjemmeboende, ikke forsørger
    # 22 år, bor hos forældrene: § 69 j, stk. 2, nr. 3 (2022, bm.dk) 3.644,00 kr.
    Givet en person født 2000-02-01 i jobafklaringsforløb
    Og personen bor hjemme hos sine forældre
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2022-04-30
    Når ydelsen afgøres for 2022-05
    Så udbetales 3.644,00 kr. for 2022-05

  @id:RFY-069j-004 @akl-69j-stk-2
  Scenarie: Fylder 25: den voksne sats fra måneden efter fødselsdagen
    # Født 1999-05-20, hjemmeboende. Maj 2024: 24 år den 30. april -> nr. 3: 3.834 kr. (2024, bm.dk). Juni 2024: 25 år
    # den 31. maj -> nr. 2: 12.326 kr. (FT-RFY-KATEGORI). I alt 16.160,00 kr.
    Givet en person født 1999-05-20 i jobafklaringsforløb
    Og personen bor hjemme hos sine forældre
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-04-30
    Når ydelsen afgøres for 2024-05 til 2024-06
    Så udbetales 3.834,00 kr. for 2024-05
    Og der udbetales 12.326,00 kr. for 2024-06
    Og der er udbetalt 16.160,00 kr. i alt

  @id:RFY-069j-005 @akl-69j-stk-2
  Scenarie: Forsørger i 2022
    # § 69 j, stk. 2, nr. 1 (2022, bm.dk: 'Forsørgere §§ 68, stk. 2, nr. 1 og 69 j, stk. 2, nr. 1 15.570 kr. pr. md.').
    Givet en person født 1980-01-01 i jobafklaringsforløb
    Og personen har et barn født 2012-03-03
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2022-02-28
    Når ydelsen afgøres for 2022-03
    Så udbetales 15.570,00 kr. for 2022-03
