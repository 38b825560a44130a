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
