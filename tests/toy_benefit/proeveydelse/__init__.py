"""A toy benefit under a made-up law (a test fixture, not law): found only through its entry point."""
from harness.contract.ydelse import Ydelse

YDELSE = Ydelse.fra_pakke(__name__)
