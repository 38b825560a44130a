# language: da
@alvor:A
Egenskab: Kontanthjælpens satser og tillæg fra 1. juli 2025 (aktivloven §§ 16-19)
  Mindstesats, grundsats, forhøjet sats og hjemmeboendesats, med børnetillæg (§ 17), tillæg til enlige
  forsørgere og til enlige (§ 18) og særligt ungetillæg (§ 19). Faktaark: danish-law.md 2.5 og KILDER.md
  (§ 16-beløbene 6.789 / 7.205 / 12.498 kr. er UNCONFIRMED, udledt af aftalens 2024-niveau x 1,036; tillæggene
  2.784 / 1.638 / 1.092 og 1.036 / 2.590 kr. efter kalundborg.dk). Fortolkninger: FT-KH-KATEGORI-FRA,
  FT-KH-BOERNETILLAEG, FT-KH-ENLIG, FT-KH-UNGETILLAEG, FT-KH-ALDER. Satsen for hjemmeboende er ikke fundet, så
  der er ingen scenarier med den (referencen afviser sådanne måneder).

  @id:KH-016-001 @akl-16 @akl-18
  Scenarie: Forhøjet sats og tillæg til enlige for en enlig over 30
    Givet en enlig ansøger født 1980-05-05
    Når sagen afgøres for 2025-08
    Så udbetales 13.590,00 kr. for 2025-08
    Og ansøgerens sats er 12.498,00 kr. for 2025-08
    Og ansøgeren får tillæg til enlige på 1.092,00 kr. for 2025-08

  @id:KH-016-002 @akl-16-stk-2
  Scenarie: Mindstesats, når opholds- og beskæftigelseskravet ikke er opfyldt, og intet tillæg til enlige
    Givet en enlig ansøger født 1980-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Når sagen afgøres for 2025-09
    Så udbetales 6.789,00 kr. for 2025-09
    Og ansøgeren får ikke tillæg til enlige for 2025-09

  @id:KH-016-003 @akl-16-stk-1 @akl-18
  Scenarie: Grundsats for en enlig mellem 25 og 30 uden 2½ års beskæftigelse
    Givet en enlig ansøger født 1999-03-10
    Når sagen afgøres for 2025-08
    Så udbetales 8.297,00 kr. for 2025-08
    Og ansøgerens sats er 7.205,00 kr. for 2025-08

  @id:KH-016-004 @akl-16-stk-1 @akl-18
  Scenarie: Forhøjet sats for en 25-29-årig med 2½ års beskæftigelse
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren har haft ordinær fuldtidsbeskæftigelse i 2½ år inden for de seneste 10 år
    Når sagen afgøres for 2025-08
    Så udbetales 13.590,00 kr. for 2025-08

  @id:KH-016-005 @akl-16-stk-1 @akl-18
  Scenarie: Under 25 giver grundsats, også med 2½ års beskæftigelse
    Givet en enlig ansøger født 2002-01-01
    Og ansøgeren har haft ordinær fuldtidsbeskæftigelse i 2½ år inden for de seneste 10 år
    Når sagen afgøres for 2025-08
    Så udbetales 8.297,00 kr. for 2025-08

  @id:KH-016-006 @akl-16 @akl-18
  Scenarie: Satserne for 2026
    Givet en enlig ansøger født 1980-05-05
    # 2026 (KILDER.md, UNCONFIRMED, FT-KH-SATSREGULERING: 2025 x 22.041/21.092): forhøjet sats 12.498 -> 13.060,33 ->
    # 13.060 + tillæg til enlige 1.092 -> 1.141,13 -> 1.141 = 14.201.
    Når sagen afgøres for 2026-02
    Så udbetales 14.201,00 kr. for 2026-02

  @id:KH-016-007 @akl-16
  Scenarie: Ægtepar over 30 uden børn: forhøjet sats til hver og intet tillæg til enlige
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Når sagen afgøres for 2025-08
    Så udbetales 24.996,00 kr. for 2025-08
    Og ægtefællen får ikke tillæg til enlige for 2025-08

  @id:KH-017-001 @akl-17
  Scenarie: Børnetillæg til en forsørger på forhøjet sats
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Når sagen afgøres for 2025-08
    Så udbetales 15.282,00 kr. for 2025-08
    Og ansøgeren får børnetillæg på 2.784,00 kr. for 2025-08
    Og ansøgeren får ikke tillæg til enlige forsørgere for 2025-08

  @id:KH-017-002 @akl-17
  Scenarie: Ét børnetillæg uanset antallet af børn
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og husstanden har et barn født 2019-06-01
    Når sagen afgøres for 2025-08
    Så udbetales 15.282,00 kr. for 2025-08

  @id:KH-018-001 @akl-17 @akl-18 @akl-19
  Scenarie: Grundsats, børnetillæg, tillæg til enlige forsørgere og særligt ungetillæg
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren er aktivitetsparat
    Og husstanden har et barn født 2020-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når sagen afgøres for 2025-08
    Så udbetales 14.217,00 kr. for 2025-08
    Og ansøgeren får tillæg til enlige forsørgere på 1.638,00 kr. for 2025-08
    Og ansøgeren får særligt ungetillæg på 2.590,00 kr. for 2025-08

  @id:KH-019-001 @akl-19-stk-3
  Scenarie: Særligt ungetillæg til en aktivitetsparat under 25
    Givet en enlig ansøger født 2002-01-01
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2025-08
    Så udbetales 9.333,00 kr. for 2025-08

  @id:KH-019-002 @akl-19-stk-3
  Scenarie: Særligt ungetillæg til en aktivitetsparat mellem 25 og 30
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2025-08
    Så udbetales 10.887,00 kr. for 2025-08

  @id:KH-019-003 @akl-19
  Scenarie: Intet særligt ungetillæg på mindstesats
    Givet en enlig ansøger født 2002-01-01
    Og ansøgeren er aktivitetsparat
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Når sagen afgøres for 2025-08
    Så udbetales 6.789,00 kr. for 2025-08
    Og ansøgeren får ikke særligt ungetillæg for 2025-08

  @akl-16 @akl-18
  Abstrakt Scenario: Forhøjet sats og tillæg til enlige i den første måned af hver periode
    # § 16, stk. 1, nr. 2 og § 18. Beløbene (KILDER.md, 'From 1 July 2025'): 1.7.2025 forhøjet sats 12.498 (UNCONFIRMED,
    # aftalens 2024-niveau 12.064 x 1,036 = 12.498,30 -> 12.498), tillæg til enlige 1.092 (kalundborg.dk). 2026 udledt
    # (UNCONFIRMED, FT-KH-SATSREGULERING) = 2025 x 22.041 / 21.092 (maksimal dagpengesats 2026 / 2025): 12.498 x
    # 22.041/21.092 = 13.060,33 -> 13.060; 1.092 x 22.041/21.092 = 1.141,13 -> 1.141. Over 30, enlig, ingen børn, ingen
    # indtægt. 2025-07: 12.498 + 1.092 = 13.590. 2026-01: 13.060 + 1.141 = 14.201.
    Givet en enlig ansøger født 1970-01-01
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får tillæg til enlige på <enlig> kr. for <måned>
    Og ansøgerens satskategori er forhoejet for <måned>

    Eksempler:
      | id         | måned   | sats      | enlig    | i alt     |
      | KH-016-360 | 2025-07 | 12.498,00 | 1.092,00 | 13.590,00 |
      | KH-016-361 | 2026-01 | 13.060,00 | 1.141,00 | 14.201,00 |

  @akl-16-stk-2 @akl-17 @akl-18
  Abstrakt Scenario: Mindstesats med børnetillæg og tillæg til enlige forsørgere i den første måned af hver periode
    # § 16, stk. 2 (opholds- og beskæftigelseskravet ikke opfyldt), § 17 og § 18 (enlig forsørger med ret til ekstra
    # børnetilskud, på mindste- eller grundsats). 1.7.2025: mindstesats 6.553 x 1,036 = 6.788,91 -> 6.789 (UNCONFIRMED);
    # børnetillæg 2.784 og tillæg til enlige forsørgere 1.638 (kalundborg.dk). 2026 (UNCONFIRMED, x 22.041/21.092):
    # 6.789 -> 7.094,46 -> 7.094; 2.784 -> 2.909,26 -> 2.909; 1.638 -> 1.711,70 -> 1.712.
    # 2025-07: 6.789 + 2.784 + 1.638 = 11.211. 2026-01: 7.094 + 2.909 + 1.712 = 11.715.
    Givet en enlig ansøger født 1980-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Og husstanden har et barn født 2015-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får børnetillæg på <børnetillæg> kr. for <måned>
    Og ansøgeren får tillæg til enlige forsørgere på <enlig forsørger> kr. for <måned>
    Og ansøgerens satskategori er mindstesats for <måned>

    Eksempler:
      | id         | måned   | sats     | børnetillæg | enlig forsørger | i alt     |
      | KH-016-362 | 2025-07 | 6.789,00 | 2.784,00    | 1.638,00        | 11.211,00 |
      | KH-016-363 | 2026-01 | 7.094,00 | 2.909,00    | 1.712,00        | 11.715,00 |

  @akl-16-stk-1 @akl-18 @akl-19-stk-3
  Abstrakt Scenario: Grundsats, tillæg til enlige og særligt ungetillæg under 25 i den første måned af hver periode
    # 22 år, enlig, ingen børn, aktivitetsparat: § 16, stk. 1, nr. 1, § 18 og § 19, stk. 3, nr. 1. 1.7.2025: grundsats
    # 6.955 x 1,036 = 7.205,38 -> 7.205 (UNCONFIRMED); tillæg til enlige 1.092; ungetillæg 1.000 (2024-niveau, elov.dk)
    # = 1.036 (kalundborg.dk). 2026 (UNCONFIRMED, x 22.041/21.092): 7.205 -> 7.529,18 -> 7.529; 1.092 -> 1.141,13 ->
    # 1.141; 1.036 -> 1.082,61 -> 1.083. 2025-07: 7.205 + 1.092 + 1.036 = 9.333. 2026-01: 7.529 + 1.141 + 1.083 = 9.753.
    Givet en enlig ansøger på 22 år uden børn
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får tillæg til enlige på <enlig> kr. for <måned>
    Og ansøgeren får særligt ungetillæg på <unge> kr. for <måned>
    Og ansøgerens satskategori er grundsats for <måned>

    Eksempler:
      | id         | måned   | sats     | enlig    | unge     | i alt    |
      | KH-019-364 | 2025-07 | 7.205,00 | 1.092,00 | 1.036,00 | 9.333,00 |
      | KH-019-365 | 2026-01 | 7.529,00 | 1.141,00 | 1.083,00 | 9.753,00 |

  @akl-16-stk-1 @akl-18 @akl-19-stk-3
  Abstrakt Scenario: Grundsats, tillæg til enlige og særligt ungetillæg 25-29 år i den første måned af hver periode
    # 27 år, enlig, ingen børn, uden 2½ års beskæftigelse, aktivitetsparat: § 16, stk. 1, nr. 1, § 18 og § 19, stk. 3,
    # nr. 2: ungetillæg 2.500 (2024-niveau) = 2.590 (kalundborg.dk); 2026: 2.590 x 22.041/21.092 = 2.706,53 -> 2.707.
    # 2025-07: 7.205 + 1.092 + 2.590 = 10.887. 2026-01: 7.529 + 1.141 + 2.707 = 11.377.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får tillæg til enlige på <enlig> kr. for <måned>
    Og ansøgeren får særligt ungetillæg på <unge> kr. for <måned>
    Og ansøgerens satskategori er grundsats for <måned>

    Eksempler:
      | id         | måned   | sats     | enlig    | unge     | i alt     |
      | KH-019-366 | 2025-07 | 7.205,00 | 1.092,00 | 2.590,00 | 10.887,00 |
      | KH-019-367 | 2026-01 | 7.529,00 | 1.141,00 | 2.707,00 | 11.377,00 |

  @akl-16-stk-1 @akl-17 @akl-18 @akl-19-stk-3
  Abstrakt Scenario: Grundsats for en ung enlig forsørger med alle tre tillæg i den første måned af hver periode
    # 24 år, enlig, ét barn, ret til ekstra børnetilskud, aktivitetsparat: grundsats (§ 16, stk. 1, nr. 1), børnetillæg
    # (§ 17), tillæg til enlige forsørgere (§ 18) og særligt ungetillæg for forsørgere (§ 19, stk. 3, nr. 3: 2.500
    # 2024-niveau = 2.590; 2026: 2.707). 2025-07: 7.205 + 2.784 + 1.638 + 2.590 = 14.217.
    # 2026-01 (x 22.041/21.092): 7.529 + 2.909 + 1.712 + 2.707 = 14.857.
    Givet en enlig ansøger på 24 år
    Og husstanden har et barn født 2020-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får børnetillæg på <børnetillæg> kr. for <måned>
    Og ansøgeren får tillæg til enlige forsørgere på <enlig forsørger> kr. for <måned>
    Og ansøgeren får særligt ungetillæg på <unge> kr. for <måned>
    Og ansøgeren får ikke tillæg til enlige for <måned>

    Eksempler:
      | id         | måned   | sats     | børnetillæg | enlig forsørger | unge     | i alt     |
      | KH-019-368 | 2025-07 | 7.205,00 | 2.784,00    | 1.638,00        | 2.590,00 | 14.217,00 |
      | KH-019-369 | 2026-01 | 7.529,00 | 2.909,00    | 1.712,00        | 2.707,00 | 14.857,00 |

  @akl-16 @akl-17
  Abstrakt Scenario: Forhøjet sats med børnetillæg, men uden tillæg til enlige forsørgere, i den første måned af hver periode
    # Over 30, enlig, ét barn, ret til ekstra børnetilskud: forhøjet sats + børnetillæg (§ 17); tillægget til enlige
    # forsørgere gives kun på mindste- og grundsats (§ 18; kalundborg.dk), og tillægget til enlige kun til
    # ikke-forsørgere. 2025-07: 12.498 + 2.784 = 15.282. 2026-01 (x 22.041/21.092): 13.060 + 2.909 = 15.969.
    Givet en enlig ansøger født 1970-01-01
    Og husstanden har et barn født 2015-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får børnetillæg på <børnetillæg> kr. for <måned>
    Og ansøgeren får ikke tillæg til enlige forsørgere for <måned>
    Og ansøgeren får ikke tillæg til enlige for <måned>

    Eksempler:
      | id         | måned   | sats      | børnetillæg | i alt     |
      | KH-017-370 | 2025-07 | 12.498,00 | 2.784,00    | 15.282,00 |
      | KH-017-371 | 2026-01 | 13.060,00 | 2.909,00    | 15.969,00 |

  @id:KH-016-300 @akl-16-stk-1 @akl-19-stk-3
  Scenarie: Fyldt 30: fra grundsats med ungetillæg til forhøjet sats måneden efter 30-årsdagen
    # Født 1995-08-15, udeboende, aktivitetsparat, uden 2½ års beskæftigelse. August 2025: 29 år den 2025-07-31 ->
    # grundsats 7.205 + tillæg til enlige 1.092 + særligt ungetillæg 25-29 år 2.590 = 10.887 kr. September: 30 år den
    # 2025-08-31 -> forhøjet sats 12.498 + 1.092 = 13.590 kr., intet ungetillæg (§ 19 kun under 30 på grund- eller
    # hjemmeboendesats). Beløb: KILDER.md (§ 16 UNCONFIRMED, tillæg kalundborg.dk).
    Givet en enlig ansøger født 1995-08-15
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2025-08 til 2025-09
    Så udbetales 10.887,00 kr. for 2025-08
    Og ansøgeren får særligt ungetillæg på 2.590,00 kr. for 2025-08
    Og der udbetales 13.590,00 kr. for 2025-09
    Og ansøgerens sats er 12.498,00 kr. for 2025-09
    Og ansøgeren får ikke særligt ungetillæg for 2025-09

  @id:KH-016-301 @akl-16-stk-1
  Scenarie: Hjemmeboende, der er fyldt 30, får forhøjet sats
    # Født 1995-08-15, bor hos forældrene, aktivitetsparat. September 2025: 30 år den 2025-08-31; satsen for hjemmeboende
    # gælder kun under 30 (§ 16, stk. 1, nr. 3), så forhøjet sats 12.498 + tillæg til enlige 1.092 = 13.590 kr.
    Givet en enlig ansøger født 1995-08-15
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2025-09
    Så udbetales 13.590,00 kr. for 2025-09
    Og ansøgerens satskategori er forhoejet for 2025-09

  @id:KH-016-302 @akl-16-stk-1
  Scenarie: 25-årig med 2½ års beskæftigelse: forhøjet sats fra måneden efter 25-årsdagen
    # Født 2000-08-15, 2½ års ordinær fuldtidsbeskæftigelse. August 2025: 24 år -> grundsats 7.205 + tillæg til enlige
    # 1.092 = 8.297 kr.; september: 25 år den 2025-08-31 -> forhøjet sats (§ 16, stk. 1, nr. 2) 12.498 + 1.092 =
    # 13.590 kr.
    Givet en enlig ansøger født 2000-08-15
    Og ansøgeren har haft ordinær fuldtidsbeskæftigelse i 2½ år inden for de seneste 10 år
    Når sagen afgøres for 2025-08 til 2025-09
    Så udbetales 8.297,00 kr. for 2025-08
    Og ansøgerens satskategori er grundsats for 2025-08
    Og der udbetales 13.590,00 kr. for 2025-09
    Og ansøgerens satskategori er forhoejet for 2025-09

  @id:KH-019-300 @akl-19-stk-3
  Scenarie: Særligt ungetillæg skifter fra under 25 til 25-29 år måneden efter 25-årsdagen
    # Født 2000-08-15, aktivitetsparat, uden 2½ års beskæftigelse. August 2025: 24 år -> 7.205 + 1.092 + 1.036 (§ 19,
    # stk. 3, nr. 1) = 9.333 kr.; september: 25 år -> 7.205 + 1.092 + 2.590 (nr. 2) = 10.887 kr. (kalundborg.dk).
    Givet en enlig ansøger født 2000-08-15
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2025-08 til 2025-09
    Så udbetales 9.333,00 kr. for 2025-08
    Og ansøgeren får særligt ungetillæg på 1.036,00 kr. for 2025-08
    Og der udbetales 10.887,00 kr. for 2025-09
    Og ansøgeren får særligt ungetillæg på 2.590,00 kr. for 2025-09

  @id:KH-017-300 @akl-17
  Scenarie: Ægtepar, der begge er forsørgere, får hver sit børnetillæg
    # Begge over 30, ét barn, ingen indtægt, august 2025: hver forhøjet sats 12.498 + børnetillæg 2.784 = 15.282 kr.;
    # intet tillæg til enlige. I alt 30.564,00 kr. At begge ægtefæller får ét børnetillæg er FT-KH-BOERNETILLAEG
    # (UNCONFIRMED; kalundborg.dk: 'ét børnetillæg, uanset antallet af børn').
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og husstanden har et barn født 2016-01-01
    Når sagen afgøres for 2025-08
    Så udbetales 30.564,00 kr. for 2025-08
    Og ansøgeren får børnetillæg på 2.784,00 kr. for 2025-08
    Og ægtefællen får børnetillæg på 2.784,00 kr. for 2025-08
    Og ægtefællen får ikke tillæg til enlige for 2025-08

  @id:KH-016-303 @akl-16-stk-1 @akl-17 @akl-18
  Scenarie: Hjemmeboende under 30 med eget barn får grundsats, ikke hjemmeboendesatsen
    # 24 år, bor hos forældrene med sit barn, ret til ekstra børnetilskud, ikke aktivitetsparat. Satsen for hjemmeboende
    # gælder kun uden eget barn i hjemmet (danish-law.md 2.5), så grundsats (§ 16, stk. 1, nr. 1) 7.205 + børnetillæg
    # 2.784 + tillæg til enlige forsørgere 1.638 = 11.627,00 kr. (KILDER.md; § 16 UNCONFIRMED, tillæg kalundborg.dk).
    Givet en enlig ansøger på 24 år
    Og ansøgeren bor hjemme hos sine forældre
    Og husstanden har et barn født 2020-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når sagen afgøres for 2025-08
    Så udbetales 11.627,00 kr. for 2025-08
    Og ansøgerens satskategori er grundsats for 2025-08
    Og ansøgeren får tillæg til enlige forsørgere på 1.638,00 kr. for 2025-08

  @id:KH-018-800 @akl-16 @akl-18
  Scenarie: Samlevende over 30 fra juli 2025: forhøjet sats uden tillæg til enlige
    # FT-KH-ENLIG / FT-KH-SAMLEVENDE: samlevende er ikke enlige, så § 18's tillæg til enlige gives ikke.
    # Ansøgeren er 45 år (fyldt 30): forhøjet sats § 16, stk. 1, nr. 2 = 12.498,00 kr. (2025, UNCONFIRMED).
    # Samleveren søger ikke og har ingen indtægt. Udbetales 12.498,00 kr. (den alternative læsning: + 1.092 = 13.590).
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-05-05
    Og samleveren søger ikke hjælp
    Når sagen afgøres for 2025-08
    Så udbetales 12.498,00 kr. for 2025-08
    Og ansøgerens sats er 12.498,00 kr. for 2025-08
    Og ansøgeren får ikke tillæg til enlige for 2025-08

  @id:KH-018-801 @akl-16 @akl-18
  Scenarie: To samlevende over 30 på hjælp fra juli 2025: forhøjet sats til hver, ingen tillæg til enlige
    # Begge fyldt 30: forhøjet sats 12.498,00 kr. hver (2025, UNCONFIRMED); ingen tillæg til enlige (FT-KH-ENLIG).
    # Udbetales 2 x 12.498,00 = 24.996,00 kr. (den alternative læsning: 2 x 13.590 = 27.180).
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-05-05
    Når sagen afgøres for 2025-09
    Så udbetales 24.996,00 kr. for 2025-09
    Og ansøgeren får ikke tillæg til enlige for 2025-09
    Og samleveren får ikke tillæg til enlige for 2025-09

  @id:KH-018-806 @akl-16 @akl-18
  Scenarie: Samlevende 25-29-årig på grundsats fra juli 2025: intet tillæg til enlige
    # 26 år (født 1999-03-10), ikke aktivitetsparat, uden 2½ års beskæftigelse: grundsats § 16, stk. 1, nr. 1 =
    # 7.205,00 kr. (2025, UNCONFIRMED). Samlevende er ikke enlige (FT-KH-ENLIG): intet tillæg til enlige.
    # Udbetales 7.205,00 kr. (den alternative læsning: + 1.092 = 8.297, som KH-016-003 for en enlig).
    Givet et samlevende par, hvor ansøgeren er født 1999-03-10 og samleveren er født 1998-01-01
    Og samleveren søger ikke hjælp
    Når sagen afgøres for 2025-10
    Så udbetales 7.205,00 kr. for 2025-10
    Og ansøgerens sats er 7.205,00 kr. for 2025-10
    Og ansøgeren får ikke tillæg til enlige for 2025-10

  @id:KH-019-811 @akl-16-stk-2 @akl-19
  Scenarie: Aktivitetsparat under 25 på mindstesats: intet særligt ungetillæg
    # FT-KH-UNGETILLAEG: § 19's ungetillæg gives på grundsats (og hjemmeboendesats), ikke på mindstesats. 23 år (født
    # 2002-01-01), aktivitetsparat, opfylder ikke opholds- og beskæftigelseskravet: mindstesats 6.789,00 kr. (2025,
    # UNCONFIRMED, som KH-016-002); intet tillæg til enlige på mindstesats (§ 18). Udbetales 6.789,00 kr.
    Givet en enlig ansøger født 2002-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2025-08
    Så udbetales 6.789,00 kr. for 2025-08
    Og ansøgerens sats er 6.789,00 kr. for 2025-08

  @id:KH-019-815 @akl-16-stk-2 @akl-19
  Scenarie: Aktivitetsparat 25-29-årig på mindstesats: intet særligt ungetillæg
    # FT-KH-UNGETILLAEG: ingen § 19-tillæg på mindstesats. 27 år (født 1998-01-01), aktivitetsparat, opfylder ikke
    # opholds- og beskæftigelseskravet: mindstesats 6.789,00 kr. (2025, UNCONFIRMED); intet tillæg til enlige (§ 18).
    Givet en enlig ansøger født 1998-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2025-09
    Så udbetales 6.789,00 kr. for 2025-09

  @akl-16-stk-1 @akl-18 @akl-19-stk-3
  Abstrakt Scenario: Særligt ungetillæg under 25 i 2026
    # 22 år, enlig, ingen børn, aktivitetsparat. 2026 (UNCONFIRMED, 2025 x 22.041/21.092): grundsats 7.529, tillæg til
    # enlige 1.141, ungetillæg 1.036 -> 1.082,61 -> 1.083. 7.529 + 1.141 + 1.083 = 9.753,00 kr.
    Givet en enlig ansøger på 22 år uden børn
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for <måned>
    Så udbetales 9.753,00 kr. for <måned>
    Og ansøgeren får særligt ungetillæg på 1.083,00 kr. for <måned>

    Eksempler:
      | id         | måned   |
      | KH-019-301 | 2026-03 |
      | KH-019-302 | 2026-06 |

  @akl-16-stk-1 @akl-18 @akl-19-stk-3
  Abstrakt Scenario: Særligt ungetillæg 25-29 år i 2026
    # 27 år, enlig, ingen børn, aktivitetsparat, uden 2½ års beskæftigelse. 2026 (UNCONFIRMED): ungetillæg 2.590 x
    # 22.041/21.092 = 2.706,53 -> 2.707. 7.529 + 1.141 + 2.707 = 11.377,00 kr.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for <måned>
    Så udbetales 11.377,00 kr. for <måned>
    Og ansøgeren får særligt ungetillæg på 2.707,00 kr. for <måned>

    Eksempler:
      | id         | måned   |
      | KH-019-303 | 2026-03 |
      | KH-019-304 | 2026-06 |

  @akl-16-stk-1 @akl-17 @akl-18 @akl-19-stk-3
  Abstrakt Scenario: Særligt ungetillæg til en ung forsørger i 2026
    # 24 år, enlig, ét barn, ret til ekstra børnetilskud, aktivitetsparat. 2026 (UNCONFIRMED, x 22.041/21.092):
    # grundsats 7.529, børnetillæg 2.909, tillæg til enlige forsørgere 1.712, ungetillæg (forsørger) 2.707: i alt
    # 14.857,00 kr.
    Givet en enlig ansøger på 24 år
    Og husstanden har et barn født 2020-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for <måned>
    Så udbetales 14.857,00 kr. for <måned>
    Og ansøgeren får særligt ungetillæg på 2.707,00 kr. for <måned>
    Og ansøgeren får børnetillæg på 2.909,00 kr. for <måned>

    Eksempler:
      | id         | måned   |
      | KH-019-305 | 2026-03 |
      | KH-019-306 | 2026-06 |

  @id:KH-019-979 @akl-17 @akl-19-stk-3
  Scenarie: Ægtepar under 30 med et barn: hver sit børnetillæg og særlige ungetillæg for forsørgere, december til januar
    # Ansøgeren 25 år (født 2000-03-10), ægtefællen 24 år (født 2001-05-20), ét barn, begge aktivitetsparate, uden 2½ års
    # beskæftigelse: grundsats (§ 16, stk. 1, nr. 1) + børnetillæg (§ 17; hver sit, FT-KH-BOERNETILLAEG) + særligt
    # ungetillæg for forsørgere (§ 19, stk. 3, nr. 3); gift, så intet tillæg til enlige forsørgere (§ 18).
    # December 2025: 7.205 + 2.784 + 2.590 = 12.579 hver, 25.158. Januar 2026 (KILDER.md, UNCONFIRMED):
    # 7.529 + 2.909 + 2.707 = 13.145 hver, 26.290. I alt 51.448,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 2000-03-10 og ægtefællen er født 2001-05-20
    Og husstanden har et barn født 2023-06-01
    Og ansøgeren er aktivitetsparat
    Og ægtefællen er aktivitetsparat
    Når sagen afgøres for 2025-12 til 2026-01
    Så udbetales 25.158,00 kr. for 2025-12
    Og ansøgeren får særligt ungetillæg på 2.590,00 kr. for 2025-12
    Og ægtefællen får særligt ungetillæg på 2.590,00 kr. for 2025-12
    Og ægtefællen får børnetillæg på 2.784,00 kr. for 2025-12
    Og der udbetales 26.290,00 kr. for 2026-01
    Og ansøgeren får særligt ungetillæg på 2.707,00 kr. for 2026-01
    Og ægtefællen får børnetillæg på 2.909,00 kr. for 2026-01
    Og ægtefællen får ikke tillæg til enlige forsørgere for 2026-01
    Og der er udbetalt 51.448,00 kr. i alt

  @id:KH-019-980 @akl-19-stk-3
  Scenarie: Ægtepar under 30: 25-årsdag den 31. december giver ungetillægget for 25-29 år fra januar
    # Begge aktivitetsparate, ingen børn, uden 2½ års beskæftigelse, gift (intet tillæg til enlige). Ansøgeren er født
    # 2000-12-31: den 30. november 2025 er hun 24, den 31. december 2025 fyldt 25 (FT-KH-ALDER). Ægtefællen er 22 år.
    # December 2025: 7.205 + 1.036 (§ 19, stk. 3, nr. 1) = 8.241 hver, 16.482. Januar 2026: ansøgeren 7.529 + 2.707
    # (nr. 2) = 10.236; ægtefællen 7.529 + 1.083 (nr. 1) = 8.612; 18.848. I alt 35.330,00 kr. (KILDER.md).
    Givet et ægtepar, hvor ansøgeren er født 2000-12-31 og ægtefællen er født 2003-04-10
    Og ansøgeren er aktivitetsparat
    Og ægtefællen er aktivitetsparat
    Når sagen afgøres for 2025-12 til 2026-01
    Så udbetales 16.482,00 kr. for 2025-12
    Og ansøgeren får særligt ungetillæg på 1.036,00 kr. for 2025-12
    Og der udbetales 18.848,00 kr. for 2026-01
    Og ansøgeren får særligt ungetillæg på 2.707,00 kr. for 2026-01
    Og ægtefællen får særligt ungetillæg på 1.083,00 kr. for 2026-01
    Og der er udbetalt 35.330,00 kr. i alt

  @id:KH-016-981 @akl-16-stk-1 @akl-19-stk-3
  Scenarie: Ægtepar: 30-årsdag den 1. januar giver forhøjet sats fra februar; den 30-årige ægtefælle har forhøjet sats
    # Ansøgeren er født 1996-01-01, aktivitetsparat: den 31. december 2025 er han 29 (FT-KH-ALDER), så januar 2026 er
    # grundsats 7.529 + særligt ungetillæg 25-29 år 2.707 = 10.236; februar er han fyldt 30: forhøjet sats 13.060, intet
    # ungetillæg (§ 19 kun under 30). Ægtefællen er født 1995-09-09 og 30 år: forhøjet sats (§ 16, stk. 1, nr. 2)
    # 13.060. Gift: intet tillæg til enlige. Januar 10.236 + 13.060 = 23.296, februar 2 x 13.060 = 26.120, i alt
    # 49.416,00 kr. (KILDER.md, UNCONFIRMED).
    Givet et ægtepar, hvor ansøgeren er født 1996-01-01 og ægtefællen er født 1995-09-09
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2026-01 til 2026-02
    Så udbetales 23.296,00 kr. for 2026-01
    Og ansøgerens satskategori er grundsats for 2026-01
    Og ægtefællens satskategori er forhoejet for 2026-01
    Og der udbetales 26.120,00 kr. for 2026-02
    Og ansøgerens satskategori er forhoejet for 2026-02
    Og ansøgeren får ikke særligt ungetillæg for 2026-02
    Og der er udbetalt 49.416,00 kr. i alt

  @id:KH-016-982 @akl-16-stk-1 @akl-19-stk-3
  Scenarie: Ægtepar: fyldt 25 den 31. december med 2½ års beskæftigelse giver forhøjet sats fra januar
    # Ansøgeren er født 2000-12-31 og har 2½ års ordinær fuldtidsbeskæftigelse: december 2025 er han 24, grundsats 7.205;
    # januar 2026 fyldt 25 (den 31. december): forhøjet sats (§ 16, stk. 1, nr. 2) 13.060. Ægtefællen er 22 år,
    # aktivitetsparat: grundsats + særligt ungetillæg under 25 (§ 19, stk. 3, nr. 1): december 7.205 + 1.036 = 8.241,
    # januar 7.529 + 1.083 = 8.612. Gift: intet tillæg til enlige. December 15.446, januar 13.060 + 8.612 = 21.672, i
    # alt 37.118,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 2000-12-31 og ægtefællen er født 2003-09-01
    Og ansøgeren har haft ordinær fuldtidsbeskæftigelse i 2½ år inden for de seneste 10 år
    Og ægtefællen er aktivitetsparat
    Når sagen afgøres for 2025-12 til 2026-01
    Så udbetales 15.446,00 kr. for 2025-12
    Og ansøgerens satskategori er grundsats for 2025-12
    Og der udbetales 21.672,00 kr. for 2026-01
    Og ansøgerens sats er 13.060,00 kr. for 2026-01
    Og ansøgerens satskategori er forhoejet for 2026-01
    Og ægtefællen får særligt ungetillæg på 1.083,00 kr. for 2026-01
    Og der er udbetalt 37.118,00 kr. i alt

  @id:KH-017-983 @akl-16-stk-1 @akl-17 @akl-19-stk-3
  Scenarie: Ægtepar med et barn: den unge får ungetillæg for forsørgere, den 25-årige med beskæftigelse forhøjet sats
    # Ansøgeren 23 år (født 2002-07-07), aktivitetsparat: grundsats + børnetillæg + særligt ungetillæg for forsørgere
    # (§ 19, stk. 3, nr. 3). Ægtefællen født 2000-01-01, 25 år, 2½ års beskæftigelse: forhøjet sats (§ 16, stk. 1, nr. 2)
    # + børnetillæg (§ 17, hver sit: FT-KH-BOERNETILLAEG). December 2025: 7.205 + 2.784 + 2.590 = 12.579 og
    # 12.498 + 2.784 = 15.282; 27.861. Januar 2026: 7.529 + 2.909 + 2.707 = 13.145 og 13.060 + 2.909 = 15.969; 29.114.
    # I alt 56.975,00 kr. (KILDER.md; § 16 UNCONFIRMED, tillæg kalundborg.dk, 2026 udledt x 22.041/21.092).
    Givet et ægtepar, hvor ansøgeren er født 2002-07-07 og ægtefællen er født 2000-01-01
    Og husstanden har et barn født 2022-02-02
    Og ansøgeren er aktivitetsparat
    Og ægtefællen har haft ordinær fuldtidsbeskæftigelse i 2½ år inden for de seneste 10 år
    Når sagen afgøres for 2025-12 til 2026-01
    Så udbetales 27.861,00 kr. for 2025-12
    Og ansøgeren får særligt ungetillæg på 2.590,00 kr. for 2025-12
    Og ægtefællens satskategori er forhoejet for 2025-12
    Og ægtefællen får børnetillæg på 2.784,00 kr. for 2025-12
    Og der udbetales 29.114,00 kr. for 2026-01
    Og ansøgeren får særligt ungetillæg på 2.707,00 kr. for 2026-01
    Og ægtefællen får børnetillæg på 2.909,00 kr. for 2026-01
    Og der er udbetalt 56.975,00 kr. i alt

  @id:KH-016-984 @akl-16-stk-1 @akl-18
  Scenarie: Enlig på 30 år, der bor hjemme, får forhøjet sats med tillæg til enlige i december og januar
    # Født 1995-10-20, bor hos forældrene, aktivitetsparat, ingen børn: 30 år, så ikke satsen for hjemmeboende (§ 16,
    # stk. 1, nr. 3, kun under 30) men forhøjet sats (nr. 2) + tillæg til enlige (§ 18); intet ungetillæg.
    # December 2025: 12.498 + 1.092 = 13.590; januar 2026: 13.060 + 1.141 = 14.201; i alt 27.791,00 kr.
    Givet en enlig ansøger født 1995-10-20
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Når sagen afgøres for 2025-12 til 2026-01
    Så udbetales 13.590,00 kr. for 2025-12
    Og ansøgerens satskategori er forhoejet for 2025-12
    Og der udbetales 14.201,00 kr. for 2026-01
    Og ansøgeren får tillæg til enlige på 1.141,00 kr. for 2026-01
    Og ansøgeren får ikke særligt ungetillæg for 2026-01
    Og der er udbetalt 27.791,00 kr. i alt
