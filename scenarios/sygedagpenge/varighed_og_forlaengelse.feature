# language: da
@sdl-24
Egenskab: Varighed og forlængelse
  Udbetalingen ophører efter udløbet af den kalendermåned, hvor der er udbetalt sygedagpenge eller løn under
  sygdom i mere end 22 uger i de 9 forudgående kalendermåneder (§ 24, stk. 1). De første 30 kalenderdage af
  hvert sygefravær tæller ikke med. Kommunen kan forlænge efter § 27, stk. 1.
  Registrets læsning (FT-SDP-22UGER): 22 uger = 110 hverdage; revurderingstidspunktet er den første dag med
  mere end 110 talte dage i dagens måned og de 8 foregående måneder. FT-SDP-FORLAENGELSE: forlængelsen skal
  være besluttet senest den sidste dag i revurderingsmåneden. Faktaark 1.8.

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
