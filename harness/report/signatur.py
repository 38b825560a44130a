"""The evidence pack, signed: what a steering group signs is a verdict and the files it rests on.

`ydelsestjek run --sign-key KEY`, or `ydelsestjek sign-pack RUN_DIR --key KEY` afterwards by whoever reviewed the
pack, writes SIGNATUR.json into the run's folder: the sha256 of every file of the pack, the run id, the candidate
and the verdict computed again from results.json (never read from it), signed with a trusted approver's Ed25519
key (SSHSIG, namespace ydelsestjek-pakke, so a golden's or the strength report's signature can never pass as one).

`ydelsestjek verify-pack RUN_DIR` states a verdict only when everything holds: the signature is a trusted
approver's (the approvers file, as for goldens), no file was changed, removed or added, no file is a link, and
results.json still gives the signed verdict. A pack edited after signing (a case rewritten into a pass, a verdict
changed, a summary replaced) is refused with the files named. Before this, `report` could only recompute the
verdict from whatever cases a results.json held.

What is signed is what the run wrote (red team round 13 F3): `sign` refuses any other file in the folder, renders
the pages and deviations/ again from the checked results.json, checks what results.json holds only a marker of
against the sha256 it records, and checks results.jsonl against its seals and results.json; `verify` refuses a
signed pack whose files say otherwise than its results.json (one signed before these checks).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.config_files import ConfigError, parse_json, read_limited
from harness.golden import signing
from harness.writing import replace_bytes, replace_text

SIGNATURE_FILE = "SIGNATUR.json"
VERSION = "1.0"
MAX_BYTES = 16 * 1024 * 1024          # a pack of a whole run lists some thousand files
MAX_NAMED = 25                        # files named one by one in a refusal


class PackSignatureError(Exception):
    """The pack cannot be signed, or its signature does not hold; `problems` names each file or field."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Verified:
    """What a verified pack says: the signed verdict and signer, and what the verdict is about — the candidate as
    it named itself, the policy it was judged under (and where that asks less than the shipped one), the benefits
    judged and not, and the --only selection, read from the signed results.json."""
    verdict: str
    navn: str
    fingerprint: str
    demo: bool
    signeret: str
    filer: int
    run_id: str
    system: str = ""
    version: str = ""
    politik: str = ""
    politik_sha256: str = ""
    weaker: tuple[str, ...] = ()
    caveats: str | None = None     # the pack's first-page note (harness/report/text.py first_page_caveats)
    ydelser: tuple[str, ...] = ()          # the benefits judged, by their Danish titles (red team r13 F5)
    ikke_bedoemt: tuple[str, ...] = ()     # the benefits with approved scenarios that were not
    seal_unchecked: str | None = None   # signed where results.json's seal could not be checked (--allow-unchecked-seal)


def _weaker(results: dict[str, Any]) -> list[str]:
    """Where the run's policy asks less than the shipped one: as results.json records it, and as this version of
    the tool finds it (harness/gate/policy.py weaker_than_shipped on the recorded policy), so a pack made before the
    note existed, or one whose note was left out before signing, still says so."""
    from harness.contract.config import RolloutPolicy
    from harness.gate.policy import weaker_than_shipped
    rollout = results["policy"]["rollout"]
    recorded = [str(w) for w in rollout.get("weaker") or []]
    now = weaker_than_shipped(RolloutPolicy.model_validate(rollout["content"]))   # read back by recompute already
    return recorded + [w for w in now if w not in recorded]


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def pack_files(run_dir: Path) -> dict[str, str]:
    """Every file of the pack (SIGNATUR.json aside) by its path in the folder, with its sha256. A link or a
    special file anywhere is refused: what a reader opens must be what was signed."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir() or run_dir.is_symlink():
        raise PackSignatureError([f"{run_dir}: not a run folder"])
    out: dict[str, str] = {}
    problems: list[str] = []
    for root, dirs, files in os.walk(run_dir, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(root) / name
            rel = path.relative_to(run_dir).as_posix()
            if path.is_symlink():
                problems.append(f"{rel}: a symbolic link; a signed pack holds plain files only")
            elif path.is_file():
                if rel != SIGNATURE_FILE:
                    out[rel] = _digest(path)
            elif not path.is_dir():
                problems.append(f"{rel}: not a plain file")
        dirs[:] = [d for d in dirs if not (Path(root) / d).is_symlink()]
    if problems:
        raise PackSignatureError(problems)
    return dict(sorted(out.items()))


def run_files(results: dict[str, Any]) -> set[str]:
    """Every file a run (and `report`, signing) writes into its folder for `results`, by its path in the folder: the
    run's own files (harness/resume.py), results.json and its seal, the pages (evidence.py VERDICT_FILES), the files
    of deviations/ results.json gives (evidence.py deviation_files), and the signature."""
    from harness import seal

    from . import run_seal
    from .evidence import VERDICT_FILES, deviation_files
    return {seal.RUN_FILE, seal.RESULTS_LINES, seal.LINE_SEALS, "results.json", run_seal.SEAL_FILE,
            *VERDICT_FILES, SIGNATURE_FILE, *(f"deviations/{name}" for name in deviation_files(results))}


def _only_the_runs_files(run_dir: Path, results: dict[str, Any], sealed_here: bool) -> dict[str, Any]:
    """deviations/ as results.json gives it (evidence.py deviation_files), after making sure the folder holds
    nothing a reader would take for the run's evidence that is not (red team round 13 F3: a GO page of the
    attacker's own, deviation files rewritten to "no deviation", the candidate's kept answers emptied, and
    results.jsonl rewritten into passes, were all signed). Refused, each file named: a file the run does not write;
    a kept answer or deviation (one results.json holds only a marker of) whose sha256 is not the one the sealed
    results.json records; results.jsonl whose lines do not match their seals (checked where the run's seal held,
    i.e. under this user's key) or whose cases say otherwise than results.json's."""
    from .evidence import deviation_files
    rendered = deviation_files(results)
    allowed = run_files(results)
    foreign = [rel for rel in pack_files(run_dir) if rel not in allowed]
    problems = [f"{rel}: not a file the run writes; only the run's own files are signed (remove it, or keep it "
                "outside the run folder)" for rel in foreign[:MAX_NAMED]]
    if len(foreign) > MAX_NAMED:
        problems.append(f"… and {len(foreign) - MAX_NAMED} more files the run does not write")
    for name, page in rendered.items():
        if not page.kept:
            continue
        path = run_dir / "deviations" / name
        if path.is_symlink() or not path.is_file():
            problems.append(f"deviations/{name}: missing; results.json refers to it")
        elif page.sha256 is None:
            problems.append(f"deviations/{name}: results.json records no sha256 of it (a run of an older ydelsestjek), "
                            "so it cannot be checked; run again to sign")
        elif _digest(path) != page.sha256:
            problems.append(f"deviations/{name}: changed after the run wrote it (its sha256 is not the one results.json "
                            "records)")
    problems += _lines_problems(run_dir, results, sealed_here)
    if problems:
        raise PackSignatureError(problems)
    return rendered


def _lines_problems(run_dir: Path, results: dict[str, Any], sealed_here: bool) -> list[str]:
    """Why results.jsonl (the run's case log) is not the run's own, or says otherwise than results.json."""
    import json

    from harness import seal
    lines = run_dir / seal.RESULTS_LINES
    if not lines.exists() and not (run_dir / seal.LINE_SEALS).exists():
        return []
    if sealed_here:          # results.json's seal held under this user's key: so must every line's
        problems = seal.chain_problems(run_dir, str(results["run_id"]))
        if problems:
            return problems
    try:
        data = read_limited(lines, seal.LINES_MAX_BYTES)
    except ConfigError as exc:
        return [f"{seal.RESULTS_LINES}: {'; '.join(exc.problems)}"]
    logged: dict[str, tuple[Any, list[Any]]] = {}
    for n, line in enumerate(data.splitlines(), 1):
        try:
            rec = json.loads(line)
            logged.setdefault(str(rec["id"]), (rec["status"], sorted(str(d["id"]) for d in rec["deviations"])))
        except (ValueError, KeyError, TypeError):
            return [f"{seal.RESULTS_LINES}: line {n} is not a case record"]
    recorded = {str(c["id"]): (c["status"], sorted(str(d["id"]) for d in c["deviations"])) for c in results["cases"]}
    differ = sorted(i for i in logged.keys() | recorded.keys() if logged.get(i) != recorded.get(i))
    if differ:
        more = f" and {len(differ) - 5} more" if len(differ) > 5 else ""
        return [f"{seal.RESULTS_LINES}: its cases say otherwise than results.json's ({', '.join(differ[:5])}{more}): "
                "the case log was changed after the run"]
    return []


def _says_what_results_json_says(run_dir: Path, results: dict[str, Any]) -> None:
    """For verify-pack: the signed pack holds only files a run writes, and its deviations/ and case log say what
    results.json says (a pack signed before sign-pack checked this, red team round 13 F3, may not). Files are
    compared as JSON, not as bytes, so a pack signed by another version of the tool is not refused for its layout."""
    import json

    from .evidence import deviation_files
    allowed = run_files(results)
    foreign = [rel for rel in pack_files(run_dir) if rel not in allowed]
    problems = [f"{rel}: signed, but not a file the run writes" for rel in foreign[:MAX_NAMED]]
    if len(foreign) > MAX_NAMED:
        problems.append(f"… and {len(foreign) - MAX_NAMED} more files the run does not write")
    differ = []
    for name, page in deviation_files(results).items():
        path = run_dir / "deviations" / name
        if not path.is_file() or path.is_symlink():
            continue                      # removed after signing: named by the file check already
        if page.kept:
            same = page.sha256 is None or _digest(path) == page.sha256
        else:
            try:
                same = json.loads(read_limited(path, MAX_BYTES)) == json.loads(page.text)
            except (ConfigError, ValueError):
                same = False
        if not same:
            differ.append(f"deviations/{name}")
    problems += [f"{rel}: says otherwise than results.json" for rel in differ[:MAX_NAMED]]
    if len(differ) > MAX_NAMED:
        problems.append(f"… and {len(differ) - MAX_NAMED} more files that say otherwise than results.json")
    problems += _lines_problems(run_dir, results, sealed_here=False)
    if problems:
        raise PackSignatureError(problems)


def _recomputed(run_dir: Path) -> dict[str, Any]:
    """results.json with its verdict computed again from its cases; refused when the stored one disagrees."""
    from .evidence import ResultsFileError, load_results
    from .verdict import VerdictError, recompute
    try:
        results, problems = recompute(load_results(Path(run_dir) / "results.json"))
    except (ResultsFileError, VerdictError) as exc:
        raise PackSignatureError([str(exc)]) from None
    if problems:
        raise PackSignatureError([f"results.json: {p}" for p in problems])
    return results


def _payload(doc: dict[str, Any]) -> bytes:
    return signing.canonical({k: v for k, v in doc.items() if k != "signatur"})


def sign(run_dir: Path, key: signing.SigningKey, approvers: signing.Approvers, at: dt.datetime | None = None,
         allow_unchecked_seal: bool = False) -> Path:
    """Write RUN_DIR/SIGNATUR.json, signed with `key`, which must be a trusted approver's. Only a results.json whose
    run seal holds here is signed, unless `allow_unchecked_seal` (the signer vouches for a pack made elsewhere; the
    signature records it, and verify-pack shows it first)."""
    approver = approvers.find(key.fingerprint)
    if approver is None:
        raise PackSignatureError([f"the key {key.fingerprint} is not in the approvers file {approvers.path}; only a "
                                  "trusted approver's signature can be checked by verify-pack"])
    run_dir = Path(run_dir)
    from . import run_seal
    sealed, why = run_seal.status(run_dir)
    if sealed in (run_seal.CHANGED, run_seal.MISSING):   # red team r11b F2: an edited results.json signed as a GO
        raise PackSignatureError([f"results.json: {why}; only a pack as its run wrote it can be signed"])
    if sealed == run_seal.UNCHECKED and not allow_unchecked_seal:   # red team r12 F1: a seal naming another key
        raise PackSignatureError([f"results.json: {why}; sign the pack as the user and on the machine that ran it, "
                                  "or, having made sure the folder is the run's own, sign with --allow-unchecked-seal "
                                  "(recorded in the signature and shown first by verify-pack)"])
    results = _recomputed(run_dir)
    rendered = _only_the_runs_files(run_dir, results, sealed == run_seal.VALID)
    from .evidence import write_verdict_files
    for name, page in rendered.items():        # deviations/ as results.json gives them, whatever was written since
        if not page.kept:
            replace_text(run_dir / "deviations" / name, page.text)
    write_verdict_files(results, run_dir,      # the verdict as results.json gives it, whatever was written since
                        seal_note=run_seal.page_warning(why) if sealed != run_seal.VALID else None)
    meta = results.get("candidate", {}).get("metadata", {})
    doc = {
        "pakke_signatur_version": VERSION,
        "run_id": results.get("run_id"),
        "system": meta.get("system"),
        "version": meta.get("version"),
        "afgoerelse": results["gate"]["verdict"],
        "ydelser": _ydelser(results),
        "signeret": (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "underskriver": {"navn": approver.navn, "fingerprint": approver.fingerprint, "demo": approver.demo},
        "filer": pack_files(run_dir),
        "koerselssegl": why if sealed != run_seal.VALID else run_seal.VALID,
    }
    doc["signatur"] = signing.sign(_payload(doc), key, signing.PACK_NAMESPACE)
    target = run_dir / SIGNATURE_FILE
    replace_bytes(target, signing.canonical(doc) + b"\n")
    return target


def _ydelser(results: dict[str, Any]) -> dict[str, list[str]]:
    """What the signed verdict is about: the benefits judged and those with approved scenarios that were not (red
    team r13 F5: a GO for one benefit read as a GO for the release)."""
    from .text import judged
    yes, no = judged(results, titles=False)
    return {"bedoemt": yes, "ikke_bedoemt": no}


def _field(doc: dict[str, Any], name: str, kind: type) -> Any:
    value = doc.get(name)
    if not isinstance(value, kind):
        raise PackSignatureError([f"{SIGNATURE_FILE}: '{name}' is missing or not a {kind.__name__}"])
    return value


def verify(run_dir: Path, approvers: signing.Approvers) -> Verified:
    """The signed verdict, when the signature is a trusted approver's and the pack is exactly what was signed;
    PackSignatureError naming every problem otherwise."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir() or run_dir.is_symlink():
        raise PackSignatureError([f"{run_dir}: not a run folder (expected reports/<run-id>)"])
    path = run_dir / SIGNATURE_FILE
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise PackSignatureError([f"{SIGNATURE_FILE}: not a plain file"])
    if not path.exists():
        raise PackSignatureError([f"{run_dir}: the pack is not signed (no {SIGNATURE_FILE}); sign it with "
                                  "`ydelsestjek sign-pack RUN_DIR --key KEY` after review, or run with --sign-key"])
    try:
        doc = parse_json(read_limited(path, MAX_BYTES), path, MAX_BYTES)
    except ConfigError as exc:
        raise PackSignatureError([f"{SIGNATURE_FILE}: {'; '.join(exc.problems)}"]) from None
    if not isinstance(doc, dict) or doc.get("pakke_signatur_version") != VERSION:
        raise PackSignatureError([f"{SIGNATURE_FILE}: not a pack signature of version {VERSION} "
                                  "(expected pakke_signatur_version, filer, afgoerelse, underskriver, signatur)"])
    files: dict[str, Any] = _field(doc, "filer", dict)
    who: dict[str, Any] = _field(doc, "underskriver", dict)
    sig, verdict = _field(doc, "signatur", str), _field(doc, "afgoerelse", str)
    fp = who.get("fingerprint")
    approver = approvers.find(fp) if isinstance(fp, str) else None
    if approver is None:
        raise PackSignatureError([f"{SIGNATURE_FILE}: signed by {fp!r:.80}, a key that is not in the approvers file "
                                  f"{approvers.path}"])
    try:
        signing.verify(_payload(doc), str(sig), signing.PACK_NAMESPACE, approver.public)
    except signing.SigningError as exc:
        raise PackSignatureError([f"{SIGNATURE_FILE}: the signature does not hold ({exc}): the file was changed "
                                  "after signing"]) from None
    actual = pack_files(run_dir)
    problems = [f"{rel}: changed after signing" for rel, digest in files.items()
                if rel in actual and actual[rel] != digest]
    problems += [f"{rel}: removed after signing" for rel in files if rel not in actual]
    problems += [f"{rel}: added after signing" for rel in actual if rel not in files]
    if problems:
        raise PackSignatureError(problems)
    results = _recomputed(run_dir)
    _says_what_results_json_says(run_dir, results)
    now = results["gate"]["verdict"]
    if now != verdict:
        raise PackSignatureError([f"results.json gives {now} under this version of the tool, the signature says "
                                  f"{verdict}"])
    if "ydelser" in doc and doc["ydelser"] != _ydelser(results):
        raise PackSignatureError([f"{SIGNATURE_FILE}: the benefits it names as judged ({doc['ydelser']!r:.200}) are "
                                  f"not those results.json gives ({_ydelser(results)!r:.200})"])
    from .text import first_page_caveats, judged
    meta, rollout = results["candidate"]["metadata"], results["policy"]["rollout"]
    weaker = _weaker(results)
    caveats = first_page_caveats({**results, "policy": {**results["policy"], "rollout": {**rollout, "weaker": weaker}}})
    from . import run_seal
    unchecked = None
    if doc.get("koerselssegl") != run_seal.VALID:     # signed where the run's seal could not be checked, or before it
        unchecked = f"ADVARSEL: {doc.get('koerselssegl') or 'pakken er signeret uden kontrol af kørslens segl'}."
    return Verified(verdict=str(verdict), navn=approver.navn, fingerprint=approver.fingerprint, demo=approver.demo,
                    signeret=str(doc.get("signeret", "")), filer=len(actual), run_id=str(results["run_id"]),
                    system=str(meta["system"]), version=str(meta["version"]), politik=str(rollout["name"]),
                    politik_sha256=str(rollout["sha256"]), weaker=tuple(weaker), caveats=caveats,
                    ydelser=tuple(judged(results)[0]), ikke_bedoemt=tuple(judged(results)[1]),
                    seal_unchecked=unchecked)
