# language: da
@alvor:A
Egenskab: Procedure: ansøgning, og at en nedsættelse kun får virkning efter en afgørelse med begrundelse
  Hjælp ydes fra ansøgningen (aktivloven § 11; udbetaling bagud, § 89). En nedsættelse eller et bortfald, som
  loven kræver, har tidligst virkning fra den 1. i måneden efter, at kommunen har truffet en afgørelse med
  begrundelse (forvaltningsloven §§ 22 og 24); partshøring (§ 19) registreres, men blokerer ikke. Et system, der
  nedsætter tidligere, giver borgeren for lidt uden hjemmel: alvor A. Faktaark: danish-law.md 2.7 (§ 89) og
  KILDER.md (§ 13 g). Fortolkninger: FT-KH-ANSOEGNING, FT-KH-AFGOERELSE-VIRKNING, FT-KH-AFRUNDING.

  @id:KH-011-001 @akl-11
  Scenarie: Ingen hjælp før ansøgningen, forholdsmæssig hjælp i ansøgningsmåneden
    # § 25, stk. 2, nr. 2 (2023, bm.dk) 11.944 kr. Februar ligger før ansøgningen: ansøgerens hjælp og udbetalingen 0 kr.
    # Marts: 17.-31. marts = 15 af 31 dage (FT-KH-ANSOEGNING): 11.944 x 15/31 = 5.779,354.. -> 5.779,35 kr., og
    # ansøgerens hjælp i afgørelsen er det samme beløb (det, der ydes, ikke månedens fulde hjælp).
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren søgte om hjælp 2023-03-17
    Når sagen afgøres for 2023-02 til 2023-03
    Så udbetales 0,00 kr. for 2023-02
    Og ansøgerens hjælp er 0,00 kr. for 2023-02
    Og der udbetales 5.779,35 kr. for 2023-03
    Og ansøgerens hjælp er 5.779,35 kr. for 2023-03

  @id:KH-011-002 @akl-11
  Scenarie: Ansøgning den 1. i måneden giver hele månedens hjælp
    # Marts ligger før ansøgningen: 0 kr., også som ansøgerens hjælp. April: hele måneden, § 25, stk. 2, nr. 2 (2024) 12.326 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren søgte om hjælp 2024-04-01
    Når sagen afgøres for 2024-03 til 2024-04
    Så udbetales 0,00 kr. for 2024-03
    Og ansøgerens hjælp er 0,00 kr. for 2024-03
    Og der udbetales 12.326,00 kr. for 2024-04

  @id:KH-022-001 @fvl-22 @fvl-24 @akl-13g
  Scenarie: Afgørelse med begrundelse midt i måneden: nedsættelsen gælder fra den 1. i måneden efter
    # 32 år, ikke forsørger: 12.326 kr. (2024); § 13 g, stk. 1, nr. 1 (2024) 1.125 kr. (UNCONFIRMED, udledt år for år fra
    # 1.069 (2022, brk.dk)): nedsat hjælp 12.326 - 1.125 = 11.201,00 kr.
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren modtog hjælp fra 2023-05 til 2024-04 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-05-10 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-05 til 2024-07
    Så udbetales 12.326,00 kr. for 2024-05
    Og der udbetales 11.201,00 kr. for 2024-06
    Og der udbetales 11.201,00 kr. for 2024-07
    Og nedsættelsen har tidligst virkning fra 2024-06-01

  @id:KH-022-002 @fvl-22 @akl-13g
  Scenarie: Afgørelse uden begrundelse: ingen nedsættelse
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren modtog hjælp fra 2023-05 til 2024-04 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-05-10 afgørelse om nedsættelse efter 225-timersreglen uden begrundelse
    Når sagen afgøres for 2024-05 til 2024-07
    Så udbetales 12.326,00 kr. for 2024-07
    Og der er udbetalt 36.978,00 kr. i alt
    Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse

  @id:KH-022-003 @fvl-19 @fvl-22 @akl-13g
  Scenarie: Partshøring før afgørelsen ændrer ikke virkningstidspunktet
    # 32 år, ikke forsørger: 12.326 kr. (2024); § 13 g, stk. 1, nr. 1 (2024) 1.125 kr. (UNCONFIRMED, udledt år for år fra
    # 1.069 (2022, brk.dk)): nedsat hjælp 12.326 - 1.125 = 11.201,00 kr.
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren modtog hjælp fra 2023-05 til 2024-04 og arbejdede 0 timer om måneden
    Og kommunen partshørte ansøgeren 2024-04-25
    Og kommunen traf 2024-05-10 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-05 til 2024-06
    Så udbetales 12.326,00 kr. for 2024-05
    Og der udbetales 11.201,00 kr. for 2024-06

  @id:KH-022-004 @fvl-22 @akl-13g
  Scenarie: Først en afgørelse uden begrundelse, siden en med: virkning efter den med begrundelse
    # 32 år, ikke forsørger: 12.326 kr. (2024); § 13 g, stk. 1, nr. 1 (2024) 1.125 kr. (UNCONFIRMED, udledt år for år fra
    # 1.069 (2022, brk.dk)): nedsat hjælp 12.326 - 1.125 = 11.201,00 kr.
    Givet en enlig ansøger på 32 år uden børn
    Og ansøgeren modtog hjælp fra 2023-05 til 2024-04 og arbejdede 0 timer om måneden
    Og kommunen traf 2024-04-10 afgørelse om nedsættelse efter 225-timersreglen uden begrundelse
    Og kommunen traf 2024-06-05 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-05 til 2024-07
    Så udbetales 12.326,00 kr. for 2024-06
    Og der udbetales 11.201,00 kr. for 2024-07
    Og nedsættelsen har tidligst virkning fra 2024-07-01

  @id:KH-022-005 @fvl-22 @akl-13f
  Scenarie: En afgørelse om den forkerte ægtefælle er ikke hjemmel for bortfald
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 25 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2023-02-20 afgørelse om bortfald af ansøgerens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 23.888,00 kr. for 2023-03
    Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse

  @id:KH-011-690 @akl-11
  Scenarie: Ansøgning den sidste dag i måneden giver én dags hjælp
    # Hjælp ydes fra ansøgningsdagen (aktivloven § 11; FT-KH-ANSOEGNING): ansøgning 2024-04-30 = 1 af aprils 30 dage.
    # § 25, stk. 2, nr. 2 (2024, bm.dk) 12.326 x 1/30 = 410,866.. -> 410,87 kr. (FT-KH-AFRUNDING). Maj: hele måneden,
    # 12.326,00 kr. I alt 410,87 + 12.326,00 = 12.736,87 kr.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren søgte om hjælp 2024-04-30
    Når sagen afgøres for 2024-04 til 2024-05
    Så udbetales 410,87 kr. for 2024-04
    Og ansøgerens hjælp er 410,87 kr. for 2024-04
    Og der udbetales 12.326,00 kr. for 2024-05
    Og der er udbetalt 12.736,87 kr. i alt

  @id:KH-011-694 @akl-11
  Scenarie: To ansøgninger i samme måned: hjælpen ydes fra den første
    # Hjælp ydes fra ansøgningen (aktivloven § 11; FT-KH-ANSOEGNING); en ny ansøgning flytter ikke tidspunktet. Første
    # ansøgning 2024-04-10: 10.-30. april = 21 af 30 dage: 12.326 (§ 25, stk. 2, nr. 2, 2024, bm.dk) x 21/30 = 8.628,20 kr.
    # (fra den anden ansøgning 2024-04-20 ville det være 11/30: 4.519,53 kr.).
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren søgte om hjælp 2024-04-20
    Og ansøgeren søgte om hjælp 2024-04-10
    Når sagen afgøres for 2024-04
    Så udbetales 8.628,20 kr. for 2024-04
    Og ansøgerens hjælp er 8.628,20 kr. for 2024-04

  @id:KH-011-695 @akl-11
  Scenarie: Ingen i husstanden søger hjælp: intet udbetales
    # Hjælp ydes kun efter ansøgning (aktivloven § 11). Ægteparret søger ikke hjælp i sagen: udbetales 0,00 kr., årsag
    # INGEN_ANSOEGER (ikke formue eller indtægt).
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1982-01-01
    Og ansøgeren søger ikke hjælp
    Og ægtefællen søger ikke hjælp
    Når sagen afgøres for 2024-05
    Så udbetales 0,00 kr. for 2024-05
    Og ansøgerens hjælp er 0,00 kr. for 2024-05

  @id:KH-011-994 @akl-11 @akl-19-stk-3
  Scenarie: Ansøgning den 30. november 2025: intet i oktober, én dags hjælp i november, hele december
    # Enlig, 25 år (født 2000-03-03), ingen børn, aktivitetsparat, uden 2½ års beskæftigelse: grundsats 7.205 + tillæg
    # til enlige 1.092 + særligt ungetillæg 25-29 år 2.590 (§ 19, stk. 3, nr. 2: fyldt 25) = 10.887 kr. (§§ 16-19;
    # KILDER.md). Oktober ligger før ansøgningen: 0 kr. November: ansøgning den sidste dag = 1 af 30 dage (§ 11;
    # FT-KH-ANSOEGNING): 10.887 x 1/30 = 362,90 kr. December: hele måneden 10.887 kr. I alt 11.249,90 kr.
    Givet en enlig ansøger født 2000-03-03
    Og ansøgeren er aktivitetsparat
    Og ansøgeren søgte om hjælp 2025-11-30
    Når sagen afgøres for 2025-10 til 2025-12
    Så udbetales 0,00 kr. for 2025-10
    Og ansøgerens hjælp er 0,00 kr. for 2025-10
    Og der udbetales 362,90 kr. for 2025-11
    Og ansøgerens hjælp er 362,90 kr. for 2025-11
    Og der udbetales 10.887,00 kr. for 2025-12
    Og ansøgeren får særligt ungetillæg på 2.590,00 kr. for 2025-12
    Og der er udbetalt 11.249,90 kr. i alt

  @id:KH-011-995 @akl-11
  Scenarie: Ægtepar søger den 31. august 2025: intet i juli, én dags hjælp i august, hele september
    # Ægtepar over 30, ingen børn: forhøjet sats 12.498 kr. hver (§ 16, stk. 1, nr. 2; UNCONFIRMED), gift: intet tillæg
    # til enlige. Juli ligger før ansøgningen: 0 kr. August: ansøgning den sidste dag = 1 af 31 dage (§ 11;
    # FT-KH-ANSOEGNING): 12.498 x 1/31 = 403,161.. -> 403,16 kr. hver, 806,32 kr. September: 2 x 12.498 = 24.996 kr.
    # I alt 25.802,32 kr.
    Givet et ægtepar, hvor ansøgeren er født 1970-01-01 og ægtefællen er født 1972-02-02
    Og ansøgeren søgte om hjælp 2025-08-31
    Når sagen afgøres for 2025-07 til 2025-09
    Så udbetales 0,00 kr. for 2025-07
    Og ægtefællens hjælp er 0,00 kr. for 2025-07
    Og der udbetales 806,32 kr. for 2025-08
    Og ægtefællens hjælp er 403,16 kr. for 2025-08
    Og der udbetales 24.996,00 kr. for 2025-09
    Og ægtefællens hjælp er 12.498,00 kr. for 2025-09
    Og der er udbetalt 25.802,32 kr. i alt

  @id:KH-011-996 @akl-11
  Scenarie: Samlevende, der ingen af dem søger hjælp: intet udbetales, også når samleveren tjener
    # Hjælp ydes kun efter ansøgning (§ 11). Ingen af de samlevende søger; samleveren tjener 20.000 kr. i maj 2023:
    # udbetales 0,00 kr., fordi ingen søger (ikke fordi indtægten overstiger hjælpen).
    Givet et samlevende par, hvor ansøgeren er født 1985-05-05 og samleveren er født 1986-06-06
    Og ansøgeren søger ikke hjælp
    Og samleveren søger ikke hjælp
    Og samleveren har i 2023-05 tjent 20.000,00 kr.
    Når sagen afgøres for 2023-05
    Så udbetales 0,00 kr. for 2023-05
    Og ansøgerens hjælp er 0,00 kr. for 2023-05

  @id:KH-011-997 @akl-11 @akl-14
  Scenarie: En enlig med formue, der ikke søger hjælp: intet udbetales, fordi der ikke er søgt
    # Enlig over 30 med 50.000 kr. i formue søger ikke hjælp (§ 11): udbetales 0,00 kr. i juli 2024, fordi ingen søger;
    # formuen (§ 14) er ikke årsagen, der er ingen hjælp at fradrage den i.
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren søger ikke hjælp
    Og ansøgeren har en formue på 50.000,00 kr.
    Når sagen afgøres for 2024-07
    Så udbetales 0,00 kr. for 2024-07
    Og ansøgerens hjælp er 0,00 kr. for 2024-07

  @id:KH-022-999 @fvl-22 @akl-13g
  Scenarie: Ugift under 30 med psykisk lidelse: afgørelse om nedsættelse uden begrundelse giver ingen nedsættelse i 2025
    # 27 år, uddannet, udeboende, dokumenteret psykisk lidelse, på hjælp 2024-03 til 2025-02 med 0 timer: kravet i § 13 f
    # er ikke opfyldt. Afgørelsen 2025-02-20 er uden begrundelse (forvaltningsloven § 22): ingen hjemmel til
    # nedsættelse. Marts 2025: § 25, stk. 3, nr. 5 (udeboende med psykisk lidelse) = stk. 2, nr. 2-niveauet 12.770 kr.
    # (2025, UNCONFIRMED, KILDER.md) uden nedsættelse.
    Givet en enlig ansøger på 27 år uden børn
    Og ansøgeren har en dokumenteret psykisk lidelse
    Og ansøgeren modtog hjælp fra 2024-03 til 2025-02 og arbejdede 0 timer om måneden
    Og kommunen traf 2025-02-20 afgørelse om nedsættelse efter 225-timersreglen uden begrundelse
    Når sagen afgøres for 2025-03
    Så udbetales 12.770,00 kr. for 2025-03
    Og ansøgerens satskategori er u30_psykisk_syg_udeboende for 2025-03
    Og ansøgerens hjælp nedsættes ikke for 2025-03
    Og nedsættelsen er ikke hjemlet, fordi der ikke er truffet afgørelse med begrundelse

  @id:KH-022-006 @fvl-19 @fvl-22 @akl-13f @akl-26
  Scenarie: Ægtepar: ægtefællen partshøres samme dag, som kommunen træffer afgørelse om bortfald
    # Begge over 30, ingen børn. Hjælp 2023-03 til 2024-02: ansøgeren 12 x 25 = 300 timer (>= 225, opfylder kravet),
    # ægtefællen 0 timer (12 af 36 måneder på hjælp: opfylder ikke, § 13 f, stk. 6-7). Ægtefællen partshøres 20.2.2024,
    # og samme dag træffes afgørelse med begrundelse om bortfald af ægtefællens hjælp: virkning fra 1.3.2024
    # (FT-KH-AFGOERELSE-VIRKNING). En partshøring samme dag som afgørelsen er holdt før den (forvaltningsloven § 19;
    # FT-KH-PARTSHOERING-SAMME-DAG): afgørelseskravets note er "afgørelse med begrundelse foreligger" uden
    # bemærkning om manglende partshøring. Marts 2024: ægtefællens hjælp 0,00 kr.; ansøgeren § 25, stk. 2, nr. 2
    # (2024, bm.dk) 12.326,00 kr.; udbetalt 12.326,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 1980-05-05 og ægtefællen er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2023-03 til 2024-02 og arbejdede 25 timer om måneden
    Og ægtefællen modtog hjælp fra 2023-03 til 2024-02 og arbejdede 0 timer om måneden
    Og kommunen partshørte ægtefællen 2024-02-20
    Og kommunen traf 2024-02-20 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03
    Og ægtefællens hjælp bortfalder for 2024-03 efter 225-timersreglen
    Og ægtefællens hjælp er 0,00 kr. for 2024-03
    Og ansøgerens hjælp er 12.326,00 kr. for 2024-03
    Og nedsættelsen har tidligst virkning fra 2024-03-01

  @id:KH-022-007 @fvl-19 @fvl-22 @akl-13g
  Scenarie: Samlevende: den ene partshøres samme dag som afgørelsen, den anden dagen efter; begge nedsættes
    # Begge over 30, ugifte (FT-KH-SAMLEVENDE), hjælp 2022-03 til 2023-02 med 0 timer: ingen opfylder kravet.
    # Afgørelse med begrundelse om husstanden 20.2.2023: virkning fra 1.3.2023. Ansøgeren partshøres 20.2.2023 (samme
    # dag: holdt før afgørelsen, FT-KH-PARTSHOERING-SAMME-DAG), samleveren 21.2.2023 (dagen efter: ikke før; noten
    # for samleveren nævner manglende partshøring efter forvaltningsloven § 19, men partshøringen blokerer ikke
    # nedsættelsen, FT-KH-AFGOERELSE-VIRKNING). § 13 g, stk. 1, nr. 1 (2023) 1.090 kr. (UNCONFIRMED, KILDER.md:
    # 1.069 (2022, brk.dk) x 11.944/11.716 = 1.089,77 -> 1.090). Hver: § 25, stk. 2, nr. 2 (2023, bm.dk)
    # 11.944 - 1.090 = 10.854,00 kr.; i alt 2 x 10.854 = 21.708,00 kr.
    Givet et samlevende par, hvor ansøgeren er født 1980-05-05 og samleveren er født 1981-05-05
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og samleveren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen partshørte ansøgeren 2023-02-20
    Og kommunen partshørte samleveren 2023-02-21
    Og kommunen traf 2023-02-20 afgørelse om nedsættelse efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03
    Så udbetales 21.708,00 kr. for 2023-03
    Og ansøgerens hjælp nedsættes med 1.090,00 kr. for 2023-03 efter 225-timersreglen
    Og samleverens hjælp nedsættes med 1.090,00 kr. for 2023-03 efter 225-timersreglen
    Og nedsættelsen har tidligst virkning fra 2023-03-01

  @id:KH-022-008 @fvl-19 @fvl-22 @akl-13f @akl-26
  Scenarie: Ægtepar: partshøring og afgørelse om bortfald samme dag midt i måneden; bortfald fra måneden efter
    # Begge over 30, ingen børn. Hjælp 2022-03 til 2023-02: ansøgeren 25 timer om måneden (marts-vinduet 300 timer,
    # april-vinduet 2022-04 til 2023-03: 11 x 25 + 0 = 275 >= 225), ægtefællen 0 timer: loven kræver bortfald fra
    # 1.3.2023. Ægtefællen partshøres 15.3.2023 og samme dag træffes afgørelse med begrundelse (høringen er holdt før
    # afgørelsen, FT-KH-PARTSHOERING-SAMME-DAG): virkning fra 1.4.2023 (FT-KH-AFGOERELSE-VIRKNING).
    # Marts: uændret 2 x 11.944 (§ 25, stk. 2, nr. 2, 2023, bm.dk) = 23.888,00 kr. April: ægtefællens hjælp
    # bortfalder, udbetalt 11.944,00 kr. I alt 23.888 + 11.944 = 35.832,00 kr.
    Givet et ægtepar, hvor ansøgeren er født 1975-02-10 og ægtefællen er født 1978-09-01
    Og ansøgeren modtog hjælp fra 2022-03 til 2023-02 og arbejdede 25 timer om måneden
    Og ægtefællen modtog hjælp fra 2022-03 til 2023-02 og arbejdede 0 timer om måneden
    Og kommunen partshørte ægtefællen 2023-03-15
    Og kommunen traf 2023-03-15 afgørelse om bortfald af ægtefællens hjælp efter 225-timersreglen med begrundelse
    Når sagen afgøres for 2023-03 til 2023-04
    Så udbetales 23.888,00 kr. for 2023-03
    Og ægtefællens hjælp nedsættes ikke for 2023-03
    Og der udbetales 11.944,00 kr. for 2023-04
    Og ægtefællens hjælp bortfalder for 2023-04 efter 225-timersreglen
    Og nedsættelsen har tidligst virkning fra 2023-04-01
    Og der er udbetalt 35.832,00 kr. i alt
