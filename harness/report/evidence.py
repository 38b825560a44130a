"""Write and read the evidence pack: results.json is checked against its model (harness/contract/records.py
RunResults, exported as results.schema.json) both ways."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from harness.contract.records import RunResults
from harness.contract.validation import Lang, error_lines

SCHEMA = Path(__file__).resolve().parents[1] / "contract" / "schemas" / "results.schema.json"


class ResultsFileError(Exception):
    """results.json is missing, not JSON, or not valid against its schema."""


def results_errors(doc: object, lang: Lang = "en") -> list[str]:
    """What makes `doc` not a results.json, one line per field (at most 50); [] when it is one."""
    try:
        RunResults.model_validate(doc)
    except ValidationError as exc:
        return [line[:400] for line in error_lines(exc, RunResults, lang=lang)[:50]]
    return []


def load_results(path: Path | str) -> dict[str, Any]:
    from harness.config_files import ConfigError, load_json
    path = Path(path)
    try:
        doc = load_json(path).data      # the hardened reader: size, UTF-8, duplicate keys, NaN, depth
    except ConfigError as exc:
        raise ResultsFileError(f"{path}: " + "; ".join(exc.problems)) from None
    problems = results_errors(doc)
    if problems or not isinstance(doc, dict):
        raise ResultsFileError(f"{path}: not a valid results.json (results.schema.json):\n  " + "\n  ".join(problems))
    return doc


def deviation_filename(dev_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", dev_id) + ".json"


def write_evidence(results: dict[str, Any], run_dir: Path, write_results_json: bool = True) -> list[Path]:
    """Write summary.md, rapport.html, junit.xml, deviations/*.json (and results.json) into run_dir; returns the files."""
    from .junit import junit_xml
    from .summary import summary_markdown

    run_dir = Path(run_dir)
    (run_dir / "deviations").mkdir(parents=True, exist_ok=True)
    written = []
    if write_results_json:
        problems = results_errors(results, lang="da")
        if problems:  # a bug of ours: say so loudly (in the evidence pack, in Danish), but still keep the evidence
            results.setdefault("schema_problems", problems)
        path = run_dir / "results.json"
        path.write_text(json.dumps(results, ensure_ascii=False) + "\n", encoding="utf-8")  # compact: C encoder
        written.append(path)
    for case in results["cases"]:
        if case.get("case") is not None:       # a generated case (fuzz, negative stage): the case itself
            path = run_dir / "deviations" / deviation_filename(case["id"] + ".sag")
            path.write_text(json.dumps(case["case"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(path)
        if case.get("answer") is not None:
            path = run_dir / "deviations" / deviation_filename(case["id"] + ".svar")
            path.write_text(json.dumps(case["answer"], ensure_ascii=False) + "\n", encoding="utf-8")
            written.append(path)
        for dev in case["deviations"]:
            path = run_dir / "deviations" / deviation_filename(dev["id"])
            doc = {**dev, "kandidat": results["candidate"]["metadata"], "run_id": results["run_id"],
                   "svar_fil": deviation_filename(case["id"] + ".svar") if case.get("answer") is not None else None,
                   "sag_fil": deviation_filename(case["id"] + ".sag") if case.get("case") is not None else None}
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(path)
    from .rapport import rapport_html
    for name, text in (("summary.md", summary_markdown(results)), ("rapport.html", rapport_html(results)),
                       ("junit.xml", junit_xml(results))):
        path = run_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
