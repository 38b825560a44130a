# language: da
@sdl-47 @sdl-50
Egenskab: Beregning af sygedagpenge og det højeste beløb
  Sygedagpengene er timefortjenesten efter arbejdsmarkedsbidrag (x 0,92) gange de ugentlige timer (§ 47).
  Timesatsen kan ikke overstige ugens højeste beløb delt med den normale overenskomstmæssige arbejdstid
  (37 timer, når intet andet er oplyst), og ugebeløbet kan ikke overstige ugens højeste beløb (§ 50, stk. 1-2).
  Der betales for mandag til fredag med 1/5 af ugebeløbet pr. dag (§ 50, stk. 3), dog ikke for søgnehelligdage
  på hverdage (§ 53 a, fra 2.7.2012): baggrundens første fraværsdag, mandag 1. april 2024, er 2. påskedag, så uge
  2024-W14 har 4 betalte dage (ugebeløb x 4/5, afrundet til øre) og uge 2024-W15 fem; i alt ugebeløb x 4/5 + ugebeløb.
  Højeste beløb: 4.550 kr. (2023), 4.695 kr. (2024), 4.865 kr. (2025), 5.085 kr. (2026) — faktaark 1.2.
  Fortolkninger: FT-SDP-AFRUNDING, FT-SDP-LOFT-TIME, FT-SDP-NORMALTIMER, FT-SDP-DAGE.
  Fx SDP-047-001: 4.084,80 x 4/5 = 3.267,84; + 4.084,80 = 7.352,64 kr. SDP-047-002: 4.694,93 x 4/5 = 3.755,944
  -> 3.755,94; + 4.694,93 = 8.450,87 kr. SDP-050-003: 2.537,84 x 4/5 = 2.030,272 -> 2.030,27; i alt 4.568,11 kr.
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
      Og udbetalingen for uge 2024-W14 er <uge_14>
      Og der er udbetalt <udbetalt> i alt

      Eksempler: Under loftet
        | id          | timefortjeneste | timer | ugebeløb     | begrænset | uge_14       | udbetalt     |
        | SDP-047-001 | 120,00 kr.      | 37    | 4.084,80 kr. | er ikke   | 3.267,84 kr. | 7.352,64 kr. |
        | SDP-047-002 | 137,92 kr.      | 37    | 4.694,93 kr. | er ikke   | 3.755,94 kr. | 8.450,87 kr. |
        | SDP-047-003 | 100,00 kr.      | 25    | 2.300,00 kr. | er ikke   | 1.840,00 kr. | 4.140,00 kr. |
        | SDP-047-004 | 121,74 kr.      | 37    | 4.144,00 kr. | er ikke   | 3.315,20 kr. | 7.459,20 kr. |
        | SDP-047-005 | 120,01 kr.      | 32,5  | 3.588,33 kr. | er ikke   | 2.870,66 kr. | 6.458,99 kr. |
        | SDP-047-006 | 130,00 kr.      | 30    | 3.588,00 kr. | er ikke   | 2.870,40 kr. | 6.458,40 kr. |

      Eksempler: Over loftet
        | id          | timefortjeneste | timer | ugebeløb     | begrænset | uge_14       | udbetalt     |
        | SDP-050-001 | 137,93 kr.      | 37    | 4.695,00 kr. | er        | 3.756,00 kr. | 8.451,00 kr. |
        | SDP-050-002 | 200,00 kr.      | 37    | 4.695,00 kr. | er        | 3.756,00 kr. | 8.451,00 kr. |
        | SDP-050-003 | 200,00 kr.      | 20    | 2.537,84 kr. | er        | 2.030,27 kr. | 4.568,11 kr. |
        | SDP-050-004 | 150,00 kr.      | 45    | 4.695,00 kr. | er        | 3.756,00 kr. | 8.451,00 kr. |

  Regel: Timeloftet er ugens højeste beløb delt med den overenskomstmæssige arbejdstid

    # 9 betalte dage: SDP-050-006: 2.347,50 x 4/5 = 1.878,00 + 2.347,50 = 4.225,50; SDP-050-007: 4.416,00 x 4/5
    # = 3.532,80 + 4.416,00 = 7.948,80; SDP-050-009: 3.521,25 x 4/5 = 2.817,00 + 3.521,25 = 6.338,25 kr.
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
        | SDP-050-005 | 200,00 kr.      | 40    | 4.695,00 kr. | er        | 8.451,00 kr. |
        | SDP-050-006 | 200,00 kr.      | 20    | 2.347,50 kr. | er        | 4.225,50 kr. |
        | SDP-050-007 | 120,00 kr.      | 40    | 4.416,00 kr. | er ikke   | 7.948,80 kr. |
        | SDP-050-008 | 130,00 kr.      | 40    | 4.695,00 kr. | er        | 8.451,00 kr. |
        | SDP-050-009 | 130,00 kr.      | 30    | 3.521,25 kr. | er        | 6.338,25 kr. |

  Regel: Det højeste beløb for det år, dagen ligger i

    # SDP-050-010: 3.-14. april 2023 har skærtorsdag 6.4., langfredag 7.4. og 2. påskedag 10.4. uden betaling:
    # 7 betalte dage x 4.550/5 = 7 x 910 = 6.370,00 kr. SDP-050-011 og -012 har ingen søgnehelligdage: 10 dage.
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
        | SDP-050-010 | 2023-03-15 | 2023-04-03 | 2023-04-14 | 4.550,00 kr. | 6.370,00 kr.  |
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

    # Skærtorsdag 28.3., langfredag 29.3. og 2. påskedag 1.4.2024 betales ikke (§ 53 a), heller ikke weekenden:
    # uge 2024-W13 intet; uge 2024-W14 tirsdag-fredag 4 x 816,96 = 3.267,84 kr. i alt.
    @id:SDP-050-014 @sdl-50-stk-3 @sdl-53a @alvor:A
    Scenarie: Søgnehelligdage på hverdage og weekender betales ikke
      Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2024-03-28
      Og sidste fraværsdag er 2024-04-07
      Når sagen afgøres
      Så er udbetalingen for uge 2024-W13 0,00 kr.
      Og udbetalingen for uge 2024-W14 er 3.267,84 kr.
      Og der er udbetalt 3.267,84 kr. i alt

  Regel: Søgnehelligdage på hverdage betales ikke; grundlovsdag, 1. maj, 24. og 31. december betales (§ 53 a)

    # Fra 2. juli 2012 betaler kommunen ikke sygedagpenge for søgnehelligdage på hverdage (§ 53 a, lov nr. 1599
    # af 22.12.2010); store bededag er ikke søgnehelligdag fra 2024. Timefortjeneste 200,00 kr. over loftet, så
    # ugebeløbet er det højeste beløb og dagsatsen 1/5 af det (FT-SDP-DAGE, FT-SDP-LOFT-TIME).
    # SDP-053-101: maj 2023 har 23 hverdage; store bededag 5.5., Kristi himmelfartsdag 18.5. og 2. pinsedag 29.5.
    # betales ikke: 20 x 4.550/5 = 20 x 910 = 18.200,00 kr. Uge 18: 4 x 910 = 3.640,00; uge 19: 4.550,00;
    # uge 20: 3.640,00; uge 21: 4.550,00; uge 22 (29.-31.5.): 2 x 910 = 1.820,00.
    @id:SDP-053-101 @sdl-53a @sdl-50-stk-3 @alvor:A
    Scenarie: Maj 2023: store bededag, Kristi himmelfartsdag og 2. pinsedag betales ikke
      Givet en lønmodtager ansat siden 2023-04-10
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2023-05-01
      Og sidste fraværsdag er 2023-05-31
      Når sagen afgøres
      Så er ugebeløbet 4.550,00 kr.
      Og udbetalingen for uge 2023-W18 er 3.640,00 kr.
      Og udbetalingen for uge 2023-W19 er 4.550,00 kr.
      Og udbetalingen for uge 2023-W20 er 3.640,00 kr.
      Og udbetalingen for uge 2023-W22 er 1.820,00 kr.
      Og der er udbetalt 18.200,00 kr. i alt

    # SDP-053-102: april 2024 har 22 hverdage; kun 2. påskedag 1.4. betales ikke; fredag 26.4.2024 (den tidligere
    # store bededag) betales: 21 x 4.695/5 = 21 x 939 = 19.719,00 kr.; uge 17 (22.-26.4.): 5 x 939 = 4.695,00.
    @id:SDP-053-102 @sdl-53a @alvor:A
    Scenarie: Store bededag er afskaffet fra 2024: fredag 26. april 2024 betales
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og sidste fraværsdag er 2024-04-30
      Når sagen afgøres
      Så er udbetalingen for uge 2024-W14 3.756,00 kr.
      Og udbetalingen for uge 2024-W17 er 4.695,00 kr.
      Og der er udbetalt 19.719,00 kr. i alt

    # SDP-053-103: uge 2025-W52 (22.-26.12.2025): 1. og 2. juledag betales ikke, juleaftensdag 24.12. betales:
    # 3 x 973 = 2.919,00. Uge 2026-W01 (29.12.2025-2.1.2026, 2025-satsen): nytårsaftensdag betales, nytårsdag
    # ikke: 4 x 973 = 3.892,00. I alt 6.811,00 kr.
    @id:SDP-053-103 @sdl-53a @sdl-64 @alvor:A
    Scenarie: Jul og nytår 2025: juleaftensdag og nytårsaftensdag betales, juledagene og nytårsdag ikke
      Givet en lønmodtager ansat siden 2025-12-01
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2025-12-22
      Og sidste fraværsdag er 2026-01-04
      Når sagen afgøres
      Så er udbetalingen for uge 2025-W52 2.919,00 kr.
      Og udbetalingen for uge 2026-W01 er 3.892,00 kr.
      Og der er udbetalt 6.811,00 kr. i alt

    # 2026 over loftet: 5.085/5 = 1.017 kr. pr. dag. 1. maj og grundlovsdag er ikke søgnehelligdage (5 x 1.017 =
    # 5.085,00); fredagen efter Kristi himmelfartsdag er en almindelig hverdag, Kristi himmelfartsdag 14.5.2026
    # betales ikke (4 x 1.017 = 4.068,00).
    @sdl-53a @alvor:A
    Abstrakt Scenario: 1. maj, grundlovsdag og fredagen efter Kristi himmelfartsdag betales
      Givet en lønmodtager ansat siden 2026-04-01
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er udbetalingen for uge <uge> <beløb>
      Og der er udbetalt <beløb> i alt

      Eksempler:
        | id          | første     | sidste     | uge      | beløb        |
        | SDP-053-104 | 2026-04-27 | 2026-05-01 | 2026-W18 | 5.085,00 kr. |
        | SDP-053-105 | 2026-06-01 | 2026-06-05 | 2026-W23 | 5.085,00 kr. |
        | SDP-053-106 | 2026-05-11 | 2026-05-15 | 2026-W20 | 4.068,00 kr. |

    # Store bededag 2025 var fredag 16.5.2025 (4. fredag efter påske 20.4.): afskaffet, betales: 5 x 4.865/5 =
    # 4.865,00 kr. for uge 2025-W20.
    @id:SDP-053-116 @sdl-53a @alvor:A
    Scenarie: Den tidligere store bededag 2025 betales
      Givet en lønmodtager ansat siden 2025-04-01
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2025-05-12
      Og sidste fraværsdag er 2025-05-16
      Når sagen afgøres
      Så er udbetalingen for uge 2025-W20 4.865,00 kr.
      Og der er udbetalt 4.865,00 kr. i alt

  Regel: Lige på loftet er ugebeløbet ikke begrænset (§ 50, stk. 1-2 og § 51)

    # Timeloftet er det højeste beløb/den overenskomstmæssige arbejdstid (FT-SDP-LOFT-TIME): 4.695/30 = 156,50 kr.
    # (2024). SDP-050-201: timefortjeneste 170,11 x 0,92 = 156,5012 -> 156,50 (FT-SDP-AFRUNDING), præcis timeloftet:
    # 156,50 x 30 = 4.695,00 kr., ikke over loftet, så ikke begrænset. Uge 2024-W14 (2. påskedag) 4 x 939 =
    # 3.756,00; uge 2024-W15 4.695,00; i alt 8.451,00 kr.
    @id:SDP-050-201 @alvor:C
    Scenarie: Timefortjenesten efter arbejdsmarkedsbidrag er lig timeloftet
      Givet timefortjenesten er 170,11 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 30 timer om ugen
      Og den overenskomstmæssige arbejdstid er 30 timer om ugen
      Når sagen afgøres
      Så er ugebeløbet 4.695,00 kr.
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og der er udbetalt 8.451,00 kr. i alt

    # Samme grænse i 2025 og 2026 (første fraværsdag erstatter baggrundens; ansat siden 2024 med 20 timer i 8 uger:
    # stadig ingen ret over for arbejdsgiveren, kommunen fra første dag). Timeloft = højeste beløb/overenskomsttimer.
    # SDP-050-503: 2026: 5.085/30 = 169,50; 184,24 x 0,92 = 169,5008 -> 169,50 = timeloftet; 30 x 169,50 = 5.085,00 =
    #   det højeste beløb, ikke over: ikke begrænset. 2.-13.3.2026: 2 x 5.085 = 10.170,00 kr.
    # SDP-050-504: 2025: 4.865/35 = 139,00; 151,09 x 0,92 = 139,0028 -> 139,00 = timeloftet; 35 x 139,00 = 4.865,00,
    #   ikke begrænset. 3.-14.3.2025: 2 x 4.865 = 9.730,00 kr.
    @alvor:C
    Abstrakt Scenario: Timefortjenesten efter arbejdsmarkedsbidrag er lig timeloftet i 2025 og 2026
      Givet timefortjenesten er <timefortjeneste> i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er <timer> timer om ugen
      Og den overenskomstmæssige arbejdstid er <timer> timer om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | timefortjeneste | timer | første     | sidste     | ugebeløb     | udbetalt      |
        | SDP-050-503 | 184,24 kr.      | 30    | 2026-03-02 | 2026-03-13 | 5.085,00 kr. | 10.170,00 kr. |
        | SDP-050-504 | 151,09 kr.      | 35    | 2025-03-03 | 2025-03-14 | 4.865,00 kr. | 9.730,00 kr.  |

  Regel: Halve øre rundes op (FT-SDP-AFRUNDING)

    # Halve øre rundes op (FT-SDP-AFRUNDING, UNCONFIRMED): 120,01 x 0,92 = 110,4092 -> 110,41 (under timeloftet
    # 4.695/37 = 126,89). Baggrundens fravær 1.-12.4.2024; uge 14 har 4 betalte dage (2. påskedag).
    # SDP-047-500: 110,41 x 12,5 = 1.380,125 -> 1.380,13 (ikke 1.380,12); uge 14: 1.380,13 x 4/5 = 1.104,104 ->
    #   1.104,10; i alt 1.104,10 + 1.380,13 = 2.484,23 kr.
    # SDP-047-501: 110,41 x 22,5 = 2.484,225 -> 2.484,23 (ikke 2.484,22); uge 14: 2.484,23 x 4/5 = 1.987,384 ->
    #   1.987,38; i alt 1.987,38 + 2.484,23 = 4.471,61 kr.
    @sdl-47 @alvor:A
    Abstrakt Scenario: Et ugebeløb på et halvt øre rundes op
      Givet timefortjenesten er 120,01 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er <timer> timer om ugen
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og udbetalingen for uge 2024-W14 er <uge_14>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | timer | ugebeløb     | uge_14       | udbetalt     |
        | SDP-047-500 | 12,5  | 1.380,13 kr. | 1.104,10 kr. | 2.484,23 kr. |
        | SDP-047-501 | 22,5  | 2.484,23 kr. | 1.987,38 kr. | 4.471,61 kr. |

  Regel: Uden en hel fraværsdag betales intet (§ 50, stk. 3)

    # Borgeren går syg hjem fra arbejdet (den dag er ikke en hel fraværsdag, som i SDP-030-102) og er tilbage næste
    # arbejdsdag; lørdag og søndag er ikke fraværsdage (som i SDP-032-102; FT-SDP-DAGE): ingen hel fraværsdag, ingen
    # sygedagpenge. SDP-050-507: hjem onsdag 10.4.2024, sidste fraværsdag samme dag.
    # SDP-050-508: hjem fredag 12.4.2024, sidste fraværsdag søndag 14.4. SDP-050-509: hjem tirsdag 9.4.2024.
    @sdl-50-stk-3 @alvor:A
    Abstrakt Scenario: Kun dagen, borgeren gik syg hjem, og en weekend
      Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og borgeren gik syg hjem fra arbejdet <hjem>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og årsagen er, at borgeren ikke har nogen hel fraværsdag
      Og der er udbetalt 0,00 kr. i alt

      Eksempler:
        | id          | hjem       | sidste     |
        | SDP-050-507 | 2024-04-10 | 2024-04-10 |
        | SDP-050-508 | 2024-04-12 | 2024-04-14 |
        | SDP-050-509 | 2024-04-09 | 2024-04-09 |
