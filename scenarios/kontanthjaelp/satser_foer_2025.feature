# language: da
@akl-25 @alvor:A
Egenskab: Kontanthjælpens sats før 1. juli 2025 (aktivloven § 25, stk. 2 og 3)
  Satsen følger alder, forsørgerstatus og bopæl. Faktaark: danish-law.md 2.2 (satser 2021-2024) og
  harness/ydelser/kontanthjaelp/KILDER.md (2025, jan.-jun., UNCONFIRMED). Fortolkninger: FT-KH-ALDER (alderen
  den sidste dag i måneden før), FT-KH-FORSOERGER (barn født og under 18 år den 1. i måneden),
  FT-KH-KATEGORI-FOER.

  @id:KH-025-001 @akl-25-stk-2
  Scenarie: Enlig over 30 uden børn får satsen for andre (stk. 2, nr. 2)
    Givet en enlig ansøger født 1980-05-05
    Når sagen afgøres for 2023-06
    Så udbetales 11.944,00 kr. for 2023-06
    Og ansøgerens sats er 11.944,00 kr. for 2023-06

  @id:KH-025-002 @akl-25-stk-2
  Scenarie: Enlig over 30 med et barn under 18 får forsørgersatsen (stk. 2, nr. 1)
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2015-01-01
    Når sagen afgøres for 2023-06
    Så udbetales 15.874,00 kr. for 2023-06

  @id:KH-025-003 @akl-25-stk-3
  Scenarie: Under 30 og hjemmeboende (stk. 3, nr. 7 og 9)
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren bor hjemme hos sine forældre
    Når sagen afgøres for 2023-06
    Så udbetales 3.715,00 kr. for 2023-06

  @id:KH-025-004 @akl-25-stk-3
  Scenarie: Under 30 og udeboende (stk. 3, nr. 6 og 8)
    Givet en enlig ansøger født 1998-05-05
    Når sagen afgøres for 2023-06
    Så udbetales 7.699,00 kr. for 2023-06

  @id:KH-025-005 @akl-25-stk-2 @akl-25-stk-3
  Scenarie: Satsen skifter fra den 1. i måneden efter 30-årsdagen
    Givet en enlig ansøger født 1993-03-15
    Når sagen afgøres for 2023-03 til 2023-04
    Så udbetales 7.699,00 kr. for 2023-03
    Og der udbetales 11.944,00 kr. for 2023-04

  @akl-25-stk-2
  Abstrakt Scenario: Satsen for enlige over 30 uden børn år for år
    Givet en enlig ansøger født 1970-01-01
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-006 | 2021-03 | 11.698,00 |
      | KH-025-007 | 2022-03 | 11.716,00 |
      | KH-025-008 | 2024-03 | 12.326,00 |
      | KH-025-009 | 2025-03 | 12.770,00 |

  @id:KH-025-010 @akl-25-stk-3
  Scenarie: Enlig forsørger under 30 med ret til ekstra børnetilskud (stk. 3, nr. 1)
    Givet en enlig ansøger født 1999-03-10
    Og husstanden har et barn født 2020-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når sagen afgøres for 2024-05
    Så udbetales 15.658,00 kr. for 2024-05

  @id:KH-025-011 @akl-25-stk-3
  Scenarie: Forsørger under 30 uden ret til ekstra børnetilskud (stk. 3, nr. 2)
    Givet en enlig ansøger født 1999-03-10
    Og husstanden har et barn født 2020-01-01
    Når sagen afgøres for 2024-05
    Så udbetales 10.955,00 kr. for 2024-05

  @id:KH-025-012 @akl-25-stk-2
  Scenarie: Ægtepar over 30 uden børn: hver sin sats
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Når sagen afgøres for 2024-05
    Så udbetales 24.652,00 kr. for 2024-05
    Og ægtefællens sats er 12.326,00 kr. for 2024-05

  @id:KH-025-013 @akl-25-stk-2
  Scenarie: Ægtepar over 30 med barn: hver sin forsørgersats
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og husstanden har et barn født 2016-01-01
    Når sagen afgøres for 2024-09
    Så udbetales 32.764,00 kr. for 2024-09

  @id:KH-025-014 @akl-25-stk-2
  Scenarie: Et barn tæller fra måneden efter fødslen
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2023-06-10
    Når sagen afgøres for 2023-06 til 2023-07
    Så udbetales 11.944,00 kr. for 2023-06
    Og der udbetales 15.874,00 kr. for 2023-07

  @id:KH-025-015 @akl-25-stk-2
  Scenarie: Forsørgersatsen ophører fra den 1. i måneden, efter barnet er fyldt 18
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2006-03-10
    Når sagen afgøres for 2024-03 til 2024-04
    Så udbetales 16.382,00 kr. for 2024-03
    Og der udbetales 12.326,00 kr. for 2024-04
    Og der er udbetalt 28.708,00 kr. i alt

  @id:KH-025-016 @akl-25-stk-3
  Scenarie: Forsørger under 30 uden ret til ekstra børnetilskud i 2022: 10.412 kr.
    # 25 år, enlig, ét barn under 18, ingen ret til ekstra børnetilskud: § 25, stk. 3, nr. 2. 2022-satsen er 10.412 kr.
    # (bm.dk's satsside 2022 via aktivsocialraadgiver.dk: 'Forsørgere under 30 år, som ikke har erhvervet ret til ekstra
    # børnetilskud 10.412 kr. pr. md.'); den tidligere udledte 10.411 kr. var 1 kr. for lav.
    Givet en enlig ansøger på 25 år
    Og husstanden har et barn født 2019-01-01
    Når sagen afgøres for 2022-03
    Så udbetales 10.412,00 kr. for 2022-03
    Og ansøgerens sats er 10.412,00 kr. for 2022-03

  @akl-25-stk-2
  Abstrakt Scenario: Fyldt 30, ikke forsørger (stk. 2, nr. 2), januar år for år
    # Satserne efter § 25, stk. 2 og 3, år for år, hver værdi i sin første måned (januar). Kilder: danish-law.md 2.2 og
    # KILDER.md ('Before 1 July 2025'): 2021 bm.dk via aktivsocialraadgiver.dk (bekræftet); 2022 bm.dk via
    # aktivsocialraadgiver.dk/inflation (bekræftet); 2023 bm.dk (bekræftet); 2024 bm.dk kontanthjælpsloft (fyldt 30) og
    # ressourceforløbsydelse (u30 hjemmeboende), de øvrige u30-satser detfagligehus.dk og seniorfolk.dk (UNCONFIRMED);
    # 2025 (jan.-jun.) udledt = 2024 x 21.092 / 20.359 (maks. dagpengesats 2025 / 2024), afrundet (UNCONFIRMED).
    # Ingen indtægt, ingen boligstøtte: udbetalt = satsen.
    # 2025: 12.326 x 21.092 / 20.359 = 12.769,78 -> 12.770.
    Givet en enlig ansøger født 1970-01-01
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er fyldt30_andre for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-330 | 2021-01 | 11.698,00 |
      | KH-025-331 | 2022-01 | 11.716,00 |
      | KH-025-332 | 2023-01 | 11.944,00 |
      | KH-025-333 | 2024-01 | 12.326,00 |
      | KH-025-334 | 2025-01 | 12.770,00 |

  @akl-25-stk-2
  Abstrakt Scenario: Fyldt 30, forsørger (stk. 2, nr. 1), januar år for år
    # Ét barn født 2015 (under 18 hele perioden). 2025: 16.382 x 21.092 / 20.359 = 16.971,81 -> 16.972.
    Givet en enlig ansøger født 1970-01-01
    Og husstanden har et barn født 2015-01-01
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er fyldt30_forsoerger for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-335 | 2021-01 | 15.547,00 |
      | KH-025-336 | 2022-01 | 15.570,00 |
      | KH-025-337 | 2023-01 | 15.874,00 |
      | KH-025-338 | 2024-01 | 16.382,00 |
      | KH-025-339 | 2025-01 | 16.972,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Under 30, enlig forsørger med ret til ekstra børnetilskud (stk. 3, nr. 1), januar år for år
    # 25 år, har en erhvervskompetencegivende uddannelse (så § 25, ikke § 23), ét barn født 2020.
    # 2024: 15.658 (UNCONFIRMED). 2025: 15.658 x 21.092 / 20.359 = 16.221,75 -> 16.222.
    Givet en enlig ansøger på 25 år
    Og husstanden har et barn født 2020-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er u30_enlig_forsoerger for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-340 | 2021-01 | 14.860,00 |
      | KH-025-341 | 2022-01 | 14.882,00 |
      | KH-025-342 | 2023-01 | 15.172,00 |
      | KH-025-343 | 2024-01 | 15.658,00 |
      | KH-025-344 | 2025-01 | 16.222,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Under 30, forsørger uden ret til ekstra børnetilskud (stk. 3, nr. 2), januar år for år
    # 25 år, uddannet, ét barn født 2020, ingen ret til ekstra børnetilskud. 2024: 10.955 (UNCONFIRMED).
    # 2025: 10.955 x 21.092 / 20.359 = 11.349,42 -> 11.349.
    Givet en enlig ansøger på 25 år
    Og husstanden har et barn født 2020-06-01
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er u30_forsoerger_uden_ekstra_boernetilskud for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-345 | 2021-01 | 10.396,00 |
      | KH-025-346 | 2022-01 | 10.412,00 |
      | KH-025-347 | 2023-01 | 10.615,00 |
      | KH-025-348 | 2024-01 | 10.955,00 |
      | KH-025-349 | 2025-01 | 11.349,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Under 30, udeboende (stk. 3, nr. 6 og 8), januar år for år
    # 25 år, uddannet, ingen børn. 2024: 7.945 (UNCONFIRMED). 2025: 7.945 x 21.092 / 20.359 = 8.231,05 -> 8.231.
    Givet en enlig ansøger på 25 år uden børn
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er u30_udeboende for <måned>

    Eksempler:
      | id         | måned   | beløb    |
      | KH-025-350 | 2021-01 | 7.541,00 |
      | KH-025-351 | 2022-01 | 7.552,00 |
      | KH-025-352 | 2023-01 | 7.699,00 |
      | KH-025-353 | 2024-01 | 7.945,00 |
      | KH-025-354 | 2025-01 | 8.231,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Under 30, hjemmeboende (stk. 3, nr. 7 og 9), januar år for år
    # 25 år, uddannet, ingen børn, bor hos forældrene. 2025: 3.834 x 21.092 / 20.359 = 3.972,04 -> 3.972.
    Givet en enlig ansøger på 25 år uden børn
    Og ansøgeren bor hjemme hos sine forældre
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er u30_hjemmeboende for <måned>

    Eksempler:
      | id         | måned   | beløb    |
      | KH-025-355 | 2021-01 | 3.639,00 |
      | KH-025-356 | 2022-01 | 3.644,00 |
      | KH-025-357 | 2023-01 | 3.715,00 |
      | KH-025-358 | 2024-01 | 3.834,00 |
      | KH-025-359 | 2025-01 | 3.972,00 |

  @akl-25-stk-2
  Abstrakt Scenario: Satsen ved årsskiftet, fyldt 30, ikke forsørger (stk. 2, nr. 2)
    # December har årets sats, januar det nye års (danish-law.md 2.2, KILDER.md; som tabellerne ovenfor, 2025 udledt,
    # UNCONFIRMED). 2021: 11.698; 2022: 11.716; 2023: 11.944; 2024: 12.326; 2025: 12.770. December + januar = i alt.
    Givet en enlig ansøger født 1975-06-15
    Når sagen afgøres for <december> til <januar>
    Så udbetales <dec> kr. for <december>
    Og ansøgerens sats er <dec> kr. for <december>
    Og der udbetales <jan> kr. for <januar>
    Og ansøgerens sats er <jan> kr. for <januar>
    Og ansøgerens satskategori er fyldt30_andre for <januar>
    Og der er udbetalt <i alt> kr. i alt

    Eksempler:
      | id         | december | januar  | dec       | jan       | i alt     |
      | KH-025-375 | 2021-12  | 2022-01 | 11.698,00 | 11.716,00 | 23.414,00 |
      | KH-025-376 | 2022-12  | 2023-01 | 11.716,00 | 11.944,00 | 23.660,00 |
      | KH-025-377 | 2023-12  | 2024-01 | 11.944,00 | 12.326,00 | 24.270,00 |
      | KH-025-378 | 2024-12  | 2025-01 | 12.326,00 | 12.770,00 | 25.096,00 |

  @akl-25-stk-2
  Abstrakt Scenario: Satsen ved årsskiftet, fyldt 30, forsørger (stk. 2, nr. 1)
    # December har årets sats, januar det nye års (danish-law.md 2.2, KILDER.md; som tabellerne ovenfor, 2025 udledt,
    # UNCONFIRMED). 2021: 15.547; 2022: 15.570; 2023: 15.874; 2024: 16.382; 2025: 16.972. December + januar = i alt.
    Givet en enlig ansøger født 1975-06-15
    Og husstanden har et barn født 2016-06-01
    Når sagen afgøres for <december> til <januar>
    Så udbetales <dec> kr. for <december>
    Og ansøgerens sats er <dec> kr. for <december>
    Og der udbetales <jan> kr. for <januar>
    Og ansøgerens sats er <jan> kr. for <januar>
    Og ansøgerens satskategori er fyldt30_forsoerger for <januar>
    Og der er udbetalt <i alt> kr. i alt

    Eksempler:
      | id         | december | januar  | dec       | jan       | i alt     |
      | KH-025-379 | 2021-12  | 2022-01 | 15.547,00 | 15.570,00 | 31.117,00 |
      | KH-025-380 | 2022-12  | 2023-01 | 15.570,00 | 15.874,00 | 31.444,00 |
      | KH-025-381 | 2023-12  | 2024-01 | 15.874,00 | 16.382,00 | 32.256,00 |
      | KH-025-382 | 2024-12  | 2025-01 | 16.382,00 | 16.972,00 | 33.354,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Satsen ved årsskiftet, under 30, enlig forsørger (stk. 3, nr. 1)
    # December har årets sats, januar det nye års (danish-law.md 2.2, KILDER.md; som tabellerne ovenfor, 2025 udledt,
    # UNCONFIRMED). 2021: 14.860; 2022: 14.882; 2023: 15.172; 2024: 15.658; 2025: 16.222. December + januar = i alt.
    Givet en enlig ansøger født 1997-06-15
    Og husstanden har et barn født 2019-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når sagen afgøres for <december> til <januar>
    Så udbetales <dec> kr. for <december>
    Og ansøgerens sats er <dec> kr. for <december>
    Og der udbetales <jan> kr. for <januar>
    Og ansøgerens sats er <jan> kr. for <januar>
    Og ansøgerens satskategori er u30_enlig_forsoerger for <januar>
    Og der er udbetalt <i alt> kr. i alt

    Eksempler:
      | id         | december | januar  | dec       | jan       | i alt     |
      | KH-025-383 | 2021-12  | 2022-01 | 14.860,00 | 14.882,00 | 29.742,00 |
      | KH-025-384 | 2022-12  | 2023-01 | 14.882,00 | 15.172,00 | 30.054,00 |
      | KH-025-385 | 2023-12  | 2024-01 | 15.172,00 | 15.658,00 | 30.830,00 |
      | KH-025-386 | 2024-12  | 2025-01 | 15.658,00 | 16.222,00 | 31.880,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Satsen ved årsskiftet, under 30, forsørger uden ret til ekstra børnetilskud (stk. 3, nr. 2)
    # December har årets sats, januar det nye års (danish-law.md 2.2, KILDER.md; som tabellerne ovenfor, 2025 udledt,
    # UNCONFIRMED). 2021: 10.396; 2022: 10.412; 2023: 10.615; 2024: 10.955; 2025: 11.349. December + januar = i alt.
    Givet en enlig ansøger født 1997-06-15
    Og husstanden har et barn født 2019-06-01
    Når sagen afgøres for <december> til <januar>
    Så udbetales <dec> kr. for <december>
    Og ansøgerens sats er <dec> kr. for <december>
    Og der udbetales <jan> kr. for <januar>
    Og ansøgerens sats er <jan> kr. for <januar>
    Og ansøgerens satskategori er u30_forsoerger_uden_ekstra_boernetilskud for <januar>
    Og der er udbetalt <i alt> kr. i alt

    Eksempler:
      | id         | december | januar  | dec       | jan       | i alt     |
      | KH-025-387 | 2021-12  | 2022-01 | 10.396,00 | 10.412,00 | 20.808,00 |
      | KH-025-388 | 2022-12  | 2023-01 | 10.412,00 | 10.615,00 | 21.027,00 |
      | KH-025-389 | 2023-12  | 2024-01 | 10.615,00 | 10.955,00 | 21.570,00 |
      | KH-025-390 | 2024-12  | 2025-01 | 10.955,00 | 11.349,00 | 22.304,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Satsen ved årsskiftet, under 30, udeboende (stk. 3, nr. 6 og 8)
    # December har årets sats, januar det nye års (danish-law.md 2.2, KILDER.md; som tabellerne ovenfor, 2025 udledt,
    # UNCONFIRMED). 2021: 7.541; 2022: 7.552; 2023: 7.699; 2024: 7.945; 2025: 8.231. December + januar = i alt.
    Givet en enlig ansøger født 1997-06-15
    Når sagen afgøres for <december> til <januar>
    Så udbetales <dec> kr. for <december>
    Og ansøgerens sats er <dec> kr. for <december>
    Og der udbetales <jan> kr. for <januar>
    Og ansøgerens sats er <jan> kr. for <januar>
    Og ansøgerens satskategori er u30_udeboende for <januar>
    Og der er udbetalt <i alt> kr. i alt

    Eksempler:
      | id         | december | januar  | dec      | jan      | i alt     |
      | KH-025-391 | 2021-12  | 2022-01 | 7.541,00 | 7.552,00 | 15.093,00 |
      | KH-025-392 | 2022-12  | 2023-01 | 7.552,00 | 7.699,00 | 15.251,00 |
      | KH-025-393 | 2023-12  | 2024-01 | 7.699,00 | 7.945,00 | 15.644,00 |
      | KH-025-394 | 2024-12  | 2025-01 | 7.945,00 | 8.231,00 | 16.176,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Satsen ved årsskiftet, under 30, hjemmeboende (stk. 3, nr. 7 og 9)
    # December har årets sats, januar det nye års (danish-law.md 2.2, KILDER.md; som tabellerne ovenfor, 2025 udledt,
    # UNCONFIRMED). 2021: 3.639; 2022: 3.644; 2023: 3.715; 2024: 3.834; 2025: 3.972. December + januar = i alt.
    Givet en enlig ansøger født 1997-06-15
    Og ansøgeren bor hjemme hos sine forældre
    Når sagen afgøres for <december> til <januar>
    Så udbetales <dec> kr. for <december>
    Og ansøgerens sats er <dec> kr. for <december>
    Og der udbetales <jan> kr. for <januar>
    Og ansøgerens sats er <jan> kr. for <januar>
    Og ansøgerens satskategori er u30_hjemmeboende for <januar>
    Og der er udbetalt <i alt> kr. i alt

    Eksempler:
      | id         | december | januar  | dec      | jan      | i alt    |
      | KH-025-395 | 2021-12  | 2022-01 | 3.639,00 | 3.644,00 | 7.283,00 |
      | KH-025-396 | 2022-12  | 2023-01 | 3.644,00 | 3.715,00 | 7.359,00 |
      | KH-025-397 | 2023-12  | 2024-01 | 3.715,00 | 3.834,00 | 7.549,00 |
      | KH-025-398 | 2024-12  | 2025-01 | 3.834,00 | 3.972,00 | 7.806,00 |

  @id:KH-025-360 @akl-25-stk-2 @akl-25-stk-3
  Scenarie: 30-årsdag den sidste dag i måneden: fyldt 30 fra den 1. i måneden efter
    # Født 1993-03-31, udeboende, uddannet. Alderen er den, personen har den sidste dag i måneden før (FT-KH-ALDER):
    # marts 2023: 2023-02-28 er hun 29 -> § 25, stk. 3, nr. 6: 7.699 kr.; april 2023: 2023-03-31 er hun fyldt 30 ->
    # § 25, stk. 2, nr. 2: 11.944 kr. (bm.dk 2023). I alt 19.643,00 kr.
    Givet en enlig ansøger født 1993-03-31
    Når sagen afgøres for 2023-03 til 2023-04
    Så udbetales 7.699,00 kr. for 2023-03
    Og der udbetales 11.944,00 kr. for 2023-04
    Og ansøgerens satskategori er fyldt30_andre for 2023-04
    Og der er udbetalt 19.643,00 kr. i alt

  @id:KH-025-361 @akl-25-stk-2 @akl-25-stk-3
  Scenarie: 30-årsdag den 1. i måneden: satsen skifter først måneden efter
    # Født 1993-04-01. April 2023: den 2023-03-31 er han 29 (FT-KH-ALDER) -> 7.699 kr. (§ 25, stk. 3, nr. 6);
    # maj 2023: den 2023-04-30 er han fyldt 30 -> 11.944 kr. (§ 25, stk. 2, nr. 2; bm.dk 2023).
    Givet en enlig ansøger født 1993-04-01
    Når sagen afgøres for 2023-04 til 2023-05
    Så udbetales 7.699,00 kr. for 2023-04
    Og ansøgerens satskategori er u30_udeboende for 2023-04
    Og der udbetales 11.944,00 kr. for 2023-05

  @id:KH-025-362 @akl-25-stk-2
  Scenarie: Fyldt 30 før fødselsdagen i kalenderåret
    # Født 1992-06-15: den 2023-02-28 er han 30 (fyldt 2022-06-15), så marts 2023 er § 25, stk. 2, nr. 2: 11.944 kr.
    Givet en enlig ansøger født 1992-06-15
    Når sagen afgøres for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og ansøgerens satskategori er fyldt30_andre for 2023-03

  @id:KH-025-363 @akl-25-stk-2
  Scenarie: Et barn født den 1. i måneden tæller allerede den måned
    # Barnet er født og under 18 den 1. i måneden (FT-KH-FORSOERGER): født 2023-07-01 tæller i juli. Juni: § 25, stk. 2,
    # nr. 2 11.944 kr.; juli: nr. 1 15.874 kr. (bm.dk 2023).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2023-07-01
    Når sagen afgøres for 2023-06 til 2023-07
    Så udbetales 11.944,00 kr. for 2023-06
    Og der udbetales 15.874,00 kr. for 2023-07
    Og ansøgerens satskategori er fyldt30_forsoerger for 2023-07

  @id:KH-025-364 @akl-25-stk-2
  Scenarie: Et barn, der fylder 18 den 1. i måneden, tæller ikke den måned
    # Født 2006-04-01: den 2024-03-01 er barnet 17 (forsørger: 16.382 kr., bm.dk 2024); den 2024-04-01 er det fyldt 18,
    # så april er § 25, stk. 2, nr. 2: 12.326 kr. (FT-KH-FORSOERGER).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2006-04-01
    Når sagen afgøres for 2024-03 til 2024-04
    Så udbetales 16.382,00 kr. for 2024-03
    Og der udbetales 12.326,00 kr. for 2024-04
    Og ansøgerens satskategori er fyldt30_andre for 2024-04

  @id:KH-025-365 @akl-25-stk-2
  Scenarie: Et barn, der flytter den 1. i måneden, tæller ikke den måned
    # Forholdene den 1. i måneden afgør måneden (FT-KH-AENDRING); et barn, der er flyttet den 1. eller før, tæller ikke.
    # Juli 2023: forsørger 15.874 kr.; august 2023 (flyttet 2023-08-01): 11.944 kr. (bm.dk 2023).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2010-01-01
    Og barnet født 2010-01-01 flyttede fra husstanden 2023-08-01
    Når sagen afgøres for 2023-07 til 2023-08
    Så udbetales 15.874,00 kr. for 2023-07
    Og der udbetales 11.944,00 kr. for 2023-08
    Og ansøgerens satskategori er fyldt30_andre for 2023-08

  @id:KH-025-366 @akl-25-stk-3
  Scenarie: Gravid under 30 fra den 1. i måneden, hvor hun passerer 12. svangerskabsuge den 1.
    # 23-24 år, uddannet, udeboende. Passerer 12. uge 2023-03-01: gravid den 1. i marts, så marts er § 25, stk. 3, nr. 3
    # (= stk. 2, nr. 2-niveauet) 11.944 kr.; februar § 25, stk. 3, nr. 8: 7.699 kr. (bm.dk 2023).
    Givet en enlig ansøger født 1999-05-05
    Og ansøgeren passerede 12. svangerskabsuge 2023-03-01
    Når sagen afgøres for 2023-02 til 2023-03
    Så udbetales 7.699,00 kr. for 2023-02
    Og der udbetales 11.944,00 kr. for 2023-03
    Og ansøgerens satskategori er u30_gravid for 2023-03

  @id:KH-025-367 @akl-25-stk-3
  Scenarie: Barnet født den 1. i måneden afslutter graviditeten og gør hende til forsørger samme måned
    # Passerede 12. uge 2023-03-10; barnet født 2023-09-01. August: gravid, § 25, stk. 3, nr. 3: 11.944 kr. September:
    # barnet er født den 1. (tæller, FT-KH-FORSOERGER), graviditeten er slut: forsørger uden ret til ekstra
    # børnetilskud, § 25, stk. 3, nr. 2: 10.615 kr. (bm.dk 2023).
    Givet en enlig ansøger født 1999-05-05
    Og ansøgeren passerede 12. svangerskabsuge 2023-03-10
    Og husstanden har et barn født 2023-09-01
    Når sagen afgøres for 2023-08 til 2023-09
    Så udbetales 11.944,00 kr. for 2023-08
    Og der udbetales 10.615,00 kr. for 2023-09
    Og ansøgerens satskategori er u30_forsoerger_uden_ekstra_boernetilskud for 2023-09

  @id:KH-025-368 @akl-25-stk-3
  Scenarie: Forsørger under 30 med dokumenteret psykisk lidelse: § 25, stk. 3, nr. 4 på voksenniveau
    # 26 år, uddannet, enlig, ét barn, ingen ret til ekstra børnetilskud, dokumenteret psykisk lidelse. § 25, stk. 3,
    # nr. 4 (psykisk syg forsørger) = 15.874 kr. i 2023 (danish-law.md 2.2: = stk. 2, nr. 1); højere end nr. 2
    # (10.615), så nr. 4 gælder (FT-KH-KATEGORI-FOER: det højeste beløb). Udbetales 15.874,00 kr.
    Givet en enlig ansøger på 26 år
    Og husstanden har et barn født 2019-01-01
    Og ansøgeren har en dokumenteret psykisk lidelse
    Når sagen afgøres for 2023-02
    Så udbetales 15.874,00 kr. for 2023-02
    Og ansøgerens satskategori er u30_psykisk_syg_forsoerger for 2023-02

  @id:KH-025-802 @akl-25-stk-3
  Scenarie: Gravid enlig forsørger under 30 med ekstra børnetilskud: det højeste beløb, nr. 1, gælder
    # 24 år i august 2023 (født 1999-05-05), uddannet, enlig, et barn født 2020, ret til ekstra børnetilskud, passerede
    # 12. svangerskabsuge 2023-03-10. Kategorier: § 25, stk. 3, nr. 1 (enlig forsørger) 15.172 kr. og nr. 3 (gravid, =
    # stk. 2, nr. 2-niveauet) 11.944 kr. (bm.dk 2023). FT-KH-KATEGORI-FOER: det højeste beløb, nr. 1: 15.172,00 kr.
    # (den alternative læsning, særkategorien går forud: 11.944).
    Givet en enlig ansøger født 1999-05-05
    Og husstanden har et barn født 2020-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren passerede 12. svangerskabsuge 2023-03-10
    Når sagen afgøres for 2023-08
    Så udbetales 15.172,00 kr. for 2023-08
    Og ansøgerens satskategori er u30_enlig_forsoerger for 2023-08

  @id:KH-025-803 @akl-25-stk-3
  Scenarie: Gravid enlig forsørger under 30 med ekstra børnetilskud i 2022
    # 22 år i juni 2022, uddannet, enlig, et barn født 2021, ret til ekstra børnetilskud, passerede 12. uge 2022-05-20.
    # § 25, stk. 3, nr. 1: 14.882 kr.; nr. 3 (= stk. 2, nr. 2): 11.716 kr. (bm.dk 2022). Det højeste: 14.882,00 kr.
    Givet en enlig ansøger født 2000-01-15
    Og husstanden har et barn født 2021-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren passerede 12. svangerskabsuge 2022-05-20
    Når sagen afgøres for 2022-06
    Så udbetales 14.882,00 kr. for 2022-06
    Og ansøgerens satskategori er u30_enlig_forsoerger for 2022-06

  @id:KH-025-807 @akl-25-stk-3
  Scenarie: Gravid enlig forsørger på 27 med ekstra børnetilskud: nr. 1 går forud for nr. 3
    # 27 år i november 2023 (født 1996-06-01), uddannet, et barn født 2018, ret til ekstra børnetilskud, passerede 12.
    # uge 2023-10-01. § 25, stk. 3, nr. 1: 15.172 kr.; nr. 3: 11.944 kr. (bm.dk 2023). Det højeste: 15.172,00 kr.
    Givet en enlig ansøger født 1996-06-01
    Og husstanden har et barn født 2018-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren passerede 12. svangerskabsuge 2023-10-01
    Når sagen afgøres for 2023-11
    Så udbetales 15.172,00 kr. for 2023-11
    Og ansøgerens satskategori er u30_enlig_forsoerger for 2023-11

  @id:KH-025-809 @akl-25-stk-2
  Scenarie: Et barn født midt i måneden gør forælderen til forsørger fra måneden efter
    # FT-KH-FORSOERGER: et barn tæller, når det er født den 1. i måneden. Født 2023-09-15: september § 25, stk. 2,
    # nr. 2 11.944 kr.; oktober nr. 1 (forsørger) 15.874 kr. (bm.dk 2023). I alt 27.818,00 kr.
    # (den alternative læsning, barnet tæller i fødselsmåneden: 15.874 + 15.874 = 31.748).
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2023-09-15
    Når sagen afgøres for 2023-09 til 2023-10
    Så udbetales 11.944,00 kr. for 2023-09
    Og der udbetales 15.874,00 kr. for 2023-10
    Og der er udbetalt 27.818,00 kr. i alt

  @id:KH-025-810 @akl-25-stk-2
  Scenarie: Et barn født den 20. marts 2024 tæller fra april
    # Født 2024-03-20: marts § 25, stk. 2, nr. 2 12.326 kr.; april nr. 1 16.382 kr. (2024, som ressourceforløbsydelsen,
    # bm.dk). I alt 28.708,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2024-03-20
    Når sagen afgøres for 2024-03 til 2024-04
    Så udbetales 12.326,00 kr. for 2024-03
    Og der udbetales 16.382,00 kr. for 2024-04
    Og der er udbetalt 28.708,00 kr. i alt

  @akl-25-stk-2
  Abstrakt Scenario: Satsen midt i det første og det sidste år, fyldt 30, ikke forsørger (stk. 2, nr. 2)
    # Som tabellerne ovenfor (danish-law.md 2.2, KILDER.md): 2021: 11.698; 2025: 12.770 (2025 udledt, UNCONFIRMED).
    Givet en enlig ansøger født 1975-06-15
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er fyldt30_andre for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-300 | 2021-06 | 11.698,00 |
      | KH-025-301 | 2025-06 | 12.770,00 |

  @akl-25-stk-2
  Abstrakt Scenario: Satsen midt i det første og det sidste år, fyldt 30, forsørger (stk. 2, nr. 1)
    # Som tabellerne ovenfor (danish-law.md 2.2, KILDER.md): 2021: 15.547; 2025: 16.972 (2025 udledt, UNCONFIRMED).
    Givet en enlig ansøger født 1975-06-15
    Og husstanden har et barn født 2016-06-01
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er fyldt30_forsoerger for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-302 | 2021-06 | 15.547,00 |
      | KH-025-303 | 2025-06 | 16.972,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Satsen midt i det første og det sidste år, under 30, enlig forsørger (stk. 3, nr. 1)
    # Som tabellerne ovenfor (danish-law.md 2.2, KILDER.md): 2021: 14.860; 2025: 16.222 (2025 udledt, UNCONFIRMED).
    Givet en enlig ansøger på 26 år
    Og husstanden har et barn født 2019-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er u30_enlig_forsoerger for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-304 | 2021-06 | 14.860,00 |
      | KH-025-305 | 2025-06 | 16.222,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Satsen midt i det første og det sidste år, under 30, forsørger uden ret til ekstra børnetilskud (stk. 3, nr. 2)
    # Som tabellerne ovenfor (danish-law.md 2.2, KILDER.md): 2021: 10.396; 2025: 11.349 (2025 udledt, UNCONFIRMED).
    Givet en enlig ansøger på 26 år
    Og husstanden har et barn født 2019-06-01
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er u30_forsoerger_uden_ekstra_boernetilskud for <måned>

    Eksempler:
      | id         | måned   | beløb     |
      | KH-025-306 | 2021-06 | 10.396,00 |
      | KH-025-307 | 2025-06 | 11.349,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Satsen midt i det første og det sidste år, under 30, udeboende (stk. 3, nr. 6 og 8)
    # Som tabellerne ovenfor (danish-law.md 2.2, KILDER.md): 2021: 7.541; 2025: 8.231 (2025 udledt, UNCONFIRMED).
    Givet en enlig ansøger på 26 år uden børn
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er u30_udeboende for <måned>

    Eksempler:
      | id         | måned   | beløb    |
      | KH-025-308 | 2021-06 | 7.541,00 |
      | KH-025-309 | 2025-06 | 8.231,00 |

  @akl-25-stk-3
  Abstrakt Scenario: Satsen midt i det første og det sidste år, under 30, hjemmeboende (stk. 3, nr. 7 og 9)
    # Som tabellerne ovenfor (danish-law.md 2.2, KILDER.md): 2021: 3.639; 2025: 3.972 (2025 udledt, UNCONFIRMED).
    Givet en enlig ansøger på 26 år uden børn
    Og ansøgeren bor hjemme hos sine forældre
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens sats er <beløb> kr. for <måned>
    Og ansøgerens satskategori er u30_hjemmeboende for <måned>

    Eksempler:
      | id         | måned   | beløb    |
      | KH-025-310 | 2021-06 | 3.639,00 |
      | KH-025-311 | 2025-06 | 3.972,00 |

  @id:KH-025-987 @akl-25-stk-3
  Scenarie: Barnet født samme dag, som hun passerede 12. svangerskabsuge: graviditeten er slut måneden efter
    # Randtilfælde i data: den dag, sagen angiver som 12. svangerskabsuge (2023-05-10), er også barnets fødselsdag.
    # § 25, stk. 3, nr. 3 gælder 'gravide, der har passeret 12. svangerskabsuge'; efter fødslen er hun ikke gravid.
    # 24 år, uddannet, enlig, udeboende, ingen ret til ekstra børnetilskud. Maj 2023: den 1. maj hverken gravid efter
    # 12. uge eller forsørger: § 25, stk. 3, nr. 8: 7.699 kr. Juni: barnet er født (tæller, FT-KH-FORSOERGER), og
    # fødslen 2023-05-10 har afsluttet graviditeten: forsørger uden ret til ekstra børnetilskud, § 25, stk. 3, nr. 2:
    # 10.615 kr. (ikke nr. 3 = 11.944). Bm.dk 2023. I alt 18.314,00 kr.
    Givet en enlig ansøger født 1999-02-02
    Og ansøgeren passerede 12. svangerskabsuge 2023-05-10
    Og husstanden har et barn født 2023-05-10
    Når sagen afgøres for 2023-05 til 2023-06
    Så udbetales 7.699,00 kr. for 2023-05
    Og ansøgerens satskategori er u30_udeboende for 2023-05
    Og der udbetales 10.615,00 kr. for 2023-06
    Og ansøgerens satskategori er u30_forsoerger_uden_ekstra_boernetilskud for 2023-06
    Og der er udbetalt 18.314,00 kr. i alt

  @id:KH-025-652 @akl-25-stk-3
  Scenarie: Barnet født samme dag, som hun passerede 12. svangerskabsuge, i 2024
    # Samme randtilfælde som KH-025-987 (2024): 12. svangerskabsuge og barnets fødselsdag er begge 2024-08-14.
    # 24 år, uddannet, enlig, udeboende, ingen ret til ekstra børnetilskud. August: den 1. august hverken gravid efter
    # 12. uge eller forsørger: § 25, stk. 3 (udeboende under 30) 2024: 7.945 kr. (UNCONFIRMED, KILDER.md).
    # September: barnet er født, og fødslen 2024-08-14 har afsluttet graviditeten: forsørger uden ret til ekstra
    # børnetilskud, § 25, stk. 3, nr. 2 (2024): 10.955 kr. (UNCONFIRMED). I alt 7.945 + 10.955 = 18.900,00 kr.
    Givet en enlig ansøger født 2000-03-03
    Og ansøgeren passerede 12. svangerskabsuge 2024-08-14
    Og husstanden har et barn født 2024-08-14
    Når sagen afgøres for 2024-08 til 2024-09
    Så udbetales 7.945,00 kr. for 2024-08
    Og ansøgerens satskategori er u30_udeboende for 2024-08
    Og der udbetales 10.955,00 kr. for 2024-09
    Og ansøgerens satskategori er u30_forsoerger_uden_ekstra_boernetilskud for 2024-09
    Og der er udbetalt 18.900,00 kr. i alt

  @id:KH-025-653 @akl-25-stk-3
  Scenarie: Barnet født samme dag, som hun passerede 12. svangerskabsuge, i 2022
    # Samme randtilfælde (2022): 12. svangerskabsuge og fødselsdag 2022-02-07. 23 år, uddannet, enlig, udeboende,
    # ingen ret til ekstra børnetilskud. Februar: den 1. februar hverken gravid efter 12. uge eller forsørger: 7.552 kr.
    # (bm.dk 2022). Marts: barnet er født og graviditeten slut: forsørger uden ret til ekstra børnetilskud, § 25,
    # stk. 3, nr. 2 (2022): 10.412 kr. I alt 7.552 + 10.412 = 17.964,00 kr.
    Givet en enlig ansøger født 1998-11-20
    Og ansøgeren passerede 12. svangerskabsuge 2022-02-07
    Og husstanden har et barn født 2022-02-07
    Når sagen afgøres for 2022-02 til 2022-03
    Så udbetales 7.552,00 kr. for 2022-02
    Og ansøgerens satskategori er u30_udeboende for 2022-02
    Og der udbetales 10.412,00 kr. for 2022-03
    Og ansøgerens satskategori er u30_forsoerger_uden_ekstra_boernetilskud for 2022-03
    Og der er udbetalt 17.964,00 kr. i alt
