# language: da
@akl-69j @alvor:A
Egenskab: Ressourceforløbsydelsens størrelse under jobafklaringsforløb (aktivloven § 69 j, stk. 2)
  Forsørgere (nr. 1), ikke-forsørgere (nr. 2) og unge under 25, der bor hjemme og ikke er forsørgere (nr. 3), får hver
  sin månedlige sats; beløbene er de samme som kontanthjælpens § 25, stk. 2 og den hjemmeboende ungesats. Satser:
  bm.dk 2022 og 2024 (bekræftet); 2021 og 2023 sekundære; 2025 og 2026 udledt (KILDER.md). Fortolkninger:
  FT-RFY-KATEGORI, FT-RFY-SATSER-2025, FT-RFY-SATSER-2026.

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

  # Satserne skifter den 1. januar (parametre/satser.yaml; § 69 j, stk. 2, nr. 1-3): forsørger 15.547 (2021,
  # sekundær), 15.570 (2022, bm.dk), 15.874 (2023, sekundær), 16.382 (2024, bm.dk), 16.972 (2025, udledt);
  # ikke-forsørger 11.698, 11.716, 11.944, 12.326, 12.770; under 25 hjemmeboende 3.639, 3.644, 3.715, 3.834, 3.972.
  # Hele måneder (sygedagpenge til og med 30.11.): december efter det gamle års sats, januar efter det nye.
  # Forsørger: barn født 2015-06-01 (under 18); ikke-forsørger: født 1979-04-01; hjemmeboende: født 2001-03-15
  # (23 år den 31.12.2024). I alt = december + januar, fx 15.547 + 15.570 = 31.117,00 kr.
  @akl-69j-stk-2
  Abstrakt Scenario: Satsen skifter 1. januar
    Givet en person født <født> i jobafklaringsforløb
    Og <forhold>
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er <sidste_sdp>
    Når ydelsen afgøres for <dec> til <jan>
    Så udbetales <gammel> for <dec>
    Og satsen er <ny> for <jan>
    Og der udbetales <ny> for <jan>
    Og der er udbetalt <i_alt> i alt

    Eksempler: Forsørger (nr. 1)
      | id           | født       | forhold                             | sidste_sdp | dec     | gammel        | jan     | ny            | i_alt         |
      | RFY-069j-201 | 1980-01-01 | personen har et barn født 2015-06-01 | 2021-11-30 | 2021-12 | 15.547,00 kr. | 2022-01 | 15.570,00 kr. | 31.117,00 kr. |
      | RFY-069j-202 | 1980-01-01 | personen har et barn født 2015-06-01 | 2022-11-30 | 2022-12 | 15.570,00 kr. | 2023-01 | 15.874,00 kr. | 31.444,00 kr. |
      | RFY-069j-203 | 1980-01-01 | personen har et barn født 2015-06-01 | 2023-11-30 | 2023-12 | 15.874,00 kr. | 2024-01 | 16.382,00 kr. | 32.256,00 kr. |
      | RFY-069j-204 | 1980-01-01 | personen har et barn født 2015-06-01 | 2024-11-30 | 2024-12 | 16.382,00 kr. | 2025-01 | 16.972,00 kr. | 33.354,00 kr. |

    Eksempler: Ikke-forsørger (nr. 2)
      | id           | født       | forhold                               | sidste_sdp | dec     | gammel        | jan     | ny            | i_alt         |
      | RFY-069j-205 | 1979-04-01 | personen har en formue på 0,00 kr.    | 2021-11-30 | 2021-12 | 11.698,00 kr. | 2022-01 | 11.716,00 kr. | 23.414,00 kr. |
      | RFY-069j-206 | 1979-04-01 | personen har en formue på 0,00 kr.    | 2022-11-30 | 2022-12 | 11.716,00 kr. | 2023-01 | 11.944,00 kr. | 23.660,00 kr. |
      | RFY-069j-207 | 1979-04-01 | personen har en formue på 0,00 kr.    | 2023-11-30 | 2023-12 | 11.944,00 kr. | 2024-01 | 12.326,00 kr. | 24.270,00 kr. |
      | RFY-069j-208 | 1979-04-01 | personen har en formue på 0,00 kr.    | 2024-11-30 | 2024-12 | 12.326,00 kr. | 2025-01 | 12.770,00 kr. | 25.096,00 kr. |

    Eksempler: Under 25, hjemmeboende (nr. 3)
      | id           | født       | forhold                               | sidste_sdp | dec     | gammel       | jan     | ny           | i_alt        |
      | RFY-069j-209 | 2001-03-15 | personen bor hjemme hos sine forældre | 2021-11-30 | 2021-12 | 3.639,00 kr. | 2022-01 | 3.644,00 kr. | 7.283,00 kr. |
      | RFY-069j-210 | 2001-03-15 | personen bor hjemme hos sine forældre | 2022-11-30 | 2022-12 | 3.644,00 kr. | 2023-01 | 3.715,00 kr. | 7.359,00 kr. |
      | RFY-069j-211 | 2001-03-15 | personen bor hjemme hos sine forældre | 2023-11-30 | 2023-12 | 3.715,00 kr. | 2024-01 | 3.834,00 kr. | 7.549,00 kr. |
      | RFY-069j-212 | 2001-03-15 | personen bor hjemme hos sine forældre | 2024-11-30 | 2024-12 | 3.834,00 kr. | 2025-01 | 3.972,00 kr. | 7.806,00 kr. |

  # Under 25 den sidste dag i måneden før (FT-RFY-KATEGORI: en ny alder gælder fra den 1. i måneden efter
  # fødselsdagen); hjemmeboende, ingen børn; 2024-satser (bm.dk): 3.834 (nr. 3) og 12.326 kr. (nr. 2).
  # RFY-069j-213: født 31.5.1999, fylder 25 den 31.5.2024 = sidste dag før juni: maj 3.834 (24 år 30.4.), juni og
  # juli 12.326; i alt 3.834 + 2 x 12.326 = 28.486,00. RFY-069j-214: født 1.6.1999: 24 år den 31.5., 25 år den
  # 30.6.: maj og juni 3.834, juli 12.326; i alt 2 x 3.834 + 12.326 = 19.994,00. RFY-069j-215: født 2.6.1999: som
  # 1.6.: 19.994,00.
  @akl-69j-stk-2
  Abstrakt Scenario: Fødselsdagen nr. 25 på den sidste, den første og den anden dag i måneden
    Givet en person født <født> i jobafklaringsforløb
    Og personen bor hjemme hos sine forældre
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-04-30
    Når ydelsen afgøres for 2024-05 til 2024-07
    Så udbetales <maj> for 2024-05
    Og der udbetales <juni> for 2024-06
    Og der udbetales 12.326,00 kr. for 2024-07
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | født       | maj          | juni          | i_alt         |
      | RFY-069j-213 | 1999-05-31 | 3.834,00 kr. | 12.326,00 kr. | 28.486,00 kr. |
      | RFY-069j-214 | 1999-06-01 | 3.834,00 kr. | 3.834,00 kr.  | 19.994,00 kr. |
      | RFY-069j-215 | 1999-06-02 | 3.834,00 kr. | 3.834,00 kr.  | 19.994,00 kr. |

  # Ét forløb fra 1.12.2021 til og med januar 2025: hver januar efter det nye års sats (parametre/satser.yaml, se
  # ovenfor). Forsørger: 15.570 (2022), 15.874 (2023), 16.382 (2024), 16.972 (2025); under 25 hjemmeboende (født
  # 2001-03-15, 23 år den 31.12.2024): 3.644, 3.715, 3.834, 3.972 kr.
  @akl-69j-stk-2
  Abstrakt Scenario: Et forløb over tre årsskifter: januar efter det nye års sats
    Givet en person født <født> i jobafklaringsforløb
    Og <forhold>
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2021-11-30
    Når ydelsen afgøres for 2021-12 til 2025-01
    Så udbetales <jan22> for 2022-01
    Og der udbetales <jan23> for 2023-01
    Og der udbetales <jan24> for 2024-01
    Og der udbetales <jan25> for 2025-01

    Eksempler:
      | id           | født       | forhold                               | jan22         | jan23         | jan24         | jan25         |
      | RFY-069j-220 | 1980-01-01 | personen har et barn født 2015-06-01  | 15.570,00 kr. | 15.874,00 kr. | 16.382,00 kr. | 16.972,00 kr. |
      | RFY-069j-221 | 2001-03-15 | personen bor hjemme hos sine forældre | 3.644,00 kr.  | 3.715,00 kr.  | 3.834,00 kr.  | 3.972,00 kr.  |

  # Flere fødselsdage nr. 25 på grænsen (FT-RFY-KATEGORI; hjemmeboende, ingen børn): satsen for under 25 (nr. 3) i
  # den første måned, den voksne sats (nr. 2) i den næste. RFY-069j-223: født 30.9.1999, 25 år den 30.9.2024 (den
  # sidste dag før oktober): september 3.834, oktober 12.326; i alt 16.160,00. RFY-069j-224: født 31.1.2000, 24 år
  # den 31.12.2024 og 25 år den 31.1.2025: januar 3.972 (2025), februar 12.770; i alt 16.742,00. RFY-069j-225: født
  # 1.2.2000, 24 år den 31.1.2025, 25 år den 28.2.: februar 3.972, marts 12.770; i alt 16.742,00.
  @akl-69j-stk-2
  Abstrakt Scenario: Den voksne sats fra måneden efter fødselsdagen nr. 25
    Givet en person født <født> i jobafklaringsforløb
    Og personen bor hjemme hos sine forældre
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er <sidste_sdp>
    Når ydelsen afgøres for <måned1> til <måned2>
    Så udbetales <under_25> for <måned1>
    Og der udbetales <voksen> for <måned2>
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | født       | sidste_sdp | måned1  | under_25     | måned2  | voksen        | i_alt         |
      | RFY-069j-223 | 1999-09-30 | 2024-08-31 | 2024-09 | 3.834,00 kr. | 2024-10 | 12.326,00 kr. | 16.160,00 kr. |
      | RFY-069j-224 | 2000-01-31 | 2024-12-31 | 2025-01 | 3.972,00 kr. | 2025-02 | 12.770,00 kr. | 16.742,00 kr. |
      | RFY-069j-225 | 2000-02-01 | 2025-01-31 | 2025-02 | 3.972,00 kr. | 2025-03 | 12.770,00 kr. | 16.742,00 kr. |

  # Forsørger (nr. 1) i en måned, når et barn er født og under 18 den 1. i måneden (FT-RFY-KATEGORI); ellers
  # ikke-forsørger (nr. 2). 2024 (bm.dk): 16.382 og 12.326 kr.; i alt begge måneder 28.708,00 kr.
  # RFY-069j-226: barn født 15.9.2024: ikke født den 1.9.: september 12.326; oktober 16.382.
  # RFY-069j-227: barn født 1.10.2006, 18 år den 1.10.2024: september 16.382; oktober 12.326.
  # RFY-069j-228: barn født 2.10.2006, 17 år den 1.10.2024, 18 år den 1.11.: oktober 16.382; november 12.326.
  @akl-69j-stk-2
  Abstrakt Scenario: Forsørger fra den 1. efter barnets fødsel, ikke fra den 1., hvor barnet er fyldt 18
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og personen har et barn født <barn>
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er <sidste_sdp>
    Når ydelsen afgøres for <måned1> til <måned2>
    Så udbetales <beløb1> for <måned1>
    Og der udbetales <beløb2> for <måned2>
    Og der er udbetalt 28.708,00 kr. i alt

    Eksempler:
      | id           | barn       | sidste_sdp | måned1  | beløb1        | måned2  | beløb2        |
      | RFY-069j-226 | 2024-09-15 | 2024-08-31 | 2024-09 | 12.326,00 kr. | 2024-10 | 16.382,00 kr. |
      | RFY-069j-227 | 2006-10-01 | 2024-08-31 | 2024-09 | 16.382,00 kr. | 2024-10 | 12.326,00 kr. |
      | RFY-069j-228 | 2006-10-02 | 2024-09-30 | 2024-10 | 16.382,00 kr. | 2024-11 | 12.326,00 kr. |

  # Fylder 25 den 1. januar, hjemmeboende, ingen børn (FT-RFY-KATEGORI: alderen er den, personen har nået den sidste
  # dag i måneden før): december og januar under 25 (nr. 3), februar den voksne sats (nr. 2). Under 25 hjemmeboende
  # 3.639 (2021, UNCONFIRMED), 3.644 (2022, bm.dk), 3.715 (2023, sekundær), 3.834 (2024, bm.dk); ikke-forsørger
  # 11.716 (2022, bm.dk), 11.944 (2023, sekundær), 12.326 kr. (2024, bm.dk).
  # RFY-069j-404: født 1.1.1997, 24 år den 30.11.2021 og den 31.12.2021, 25 år den 31.1.2022: 3.639 + 3.644 + 11.716
  # = 18.999,00. RFY-069j-405: født 1.1.1998: 3.644 + 3.715 + 11.944 = 19.303,00. RFY-069j-406: født 1.1.1999: 3.715 +
  # 3.834 + 12.326 = 19.875,00.
  @akl-69j-stk-2
  Abstrakt Scenario: Fylder 25 den 1. januar: januar efter det nye års sats for under 25, februar den voksne sats
    Givet en person født <født> i jobafklaringsforløb
    Og personen bor hjemme hos sine forældre
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er <sidste_sdp>
    Når ydelsen afgøres for <dec> til <feb>
    Så udbetales <udb_dec> for <dec>
    Og satsen er <udb_jan> for <jan>
    Og der udbetales <udb_jan> for <jan>
    Og der udbetales <udb_feb> for <feb>
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | født       | sidste_sdp | dec     | udb_dec      | jan     | udb_jan      | feb     | udb_feb       | i_alt         |
      | RFY-069j-404 | 1997-01-01 | 2021-11-30 | 2021-12 | 3.639,00 kr. | 2022-01 | 3.644,00 kr. | 2022-02 | 11.716,00 kr. | 18.999,00 kr. |
      | RFY-069j-405 | 1998-01-01 | 2022-11-30 | 2022-12 | 3.644,00 kr. | 2023-01 | 3.715,00 kr. | 2023-02 | 11.944,00 kr. | 19.303,00 kr. |
      | RFY-069j-406 | 1999-01-01 | 2023-11-30 | 2023-12 | 3.715,00 kr. | 2024-01 | 3.834,00 kr. | 2024-02 | 12.326,00 kr. | 19.875,00 kr. |

  # Barnet tæller fra den 1. i måneden efter fødslen og ikke fra den 1., hvor det er fyldt 18 (FT-RFY-KATEGORI; forælder
  # født 1979-04-01). Forsørger 15.547 (2021, sekundær), 15.874 (2023, sekundær), 16.972 (2025, udledt); ikke-forsørger
  # 11.698 (2021, sekundær), 11.716 (2022, bm.dk), 11.944 (2023, sekundær), 12.770 kr. (2025, udledt).
  # RFY-069j-407: barn født 20.11.2021, ikke født den 1.11.: november 11.698, december 15.547; i alt 27.245,00.
  # RFY-069j-408: barn født 14.2.2023: februar 11.944, marts 15.874; i alt 27.818,00.
  # RFY-069j-409: barn født 1.1.2004, 17 år den 1.12.2021, 18 år den 1.1.2022: december 15.547, januar 11.716; i alt
  # 27.263,00. RFY-069j-410: barn født 1.3.2007, 17 år den 1.2.2025, 18 år den 1.3.2025: februar 16.972, marts 12.770;
  # i alt 29.742,00.
  @akl-69j-stk-2
  Abstrakt Scenario: Barnet født midt i måneden og barnet, der fylder 18 den 1., i andre år
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og personen har et barn født <barn>
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er <sidste_sdp>
    Når ydelsen afgøres for <måned1> til <måned2>
    Så udbetales <beløb1> for <måned1>
    Og der udbetales <beløb2> for <måned2>
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | barn       | sidste_sdp | måned1  | beløb1        | måned2  | beløb2        | i_alt         |
      | RFY-069j-407 | 2021-11-20 | 2021-10-31 | 2021-11 | 11.698,00 kr. | 2021-12 | 15.547,00 kr. | 27.245,00 kr. |
      | RFY-069j-408 | 2023-02-14 | 2023-01-31 | 2023-02 | 11.944,00 kr. | 2023-03 | 15.874,00 kr. | 27.818,00 kr. |
      | RFY-069j-409 | 2004-01-01 | 2021-11-30 | 2021-12 | 15.547,00 kr. | 2022-01 | 11.716,00 kr. | 27.263,00 kr. |
      | RFY-069j-410 | 2007-03-01 | 2025-01-31 | 2025-02 | 16.972,00 kr. | 2025-03 | 12.770,00 kr. | 29.742,00 kr. |

  # Satserne skifter den 1. januar 2026 (§ 69 j, stk. 2, nr. 1-3; FT-RFY-SATSER-2026, udledt, UNCONFIRMED): intet
  # officielt 2026-beløb er fundet; 2026 = 2025-beløbet x 22.041/21.092 (den maksimale dagpengesats 2026/2025),
  # afrundet til hele kroner. Forsørger 16.972 x 22.041 / 21.092 = 17.735,63 -> 17.736; ikke-forsørger 12.770 ->
  # 13.344,57 -> 13.345; under 25 hjemmeboende 3.972 -> 4.150,71 -> 4.151 (2025: FT-RFY-SATSER-2025, udledt).
  # Hele måneder (sygedagpenge til og med 30.11.2025): december efter 2025-satsen, januar efter 2026-satsen.
  # Forsørger: barn født 2015-06-01 (under 18); ikke-forsørger: født 1979-04-01; hjemmeboende: født 2001-03-15 (24 år
  # den 30.11. og den 31.12.2025: under 25 i begge måneder). I alt = december + januar: 16.972 + 17.736 = 34.708,00;
  # 12.770 + 13.345 = 26.115,00; 3.972 + 4.151 = 8.123,00 kr. (Alternativet i registret, det uafrundede 2024-beløb x
  # 22.041/20.359, giver 17.735 og 13.344.)
  @akl-69j-stk-2
  Abstrakt Scenario: Satsen skifter 1. januar 2026
    Givet en person født <født> i jobafklaringsforløb
    Og <forhold>
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2025-11-30
    Når ydelsen afgøres for 2025-12 til 2026-01
    Så udbetales <dec> for 2025-12
    Og satsen er <jan> for 2026-01
    Og der udbetales <jan> for 2026-01
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | født       | forhold                               | dec           | jan           | i_alt         |
      | RFY-069j-501 | 1980-01-01 | personen har et barn født 2015-06-01  | 16.972,00 kr. | 17.736,00 kr. | 34.708,00 kr. |
      | RFY-069j-502 | 1979-04-01 | personen har en formue på 0,00 kr.    | 12.770,00 kr. | 13.345,00 kr. | 26.115,00 kr. |
      | RFY-069j-503 | 2001-03-15 | personen bor hjemme hos sine forældre | 3.972,00 kr.  | 4.151,00 kr.  | 8.123,00 kr.  |

  # Ét forløb fra 1.12.2024 til og med januar 2026 (sygedagpenge til og med 30.11.2024): hver januar efter det nye års
  # sats (som RFY-069j-220 og -221). Forsørger (barn født 2015-06-01): 16.382 (2024, bm.dk), 16.972 (2025, udledt),
  # 17.736 kr. (2026: 16.972 x 22.041 / 21.092 = 17.735,63 -> 17.736, FT-RFY-SATSER-2026, udledt, UNCONFIRMED); i alt
  # 16.382 + 12 x 16.972 + 17.736 = 16.382 + 203.664 + 17.736 = 237.782,00. Under 25 hjemmeboende (født 2001-03-15:
  # 23 år den 30.11.2024, 24 år den 31.12.2025, fylder 25 først 15.3.2026): 3.834 (2024), 3.972 (2025), 4.151 kr. (2026:
  # 3.972 x 22.041 / 21.092 = 4.150,71 -> 4.151); i alt 3.834 + 12 x 3.972 + 4.151 = 3.834 + 47.664 + 4.151 = 55.649,00.
  @akl-69j-stk-2
  Abstrakt Scenario: Et forløb over årsskifterne 2025 og 2026: januar efter det nye års sats
    Givet en person født <født> i jobafklaringsforløb
    Og <forhold>
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-11-30
    Når ydelsen afgøres for 2024-12 til 2026-01
    Så udbetales <dec24> for 2024-12
    Og der udbetales <jan25> for 2025-01
    Og satsen er <jan26> for 2026-01
    Og der udbetales <jan26> for 2026-01
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | født       | forhold                               | dec24         | jan25         | jan26         | i_alt          |
      | RFY-069j-505 | 1980-01-01 | personen har et barn født 2015-06-01  | 16.382,00 kr. | 16.972,00 kr. | 17.736,00 kr. | 237.782,00 kr. |
      | RFY-069j-506 | 2001-03-15 | personen bor hjemme hos sine forældre | 3.834,00 kr.  | 3.972,00 kr.  | 4.151,00 kr.  | 55.649,00 kr.  |

  @id:RFY-069j-507 @akl-69j-stk-2
  Scenarie: Fylder 25 den 1. januar 2026: januar efter 2026-satsen for under 25, februar den voksne sats
    # Som RFY-069j-404..406 (FT-RFY-KATEGORI: alderen er den, personen har nået den sidste dag i måneden før).
    # Hjemmeboende, ingen børn, født 2001-01-01: 24 år den 30.11.2025 og den 31.12.2025, 25 år den 31.1.2026.
    # December 2025 nr. 3: 3.972 (2025, udledt); januar 2026 nr. 3: 3.972 x 22.041 / 21.092 = 4.150,71 -> 4.151;
    # februar 2026 nr. 2: 12.770 x 22.041 / 21.092 = 13.344,57 -> 13.345 (FT-RFY-SATSER-2026, udledt, UNCONFIRMED).
    # I alt 3.972 + 4.151 + 13.345 = 21.468,00 kr.
    Givet en person født 2001-01-01 i jobafklaringsforløb
    Og personen bor hjemme hos sine forældre
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2025-11-30
    Når ydelsen afgøres for 2025-12 til 2026-02
    Så udbetales 3.972,00 kr. for 2025-12
    Og satsen er 4.151,00 kr. for 2026-01
    Og der udbetales 4.151,00 kr. for 2026-01
    Og der udbetales 13.345,00 kr. for 2026-02
    Og der er udbetalt 21.468,00 kr. i alt

  # Barnet tæller fra den 1. i måneden efter fødslen og ikke fra den 1., hvor det er fyldt 18 (FT-RFY-KATEGORI; som
  # RFY-069j-407 og -409), ved årsskiftet 2026; forælder født 1979-04-01, sygedagpenge til og med 30.11.2025.
  # Forsørger 16.972 (2025) og 17.736 kr. (2026); ikke-forsørger 12.770 (2025) og 13.345 kr. (2026; FT-RFY-SATSER-2026,
  # udledt, UNCONFIRMED). RFY-069j-508: barn født 1.1.2008, 17 år den 1.12.2025, 18 år den 1.1.2026: december
  # forsørger 16.972, januar ikke-forsørger 13.345; i alt 30.317,00. RFY-069j-509: barn født 10.12.2025, ikke født den
  # 1.12.: december ikke-forsørger 12.770, januar forsørger 17.736; i alt 30.506,00.
  @akl-69j-stk-2
  Abstrakt Scenario: Barnet, der fylder 18 den 1. januar 2026, og barnet født i december 2025
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og personen har et barn født <barn>
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2025-11-30
    Når ydelsen afgøres for 2025-12 til 2026-01
    Så udbetales <dec> for 2025-12
    Og satsen er <jan> for 2026-01
    Og der udbetales <jan> for 2026-01
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | barn       | dec           | jan           | i_alt         |
      | RFY-069j-508 | 2008-01-01 | 16.972,00 kr. | 13.345,00 kr. | 30.317,00 kr. |
      | RFY-069j-509 | 2025-12-10 | 12.770,00 kr. | 17.736,00 kr. | 30.506,00 kr. |

  # Et barn født den 1. i en måned under forløbet er født og under 18 den 1. i måneden (FT-RFY-KATEGORI) og tæller
  # fra og med den måned. Forælder født 1979-04-01, barn født 1.10.2024, sygedagpenge til og med 31.8.2024. 2024
  # (bm.dk): september ikke-forsørger (nr. 2) 12.326,00; oktober forsørger (nr. 1) 16.382,00; i alt 12.326 + 16.382 =
  # 28.708,00 kr. (Red team r15 F3: et system, der først tæller barnet fra november, udbetaler 12.326,00 for oktober.)
  @id:RFY-069j-230 @akl-69j-stk-2
  Scenarie: Barn født den 1. i en måned under forløbet: forsørger fra og med den måned
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og personen har et barn født 2024-10-01
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-08-31
    Når ydelsen afgøres for 2024-09 til 2024-10
    Så udbetales 12.326,00 kr. for 2024-09
    Og der udbetales 16.382,00 kr. for 2024-10
    Og der er udbetalt 28.708,00 kr. i alt
