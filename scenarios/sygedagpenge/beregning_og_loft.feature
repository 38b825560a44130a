# language: da
@sdl-47 @sdl-50
Egenskab: Beregning af sygedagpenge og det højeste beløb
  Sygedagpengene er timefortjenesten efter arbejdsmarkedsbidrag (x 0,92) gange de ugentlige timer (§ 47).
  Timesatsen kan ikke overstige ugens højeste beløb delt med den normale overenskomstmæssige arbejdstid
  (37 timer, når intet andet er oplyst), og ugebeløbet kan ikke overstige ugens højeste beløb (§ 50, stk. 1-2).
  Der betales for mandag til fredag med 1/5 af ugebeløbet pr. dag (§ 50, stk. 3).
  Højeste beløb: 4.550 kr. (2023), 4.695 kr. (2024), 4.865 kr. (2025), 5.085 kr. (2026) — faktaark 1.2.
  Fortolkninger: FT-SDP-AFRUNDING, FT-SDP-LOFT-TIME, FT-SDP-NORMALTIMER, FT-SDP-DAGE.
  Borgerne er nyansatte uden ret over for arbejdsgiveren, så kommunen betaler fra første fraværsdag.

  Baggrund:
    Givet en lønmodtager ansat siden 2024-03-15
    Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
    Og første fraværsdag er 2024-04-01
    Og sidste fraværsdag er 2024-04-12

  Regel: Ugebeløbet er timesatsen gange timerne, højst det højeste beløb (37 normaltimer)

    @alvor:A
    Abstrakt Scenario: Timefortjeneste og arbejdstid i 2024 (højeste beløb 4.695 kr.)
      Givet timefortjenesten er <timefortjeneste> i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er <timer> timer om ugen
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og ugebeløbet <begrænset> begrænset af det højeste beløb
      Og udbetalingen for uge 2024-W14 er <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler: Under loftet
        | id          | timefortjeneste | timer | ugebeløb     | begrænset | udbetalt     |
        | SDP-047-001 | 120,00 kr.      | 37    | 4.084,80 kr. | er ikke   | 8.169,60 kr. |
        | SDP-047-002 | 137,92 kr.      | 37    | 4.694,93 kr. | er ikke   | 9.389,86 kr. |
        | SDP-047-003 | 100,00 kr.      | 25    | 2.300,00 kr. | er ikke   | 4.600,00 kr. |
        | SDP-047-004 | 121,74 kr.      | 37    | 4.144,00 kr. | er ikke   | 8.288,00 kr. |
        | SDP-047-005 | 120,01 kr.      | 32,5  | 3.588,33 kr. | er ikke   | 7.176,66 kr. |
        | SDP-047-006 | 130,00 kr.      | 30    | 3.588,00 kr. | er ikke   | 7.176,00 kr. |

      Eksempler: Over loftet
        | id          | timefortjeneste | timer | ugebeløb     | begrænset | udbetalt     |
        | SDP-050-001 | 137,93 kr.      | 37    | 4.695,00 kr. | er        | 9.390,00 kr. |
        | SDP-050-002 | 200,00 kr.      | 37    | 4.695,00 kr. | er        | 9.390,00 kr. |
        | SDP-050-003 | 200,00 kr.      | 20    | 2.537,84 kr. | er        | 5.075,68 kr. |
        | SDP-050-004 | 150,00 kr.      | 45    | 4.695,00 kr. | er        | 9.390,00 kr. |

  Regel: Timeloftet er ugens højeste beløb delt med den overenskomstmæssige arbejdstid

    @alvor:A
    Abstrakt Scenario: Overenskomst på 40 timer om ugen
      Givet timefortjenesten er <timefortjeneste> i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er <timer> timer om ugen
      Og den overenskomstmæssige arbejdstid er 40 timer om ugen
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og ugebeløbet <begrænset> begrænset af det højeste beløb
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | timefortjeneste | timer | ugebeløb     | begrænset | udbetalt     |
        | SDP-050-005 | 200,00 kr.      | 40    | 4.695,00 kr. | er        | 9.390,00 kr. |
        | SDP-050-006 | 200,00 kr.      | 20    | 2.347,50 kr. | er        | 4.695,00 kr. |
        | SDP-050-007 | 120,00 kr.      | 40    | 4.416,00 kr. | er ikke   | 8.832,00 kr. |
        | SDP-050-008 | 130,00 kr.      | 40    | 4.695,00 kr. | er        | 9.390,00 kr. |
        | SDP-050-009 | 130,00 kr.      | 30    | 3.521,25 kr. | er        | 7.042,50 kr. |

  Regel: Det højeste beløb for det år, dagen ligger i

    @alvor:A
    Abstrakt Scenario: Fuld tid over loftet giver præcis det højeste beløb
      Givet en lønmodtager ansat siden <ansat>
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og ugebeløbet er begrænset af det højeste beløb
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | ugebeløb     | udbetalt      |
        | SDP-050-010 | 2023-03-15 | 2023-04-03 | 2023-04-14 | 4.550,00 kr. | 9.100,00 kr.  |
        | SDP-050-011 | 2025-02-15 | 2025-03-03 | 2025-03-14 | 4.865,00 kr. | 9.730,00 kr.  |
        | SDP-050-012 | 2026-01-15 | 2026-02-02 | 2026-02-13 | 5.085,00 kr. | 10.170,00 kr. |

  Regel: En uge med færre betalte dage får 1/5 af ugebeløbet pr. dag, afrundet til hele øre

    @id:SDP-050-013 @sdl-50-stk-3 @alvor:A
    Scenarie: Første uge med 4 dage afrundes halvt op
      Givet timefortjenesten er 120,01 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 32,5 timer om ugen
      Og første fraværsdag er 2024-04-02
      Når sagen afgøres
      Så er ugebeløbet 3.588,33 kr.
      Og udbetalingen for uge 2024-W14 er 2.870,66 kr.
      Og udbetalingen for uge 2024-W15 er 3.588,33 kr.
      Og der er udbetalt 6.458,99 kr. i alt

    @id:SDP-050-014 @sdl-50-stk-3 @alvor:A
    Scenarie: Helligdage på hverdage betales, weekender betales ikke
      Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2024-03-28
      Og sidste fraværsdag er 2024-04-07
      Når sagen afgøres
      Så er udbetalingen for uge 2024-W13 1.633,92 kr.
      Og udbetalingen for uge 2024-W14 er 4.084,80 kr.
      Og der er udbetalt 5.718,72 kr. i alt
