"""`--candidate file:PATH.jsonl`: decisions recorded in a vendor's test environment, replayed.

One JSON object per line. An optional first line `{"metadata": {system, version, ydelser, …}}`; then one line
per case, keyed by the case's `sags_id`:
`{"sags_id": "…", "decision": {…}}`, `{"sags_id": "…", "skipped": true, "reason": "…"}` or
`{"sags_id": "…", "errored": true, "message": "…"}`. A case with no line is `skipped` ("not recorded"); if the
file has unreadable lines, such a case is `errored` instead and the message names those lines. A line is read
as strict JSON (harness/contract/limits.py): NaN, Infinity or a line over the size limits makes that line
unreadable; the file itself may be at most 2 GiB.
"""
from __future__ import annotations

from pathlib import Path

from harness import redact
from harness.adapters_api import Candidate, CandidateError, Metadata, Result, result_from_message
from harness.contract.limits import InvalidAnswer, loads

MAX_FILE_BYTES = 2 * 1024 ** 3


class RecordedFileCandidate(Candidate):
    isolated = True
    replays_only = True     # it answers recorded cases only: it cannot decide the run's fresh sample
    def __init__(self, path: str):
        self.path = Path(path)
        self.answers: dict[str, Result] = {}
        self.bad_lines: list[str] = []

    def start(self) -> Metadata:
        try:
            if self.path.stat().st_size > MAX_FILE_BYTES:
                raise CandidateError(f"file:{self.path}: the recording is larger than {MAX_FILE_BYTES // 1024 ** 3} GiB")
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CandidateError(f"file:{self.path}: cannot read the recording ({exc})") from None
        metadata = None
        # lines end at \n only: str.splitlines() also breaks at U+2028, U+0085 and others, which JSON strings may hold
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                msg = redact.redact_doc(loads(line))
            except InvalidAnswer as exc:
                self.bad_lines.append(f"line {lineno}: {exc}")
                continue
            if isinstance(msg, dict) and "metadata" in msg and "sags_id" not in msg:
                metadata = msg["metadata"]
                continue
            if not isinstance(msg, dict) or not isinstance(msg.get("sags_id"), str):
                self.bad_lines.append(f"line {lineno}: no sags_id")
                continue
            if msg["sags_id"] in self.answers:
                self.bad_lines.append(f"line {lineno}: sags_id {msg['sags_id']} recorded twice (the first is used)")
                continue
            self.answers[msg["sags_id"]] = result_from_message(msg)
        if metadata is None:   # declares nothing: the run asks for a metadata line (or --ydelse), never assumes all
            metadata = {"system": self.path.stem, "version": "optaget", "ydelser": []}
        meta = Metadata.from_dict(metadata, f"file:{self.path} metadata line")
        meta.extra["recording"] = str(self.path)
        if self.bad_lines:
            meta.extra["recording_problems"] = self.bad_lines[:50]
        return meta

    def run(self, cases: list[dict]) -> list[Result]:
        out = []
        for case in cases:
            sags_id = case.get("sags_id") if isinstance(case, dict) else None
            if sags_id in self.answers:
                out.append(self.answers[sags_id])
            elif self.bad_lines:
                out.append(Result.failed(f"no readable recording for sags_id {sags_id}; {self.path} has unreadable "
                                          f"lines: {'; '.join(self.bad_lines[:5])}"))
            else:
                out.append(Result.skipped(f"no decision recorded for sags_id {sags_id} in {self.path}"))
        return out


def open(argument: str, timeout: float | None = None) -> Candidate:
    """The recording; CandidateError (exit 2, before any case) when the file cannot be read."""
    path = Path(argument)
    if not argument:
        raise CandidateError("file: needs the path of a recording, e.g. file:optagelse.jsonl")
    if not path.is_file():
        raise CandidateError(f"file:{path}: {'not a file' if path.exists() else 'file not found'}")
    try:
        with path.open(encoding="utf-8") as f:
            for _ in f:   # read through once: a file that cannot be read or decoded is a wrong spec, not a NO-GO
                pass
    except OSError as exc:
        raise CandidateError(f"file:{path}: cannot read the recording ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise CandidateError(f"file:{path}: the recording is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return RecordedFileCandidate(argument)
