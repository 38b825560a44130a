# language: da
@akl-23 @alvor:A
Egenskab: Uddannelseshjælp (aktivloven §§ 23-24) til unge under 30 uden erhvervskompetencegivende uddannelse
  Til og med juni 2025 får en person under 30 uden erhvervskompetencegivende uddannelse uddannelseshjælp på
  SU-niveau efter § 23, stk. 2 (nr. 1 enlig forsørger, nr. 2 anden forsørger, nr. 6-9 ude- og hjemmeboende), dog på
  voksensatsens niveau for gravide efter 12. svangerskabsuge (nr. 3) og for personer med en dokumenteret psykisk
  lidelse (nr. 4-5). En aktivitetsparat person på SU-niveau får aktivitetstillæg (§ 24) fra den 4. måned på hjælp,
  eller straks efter § 24, stk. 5; ikke på nr. 3-5 (§ 24, stk. 4). Fra 1. juli 2025 er uddannelseshjælpen afskaffet,
  og alle får kontanthjælp efter § 16 (lov nr. 1655/2024). Satser: bm.dk 2023 (bekræftet); 2021 og 2024 sekundære,
  2022 og 2025 udledt (KILDER.md, UNCONFIRMED). Fortolkninger: FT-KH-UDDANNELSESHJAELP, FT-KH-KATEGORI-FOER,
  FT-KH-AKTIVITETSTILLAEG, FT-KH-225-UGIFT, FT-KH-LOFT-GRUNDLAG.

  @id:KH-023-001 @akl-23-stk-2
  Scenarie: Uddannelsesparat under 25, udeboende: SU-niveau
    # 23 år, udeboende, ingen uddannelse, ikke aktivitetsparat: § 23, stk. 2, nr. 8 (2023, bm.dk) 6.545,00 kr.
    Givet en enlig ansøger på 23 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Når sagen afgøres for 2023-02
    Så udbetales 6.545,00 kr. for 2023-02
    Og ansøgerens satskategori er uh_udeboende for 2023-02

  @id:KH-023-002 @akl-23-stk-2
  Scenarie: Uddannelsesparat 25-29, hjemmeboende
    # 27 år, hjemmeboende: § 23, stk. 2, nr. 7 (2023, bm.dk) 2.820,00 kr.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren bor hjemme hos sine forældre
    Når sagen afgøres for 2023-02
    Så udbetales 2.820,00 kr. for 2023-02

  @id:KH-024-001 @akl-24
  Scenarie: Aktivitetsparat 25-29, hjemmeboende, efter 3 måneder på hjælp: aktivitetstillæg op til voksensatsen
    # 27 år, hjemmeboende, aktivitetsparat, på hjælp 2022-10 til 2023-01 (3 måneder før februar): § 24, stk. 1.
    # 2.820 (§ 23, stk. 2, nr. 7) + 9.124 (§ 24, stk. 3, nr. 4) = 11.944,00 kr. (bm.dk 2023; = § 25, stk. 2, nr. 2).
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Og ansøgeren modtog hjælp fra 2022-10 til 2023-01 og arbejdede 0 timer om måneden
    Når sagen afgøres for 2023-02
    Så udbetales 11.944,00 kr. for 2023-02
    Og ansøgeren får aktivitetstillæg på 9.124,00 kr. for 2023-02

  @id:KH-024-002 @akl-24
  Scenarie: Aktivitetstillægget tidligst fra den 4. måned på hjælp
    # På hjælp fra 2022-10. December 2022 er 3. måned: af de 3 måneder før (september-november) kun 2 på hjælp, så
    # intet tillæg (§ 24, stk. 1: 'tidligst ... når personen har modtaget uddannelseshjælp i 3 måneder'): § 23, stk. 2,
    # nr. 7 (2022) 2.766 kr. (UNCONFIRMED: 2.762 (2021) x 11.716/11.698). Januar 2023: oktober-december på hjælp:
    # 2.820 + 9.124 = 11.944,00 kr. (bm.dk 2023).
    Givet en enlig ansøger født 1995-08-01
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Og ansøgeren modtog hjælp fra 2022-10 til 2022-11 og arbejdede 0 timer om måneden
    Når sagen afgøres for 2022-12 til 2023-01
    Så udbetales 2.766,00 kr. for 2022-12
    Og ansøgeren får ikke aktivitetstillæg for 2022-12
    Og der udbetales 11.944,00 kr. for 2023-01

  @id:KH-024-003 @akl-24-stk-5
  Scenarie: Aktivitetstillæg fra start efter § 24, stk. 5
    # 22 år, udeboende, aktivitetsparat fra første møde (§ 24, stk. 5), ingen måneder på hjælp før:
    # 6.545 (§ 23, stk. 2, nr. 8) + 1.154 (§ 24, stk. 3, nr. 5) = 7.699,00 kr. (bm.dk 2023).
    Givet en enlig ansøger på 22 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for 2023-02
    Så udbetales 7.699,00 kr. for 2023-02
    Og ansøgeren får aktivitetstillæg på 1.154,00 kr. for 2023-02

  @id:KH-023-003 @akl-23-stk-2 @akl-24-stk-4
  Scenarie: Gravid efter 12. svangerskabsuge: voksensatsens niveau fra måneden efter, og intet aktivitetstillæg
    # 24 år, udeboende, aktivitetsparat fra start. Passerede 12. uge 2023-01-10: januar vurderes den 1. (FT-KH-AENDRING):
    # 6.545 + 1.154 = 7.699 kr. Februar: § 23, stk. 2, nr. 3 = 11.944 kr. (bm.dk 2023) og intet aktivitetstillæg
    # (§ 24, stk. 4; borger.dk: '11.554 (ingen tillæg)' i 2020): 11.944,00 kr.
    Givet en enlig ansøger på 24 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Og ansøgeren passerede 12. svangerskabsuge 2023-01-10
    Når sagen afgøres for 2023-01 til 2023-02
    Så udbetales 7.699,00 kr. for 2023-01
    Og der udbetales 11.944,00 kr. for 2023-02
    Og ansøgeren får ikke aktivitetstillæg for 2023-02
    Og ansøgerens satskategori er uh_gravid for 2023-02

  @id:KH-023-004 @akl-23-stk-2
  Scenarie: Dokumenteret psykisk lidelse, udeboende: § 23, stk. 2, nr. 5
    # 26 år, udeboende, psykisk lidelse med en af diagnoserne i nr. 4: § 23, stk. 2, nr. 5 = 11.944,00 kr. (bm.dk 2023).
    Givet en enlig ansøger på 26 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren har en dokumenteret psykisk lidelse
    Når sagen afgøres for 2023-02
    Så udbetales 11.944,00 kr. for 2023-02
    Og ansøgerens satskategori er uh_psykisk_syg_udeboende for 2023-02

  @id:KH-023-005 @akl-23-stk-2 @akl-24
  Scenarie: Enlig forsørger med aktivitetstillæg
    # 24 år, enlig, ét barn, ret til ekstra børnetilskud: § 23, stk. 2, nr. 1 = 13.090 kr.; aktivitetsparat fra start:
    # + § 24, stk. 3, nr. 1 = 2.784 kr. I alt 15.874,00 kr. (bm.dk 2023; = § 25, stk. 2, nr. 1).
    Givet en enlig ansøger på 24 år
    Og husstanden har et barn født 2021-04-04
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for 2023-02
    Så udbetales 15.874,00 kr. for 2023-02
    Og ansøgerens sats er 13.090,00 kr. for 2023-02

  @id:KH-013g-015 @akl-13g
  Scenarie: Uddannelseshjælp på SU-niveau nedsættes ikke efter 225-timersreglen
    # 23 år, udeboende, uddannelsesparat, 0 timer i 12 måneder og hjælp i 12: kravet er ikke opfyldt, men § 13 g, stk. 1,
    # nr. 2: 'personer, der modtager uddannelseshjælp beregnet på baggrund af satserne i § 23, stk. 2, nr. 1, 2 og 6-9,
    # [får ikke] nedsat hjælpen'. Udbetales 6.545,00 kr. (2023).
    Givet en enlig ansøger på 23 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 6.545,00 kr. for 2023-03
    Og ansøgerens hjælp nedsættes ikke for 2023-03

  @id:KH-013g-016 @akl-13g
  Scenarie: Uddannelseshjælp med aktivitetstillæg på voksensatsens niveau nedsættes med det høje beløb
    # 27 år, udeboende, aktivitetsparat, på hjælp 2022-03 til 2023-02: 6.545 + 5.399 = 11.944 = voksensatsen (borger.dk:
    # 'inklusive evt. barsels- eller aktivitetstillæg'): § 13 g, stk. 1, nr. 1 (2023) 1.090 kr. (UNCONFIRMED, udledt):
    # 11.944 - 1.090 = 10.854,00 kr.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 10.854,00 kr. for 2023-03
    Og ansøgerens hjælp nedsættes med 1.090,00 kr. for 2023-03 efter 225-timersreglen

  @id:KH-025b-011 @akl-25b-stk-3
  Scenarie: Loftet for uddannelseshjælp (§ 25 b, stk. 3)
    # 23 år, udeboende, uddannelsesparat: 6.545 kr.; boligstøtte 5.000 (én voksen). Loft § 25 b, stk. 3, nr. 6 (enlig,
    # ikke forsørger, 2023, bm.dk) 10.623 kr. 6.545 + 5.000 - 10.623 = 922,00 kr. nedsættelse af boligstøtten.
    Givet en enlig ansøger på 23 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og husstanden får i 2023-05 boligstøtte på 5.000,00 kr.
    Når sagen afgøres for 2023-05
    Så udbetales 6.545,00 kr. for 2023-05
    Og boligstøtten nedsættes med 922,00 kr. for 2023-05

  @id:KH-016-207 @akl-16 @akl-19
  Scenarie: Overgangen 1. juli 2025: aktivitetstillæg til uddannelseshjælp bliver grundsats med særligt ungetillæg
    # 27 år, udeboende, aktivitetsparat, ingen uddannelse, på hjælp fra 2024-06. Juni 2025: § 23, stk. 2, nr. 6
    # 6.997 kr. + § 24, stk. 3, nr. 3 5.773 kr. (begge UNCONFIRMED, udledt: 6.754 x 21.092/20.359 = 6.997,17;
    # 5.572 x 21.092/20.359 = 5.772,61) = 12.770,00 kr. Juli 2025: uddannelseshjælpen er afskaffet; grundsats 7.205
    # (UNCONFIRMED) + tillæg til enlige 1.092 + særligt ungetillæg 25-29 år 2.590 (kalundborg.dk) = 10.887,00 kr.
    # Et midlertidigt tilpasningstillæg (beløb og betingelser ikke fundet) er uden for referencens område.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren modtog hjælp fra 2024-06 til 2025-05 og arbejdede 20 timer om måneden
    Når sagen afgøres for 2025-06 til 2025-07
    Så udbetales 12.770,00 kr. for 2025-06
    Og ansøgeren får aktivitetstillæg på 5.773,00 kr. for 2025-06
    Og der udbetales 10.887,00 kr. for 2025-07
    Og ansøgeren får særligt ungetillæg på 2.590,00 kr. for 2025-07
