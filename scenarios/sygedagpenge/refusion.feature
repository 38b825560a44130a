# language: da
@sdl-54
Egenskab: Refusion til arbejdsgiveren
  Betaler arbejdsgiveren løn under sygdom, får arbejdsgiveren refusion svarende til de sygedagpenge, kommunen
  ellers ville have betalt borgeren, dog højst lønnen for de samme dage; borgeren får en eventuel forskel
  (§ 54). Refusion gives fra dagen efter arbejdsgiverperioden, ved § 55-forsikring fra 2. fraværsdag og ved en
  § 56-aftale fra 1. fraværsdag. Anmelder arbejdsgiveren ikke senest 5 uger efter første fraværsdag, gives
  refusion først fra anmeldelsen (§ 59, stk. 3), medmindre der er grund til dispensation og anmeldelsen er
  sket senest 6 måneder efter første fraværsdag; så gives refusion for højst 3 måneder før anmeldelsen.
  Faktaark 1.10; fortolkninger FT-SDP-REFUSION, FT-SDP-FRIST-BANKDAG.

  Baggrund:
    Givet en lønmodtager ansat siden 2023-01-01
    Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
    Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen

  Regel: Arbejdsgiveren får de sygedagpenge, borgeren ellers ville have fået, højst lønnen

    @id:SDP-054-001 @sdl-40 @alvor:B
    Scenarie: Løn under sygdom og rettidig anmeldelse giver refusion fra dagen efter arbejdsgiverperioden
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-05-06
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse 2024-05-06 og er overholdt
      Og refusionen for uge 2024-W18 er 2.450,88 kr.
      Og refusionen for uge 2024-W19 er 4.084,80 kr.
      Og refusionen til arbejdsgiveren er 18.790,08 kr. i alt
      Og der er udbetalt 0,00 kr. i alt

    @id:SDP-054-002 @alvor:A
    Scenarie: Løn lavere end sygedagpengene: borgeren får forskellen
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 3.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-05-06
      Når sagen afgøres
      Så er refusionen for uge 2024-W18 1.800,00 kr.
      Og refusionen for uge 2024-W19 er 3.000,00 kr.
      Og refusionen til arbejdsgiveren er 13.800,00 kr. i alt
      Og udbetalingen for uge 2024-W18 er 650,88 kr.
      Og udbetalingen for uge 2024-W19 er 1.084,80 kr.
      Og der er udbetalt 4.990,08 kr. i alt

    @id:SDP-054-003 @alvor:B
    Scenarie: Arbejdsgiver uden løn under sygdom får ingen refusion, og kommunen betaler borgeren
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren 0,00 kr. i alt
      Og der er udbetalt 18.790,08 kr. i alt

    @id:SDP-054-004 @sdl-50 @alvor:B
    Scenarie: Refusionen er højst det højeste sygedagpengebeløb, selv om lønnen er højere
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 8.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-04-20
      Når sagen afgøres
      Så er refusionen for uge 2024-W18 2.817,00 kr.
      Og refusionen for uge 2024-W19 er 4.695,00 kr.
      Og refusionen til arbejdsgiveren er 21.597,00 kr. i alt

    @id:SDP-054-005 @sdl-64 @alvor:B
    Scenarie: Refusionen følger satsskiftet den første mandag i januar
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2025-12-01
      Og sidste fraværsdag er 2026-01-09
      Og arbejdsgiveren betaler løn på 8.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2025-12-20
      Når sagen afgøres
      Så er refusionen for uge 2026-W01 2.919,00 kr.
      Og refusionen for uge 2026-W02 er 5.085,00 kr.
      Og refusionen til arbejdsgiveren er 8.004,00 kr. i alt

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

    @id:SDP-056-001 @sdl-56 @alvor:B
    Scenarie: § 56-aftale om kronisk sygdom giver refusion fra 1. fraværsdag
      Givet første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-12
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og der er indgået en § 56-aftale for sygdommen
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-04-15
      Når sagen afgøres
      Så er refusionen for uge 2024-W14 4.084,80 kr.
      Og refusionen til arbejdsgiveren er 8.169,60 kr. i alt

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
        | SDP-059-001 | 2024-04-01 | 2024-05-07 | 2024-05-06 | er ikke   | 15.522,24 kr. |
        | SDP-059-002 | 2024-04-06 | 2024-05-13 | 2024-05-13 | er        | 16.339,20 kr. |
        | SDP-059-003 | 2024-04-06 | 2024-05-14 | 2024-05-13 | er ikke   | 11.437,44 kr. |

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
        | SDP-059-004 | 2024-04-01 | 2024-05-31 | 2024-05-20 | 18.790,08 kr. |
        | SDP-059-005 | 2024-01-02 | 2024-05-31 | 2024-05-15 | 62.905,92 kr. |
        | SDP-059-006 | 2024-01-02 | 2024-07-31 | 2024-07-02 | 71.075,52 kr. |
        | SDP-059-007 | 2024-01-02 | 2024-07-31 | 2024-07-03 | 17.156,16 kr. |

    @id:SDP-059-008 @sdl-59 @alvor:B
    Scenarie: Uden dispensation gives refusion først fra anmeldelsesdagen
      Givet første fraværsdag er 2024-01-02
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-05-15
      Når sagen afgøres
      Så er refusionen for uge 2024-W20 2.450,88 kr.
      Og refusionen til arbejdsgiveren er 10.620,48 kr. i alt
