# language: da
@udkast @alvor:A
Egenskab: Kontanthjælpsloftet nedsætter særlig støtte og boligstøtte, ikke hjælpen (aktivloven § 25 b)

  @id:KH-LOFT-001
  Scenarie: Særlig støtte nedsættes før boligstøtte
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2024-05 særlig støtte 1.000,00 kr. og boligstøtte 3.000,00 kr.
    Når kontanthjælpen beregnes for 2024-05
    Så udbetales 12.326,00 kr. for 2024-05
    Og nedsættes særlig støtte med 1.000,00 kr. for 2024-05
    Og nedsættes boligstøtte med 417,00 kr. for 2024-05

  @id:KH-LOFT-002
  Scenarie: Præcis ved loftet nedsættes intet
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2024-05 boligstøtte 2.583,00 kr.
    Når kontanthjælpen beregnes for 2024-05
    Så nedsættes boligstøtte med 0,00 kr. for 2024-05

  @id:KH-LOFT-003
  Scenarie: Loftet gælder ikke fra 1. juli 2025
    Givet en enlig ansøger født 1980-05-05
    Og husstanden får i 2025-08 særlig støtte 1.000,00 kr. og boligstøtte 5.000,00 kr.
    Når kontanthjælpen beregnes for 2025-08
    Så nedsættes boligstøtte med 0,00 kr. for 2025-08
