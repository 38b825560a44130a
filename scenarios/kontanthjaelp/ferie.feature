# language: da
@akl-32 @alvor:A
Egenskab: Feriegodtgørelse (aktivloven § 32)
  'Feriegodtgørelse efter ferielovgivningen ... bliver trukket fra i hjælpen, når ferien holdes. Der kan kun
  foretages fradrag svarende til hjælpen for det antal dage, som feriegodtgørelsen ... er bestemt til at dække'
  (§ 32, danskelove.dk). Hjælpen for en feriedag regner referencen som månedens sats og tillæg / månedens hverdage
  (mandag-fredag) (FT-KH-FERIE, UNCONFIRMED: loven siger ikke, om dagene er hverdage, kalenderdage eller 1/30).

  @id:KH-032-001
  Scenarie: Feriegodtgørelse over hjælpen for feriedagene: fradrag højst hjælpen for dagene
    # 43 år, 11.944 kr. (2023). 5 feriedage i juli 2023, der har 21 hverdage; feriegodtgørelse 4.000 kr.
    # Hjælpen for dagene: 11.944 x 5/21 = 2.843,8095 -> 2.843,81 kr. Fradrag 2.843,81; hjælp 11.944 - 2.843,81 = 9.100,19 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren holdt i 2023-07 5 feriedage med feriegodtgørelse på 4.000,00 kr.
    Når sagen afgøres for 2023-07
    Så udbetales 9.100,19 kr. for 2023-07
    Og ansøgerens fradrag for feriegodtgørelse er 2.843,81 kr. for 2023-07

  @id:KH-032-002
  Scenarie: Feriegodtgørelse under hjælpen for feriedagene trækkes fuldt
    # Som KH-032-001, men feriegodtgørelsen 1.500 kr. < 2.843,81: fradrag 1.500; 11.944 - 1.500 = 10.444,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren holdt i 2023-07 5 feriedage med feriegodtgørelse på 1.500,00 kr.
    Når sagen afgøres for 2023-07
    Så udbetales 10.444,00 kr. for 2023-07
    Og ansøgerens fradrag for feriegodtgørelse er 1.500,00 kr. for 2023-07

  @id:KH-032-003
  Scenarie: Ferie i en måned med flere hverdage
    # August 2023 har 23 hverdage. 10 feriedage, feriegodtgørelse 8.000: 11.944 x 10/23 = 5.193,0434 -> 5.193,04 kr.
    # Fradrag 5.193,04; hjælp 11.944 - 5.193,04 = 6.750,96 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren holdt i 2023-08 10 feriedage med feriegodtgørelse på 8.000,00 kr.
    Når sagen afgøres for 2023-08
    Så udbetales 6.750,96 kr. for 2023-08
    Og ansøgerens fradrag for feriegodtgørelse er 5.193,04 kr. for 2023-08

  @id:KH-032-300
  Scenarie: Ferie i december
    # 43 år, 11.944 kr. (2023). December 2023 har 21 hverdage (1. december er en fredag; 10 lørdage og søndage).
    # 5 feriedage, feriegodtgørelse 4.000: 11.944 x 5/21 = 2.843,8095 -> 2.843,81 kr. < 4.000, så fradrag 2.843,81;
    # hjælp 11.944 - 2.843,81 = 9.100,19 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren holdt i 2023-12 5 feriedage med feriegodtgørelse på 4.000,00 kr.
    Når sagen afgøres for 2023-12
    Så udbetales 9.100,19 kr. for 2023-12
    Og ansøgerens fradrag for feriegodtgørelse er 2.843,81 kr. for 2023-12

  @id:KH-032-301
  Scenarie: Ferie i november
    # November 2023 har 22 hverdage (1. november er en onsdag; 8 lørdage og søndage). 5 feriedage, feriegodtgørelse
    # 4.000: 11.944 x 5/22 = 2.714,5454 -> 2.714,55 kr.; hjælp 11.944 - 2.714,55 = 9.229,45 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren holdt i 2023-11 5 feriedage med feriegodtgørelse på 4.000,00 kr.
    Når sagen afgøres for 2023-11
    Så udbetales 9.229,45 kr. for 2023-11
    Og ansøgerens fradrag for feriegodtgørelse er 2.714,55 kr. for 2023-11

  @id:KH-032-004
  Scenarie: Ferie uden feriegodtgørelse: intet fradrag efter § 32
    # § 32 trækker feriegodtgørelse fra, når ferien holdes, og kun op til hjælpen for de dage, godtgørelsen dækker.
    # Holdes ferien uden feriegodtgørelse (0,00 kr.), er der intet at trække: afgørelsen har ingen fradragspost for
    # feriegodtgørelse (heller ikke en på 0,00 kr.). (Feriegodtgørelse uden afholdt ferie i måneden er ikke omfattet;
    # sagsskemaet tillader ikke den kombination.)
    # 43 år, 11.944 kr. (2023, § 25, stk. 2, nr. 2). 10 feriedage i juli 2023 (21 hverdage); feriegodtgørelse 0,00 kr.
    # Hjælpen for dagene ville være 11.944 x 10/21 = 5.687,619 -> 5.687,62 kr., men fradraget er højst godtgørelsen,
    # 0,00 kr., og der er intet fradrag. Hjælp 11.944,00 kr.; udbetalt i alt 11.944,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren holdt i 2023-07 10 feriedage med feriegodtgørelse på 0,00 kr.
    Når sagen afgøres for 2023-07
    Så udbetales 11.944,00 kr. for 2023-07
    Og ansøgerens fradrag for feriegodtgørelse er 0,00 kr. for 2023-07
    Og der er udbetalt 11.944,00 kr. i alt
