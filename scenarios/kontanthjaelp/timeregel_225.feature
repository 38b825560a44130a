# language: da
@akl-13f @akl-13g @alvor:A
Egenskab: 225-timersreglen (aktivloven §§ 13 f og 13 g) — nedsættelse for ugifte, bortfald for en ægtefælle
  Har en person fået hjælp i mindst 12 af de seneste 36 måneder og ikke arbejdet 225 timer i de seneste 12
  måneder, kræver loven nedsættelse (ugifte) eller bortfald af den ene ægtefælles hjælp fra den 1. i måneden
  efter. Nedsættelsen har først virkning fra den 1. i måneden efter en afgørelse med begrundelse. Faktaark:
  danish-law.md 2.1 og KILDER.md (§ 13 g: 1.069 / 534 kr. i 2022 offentliggjort af brk.dk; 1.090 / 544 kr. i 2023 og 1.125 / 561 kr. i 2024
  udledt år for år efter § 109, stk. 2, UNCONFIRMED).
  Fortolkninger: FT-KH-225-OPGOERELSE, FT-KH-225-UGIFT, FT-KH-225-AEGTEPAR, FT-KH-SAMLEVENDE,
  FT-KH-AFGOERELSE-VIRKNING.

  @id:KH-013g-001
  Scenarie: Uden afgørelse udbetales uændret hjælp
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Når sagen afgøres for 2024-03 til 2024-05
    Så udbetales 12.326,00 kr. for 2024-04
    Og ansøgerens hjælp nedsættes ikke for 2024-04
    Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse

  @id:KH-013g-002
  Scenarie: Med afgørelse nedsættes hjælpen fra måneden efter afgørelsen
    # Hjælp i 12 af de 36 måneder før 2024-03 og 0 timer i de 12 før: kravet er ikke opfyldt (§ 13 f, stk. 6-7);
    # loven kræver nedsættelse fra 2024-03, men afgørelsen 2024-03-15 har først virkning fra 2024-04-01.
    # § 13 g, stk. 1, nr. 1 (2024): 1.125 kr. (UNCONFIRMED, KILDER.md: 1.069 (2022, brk.dk) x 11.944/11.716 = 1.089,77 -> 1.090;
    # 1.090 x 12.326/11.944 = 1.124,87 -> 1.125). Hjælp: § 25, stk. 2, nr. 2 (2024) 12.326 - 1.125 = 11.201,00 kr.
    # I alt: 12.326 + 11.201 + 11.201 = 34.728,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-03-15 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03 til 2024-05
    Så udbetales 12.326,00 kr. for 2024-03
    Og der udbetales 11.201,00 kr. for 2024-04
    Og ansøgerens hjælp nedsættes med 1.125,00 kr. for 2024-04 efter 225-timersreglen
    Og nedsættelsen har tidligst virkning fra 2024-04-01
    Og der er udbetalt 34.728,00 kr. i alt

  @id:KH-013g-003 @fvl-22
  Scenarie: En afgørelse uden begrundelse er ikke hjemmel for nedsættelsen
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-02-10 afgørelse om nedsættelse efter 225-timersreglen uden begrundelse
    Når sagen afgøres for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03
    Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse

  @id:KH-013g-004
  Scenarie: En afgørelse den 1. i måneden har først virkning fra måneden efter
    # Afgørelse 2024-04-01: virkning fra 2024-05-01 (FT-KH-AFGOERELSE-VIRKNING); april uændret 12.326,00 kr.
    # § 13 g, stk. 1, nr. 1 (2024): 1.125 kr. (UNCONFIRMED, KILDER.md: 1.069 (2022, brk.dk) x 11.944/11.716 = 1.089,77 -> 1.090;
    # 1.090 x 12.326/11.944 = 1.124,87 -> 1.125). Hjælp: § 25, stk. 2, nr. 2 (2024) 12.326 - 1.125 = 11.201,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-04-01 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03 til 2024-05
    Så udbetales 12.326,00 kr. for 2024-04
    Og der udbetales 11.201,00 kr. for 2024-05

  @id:KH-013g-005
  Scenarie: En afgørelse truffet før måneden, loven kræver nedsættelse fra, har virkning fra lovens måned
    # Afgørelse 2024-02-20: virkning fra 2024-03-01, samme måned som loven kræver nedsættelse fra.
    # § 13 g, stk. 1, nr. 1 (2024): 1.125 kr. (UNCONFIRMED, KILDER.md: 1.069 (2022, brk.dk) x 11.944/11.716 = 1.089,77 -> 1.090;
    # 1.090 x 12.326/11.944 = 1.124,87 -> 1.125). Hjælp: § 25, stk. 2, nr. 2 (2024) 12.326 - 1.125 = 11.201,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03
    Så udbetales 11.201,00 kr. for 2024-03

  @id:KH-013g-006
  Scenarie: 240 timer i de seneste 12 måneder opfylder kravet
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 20 timer om måneden
    Og kommunen traf 2024-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03
    Og ansøgerens hjælp nedsættes ikke for 2024-03

  @id:KH-013g-007
  Scenarie: Præcis 225 timer opfylder kravet
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 18,75 timer om måneden
    Når sagen afgøres for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03
    Og ansøgerens hjælp nedsættes ikke for 2024-03

  @id:KH-013g-008
  Scenarie: Kravet gælder ikke, når ansøgeren har fået hjælp i under 12 af de seneste 36 måneder
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-06 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03
    Og ansøgerens hjælp nedsættes ikke for 2024-03

  @id:KH-013g-009
  Scenarie: Det lave nedsættelsesbeløb for en ugift under 30 på ungesats
    # 25 år (født 1998-05-05), udeboende: § 25, stk. 3, nr. 6 (2024) 7.945 kr. (UNCONFIRMED, detfagligehus.dk/seniorfolk.dk).
    # § 13 g, stk. 1, nr. 2 (2024): 561 kr. (534 (2022, brk.dk) x 11.944/11.716 = 544,39 -> 544; 544 x 12.326/11.944
    # = 561,39 -> 561; UNCONFIRMED). Hjælp: 7.945 - 561 = 7.384,00 kr.
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-03-15 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-04
    Så udbetales 7.384,00 kr. for 2024-04
    Og ansøgerens hjælp nedsættes med 561,00 kr. for 2024-04 efter 225-timersreglen

  @id:KH-013g-010 @akl-26
  Scenarie: Ægtepar: ægtefællens hjælp bortfalder efter afgørelse, og den særlige støtte bortfalder
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 25 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og husstanden får i 2023-03 særlig støtte på 800,00 kr.
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og ægtefællens hjælp bortfalder for 2023-03 efter 225-timersreglen
    Og ægtefællens hjælp er 0,00 kr. for 2023-03
    Og den særlige støtte nedsættes med 800,00 kr. for 2023-03

  # Ægtepar uden børn, begge over 30: ansøgeren arbejdede 12 x 25 = 300 timer (>= 225), ægtefællen 0 timer; begge fik
  # hjælp i 12 af de 36 måneder før 2024-03. Afgørelsen 20.2.2024 har virkning fra 1.3.: ægtefællens hjælp bortfalder,
  # og husstandens særlige støtte bortfalder med den (FT-KH-225-AEGTEPAR): 1.200,00 kr. Ansøgerens hjælp er § 25,
  # stk. 2, nr. 2 (2024) 12.326,00 kr.; udbetalt 12.326,00 kr. (Uden bortfaldet ville kun ansøgerens halvdel, 600 kr.,
  # falde for loftet 12.326 kr.; ægtefællen uden hjælp har intet loft.)
  @id:KH-013g-650 @akl-26
  Scenarie: Ægtepar 2024: ægtefællens hjælp og hele den særlige støtte bortfalder
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 25 timer om måneden
    Og ægtefællen modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og husstanden får i 2024-03 særlig støtte på 1.200,00 kr.
    Og kommunen traf 2024-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03
    Og ægtefællens hjælp bortfalder for 2024-03 efter 225-timersreglen
    Og den særlige støtte nedsættes med 1.200,00 kr. for 2024-03

  # Ægtepar uden børn, begge over 30: ansøgeren arbejdede 12 x 20 = 240 timer (>= 225), ægtefællen 0 timer i 2021-05
  # til 2022-04. Afgørelsen 25.4.2022 har virkning fra 1.5.: ægtefællens hjælp og særlig støtte 650,00 kr.
  # bortfalder. Ansøgerens hjælp (2022) 11.716,00 kr.; udbetalt 11.716,00 kr.
  @id:KH-013g-651 @akl-26
  Scenarie: Ægtepar 2022: den særlige støtte bortfalder med ægtefællens hjælp
    Givet et ægtepar, hvor ansøgeren er født 1975-02-10 og ægtefællen er født 1978-09-01
    Og ansøgeren modtog hjælp fra 2021-05 til 2022-04 og arbejdede 20 timer om måneden
    Og ægtefællen modtog hjælp fra 2021-05 til 2022-04 og arbejdede 0 timer om måneden
    Og husstanden får i 2022-05 særlig støtte på 650,00 kr.
    Og kommunen traf 2022-04-25 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2022-05
    Så udbetales 11.716,00 kr. for 2022-05
    Og ægtefællens hjælp er 0,00 kr. for 2022-05
    Og den særlige støtte nedsættes med 650,00 kr. for 2022-05

  @id:KH-013g-011 @akl-26
  Scenarie: Ægtepar uden afgørelse: begge får uændret hjælp
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 25 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Når sagen afgøres for 2023-03
    Så udbetales 23.888,00 kr. for 2023-03
    Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse

  @id:KH-013g-012
  Scenarie: Samlevende er ugifte: begge nedsættes i stedet for bortfald
    # Samlevende er ugifte (FT-KH-SAMLEVENDE): hver nedsættes med 1.125 kr. (2024, se KH-013g-002).
    # Hver: 12.326 - 1.125 = 11.201; i alt 2 x 11.201 = 22.402,00 kr.
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og samleveren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-03-15 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-04
    Så udbetales 22.402,00 kr. for 2024-04
    Og samleverens hjælp nedsættes med 1.125,00 kr. for 2024-04 efter 225-timersreglen

  @id:KH-013g-013
  Scenarie: Voksensats i 2022: nedsættelse med det offentliggjorte beløb 1.069 kr.
    # 35 år, ugift, ingen børn: § 25, stk. 2, nr. 2 (2022) 11.716 kr. Hjælp i 12 af de 36 måneder før 2022-10 og 0 timer
    # i de 12 før (2021-10 til 2022-09, efter corona-suspensionerne): kravet er ikke opfyldt, nedsættelse fra 2022-10
    # (§ 13 g, stk. 2); afgørelsen 2022-09-20 med begrundelse har virkning fra 2022-10-01.
    # § 13 g, stk. 1, nr. 1 (2022): 1.069 kr. (brk.dk: '1.067 kr. (2021) og 1.069 kr. (2022)'). 11.716 - 1.069 = 10.647,00 kr.
    Givet en enlig ansøger på 35 år uden børn
    Og ansøgeren modtog hjælp fra 2021-10 til 2022-09 og arbejdede 0 timer om måneden
    Og kommunen traf 2022-09-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2022-10
    Så udbetales 10.647,00 kr. for 2022-10
    Og ansøgerens hjælp nedsættes med 1.069,00 kr. for 2022-10 efter 225-timersreglen

  @id:KH-013g-014
  Scenarie: Lavere sats i 2022: nedsættelse med det offentliggjorte beløb 534 kr.
    # 26 år, ugift, udeboende: § 25, stk. 3, nr. 6 (2022) 7.552 kr. Kravet er ikke opfyldt for 2022-11 (0 timer i
    # 2021-11 til 2022-10); afgørelse 2022-10-14 med begrundelse, virkning fra 2022-11-01.
    # § 13 g, stk. 1, nr. 2 (2022): 534 kr. (brk.dk: '533 kr. (2021) og 534 kr. (2022)'). 7.552 - 534 = 7.018,00 kr.
    Givet en enlig ansøger på 26 år uden børn
    Og ansøgeren modtog hjælp fra 2021-11 til 2022-10 og arbejdede 0 timer om måneden
    Og kommunen traf 2022-10-14 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2022-11
    Så udbetales 7.018,00 kr. for 2022-11
    Og ansøgerens hjælp nedsættes med 534,00 kr. for 2022-11 efter 225-timersreglen

  @id:KH-013g-300 @akl-13g
  Scenarie: Enlig forsørger under 30 på § 25, stk. 3, nr. 1 nedsættes med det lave beløb
    # 25 år, uddannet, enlig, ét barn, ret til ekstra børnetilskud: § 25, stk. 3, nr. 1 = 15.172 kr. (bm.dk 2023). Det er
    # under voksensatsen for forsørgere (§ 25, stk. 2, nr. 1: 15.874), så § 13 g, stk. 1, nr. 2: det lave beløb
    # (borger.dk: det høje gælder hjælp 'på voksensats'). 2023: 500 kr. (2016-niveau) reguleret år for år (KILDER.md,
    # note 9, UNCONFIRMED): 508, 514, 520, 526, 533, 534, 544 kr. 15.172 - 544 = 14.628,00 kr.
    Givet en enlig ansøger på 25 år
    Og husstanden har et barn født 2019-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 14.628,00 kr. for 2023-03
    Og ansøgerens hjælp nedsættes med 544,00 kr. for 2023-03 efter 225-timersreglen

  @id:KH-013g-301 @akl-13g @akl-13f
  Scenarie: Timer arbejdet i sagens egne måneder tæller: 225 timer i marts ophæver nedsættelsen fra april
    # Over 30, enlig, hjælp 2022-03 til 2023-02 med 0 timer; afgørelse med begrundelse 2023-02-20, så hjælpen nedsættes
    # fra marts (§ 13 g). I marts arbejder hun 225 timer. April: de 12 kalendermåneder før april rummer 225 timer, så
    # kravet er opfyldt (§ 13 f; FT-KH-225-OPGOERELSE: sagens egne måneder tæller) og hjælpen nedsættes ikke. Ingen
    # indtægt i april: § 25, stk. 2, nr. 2 = 11.944,00 kr. (bm.dk 2023).
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Og ansøgeren har i 2023-03 arbejdet 225 timer og tjent 30.000,00 kr.
    Når sagen afgøres for 2023-03 til 2023-04
    Så udbetales 11.944,00 kr. for 2023-04
    Og ansøgerens hjælp nedsættes ikke for 2023-04

  @id:KH-013f-696 @akl-26
  Scenarie: Ægtepar, begge opfylder ikke kravet: bortfald for den, afgørelsen angår, fra afgørelsens første virkningsmåned
    # Begge ægtefæller har fået hjælp i 12 måneder med 0 timer (aktivloven § 13 f): hjælpen til den ene bortfalder
    # (§ 13 f, stk. 6; FT-KH-225-AEGTEPAR: den, som en virksom afgørelse angår). Afgørelsen 2023-02-20 om ægtefællens
    # bortfald har virkning fra 2023-03-01 (FT-KH-AFGOERELSE-VIRKNING), altså allerede i marts. Ægtefællens hjælp 0;
    # ansøgeren: § 25, stk. 2, nr. 2 (2023, bm.dk) 11.944 kr. i marts og april; i alt 23.888,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03 til 2023-04
    Så udbetales 11.944,00 kr. for 2023-03
    Og ægtefællens hjælp bortfalder for 2023-03 efter 225-timersreglen
    Og ansøgerens hjælp er 11.944,00 kr. for 2023-03
    Og der udbetales 11.944,00 kr. for 2023-04
    Og nedsættelsen har tidligst virkning fra 2023-03-01
    Og der er udbetalt 23.888,00 kr. i alt

  Abstrakt Scenario: Nedsættelsesbeløbet i årets første måned (januar 2023-2025)
    # Hjælp i hele det foregående år (12 af de 36 måneder før januar) og 0 timer i de 12 måneder før: kravet er
    # ikke opfyldt (§ 13 f, stk. 6-7), nedsættelse fra 1. januar (§ 13 g, stk. 2); afgørelsen med begrundelse i
    # december har virkning fra 1. januar (FT-KH-AFGOERELSE-VIRKNING). Vinduerne ligger efter corona-suspensionerne
    # (til 30.4.2021, ky-law.md), derfor ingen januar 2021 eller 2022.
    # Beløb § 13 g, stk. 1 (KILDER.md, udledt år for år efter § 109, stk. 2 fra 1.069 / 534 (2022, brk.dk), UNCONFIRMED):
    # nr. 1 (voksensats): 1.069 x 11.944/11.716 = 1.089,77 -> 1.090 (2023); 1.090 x 12.326/11.944 = 1.124,87 -> 1.125
    # (2024); 1.125 x 12.770/12.326 = 1.165,52 -> 1.166 (2025). nr. 2 (lavere sats): 534 x 11.944/11.716 = 544,39 -> 544;
    # 544 x 12.326/11.944 = 561,39 -> 561; 561 x 12.770/12.326 = 581,22 -> 581.
    # Født 1980-05-05 (over 30, ingen børn): § 25, stk. 2, nr. 2: 11.944 / 12.326 / 12.770 (2025 UNCONFIRMED) kr.
    #   2023: 11.944 - 1.090 = 10.854,00; 2024: 12.326 - 1.125 = 11.201,00; 2025: 12.770 - 1.166 = 11.604,00
    # Født 1997-06-15 (25-27 år, udeboende, med uddannelse): § 25, stk. 3, nr. 6: 7.699 / 7.945 / 8.231 kr. (2024-25 UNCONFIRMED)
    #   2023: 7.699 - 544 = 7.155,00; 2024: 7.945 - 561 = 7.384,00; 2025: 8.231 - 581 = 7.650,00
    Givet en enlig ansøger født <født>
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes med <nedsættelse> kr. for <måned> efter 225-timersreglen

    Eksempler:
      | id          | født       | fra     | til     | afgørelse  | måned   | nedsættelse | beløb     |
      | KH-013g-760 | 1980-05-05 | 2022-01 | 2022-12 | 2022-12-12 | 2023-01 | 1.090,00    | 10.854,00 |
      | KH-013g-761 | 1980-05-05 | 2023-01 | 2023-12 | 2023-12-11 | 2024-01 | 1.125,00    | 11.201,00 |
      | KH-013g-762 | 1980-05-05 | 2024-01 | 2024-12 | 2024-12-10 | 2025-01 | 1.166,00    | 11.604,00 |
      | KH-013g-763 | 1997-06-15 | 2022-01 | 2022-12 | 2022-12-12 | 2023-01 | 544,00      | 7.155,00  |
      | KH-013g-764 | 1997-06-15 | 2023-01 | 2023-12 | 2023-12-11 | 2024-01 | 561,00      | 7.384,00  |
      | KH-013g-765 | 1997-06-15 | 2024-01 | 2024-12 | 2024-12-10 | 2025-01 | 581,00      | 7.650,00  |

  Abstrakt Scenario: Samlevende over og under 30 nedsættes hver med sit beløb i januar
    # Samlevende er ugifte (FT-KH-SAMLEVENDE): hver nedsættes efter § 13 g, stk. 1. Ansøgeren (født 1980-05-05) med
    # nr. 1 (voksensats), samleveren (født 1997-06-15, under 30, udeboende) med nr. 2; beløb og satser som ovenfor.
    #   2023: (11.944 - 1.090) + (7.699 - 544) = 10.854 + 7.155 = 18.009,00
    #   2024: (12.326 - 1.125) + (7.945 - 561) = 11.201 + 7.384 = 18.585,00
    #   2025: (12.770 - 1.166) + (8.231 - 581) = 11.604 + 7.650 = 19.254,00
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1997-06-15
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og samleveren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes med <voksen> kr. for <måned> efter 225-timersreglen
    Og samleverens hjælp nedsættes med <lavere> kr. for <måned> efter 225-timersreglen

    Eksempler:
      | id          | fra     | til     | afgørelse  | måned   | voksen   | lavere | beløb     |
      | KH-013g-766 | 2022-01 | 2022-12 | 2022-12-12 | 2023-01 | 1.090,00 | 544,00 | 18.009,00 |
      | KH-013g-767 | 2023-01 | 2023-12 | 2023-12-11 | 2024-01 | 1.125,00 | 561,00 | 18.585,00 |
      | KH-013g-768 | 2024-01 | 2024-12 | 2024-12-10 | 2025-01 | 1.166,00 | 581,00 | 19.254,00 |

  @akl-13f
  Abstrakt Scenario: Hjælp i præcis 12 af de 36 måneder, den ældste måned lige inden for vinduet
    # § 13 f, stk. 6-7: kravet gælder, når personen har fået hjælp i sammenlagt 12 måneder (1 år) inden for de
    # seneste 36 måneder (3 år) (KILDER.md: holstebro.dk). De 36 måneder før <måned> begynder med <kant>, så hjælpen
    # i <kant> tæller med: 1 + 11 = 12 måneder, kravet gælder; 0 timer i de 12 måneder før: ikke opfyldt.
    # Afgørelsen med begrundelse måneden før har virkning fra den 1. i <måned>.
    # 2024-12: 12.326 - 1.125 = 11.201,00; 2025-01 og 2025-03: 12.770 - 1.166 = 11.604,00 (beløb som ovenfor, UNCONFIRMED).
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra <kant> til <kant> og arbejdede 0 timer om måneden
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes med <nedsættelse> kr. for <måned> efter 225-timersreglen

    Eksempler:
      | id          | kant    | fra     | til     | afgørelse  | måned   | nedsættelse | beløb     |
      | KH-013f-770 | 2022-01 | 2024-02 | 2024-12 | 2024-12-10 | 2025-01 | 1.166,00    | 11.604,00 |
      | KH-013f-771 | 2021-12 | 2024-01 | 2024-11 | 2024-11-11 | 2024-12 | 1.125,00    | 11.201,00 |
      | KH-013f-772 | 2022-03 | 2024-04 | 2025-02 | 2025-02-10 | 2025-03 | 1.166,00    | 11.604,00 |

  @akl-13f
  Abstrakt Scenario: Hjælp i 12 måneder, men den ældste ligger lige uden for de 36 måneder: kravet gælder ikke
    # De 36 måneder før <måned> begynder måneden efter <kant>: kun 11 måneder med hjælp i vinduet, så kravet gælder
    # ikke (§ 13 f, stk. 6-7), og hjælpen nedsættes ikke, selv om der er truffet afgørelse.
    # 2024-12: § 25, stk. 2, nr. 2 12.326,00; 2025-01 og 2025-03: 12.770,00 (UNCONFIRMED).
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra <kant> til <kant> og arbejdede 0 timer om måneden
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes ikke for <måned>

    Eksempler:
      | id          | kant    | fra     | til     | afgørelse  | måned   | beløb     |
      | KH-013f-773 | 2021-12 | 2024-02 | 2024-12 | 2024-12-10 | 2025-01 | 12.770,00 |
      | KH-013f-774 | 2021-11 | 2024-01 | 2024-11 | 2024-11-11 | 2024-12 | 12.326,00 |
      | KH-013f-775 | 2022-02 | 2024-04 | 2025-02 | 2025-02-10 | 2025-03 | 12.770,00 |

  @akl-13f
  Abstrakt Scenario: 225 timer i den ældste af de 12 kalendermåneder opfylder kravet
    # § 13 f, stk. 6-7 / § 13 g: 225 timer inden for de seneste 12 kalendermåneder. De 12 måneder før <måned> begynder
    # med <timemåned>, hvor ansøgeren arbejdede 225 timer: kravet er opfyldt (225 >= 225), ingen nedsættelse.
    # Satser § 25, stk. 2, nr. 2: 11.944 (2023), 12.326 (2024), 12.770 (2025, UNCONFIRMED).
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra <timemåned> til <timemåned> og arbejdede 225 timer om måneden
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes ikke for <måned>

    Eksempler:
      | id          | timemåned | fra     | til     | afgørelse  | måned   | beløb     |
      | KH-013f-776 | 2024-01   | 2024-02 | 2024-12 | 2024-12-10 | 2025-01 | 12.770,00 |
      | KH-013f-777 | 2023-06   | 2023-07 | 2024-05 | 2024-05-13 | 2024-06 | 12.326,00 |
      | KH-013f-778 | 2022-10   | 2022-11 | 2023-09 | 2023-09-11 | 2023-10 | 11.944,00 |

  @akl-13f
  Abstrakt Scenario: 225 timer måneden før de 12 kalendermåneder tæller ikke
    # De 225 timer i <timemåned> ligger lige før de 12 måneder før <måned>; i de 12 måneder er der 0 timer: kravet er
    # ikke opfyldt (hjælp i 13 af de 36 måneder), nedsættelse fra den 1. i <måned> efter afgørelsen måneden før.
    # 2023-10: 11.944 - 1.090 = 10.854,00; 2024-06: 12.326 - 1.125 = 11.201,00; 2025-01: 12.770 - 1.166 = 11.604,00.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra <timemåned> til <timemåned> og arbejdede 225 timer om måneden
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes med <nedsættelse> kr. for <måned> efter 225-timersreglen

    Eksempler:
      | id          | timemåned | fra     | til     | afgørelse  | måned   | nedsættelse | beløb     |
      | KH-013f-779 | 2023-12   | 2024-01 | 2024-12 | 2024-12-10 | 2025-01 | 1.166,00    | 11.604,00 |
      | KH-013f-780 | 2023-05   | 2023-06 | 2024-05 | 2024-05-13 | 2024-06 | 1.125,00    | 11.201,00 |
      | KH-013f-781 | 2022-09   | 2022-10 | 2023-09 | 2023-09-11 | 2023-10 | 1.090,00    | 10.854,00 |

  @akl-13f
  Abstrakt Scenario: 224,88 timer i de 12 måneder opfylder ikke kravet
    # 12 x 18,74 = 224,88 timer < 225: kravet er ikke opfyldt; nedsættelse fra den 1. i <måned> (afgørelse måneden før).
    # 2023-10: 11.944 - 1.090 = 10.854,00; 2024-06: 12.326 - 1.125 = 11.201,00; 2025-01: 12.770 - 1.166 = 11.604,00.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 18,74 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes med <nedsættelse> kr. for <måned> efter 225-timersreglen

    Eksempler:
      | id          | fra     | til     | afgørelse  | måned   | nedsættelse | beløb     |
      | KH-013f-782 | 2024-01 | 2024-12 | 2024-12-10 | 2025-01 | 1.166,00    | 11.604,00 |
      | KH-013f-783 | 2023-06 | 2024-05 | 2024-05-13 | 2024-06 | 1.125,00    | 11.201,00 |
      | KH-013f-784 | 2022-10 | 2023-09 | 2023-09-11 | 2023-10 | 1.090,00    | 10.854,00 |

  @id:KH-013f-785
  Scenarie: Efter nedsættelsen tæller kun timer fra nedsættelsens første måned
    # Hjælp 2023-03 til 2024-02 (12 af de 36 måneder før 2024-03); timer i de 12 måneder før 2024-03: 8 x 0 + 4 x 55
    # = 220 < 225: kravet er ikke opfyldt, nedsættelse fra 2024-03 (afgørelse 2024-02-20 med begrundelse).
    # 2024-03: 30 timer og 3.000 kr.: § 31, stk. 1: 30 x 30,15 (2024, UNCONFIRMED) = 904,50; fradrag 2.095,50;
    #   12.326 - 2.095,50 = 10.230,50; § 13 g, stk. 1, nr. 1 (2024) 1.125 (UNCONFIRMED): 10.230,50 - 1.125 = 9.105,50.
    # 2024-04: FT-KH-225-GENVINDING: kun timer fra og med 2024-03 tæller (30 < 225; de 220 timer før
    #   nedsættelsen tæller ikke, selv om 220 + 30 = 250 ligger i de seneste 12 måneder): stadig nedsat,
    #   12.326 - 1.125 = 11.201,00. I alt 9.105,50 + 11.201 = 20.306,50.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2023-10 og arbejdede 0 timer om måneden
    Og ansøgeren modtog hjælp fra 2023-11 til 2024-02 og arbejdede 55 timer om måneden
    Og kommunen traf 2024-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Og ansøgeren har i 2024-03 arbejdet 30 timer og tjent 3.000,00 kr.
    Når sagen afgøres for 2024-03 til 2024-04
    Så udbetales 9.105,50 kr. for 2024-03
    Og der udbetales 11.201,00 kr. for 2024-04
    Og ansøgerens hjælp nedsættes med 1.125,00 kr. for 2024-04 efter 225-timersreglen
    Og der er udbetalt 20.306,50 kr. i alt

  @id:KH-013f-786
  Scenarie: 225 timer efter nedsættelsens begyndelse giver fuld hjælp igen fra måneden efter
    # Som KH-013f-785, men i 2024-03 arbejder ansøgeren 225 timer og tjener 9.000 kr.:
    # § 31, stk. 1: højst 160 timer: 160 x 30,15 = 4.824; fradrag 9.000 - 4.824 = 4.176; 12.326 - 4.176 = 8.150;
    #   nedsat med 1.125: 7.025,00 kr. for 2024-03.
    # 2024-04: 225 timer fra og med 2024-03 (FT-KH-225-GENVINDING): kravet er opfyldt, fuld hjælp 12.326,00.
    # I alt 7.025 + 12.326 = 19.351,00.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2023-10 og arbejdede 0 timer om måneden
    Og ansøgeren modtog hjælp fra 2023-11 til 2024-02 og arbejdede 55 timer om måneden
    Og kommunen traf 2024-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Og ansøgeren har i 2024-03 arbejdet 225 timer og tjent 9.000,00 kr.
    Når sagen afgøres for 2024-03 til 2024-04
    Så udbetales 7.025,00 kr. for 2024-03
    Og der udbetales 12.326,00 kr. for 2024-04
    Og ansøgerens hjælp nedsættes ikke for 2024-04
    Og der er udbetalt 19.351,00 kr. i alt

  @id:KH-013f-787 @akl-26
  Scenarie: Ægtepar, hvor ingen af dem opfylder kravet: hjælpen bortfalder for den, afgørelsen angår
    # Begge har fået hjælp 2022-03 til 2023-02 med 0 timer: ingen opfylder kravet. FT-KH-225-AEGTEPAR: hjælpen
    # bortfalder for den ene, først den, som en virksom afgørelse angår: ægtefællen (afgørelse 2023-02-20 med
    # begrundelse, virkning 2023-03-01). Ansøgeren får uændret § 25, stk. 2, nr. 2 (2023) 11.944,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og ægtefællens hjælp bortfalder for 2023-03 efter 225-timersreglen
    Og ægtefællens hjælp er 0,00 kr. for 2023-03

  @id:KH-013f-788 @akl-26
  Scenarie: Ægtepar, hvor ingen opfylder kravet: afgørelsen om ansøgeren går forud for færrest timer
    # Ansøgeren 10 timer/md (120), ægtefællen 5 timer/md (60) i 2022-03 til 2023-02: ingen opfylder kravet.
    # FT-KH-225-AEGTEPAR: den, som en virksom afgørelse angår (ansøgeren, afgørelse 2023-02-20), før den med færrest
    # timer. Ansøgerens hjælp bortfalder; ægtefællen får 11.944,00 kr. (2023).
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 10 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 5 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ansøgerens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og ansøgerens hjælp bortfalder for 2023-03 efter 225-timersreglen
    Og ansøgerens hjælp er 0,00 kr. for 2023-03

  @id:KH-013f-789
  Scenarie: Timerne efter nedsættelsen tælles fra dens første måned, også når de fordeler sig over to måneder
    # Hjælp 2023-03 til 2024-02 med 0 timer: nedsættelse fra 2024-03 (afgørelse 2024-02-20 med begrundelse), § 13 g,
    # stk. 1, nr. 1 (2024) 1.125 kr. (UNCONFIRMED). Timesats § 31, stk. 1 (2024) 30,15 kr. (UNCONFIRMED).
    # 2024-03: 100 timer, 3.000 kr.: 100 x 30,15 = 3.015 > 3.000: intet fradrag; 12.326 - 1.125 = 11.201,00.
    # 2024-04: timer fra og med 2024-03: 100 < 225, stadig nedsat. 125 timer, 4.000 kr.: 125 x 30,15 = 3.768,75;
    #   fradrag 231,25; 12.326 - 231,25 - 1.125 = 10.969,75.
    # 2024-05: timer fra og med nedsættelsens første måned 2024-03 (FT-KH-225-GENVINDING): 100 + 125 = 225: kravet er
    #   opfyldt, fuld hjælp 12.326,00. I alt 11.201 + 10.969,75 + 12.326 = 34.496,75.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Og ansøgeren har i 2024-03 arbejdet 100 timer og tjent 3.000,00 kr.
    Og ansøgeren har i 2024-04 arbejdet 125 timer og tjent 4.000,00 kr.
    Når sagen afgøres for 2024-03 til 2024-05
    Så udbetales 11.201,00 kr. for 2024-03
    Og der udbetales 10.969,75 kr. for 2024-04
    Og der udbetales 12.326,00 kr. for 2024-05
    Og ansøgerens hjælp nedsættes ikke for 2024-05
    Og der er udbetalt 34.496,75 kr. i alt

  @id:KH-013f-804 @akl-13f @akl-26
  Scenarie: Ægtepar, ingen opfylder 225-timerskravet: bortfald for den med færrest timer, selv om den har mindst hjælp
    # 2022-03 til 2023-02 på hjælp: ansøgeren 5 timer/md (60 timer), ægtefællen 10 timer/md (120 timer); begge har
    # fået hjælp i 12 af de seneste 36 måneder og har under 225 timer, så ingen opfylder kravet (§ 13 f, stk. 6-7).
    # Afgørelser med begrundelse om begge 2023-02-20 (virkning 2023-03-01). Marts 2023: § 25, stk. 2, nr. 2 11.944 kr.
    # hver; ansøgerens anden indtægt 2.000 kr. giver egen hjælp 9.944 kr. FT-KH-225-AEGTEPAR: færrest timer først, så
    # ansøgerens hjælp bortfalder; ægtefællen får 11.944,00 kr. (den alternative læsning, største hjælp: ægtefællens
    # bortfalder, udbetalt 9.944).
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 5 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 10 timer om måneden
    Og ansøgeren har i 2023-03 anden indtægt på 2.000,00 kr.
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ansøgerens hjælp efter 225-timersreglen med begrundelse
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og ansøgerens hjælp bortfalder for 2023-03 efter 225-timersreglen
    Og ægtefællens hjælp er 11.944,00 kr. for 2023-03

  @id:KH-013f-805 @akl-13f @akl-26
  Scenarie: Ægtepar, ingen opfylder 225-timerskravet: ægtefællen med færrest timer og mindst hjælp mister hjælpen
    # Som KH-013f-804, men ægtefællen har 5 timer/md (60) og ansøgeren 10 timer/md (120), og ægtefællens anden indtægt
    # 1.000 kr. i marts 2023 giver egen hjælp 10.944 kr. Færrest timer: ægtefællens hjælp bortfalder; ansøgeren får
    # 11.944,00 kr. (den alternative læsning: ansøgerens bortfalder, udbetalt 10.944).
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 10 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 5 timer om måneden
    Og ægtefællen har i 2023-03 anden indtægt på 1.000,00 kr.
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ansøgerens hjælp efter 225-timersreglen med begrundelse
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og ægtefællens hjælp bortfalder for 2023-03 efter 225-timersreglen
    Og ansøgerens hjælp er 11.944,00 kr. for 2023-03

  @id:KH-013f-808 @akl-13f @akl-26
  Scenarie: Ægtepar, ingen opfylder 225-timerskravet: ansøgeren uden timer mister hjælpen, selv om den er mindst
    # 2022-03 til 2023-02: ansøgeren 0 timer, ægtefællen 8 timer/md (96 timer): ingen opfylder kravet. Afgørelser om
    # begge 2023-02-20. Marts 2023: 11.944 kr. hver (§ 25, stk. 2, nr. 2); ansøgerens anden indtægt 3.000 kr.: egen hjælp
    # 8.944 kr. FT-KH-225-AEGTEPAR: færrest timer (ansøgeren) mister hjælpen; udbetales 11.944,00 kr. (alternativ: 8.944).
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 8 timer om måneden
    Og ansøgeren har i 2023-03 anden indtægt på 3.000,00 kr.
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ansøgerens hjælp efter 225-timersreglen med begrundelse
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og ansøgerens hjælp bortfalder for 2023-03 efter 225-timersreglen

  @id:KH-013g-812 @akl-13g
  Scenarie: Gravid under 30 på voksensatsens niveau nedsættes med det høje beløb
    # FT-KH-225-UGIFT: § 25, stk. 3, nr. 3 (gravid) har § 25, stk. 2-beløbet 11.944 kr. (2023), altså voksensatsens
    # niveau: det høje beløb § 13 g, stk. 1, nr. 1 (2023) 1.090 kr. (UNCONFIRMED, udledt). 24 år, uddannet, passerede
    # 12. uge 2023-01-10; på hjælp 2022-03 til 2023-02 uden timer. 11.944 - 1.090 = 10.854,00 kr. (det lave: 11.400).
    Givet en enlig ansøger født 1998-06-01
    Og ansøgeren passerede 12. svangerskabsuge 2023-01-10
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 10.854,00 kr. for 2023-03
    Og ansøgerens hjælp nedsættes med 1.090,00 kr. for 2023-03 efter 225-timersreglen

  @id:KH-013g-813 @akl-13g
  Scenarie: Forsørger under 30 med psykisk lidelse på voksensatsens niveau nedsættes med det høje beløb
    # § 25, stk. 3, nr. 4 (psykisk syg forsørger) = § 25, stk. 2, nr. 1-beløbet 15.874 kr. (2023): voksensatsens niveau
    # for en forsørger, så det høje beløb 1.090 kr. (2023, UNCONFIRMED). 26 år, et barn, ingen ret til ekstra
    # børnetilskud, uden timer 2022-03 til 2023-02. 15.874 - 1.090 = 14.784,00 kr. (det lave: 15.330).
    Givet en enlig ansøger på 26 år
    Og husstanden har et barn født 2019-01-01
    Og ansøgeren har en dokumenteret psykisk lidelse
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 14.784,00 kr. for 2023-03
    Og ansøgerens hjælp nedsættes med 1.090,00 kr. for 2023-03 efter 225-timersreglen
  Abstrakt Scenario: Samlevende under og over 30 (ansøgeren den yngste) nedsættes hver med sit beløb
    # Som "Samlevende over og under 30" ovenfor, men ansøgeren er den unge (født 1998-02-01, 24-26 år, udeboende, med
    # uddannelse: § 25, stk. 3, nr. 6) og samleveren over 30 (født 1979-09-09: § 25, stk. 2, nr. 2). Hjælp i de 12
    # måneder før <måned> med 0 timer; afgørelse med begrundelse måneden før, virkning fra den 1. i <måned>.
    # 2022 (vinduerne efter corona-suspensionerne): nr. 2 534 og nr. 1 1.069 kr. (brk.dk):
    #   (7.552 - 534) + (11.716 - 1.069) = 7.018 + 10.647 = 17.665,00
    # 2023: (7.699 - 544) + (11.944 - 1.090) = 7.155 + 10.854 = 18.009,00
    # 2024: (7.945 - 561) + (12.326 - 1.125) = 7.384 + 11.201 = 18.585,00
    # 2025: (8.231 - 581) + (12.770 - 1.166) = 7.650 + 11.604 = 19.254,00 (2023-2025-beløb udledt, UNCONFIRMED)
    Givet et samlevende par, hvor ansøgeren er født 1998-02-01 og samleveren er født 1979-09-09
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og samleveren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes med <lavere> kr. for <måned> efter 225-timersreglen
    Og samleverens hjælp nedsættes med <voksen> kr. for <måned> efter 225-timersreglen

    Eksempler:
      | id          | fra     | til     | afgørelse  | måned   | lavere | voksen   | beløb     |
      | KH-013g-794 | 2021-10 | 2022-09 | 2022-09-20 | 2022-10 | 534,00 | 1.069,00 | 17.665,00 |
      | KH-013g-795 | 2021-12 | 2022-11 | 2022-11-10 | 2022-12 | 534,00 | 1.069,00 | 17.665,00 |
      | KH-013g-796 | 2022-01 | 2022-12 | 2022-12-12 | 2023-01 | 544,00 | 1.090,00 | 18.009,00 |
      | KH-013g-797 | 2023-01 | 2023-12 | 2023-12-11 | 2024-01 | 561,00 | 1.125,00 | 18.585,00 |
      | KH-013g-798 | 2024-01 | 2024-12 | 2024-12-10 | 2025-01 | 581,00 | 1.166,00 | 19.254,00 |

  @id:KH-013g-799
  Scenarie: Samlevende under og over 30 i 2021, efter corona-suspensionen: 533 og 1.067 kr.
    # 225-timersreglen var suspenderet 9.3.-8.9.2020 og igen til 30.4.2021 (ky-law.md: kk.dk; BM til BEU 26.2.2021), og
    # 12-månedersperioden blev forlænget tilsvarende (star.dk 2.7.2021: lov nr. 59/2021, 467/2021, 878/2021). Begge har
    # fået hjælp uafbrudt fra 2018-06 til 2021-05 og har 0 timer i hver måned: kravet er ikke opfyldt i juni 2021, uanset
    # hvordan suspensionsmånederne tælles (hjælp i langt over 12 måneder uden for suspensionerne, 0 timer i enhver
    # forlænget periode). Afgørelse 2021-05-20 med begrundelse: virkning fra 2021-06-01.
    # § 13 g, stk. 1 (2021): nr. 2 533 kr., nr. 1 1.067 kr. (odder.dk og brk.dk: '533 kr. (2021) ... 1.067 kr. (2021)').
    # Ansøgeren (født 1998-02-01, 23 år, udeboende, med uddannelse): § 25, stk. 3, nr. 6 (2021) 7.541 - 533 = 7.008.
    # Samleveren (født 1979-09-09): § 25, stk. 2, nr. 2 (2021) 11.698 - 1.067 = 10.631. I alt 17.639,00 kr.
    Givet et samlevende par, hvor ansøgeren er født 1998-02-01 og samleveren er født 1979-09-09
    Og ansøgeren modtog hjælp fra 2018-06 til 2021-05 og arbejdede 0 timer om måneden
    Og samleveren modtog hjælp fra 2018-06 til 2021-05 og arbejdede 0 timer om måneden
    Og kommunen traf 2021-05-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2021-06
    Så udbetales 17.639,00 kr. for 2021-06
    Og ansøgerens hjælp nedsættes med 533,00 kr. for 2021-06 efter 225-timersreglen
    Og samleverens hjælp nedsættes med 1.067,00 kr. for 2021-06 efter 225-timersreglen

  Abstrakt Scenario: 2021- og januar 2022-beløbene efter corona-suspensionerne, med 0 timer i hele perioden
    # Som KH-013g-799: suspensionerne af 225-timersreglen (9.3.-8.9.2020 og 1.11.2020 til 30.4.2021) forlængede
    # 12-månedersperioden (star.dk 20.1.2021 og 2.7.2021). Med hjælp uafbrudt fra <fra> og 0 timer i hver måned er kravet
    # ikke opfyldt i <måned>, uanset hvordan suspensionsmånederne tælles. Afgørelse med begrundelse måneden før.
    # Ansøgeren (født 1998-02-01, under 30, udeboende, med uddannelse, § 25, stk. 3, nr. 6) og samleveren (født
    # 1979-09-09, § 25, stk. 2, nr. 2). § 13 g, stk. 1 (odder.dk, brk.dk): 2021 533 / 1.067; 2022 534 / 1.069 kr.
    #   2021: (7.541 - 533) + (11.698 - 1.067) = 7.008 + 10.631 = 17.639,00
    #   2022: (7.552 - 534) + (11.716 - 1.069) = 7.018 + 10.647 = 17.665,00
    Givet et samlevende par, hvor ansøgeren er født 1998-02-01 og samleveren er født 1979-09-09
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og samleveren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes med <lavere> kr. for <måned> efter 225-timersreglen
    Og samleverens hjælp nedsættes med <voksen> kr. for <måned> efter 225-timersreglen

    Eksempler:
      | id          | fra     | til     | afgørelse  | måned   | lavere | voksen   | beløb     |
      | KH-013g-700 | 2019-01 | 2021-12 | 2021-12-10 | 2022-01 | 534,00 | 1.069,00 | 17.665,00 |
      | KH-013g-701 | 2018-08 | 2021-07 | 2021-07-12 | 2021-08 | 533,00 | 1.067,00 | 17.639,00 |
      | KH-013g-702 | 2018-11 | 2021-10 | 2021-10-11 | 2021-11 | 533,00 | 1.067,00 | 17.639,00 |
      | KH-013g-703 | 2018-10 | 2021-12 | 2021-12-13 | 2022-01 | 534,00 | 1.069,00 | 17.665,00 |

  Abstrakt Scenario: Enlige i januar 2022 med 0 timer siden 2019
    # Som ovenfor (0 timer i hver måned, kravet er ikke opfyldt uanset suspensionerne). Afgørelse 2021-12-10 med begrundelse.
    # Født 1980-05-05: 11.716 - 1.069 = 10.647,00. Født 1998-02-01: 7.552 - 534 = 7.018,00 (brk.dk, 2022).
    Givet en enlig ansøger født <født>
    Og ansøgeren modtog hjælp fra 2019-01 til 2021-12 og arbejdede 0 timer om måneden
    Og kommunen traf 2021-12-10 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2022-01
    Så udbetales <beløb> kr. for 2022-01
    Og ansøgerens hjælp nedsættes med <nedsættelse> kr. for 2022-01 efter 225-timersreglen

    Eksempler:
      | id          | født       | nedsættelse | beløb     |
      | KH-013g-704 | 1980-05-05 | 1.069,00    | 10.647,00 |
      | KH-013g-705 | 1998-02-01 | 534,00      | 7.018,00  |

  @akl-23
  Abstrakt Scenario: Uddannelseshjælp på SU-niveau nedsættes ikke (2022 og 2024)
    # Som KH-013g-015: 23 år, udeboende, uden erhvervskompetencegivende uddannelse, uddannelsesparat: § 23, stk. 2,
    # nr. 6: 6.420 (2022) / 6.754 (2024) kr. (KILDER.md, UNCONFIRMED). Hjælp i 12 måneder med 0 timer: kravet er ikke
    # opfyldt, men § 13 g, stk. 1, nr. 2: uddannelseshjælp efter § 23, stk. 2, nr. 1, 2 og 6-9 nedsættes ikke.
    Givet en enlig ansøger på 23 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og kommunen traf <afgørelse> afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for <måned>
    Så udbetales <beløb> kr. for <måned>
    Og ansøgerens hjælp nedsættes ikke for <måned>

    Eksempler:
      | id          | fra     | til     | afgørelse  | måned   | beløb    |
      | KH-013g-706 | 2021-10 | 2022-09 | 2022-09-20 | 2022-10 | 6.420,00 |
      | KH-013g-707 | 2023-03 | 2024-02 | 2024-02-20 | 2024-03 | 6.754,00 |

  @id:KH-013f-998 @akl-13f @akl-13g
  Scenarie: Ugift under 30: timer før nedsættelsen tæller ikke med til at få fuld hjælp igen
    # 27 år, uddannet, udeboende: § 25, stk. 3, nr. 6 (2023, bm.dk) 7.699 kr. Hjælp 2022-03 til 2023-02; timer i de 12
    # måneder før marts: 8 x 0 + 4 x 55 = 220 < 225: kravet er ikke opfyldt, nedsættelse fra 2023-03 (afgørelse
    # 2023-02-20 med begrundelse). Ugift under voksensatsen: det lave beløb, § 13 g, stk. 1, nr. 2 (2023) 544 kr.
    # (UNCONFIRMED, KILDER.md). Marts: 10 timer og 1.000 kr.: § 31, stk. 1: 10 x 29,22 = 292,20; fradrag 707,80;
    #   7.699 - 707,80 - 544 = 6.447,20.
    # April: FT-KH-225-GENVINDING: kun timerne fra og med marts tæller (10 < 225; de 220 timer før nedsættelsen tæller
    #   ikke, selv om 220 + 10 = 230 ligger i de seneste 12 måneder): stadig nedsat, 7.699 - 544 = 7.155,00.
    # I alt 13.602,20 kr.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren modtog hjælp fra 2022-03 til 2022-10 og arbejdede 0 timer om måneden
    Og ansøgeren modtog hjælp fra 2022-11 til 2023-02 og arbejdede 55 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Og ansøgeren har i 2023-03 arbejdet 10 timer og tjent 1.000,00 kr.
    Når sagen afgøres for 2023-03 til 2023-04
    Så udbetales 6.447,20 kr. for 2023-03
    Og ansøgerens hjælp nedsættes med 544,00 kr. for 2023-03 efter 225-timersreglen
    Og der udbetales 7.155,00 kr. for 2023-04
    Og ansøgerens hjælp nedsættes med 544,00 kr. for 2023-04 efter 225-timersreglen
    Og der er udbetalt 13.602,20 kr. i alt
