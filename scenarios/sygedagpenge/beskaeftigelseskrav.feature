# language: da
@sdl-32
Egenskab: Beskæftigelseskravet over for kommunen
  Kommunen betaler sygedagpenge, når borgeren er i beskæftigelse og har haft mindst 240 løntimer i de seneste
  6 afsluttede kalendermåneder før første fraværsdag, heraf mindst 40 timer i mindst 5 af månederne
  (§ 32, stk. 1, nr. 1) — eller opfylder et af de andre grundlag: ret til arbejdsløshedsdagpenge (nr. 2),
  nyuddannet (nr. 3), elev i lønnet praktik (nr. 4) eller ansat i fleksjob (nr. 5).
  Borgerne her er nyansatte uden ret over for arbejdsgiveren, så kommunen betaler fra første fraværsdag.
  Faktaark 1.4 B; fortolkninger FT-SDP-32-MAANEDER, FT-SDP-NYUDDANNET, FT-SDP-LEDIG-14.

  Regel: 240 timer i de 6 seneste afsluttede kalendermåneder og 40 timer i mindst 5 af dem (§ 32, stk. 1, nr. 1)

    Baggrund:
      Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2. april 2024
      Og sidste fraværsdag er 5. april 2024

    @sdl-32-stk-1 @alvor:A
    Abstrakt Scenario: Timer måned for måned i indkomstregisteret
      Givet en lønmodtager ansat siden 2024-03-15
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har disse løntimer i indkomstregisteret:
        | måned   | timer   |
        | 2023-10 | <okt>   |
        | 2023-11 | <nov>   |
        | 2023-12 | <dec>   |
        | 2024-01 | <jan>   |
        | 2024-02 | <feb>   |
        | 2024-03 | <mar>   |
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler: Grænsen på 240 timer
        | id          | okt  | nov | dec | jan | feb | mar  | ret      | udbetalt     |
        | SDP-032-001 | 40   | 40  | 40  | 40  | 40  | 40   | ret      | 3.267,84 kr. |
        | SDP-032-002 | 40   | 40  | 40  | 40  | 40  | 39,5 | ikke ret | 0,00 kr.     |
        | SDP-032-003 | 160  | 160 | 160 | 160 | 160 | 160  | ret      | 3.267,84 kr. |

      Eksempler: 40 timer i mindst 5 af de 6 måneder
        | id          | okt  | nov | dec | jan | feb | mar  | ret      | udbetalt     |
        | SDP-032-004 | 0    | 48  | 48  | 48  | 48  | 48   | ret      | 3.267,84 kr. |
        | SDP-032-005 | 0    | 0   | 60  | 60  | 60  | 60   | ikke ret | 0,00 kr.     |
        | SDP-032-006 | 39,5 | 40  | 40  | 40  | 40  | 80,5 | ret      | 3.267,84 kr. |
        | SDP-032-007 | 10   | 10  | 55  | 55  | 55  | 55   | ikke ret | 0,00 kr.     |
        | SDP-032-008 | 200  | 40  | 0   | 0   | 0   | 0    | ikke ret | 0,00 kr.     |
        | SDP-032-009 | 39,5 | 39,5| 100 | 100 | 100 | 100  | ikke ret | 0,00 kr.     |

    @id:SDP-032-010 @alvor:A
    Scenarie: Timer i måneden med første fraværsdag tæller ikke med
      Givet en lønmodtager ansat siden 2024-03-15
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har disse løntimer i indkomstregisteret:
        | måned      | timer |
        | 2023-10    | 30    |
        | 2023-11    | 30    |
        | 2023-12    | 30    |
        | 2024-01    | 30    |
        | 2024-02    | 30    |
        | marts 2024 | 30    |
        | april 2024 | 200   |
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at beskæftigelseskravet over for kommunen ikke er opfyldt

    @id:SDP-032-011 @alvor:A
    Scenarie: Timer før de 6 seneste måneder tæller ikke med
      Givet en lønmodtager ansat siden 2024-03-15
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har disse løntimer i indkomstregisteret:
        | måned   | timer |
        | 2023-09 | 80    |
        | 2023-10 | 0     |
        | 2023-11 | 40    |
        | 2023-12 | 40    |
        | 2024-01 | 40    |
        | 2024-02 | 40    |
        | 2024-03 | 40    |
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen

    @id:SDP-032-012 @alvor:A
    Scenarie: Måneder uden indberetning tæller med 0 timer
      Givet en lønmodtager ansat siden 2024-03-15
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har disse løntimer i indkomstregisteret:
        | måned   | timer |
        | 2024-01 | 100   |
        | 2024-02 | 100   |
        | 2024-03 | 100   |
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen

    @id:SDP-032-013 @sdl-30 @alvor:A
    Scenarie: Ret over for arbejdsgiveren, men ikke over for kommunen: intet efter arbejdsgiverperioden
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 30 timer om måneden i de seneste 6 måneder
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra arbejdsgiveren
      Og arbejdsgiverperioden er 2024-04-01 til 2024-04-30
      Og borgeren har ikke ret til sygedagpenge fra kommunen
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at beskæftigelseskravet over for kommunen ikke er opfyldt

  Regel: De andre grundlag for ret over for kommunen (§ 32, stk. 1, nr. 2-5)

    Baggrund:
      Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2. april 2024
      Og sidste fraværsdag er 5. april 2024

    @id:SDP-032-014 @alvor:A
    Scenarie: Lønmodtager der ville have haft ret til arbejdsløshedsdagpenge (nr. 2)
      Givet en lønmodtager ansat siden 2024-03-15
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren ville have haft ret til arbejdsløshedsdagpenge
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og kommunen betaler sygedagpenge fra 2024-04-02
      Og der er udbetalt 3.267,84 kr. i alt
      Og årsagen er, at borgeren ville have haft ret til arbejdsløshedsdagpenge

    @alvor:A
    Abstrakt Scenario: Nyuddannet inden for den seneste måned efter en uddannelse på mindst 18 måneder (nr. 3)
      Givet en lønmodtager ansat siden 2024-03-15
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren afsluttede <afsluttet> en erhvervsmæssig uddannelse på <varighed> måneder
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | afsluttet  | varighed | ret      | udbetalt     |
        | SDP-032-015 | 2024-03-02 | 36       | ret      | 3.267,84 kr. |
        | SDP-032-016 | 2024-03-01 | 36       | ikke ret | 0,00 kr.     |
        | SDP-032-017 | 2024-03-20 | 18       | ret      | 3.267,84 kr. |
        | SDP-032-018 | 2024-03-20 | 17       | ikke ret | 0,00 kr.     |

    # Uddannelsen skal være afsluttet inden for den seneste måned før første fraværsdag: tidligst samme dato i
    # måneden før og senest dagen før (FT-SDP-NYUDDANNET). Første fraværsdag 2.4.2024 (baggrunden): afsluttet samme
    # dag giver ikke ret; dagen før (1.4.) giver ret, 2.-5.4. = 4 x 816,96 = 3.267,84 kr.
    # Første fraværsdag tirsdag 31.3.2026: måneden før er 28.2.2026 (februar har ingen 31.); betalt 31.3. og 1.4.
    # (skærtorsdag og langfredag ingen): 2 x 816,96 = 1.633,92 kr.
    @alvor:A
    Abstrakt Scenario: Uddannelse afsluttet på første fraværsdag eller lige før
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren afsluttede <afsluttet> en erhvervsmæssig uddannelse på 36 måneder
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | afsluttet  | ret      | udbetalt     |
        | SDP-032-103 | 2024-03-15 | 2024-04-02 | 2024-04-05 | 2024-04-02 | ikke ret | 0,00 kr.     |
        | SDP-032-104 | 2024-03-15 | 2024-04-02 | 2024-04-05 | 2024-04-01 | ret      | 3.267,84 kr. |
        | SDP-032-105 | 2026-03-15 | 2026-03-31 | 2026-04-03 | 2026-03-31 | ikke ret | 0,00 kr.     |
        | SDP-032-106 | 2026-03-15 | 2026-03-31 | 2026-04-03 | 2026-02-28 | ret      | 1.633,92 kr. |
        | SDP-032-107 | 2026-03-15 | 2026-03-31 | 2026-04-03 | 2026-02-27 | ikke ret | 0,00 kr.     |
        | SDP-032-109 | 2025-05-15 | 2025-06-02 | 2025-06-06 | 2025-06-02 | ikke ret | 0,00 kr.     |

    @id:SDP-032-019 @alvor:A
    Scenarie: Elev i lønnet praktik har ret uden timekrav (nr. 4)
      Givet en elev i lønnet praktik ansat siden 2024-03-15
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og der er udbetalt 3.267,84 kr. i alt
      Og årsagen er, at borgeren er elev i lønnet praktik

    @id:SDP-032-020 @alvor:A
    Scenarie: Ansat i fleksjob har ret uden timekrav (nr. 5)
      Givet en lønmodtager i fleksjob ansat siden 2024-03-15
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og der er udbetalt 3.267,84 kr. i alt
      Og årsagen er, at borgeren er ansat i fleksjob

  Regel: Ledige med ret til arbejdsløshedsdagpenge får dagpenge fra a-kassen de første 14 dage (§ 32, stk. 1, nr. 2)

    @id:SDP-032-021 @sdl-51 @alvor:A
    Scenarie: Ledig der er syg i højst 14 dage får kun dagpenge fra a-kassen
      Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på 850,00 kr. om dagen
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-14
      Når sagen afgøres
      Så betaler kommunen ikke sygedagpenge
      Og årsagen er, at fraværet slutter, før kommunens betalingspligt begynder

    @sdl-51 @alvor:A
    Abstrakt Scenario: Kommunen betaler fra 15. kalenderdag
      Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på 850,00 kr. om dagen
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og kommunen betaler sygedagpenge fra 2024-04-15
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | sidste     | udbetalt      |
        | SDP-032-022 | 2024-04-15 | 850,00 kr.    |
        | SDP-032-023 | 2024-04-30 | 10.200,00 kr. |

    @id:SDP-032-024 @sdl-51 @alvor:A
    Scenarie: Ledig der er syg i 4 uger får sygedagpenge svarende til dagpengesatsen fra dag 15
      Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på 850,00 kr. om dagen
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-30
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2024-04-15
      Og ugebeløbet er 4.250,00 kr.
      Og udbetalingen for uge 2024-W16 er 4.250,00 kr.
      Og udbetalingen for uge 2024-W18 er 1.700,00 kr.

    # April 2024 har 22 hverdage; 2. påskedag 1. april betales ikke (§ 53 a): 21 x 850,00 = 17.850,00 kr.
    # Ledig på supplerende dagpenge, syg én dag (onsdag 4.3.2026): 850,00 kr.
    @id:SDP-032-108 @sdl-51 @alvor:A
    Scenarie: Ledig på supplerende dagpenge syg én dag
      Givet en ledig på supplerende dagpenge med en dagpengesats på 850,00 kr. om dagen
      Og første fraværsdag er 2026-03-04
      Og sidste fraværsdag er 2026-03-04
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2026-03-04
      Og der er udbetalt 850,00 kr. i alt

    @id:SDP-032-025 @sdl-51 @alvor:A
    Scenarie: Ledig på supplerende dagpenge får sygedagpenge fra første fraværsdag
      Givet en ledig på supplerende dagpenge med en dagpengesats på 850,00 kr. om dagen
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-30
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2024-04-01
      Og der er udbetalt 17.850,00 kr. i alt

    @id:SDP-032-026 @alvor:A
    Scenarie: Ledig uden ret til arbejdsløshedsdagpenge har ikke ret over for kommunen
      Givet en ledig uden ret til arbejdsløshedsdagpenge
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-30
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og kommunen betaler ikke sygedagpenge

    @id:SDP-038-017 @sdl-38 @sdl-51 @alvor:B
    Scenarie: Ledig: fristen løber fra 14. dag og rykkes fra søndag til mandag
      Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på 850,00 kr. om dagen
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-30
      Og borgeren sendte anmodning til kommunen 2024-05-06
      Når sagen afgøres
      Så er fristen for borgerens anmodning 2024-05-06 og er overholdt
      Og kommunen betaler sygedagpenge fra 2024-04-15

    # § 24 a, stk. 3, nr. 3 (vejledning 167836, overskrift 7.3.4 "Ledige som modtager ydelse fra
    # arbejdsløshedskassen under de første 14 dages sygefravær"; research/sdp-law.md Q9): en ledig, der på en ny
    # første fraværsdag allerede har fået sygedagpenge i mere end 22 uger i de 9 kalendermåneder (§ 24, stk. 1),
    # overgår til jobafklaringsforløb efter a-kassens 14 dage i stedet for at få sygedagpenge fra kommunen.
    # Den præcise dag er UNCONFIRMED (kun overskriften er fundet; FT-SDP-24A-START: der, hvor kommunens pligt ellers
    # ville begynde). Tidligere syg 5.1.-31.7.2026, talt fra 4.2. (de første 30 dage tælles ikke): februar 18
    # (4.-27.2.), marts 22, april 22, maj 21, juni 22, juli 23 = 128 > 110 dage (FT-SDP-22UGER), alle i vinduet
    # januar-september 2026 på første fraværsdag mandag 7.9.2026. A-kassen betaler 7.9.-20.9. (FT-SDP-LEDIG-14);
    # kommunens pligt ville begynde mandag 21.9.2026 -> jobafklaringsforløb fra 21.9.2026, ingen sygedagpenge.
    @id:SDP-024-206 @sdl-24a @alvor:A
    Scenarie: Ledig allerede over 22 uger: jobafklaringsforløb efter a-kassens 14 dage
      Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på 850,00 kr. om dagen
      Og borgeren har tidligere været syg fra 2026-01-05 til 2026-07-31
      Og første fraværsdag er 2026-09-07
      Og sidste fraværsdag er 2026-10-30
      Når sagen afgøres
      Så er der ingen arbejdsgiverperiode
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at borgeren allerede har fået sygedagpenge i mere end 22 uger
      Og jobafklaringsforløbet begynder 2026-09-21

  Regel: Afgørelsen siger, hvilket grundlag retten hviler på

    @alvor:C
    Abstrakt Scenario: Begrundelsen nævner det opfyldte eller manglende beskæftigelseskrav
      Givet en lønmodtager ansat siden 2024-03-15
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2024-04-02
      Og sidste fraværsdag er 2024-04-05
      Og borgeren har arbejdet <timer> timer om måneden i de seneste 6 måneder
      Når sagen afgøres
      Så er årsagen, at <årsag>

      Eksempler:
        | id          | timer | årsag                                                  |
        | SDP-032-027 | 40    | beskæftigelseskravet over for kommunen er opfyldt      |
        | SDP-032-028 | 39    | beskæftigelseskravet over for kommunen ikke er opfyldt |

  Regel: En dagpengesats lig det højeste beløb pr. dag begrænses ikke (§ 51, § 50, stk. 1)

    # SDP-051-201: ledig med en dagpengesats på 1.017,00 kr. (= 5.085/5, 2026): 5 x 1.017 = 5.085,00 kr. om ugen, lig
    # det højeste beløb, ikke over: ikke begrænset. Kommunen betaler fra 15. kalenderdag (§ 32, stk. 1, nr. 2, § 51):
    # første fraværsdag mandag 2.3.2026, kommunen fra mandag 16.3.; uge 2026-W12 og -W13 5.085,00 hver; i alt
    # 10.170,00 kr.
    @id:SDP-051-201 @sdl-51 @alvor:C
    Scenarie: Ledig med en dagpengesats lig det højeste beløb pr. dag
      Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på 1.017,00 kr. om dagen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-27
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2026-03-16
      Og ugebeløbet er 5.085,00 kr.
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og der er udbetalt 10.170,00 kr. i alt

    # Samme grænse i 2025 og 2024 (§ 51, § 50, stk. 1): dagpengesats x 5 = det højeste beløb, ikke begrænset. Kommunen
    # fra 15. kalenderdag.
    # SDP-051-500: 973,00 x 5 = 4.865,00 (2025); 3.3.-28.3.2025, kommunen fra 17.3.: 2 x 4.865 = 9.730,00 kr.
    # SDP-051-501: 939,00 x 5 = 4.695,00 (2024); 8.4.-3.5.2024, kommunen fra 22.4.: uge 17 (fredag 26.4., den tidligere
    # store bededag, betales) og uge 18 (1. maj betales) 4.695,00 hver: 9.390,00 kr.
    @sdl-51 @alvor:C
    Abstrakt Scenario: Ledig med en dagpengesats lig det højeste beløb pr. dag i 2024 og 2025
      Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på <sats> om dagen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra <kommune_fra>
      Og ugebeløbet er <ugebeløb>
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | sats       | første     | sidste     | kommune_fra | ugebeløb     | udbetalt     |
        | SDP-051-500 | 973,00 kr. | 2025-03-03 | 2025-03-28 | 2025-03-17  | 4.865,00 kr. | 9.730,00 kr. |
        | SDP-051-501 | 939,00 kr. | 2024-04-08 | 2024-05-03 | 2024-04-22  | 4.695,00 kr. | 9.390,00 kr. |

  Regel: Grænserne i § 32, stk. 1, nr. 1: 240 timer, 40 timer i 5 måneder, de 6 afsluttede måneder

    # § 32, stk. 1, nr. 1 (faktaark 1.4 B; kommune_timer_i_alt = 240, kommune_timer_pr_maaned = 40,
    # kommune_maaneder_med_40_timer = 5; FT-SDP-32-MAANEDER: de 6 afsluttede kalendermåneder før første
    # fraværsdags måned). Nyansat (16.2.2026, ingen ret over for arbejdsgiveren). Første fraværsdag tirsdag
    # 3.3.2026, månederne september 2025-februar 2026 (marts tæller ikke). Ret: 3.-6.3. = 4 x 816,96 = 3.267,84 kr.
    # SDP-032-450: 40+50+50+50+50+0 = 240 (netop), 5 måneder med mindst 40 (én med netop 40): ret.
    # SDP-032-451: 60x4+39+0 = 279, men kun 4 måneder med mindst 40 (39 tæller ikke): ikke ret.
    # SDP-032-452: 40x5+39 = 239 < 240: ikke ret.
    # SDP-032-453: 0+40x4+80 = 240 og 5 måneder med netop 40 eller mere: ret.
    # SDP-032-454: 80+40x4+0 = 240: ret; september 2025 (den ældste måned) skal tælle med.
    # SDP-032-464: 80x4+39+39 = 398, men kun 4 måneder med mindst 40: ikke ret.
    # SDP-032-465: 0+40x4+79 = 239 < 240 (5 måneder med mindst 40): ikke ret.
    @sdl-32-stk-1 @alvor:A
    Abstrakt Scenario: Timerne lige på og lige under grænserne
      Givet en lønmodtager ansat siden 2026-02-16
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-03
      Og sidste fraværsdag er 2026-03-06
      Og borgeren har disse løntimer i indkomstregisteret:
        | måned   | timer   |
        | 2025-09 | <sep>   |
        | 2025-10 | <okt>   |
        | 2025-11 | <nov>   |
        | 2025-12 | <dec>   |
        | 2026-01 | <jan>   |
        | 2026-02 | <feb>   |
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra kommunen
      Og årsagen er, at <årsag>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | sep | okt | nov | dec | jan | feb | ret      | årsag                                                  | udbetalt     |
        | SDP-032-450 | 40  | 50  | 50  | 50  | 50  | 0   | ret      | beskæftigelseskravet over for kommunen er opfyldt      | 3.267,84 kr. |
        | SDP-032-451 | 60  | 60  | 60  | 60  | 39  | 0   | ikke ret | beskæftigelseskravet over for kommunen ikke er opfyldt | 0,00 kr.     |
        | SDP-032-452 | 40  | 40  | 40  | 40  | 40  | 39  | ikke ret | beskæftigelseskravet over for kommunen ikke er opfyldt | 0,00 kr.     |
        | SDP-032-453 | 0   | 40  | 40  | 40  | 40  | 80  | ret      | beskæftigelseskravet over for kommunen er opfyldt      | 3.267,84 kr. |
        | SDP-032-454 | 80  | 40  | 40  | 40  | 40  | 0   | ret      | beskæftigelseskravet over for kommunen er opfyldt      | 3.267,84 kr. |
        | SDP-032-464 | 80  | 80  | 80  | 80  | 39  | 39  | ikke ret | beskæftigelseskravet over for kommunen ikke er opfyldt | 0,00 kr.     |
        | SDP-032-465 | 0   | 40  | 40  | 40  | 40  | 79  | ikke ret | beskæftigelseskravet over for kommunen ikke er opfyldt | 0,00 kr.     |

  Regel: Grænserne i § 32, stk. 1, nr. 3: 18 måneders uddannelse, afsluttet inden for den seneste måned

    # § 32, stk. 1, nr. 3 (uddannelse_min_maaneder = 18; FT-SDP-NYUDDANNET: afsluttet tidligst samme dato i måneden
    # før første fraværsdag). Nyansatte uden løntimer i indkomstregisteret, så kun nr. 3 kan give ret.
    # Første fraværsdag tirsdag 3.3.2026: tidligst 3.2.2026; ret: 3.-6.3. = 4 x 816,96 = 3.267,84 kr.
    # Første fraværsdag tirsdag 15.4.2025: tidligst 15.3.2025 (ikke 16.3., 30 dage før); ret: 15. og 16.4. = 2 x
    # 816,96 = 1.633,92 kr.
    # SDP-032-455 og -458: afsluttet på den tidligste dag efter 18 måneder: ret. SDP-032-456 og -459: afsluttet
    # dagen før den tidligste dag: ikke ret. SDP-032-457 og -460: 17 måneder er for kort: ikke ret.
    @alvor:A
    Abstrakt Scenario: Nyuddannet på grænsen
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren afsluttede <afsluttet> en erhvervsmæssig uddannelse på <varighed> måneder
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | afsluttet  | varighed | ret      | udbetalt     |
        | SDP-032-455 | 2026-02-16 | 2026-03-03 | 2026-03-06 | 2026-02-03 | 18       | ret      | 3.267,84 kr. |
        | SDP-032-456 | 2026-02-16 | 2026-03-03 | 2026-03-06 | 2026-02-02 | 18       | ikke ret | 0,00 kr.     |
        | SDP-032-457 | 2026-02-16 | 2026-03-03 | 2026-03-06 | 2026-02-20 | 17       | ikke ret | 0,00 kr.     |
        | SDP-032-458 | 2025-03-31 | 2025-04-15 | 2025-04-16 | 2025-03-15 | 18       | ret      | 1.633,92 kr. |
        | SDP-032-459 | 2025-03-31 | 2025-04-15 | 2025-04-16 | 2025-03-14 | 24       | ikke ret | 0,00 kr.     |
        | SDP-032-460 | 2025-03-31 | 2025-04-15 | 2025-04-16 | 2025-04-01 | 17       | ikke ret | 0,00 kr.     |

  Regel: Elever og ledige på supplerende dagpenge (§ 32, stk. 1, nr. 4 og nr. 2)

    # § 32, stk. 1, nr. 4: en elev i lønnet praktik har ret over for kommunen uden timekrav.
    # SDP-032-461: nyelev (16.2.2026, ingen ret over for arbejdsgiveren): kommunen fra tirsdag 3.3.2026, 3.-6.3. =
    # 4 x 816,96 = 3.267,84 kr.
    # SDP-032-462: elev siden 2024 med 148 timer: arbejdsgiverperioden 2.-31.3.2026, kommunen fra 1.4.; 1.4. og uge
    # 15 uden 2. påskedag: 5 x 816,96 = 4.084,80 kr.
    @alvor:A
    Abstrakt Scenario: Elev i lønnet praktik med og uden arbejdsgiverperiode
      Givet en elev i lønnet praktik ansat siden <ansat>
      Og borgeren har arbejdet <timer> timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og årsagen er, at borgeren er elev i lønnet praktik
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | timer | første     | sidste     | kommune_fra | udbetalt     |
        | SDP-032-461 | 2026-02-16 | 20    | 2026-03-03 | 2026-03-06 | 2026-03-03  | 3.267,84 kr. |
        | SDP-032-462 | 2024-01-01 | 148   | 2026-03-02 | 2026-04-10 | 2026-04-01  | 4.084,80 kr. |

    # § 32, stk. 1, nr. 2 og FT-SDP-LEDIG-14: på supplerende dagpenge betaler kommunen fra første fraværsdag (ingen
    # 14 dage hos a-kassen). 850,00 x 5 = 4.250,00 kr. om ugen; mandag 2.-fredag 13.3.2026: 10 x 850 = 8.500,00 kr.
    @id:SDP-032-463 @sdl-51 @alvor:A
    Scenarie: Ledig på supplerende dagpenge syg i to uger
      Givet en ledig på supplerende dagpenge med en dagpengesats på 850,00 kr. om dagen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og kommunen betaler sygedagpenge fra 2026-03-02
      Og ugebeløbet er 4.250,00 kr.
      Og der er udbetalt 8.500,00 kr. i alt

    # § 32, stk. 1, nr. 2: en lønmodtager, der ville have haft ret til arbejdsløshedsdagpenge, har ret over for
    # kommunen, også uden løntimer i indkomstregisteret. Nyansatte (ingen ret over for arbejdsgiveren).
    # SDP-032-466: tirsdag 3.-fredag 6.3.2026: 4 x 816,96 = 3.267,84 kr.
    # SDP-032-467: tirsdag 15.-onsdag 16.4.2025: 2 x 816,96 = 1.633,92 kr.
    @alvor:A
    Abstrakt Scenario: Nyansat lønmodtager uden løntimer, der ville have haft ret til arbejdsløshedsdagpenge
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren ville have haft ret til arbejdsløshedsdagpenge
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og årsagen er, at borgeren ville have haft ret til arbejdsløshedsdagpenge
      Og kommunen betaler sygedagpenge fra <første>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | udbetalt     |
        | SDP-032-466 | 2026-02-16 | 2026-03-03 | 2026-03-06 | 3.267,84 kr. |
        | SDP-032-467 | 2025-03-31 | 2025-04-15 | 2025-04-16 | 1.633,92 kr. |
