# language: da
@sdl-30
Egenskab: Arbejdsgiverperiode
  Baggrund:
    Givet en lønmodtager ansat siden 2023-01-01
    Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger
    Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder

  @id:SDP-030-001 @alvor:A
  Scenarie: Kommunen betaler fra dagen efter arbejdsgiverperioden
    Givet første fraværsdag er 1. april 2024
    Og sidste fraværsdag er 2024-05-01
    Når sagen afgøres
    Så har borgeren ret til sygedagpenge fra arbejdsgiveren
    Og arbejdsgiverperioden er 2024-04-01 til 2024-04-30
    Og kommunen betaler sygedagpenge fra 2024-05-01
    Og ugebeløbet er 4.084,80 kr.

  @alvor:B
  Abstrakt Scenario: Timer
    Givet første fraværsdag er 2024-04-01
    Og sidste fraværsdag er <sidste>
    Når sagen afgøres
    Så har borgeren ret til sygedagpenge fra arbejdsgiveren

    Eksempler:
      | id          | sidste     |
      | SDP-030-002 | 2024-05-01 |
