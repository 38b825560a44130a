# language: da
@akl-13f @akl-13g @alvor:A
Egenskab: 225-timersreglen (aktivloven §§ 13 f og 13 g) — nedsættelse for ugifte, bortfald for en ægtefælle
  Har en person fået hjælp i mindst 12 af de seneste 36 måneder og ikke arbejdet 225 timer i de seneste 12
  måneder, kræver loven nedsættelse (ugifte) eller bortfald af den ene ægtefælles hjælp fra den 1. i måneden
  efter. Nedsættelsen har først virkning fra den 1. i måneden efter en afgørelse med begrundelse. Faktaark:
  danish-law.md 2.1 og KILDER.md (§ 13 g: 1.124 / 562 kr. i 2024, 1.089 / 544 kr. i 2023, UNCONFIRMED).
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
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-03-15 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03 til 2024-05
    Så udbetales 12.326,00 kr. for 2024-03
    Og der udbetales 11.202,00 kr. for 2024-04
    Og ansøgerens hjælp nedsættes med 1.124,00 kr. for 2024-04 efter 225-timersreglen
    Og nedsættelsen har tidligst virkning fra 2024-04-01
    Og der er udbetalt 34.730,00 kr. i alt

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
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-04-01 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03 til 2024-05
    Så udbetales 12.326,00 kr. for 2024-04
    Og der udbetales 11.202,00 kr. for 2024-05

  @id:KH-013g-005
  Scenarie: En afgørelse truffet før måneden, loven kræver nedsættelse fra, har virkning fra lovens måned
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03
    Så udbetales 11.202,00 kr. for 2024-03

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
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-03-15 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-04
    Så udbetales 7.383,00 kr. for 2024-04
    Og ansøgerens hjælp nedsættes med 562,00 kr. for 2024-04 efter 225-timersreglen

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
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og samleveren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-03-15 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-04
    Så udbetales 22.404,00 kr. for 2024-04
    Og samleverens hjælp nedsættes med 1.124,00 kr. for 2024-04 efter 225-timersreglen
