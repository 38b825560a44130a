# language: da
@udkast @alvor:A
Egenskab: Ægtepar og samlevende

  @id:KH-PAR-001
  Scenarie: Ægtepar over 30 med barn: hver sin forsørgersats
    Givet et ægtepar: ansøger født 1980-05-05, ægtefælle født 1982-01-01
    Og husstanden har et barn født 2016-01-01
    Når kontanthjælpen beregnes for 2024-09
    Så udbetales 32.764,00 kr. for 2024-09

  @id:KH-PAR-002
  Scenarie: Loftet for ægtepar deler støtten ligeligt
    Givet et ægtepar: ansøger født 1980-05-05, ægtefælle født 1982-01-01
    Og husstanden har et barn født 2016-01-01
    Og husstanden får i 2024-09 særlig støtte 2.000,00 kr. og boligstøtte 4.000,00 kr.
    Når kontanthjælpen beregnes for 2024-09
    Så nedsættes særlig støtte med 2.000,00 kr. for 2024-09
    Og nedsættes boligstøtte med 4.000,00 kr. for 2024-09

  @id:KH-PAR-003
  Scenarie: Ægtefælle, der ikke søger, men tjener: fradrag efter det nye fribeløb
    Givet et ægtepar: ansøger født 1980-05-05, ægtefælle født 1980-02-02 som ikke søger hjælp
    Og ægtefællen har i 2025-08 tjent 10.000,00 kr.
    Når kontanthjælpen beregnes for 2025-08
    Så udbetales 7.681,50 kr. for 2025-08

  @id:KH-PAR-004
  Scenarie: Ægtepar efter 1. juli 2025, hver sit fribeløb
    Givet et ægtepar: ansøger født 1980-05-05, ægtefælle født 1980-02-02
    Og ansøgeren har i 2025-08 tjent 5.000,00 kr.
    Når kontanthjælpen beregnes for 2025-08
    Så udbetales 23.429,50 kr. for 2025-08

  @id:KH-PAR-005
  Scenarie: Ægtefællers formue ses under ét (31.000 kr. fra 1. juli 2025)
    Givet et ægtepar: ansøger født 1980-01-01 med formue 15.500,00 kr., ægtefælle født 1980-02-02 med formue 15.501,00 kr.
    Når kontanthjælpen beregnes for 2025-09
    Så udbetales 24.995,00 kr. for 2025-09

  @id:KH-PAR-006
  Scenarie: 225-timersreglen for ægtepar: ægtefællens hjælp bortfalder efter afgørelse, og særlig støtte bortfalder
    Givet et ægtepar: ansøger født 1980-05-05, ægtefælle født 1981-05-05
    Og ansøgeren har i de 12 måneder før 2023-03 modtaget hjælp og arbejdet 300 timer i alt
    Og ægtefællen har i de 12 måneder før 2023-03 modtaget hjælp og arbejdet 0 timer i alt
    Og husstanden får i 2023-03 særlig støtte 800,00 kr.
    Og kommunen har den 2023-02-20 truffet afgørelse om ægtefællens bortfald med begrundelse "Ikke 225 timer"
    Når kontanthjælpen beregnes for 2023-03
    Så udbetales 11.944,00 kr. for 2023-03
    Og nedsættes særlig støtte med 800,00 kr. for 2023-03
