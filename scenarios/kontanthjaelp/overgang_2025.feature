# language: da
@akl-16 @akl-25
Egenskab: En sag over 1. juli 2025 beregnes måned for måned efter hver sin lov
  Måneder til og med juni 2025 efter §§ 25 ff. (timefradrag, loft, 225-timersregel, formue 10.000 kr.), måneder
  fra juli 2025 efter §§ 16-20 (fribeløb og 65 %, intet loft, ingen 225-timersregel, formue 15.500 kr.).
  Faktaark: danish-law.md 2.1 (1. juli 2025: "new kontanthjælpssystem has effect") og KILDER.md (2025-beløb
  UNCONFIRMED). Fortolkninger: FT-KH-LOVSKIFTE.

  @id:KH-016-201 @alvor:A
  Scenarie: Juni efter § 25, juli efter § 16
    Givet en enlig ansøger født 1980-05-05
    Når sagen afgøres for 2025-06 til 2025-07
    Så beregnes 2025-06 efter reglerne før 1. juli 2025
    Og 2025-07 beregnes efter reglerne fra 1. juli 2025
    Og der udbetales 12.770,00 kr. for 2025-06
    Og der udbetales 13.590,00 kr. for 2025-07

  @id:KH-016-202 @akl-31 @alvor:A
  Scenarie: Timefradraget i juni, fribeløbet i juli
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i 2025-06 arbejdet 20 timer og tjent 3.000,00 kr.
    Og ansøgeren har i 2025-07 arbejdet 20 timer og tjent 3.000,00 kr.
    Når sagen afgøres for 2025-06 til 2025-07
    Så udbetales 10.394,80 kr. for 2025-06
    Og der udbetales 13.323,50 kr. for 2025-07

  @id:KH-016-203 @akl-25b @alvor:B
  Scenarie: Loftet nedsætter boligstøtten i juni, men ikke i juli
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2025-06 boligstøtte på 4.000,00 kr.
    Og husstanden får i 2025-07 boligstøtte på 4.000,00 kr.
    Når sagen afgøres for 2025-06 til 2025-07
    Så boligstøtten nedsættes med 1.324,00 kr. for 2025-06
    Og boligstøtten nedsættes med 0,00 kr. for 2025-07

  @id:KH-016-204 @akl-13g @alvor:A
  Scenarie: 225-nedsættelsen gælder i juni, men ikke i juli
    # Juni 2025: § 25, stk. 2, nr. 2 12.770 kr. (UNCONFIRMED) - § 13 g (2025) 1.166 kr. (UNCONFIRMED: 1.125 x 12.770/12.326
    # = 1.165,52 -> 1.166) = 11.604,00 kr. Juli 2025: 225-timersreglen er ophævet (FT-KH-LOVSKIFTE); uændret nye regler.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren modtog hjælp fra 2024-06 til 2025-05 og arbejdede 0 timer om måneden
    Og kommunen traf 2025-05-10 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2025-06 til 2025-07
    Så udbetales 11.604,00 kr. for 2025-06
    Og ansøgerens hjælp nedsættes med 1.166,00 kr. for 2025-06 efter 225-timersreglen
    Og der udbetales 13.590,00 kr. for 2025-07
    Og ansøgerens hjælp nedsættes ikke for 2025-07

  @id:KH-016-205 @akl-14 @alvor:A
  Scenarie: Formuegrænsen stiger fra 10.000 til 15.500 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har en formue på 12.000,00 kr.
    Når sagen afgøres for 2025-06 til 2025-07
    Så udbetales 10.770,00 kr. for 2025-06
    Og der udbetales 13.590,00 kr. for 2025-07

  @id:KH-016-206 @akl-17 @alvor:A
  Scenarie: Forsørgersatsen i juni, forhøjet sats med børnetillæg i juli
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Når sagen afgøres for 2025-06 til 2025-07
    Så udbetales 16.972,00 kr. for 2025-06
    Og der udbetales 15.282,00 kr. for 2025-07
    Og der er udbetalt 32.254,00 kr. i alt
