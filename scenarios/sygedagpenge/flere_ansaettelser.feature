# language: da
@sdl-30 @sdl-32
Egenskab: Flere ansættelser og lønmodtager med selvstændig virksomhed
  Hver ansættelse har sit eget krav efter § 30 ("hos den pågældende arbejdsgiver"), sin egen arbejdsgiverperiode og
  sin egen refusion; beskæftigelseskravet over for kommunen (§ 32) og minimumsfraværet på 4 timer (Ankestyrelsen
  6-22) opgøres på tværs af ansættelserne. Borgerens udbetalinger fra alle dele lægges sammen pr. uge, højst ugens
  højeste beløb (§ 50, stk. 2). Driver en lønmodtager også virksomhed, skal hver del opfylde sit eget
  beskæftigelseskrav (Ankestyrelsen P 23-22). Fortolkning FT-SDP-FLERE-JOB.
  Regnestykker (2026): 140,00 x 0,92 = 128,80 kr. i timen (under loftet 5.085/37 = 137,43); 120,00 x 0,92 = 110,40.

  Baggrund:
    Givet borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
    Og første fraværsdag er 2026-03-02

  Regel: Hver ansættelse har sin egen arbejdsgiverperiode; kommunen betaler for hver fra sin dag

    # A: 30 timer, ansat siden 2020: arbejdsgiverperiode 2.-31.3., kommunen fra 1.4.: 30 x 128,80 = 3.864,00 kr. om
    # ugen. B: 7 timer, ansat 2.2.2026 (under 8 uger før 2.3.): ingen arbejdsgiverperiode, kommunen fra 2.3.:
    # 7 x 128,80 = 901,60 kr. om ugen. Uge 10-13: 901,60 hver. Uge 14 (30.3.-3.4.; skærtorsdag og langfredag
    # ingen): B 3/5 = 540,96 + A 1.4. 1/5 = 772,80 -> 1.313,76. Uge 15 (2. påskedag ingen): B 4/5 = 721,28 + A 4/5 =
    # 3.091,20 -> 3.812,48. Uge 16: 901,60 + 3.864,00 = 4.765,60 (under 5.085). I alt 4 x 901,60 + 1.313,76 +
    # 3.812,48 + 4.765,60 = 13.498,24 kr.
    @id:SDP-030-103 @alvor:A
    Scenarie: To ansættelser: den ene med arbejdsgiverperiode, den anden uden
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 240 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 140,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 30 timer om ugen
      Og sidste fraværsdag er 2026-04-17
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-31
      Og der er ingen arbejdsgiverperiode for ansættelse B
      Og borgeren har ikke ret til sygedagpenge fra arbejdsgiveren for ansættelse B
      Og kommunen betaler sygedagpenge for ansættelse B fra 2026-03-02
      Og ugebeløbet for ansættelse B er 901,60 kr.
      Og udbetalingen for uge 2026-W10 er 901,60 kr.
      Og udbetalingen for uge 2026-W14 er 1.313,76 kr.
      Og udbetalingen for uge 2026-W15 er 3.812,48 kr.
      Og udbetalingen for uge 2026-W16 er 4.765,60 kr.
      Og der er udbetalt 13.498,24 kr. i alt

    # A i sin arbejdsgiverperiode hele fraværet (2.-27.3.); B betaler løn 1.000 kr. om ugen og har ingen
    # arbejdsgiverperiode: refusion til B fra 2.3.: min(901,60; 1.000,00) = 901,60 pr. uge, 4 uger = 3.606,40 kr.;
    # borgeren intet fra kommunen.
    @id:SDP-054-103 @sdl-54 @alvor:B
    Scenarie: Anden ansættelse med løn under sygdom: refusion til den arbejdsgiver fra første fraværsdag
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 240 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 140,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 30 timer om ugen
      Og sidste fraværsdag er 2026-03-27
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | -            | 1.000,00 kr.     |
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren for ansættelse B 3.606,40 kr. i alt
      Og refusionen til arbejdsgiveren er 0,00 kr. i alt
      Og der er udbetalt 0,00 kr. i alt

    # To ansættelser, begge med ret over for arbejdsgiveren: to arbejdsgiverperioder 2.-31.3.; kommunen betaler begge
    # fra 1.4.: A 30 x 128,80 = 3.864,00 (772,80 pr. dag) + C 10 x 128,80 = 1.288,00 (257,60 pr. dag) = 5.152,00 >
    # 5.085. Ugens højeste beløb udbetales med lige store andele pr. dag (§ 50, stk. 2-3; FT-SDP-FLERE-JOB): højst
    # 5.085/5 = 1.017,00 pr. dag, og hver dag har 772,80 + 257,60 = 1.030,40 > 1.017. Uge 14: kun 1.4. (2.4. og 3.4.
    # er søgnehelligdage, § 53 a) = 1.017,00; uge 15 (6.4. er 2. påskedag: 4 dage) 4 x 1.017 = 4.068,00; uge 16
    # (13.-17.4.) 5.085,00. I alt 1.017,00 + 4.068,00 + 5.085,00 = 10.170,00 kr. (jurist, runde 11: før regnet med
    # loftet 5.085 for hele ugen uanset dage, 10.237,00 kr.; så gav de samme timer i to job mere end i ét.)
    @id:SDP-050-101 @sdl-50-stk-2 @alvor:A
    Scenarie: To arbejdsgiverperioder, og den samlede ugentlige udbetaling er højst det højeste beløb
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 240 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 140,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 30 timer om ugen
      Og sidste fraværsdag er 2026-04-17
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | C  | 2019-05-01  | 80                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden for ansættelse C 2026-03-02 til 2026-03-31
      Og kommunen betaler sygedagpenge for ansættelse C fra 2026-04-01
      Og udbetalingen for uge 2026-W14 er 1.017,00 kr.
      Og udbetalingen for uge 2026-W15 er 4.068,00 kr.
      Og udbetalingen for uge 2026-W16 er 5.085,00 kr.
      Og der er udbetalt 10.170,00 kr. i alt

  Regel: De 4 timers minimumsfravær opgøres på tværs af ansættelserne (Ankestyrelsen 6-22)

    # A (nyansat, 37 timer, 110,40 kr.) delvis sygemeldt 2 timer; B 3 fraværstimer: i alt 5 timer >= 4, hver for sig
    # under. A: 2 x 110,40 = 220,80; B: 3 x 128,80 = 386,40; 607,20 kr. om ugen, 2 uger = 1.214,40 kr.
    @id:SDP-053-111 @sdl-53 @alvor:A
    Scenarie: 2 timer i den ene og 3 timer i den anden ansættelse opfylder minimumskravet
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og borgeren er delvis sygemeldt med 2 fraværstimer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | 3            | -                |
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og udbetalingen for uge 2026-W10 er 607,20 kr.
      Og der er udbetalt 1.214,40 kr. i alt

  Regel: Lønmodtager og selvstændig: hver del skal opfylde sit eget beskæftigelseskrav (Ankestyrelsen P 23-22)

    # Løn: 20 timer x 128,80 = 2.576,00 kr. om ugen fra 2.3. (nyansat). Virksomheden drevet i 3 af 12 måneder:
    # § 42 ikke opfyldt, ingen sygedagpenge af virksomheden. 2 uger: 5.152,00 kr.
    @id:SDP-042-101 @sdl-42 @alvor:A
    Scenarie: Virksomheden opfylder ikke beskæftigelseskravet: kun lønnen giver sygedagpenge
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 80 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 140,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 20 timer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og borgeren driver også selvstændig virksomhed uden forsikring
      Og virksomheden er drevet i væsentligt omfang i 3 af de seneste 12 måneder
      Og virksomheden er drevet i måneden før fraværet
      Og beregningsgrundlaget er 3.000,00 kr. om ugen
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og borgeren har ikke ret til sygedagpenge fra kommunen for den selvstændige virksomhed
      Og der er udbetalt 5.152,00 kr. i alt

    # Begge dele opfylder kravet. Løn 2.576,00 kr. om ugen fra 2.3.; virksomheden uden forsikring fra 15. dag,
    # 16.3. (§ 41): 3.000,00 kr. om ugen. Uge 10 og 11: 2.576,00; uge 12 og 13: 2.576 + 3.000 = 5.576 > 5.085 ->
    # 5.085,00 (§ 50, stk. 2). I alt 2 x 2.576 + 2 x 5.085 = 15.322,00 kr.
    @id:SDP-042-102 @sdl-42 @sdl-50-stk-2 @alvor:A
    Scenarie: Løn og virksomhed giver begge sygedagpenge, højst det højeste beløb pr. uge
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 80 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 140,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 20 timer om ugen
      Og sidste fraværsdag er 2026-03-27
      Og borgeren driver også selvstændig virksomhed uden forsikring
      Og virksomheden er drevet i væsentligt omfang i 12 af de seneste 12 måneder
      Og virksomheden er drevet i måneden før fraværet
      Og beregningsgrundlaget er 3.000,00 kr. om ugen
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen for den selvstændige virksomhed
      Og ugebeløbet for den selvstændige virksomhed er 3.000,00 kr.
      Og udbetalingen for uge 2026-W11 er 2.576,00 kr.
      Og udbetalingen for uge 2026-W12 er 5.085,00 kr.
      Og der er udbetalt 15.322,00 kr. i alt

  Regel: Flere tilfælde: loftet over ugen, forsikret virksomhed, 4 timer på tværs

    # SDP-050-102: A 37 timer ved 200 kr. (5.085,00) og B 10 timer ved 140 kr. (1.288,00), begge nyansatte: 6.373,00
    # > 5.085: 5.085,00 om ugen, 2 uger = 10.170,00 kr. (§ 50, stk. 2).
    @id:SDP-050-102 @sdl-50-stk-2 @alvor:A
    Scenarie: To nyansættelser over det højeste beløb tilsammen
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 40                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 5.085,00 kr.
      Og der er udbetalt 10.170,00 kr. i alt

    # SDP-042-103: løn 10 x 128,80 = 1.288,00; virksomheden forsikret fra 1. fraværsdag med grundlag 2.000 kr., så
    # mindst 2/3 x 5.085 = 3.390,00 (§ 45, stk. 2); i alt 4.678,00 om ugen, 2 uger = 9.356,00 kr.
    @id:SDP-042-103 @sdl-42 @sdl-45 @alvor:A
    Scenarie: Lønmodtager med forsikret virksomhed: begge dele fra første fraværsdag
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 140,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 10 timer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og borgeren driver også selvstændig virksomhed forsikret fra 1. fraværsdag
      Og virksomheden er drevet i væsentligt omfang i 12 af de seneste 12 måneder
      Og virksomheden er drevet i måneden før fraværet
      Og beregningsgrundlaget er 2.000,00 kr. om ugen
      Når sagen afgøres
      Så er ugebeløbet for den selvstændige virksomhed 3.390,00 kr.
      Og der er udbetalt 9.356,00 kr. i alt

    # 6-22: A (37 timer, 110,40) delvis sygemeldt under 4 timer og B (7 timer, 128,80): tilsammen mindst 4 timer.
    # SDP-053-121: A 3 timer = 331,20 + B fuldt fravær 7 timer = 901,60: 1.232,80 om ugen, 2 uger 2.465,60 kr.
    # SDP-053-122: A 1 time = 110,40 + B 3 timer = 386,40: 496,80 om ugen (i alt 4,00 timer), 2 uger 993,60 kr.
    @sdl-53 @alvor:A
    Abstrakt Scenario: Under 4 timer i hovedansættelsen, men mindst 4 timer tilsammen
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og borgeren er delvis sygemeldt med <a> fraværstimer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | <b>          | -                |
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | a | b | udbetalt     |
        | SDP-053-121 | 3 | - | 2.465,60 kr. |
        | SDP-053-122 | 1 | 3 | 993,60 kr.   |

    # Flere tilfælde af 6-22 (som ovenfor: A 110,40 kr. i timen, B 128,80; 2.-13.3.2026, 2 uger):
    # SDP-053-510: A 2 timer = 220,80 + B 2 timer = 257,60: 478,40 om ugen (i alt 4 timer), 2 uger 956,80 kr.
    # SDP-053-511: A 1 time = 110,40 + B fuldt fravær (7 timer) = 901,60: 1.012,00 om ugen, 2 uger 2.024,00 kr.
    # SDP-053-512: A 3 timer = 331,20 + B 1 time = 128,80: 460,00 om ugen (i alt 4 timer), 2 uger 920,00 kr.
    @sdl-53 @alvor:A
    Abstrakt Scenario: Delvis sygemelding i to ansættelser, tilsammen lige 4 timer eller fuldt fravær i den anden
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og borgeren er delvis sygemeldt med <a> fraværstimer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | <b>          | -                |
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | a | b | udbetalt     |
        | SDP-053-510 | 2 | 2 | 956,80 kr.   |
        | SDP-053-511 | 1 | - | 2.024,00 kr. |
        | SDP-053-512 | 3 | 1 | 920,00 kr.   |

    # 6-22 den anden vej: A 1 time og B 2 fraværstimer er i alt 3 timer, under 4 timer om ugen (§ 53, stk. 1): ingen
    # ret til sygedagpenge, heller ikke for B (tærsklen er personens, FT-SDP-FLERE-JOB); udbetalt 0,00 kr.
    @id:SDP-053-513 @sdl-53 @alvor:A
    Scenarie: 1 time i den ene og 2 timer i den anden ansættelse opfylder ikke minimumskravet
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og borgeren er delvis sygemeldt med 1 fraværstimer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | 2            | -                |
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og der er udbetalt 0,00 kr. i alt

    # 6-22 den anden vej i flere udgaver: fraværstimerne i den anden ansættelse er dem, borgeren er sygemeldt der, ikke
    # hele dens arbejdstid; under 4 timer tilsammen er ingen ret til sygedagpenge for nogen af ansættelserne (§ 53,
    # stk. 1; tærsklen er personens, FT-SDP-FLERE-JOB), heller ikke fra arbejdsgiveren; udbetalt 0,00 kr.
    # SDP-053-700: A (nyansat, 37 timer) 2 timer + B (15 timer om ugen) 1 time = 3 timer < 4.
    # SDP-053-701: A (nyansat) 0,5 time + B (10 timer om ugen) 3 timer = 3,5 timer < 4.
    # SDP-053-702: A (ansat siden 2020, 240 timer i 8 uger, ellers arbejdsgiverperiode efter § 30) 1 time + B (7 timer
    #   om ugen) 2,5 timer = 3,5 timer < 4: heller ikke ret over for arbejdsgiveren.
    @sdl-53 @alvor:A
    Abstrakt Scenario: Under 4 timer tilsammen, selv om den anden ansættelses arbejdstid er over 4 timer
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet <timer_8_uger> timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og borgeren er delvis sygemeldt med <a> fraværstimer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-01-05  | <b_8_uger>            | 140,00 kr.      | <b_uge>       | <b>          | -                |
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og borgeren har ikke ret til sygedagpenge fra arbejdsgiveren
      Og borgeren har ikke ret til sygedagpenge fra kommunen for ansættelse B
      Og der er udbetalt 0,00 kr. i alt

      Eksempler:
        | id          | ansat      | timer_8_uger | a   | b_8_uger | b_uge | b   |
        | SDP-053-700 | 2026-02-02 | 40           | 2   | 120      | 15    | 1   |
        | SDP-053-701 | 2026-02-02 | 40           | 0,5 | 80       | 10    | 3   |
        | SDP-053-702 | 2020-01-01 | 240          | 1   | 56       | 7     | 2,5 |

  Regel: Ved gradvis tilbagevenden gælder de 4 timer for hver periode opgjort på tværs af ansættelserne

    # § 53, stk. 1, og Ankestyrelsen 6-22 (FT-SDP-GRADVIS, FT-SDP-FLERE-JOB): A (nyansat, 37 timer, 120 x 0,92 =
    # 110,40 kr. i timen) er fuldt fraværende i uge 10 (2.-6.3.2026) og fra mandag 9.3. sygemeldt <a> timer om ugen;
    # B (7 timer, 140 x 0,92 = 128,80) har <b> fraværstimer om ugen hele tiden ("-": fuldt fravær, 7 timer). Begge
    # nyansatte uden arbejdsgiverperiode (under 74 timer i 8 uger): kommunen fra 2.3. Perioden fra 9.3. betales kun,
    # når a + b >= 4 timer (B's timer tæller med; fuldt fravær i B tæller med B's ugentlige 7 timer).
    # Uge 10: A 37 x 110,40 = 4.084,80 + B b x 128,80. Uge 11: A a x 110,40 (hvis a + b >= 4) + B b x 128,80.
    # Alle uger under 5.085 kr. (§ 50, stk. 2).
    # SDP-053-500: a 2, b 2: 4 timer (lige på grænsen). B 257,60. Uge 10 4.342,40; uge 11 220,80 + 257,60 = 478,40;
    #   i alt 4.820,80.
    # SDP-053-501: a 1, b 2: 3 timer < 4: A intet fra 9.3. Uge 10 4.342,40; uge 11 257,60; i alt 4.600,00.
    # SDP-053-502: a 3, b 1: 4 timer. B 128,80. Uge 10 4.213,60; uge 11 331,20 + 128,80 = 460,00; i alt 4.673,60.
    # SDP-053-503: a 1, b fuldt (7 timer): 8 timer. B 901,60. Uge 10 4.986,40; uge 11 110,40 + 901,60 = 1.012,00;
    #   i alt 5.998,40.
    # SDP-053-504: a 2, b 1: 3 timer < 4. Uge 10 4.213,60; uge 11 128,80; i alt 4.342,40.
    # SDP-053-505: a 2, b 2,5: 4,5 timer. B 2,5 x 128,80 = 322,00. Uge 10 4.406,80; uge 11 220,80 + 322,00 = 542,80;
    #   i alt 4.949,60.
    # SDP-053-506: a 0,5, b 3,5: 4 timer. B 3,5 x 128,80 = 450,80; A 0,5 x 110,40 = 55,20. Uge 10 4.535,60; uge 11
    #   55,20 + 450,80 = 506,00; i alt 5.041,60.
    @sdl-53 @alvor:A
    Abstrakt Scenario: Gradvis tilbagevenden i hovedansættelsen med fravær i en anden ansættelse
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og fra 2026-03-09 er borgeren sygemeldt <a> timer om ugen
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | <b>          | -                |
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og udbetalingen for uge 2026-W10 er <uge_10>
      Og udbetalingen for uge 2026-W11 er <uge_11>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | a   | b   | uge_10       | uge_11       | udbetalt     |
        | SDP-053-500 | 2   | 2   | 4.342,40 kr. | 478,40 kr.   | 4.820,80 kr. |
        | SDP-053-501 | 1   | 2   | 4.342,40 kr. | 257,60 kr.   | 4.600,00 kr. |
        | SDP-053-502 | 3   | 1   | 4.213,60 kr. | 460,00 kr.   | 4.673,60 kr. |
        | SDP-053-503 | 1   | -   | 4.986,40 kr. | 1.012,00 kr. | 5.998,40 kr. |
        | SDP-053-504 | 2   | 1   | 4.213,60 kr. | 128,80 kr.   | 4.342,40 kr. |
        | SDP-053-505 | 2   | 2,5 | 4.406,80 kr. | 542,80 kr.   | 4.949,60 kr. |
        | SDP-053-506 | 0,5 | 3,5 | 4.535,60 kr. | 506,00 kr.   | 5.041,60 kr. |

  Regel: Højst en femtedel af ugens højeste beløb pr. dag, arbejdsgiverens refusion medregnet (§ 50, stk. 2-3)

    # Jurist, runde 11 (FT-SDP-FLERE-JOB). Hovedjob: ansat siden 2016, 37 timer, 200 x 0,92 = 184 kr. over timeloftet
    # 5.085/37 = 137,4324: 5.085,00 om ugen, 1.017,00 pr. dag. Arbejdsgiverperiode 7.9.-6.10.2026 (30 dage); løn
    # 7.400 om ugen, over sygedagpengene, så borgeren får intet for hovedjobbet (§ 50, stk. 4), og arbejdsgiveren
    # refusion fra 7.10. (anmeldt 20.9., rettidigt): uge 41 (7.-9.10.) 3 x 1.017 = 3.051,00; uge 42-44 5.085,00
    # hver; i alt 18.306,00. Lørdagsjob L: 64 timer i 8 uger (under 74: ingen arbejdsgiverperiode), kommunen fra
    # 7.9.: 150 x 0,92 = 138,00 over timeloftet: 8 x 137,4324 = 1.099,46 om ugen, 219,892 pr. dag. Uge 37-40:
    # 1.099,46 hver (ingen refusion endnu) = 4.397,84. Uge 41: 5.10. og 6.10. 2 x 219,892 = 439,78; fra 7.10.
    # fylder refusionen dagens 1.017,00, så intet til borgeren. Uge 42-44: intet (ingen post). I alt 4.837,62 kr.
    @id:SDP-050-520 @sdl-50-stk-2 @sdl-54 @alvor:A
    Scenarie: Hovedjob med løn og refusion og et lørdagsjob: refusionen tæller med i dagens loft
      Givet en lønmodtager ansat siden 2016-01-01
      Og borgeren har arbejdet 296 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-09-07
      Og sidste fraværsdag er 2026-10-30
      Og arbejdsgiveren betaler løn på 7.400,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-09-20
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | L  | 2024-01-01  | 64                    | 150,00 kr.      | 8             | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-09-07 til 2026-10-06
      Og der er ingen arbejdsgiverperiode for ansættelse L
      Og kommunen betaler sygedagpenge for ansættelse L fra 2026-09-07
      Og ugebeløbet for ansættelse L er 1.099,46 kr.
      Og udbetalingen for uge 2026-W40 er 1.099,46 kr.
      Og udbetalingen for uge 2026-W41 er 439,78 kr.
      Og udbetalingen for uge 2026-W41 dækker 2 dage
      Og udbetalingen for uge 2026-W42 dækker 0 dage
      Og refusionen for uge 2026-W41 er 3.051,00 kr.
      Og refusionen for uge 2026-W42 er 5.085,00 kr.
      Og refusionen til arbejdsgiveren er 18.306,00 kr. i alt
      Og der er udbetalt 4.837,62 kr. i alt

    # Søgnehelligdagen midt i ansættelsernes uger (§ 53 a): A (ansat siden 2020, 37 timer, 200 kr., over timeloftet:
    # 1.017,00 pr. dag) har arbejdsgiverperiode 9.3.-7.4.2026, kommunen fra onsdag 8.4. B (ansat 2.2.2026, under 8
    # uger: ingen arbejdsgiverperiode; 7 x 128,80 = 901,60 om ugen, 180,32 pr. dag), kommunen fra 9.3. Uge 11-13:
    # 901,60 hver. Uge 14 (skærtorsdag 2.4. og langfredag 3.4. ingen): 30.3., 31.3., 1.4. 3 x 180,32 = 540,96. Uge 15
    # (2. påskedag mandag 6.4. ingen): tirsdag 7.4. B alene 180,32; 8.-10.4. 1.017 + 180,32 > 1.017: 3 x 1.017 =
    # 3.051,00; ugen 3.231,32 (ikke B's 4/5 = 721,28 + A's 3.051,00 = 3.772,28). Uge 16: hver dag 1.017: 5.085,00.
    # I alt 3 x 901,60 + 540,96 + 3.231,32 + 5.085,00 = 11.562,08 kr.
    @id:SDP-050-521 @sdl-50-stk-2 @sdl-53a @alvor:A
    Scenarie: 2. påskedag i en uge, hvor kommunen begynder at betale for den ene ansættelse om onsdagen
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 296 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-03-09
      Og sidste fraværsdag er 2026-04-17
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-09 til 2026-04-07
      Og kommunen betaler sygedagpenge for ansættelse B fra 2026-03-09
      Og udbetalingen for uge 2026-W14 er 540,96 kr.
      Og udbetalingen for uge 2026-W15 er 3.231,32 kr.
      Og udbetalingen for uge 2026-W15 dækker 4 dage
      Og udbetalingen for uge 2026-W16 er 5.085,00 kr.
      Og der er udbetalt 11.562,08 kr. i alt

  Regel: Loftet over den samlede udbetaling gælder hver uge i et langt fravær (§ 50, stk. 2)

    # Fraværet er her 31.8.-23.10.2026 (trinnet erstatter baggrundens første fraværsdag): 8 hele uger, 2026-W36 til
    # 2026-W43, uden søgnehelligdage. A (nyansat, 200 x 0,92 = 184 kr. over timeloftet 5.085/37): 5.085,00 kr. om ugen;
    # B (nyansat, 10 timer x 128,80): 1.288,00. Ingen arbejdsgiverperiode i nogen af dem (under 74 timer i 8 uger):
    # kommunen fra 31.8. Hver uge 5.085 + 1.288 = 6.373 > 5.085: beskæres til 5.085,00 (FT-SDP-FLERE-JOB), også den
    # sidste, ottende uge. I alt 8 x 5.085 = 40.680,00 kr.
    @id:SDP-050-500 @sdl-50-stk-2 @alvor:A
    Scenarie: Otte uger med to ansættelser over det højeste beløb tilsammen
      Givet en lønmodtager ansat siden 2026-08-03
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-08-31
      Og sidste fraværsdag er 2026-10-23
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-08-03  | 40                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er ugebeløbet for ansættelse B 1.288,00 kr.
      Og udbetalingen for uge 2026-W36 er 5.085,00 kr.
      Og udbetalingen for uge 2026-W42 er 5.085,00 kr.
      Og udbetalingen for uge 2026-W43 er 5.085,00 kr.
      Og der er udbetalt 40.680,00 kr. i alt

    # Fraværet begynder midt i ugen (trinnet erstatter baggrundens første fraværsdag), og den sidste uge har 4 betalte
    # dage. A (nyansat, 200 kr., over timeloftet): 5.085,00 om ugen, 1.017 pr. dag; B (nyansat, 10 x 128,80):
    # 1.288,00 om ugen, 257,60 pr. dag. Kommunen betaler begge fra første fraværsdag. Ugens højeste beløb udbetales
    # med lige store andele pr. dag (§ 50, stk. 2-3; FT-SDP-FLERE-JOB): højst 1.017,00 pr. dag, og hver dag har
    # 1.017 + 257,60 = 1.274,60 > 1.017. Uge 11: 5 x 1.017 = 5.085,00; uge 12 (16.-19.3.2026, 4 dage) 4 x 1.017 =
    # 4.068,00 (før: 5.085,00, loftet for hele ugen i 4 dage; jurist, runde 11).
    # SDP-050-505: torsdag 5.3.: uge 10 2 x 1.017 = 2.034,00; i alt 2.034,00 + 5.085,00 + 4.068,00 = 11.187,00 kr.
    # SDP-050-506: onsdag 4.3.: uge 10 3 x 1.017 = 3.051,00; i alt 3.051,00 + 5.085,00 + 4.068,00 = 12.204,00 kr.
    @sdl-50-stk-2 @alvor:A
    Abstrakt Scenario: To ansættelser fra midt i en uge: også den sidste, kortere uge er højst dagenes femtedele
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er 2026-03-19
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 40                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 <uge_10>
      Og udbetalingen for uge 2026-W11 er 5.085,00 kr.
      Og udbetalingen for uge 2026-W12 er 4.068,00 kr.
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | første     | uge_10       | udbetalt      |
        | SDP-050-505 | 2026-03-05 | 2.034,00 kr. | 11.187,00 kr. |
        | SDP-050-506 | 2026-03-04 | 3.051,00 kr. | 12.204,00 kr. |

    # Gradvis tilbagevenden fra midt i uge 11 under 4 timer tilsammen (§ 53, stk. 1, Ankestyrelsen 6-22): A (110,40
    # kr. i timen, fuldt fravær 4.084,80 om ugen, 816,96 pr. dag) får intet fra <skift>; B (128,80 kr. i timen) får
    # sine fraværstimer hele tiden. Fraværet 2.-13.3.2026.
    # SDP-053-520: fra onsdag 11.3. A 1 time + B 2 timer = 3 < 4. Uge 10: 4.084,80 + 257,60 = 4.342,40; uge 11: A
    #   mandag-tirsdag 2 x 816,96 = 1.633,92 + B 257,60 = 1.891,52; i alt 6.233,92 kr.
    # SDP-053-521: fra torsdag 12.3. A 2 timer + B 1 time = 3 < 4. Uge 10: 4.084,80 + 128,80 = 4.213,60; uge 11: A
    #   3 x 816,96 = 2.450,88 + 128,80 = 2.579,68; i alt 6.793,28 kr.
    # SDP-053-522: fra onsdag 11.3. A 2 timer + B 2 timer = 4: uge 11: A 1.633,92 + 3/5 x 220,80 = 132,48 + B 257,60
    #   = 2.024,00; uge 10 4.342,40; i alt 6.366,40 kr.
    @sdl-53 @alvor:A
    Abstrakt Scenario: Gradvis tilbagevenden midt i ugen med fravær i en anden ansættelse
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og fra <skift> er borgeren sygemeldt <a> timer om ugen
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | <b>          | -                |
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 <uge_10>
      Og udbetalingen for uge 2026-W11 er <uge_11>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | skift      | a | b | uge_10       | uge_11       | udbetalt     |
        | SDP-053-520 | 2026-03-11 | 1 | 2 | 4.342,40 kr. | 1.891,52 kr. | 6.233,92 kr. |
        | SDP-053-521 | 2026-03-12 | 2 | 1 | 4.213,60 kr. | 2.579,68 kr. | 6.793,28 kr. |
        | SDP-053-522 | 2026-03-11 | 2 | 2 | 4.342,40 kr. | 2.024,00 kr. | 6.366,40 kr. |

    # Otte hele uger med to ansættelser som SDP-050-500, i 2025 og i begyndelsen af 2026 (trinnet erstatter
    # baggrundens første fraværsdag; ingen søgnehelligdage i perioderne). A over timeloftet: det højeste beløb om ugen;
    # B 10 x 128,80 = 1.288,00 (under timeloftet 4.865/37 = 131,49 i 2025). Hver uge beskæres til det højeste beløb
    # (§ 50, stk. 2): SDP-050-510: 4.8.-26.9.2025: 4.865 + 1.288 = 6.153 -> 4.865,00; 8 x 4.865 = 38.920,00 kr.
    # SDP-050-511: 19.1.-13.3.2026: 5.085 + 1.288 = 6.373 -> 5.085,00; 8 x 5.085 = 40.680,00 kr.
    @sdl-50-stk-2 @alvor:A
    Abstrakt Scenario: Otte uger med to ansættelser over det højeste beløb i 2025 og 2026
      Givet en lønmodtager ansat siden <ansat>
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | <ansat>     | 40                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er udbetalingen for uge <første_uge> <loft>
      Og udbetalingen for uge <sidste_uge> er <loft>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | første_uge | sidste_uge | loft         | udbetalt      |
        | SDP-050-510 | 2025-07-07 | 2025-08-04 | 2025-09-26 | 2025-W32   | 2025-W39   | 4.865,00 kr. | 38.920,00 kr. |
        | SDP-050-511 | 2025-12-22 | 2026-01-19 | 2026-03-13 | 2026-W04   | 2026-W11   | 5.085,00 kr. | 40.680,00 kr. |

    # Som SDP-053-520 (A 1 time + B 2 timer = 3 < 4: A intet fra skiftet), men fra tirsdag 10.3.2026: uge 11: A mandag
    # 816,96 + B 257,60 = 1.074,56; uge 10 4.342,40; i alt 5.416,96 kr.
    @id:SDP-053-529 @sdl-53 @alvor:A
    Scenarie: Gradvis tilbagevenden under 4 timer tilsammen fra en tirsdag
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og sidste fraværsdag er 2026-03-13
      Og fra 2026-03-10 er borgeren sygemeldt 1 timer om ugen
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-02-02  | 28                    | 140,00 kr.      | 7             | 2            | -                |
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W10 4.342,40 kr.
      Og udbetalingen for uge 2026-W11 er 1.074,56 kr.
      Og der er udbetalt 5.416,96 kr. i alt

    # Som SDP-050-505 i 2025 (A over timeloftet: 4.865 om ugen, 973 pr. dag; B 1.288,00, 257,60 pr. dag), fra torsdag
    # 6.3. til torsdag 20.3.2025: højst 973 pr. dag (§ 50, stk. 2-3), og hver dag har 973 + 257,60 = 1.230,60 > 973:
    # uge 10 2 x 973 = 1.946,00; uge 11 5 x 973 = 4.865,00; uge 12 4 x 973 = 3.892,00; i alt 10.703,00 kr.
    @id:SDP-050-513 @sdl-50-stk-2 @alvor:A
    Scenarie: To ansættelser fra en torsdag i 2025: også den sidste, kortere uge er højst dagenes femtedele
      Givet en lønmodtager ansat siden 2025-02-03
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2025-03-06
      Og sidste fraværsdag er 2025-03-20
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2025-02-03  | 40                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er udbetalingen for uge 2025-W10 1.946,00 kr.
      Og udbetalingen for uge 2025-W11 er 4.865,00 kr.
      Og udbetalingen for uge 2025-W12 er 3.892,00 kr.
      Og der er udbetalt 10.703,00 kr. i alt

  Regel: En uge, hvor refusionen fylder hele ugens højeste beløb, har ingen udbetaling (§ 50, stk. 2-3; FT-SDP-FLERE-JOB)

    # Jurist runde 12c (håndregnet før kørsel, research/r12/jurist3/forventet.md). Hovedjob: ansat siden 2016, 37 timer,
    # 200 x 0,92 = 184 kr. over timeloftet: 5.085,00 om ugen, 1.017,00 pr. dag; løn 7.400 om ugen (§ 50, stk. 4: intet
    # til borgeren). Første fraværsdag fredag 2.10.2026: arbejdsgiverperiode 2.10.-lørdag 31.10. (30 dage); refusion fra
    # mandag 2.11. (anmeldt 9.10., rettidigt). B: ansat 7.9.2026 (under 8 uger: ingen arbejdsgiverperiode), 10 x 128,80 =
    # 1.288,00 om ugen, 257,60 pr. dag, kommunen fra 2.10. Uge 40: fredag 2.10. 257,60 (1 dag); uge 41-44: 1.288,00
    # hver (ingen refusion endnu). Uge 45-47 (2.-20.11.): refusionen 1.017,00 fylder hver dags 1.017,00, B får 0:
    # ugen betaler intet og har ingen post (0 dage). I alt 257,60 + 4 x 1.288,00 = 5.409,60 kr.; refusion 3 x 5.085,00
    # = 15.255,00 kr.
    @id:SDP-050-522 @sdl-50-stk-2 @sdl-54 @alvor:A
    Scenarie: Arbejdsgiverperioden slutter en lørdag: fra mandag fylder refusionen hele ugen, og borgeren får intet fra den anden ansættelse
      Givet en lønmodtager ansat siden 2016-01-01
      Og borgeren har arbejdet 296 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-10-02
      Og sidste fraværsdag er 2026-11-20
      Og arbejdsgiveren betaler løn på 7.400,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-10-09
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-09-07  | 30                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-10-02 til 2026-10-31
      Og der er ingen arbejdsgiverperiode for ansættelse B
      Og kommunen betaler sygedagpenge for ansættelse B fra 2026-10-02
      Og ugebeløbet for ansættelse B er 1.288,00 kr.
      Og udbetalingen for uge 2026-W40 er 257,60 kr.
      Og udbetalingen for uge 2026-W40 dækker 1 dage
      Og udbetalingen for uge 2026-W44 er 1.288,00 kr.
      Og udbetalingen for uge 2026-W45 er 0,00 kr.
      Og udbetalingen for uge 2026-W45 dækker 0 dage
      Og refusionen for uge 2026-W45 er 5.085,00 kr.
      Og refusionen for uge 2026-W47 er 5.085,00 kr.
      Og refusionen til arbejdsgiveren er 15.255,00 kr. i alt
      Og der er udbetalt 5.409,60 kr. i alt

    # Jurist runde 12c. Hovedjob som SDP-050-522; første fraværsdag mandag 13.4.2026: arbejdsgiverperiode 13.4.-tirsdag
    # 12.5.; refusion fra onsdag 13.5. (anmeldt 20.4.). B: ansat siden 2024, 64 timer i 8 uger (under 74: ingen
    # arbejdsgiverperiode), 8 x 128,80 = 1.030,40 om ugen, 206,08 pr. dag, kommunen fra 13.4. Uge 16-19: 1.030,40
    # hver. Uge 20 (11.-15.5.): mandag og tirsdag B 2 x 206,08 = 412,16; onsdag og fredag fylder refusionen 1.017,00,
    # B får 0; torsdag 14.5. er Kristi himmelfartsdag (§ 53 a: ingen). Ugens post dækker kun de 2 betalte dage;
    # refusion 2 x 1.017,00 = 2.034,00. Uge 21 (18.-22.5.): ingen post; refusion 5.085,00. I alt 4 x 1.030,40 + 412,16 =
    # 4.533,76 kr.; refusion 7.119,00 kr.
    @id:SDP-050-523 @sdl-50-stk-2 @sdl-53a @sdl-54 @alvor:A
    Scenarie: Refusionen begynder onsdag i ugen med Kristi himmelfartsdag: ugens udbetaling dækker kun mandag og tirsdag
      Givet en lønmodtager ansat siden 2016-01-01
      Og borgeren har arbejdet 296 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-04-13
      Og sidste fraværsdag er 2026-05-22
      Og arbejdsgiveren betaler løn på 7.400,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-04-20
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2024-01-01  | 64                    | 140,00 kr.      | 8             | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-04-13 til 2026-05-12
      Og der er ingen arbejdsgiverperiode for ansættelse B
      Og kommunen betaler sygedagpenge for ansættelse B fra 2026-04-13
      Og udbetalingen for uge 2026-W19 er 1.030,40 kr.
      Og udbetalingen for uge 2026-W20 er 412,16 kr.
      Og udbetalingen for uge 2026-W20 dækker 2 dage
      Og udbetalingen for uge 2026-W21 dækker 0 dage
      Og refusionen for uge 2026-W20 er 2.034,00 kr.
      Og refusionen for uge 2026-W21 er 5.085,00 kr.
      Og refusionen til arbejdsgiveren er 7.119,00 kr. i alt
      Og der er udbetalt 4.533,76 kr. i alt

    # Jurist runde 12c. Her er det den anden ansættelse B, der betaler løn og får refusion: ansat siden 2016, 296 timer,
    # 37 timer, 200 kr. (5.085,00 om ugen, 1.017,00 pr. dag), løn 7.400. Første fraværsdag tirsdag 1.9.2026: B's
    # arbejdsgiverperiode 1.-onsdag 30.9.; refusion til B fra torsdag 1.10. Hovedjobbet: 70 timer i 8 uger (under 74:
    # ingen arbejdsgiverperiode), 130 x 0,92 = 119,60 x 12 timer = 1.435,20 om ugen, 287,04 pr. dag, kommunen fra 1.9.
    # Uge 36 (tirsdag-fredag): 4 x 287,04 = 1.148,16; uge 37-39: 1.435,20 hver; uge 40 (28.9.-2.10.): mandag-onsdag
    # 3 x 287,04 = 861,12, torsdag og fredag fylder refusionen dagen: posten dækker 3 dage; uge 41 (5.-9.10.): ingen
    # post. I alt 1.148,16 + 3 x 1.435,20 + 861,12 = 6.314,88 kr.; refusion til B 2 x 1.017,00 + 5.085,00 = 7.119,00 kr.
    @id:SDP-050-524 @sdl-50-stk-2 @sdl-54 @alvor:A
    Scenarie: Den anden ansættelses refusion begynder en torsdag og fylder dagen: hovedjobbets uge dækker 3 dage, ugen efter ingen
      Givet en lønmodtager ansat siden 2024-01-01
      Og borgeren har arbejdet 70 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 130,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 12 timer om ugen
      Og første fraværsdag er 2026-09-01
      Og sidste fraværsdag er 2026-10-09
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2016-01-01  | 296                   | 200,00 kr.      | 37            | -            | 7.400,00 kr.     |
      Når sagen afgøres
      Så er der ingen arbejdsgiverperiode
      Og kommunen betaler sygedagpenge fra 2026-09-01
      Og arbejdsgiverperioden for ansættelse B er 2026-09-01 til 2026-09-30
      Og udbetalingen for uge 2026-W36 er 1.148,16 kr.
      Og udbetalingen for uge 2026-W39 er 1.435,20 kr.
      Og udbetalingen for uge 2026-W40 er 861,12 kr.
      Og udbetalingen for uge 2026-W40 dækker 3 dage
      Og udbetalingen for uge 2026-W41 dækker 0 dage
      Og refusionen til arbejdsgiveren for ansættelse B er 7.119,00 kr. i alt
      Og refusionen til arbejdsgiveren er 0,00 kr. i alt
      Og der er udbetalt 6.314,88 kr. i alt

  Regel: Loftet gælder også den sidste uges ene dag og en uge, hvor refusionen lader borgeren under 1 krone om dagen

    # Som SDP-050-500, men fraværet 31.8.-26.10.2026 slutter en mandag: 8 hele uger, 2026-W36 til 2026-W43, og mandag
    # 26.10. i 2026-W44, uden søgnehelligdage. A (nyansat, 200 x 0,92 = 184 kr. over timeloftet 5.085/37): 5.085,00 kr.
    # om ugen, 1.017,00 pr. dag; B (nyansat, 10 timer x 128,80): 1.288,00 om ugen, 257,60 pr. dag. Ingen
    # arbejdsgiverperiode (under 74 timer i 8 uger): kommunen fra 31.8. Hver dag 1.017 + 257,60 = 1.274,60 > 1.017
    # (ugens højeste beløb / 5, § 50, stk. 2-3; FT-SDP-FLERE-JOB): hver hel uge 5 x 1.017 = 5.085,00; uge 44 én dag:
    # 1 x 1.017 = 1.017,00 (ikke 1.274,60). I alt 8 x 5.085,00 + 1.017,00 = 41.697,00 kr.
    @id:SDP-050-525 @sdl-50-stk-2 @alvor:A
    Scenarie: Fraværet slutter en mandag: også den sidste uges ene dag er højst en femtedel af ugens højeste beløb
      Givet en lønmodtager ansat siden 2026-08-03
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-08-31
      Og sidste fraværsdag er 2026-10-26
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | B  | 2026-08-03  | 40                    | 140,00 kr.      | 10            | -            | -                |
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W43 5.085,00 kr.
      Og udbetalingen for uge 2026-W44 er 1.017,00 kr.
      Og udbetalingen for uge 2026-W44 dækker 1 dage
      Og der er udbetalt 41.697,00 kr. i alt

    # Som SDP-050-520, men hovedjobbets løn under fraværet er 5.084,00 kr. om ugen, 1,00 kr. under sygedagpengene
    # (5.085,00; 1.017,00 pr. dag). Hovedjob A: arbejdsgiverperiode 7.9.-6.10.2026; fra 7.10. refusion
    # min(1.017,00; 5.084/5 = 1.016,80) = 1.016,80 pr. dag, borgeren forskellen 0,20 pr. dag (§ 54). Lørdagsjob L
    # (ingen arbejdsgiverperiode, kommunen fra 7.9.): 1.099,46 om ugen, 219,892 pr. dag. Dagens loft 1.017,00 med
    # refusionen medregnet (§ 50, stk. 2-3; FT-SDP-FLERE-JOB): fra 7.10. får borgeren højst 1.017,00 - 1.016,80 =
    # 0,20 pr. dag. Uge 37-40: 4 x 1.099,46 = 4.397,84. Uge 41: 5.10. og 6.10. 2 x 219,892 + 7.-9.10. 3 x 0,20 =
    # 440,384 = 440,38 (5 dage). Uge 42-44: 5 x 0,20 = 1,00 hver (5 dage). Borgeren 4.397,84 + 440,38 + 3 x 1,00 =
    # 4.841,22 kr. Refusion: uge 41 3 x 1.016,80 = 3.050,40; uge 42-44 5.084,00 hver; i alt 18.302,40 kr.
    @id:SDP-050-526 @sdl-50-stk-2 @sdl-54 @alvor:A
    Scenarie: Refusionen fylder dagens loft på nær 20 øre: borgeren får 20 øre om dagen, 1 krone om ugen
      Givet en lønmodtager ansat siden 2016-01-01
      Og borgeren har arbejdet 296 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og arbejdstiden er 37 timer om ugen
      Og første fraværsdag er 2026-09-07
      Og sidste fraværsdag er 2026-10-30
      Og arbejdsgiveren betaler løn på 5.084,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-09-20
      Og borgeren er også ansat her:
        | id | ansat siden | arbejdstimer i 8 uger | timefortjeneste | timer om ugen | fraværstimer | løn under fravær |
        | L  | 2024-01-01  | 64                    | 150,00 kr.      | 8             | -            | -                |
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-09-07 til 2026-10-06
      Og udbetalingen for uge 2026-W40 er 1.099,46 kr.
      Og udbetalingen for uge 2026-W41 er 440,38 kr.
      Og udbetalingen for uge 2026-W41 dækker 5 dage
      Og udbetalingen for uge 2026-W42 er 1,00 kr.
      Og udbetalingen for uge 2026-W42 dækker 5 dage
      Og refusionen for uge 2026-W41 er 3.050,40 kr.
      Og refusionen for uge 2026-W42 er 5.084,00 kr.
      Og refusionen til arbejdsgiveren er 18.302,40 kr. i alt
      Og der er udbetalt 4.841,22 kr. i alt
