# language: da
@sdl-25
Egenskab: Grænsen er allerede nået af tidligere sygeperioder (§ 25)
  Har borgeren nået folkepensionsalderen, ophører udbetalingen efter udløbet af den kalendermåned, hvor der er
  udbetalt sygedagpenge eller løn under sygdom i mere end 26 uger (130 talte dage) i de 12 forudgående
  kalendermåneder (§ 25, stk. 1, nr. 3; FT-SDP-25). De første 30 kalenderdage af hvert sygefravær tæller ikke med
  (§ 24, stk. 3). Er de tidligere dage alene over grænsen, er revurderingstidspunktet den første talte dag i det nye
  fravær (FT-SDP-GRAENSE-ALLEREDE-NAAET, UNCONFIRMED), ikke en dag før den.
  Alle: født 10.1.1958 (67 år efter pensionslovens § 1 a): folkepensionsalderen nås 10.1.2025. Tidligere syg fra
  mandag 6.1.2025, talt fra onsdag 5.2. (efter 30 dage): februar 18, marts 21, april 22, maj 22, juni 21, juli 23
  hverdage = 127 til og med juli; august 1. og 4.-8. = 6 (133 til og med 8.8.), 11.-29.8. = 15 (148 til og med
  29.8.). Beskæftigelseskravet er opfyldt ved ret til arbejdsløshedsdagpenge (§ 32, stk. 1, nr. 2).
  Regnestykker: 120,00 x 0,92 = 110,40 kr.; x 37 = 4.084,80 kr. om ugen, 816,96 kr. pr. dag (under loftet).

  Baggrund:
    Givet en lønmodtager ansat siden 2019-01-01
    Og borgeren har arbejdet 148 timer hos arbejdsgiveren i de seneste 8 uger
    Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen
    Og borgeren ville have haft ret til arbejdsløshedsdagpenge
    Og borgeren er født 1958-01-10

  Regel: Er de tidligere dage alene over 130, er grænsen overskredet den første talte dag

    # Tidligere syg 6.1.-29.8.2025: 148 talte dage, alle i vinduet (12 måneder før november: fra 1.12.2024).
    # Nyt fravær fra mandag 6.10.2025: arbejdsgiverperioden 6.10.-4.11. tæller ikke; første talte dag onsdag 5.11.:
    # 148 + 1 = 149 > 130 -> revurderingstidspunkt 5.11.2025 (ikke tirsdag 4.11., som ikke tælles), ophør 30.11.
    # Kommunen betaler 5.-30.11.: 3 + 5 + 5 + 5 = 18 dage x 816,96 = 14.705,28 kr.
    @id:SDP-025-650 @alvor:A
    Scenarie: Tidligere 148 talte dage: grænsen overskrides den første talte dag i det nye fravær
      Givet borgeren har tidligere været syg fra 2025-01-06 til 2025-08-29
      Og første fraværsdag er 2025-10-06
      Og sidste fraværsdag er 2025-12-31
      Når sagen afgøres
      Så er revurderingstidspunktet 2025-11-05
      Og sidste betalingsdag er 2025-11-30
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen
      Og der er udbetalt 14.705,28 kr. i alt

    # Tidligere syg 6.1.-8.8.2025: 133 talte dage (vindue for december: fra 1.1.2025, alle med). Nyt fravær fra mandag
    # 3.11.2025: arbejdsgiverperioden 3.11.-2.12. tæller ikke; første talte dag onsdag 3.12.: 133 + 1 = 134 > 130 ->
    # revurderingstidspunkt 3.12.2025, ophør 31.12.2025.
    @id:SDP-025-651 @alvor:A
    Scenarie: Tidligere 133 talte dage: revurderingstidspunktet er første talte dag i december
      Givet borgeren har tidligere været syg fra 2025-01-06 til 2025-08-08
      Og første fraværsdag er 2025-11-03
      Og sidste fraværsdag er 2026-01-30
      Når sagen afgøres
      Så er revurderingstidspunktet 2025-12-03
      Og sidste betalingsdag er 2025-12-31
      Og udbetalingen ophører på grund af varighedsbegrænsningen efter folkepensionsalderen

    # Tidligere syg 6.1.-29.8.2025: 148 talte dage (vindue for oktober: fra 1.11.2024). Nyt fravær fra mandag
    # 29.9.2025: arbejdsgiverperioden 29.9.-28.10. tæller ikke; første talte dag onsdag 29.10.: 149 > 130 ->
    # revurderingstidspunkt 29.10.2025, ophør 31.10.; kommunen betaler 29.-31.10.: 3 x 816,96 = 2.450,88 kr.
    @id:SDP-025-652 @alvor:A
    Scenarie: Tidligere 148 talte dage: revurdering og ophør i samme uge
      Givet borgeren har tidligere været syg fra 2025-01-06 til 2025-08-29
      Og første fraværsdag er 2025-09-29
      Og sidste fraværsdag er 2025-11-28
      Når sagen afgøres
      Så er revurderingstidspunktet 2025-10-29
      Og sidste betalingsdag er 2025-10-31
      Og der er udbetalt 2.450,88 kr. i alt
