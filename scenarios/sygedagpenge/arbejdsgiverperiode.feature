# language: da
@sdl-30
Egenskab: Arbejdsgiverperioden
  Arbejdsgiveren betaler sygedagpenge de første 30 kalenderdage af fraværet, når borgeren opfylder
  beskæftigelseskravet over for arbejdsgiveren (8 ugers uafbrudt ansættelse og mindst 74 arbejdstimer).
  Kommunen betaler fra dagen efter. Opfylder borgeren ikke kravet over for arbejdsgiveren, men over for
  kommunen, betaler kommunen fra første fraværsdag.
  Faktaark 1.4 A og 1.5; fortolkninger FT-SDP-8UGER, FT-SDP-74TIMER, FT-SDP-GENANSAT, FT-SDP-DAGE.
  Regnestykker: 120,00 kr. x 0,92 = 110,40 kr. i timen; x 37 timer = 4.084,80 kr. om ugen; 816,96 kr. pr. dag.
  Søgnehelligdage på hverdage betales ikke (§ 53 a): 2. påskedag 1. april, Kristi himmelfartsdag 9. maj og
  2. pinsedag 20. maj 2024.

  Baggrund:
    Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder

  Regel: Arbejdsgiverperioden er de første 30 kalenderdage, og kommunen betaler fra dag 31

    # Kommunen betaler 1.-31. maj 2024: 23 hverdage, 21 betalte. Uge 18 (1.-3. maj): 3 x 816,96 = 2.450,88;
    # uge 19 (6.-10. maj uden 9. maj): 4 x 816,96 = 3.267,84; i alt 21 x 816,96 = 17.156,16 kr.
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
      Og udbetalingen for uge 2024-W19 er 3.267,84 kr.
      Og der er udbetalt 17.156,16 kr. i alt

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

    # Med ret over for arbejdsgiveren betaler kommunen 1.-3. maj 2024: 3 x 816,96 = 2.450,88 kr.
    # Uden betaler kommunen 1. april-3. maj 2024: 25 hverdage, heraf 2. påskedag 1. april uden betaling:
    # 24 x 816,96 = 19.607,04 kr.

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
        | SDP-030-011 | 73,5  | ikke ret  | 2024-04-01  | 19.607,04 kr. |
        | SDP-030-012 | 74,5  | ret       | 2024-05-01  | 2.450,88 kr.  |
        | SDP-030-013 | 0     | ikke ret  | 2024-04-01  | 19.607,04 kr. |

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
        | SDP-030-017 | 70      | 40    | ferie        | ikke ret | 2024-04-01  | 19.607,04 kr. |
        | SDP-030-018 | 74      | 40    | ferie        | ret      | 2024-05-01  | 2.450,88 kr.  |
        | SDP-030-019 | 60      | 37    | sygdom       | ikke ret | 2024-04-01  | 19.607,04 kr. |
        | SDP-030-020 | 73      | 8     | andet fravær | ikke ret | 2024-04-01  | 19.607,04 kr. |

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

  Regel: En lønmodtager i fleksjob har ingen arbejdsgiverperiode; kommunen betaler eller refunderer fra første fraværsdag

    # Fleksjob på 15 timer om ugen, ansat siden 2020 (kravet over for en almindelig arbejdsgiver ville være opfyldt).
    # Der er ingen arbejdsgiverperiode (Slagelse Kommune; høringsnotat til L 68 2010-11; FT-SDP-FLEKSJOB), og
    # beskæftigelseskravet over for kommunen er opfyldt (§ 32, stk. 1, nr. 5).
    # SDP-030-028: 130,00 x 0,92 = 119,60 kr. i timen (under loftet 5.085/37 = 137,4324); x 15 = 1.794,00 kr. om
    # ugen; kommunen betaler borgeren 2.-13. marts 2026: 2 x 1.794,00 = 3.588,00 kr.
    @id:SDP-030-028 @sdl-32-stk-1 @alvor:A
    Scenarie: Fleksjob uden løn under sygdom: kommunen betaler fra første fraværsdag
      Givet en lønmodtager i fleksjob ansat siden 2020-01-01
      Og borgeren har arbejdet 120 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 130,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 15 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og årsagen er, at borgeren er ansat i fleksjob, hvor der ingen arbejdsgiverperiode er
      Og der er ingen arbejdsgiverperiode
      Og kommunen betaler sygedagpenge fra 2026-03-02
      Og ugebeløbet er 1.794,00 kr.
      Og der er udbetalt 3.588,00 kr. i alt

    # SDP-030-029: 200,00 x 0,92 = 184,00 kr. er over loftet 5.085/37 = 137,4324 kr.; 15 x 137,4324 = 2.061,486
    # -> 2.061,49 kr. om ugen. Lønnen 3.000 kr. er højere, så arbejdsgiveren får refusion fra første fraværsdag
    # 2. marts: 2 x 2.061,49 = 4.122,98 kr.; borgeren intet fra kommunen.
    @id:SDP-030-029 @sdl-54 @alvor:B
    Scenarie: Fleksjob med løn under sygdom: refusion fra første fraværsdag
      Givet en lønmodtager i fleksjob ansat siden 2020-01-01
      Og borgeren har arbejdet 120 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 15 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Og arbejdsgiveren betaler løn på 3.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-10
      Når sagen afgøres
      Så er der ingen arbejdsgiverperiode
      Og kommunen betaler sygedagpenge fra 2026-03-02
      Og refusionen for uge 2026-W10 er 2.061,49 kr.
      Og refusionen for uge 2026-W11 er 2.061,49 kr.
      Og refusionen til arbejdsgiveren er 4.122,98 kr. i alt
      Og der er udbetalt 0,00 kr. i alt

    # SDP-030-030: som SDP-030-028 i uge 2026-W15 (6.-10.4.), hvor 2. påskedag 6.4. ikke betales (§ 53 a):
    # 1.794,00 x 4/5 = 1.435,20 kr.
    @id:SDP-030-030 @sdl-53a @alvor:A
    Scenarie: Fleksjob i en uge med 2. påskedag
      Givet en lønmodtager i fleksjob ansat siden 2020-01-01
      Og borgeren har arbejdet 120 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 130,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 15 timer om ugen
      Og første fraværsdag er 2026-04-06
      Og sidste fraværsdag er 2026-04-10
      Når sagen afgøres
      Så er der ingen arbejdsgiverperiode
      Og udbetalingen for uge 2026-W15 er 1.435,20 kr.
      Og der er udbetalt 1.435,20 kr. i alt

  Regel: Fravær på én dag (første fraværsdag er sidste fraværsdag)

    # SDP-030-104: nyansat, syg onsdag 4.3.2026: kommunen betaler den ene dag, 4.084,80/5 = 816,96 kr.
    # SDP-030-105: med ret over for arbejdsgiveren: arbejdsgiverperioden er den ene dag; kommunen betaler intet.
    # SDP-030-106: nyansat, syg Kristi himmelfartsdag 14.5.2026 (søgnehelligdag): ret, men intet at udbetale.
    # SDP-056-103: § 56-aftale og løn 5.000 kr.: refusion for dagen 816,96 kr.
    @id:SDP-030-104 @alvor:A
    Scenarie: Nyansat syg én dag
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-04
      Og sidste fraværsdag er 2026-03-04
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2026-03-04
      Og udbetalingen for uge 2026-W10 er 816,96 kr.
      Og der er udbetalt 816,96 kr. i alt

    @id:SDP-030-105 @alvor:A
    Scenarie: Syg én dag med ret over for arbejdsgiveren
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-04
      Og sidste fraværsdag er 2026-03-04
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-04 til 2026-03-04
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at fraværet slutter, før kommunens betalingspligt begynder

    @id:SDP-030-106 @sdl-53a @alvor:A
    Scenarie: Syg én dag, som er en søgnehelligdag
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-05-14
      Og sidste fraværsdag er 2026-05-14
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og der er udbetalt 0,00 kr. i alt

    @id:SDP-056-103 @sdl-56 @alvor:B
    Scenarie: Syg én dag med § 56-aftale og løn
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-04
      Og sidste fraværsdag er 2026-03-04
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og der er indgået en § 56-aftale for sygdommen
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-04
      Når sagen afgøres
      Så er refusionen for uge 2026-W10 816,96 kr.
      Og refusionen til arbejdsgiveren er 816,96 kr. i alt

    # Refusionen begynder på fraværets sidste dag (§ 55, stk. 1: fra 2. fraværsdag; § 56, stk. 1: fra 1.
    # fraværsdag), så der er netop én dag med refusion, 4.084,80/5 = 816,96 kr. (2025 og 2026: under loftet).
    # SDP-056-201: § 56-aftale uden løn, syg én dag, fredag 14.11.2025: arbejdsgiveren betaler sygedagpenge i
    # arbejdsgiverperioden (14.11.) og får dem refunderet: uge 2025-W46 816,96 kr.; kommunen betaler intet.
    # SDP-055-201: § 55-forsikring uden løn, syg torsdag 5.3. og fredag 6.3.2026: refusion for fredag 6.3.
    # (2. fraværsdag): uge 2026-W10 816,96 kr.
    @sdl-55 @sdl-56 @alvor:B
    Abstrakt Scenario: Refusion efter § 55 eller § 56 for fraværets sidste dag
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og <ordning>
      Og arbejdsgiveren anmeldte fraværet til kommunen <sidste>
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <sidste>
      Og kommunen betaler ikke sygedagpenge
      Og refusionen for uge <uge> er 816,96 kr.
      Og refusionen til arbejdsgiveren er 816,96 kr. i alt

      Eksempler:
        | id          | første     | sidste     | ordning                                                 | uge      |
        | SDP-056-201 | 2025-11-14 | 2025-11-14 | der er indgået en § 56-aftale for sygdommen              | 2025-W46 |
        | SDP-055-201 | 2026-03-05 | 2026-03-06 | arbejdsgiveren har en sygedagpengeforsikring efter § 55 | 2026-W10 |

  Regel: Grænserne for kravet over for arbejdsgiveren: præcis 8 uger, og genansættelse fritager ikke for 74 timer

    # § 30, stk. 2, nr. 1 (faktaark 1.4 A; ag_beskaeftigelse_dage = 56, FT-SDP-8UGER): ansat senest dagen 56 dage
    # før første fraværsdag. Mandag 2.3.2026 - 56 dage = mandag 5.1.2026; fredag 1.3.2024 - 56 dage (skudår: 29
    # dage i februar) = fredag 5.1.2024. Ansat den dag: kravet er opfyldt; ansat dagen efter: ikke opfyldt.
    # SDP-030-450: arbejdsgiverperioden 2.-31.3.2026, kommunen fra onsdag 1.4.: 1.4. (skærtorsdag 2.4. og langfredag
    # 3.4. ingen), uge 15 uden 2. påskedag 6.4.: 5 x 816,96 = 4.084,80 kr.
    # SDP-030-451: kommunen fra 2.3.2026 (§ 32, stk. 1, nr. 1 ved 160 timer i 6 måneder): uge 10-13 = 20 dage,
    # uge 14: 30.3., 31.3., 1.4. = 3, uge 15: 4; 27 x 816,96 = 22.057,92 kr.
    # SDP-030-452: arbejdsgiverperioden 1.-30.3.2024, kommunen fra søndag 31.3.; uge 14 uden 2. påskedag 1.4.: 4,
    # uge 15: 5; 9 x 816,96 = 7.352,64 kr.
    # SDP-030-453: kommunen fra fredag 1.3.2024: uge 9: 1, uge 10-12: 15, uge 13 uden skærtorsdag 28.3. og
    # langfredag 29.3.: 3, uge 14: 4, uge 15: 5; 28 x 816,96 = 22.874,88 kr.
    @alvor:A
    Abstrakt Scenario: Ansat præcis 56 dage før første fraværsdag eller én dag senere
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra arbejdsgiveren
      Og årsagen er, at <årsag>
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | ret      | årsag                                                   | kommune_fra | udbetalt      |
        | SDP-030-450 | 2026-01-05 | 2026-03-02 | 2026-04-10 | ret      | beskæftigelseskravet over for arbejdsgiveren er opfyldt | 2026-04-01  | 4.084,80 kr.  |
        | SDP-030-451 | 2026-01-06 | 2026-03-02 | 2026-04-10 | ikke ret | borgeren ikke har været ansat i 8 uger                  | 2026-03-02  | 22.057,92 kr. |
        | SDP-030-452 | 2024-01-05 | 2024-03-01 | 2024-04-12 | ret      | beskæftigelseskravet over for arbejdsgiveren er opfyldt | 2024-03-31  | 7.352,64 kr.  |
        | SDP-030-453 | 2024-01-06 | 2024-03-01 | 2024-04-12 | ikke ret | borgeren ikke har været ansat i 8 uger                  | 2024-03-01  | 22.874,88 kr. |

    # § 30, stk. 4 (FT-SDP-GENANSAT): genansættelse hos samme arbejdsgiver fritager kun for de 8 ugers uafbrudte
    # ansættelse, ikke for de 74 timer (§ 30, stk. 2, nr. 2). Ansat 16.2.2026 med færre end 74 timer: ingen ret over
    # for arbejdsgiveren; kommunen fra mandag 2.3.2026 til fredag 13.3.: 10 x 816,96 = 8.169,60 kr.
    @sdl-30-stk-4 @alvor:A
    Abstrakt Scenario: Genansat med under 74 timer har ikke ret over for arbejdsgiveren
      Givet en lønmodtager ansat siden 2026-02-16
      Og borgeren er tidligere ansat hos samme arbejdsgiver
      Og borgeren har arbejdet <timer> timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og årsagen er, at borgeren har arbejdet under 74 timer
      Og der er ingen arbejdsgiverperiode
      Og kommunen betaler sygedagpenge fra 2026-03-02
      Og der er udbetalt 8.169,60 kr. i alt

      Eksempler:
        | id          | timer |
        | SDP-030-454 | 73    |
        | SDP-030-455 | 40    |

  Regel: Ansættelsen ophører lige før eller lige efter arbejdsgiverperiodens sidste dag (FT-SDP-OPHOER)

    # § 30, stk. 1 og FT-SDP-OPHOER: arbejdsgiveren betaler højst til sidste ansættelsesdag, kommunen fra dagen
    # efter, men aldrig senere end dagen efter de 30 kalenderdage. Første fraværsdag mandag 2.3.2026; de 30 dage
    # slutter tirsdag 31.3. Ikke a-kassemedlem: § 47-beregningen fortsætter (816,96 kr. pr. dag).
    # SDP-030-456: ophør mandag 30.3. (dag 29): arbejdsgiverperioden 2.-30.3., kommunen fra tirsdag 31.3.; betalt
    # 31.3., 1.4. (2.4. og 3.4. helligdage), uge 15 uden 6.4.: 4, uge 16: 5; 11 x 816,96 = 8.986,56 kr. Fristen for
    # anmodningen: 3 uger efter arbejdsgiverperiodens sidste dag 30.3. = mandag 20.4.2026.
    # SDP-030-457: ophør onsdag 1.4. (dagen efter de 30 dage): arbejdsgiverperioden 2.-31.3., kommunen fra 1.4.;
    # betalt 1.4., uge 15: 4, uge 16: 5; 10 x 816,96 = 8.169,60 kr. Fristen: 31.3. + 21 = tirsdag 21.4.2026.
    @sdl-38 @alvor:A
    Abstrakt Scenario: Ophør dagen før arbejdsgiverperiodens sidste dag og dagen efter den
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-17
      Og ansættelsen ophører <ophør>
      Og borgeren sendte anmodning til kommunen <frist>
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til <agp_til>
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og fristen for borgerens anmodning er <frist> og er overholdt
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ophør      | agp_til    | kommune_fra | frist      | udbetalt     |
        | SDP-030-456 | 2026-03-30 | 2026-03-30 | 2026-03-31  | 2026-04-20 | 8.986,56 kr. |
        | SDP-030-457 | 2026-04-01 | 2026-03-31 | 2026-04-01  | 2026-04-21 | 8.169,60 kr. |

    # Samme regel i 2024 og 2025. Ophør på dag 29 (første fraværsdag + 28):
    # SDP-030-463: første fraværsdag mandag 1.4.2024, ophør mandag 29.4.: arbejdsgiverperioden 1.-29.4., kommunen
    # fra tirsdag 30.4.; 30.4.-3.5. (4) og uge 19 uden Kristi himmelfartsdag 9.5. (4): 8 x 816,96 = 6.535,68 kr.
    # Fristen: 29.4. + 21 = mandag 20.5.2024 (2. pinsedag) -> tirsdag 21.5.
    # SDP-030-464: første fraværsdag mandag 3.11.2025, ophør mandag 1.12.: perioden 3.11.-1.12., kommunen fra
    # tirsdag 2.12.; 2.-5.12. (4) og 8.-12.12. (5): 9 x 816,96 = 7.352,64 kr. Fristen: 1.12. + 21 = mandag 22.12.
    # Ophør dagen efter de 30 dage (første fraværsdag + 30):
    # SDP-030-465: ophør onsdag 1.5.2024: perioden 1.-30.4., kommunen fra 1.5.; 1.-3.5. (3) og uge 19 (4):
    # 7 x 816,96 = 5.718,72 kr. Fristen: 30.4. + 21 = tirsdag 21.5.
    # SDP-030-466: ophør onsdag 3.12.2025: perioden 3.11.-2.12., kommunen fra 3.12.; 3.-5.12. (3) og 8.-12.12. (5):
    # 8 x 816,96 = 6.535,68 kr. Fristen: 2.12. + 21 = tirsdag 23.12.
    @sdl-38 @alvor:A
    Abstrakt Scenario: Ophør på arbejdsgiverperiodens næstsidste dag eller dagen efter den, 2024 og 2025
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og ansættelsen ophører <ophør>
      Og borgeren sendte anmodning til kommunen <frist>
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <agp_til>
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og fristen for borgerens anmodning er <frist> og er overholdt
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | første     | sidste     | ophør      | agp_til    | kommune_fra | frist      | udbetalt     |
        | SDP-030-463 | 2024-04-01 | 2024-05-10 | 2024-04-29 | 2024-04-29 | 2024-04-30  | 2024-05-21 | 6.535,68 kr. |
        | SDP-030-464 | 2025-11-03 | 2025-12-12 | 2025-12-01 | 2025-12-01 | 2025-12-02  | 2025-12-22 | 7.352,64 kr. |
        | SDP-030-465 | 2024-04-01 | 2024-05-10 | 2024-05-01 | 2024-04-30 | 2024-05-01  | 2024-05-21 | 5.718,72 kr. |
        | SDP-030-466 | 2025-11-03 | 2025-12-12 | 2025-12-03 | 2025-12-02 | 2025-12-03  | 2025-12-23 | 6.535,68 kr. |

  Regel: Går borgeren syg hjem, og er næste arbejdsdag fraværets sidste dag, er der én hel fraværsdag

    # Ankestyrelsen 10-21 (FT-SDP-FOERSTE-DAG): første fraværsdag er den næste dag, borgeren skulle have arbejdet;
    # er den fraværets sidste dag, er der netop én hel fraværsdag (ikke ingen).
    # SDP-030-458: hjem tirsdag 3.3.2026, syg onsdag 4.3.: arbejdsgiverperioden 4.3.-4.3.; kommunen betaler ikke.
    @id:SDP-030-458 @alvor:A
    Scenarie: Syg hjem tirsdag, syg onsdag: arbejdsgiverperioden er onsdagen
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet 2026-03-03
      Og sidste fraværsdag er 2026-03-04
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra arbejdsgiveren
      Og arbejdsgiverperioden er 2026-03-04 til 2026-03-04
      Og kommunen betaler ikke sygedagpenge

    # SDP-030-459: nyansat (ingen ret over for arbejdsgiveren), hjem fredag 13.3.2026; weekenden er ikke
    # arbejdsdage, første fraværsdag mandag 16.3. = sidste fraværsdag: kommunen betaler 816,96 kr.
    @id:SDP-030-459 @sdl-32 @alvor:A
    Scenarie: Nyansat syg hjem fredag og syg mandag: kommunen betaler mandagen
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet 2026-03-13
      Og sidste fraværsdag er 2026-03-16
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og kommunen betaler sygedagpenge fra 2026-03-16
      Og der er udbetalt 816,96 kr. i alt

    # SDP-030-467: nyansat (2.3.2026), hjem onsdag 1.4.2026; skærtorsdag, langfredag, weekenden og 2. påskedag er
    # ikke arbejdsdage, så første fraværsdag er tirsdag 7.4. = sidste fraværsdag: kommunen betaler 816,96 kr.
    @id:SDP-030-467 @sdl-32 @alvor:A
    Scenarie: Nyansat syg hjem før påske og syg første arbejdsdag efter: kommunen betaler den dag
      Givet en lønmodtager ansat siden 2026-03-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet 2026-04-01
      Og sidste fraværsdag er 2026-04-07
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og kommunen betaler sygedagpenge fra 2026-04-07
      Og der er udbetalt 816,96 kr. i alt

  Regel: En anden ansættelse har sin egen arbejdsgiverperiode (FT-SDP-FLERE-JOB)

    # § 30, stk. 2 ("hos den pågældende arbejdsgiver"), FT-SDP-FLERE-JOB: ansættelse B (siden 2020, 148 timer)
    # opfylder sit eget krav og har sin egen arbejdsgiverperiode; kommunen betaler for hver ansættelse fra dagen
    # efter. B: 140,00 x 0,92 = 128,80 kr. i timen x 5 timer = 644,00 kr. om ugen, 128,80 kr. pr. dag. Tilsammen
    # 816,96 + 128,80 = 945,76 kr. pr. dag (4.728,80 kr. om ugen, under det højeste beløb 5.085 kr. i 2026).
    # SDP-030-460: første fraværsdag mandag 2.3.2026, perioderne 2.-31.3., kommunen fra 1.4.: 1.4. og uge 15 uden
    # 2. påskedag (4 dage): 5 x 945,76 = 4.728,80 kr.
    # SDP-030-461: første fraværsdag mandag 4.5.2026, perioderne 4.5.-2.6., kommunen fra onsdag 3.6.: 3.-5.6.
    # (grundlovsdag betales) og uge 24 (8.-12.6.): 8 x 945,76 = 7.566,08 kr.
    @sdl-50 @alvor:B
    Abstrakt Scenario: To ansættelser med hver sin arbejdsgiverperiode
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2020-01-01  | 148                   | 140,00 kr.      | 5             | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <agp_til>
      Og arbejdsgiverperioden for ansættelse B er <første> til <agp_til>
      Og kommunen betaler sygedagpenge for ansættelse B fra <kommune_fra>
      Og ugebeløbet for ansættelse B er 644,00 kr.
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | første     | sidste     | agp_til    | kommune_fra | udbetalt     |
        | SDP-030-460 | 2026-03-02 | 2026-04-10 | 2026-03-31 | 2026-04-01  | 4.728,80 kr. |
        | SDP-030-461 | 2026-05-04 | 2026-06-12 | 2026-06-02 | 2026-06-03  | 7.566,08 kr. |

    # Som SDP-030-460, men ansættelse B har 10 timer om ugen og er delvis sygemeldt 5 timer (§ 53): B's ugebeløb er
    # 5 x 128,80 = 644,00 kr., ikke 10 x 128,80; B har sin egen arbejdsgiverperiode 2.-31.3.2026. Hele fraværet i
    # A: intet 4-timers-spørgsmål. 1.4. og uge 15 (4 dage): 5 x (816,96 + 128,80) = 4.728,80 kr.
    @id:SDP-030-462 @sdl-53 @alvor:A
    Scenarie: Anden ansættelse delvis sygemeldt med sin egen arbejdsgiverperiode
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-10
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2020-01-01  | 148                   | 140,00 kr.      | 10            | 5            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden for ansættelse B 2026-03-02 til 2026-03-31
      Og kommunen betaler sygedagpenge for ansættelse B fra 2026-04-01
      Og ugebeløbet for ansættelse B er 644,00 kr.
      Og der er udbetalt 4.728,80 kr. i alt
