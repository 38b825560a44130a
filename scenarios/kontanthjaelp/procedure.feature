# language: da
@alvor:A
Egenskab: Procedure: ansøgning, og at en nedsættelse kun får virkning efter en afgørelse med begrundelse
  Hjælp ydes fra ansøgningen (aktivloven § 11; udbetaling bagud, § 89). En nedsættelse eller et bortfald, som
  loven kræver, har tidligst virkning fra den 1. i måneden efter, at kommunen har truffet en afgørelse med
  begrundelse (forvaltningsloven §§ 22 og 24); partshøring (§ 19) registreres, men blokerer ikke. Et system, der
  nedsætter tidligere, giver borgeren for lidt uden hjemmel: alvor A. Faktaark: danish-law.md 2.7 (§ 89) og
  KILDER.md (§ 13 g). Fortolkninger: FT-KH-ANSOEGNING, FT-KH-AFGOERELSE-VIRKNING, FT-KH-AFRUNDING.

  @id:KH-011-001 @akl-11
  Scenarie: Ingen hjælp før ansøgningen, forholdsmæssig hjælp i ansøgningsmåneden
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren søgte om hjælp 2023-03-17
    Når sagen afgøres for 2023-02 til 2023-03
    Så udbetales 0,00 kr. for 2023-02
    Og der udbetales 5.779,35 kr. for 2023-03

  @id:KH-011-002 @akl-11
  Scenarie: Ansøgning den 1. i måneden giver hele månedens hjælp
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren søgte om hjælp 2024-04-01
    Når sagen afgøres for 2024-03 til 2024-04
    Så udbetales 0,00 kr. for 2024-03
    Og der udbetales 12.326,00 kr. for 2024-04

  @id:KH-022-001 @fvl-22 @fvl-24 @akl-13g
  Scenarie: Afgørelse med begrundelse midt i måneden: nedsættelsen gælder fra den 1. i måneden efter
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren modtog hjælp fra 2023-05 til 2024-04 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-05-10 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-05 til 2024-07
    Så udbetales 12.326,00 kr. for 2024-05
    Og der udbetales 11.202,00 kr. for 2024-06
    Og der udbetales 11.202,00 kr. for 2024-07
    Og nedsættelsen har tidligst virkning fra 2024-06-01

  @id:KH-022-002 @fvl-22 @akl-13g
  Scenarie: Afgørelse uden begrundelse: ingen nedsættelse
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren modtog hjælp fra 2023-05 til 2024-04 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-05-10 afgørelse om nedsættelse efter 225-timersreglen uden begrundelse
    Når sagen afgøres for 2024-05 til 2024-07
    Så udbetales 12.326,00 kr. for 2024-07
    Og der er udbetalt 36.978,00 kr. i alt
    Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse

  @id:KH-022-003 @fvl-19 @fvl-22 @akl-13g
  Scenarie: Partshøring før afgørelsen ændrer ikke virkningstidspunktet
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren modtog hjælp fra 2023-05 til 2024-04 og arbejdede 0 timer om måneden
    Og kommunen partshørte ansøgeren 2024-04-25
    Og kommunen traf 2024-05-10 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-05 til 2024-06
    Så udbetales 12.326,00 kr. for 2024-05
    Og der udbetales 11.202,00 kr. for 2024-06

  @id:KH-022-004 @fvl-22 @akl-13g
  Scenarie: Først en afgørelse uden begrundelse, siden en med: virkning efter den med begrundelse
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren modtog hjælp fra 2023-05 til 2024-04 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-04-10 afgørelse om nedsættelse efter 225-timersreglen uden begrundelse
    Og kommunen traf 2024-06-05 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-05 til 2024-07
    Så udbetales 12.326,00 kr. for 2024-06
    Og der udbetales 11.202,00 kr. for 2024-07
    Og nedsættelsen har tidligst virkning fra 2024-07-01

  @id:KH-022-005 @fvl-22 @akl-13f
  Scenarie: En afgørelse om den forkerte ægtefælle er ikke hjemmel for bortfald
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 25 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ansøgerens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 23.888,00 kr. for 2023-03
    Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse
