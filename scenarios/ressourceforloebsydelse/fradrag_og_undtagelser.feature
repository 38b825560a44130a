# language: da
@akl-69j @alvor:A
Egenskab: Fradrag i ressourceforløbsydelsen under jobafklaringsforløb, og det der ikke fradrages (aktivloven § 69 j)
  Løn (inklusive pension) fra arbejde, der påbegyndes under forløbet, nedsætter ydelsen med 30 % op til
  lønindtægtsgrænsen og 55 % af resten (star.dk; grænsen 15.401 kr. i 2022 og 16.323 kr. i 2024, bm.dk). Løn fra en
  ansættelse, personen havde ved forløbets start, trækkes fuldt; anden indtægt krone for krone; feriegodtgørelse som
  løn, når ferien holdes. Egen formue og en ægtefælles indtægt fradrages ikke (§ 69 j, stk. 1). Fortolkninger:
  FT-RFY-INDTAEGT, FT-RFY-ANSAT-VED-START, FT-RFY-FERIE, FT-RFY-IKKE-FRADRAG, FT-RFY-AFRUNDING.

  @id:RFY-069j-101 @akl-69j-stk-8
  Scenarie: Løn under grænsen: 30 %
    # 45 år, ikke-forsørger, 12.326 kr. (2024). Løn 6.000 kr.: 0,30 x 6.000 = 1.800,00; 12.326 - 1.800 = 10.526,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-03-31
    Og personen tjente i 2024-04 6.000,00 kr. i løn
    Når ydelsen afgøres for 2024-04
    Så udbetales 10.526,00 kr. for 2024-04
    Og fradraget for løn er 1.800,00 kr. for 2024-04

  @id:RFY-069j-102 @akl-69j-stk-8 @akl-69j-stk-9
  Scenarie: Løn over grænsen: 30 % op til den, 55 % derover
    # Forsørger 16.382 kr. (2024). Løn 20.000: 0,30 x 16.323 + 0,55 x (20.000 - 16.323) = 4.896,90 + 2.022,35 = 6.919,25;
    # 16.382 - 6.919,25 = 9.462,75 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og personen har et barn født 2015-06-01
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-04-30
    Og personen tjente i 2024-05 20.000,00 kr. i løn
    Når ydelsen afgøres for 2024-05
    Så udbetales 9.462,75 kr. for 2024-05
    Og fradraget for løn er 6.919,25 kr. for 2024-05

  @id:RFY-069j-103 @akl-69j-stk-1
  Scenarie: Hverken ægtefællens indtægt eller egen formue fradrages
    # Ikke-forsørger 12.326 kr. (2024); ægtefællen tjener 45.000 kr., formuen er 300.000 kr.: intet fradrag (§ 69 j,
    # stk. 1: 'uden hensyn til egen formue og en eventuel ægtefælles indtægts- og formueforhold'): 12.326,00 kr.
    # (Efter kontanthjælpens regler fik samme husstand intet.)
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og personen har en formue på 300.000,00 kr.
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-05-31
    Og ægtefællen tjente i 2024-06 45.000,00 kr.
    Når ydelsen afgøres for 2024-06
    Så udbetales 12.326,00 kr. for 2024-06
    Og der er intet fradrag for 2024-06

  @id:RFY-069j-104 @akl-69j-stk-8
  Scenarie: Løn fra ansættelsen ved forløbets start trækkes fuldt
    # 4.000 kr. i løn fra det job, personen havde, da forløbet begyndte (star.dk: 'fradrag ... for den fulde løn'):
    # 12.326 - 4.000 = 8.326,00 kr. (2024).
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-08-31
    Og personen tjente i 2024-09 4.000,00 kr. i løn fra ansættelsen ved forløbets start
    Når ydelsen afgøres for 2024-09
    Så udbetales 8.326,00 kr. for 2024-09

  @id:RFY-069j-105 @akl-69j-stk-8
  Scenarie: Feriegodtgørelse trækkes som løn, når ferien holdes
    # Løn 10.000 + feriegodtgørelse 8.000 = 18.000 (mariagerfjord.dk: 'på samme måde som lønindtægter'):
    # 0,30 x 16.323 + 0,55 x 1.677 = 4.896,90 + 922,35 = 5.819,25; 12.326 - 5.819,25 = 6.506,75 kr. (2024).
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-06-30
    Og personen tjente i 2024-07 10.000,00 kr. i løn
    Og personen holdt i 2024-07 ferie med feriegodtgørelse på 8.000,00 kr.
    Når ydelsen afgøres for 2024-07
    Så udbetales 6.506,75 kr. for 2024-07
    Og fradraget for løn er 5.819,25 kr. for 2024-07

  @id:RFY-069j-106 @akl-69j-stk-7
  Scenarie: Anden indtægt krone for krone
    # Ikke-forsørger 11.716 kr. (2022, bm.dk); anden indtægt 1.000: 10.716,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2022-08-31
    Og personen havde i 2022-09 anden indtægt på 1.000,00 kr.
    Når ydelsen afgøres for 2022-09
    Så udbetales 10.716,00 kr. for 2022-09

  @akl-69j-stk-9
  Abstrakt Scenario: Lønnen ved grænsen (2022: 15.401 kr.)
    # 11.716 kr. (2022, bm.dk). Ved grænsen: 0,30 x 15.401 = 4.620,30 -> 7.095,70 kr.; 1 kr. over: 4.620,30 + 0,55 =
    # 4.620,85 -> 7.095,15 kr.; 1 kr. under: 0,30 x 15.400 = 4.620,00 -> 7.096,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2022-09-30
    Og personen tjente i 2022-10 <løn> kr. i løn
    Når ydelsen afgøres for 2022-10
    Så udbetales <beløb> kr. for 2022-10
    Og fradraget for løn er <fradrag> kr. for 2022-10

    Eksempler:
      | id           | løn       | fradrag  | beløb    |
      | RFY-069j-107 | 15.400,00 | 4.620,00 | 7.096,00 |
      | RFY-069j-108 | 15.401,00 | 4.620,30 | 7.095,70 |
      | RFY-069j-109 | 15.402,00 | 4.620,85 | 7.095,15 |

  # Lønindtægtsgrænsen skifter den 1. januar (§ 69 j, stk. 9; parametre/fradrag.yaml): 15.264 (2021, sekundær),
  # 15.401 (2022, bm.dk), 15.817 (2023, star.dk), 16.323 (2024, bm.dk), 16.911 kr. (2025, udledt). Ikke-forsørger
  # (født 1979-04-01; 11.698, 11.716, 11.944, 12.326, 12.770 kr.) med løn 20.000 kr. i december og i januar:
  # fradrag = 0,30 x grænsen + 0,55 x (20.000 - grænsen) (§ 69 j, stk. 8).
  # 2021: 4.579,20 + 0,55 x 4.736 = 2.604,80 -> 7.184,00; 11.698 - 7.184,00 = 4.514,00.
  # 2022: 4.620,30 + 0,55 x 4.599 = 2.529,45 -> 7.149,75; 11.716 - 7.149,75 = 4.566,25.
  # 2023: 4.745,10 + 0,55 x 4.183 = 2.300,65 -> 7.045,75; 11.944 - 7.045,75 = 4.898,25.
  # 2024: 4.896,90 + 0,55 x 3.677 = 2.022,35 -> 6.919,25; 12.326 - 6.919,25 = 5.406,75.
  # 2025: 5.073,30 + 0,55 x 3.089 = 1.698,95 -> 6.772,25; 12.770 - 6.772,25 = 5.997,75.
  @akl-69j-stk-8 @akl-69j-stk-9
  Abstrakt Scenario: Lønindtægtsgrænsen skifter 1. januar
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er <sidste_sdp>
    Og personen tjente i <dec> 20.000,00 kr. i løn
    Og personen tjente i <jan> 20.000,00 kr. i løn
    Når ydelsen afgøres for <dec> til <jan>
    Så er fradraget for løn <fradrag_dec> for <dec>
    Og fradraget for løn er <fradrag_jan> for <jan>
    Og der udbetales <udb_jan> for <jan>
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | sidste_sdp | dec     | fradrag_dec  | jan     | fradrag_jan  | udb_jan      | i_alt         |
      | RFY-069j-216 | 2021-11-30 | 2021-12 | 7.184,00 kr. | 2022-01 | 7.149,75 kr. | 4.566,25 kr. | 9.080,25 kr.  |
      | RFY-069j-217 | 2022-11-30 | 2022-12 | 7.149,75 kr. | 2023-01 | 7.045,75 kr. | 4.898,25 kr. | 9.464,50 kr.  |
      | RFY-069j-218 | 2023-11-30 | 2023-12 | 7.045,75 kr. | 2024-01 | 6.919,25 kr. | 5.406,75 kr. | 10.305,00 kr. |
      | RFY-069j-219 | 2024-11-30 | 2024-12 | 6.919,25 kr. | 2025-01 | 6.772,25 kr. | 5.997,75 kr. | 11.404,50 kr. |

  # Ét forløb fra 1.12.2021 til og med januar 2025, løn 20.000 kr. i hver januar (og ingen ellers): januar efter det
  # nye års sats og grænse (regnestykkerne ovenfor): 4.566,25 (2022), 4.898,25 (2023), 5.406,75 (2024), 5.997,75 kr.
  # (2025); december 2021 uden løn: 11.698,00 kr.
  @id:RFY-069j-222 @akl-69j-stk-8 @akl-69j-stk-9
  Scenarie: Løn over grænsen i hver januar i et forløb over tre årsskifter
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2021-11-30
    Og personen tjente i 2022-01 20.000,00 kr. i løn
    Og personen tjente i 2023-01 20.000,00 kr. i løn
    Og personen tjente i 2024-01 20.000,00 kr. i løn
    Og personen tjente i 2025-01 20.000,00 kr. i løn
    Når ydelsen afgøres for 2021-12 til 2025-01
    Så udbetales 11.698,00 kr. for 2021-12
    Og der udbetales 4.566,25 kr. for 2022-01
    Og der udbetales 4.898,25 kr. for 2023-01
    Og der udbetales 5.406,75 kr. for 2024-01
    Og der udbetales 5.997,75 kr. for 2025-01

  # Anden indtægt trækkes krone for krone (§ 69 j, stk. 7, som RFY-069j-106): ikke-forsørger 12.326 kr. (2024, bm.dk)
  # med anden indtægt 13.000 kr.: 12.326 - 13.000 < 0 -> 0,00 kr. (ydelsen bliver ikke negativ); afgørelsen siger,
  # at indtægten overstiger ydelsen.
  @id:RFY-069j-229 @akl-69j-stk-7
  Scenarie: Anden indtægt over ydelsen: intet udbetales
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-08-31
    Og personen havde i 2024-09 anden indtægt på 13.000,00 kr.
    Når ydelsen afgøres for 2024-09
    Så udbetales 0,00 kr. for 2024-09

  @id:RFY-069j-300 @akl-69j-stk-8
  Scenarie: Løn fra ansættelsen ved forløbets start trækkes fuldt, også i 2023
    # FT-RFY-ANSAT-VED-START (star.dk: 'fradrag i ressourceforløbsydelsen for den fulde løn'). Ikke-forsørger 11.944 kr.
    # (2023); løn fra ansættelsen ved start 5.000 kr.: 11.944 - 5.000 = 6.944,00 kr. (efter 30 %-reglen: 10.444).
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2023-02-28
    Og personen tjente i 2023-03 5.000,00 kr. i løn fra ansættelsen ved forløbets start
    Når ydelsen afgøres for 2023-03
    Så udbetales 6.944,00 kr. for 2023-03

  @id:RFY-069j-301 @akl-69j-stk-8
  Scenarie: Løn fra ansættelsen ved start fuldt og ny løn efter 30 %-reglen i samme måned
    # Ikke-forsørger 12.326 kr. (2024). Ny løn 2.000: 0,30 x 2.000 = 600,00; løn fra ansættelsen ved start 3.000 fuldt.
    # 12.326 - 600 - 3.000 = 8.726,00 kr. (begge efter 30 %-reglen: 0,30 x 5.000 = 1.500 -> 10.826).
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-09-30
    Og personen tjente i 2024-10 2.000,00 kr. i løn
    Og personen tjente i 2024-10 3.000,00 kr. i løn fra ansættelsen ved forløbets start
    Når ydelsen afgøres for 2024-10
    Så udbetales 8.726,00 kr. for 2024-10
    Og fradraget for løn er 600,00 kr. for 2024-10

  @id:RFY-069j-302 @akl-69j-stk-8
  Scenarie: Feriegodtgørelse uden løn trækkes med 30 %
    # FT-RFY-FERIE (mariagerfjord.dk: 'på samme måde som lønindtægter'). Ikke-forsørger 11.944 kr. (2023);
    # feriegodtgørelse 5.000 kr. for ferie holdt i maj: 0,30 x 5.000 = 1.500,00; 11.944 - 1.500 = 10.444,00 kr.
    # (krone for krone: 6.944).
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2023-04-30
    Og personen holdt i 2023-05 ferie med feriegodtgørelse på 5.000,00 kr.
    Når ydelsen afgøres for 2023-05
    Så udbetales 10.444,00 kr. for 2023-05
    Og fradraget for løn er 1.500,00 kr. for 2023-05

  @id:RFY-069j-303 @akl-69j-stk-8 @akl-69j-stk-9
  Scenarie: Løn og feriegodtgørelse tilsammen over lønindtægtsgrænsen
    # Ikke-forsørger 11.716 kr. (2022, bm.dk). Løn 14.000 + feriegodtgørelse 3.000 = 17.000; grænsen 15.401 (2022):
    # 0,30 x 15.401 = 4.620,30; 0,55 x 1.599 = 879,45; fradrag 5.499,75; 11.716 - 5.499,75 = 6.216,25 kr.
    # (feriegodtgørelsen krone for krone: 0,30 x 14.000 + 3.000 = 7.200 -> 4.516).
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2022-02-28
    Og personen tjente i 2022-03 14.000,00 kr. i løn
    Og personen holdt i 2022-03 ferie med feriegodtgørelse på 3.000,00 kr.
    Når ydelsen afgøres for 2022-03
    Så udbetales 6.216,25 kr. for 2022-03
    Og fradraget for løn er 5.499,75 kr. for 2022-03

  @id:RFY-069j-304 @akl-69j-stk-8
  Scenarie: Lønfradraget afrundes halvt op til hele øre
    # FT-RFY-AFRUNDING. Ikke-forsørger 12.326 kr. (2024). Løn 1.000,05: 0,30 x 1.000,05 = 300,015 -> 300,02 (halvt op);
    # 12.326 - 300,02 = 12.025,98 kr. (afrundet ned: 300,01 -> 12.025,99).
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-03-31
    Og personen tjente i 2024-04 1.000,05 kr. i løn
    Når ydelsen afgøres for 2024-04
    Så udbetales 12.025,98 kr. for 2024-04
    Og fradraget for løn er 300,02 kr. for 2024-04

  # Forsørger (barn født 2015-06-01; § 69 j, stk. 2, nr. 1) med løn 18.000 kr. i december og i januar: satsen og
  # lønindtægtsgrænsen skifter begge den 1. januar (parametre/satser.yaml og fradrag.yaml). Forsørgersats 15.547
  # (2021, sekundær), 15.570 (2022, bm.dk), 15.874 (2023, sekundær), 16.382 (2024, bm.dk), 16.972 kr. (2025, udledt,
  # UNCONFIRMED); grænse 15.264 (2021, sekundær), 15.401 (2022), 15.817 (2023), 16.323 (2024), 16.911 kr. (2025, udledt).
  # Fradrag = 0,30 x grænsen + 0,55 x (18.000 - grænsen) (§ 69 j, stk. 8-9; FT-RFY-INDTAEGT):
  # 2021: 4.579,20 + 0,55 x 2.736 = 1.504,80 -> 6.084,00; 15.547 - 6.084,00 = 9.463,00.
  # 2022: 4.620,30 + 0,55 x 2.599 = 1.429,45 -> 6.049,75; 15.570 - 6.049,75 = 9.520,25.
  # 2023: 4.745,10 + 0,55 x 2.183 = 1.200,65 -> 5.945,75; 15.874 - 5.945,75 = 9.928,25.
  # 2024: 4.896,90 + 0,55 x 1.677 = 922,35 -> 5.819,25; 16.382 - 5.819,25 = 10.562,75.
  # 2025: 5.073,30 + 0,55 x 1.089 = 598,95 -> 5.672,25; 16.972 - 5.672,25 = 11.299,75.
  # I alt = december + januar, fx 9.463,00 + 9.520,25 = 18.983,25 kr.
  @akl-69j-stk-2 @akl-69j-stk-8 @akl-69j-stk-9
  Abstrakt Scenario: Forsørger med løn over grænsen i december og januar: ny sats og ny grænse 1. januar
    Givet en person født 1980-01-01 i jobafklaringsforløb
    Og personen har et barn født 2015-06-01
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er <sidste_sdp>
    Og personen tjente i <dec> 18.000,00 kr. i løn
    Og personen tjente i <jan> 18.000,00 kr. i løn
    Når ydelsen afgøres for <dec> til <jan>
    Så er fradraget for løn <fradrag_dec> for <dec>
    Og der udbetales <udb_dec> for <dec>
    Og fradraget for løn er <fradrag_jan> for <jan>
    Og satsen er <sats_jan> for <jan>
    Og der udbetales <udb_jan> for <jan>
    Og der er udbetalt <i_alt> i alt

    Eksempler:
      | id           | sidste_sdp | dec     | fradrag_dec  | udb_dec       | jan     | fradrag_jan  | sats_jan      | udb_jan       | i_alt         |
      | RFY-069j-400 | 2021-11-30 | 2021-12 | 6.084,00 kr. | 9.463,00 kr.  | 2022-01 | 6.049,75 kr. | 15.570,00 kr. | 9.520,25 kr.  | 18.983,25 kr. |
      | RFY-069j-401 | 2022-11-30 | 2022-12 | 6.049,75 kr. | 9.520,25 kr.  | 2023-01 | 5.945,75 kr. | 15.874,00 kr. | 9.928,25 kr.  | 19.448,50 kr. |
      | RFY-069j-402 | 2023-11-30 | 2023-12 | 5.945,75 kr. | 9.928,25 kr.  | 2024-01 | 5.819,25 kr. | 16.382,00 kr. | 10.562,75 kr. | 20.491,00 kr. |
      | RFY-069j-403 | 2024-11-30 | 2024-12 | 5.819,25 kr. | 10.562,75 kr. | 2025-01 | 5.672,25 kr. | 16.972,00 kr. | 11.299,75 kr. | 21.862,50 kr. |

  @id:RFY-069j-504 @akl-69j-stk-8 @akl-69j-stk-9
  Scenarie: Lønindtægtsgrænsen skifter 1. januar 2026
    # Grænsen (§ 69 j, stk. 9): 16.911 (2025, udledt) og 17.672 kr. (2026: Syddjurs Kommune, 'lønindtægtsgrænsen, der
    # er 17.672 (2026) kr. før skat', lig med 16.911 x 22.041 / 21.092 = 17.671,88; FT-RFY-SATSER-2026). Ikke-forsørger
    # (født 1979-04-01) 12.770 (2025) og 13.345 kr. (2026, udledt). Løn 20.000 kr. i december og i januar; fradrag =
    # 0,30 x grænsen + 0,55 x (20.000 - grænsen) (§ 69 j, stk. 8; FT-RFY-INDTAEGT).
    # December 2025: 0,30 x 16.911 = 5.073,30 + 0,55 x 3.089 = 1.698,95 -> 6.772,25; 12.770 - 6.772,25 = 5.997,75.
    # Januar 2026: 0,30 x 17.672 = 5.301,60 + 0,55 x 2.328 = 1.280,40 -> 6.582,00; 13.345 - 6.582,00 = 6.763,00.
    # I alt 5.997,75 + 6.763,00 = 12.760,75 kr. (Med 2025-grænsen i januar: 6.772,25 -> 6.572,75.)
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2025-11-30
    Og personen tjente i 2025-12 20.000,00 kr. i løn
    Og personen tjente i 2026-01 20.000,00 kr. i løn
    Når ydelsen afgøres for 2025-12 til 2026-01
    Så er fradraget for løn 6.772,25 kr. for 2025-12
    Og fradraget for løn er 6.582,00 kr. for 2026-01
    Og der udbetales 6.763,00 kr. for 2026-01
    Og der er udbetalt 12.760,75 kr. i alt

  @id:RFY-069j-510 @akl-69j-stk-2 @akl-69j-stk-8 @akl-69j-stk-9
  Scenarie: Forsørger med løn over grænsen i december 2025 og januar 2026: ny sats og ny grænse 1. januar 2026
    # Som RFY-069j-400..403. Forsørger (barn født 2015-06-01) 16.972 (2025, udledt) og 17.736 kr. (2026: 16.972 x
    # 22.041 / 21.092 = 17.735,63 -> 17.736); grænse 16.911 (2025, udledt) og 17.672 kr. (2026, Syddjurs Kommune;
    # FT-RFY-SATSER-2026, UNCONFIRMED). Løn 18.000 kr. i december og i januar (§ 69 j, stk. 8-9; FT-RFY-INDTAEGT):
    # December 2025: 0,30 x 16.911 = 5.073,30 + 0,55 x 1.089 = 598,95 -> 5.672,25; 16.972 - 5.672,25 = 11.299,75.
    # Januar 2026: 0,30 x 17.672 = 5.301,60 + 0,55 x 328 = 180,40 -> 5.482,00; 17.736 - 5.482,00 = 12.254,00.
    # I alt 11.299,75 + 12.254,00 = 23.553,75 kr. (Med 2025-grænsen i januar: 5.672,25 -> 12.063,75.)
    Givet en person født 1980-01-01 i jobafklaringsforløb
    Og personen har et barn født 2015-06-01
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2025-11-30
    Og personen tjente i 2025-12 18.000,00 kr. i løn
    Og personen tjente i 2026-01 18.000,00 kr. i løn
    Når ydelsen afgøres for 2025-12 til 2026-01
    Så er fradraget for løn 5.672,25 kr. for 2025-12
    Og der udbetales 11.299,75 kr. for 2025-12
    Og fradraget for løn er 5.482,00 kr. for 2026-01
    Og satsen er 17.736,00 kr. for 2026-01
    Og der udbetales 12.254,00 kr. for 2026-01
    Og der er udbetalt 23.553,75 kr. i alt

  @id:RFY-069j-511 @akl-69j-stk-8 @akl-69j-stk-9
  Scenarie: Løn over grænsen i januar 2025 og januar 2026 i et forløb over to årsskifter
    # Som RFY-069j-222. Ikke-forsørger (født 1979-04-01), sygedagpenge til og med 30.11.2024, løn 20.000 kr. i januar
    # 2025 og i januar 2026 og ingen ellers. December 2024 uden løn: 12.326,00 (bm.dk). Januar 2025: 0,30 x 16.911 =
    # 5.073,30 + 0,55 x 3.089 = 1.698,95 -> 6.772,25; 12.770 - 6.772,25 = 5.997,75. Februar-december 2025 uden løn:
    # 11 x 12.770 = 140.470,00. Januar 2026 (grænse 17.672, sats 13.345; FT-RFY-SATSER-2026): 0,30 x 17.672 = 5.301,60 +
    # 0,55 x 2.328 = 1.280,40 -> 6.582,00; 13.345 - 6.582,00 = 6.763,00. I alt 12.326 + 5.997,75 + 140.470 + 6.763 =
    # 165.556,75 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-11-30
    Og personen tjente i 2025-01 20.000,00 kr. i løn
    Og personen tjente i 2026-01 20.000,00 kr. i løn
    Når ydelsen afgøres for 2024-12 til 2026-01
    Så udbetales 12.326,00 kr. for 2024-12
    Og der udbetales 5.997,75 kr. for 2025-01
    Og fradraget for løn er 6.582,00 kr. for 2026-01
    Og der udbetales 6.763,00 kr. for 2026-01
    Og der er udbetalt 165.556,75 kr. i alt

  # Lønnen ved grænsen i januar 2026 (som RFY-069j-107..109; § 69 j, stk. 8-9): grænsen 17.672 kr. (Syddjurs Kommune,
  # lig med 16.911 x 22.041 / 21.092 = 17.671,88; FT-RFY-SATSER-2026, UNCONFIRMED); ikke-forsørger (født 1979-04-01)
  # 13.345 kr. (2026, udledt); sygedagpenge til og med 31.12.2025. 1 kr. under: 0,30 x 17.671 = 5.301,30 -> 8.043,70;
  # ved grænsen: 0,30 x 17.672 = 5.301,60 -> 8.043,40; 1 kr. over: 5.301,60 + 0,55 x 1 = 5.302,15 -> 8.042,85 kr.
  @akl-69j-stk-9
  Abstrakt Scenario: Lønnen ved grænsen (2026: 17.672 kr.)
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2025-12-31
    Og personen tjente i 2026-01 <løn> kr. i løn
    Når ydelsen afgøres for 2026-01
    Så udbetales <beløb> kr. for 2026-01
    Og fradraget for løn er <fradrag> kr. for 2026-01

    Eksempler:
      | id           | løn       | fradrag  | beløb    |
      | RFY-069j-512 | 17.671,00 | 5.301,30 | 8.043,70 |
      | RFY-069j-513 | 17.672,00 | 5.301,60 | 8.043,40 |
      | RFY-069j-514 | 17.673,00 | 5.302,15 | 8.042,85 |
