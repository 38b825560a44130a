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
