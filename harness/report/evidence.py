"""Write and read the evidence pack: results.json is checked against its model (harness/contract/records.py
RunResults, exported as results.schema.json) both ways."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from harness.contract.records import RunResults
from harness.contract.validation import Lang, error_lines
from harness.writing import own_folder, replace_text

SCHEMA = Path(__file__).resolve().parents[1] / "contract" / "schemas" / "results.schema.json"
# results.json keeps the candidate's answer of a deviating case inline up to these bounds; a longer one, or one past
# the total, is a marker there, and only deviations/<case>.svar.json holds it. A candidate may pad every answer up
# to the wire's limits, and a pack the bench's own readers refuse would lose the run's result.
ANSWER_INLINE_BYTES = 1024 * 1024      # an honest decision of many months' payments runs to a few hundred KB
ANSWERS_INLINE_TOTAL = 8 * 1024 * 1024
DEVIATION_FIELDS_BYTES = 64 * 1024     # one deviation's listed fields (500 at most, MAX_CHANGES)
FIELDS_INLINE_TOTAL = 24 * 1024 * 1024
RESULTS_MAX_BYTES = 64_000_000     # what the readers accept: a few thousand deviations, their answers bounded
ANSWER_MARKER = "<svaret er "
VERDICT_FILES = ("summary.md", "rapport.html", "junit.xml")   # what write_verdict_files renders
NEWLINE = b"\n"


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
        doc = load_json(path, RESULTS_MAX_BYTES).data   # the hardened reader: size, UTF-8, duplicate keys, NaN, depth
    except ConfigError as exc:
        raise ResultsFileError(f"{path}: " + "; ".join(exc.problems)) from None
    problems = results_errors(doc)
    if problems or not isinstance(doc, dict):
        raise ResultsFileError(f"{path}: not a valid results.json (results.schema.json):\n  " + "\n  ".join(problems))
    return doc


def deviation_filename(dev_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", dev_id) + ".json"


@dataclass(frozen=True)
class Rendered:
    """One file of deviations/ as the evidence writer renders it from `results`: its text, or, where `results` holds
    only a marker of it (an answer or a deviation's fields past results.json's bounds, `_bounded`), `kept`: the file
    the run wrote stays as it is, and `sha256` is its digest as the marker in the sealed results.json records it
    (None in a results.json from before deviations' digests were recorded)."""
    text: str
    kept: bool = False
    sha256: str | None = None


_ANSWER_DIGEST = re.compile(r"\(sha256 ([0-9a-f]{64})\)>$")


def _deviation_doc(results: dict[str, Any], case: dict[str, Any], dev: dict[str, Any]) -> str:
    doc = {**dev, "kandidat": results["candidate"]["metadata"], "run_id": results["run_id"],
           "svar_fil": deviation_filename(case["id"] + ".svar") if case.get("answer") is not None else None,
           "sag_fil": deviation_filename(case["id"] + ".sag") if case.get("case") is not None else None}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _cut_note(name: str, digest: str) -> str:
    return f"; alle i deviations/{name}, sha256 {digest})"


def deviation_files(results: dict[str, Any]) -> dict[str, Rendered]:
    """Every file the evidence writer puts in deviations/ for `results`, by name: a generated case's case
    (<case>.sag.json), a deviating case's answer (<case>.svar.json) and each deviation (<deviation>.json). The one
    list of what a run writes there: `write_evidence` writes it, and signing a pack refuses any other file."""
    out: dict[str, Rendered] = {}
    for case in results["cases"]:
        if case.get("case") is not None:       # a generated case (fuzz, negative stage): the case itself
            out[deviation_filename(case["id"] + ".sag")] = Rendered(json.dumps(case["case"], ensure_ascii=False,
                                                                               indent=1) + "\n")
        if case.get("answer") is not None:
            text = json.dumps(case["answer"], ensure_ascii=False) + "\n"
            marker = isinstance(case["answer"], str) and case["answer"].startswith(ANSWER_MARKER)
            found = _ANSWER_DIGEST.search(case["answer"]) if marker else None
            out[deviation_filename(case["id"] + ".svar")] = Rendered(text, kept=marker,
                                                                     sha256=found.group(1) if found else None)
        for dev in case["deviations"]:
            name = deviation_filename(dev["id"])
            besked = str(dev.get("besked", ""))
            cut = re.search(r"; alle i deviations/" + re.escape(name) + r"(?:, sha256 ([0-9a-f]{64}))?\)$", besked)
            out[name] = Rendered(_deviation_doc(results, case, dev), kept=cut is not None,
                                 sha256=cut.group(1) if cut else None)
    return out


def write_evidence(results: dict[str, Any], run_dir: Path, write_results_json: bool = True,
                   sealed: bool = True, seal_note: str | None = None) -> list[Path]:
    """Write summary.md, rapport.html, junit.xml, deviations/*.json (and results.json) into run_dir; returns the files.
    Each file replaces whatever stood at its name, a link included. `sealed`: results.json is sealed as this user's
    (run_seal.py): by the run that wrote it, or by `report` copying one whose seal held. `seal_note`: what the first
    pages say above the verdict when they are rendered from a results.json whose seal was not checked."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    own_folder(run_dir / "deviations")
    written = []
    if write_results_json:
        problems = results_errors(results, lang="da")
        if problems:  # a bug of ours: say so loudly (in the evidence pack, in Danish), but still keep the evidence
            results.setdefault("schema_problems", problems)
        path = run_dir / "results.json"
        text = json.dumps(_bounded(results), ensure_ascii=False) + "\n"     # compact: the C encoder
        replace_text(path, text)
        written.append(path)
        from . import run_seal
        if sealed:
            run_seal.write(run_dir, text.encode("utf-8"))
            written.append(run_dir / run_seal.SEAL_FILE)
        else:
            run_seal.remove(run_dir)
    for name, rendered in deviation_files(results).items():
        path = run_dir / "deviations" / name
        if not (rendered.kept and path.is_file() and not path.is_symlink()):   # rendered again: the full one stays
            replace_text(path, rendered.text)
        written.append(path)
    return written + write_verdict_files(results, run_dir, seal_note)


def write_verdict_files(results: dict[str, Any], run_dir: Path, seal_note: str | None = None) -> list[Path]:
    """summary.md, rapport.html and junit.xml: the files that state the verdict, rendered from `results`. Signing a
    pack renders them again from its checked results.json, so what a process left behind by the candidate wrote
    into them after the run is not what gets signed (red team round 12b F2). `seal_note`, when given, stands above
    the verdict on the first pages (red team round 13 F4: a GO rendered from an unchecked results.json said nothing
    of it there)."""
    from .junit import junit_xml
    from .rapport import rapport_html
    from .summary import summary_markdown
    written = []
    pages = {"summary.md": summary_markdown(results, seal_note), "rapport.html": rapport_html(results, seal_note),
             "junit.xml": junit_xml(results)}
    assert tuple(pages) == VERDICT_FILES
    for name, text in pages.items():
        path = Path(run_dir) / name
        replace_text(path, text)
        written.append(path)
    return written


def _bounded(results: dict[str, Any]) -> dict[str, Any]:
    """results as results.json holds it: each deviating case's answer inline while it and the total stay within
    ANSWER_INLINE_BYTES and ANSWERS_INLINE_TOTAL, else a marker naming its file, size and sha256; and each
    deviation's listed fields within DEVIATION_FIELDS_BYTES and the total FIELDS_INLINE_TOTAL, the rest only in
    deviations/<deviation>.json (a schema-valid answer may differ in hundreds of free-text fields)."""
    cases, budget, fields_budget, changed = [], ANSWERS_INLINE_TOTAL, FIELDS_INLINE_TOTAL, False
    for case in results["cases"]:
        answer = case.get("answer")
        if answer is not None and not (isinstance(answer, str) and answer.startswith(ANSWER_MARKER)):
            raw = json.dumps(answer, ensure_ascii=False).encode("utf-8")
            if len(raw) > ANSWER_INLINE_BYTES or len(raw) > budget:
                name = deviation_filename(case["id"] + ".svar")
                digest = hashlib.sha256(raw + NEWLINE).hexdigest()       # of the file as written below
                case = {**case, "answer": f"{ANSWER_MARKER}{len(raw):,} bytes; det står i deviations/{name} "
                                          f"(sha256 {digest})>".replace(",", ".")}
                changed = True
            else:
                budget -= len(raw)
        deviations = []
        for dev in case.get("deviations", []):
            kept, size, room = [], 0, min(DEVIATION_FIELDS_BYTES, fields_budget)
            for change in dev["felter"]:
                more = len(json.dumps(change, ensure_ascii=False).encode("utf-8"))
                if size + more > room:
                    break
                kept.append(change)
                size += more
            fields_budget -= size
            if len(kept) < len(dev["felter"]):
                name = deviation_filename(dev["id"])
                digest = hashlib.sha256(_deviation_doc(results, case, dev).encode("utf-8")).hexdigest()   # as written
                dev = {**dev, "felter": kept, "besked": f"{dev['besked']} ({len(kept)} af {len(dev['felter'])} felter "
                                                        f"vist her{_cut_note(name, digest)}"}
                changed = True
            deviations.append(dev)
        if deviations != case.get("deviations", []):
            case = {**case, "deviations": deviations}
        cases.append(case)
    return {**results, "cases": cases} if changed else results
