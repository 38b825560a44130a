# language: da
@sdl-50 @sdl-64
Egenskab: Satsskift ved årsskiftet
  Det højeste sygedagpengebeløb reguleres den første mandag i januar (§ 64, stk. 1): 4.695 kr. fra mandag
  1. januar 2024, 4.865 kr. fra mandag 6. januar 2025 og 5.085 kr. fra mandag 5. januar 2026 (faktaark 1.2).
  Dagene før den første mandag i januar betales med det forrige års sats, også når de ligger i det nye
  kalenderår. Timefortjenesten skifter ikke ved årsskiftet. Fortolkning FT-SDP-SATSSKIFT.
  Borgerne er nyansatte uden ret over for arbejdsgiveren, så kommunen betaler fra første fraværsdag.
  Søgnehelligdage på hverdage betales ikke (§ 53 a; FT-SDP-DAGE): 25. og 26. december og nytårsdag. Over loftet
  er dagsatsen 4.550/5 = 910 (2023), 4.695/5 = 939 (2024), 4.865/5 = 973 (2025) og 5.085/5 = 1.017 kr. (2026).

  Baggrund:
    Givet borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
    Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen

  Regel: Hver dag betales med det højeste beløb, der gælder den dag

    # Uge 2026-W01 (29.12.2025-2.1.2026): 2025-satsen; nytårsdag torsdag 1.1. betales ikke: 4 x 973 = 3.892,00.
    # Uge 2026-W02 og -W03: 5.085,00 hver. I alt 3.892 + 2 x 5.085 = 14.062,00 kr.
    @id:SDP-064-001 @alvor:A
    Scenarie: Fravær fra 29. december 2025 til 16. januar 2026 over satsskiftet mandag 5. januar 2026
      Givet en lønmodtager ansat siden 2025-12-01
      Og første fraværsdag er 29. december 2025
      Og sidste fraværsdag er 16. januar 2026
      Når sagen afgøres
      Så er det højeste beløb fra 2025-12-29 4.865,00 kr. om ugen
      Og det højeste beløb fra 2026-01-05 er 5.085,00 kr. om ugen
      Og ugebeløbet fra 2026-01-02 er 4.865,00 kr.
      Og ugebeløbet fra 2026-01-05 er 5.085,00 kr.
      Og udbetalingen for uge 2026-W01 er 3.892,00 kr.
      Og udbetalingen for uge 2026-W02 er 5.085,00 kr.
      Og udbetalingen for uge 2026-W03 er 5.085,00 kr.
      Og der er udbetalt 14.062,00 kr. i alt

    # Uge 2025-W01 (30.12.2024-3.1.2025): 2024-satsen; nytårsdag onsdag 1.1. betales ikke: 4 x 939 = 3.756,00.
    # Uge 2025-W02: 4.865,00. I alt 8.621,00 kr.
    @id:SDP-064-002 @alvor:A
    Scenarie: 1.-5. januar 2025 betales med 2024-satsen, fordi satsen først skifter mandag 6. januar
      Givet en lønmodtager ansat siden 2024-12-01
      Og første fraværsdag er 2024-12-30
      Og sidste fraværsdag er 2025-01-10
      Når sagen afgøres
      Så er ugebeløbet fra 2025-01-03 4.695,00 kr.
      Og ugebeløbet fra 2025-01-06 er 4.865,00 kr.
      Og udbetalingen for uge 2025-W01 er 3.756,00 kr.
      Og udbetalingen for uge 2025-W02 er 4.865,00 kr.
      Og der er udbetalt 8.621,00 kr. i alt

    # Uge 2023-W52: 1. og 2. juledag (25.-26.12.) betales ikke: 3 x 910 = 2.730,00. Uge 2024-W01: nytårsdag
    # mandag 1.1. betales ikke: 4 x 939 = 3.756,00. I alt 6.486,00 kr.
    @id:SDP-064-003 @alvor:A
    Scenarie: Satsen skifter 1. januar 2024, fordi det er årets første mandag
      Givet en lønmodtager ansat siden 2023-12-01
      Og første fraværsdag er 2023-12-25
      Og sidste fraværsdag er 2024-01-05
      Når sagen afgøres
      Så er udbetalingen for uge 2023-W52 2.730,00 kr.
      Og udbetalingen for uge 2024-W01 er 3.756,00 kr.
      Og der er udbetalt 6.486,00 kr. i alt

    # SDP-064-004: nytårsdag 1.1.2026 betales ikke: uge 01 kun fredag 2.1. = 973,00; + 5.085,00 = 6.058,00.
    # SDP-064-008: 29.12.2025-4.1.2026 uden nytårsdag: 4 x 973 = 3.892,00 kr.
    @alvor:A
    Abstrakt Scenario: Delvise uger på hver side af satsskiftet
      Givet en lønmodtager ansat siden 2024-12-01
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er udbetalingen for uge <uge1> <beløb1>
      Og udbetalingen for uge <uge2> er <beløb2>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | første     | sidste     | uge1     | beløb1       | uge2     | beløb2       | udbetalt     |
        | SDP-064-004 | 2026-01-01 | 2026-01-09 | 2026-W01 | 973,00 kr.   | 2026-W02 | 5.085,00 kr. | 6.058,00 kr. |
        | SDP-064-005 | 2026-01-02 | 2026-01-05 | 2026-W01 | 973,00 kr.   | 2026-W02 | 1.017,00 kr. | 1.990,00 kr. |
        | SDP-064-006 | 2025-01-03 | 2025-01-06 | 2025-W01 | 939,00 kr.   | 2025-W02 | 973,00 kr.   | 1.912,00 kr. |
        | SDP-064-007 | 2026-01-05 | 2026-01-09 | 2026-W01 | 0,00 kr.     | 2026-W02 | 5.085,00 kr. | 5.085,00 kr. |
        | SDP-064-008 | 2025-12-29 | 2026-01-04 | 2026-W01 | 3.892,00 kr. | 2026-W02 | 0,00 kr.     | 3.892,00 kr. |

  Regel: Kun det højeste beløb skifter, ikke borgerens egen timesats

    # 4.084,80 kr. om ugen; uge 2026-W01 uden nytårsdag: 4/5 = 3.267,84; + 4.084,80 = 7.352,64 kr.
    @id:SDP-064-009 @alvor:A
    Scenarie: Borger under loftet får samme ugebeløb før og efter satsskiftet
      Givet en lønmodtager ansat siden 2025-12-01
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2025-12-29
      Og sidste fraværsdag er 2026-01-09
      Når sagen afgøres
      Så er ugebeløbet 4.084,80 kr.
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og der er udbetalt 7.352,64 kr. i alt

    # Uge 2026-W01: 4.865 x 4/5 = 3.892,00 (nytårsdag); uge 2026-W02: 5.085,00; i alt 8.977,00 kr.
    @id:SDP-064-010 @alvor:A
    Scenarie: Loft med 40 normaltimer over satsskiftet
      Givet en lønmodtager ansat siden 2025-12-01
      Og arbejdstiden er 40 timer om ugen
      Og den overenskomstmæssige arbejdstid er 40 timer om ugen
      Og første fraværsdag er 2025-12-29
      Og sidste fraværsdag er 2026-01-09
      Når sagen afgøres
      Så er ugebeløbet fra 2025-12-29 4.865,00 kr.
      Og ugebeløbet fra 2026-01-05 er 5.085,00 kr.
      Og der er udbetalt 8.977,00 kr. i alt

    # 20 x 4.865/37 = 2.629,73 (2025) og 20 x 5.085/37 = 2.748,65 (2026); uge 2026-W01 uden nytårsdag:
    # 2.629,73 x 4/5 = 2.103,784 -> 2.103,78; i alt 2.103,78 + 2.748,65 = 4.852,43 kr.
    @id:SDP-064-011 @alvor:A
    Scenarie: Deltid over timeloftet over satsskiftet
      Givet en lønmodtager ansat siden 2025-12-01
      Og arbejdstiden er 20 timer om ugen
      Og første fraværsdag er 2025-12-29
      Og sidste fraværsdag er 2026-01-09
      Når sagen afgøres
      Så er ugebeløbet fra 2025-12-29 2.629,73 kr.
      Og ugebeløbet fra 2026-01-05 er 2.748,65 kr.
      Og der er udbetalt 4.852,43 kr. i alt

    # Kommunen fra onsdag 31.12.2025: uge 2026-W01 har 31.12. og 2.1. (nytårsdag betales ikke): 2 x 973 =
    # 1.946,00; uge 2026-W02: 5.085,00; i alt 7.031,00 kr.
    @id:SDP-064-012 @sdl-30 @alvor:A
    Scenarie: Arbejdsgiverperioden slutter lige før årsskiftet, og kommunen betaler over satsskiftet
      Givet en lønmodtager ansat siden 2024-01-01
      Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2025-12-01
      Og sidste fraværsdag er 2026-01-09
      Når sagen afgøres
      Så er arbejdsgiverperioden 2025-12-01 til 2025-12-30
      Og kommunen betaler sygedagpenge fra 2025-12-31
      Og udbetalingen for uge 2026-W01 er 1.946,00 kr.
      Og udbetalingen for uge 2026-W02 er 5.085,00 kr.
      Og der er udbetalt 7.031,00 kr. i alt

  Regel: Det højeste beløb 2015-2021, hvert år over satsskiftet den første mandag i januar

    # hoejeste_beloeb_pr_uge (parametre/hoejeste_beloeb.yaml, § 50, stk. 1, jf. § 64, stk. 1; kilder: retsinformation
    # og bm.dk's satser for hvert år): 4.135 fra 5.1.2015, 4.180 fra 4.1.2016, 4.245 fra 2.1.2017, 4.300 fra
    # 1.1.2018, 4.355 fra 7.1.2019, 4.405 fra 6.1.2020, 4.460 fra 4.1.2021. Timefortjenesten 200 x 0,92 = 184 kr.
    # er over timeloftet hvert år, så ugebeløbet er det højeste beløb og dagsatsen det højeste beløb/5:
    # 827 (2015), 836 (2016), 849 (2017), 860 (2018), 871 (2019), 881 (2020), 892 kr. (2021).
    # Søgnehelligdage på hverdage betales ikke (§ 53 a): 25.-26.12. og 1.1., når de er hverdage.
    # SDP-064-201: 28.12.2015-15.1.2016: uge 2015-W53 (28.12.-1.1.; nytårsdag fredag) 4 x 827 = 3.308,00; uge
    # 2016-W01 og -W02 4.180,00 hver; i alt 11.668,00.
    # SDP-064-202: 19.12.2016-13.1.2017: uge 2016-W51 5 x 836 = 4.180,00; uge 2016-W52 (2. juledag mandag 26.12.)
    # 4 x 836 = 3.344,00; uge 2017-W01 og -W02 4.245,00 hver; i alt 16.014,00.
    # SDP-064-203: 18.12.2017-12.1.2018: uge 2017-W51 4.245,00; uge 2017-W52 (25. og 26.12.) 3 x 849 = 2.547,00;
    # uge 2018-W01 (nytårsdag mandag 1.1., samme dag som satsskiftet) 4 x 860 = 3.440,00; uge 2018-W02 4.300,00;
    # i alt 14.532,00.
    # SDP-064-204: 31.12.2018-18.1.2019: uge 2019-W01 (31.12.-4.1.; nytårsdag tirsdag) 4 x 860 = 3.440,00; uge
    # 2019-W02 og -W03 4.355,00 hver; i alt 12.150,00.
    # SDP-064-205: 30.12.2019-17.1.2020: uge 2020-W01 (nytårsdag onsdag) 4 x 871 = 3.484,00; uge 2020-W02 og -W03
    # 4.405,00 hver; i alt 12.294,00.
    # SDP-064-206: 28.12.2020-15.1.2021: uge 2020-W53 (nytårsdag fredag) 4 x 881 = 3.524,00; uge 2021-W01 og -W02
    # 4.460,00 hver; i alt 12.444,00.
    # Første fraværsdag før 2021: vejledende (ikke obligatoriske), så et system, der erklærer sine lovdatoer fra
    # 2020 eller 2021, ikke får NO-GO for at springe dem over; et system, der regner dem, bedømmes på dem.
    @alvor:A @vejledende
    Abstrakt Scenario: Sidste uge med det gamle og første uge med det nye højeste beløb
      Givet en lønmodtager ansat siden <ansat>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er det højeste beløb fra <første> <gammelt> om ugen
      Og det højeste beløb fra <skift> er <nyt> om ugen
      Og ugebeløbet fra <skift> er <nyt>
      Og udbetalingen for uge <uge_før> er <beløb_før>
      Og udbetalingen for uge <uge_skift> er <beløb_skift>
      Og der er udbetalt <i_alt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | gammelt      | skift      | nyt          | uge_før  | beløb_før    | uge_skift | beløb_skift  | i_alt         |
        | SDP-064-201 | 2015-12-01 | 2015-12-28 | 2016-01-15 | 4.135,00 kr. | 2016-01-04 | 4.180,00 kr. | 2015-W53 | 3.308,00 kr. | 2016-W01  | 4.180,00 kr. | 11.668,00 kr. |
        | SDP-064-202 | 2016-11-21 | 2016-12-19 | 2017-01-13 | 4.180,00 kr. | 2017-01-02 | 4.245,00 kr. | 2016-W52 | 3.344,00 kr. | 2017-W01  | 4.245,00 kr. | 16.014,00 kr. |
        | SDP-064-203 | 2017-11-20 | 2017-12-18 | 2018-01-12 | 4.245,00 kr. | 2018-01-01 | 4.300,00 kr. | 2017-W52 | 2.547,00 kr. | 2018-W01  | 3.440,00 kr. | 14.532,00 kr. |
        | SDP-064-204 | 2018-12-03 | 2018-12-31 | 2019-01-18 | 4.300,00 kr. | 2019-01-07 | 4.355,00 kr. | 2019-W01 | 3.440,00 kr. | 2019-W02  | 4.355,00 kr. | 12.150,00 kr. |
        | SDP-064-205 | 2019-12-02 | 2019-12-30 | 2020-01-17 | 4.355,00 kr. | 2020-01-06 | 4.405,00 kr. | 2020-W01 | 3.484,00 kr. | 2020-W02  | 4.405,00 kr. | 12.294,00 kr. |
        | SDP-064-206 | 2020-11-30 | 2020-12-28 | 2021-01-15 | 4.405,00 kr. | 2021-01-04 | 4.460,00 kr. | 2020-W53 | 3.524,00 kr. | 2021-W01  | 4.460,00 kr. | 12.444,00 kr. |

  Regel: Med flere ansættelser beskæres ugen før satsskiftet til det gamle højeste beløb (§ 50, stk. 2)

    # A (baggrunden: 200 kr., 37 timer, over timeloftet) og B (10 timer, 140 x 0,92 = 128,80 kr.), begge nyansatte:
    # kommunen fra første fraværsdag. Ugen med nytårsdag har det gamle års højeste beløb (§ 64; FT-SDP-SATSSKIFT),
    # også som loft over den samlede udbetaling (FT-SDP-FLERE-JOB); nytårsdag betales ikke (§ 53 a).
    # Ugens højeste beløb udbetales med lige store andele pr. dag (§ 50, stk. 2-3): højst en femtedel pr. betalt dag,
    # så en uge med nytårsdag har højst 4 femtedele (jurist, runde 11; før: hele ugens loft i 4 dage).
    # SDP-050-501: uge 2026-W01: A 973 pr. dag (4.865/5) + B 257,60 > 973: 4 x 973 = 3.892,00.
    #   Uge 2026-W02: A 1.017 + B 257,60 > 1.017 pr. dag: 5 x 1.017 = 5.085,00. I alt 8.977,00 kr.
    # SDP-050-502: uge 2025-W01 (30.12.2024-3.1.2025): A 939 pr. dag (4.695/5); B's timesats 128,80 er over 2024's
    #   timeloft 4.695/37 = 126,8919: 10 x 126,8919 = 1.268,92, 253,78 pr. dag; 939 + 253,78 > 939: 4 x 939 =
    #   3.756,00. Uge 2025-W02: A 973 + B 257,60 (under 4.865/37 = 131,49) > 973: 5 x 973 = 4.865,00. I alt 8.621,00 kr.
    @sdl-50-stk-2 @alvor:A
    Abstrakt Scenario: To ansættelser over satsskiftet: loftet for ugen med nytårsdag er det gamle
      Givet en lønmodtager ansat siden <ansat>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | <ansat>     | 40                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er udbetalingen for uge <uge1> <beløb1>
      Og udbetalingen for uge <uge2> er <beløb2>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | uge1     | beløb1       | uge2     | beløb2       | udbetalt     |
        | SDP-050-501 | 2025-12-01 | 2025-12-29 | 2026-01-09 | 2026-W01 | 3.892,00 kr. | 2026-W02 | 5.085,00 kr. | 8.977,00 kr. |
        | SDP-050-502 | 2024-12-02 | 2024-12-30 | 2025-01-10 | 2025-W01 | 3.756,00 kr. | 2025-W02 | 4.865,00 kr. | 8.621,00 kr. |

  Regel: Fraværet slutter på satsskiftets mandag: den dag betales med det nye beløb

    # Baggrundens 200 kr. i timen er over timeloftet: dagsats = det højeste beløb/5: 892 (2021), 893 (2022), 910
    # kr. (2023). Nyansatte, kommunen fra første fraværsdag. 31.12. betales (§ 53 a).
    # SDP-064-500: onsdag 28.12.2022-mandag 2.1.2023 (2023-satsen fra 2.1.): uge 2022-W52 3 x 893 = 2.679,00; uge
    #   2023-W01 (mandag) 910,00; i alt 3.589,00 kr.
    # SDP-064-501: onsdag 29.12.2021-mandag 3.1.2022 (2022-satsen fra 3.1.): uge 2021-W52 3 x 892 = 2.676,00; uge
    #   2022-W01 (mandag) 893,00; i alt 3.569,00 kr.
    @alvor:A
    Abstrakt Scenario: Sidste fraværsdag er den første mandag i januar
      Givet en lønmodtager ansat siden <ansat>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er udbetalingen for uge <uge1> <beløb1>
      Og udbetalingen for uge <uge2> er <beløb2>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | uge1     | beløb1       | uge2     | beløb2     | udbetalt     |
        | SDP-064-500 | 2022-12-01 | 2022-12-28 | 2023-01-02 | 2022-W52 | 2.679,00 kr. | 2023-W01 | 910,00 kr. | 3.589,00 kr. |
        | SDP-064-501 | 2021-12-01 | 2021-12-29 | 2022-01-03 | 2021-W52 | 2.676,00 kr. | 2022-W01 | 893,00 kr. | 3.569,00 kr. |

    # Som SDP-050-501/502 for 2022-2023 (2023-satsen fra mandag 2.1.2023): uge 2022-W52 (2. juledag mandag 26.12.
    # betales ikke): højst 4.465/5 = 893 pr. dag; A 893 + B (128,80 over 2022's timeloft 4.465/37 = 120,6757: 10 x
    # 120,6757 = 1.206,76, 241,35 pr. dag) > 893: 4 x 893 = 3.572,00. Uge 2023-W01: A 910 + B > 910 pr. dag:
    # 5 x 910 = 4.550,00. I alt 8.122,00 kr. (før: 4.465,00 for ugen med 2. juledag, 9.015,00 i alt; jurist, runde 11)
    @id:SDP-050-512 @sdl-50-stk-2 @alvor:A
    Scenarie: To ansættelser over satsskiftet 2023: ugen med 2. juledag har 2022-loftet
      Givet en lønmodtager ansat siden 2022-11-28
      Og første fraværsdag er 2022-12-26
      Og sidste fraværsdag er 2023-01-06
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2022-11-28  | 40                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er udbetalingen for uge 2022-W52 3.572,00 kr.
      Og udbetalingen for uge 2023-W01 er 4.550,00 kr.
      Og der er udbetalt 8.122,00 kr. i alt
