# language: da
@sdl-53
Egenskab: Delvis sygemelding
  En lønmodtager, der er delvis uarbejdsdygtig, får nedsatte sygedagpenge med samme beløb pr. fraværstime som
  ved fuldt fravær (§ 53, stk. 1), når fraværet er mindst 4 timer om ugen. Ledige på dagpenge beregnes som
  ved fuldt fravær (§ 53, stk. 2, nr. 2).
  Faktaark 1.7; fortolkninger FT-SDP-DELVIS, FT-SDP-AFRUNDING.
  Borgerne i de første regler er nyansatte uden ret over for arbejdsgiveren, så kommunen betaler fra første dag.

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
      Og udbetalingen for uge 2024-W14 er <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler: Fra grænsen på 4 timer til fuld tid
        | id          | timer | ugebeløb     | udbetalt     |
        | SDP-053-001 | 4     | 441,60 kr.   | 883,20 kr.   |
        | SDP-053-002 | 4,5   | 496,80 kr.   | 993,60 kr.   |
        | SDP-053-003 | 18,5  | 2.042,40 kr. | 4.084,80 kr. |
        | SDP-053-004 | 36    | 3.974,40 kr. | 7.948,80 kr. |

      Eksempler: Fravær svarende til hele arbejdstiden eller mere er fuldt fravær
        | id          | timer | ugebeløb     | udbetalt     |
        | SDP-053-005 | 37    | 4.084,80 kr. | 8.169,60 kr. |
        | SDP-053-006 | 40    | 4.084,80 kr. | 8.169,60 kr. |

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
        | SDP-053-010 | 37         | 37        | 1.268,92 kr. | 2.537,84 kr. |
        | SDP-053-011 | 40         | 40        | 1.173,75 kr. | 2.347,50 kr. |

  Regel: Delvis sygemelding efter arbejdsgiverperioden

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
      Og udbetalingen for uge 2024-W19 er 2.208,00 kr.
      Og der er udbetalt 3.532,80 kr. i alt

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
