"""Ressourceforløbsydelse under jobafklaringsforløb (aktivloven kapitel 6 b): one benefit, one package. The
machinery reaches it only through `YDELSE` (the entry point `ydelsestjek.ydelser`)."""
from harness.contract.ydelse import Ydelse

YDELSE = Ydelse.fra_pakke(__name__)
