# language: da
@sdl-54
Egenskab: Refusion til arbejdsgiveren
  Betaler arbejdsgiveren løn under sygdom, får arbejdsgiveren refusion svarende til de sygedagpenge, kommunen
  ellers ville have betalt borgeren, dog højst lønnen for de samme dage; borgeren får en eventuel forskel
  (§ 54). Refusion gives fra dagen efter arbejdsgiverperioden, ved § 55-forsikring fra 2. fraværsdag og ved en
  § 56-aftale fra 1. fraværsdag. Anmelder arbejdsgiveren ikke senest 5 uger efter første fraværsdag, gives
  refusion først fra anmeldelsen (§ 59, stk. 3), medmindre der er grund til dispensation og anmeldelsen er
  sket senest 6 måneder efter første fraværsdag; så gives refusion for højst 3 måneder før anmeldelsen.
  Faktaark 1.10; fortolkninger FT-SDP-REFUSION, FT-SDP-FRIST-HVERDAG, FT-SDP-DAGE.
  Der gives ikke refusion for søgnehelligdage på hverdage (§ 53 a): i 2024 2. påskedag 1.4., Kristi
  himmelfartsdag 9.5. og 2. pinsedag 20.5.; påsken 28.3.-1.4. En uges refusion er ugebeløbet x betalte dage/5,
  højst lønnen x betalte dage/5. Regnestykker: 120,00 x 0,92 = 110,40 kr.; x 37 = 4.084,80 kr. om ugen; 816,96
  kr. pr. dag; over loftet 4.695/5 = 939 kr. (2024), 4.865/5 = 973 kr. (2025).

  Baggrund:
    Givet en lønmodtager ansat siden 2023-01-01
    Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
    Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen

  Regel: Arbejdsgiveren får de sygedagpenge, borgeren ellers ville have fået, højst lønnen

    # Refusion 1.-31. maj 2024: 21 betalte dage (uden 9. og 20. maj) x 816,96 = 17.156,16 kr.; uge 19 har 4.
    @id:SDP-054-001 @sdl-40 @alvor:B
    Scenarie: Løn under sygdom og rettidig anmeldelse giver refusion fra dagen efter arbejdsgiverperioden
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-05-06
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse 2024-05-06 og er overholdt
      Og refusionen for uge 2024-W18 er 2.450,88 kr.
      Og refusionen for uge 2024-W19 er 3.267,84 kr.
      Og refusionen til arbejdsgiveren er 17.156,16 kr. i alt
      Og der er udbetalt 0,00 kr. i alt

    # Løn 3.000 kr. om ugen. Uge 18 (3 dage): refusion min(2.450,88; 1.800,00) = 1.800,00, borgeren 650,88;
    # uge 19 og 21 (4 dage): min(3.267,84; 2.400,00) = 2.400,00, borgeren 867,84; uge 20 og 22 (5 dage): 3.000,00 og
    # 1.084,80. Refusion 1.800 + 2.400 + 3.000 + 2.400 + 3.000 = 12.600,00; borgeren 650,88 + 2 x 867,84 + 2 x
    # 1.084,80 = 4.556,16 kr.
    @id:SDP-054-002 @alvor:A
    Scenarie: Løn lavere end sygedagpengene: borgeren får forskellen
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 3.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-05-06
      Når sagen afgøres
      Så er refusionen for uge 2024-W18 1.800,00 kr.
      Og refusionen for uge 2024-W19 er 2.400,00 kr.
      Og refusionen til arbejdsgiveren er 12.600,00 kr. i alt
      Og udbetalingen for uge 2024-W18 er 650,88 kr.
      Og udbetalingen for uge 2024-W19 er 867,84 kr.
      Og der er udbetalt 4.556,16 kr. i alt

    @id:SDP-054-003 @alvor:B
    Scenarie: Arbejdsgiver uden løn under sygdom får ingen refusion, og kommunen betaler borgeren
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren 0,00 kr. i alt
      Og der er udbetalt 17.156,16 kr. i alt

    # Over loftet: 939 kr. pr. dag; maj 2024 har 21 betalte dage: 19.719,00 kr.; uge 19: 4 x 939 = 3.756,00 kr.
    @id:SDP-054-004 @sdl-50 @alvor:B
    Scenarie: Refusionen er højst det højeste sygedagpengebeløb, selv om lønnen er højere
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 8.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-04-20
      Når sagen afgøres
      Så er refusionen for uge 2024-W18 2.817,00 kr.
      Og refusionen for uge 2024-W19 er 3.756,00 kr.
      Og refusionen til arbejdsgiveren er 19.719,00 kr. i alt

    # Refusion fra onsdag 31.12.2025; uge 2026-W01 (29.12.2025-4.1.2026) har 2025-satsen (skift mandag 5.1.2026)
    # og 2 betalte dage (31.12. og 2.1.; nytårsdag betales ikke): 2 x 973 = 1.946,00; uge 2026-W02: 5.085,00;
    # i alt 7.031,00 kr.
    @id:SDP-054-005 @sdl-64 @alvor:B
    Scenarie: Refusionen følger satsskiftet den første mandag i januar
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2025-12-01
      Og sidste fraværsdag er 2026-01-09
      Og arbejdsgiveren betaler løn på 8.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2025-12-20
      Når sagen afgøres
      Så er refusionen for uge 2026-W01 1.946,00 kr.
      Og refusionen for uge 2026-W02 er 5.085,00 kr.
      Og refusionen til arbejdsgiveren er 7.031,00 kr. i alt

  Regel: Refusion fra 2. fraværsdag med § 55-forsikring og fra 1. fraværsdag med en § 56-aftale

    @id:SDP-055-001 @sdl-55 @alvor:B
    Scenarie: Lille arbejdsgiver med sygedagpengeforsikring får refusion fra 2. fraværsdag
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-12
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren har en sygedagpengeforsikring efter § 55
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-04-15
      Når sagen afgøres
      Så er refusionen for uge 2024-W14 3.267,84 kr.
      Og refusionen for uge 2024-W15 er 4.084,80 kr.
      Og refusionen til arbejdsgiveren er 7.352,64 kr. i alt

    # Fra 1. fraværsdag, mandag 1.4.2024 (2. påskedag, uden refusion): uge 14 4 x 816,96 = 3.267,84; uge 15
    # 4.084,80; i alt 7.352,64 kr.
    @id:SDP-056-001 @sdl-56 @alvor:B
    Scenarie: § 56-aftale om kronisk sygdom giver refusion fra 1. fraværsdag
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-12
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og der er indgået en § 56-aftale for sygdommen
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-04-15
      Når sagen afgøres
      Så er refusionen for uge 2024-W14 3.267,84 kr.
      Og refusionen til arbejdsgiveren er 7.352,64 kr. i alt

    @id:SDP-055-003 @sdl-55 @alvor:B
    Scenarie: § 55-refusion fra 2. fraværsdag fortsætter efter arbejdsgiverperioden
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-03
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren har en sygedagpengeforsikring efter § 55
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-04-15
      Når sagen afgøres
      Så er refusionen for uge 2024-W14 3.267,84 kr.
      Og refusionen for uge 2024-W18 er 4.084,80 kr.
      Og refusionen til arbejdsgiveren er 19.607,04 kr. i alt

    @id:SDP-055-002 @sdl-55 @alvor:B
    Scenarie: Uden forsikring og aftale gives ingen refusion i arbejdsgiverperioden
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-12
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-04-15
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren 0,00 kr. i alt

  Regel: For sen anmeldelse giver refusion fra anmeldelsesdagen (§ 59)

    # SDP-059-001: frist 1.4. + 35 = 6.5.2024; anmeldt 7.5.: refusion 7.-31. maj = 17 betalte dage (uden 9. og
    # 20. maj) x 816,96 = 13.888,32. SDP-059-002: 6.4. + 35 = lørdag 11.5. -> mandag 13.5.; rettidig: refusion
    # 6.-31. maj = 18 dage = 14.705,28. SDP-059-003: anmeldt 14.5.: 14.-31. maj = 13 dage = 10.620,48 kr.
    @sdl-59 @sdl-40 @alvor:B
    Abstrakt Scenario: Anmeldelse senest 5 uger efter første fraværsdag
      Givet første fraværsdag er <første>
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse <frist> og <overholdt> overholdt
      Og refusionen til arbejdsgiveren er <refusion> i alt

      Eksempler:
        | id          | første     | anmeldt    | frist      | overholdt | refusion      |
        | SDP-059-001 | 2024-04-01 | 2024-05-07 | 2024-05-06 | er ikke   | 13.888,32 kr. |
        | SDP-059-002 | 2024-04-06 | 2024-05-13 | 2024-05-13 | er        | 14.705,28 kr. |
        | SDP-059-003 | 2024-04-06 | 2024-05-14 | 2024-05-13 | er ikke   | 10.620,48 kr. |

    # SDP-059-004: refusion fra 1.5. (arbejdsgiverperiodens udløb) til 31.5.: 21 dage = 17.156,16.
    # SDP-059-005: fra 15.2.2024 (3 måneder før 15.5.) til 31.5.: 11 + 21 + 22 + 23 = 77 hverdage, heraf 5
    # søgnehelligdage (28.3., 29.3., 1.4., 9.5., 20.5.): 72 x 816,96 = 58.821,12. SDP-059-006: fra 2.4. (3 måneder før
    # 2.7.) til 31.7.: 21 + 23 + 20 + 23 = 87 hverdage, heraf 9.5. og 20.5.: 85 x 816,96 = 69.441,60. SDP-059-007:
    # anmeldt efter 6 måneder, fra 3.7.: 21 dage = 17.156,16 kr.
    @sdl-59-stk-6 @alvor:B
    Abstrakt Scenario: Dispensation giver refusion for højst 3 måneder før anmeldelsen
      Givet første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Og der er grund til dispensation for arbejdsgiverens sene anmeldelse
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren <refusion> i alt

      Eksempler:
        | id          | første     | sidste     | anmeldt    | refusion      |
        | SDP-059-004 | 2024-04-01 | 2024-05-31 | 2024-05-20 | 17.156,16 kr. |
        | SDP-059-005 | 2024-01-02 | 2024-05-31 | 2024-05-15 | 58.821,12 kr. |
        | SDP-059-006 | 2024-01-02 | 2024-07-31 | 2024-07-02 | 69.441,60 kr. |
        | SDP-059-007 | 2024-01-02 | 2024-07-31 | 2024-07-03 | 17.156,16 kr. |

    # Fra 15.5.2024: uge 20 (15.-17.5.) 3 x 816,96 = 2.450,88; uge 21 4 dage (uden 20.5.); uge 22 5 dage;
    # i alt 12 x 816,96 = 9.803,52 kr.
    @id:SDP-059-008 @sdl-59 @alvor:B
    Scenarie: Uden dispensation gives refusion først fra anmeldelsesdagen
      Givet første fraværsdag er 2024-01-02
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-05-15
      Når sagen afgøres
      Så er refusionen for uge 2024-W20 2.450,88 kr.
      Og refusionen til arbejdsgiveren er 9.803,52 kr. i alt

  Regel: En anmeldelsesfrist, der udløber på en lukkedag, forlænges til næste hverdag (FT-SDP-FRIST-HVERDAG)

    # Ingen regel i sygedagpengeloven; analogt med forældelsesloven § 27, stk. 2 er weekend, helligdage,
    # grundlovsdag, 24. og 31. december lukkedage, men ikke fredagen efter Kristi himmelfartsdag.
    # SDP-059-009/010: første fraværsdag torsdag 9.4.2026; 9.4. + 35 dage = torsdag 14.5.2026 (Kristi
    # himmelfartsdag) -> fredag 15.5. Arbejdsgiverperioden 9.4.-8.5.; refusion fra lørdag 9.5. til 29.5.:
    # 11.-15.5. uden 14.5. (4 dage), 18.-22.5. (5), 26.-29.5. (4; 2. pinsedag 25.5. betales ikke) = 13 x 816,96 =
    # 10.620,48 kr. Anmeldt mandag 18.5. er for sent: refusion fra 18.5.: 9 x 816,96 = 7.352,64 kr.
    # SDP-059-011/012: første fraværsdag fredag 1.5.2026; 1.5. + 35 = fredag 5.6.2026 (grundlovsdag) -> mandag
    # 8.6. Arbejdsgiverperioden 1.5.-30.5.; refusion 31.5.-12.6.: 1.-5.6. (5 dage; grundlovsdag betales) og
    # 8.-12.6. (5) = 10 x 816,96 = 8.169,60 kr. Anmeldt tirsdag 9.6. er for sent: 9.-12.6. = 4 x 816,96 = 3.267,84.
    @sdl-59 @sdl-40 @alvor:B
    Abstrakt Scenario: Fristen på 5 uger udløber på Kristi himmelfartsdag eller grundlovsdag
      Givet første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse <frist> og <overholdt> overholdt
      Og refusionen til arbejdsgiveren er <refusion> i alt

      Eksempler:
        | id          | første     | sidste     | anmeldt    | frist      | overholdt | refusion      |
        | SDP-059-009 | 2026-04-09 | 2026-05-29 | 2026-05-15 | 2026-05-15 | er        | 10.620,48 kr. |
        | SDP-059-010 | 2026-04-09 | 2026-05-29 | 2026-05-18 | 2026-05-15 | er ikke   | 7.352,64 kr.  |
        | SDP-059-011 | 2026-05-01 | 2026-06-12 | 2026-06-08 | 2026-06-08 | er        | 8.169,60 kr.  |
        | SDP-059-012 | 2026-05-01 | 2026-06-12 | 2026-06-09 | 2026-06-08 | er ikke   | 3.267,84 kr.  |

  Regel: Med § 55-forsikring eller § 56-aftale, men uden løn, refunderes kun arbejdsgiverperioden (dag 30 er sidste)

    # Arbejdsgiveren betaler sygedagpenge (ikke løn) i arbejdsgiverperioden og får dem refunderet; fra dag 31
    # betaler kommunen borgeren, og arbejdsgiveren får intet. 816,96 kr. pr. dag.
    # SDP-056-101 (§ 56, fra dag 1): refusion 2.-31.3.2026: uge 10-13 4 x 4.084,80 + uge 14 (30.-31.3.) 1.633,92 =
    # 17.973,12; borgeren april: 1.4., 7.-10.4., 13.-17.4., 20.-24.4., 27.-30.4. = 19 dage = 15.522,24.
    # SDP-055-101 (§ 55, fra dag 2): refusion 3.-31.3.: uge 10 4 dage 3.267,84 + 12.254,40 + 1.633,92 = 17.156,16;
    # borgeren som SDP-056-101.
    # SDP-056-102 (§ 56, første fraværsdag torsdag 9.4.2026): refusion 9.4.-8.5.: 1.633,92 + 4 x 4.084,80 =
    # 17.973,12; borgeren fra 9.5.: uge 20 (Kristi himmelfartsdag) 3.267,84, uge 21 4.084,80, uge 22 (2. pinsedag)
    # 3.267,84 = 10.620,48.
    @sdl-55 @sdl-56 @alvor:B
    Abstrakt Scenario: Refusionen stopper med arbejdsgiverperioden, når arbejdsgiveren ikke betaler løn
      Givet første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og <ordning>
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <agp_til>
      Og refusionen til arbejdsgiveren er <refusion> i alt
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | første     | sidste     | ordning                                                 | agp_til    | refusion      | kommune_fra | udbetalt      |
        | SDP-056-101 | 2026-03-02 | 2026-04-30 | der er indgået en § 56-aftale for sygdommen              | 2026-03-31 | 17.973,12 kr. | 2026-04-01  | 15.522,24 kr. |
        | SDP-055-101 | 2026-03-02 | 2026-04-30 | arbejdsgiveren har en sygedagpengeforsikring efter § 55 | 2026-03-31 | 17.156,16 kr. | 2026-04-01  | 15.522,24 kr. |
        | SDP-056-102 | 2026-04-09 | 2026-05-29 | der er indgået en § 56-aftale for sygdommen              | 2026-05-08 | 17.973,12 kr. | 2026-05-09  | 10.620,48 kr. |

  Regel: Kort fravær anmeldt for sent: refusion højst 3 måneder før anmeldelsen (§ 59, stk. 4)

    # Nyansat (ingen arbejdsgiverperiode), løn 5.000 kr.: refusion fra første fraværsdag 2.3.2026. Fristen er
    # 2.3. + 35 = mandag 6.4.2026, 2. påskedag -> tirsdag 7.4. (FT-SDP-FRIST-HVERDAG). Slutter fraværet senest 31.3. (inden for 30 kalenderdage), gives refusion for højst 3
    # måneder før anmeldelsen; ellers først fra anmeldelsesdagen (§ 59, stk. 3).
    # SDP-059-101: slut 20.3., anmeldt 15.5. (3 mdr. før = 15.2.): hele fraværet, 3 x 4.084,80 = 12.254,40.
    # SDP-059-102: anmeldt 10.6. (3 mdr. før = 10.3.): 10.-13.3. 3.267,84 + uge 12 4.084,80 = 7.352,64.
    # SDP-059-103: slut 31.3. (dag 30): uge 10-13 16.339,20 + 30.-31.3. 1.633,92 = 17.973,12.
    # SDP-059-104: slut 1.4. (dag 31): ikke et kort fravær; refusion fra anmeldelsen 15.5., efter fraværet: 0,00.
    @sdl-59-stk-4 @alvor:B
    Abstrakt Scenario: Fravær inden for 30 kalenderdage, anmeldt efter fristen
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse 2026-04-07 og er ikke overholdt
      Og refusionen til arbejdsgiveren er <refusion> i alt

      Eksempler:
        | id          | sidste     | anmeldt    | refusion      |
        | SDP-059-101 | 2026-03-20 | 2026-05-15 | 12.254,40 kr. |
        | SDP-059-102 | 2026-03-20 | 2026-06-10 | 7.352,64 kr.  |
        | SDP-059-103 | 2026-03-31 | 2026-05-15 | 17.973,12 kr. |
        | SDP-059-104 | 2026-04-01 | 2026-05-15 | 0,00 kr.      |

    # Grænsen på 30 kalenderdage (§ 59, stk. 4) med andre datoer; nyansat (ansat under 8 uger før første
    # fraværsdag: ingen arbejdsgiverperiode), løn 5.000 kr.
    # SDP-059-105: første fraværsdag tirsdag 14.4.2026, slut onsdag 13.5. (dag 30), anmeldt 1.7. (fristen 19.5.):
    # 3 mdr. før = 1.4., refusion fra 14.4.: 14.-17.4. (4) 3.267,84 + 3 hele uger 12.254,40 + 11.-13.5. (3)
    # 2.450,88 = 17.973,12. SDP-059-106: slut 14.5. (dag 31): fra anmeldelsen 1.7.: 0,00.
    # SDP-059-107: første fraværsdag mandag 2.2.2026, slut 4.3. (dag 31), anmeldt 20.4. (fristen 9.3.): 0,00.
    @sdl-59-stk-4 @alvor:B
    Abstrakt Scenario: Dag 30 og dag 31 på grænsen til et kort fravær
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren <refusion> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | anmeldt    | refusion      |
        | SDP-059-105 | 2026-03-01 | 2026-04-14 | 2026-05-13 | 2026-07-01 | 17.973,12 kr. |
        | SDP-059-106 | 2026-03-01 | 2026-04-14 | 2026-05-14 | 2026-07-01 | 0,00 kr.      |
        | SDP-059-107 | 2026-01-02 | 2026-02-02 | 2026-03-04 | 2026-04-20 | 0,00 kr.      |

    # Grænsen på 30 kalenderdage (§ 59, stk. 4; refusion_kort_fravaer_dage = 30, parametre/frister.yaml,
    # elov.dk/sygedagpengeloven/59): fraværet er kort, når sidste fraværsdag er højst første fraværsdag + 29 dage.
    # Nyansat (under 8 uger, 40 timer: ingen arbejdsgiverperiode, § 30), løn 5.000 kr. om ugen (over sygedagpengene,
    # så borgeren får intet): refusion fra første fraværsdag, 816,96 kr. pr. dag. Fristen (§ 59, stk. 2) er første
    # fraværsdag + 35 dage (refusion_anmeldelse_dage), her en mandag; anmeldelsen kommer senere.
    # SDP-059-201: mandag 2.2.2026 til tirsdag 3.3.2026 (dag 30; februar har 28 dage); fristen 9.3.2026; anmeldt
    # 20.4.2026, 3 mdr. før = 20.1., altså hele fraværet: februar 20 hverdage + 2.-3.3. = 22 x 816,96 = 17.973,12;
    # uge 2026-W10 (2.-3.3.) 1.633,92.
    # SDP-059-202: mandag 1.9.2025 til tirsdag 30.9.2025 (dag 30); fristen 6.10.2025; anmeldt 10.11.2025, 3 mdr. før
    # = 10.8.: 22 hverdage = 17.973,12; uge 2025-W40 (29.-30.9.) 1.633,92.
    # SDP-059-203: til onsdag 1.10.2025 (dag 31): ikke kort; refusion først fra anmeldelsen 10.11. (§ 59, stk. 3),
    # efter fraværet: 0,00; uge 2025-W40 0,00.
    @sdl-59-stk-4 @alvor:B
    Abstrakt Scenario: Dag 30 og dag 31 i en måned med 28 og 30 dage, anmeldt efter fristen
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse <frist> og er ikke overholdt
      Og refusionen for uge <sidste_uge> er <sidste_refusion>
      Og refusionen til arbejdsgiveren er <refusion> i alt
      Og der er udbetalt 0,00 kr. i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | anmeldt    | frist      | sidste_uge | sidste_refusion | refusion      |
        | SDP-059-201 | 2026-01-02 | 2026-02-02 | 2026-03-03 | 2026-04-20 | 2026-03-09 | 2026-W10   | 1.633,92 kr.    | 17.973,12 kr. |
        | SDP-059-202 | 2025-08-01 | 2025-09-01 | 2025-09-30 | 2025-11-10 | 2025-10-06 | 2025-W40   | 1.633,92 kr.    | 17.973,12 kr. |
        | SDP-059-203 | 2025-08-01 | 2025-09-01 | 2025-10-01 | 2025-11-10 | 2025-10-06 | 2025-W40   | 0,00 kr.        | 0,00 kr.      |

  Regel: Uden ret over for kommunen (§ 32) gives ingen refusion, heller ikke når arbejdsgiveren betaler løn

    # § 54: refusionen svarer til de sygedagpenge, kommunen ellers ville have betalt borgeren; borgeren opfylder
    # ikke beskæftigelseskravet over for kommunen (§ 32, stk. 1, nr. 1: 240 timer i 6 måneder, heraf mindst 40 timer
    # i hver af 5 måneder): kun 30 timer om måneden (trinnet erstatter baggrundens 160 timer). Kravet over for
    # arbejdsgiveren (§ 30: ansat siden 2023, 148 timer i 8 uger) er opfyldt: arbejdsgiverperioden 1.-30.4.2024
    # (30 kalenderdage). Kommunen ville intet have betalt efter arbejdsgiverperioden, så refusionen er 0,00 kr., og
    # borgeren får intet fra kommunen, uanset lønnens størrelse og anmeldelsens dato.
    @sdl-32 @sdl-40 @alvor:B
    Abstrakt Scenario: Løn under sygdom, men beskæftigelseskravet over for kommunen er ikke opfyldt
      Givet borgeren har arbejdet 30 timer om måneden i de seneste 6 måneder
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på <løn> om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra arbejdsgiveren
      Og arbejdsgiverperioden er 2024-04-01 til 2024-04-30
      Og borgeren har ikke ret til sygedagpenge fra kommunen
      Og årsagen er, at beskæftigelseskravet over for kommunen ikke er opfyldt
      Og refusionen til arbejdsgiveren er 0,00 kr. i alt
      Og der er udbetalt 0,00 kr. i alt

      Eksempler:
        | id          | løn          | anmeldt    |
        | SDP-054-500 | 5.000,00 kr. | 2024-05-06 |
        | SDP-054-501 | 3.000,00 kr. | 2024-05-06 |
        | SDP-054-502 | 5.000,00 kr. | 2024-05-20 |

  Regel: Dispensation for sen anmeldelse kun til og med 6 måneder efter første fraværsdag (§ 59, stk. 6)

    # § 59, stk. 3 og 6: anmeldt for sent, men med grund til dispensation og senest 6 måneder efter første fraværsdag:
    # refusion for højst 3 måneder før anmeldelsen; dagen efter de 6 måneder: refusion først fra anmeldelsen. Løn
    # 5.000 kr. (over sygedagpengene), 816,96 kr. pr. dag (under 2024- og 2025-timeloftet).
    # SDP-059-500: første fraværsdag 3.3.2025 (arbejdsgiverperioden til 1.4.); 6 måneder = 3.9.2025, anmeldt 3.9.:
    #   refusion fra 3.6.2025 (3 måneder før) til 29.8.: juni 19 hverdage (2. pinsedag 9.6. betales ikke; grundlovsdag
    #   betales), juli 23, august 21 = 63 x 816,96 = 51.468,48 kr.
    # SDP-059-501: anmeldt 4.9.2025, efter de 6 måneder: refusion først fra 4.9., efter fraværet: 0,00 kr.
    # SDP-059-502: første fraværsdag 1.10.2024 (arbejdsgiverperioden til 30.10.); 6 måneder = 1.4.2025, anmeldt 1.4.:
    #   refusion fra 1.1.2025 til 31.3.: januar 22 (nytårsdag betales ikke), februar 20, marts 21 = 63 x 816,96 =
    #   51.468,48 kr.
    # SDP-059-503: anmeldt 2.4.2025: 0,00 kr.
    @sdl-59-stk-6 @sdl-59-stk-3 @alvor:B
    Abstrakt Scenario: Anmeldelse med dispensation på 6-månedersdagen og dagen efter
      Givet første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Og der er grund til dispensation for arbejdsgiverens sene anmeldelse
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren <refusion> i alt
      Og der er udbetalt 0,00 kr. i alt

      Eksempler:
        | id          | første     | sidste     | anmeldt    | refusion      |
        | SDP-059-500 | 2025-03-03 | 2025-08-29 | 2025-09-03 | 51.468,48 kr. |
        | SDP-059-501 | 2025-03-03 | 2025-08-29 | 2025-09-04 | 0,00 kr.      |
        | SDP-059-502 | 2024-10-01 | 2025-03-31 | 2025-04-01 | 51.468,48 kr. |
        | SDP-059-503 | 2024-10-01 | 2025-03-31 | 2025-04-02 | 0,00 kr.      |

  Regel: Ophører ansættelsen, gives refusion kun til den sidste ansættelsesdag (FT-SDP-OPHOER)

    # Løn 5.000 kr. om ugen; arbejdsgiverperioden 1.-30.4.2024; rettidig anmeldelse 6.5. Refusion fra 1.5. til den
    # sidste ansættelsesdag (ingen løn derefter); fra dagen efter betaler kommunen borgeren a-kassens dagpengesats
    # 800,00 kr. om dagen (§ 51, stk. 3; 4.000 kr. om ugen, under 4.695). Kristi himmelfartsdag 9.5. og 2. pinsedag
    # 20.5.2024 betales ikke (§ 53 a).
    # SDP-054-503: ophør fredag 17.5.: refusion 1.-3.5. (3), 6.-10.5. (4), 13.-17.5. (5) = 12 x 816,96 = 9.803,52;
    #   borgeren 21.-24.5. (4) og 27.-31.5. (5) = 9 x 800 = 7.200,00 kr.
    # SDP-054-504: ophør onsdag 15.5.: refusion 3 + 4 + 3 = 10 x 816,96 = 8.169,60; borgeren 16.-17.5. (2), 21.-24.5.
    #   (4), 27.-31.5. (5) = 11 x 800 = 8.800,00 kr.
    @sdl-51-stk-3 @alvor:B
    Abstrakt Scenario: Løn under sygdom til ansættelsen ophører efter arbejdsgiverperioden
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-05-06
      Og ansættelsen ophører <ophør>
      Og borgeren er medlem af en a-kasse og kan få 800,00 kr. om dagen i dagpenge efter ophøret
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren <refusion> i alt
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ophør      | refusion     | udbetalt     |
        | SDP-054-503 | 2024-05-17 | 9.803,52 kr. | 7.200,00 kr. |
        | SDP-054-504 | 2024-05-15 | 8.169,60 kr. | 8.800,00 kr. |

  Regel: De 22 uger (§ 24) tælles fra kommunens pligt, når arbejdsgiveren betaler løn, ellers fra den første betalte dag

    # Arbejdsgiverperioden 2.-31.3.2026 (ansat siden 2023, 148 timer i 8 uger); kommunens pligt fra 1.4. Borgerens frist
    # (§ 38, intet underretningsbrev): 3 uger efter dagen før kommunens pligt, 31.3. + 21 = 21.4.2026; anmodningen
    # kommer for sent, så kommunen betaler borgeren først fra modtagelsen (FT-SDP-38-FRIST). § 24 tæller dagene med
    # sygedagpenge, refusion eller løn under sygdom: uden løn fra den første betalte dag, med løn fra kommunens pligt.
    # Revurderingstidspunktet er den 111. hverdag talt med (110 = 22 uger; søgnehelligdage tæller som hverdage, som i
    # selvstaendige.feature), sidste betalingsdag den sidste dag i den måned.
    # Hverdage 2026: april 22 (fra 1.4.), maj 21, juni 22, juli 23, august 21, september 22.
    # SDP-024-500 (uden løn, anmodning 28.4.): 28.-30.4. 3, maj 24, juni 46, juli 69, august 90, september 1.-29. =
    #   111 -> 29.9.2026; sidste betalingsdag 30.9.2026.
    # SDP-024-501 (uden løn, anmodning 5.5.): maj 5.-29. 19, juni 41, juli 64, august 85, september 107, oktober 1.,
    #   2., 5., 6. -> 111 = 6.10.2026; sidste betalingsdag 31.10.2026.
    # SDP-024-502, -503 og -504 (løn 5.000 kr. om ugen, anmodning 28.4., 5.5. og 12.5.): talt fra 1.4.: april 22,
    #   maj 43, juni 65, juli 88, august 109, september 1. og 2. -> 111 = 2.9.2026; sidste betalingsdag 30.9.2026,
    #   uanset anmodningen.
    @sdl-24 @sdl-38 @alvor:B
    Abstrakt Scenario: For sen anmodning uden løn under sygdom: de 22 uger tælles fra den første betalte dag
      Givet første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-11-30
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning 2026-04-21 og er ikke overholdt
      Og kommunen betaler sygedagpenge fra <anmodning>
      Og revurderingstidspunktet er <revurdering>
      Og sidste betalingsdag er <sidste_betaling>

      Eksempler:
        | id          | anmodning  | revurdering | sidste_betaling |
        | SDP-024-500 | 2026-04-28 | 2026-09-29  | 2026-09-30      |
        | SDP-024-501 | 2026-05-05 | 2026-10-06  | 2026-10-31      |

    @sdl-24 @sdl-38 @alvor:B
    Abstrakt Scenario: For sen anmodning med løn under sygdom: de 22 uger tælles fra kommunens pligt
      Givet første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-11-30
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-20
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning 2026-04-21 og er ikke overholdt
      Og revurderingstidspunktet er 2026-09-02
      Og sidste betalingsdag er 2026-09-30

      Eksempler:
        | id          | anmodning  |
        | SDP-024-502 | 2026-04-28 |
        | SDP-024-503 | 2026-05-05 |
        | SDP-024-504 | 2026-05-12 |

  Regel: Arbejdsgiverperioden slutter en lørdag: refusion fra søndag, kun for hverdage

    # Første fraværsdag en fredag: arbejdsgiverperioden (30 kalenderdage, § 30) slutter en lørdag, og refusionen
    # begynder søndag (§ 54). Løn 5.000 kr. om ugen er over sygedagpengene (4.084,80), så borgeren får intet, og
    # arbejdsgiveren får 816,96 kr. pr. betalt hverdag. Rettidig anmeldelse (inden 5 uger, § 40).
    # SDP-054-505: 5.4.2024, arbejdsgiverperioden til 4.5.; refusion 5.-17.5.: 6.-8.5. og 10.5. (Kristi himmelfartsdag
    #   9.5. betales ikke) 4 + 13.-17.5. 5 = 9 x 816,96 = 7.352,64 kr.
    # SDP-054-506: 2.1.2026, til 31.1.; refusion 1.-13.2.: 2.-6.2. og 9.-13.2. = 10 x 816,96 = 8.169,60 kr.
    # SDP-054-507: 1.8.2025, til 30.8.; refusion 31.8.-12.9.: 1.-5.9. og 8.-12.9. = 10 x 816,96 = 8.169,60 kr.
    @sdl-30 @sdl-40 @alvor:B
    Abstrakt Scenario: Refusion efter en arbejdsgiverperiode, der slutter en lørdag
      Givet første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <agp_til>
      Og refusionen til arbejdsgiveren er <refusion> i alt
      Og der er udbetalt 0,00 kr. i alt

      Eksempler:
        | id          | første     | agp_til    | sidste     | anmeldt    | refusion     |
        | SDP-054-505 | 2024-04-05 | 2024-05-04 | 2024-05-17 | 2024-04-26 | 7.352,64 kr. |
        | SDP-054-506 | 2026-01-02 | 2026-01-31 | 2026-02-13 | 2026-01-20 | 8.169,60 kr. |
        | SDP-054-507 | 2025-08-01 | 2025-08-30 | 2025-09-12 | 2025-08-15 | 8.169,60 kr. |

  Regel: Nedsat løn under sygdom til et ophør midt i ugen: forskellen, refusionen og derefter fulde sygedagpenge

    # Arbejdsgiveren betaler nedsat løn (under sygedagpengene) fra første fraværsdag; arbejdsgiverperioden (30
    # kalenderdage, § 30) slutter en tirsdag, onsdag eller torsdag; ansættelsen ophører midt i en senere uge
    # (FT-SDP-OPHOER). Timefortjeneste 200,00 kr.: 200 x 0,92 = 184 kr. over timeloftet, ugebeløbet 5.085 kr. (2026),
    # 1.017 kr. pr. dag. Til sidste ansættelsesdag: refusion min(1.017; løn/5) pr. dag, borgeren forskellen (§ 54);
    # derefter betaler kommunen borgeren fuldt (ikke a-kassemedlem: § 47 fortsætter, 1.017 kr.; a-kassemedlem:
    # § 51, stk. 3). Ophørsugens dage betales hver for sig: dagene med løn højst forskellen, så dag for dag
    # refusion + borger <= 1.017 kr. (§ 50, stk. 3); der er ikke noget at skære i. Ingen søgnehelligdage 2.2.-27.3.2026.
    # Uger: W10 = 2.-8.3., W11 = 9.-15.3., W12 = 16.-22.3., W13 = 23.-29.3.2026.
    # SDP-054-508: halv løn 3.700 kr. (740 pr. dag); første fraværsdag mandag 2.2.; arbejdsgiverperioden til tirsdag
    #   3.3.; ophør onsdag 18.3. W10 (4.-6.3.): refusion 3 x 740 = 2.220,00, borgeren 3.051,00 - 2.220,00 = 831,00;
    #   W11: 3.700,00 og 1.385,00; W12: 16.-18.3. refusion 2.220,00, borgeren 831,00, 19.-20.3. 2 x 1.017 = 2.034,00,
    #   i alt 2.865,00; W13: 5.085,00. Refusion 8.140,00; borgeren 831 + 1.385 + 2.865 + 5.085 = 10.166,00 kr.
    # SDP-054-509: løn 4.000 kr. (800 pr. dag); første fraværsdag onsdag 4.2.; arbejdsgiverperioden til torsdag 5.3.;
    #   ophør tirsdag 17.3. W10 (6.3.): 800,00 og 217,00; W11: 4.000,00 og 1.085,00; W12: 16.-17.3. refusion
    #   1.600,00, borgeren 2.034,00 - 1.600,00 = 434,00, 18.-20.3. 3.051,00, i alt 3.485,00; W13: 5.085,00.
    #   Refusion 6.400,00; borgeren 217 + 1.085 + 3.485 + 5.085 = 9.872,00 kr.
    @sdl-50 @sdl-51 @alvor:A
    Abstrakt Scenario: Nedsat løn under sygdom og ophør midt i ugen: borgeren får forskellen og derefter hele dage
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er <første>
      Og sidste fraværsdag er 2026-03-27
      Og arbejdsgiveren betaler løn på <løn> om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Og ansættelsen ophører <ophør>
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <agp_til>
      Og ugebeløbet er 5.085,00 kr.
      Og udbetalingen for uge 2026-W10 er <udb_w10>
      Og refusionen for uge 2026-W12 er <ref_w12>
      Og udbetalingen for uge 2026-W12 er <udb_w12>
      Og udbetalingen for uge 2026-W13 er 5.085,00 kr.
      Og refusionen til arbejdsgiveren er <refusion> i alt
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | første     | agp_til    | løn          | anmeldt    | ophør      | udb_w10    | ref_w12      | udb_w12      | refusion     | udbetalt      |
        | SDP-054-508 | 2026-02-02 | 2026-03-03 | 3.700,00 kr. | 2026-02-20 | 2026-03-18 | 831,00 kr. | 2.220,00 kr. | 2.865,00 kr. | 8.140,00 kr. | 10.166,00 kr. |
        | SDP-054-509 | 2026-02-04 | 2026-03-05 | 4.000,00 kr. | 2026-02-25 | 2026-03-17 | 217,00 kr. | 1.600,00 kr. | 3.485,00 kr. | 6.400,00 kr. | 9.872,00 kr.  |

    # SDP-054-510: halv løn 3.700 kr.; første fraværsdag tirsdag 3.2.2026; arbejdsgiverperioden til onsdag 4.3.;
    #   ophør mandag 16.3.; a-kassemedlem med 900,00 kr. om dagen (§ 51, stk. 3; 4.500 kr. om ugen, under 5.085).
    #   W10 (5.-6.3.): refusion 1.480,00, borgeren 2.034,00 - 1.480,00 = 554,00; W11: 3.700,00 og 1.385,00;
    #   W12: 16.3. refusion 740,00, borgeren 277,00; 17.-20.3. 4.500 x 4/5 = 3.600,00; i alt 3.877,00;
    #   W13: 4.500,00. Refusion 5.920,00; borgeren 554 + 1.385 + 3.877 + 4.500 = 10.316,00 kr.
    @id:SDP-054-510 @sdl-50 @sdl-51-stk-3 @alvor:A
    Scenarie: Halv løn under sygdom, ophør en mandag: a-kassemedlemmet får dagpengesatsen resten af ugen
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2026-02-03
      Og sidste fraværsdag er 2026-03-27
      Og arbejdsgiveren betaler løn på 3.700,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-02-20
      Og ansættelsen ophører 2026-03-16
      Og borgeren er medlem af en a-kasse og kan få 900,00 kr. om dagen i dagpenge efter ophøret
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-02-03 til 2026-03-04
      Og udbetalingen for uge 2026-W10 er 554,00 kr.
      Og refusionen for uge 2026-W12 er 740,00 kr.
      Og udbetalingen for uge 2026-W12 er 3.877,00 kr.
      Og udbetalingen for uge 2026-W13 er 4.500,00 kr.
      Og refusionen til arbejdsgiveren er 5.920,00 kr. i alt
      Og der er udbetalt 10.316,00 kr. i alt

  Regel: Løn lige under sygedagpengene: borgeren får forskellen, også når den er under 1 krone om ugen

    # Arbejdsgiveren betaler løn på 5.084,50 kr. om ugen under fraværet, 50 øre under sygedagpengene; refusionen er
    # sygedagpengene, højst lønnen, og borgeren får forskellen (§ 54; FT-SDP-REFUSION). Timefortjeneste 200,00 kr.:
    # 200 x 0,92 = 184 kr. over timeloftet, ugebeløbet 5.085 kr. (2026), 1.017 kr. pr. dag (§ 50). Første fraværsdag
    # mandag 2.2.2026; arbejdsgiverperioden (30 kalenderdage, § 30) til tirsdag 3.3.; kommunen fra onsdag 4.3.;
    # anmeldt 20.2., før 5 uger (§ 59). Sidste fraværsdag søndag 29.3. Ingen søgnehelligdage 2.2.-29.3.2026.
    # W10 (4.-6.3., en deluge: beløb x 3/5, FT-SDP-AFRUNDING): sygedagpenge 5.085 x 3/5 = 3.051,00, løn
    # 5.084,50 x 3/5 = 3.050,70: refusion 3.050,70, borgeren 3.051,00 - 3.050,70 = 0,30 kr.
    # W11 (9.-15.3.), W12 (16.-22.3.), W13 (23.-29.3.), hele uger: refusion 5.084,50, borgeren 5.085,00 - 5.084,50 =
    # 0,50 kr. hver. Refusion 3.050,70 + 3 x 5.084,50 = 18.304,20 kr.; borgeren 0,30 + 3 x 0,50 = 1,80 kr.
    @id:SDP-054-511 @sdl-50 @alvor:A
    Scenarie: Løn 50 øre under sygedagpengene: refusionen er lønnen, og borgeren får 50 øre for hver hel uge
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2026-02-02
      Og sidste fraværsdag er 2026-03-29
      Og arbejdsgiveren betaler løn på 5.084,50 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-02-20
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-02-02 til 2026-03-03
      Og ugebeløbet er 5.085,00 kr.
      Og udbetalingen for uge 2026-W10 er 0,30 kr.
      Og refusionen for uge 2026-W10 er 3.050,70 kr.
      Og udbetalingen for uge 2026-W11 er 0,50 kr.
      Og refusionen for uge 2026-W11 er 5.084,50 kr.
      Og udbetalingen for uge 2026-W13 er 0,50 kr.
      Og refusionen til arbejdsgiveren er 18.304,20 kr. i alt
      Og der er udbetalt 1,80 kr. i alt
