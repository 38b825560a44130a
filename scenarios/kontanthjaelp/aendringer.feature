# language: da
@alvor:A
Egenskab: Ændringer i løbet af måneden: ægteskab, samlivsophør, et barn, der flytter, og flytning hjem eller ud
  Hjælpen udmåles pr. kalendermåned. Referencen lader husstandens forhold, som de er den 1. i måneden, bestemme hele
  månedens sats, tillæg og fradrag; en ændring i løbet af måneden får virkning fra den 1. i måneden efter, en ændring
  den 1. fra samme måned (FT-KH-AENDRING, som FT-KH-ALDER og FT-KH-FORSOERGER). Loven siger ikke, om en ændring skal
  deles forholdsmæssigt på måneden; det er en navngiven fortolkning, som en jurist kan ændre ét sted. Satser 2023:
  bm.dk. Fortolkninger: FT-KH-AENDRING, FT-KH-GENSIDIG, FT-KH-FORSOERGER.

  @id:KH-002-101 @akl-2
  Scenarie: Ægteskab midt i måneden: ægtefællens indtægt tæller fra måneden efter
    # 43 år, enlig til 2023-06-20, hvor ansøgeren gifter sig med en ægtefælle, der ikke søger hjælp og arbejder 160
    # timer for 15.000 kr. i juni og juli. Juni: enlig den 1. juni: 11.944,00 kr. (ægtefællens indtægt tæller ikke).
    # Juli: gift (§ 2: gensidig forsørgelsespligt): ægtefællens fradrag 15.000 - 160 x 29,22 (2023, UNCONFIRMED)
    # = 15.000 - 4.675,20 = 10.324,80 kr. overstiger ægtefællens egen hjælp (0) og trækkes i ansøgerens:
    # 11.944 - 10.324,80 = 1.619,20 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren blev gift 2023-06-20 med en ægtefælle født 1985-02-02
    Og ægtefællen søger ikke hjælp
    Og ægtefællen har i 2023-06 arbejdet 160 timer og tjent 15.000,00 kr.
    Og ægtefællen har i 2023-07 arbejdet 160 timer og tjent 15.000,00 kr.
    Når sagen afgøres for 2023-06 til 2023-07
    Så udbetales 11.944,00 kr. for 2023-06
    Og afgørelsen for 2023-06 omfatter ikke ægtefællen
    Og der udbetales 1.619,20 kr. for 2023-07
    Og ansøgerens hjælp nedsættes med 10.324,80 kr. for 2023-07 på grund af ægtefællens indtægt

  @id:KH-002-102 @akl-2
  Scenarie: Samlivsophør: ægtefællen er ikke med i husstanden fra måneden efter
    # Ægtepar over 30, begge på hjælp: maj 2023 (ophør 2023-05-10 efter den 1.) 2 x 11.944 = 23.888,00 kr.;
    # juni: kun ansøgeren, enlig: 11.944,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og parret gik fra hinanden 2023-05-10
    Når sagen afgøres for 2023-05 til 2023-06
    Så udbetales 23.888,00 kr. for 2023-05
    Og der udbetales 11.944,00 kr. for 2023-06
    Og afgørelsen for 2023-06 omfatter ikke ægtefællen

  @id:KH-025-101 @akl-25-stk-2
  Scenarie: Et barn flytter midt i måneden: forsørgersatsen gælder måneden ud
    # 43 år, enlig, ét barn, der flytter til den anden forælder 2023-08-15. August: forsørger den 1.: § 25, stk. 2, nr. 1
    # 15.874,00 kr.; september: nr. 2, 11.944,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2016-01-01
    Og barnet født 2016-01-01 flyttede fra husstanden 2023-08-15
    Når sagen afgøres for 2023-08 til 2023-09
    Så udbetales 15.874,00 kr. for 2023-08
    Og der udbetales 11.944,00 kr. for 2023-09

  @id:KH-025-102 @akl-25-stk-3
  Scenarie: Flytter hjemmefra midt i måneden: udeboendesatsen fra måneden efter
    # 26 år, kontanthjælp (med uddannelse), hjemmeboende til 2023-03-16. Marts: § 25, stk. 3, nr. 7 3.715,00 kr.;
    # april: nr. 6 7.699,00 kr. (bm.dk 2023). (Deles marts på dage, ville det give 3.715 x 15/31 + 7.699 x 16/31
    # = 1.797,58 + 3.973,68 = 5.771,26 kr.; det er ikke referencens fortolkning, se FT-KH-AENDRING.)
    Givet en enlig ansøger på 26 år uden børn
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren flyttede hjemmefra 2023-03-16
    Når sagen afgøres for 2023-03 til 2023-04
    Så udbetales 3.715,00 kr. for 2023-03
    Og der udbetales 7.699,00 kr. for 2023-04

  @id:KH-025-103 @akl-25-stk-3
  Scenarie: Flytter hjem den 1. i måneden: hjemmeboendesatsen fra samme måned
    # 26 år, udeboende, flytter hjem 2023-09-01. August: 7.699,00 kr.; september (ændringen den 1.): 3.715,00 kr.
    Givet en enlig ansøger på 26 år uden børn
    Og ansøgeren flyttede hjem til sine forældre 2023-09-01
    Når sagen afgøres for 2023-08 til 2023-09
    Så udbetales 7.699,00 kr. for 2023-08
    Og der udbetales 3.715,00 kr. for 2023-09

  @id:KH-002-300 @akl-2 @akl-25-stk-2
  Scenarie: Ægteskab den 2. i måneden: ægtefællen er med i husstanden fra måneden efter
    # Enlig ansøger over 30 gifter sig 2023-06-02 med en ægtefælle over 30, der også søger hjælp; ingen indtægt. Den
    # 1. juni er ansøgeren enlig (FT-KH-AENDRING), så juni: 11.944,00 kr. til ansøgeren alene, og ægtefællen er ikke med
    # i afgørelsen (og har ikke fået hjælp i juni, § 13 f's måneder). Juli: ægtepar, hver § 25, stk. 2, nr. 2:
    # 2 x 11.944 = 23.888,00 kr. (bm.dk 2023). I alt 35.832,00 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren blev gift 2023-06-02 med en ægtefælle født 1985-02-02
    Når sagen afgøres for 2023-06 til 2023-07
    Så udbetales 11.944,00 kr. for 2023-06
    Og afgørelsen for 2023-06 omfatter ikke ægtefællen
    Og der udbetales 23.888,00 kr. for 2023-07
    Og ægtefællens sats er 11.944,00 kr. for 2023-07
    Og der er udbetalt 35.832,00 kr. i alt

  @id:KH-025-988 @akl-25-stk-2
  Scenarie: Ægtepar: det ene barn fylder 18 den 1. januar, det andet flytter samme dag
    # Ægtepar over 30, begge på hjælp. Barn A født 2007-01-01 fylder 18 den 2025-01-01 og tæller ikke i januar; barn B
    # flytter 2025-01-01 og tæller ikke i januar (FT-KH-FORSOERGER, FT-KH-AENDRING). December 2024: forsørgere, § 25,
    # stk. 2, nr. 1 16.382 hver; ansøgeren holder 5 feriedage med 4.000 kr. i feriegodtgørelse (§ 32): december 2024 har
    # 22 hverdage (1. december er en søndag; 2.-6., 9.-13., 16.-20., 23.-27., 30.-31.), hjælpen for dagene 16.382 x 5/22
    # = 3.723,1818 -> 3.723,18 < 4.000, så fradrag 3.723,18 (FT-KH-FERIE): 16.382 - 3.723,18 = 12.658,82; i alt
    # 12.658,82 + 16.382 = 29.040,82. Januar 2025: nr. 2, 2 x 12.770 = 25.540 (2025 UNCONFIRMED, KILDER.md).
    # I alt 54.580,82 kr.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og husstanden har et barn født 2007-01-01
    Og husstanden har et barn født 2012-05-05
    Og barnet født 2012-05-05 flyttede fra husstanden 2025-01-01
    Og ansøgeren holdt i 2024-12 5 feriedage med feriegodtgørelse på 4.000,00 kr.
    Når sagen afgøres for 2024-12 til 2025-01
    Så udbetales 29.040,82 kr. for 2024-12
    Og ansøgerens fradrag for feriegodtgørelse er 3.723,18 kr. for 2024-12
    Og der udbetales 25.540,00 kr. for 2025-01
    Og ægtefællens satskategori er fyldt30_andre for 2025-01
    Og der er udbetalt 54.580,82 kr. i alt

  @id:KH-016-989 @akl-16-stk-1 @akl-17 @akl-18
  Scenarie: Fra 2026: det ene barn fylder 18 den 1. februar, det andet flytter samme dag; børnetillæg bliver tillæg til enlige
    # Enlig over 30, ret til ekstra børnetilskud. Barn A født 2008-02-01 fylder 18 den 2026-02-01; barn B flytter
    # 2026-02-01. Januar 2026: forhøjet sats 13.060 + børnetillæg 2.909 = 15.969 (intet tillæg til enlige forsørgere på
    # forhøjet sats, § 18). Februar: ingen børn den 1.: 13.060 + tillæg til enlige 1.141 = 14.201. I alt 30.170,00 kr.
    # (KILDER.md, UNCONFIRMED: 2026 = 2025 x 22.041/21.092, FT-KH-SATSREGULERING.)
    Givet en enlig ansøger født 1980-05-05
    Og husstanden har et barn født 2008-02-01
    Og husstanden har et barn født 2015-03-03
    Og ansøgeren har ret til ekstra børnetilskud
    Og barnet født 2015-03-03 flyttede fra husstanden 2026-02-01
    Når sagen afgøres for 2026-01 til 2026-02
    Så udbetales 15.969,00 kr. for 2026-01
    Og ansøgeren får børnetillæg på 2.909,00 kr. for 2026-01
    Og der udbetales 14.201,00 kr. for 2026-02
    Og ansøgeren får ikke børnetillæg for 2026-02
    Og ansøgeren får tillæg til enlige på 1.141,00 kr. for 2026-02
    Og der er udbetalt 30.170,00 kr. i alt

  @id:KH-025-990 @akl-25-stk-3
  Scenarie: Psykisk syg, der flytter hjemmefra den 1. i måneden til en delt bolig: nr. 5 og loftet fra samme måned
    # 26 år, uddannet, dokumenteret psykisk lidelse, hjemmeboende til 2024-02-01. Januar 2024: bor hjemme, så ikke § 25,
    # stk. 3, nr. 5 ('personer under 30 år, der ikke bor hos en eller begge forældre, og som har en psykisk lidelse'),
    # men nr. 7: 3.834 kr. Februar (flyttet den 1., FT-KH-AENDRING): udeboende med psykisk lidelse, nr. 5 = stk. 2, nr. 2-
    # niveauet 12.326 kr. (højere end nr. 6, 7.945; FT-KH-KATEGORI-FOER). Bm.dk 2024. I alt 16.160,00 kr.
    # Hun deler den nye bolig med en anden voksen; boligstøtten 6.000 kr. deles mellem boligens 2 voksne
    # (FT-KH-LOFT-FORDELING): 3.000. Hjælpen er på § 25, stk. 2-niveauet, så loftet er § 25 b, stk. 1, nr. 5 (enlig, ikke
    # forsørger, 2024) 14.909 kr.: 12.326 + 3.000 - 14.909 = 417,00 kr. nedsættelse af boligstøtten.
    Givet en enlig ansøger på 26 år uden børn
    Og ansøgeren bor hjemme hos sine forældre
    Og ansøgeren har en dokumenteret psykisk lidelse
    Og ansøgeren flyttede hjemmefra 2024-02-01
    Og husstanden får i 2024-02 boligstøtte på 6.000,00 kr.
    Og der bor 2 voksne i boligen i 2024-02
    Når sagen afgøres for 2024-01 til 2024-02
    Så udbetales 3.834,00 kr. for 2024-01
    Og ansøgerens satskategori er u30_hjemmeboende for 2024-01
    Og der udbetales 12.326,00 kr. for 2024-02
    Og ansøgerens satskategori er u30_psykisk_syg_udeboende for 2024-02
    Og boligstøtten nedsættes med 417,00 kr. for 2024-02
    Og der er udbetalt 16.160,00 kr. i alt

  @id:KH-024-991 @akl-2 @akl-24
  Scenarie: Gift den 2. september (med ferie i september): ægtefællens hjælp tæller fra oktober, aktivitetstillæg først i januar
    # Enlig ansøger over 30 gifter sig 2024-09-02 med en 27-årig uden uddannelse, udeboende, aktivitetsparat (ikke fra
    # start). September: ansøgeren er enlig den 1. (FT-KH-AENDRING): 12.326 kr. alene; hun holder 5 feriedage med 4.000 kr.
    # i feriegodtgørelse (§ 32): september 2024 har 21 hverdage (1. september er en søndag), 12.326 x 5/21 = 2.934,7619
    # -> 2.934,76 < 4.000: fradrag 2.934,76, udbetales 9.391,24 kr. Oktober-december: ægtepar;
    # ægtefællen § 23, stk. 2, nr. 6 6.754 kr. (2024, UNCONFIRMED). Aktivitetstillæg kræver hjælp i hver af de 3 måneder
    # før (§ 24, stk. 1): i december har hun kun fået hjælp i oktober og november (ikke september, hvor hun ikke var i
    # husstanden), så intet tillæg. Oktober-december 12.326 + 6.754 = 19.080 pr. måned. I alt 9.391,24 + 3 x 19.080 =
    # 66.631,24 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren blev gift 2024-09-02 med en ægtefælle født 1997-04-04
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen er aktivitetsparat
    Og ansøgeren holdt i 2024-09 5 feriedage med feriegodtgørelse på 4.000,00 kr.
    Når sagen afgøres for 2024-09 til 2024-12
    Så udbetales 9.391,24 kr. for 2024-09
    Og ansøgerens fradrag for feriegodtgørelse er 2.934,76 kr. for 2024-09
    Og afgørelsen for 2024-09 omfatter ikke ægtefællen
    Og der udbetales 19.080,00 kr. for 2024-10
    Og der udbetales 19.080,00 kr. for 2024-12
    Og ægtefællen får ikke aktivitetstillæg for 2024-12
    Og der er udbetalt 66.631,24 kr. i alt

  @id:KH-002-992 @akl-2 @akl-25-stk-2
  Scenarie: Samlivsophør den 1. i måneden: enlig fra samme måned, og ægtefællens indtægt tæller ikke længere
    # Ægtepar over 30, begge søger; § 25, stk. 2, nr. 2 (2024, bm.dk) 12.326 kr. hver. April 2024: ægtefællen har anden
    # indtægt 20.000 kr. (§ 30, stk. 1): egen hjælp 0, og det overskydende 20.000 - 12.326 = 7.674 nedsætter ansøgerens
    # hjælp (§ 2, § 26): 12.326 - 7.674 = 4.652 kr. Boligstøtte 3.000 kr. deles mellem de 2 voksne: ansøgerens loft § 25 b,
    # stk. 1, nr. 2 (gift, ikke forsørger, 2024) 12.326: 4.652 + 1.500 < 12.326, ingen nedsættelse; ægtefællen har ingen
    # hjælp, så loftet angår hende ikke. Parret går fra hinanden 2024-05-01: den 1. maj er ansøgeren enlig
    # (FT-KH-AENDRING), så maj: 12.326 kr. til ansøgeren alene. I alt 16.978,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og parret gik fra hinanden 2024-05-01
    Og ægtefællen har i 2024-04 anden indtægt på 20.000,00 kr.
    Og husstanden får i 2024-04 boligstøtte på 3.000,00 kr.
    Når sagen afgøres for 2024-04 til 2024-05
    Så udbetales 4.652,00 kr. for 2024-04
    Og ansøgerens hjælp nedsættes med 7.674,00 kr. for 2024-04 på grund af ægtefællens indtægt
    Og ægtefællens hjælp er 0,00 kr. for 2024-04
    Og boligstøtten nedsættes med 0,00 kr. for 2024-04
    Og der udbetales 12.326,00 kr. for 2024-05
    Og afgørelsen for 2024-05 omfatter ikke ægtefællen
    Og der er udbetalt 16.978,00 kr. i alt

  @id:KH-024-993 @akl-2 @akl-24
  Scenarie: Gift den 2. marts: ægtefællens måneder på hjælp tæller fra april; i juni overstiger hans indtægt hans hjælp
    # Enlig ansøger over 30 gifter sig 2023-03-02 med en 22-årig uden uddannelse, udeboende, aktivitetsparat. Marts:
    # 11.944 kr. til ansøgeren alene (enlig den 1., FT-KH-AENDRING). April-maj: ansøgeren § 25, stk. 2, nr. 2 11.944 +
    # ægtefællen § 23, stk. 2, nr. 8 6.545 = 18.489 kr. (bm.dk 2023). I juni har ægtefællen fået hjælp i april og maj,
    # ikke i marts: 2 af de 3 måneder før, så intet aktivitetstillæg (§ 24, stk. 1). Juni: ansøgeren har anden indtægt
    # 12.000 kr. (§ 30, stk. 1): 11.944 - 12.000 < 0, hans hjælp er 0 kr., og de overskydende 56 kr. nedsætter
    # ægtefællens hjælp (§§ 2, 26): 6.545 - 56 = 6.489 kr. udbetales. Boligstøtten 2.000 kr. deles mellem de 2 voksne:
    # ægtefællens loft § 25 b, stk. 3, nr. 3 (gift, ikke forsørger, 2023) 9.863: 6.489 + 1.000 < 9.863, ingen
    # nedsættelse; ansøgeren modtager ingen hjælp, så loftet angår ham ikke. I alt 11.944 + 2 x 18.489 + 6.489 =
    # 55.411,00 kr.
    Givet en enlig ansøger født 1975-06-06
    Og ansøgeren blev gift 2023-03-02 med en ægtefælle født 2000-08-08
    Og ægtefællen har ingen erhvervskompetencegivende uddannelse
    Og ægtefællen er aktivitetsparat
    Og ansøgeren har i 2023-06 anden indtægt på 12.000,00 kr.
    Og husstanden får i 2023-06 boligstøtte på 2.000,00 kr.
    Når sagen afgøres for 2023-03 til 2023-06
    Så udbetales 11.944,00 kr. for 2023-03
    Og der udbetales 18.489,00 kr. for 2023-05
    Og der udbetales 6.489,00 kr. for 2023-06
    Og ansøgerens hjælp er 0,00 kr. for 2023-06
    Og ægtefællens hjælp nedsættes med 56,00 kr. for 2023-06 på grund af ægtefællens indtægt
    Og ægtefællen får ikke aktivitetstillæg for 2023-06
    Og boligstøtten nedsættes med 0,00 kr. for 2023-06
    Og der er udbetalt 55.411,00 kr. i alt
