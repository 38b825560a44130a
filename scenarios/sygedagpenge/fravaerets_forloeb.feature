# language: da
@sdl-30
Egenskab: Fraværets forløb: første hele fraværsdag, ferie under sygdom og ansættelsens ophør
  Første fraværsdag er den første hele dag, borgeren er fraværende; går borgeren syg hjem fra arbejdet, er det den
  næste dag, borgeren skulle have arbejdet, og uden en hel fraværsdag er der hverken sygedagpenge eller refusion
  (Ankestyrelsen 10-21; FT-SDP-FOERSTE-DAG). Ferie aftalt med kommunen giver ingen sygedagpenge og ingen refusion,
  udbetalingen genoptages dagen efter; ferie uden aftale er en raskmelding (Ankestyrelsen 31-19; FT-SDP-FERIE).
  Ophører ansættelsen under fraværet, betaler arbejdsgiveren højst til sidste ansættelsesdag og kommunen fra
  dagen efter: et a-kassemedlem med dagpengesatsen (§ 51, stk. 3), andre efter § 47, som fuldt fravær (§ 53,
  stk. 2, nr. 1; FT-SDP-OPHOER). Søgnehelligdage på hverdage betales ikke (§ 53 a).
  Regnestykker: 120,00 x 0,92 = 110,40 kr.; x 37 = 4.084,80 kr. om ugen, 816,96 kr. pr. dag. Over loftet (2026):
  5.085 kr. om ugen, 1.017 kr. pr. dag.

  Baggrund:
    Givet borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
    Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen

  Regel: Første fraværsdag er den første hele dag med fravær (Ankestyrelsen 10-21)

    # Går hjem syg tirsdag 3.3.2026: første fraværsdag onsdag 4.3.; arbejdsgiverperioden 4.3.-2.4. (30 dage);
    # kommunen fra fredag 3.4. (langfredag, ingen betaling). Uge 15 (6.-10.4., 2. påskedag uden betaling):
    # 4 x 816,96 = 3.267,84; uge 16: 4.084,80; i alt 7.352,64 kr.
    @id:SDP-030-101 @alvor:A
    Scenarie: Syg under arbejdet: arbejdsgiverperioden begynder dagen efter
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet 2026-03-03
      Og sidste fraværsdag er 2026-04-17
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-04 til 2026-04-02
      Og kommunen betaler sygedagpenge fra 2026-04-03
      Og udbetalingen for uge 2026-W15 er 3.267,84 kr.
      Og der er udbetalt 7.352,64 kr. i alt

    # Går hjem syg fredag 6.3.2026 og er på arbejde igen mandag: ingen hel fraværsdag, ingen sygedagpenge og ingen
    # refusion, heller ikke med løn og en § 56-aftale (10-21: arbejdsgiveren fik ikke refusion).
    @id:SDP-030-102 @alvor:A
    Scenarie: Kun den dag, borgeren gik syg hjem: ingen fraværsdag
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet 2026-03-06
      Og sidste fraværsdag er 2026-03-06
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og der er indgået en § 56-aftale for sygdommen
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og borgeren har ikke ret til sygedagpenge fra kommunen
      Og årsagen er, at borgeren ikke har nogen hel fraværsdag
      Og refusionen til arbejdsgiveren er 0,00 kr. i alt
      Og kommunen betaler ikke sygedagpenge

    # Nyansat (ingen ret over for arbejdsgiveren): kommunen fra første hele fraværsdag.
    # SDP-032-101: hjem torsdag 12.3.2026, første fraværsdag fredag 13.3.: uge 11: 816,96; uge 12 (16.-20.3.):
    # 4.084,80; i alt 4.901,76 kr.
    # SDP-032-102: hjem fredag 13.3.2026; weekenden er ikke fraværsdage, første fraværsdag er mandag 16.3.:
    # 16.-18.3. = 3 x 816,96 = 2.450,88 kr.
    @sdl-32 @alvor:A
    Abstrakt Scenario: Syg under arbejdet, nyansat: kommunen betaler fra næste arbejdsdag
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet <hjem>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | hjem       | sidste     | kommune_fra | udbetalt     |
        | SDP-032-101 | 2026-03-12 | 2026-03-20 | 2026-03-13  | 4.901,76 kr. |
        | SDP-032-102 | 2026-03-13 | 2026-03-18 | 2026-03-16  | 2.450,88 kr. |

  Regel: Aftalt ferie betales ikke; ferie uden aftale er en raskmelding (Ankestyrelsen 31-19)

    # Nyansat, kommunen betaler fra 1.6.2026. Juni: 22 hverdage (grundlovsdag betales); juli: 1.-3.7. (3), ferien
    # 6.-17.7. (uge 28 og 29) intet, 20.-31.7. (10): i alt 35 x 816,96 = 28.593,60 kr.
    @id:SDP-007-101 @sdl-7 @alvor:A
    Scenarie: Aftalt ferie i to uger midt i sygeforløbet
      Givet en lønmodtager ansat siden 2026-05-01
      Og første fraværsdag er 2026-06-01
      Og sidste fraværsdag er 2026-07-31
      Og borgeren holder ferie aftalt med kommunen fra 2026-07-06 til 2026-07-17
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W28 0,00 kr.
      Og udbetalingen for uge 2026-W29 er 0,00 kr.
      Og udbetalingen for uge 2026-W30 er 4.084,80 kr.
      Og der er udbetalt 28.593,60 kr. i alt
      Og udbetalingen ophører på grund af fraværets ophør

    # Ferie onsdag 1.-fredag 3.7.2026 i uge 27: mandag og tirsdag betales, 2 x 816,96 = 1.633,92; uge 28: 4.084,80;
    # i alt 5.718,72 kr.
    @id:SDP-007-102 @sdl-7 @alvor:A
    Scenarie: Aftalt ferie midt i en uge
      Givet en lønmodtager ansat siden 2026-05-01
      Og første fraværsdag er 2026-06-29
      Og sidste fraværsdag er 2026-07-10
      Og borgeren holder ferie aftalt med kommunen fra 2026-07-01 til 2026-07-03
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W27 1.633,92 kr.
      Og der er udbetalt 5.718,72 kr. i alt

    # Ferie uden aftale fra mandag 6.7.2026 er en raskmelding: sidste betalingsdag søndag 5.7.; juni 22 dage og
    # 1.-3.7.: 25 x 816,96 = 20.424,00 kr.
    @id:SDP-007-103 @sdl-7 @alvor:A
    Scenarie: Ferie uden aftale med kommunen afslutter sygeforløbet
      Givet en lønmodtager ansat siden 2026-05-01
      Og første fraværsdag er 2026-06-01
      Og sidste fraværsdag er 2026-07-31
      Og borgeren holder ferie uden aftale med kommunen fra 2026-07-06 til 2026-07-10
      Når sagen afgøres
      Så er sidste betalingsdag 2026-07-05
      Og udbetalingen ophører på grund af ferie uden aftale med kommunen
      Og der er udbetalt 20.424,00 kr. i alt

    # Går hjem syg fredag 5.6.2026: første fraværsdag er mandag 8.6. (10-21). Ferie uden aftale fra netop den dag er
    # en raskmelding fra 8.6. (31-19; FT-SDP-FERIE: sygefraværet slutter dagen før ferien, søndag 7.6.), så ingen
    # fraværsdag er tilbage: 0 dage x 816,96 = 0,00 kr. Sygdom efter ferien er en ny sag.
    @id:SDP-007-650 @sdl-7 @alvor:A
    Scenarie: Ferie uden aftale fra første fraværsdag: ingen sygedagpenge
      Givet en lønmodtager ansat siden 2026-05-01
      Og borgeren gik syg hjem fra arbejdet 2026-06-05
      Og sidste fraværsdag er 2026-06-30
      Og borgeren holder ferie uden aftale med kommunen fra 2026-06-08 til 2026-06-12
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og der er udbetalt 0,00 kr. i alt

    # Går hjem syg onsdag 9.9.2026 (ansat siden 2020, 148 timer): første fraværsdag torsdag 10.9. (10-21); ferie uden
    # aftale fra 10.9. er en raskmelding fra den dag (31-19; FT-SDP-FERIE), så der er ingen hel fraværsdag: ingen
    # arbejdsgiverperiode og ingen sygedagpenge fra arbejdsgiveren eller kommunen; 0 dage x 816,96 = 0,00 kr.
    @id:SDP-007-651 @sdl-7 @sdl-30 @alvor:A
    Scenarie: Ferie uden aftale fra første fraværsdag: heller ingen arbejdsgiverperiode
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet 2026-09-09
      Og sidste fraværsdag er 2026-10-30
      Og borgeren holder ferie uden aftale med kommunen fra 2026-09-10 til 2026-09-18
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og har borgeren ikke ret til sygedagpenge fra kommunen
      Og der er udbetalt 0,00 kr. i alt

    # Nyansat, går hjem syg tirsdag 1.12.2026: første fraværsdag onsdag 2.12. (10-21); ferie uden aftale fra 2.12. til
    # 11.12. er en raskmelding fra 2.12. (31-19; FT-SDP-FERIE): ingen fraværsdag; 0 dage x 816,96 = 0,00 kr.
    @id:SDP-007-652 @sdl-7 @alvor:A
    Scenarie: Ferie uden aftale fra første fraværsdag i december: ingen sygedagpenge
      Givet en lønmodtager ansat siden 2026-10-01
      Og borgeren gik syg hjem fra arbejdet 2026-12-01
      Og sidste fraværsdag er 2026-12-31
      Og borgeren holder ferie uden aftale med kommunen fra 2026-12-02 til 2026-12-11
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og der er udbetalt 0,00 kr. i alt

    # Nyansat, kommunen betaler fra mandag 1.6.2026; ferie uden aftale fra tirsdag 2.6. er en raskmelding fra 2.6.
    # (31-19; FT-SDP-FERIE): sidste betalingsdag 1.6., én fraværsdag: 1 x 816,96 = 816,96 kr.
    @id:SDP-007-653 @sdl-7 @alvor:A
    Scenarie: Ferie uden aftale fra dagen efter første fraværsdag: én dag betales
      Givet en lønmodtager ansat siden 2026-05-01
      Og første fraværsdag er 2026-06-01
      Og sidste fraværsdag er 2026-06-30
      Og borgeren holder ferie uden aftale med kommunen fra 2026-06-02 til 2026-06-05
      Når sagen afgøres
      Så er sidste betalingsdag 2026-06-01
      Og udbetalingen ophører på grund af ferie uden aftale med kommunen
      Og der er udbetalt 816,96 kr. i alt

    # Nyansat, første fraværsdag onsdag 4.3.2026; ferie uden aftale fra torsdag 5.3.: sidste betalingsdag 4.3.;
    # 1 x 816,96 = 816,96 kr.
    @id:SDP-007-654 @sdl-7 @alvor:A
    Scenarie: Ferie uden aftale fra anden fraværsdag midt i ugen
      Givet en lønmodtager ansat siden 2026-02-01
      Og første fraværsdag er 2026-03-04
      Og sidste fraværsdag er 2026-03-31
      Og borgeren holder ferie uden aftale med kommunen fra 2026-03-05 til 2026-03-13
      Når sagen afgøres
      Så er sidste betalingsdag 2026-03-04
      Og der er udbetalt 816,96 kr. i alt

    # Nyansat, går hjem syg tirsdag 8.9.2026: første fraværsdag onsdag 9.9. (10-21); ferie uden aftale fra torsdag
    # 10.9. er en raskmelding fra 10.9.: sidste betalingsdag 9.9.; 1 x 816,96 = 816,96 kr.
    @id:SDP-007-655 @sdl-7 @alvor:A
    Scenarie: Syg under arbejdet og ferie uden aftale dagen efter første fraværsdag
      Givet en lønmodtager ansat siden 2026-08-01
      Og borgeren gik syg hjem fra arbejdet 2026-09-08
      Og sidste fraværsdag er 2026-09-30
      Og borgeren holder ferie uden aftale med kommunen fra 2026-09-10 til 2026-09-18
      Når sagen afgøres
      Så er sidste betalingsdag 2026-09-09
      Og der er udbetalt 816,96 kr. i alt

    # Løn under sygdom og refusion fra 1.4.2026 (arbejdsgiverperioden 2.-31.3. forlænges ikke af ferie). April:
    # 1.4. (1 dag; skærtorsdag og langfredag ingen), 7.-10.4. (4; 2. påskedag ingen), 13.-17.4. (5), aftalt ferie
    # 20.-24.4. (0), 27.-30.4. (4): 14 x 816,96 = 11.437,44 kr.
    @id:SDP-054-101 @sdl-54 @alvor:B
    Scenarie: Aftalt ferie giver heller ikke refusion til arbejdsgiveren
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-30
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-20
      Og borgeren holder ferie aftalt med kommunen fra 2026-04-20 til 2026-04-24
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-31
      Og refusionen for uge 2026-W17 er 0,00 kr.
      Og refusionen for uge 2026-W18 er 3.267,84 kr.
      Og refusionen til arbejdsgiveren er 11.437,44 kr. i alt

  Regel: Ophører ansættelsen, betaler arbejdsgiveren til sidste ansættelsesdag og kommunen derefter

    # Timefortjeneste 200 kr. (over loftet). Ansættelsen ophører fredag 13.3.2026 i arbejdsgiverperioden:
    # arbejdsgiverperioden 2.-13.3.; kommunen fra lørdag 14.3. Ikke a-kassemedlem: § 47 fortsætter, 5.085 kr. om
    # ugen: uge 12 og 13 5.085,00; uge 14 (30.3.-3.4., skærtorsdag og langfredag ingen): 3 x 1.017 = 3.051,00;
    # i alt 13.221,00 kr. A-kassemedlem med 950,00 kr. om dagen (§ 51, stk. 3): 5 x 950 = 4.750,00 om ugen
    # (under loftet); 4.750 + 4.750 + 3 x 950 = 12.350,00 kr.
    @id:SDP-051-101 @sdl-51 @alvor:A
    Scenarie: Ansættelsen ophører i arbejdsgiverperioden: ikke a-kassemedlem
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-03
      Og ansættelsen ophører 2026-03-13
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-13
      Og kommunen betaler sygedagpenge fra 2026-03-14
      Og ugebeløbet er 5.085,00 kr.
      Og udbetalingen for uge 2026-W14 er 3.051,00 kr.
      Og der er udbetalt 13.221,00 kr. i alt

    @id:SDP-051-102 @sdl-51-stk-3 @alvor:A
    Scenarie: Ansættelsen ophører i arbejdsgiverperioden: a-kassemedlem får dagpengesatsen
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er 200,00 kr. i timen før arbejdsmarkedsbidrag
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-03
      Og ansættelsen ophører 2026-03-13
      Og borgeren er medlem af en a-kasse og kan få 950,00 kr. om dagen i dagpenge efter ophøret
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-13
      Og kommunen betaler sygedagpenge fra 2026-03-14
      Og ugebeløbet er 4.750,00 kr.
      Og udbetalingen for uge 2026-W14 er 2.850,00 kr.
      Og der er udbetalt 12.350,00 kr. i alt

    # Delvis sygemeldt 20 timer; ansættelsen ophører fredag 20.3.2026; derefter fuldt fravær (§ 53, stk. 2, nr. 1):
    # 37 x 110,40 = 4.084,80 kr. om ugen fra 21.3.: uge 13: 4.084,80; uge 14: 3 dage 2.450,88; uge 15 (2. påskedag
    # ingen): 4 dage 3.267,84; i alt 9.803,52 kr.
    @id:SDP-053-110 @sdl-53-stk-2 @alvor:A
    Scenarie: Delvis sygemeldt, der bliver ledig, får sygedagpenge som ved fuldt fravær
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren er delvis sygemeldt med 20 fraværstimer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-10
      Og ansættelsen ophører 2026-03-20
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-20
      Og kommunen betaler sygedagpenge fra 2026-03-21
      Og ugebeløbet er 4.084,80 kr.
      Og der er udbetalt 9.803,52 kr. i alt

    # Løn 5.000 kr. om ugen til ansættelsen ophører fredag 17.4.2026 (efter arbejdsgiverperioden 2.-31.3.):
    # refusion 1.-17.4.: 1.4. (1 dag), 7.-10.4. (4), 13.-17.4. (5) = 10 x 816,96 = 8.169,60 kr.; derefter betaler
    # kommunen borgeren 20.-30.4.: 5 + 4 = 9 x 816,96 = 7.352,64 kr.
    @id:SDP-054-102 @sdl-54 @alvor:B
    Scenarie: Ansættelsen ophører efter arbejdsgiverperioden: refusion til sidste ansættelsesdag, så borgeren
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-30
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-20
      Og ansættelsen ophører 2026-04-17
      Når sagen afgøres
      Så er refusionen til arbejdsgiveren 8.169,60 kr. i alt
      Og refusionen for uge 2026-W17 er 0,00 kr.
      Og udbetalingen for uge 2026-W17 er 4.084,80 kr.
      Og der er udbetalt 7.352,64 kr. i alt

  Regel: Flere tilfælde af raskmelding ved ferie, ophør og første hele fraværsdag

    # Ferie uden aftale fra mandag 3.8.2026: sidste betalingsdag søndag 2.8.; juni 22 + juli 23 = 45 x 816,96 =
    # 36.763,20 kr.
    @id:SDP-007-104 @sdl-7 @alvor:A
    Scenarie: Ferie uden aftale efter to måneders sygdom
      Givet en lønmodtager ansat siden 2026-05-01
      Og første fraværsdag er 2026-06-01
      Og sidste fraværsdag er 2026-08-31
      Og borgeren holder ferie uden aftale med kommunen fra 2026-08-03 til 2026-08-14
      Når sagen afgøres
      Så er sidste betalingsdag 2026-08-02
      Og udbetalingen ophører på grund af ferie uden aftale med kommunen
      Og der er udbetalt 36.763,20 kr. i alt

    # Løn og refusion fra 1.4.2026; ferie uden aftale fra 20.4.: sygefraværet slutter 19.4.; refusion 1.4. (1),
    # 7.-10.4. (4), 13.-17.4. (5) = 10 x 816,96 = 8.169,60 kr.
    @id:SDP-007-105 @sdl-7 @sdl-54 @alvor:B
    Scenarie: Ferie uden aftale stopper også refusionen
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-05-29
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-20
      Og borgeren holder ferie uden aftale med kommunen fra 2026-04-20 til 2026-04-24
      Når sagen afgøres
      Så er sidste betalingsdag 2026-04-19
      Og udbetalingen ophører på grund af ferie uden aftale med kommunen
      Og refusionen til arbejdsgiveren er 8.169,60 kr. i alt

    # Ansættelsen ophører 13.3.2026 (arbejdsgiverperioden 2.-13.3.); kommunen fra 14.3., uge 12 og 13.
    # SDP-051-103: a-kassemedlem 800,00 kr. om dagen: 4.000,00 om ugen (§ 51, stk. 3; ikke § 47's 4.084,80): 8.000,00.
    # SDP-051-104: a-kassemedlem 1.100,00 kr. om dagen: 5.500 > 5.085: 5.085,00 om ugen (§ 50): 10.170,00.
    # SDP-053-117: ikke medlem, delvis sygemeldt 10 timer: som fuldt fravær, 37 x 110,40 = 4.084,80 om ugen
    # (ikke 10 x 110,40 = 1.104,00): 8.169,60. SDP-053-118: ikke medlem, 30 timer ved 200 kr. (over loftet): fuldt
    # fravær 5.085,00 om ugen (ikke 30 x 137,4324 = 4.122,97): 10.170,00.
    @id:SDP-051-103 @sdl-51-stk-3 @alvor:A
    Scenarie: A-kassemedlem med en dagpengesats under § 47-beløbet
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-27
      Og ansættelsen ophører 2026-03-13
      Og borgeren er medlem af en a-kasse og kan få 800,00 kr. om dagen i dagpenge efter ophøret
      Når sagen afgøres
      Så er ugebeløbet 4.000,00 kr.
      Og der er udbetalt 8.000,00 kr. i alt

    @id:SDP-051-104 @sdl-51-stk-3 @sdl-50 @alvor:A
    Scenarie: A-kassemedlem med en dagpengesats over det højeste beløb
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-27
      Og ansættelsen ophører 2026-03-13
      Og borgeren er medlem af en a-kasse og kan få 1.100,00 kr. om dagen i dagpenge efter ophøret
      Når sagen afgøres
      Så er ugebeløbet 5.085,00 kr.
      Og der er udbetalt 10.170,00 kr. i alt

    @sdl-53-stk-2 @alvor:A
    Abstrakt Scenario: Delvis sygemeldt ikke-medlem, der bliver ledig, beregnes som fuldt fravær
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og timefortjenesten er <timefortjeneste> i timen før arbejdsmarkedsbidrag
      Og borgeren er delvis sygemeldt med <timer> fraværstimer om ugen
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-27
      Og ansættelsen ophører 2026-03-13
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | timefortjeneste | timer | ugebeløb     | udbetalt      |
        | SDP-053-117 | 120,00 kr.      | 10    | 4.084,80 kr. | 8.169,60 kr.  |
        | SDP-053-118 | 200,00 kr.      | 30    | 5.085,00 kr. | 10.170,00 kr. |

    # Går hjem syg fredag 6.3.2026: første hele fraværsdag mandag 9.3. (weekenden tæller ikke), arbejdsgiverperioden
    # 9.3.-7.4., kommunen fra onsdag 8.4.: 8.-10.4. 2.450,88 + uge 16 4.084,80 = 6.535,68 kr.
    @id:SDP-030-107 @alvor:A
    Scenarie: Syg under arbejdet en fredag: arbejdsgiverperioden fra mandag
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet 2026-03-06
      Og sidste fraværsdag er 2026-04-17
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-09 til 2026-04-07
      Og kommunen betaler sygedagpenge fra 2026-04-08
      Og der er udbetalt 6.535,68 kr. i alt

    # Nyansat, går hjem syg onsdag 1.4.2026: skærtorsdag, langfredag, weekend og 2. påskedag er ikke arbejdsdage;
    # første fraværsdag tirsdag 7.4.: 7.-10.4. 3.267,84 + uge 16 4.084,80 = 7.352,64 kr.
    @id:SDP-032-110 @sdl-32 @alvor:A
    Scenarie: Syg under arbejdet før påske: første fraværsdag efter påsken
      Givet en lønmodtager ansat siden 2026-02-02
      Og borgeren har arbejdet 40 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet 2026-04-01
      Og sidste fraværsdag er 2026-04-17
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2026-04-07
      Og der er udbetalt 7.352,64 kr. i alt

  Regel: Ferie, der begynder på sidste fraværsdag, og ferie, der slutter midt i en uge (Ankestyrelsen 31-19)

    # Nyansat, kommunen betaler fra første fraværsdag mandag 1.6.2026; 816,96 kr. pr. hverdag (grundlovsdag 5.6.
    # betales). Ferien begynder fredag 12.6.2026, fraværets sidste dag.
    # SDP-007-440: ferie uden aftale er en raskmelding fra 12.6.: sidste betalingsdag torsdag 11.6.; 1.-5.6. (5) og
    # 8.-11.6. (4) = 9 x 816,96 = 7.352,64 kr.
    @id:SDP-007-440 @sdl-7 @alvor:A
    Scenarie: Ferie uden aftale fra fraværets sidste dag
      Givet en lønmodtager ansat siden 2026-05-01
      Og første fraværsdag er 2026-06-01
      Og sidste fraværsdag er 2026-06-12
      Og borgeren holder ferie uden aftale med kommunen fra 2026-06-12 til 2026-06-19
      Når sagen afgøres
      Så er sidste betalingsdag 2026-06-11
      Og udbetalingen ophører på grund af ferie uden aftale med kommunen
      Og der er udbetalt 7.352,64 kr. i alt

    # SDP-007-441: aftalt ferie fra 12.6.: fredagen betales ikke; uge 2026-W24 (8.-12.6.): 4 x 816,96 = 3.267,84 kr.;
    # i alt 9 x 816,96 = 7.352,64 kr.
    @id:SDP-007-441 @sdl-7 @alvor:A
    Scenarie: Aftalt ferie fra fraværets sidste dag
      Givet en lønmodtager ansat siden 2026-05-01
      Og første fraværsdag er 2026-06-01
      Og sidste fraværsdag er 2026-06-12
      Og borgeren holder ferie aftalt med kommunen fra 2026-06-12 til 2026-06-19
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W24 3.267,84 kr.
      Og der er udbetalt 7.352,64 kr. i alt

    # SDP-007-442: aftalt ferie mandag 8.-onsdag 10.6.2026; udbetalingen genoptages dagen efter, torsdag 11.6.
    # (31-19). Uge 2026-W23 (1.-5.6.): 4.084,80; uge 2026-W24: 11. og 12.6. = 2 x 816,96 = 1.633,92; uge 2026-W25
    # (15.-19.6.): 4.084,80; i alt 12 x 816,96 = 9.803,52 kr.
    @id:SDP-007-442 @sdl-7 @alvor:A
    Scenarie: Aftalt ferie, der slutter en onsdag: udbetalingen genoptages torsdag
      Givet en lønmodtager ansat siden 2026-05-01
      Og første fraværsdag er 2026-06-01
      Og sidste fraværsdag er 2026-06-19
      Og borgeren holder ferie aftalt med kommunen fra 2026-06-08 til 2026-06-10
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W24 1.633,92 kr.
      Og udbetalingen for uge 2026-W25 er 4.084,80 kr.
      Og der er udbetalt 9.803,52 kr. i alt

  Regel: Ingen hel fraværsdag: ingen sygedagpenge (Ankestyrelsen 10-21)

    # SDP-030-443: går syg hjem fredag 6.3.2026, fraværet slutter søndag 8.3.: den næste dag, borgeren skulle have
    # arbejdet, er mandag 9.3., efter fraværet: ingen hel fraværsdag (FT-SDP-FOERSTE-DAG).
    # SDP-030-444: går syg hjem onsdag 4.3.2026 og er rask igen samme dag.
    @alvor:A
    Abstrakt Scenario: Syg under arbejdet uden en hel fraværsdag bagefter
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og borgeren gik syg hjem fra arbejdet <hjem>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra arbejdsgiveren
      Og borgeren har ikke ret til sygedagpenge fra kommunen
      Og årsagen er, at borgeren ikke har nogen hel fraværsdag
      Og kommunen betaler ikke sygedagpenge

      Eksempler:
        | id          | hjem       | sidste     |
        | SDP-030-443 | 2026-03-06 | 2026-03-08 |
        | SDP-030-444 | 2026-03-04 | 2026-03-04 |

  Regel: Ferien begynder på fraværets sidste dag: uden aftale en raskmelding, med aftale en dag uden betaling

    # Nyansat, kommunen betaler fra første fraværsdag; 816,96 kr. pr. hverdag (Ankestyrelsen 31-19, FT-SDP-FERIE).
    # SDP-007-433: fravær mandag 1.-onsdag 17.6.2026, ferie uden aftale fra 17.6.: raskmeldt fra 17.6.; betalt 1.-5.6.
    # (5), 8.-12.6. (5), 15.-16.6. (2) = 12 x 816,96 = 9.803,52 kr.; sidste betalingsdag 16.6.
    # SDP-007-434: fravær mandag 7.-fredag 25.9.2026, ferie uden aftale fra 25.9.: betalt 7.-11.9. (5), 14.-18.9. (5),
    # 21.-24.9. (4) = 14 x 816,96 = 11.437,44 kr.; sidste betalingsdag 24.9.
    @sdl-7 @alvor:A
    Abstrakt Scenario: Ferie uden aftale, der begynder på fraværets sidste dag
      Givet en lønmodtager ansat siden <ansat>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren holder ferie uden aftale med kommunen fra <sidste> til <ferie_til>
      Når sagen afgøres
      Så er sidste betalingsdag <sidste_betaling>
      Og udbetalingen ophører på grund af ferie uden aftale med kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | ferie_til  | sidste_betaling | udbetalt      |
        | SDP-007-433 | 2026-05-01 | 2026-06-01 | 2026-06-17 | 2026-06-26 | 2026-06-16      | 9.803,52 kr.  |
        | SDP-007-434 | 2026-08-03 | 2026-09-07 | 2026-09-25 | 2026-10-02 | 2026-09-24      | 11.437,44 kr. |

    # SDP-007-435: aftalt ferie fra onsdag 17.6.2026 (fravær 1.-17.6.): uge 2026-W25 (15.-19.6.): 15. og 16.6. =
    # 2 x 816,96 = 1.633,92 kr.; i alt 12 x 816,96 = 9.803,52 kr.
    # SDP-007-436: aftalt ferie fra fredag 25.9.2026 (fravær 7.-25.9.): uge 2026-W39 (21.-25.9.): 4 x 816,96 =
    # 3.267,84 kr.; i alt 14 x 816,96 = 11.437,44 kr.
    @sdl-7 @alvor:A
    Abstrakt Scenario: Aftalt ferie, der begynder på fraværets sidste dag
      Givet en lønmodtager ansat siden <ansat>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren holder ferie aftalt med kommunen fra <sidste> til <ferie_til>
      Når sagen afgøres
      Så er udbetalingen for uge <uge> <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | ansat      | første     | sidste     | ferie_til  | uge      | ugebeløb     | udbetalt      |
        | SDP-007-435 | 2026-05-01 | 2026-06-01 | 2026-06-17 | 2026-06-26 | 2026-W25 | 1.633,92 kr. | 9.803,52 kr.  |
        | SDP-007-436 | 2026-08-03 | 2026-09-07 | 2026-09-25 | 2026-10-02 | 2026-W39 | 3.267,84 kr. | 11.437,44 kr. |
