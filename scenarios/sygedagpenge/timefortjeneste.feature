# language: da
@sdl-47
Egenskab: Timefortjenesten af den indberettede løn
  Kommunens sygedagpenge regnes af den timefortjeneste, som lønmodtageren i gennemsnit har opnået i de seneste 3
  afsluttede kalendermåneder før første fraværsdag, efter arbejdsmarkedsbidrag (§ 47; pav.medst.dk 24.3.3). Har sagen
  arbejdsgiverens indberetninger af løn og løntimer pr. måned, er timefortjenesten den samlede løn delt med de samlede
  løntimer i de af de 3 måneder, der er indberettet; ældre måneder og fraværets egen måned bruges ikke; kvotienten
  afrundes ikke, timefortjenesten efter arbejdsmarkedsbidrag (x 0,92) afrundes til øre (FT-SDP-TIMEFORTJENESTE,
  FT-SDP-AFRUNDING; parameteren timefortjeneste_maaneder = 3). Derefter som i beregning_og_loft: timesatsen højst
  4.695 / 37 = 126,8919 kr. (2024, FT-SDP-LOFT-TIME), ugebeløb = timesats x 37 timer, højst 4.695 kr.
  Baggrundens første fraværsdag, mandag 1. april 2024, er 2. påskedag: uge 2024-W14 har 4 betalte dage (ugebeløb x 4/5,
  afrundet til øre), uge 2024-W15 fem; i alt ugebeløb x 4/5 + ugebeløb. De 3 afsluttede måneder er januar, februar og
  marts 2024. Borgeren har kun 20 timer hos arbejdsgiveren i de seneste 8 uger (§ 30, stk. 2 ikke opfyldt), så kommunen
  betaler fra første fraværsdag (§ 32: 160 timer om måneden).
  SDP-047-101: 3 x 22.000 = 66.000 kr. / 3 x 160,33 = 480,99 timer = 137,2170 kr.; x 0,92 = 126,2396 -> 126,24 kr.
  (under loftet); x 37 = 4.670,88 kr.; uge 14: 4.670,88 x 4/5 = 3.736,704 -> 3.736,70; i alt 8.407,58 kr.
  SDP-047-102: 20.000 + 20.000 + 23.000 = 63.000 / 480,99 = 130,9799; x 0,92 = 120,5015 -> 120,50; x 37 = 4.458,50;
  uge 14: 3.566,80; i alt 8.025,30 kr. (Marts alene: 23.000 / 160,33 = 143,45, x 0,92 = 131,98 over loftet: 4.695 kr.)
  SDP-047-103: 9.250,00 + 17.662,50 + 12.390,00 = 39.302,50 kr. / (92,5 + 141,25 + 118 = 351,75 timer) = 111,7342;
  x 0,92 = 102,7955 -> 102,80; x 37 = 3.803,60; uge 14: 3.042,88; i alt 6.846,48 kr. (Gennemsnittet af månedernes
  timelønninger, (100 + 125 + 105) / 3 = 110,00, gav 101,20 og 3.744,40 kr. om ugen.)
  SDP-047-104: december 2023 og april 2024 er uden for de 3 måneder; 3 x 18.500 = 55.500 / 480,99 = 115,3870;
  x 0,92 = 106,1561 -> 106,16; x 37 = 3.927,92; uge 14: 3.142,336 -> 3.142,34; i alt 7.070,26 kr.
  SDP-047-105: januar er ikke indberettet (orlov uden løn): (19.000 + 21.000) / (160,33 + 148) = 40.000 / 308,33 =
  129,7311; x 0,92 = 119,3526 -> 119,35; x 37 = 4.415,95; uge 14: 3.532,76; i alt 7.948,71 kr.
  SDP-047-106: 3 x 42.000 / 480,99 = 261,9597; x 0,92 = 241,00 over loftet 126,8919: ugebeløbet er det højeste beløb
  4.695,00 kr.; uge 14: 3.756,00; i alt 8.451,00 kr.

  Baggrund:
    Givet en lønmodtager ansat siden 2023-06-01
    Og borgeren har arbejdet 20 timer hos arbejdsgiveren i de seneste 8 uger
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
    Og arbejdstiden er 37 timer om ugen
    Og første fraværsdag er 2024-04-01
    Og sidste fraværsdag er 2024-04-12

  Regel: Timefortjenesten er den samlede løn delt med de samlede løntimer i de 3 seneste afsluttede måneder

    @alvor:A @id:SDP-047-101
    Scenarie: Samme månedsløn i alle 3 måneder
      Givet arbejdsgiveren har indberettet denne løn for ansættelsen:
        | måned   | løn           | timer  |
        | 2024-01 | 22.000,00 kr. | 160,33 |
        | 2024-02 | 22.000,00 kr. | 160,33 |
        | 2024-03 | 22.000,00 kr. | 160,33 |
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og ugebeløbet er 4.670,88 kr.
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og udbetalingen for uge 2024-W14 er 3.736,70 kr.
      Og der er udbetalt 8.407,58 kr. i alt

    @alvor:A @id:SDP-047-102
    Scenarie: En lønstigning i den sidste måned tæller med en tredjedel
      Givet arbejdsgiveren har indberettet denne løn for ansættelsen:
        | måned   | løn           | timer  |
        | 2024-03 | 23.000,00 kr. | 160,33 |
        | 2024-01 | 20.000,00 kr. | 160,33 |
        | 2024-02 | 20.000,00 kr. | 160,33 |
      Når sagen afgøres
      Så er ugebeløbet 4.458,50 kr.
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og udbetalingen for uge 2024-W14 er 3.566,80 kr.
      Og der er udbetalt 8.025,30 kr. i alt

    @alvor:A @id:SDP-047-103
    Scenarie: Timeløn med skiftende timer: samlet løn delt med samlede timer
      Givet arbejdsgiveren har indberettet denne løn for ansættelsen:
        | måned   | løn           | timer  |
        | 2024-01 | 9.250,00 kr.  | 92,5   |
        | 2024-02 | 17.662,50 kr. | 141,25 |
        | 2024-03 | 12.390,00 kr. | 118    |
      Når sagen afgøres
      Så er ugebeløbet 3.803,60 kr.
      Og udbetalingen for uge 2024-W14 er 3.042,88 kr.
      Og der er udbetalt 6.846,48 kr. i alt

    @alvor:A @id:SDP-047-104
    Scenarie: En ældre måned og fraværets egen måned bruges ikke
      Givet arbejdsgiveren har indberettet denne løn for ansættelsen:
        | måned   | løn           | timer  |
        | 2023-12 | 50.000,00 kr. | 100    |
        | 2024-01 | 18.500,00 kr. | 160,33 |
        | 2024-02 | 18.500,00 kr. | 160,33 |
        | 2024-03 | 18.500,00 kr. | 160,33 |
        | 2024-04 | 1.000,00 kr.  | 10     |
      Når sagen afgøres
      Så er ugebeløbet 3.927,92 kr.
      Og udbetalingen for uge 2024-W14 er 3.142,34 kr.
      Og der er udbetalt 7.070,26 kr. i alt

    @alvor:A @id:SDP-047-105
    Scenarie: En måned uden løn er ikke indberettet: de andre to deles
      Givet arbejdsgiveren har indberettet denne løn for ansættelsen:
        | måned   | løn           | timer  |
        | 2024-02 | 19.000,00 kr. | 160,33 |
        | 2024-03 | 21.000,00 kr. | 148    |
      Når sagen afgøres
      Så er ugebeløbet 4.415,95 kr.
      Og udbetalingen for uge 2024-W14 er 3.532,76 kr.
      Og der er udbetalt 7.948,71 kr. i alt

    @alvor:A @id:SDP-047-106
    Scenarie: Over timeloftet er gennemsnittet uden betydning for beløbet
      Givet arbejdsgiveren har indberettet denne løn for ansættelsen:
        | måned   | løn           | timer  |
        | 2024-01 | 42.000,00 kr. | 160,33 |
        | 2024-02 | 42.000,00 kr. | 160,33 |
        | 2024-03 | 42.000,00 kr. | 160,33 |
      Når sagen afgøres
      Så er ugebeløbet 4.695,00 kr.
      Og ugebeløbet er begrænset af det højeste beløb
      Og udbetalingen for uge 2024-W14 er 3.756,00 kr.
      Og der er udbetalt 8.451,00 kr. i alt
