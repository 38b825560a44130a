# language: da
@udkast @alvor:A
Egenskab: Kontanthjælpens sats før og efter 1. juli 2025 (aktivloven § 25 og § 16)

  @id:KH-SATS-001
  Scenarie: Enlig over 30 uden børn (§ 25, stk. 2, nr. 2)
    Givet en enlig ansøger født 1980-05-05
    Når kontanthjælpen beregnes for 2023-06
    Så udbetales 11.944,00 kr. for 2023-06

  @id:KH-SATS-002
  Scenarie: Enlig over 30 med barn under 18 (§ 25, stk. 2, nr. 1)
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2015-01-01
    Når kontanthjælpen beregnes for 2023-06
    Så udbetales 15.874,00 kr. for 2023-06

  @id:KH-SATS-003
  Scenarie: Under 30, hjemmeboende (§ 25, stk. 3, nr. 7 og 9)
    Givet en enlig ansøger født 1998-05-05
    Og ansøgeren er hjemmeboende
    Når kontanthjælpen beregnes for 2023-06
    Så udbetales 3.715,00 kr. for 2023-06

  @id:KH-SATS-004
  Scenarie: Satsen skifter måneden efter 30-årsdagen
    Givet en enlig ansøger født 1993-03-15
    Når kontanthjælpen beregnes for 2023-03 til 2023-04
    Så udbetales 7.699,00 kr. for 2023-03
    Og udbetales 11.944,00 kr. for 2023-04

  @id:KH-SATS-005
  Scenarie: Forhøjet sats og tillæg til enlige fra 1. juli 2025 (§ 16 og § 18)
    Givet en enlig ansøger født 1980-05-05
    Når kontanthjælpen beregnes for 2025-08
    Så udbetales 13.590,00 kr. for 2025-08

  @id:KH-SATS-006
  Scenarie: Mindstesats når opholds- og beskæftigelseskravet ikke er opfyldt
    Givet en enlig ansøger født 1980-01-01
    Og ansøgeren opfylder ikke opholds- og beskæftigelseskravet
    Når kontanthjælpen beregnes for 2025-09
    Så udbetales 6.789,00 kr. for 2025-09

  @id:KH-SATS-007
  Scenarie: Grundsats, børnetillæg, tillæg til enlige forsørgere og særligt ungetillæg
    Givet en enlig ansøger født 1999-03-10
    Og ansøgeren er aktivitetsparat
    Og husstanden har et barn født 2020-01-01
    Og ansøgeren har ret til ekstra børnetilskud
    Når kontanthjælpen beregnes for 2025-08
    Så udbetales 14.217,00 kr. for 2025-08
