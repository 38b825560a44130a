"""Sygedagpenge (lov om sygedagpenge, BEK 1091/2021): one benefit, one package. The machinery reaches it only
through `YDELSE` (the entry point `ydelsestjek.ydelser`); its parts are described in harness/contract/ydelse.py."""
from harness.contract.ydelse import Ydelse

YDELSE = Ydelse.fra_pakke(__name__)
