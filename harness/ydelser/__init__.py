"""The benefits bundled with ydelsestjek, one package each (harness/contract/ydelse.py describes what a package
holds). The machinery finds them through the entry point group `ydelsestjek.ydelser`, never by importing them."""
