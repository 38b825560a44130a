# language: da
@udkast @alvor:A
Egenskab: 225-timersreglen, og at nedsættelse kræver en afgørelse med begrundelse (aktivloven § 13 f-g; forvaltningsloven §§ 19, 22, 24)

  Baggrund:
    Givet en enlig ansøger født 1980-05-05
    Og ansøgeren har i de 12 måneder før 2024-03 modtaget hjælp og arbejdet 0 timer i alt

  @id:KH-225-001
  Scenarie: Uden afgørelse udbetales uændret hjælp
    Når kontanthjælpen beregnes for 2024-03 til 2024-05
    Så udbetales 12.326,00 kr. for 2024-04
    Og er nedsættelsen ikke hjemlet uden afgørelse

  @id:KH-225-002
  Scenarie: Med afgørelse nedsættes hjælpen fra måneden efter afgørelsen
    Givet kommunen har den 2024-03-15 truffet afgørelse om 225-timersreglen med begrundelse "Ikke 225 timers arbejde inden for 12 måneder"
    Når kontanthjælpen beregnes for 2024-03 til 2024-05
    Så udbetales 12.326,00 kr. for 2024-03
    Og udbetales 11.202,00 kr. for 2024-04
    Og må nedsættelsen tidligst få virkning 2024-04-01

  @id:KH-225-003
  Scenarie: En afgørelse uden begrundelse er ikke hjemmel
    Givet kommunen har den 2024-02-10 truffet afgørelse om 225-timersreglen uden begrundelse
    Når kontanthjælpen beregnes for 2024-03
    Så udbetales 12.326,00 kr. for 2024-03

  @id:KH-225-004
  Scenarie: Afgørelsen tæller kun fra måneden efter, også når den træffes den 1.
    Givet kommunen har den 2024-04-01 truffet afgørelse om 225-timersreglen med begrundelse "Ikke 225 timer"
    Når kontanthjælpen beregnes for 2024-03 til 2024-05
    Så udbetales 12.326,00 kr. for 2024-04
    Og udbetales 11.202,00 kr. for 2024-05
