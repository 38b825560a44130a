# language: da
@sdl-24
Egenskab: Varighed og forlængelse
  Udbetalingen ophører efter udløbet af den kalendermåned, hvor der er udbetalt sygedagpenge eller løn under
  sygdom i mere end 22 uger i de 9 forudgående kalendermåneder (§ 24, stk. 1). De første 30 kalenderdage af
  hvert sygefravær tæller ikke med. Kommunen kan forlænge efter § 27, stk. 1.
  Registrets læsning (FT-SDP-22UGER): 22 uger = 110 hverdage; revurderingstidspunktet er den første dag med
  mere end 110 talte dage i dagens måned og de 8 foregående måneder. FT-SDP-FORLAENGELSE: forlængelsen skal
  være besluttet senest den sidste dag i revurderingsmåneden. Faktaark 1.8. Uden forlængelse begynder et
  jobafklaringsforløb dagen efter sidste dag med sygedagpenge (§ 24, stk. 2; FT-SDP-JOBAFKLARING). Fra
  folkepensionsalderen gælder § 25: 26 uger (130 dage) i 12 kalendermåneder (FT-SDP-25).

  Baggrund:
    Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder

  Regel: Efter 22 uger i 9 måneder ophører udbetalingen med udgangen af måneden

    @id:SDP-024-001 @alvor:A
    Scenarie: Sygemeldt hele 2024 — 111. talte dag er 3. juli, udbetalingen ophører 31. juli
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-01-01
      Og sidste fraværsdag er 2024-12-31
      Når sagen afgøres
      Så er revurderingstidspunktet 2024-07-03
      Og sidste betalingsdag er 2024-07-31
      Og udbetalingen ophører på grund af varighedsbegrænsningen
      Og jobafklaringsforløbet begynder 2024-08-01
      Og udbetalingen for uge 2024-W31 er 2.450,88 kr.
      Og udbetalingen for uge 2024-W32 er 0,00 kr.

    @alvor:A
    Abstrakt Scenario: Fravær der slutter på 110. og 111. talte dag
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-01-01
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er sidste betalingsdag <sidste>
      Og revurderingstidspunktet er <revurdering>

      Eksempler:
        | id          | sidste     | revurdering |
        | SDP-024-002 | 2024-07-02 | ikke nået   |
        | SDP-024-003 | 2024-07-03 | 2024-07-03  |

    @id:SDP-024-004 @alvor:A
    Scenarie: Fravær der slutter før 22 uger ophører ved fraværets ophør
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-01-01
      Og sidste fraværsdag er 2024-07-02
      Når sagen afgøres
      Så er revurderingstidspunktet ikke nået
      Og udbetalingen ophører på grund af fraværets ophør
      Og der er intet jobafklaringsforløb

    @id:SDP-024-005 @sdl-30 @alvor:A
    Scenarie: De første 30 dage tæller heller ikke med, når kommunen betaler fra første dag
      Givet en lønmodtager ansat siden 2023-12-15
      Og første fraværsdag er 2024-01-01
      Og sidste fraværsdag er 2024-12-31
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2024-01-01
      Og revurderingstidspunktet er 2024-07-03
      Og sidste betalingsdag er 2024-07-31

    @id:SDP-024-006 @sdl-53 @alvor:A
    Scenarie: Nedsatte sygedagpenge tæller fuldt med
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er delvis sygemeldt med 20 fraværstimer om ugen
      Og første fraværsdag er 2024-01-01
      Og sidste fraværsdag er 2024-12-31
      Når sagen afgøres
      Så er revurderingstidspunktet 2024-07-03
      Og sidste betalingsdag er 2024-07-31

  Regel: Tidligere sygeperioder i de 9 måneder tæller med

    @alvor:A
    Abstrakt Scenario: En tidligere sygeperiode flytter revurderingstidspunktet frem, hvis den ligger i vinduet
      Givet en lønmodtager ansat siden 2022-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er 2024-12-31
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er <sidste_betaling>

      Eksempler:
        | id          | tidligere_fra | tidligere_til | første     | revurdering | sidste_betaling |
        | SDP-024-007 | 2024-01-02    | 2024-03-29    | 2024-05-01 | 2024-09-04  | 2024-09-30      |
        | SDP-024-008 | 2023-01-02    | 2023-06-30    | 2024-03-01 | 2024-09-02  | 2024-09-30      |
        | SDP-024-009 | 2023-11-01    | 2024-01-31    | 2024-04-01 | 2024-08-01  | 2024-08-31      |

  Regel: Forlængelse efter § 27, stk. 1, besluttet senest i revurderingsmåneden

    @sdl-27 @alvor:A
    Abstrakt Scenario: Forlængelse fortsætter udbetalingen til fraværets ophør
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-01-01
      Og sidste fraværsdag er <sidste>
      Og kommunen har <afgørelse> forlænget sygedagpengene efter § 27, stk. 1, nr. <nr>
      Når sagen afgøres
      Så er revurderingstidspunktet 2024-07-03
      Og sygedagpengene er forlænget efter § 27, stk. 1, nr. <nr>
      Og sidste betalingsdag er <sidste>
      Og der er intet jobafklaringsforløb
      Og udbetalingen for uge 2024-W32 er 4.084,80 kr.

      Eksempler:
        | id          | afgørelse  | nr | sidste     |
        | SDP-027-001 | 2024-07-15 | 3  | 2024-12-31 |
        | SDP-027-002 | 2024-07-31 | 3  | 2024-12-31 |
        | SDP-027-003 | 2024-07-10 | 5  | 2024-12-31 |
        | SDP-027-004 | 2024-07-20 | 2  | 2025-03-31 |

    @id:SDP-027-005 @sdl-27 @alvor:A
    Scenarie: Forlængelse besluttet efter revurderingsmåneden forlænger ikke
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-01-01
      Og sidste fraværsdag er 2024-12-31
      Og kommunen har 2024-08-01 forlænget sygedagpengene efter § 27, stk. 1, nr. 3
      Når sagen afgøres
      Så er revurderingstidspunktet 2024-07-03
      Og sygedagpengene er ikke forlænget
      Og sidste betalingsdag er 2024-07-31
      Og udbetalingen ophører på grund af varighedsbegrænsningen
      Og jobafklaringsforløbet begynder 2024-08-01

  Regel: Fra folkepensionsalderen gælder 26 uger i 12 kalendermåneder (§ 25), uden jobafklaringsforløb

    # Første fraværsdag mandag 5.1.2026; dagene tælles fra 4.2. (efter 30 dage): februar 18, marts 22, april 22,
    # maj 21, juni 22, juli 23 hverdage; i alt 105 til og med juni, 128 til og med juli.
    # § 24: 111. dag = 6. hverdag i juli = onsdag 8.7.2026 -> ophør 31.7., jobafklaringsforløb fra 1.8.
    # § 25: 131. dag = 3. hverdag i august = onsdag 5.8.2026 -> ophør 31.8., intet jobafklaringsforløb.
    # Født 1959 (67 år, pensionsloven § 1 a, nr. 5): 15.3.1959 når alderen 15.3.2026 (før 8.7.): § 25.
    # 15.3.1960 når den 15.3.2027: § 24. 20.7.1959 når den 20.7.2026, efter § 24-grænsen 8.7.: § 24.
    # 8.7.1959 når den 8.7.2026, samme dag: § 25 gælder den dag (FT-SDP-25).
    @sdl-25 @alvor:A
    Abstrakt Scenario: Folkepensionsalderen flytter grænsen fra 22 til 26 uger
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født <født>
      Og første fraværsdag er 2026-01-05
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er <sidste_betaling>
      Og udbetalingen ophører på grund af <ophør>

      Eksempler: Folkepensionsalder nået før grænsen: § 25
        | id          | født       | revurdering | sidste_betaling | ophør                                             |
        | SDP-025-101 | 1959-03-15 | 2026-08-05  | 2026-08-31      | varighedsbegrænsningen efter folkepensionsalderen |
        | SDP-025-102 | 1959-07-08 | 2026-08-05  | 2026-08-31      | varighedsbegrænsningen efter folkepensionsalderen |

      Eksempler: Folkepensionsalder ikke nået, da 22 uger er udbetalt: § 24
        | id          | født       | revurdering | sidste_betaling | ophør                  |
        | SDP-025-103 | 1960-03-15 | 2026-07-08  | 2026-07-31      | varighedsbegrænsningen |
        | SDP-025-104 | 1959-07-20 | 2026-07-08  | 2026-07-31      | varighedsbegrænsningen |

    @id:SDP-025-105 @sdl-25 @alvor:A
    Scenarie: Efter § 25 følger intet jobafklaringsforløb
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1959-03-15
      Og første fraværsdag er 2026-01-05
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er der intet jobafklaringsforløb

  Regel: Uden forlængelse begynder jobafklaringsforløbet dagen efter sidste dag med sygedagpenge (§ 24, stk. 2)

    # Første fraværsdag 5.1.2026, født 1960: § 24-ophør 31.7.2026 (ovenfor); jobafklaringsforløb fra 1.8.2026.
    @id:SDP-024-101 @sdl-24-stk-2 @alvor:A
    Scenarie: Jobafklaringsforløbet begynder den 1. i måneden efter revurderingsmåneden
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1960-03-15
      Og første fraværsdag er 2026-01-05
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er sidste betalingsdag 2026-07-31
      Og jobafklaringsforløbet begynder 2026-08-01

    # Første fraværsdag mandag 19.1.2026; dagene tælles fra onsdag 18.2.: februar 8, marts 22, april 22, maj 21,
    # juni 22 = 95. Uden ferie er 111. dag den 16. hverdag i juli, onsdag 22.7. Med aftalt ferie 6.-17.7.
    # (10 hverdage, tæller ikke): juli 1.-3. (3) og 20.-31. (10) = 108; august 3., 4., 5.: 111. dag = 5.8.2026
    # -> ophør 31.8., jobafklaringsforløb fra 1.9.2026.
    @id:SDP-024-102 @sdl-24-stk-2 @sdl-7 @alvor:A
    Scenarie: Aftalt ferie tæller ikke med i de 22 uger og flytter overgangen til jobafklaring
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-01-19
      Og sidste fraværsdag er 2026-10-30
      Og borgeren holder ferie aftalt med kommunen fra 2026-07-06 til 2026-07-17
      Når sagen afgøres
      Så er revurderingstidspunktet 2026-08-05
      Og sidste betalingsdag er 2026-08-31
      Og jobafklaringsforløbet begynder 2026-09-01
      Og udbetalingen for uge 2026-W29 er 0,00 kr.

  Regel: En forlængelse efter § 27, stk. 1, nr. 2 eller 3 løber ud (69 og 134 uger fra revurderingstidspunktet)

    # SDP-027-101: første fraværsdag 1.1.2024, revurderingstidspunkt 3.7.2024 (SDP-024-001); nr. 2: 69 uger = 483
    # dage, sidste dag 3.7.2024 + 482 dage = tirsdag 28.10.2025. Uge 2025-W44: mandag 27. og tirsdag 28.10. =
    # 2 x 816,96 = 1.633,92 kr.; uge 2025-W45 intet.
    # Første fraværsdag 4.1.2021: dagene tælles fra 3.2.2021: februar 18, marts 23, april 22, maj 21, juni 22 = 106;
    # 111. dag = 5. hverdag i juli = onsdag 7.7.2021. SDP-027-102: nr. 2 til 7.7.2021 + 482 dage = tirsdag
    # 1.11.2022 (uge 2022-W44: 31.10. og 1.11. = 1.633,92). SDP-027-103: nr. 3, 134 uger = 938 dage: 7.7.2021 +
    # 937 dage = tirsdag 30.1.2024 (uge 2024-W05: 29. og 30.1. = 1.633,92).
    # Borgeren er fortsat syg, og perioden kan ikke forlænges yderligere: jobafklaringsforløb fra dagen efter
    # forlængelsens sidste dag (§ 27, stk. 3; FT-SDP-JOBAFKLARING; jurist, runde 11 — før: intet jobafklaringsforløb):
    # 29.10.2025, 2.11.2022, 31.1.2024.
    @sdl-27 @alvor:A
    Abstrakt Scenario: Forlængelsen løber ud før fraværet slutter
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og kommunen har <afgørelse> forlænget sygedagpengene efter § 27, stk. 1, nr. <nr>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sygedagpengene er forlænget efter § 27, stk. 1, nr. <nr>
      Og sidste betalingsdag er <udløb>
      Og udbetalingen ophører på grund af forlængelsens udløb
      Og udbetalingen for uge <sidste_uge> er 1.633,92 kr.
      Og jobafklaringsforløbet begynder <jobafklaring>

      Eksempler:
        | id          | første     | sidste     | afgørelse  | nr | revurdering | udløb      | sidste_uge | jobafklaring |
        | SDP-027-101 | 2024-01-01 | 2025-12-31 | 2024-07-20 | 2  | 2024-07-03  | 2025-10-28 | 2025-W44   | 2025-10-29   |
        | SDP-027-102 | 2021-01-04 | 2023-06-30 | 2021-07-20 | 2  | 2021-07-07  | 2022-11-01 | 2022-W44   | 2022-11-02   |
        | SDP-027-103 | 2021-01-04 | 2024-06-28 | 2021-07-20 | 3  | 2021-07-07  | 2024-01-30 | 2024-W05   | 2024-01-31   |

    # Nr. 2 (til 1.11.2022) og nr. 3 (til 30.1.2024), begge besluttet i juli 2021: den længste gælder; når den løber
    # ud, begynder jobafklaringsforløbet dagen efter, 31.1.2024 (§ 27, stk. 3).
    @id:SDP-027-104 @sdl-27 @alvor:A
    Scenarie: To forlængelsesgrunde: den længste forlængelse gælder, og den løber ud
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2021-01-04
      Og sidste fraværsdag er 2024-06-28
      Og kommunen har 2021-07-10 forlænget sygedagpengene efter § 27, stk. 1, nr. 2
      Og kommunen har 2021-07-20 forlænget sygedagpengene efter § 27, stk. 1, nr. 3
      Når sagen afgøres
      Så er sygedagpengene forlænget efter § 27, stk. 1, nr. 3
      Og sidste betalingsdag er 2024-01-30
      Og udbetalingen ophører på grund af forlængelsens udløb
      Og jobafklaringsforløbet begynder 2024-01-31

  Regel: De 9 kalendermåneder: dage i den 10. måned tilbage tæller ikke (FT-SDP-22UGER)

    # Første fraværsdag onsdag 1.4.2026; dagene tælles fra fredag 1.5.: maj 21, juni 22, juli 23, august 21 = 87;
    # september 1.-8.: 88-93; 1.10. = 110, fredag 2.10. = 111.
    # SDP-024-103: tidligere syg 1.12.2025-30.1.2026, talt fra 31.12.2025: 1 dag i december og 22 i januar. I august
    # (vindue december-august): 87 + 23 = 110, ikke over. I september (vindue januar-september, december falder
    # ud): 1.9.: 88 + 22 = 110; 2.9.: 89 + 22 = 111 -> onsdag 2.9.2026 (et 10-måneders vindue gav 1.9.).
    # SDP-024-104: tidligere syg 3.11.-31.12.2025, talt fra 3.12.: 21 dage, alle i december: i august 87 + 21 =
    # 108; fra september uden for vinduet: fredag 2.10.2026 -> ophør 31.10., jobafklaringsforløb fra 1.11.
    # (et 10-måneders vindue gav 3.9.).
    # SDP-024-108: tidligere syg 24.11.-26.12.2025, talt fra 24.12.: 3 dage (24.-26.12.), alle i december, som i
    # september er uden for vinduet: fredag 2.10.2026 (et 10-måneders vindue gav tirsdag 29.9.).
    # SDP-024-105: tidligere syg 5.1.-27.2.2026, talt fra 4.2.: 18 dage i februar, i vinduet hele tiden:
    # 93 + 18 = 111 -> tirsdag 8.9.2026.
    @alvor:A
    Abstrakt Scenario: En tidligere sygeperiode på grænsen af de 9 måneder
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er 2026-04-01
      Og sidste fraværsdag er 2026-12-31
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er <sidste_betaling>
      Og jobafklaringsforløbet begynder <jobafklaring>

      Eksempler:
        | id          | tidligere_fra | tidligere_til | revurdering | sidste_betaling | jobafklaring |
        | SDP-024-103 | 2025-12-01    | 2026-01-30    | 2026-09-02  | 2026-09-30      | 2026-10-01   |
        | SDP-024-104 | 2025-11-03    | 2025-12-31    | 2026-10-02  | 2026-10-31      | 2026-11-01   |
        | SDP-024-105 | 2026-01-05    | 2026-02-27    | 2026-09-08  | 2026-09-30      | 2026-10-01   |
        | SDP-024-108 | 2025-11-24    | 2025-12-26    | 2026-10-02  | 2026-10-31      | 2026-11-01   |

    # Revurderingstidspunkt på en fredag. SDP-024-106: lønmodtager, første fraværsdag onsdag 5.2.2025, talt fra
    # fredag 7.3.: marts 17, april 22, maj 22, juni 21, juli 23 = 105; august 1., 4.-8.: 111. dag fredag 8.8.2025.
    @id:SDP-024-106 @alvor:A
    Scenarie: Revurderingstidspunktet er en fredag, og udbetalingen løber måneden ud
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2025-02-05
      Og sidste fraværsdag er 2025-10-31
      Når sagen afgøres
      Så er revurderingstidspunktet 2025-08-08
      Og sidste betalingsdag er 2025-08-31
      Og jobafklaringsforløbet begynder 2025-09-01

    # Den længste forlængelse gælder, uanset rækkefølgen: SDP-027-105: nr. 3 (7.7.2021 + 937 = 30.1.2024) besluttet
    # før nr. 2 (1.11.2022). SDP-027-106/107: nr. 5 forlænger til fraværets ophør 31.12.2025 og vinder over nr. 2
    # (28.10.2025), besluttet før eller efter. SDP-027-108: nr. 2 (til 1.11.2022) før nr. 5 (til fraværets ophør
    # 30.6.2023).
    @sdl-27 @alvor:A
    Abstrakt Scenario: Flere forlængelsesgrunde i hver sin rækkefølge
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og kommunen har <afg1> forlænget sygedagpengene efter § 27, stk. 1, nr. <nr1>
      Og kommunen har <afg2> forlænget sygedagpengene efter § 27, stk. 1, nr. <nr2>
      Når sagen afgøres
      Så er sygedagpengene forlænget efter § 27, stk. 1, nr. <vinder>
      Og sidste betalingsdag er <sidste_betaling>
      Og udbetalingen ophører på grund af <ophør>

      Eksempler:
        | id          | første     | sidste     | afg1       | nr1 | afg2       | nr2 | vinder | sidste_betaling | ophør                |
        | SDP-027-105 | 2021-01-04 | 2024-06-28 | 2021-07-10 | 3   | 2021-07-20 | 2   | 3      | 2024-01-30      | forlængelsens udløb  |
        | SDP-027-106 | 2024-01-01 | 2025-12-31 | 2024-07-10 | 2   | 2024-07-20 | 5   | 5      | 2025-12-31      | fraværets ophør      |
        | SDP-027-107 | 2024-01-01 | 2025-12-31 | 2024-07-10 | 5   | 2024-07-20 | 2   | 5      | 2025-12-31      | fraværets ophør      |
        | SDP-027-108 | 2021-01-04 | 2023-06-30 | 2021-07-05 | 2   | 2021-07-20 | 5   | 5      | 2023-06-30      | fraværets ophør      |

    # Som SDP-024-102 (første fraværsdag 19.1.2026, 95 talte dage til og med juni; uden ferie 22.7.2026).
    # SDP-024-109: aftalt ferie 6.-10.7. (5 hverdage tæller ikke): juli 1.-3. (98), 13.-17. (103), 20.-24. (108),
    # 27., 28., 29. (111) -> onsdag 29.7.2026. SDP-024-110: aftalt ferie 8.-12.6. (5 hverdage): juni 17 -> 90; juli
    # 1.-3. (93), 6.-10. (98), 13.-17. (103), 20.-24. (108), 27.-29. (111) -> onsdag 29.7.2026.
    @sdl-24 @sdl-7 @alvor:A
    Abstrakt Scenario: Aftalt ferie udskyder revurderingstidspunktet med feriens hverdage
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-01-19
      Og sidste fraværsdag er 2026-10-30
      Og borgeren holder ferie aftalt med kommunen fra <ferie_fra> til <ferie_til>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er 2026-07-31

      Eksempler:
        | id          | ferie_fra  | ferie_til  | revurdering |
        | SDP-024-109 | 2026-07-06 | 2026-07-10 | 2026-07-29  |
        | SDP-024-110 | 2026-06-08 | 2026-06-12 | 2026-07-29  |

    # Grænsen nås på fødselsdagen: § 25 gælder fra den dag (FT-SDP-25).
    # SDP-025-106: første fraværsdag onsdag 5.2.2025, § 24-grænsen fredag 8.8.2025 (SDP-024-106); født 8.8.1958
    # (67 år) når alderen 8.8.2025: § 25: juli 105 talte dage; august 1. (106), 4.-8. (111), 11.-15. (116), 18.-22.
    # (121), 25.-29. (126); september 1.-5. (127-131) -> fredag 5.9.2025, ophør 30.9.2025.
    # SDP-025-107: første fraværsdag 4.1.2021, § 24-grænsen 7.7.2021; født 7.1.1955 (66½ år, § 1 a, nr. 4) når
    # alderen 7.7.2021: § 25: juni 106; juli 1.-2. (108), 5.-9. (113), 12.-16. (118), 19.-23. (123), 26.-30. (128);
    # august 2., 3., 4. (131) -> onsdag 4.8.2021, ophør 31.8.2021.
    @sdl-25 @alvor:A
    Abstrakt Scenario: Folkepensionsalderen nås samme dag som 22-ugers-grænsen
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født <født>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er <sidste_betaling>
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen

      Eksempler:
        | id          | født       | første     | sidste     | revurdering | sidste_betaling |
        | SDP-025-106 | 1958-08-08 | 2025-02-05 | 2025-12-31 | 2025-09-05  | 2025-09-30      |
        | SDP-025-107 | 1955-01-07 | 2021-01-04 | 2021-12-31 | 2021-08-04  | 2021-08-31      |

  Regel: Løn under sygdom: refusionen til arbejdsgiveren stopper, når forlængelsen efter § 27, stk. 1, nr. 2 eller 3 løber ud

    # Arbejdsgiveren betaler løn på 5.000 kr. om ugen hele fraværet og anmelder rettidigt (§ 59, stk. 2), så
    # refusionen følger sygedagpengene (§ 54): 120,00 x 0,92 x 37 = 4.084,80 kr. om ugen (under loftet i 2021-2026),
    # 816,96 kr. pr. dag, og borgeren får intet fra kommunen (lønnen er højere). Forlængelsen gælder fra
    # revurderingstidspunktet i 69 (nr. 2) eller 134 (nr. 3) uger; sidste dag = revurderingstidspunktet + uger x 7
    # - 1 dage (forlaengelse_nr2_uger = 69, forlaengelse_nr3_uger = 134, parametre/varighed.yaml, gl.org).
    # Løn under sygdom tæller med i de 22 uger (§ 24, stk. 1), de første 30 dage ikke (§ 24, stk. 3).
    # SDP-027-201: første fraværsdag onsdag 5.2.2025; revurderingstidspunkt fredag 8.8.2025 (som SDP-024-106).
    # Nr. 2 besluttet 20.8.2025: 8.8.2025 + 69 x 7 - 1 = 482 dage = torsdag 3.12.2026. Uge 2026-W49 (30.11.-6.12.):
    # 30.11., 1.12., 2.12., 3.12. = 4 x 816,96 = 3.267,84 kr.; uge 2026-W50: ingen refusion.
    # SDP-027-202: første fraværsdag 1.1.2024, revurderingstidspunkt 3.7.2024 (SDP-024-001); nr. 2: + 482 dage =
    # tirsdag 28.10.2025: uge 2025-W44 27.-28.10. = 2 x 816,96 = 1.633,92; uge 2025-W45 intet.
    # SDP-027-203: første fraværsdag 4.1.2021, revurderingstidspunkt 7.7.2021 (SDP-027-102); nr. 3: 134 x 7 - 1 =
    # 937 dage = tirsdag 30.1.2024: uge 2024-W05 29.-30.1. = 1.633,92; uge 2024-W06 intet.
    # Anmeldt rettidigt: første fraværsdag + 35 dage (12.3.2025, 5.2.2024, 8.2.2021); anmeldt før.
    # Jobafklaringsforløb fra dagen efter forlængelsens sidste dag (§ 27, stk. 3): 4.12.2026, 29.10.2025, 31.1.2024.
    @sdl-27 @sdl-54 @alvor:A
    Abstrakt Scenario: Forlængelsen løber ud: sidste refusionsuge ved udløbet
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Og kommunen har <afgørelse> forlænget sygedagpengene efter § 27, stk. 1, nr. <nr>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sygedagpengene er forlænget efter § 27, stk. 1, nr. <nr>
      Og sidste betalingsdag er <udløb>
      Og udbetalingen ophører på grund af forlængelsens udløb
      Og refusionen for uge <sidste_uge> er <sidste_refusion>
      Og refusionen for uge <uge_efter> er 0,00 kr.
      Og der er udbetalt 0,00 kr. i alt
      Og jobafklaringsforløbet begynder <jobafklaring>

      Eksempler:
        | id          | første     | sidste     | anmeldt    | afgørelse  | nr | revurdering | udløb      | sidste_uge | sidste_refusion | uge_efter | jobafklaring |
        | SDP-027-201 | 2025-02-05 | 2026-12-31 | 2025-03-03 | 2025-08-20 | 2  | 2025-08-08  | 2026-12-03 | 2026-W49   | 3.267,84 kr.    | 2026-W50  | 2026-12-04   |
        | SDP-027-202 | 2024-01-01 | 2025-12-31 | 2024-01-29 | 2024-07-20 | 2  | 2024-07-03  | 2025-10-28 | 2025-W44   | 1.633,92 kr.    | 2025-W45  | 2025-10-29   |
        | SDP-027-203 | 2021-01-04 | 2024-06-28 | 2021-02-01 | 2021-07-20 | 3  | 2021-07-07  | 2024-01-30 | 2024-W05   | 1.633,92 kr.    | 2024-W06  | 2024-01-31   |

  Regel: Den sidste dag i den 10. måned tilbage ligger uden for de 9 kalendermåneder (§ 24, stk. 1)

    # varighed_maaneder = 9, varighed_dage = 110 (FT-SDP-22UGER), varighed_ikke_medregnet_dage = 30
    # (parametre/varighed.yaml). En tidligere sygeperiode, hvis første talte dag er den sidste hverdag i en
    # måned, der i revurderingsmåneden er den 10. måned tilbage: den dag tæller med måneden før, ikke i måneden.
    # SDP-024-201: første fraværsdag onsdag 5.2.2025, talt fra fredag 7.3.: marts 17, april 22, maj 22, juni 21 =
    # 82 til og med 30.6. Tidligere syg 1.10.-6.12.2024, talt fra torsdag 31.10.: oktober 1, november 21, december
    # 2.-6. 5 = 27. I juni (vindue oktober-juni): 82 + 27 = 109, ikke over 110. I juli (vindue november-juli,
    # 31.10. falder ud): 1.7. 83 + 26 = 109, 2.7. 110, torsdag 3.7.2025 111 -> revurderingstidspunkt 3.7.2025,
    # ophør 31.7., jobafklaringsforløb fra 1.8. (med 31.10. i vinduet: onsdag 2.7.).
    # SDP-024-202: første fraværsdag mandag 15.1.2024, talt fra onsdag 14.2.: februar 12, marts 21, april 22, maj 23,
    # juni 20 = 98 til og med 28.6. Tidligere syg 1.10.-3.11.2023, talt fra tirsdag 31.10.: 31.10., 1.-3.11. = 4.
    # I juni (vindue oktober-juni): 98 + 4 = 102. I juli (vindue november-juli, 31.10. falder ud): 3 + 108 = 111
    # på den 10. hverdag i juli, fredag 12.7.2024 -> ophør 31.7., jobafklaringsforløb fra 1.8. (med 31.10.: 11.7.).
    @alvor:A
    Abstrakt Scenario: En tidligere sygeperiode, der begynder at tælle på den sidste dag i en måned
      Givet en lønmodtager ansat siden 2022-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er <sidste_betaling>
      Og udbetalingen ophører på grund af varighedsbegrænsningen
      Og jobafklaringsforløbet begynder <jobafklaring>

      Eksempler:
        | id          | tidligere_fra | tidligere_til | første     | sidste     | revurdering | sidste_betaling | jobafklaring |
        | SDP-024-201 | 2024-10-01    | 2024-12-06    | 2025-02-05 | 2025-10-31 | 2025-07-03  | 2025-07-31      | 2025-08-01   |
        | SDP-024-202 | 2023-10-01    | 2023-11-03    | 2024-01-15 | 2024-12-31 | 2024-07-12  | 2024-07-31      | 2024-08-01   |

  Regel: Allerede over 22 uger på første fraværsdag: jobafklaringsforløb efter arbejdsgiverperioden (§ 24 a)

    # § 24 a (star.dk; i kraft 5.1.2015 med virkning fra 1.7.2014; faktaark og research/sdp-law.md Q9, E9.3): den,
    # der på en ny første fraværsdag allerede har fået sygedagpenge i mere end 22 uger i de 9 forudgående
    # kalendermåneder, overgår til jobafklaringsforløb; med en arbejdsgiverperiode efter den (§ 24 a, stk. 2;
    # vejledning 167836, afsnit 7.3.1). Den præcise dag er UNCONFIRMED (kun overskriften er fundet); her dagen efter.
    # Tidligere syg 5.1.-31.7.2026, talt fra 4.2.: februar 18, marts 22, april 22, maj 21, juni 22, juli 23 = 128
    # dage, alle i vinduet januar-september 2026. Ny første fraværsdag mandag 7.9.2026, § 30 opfyldt:
    # arbejdsgiverperioden 7.9.-6.10.2026; kommunen betaler ingen sygedagpenge; jobafklaringsforløb fra 7.10.2026.
    # (Genberegnet fra § 24 a og Q9: 7.9. + 29 dage = 6.10.; 128 > 110 (FT-SDP-22UGER) i vinduet januar-september
    # på første fraværsdag; overgang dagen efter arbejdsgiverperioden, FT-SDP-24A-START.) Uden § 24 a ville
    # kommunen have betalt 7.10.-31.10. og jobafklaringsforløbet begyndt 1.11.2026.
    @id:SDP-024-205 @sdl-24a @alvor:A
    Scenarie: Allerede over 22 uger, når et nyt fravær begynder
      Givet en lønmodtager ansat siden 2022-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra 2026-01-05 til 2026-07-31
      Og første fraværsdag er 2026-09-07
      Og sidste fraværsdag er 2026-12-18
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-09-07 til 2026-10-06
      Og kommunen betaler ikke sygedagpenge
      Og jobafklaringsforløbet begynder 2026-10-07

  Regel: Allerede over 22 uger uden arbejdsgiverperiode: jobafklaringsforløb fra første fraværsdag (§ 24 a, stk. 3)

    # § 24 a, stk. 3 (vejledning 167836, overskrifterne 7.3.2 "Ingen arbejdsgiverperiode (§ 24 a, stk. 3, nr. 1)" og
    # 7.3.4 "Ledige som modtager ydelse fra arbejdsløshedskassen under de første 14 dages sygefravær (§ 24 a stk. 3,
    # nr. 3)"; research/sdp-law.md Q9): overgangen sker, hvor kommunens betalingspligt ellers ville begynde.
    # Den præcise dag er UNCONFIRMED (kun overskrifterne er fundet; FT-SDP-24A-START). Baggrundens timefortjeneste
    # og arbejdstid afløses af scenariets egne (130,00 kr., 15 timer).
    # Samme tidligere sygeperiode som SDP-024-205: 5.1.-31.7.2026, talt fra 4.2. (de første 30 dage tælles ikke):
    # februar 18 (4.-27.2.), marts 22, april 22, maj 21, juni 22, juli 23 = 128 > 110 dage (FT-SDP-22UGER), alle i
    # vinduet januar-september 2026 på første fraværsdag mandag 7.9.2026. (Talt fra første dag, 5.1., er der endnu
    # flere, så resultatet er det samme.)
    # En ledig (stk. 3, nr. 3, efter a-kassens 14 dage): SDP-024-206 i beskaeftigelseskrav.feature.
    # SDP-024-207: fleksjob, ingen arbejdsgiverperiode (§ 30 gælder ikke; kommunen ville betale fra første
    # fraværsdag) -> jobafklaringsforløb fra mandag 7.9.2026; kommunen betaler ingen sygedagpenge.
    @id:SDP-024-207 @sdl-24a @alvor:A
    Scenarie: Fleksjob allerede over 22 uger: jobafklaringsforløb fra første fraværsdag
      Givet en lønmodtager i fleksjob ansat siden 2020-01-01
      Og borgeren har arbejdet 120 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 130,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 15 timer om ugen
      Og borgeren har tidligere været syg fra 2026-01-05 til 2026-07-31
      Og første fraværsdag er 2026-09-07
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er der ingen arbejdsgiverperiode
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at borgeren allerede har fået sygedagpenge i mere end 22 uger
      Og jobafklaringsforløbet begynder 2026-09-07

  Regel: Fraværet slutter i revurderingsmåneden: udbetalingen løber til fraværets ophør, uden jobafklaringsforløb

    # § 24, stk. 1 og § 25, stk. 1: udbetalingen ophører "efter udløbet af" revurderingsmåneden; slutter fraværet
    # senest den sidste dag i den måned, ophører udbetalingen ved fraværets ophør, og der er intet at overgå fra
    # (§ 24, stk. 2: jobafklaringsforløbet begynder, når sygedagpengene ophører efter stk. 1 — her ophører de, fordi
    # fraværet slutter). Født 1980: folkepensionsalderen langt ude, § 24 (110 dage i 9 måneder, FT-SDP-22UGER).
    # Født 1959 / 1958 (67 år, pensionsloven § 1 a) og 7.1.1955 (66½ år): § 25 (130 dage i 12 måneder, FT-SDP-25).
    # SDP-024-400: første fraværsdag 1.1.2024, talt fra 31.1.: 111. dag onsdag 3.7.2024 (SDP-024-001); sidste
    # fraværsdag 31.7. = revurderingsmånedens sidste dag.
    # SDP-024-401: første fraværsdag 4.1.2021, talt fra 3.2.: februar 18, marts 23, april 22, maj 21, juni 22 = 106;
    # juli 1., 2., 5., 6., 7. -> 111. dag onsdag 7.7.2021; sidste fraværsdag lørdag 31.7.2021.
    # SDP-025-402: første fraværsdag 5.1.2026, talt fra 4.2.: februar 18, marts 22, april 22, maj 21, juni 22, juli
    # 23 = 128; august 3., 4., 5. -> 131. dag onsdag 5.8.2026; folkepensionsalder nået 15.3.2026; fravær til 31.8.
    # SDP-025-403: første fraværsdag 5.2.2025, talt fra 7.3.: marts 17, april 22, maj 22, juni 21, juli 23, august 21
    # = 126; september 1.-5. -> 131. dag fredag 5.9.2025; født 8.8.1958, alderen nået 8.8.2025; fravær til 30.9.
    # SDP-025-404: første fraværsdag 4.1.2021, 106 til og med juni; juli 22 (1.-30.) = 128; august 2., 3., 4. ->
    # 131. dag onsdag 4.8.2021; født 7.1.1955 (66½ år) når alderen 7.7.2021; fravær til 31.8.2021.
    # Fraværet slutter på selve revurderingstidspunktet (den dag tælles med, "mere end" 110/130 dage er nået):
    # SDP-024-405: første fraværsdag 5.2.2025 -> 111. dag fredag 8.8.2025 (SDP-024-106), fravær til 8.8.
    # SDP-025-406: som SDP-025-402, fravær til 131. dag onsdag 5.8.2026.
    # SDP-024-407: som SDP-024-401, fravær til 111. dag onsdag 7.7.2021.
    @sdl-25 @sdl-24-stk-2 @alvor:A
    Abstrakt Scenario: Fraværet slutter senest den sidste dag i revurderingsmåneden
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født <født>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er <sidste>
      Og udbetalingen ophører på grund af fraværets ophør
      Og der er intet jobafklaringsforløb

      Eksempler:
        | id          | født       | første     | sidste     | revurdering |
        | SDP-024-400 | 1980-05-01 | 2024-01-01 | 2024-07-31 | 2024-07-03  |
        | SDP-024-401 | 1980-05-01 | 2021-01-04 | 2021-07-31 | 2021-07-07  |
        | SDP-025-402 | 1959-03-15 | 2026-01-05 | 2026-08-31 | 2026-08-05  |
        | SDP-025-403 | 1958-08-08 | 2025-02-05 | 2025-09-30 | 2025-09-05  |
        | SDP-025-404 | 1955-01-07 | 2021-01-04 | 2021-08-31 | 2021-08-04  |
        | SDP-024-405 | 1980-05-01 | 2025-02-05 | 2025-08-08 | 2025-08-08  |
        | SDP-025-406 | 1959-03-15 | 2026-01-05 | 2026-08-05 | 2026-08-05  |
        | SDP-024-407 | 1980-05-01 | 2021-01-04 | 2021-07-07 | 2021-07-07  |

  Regel: Folkepensionsalderen nået dagen efter 22-ugers-grænsen: § 24 gælder (fødselsdagen, FT-SDP-25)

    # Folkepensionsalderen nås på fødselsdagen i den alder, pensionsloven § 1 a giver fødselsdatoen (FT-SDP-25,
    # UNCONFIRMED hvilken dag); dagen før er § 24's grænse gældende. Her er 111. talte dag (§ 24) dagen før
    # fødselsdagen: § 24 afgør, udbetalingen ophører med revurderingsmåneden og jobafklaringsforløbet begynder den 1.
    # SDP-025-410: første fraværsdag 5.1.2026: 111. dag onsdag 8.7.2026 (SDP-025-103); født 9.7.1959 (67 år) når
    # alderen torsdag 9.7.2026 -> ophør 31.7.2026, jobafklaringsforløb fra 1.8.2026 (ellers § 25: 5.8.2026).
    # SDP-025-411: første fraværsdag 5.2.2025: 111. dag fredag 8.8.2025 (SDP-024-106); født 9.8.1958 (67 år) når
    # alderen lørdag 9.8.2025 -> ophør 31.8.2025, jobafklaringsforløb fra 1.9.2025 (ellers § 25: 5.9.2025).
    # SDP-025-412: første fraværsdag 4.1.2021: 111. dag onsdag 7.7.2021; født 8.1.1955 (66½ år, § 1 a, nr. 4) når
    # alderen torsdag 8.7.2021 -> ophør 31.7.2021, jobafklaringsforløb fra 1.8.2021 (ellers § 25: 4.8.2021).
    @sdl-25 @sdl-24-stk-2 @alvor:A
    Abstrakt Scenario: Fødselsdagen dagen efter revurderingstidspunktet ændrer ikke § 24-grænsen
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født <født>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er <sidste_betaling>
      Og udbetalingen ophører på grund af varighedsbegrænsningen
      Og jobafklaringsforløbet begynder <jobafklaring>

      Eksempler:
        | id          | født       | første     | sidste     | revurdering | sidste_betaling | jobafklaring |
        | SDP-025-410 | 1959-07-09 | 2026-01-05 | 2026-10-30 | 2026-07-08  | 2026-07-31      | 2026-08-01   |
        | SDP-025-411 | 1958-08-09 | 2025-02-05 | 2025-12-31 | 2025-08-08  | 2025-08-31      | 2025-09-01   |
        | SDP-025-412 | 1955-01-08 | 2021-01-04 | 2021-12-31 | 2021-07-07  | 2021-07-31      | 2021-08-01   |

  Regel: Efter folkepensionsalderen tæller en tidligere sygeperiode i de 12 kalendermåneder (§ 25, stk. 1 og 3)

    # § 25, stk. 1, nr. 3: 26 uger (130 dage, FT-SDP-25) i de 12 forudgående kalendermåneder, talt som § 24, stk. 3-4
    # (§ 25, stk. 3): de første 30 dage af hvert fravær tæller ikke; en tidligere sygeperiode tæller med de dage, der
    # ligger i de 12 måneder (revurderingsdagens måned og de 11 før). Født 15.3.1958 (67 år) når alderen 15.3.2025,
    # før det nye fravær: § 25 gælder hele vejen; § 24 a (over 22 uger på første fraværsdag) handler om § 24's
    # grænse og gælder ikke. Første fraværsdag mandag 5.1.2026, talt fra onsdag 4.2.2026.
    # SDP-025-420: tidligere syg 9.12.2024-15.8.2025, talt fra onsdag 8.1.2025: januar 18 (8.-31.), februar 20,
    # marts 21, april 22, maj 22, juni 21, juli 23, august 11 (1., 4.-8., 11.-15.) = 158. I februar 2026 er vinduet
    # marts 2025-februar 2026: 158 - 18 - 20 = 120 tidligere dage; 131. dag = 11. talte dag i februar: 4.-6. (3),
    # 9.-13. (8), 16., 17., 18. -> onsdag 18.2.2026, ophør 28.2.2026. (13 måneder: februar 2025 med, 140 + 1 > 130
    # allerede 4.2.; 11 måneder: april 2025-, 99 + 18 = 117 i februar, grænsen først 5.8.2026; kun maj 2025- i
    # betragtning (9 måneder fra første fraværsdag): 77 + 18 + 22 = 117 i marts, 20.4.2026.)
    # SDP-025-421: tidligere syg 31.3.-24.10.2025, talt fra onsdag 30.4.2025: april 1, maj 22, juni 21, juli 23, august
    # 21, september 22, oktober 18 (1.-3., 6.-24.) = 128, alle i vinduet marts 2025-februar 2026: 131. dag = 3. talte
    # dag, fredag 6.2.2026 -> ophør 28.2.2026. (Med kun 9 måneders vindue, maj 2025-: 127 + 4 = 131 mandag 9.2.)
    # Efter § 25 intet jobafklaringsforløb (FT-SDP-25).
    @sdl-25 @alvor:A
    Abstrakt Scenario: En tidligere sygeperiode 10-12 måneder tilbage tæller med efter folkepensionsalderen
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1958-03-15
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er 2026-01-05
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er 2026-02-28
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen
      Og der er intet jobafklaringsforløb

      Eksempler:
        | id          | tidligere_fra | tidligere_til | revurdering |
        | SDP-025-420 | 2024-12-09    | 2025-08-15    | 2026-02-18  |
        | SDP-025-421 | 2025-03-31    | 2025-10-24    | 2026-02-06  |

  Regel: Præcis 22 uger på første fraværsdag er ikke "mere end" 22 uger (§ 24 a, stk. 1, og § 24, stk. 1)

    # § 24 a, stk. 1 kræver "mere end 22 uger" i de 9 kalendermåneder på den nye første fraværsdag; præcis 110 dage
    # (FT-SDP-22UGER) er ikke over. For en lønmodtager tælles de første 30 dage af hvert fravær ikke (§ 24, stk. 3;
    # varighed_ikke_medregnet_dage = 30; 14 dage gælder kun selvstændige).
    # Tidligere syg mandag 3.11.2025-tirsdag 5.5.2026, talt fra onsdag 3.12.2025: december 21 (3.-5., 8.-12., 15.-19.,
    # 22.-26., 29.-31.), januar 22, februar 20, marts 22, april 22, maj 3 (1., 4., 5.) = 110, alle i vinduet
    # november 2025-juli 2026. (Talt fra 17.11. som for en selvstændig: + 10 + 2 = 122, over grænsen.)
    # Ny første fraværsdag onsdag 1.7.2026, § 30 opfyldt: arbejdsgiverperioden 1.-30.7.2026, kommunen fra fredag 31.7.
    # Ikke § 24 a. Talt fra 31.7. (30 dage efter 1.7.): 110 + 1 = 111 -> revurderingstidspunkt fredag 31.7.2026,
    # ophør 31.7.2026, jobafklaringsforløb fra lørdag 1.8.2026. Uge 2026-W31: fredag 31.7. = 4.084,80 / 5 = 816,96 kr.
    @id:SDP-024-425 @sdl-24a @sdl-24-stk-2 @alvor:A
    Scenarie: Præcis 110 tidligere dage: sygedagpenge fra kommunen, revurdering på første talte dag
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra 2025-11-03 til 2026-05-05
      Og første fraværsdag er 2026-07-01
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-07-01 til 2026-07-30
      Og kommunen betaler sygedagpenge fra 2026-07-31
      Og revurderingstidspunktet er 2026-07-31
      Og sidste betalingsdag er 2026-07-31
      Og udbetalingen ophører på grund af varighedsbegrænsningen
      Og jobafklaringsforløbet begynder 2026-08-01
      Og udbetalingen for uge 2026-W31 er 816,96 kr.

    # § 24 a, stk. 1: de 9 forudgående kalendermåneder på første fraværsdag 1.7.2026 er november 2025-juli 2026;
    # november 2025 er med. Tidligere syg mandag 6.10.2025-fredag 10.4.2026, talt fra onsdag 5.11.2025: november 18
    # (5.-7., 10.-14., 17.-21., 24.-28.), december 23, januar 22, februar 20, marts 22, april 8 (1.-3., 6.-10.) = 113
    # > 110 (uden november: 95). § 24 a, stk. 2: jobafklaringsforløb fra dagen efter arbejdsgiverperioden
    # 1.-30.7.2026, dvs. fredag 31.7.2026 (FT-SDP-24A-START, UNCONFIRMED som SDP-024-205); kommunen betaler ingen
    # sygedagpenge.
    @id:SDP-024-426 @sdl-24a @alvor:A
    Scenarie: Den 9. måned tilbage tæller med, når § 24 a afgøres på første fraværsdag
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra 2025-10-06 til 2026-04-10
      Og første fraværsdag er 2026-07-01
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-07-01 til 2026-07-30
      Og kommunen betaler ikke sygedagpenge
      Og jobafklaringsforløbet begynder 2026-07-31

  Regel: Forlængelse besluttet den sidste dag i revurderingsmåneden gælder (§ 27, stk. 1; FT-SDP-FORLAENGELSE)

    # FT-SDP-FORLAENGELSE: forlængelsen skal være besluttet senest den sidste dag i revurderingsmåneden.
    # SDP-027-430: første fraværsdag 5.1.2026, 111. dag onsdag 8.7.2026 (SDP-025-103); nr. 5 besluttet fredag
    # 31.7.2026 -> forlænget til fraværets ophør 18.12.2026; intet jobafklaringsforløb (ellers ophør 31.7.).
    # SDP-027-431: første fraværsdag 19.1.2026 med aftalt ferie 6.-17.7.: 111. dag onsdag 5.8.2026 (SDP-024-102); nr. 3
    # besluttet mandag 31.8.2026: 134 uger fra 5.8.2026 rækker ud over fraværets ophør 18.12.2026 -> sidste
    # betalingsdag 18.12.2026 (ellers ophør 31.8.).
    @sdl-27 @alvor:A
    Abstrakt Scenario: Forlængelsen besluttes på revurderingsmånedens sidste dag
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er 2026-12-18
      Og borgeren holder ferie aftalt med kommunen fra 2026-07-06 til <ferie_til>
      Og kommunen har <afgørelse> forlænget sygedagpengene efter § 27, stk. 1, nr. <nr>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sygedagpengene er forlænget efter § 27, stk. 1, nr. <nr>
      Og sidste betalingsdag er 2026-12-18
      Og udbetalingen ophører på grund af fraværets ophør
      Og der er intet jobafklaringsforløb

      Eksempler:
        | id          | første     | ferie_til  | afgørelse  | nr | revurdering |
        | SDP-027-431 | 2026-01-19 | 2026-07-17 | 2026-08-31 | 3  | 2026-08-05  |

    @id:SDP-027-430 @sdl-27 @alvor:A
    Scenarie: Forlængelse efter nr. 5 besluttet den 31. i revurderingsmåneden
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-01-05
      Og sidste fraværsdag er 2026-12-18
      Og kommunen har 2026-07-31 forlænget sygedagpengene efter § 27, stk. 1, nr. 5
      Når sagen afgøres
      Så er revurderingstidspunktet 2026-07-08
      Og sygedagpengene er forlænget efter § 27, stk. 1, nr. 5
      Og sidste betalingsdag er 2026-12-18
      Og der er intet jobafklaringsforløb

  Regel: Aftalt ferie tæller kun, hvor den ville være talt: ikke i de første 30 dage, ikke på en lørdag (FT-SDP-FERIE)

    # SDP-024-445: nyansat, kommunen betaler fra første fraværsdag mandag 1.1.2024 (som SDP-024-005); aftalt ferie
    # 8.-12.1.2024 ligger i de første 30 dage, som alligevel ikke tælles (§ 24, stk. 3): talt fra 31.1.2024, 111. dag
    # onsdag 3.7.2024 som uden ferien -> ophør 31.7., jobafklaringsforløb fra 1.8.2024. Uge 2024-W02 (8.-12.1.):
    # ingen sygedagpenge (ferie).
    @id:SDP-024-445 @sdl-7 @sdl-24-stk-2 @alvor:A
    Scenarie: Aftalt ferie i de første 30 dage flytter ikke revurderingstidspunktet
      Givet en lønmodtager ansat siden 2023-12-15
      Og første fraværsdag er 2024-01-01
      Og sidste fraværsdag er 2024-12-31
      Og borgeren holder ferie aftalt med kommunen fra 2024-01-08 til 2024-01-12
      Når sagen afgøres
      Så er revurderingstidspunktet 2024-07-03
      Og sidste betalingsdag er 2024-07-31
      Og jobafklaringsforløbet begynder 2024-08-01
      Og udbetalingen for uge 2024-W02 er 0,00 kr.

    # SDP-024-600: som SDP-024-445, men første fraværsdag mandag 29.1.2024, sidste fraværsdag fredag 2.8.2024 og aftalt
    # ferie 5.-9.2.2024 i de første 30 dage (29.1.-27.2.), som alligevel ikke tælles (§ 24, stk. 3). Talt fra onsdag
    # 28.2.2024: februar 2 (28., 29.), marts 21, april 22, maj 23, juni 20 = 88; juli 1.-31. 23 -> den 111. dag er onsdag
    # 31.7.2024 > 110 (22 uger x 5, § 24, stk. 1). Ophør 31.7. (udgangen af måneden), jobafklaringsforløb fra 1.8.2024
    # (§ 24, stk. 2). Ferien før tællingen begynder må ikke trække fra: 113 hverdage 28.2.-2.8. minus 5 feriedage = 108
    # ville fejlagtigt give intet revurderingstidspunkt (fejl i referencen, rettet 2026-11-26).
    @id:SDP-024-600 @sdl-7 @sdl-24-stk-2 @alvor:A
    Scenarie: Aftalt ferie i de første 30 dage fjerner ikke revurderingstidspunktet, når fraværet slutter kort efter
      Givet en lønmodtager ansat siden 2023-12-15
      Og første fraværsdag er 2024-01-29
      Og sidste fraværsdag er 2024-08-02
      Og borgeren holder ferie aftalt med kommunen fra 2024-02-05 til 2024-02-09
      Når sagen afgøres
      Så er revurderingstidspunktet 2024-07-31
      Og sidste betalingsdag er 2024-07-31
      Og jobafklaringsforløbet begynder 2024-08-01

    # Som SDP-024-109 (første fraværsdag 19.1.2026, 95 talte dage til og med juni, uden ferie 22.7.2026): en aftalt
    # ferie, der omfatter en weekend, trækker kun hverdagene fra (weekenden ville ikke være talt).
    # SDP-024-446: ferie mandag 6.-søndag 12.7.: 5 hverdage; juli 1.-3. (98), 13.-17. (103), 20.-24. (108), 27.-29.
    # (111) -> onsdag 29.7.2026. SDP-024-447: ferie lørdag 4.-søndag 12.7.: de samme 5 hverdage -> 29.7.2026.
    @sdl-7 @alvor:A
    Abstrakt Scenario: Ferie hen over en weekend udskyder kun med feriens hverdage
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-01-19
      Og sidste fraværsdag er 2026-10-30
      Og borgeren holder ferie aftalt med kommunen fra <ferie_fra> til <ferie_til>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er 2026-07-31
      Og jobafklaringsforløbet begynder 2026-08-01

      Eksempler:
        | id          | ferie_fra  | ferie_til  | revurdering |
        | SDP-024-446 | 2026-07-06 | 2026-07-12 | 2026-07-29  |
        | SDP-024-447 | 2026-07-04 | 2026-07-12 | 2026-07-29  |

  Regel: § 25's 12 kalendermåneder: den 12. måned tilbage tæller med, når grænsen nås på første talte dag

    # Født 15.3.1958 (67 år) når folkepensionsalderen 15.3.2025: § 25 (130 dage i 12 kalendermåneder, FT-SDP-25).
    # Tidligere syg mandag 7.7.2025-tirsdag 3.2.2026, talt fra onsdag 6.8.2025: august 18 (6.-8., 11.-15., 18.-22.,
    # 25.-29.), september 22, oktober 23, november 20, december 23, januar 22, februar 2 (2., 3.) = 130.
    # Ny første fraværsdag onsdag 1.7.2026, § 30 opfyldt: arbejdsgiverperioden 1.-30.7., kommunen fra fredag 31.7.
    # = første talte dag (30 dage efter 1.7.). Vinduet på 31.7.2026 er august 2025-juli 2026 (12 måneder): 130 + 1 =
    # 131 > 130 -> revurderingstidspunkt fredag 31.7.2026, ophør 31.7.2026 efter § 25 (intet jobafklaringsforløb).
    # Uge 2026-W31: fredag 31.7. = 816,96 kr. (Uden august 2025, dvs. 11 måneder: 112 + 1, grænsen først senere.)
    @id:SDP-025-422 @sdl-25 @alvor:A
    Scenarie: 130 tidligere dage fra august 2025 til februar 2026: grænsen nås på første talte dag i juli 2026
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1958-03-15
      Og borgeren har tidligere været syg fra 2025-07-07 til 2026-02-03
      Og første fraværsdag er 2026-07-01
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-07-01 til 2026-07-30
      Og revurderingstidspunktet er 2026-07-31
      Og sidste betalingsdag er 2026-07-31
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen
      Og der er intet jobafklaringsforløb
      Og udbetalingen for uge 2026-W31 er 816,96 kr.

    # Flere tidligere sygeperioder 10-13 måneder før, samme nye fravær som SDP-025-420 (født 15.3.1958, første
    # fraværsdag mandag 5.1.2026, talt fra onsdag 4.2.2026: februar 4.-6. (3), 9.-13. (8), 16.-20. (13), 23.-27. (18)).
    # SDP-025-423: tidligere syg 16.12.2024-15.8.2025, talt fra onsdag 15.1.2025: januar 13, februar 20, marts 21,
    # april 22, maj 22, juni 21, juli 23, august 11 = 153. Februar 2026, vindue marts 2025-februar 2026: 153 - 13 - 20 =
    # 120; 131. dag = 11. talte dag i februar: onsdag 18.2.2026 (13 måneder, februar 2025 med: 140 + 1 allerede 4.2.).
    # SDP-025-424: tidligere syg 2.12.2024-22.8.2025, talt fra onsdag 1.1.2025: januar 23, februar 20, marts 21, april
    # 22, maj 22, juni 21, juli 23, august 16 (1., 4.-8., 11.-15., 18.-22.) = 168. Februar 2026: 168 - 23 - 20 = 125;
    # 131. dag = 6. talte dag: onsdag 11.2.2026 (13 måneder: 145 + 1 allerede 4.2.; 11 måneder: 104 + 18 = 122 i
    # februar, derefter glider vinduet lige så hurtigt, som der tælles).
    @sdl-25 @alvor:A
    Abstrakt Scenario: En tidligere sygeperiode 13 måneder tilbage tæller ikke efter § 25
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1958-03-15
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er 2026-01-05
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er 2026-02-28
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen

      Eksempler:
        | id          | tidligere_fra | tidligere_til | revurdering |
        | SDP-025-423 | 2024-12-16    | 2025-08-15    | 2026-02-18  |
        | SDP-025-424 | 2024-12-02    | 2025-08-22    | 2026-02-11  |

  Regel: Præcis 110 tidligere dage: ikke § 24 a, men revurdering på første talte dag (§ 24, stk. 1 og 3)

    # Som SDP-024-425. Lønmodtager: de første 30 dage af hvert fravær tælles ikke (§ 24, stk. 3; 14 dage kun for
    # selvstændige). Kommunen betaler fra dagen efter arbejdsgiverperioden (30 dage, § 30) = første talte dag.
    # SDP-024-427: tidligere syg 3.11.2025-5.5.2026 = 110 talte dage (december-maj, SDP-024-425); ny første fraværsdag
    # mandag 1.6.2026: vinduet oktober 2025-juni 2026, ikke over; arbejdsgiverperioden 1.-30.6., talt fra onsdag 1.7.
    # (vinduet november 2025-juli 2026, alle 110 med): 111 -> 1.7.2026, ophør 31.7.2026, jobafklaringsforløb fra
    # 1.8.2026. Juli 2026: 23 hverdage x 816,96 = 18.790,08 kr.
    # SDP-024-428: tidligere syg mandag 10.11.2025-tirsdag 12.5.2026, talt fra onsdag 10.12.2025: december 16 (10.-12.,
    # 15.-19., 22.-26., 29.-31.), januar 22, februar 20, marts 22, april 22, maj 8 (1., 4.-8., 11., 12.) = 110 (talt
    # fra 24.11. som for en selvstændig: + 12 = 122). Ny første fraværsdag onsdag 1.7.2026: revurdering fredag
    # 31.7.2026 som SDP-024-425; 816,96 kr.
    @sdl-24a @sdl-24-stk-2 @alvor:A
    Abstrakt Scenario: Præcis 22 uger før et nyt fravær: sygedagpenge til udgangen af den måned, hvor grænsen nås
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra <revurdering>
      Og revurderingstidspunktet er <revurdering>
      Og sidste betalingsdag er 2026-07-31
      Og jobafklaringsforløbet begynder 2026-08-01
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | tidligere_fra | tidligere_til | første     | revurdering | udbetalt      |
        | SDP-024-427 | 2025-11-03    | 2026-05-05    | 2026-06-01 | 2026-07-01  | 18.790,08 kr. |
        | SDP-024-428 | 2025-11-10    | 2026-05-12    | 2026-07-01 | 2026-07-31  | 816,96 kr.    |

    # § 24 a, stk. 1-2 som SDP-024-426: den 9. måned tilbage fra første fraværsdag tæller med.
    # SDP-024-429: første fraværsdag mandag 1.6.2026, vinduet oktober 2025-juni 2026. Tidligere syg mandag
    # 8.9.2025-fredag 13.3.2026, talt fra onsdag 8.10.2025: oktober 18 (8.-10., 13.-17., 20.-24., 27.-31.), november
    # 20, december 23, januar 22, februar 20, marts 10 (2.-6., 9.-13.) = 113 > 110 (uden oktober: 95).
    # Arbejdsgiverperioden 1.-30.6.2026; jobafklaringsforløb fra 1.7.2026 (FT-SDP-24A-START, UNCONFIRMED).
    # SDP-024-432: første fraværsdag mandag 2.3.2026, vinduet juli 2025-marts 2026. Tidligere syg mandag
    # 9.6.2025-fredag 12.12.2025, talt fra onsdag 9.7.2025: juli 17 (9.-11., 14.-18., 21.-25., 28.-31.), august 21,
    # september 22, oktober 23, november 20, december 10 (1.-5., 8.-12.) = 113 > 110 (uden juli: 96).
    # Arbejdsgiverperioden 2.-31.3.2026; jobafklaringsforløb fra 1.4.2026.
    @sdl-24a @alvor:A
    Abstrakt Scenario: § 24 a med dage i den 9. måned tilbage
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <ag_til>
      Og kommunen betaler ikke sygedagpenge
      Og jobafklaringsforløbet begynder <jobafklaring>

      Eksempler:
        | id          | tidligere_fra | tidligere_til | første     | ag_til     | jobafklaring |
        | SDP-024-429 | 2025-09-08    | 2026-03-13    | 2026-06-01 | 2026-06-30 | 2026-07-01   |
        | SDP-024-432 | 2025-06-09    | 2025-12-12    | 2026-03-02 | 2026-03-31 | 2026-04-01   |

    # Som SDP-024-445: aftalt ferie mandag 2.-fredag 6.2.2026 i de første 30 dage af et fravær fra mandag 19.1.2026
    # (talt fra onsdag 18.2.): 111. dag onsdag 22.7.2026 som uden ferien (SDP-024-102's regnestykke).
    @id:SDP-024-448 @sdl-7 @sdl-24-stk-2 @alvor:A
    Scenarie: Aftalt ferie i arbejdsgiverperioden flytter ikke revurderingstidspunktet
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-01-19
      Og sidste fraværsdag er 2026-10-30
      Og borgeren holder ferie aftalt med kommunen fra 2026-02-02 til 2026-02-06
      Når sagen afgøres
      Så er revurderingstidspunktet 2026-07-22
      Og sidste betalingsdag er 2026-07-31
      Og jobafklaringsforløbet begynder 2026-08-01

  Regel: § 25: 130 tidligere dage, der alle ligger i de 12 måneder, når grænsen nås på første talte dag

    # Som SDP-025-422 (født 15.3.1958, § 25 fra 15.3.2025; FT-SDP-25: 130 dage i 12 kalendermåneder, talt som § 24,
    # stk. 3-4). Arbejdsgiverperioden er 30 dage (§ 30); kommunen betaler fra dag 31 = første talte dag, og vinduet
    # på den dag er dens måned og de 11 før; med præcis 130 tidligere dage i vinduet er den dag nr. 131.
    # SDP-025-413: tidligere syg mandag 3.3.-tirsdag 30.9.2025, talt fra onsdag 2.4.2025: april 21 (2.-4., 7.-11.,
    # 14.-18., 21.-25., 28.-30.), maj 22, juni 21, juli 23, august 21, september 22 = 130. Første fraværsdag søndag
    # 1.3.2026: arbejdsgiverperioden 1.-30.3., kommunen fra tirsdag 31.3.2026; vinduet april 2025-marts 2026: 131 ->
    # revurderingstidspunkt 31.3.2026, ophør 31.3.2026. Uge 2026-W14: 31.3. = 816,96 kr.
    # SDP-025-414: tidligere syg mandag 4.8.2025-tirsdag 3.3.2026, talt fra onsdag 3.9.2025: september 20 (3.-5.,
    # 8.-12., 15.-19., 22.-26., 29.-30.), oktober 23, november 20, december 23, januar 22, februar 20, marts 2 (2., 3.)
    # = 130. Første fraværsdag lørdag 1.8.2026: arbejdsgiverperioden 1.-30.8., kommunen fra mandag 31.8.2026; vinduet
    # september 2025-august 2026: 131 -> 31.8.2026, ophør 31.8.2026. Uge 2026-W36: 31.8. = 816,96 kr.
    @sdl-25 @alvor:A
    Abstrakt Scenario: Præcis 26 uger i de 12 måneder før: revurdering på første talte dag efter folkepensionsalderen
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1958-03-15
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <ag_til>
      Og revurderingstidspunktet er <revurdering>
      Og sidste betalingsdag er <revurdering>
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen
      Og udbetalingen for uge <uge> er 816,96 kr.

      Eksempler:
        | id          | tidligere_fra | tidligere_til | første     | ag_til     | revurdering | uge      |
        | SDP-025-413 | 2025-03-03    | 2025-09-30    | 2026-03-01 | 2026-03-30 | 2026-03-31  | 2026-W14 |
        | SDP-025-414 | 2025-08-04    | 2026-03-03    | 2026-08-01 | 2026-08-30 | 2026-08-31  | 2026-W36 |

    # Over 22 uger i de 9 måneder før første fraværsdag, men efter folkepensionsalderen: § 24 a gælder ikke (den
    # handler om § 24's grænse); § 25's 130 dage i 12 måneder afgør. Første fraværsdag mandag 5.1.2026, talt fra
    # onsdag 4.2.2026 (4.-6., 9.-13. ...).
    # SDP-025-415: tidligere syg mandag 14.4.-fredag 31.10.2025, talt fra onsdag 14.5.: maj 13 (14.-16., 19.-23.,
    # 26.-30.), juni 21, juli 23, august 21, september 22, oktober 23 = 123 (alle i maj-december 2025, over 110);
    # 131. dag = 8. talte dag i februar: fredag 13.2.2026, ophør 28.2.2026.
    # SDP-025-416: tidligere syg mandag 5.5.-fredag 28.11.2025, talt fra onsdag 4.6.: juni 19 (4.-6., 9.-13., 16.-20.,
    # 23.-27., 30.), juli 23, august 21, september 22, oktober 23, november 20 = 128; 131. dag = 3. talte dag: fredag
    # 6.2.2026, ophør 28.2.2026.
    @sdl-25 @sdl-24a @alvor:A
    Abstrakt Scenario: Efter folkepensionsalderen: over 22 uger ved fraværets start giver ikke § 24 a
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1958-03-15
      Og borgeren har tidligere været syg fra <tidligere_fra> til <tidligere_til>
      Og første fraværsdag er 2026-01-05
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2026-02-04
      Og revurderingstidspunktet er <revurdering>
      Og sidste betalingsdag er 2026-02-28
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen
      Og der er intet jobafklaringsforløb

      Eksempler:
        | id          | tidligere_fra | tidligere_til | revurdering |
        | SDP-025-415 | 2025-04-14    | 2025-10-31    | 2026-02-13  |
        | SDP-025-416 | 2025-05-05    | 2025-11-28    | 2026-02-06  |

    # Som SDP-024-445: aftalt ferie mandag 10.-fredag 14.2.2025 i arbejdsgiverperioden (5.2.-6.3.2025), som alligevel
    # ikke tælles: talt fra fredag 7.3.2025, 111. dag fredag 8.8.2025 som SDP-024-106 -> ophør 31.8.2025,
    # jobafklaringsforløb fra 1.9.2025.
    @id:SDP-024-449 @sdl-7 @sdl-24-stk-2 @alvor:A
    Scenarie: Aftalt ferie i arbejdsgiverperioden 2025 flytter ikke revurderingstidspunktet
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2025-02-05
      Og sidste fraværsdag er 2025-10-31
      Og borgeren holder ferie aftalt med kommunen fra 2025-02-10 til 2025-02-14
      Når sagen afgøres
      Så er revurderingstidspunktet 2025-08-08
      Og sidste betalingsdag er 2025-08-31
      Og jobafklaringsforløbet begynder 2025-09-01

  Regel: Med flere ansættelser tælles de 22 uger fra den første dag, nogen del betaler (§ 24, stk. 1 og 3)

    # § 24, stk. 1 tæller dage, hvor der er "udbetalt sygedagpenge"; varigheden er personens og regnes fra den første
    # dag med betaling i nogen del (FT-SDP-FLERE-JOB; de første 30 dage af fraværet tæller ikke, § 24, stk. 3).
    # Sagens anmeldelser og frister gælder hovedansættelsen (FT-SDP-FLERE-JOB).
    # A (hovedansættelsen): ansat siden 2020, arbejdsgiverperiode mandag 2.3.-tirsdag 31.3.2026; fristen for borgerens
    # anmodning er 3 uger efter 31.3. = 21.4. (§ 38); en senere anmodning betales fra modtagelsesdagen: SDP-024-417
    # fredag 24.4., SDP-024-418 onsdag 22.4., SDP-024-419 mandag 4.5.2026. B: ansat 2.2.2026 (under 8 uger), ingen
    # arbejdsgiverperiode, kommunen betaler fra første fraværsdag 2.3.
    # Talt fra onsdag 1.4.2026 (30 dage efter 2.3.; B betaler allerede): april 22, maj 21, juni 22, juli 23, august 21
    # = 109; 1.9. = 110, onsdag 2.9.2026 = 111 -> ophør 30.9.2026, jobafklaringsforløb fra 1.10.2026 i alle tre.
    # (Talt først fra A's 24.4.: 17 hverdage færre (1.-23.4.), 111. dag fredag 25.9.)
    @sdl-38 @alvor:A
    Abstrakt Scenario: To ansættelser, hvor kommunen betaler for den ene fra første fraværsdag og for den anden efter en sen anmodning
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 240 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 140,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 30 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-12-18
      Og borgeren sendte anmodning til kommunen <anmodning>
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-31
      Og kommunen betaler sygedagpenge fra <anmodning>
      Og kommunen betaler sygedagpenge for ansættelse B fra 2026-03-02
      Og revurderingstidspunktet er 2026-09-02
      Og sidste betalingsdag er 2026-09-30
      Og jobafklaringsforløbet begynder 2026-10-01

      Eksempler:
        | id          | anmodning  |
        | SDP-024-417 | 2026-04-24 |
        | SDP-024-418 | 2026-04-22 |
        | SDP-024-419 | 2026-05-04 |

  Regel: § 24 a's vindue begynder den 1. i den 9. måned tilbage, hverken en dag før eller efter (§ 24 a, stk. 1)

    # Jurist runde 12 (håndregnet før kørsel, research/r12/jurist/forventet.md). § 24 a, stk. 1 med § 24, stk. 1 og 3
    # (FT-SDP-22UGER, FT-SDP-24A-START): på den nye første fraværsdag mandag 2.3.2026 er vinduet juli 2025-marts 2026,
    # dvs. fra tirsdag 1.7.2025. De første 30 dage af hvert fravær tælles ikke (lønmodtager).
    # SDP-024-505: tidligere syg søndag 1.6.-tirsdag 2.12.2025, 1.6.-30.6. tælles ikke, talt fra tirsdag 1.7.2025 =
    # vinduets første dag: juli 23, august 21, september 22, oktober 23, november 20, december 2 (1., 2.) = 111 > 110.
    # (Fraværets egen 111. dag er 2.12.2025, så det var betalt til sin sidste dag.) § 24 a, stk. 2: kommunen betaler
    # ingen sygedagpenge; arbejdsgiverperioden 2.-31.3.2026 (2.3. + 29 dage) er uændret; jobafklaringsforløb fra
    # onsdag 1.4.2026; revurderingstidspunkt = første fraværsdag, sidste betalingsdag 31.3. Tælles vinduet fra 2.7.,
    # er der 110 dage, ikke over grænsen, og kommunen ville (forkert) betale fra 1.4.
    @id:SDP-024-505 @sdl-24a @alvor:A
    Scenarie: En tidligere dag på vinduets første dag tæller med, når § 24 a afgøres
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra 2025-06-01 til 2025-12-02
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-05-29
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-31
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at borgeren allerede har fået sygedagpenge i mere end 22 uger
      Og revurderingstidspunktet er 2026-03-02
      Og sidste betalingsdag er 2026-03-31
      Og udbetalingen ophører på grund af varighedsbegrænsningen
      Og jobafklaringsforløbet begynder 2026-04-01
      Og der er udbetalt 0,00 kr. i alt

    # SDP-024-506: tidligere syg lørdag 31.5.-mandag 1.12.2025, talt fra mandag 30.6.2025 (31.5. + 30 dage). 30.6. ligger
    # før vinduet (fra 1.7.); i vinduet 1.7.-1.12.2025: 23 + 21 + 22 + 23 + 20 + 1 = 110, ikke mere end 110: ikke § 24 a.
    # (Fraværets egen 111. dag er 1.12.2025: betalt til sin sidste dag.) Kommunen betaler fra onsdag 1.4.2026. § 24 for
    # dagene i april: vinduet august 2025-april 2026 har 21 + 22 + 23 + 20 + 1 = 87 tidligere dage; + 22 hverdage i april
    # = 109 den 30.4.: grænsen er ikke nået. Betalt 1.-30.4. uden helligdagene 2.4., 3.4. og 6.4. (§ 53 a) = 19 dage x
    # 816,96 = 15.522,24 kr. (120,00 x 0,92 = 110,40 kr.; x 37 = 4.084,80 kr. om ugen). Et vindue fra 30.6. ville tælle 111.
    @id:SDP-024-506 @sdl-24a @alvor:A
    Scenarie: En tidligere dag dagen før vinduets første dag tæller ikke, når § 24 a afgøres
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra 2025-05-31 til 2025-12-01
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-30
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-31
      Og kommunen betaler sygedagpenge fra 2026-04-01
      Og revurderingstidspunktet er ikke nået
      Og sidste betalingsdag er 2026-04-30
      Og udbetalingen ophører på grund af fraværets ophør
      Og der er intet jobafklaringsforløb
      Og der er udbetalt 15.522,24 kr. i alt

  Regel: Folkepensionsalderen nået på første fraværsdag: § 25, ikke § 24 a (§ 25, stk. 1, nr. 3; FT-SDP-25)

    # Jurist runde 12 (håndregnet før kørsel). Som SDP-024-505: tidligere syg 1.6.-2.12.2025, 111 talte dage fra 1.7.2025.
    # Født mandag 2.3.1959: 67 år (pensionslovens § 1 a, født 1.7.1955-31.12.1962); folkepensionsalderen nås på
    # fødselsdagen (FT-SDP-25, UNCONFIRMED) mandag 2.3.2026 = første fraværsdag. Fra den dag gælder § 25's grænse i
    # stedet for § 24's, så § 24 a (over § 24's grænse på første fraværsdag) gælder ikke. Kommunen betaler fra onsdag
    # 1.4.2026 (efter arbejdsgiverperioden 2.-31.3.). § 25: mere end 130 dage i dagens måned og de 11 før; vinduet for
    # april 2026 er maj 2025-april 2026 med alle 111 tidligere dage; 111 + 20 = 131: 20. talte dag fra 1.4. (helligdage
    # tæller, FT-SDP-22UGER) = 1., 2., 3., 6.-10., 13.-17., 20.-24., 27., 28. -> tirsdag 28.4.2026; ophør 30.4.2026,
    # intet jobafklaringsforløb. Betalt 1.-30.4. uden 2.4., 3.4. og 6.4. = 19 dage x 816,96 = 15.522,24 kr.:
    # W14 1 dag 816,96; W15 4 dage 3.267,84; W16 og W17 4.084,80; W18 4 dage 3.267,84. (Anvendte man § 24 a på
    # fødselsdagen, betalte kommunen intet, og jobafklaringsforløbet begyndte 1.4.)
    @id:SDP-025-425 @sdl-25 @sdl-24a @alvor:A
    Scenarie: Folkepensionsalderen nås på den nye første fraværsdag: § 25's grænse, ikke § 24 a
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1959-03-02
      Og borgeren har tidligere været syg fra 2025-06-01 til 2025-12-02
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-05-29
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-31
      Og kommunen betaler sygedagpenge fra 2026-04-01
      Og revurderingstidspunktet er 2026-04-28
      Og sidste betalingsdag er 2026-04-30
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen
      Og der er intet jobafklaringsforløb
      Og udbetalingen for uge 2026-W14 er 816,96 kr.
      Og udbetalingen for uge 2026-W15 er 3.267,84 kr.
      Og udbetalingen for uge 2026-W18 er 3.267,84 kr.
      Og der er udbetalt 15.522,24 kr. i alt

  Regel: Folkepensionsalderen nået på første fraværsdag, andre tilfælde: § 25's grænse, ikke § 24 a (§ 25, stk. 1, nr. 3)

    # Jurist runde 12c (håndregnet før kørsel, research/r12/jurist3/forventet.md). Født torsdag 15.10.1959: 67 år
    # (pensionslovens § 1 a), nået på fødselsdagen (FT-SDP-25, UNCONFIRMED) torsdag 15.10.2026 = første fraværsdag.
    # Tidligere syg mandag 5.1.-onsdag 8.7.2026, talt fra onsdag 4.2.2026 (5.1. + 30 dage): februar 18 + marts 22 +
    # april 22 + maj 21 + juni 22 + juli 6 (1.-3., 6.-8.) = 111 > 110 i § 24's vindue februar-oktober 2026, men på
    # første fraværsdag gælder § 25, så § 24 a gælder ikke. Arbejdsgiverperiode torsdag 15.10.-fredag 13.11.2026,
    # kommunen fra lørdag 14.11. § 25 (130 dage i 12 måneder): talt fra 14.11. (F + 30); 111 + 20 ville nås fredag
    # 11.12., men sidste fraværsdag er fredag 27.11.: ikke nået. Betalt mandag 16.11.-fredag 27.11. = 10 dage x 816,96
    # = 8.169,60 kr.: uge 47 og 48 4.084,80 hver. (Med § 24 a: intet fra kommunen, jobafklaringsforløb fra 14.11.)
    @id:SDP-025-426 @sdl-25 @sdl-24a @alvor:A
    Scenarie: Folkepensionsalderen nås på en torsdag, der er ny første fraværsdag: kommunen betaler efter arbejdsgiverperioden
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1959-10-15
      Og borgeren har tidligere været syg fra 2026-01-05 til 2026-07-08
      Og første fraværsdag er 2026-10-15
      Og sidste fraværsdag er 2026-11-27
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-10-15 til 2026-11-13
      Og kommunen betaler sygedagpenge fra 2026-11-14
      Og revurderingstidspunktet er ikke nået
      Og sidste betalingsdag er 2026-11-27
      Og udbetalingen ophører på grund af fraværets ophør
      Og der er intet jobafklaringsforløb
      Og udbetalingen for uge 2026-W47 er 4.084,80 kr.
      Og udbetalingen for uge 2026-W48 er 4.084,80 kr.
      Og der er udbetalt 8.169,60 kr. i alt

    # Jurist runde 12c. Født mandag 1.6.1959: 67 år nået mandag 1.6.2026 = første fraværsdag. To tidligere fravær, hvert
    # med sine første 30 dage utalt: mandag 6.10.2025-fredag 30.1.2026, talt fra onsdag 5.11.2025: november 18 +
    # december 23 + januar 22 = 63; mandag 2.2.-fredag 29.5.2026, talt fra onsdag 4.3.: marts 20 + april 22 + maj 21 =
    # 63; i alt 126 > 110 i § 24's vindue oktober 2025-juni 2026 (§ 24 a ville gælde uden folkepensionsalderen).
    # Arbejdsgiverperiode 1.-30.6.2026; kommunen fra onsdag 1.7. § 25: vinduet august 2025-juli 2026 har alle 126;
    # talt fra 1.7.: 126 + 5 = 131 > 130 på 5. dag (1., 2., 3., 6., 7.) = tirsdag 7.7.2026; ophør 31.7.2026, intet
    # jobafklaringsforløb. Juli 2026 har 23 hverdage uden helligdage: 23 x 816,96 = 18.790,08 kr.; uge 27 (1.-3.7.)
    # 3 x 816,96 = 2.450,88; uge 28-31 4.084,80 hver.
    @id:SDP-025-427 @sdl-25 @sdl-24a @alvor:A
    Scenarie: To tidligere fravær over § 24's grænse og folkepensionsalderen nået på første fraværsdag: § 25 stopper efter en måned
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er født 1959-06-01
      Og borgeren har tidligere været syg fra 2025-10-06 til 2026-01-30
      Og borgeren har tidligere været syg fra 2026-02-02 til 2026-05-29
      Og første fraværsdag er 2026-06-01
      Og sidste fraværsdag er 2026-08-28
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-06-01 til 2026-06-30
      Og kommunen betaler sygedagpenge fra 2026-07-01
      Og revurderingstidspunktet er 2026-07-07
      Og sidste betalingsdag er 2026-07-31
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen
      Og der er intet jobafklaringsforløb
      Og udbetalingen for uge 2026-W27 er 2.450,88 kr.
      Og udbetalingen for uge 2026-W31 er 4.084,80 kr.
      Og der er udbetalt 18.790,08 kr. i alt

  Regel: § 24 a, andre tilfælde: en tidligere dag på vinduets første dag tæller med (§ 24 a, stk. 1; § 24, stk. 1 og 3)

    # Jurist runde 12c (håndregnet før kørsel, research/r12/jurist3/forventet.md). Ny første fraværsdag onsdag
    # 15.4.2026: vinduet er august 2025-april 2026, fra fredag 1.8.2025. Tidligere syg onsdag 2.7.2025-fredag 2.1.2026,
    # talt fra 1.8.2025 (2.7. + 30 dage) = vinduets første dag: august 21 + september 22 + oktober 23 + november 20 +
    # december 23 + januar 2 (1., 2.) = 111 > 110: § 24 a. Arbejdsgiverperioden 15.4.-14.5.2026 (15.4. + 29 dage) er
    # uændret; kommunen betaler ingen sygedagpenge; jobafklaringsforløb fra fredag 15.5.2026; revurderingstidspunkt =
    # første fraværsdag; sidste betalingsdag 14.5. Tælles vinduet fra 2.8., er der 110: ikke over grænsen.
    @id:SDP-024-507 @sdl-24a @alvor:A
    Scenarie: Vinduets første dag er en fredag året før, og den nye første fraværsdag er midt i måneden
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra 2025-07-02 til 2026-01-02
      Og første fraværsdag er 2026-04-15
      Og sidste fraværsdag er 2026-06-30
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-04-15 til 2026-05-14
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at borgeren allerede har fået sygedagpenge i mere end 22 uger
      Og revurderingstidspunktet er 2026-04-15
      Og sidste betalingsdag er 2026-05-14
      Og udbetalingen ophører på grund af varighedsbegrænsningen
      Og jobafklaringsforløbet begynder 2026-05-15
      Og der er udbetalt 0,00 kr. i alt

    # Jurist runde 12c. Ny første fraværsdag mandag 3.8.2026: vinduet december 2025-august 2026 (9 måneder), fra mandag
    # 1.12.2025. Første tidligere fravær onsdag 1.10.-mandag 1.12.2025 (talt fra 31.10.) slutter på vinduets første
    # dag: 1 dag i vinduet. Andet fravær mandag 5.1.-tirsdag 7.7.2026, talt fra onsdag 4.2.: februar 18 + marts 22 +
    # april 22 + maj 21 + juni 22 + juli 5 (1.-3., 6., 7.) = 110. I alt 1 + 110 = 111 > 110: § 24 a. Arbejdsgiver-
    # perioden 3.8.-tirsdag 1.9.2026 (3.8. + 29 dage); kommunen betaler ingen sygedagpenge; jobafklaringsforløb fra
    # onsdag 2.9.2026; sidste betalingsdag 1.9. Uden 1.12.2025 (vinduet fra 2.12.) er der 110: ikke over grænsen.
    @id:SDP-024-508 @sdl-24a @alvor:A
    Scenarie: Et tidligere fravær, der slutter på vinduets første dag, giver den 111. dag sammen med et senere fravær
      Givet en lønmodtager ansat siden 2019-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har tidligere været syg fra 2025-10-01 til 2025-12-01
      Og borgeren har tidligere været syg fra 2026-01-05 til 2026-07-07
      Og første fraværsdag er 2026-08-03
      Og sidste fraværsdag er 2026-09-30
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-08-03 til 2026-09-01
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at borgeren allerede har fået sygedagpenge i mere end 22 uger
      Og revurderingstidspunktet er 2026-08-03
      Og sidste betalingsdag er 2026-09-01
      Og udbetalingen ophører på grund af varighedsbegrænsningen
      Og jobafklaringsforløbet begynder 2026-09-02
      Og der er udbetalt 0,00 kr. i alt
