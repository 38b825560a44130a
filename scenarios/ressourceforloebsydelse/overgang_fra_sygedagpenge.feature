# language: da
@sdpl-24 @akl-69j @alvor:A
Egenskab: Overgangen fra sygedagpenge til ressourceforløbsydelse, og måneder, forløbet dækker en del af
  En sygedagpengemodtager, der ikke kan få forlænget sygedagpengene, har ret til et jobafklaringsforløb ved ophør af
  sygedagpengene (sygedagpengeloven § 24; hjoerring.dk), og ydelsen 'skal følge perioden med uarbejdsdygtighed'
  (jobcenterskive.dk). Sagen oplyser sygedagpengeafgørelsens sidste dag med sygedagpenge og dens jobafklaringsforløb
  fra-dato; ressourceforløbsydelsen udbetales fra dagen efter, så ingen dag er uden ydelse. Her blev borgere i 2020-21
  betalt 'slet ikke': en afgørelse, der begynder senere, er manglende udbetaling. En måned, som forløbet dækker en del
  af, udbetales efter kalenderdage. Fortolkninger: FT-RFY-OVERGANG, FT-RFY-DELMAANED, FT-RFY-AFRUNDING.

  @id:RFY-024-001
  Scenarie: Sygedagpengene ophører ved udgangen af en måned: ydelse fra den 1.
    # § 24, stk. 1: udbetalingen ophører efter udløbet af en kalendermåned; sidste dag 2024-08-31, jobafklaringsforløb fra
    # 2024-09-01. September: 12.326,00 kr. (2024, ikke-forsørger); ingen dag uden ydelse.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-08-31
    Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2024-09-01
    Når ydelsen afgøres for 2024-09
    Så ressourceforløbsydelsen udbetales fra 2024-09-01
    Og ingen dag er uden ydelse efter sygedagpengene
    Og der udbetales 12.326,00 kr. for 2024-09

  @id:RFY-024-002
  Scenarie: Overgang midt i måneden: ydelse for resten af måneden
    # Sidste dag med sygedagpenge 2024-09-15 -> ydelse fra 2024-09-16: 15 af 30 dage: 12.326 x 15/30 = 6.163,00 kr.;
    # oktober 12.326,00 kr.; i alt 18.489,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-09-15
    Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2024-09-16
    Når ydelsen afgøres for 2024-09 til 2024-10
    Så ressourceforløbsydelsen udbetales fra 2024-09-16
    Og ydelsen dækker 15 dage i 2024-09
    Og der udbetales 6.163,00 kr. for 2024-09
    Og der udbetales 12.326,00 kr. for 2024-10
    Og der er udbetalt 18.489,00 kr. i alt

  @id:RFY-024-003
  Scenarie: Overgang ved årsskiftet: det nye års sats fra den 1. januar
    # Sidste dag 2023-12-31 -> ydelse fra 2024-01-01: 12.326,00 kr. (2024, bm.dk).
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2023-12-31
    Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2024-01-01
    Når ydelsen afgøres for 2024-01
    Så ressourceforløbsydelsen udbetales fra 2024-01-01
    Og der udbetales 12.326,00 kr. for 2024-01

  @id:RFY-024-004
  Scenarie: Forløbet slutter midt i måneden
    # Fra 2024-09-01 til 2024-11-15: september og oktober 12.326 kr.; november 15 af 30 dage: 6.163,00 kr.;
    # i alt 30.815,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-08-31
    Og jobafklaringsforløbet sluttede 2024-11-15
    Når ydelsen afgøres for 2024-09 til 2024-11
    Så der udbetales 6.163,00 kr. for 2024-11
    Og ydelsen dækker 15 dage i 2024-11
    Og der er udbetalt 30.815,00 kr. i alt

  @id:RFY-024-005
  Scenarie: Løn i en delmåned trækkes i ydelsen for dagene
    # Fra 2024-09-16: 6.163,00 kr. for 15 dage; løn 3.000 i september: 0,30 x 3.000 = 900 (FT-RFY-DELMAANED: månedens
    # indtægt trækkes i ydelsen for dagene): 6.163 - 900 = 5.263,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-09-15
    Og personen tjente i 2024-09 3.000,00 kr. i løn
    Når ydelsen afgøres for 2024-09
    Så udbetales 5.263,00 kr. for 2024-09

  @id:RFY-024-006
  Scenarie: Overgang i februar i et skudår
    # Sidste dag 2024-02-14 -> fra 2024-02-15: 15 af 29 dage: 12.326 x 15/29 = 6.375,517.. -> 6.375,52 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-02-14
    Når ydelsen afgøres for 2024-02
    Så udbetales 6.375,52 kr. for 2024-02
    Og ydelsen dækker 15 dage i 2024-02
    Og ingen dag er uden ydelse efter sygedagpengene

  @id:RFY-024-305
  Scenarie: Delmåned i en måned med 31 dage: kalenderdage, afrundet til øre
    # FT-RFY-DELMAANED og FT-RFY-AFRUNDING. Sidste dag med sygedagpenge 2024-05-15: ydelse fra 2024-05-16, 16 af maj's
    # 31 dage. Ikke-forsørger 12.326 kr. (2024): 12.326 x 16 / 31 = 6.361,806... -> 6.361,81 kr. Juni hel: 12.326,00.
    # (30-dagesreglen: 12.326 x 16 / 30 = 6.573,87; afrundet ned: 6.361,80.)
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-05-15
    Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2024-05-16
    Når ydelsen afgøres for 2024-05 til 2024-06
    Så ressourceforløbsydelsen udbetales fra 2024-05-16
    Og ydelsen dækker 16 dage i 2024-05
    Og der udbetales 6.361,81 kr. for 2024-05
    Og der udbetales 12.326,00 kr. for 2024-06
    Og der er udbetalt 18.687,81 kr. i alt

  @id:RFY-024-306
  Scenarie: Delmåned i februar i et skudår
    # Sidste dag med sygedagpenge 2024-02-09: ydelse fra 2024-02-10, 20 af februars 29 dage (2024 er skudår).
    # Ikke-forsørger 12.326 kr. (2024): 12.326 x 20 / 29 = 8.500,689... -> 8.500,69 kr.
    # (30-dagesreglen: 12.326 x 20 / 30 = 8.217,33; afrundet ned: 8.500,68.)
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2024-02-09
    Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2024-02-10
    Når ydelsen afgøres for 2024-02
    Så ressourceforløbsydelsen udbetales fra 2024-02-10
    Og ydelsen dækker 20 dage i 2024-02
    Og der udbetales 8.500,69 kr. for 2024-02

  @id:RFY-024-411 @akl-69j-stk-7 @akl-69j-stk-9
  Scenarie: Forløbet slutter den 10. december, og den anden indtægt overstiger ydelsen for de 10 dage
    # Ikke-forsørger 11.698 kr. (2021, sekundær). Fra 2021-10-01 til 2021-12-10 (FT-RFY-DELMAANED). Oktober hel:
    # 11.698,00. November hel med løn 20.000: 0,30 x 15.264 = 4.579,20 + 0,55 x 4.736 = 2.604,80 -> 7.184,00 (grænsen
    # 15.264, 2021, sekundær); 11.698 - 7.184 = 4.514,00. December 10 af 31 dage: 11.698 x 10 / 31 = 3.773,548.. ->
    # 3.773,55; anden indtægt 4.000 krone for krone (§ 69 j, stk. 7) -> 0,00 (ydelsen bliver ikke negativ; afgørelsen
    # siger, at indtægten overstiger ydelsen). I alt 11.698 + 4.514 = 16.212,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2021-09-30
    Og jobafklaringsforløbet sluttede 2021-12-10
    Og personen tjente i 2021-11 20.000,00 kr. i løn
    Og personen havde i 2021-12 anden indtægt på 4.000,00 kr.
    Når ydelsen afgøres for 2021-10 til 2021-12
    Så udbetales 11.698,00 kr. for 2021-10
    Og ydelsen dækker 31 dage i 2021-10
    Og fradraget for løn er 7.184,00 kr. for 2021-11
    Og der udbetales 4.514,00 kr. for 2021-11
    Og ydelsen dækker 10 dage i 2021-12
    Og der udbetales 0,00 kr. for 2021-12
    Og der er udbetalt 16.212,00 kr. i alt

  @id:RFY-024-412 @akl-69j-stk-7
  Scenarie: Forsørger, forløbet slutter den 12. marts, og den anden indtægt overstiger ydelsen for de 12 dage
    # Forsørger 16.972 kr. (2025, udledt, UNCONFIRMED). Fra 2025-02-01 til 2025-03-12 (FT-RFY-DELMAANED). Februar hel
    # (28 dage): 16.972,00. Marts 12 af 31 dage: 16.972 x 12 / 31 = 6.569,806.. -> 6.569,81; anden indtægt 7.000 krone
    # for krone (§ 69 j, stk. 7) -> 0,00 (afgørelsen siger, at indtægten overstiger ydelsen). I alt 16.972,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og personen har et barn født 2015-06-01
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2025-01-31
    Og jobafklaringsforløbet sluttede 2025-03-12
    Og personen havde i 2025-03 anden indtægt på 7.000,00 kr.
    Når ydelsen afgøres for 2025-02 til 2025-03
    Så udbetales 16.972,00 kr. for 2025-02
    Og ydelsen dækker 28 dage i 2025-02
    Og ydelsen dækker 12 dage i 2025-03
    Og der udbetales 0,00 kr. for 2025-03
    Og der er udbetalt 16.972,00 kr. i alt

  @id:RFY-024-501 @akl-69j-stk-2
  Scenarie: Sygedagpengene ophører 31. juli 2026, jobafklaringsforløb fra 1. august 2026
    # Sygedagpengeafgørelsen: sidste dag med sygedagpenge 2026-07-31 (§ 24, stk. 1: efter udløbet af en kalendermåned),
    # jobafklaringsforløb fra 2026-08-01. Ressourceforløbsydelse fra 2026-08-01, ingen dag uden ydelse (FT-RFY-OVERGANG).
    # 47 år, ingen børn: § 69 j, stk. 2, nr. 2, 2026: 12.770 (2025) x 22.041 / 21.092 = 13.344,57 -> 13.345,00 kr.
    # (FT-RFY-SATSER-2026, udledt, UNCONFIRMED). August hel måned: 13.345,00 kr.
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2026-07-31
    Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2026-08-01
    Når ydelsen afgøres for 2026-08
    Så ressourceforløbsydelsen udbetales fra 2026-08-01
    Og ingen dag er uden ydelse efter sygedagpengene
    Og satsen er 13.345,00 kr. for 2026-08
    Og der udbetales 13.345,00 kr. for 2026-08

  @id:RFY-024-502 @akl-69j-stk-2
  Scenarie: Overgang midt i oktober 2026: delmåned efter kalenderdage
    # FT-RFY-DELMAANED og FT-RFY-AFRUNDING. Sidste dag med sygedagpenge 2026-10-20 (en forlængelse, der udløber): ydelse
    # fra 2026-10-21, 11 af oktobers 31 dage. Ikke-forsørger 13.345 kr. (2026, udledt): 13.345 x 11 / 31 = 4.735,322..
    # -> 4.735,32 kr. November hel: 13.345,00. I alt 18.080,32 kr. (30-dagesreglen: 13.345 x 11 / 30 = 4.893,17.)
    Givet en person født 1979-04-01 i jobafklaringsforløb
    Og sygedagpengeafgørelsens sidste dag med sygedagpenge er 2026-10-20
    Og sygedagpengeafgørelsen giver jobafklaringsforløb fra 2026-10-21
    Når ydelsen afgøres for 2026-10 til 2026-11
    Så ressourceforløbsydelsen udbetales fra 2026-10-21
    Og ydelsen dækker 11 dage i 2026-10
    Og der udbetales 4.735,32 kr. for 2026-10
    Og der udbetales 13.345,00 kr. for 2026-11
    Og der er udbetalt 18.080,32 kr. i alt
