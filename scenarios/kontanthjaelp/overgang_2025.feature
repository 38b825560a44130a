# language: da
@udkast @alvor:A
Egenskab: En sag over 1. juli 2025 beregnes måned for måned efter hver sin lov

  @id:KH-OVERGANG-001
  Scenarie: Juni efter § 25, juli efter § 16
    Givet en enlig ansøger født 1980-05-05
    Når kontanthjælpen beregnes for 2025-06 til 2025-07
    Så beregnes 2025-06 efter foer_2025_07
    Og beregnes 2025-07 efter fra_2025_07
    Og udbetales 12.770,00 kr. for 2025-06
    Og udbetales 13.590,00 kr. for 2025-07

  @id:KH-OVERGANG-002
  Scenarie: Timefradraget i juni, fribeløbet i juli
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2025-06 arbejdet 20 timer for 3.000,00 kr.
    Og ansøgeren har i 2025-07 tjent 3.000,00 kr.
    Når kontanthjælpen beregnes for 2025-06 til 2025-07
    Så udbetales 10.394,80 kr. for 2025-06
    Og udbetales 13.323,50 kr. for 2025-07
