# language: da
@sdl-53
Egenskab: Delvis sygemelding
  En lønmodtager, der er delvis uarbejdsdygtig, får nedsatte sygedagpenge med samme beløb pr. fraværstime som
  ved fuldt fravær (§ 53, stk. 1), når fraværet er mindst 4 timer om ugen. Ledige på dagpenge beregnes som
  ved fuldt fravær (§ 53, stk. 2, nr. 2).
  Faktaark 1.7; fortolkninger FT-SDP-DELVIS, FT-SDP-AFRUNDING, FT-SDP-DAGE.
  Borgerne i de første regler er nyansatte uden ret over for arbejdsgiveren, så kommunen betaler fra første dag.
  Første fraværsdag, mandag 1. april 2024, er 2. påskedag og betales ikke (§ 53 a): uge 2024-W14 har 4 betalte
  dage (ugebeløb x 4/5), uge 2024-W15 fem. Timesats 120,00 x 0,92 = 110,40 kr.; fx 4 timer: 441,60 kr. om ugen,
  uge 14: 441,60 x 4/5 = 353,28, i alt 353,28 + 441,60 = 794,88 kr.; SDP-053-010: 10 x 4.695/37 = 1.268,92 kr.,
  uge 14: 1.015,136 -> 1.015,14, i alt 2.284,06 kr.

  Regel: Nedsatte sygedagpenge er timesatsen gange fraværstimerne, når fraværet er mindst 4 timer om ugen

    Baggrund:
      Givet en lønmodtager ansat siden 2024-03-15
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-12

    @alvor:A
    Abstrakt Scenario: Fraværstimer om ugen ved timesats 110,40 kr.
      Givet borgeren er delvis sygemeldt med <timer> fraværstimer om ugen
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og ugebeløbet er <ugebeløb>
      Og udbetalingen for uge 2024-W14 er <uge_14>
      Og der er udbetalt <udbetalt> i alt

      Eksempler: Fra grænsen på 4 timer til fuld tid
        | id          | timer | ugebeløb     | uge_14       | udbetalt     |
        | SDP-053-001 | 4     | 441,60 kr.   | 353,28 kr.   | 794,88 kr.   |
        | SDP-053-002 | 4,5   | 496,80 kr.   | 397,44 kr.   | 894,24 kr.   |
        | SDP-053-003 | 18,5  | 2.042,40 kr. | 1.633,92 kr. | 3.676,32 kr. |
        | SDP-053-004 | 36    | 3.974,40 kr. | 3.179,52 kr. | 7.153,92 kr. |

      Eksempler: Fravær svarende til hele arbejdstiden eller mere er fuldt fravær
        | id          | timer | ugebeløb     | uge_14       | udbetalt     |
        | SDP-053-005 | 37    | 4.084,80 kr. | 3.267,84 kr. | 7.352,64 kr. |
        | SDP-053-006 | 40    | 4.084,80 kr. | 3.267,84 kr. | 7.352,64 kr. |

    @alvor:A
    Abstrakt Scenario: Under 4 fraværstimer om ugen giver ikke ret til sygedagpenge
      Givet borgeren er delvis sygemeldt med <timer> fraværstimer om ugen
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at fraværet er under 4 timer om ugen

      Eksempler:
        | id          | timer |
        | SDP-053-007 | 3,5   |
        | SDP-053-008 | 3,99  |
        | SDP-053-009 | 0,5   |

    @sdl-50 @alvor:A
    Abstrakt Scenario: Delvis sygemelding over timeloftet
      Givet timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er <arbejdstid> timer om ugen
      Og den overenskomstmæssige arbejdstid er <normaltid> timer om ugen
      Og borgeren er delvis sygemeldt med 10 fraværstimer om ugen
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | arbejdstid | normaltid | ugebeløb     | udbetalt     |
        | SDP-053-010 | 37         | 37        | 1.268,92 kr. | 2.284,06 kr. |
        | SDP-053-011 | 40         | 40        | 1.173,75 kr. | 2.112,75 kr. |

  Regel: Delvis sygemelding efter arbejdsgiverperioden

    # 20 x 110,40 = 2.208,00 kr. om ugen. Uge 18 (1.-3. maj): 3/5 = 1.324,80; uge 19 (6.-10. maj uden Kristi
    # himmelfartsdag 9. maj): 4/5 = 1.766,40; i alt 3.091,20 kr.
    @id:SDP-053-012 @sdl-30 @alvor:A
    Scenarie: Kommunen betaler nedsatte sygedagpenge fra dagen efter arbejdsgiverperioden
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og borgeren er delvis sygemeldt med 20 fraværstimer om ugen
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-10
      Når sagen afgøres
      Så er arbejdsgiverperioden 2024-04-01 til 2024-04-30
      Og kommunen betaler sygedagpenge fra 2024-05-01
      Og ugebeløbet er 2.208,00 kr.
      Og udbetalingen for uge 2024-W18 er 1.324,80 kr.
      Og udbetalingen for uge 2024-W19 er 1.766,40 kr.
      Og der er udbetalt 3.091,20 kr. i alt

  Regel: Ledige på dagpenge beregnes som ved fuldt fravær (§ 53, stk. 2, nr. 2)

    @id:SDP-053-013 @sdl-53-stk-2 @sdl-51 @alvor:A
    Scenarie: Delvis syg ledig får fulde sygedagpenge fra 15. dag
      Givet en ledig med ret til arbejdsløshedsdagpenge og en dagpengesats på 850,00 kr. om dagen
      Og borgeren er delvis sygemeldt med 10 fraværstimer om ugen
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-30
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2024-04-15
      Og ugebeløbet er 4.250,00 kr.
      Og der er udbetalt 10.200,00 kr. i alt

  Regel: Minimumskravet på 4 timer gælder ikke fleksjob begyndt fra 1. januar 2013 (Ankestyrelsen 24-22)

    # Fleksjob på 15 timer, 130,00 x 0,92 = 119,60 kr. i timen; 3 fraværstimer om ugen: 3 x 119,60 = 358,80 kr.
    # om ugen; ingen arbejdsgiverperiode, så kommunen betaler 2.-13. marts 2026: 2 x 358,80 = 717,60 kr.
    # Et fleksjob begyndt før 1. januar 2013 (gammel ordning) har minimumskravet: 3 timer giver ingen ret.
    @sdl-53 @alvor:A
    Abstrakt Scenario: Delvis sygemelding under 4 timer i fleksjob efter ny og gammel ordning
      Givet en lønmodtager i fleksjob ansat siden <fleksjob_fra>
      Og borgeren har arbejdet 120 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 130,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 15 timer om ugen
      Og borgeren er delvis sygemeldt med 3 fraværstimer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | fleksjob_fra | ret      | udbetalt   |
        | SDP-053-108 | 2013-01-01   | ret      | 717,60 kr. |
        | SDP-053-109 | 2012-12-31   | ikke ret | 0,00 kr.   |

  Regel: Gradvis tilbagevenden: fraværstimerne pr. periode, og 4-timers-minimummet for hver periode

    # Nyansat, kommunen fra første dag. 200 kr. i timen er over loftet: timesats 5.085/37 = 137,4324 kr.
    # Uge 10 (2.-6.3.2026) fuldt fravær: 5.085,00. Fra 9.3. 20 timer: 20 x 137,4324 = 2.748,648 -> 2.748,65.
    # Fra 16.3. 10 timer: 1.374,324 -> 1.374,32. Fra 23.3. 3 timer: under 4 timer, intet. I alt 9.207,97 kr.
    @id:SDP-053-112 @alvor:A
    Scenarie: Fuldt fravær, så 20, 10 og 3 timer om ugen
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-27
      Og fra 2026-03-09 er borgeren sygemeldt 20 timer om ugen
      Og fra 2026-03-16 er borgeren sygemeldt 10 timer om ugen
      Og fra 2026-03-23 er borgeren sygemeldt 3 timer om ugen
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 5.085,00 kr.
      Og udbetalingen for uge 2026-W11 er 2.748,65 kr.
      Og udbetalingen for uge 2026-W12 er 1.374,32 kr.
      Og udbetalingen for uge 2026-W13 er 0,00 kr.
      Og der er udbetalt 9.207,97 kr. i alt

    # Skift torsdag 5.3.2026: mandag-onsdag fuldt fravær 4.084,80 x 3/5 = 2.450,88; torsdag-fredag 20 timer:
    # 20 x 110,40 = 2.208,00 x 2/5 = 883,20; uge 10 i alt 3.334,08 (én post). Uge 11: 2.208,00. I alt 5.542,08 kr.
    @id:SDP-053-113 @alvor:A
    Scenarie: Timerne skifter midt i en uge
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Og fra 2026-03-05 er borgeren sygemeldt 20 timer om ugen
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 3.334,08 kr.
      Og udbetalingen for uge 2026-W11 er 2.208,00 kr.
      Og der er udbetalt 5.542,08 kr. i alt

    # Fleksjob efter ny ordning (15 timer, 130 x 0,92 = 119,60): fuldt fravær 15 x 119,60 = 1.794,00; fra 9.3. 3
    # timer: 358,80 (intet minimum, Ankestyrelsen 24-22). I alt 2.152,80 kr.
    @id:SDP-053-114 @alvor:A
    Scenarie: Gradvis tilbagevenden i fleksjob: intet minimum på 4 timer
      Givet en lønmodtager i fleksjob ansat siden 2020-01-01
      Og borgeren har arbejdet 120 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 130,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 15 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Og fra 2026-03-09 er borgeren sygemeldt 3 timer om ugen
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 1.794,00 kr.
      Og udbetalingen for uge 2026-W11 er 358,80 kr.
      Og der er udbetalt 2.152,80 kr. i alt

    # Med arbejdsgiverperiode 2.-31.3.2026; fra 16.3. 20 timer, fra 6.4. 10 timer. Kommunen fra 1.4.: 20 x 110,40 =
    # 2.208,00 om ugen; uge 14 kun 1.4. (skærtorsdag, langfredag ingen): 441,60; uge 15 10 timer = 1.104,00 om ugen,
    # 2. påskedag ingen: 4/5 = 883,20; uge 16: 1.104,00. I alt 2.428,80 kr.
    @id:SDP-053-115 @sdl-30 @alvor:A
    Scenarie: Gradvis tilbagevenden efter arbejdsgiverperioden
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-17
      Og fra 2026-03-16 er borgeren sygemeldt 20 timer om ugen
      Og fra 2026-04-06 er borgeren sygemeldt 10 timer om ugen
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W14 441,60 kr.
      Og udbetalingen for uge 2026-W15 er 883,20 kr.
      Og udbetalingen for uge 2026-W16 er 1.104,00 kr.
      Og der er udbetalt 2.428,80 kr. i alt

    # Under 4 timer i en senere periode: ingen sygedagpenge for den periode.
    # SDP-053-119: nyansat, fuldt fravær uge 10 (4.084,80); fra 9.3. 3,5 timer: intet; i alt 4.084,80 kr.
    # SDP-053-120: arbejdsgiverperiode 2.-31.3.; fra 1.4. 10 timer (1.104,00 om ugen): 1.4. = 220,80; uge 15 (2.
    # påskedag) 883,20; fra 13.4. 3 timer: intet; i alt 1.104,00 kr.
    @id:SDP-053-119 @alvor:A
    Scenarie: En periode på 3,5 timer betales ikke
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Og fra 2026-03-09 er borgeren sygemeldt 3,5 timer om ugen
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W11 0,00 kr.
      Og der er udbetalt 4.084,80 kr. i alt

    @id:SDP-053-120 @sdl-30 @alvor:A
    Scenarie: Efter arbejdsgiverperioden 10 timer, så 3 timer
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-24
      Og fra 2026-04-01 er borgeren sygemeldt 10 timer om ugen
      Og fra 2026-04-13 er borgeren sygemeldt 3 timer om ugen
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W15 883,20 kr.
      Og udbetalingen for uge 2026-W16 er 0,00 kr.
      Og der er udbetalt 1.104,00 kr. i alt

  Regel: Gradvis tilbagevenden, der begynder på den sidste ansættelsesdag

    # Nyansat (ingen arbejdsgiverperiode), kommunen fra første fraværsdag mandag 2.3.2026. Timesats 120 x 0,92 =
    # 110,40: fuldt fravær 37 x 110,40 = 4.084,80 kr. om ugen, 816,96 kr. pr. dag. Fra <skift> er borgeren
    # sygemeldt <timer> timer om ugen (<timer> x 110,40 om ugen, 1/5 pr. dag), og ansættelsen ophører samme dag:
    # den dag betales med de nedsatte timer (§ 53, stk. 1); fra dagen efter er borgeren ledig a-kassemedlem og får
    # dagpengesatsen 950,00 kr. om dagen (§ 51, stk. 3, jf. § 53, stk. 2, nr. 1): 4.750,00 kr. om ugen (under
    # 5.085). Basis skifter midt i uge 11; ugens dele afrundes hver for sig og lægges sammen i én post (FT-SDP-AFRUNDING).
    # Uge 10: 4.084,80. Uge 12 (16.-20.3.): 4.750,00.
    # SDP-053-507: skift fredag 13.3., 20 timer (2.208,00 om ugen): uge 11 4 x 816,96 = 3.267,84 + 441,60 = 3.709,44
    #   (ingen dagpengedage i uge 11); i alt 4.084,80 + 3.709,44 + 4.750,00 = 12.544,24.
    # SDP-053-508: skift onsdag 11.3., 20 timer: uge 11 2 x 816,96 = 1.633,92 + 441,60 + 2 x 950 = 1.900,00 =
    #   3.975,52; i alt 12.810,32.
    # SDP-053-509: skift torsdag 12.3., 10 timer (1.104,00 om ugen, 220,80 pr. dag): uge 11 3 x 816,96 = 2.450,88 +
    #   220,80 + 950,00 = 3.621,68; i alt 12.456,48.
    @sdl-53-stk-2 @sdl-51-stk-3 @alvor:A
    Abstrakt Scenario: Nedsatte timer og ophør samme dag, derefter dagpengesatsen
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-20
      Og fra <skift> er borgeren sygemeldt <timer> timer om ugen
      Og ansættelsen ophører <skift>
      Og borgeren er medlem af en a-kasse og kan få 950,00 kr. om dagen i dagpenge efter ophøret
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 4.084,80 kr.
      Og udbetalingen for uge 2026-W11 er <uge_11>
      Og udbetalingen for uge 2026-W12 er 4.750,00 kr.
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | skift      | timer | uge_11       | udbetalt      |
        | SDP-053-507 | 2026-03-13 | 20    | 3.709,44 kr. | 12.544,24 kr. |
        | SDP-053-508 | 2026-03-11 | 20    | 3.975,52 kr. | 12.810,32 kr. |
        | SDP-053-509 | 2026-03-12 | 10    | 3.621,68 kr. | 12.456,48 kr. |

  Regel: Fleksjob efter ny ordning: intet minimum, også ved 1-3,5 fraværstimer (Ankestyrelsen 24-22)

    # Fleksjob begyndt 1.1.2020 (ny ordning), 15 timer, 130,00 x 0,92 = 119,60 kr. i timen; ingen arbejdsgiverperiode:
    # kommunen 2.-13.3.2026, 2 uger. SDP-053-525: 1 time: 119,60 x 2 = 239,20 kr. SDP-053-526: 2 timer: 239,20 om
    # ugen, 478,40 kr. SDP-053-527: 3,5 timer: 418,60 om ugen, 837,20 kr.
    @sdl-53 @alvor:A
    Abstrakt Scenario: Få fraværstimer i et fleksjob efter den nye ordning
      Givet en lønmodtager i fleksjob ansat siden 2020-01-01
      Og borgeren har arbejdet 120 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 130,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 15 timer om ugen
      Og borgeren er delvis sygemeldt med <timer> fraværstimer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og ugebeløbet er <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | timer | ugebeløb   | udbetalt   |
        | SDP-053-525 | 1     | 119,60 kr. | 239,20 kr. |
        | SDP-053-526 | 2     | 239,20 kr. | 478,40 kr. |
        | SDP-053-527 | 3,5   | 418,60 kr. | 837,20 kr. |

  Regel: Flere fraværstimer end arbejdstiden er fuldt fravær (FT-SDP-DELVIS)

    # § 53, stk. 1: sygedagpenge for fraværstimerne, højst den ugentlige arbejdstid (fuldt fravær). 110,40 kr. i timen
    # (120,00 x 0,92), nyansat, 2.-13.3.2026. SDP-053-523: 45 timer, arbejdstid 37: 37 x 110,40 = 4.084,80 om ugen,
    # 8.169,60 kr. SDP-053-524: 30 timer, arbejdstid 25: 25 x 110,40 = 2.760,00 om ugen, 5.520,00 kr.
    @sdl-53 @alvor:A
    Abstrakt Scenario: Fraværstimer over den ugentlige arbejdstid
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er <arbejdstid> timer om ugen
      Og borgeren er delvis sygemeldt med <timer> fraværstimer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | timer | arbejdstid | ugebeløb     | udbetalt     |
        | SDP-053-523 | 45    | 37         | 4.084,80 kr. | 8.169,60 kr. |
        | SDP-053-524 | 30    | 25         | 2.760,00 kr. | 5.520,00 kr. |

  Regel: Nedsatte timer og ophør en tirsdag

    # Som SDP-053-507..509 (nyansat, 816,96 kr. pr. dag ved fuldt fravær; a-kassens 950,00 kr. om dagen fra dagen
    # efter ophøret, § 51, stk. 3): 20 timer (441,60 pr. dag) og ophør tirsdag 10.3.2026. Uge 10: 4.084,80; uge 11:
    # mandag 816,96 + tirsdag 441,60 + onsdag-fredag 3 x 950 = 2.850,00 = 4.108,56 (én post); uge 12: 4.750,00;
    # i alt 12.943,36 kr.
    @id:SDP-053-528 @sdl-53-stk-2 @sdl-51-stk-3 @alvor:A
    Scenarie: Nedsatte timer og ophør tirsdag, derefter dagpengesatsen
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-20
      Og fra 2026-03-10 er borgeren sygemeldt 20 timer om ugen
      Og ansættelsen ophører 2026-03-10
      Og borgeren er medlem af en a-kasse og kan få 950,00 kr. om dagen i dagpenge efter ophøret
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 4.084,80 kr.
      Og udbetalingen for uge 2026-W11 er 4.108,56 kr.
      Og udbetalingen for uge 2026-W12 er 4.750,00 kr.
      Og der er udbetalt 12.943,36 kr. i alt
