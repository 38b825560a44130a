"""Negative findings as files, and back: `ydelsestjek negative --export DIR` writes each shrunk finding as
`DIR/<ydelse>/<NEG-id>.json`, and `--corpus DIR` sends such files again, so a defect once found is checked in
every later run (the way exported fuzz counterexamples become scenarios).

A file holds the invalid case (`sag`), what is wrong with it (`art`, `felt`, `beskrivelse`), the answer expected
(`forventet: afvist`) and who was found deciding it. The case is what a vendor can put in its own test suite.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from harness.config_files import ConfigError

from .mutations import KINDS, Mutation
from .stage import CORPUS, Finding, NegativeCase

EXPORT_VERSION = "1.0"


def export(findings: list[Finding], out: Path, system: str) -> list[Path]:
    written = []
    for f in findings:
        m = f.mutation
        doc = {"negativ_version": EXPORT_VERSION, "id": f.id, "ydelse": f.ydelse, "art": m.kind, "felt": m.felt,
               "variant": m.variant, "beskrivelse": m.beskrivelse, "alvor": KINDS[m.kind][1], "forventet": "afvist",
               "fundet": {"hos": system, "dato": dt.date.today().isoformat(), "fra_golden": f.seed,
                          "afgoerelse": f.answer}, "sag": f.case}
        path = Path(out) / f.ydelse / f"{f.id}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


def load_corpus(folder: Path) -> list[NegativeCase]:
    """The exported findings in `folder` (any depth) as negative cases to send again (id `<id>-K`, so a case found
    anew in the same run is told apart); ConfigError naming the file and the problem for one that is not such a file."""
    cases, problems = [], []
    for path in sorted(Path(folder).rglob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc.get("negativ_version") != EXPORT_VERSION:
                raise ValueError(f"negativ_version {doc.get('negativ_version')!r}, expected {EXPORT_VERSION!r}")
            if doc.get("art") not in KINDS or not isinstance(doc.get("sag"), dict) or not isinstance(doc.get("id"), str):
                raise ValueError("expected art (one of " + ", ".join(KINDS) + "), id and sag (the case)")
        except (OSError, UnicodeDecodeError, ValueError, AttributeError) as exc:
            problems.append(f"{path}: {exc}")
            continue
        felt = tuple(int(p) if p.isdigit() else p for p in str(doc.get("felt", "")).split("/") if p) \
            if doc.get("felt") != "(hele sagen)" else ()
        m = Mutation(doc["art"], felt, str(doc.get("variant", "korpus")), str(doc.get("beskrivelse", "")), "set",
                     None)
        cases.append(NegativeCase(f"{doc['id']}-K", str(doc.get("ydelse", "")), CORPUS, doc["sag"], m, doc["sag"]))
    if problems:
        raise ConfigError(folder, problems)
    return cases
