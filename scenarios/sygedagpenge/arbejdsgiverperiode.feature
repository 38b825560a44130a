# language: da
@sdl-30
Egenskab: Arbejdsgiverperioden
  Arbejdsgiveren betaler sygedagpenge de første 30 kalenderdage af fraværet, når borgeren opfylder
  beskæftigelseskravet over for arbejdsgiveren (8 ugers uafbrudt ansættelse og mindst 74 arbejdstimer).
  Kommunen betaler fra dagen efter. Opfylder borgeren ikke kravet over for arbejdsgiveren, men over for
  kommunen, betaler kommunen fra første fraværsdag.
  Faktaark 1.4 A og 1.5; fortolkninger FT-SDP-8UGER, FT-SDP-74TIMER, FT-SDP-GENANSAT.

  Baggrund:
    Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder

  Regel: Arbejdsgiverperioden er de første 30 kalenderdage, og kommunen betaler fra dag 31

    @id:SDP-030-001 @alvor:A
    Scenarie: Kommunen betaler fra dagen efter arbejdsgiverperioden
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 1. april 2024
      Og sidste fraværsdag er 31. maj 2024
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra arbejdsgiveren
      Og arbejdsgiverperioden er 2024-04-01 til 2024-04-30
      Og kommunen betaler sygedagpenge fra 2024-05-01
      Og udbetalingen for uge 2024-W18 er 2.450,88 kr.
      Og udbetalingen for uge 2024-W19 er 4.084,80 kr.
      Og der er udbetalt 18.790,08 kr. i alt

    @alvor:A
    Abstrakt Scenario: Fravær der slutter på dag 30, 31 og 32
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra arbejdsgiveren
      Og arbejdsgiverperioden er 2024-04-01 til 2024-04-30
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | sidste     | udbetalt    |
        | SDP-030-002 | 2024-04-30 | 0,00 kr.    |
        | SDP-030-003 | 2024-05-01 | 816,96 kr.  |
        | SDP-030-004 | 2024-05-02 | 1.633,92 kr. |

    @id:SDP-030-005 @alvor:A
    Scenarie: Kort fravær inden for arbejdsgiverperioden betales ikke af kommunen
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 160 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-10
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra arbejdsgiveren
      Og kommunen betaler ikke sygedagpenge

    @alvor:B
    Abstrakt Scenario: Arbejdsgiverperioden tæller kalenderdage over helligdage, skuddag og årsskifte
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra arbejdsgiveren
      Og arbejdsgiverperioden er <første> til <agp_til>
      Og kommunen betaler sygedagpenge fra <kommune_fra>

      Eksempler: Skudår, påske og årsskifte
        | id          | første     | agp_til    | kommune_fra | sidste     |
        | SDP-030-006 | 2024-02-01 | 2024-03-01 | 2024-03-02  | 2024-03-08 |
        | SDP-030-007 | 2024-03-25 | 2024-04-23 | 2024-04-24  | 2024-04-30 |
        | SDP-030-008 | 2024-12-20 | 2025-01-18 | 2025-01-19  | 2025-01-31 |
        | SDP-030-009 | 2023-12-15 | 2024-01-13 | 2024-01-14  | 2024-01-19 |

  Regel: Beskæftigelseskravet over for arbejdsgiveren er 8 ugers ansættelse og 74 arbejdstimer (§ 30, stk. 2)

    @alvor:A
    Abstrakt Scenario: 74 arbejdstimer i de seneste 8 uger
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet <timer> timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-03
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra arbejdsgiveren
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | timer | ret       | kommune_fra | udbetalt      |
        | SDP-030-010 | 74    | ret       | 2024-05-01  | 2.450,88 kr.  |
        | SDP-030-011 | 73,5  | ikke ret  | 2024-04-01  | 20.424,00 kr. |
        | SDP-030-012 | 74,5  | ret       | 2024-05-01  | 2.450,88 kr.  |
        | SDP-030-013 | 0     | ikke ret  | 2024-04-01  | 20.424,00 kr. |

    @alvor:A
    Abstrakt Scenario: Uafbrudt ansat i 8 uger (56 dage) før første fraværsdag
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet 100 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-03
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra arbejdsgiveren
      Og kommunen betaler sygedagpenge fra <kommune_fra>

      Eksempler:
        | id          | ansat      | ret      | kommune_fra |
        | SDP-030-014 | 2024-02-05 | ret      | 2024-05-01  |
        | SDP-030-015 | 2024-02-06 | ikke ret | 2024-04-01  |
        | SDP-030-016 | 2024-02-04 | ret      | 2024-05-01  |

    @sdl-30-stk-3 @alvor:A
    Abstrakt Scenario: Ferie og sygdom indgår i de 8 uger, men ikke i de 74 timer
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet <arbejde> timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har haft <andre> timer <art> i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-03
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra arbejdsgiveren
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | arbejde | andre | art          | ret      | kommune_fra | udbetalt      |
        | SDP-030-017 | 70      | 40    | ferie        | ikke ret | 2024-04-01  | 20.424,00 kr. |
        | SDP-030-018 | 74      | 40    | ferie        | ret      | 2024-05-01  | 2.450,88 kr.  |
        | SDP-030-019 | 60      | 37    | sygdom       | ikke ret | 2024-04-01  | 20.424,00 kr. |
        | SDP-030-020 | 73      | 8     | andet fravær | ikke ret | 2024-04-01  | 20.424,00 kr. |

    @sdl-30-stk-4 @alvor:A
    Abstrakt Scenario: Genansat hos samme arbejdsgiver behøver ikke 8 ugers uafbrudt ansættelse
      Givet en lønmodtager ansat siden 2024-03-01
      Og borgeren er tidligere ansat hos samme arbejdsgiver
      Og borgeren har arbejdet <timer> timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-03
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra arbejdsgiveren
      Og kommunen betaler sygedagpenge fra <kommune_fra>

      Eksempler:
        | id          | timer | ret      | kommune_fra |
        | SDP-030-021 | 74    | ret      | 2024-05-01  |
        | SDP-030-022 | 73,5  | ikke ret | 2024-04-01  |

    @id:SDP-030-023 @alvor:A
    Scenarie: Nyansat uden tidligere ansættelse opfylder ikke kravet, selv med 74 timer
      Givet en lønmodtager ansat siden 2024-03-01
      Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-03
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og der er ingen arbejdsgiverperiode
      Og kommunen betaler sygedagpenge fra 2024-04-01
      Og årsagen er, at borgeren ikke har været ansat i 8 uger

  Regel: Uden ret over for arbejdsgiveren betaler kommunen fra første fraværsdag

    @id:SDP-030-024 @sdl-32 @alvor:A
    Scenarie: Borger med ret hos kommunen, men ikke hos arbejdsgiveren, skal have udbetaling fra første dag
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 73,5 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-02
      Og sidste fraværsdag er 2024-04-12
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og borgeren har ret til sygedagpenge fra kommunen
      Og årsagen er, at borgeren har arbejdet under 74 timer
      Og årsagen er, at beskæftigelseskravet over for kommunen er opfyldt
      Og der er ingen arbejdsgiverperiode
      Og kommunen betaler sygedagpenge fra 2024-04-02
      Og udbetalingen for uge 2024-W14 er 3.267,84 kr.
      Og udbetalingen for uge 2024-W15 er 4.084,80 kr.
      Og der er udbetalt 7.352,64 kr. i alt

  Regel: Afgørelsen siger, hvorfor arbejdsgiveren skal eller ikke skal betale

    @alvor:C
    Abstrakt Scenario: Begrundelsen for arbejdsgiverens betalingspligt
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet <timer> timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-05
      Når sagen afgøres
      Så er årsagen, at <årsag>

      Eksempler:
        | id          | ansat      | timer | årsag                                                   |
        | SDP-030-025 | 2023-01-01 | 74    | beskæftigelseskravet over for arbejdsgiveren er opfyldt |
        | SDP-030-026 | 2023-01-01 | 73,5  | borgeren har arbejdet under 74 timer                    |
        | SDP-030-027 | 2024-02-06 | 74    | borgeren ikke har været ansat i 8 uger                  |
