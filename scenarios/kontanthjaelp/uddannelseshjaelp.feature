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

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Under 25, udeboende, aktivitetsparat: § 23, stk. 2, nr. 8 og § 24, stk. 3, nr. 5 år for år
    # Uddannelseshjælp og aktivitetstillæg år for år, hver værdi i sin første måned (januar). Kilder: KILDER.md,
    # 'Uddannelseshjælp before 1 July 2025': 2023 bm.dk (bekræftet); 2021 detfagligehus.dk 'Satser 2021' (sekundær,
    # UNCONFIRMED); 2022 udledt = 2021 x 11.716 / 11.698 (UNCONFIRMED); 2024 sats seniorfolk.dk (UNCONFIRMED), tillæg
    # udledt = 2023 x 12.326 / 11.944 (UNCONFIRMED); 2025 udledt = 2024 x 21.092 / 20.359 (UNCONFIRMED). Aktivitetsparat
    # fra første møde (§ 24, stk. 5), så tillægget gives straks; ingen indtægt, ingen boligstøtte: udbetalt = sats + tillæg.
    # 2021: 6.410 + 1.130 = 7.540. 2022: 6.410 x 11.716/11.698 = 6.419,86 -> 6.420; 1.130 x 11.716/11.698 = 1.131,74
    # -> 1.132; 6.420 + 1.132 = 7.552. 2023: 6.545 + 1.154 = 7.699. 2024: 6.754; 1.154 x 12.326/11.944 = 1.190,91 ->
    # 1.191; 6.754 + 1.191 = 7.945. 2025: 6.754 x 21.092/20.359 = 6.997,17 -> 6.997; 1.191 x 21.092/20.359 = 1.233,88
    # -> 1.234; 6.997 + 1.234 = 8.231.
    Givet en enlig ansøger på 22 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_udeboende for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg   | i alt    |
      | KH-024-300 | 2021-01 | 6.410,00 | 1.130,00 | 7.540,00 |
      | KH-024-301 | 2022-01 | 6.420,00 | 1.132,00 | 7.552,00 |
      | KH-024-302 | 2023-01 | 6.545,00 | 1.154,00 | 7.699,00 |
      | KH-024-303 | 2024-01 | 6.754,00 | 1.191,00 | 7.945,00 |
      | KH-024-304 | 2025-01 | 6.997,00 | 1.234,00 | 8.231,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Under 25, hjemmeboende, aktivitetsparat: § 23, stk. 2, nr. 9 og § 24, stk. 3, nr. 6 år for år
    # 2021: 2.762 + 876 = 3.638. 2022: 2.762 x 11.716/11.698 = 2.766,25 -> 2.766; 876 x 11.716/11.698 = 877,35 -> 877;
    # 2.766 + 877 = 3.643. 2023: 2.820 + 894 = 3.714. 2024: 2.910; 894 x 12.326/11.944 = 922,59 -> 923; 2.910 + 923 =
    # 3.833. 2025: 2.910 x 21.092/20.359 = 3.014,77 -> 3.015; 923 x 21.092/20.359 = 956,23 -> 956; 3.015 + 956 = 3.971.
    Givet en enlig ansøger på 22 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_hjemmeboende for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg | i alt    |
      | KH-024-305 | 2021-01 | 2.762,00 | 876,00 | 3.638,00 |
      | KH-024-306 | 2022-01 | 2.766,00 | 877,00 | 3.643,00 |
      | KH-024-307 | 2023-01 | 2.820,00 | 894,00 | 3.714,00 |
      | KH-024-308 | 2024-01 | 2.910,00 | 923,00 | 3.833,00 |
      | KH-024-309 | 2025-01 | 3.015,00 | 956,00 | 3.971,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: 25-29 år, udeboende, aktivitetsparat: § 23, stk. 2, nr. 6 og § 24, stk. 3, nr. 3 år for år
    # 2021: 6.410 + 5.288 = 11.698. 2022: 6.420 (som ovenfor); 5.288 x 11.716/11.698 = 5.296,14 -> 5.296; 6.420 + 5.296
    # = 11.716. 2023: 6.545 + 5.399 = 11.944. 2024: 6.754; 5.399 x 12.326/11.944 = 5.571,67 -> 5.572 (= 12.326 - 6.754);
    # 6.754 + 5.572 = 12.326. 2025: 6.997; 5.572 x 21.092/20.359 = 5.772,61 -> 5.773; 6.997 + 5.773 = 12.770.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_udeboende for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg   | i alt     |
      | KH-024-310 | 2021-01 | 6.410,00 | 5.288,00 | 11.698,00 |
      | KH-024-311 | 2022-01 | 6.420,00 | 5.296,00 | 11.716,00 |
      | KH-024-312 | 2023-01 | 6.545,00 | 5.399,00 | 11.944,00 |
      | KH-024-313 | 2024-01 | 6.754,00 | 5.572,00 | 12.326,00 |
      | KH-024-314 | 2025-01 | 6.997,00 | 5.773,00 | 12.770,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: 25-29 år, hjemmeboende, aktivitetsparat: § 23, stk. 2, nr. 7 og § 24, stk. 3, nr. 4 år for år
    # 2021: 2.762 + 8.936 = 11.698. 2022: 2.766 (som ovenfor); 8.936 x 11.716/11.698 = 8.949,75 -> 8.950; 2.766 + 8.950
    # = 11.716. 2023: 2.820 + 9.124 = 11.944. 2024: 2.910; 9.124 x 12.326/11.944 = 9.415,81 -> 9.416 (= 12.326 - 2.910);
    # 2.910 + 9.416 = 12.326. 2025: 3.015; 9.416 x 21.092/20.359 = 9.755,01 -> 9.755; 3.015 + 9.755 = 12.770.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_hjemmeboende for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg   | i alt     |
      | KH-024-315 | 2021-01 | 2.762,00 | 8.936,00 | 11.698,00 |
      | KH-024-316 | 2022-01 | 2.766,00 | 8.950,00 | 11.716,00 |
      | KH-024-317 | 2023-01 | 2.820,00 | 9.124,00 | 11.944,00 |
      | KH-024-318 | 2024-01 | 2.910,00 | 9.416,00 | 12.326,00 |
      | KH-024-319 | 2025-01 | 3.015,00 | 9.755,00 | 12.770,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Enlig forsørger med ret til ekstra børnetilskud: § 23, stk. 2, nr. 1 og § 24, stk. 3, nr. 1 år for år
    # 24 år, ét barn under 18. 2021: 12.821 + 2.727 = 15.548. 2022: 12.821 x 11.716/11.698 = 12.840,73 -> 12.841;
    # 2.727 x 11.716/11.698 = 2.731,20 -> 2.731; 12.841 + 2.731 = 15.572. 2023: 13.090 + 2.784 = 15.874. 2024: 13.509;
    # 2.784 x 12.326/11.944 = 2.873,04 -> 2.873; 13.509 + 2.873 = 16.382. 2025: 13.509 x 21.092/20.359 = 13.995,37 ->
    # 13.995; 2.873 x 21.092/20.359 = 2.976,44 -> 2.976; 13.995 + 2.976 = 16.971.
    Givet en enlig ansøger på 24 år
    Og husstanden har et barn født 2020-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_enlig_forsoerger for <måned>

    Eksempler:
      | id         | måned   | sats      | tillæg   | i alt     |
      | KH-024-320 | 2021-01 | 12.821,00 | 2.727,00 | 15.548,00 |
      | KH-024-321 | 2022-01 | 12.841,00 | 2.731,00 | 15.572,00 |
      | KH-024-322 | 2023-01 | 13.090,00 | 2.784,00 | 15.874,00 |
      | KH-024-323 | 2024-01 | 13.509,00 | 2.873,00 | 16.382,00 |
      | KH-024-324 | 2025-01 | 13.995,00 | 2.976,00 | 16.971,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Forsørger uden ret til ekstra børnetilskud: § 23, stk. 2, nr. 2 og § 24, stk. 3, nr. 2 år for år
    # 24 år, ét barn under 18, ingen ret til ekstra børnetilskud. 2021: 8.973 + 6.575 = 15.548. 2022: 8.973 x
    # 11.716/11.698 = 8.986,81 -> 8.987; 6.575 x 11.716/11.698 = 6.585,12 -> 6.585; 8.987 + 6.585 = 15.572. 2023: 9.161
    # + 6.713 = 15.874. 2024: 9.454; 6.713 x 12.326/11.944 = 6.927,70 -> 6.928; 9.454 + 6.928 = 16.382. 2025: 9.454 x
    # 21.092/20.359 = 9.794,38 -> 9.794; 6.928 x 21.092/20.359 = 7.177,43 -> 7.177; 9.794 + 7.177 = 16.971.
    Givet en enlig ansøger på 24 år
    Og husstanden har et barn født 2020-06-01
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_forsoerger_uden_ekstra_boernetilskud for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg   | i alt     |
      | KH-024-325 | 2021-01 | 8.973,00 | 6.575,00 | 15.548,00 |
      | KH-024-326 | 2022-01 | 8.987,00 | 6.585,00 | 15.572,00 |
      | KH-024-327 | 2023-01 | 9.161,00 | 6.713,00 | 15.874,00 |
      | KH-024-328 | 2024-01 | 9.454,00 | 6.928,00 | 16.382,00 |
      | KH-024-329 | 2025-01 | 9.794,00 | 7.177,00 | 16.971,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp ved årsskiftet, Under 25, udeboende (§ 23, stk. 2, nr. 8; § 24, stk. 3, nr. 5)
    # Aktivitetsparat fra start (§ 24, stk. 5); december har årets sats og tillæg, januar det nye års (KILDER.md, som
    # tabellerne ovenfor; 2021 sekundær, 2022 og 2025 udledt, 2024 tillæg udledt: UNCONFIRMED). Sats + tillæg:
    # 2021: 6.410 + 1.130 = 7.540; 2022: 6.420 + 1.132 = 7.552; 2023: 6.545 + 1.154 = 7.699; 2024: 6.754 + 1.191 = 7.945; 2025: 6.997 + 1.234 = 8.231.
    Givet en enlig ansøger født 2000-06-15
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <december> til <januar>
    Så udbetales <i alt dec> kr. for <december>
    Og ansøgerens sats er <sats dec> kr. for <december>
    Og ansøgeren får aktivitetstillæg på <tillæg dec> kr. for <december>
    Og der udbetales <i alt jan> kr. for <januar>
    Og ansøgerens sats er <sats jan> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tillæg jan> kr. for <januar>
    Og ansøgerens satskategori er uh_udeboende for <januar>

    Eksempler:
      | id         | december | januar  | sats dec | tillæg dec | i alt dec | sats jan | tillæg jan | i alt jan |
      | KH-024-375 | 2021-12  | 2022-01 | 6.410,00 | 1.130,00   | 7.540,00  | 6.420,00 | 1.132,00   | 7.552,00  |
      | KH-024-376 | 2022-12  | 2023-01 | 6.420,00 | 1.132,00   | 7.552,00  | 6.545,00 | 1.154,00   | 7.699,00  |
      | KH-024-377 | 2023-12  | 2024-01 | 6.545,00 | 1.154,00   | 7.699,00  | 6.754,00 | 1.191,00   | 7.945,00  |
      | KH-024-378 | 2024-12  | 2025-01 | 6.754,00 | 1.191,00   | 7.945,00  | 6.997,00 | 1.234,00   | 8.231,00  |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp ved årsskiftet, Under 25, hjemmeboende (§ 23, stk. 2, nr. 9; § 24, stk. 3, nr. 6)
    # Aktivitetsparat fra start (§ 24, stk. 5); december har årets sats og tillæg, januar det nye års (KILDER.md, som
    # tabellerne ovenfor; 2021 sekundær, 2022 og 2025 udledt, 2024 tillæg udledt: UNCONFIRMED). Sats + tillæg:
    # 2021: 2.762 + 876 = 3.638; 2022: 2.766 + 877 = 3.643; 2023: 2.820 + 894 = 3.714; 2024: 2.910 + 923 = 3.833; 2025: 3.015 + 956 = 3.971.
    Givet en enlig ansøger født 2000-06-15
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <december> til <januar>
    Så udbetales <i alt dec> kr. for <december>
    Og ansøgerens sats er <sats dec> kr. for <december>
    Og ansøgeren får aktivitetstillæg på <tillæg dec> kr. for <december>
    Og der udbetales <i alt jan> kr. for <januar>
    Og ansøgerens sats er <sats jan> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tillæg jan> kr. for <januar>
    Og ansøgerens satskategori er uh_hjemmeboende for <januar>

    Eksempler:
      | id         | december | januar  | sats dec | tillæg dec | i alt dec | sats jan | tillæg jan | i alt jan |
      | KH-024-379 | 2021-12  | 2022-01 | 2.762,00 | 876,00     | 3.638,00  | 2.766,00 | 877,00     | 3.643,00  |
      | KH-024-380 | 2022-12  | 2023-01 | 2.766,00 | 877,00     | 3.643,00  | 2.820,00 | 894,00     | 3.714,00  |
      | KH-024-381 | 2023-12  | 2024-01 | 2.820,00 | 894,00     | 3.714,00  | 2.910,00 | 923,00     | 3.833,00  |
      | KH-024-382 | 2024-12  | 2025-01 | 2.910,00 | 923,00     | 3.833,00  | 3.015,00 | 956,00     | 3.971,00  |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp ved årsskiftet, 25-29 år, udeboende (§ 23, stk. 2, nr. 6; § 24, stk. 3, nr. 3)
    # Aktivitetsparat fra start (§ 24, stk. 5); december har årets sats og tillæg, januar det nye års (KILDER.md, som
    # tabellerne ovenfor; 2021 sekundær, 2022 og 2025 udledt, 2024 tillæg udledt: UNCONFIRMED). Sats + tillæg:
    # 2021: 6.410 + 5.288 = 11.698; 2022: 6.420 + 5.296 = 11.716; 2023: 6.545 + 5.399 = 11.944; 2024: 6.754 + 5.572 = 12.326; 2025: 6.997 + 5.773 = 12.770.
    Givet en enlig ansøger født 1995-06-15
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <december> til <januar>
    Så udbetales <i alt dec> kr. for <december>
    Og ansøgerens sats er <sats dec> kr. for <december>
    Og ansøgeren får aktivitetstillæg på <tillæg dec> kr. for <december>
    Og der udbetales <i alt jan> kr. for <januar>
    Og ansøgerens sats er <sats jan> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tillæg jan> kr. for <januar>
    Og ansøgerens satskategori er uh_udeboende for <januar>

    Eksempler:
      | id         | december | januar  | sats dec | tillæg dec | i alt dec | sats jan | tillæg jan | i alt jan |
      | KH-024-383 | 2021-12  | 2022-01 | 6.410,00 | 5.288,00   | 11.698,00 | 6.420,00 | 5.296,00   | 11.716,00 |
      | KH-024-384 | 2022-12  | 2023-01 | 6.420,00 | 5.296,00   | 11.716,00 | 6.545,00 | 5.399,00   | 11.944,00 |
      | KH-024-385 | 2023-12  | 2024-01 | 6.545,00 | 5.399,00   | 11.944,00 | 6.754,00 | 5.572,00   | 12.326,00 |
      | KH-024-386 | 2024-12  | 2025-01 | 6.754,00 | 5.572,00   | 12.326,00 | 6.997,00 | 5.773,00   | 12.770,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp ved årsskiftet, 25-29 år, hjemmeboende (§ 23, stk. 2, nr. 7; § 24, stk. 3, nr. 4)
    # Aktivitetsparat fra start (§ 24, stk. 5); december har årets sats og tillæg, januar det nye års (KILDER.md, som
    # tabellerne ovenfor; 2021 sekundær, 2022 og 2025 udledt, 2024 tillæg udledt: UNCONFIRMED). Sats + tillæg:
    # 2021: 2.762 + 8.936 = 11.698; 2022: 2.766 + 8.950 = 11.716; 2023: 2.820 + 9.124 = 11.944; 2024: 2.910 + 9.416 = 12.326; 2025: 3.015 + 9.755 = 12.770.
    Givet en enlig ansøger født 1995-06-15
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <december> til <januar>
    Så udbetales <i alt dec> kr. for <december>
    Og ansøgerens sats er <sats dec> kr. for <december>
    Og ansøgeren får aktivitetstillæg på <tillæg dec> kr. for <december>
    Og der udbetales <i alt jan> kr. for <januar>
    Og ansøgerens sats er <sats jan> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tillæg jan> kr. for <januar>
    Og ansøgerens satskategori er uh_hjemmeboende for <januar>

    Eksempler:
      | id         | december | januar  | sats dec | tillæg dec | i alt dec | sats jan | tillæg jan | i alt jan |
      | KH-024-387 | 2021-12  | 2022-01 | 2.762,00 | 8.936,00   | 11.698,00 | 2.766,00 | 8.950,00   | 11.716,00 |
      | KH-024-388 | 2022-12  | 2023-01 | 2.766,00 | 8.950,00   | 11.716,00 | 2.820,00 | 9.124,00   | 11.944,00 |
      | KH-024-389 | 2023-12  | 2024-01 | 2.820,00 | 9.124,00   | 11.944,00 | 2.910,00 | 9.416,00   | 12.326,00 |
      | KH-024-390 | 2024-12  | 2025-01 | 2.910,00 | 9.416,00   | 12.326,00 | 3.015,00 | 9.755,00   | 12.770,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp ved årsskiftet, Enlig forsørger (§ 23, stk. 2, nr. 1; § 24, stk. 3, nr. 1)
    # Aktivitetsparat fra start (§ 24, stk. 5); december har årets sats og tillæg, januar det nye års (KILDER.md, som
    # tabellerne ovenfor; 2021 sekundær, 2022 og 2025 udledt, 2024 tillæg udledt: UNCONFIRMED). Sats + tillæg:
    # 2021: 12.821 + 2.727 = 15.548; 2022: 12.841 + 2.731 = 15.572; 2023: 13.090 + 2.784 = 15.874; 2024: 13.509 + 2.873 = 16.382; 2025: 13.995 + 2.976 = 16.971.
    Givet en enlig ansøger født 1998-06-15
    Og husstanden har et barn født 2019-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <december> til <januar>
    Så udbetales <i alt dec> kr. for <december>
    Og ansøgerens sats er <sats dec> kr. for <december>
    Og ansøgeren får aktivitetstillæg på <tillæg dec> kr. for <december>
    Og der udbetales <i alt jan> kr. for <januar>
    Og ansøgerens sats er <sats jan> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tillæg jan> kr. for <januar>
    Og ansøgerens satskategori er uh_enlig_forsoerger for <januar>

    Eksempler:
      | id         | december | januar  | sats dec  | tillæg dec | i alt dec | sats jan  | tillæg jan | i alt jan |
      | KH-024-391 | 2021-12  | 2022-01 | 12.821,00 | 2.727,00   | 15.548,00 | 12.841,00 | 2.731,00   | 15.572,00 |
      | KH-024-392 | 2022-12  | 2023-01 | 12.841,00 | 2.731,00   | 15.572,00 | 13.090,00 | 2.784,00   | 15.874,00 |
      | KH-024-393 | 2023-12  | 2024-01 | 13.090,00 | 2.784,00   | 15.874,00 | 13.509,00 | 2.873,00   | 16.382,00 |
      | KH-024-394 | 2024-12  | 2025-01 | 13.509,00 | 2.873,00   | 16.382,00 | 13.995,00 | 2.976,00   | 16.971,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp ved årsskiftet, Forsørger uden ret til ekstra børnetilskud (§ 23, stk. 2, nr. 2; § 24, stk. 3, nr. 2)
    # Aktivitetsparat fra start (§ 24, stk. 5); december har årets sats og tillæg, januar det nye års (KILDER.md, som
    # tabellerne ovenfor; 2021 sekundær, 2022 og 2025 udledt, 2024 tillæg udledt: UNCONFIRMED). Sats + tillæg:
    # 2021: 8.973 + 6.575 = 15.548; 2022: 8.987 + 6.585 = 15.572; 2023: 9.161 + 6.713 = 15.874; 2024: 9.454 + 6.928 = 16.382; 2025: 9.794 + 7.177 = 16.971.
    Givet en enlig ansøger født 1998-06-15
    Og husstanden har et barn født 2019-06-01
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <december> til <januar>
    Så udbetales <i alt dec> kr. for <december>
    Og ansøgerens sats er <sats dec> kr. for <december>
    Og ansøgeren får aktivitetstillæg på <tillæg dec> kr. for <december>
    Og der udbetales <i alt jan> kr. for <januar>
    Og ansøgerens sats er <sats jan> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tillæg jan> kr. for <januar>
    Og ansøgerens satskategori er uh_forsoerger_uden_ekstra_boernetilskud for <januar>

    Eksempler:
      | id         | december | januar  | sats dec | tillæg dec | i alt dec | sats jan | tillæg jan | i alt jan |
      | KH-024-395 | 2021-12  | 2022-01 | 8.973,00 | 6.575,00   | 15.548,00 | 8.987,00 | 6.585,00   | 15.572,00 |
      | KH-024-396 | 2022-12  | 2023-01 | 8.987,00 | 6.585,00   | 15.572,00 | 9.161,00 | 6.713,00   | 15.874,00 |
      | KH-024-397 | 2023-12  | 2024-01 | 9.161,00 | 6.713,00   | 15.874,00 | 9.454,00 | 6.928,00   | 16.382,00 |
      | KH-024-398 | 2024-12  | 2025-01 | 9.454,00 | 6.928,00   | 16.382,00 | 9.794,00 | 7.177,00   | 16.971,00 |

  @id:KH-024-330 @akl-24-stk-5
  Scenarie: Aktivitetstillægget for 25-29-årige fra måneden efter 25-årsdagen
    # Født 1998-02-15, udeboende, uddannelseshjælp, aktivitetsparat fra start. Februar 2023: 24 år den 2023-01-31 ->
    # 6.545 + 1.154 (§ 24, stk. 3, nr. 5) = 7.699 kr.; marts 2023: 25 år den 2023-02-28 -> 6.545 + 5.399 (nr. 3) =
    # 11.944 kr. (bm.dk 2023; FT-KH-ALDER).
    Givet en enlig ansøger født 1998-02-15
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for 2023-02 til 2023-03
    Så udbetales 7.699,00 kr. for 2023-02
    Og ansøgeren får aktivitetstillæg på 1.154,00 kr. for 2023-02
    Og der udbetales 11.944,00 kr. for 2023-03
    Og ansøgeren får aktivitetstillæg på 5.399,00 kr. for 2023-03

  @id:KH-024-331 @akl-24
  Scenarie: Intet aktivitetstillæg, når en af de 3 måneder før ikke var på hjælp
    # 27 år, hjemmeboende, aktivitetsparat (ikke straks), på hjælp 2022-09 til 2022-11, ikke i december. Januar 2023: af
    # oktober-december kun 2 måneder på hjælp, så intet tillæg (FT-KH-AKTIVITETSTILLAEG, UNCONFIRMED: hjælp i hver af de
    # 3 kalendermåneder før). § 23, stk. 2, nr. 7 (bm.dk 2023): 2.820,00 kr.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Og ansøgeren modtog hjælp fra 2022-09 til 2022-11 og arbejdede 0 timer om måneden
    Når sagen afgøres for 2023-01
    Så udbetales 2.820,00 kr. for 2023-01
    Og ansøgeren får ikke aktivitetstillæg for 2023-01

  @id:KH-023-300 @akl-23-stk-2 @akl-24-stk-4
  Scenarie: Forsørger med dokumenteret psykisk lidelse på uddannelseshjælp: § 23, stk. 2, nr. 4 og intet aktivitetstillæg
    # 26 år, ingen uddannelse, enlig, ét barn, ingen ret til ekstra børnetilskud, psykisk lidelse, aktivitetsparat fra
    # start. Den højeste sats gælder (FT-KH-KATEGORI-FOER): § 23, stk. 2, nr. 4 = 15.874 kr. > nr. 2 = 9.161 kr. (bm.dk
    # 2023). Nr. 4 er ikke SU-niveau, så intet aktivitetstillæg (§ 24, stk. 4). Udbetales 15.874,00 kr.
    Givet en enlig ansøger på 26 år
    Og husstanden har et barn født 2019-01-01
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren har en dokumenteret psykisk lidelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for 2023-02
    Så udbetales 15.874,00 kr. for 2023-02
    Og ansøgerens satskategori er uh_psykisk_syg_forsoerger for 2023-02
    Og ansøgeren får ikke aktivitetstillæg for 2023-02

  @id:KH-024-816 @akl-24
  Scenarie: Intet aktivitetstillæg i den 3. måned på hjælp
    # FT-KH-AKTIVITETSTILLAEG: tillægget kræver hjælp i hver af de 3 kalendermåneder før (§ 24, stk. 1: 'tidligst ...
    # når personen har modtaget uddannelseshjælp i 3 måneder'). 27 år, hjemmeboende, aktivitetsparat, på hjælp 2023-01
    # og 2023-02: marts er 3. måned, af december-februar kun 2 på hjælp, så intet tillæg. § 23, stk. 2, nr. 7 (bm.dk
    # 2023): 2.820,00 kr.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Og ansøgeren modtog hjælp fra 2023-01 til 2023-02 og arbejdede 0 timer om måneden
    Når sagen afgøres for 2023-03
    Så udbetales 2.820,00 kr. for 2023-03
    Og ansøgeren får ikke aktivitetstillæg for 2023-03

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp midt i det første og det sidste år, under 25, udeboende (§ 23, stk. 2, nr. 8; § 24, stk. 3, nr. 5)
    # Aktivitetsparat fra start (§ 24, stk. 5). Satser som tabellerne ovenfor (KILDER.md; 2021 detfagligehus.dk, 2025
    # udledt af dagpengefaktoren 21.092/20.359, UNCONFIRMED). 2021: 6.410 + 1.130 = 7.540; 2025: 6.997 + 1.234 = 8.231.
    Givet en enlig ansøger på 22 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_udeboende for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg   | i alt    |
      | KH-024-332 | 2021-06 | 6.410,00 | 1.130,00 | 7.540,00 |
      | KH-024-333 | 2025-06 | 6.997,00 | 1.234,00 | 8.231,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp midt i det første og det sidste år, under 25, hjemmeboende (§ 23, stk. 2, nr. 9; § 24, stk. 3, nr. 6)
    # Aktivitetsparat fra start (§ 24, stk. 5). Satser som tabellerne ovenfor (KILDER.md; 2021 detfagligehus.dk, 2025
    # udledt af dagpengefaktoren 21.092/20.359, UNCONFIRMED). 2021: 2.762 + 876 = 3.638; 2025: 3.015 + 956 = 3.971.
    Givet en enlig ansøger på 22 år uden børn
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_hjemmeboende for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg | i alt    |
      | KH-024-334 | 2021-06 | 2.762,00 | 876,00 | 3.638,00 |
      | KH-024-335 | 2025-06 | 3.015,00 | 956,00 | 3.971,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp midt i det første og det sidste år, 25-29 år, udeboende (§ 23, stk. 2, nr. 6; § 24, stk. 3, nr. 3)
    # Aktivitetsparat fra start (§ 24, stk. 5). Satser som tabellerne ovenfor (KILDER.md; 2021 detfagligehus.dk, 2025
    # udledt af dagpengefaktoren 21.092/20.359, UNCONFIRMED). 2021: 6.410 + 5.288 = 11.698; 2025: 6.997 + 5.773 = 12.770.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_udeboende for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg   | i alt     |
      | KH-024-336 | 2021-06 | 6.410,00 | 5.288,00 | 11.698,00 |
      | KH-024-337 | 2025-06 | 6.997,00 | 5.773,00 | 12.770,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp midt i det første og det sidste år, 25-29 år, hjemmeboende (§ 23, stk. 2, nr. 7; § 24, stk. 3, nr. 4)
    # Aktivitetsparat fra start (§ 24, stk. 5). Satser som tabellerne ovenfor (KILDER.md; 2021 detfagligehus.dk, 2025
    # udledt af dagpengefaktoren 21.092/20.359, UNCONFIRMED). 2021: 2.762 + 8.936 = 11.698; 2025: 3.015 + 9.755 = 12.770.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_hjemmeboende for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg   | i alt     |
      | KH-024-338 | 2021-06 | 2.762,00 | 8.936,00 | 11.698,00 |
      | KH-024-339 | 2025-06 | 3.015,00 | 9.755,00 | 12.770,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp midt i det første og det sidste år, enlig forsørger (§ 23, stk. 2, nr. 1; § 24, stk. 3, nr. 1)
    # Aktivitetsparat fra start (§ 24, stk. 5). Satser som tabellerne ovenfor (KILDER.md; 2021 detfagligehus.dk, 2025
    # udledt af dagpengefaktoren 21.092/20.359, UNCONFIRMED). 2021: 12.821 + 2.727 = 15.548; 2025: 13.995 + 2.976 = 16.971.
    Givet en enlig ansøger på 24 år
    Og husstanden har et barn født 2019-06-01
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_enlig_forsoerger for <måned>

    Eksempler:
      | id         | måned   | sats      | tillæg   | i alt     |
      | KH-024-340 | 2021-06 | 12.821,00 | 2.727,00 | 15.548,00 |
      | KH-024-341 | 2025-06 | 13.995,00 | 2.976,00 | 16.971,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Uddannelseshjælp midt i det første og det sidste år, forsørger uden ret til ekstra børnetilskud (§ 23, stk. 2, nr. 2; § 24, stk. 3, nr. 2)
    # Aktivitetsparat fra start (§ 24, stk. 5). Satser som tabellerne ovenfor (KILDER.md; 2021 detfagligehus.dk, 2025
    # udledt af dagpengefaktoren 21.092/20.359, UNCONFIRMED). 2021: 8.973 + 6.575 = 15.548; 2025: 9.794 + 7.177 = 16.971.
    Givet en enlig ansøger på 24 år
    Og husstanden har et barn født 2019-06-01
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Når sagen afgøres for <måned>
    Så udbetales <i alt> kr. for <måned>
    Og ansøgerens sats er <sats> kr. for <måned>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <måned>
    Og ansøgerens satskategori er uh_forsoerger_uden_ekstra_boernetilskud for <måned>

    Eksempler:
      | id         | måned   | sats     | tillæg   | i alt     |
      | KH-024-342 | 2021-06 | 8.973,00 | 6.575,00 | 15.548,00 |
      | KH-024-343 | 2025-06 | 9.794,00 | 7.177,00 | 16.971,00 |

  @akl-23-stk-2 @akl-24-stk-5
  Abstrakt Scenario: Ægtepar på uddannelseshjælp, begge udeboende, i januar; hun passerer 12. svangerskabsuge den 1. februar
    # Ægtepar uden børn og uden erhvervskompetencegivende uddannelse, begge udeboende og aktivitetsparate fra første møde
    # (§ 24, stk. 5). Han er født 1996-03-10 (25-28 år i januar: § 23, stk. 2, nr. 6 og § 24, stk. 3, nr. 3), hun
    # 2000-06-15 (21-24 år: § 23, stk. 2, nr. 8 og § 24, stk. 3, nr. 5). Satser: KILDER.md (2023 bm.dk; 2022, 2024 og
    # 2025 UNCONFIRMED, udledt som i tabellerne ovenfor). Januar, hver værdi i sin første måned:
    # 2022: 6.420 + 5.296 = 11.716 og 6.420 + 1.132 = 7.552; i alt 19.268.
    # 2023: 6.545 + 5.399 = 11.944 og 6.545 + 1.154 = 7.699; i alt 19.643.
    # 2024: 6.754 + 5.572 = 12.326 og 6.754 + 1.191 = 7.945; i alt 20.271.
    # 2025: 6.997 + 5.773 = 12.770 og 6.997 + 1.234 = 8.231; i alt 21.001.
    # Februar: hun har passeret 12. uge den 1. (FT-KH-AENDRING): § 23, stk. 2, nr. 3 = § 25, stk. 2, nr. 2-niveauet og
    # intet aktivitetstillæg (§ 24, stk. 4); han uændret. 2022: 11.716 + 11.716 = 23.432; 2023: 2 x 11.944 = 23.888;
    # 2024: 2 x 12.326 = 24.652; 2025: 2 x 12.770 = 25.540.
    Givet et ægtepar, hvor ansøgeren er født 1996-03-10 og ægtefællen er født 2000-06-15
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ægtefællen er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Og ægtefællen får aktivitetstillæg fra start
    Og ægtefællen passerede 12. svangerskabsuge <uge12>
    Når sagen afgøres for <januar> til <februar>
    Så udbetales <jan> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <t2529> kr. for <januar>
    Og ægtefællen får aktivitetstillæg på <tu25> kr. for <januar>
    Og ægtefællens satskategori er uh_udeboende for <januar>
    Og der udbetales <feb> kr. for <februar>
    Og ægtefællens satskategori er uh_gravid for <februar>
    Og ægtefællen får ikke aktivitetstillæg for <februar>

    Eksempler:
      | id         | januar  | februar | uge12      | t2529    | tu25     | jan       | feb       |
      | KH-024-960 | 2022-01 | 2022-02 | 2022-02-01 | 5.296,00 | 1.132,00 | 19.268,00 | 23.432,00 |
      | KH-024-961 | 2023-01 | 2023-02 | 2023-02-01 | 5.399,00 | 1.154,00 | 19.643,00 | 23.888,00 |
      | KH-024-962 | 2024-01 | 2024-02 | 2024-02-01 | 5.572,00 | 1.191,00 | 20.271,00 | 24.652,00 |
      | KH-024-963 | 2025-01 | 2025-02 | 2025-02-01 | 5.773,00 | 1.234,00 | 21.001,00 | 25.540,00 |

  @akl-23-stk-2 @akl-24
  Abstrakt Scenario: Ægtepar på uddannelseshjælp, der bor hjemme, med aktivitetstillæg efter præcis 3 måneder på hjælp
    # Ægtepar uden børn og uden uddannelse, begge hjemmeboende og aktivitetsparate, på hjælp i oktober-december
    # (0 timer): i januar har de modtaget hjælp i 3 måneder, så aktivitetstillægget ydes (§ 24, stk. 1: 'tidligst ...
    # når personen har modtaget uddannelseshjælp i 3 måneder'; FT-KH-AKTIVITETSTILLAEG). Ansøgeren født 2000-06-15
    # (21-24 år: § 23, stk. 2, nr. 9 og § 24, stk. 3, nr. 6), ægtefællen 1996-03-10 (25-28 år: nr. 7 og nr. 4).
    # 2022: 2.766 + 877 = 3.643 og 2.766 + 8.950 = 11.716; i alt 15.359.
    # 2024: 2.910 + 923 = 3.833 og 2.910 + 9.416 = 12.326; i alt 16.159.
    # 2025: 3.015 + 956 = 3.971 og 3.015 + 9.755 = 12.770; i alt 16.741 (satser: KILDER.md, UNCONFIRMED, udledt).
    Givet et ægtepar, hvor ansøgeren er født 2000-06-15 og ægtefællen er født 1996-03-10
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren bor hjemme hos sine forældre
    Og ægtefællen bor hjemme hos sine forældre
    Og ansøgeren er aktivitetsparat
    Og ægtefællen er aktivitetsparat
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Og ægtefællen modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Når sagen afgøres for <januar>
    Så udbetales <i alt> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tu25> kr. for <januar>
    Og ægtefællen får aktivitetstillæg på <t2529> kr. for <januar>
    Og ægtefællens sats er <sats> kr. for <januar>
    Og ægtefællens satskategori er uh_hjemmeboende for <januar>

    Eksempler:
      | id         | fra     | til     | januar  | sats     | tu25   | t2529    | i alt     |
      | KH-024-964 | 2021-10 | 2021-12 | 2022-01 | 2.766,00 | 877,00 | 8.950,00 | 15.359,00 |
      | KH-024-965 | 2023-10 | 2023-12 | 2024-01 | 2.910,00 | 923,00 | 9.416,00 | 16.159,00 |
      | KH-024-966 | 2024-10 | 2024-12 | 2025-01 | 3.015,00 | 956,00 | 9.755,00 | 16.741,00 |

  @akl-23-stk-2 @akl-24-stk-5 @akl-25-stk-3 @akl-25-stk-2
  Abstrakt Scenario: Ægtepar, der bor hjemme: han har uddannelse og fylder 30 den 1. januar, hun er på uddannelseshjælp
    # Ansøgeren har en erhvervskompetencegivende uddannelse, bor hjemme og er født 1. januar 30 år før sagens år: den
    # 31. december er han 29 (FT-KH-ALDER), så januar er § 25, stk. 3, nr. 7 (hjemmeboende under 30); februar er han
    # fyldt 30: § 25, stk. 2, nr. 2. Ægtefællen har ingen uddannelse, bor hjemme, er aktivitetsparat fra start: § 23, stk. 2,
    # nr. 7/9 og § 24, stk. 3, nr. 4 (25-29 år) eller nr. 6 (under 25). Født 31. december 25 år før: fyldt 25 den
    # 31. december, så januar er 25-29 år. Satser: KILDER.md (2023 bm.dk; øvrige UNCONFIRMED).
    # 2022: han 3.644 / 11.716; hun 2.766 + 8.950 = 11.716. Januar 15.360, februar 23.432, i alt 38.792.
    # 2023 (hun 22 år): han 3.715 / 11.944; hun 2.820 + 894 = 3.714. Januar 7.429, februar 15.658, i alt 23.087.
    # 2024: han 3.834 / 12.326; hun 2.910 + 9.416 = 12.326. Januar 16.160, februar 24.652, i alt 40.812.
    # 2025: han 3.972 / 12.770; hun 3.015 + 9.755 = 12.770. Januar 16.742, februar 25.540, i alt 42.282.
    Givet et ægtepar, hvor ansøgeren er født <han født> og ægtefællen er født <hun født>
    Og ansøgeren bor hjemme hos sine forældre
    Og ægtefællen bor hjemme hos sine forældre
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen er aktivitetsparat
    Og ægtefællen får aktivitetstillæg fra start
    Når sagen afgøres for <januar> til <februar>
    Så udbetales <jan> kr. for <januar>
    Og ansøgerens sats er <u30> kr. for <januar>
    Og ansøgerens satskategori er u30_hjemmeboende for <januar>
    Og ægtefællen får aktivitetstillæg på <tillæg> kr. for <januar>
    Og der udbetales <feb> kr. for <februar>
    Og ansøgerens satskategori er fyldt30_andre for <februar>
    Og der er udbetalt <i alt> kr. i alt

    Eksempler:
      | id         | han født   | hun født   | januar  | februar | u30      | tillæg   | jan       | feb       | i alt     |
      | KH-025-967 | 1992-01-01 | 1996-12-31 | 2022-01 | 2022-02 | 3.644,00 | 8.950,00 | 15.360,00 | 23.432,00 | 38.792,00 |
      | KH-025-968 | 1993-01-01 | 2000-06-15 | 2023-01 | 2023-02 | 3.715,00 | 894,00   | 7.429,00  | 15.658,00 | 23.087,00 |
      | KH-025-969 | 1994-01-01 | 1998-12-31 | 2024-01 | 2024-02 | 3.834,00 | 9.416,00 | 16.160,00 | 24.652,00 | 40.812,00 |
      | KH-025-970 | 1995-01-01 | 1999-12-31 | 2025-01 | 2025-02 | 3.972,00 | 9.755,00 | 16.742,00 | 25.540,00 | 42.282,00 |

  @akl-23-stk-2 @akl-24
  Abstrakt Scenario: Enlig forsørger på uddannelseshjælp med aktivitetstillæg i januar efter 3 måneder på hjælp
    # 24 år, enlig, ét barn, ret til ekstra børnetilskud, ingen uddannelse, aktivitetsparat, på hjælp oktober-december:
    # § 23, stk. 2, nr. 1 + § 24, stk. 3, nr. 1 i januar (3 måneder på hjælp, § 24, stk. 1). KILDER.md: 2023 bm.dk;
    # 2022 udledt (UNCONFIRMED); 2024 sats seniorfolk.dk, tillæg udledt; 2025 udledt (UNCONFIRMED).
    # 2022: 12.841 + 2.731 = 15.572. 2023: 13.090 + 2.784 = 15.874. 2024: 13.509 + 2.873 = 16.382.
    # 2025: 13.995 + 2.976 = 16.971.
    Givet en enlig ansøger på 24 år
    Og husstanden har et barn født 2020-09-09
    Og ansøgeren har ret til ekstra børnetilskud
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ansøgeren modtog hjælp fra <fra> til <til> og arbejdede 0 timer om måneden
    Når sagen afgøres for <januar>
    Så udbetales <i alt> kr. for <januar>
    Og ansøgerens sats er <sats> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <januar>
    Og ansøgerens satskategori er uh_enlig_forsoerger for <januar>

    Eksempler:
      | id         | fra     | til     | januar  | sats      | tillæg   | i alt     |
      | KH-024-971 | 2021-10 | 2021-12 | 2022-01 | 12.841,00 | 2.731,00 | 15.572,00 |
      | KH-024-972 | 2022-10 | 2022-12 | 2023-01 | 13.090,00 | 2.784,00 | 15.874,00 |
      | KH-024-973 | 2023-10 | 2023-12 | 2024-01 | 13.509,00 | 2.873,00 | 16.382,00 |
      | KH-024-974 | 2024-10 | 2024-12 | 2025-01 | 13.995,00 | 2.976,00 | 16.971,00 |

  @akl-23-stk-2 @akl-24-stk-4 @akl-24-stk-5
  Abstrakt Scenario: Ægtepar på uddannelseshjælp får et barn den 1. januar: graviditeten slutter, og begge bliver forsørgere
    # Ægtepar uden uddannelse, udeboende, aktivitetsparate fra start. Han er født 1996-03-10 (25-28 år), hun 2000-06-15;
    # hun passerede 12. svangerskabsuge i juli, og barnet er født 1. januar. December: hun er gravid (§ 23, stk. 2, nr. 3
    # = § 25, stk. 2, nr. 2-niveauet, intet tillæg, § 24, stk. 4); han § 23, stk. 2, nr. 6 + § 24, stk. 3, nr. 3.
    # Januar: barnet er født den 1. og tæller (FT-KH-FORSOERGER), og graviditeten er slut; begge forsørgere uden ekstra
    # børnetilskud (gift): § 23, stk. 2, nr. 2 + § 24, stk. 3, nr. 2 hver (KILDER.md; 2023 bm.dk, øvrige UNCONFIRMED).
    # 2021-12: 6.410 + 5.288 = 11.698 + 11.698 = 23.396; 2022-01: 2 x (8.987 + 6.585 = 15.572) = 31.144; i alt 54.540.
    # 2022-12: 6.420 + 5.296 = 11.716 + 11.716 = 23.432; 2023-01: 2 x (9.161 + 6.713 = 15.874) = 31.748; i alt 55.180.
    # 2023-12: 6.545 + 5.399 = 11.944 + 11.944 = 23.888; 2024-01: 2 x (9.454 + 6.928 = 16.382) = 32.764; i alt 56.652.
    # 2024-12: 6.754 + 5.572 = 12.326 + 12.326 = 24.652; 2025-01: 2 x (9.794 + 7.177 = 16.971) = 33.942; i alt 58.594.
    Givet et ægtepar, hvor ansøgeren er født 1996-03-10 og ægtefællen er født 2000-06-15
    Og ansøgeren har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og ansøgeren er aktivitetsparat
    Og ægtefællen er aktivitetsparat
    Og ansøgeren får aktivitetstillæg fra start
    Og ægtefællen får aktivitetstillæg fra start
    Og ægtefællen passerede 12. svangerskabsuge <uge12>
    Og husstanden har et barn født <barn>
    Når sagen afgøres for <december> til <januar>
    Så udbetales <dec> kr. for <december>
    Og ægtefællens satskategori er uh_gravid for <december>
    Og der udbetales <jan> kr. for <januar>
    Og ægtefællens satskategori er uh_forsoerger_uden_ekstra_boernetilskud for <januar>
    Og ægtefællens sats er <sats> kr. for <januar>
    Og ægtefællen får aktivitetstillæg på <tillæg> kr. for <januar>
    Og ansøgeren får aktivitetstillæg på <tillæg> kr. for <januar>
    Og der er udbetalt <i alt> kr. i alt

    Eksempler:
      | id         | uge12      | barn       | december | januar  | sats     | tillæg   | dec       | jan       | i alt     |
      | KH-024-975 | 2021-07-15 | 2022-01-01 | 2021-12  | 2022-01 | 8.987,00 | 6.585,00 | 23.396,00 | 31.144,00 | 54.540,00 |
      | KH-024-976 | 2022-07-15 | 2023-01-01 | 2022-12  | 2023-01 | 9.161,00 | 6.713,00 | 23.432,00 | 31.748,00 | 55.180,00 |
      | KH-024-977 | 2023-07-15 | 2024-01-01 | 2023-12  | 2024-01 | 9.454,00 | 6.928,00 | 23.888,00 | 32.764,00 | 56.652,00 |
      | KH-024-978 | 2024-07-15 | 2025-01-01 | 2024-12  | 2025-01 | 9.794,00 | 7.177,00 | 24.652,00 | 33.942,00 | 58.594,00 |
