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
    Når sagen afgøres for 2026-02
    Så udbetales 14.204,00 kr. for 2026-02

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
