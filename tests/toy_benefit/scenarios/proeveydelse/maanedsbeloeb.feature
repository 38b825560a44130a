# language: da
Egenskab: Månedsbeløbet (prøveloven § 2 — opdigtet, en testfixture)
  1.000,00 kr. om måneden minus halvdelen af indtægten, aldrig under 0.

  @id:PRV-002-001 @prl-2 @alvor:A
  Scenarie: Indtægt nedsætter beløbet med det halve
    # 1.000,00 - 300,00 / 2 = 850,00; 1.000,00 - 2.500,00 / 2 = -250,00 -> 0,00
    Givet borgeren har en indtægt på 300,00 kr. i 2024-05
    Og borgeren har en indtægt på 2.500,00 kr. i 2024-06
    Når sagen afgøres
    Så udbetales 850,00 kr. for 2024-05
    Og udbetales 0,00 kr. for 2024-06
