# language: da
@sdl-41 @sdl-45
Egenskab: Selvstændige erhvervsdrivende
  En selvstændig uden forsikring får sygedagpenge fra kommunen efter 2 ugers sygdom, dvs. fra 15. kalenderdag;
  med forsikring hos Udbetaling Danmark fra 1. eller 3. fraværsdag (§ 41, § 45). Beskæftigelseskravet er
  virksomhed i væsentligt omfang i mindst 6 af de seneste 12 måneder, heraf måneden før fraværet (§ 42).
  Ugebeløbet er beregningsgrundlaget, højst det højeste beløb (5.085 kr. i 2026); forsikrede får mindst 2/3 af
  det højeste beløb, 3.390 kr. i 2026 (§ 45, stk. 2). Delvis uarbejdsdygtige får 3/4 eller 1/2 (§ 53, stk. 3).
  Faktaark 1.2, 1.4 C, 1.7, 1.11 S9; fortolkninger FT-SDP-SELVSTAENDIG, FT-SDP-DELVIS, FT-SDP-38-FRIST.

  Baggrund:
    Givet virksomheden er drevet i væsentligt omfang i 12 af de seneste 12 måneder
    Og virksomheden er drevet i måneden før fraværet
    Og beregningsgrundlaget er 6.000,00 kr. om ugen
    Og første fraværsdag er 2. februar 2026
    Og sidste fraværsdag er 27. februar 2026

  Regel: Kommunen betaler fra 15. dag uden forsikring og fra 1. eller 3. dag med forsikring

    @alvor:A
    Abstrakt Scenario: Første dag med sygedagpenge efter forsikringen
      Givet en selvstændig <forsikring>
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og ugebeløbet er 5.085,00 kr.
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | forsikring                  | kommune_fra | udbetalt      |
        | SDP-041-001 | uden forsikring             | 2026-02-16  | 10.170,00 kr. |
        | SDP-041-002 | forsikret fra 1. fraværsdag | 2026-02-02  | 20.340,00 kr. |
        | SDP-041-003 | forsikret fra 3. fraværsdag | 2026-02-04  | 18.306,00 kr. |

    @alvor:A
    Abstrakt Scenario: Uforsikret syg i 14 og 15 dage
      Givet en selvstændig uden forsikring
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er der udbetalt <udbetalt> i alt

      Eksempler:
        | id          | sidste     | udbetalt     |
        | SDP-041-004 | 2026-02-15 | 0,00 kr.     |
        | SDP-041-005 | 2026-02-16 | 1.017,00 kr. |

  Regel: Ugebeløbet er beregningsgrundlaget, højst 5.085 kr. og for forsikrede mindst 3.390 kr. (2026)

    @alvor:A
    Abstrakt Scenario: Beregningsgrundlag under og over grænserne
      Givet en selvstændig <forsikring>
      Og beregningsgrundlaget er <grundlag> om ugen
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | forsikring                  | grundlag     | ugebeløb     | udbetalt      |
        | SDP-045-001 | uden forsikring             | 2.000,00 kr. | 2.000,00 kr. | 4.000,00 kr.  |
        | SDP-045-002 | forsikret fra 3. fraværsdag | 2.000,00 kr. | 3.390,00 kr. | 12.204,00 kr. |
        | SDP-045-003 | forsikret fra 1. fraværsdag | 3.390,00 kr. | 3.390,00 kr. | 13.560,00 kr. |
        | SDP-045-004 | forsikret fra 1. fraværsdag | 3.500,00 kr. | 3.500,00 kr. | 14.000,00 kr. |
        | SDP-045-005 | forsikret fra 1. fraværsdag | 2.000,00 kr. | 3.390,00 kr. | 13.560,00 kr. |
        | SDP-045-006 | uden forsikring             | 3.000,00 kr. | 3.000,00 kr. | 6.000,00 kr.  |

  Regel: Virksomhed i væsentligt omfang i 6 af 12 måneder, heraf måneden før (§ 42)

    @sdl-42 @alvor:A
    Abstrakt Scenario: Beskæftigelseskravet for selvstændige
      Givet en selvstændig uden forsikring
      Og virksomheden er drevet i væsentligt omfang i <måneder> af de seneste 12 måneder
      Og virksomheden <drevet> drevet i måneden før fraværet
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | måneder | drevet  | ret      | udbetalt      |
        | SDP-042-001 | 6       | er      | ret      | 10.170,00 kr. |
        | SDP-042-002 | 5       | er      | ikke ret | 0,00 kr.      |
        | SDP-042-003 | 6       | er ikke | ikke ret | 0,00 kr.      |
        | SDP-042-004 | 12      | er ikke | ikke ret | 0,00 kr.      |

  Regel: Delvis uarbejdsdygtig selvstændig får 3/4 eller 1/2 af ugebeløbet (§ 53, stk. 3)

    @sdl-53-stk-3 @alvor:A
    Abstrakt Scenario: Hvor meget af sit normale arbejde den selvstændige kan udføre
      Givet en selvstændig uden forsikring
      Og den selvstændige kan udføre <evne> af sit normale arbejde
      Når sagen afgøres
      Så er ugebeløbet <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | evne               | ugebeløb     | udbetalt     |
        | SDP-053-014 | højst en fjerdedel | 3.813,75 kr. | 7.627,50 kr. |
        | SDP-053-015 | højst halvdelen    | 2.542,50 kr. | 5.085,00 kr. |

    @id:SDP-053-016 @sdl-53-stk-3 @alvor:A
    Scenarie: Kan den selvstændige udføre mere end halvdelen, er der ikke ret til sygedagpenge
      Givet en selvstændig uden forsikring
      Og den selvstændige kan udføre mere end halvdelen af sit normale arbejde
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og kommunen betaler ikke sygedagpenge
      Og årsagen er, at den selvstændige kan udføre mere end halvdelen af sit arbejde

  Regel: Fristen for anmodning: 3 uger efter første fraværsdag uden forsikring, 1 uge efter rettens start med forsikring

    @sdl-38 @alvor:B
    Abstrakt Scenario: Selvstændiges frist for anmodning til kommunen
      Givet en selvstændig <forsikring>
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning <frist> og <overholdt> overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | forsikring                  | anmodning  | frist      | overholdt | kommune_fra | udbetalt      |
        | SDP-038-018 | uden forsikring             | 2026-02-23 | 2026-02-23 | er        | 2026-02-16  | 10.170,00 kr. |
        | SDP-038-019 | forsikret fra 1. fraværsdag | 2026-02-09 | 2026-02-09 | er        | 2026-02-02  | 20.340,00 kr. |
        | SDP-038-020 | forsikret fra 1. fraværsdag | 2026-02-10 | 2026-02-09 | er ikke   | 2026-02-10  | 14.238,00 kr. |
        | SDP-038-021 | forsikret fra 3. fraværsdag | 2026-02-11 | 2026-02-11 | er        | 2026-02-04  | 18.306,00 kr. |

  Regel: Afgørelsen siger, om den selvstændige opfylder beskæftigelseskravet

    @sdl-42 @alvor:C
    Abstrakt Scenario: Begrundelsen for selvstændiges ret
      Givet en selvstændig uden forsikring
      Og virksomheden er drevet i væsentligt omfang i <måneder> af de seneste 12 måneder
      Når sagen afgøres
      Så er årsagen, at <årsag>

      Eksempler:
        | id          | måneder | årsag                                               |
        | SDP-042-005 | 6       | den selvstændige opfylder beskæftigelseskravet      |
        | SDP-042-006 | 5       | den selvstændige ikke opfylder beskæftigelseskravet |

  Regel: For selvstændige tæller de første 14 dage ikke med i de 22 uger (§ 24)

    @sdl-24 @alvor:A
    Abstrakt Scenario: Revurderingstidspunktet for en selvstændig syg hele 2026
      Givet en selvstændig <forsikring>
      Og sidste fraværsdag er 2026-12-31
      Når sagen afgøres
      Så er revurderingstidspunktet 2026-07-20
      Og sidste betalingsdag er 2026-07-31
      Og udbetalingen ophører på grund af varighedsbegrænsningen

      Eksempler:
        | id          | forsikring                  |
        | SDP-024-010 | uden forsikring             |
        | SDP-024-011 | forsikret fra 1. fraværsdag |

  Regel: Søgnehelligdage på hverdage betales heller ikke til selvstændige (§ 53 a)

    # Beregningsgrundlaget 6.000 kr. er over det højeste beløb: 5.085 kr. om ugen, 1.017 kr. pr. dag (2026).
    # Uge 2026-W14 (30.3.-3.4.): skærtorsdag 2.4. og langfredag 3.4. betales ikke: 3 x 1.017 = 3.051,00.
    # Uge 2026-W15 (6.-10.4.): 2. påskedag 6.4. betales ikke: 4 x 1.017 = 4.068,00. I alt 7.119,00 kr.
    # At § 53 a også gælder selvstændige, bygger på kildernes generelle ordlyd (FT-SDP-DAGE).
    @id:SDP-053-107 @sdl-53a @alvor:A
    Scenarie: Forsikret selvstændig over påsken 2026
      Givet en selvstændig forsikret fra 1. fraværsdag
      Og første fraværsdag er 2026-03-30
      Og sidste fraværsdag er 2026-04-10
      Når sagen afgøres
      Så er udbetalingen for uge 2026-W14 3.051,00 kr.
      Og udbetalingen for uge 2026-W15 er 4.068,00 kr.
      Og der er udbetalt 7.119,00 kr. i alt

  Regel: Forsikret fra 3. fraværsdag: kun dage, den selvstændige skulle have arbejdet, tæller (Ankestyrelsen 1/2019)

    # 3. fraværsdag tæller mandag-fredag undtagen helligdage (FT-SDP-SELVSTAENDIG); 1.017 kr. pr. dag (5.085/5).
    # SDP-041-101: fredag 6.3.2026, mandag 9.3., tirsdag 10.3.: uge 11 10.-13.3. 4 x 1.017 = 4.068; uge 12 5.085;
    # i alt 9.153,00. SDP-041-102: skærtorsdag 2.4.2026 er 1. fraværsdag; langfredag og 2. påskedag tæller ikke:
    # tirsdag 7.4. (2.), onsdag 8.4. (3.): uge 15 8.-10.4. 3.051; uge 16 5.085; i alt 8.136,00.
    # SDP-041-103: onsdag 13.5.2026; Kristi himmelfartsdag tæller ikke: fredag 15.5. (2.), mandag 18.5. (3.): uge 21
    # 5.085; uge 22 (2. pinsedag 25.5. uden betaling) 4.068; i alt 9.153,00. SDP-041-104: fredag 1.5.2026 (1. maj
    # er ingen helligdag, men en fredag): mandag 4.5. (2.), tirsdag 5.5. (3.): uge 19 4 x 1.017 = 4.068; uge 20
    # (Kristi himmelfartsdag 14.5. uden betaling) 4.068; i alt 8.136,00.
    @alvor:A
    Abstrakt Scenario: 3. fraværsdag efter en fredag eller en helligdag
      Givet en selvstændig forsikret fra 3. fraværsdag
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra <tredje>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | første     | sidste     | tredje     | udbetalt     |
        | SDP-041-101 | 2026-03-06 | 2026-03-20 | 2026-03-10 | 9.153,00 kr. |
        | SDP-041-102 | 2026-04-02 | 2026-04-17 | 2026-04-08 | 8.136,00 kr. |
        | SDP-041-103 | 2026-05-13 | 2026-05-29 | 2026-05-18 | 9.153,00 kr. |
        | SDP-041-104 | 2026-05-01 | 2026-05-15 | 2026-05-05 | 8.136,00 kr. |

    # Fravær på én dag, fredag 6.3.2026, forsikret fra 1. fraværsdag: 1.017,00 kr.
    @id:SDP-041-105 @alvor:A
    Scenarie: Selvstændig forsikret fra 1. fraværsdag, syg én dag
      Givet en selvstændig forsikret fra 1. fraværsdag
      Og første fraværsdag er 2026-03-06
      Og sidste fraværsdag er 2026-03-06
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2026-03-06
      Og der er udbetalt 1.017,00 kr. i alt

    # Revurderingstidspunkt på en fredag: forsikret fra 1. fraværsdag, første fraværsdag fredag 7.2.2025; de
    # første 14 dage tæller ikke (§ 24, stk. 3), talt fra fredag 21.2.: februar 6, marts 21, april 22, maj 22, juni
    # 21 = 92; juli 1.-25.: 19 dage -> 111. dag fredag 25.7.2025; ophør 31.7., jobafklaringsforløb fra 1.8.
    @id:SDP-024-107 @sdl-24 @alvor:A
    Scenarie: Selvstændig: revurderingstidspunkt på en fredag
      Givet en selvstændig forsikret fra 1. fraværsdag
      Og første fraværsdag er 2025-02-07
      Og sidste fraværsdag er 2025-09-30
      Når sagen afgøres
      Så er revurderingstidspunktet 2025-07-25
      Og sidste betalingsdag er 2025-07-31
      Og jobafklaringsforløbet begynder 2025-08-01

  Regel: For en forsikret selvstændig tæller de første 14 kalenderdage ikke med i de 22 uger (§ 24, stk. 3)

    # varighed_ikke_medregnet_dage_selvstaendig = 14 (parametre/varighed.yaml, cabiweb.dk), varighed_dage = 110.
    # Første fraværsdag midt i ugen, så dag 14 og dag 15 begge er hverdage.
    # SDP-024-203: forsikret fra 3. fraværsdag, onsdag 4.3.2026 (betaling fra fredag 6.3.); talt fra onsdag 18.3.:
    # marts 10, april 22, maj 21, juni 22, juli 23 = 98; august 3.-7. (103), 10.-14. (108), 17., 18., 19. (111) ->
    # onsdag 19.8.2026, ophør 31.8., jobafklaringsforløb fra 1.9. (talt fra dag 14, 17.3.: tirsdag 18.8.).
    # SDP-024-204: forsikret fra 1. fraværsdag, tirsdag 2.9.2025; talt fra tirsdag 16.9.: september 11, oktober 23,
    # november 20, december 23, januar 22 = 99; februar 2.-6. (104), 9.-13. (109), 16. (110), 17. (111) -> tirsdag
    # 17.2.2026, ophør 28.2., jobafklaringsforløb fra 1.3.2026 (talt fra 15.9.: mandag 16.2.).
    @sdl-24 @alvor:A
    Abstrakt Scenario: Revurderingstidspunktet, når fraværet begynder midt i ugen
      Givet en selvstændig <forsikring>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er revurderingstidspunktet <revurdering>
      Og sidste betalingsdag er <sidste_betaling>
      Og jobafklaringsforløbet begynder <jobafklaring>

      Eksempler:
        | id          | forsikring                  | første     | sidste     | revurdering | sidste_betaling | jobafklaring |
        | SDP-024-203 | forsikret fra 3. fraværsdag | 2026-03-04 | 2026-10-30 | 2026-08-19  | 2026-08-31      | 2026-09-01   |
        | SDP-024-204 | forsikret fra 1. fraværsdag | 2025-09-02 | 2026-04-30 | 2026-02-17  | 2026-02-28      | 2026-03-01   |

  Regel: Det højeste beløb 2014-2015 for en selvstændig over årsskiftet (§ 50, stk. 1, jf. §§ 45 og 64)

    # hoejeste_beloeb_pr_uge (parametre/hoejeste_beloeb.yaml; retsinformation): 4.075 kr. fra 6.1.2014 og 4.135
    # kr. fra mandag 5.1.2015. Beregningsgrundlaget 6.000 kr. er over begge: ugebeløbet er det højeste beløb,
    # dagsatsen 815 (2014) og 827 kr. (2015). Forsikret fra 1. fraværsdag, mandag 29.12.2014 til fredag 16.1.2015
    # (en lønmodtager kan ikke bruges: § 32 før 5.1.2015 er uden for referencen). Uge 2015-W01 (29.12.2014-2.1.2015):
    # nytårsdag torsdag betales ikke (§ 53 a): 4 x 815 = 3.260,00; uge 2015-W02 og -W03 4.135,00 hver; i alt
    # 11.530,00 kr.
    # Vejledende som de andre scenarier med første fraværsdag før 2021 (satsskift.feature).
    @id:SDP-064-207 @sdl-50 @sdl-64 @alvor:A @vejledende
    Scenarie: Selvstændig over loftet fra 2014 til 2015
      Givet en selvstændig forsikret fra 1. fraværsdag
      Og første fraværsdag er 2014-12-29
      Og sidste fraværsdag er 2015-01-16
      Når sagen afgøres
      Så er det højeste beløb fra 2014-12-29 4.075,00 kr. om ugen
      Og det højeste beløb fra 2015-01-05 er 4.135,00 kr. om ugen
      Og ugebeløbet fra 2015-01-05 er 4.135,00 kr.
      Og udbetalingen for uge 2015-W01 er 3.260,00 kr.
      Og udbetalingen for uge 2015-W02 er 4.135,00 kr.
      Og der er udbetalt 11.530,00 kr. i alt

    # Samme højeste beløb (hoejeste_beloeb_pr_uge, se ovenfor og satsskift.feature) for en selvstændig forsikret fra 1.
    # fraværsdag, over loftet, i ugen før og ugen med satsskiftet; dagsats = det højeste beløb/5.
    # SDP-064-208: 30.12.2014-9.1.2015: uge 2015-W01 (30.12., 31.12., 2.1.; nytårsdag) 3 x 815 = 2.445,00; uge
    # 2015-W02 4.135,00; i alt 6.580,00.
    # SDP-064-209: 21.12.2015-8.1.2016: uge 2015-W52 (1. juledag fredag 25.12.) 4 x 827 = 3.308,00; uge 2015-W53
    # (nytårsdag fredag) 3.308,00; uge 2016-W01 4.180,00; i alt 10.796,00.
    # SDP-064-210: 27.12.2016-6.1.2017: uge 2016-W52 (27.-30.12.) 4 x 836 = 3.344,00; uge 2017-W01 4.245,00; i alt
    # 7.589,00.
    # SDP-064-211: 27.12.2017-5.1.2018: uge 2017-W52 (27.-29.12.) 3 x 849 = 2.547,00; uge 2018-W01 (nytårsdag mandag)
    # 4 x 860 = 3.440,00; i alt 5.987,00.
    # SDP-064-212: 2.1.-11.1.2019: uge 2019-W01 (2.-4.1.) 3 x 860 = 2.580,00; uge 2019-W02 4.355,00; i alt 6.935,00.
    # SDP-064-213: 2.1.-10.1.2020: uge 2020-W01 (2.-3.1.) 2 x 871 = 1.742,00; uge 2020-W02 4.405,00; i alt 6.147,00.
    # SDP-064-214: 28.12.2020-8.1.2021: uge 2020-W53 (nytårsdag fredag) 4 x 881 = 3.524,00; uge 2021-W01 4.460,00;
    # i alt 7.984,00.
    @sdl-50 @sdl-64 @alvor:A @vejledende
    Abstrakt Scenario: Selvstændig over loftet i ugen før og ugen med satsskiftet, 2015-2021
      Givet en selvstændig forsikret fra 1. fraværsdag
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er det højeste beløb fra <skift> <nyt> om ugen
      Og udbetalingen for uge <uge_før> er <beløb_før>
      Og udbetalingen for uge <uge_skift> er <beløb_skift>
      Og der er udbetalt <i_alt> i alt

      Eksempler:
        | id          | første     | sidste     | skift      | nyt          | uge_før  | beløb_før    | uge_skift | beløb_skift  | i_alt         |
        | SDP-064-208 | 2014-12-30 | 2015-01-09 | 2015-01-05 | 4.135,00 kr. | 2015-W01 | 2.445,00 kr. | 2015-W02  | 4.135,00 kr. | 6.580,00 kr.  |
        | SDP-064-209 | 2015-12-21 | 2016-01-08 | 2016-01-04 | 4.180,00 kr. | 2015-W53 | 3.308,00 kr. | 2016-W01  | 4.180,00 kr. | 10.796,00 kr. |
        | SDP-064-210 | 2016-12-27 | 2017-01-06 | 2017-01-02 | 4.245,00 kr. | 2016-W52 | 3.344,00 kr. | 2017-W01  | 4.245,00 kr. | 7.589,00 kr.  |
        | SDP-064-211 | 2017-12-27 | 2018-01-05 | 2018-01-01 | 4.300,00 kr. | 2017-W52 | 2.547,00 kr. | 2018-W01  | 3.440,00 kr. | 5.987,00 kr.  |
        | SDP-064-212 | 2019-01-02 | 2019-01-11 | 2019-01-07 | 4.355,00 kr. | 2019-W01 | 2.580,00 kr. | 2019-W02  | 4.355,00 kr. | 6.935,00 kr.  |
        | SDP-064-213 | 2020-01-02 | 2020-01-10 | 2020-01-06 | 4.405,00 kr. | 2020-W01 | 1.742,00 kr. | 2020-W02  | 4.405,00 kr. | 6.147,00 kr.  |
        | SDP-064-214 | 2020-12-28 | 2021-01-08 | 2021-01-04 | 4.460,00 kr. | 2020-W53 | 3.524,00 kr. | 2021-W01  | 4.460,00 kr. | 7.984,00 kr.  |

    # Ét langt fravær, forlænget til fraværets ophør (§ 27, stk. 1, nr. 5), over hvert satsskifte 2015-2021.
    # Forsikret fra 1. fraværsdag, mandag 3.11.2014; § 24, stk. 3: talt fra 17.11.: november 10, december 23,
    # januar 22, februar 20, marts 22 = 97; april 1.-3. (100), 6.-10. (105), 13.-17. (110), mandag 20.4.2015 (111):
    # revurderingstidspunkt 20.4.2015; forlængelsen besluttet 24.4.2015 (i revurderingsmåneden, FT-SDP-FORLAENGELSE)
    # gælder til fraværets ophør fredag 15.1.2021. Ugen med hvert satsskifte, dagsats = det højeste beløb/5:
    # 2015-W02 5 x 827 = 4.135,00; 2016-W01 4.180,00; 2017-W01 4.245,00; 2018-W01 (nytårsdag mandag) 4 x 860 =
    # 3.440,00; 2019-W02 4.355,00; 2020-W02 4.405,00; 2021-W01 4.460,00; ugen før det første: 2015-W01 (nytårsdag
    # torsdag) 4 x 815 = 3.260,00.
    @id:SDP-064-215 @sdl-50 @sdl-64 @sdl-27 @alvor:A @vejledende
    Scenarie: Selvstændig syg fra 2014 til 2021 med forlængelse: hvert års første uge med det nye højeste beløb
      Givet en selvstændig forsikret fra 1. fraværsdag
      Og første fraværsdag er 2014-11-03
      Og sidste fraværsdag er 2021-01-15
      Og kommunen har 2015-04-24 forlænget sygedagpengene efter § 27, stk. 1, nr. 5
      Når sagen afgøres
      Så er revurderingstidspunktet 2015-04-20
      Og sygedagpengene er forlænget efter § 27, stk. 1, nr. 5
      Og sidste betalingsdag er 2021-01-15
      Og udbetalingen for uge 2015-W01 er 3.260,00 kr.
      Og udbetalingen for uge 2015-W02 er 4.135,00 kr.
      Og udbetalingen for uge 2016-W01 er 4.180,00 kr.
      Og udbetalingen for uge 2017-W01 er 4.245,00 kr.
      Og udbetalingen for uge 2018-W01 er 3.440,00 kr.
      Og udbetalingen for uge 2019-W02 er 4.355,00 kr.
      Og udbetalingen for uge 2020-W02 er 4.405,00 kr.
      Og udbetalingen for uge 2021-W01 er 4.460,00 kr.

  Regel: Et beregningsgrundlag lig det højeste beløb begrænses ikke; fristen efter § 43 på en hverdag

    # SDP-045-201: forsikret fra 1. fraværsdag, beregningsgrundlag 5.085,00 kr. = det højeste beløb 2026: ugebeløbet
    # er grundlaget, ikke begrænset (§ 45, § 50, stk. 1); 2.-27.2.2026: 4 x 5.085 = 20.340,00 kr.
    @id:SDP-045-201 @sdl-50 @alvor:C
    Scenarie: Beregningsgrundlaget er præcis det højeste beløb
      Givet en selvstændig forsikret fra 1. fraværsdag
      Og beregningsgrundlaget er 5.085,00 kr. om ugen
      Når sagen afgøres
      Så er ugebeløbet 5.085,00 kr.
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og der er udbetalt 20.340,00 kr. i alt

    # Uden forsikring: fristen er 3 uger efter første fraværsdag (§ 43, stk. 1; borger_frist_uden_brev_dage = 21,
    # parametre/frister.yaml). Første fraværsdag tirsdag 3.3.2026: fristen tirsdag 24.3.2026 (en hverdag; dagen før
    # er også en hverdag). Kommunen betaler fra 15. kalenderdag, tirsdag 17.3. (§ 41); sen anmodning: fra
    # modtagelsen (§ 43, stk. 2). Fravær til fredag 27.3., 1.017 kr. pr. dag.
    # SDP-043-201: anmodning 24.3.: rettidig: 17.-20.3. og 23.-27.3. = 9 x 1.017 = 9.153,00 kr.
    # SDP-043-202: anmodning 25.3.: for sent: 25.-27.3. = 3 x 1.017 = 3.051,00 kr.
    @sdl-43 @alvor:B
    Abstrakt Scenario: Uforsikret selvstændigs anmodning på fristens sidste dag og dagen efter
      Givet en selvstændig uden forsikring
      Og første fraværsdag er 2026-03-03
      Og sidste fraværsdag er 2026-03-27
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning 2026-03-24 og <overholdt> overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | anmodning  | overholdt | kommune_fra | udbetalt     |
        | SDP-043-201 | 2026-03-24 | er        | 2026-03-17  | 9.153,00 kr. |
        | SDP-043-202 | 2026-03-25 | er ikke   | 2026-03-25  | 3.051,00 kr. |

  Regel: § 53, stk. 3 og § 42 for forsikrede og med andre beregningsgrundlag

    # § 53, stk. 3: kan den selvstændige højst udføre en fjerdedel af sit normale arbejde, 3/4 af ugebeløbet; højst
    # halvdelen, 1/2 (FT-SDP-DELVIS). Ugebeløbet ved fuldt fravær er grundlaget, højst 5.085, for forsikrede mindst
    # 2/3 x 5.085 = 3.390,00 (§ 45, stk. 2). Uden forsikring fra 15. dag (16.2.2026): 2 uger; forsikret fra 1. dag:
    # 4 uger (2.-27.2.2026).
    # SDP-053-514: uden forsikring, grundlag 4.000: 3/4 x 4.000 = 3.000,00; 2 uger 6.000,00 kr.
    # SDP-053-515: forsikret fra 1. dag, grundlag 2.000 -> mindst 3.390: 3/4 x 3.390 = 2.542,50; 4 uger 10.170,00 kr.
    # SDP-053-516: uden forsikring, grundlag 4.000: 1/2 x 4.000 = 2.000,00; 2 uger 4.000,00 kr.
    # SDP-053-517: forsikret fra 1. dag, grundlag 3.000 -> mindst 3.390: 1/2 x 3.390 = 1.695,00; 4 uger 6.780,00 kr.
    @sdl-53-stk-3 @alvor:A
    Abstrakt Scenario: Delvis uarbejdsdygtig selvstændig med et grundlag under det højeste beløb
      Givet en selvstændig <forsikring>
      Og beregningsgrundlaget er <grundlag> om ugen
      Og den selvstændige kan udføre <evne> af sit normale arbejde
      Når sagen afgøres
      Så har borgeren ret til sygedagpenge fra kommunen
      Og ugebeløbet er <ugebeløb>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | forsikring                  | grundlag     | evne               | ugebeløb     | udbetalt      |
        | SDP-053-514 | uden forsikring             | 4.000,00 kr. | højst en fjerdedel | 3.000,00 kr. | 6.000,00 kr.  |
        | SDP-053-515 | forsikret fra 1. fraværsdag | 2.000,00 kr. | højst en fjerdedel | 2.542,50 kr. | 10.170,00 kr. |
        | SDP-053-516 | uden forsikring             | 4.000,00 kr. | højst halvdelen    | 2.000,00 kr. | 4.000,00 kr.  |
        | SDP-053-517 | forsikret fra 1. fraværsdag | 3.000,00 kr. | højst halvdelen    | 1.695,00 kr. | 6.780,00 kr.  |

    # § 53, stk. 3: kan den selvstændige udføre mere end halvdelen, er der ingen ret, også med forsikring.
    @sdl-53-stk-3 @alvor:A
    Abstrakt Scenario: Forsikret selvstændig, der kan udføre mere end halvdelen af sit arbejde
      Givet en selvstændig <forsikring>
      Og den selvstændige kan udføre mere end halvdelen af sit normale arbejde
      Når sagen afgøres
      Så har borgeren ikke ret til sygedagpenge fra kommunen
      Og årsagen er, at den selvstændige kan udføre mere end halvdelen af sit arbejde
      Og der er udbetalt 0,00 kr. i alt

      Eksempler:
        | id          | forsikring                  |
        | SDP-053-518 | forsikret fra 1. fraværsdag |
        | SDP-053-519 | forsikret fra 3. fraværsdag |

    # § 42 (faktaark 1.4 C): virksomhed i væsentligt omfang i mindst 6 af de seneste 12 måneder, heraf måneden før;
    # kravet gælder også forsikrede. 6 måneder: ret; 5: ingen ret. Forsikret fra 1. dag: 4 x 5.085 = 20.340,00;
    # fra 3. dag (4.2.2026): uge 6 3 x 1.017 = 3.051 + 3 x 5.085 = 18.306,00 kr.
    @sdl-42 @alvor:A
    Abstrakt Scenario: Beskæftigelseskravet for forsikrede selvstændige, lige på grænsen
      Givet en selvstændig <forsikring>
      Og virksomheden er drevet i væsentligt omfang i <måneder> af de seneste 12 måneder
      Når sagen afgøres
      Så har borgeren <ret> til sygedagpenge fra kommunen
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | forsikring                  | måneder | ret      | udbetalt      |
        | SDP-042-500 | forsikret fra 1. fraværsdag | 6       | ret      | 20.340,00 kr. |
        | SDP-042-501 | forsikret fra 3. fraværsdag | 6       | ret      | 18.306,00 kr. |
        | SDP-042-502 | forsikret fra 1. fraværsdag | 5       | ikke ret | 0,00 kr.      |
        | SDP-042-503 | forsikret fra 3. fraværsdag | 5       | ikke ret | 0,00 kr.      |

    # §§ 45 og 50, stk. 1: et grundlag lig det højeste beløb er ikke over det og begrænses ikke.
    # SDP-045-500: uden forsikring, 5.085,00 (2026), fra 16.2.: 2 x 5.085 = 10.170,00 kr.
    # SDP-045-501: forsikret fra 3. dag, 5.085,00: 18.306,00 kr. (som ovenfor).
    # SDP-045-502: forsikret fra 1. dag, 4.865,00 = det højeste beløb 2025, 3.-28.2.2025: 4 x 4.865 = 19.460,00 kr.
    @sdl-50 @alvor:C
    Abstrakt Scenario: Beregningsgrundlaget er præcis det højeste beløb, med og uden forsikring
      Givet en selvstændig <forsikring>
      Og beregningsgrundlaget er <grundlag> om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Når sagen afgøres
      Så er ugebeløbet <grundlag>
      Og ugebeløbet er ikke begrænset af det højeste beløb
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | forsikring                  | grundlag     | første     | sidste     | udbetalt      |
        | SDP-045-500 | uden forsikring             | 5.085,00 kr. | 2026-02-02 | 2026-02-27 | 10.170,00 kr. |
        | SDP-045-501 | forsikret fra 3. fraværsdag | 5.085,00 kr. | 2026-02-02 | 2026-02-27 | 18.306,00 kr. |
        | SDP-045-502 | forsikret fra 1. fraværsdag | 4.865,00 kr. | 2025-02-03 | 2025-02-28 | 19.460,00 kr. |

  Regel: Fristen efter § 43 på sin sidste dag, med og uden forsikring

    # § 43, stk. 1 (FT-SDP-38-FRIST; Ankestyrelsen P 12-20): forsikret: 1 uge efter rettens indtræden
    # (selvstaendig_forsikret_frist_dage = 7); uforsikret: 3 uger efter første fraværsdag (21 dage). Fristerne her
    # falder på en hverdag, og dagen før er også en hverdag. Anmodning på fristens sidste dag: rettidig.
    # SDP-043-450: forsikret fra 1. fraværsdag, tirsdag 3.3.2026: retten fra 3.3., fristen tirsdag 10.3.;
    # grundlag 6.000 > 5.085: 1.017 kr. pr. dag, 3.-27.3. = 4 + 15 = 19 x 1.017 = 19.323,00 kr.
    # SDP-043-451: forsikret fra 3. fraværsdag: 3. fraværsdag torsdag 5.3.2026, fristen torsdag 12.3.;
    # 5.-27.3. = 2 + 15 = 17 x 1.017 = 17.289,00 kr.
    @sdl-43 @alvor:B
    Abstrakt Scenario: Forsikret selvstændigs anmodning på fristens sidste dag
      Givet en selvstændig <forsikring>
      Og første fraværsdag er 2026-03-03
      Og sidste fraværsdag er 2026-03-27
      Og borgeren sendte anmodning til kommunen <frist>
      Når sagen afgøres
      Så er fristen for borgerens anmodning <frist> og er overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | forsikring                  | frist      | kommune_fra | udbetalt      |
        | SDP-043-450 | forsikret fra 1. fraværsdag | 2026-03-10 | 2026-03-03  | 19.323,00 kr. |
        | SDP-043-451 | forsikret fra 3. fraværsdag | 2026-03-12 | 2026-03-05  | 17.289,00 kr. |

    # Uforsikret, beregningsgrundlag 3.000,00 kr. om ugen (under det højeste beløb 2025 og 2026), 600,00 kr. pr. dag;
    # kommunen fra 15. kalenderdag (§ 41, selvstaendig_karens_dage = 14).
    # SDP-043-452: første fraværsdag tirsdag 2.9.2025: fristen tirsdag 23.9.; kommunen fra tirsdag 16.9., til fredag
    # 3.10.: 4 + 5 + 5 = 14 x 600 = 8.400,00 kr.
    # SDP-043-453: første fraværsdag tirsdag 21.4.2026: fristen tirsdag 12.5.; kommunen fra tirsdag 5.5., til fredag
    # 22.5.: 4 + 4 (Kristi himmelfartsdag 14.5. ingen) + 5 = 13 x 600 = 7.800,00 kr.
    @sdl-43 @alvor:B
    Abstrakt Scenario: Uforsikret selvstændigs anmodning 3 uger efter første fraværsdag
      Givet en selvstændig uden forsikring
      Og beregningsgrundlaget er 3.000,00 kr. om ugen
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren sendte anmodning til kommunen <frist>
      Når sagen afgøres
      Så er fristen for borgerens anmodning <frist> og er overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | første     | sidste     | frist      | kommune_fra | udbetalt     |
        | SDP-043-452 | 2025-09-02 | 2025-10-03 | 2025-09-23 | 2025-09-16  | 8.400,00 kr. |
        | SDP-043-453 | 2026-04-21 | 2026-05-22 | 2026-05-12 | 2026-05-05  | 7.800,00 kr. |
