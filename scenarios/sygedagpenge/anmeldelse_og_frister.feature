# language: da
@sdl-38
Egenskab: Anmeldelse og frister
  Borgeren skal anmode kommunen om sygedagpenge senest 8 dage efter underretningsbrevet fra NemRefusion, og
  uden brev senest 3 uger efter første fraværsdag — eller efter arbejdsgiverperiodens sidste dag eller
  a-kassens 14. dag, når en anden har betalt først. Kommer anmodningen for sent, betaler kommunen
  først fra den dag, anmodningen modtages, medmindre der er undskyldende forhold (§ 38).
  En frist, der udløber på en lørdag, søndag, helligdag, grundlovsdag, 24. eller 31. december, forlænges til den
  førstkommende hverdag; fredagen efter Kristi himmelfartsdag er en hverdag (analogt med forældelsesloven § 27,
  stk. 2; ingen sygedagpengeregel fundet). Søgnehelligdage på hverdage betales ikke (§ 53 a, fra 2.7.2012).
  Faktaark 1.9; fortolkninger FT-SDP-38-FRIST, FT-SDP-FRIST-HVERDAG, FT-SDP-DAGE.
  Regnestykker: 120,00 kr. x 0,92 = 110,40 kr. i timen; x 37 timer = 4.084,80 kr. om ugen; 816,96 kr. pr. dag.

  Baggrund:
    Givet timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder

  Regel: Uden underretningsbrev er fristen 3 uger efter arbejdsgiverperiodens sidste dag

    @alvor:B
    Abstrakt Scenario: Anmodning på fristens sidste dag og dagen efter
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er 2024-05-31
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning <frist> og <overholdt> overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>

      Eksempler: Frist på en hverdag
        | id          | første     | anmodning  | frist      | overholdt | kommune_fra |
        | SDP-038-001 | 2024-04-01 | 2024-05-21 | 2024-05-21 | er        | 2024-05-01  |
        | SDP-038-002 | 2024-04-01 | 2024-05-22 | 2024-05-21 | er ikke   | 2024-05-22  |

      Eksempler: Frist der falder på en søndag rykkes til mandag
        | id          | første     | anmodning  | frist      | overholdt | kommune_fra |
        | SDP-038-003 | 2024-03-02 | 2024-04-22 | 2024-04-22 | er        | 2024-04-01  |
        | SDP-038-004 | 2024-03-02 | 2024-04-23 | 2024-04-22 | er ikke   | 2024-04-23  |

    @id:SDP-038-005 @alvor:A
    Scenarie: For sen anmodning koster borgeren dagene før modtagelsen
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og borgeren sendte anmodning til kommunen 2024-05-22
      Når sagen afgøres
      Så betaler kommunen sygedagpenge fra 2024-05-22
      Og årsagen er, at anmodningen kom for sent
      Og udbetalingen for uge 2024-W21 er 2.450,88 kr.
      Og der er udbetalt 6.535,68 kr. i alt

    # Kommunen betaler 1.-31. maj 2024: 23 hverdage, heraf 2 søgnehelligdage (Kristi himmelfartsdag 9. maj og
    # 2. pinsedag 20. maj) uden betaling: 21 x 816,96 = 17.156,16 kr.
    @id:SDP-038-006 @alvor:A
    Scenarie: Undskyldende forhold: for sen anmodning betales fra dagen efter arbejdsgiverperioden
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og borgeren sendte anmodning til kommunen 2024-05-22
      Og der er undskyldende forhold for den sene anmodning
      Når sagen afgøres
      Så er fristen for borgerens anmodning 2024-05-21 og er ikke overholdt
      Og kommunen betaler sygedagpenge fra 2024-05-01
      Og der er udbetalt 17.156,16 kr. i alt

  Regel: Med underretningsbrev er fristen 8 dage efter brevet

    @alvor:B
    Abstrakt Scenario: 8 dage efter underretningsbrevet, forlænget til næste hverdag
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren fik underretningsbrev <brev>
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning <frist> og <overholdt> overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>

      Eksempler: Frist på en hverdag
        | id          | første     | sidste     | brev       | anmodning  | frist      | overholdt | kommune_fra |
        | SDP-038-007 | 2024-04-01 | 2024-05-31 | 2024-05-07 | 2024-05-15 | 2024-05-15 | er        | 2024-05-01  |
        | SDP-038-008 | 2024-04-01 | 2024-05-31 | 2024-05-07 | 2024-05-16 | 2024-05-15 | er ikke   | 2024-05-16  |

      Eksempler: Frist på langfredag, grundlovsdag og juleaftensdag 2026
        | id          | første     | sidste     | brev       | anmodning  | frist      | overholdt | kommune_fra |
        | SDP-038-009 | 2026-03-02 | 2026-04-30 | 2026-03-26 | 2026-04-07 | 2026-04-07 | er        | 2026-04-01  |
        | SDP-038-010 | 2026-05-04 | 2026-06-30 | 2026-05-28 | 2026-06-08 | 2026-06-08 | er        | 2026-06-03  |
        | SDP-038-011 | 2026-11-23 | 2026-12-31 | 2026-12-16 | 2026-12-28 | 2026-12-28 | er        | 2026-12-23  |
        | SDP-038-012 | 2026-11-23 | 2026-12-31 | 2026-12-16 | 2026-12-29 | 2026-12-28 | er ikke   | 2026-12-29  |

  Regel: Betaler kommunen fra første fraværsdag, er fristen 3 uger efter første fraværsdag

    # SDP-038-013: 1.-30. april 2024 er 22 hverdage; 2. påskedag 1. april betales ikke: 21 x 816,96 = 17.156,16 kr.
    # SDP-038-014: 23.-30. april 2024: 6 hverdage x 816,96 = 4.901,76 kr.
    # SDP-038-015/016: 3 uger efter torsdag 23. april 2026 er torsdag 14. maj 2026 (Kristi himmelfartsdag), så
    # fristen er fredag 15. maj (fredagen efter Kristi himmelfartsdag er ikke en lukkedag). 23. april-22. maj 2026
    # har 22 hverdage, heraf Kristi himmelfartsdag uden betaling: 21 x 816,96 = 17.156,16 kr. (loftet 5.085 kr.
    # binder ikke). For sent (18. maj): 18.-22. maj = 5 x 816,96 = 4.084,80 kr.
    @alvor:B
    Abstrakt Scenario: Nyansat uden ret over for arbejdsgiveren
      Givet en lønmodtager ansat siden <ansat>
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning <frist> og <overholdt> overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler: Frist på en hverdag
        | id          | ansat      | første     | sidste     | anmodning  | frist      | overholdt | kommune_fra | udbetalt      |
        | SDP-038-013 | 2024-03-15 | 2024-04-01 | 2024-04-30 | 2024-04-22 | 2024-04-22 | er        | 2024-04-01  | 17.156,16 kr. |
        | SDP-038-014 | 2024-03-15 | 2024-04-01 | 2024-04-30 | 2024-04-23 | 2024-04-22 | er ikke   | 2024-04-23  | 4.901,76 kr.  |

      Eksempler: Frist på Kristi himmelfartsdag forlænges til fredagen efter, ikke til mandag
        | id          | ansat      | første     | sidste     | anmodning  | frist      | overholdt | kommune_fra | udbetalt      |
        | SDP-038-015 | 2026-04-01 | 2026-04-23 | 2026-05-22 | 2026-05-15 | 2026-05-15 | er        | 2026-04-23  | 17.156,16 kr. |
        | SDP-038-016 | 2026-04-01 | 2026-04-23 | 2026-05-22 | 2026-05-18 | 2026-05-15 | er ikke   | 2026-05-18  | 4.084,80 kr.  |

  Regel: Fristens sidste dag efter en arbejdsgiverperiode (§ 38: 3 uger efter dens sidste dag)

    # SDP-038-101/102: arbejdsgiverperioden 2.-31.3.2026; 31.3. + 21 = tirsdag 21.4. (sidste dag og dagen efter).
    # SDP-038-103: første fraværsdag fredag 24.4.2026, arbejdsgiverperioden til lørdag 23.5.; + 21 = lørdag 13.6. ->
    # mandag 15.6. SDP-038-104: første fraværsdag onsdag 5.11.2025, til torsdag 4.12.; + 21 = torsdag 25.12.
    # (juledag) -> 26.12., weekend -> mandag 29.12.2025.
    @alvor:B
    Abstrakt Scenario: Anmodning på fristens sidste dag efter arbejdsgiverperioden
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er arbejdsgiverperioden <første> til <agp_til>
      Og fristen for borgerens anmodning er <frist> og <overholdt> overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>

      Eksempler:
        | id          | første     | sidste     | anmodning  | agp_til    | frist      | overholdt | kommune_fra |
        | SDP-038-101 | 2026-03-02 | 2026-04-30 | 2026-04-21 | 2026-03-31 | 2026-04-21 | er        | 2026-04-01  |
        | SDP-038-102 | 2026-03-02 | 2026-04-30 | 2026-04-22 | 2026-03-31 | 2026-04-21 | er ikke   | 2026-04-22  |
        | SDP-038-103 | 2026-04-24 | 2026-06-30 | 2026-06-15 | 2026-05-23 | 2026-06-15 | er        | 2026-05-24  |
        | SDP-038-104 | 2025-11-05 | 2026-01-30 | 2025-12-29 | 2025-12-04 | 2025-12-29 | er        | 2025-12-05  |

    # Ansættelsen ophører fredag 13.3.2026: arbejdsgiverperioden slutter da, og fristen regnes fra dens sidste
    # dag: 13.3. + 21 = fredag 3.4. (langfredag) -> weekend, 2. påskedag -> tirsdag 7.4.2026.
    @id:SDP-038-105 @sdl-51 @alvor:B
    Scenarie: Fristen efter en arbejdsgiverperiode, der slutter med ansættelsen
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-04-30
      Og ansættelsen ophører 2026-03-13
      Og borgeren sendte anmodning til kommunen 2026-04-07
      Når sagen afgøres
      Så er fristen for borgerens anmodning 2026-04-07 og er overholdt
      Og kommunen betaler sygedagpenge fra 2026-03-14

  Regel: Arbejdsgiverens anmeldelse til kommunen (§ 40, stk. 2 og 3) og borgerens sygemelding

    @sdl-40 @alvor:B
    Abstrakt Scenario: Arbejdsgiveren betalte sygedagpenge: 1 uge efter arbejdsgiverperioden
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-05-31
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse 2024-05-07 og <overholdt> overholdt
      Og kommunen betaler sygedagpenge fra 2024-05-01

      Eksempler:
        | id          | anmeldt    | overholdt |
        | SDP-040-001 | 2024-05-07 | er        |
        | SDP-040-002 | 2024-05-08 | er ikke   |

    @id:SDP-040-003 @sdl-40 @alvor:B
    Scenarie: Arbejdsgiveren betaler hverken løn eller sygedagpenge: 14 dage efter første fraværsdag
      Givet en lønmodtager ansat siden 2024-03-15
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-30
      Og arbejdsgiveren anmeldte fraværet til kommunen 2024-04-16
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse 2024-04-15 og er ikke overholdt
      Og kommunen betaler sygedagpenge fra 2024-04-01

    @sdl-36 @alvor:B
    Abstrakt Scenario: Sygemelding til arbejdsgiveren senest første fraværsdag
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2024-04-01
      Og sidste fraværsdag er 2024-04-10
      Og borgeren sygemeldte sig til arbejdsgiveren <sygemeldt>
      Når sagen afgøres
      Så er fristen for borgerens sygemelding 2024-04-01 og <overholdt> overholdt

      Eksempler:
        | id          | sygemeldt  | overholdt |
        | SDP-036-001 | 2024-04-01 | er        |
        | SDP-036-002 | 2024-04-02 | er ikke   |

  Regel: Arbejdsgiveren betaler hverken løn eller sygedagpenge: 14 dage efter første fraværsdag, på en hverdag

    # § 40, stk. 3 (arbejdsgiver_frist_ingen_betaling_dage = 14, parametre/frister.yaml, elov.dk § 40). Nyansat
    # (ingen ret over for arbejdsgiveren, § 30); første fraværsdag tirsdag 3.3.2026: fristen tirsdag 17.3.2026, og
    # dagen før er også en hverdag, så en frist en dag for tidligt ikke flyttes til samme dag. Kommunen betaler fra
    # første fraværsdag.
    @sdl-40 @alvor:B
    Abstrakt Scenario: Arbejdsgiverens anmeldelse på fristens sidste dag og dagen efter
      Givet en lønmodtager ansat siden 2026-02-16
      Og første fraværsdag er 2026-03-03
      Og sidste fraværsdag er 2026-03-31
      Og arbejdsgiveren anmeldte fraværet til kommunen <anmeldt>
      Når sagen afgøres
      Så er fristen for arbejdsgiverens anmeldelse 2026-03-17 og <overholdt> overholdt
      Og kommunen betaler sygedagpenge fra 2026-03-03

      Eksempler:
        | id          | anmeldt    | overholdt |
        | SDP-040-201 | 2026-03-17 | er        |
        | SDP-040-202 | 2026-03-18 | er ikke   |

  Regel: Kommunen betaler fra første fraværsdag: fristen er 3 uger efter den dag, ikke efter dagen før

    # § 38 (FT-SDP-38-FRIST): uden underretningsbrev og uden arbejdsgiverperiode regnes de 3 uger fra første
    # fraværsdag. Nyansat (ansat 16.2.2026, ingen ret over for arbejdsgiveren), første fraværsdag tirsdag 3.3.2026:
    # fristen er tirsdag 24.3. (mandag 23.3. er også en hverdag). Sygemelding til arbejdsgiveren samme dag: rettidig
    # (§ 36). Arbejdsgiveren betaler hverken løn eller sygedagpenge: § 40, stk. 3, 14 dage = tirsdag 17.3.
    # Rettidig anmodning: 3.-31.3. = 4 + 15 + 2 = 21 x 816,96 = 17.156,16 kr. For sent (25.3.): 25.-27.3. og
    # 30.-31.3. = 5 x 816,96 = 4.084,80 kr.
    @sdl-36 @sdl-40 @alvor:B
    Abstrakt Scenario: Nyansat: anmodning på fristens sidste dag og dagen efter, med sygemelding og anmeldelse
      Givet en lønmodtager ansat siden 2026-02-16
      Og første fraværsdag er 2026-03-03
      Og sidste fraværsdag er 2026-03-31
      Og borgeren sygemeldte sig til arbejdsgiveren 2026-03-03
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-17
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning 2026-03-24 og <overholdt> overholdt
      Og fristen for borgerens sygemelding er 2026-03-03 og er overholdt
      Og fristen for arbejdsgiverens anmeldelse er 2026-03-17 og er overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt <udbetalt> i alt

      Eksempler:
        | id          | anmodning  | overholdt | kommune_fra | udbetalt      |
        | SDP-038-450 | 2026-03-24 | er        | 2026-03-03  | 17.156,16 kr. |
        | SDP-038-451 | 2026-03-25 | er ikke   | 2026-03-25  | 4.084,80 kr.  |

    # Som SDP-038-451, men med undskyldende forhold (§ 38): kommunen betaler fra første fraværsdag, 17.156,16 kr.
    @id:SDP-038-452 @alvor:A
    Scenarie: Nyansat: for sen anmodning med undskyldende forhold
      Givet en lønmodtager ansat siden 2026-02-16
      Og første fraværsdag er 2026-03-03
      Og sidste fraværsdag er 2026-03-31
      Og borgeren sendte anmodning til kommunen 2026-03-25
      Og der er undskyldende forhold for den sene anmodning
      Når sagen afgøres
      Så er fristen for borgerens anmodning 2026-03-24 og er ikke overholdt
      Og kommunen betaler sygedagpenge fra 2026-03-03
      Og der er udbetalt 17.156,16 kr. i alt

  Regel: Alle tre frister i ét forløb med arbejdsgiverperiode (§§ 36, 38 og 40, stk. 2)

    # SDP-038-453: første fraværsdag mandag 13.4.2026, sygemeldt samme dag (§ 36: rettidig). Arbejdsgiverperioden
    # 13.4.-12.5.; § 40, stk. 2: 12.5. + 7 = tirsdag 19.5. (mandag 18.5. er en hverdag), anmeldt 19.5.: rettidig.
    # § 38: underretningsbrev onsdag 13.5. + 8 = torsdag 21.5., anmodning 21.5.: rettidig. Kommunen fra 13.5.: 13.5.
    # og 15.5. (Kristi himmelfartsdag 14.5. ingen), uge 21: 5, uge 22 uden 2. pinsedag 25.5.: 4; 11 x 816,96 =
    # 8.986,56 kr.
    @id:SDP-038-453 @sdl-36 @sdl-40 @alvor:B
    Scenarie: Sygemelding, anmeldelse og anmodning alle på fristens sidste dag
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-04-13
      Og sidste fraværsdag er 2026-05-29
      Og borgeren sygemeldte sig til arbejdsgiveren 2026-04-13
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-05-19
      Og borgeren fik underretningsbrev 2026-05-13
      Og borgeren sendte anmodning til kommunen 2026-05-21
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-04-13 til 2026-05-12
      Og fristen for borgerens sygemelding er 2026-04-13 og er overholdt
      Og fristen for arbejdsgiverens anmeldelse er 2026-05-19 og er overholdt
      Og fristen for borgerens anmodning er 2026-05-21 og er overholdt
      Og kommunen betaler sygedagpenge fra 2026-05-13
      Og der er udbetalt 8.986,56 kr. i alt

    # SDP-038-454: første fraværsdag mandag 1.9.2025, sygemeldt dagen efter (§ 36: for sent). Arbejdsgiverperioden
    # 1.-30.9.; § 40, stk. 2: 30.9. + 7 = tirsdag 7.10., anmeldt 8.10.: for sent. § 38: brev torsdag 2.10. + 8 =
    # fredag 10.10., anmodning mandag 13.10.: for sent, men undskyldende forhold: kommunen fra 1.10.: 1.-3.10. og
    # uge 41-42: 13 x 816,96 = 10.620,48 kr.
    @id:SDP-038-454 @sdl-36 @sdl-40 @alvor:B
    Scenarie: Sygemelding, anmeldelse og anmodning alle én dag for sent, med undskyldende forhold
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2025-09-01
      Og sidste fraværsdag er 2025-10-17
      Og borgeren sygemeldte sig til arbejdsgiveren 2025-09-02
      Og arbejdsgiveren anmeldte fraværet til kommunen 2025-10-08
      Og borgeren fik underretningsbrev 2025-10-02
      Og borgeren sendte anmodning til kommunen 2025-10-13
      Og der er undskyldende forhold for den sene anmodning
      Når sagen afgøres
      Så er arbejdsgiverperioden 2025-09-01 til 2025-09-30
      Og fristen for borgerens sygemelding er 2025-09-01 og er ikke overholdt
      Og fristen for arbejdsgiverens anmeldelse er 2025-10-07 og er ikke overholdt
      Og fristen for borgerens anmodning er 2025-10-10 og er ikke overholdt
      Og kommunen betaler sygedagpenge fra 2025-10-01
      Og der er udbetalt 10.620,48 kr. i alt

    # § 40, stk. 1-2: fristen gælder kun, når fraværet varer ud over arbejdsgiverperioden. Første fraværsdag
    # mandag 2.3.2026, sidste fredag 13.3.: hele fraværet er i arbejdsgiverperioden, så en anmeldelse 20.3. giver
    # ingen § 40-frist (kun sygemeldingens, § 36: 2.3., rettidig). Kommunen betaler ikke.
    @id:SDP-040-455 @sdl-36 @sdl-40 @alvor:B
    Scenarie: Fraværet slutter i arbejdsgiverperioden: ingen frist for arbejdsgiverens anmeldelse (§ 40, stk. 2)
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Og borgeren sygemeldte sig til arbejdsgiveren 2026-03-02
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-20
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-13
      Og fristen for borgerens sygemelding er 2026-03-02 og er overholdt
      Og kommunen betaler ikke sygedagpenge

    @id:SDP-040-456 @sdl-36 @sdl-40 @alvor:B
    Scenarie: Fraværet slutter i arbejdsgiverperioden, arbejdsgiveren betaler løn: ingen frist (§ 40, stk. 1)
      Givet en lønmodtager ansat siden 2020-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er 2026-03-02
      Og sidste fraværsdag er 2026-03-13
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og borgeren sygemeldte sig til arbejdsgiveren 2026-03-02
      Og arbejdsgiveren anmeldte fraværet til kommunen 2026-03-20
      Når sagen afgøres
      Så er arbejdsgiverperioden 2026-03-02 til 2026-03-13
      Og fristen for borgerens sygemelding er 2026-03-02 og er overholdt
      Og kommunen betaler ikke sygedagpenge

  Regel: Med løn under fraværet betaler kommunen (som refusion) fra sin første dag, også ved en sen anmodning

    # § 38 rammer borgerens egne sygedagpenge: kommer anmodningen for sent, betaler kommunen først fra
    # modtagelsen. Betaler arbejdsgiveren løn, får borgeren ingen sygedagpenge, og kommunens pligt (refusion til
    # arbejdsgiveren, § 54) begynder dagen efter arbejdsgiverperioden uanset borgerens anmodning.
    # SDP-038-455: arbejdsgiverperioden 2.-31.3.2026, fristen 31.3. + 21 = tirsdag 21.4., anmodning 22.4.
    # SDP-038-456: arbejdsgiverperioden 1.-30.4.2024, fristen 30.4. + 21 = tirsdag 21.5., anmodning 22.5.
    # SDP-038-457: arbejdsgiverperioden 1.-30.9.2025, fristen 30.9. + 21 = tirsdag 21.10., anmodning 22.10.
    @sdl-54 @alvor:B
    Abstrakt Scenario: Løn under fraværet og for sen anmodning
      Givet en lønmodtager ansat siden 2023-01-01
      Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
      Og første fraværsdag er <første>
      Og sidste fraværsdag er <sidste>
      Og arbejdsgiveren betaler løn på 5.000,00 kr. om ugen under fraværet
      Og borgeren sendte anmodning til kommunen <anmodning>
      Når sagen afgøres
      Så er fristen for borgerens anmodning <frist> og er ikke overholdt
      Og kommunen betaler sygedagpenge fra <kommune_fra>
      Og der er udbetalt 0,00 kr. i alt

      Eksempler:
        | id          | første     | sidste     | anmodning  | frist      | kommune_fra |
        | SDP-038-455 | 2026-03-02 | 2026-04-30 | 2026-04-22 | 2026-04-21 | 2026-04-01  |
        | SDP-038-456 | 2024-04-01 | 2024-05-31 | 2024-05-22 | 2024-05-21 | 2024-05-01  |
        | SDP-038-457 | 2025-09-01 | 2025-10-31 | 2025-10-22 | 2025-10-21 | 2025-10-01  |
