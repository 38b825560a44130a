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
