# language: da
@udkast @alvor:A
Egenskab: Ansøgning og område

  @id:KH-PROC-001
  Scenarie: Ingen hjælp før ansøgningen, forholdsmæssig hjælp i ansøgningsmåneden
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har søgt den 2023-03-17
    Når kontanthjælpen beregnes for 2023-02 til 2023-03
    Så udbetales 0,00 kr. for 2023-02
    Og udbetales 5.779,35 kr. for 2023-03

  @id:KH-PROC-002
  Scenarie: Sats for hjemmeboende efter 1. juli 2025 er ukendt: sagen springes over
    Givet en enlig ansøger født 2004-01-01
    Og ansøgeren er hjemmeboende
    Når kontanthjælpen beregnes for 2025-09
    Så er sagen uden for referencens område

  @id:KH-PROC-003
  Scenarie: Et barn tæller fra måneden efter fødslen
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2023-06-10
    Når kontanthjælpen beregnes for 2023-06 til 2023-07
    Så udbetales 11.944,00 kr. for 2023-06
    Og udbetales 15.874,00 kr. for 2023-07
