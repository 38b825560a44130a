"""The golden review workflow (after syrupy and insta): check, update to pending proposals, approve.

- `check`: fails on a scenario id without an approved golden (missing), a golden no scenario has (unused), a
  pending proposal left behind (unapproved), a golden whose scenario text, case or decision differs from what
  the scenario and the reference give now (stale), or a golden that is invalid; refuses a set that does not
  match its manifest or is not signed by a trusted approver (tampered, exit 2). `ydelsestjek run` runs this
  same check before any case (`verify_for_run`).
- `update`: computes every scenario and writes `<ID>.pending.json` beside the approved file where they
  differ; it never touches an approved golden or the manifest.
- `approve`: promotes pending proposals after checking them against the schemas and the scenario's own
  Så-steps (the hand-computed expectations are the review) and computing them again (a proposal edited after
  `update` is refused; what is signed is the recomputed one), records provenance and approval, signs each golden
  and the manifest with the approver's key (harness/golden/signing.py). Nothing else writes an approved golden,
  so nothing changes one silently.
- `sign`: signs approved goldens as they are, after checking that each still agrees with its scenario, the
  reference and its Så-steps: the migration of unsigned goldens, and the lead's re-signing after a merge
  (`scripts/sign-goldens.sh`). It never changes a case or a decision.

`approve` and `sign` give the new manifest a serial one higher than before (harness/golden/serial.py), so a run
can refuse an older signed set swapped in.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from harness import seal
from harness.contract import schemas
from harness.contract import ydelse as ydelser_registry
from harness.golden import serial as golden_serial
from harness.golden import signing, store
from harness.golden.diff import danish_diff
from harness.golden.signing import Approvers, SigningKey
from harness.scenarios import features, ydelser
from harness.writing import replace_text

# A scenario the reference is known to get wrong (reported to its owner): no golden is proposed or required
# until the reference is fixed; check lists it, and the pytest-bdd run keeps it as a strict xfail.
AFVENTER = "@afventer-reference"
PENDING = store.PENDING
KILDER = ("reference", "haandberegnet", "officielt_eksempel")


@dataclass
class Problem:
    kind: str  # missing | unused | unapproved | stale | invalid | error
    id: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind:<10} {self.id}: {self.message}"


@dataclass
class CheckResult:
    integrity: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    checked: int = 0
    afventer: list[str] = field(default_factory=list)
    golden_set: store.GoldenSet | None = None

    @property
    def exit_code(self) -> int:
        return 2 if self.integrity else (1 if self.problems else 0)


def dump(doc: dict) -> str:
    """The one serialisation of a golden: sorted keys, 2-space indent, trailing newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def default_calculator() -> Callable[[dict], dict]:
    from harness.reference import calculate
    return calculate


def reference_version() -> str:
    try:
        from harness.reference import VERSION
        return VERSION
    except ImportError:  # pragma: no cover - the reference package always defines it
        return "ukendt"


def parametre_sha256() -> str:
    """The one parameter fingerprint (harness.reference.parameter_fingerprint), recorded in each golden."""
    from harness.reference import parameter_fingerprint
    return parameter_fingerprint()


def _golden_path(golden_root: Path, inst: features.Instance) -> Path:
    return golden_root / inst.ydelse / f"{inst.id}.json"


def _pending_path(golden_root: Path, inst: features.Instance) -> Path:
    return golden_root / inst.ydelse / f"{inst.id}{PENDING}"


def proposal(inst: features.Instance, case: dict, decision: dict, root: Path) -> dict:
    """What a golden for this scenario would hold, without provenance and approval."""
    try:
        feature = inst.feature.relative_to(root).as_posix()
    except ValueError:
        feature = inst.feature.as_posix()
    return {
        "golden_version": store.GOLDEN_VERSION, "id": inst.id, "ydelse": inst.ydelse, "titel": inst.titel,
        "feature": feature, "omraade": inst.omraade, "hjemmel": inst.hjemmel, "alvor": inst.alvor[0],
        "obligatorisk": "@vejledende" not in inst.tags, "tags": inst.plain_tags, "scenarie": inst.text,
        "case": case, "decision": decision,
    }


def _strip(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in ("provenance", "approval")}


def _differences(approved: dict, now: dict) -> list[str]:
    """What differs between an approved golden and the proposal now: the scenario text as changed lines, the rest
    as a Danish field diff."""
    lines = []
    old_text, new_text = approved.get("scenarie"), now.get("scenarie")
    if old_text != new_text:
        import difflib
        changed = [d for d in difflib.unified_diff(str(old_text or "").splitlines(), str(new_text or "").splitlines(),
                                                   lineterm="", n=0) if d[:1] in "+-" and d[:3] not in ("+++", "---")]
        lines.append("scenariets tekst i feature-filen er ikke den, der blev godkendt"
                     + ("" if old_text else " (golden uden scenarietekst: signer den med 'ydelsestjek golden sign')")
                     + "".join(f"\n      {d}" for d in changed[:12]))
    rest_old = {k: v for k, v in _strip(approved).items() if k != "scenarie"}
    rest_new = {k: v for k, v in now.items() if k != "scenarie"}
    return lines + danish_diff(rest_old, rest_new)


def _instances(scenario_root: Path, ydelse: str) -> tuple[list[features.Instance], list[Problem]]:
    instances, problems, seen = [], [], set()
    for inst in features.load_instances(ydelse, scenario_root):
        if inst.id is None or not inst.alvor:
            problems.append(Problem("error", inst.id or "?", f"{inst.feature}:{inst.line}: scenariet mangler id "
                                                              f"eller alvor; kør lint-testen"))
        elif inst.id in seen:
            problems.append(Problem("error", inst.id, f"{inst.feature}:{inst.line}: id brugt to gange"))
        else:
            seen.add(inst.id)
            instances.append(inst)
    return instances, problems


def _compute(inst: features.Instance, calculate: Callable[[dict], dict], root: Path) -> dict | str:
    """The proposed golden, or (a text) why the scenario could not be computed."""
    try:
        case = inst.build_case()
        decision = calculate(case)
    except Exception as exc:  # a failing case never stops the run; it is reported with its id
        return f"{type(exc).__name__}: {exc}"
    return proposal(inst, case, decision, root)


def validation_problems(doc: dict) -> list[str]:
    """Schema errors of a golden's case and decision, and missing provenance/approval fields."""
    out = [f"case/{e}" for e in schemas.errors(str(doc.get("ydelse", "?")), "case", doc.get("case"))]
    out += [f"decision/{e}" for e in schemas.errors(str(doc.get("ydelse", "?")), "decision", doc.get("decision"))]
    if not isinstance(doc.get("scenarie"), str) or not doc["scenarie"].strip():
        out.append("scenarie: mangler (scenariets Gherkin-tekst, som godkendelsen dækker)")
    prov, appr = doc.get("provenance") or {}, doc.get("approval") or {}
    if prov.get("kilde") not in KILDER:
        out.append(f"provenance/kilde: skal være en af {', '.join(KILDER)}")
    for key in ("by", "at", "reason"):
        if not str(appr.get(key, "")).strip():
            out.append(f"approval/{key}: mangler")
    return out


def _benefits(scenario_root: Path, ydelse: str | None) -> list[str]:
    """The benefit asked for, or every benefit folder under the scenario root."""
    return [ydelse] if ydelse else ydelser.alle(scenario_root)


def check(golden_root: Path = store.GOLDEN_DIR, scenario_root: Path = features.SCENARIO_DIR,
          ydelse: str | None = None, calculate: Callable[[dict], dict] | None = None,
          root: Path = features.ROOT, approvers: Approvers | None = None) -> CheckResult:
    """Check one benefit's goldens, or (ydelse None) every benefit's, and goldens of no benefit as unused. With
    `approvers`, a golden or manifest without a valid signature of one of them is an integrity problem."""
    found = store.scan(golden_root, approvers)
    result = CheckResult(integrity=list(found.problems), golden_set=found)
    if result.integrity:
        return result
    navne = _benefits(scenario_root, ydelse)
    if calculate is None:   # a broken data file of the reference: one error naming it, not one per scenario
        from harness.reference import check_data
        check_data(navne)
    calculate = calculate or default_calculator()
    for navn in navne:
        _check_one(result, found, scenario_root, navn, calculate, root)
    if ydelse is None:
        for golden in found.goldens:
            if golden.ydelse not in navne:
                result.problems.append(Problem("unused", golden.id, f"{golden.ydelse}/{golden.path.name}: ingen "
                                                                    f"scenarie-mappe for ydelsen"))
        for rel in found.pending:
            if rel.split("/", 1)[0] not in navne:
                result.problems.append(Problem("unapproved", Path(rel).name[:-len(PENDING)],
                                               f"{rel} venter på godkendelse, og ingen scenarie-mappe har ydelsen"))
    return result


def _check_one(result: CheckResult, found: store.GoldenSet, scenario_root: Path, ydelse: str, calculate,
               root: Path) -> None:
    instances, problems = _instances(scenario_root, ydelse)
    result.problems.extend(problems)
    ids = {inst.id for inst in instances}
    for rel in found.pending:
        if rel.split("/", 1)[0] == ydelse:
            name = Path(rel).name
            result.problems.append(Problem("unapproved", name[:-len(PENDING)],
                                           f"{name} venter på godkendelse (ydelsestjek golden approve)"))
    goldens = {g.id: g for g in found.goldens if g.ydelse == ydelse}
    for unused in goldens.values():
        if unused.id not in ids:
            result.problems.append(Problem("unused", unused.id, f"{unused.path.name} hører ikke til noget scenarie"))
    for inst in instances:
        gid = inst.id or "?"                                             # _instances kept only those with an id
        golden = goldens.get(gid)
        if AFVENTER in inst.tags and golden is None:
            result.afventer.append(gid)
            continue
        if golden is None:
            result.problems.append(Problem("missing", gid, f"ingen godkendt golden ({gid}.json); kør "
                                                           f"'ydelsestjek golden update'"))
            continue
        result.checked += 1
        approved = golden.raw
        for problem in validation_problems(approved):
            result.problems.append(Problem("invalid", gid, problem))
        now = _compute(inst, calculate, root)
        if isinstance(now, str):
            result.problems.append(Problem("error", gid, now))
            continue
        changes = _differences(approved, now)
        if changes:
            result.problems.append(Problem("stale", gid, "golden svarer ikke til scenariet og referencen nu:\n"
                                           + "\n".join("    " + c for c in changes)))


def scenarios_for(golden_root: Path, scenario_root: Path | None = None) -> Path | None:
    """The scenarios a run checks its goldens against: the given folder; the repository's for its own golden/
    (never skipped there, whatever the files say); none for another golden folder unless given."""
    if scenario_root is not None:
        return Path(scenario_root)
    return features.SCENARIO_DIR if Path(golden_root).resolve() == store.GOLDEN_DIR.resolve() else None


def verify_for_run(golden_root: Path, approvers: Path | Approvers = signing.DEFAULT_APPROVERS,
                   scenario_root: Path | None = None, root: Path = features.ROOT,
                   allow_rollback: bool = False) -> store.GoldenSet:
    """The check a run (and smoke, and pytest --candidate) makes before its first case: the whole set signed by
    trusted approvers and intact, (with scenarios, see scenarios_for) every golden in agreement with its
    scenario and the reference, nothing missing, unused or unapproved, and its manifest serial not below the highest
    this user verified from the same key (harness/golden/serial.py; `allow_rollback` lets a lower one through,
    recorded in `serial_check`). Raises GoldenIntegrityError naming every problem's file (GoldenRollbackError for
    an older set, ConfigError for a bad approvers file); returns the verified set."""
    trusted = approvers if isinstance(approvers, Approvers) else signing.load_approvers(approvers)
    scenarios = scenarios_for(golden_root, scenario_root)
    if scenarios is None:
        found = store.scan(golden_root, trusted)
        problems = found.problems + [f"{rel}: unapproved: venter på godkendelse" for rel in found.pending]
    elif seal.remembered(CHECK_KIND, fingerprint := check_fingerprint(golden_root, scenarios, trusted)):
        found = store.scan(golden_root, trusted)   # signatures and manifest on every run
        problems = found.problems + [f"{rel}: unapproved: venter på godkendelse" for rel in found.pending]
    else:
        result = check(golden_root, scenarios, root=root, approvers=trusted)
        found = result.golden_set or store.scan(golden_root, trusted)
        problems = result.integrity + [_where(found, p) for p in result.problems]
        if not problems:
            seal.remember(CHECK_KIND, fingerprint)
    if problems:
        raise store.GoldenIntegrityError(problems)
    found.scenario_dir = scenarios
    found.serial_check = golden_serial.check(found, allow_rollback)
    return found


CHECK_KIND = "golden-check"


def check_fingerprint(golden_root: Path, scenario_root: Path, approvers: Approvers) -> str:
    """sha256 over everything the scenario agreement of a golden set depends on: the goldens and manifest, the
    approvers file, the scenarios, and the code and data that read and compute them (the harness and every
    installed benefit's package), with the interpreter's and the parsing and validation libraries' versions. Equal
    fingerprints mean the check would find the same; a sealed fingerprint (harness.seal) lets a run skip the
    recomputation, while signatures and the manifest are verified on every run."""
    from importlib.metadata import version

    h = hashlib.sha256()
    trees = [Path(golden_root), Path(scenario_root), Path(__file__).resolve().parents[1]]
    trees += [y.folder for y in ydelser_registry.alle().values()]
    for tree in trees:
        for path in sorted(p for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            h.update(str(path.resolve()).encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(Path(approvers.path).read_bytes() if Path(approvers.path).is_file() else b"")
    libs = ("pydantic", "pydantic-core", "jsonschema-rs", "gherkin-official", "cryptography", "holidays")
    h.update(repr((sys.version, [version(lib) for lib in libs])).encode())
    return h.hexdigest()


def _where(found: store.GoldenSet, problem: Problem) -> str:
    """A check problem as one line that names the golden's file."""
    path = next((g.path for g in found.goldens if g.id == problem.id), None)
    name = f"{path.parent.name}/{path.name}" if path else problem.id
    return f"{name}: {problem.kind}: {problem.message}"


@dataclass
class UpdateResult:
    written: dict[str, list[str]] = field(default_factory=dict)  # id -> Danish diff lines
    unchanged: int = 0
    afventer: list[str] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def update(golden_root: Path = store.GOLDEN_DIR, scenario_root: Path = features.SCENARIO_DIR,
           ydelse: str | None = None, calculate: Callable[[dict], dict] | None = None,
           root: Path = features.ROOT, ids: list[str] | None = None) -> UpdateResult:
    """Proposals for one benefit, or (ydelse None) for every benefit."""
    if calculate is None:
        from harness.reference import check_data
        check_data(_benefits(scenario_root, ydelse))
    calculate = calculate or default_calculator()
    result = UpdateResult()
    for navn in _benefits(scenario_root, ydelse):
        _update_one(result, golden_root, scenario_root, navn, calculate, root, ids)
    return result


def _update_one(result: UpdateResult, golden_root: Path, scenario_root: Path, ydelse: str, calculate, root: Path,
                ids: list[str] | None) -> None:
    instances, problems = _instances(scenario_root, ydelse)
    result.errors.extend(problems)
    wanted = set(ids) if ids else None
    provenance = {"kilde": "reference", "reference_version": reference_version(),
                  "parametre_sha256": parametre_sha256(), "note": ""}
    for inst in instances:
        gid = inst.id or "?"                                             # _instances kept only those with an id
        if wanted is not None and gid not in wanted:
            continue
        if AFVENTER in inst.tags:
            result.afventer.append(gid)
            continue
        doc = _compute(inst, calculate, root)
        if isinstance(doc, str):
            result.errors.append(Problem("error", gid, doc))
            continue
        path, pending = _golden_path(golden_root, inst), _pending_path(golden_root, inst)
        try:
            approved = _read(path) if path.exists() else None
        except ApprovalError as exc:   # an unreadable approved golden: named, and no proposal over it
            result.errors.extend(Problem("error", gid, p) for p in exc.problems)
            continue
        if approved is not None and not _differences(approved, doc):
            result.unchanged += 1
            if pending.exists():  # an old proposal that the approved golden already matches
                pending.unlink()
                result.removed.append(gid)
            continue
        pending.parent.mkdir(parents=True, exist_ok=True)
        replace_text(pending, dump(doc | {"provenance": provenance, "approval": None}))   # a planted link replaced
        result.written[gid] = _differences(approved, doc) if approved else _new_values(doc)


NEW_LINES = 40


def _new_values(doc: dict) -> list[str]:
    """A new golden's values to review, in the words a jurist reads (the decision, field by field)."""
    decision = {k: v for k, v in doc["decision"].items() if k != "begrundelse"}
    lines = [line.replace(" intet → ", ": ", 1) for line in
             danish_diff({"ydelse": doc.get("ydelse"), "decision": _blank(decision)},
                         {"ydelse": doc.get("ydelse"), "decision": decision})]
    lines = [line for line in lines if ": trin: " not in line]
    more = len(lines) - NEW_LINES
    return ["ny golden, værdierne til gennemsyn:"] + lines[:NEW_LINES] + ([f"… og {more} felter mere"] if more > 0 else [])


def _blank(node: object) -> object:
    """The same shape with every value None, so a diff against it names each value of a new golden."""
    if isinstance(node, dict):
        return {k: _blank(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_blank(v) for v in node]
    return None


class ApprovalError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("godkendelse afvist:\n  " + "\n  ".join(problems))


def _read(path: Path) -> dict:
    """A golden or proposal file, through the one hardened JSON reader."""
    from harness.config_files import ConfigError, load_json
    try:
        doc = load_json(path, store.GOLDEN_MAX_BYTES).data
    except ConfigError as exc:
        raise ApprovalError([f"{path}: {p}" for p in exc.problems]) from None
    if not isinstance(doc, dict):
        raise ApprovalError([f"{path}: forventede et JSON-objekt"])
    return doc


def _stamp(now: dt.datetime | None) -> str:
    return (now or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _trusted(key: SigningKey, approvers: Approvers) -> signing.Approver:
    """The approver the key belongs to; a key no approvers file trusts signs nothing (it would only be refused)."""
    approver = approvers.find(key.fingerprint)
    if approver is None:
        raise ApprovalError([f"nøglen {key.fingerprint} ({key.source}) er ikke en godkender i {approvers.path}; "
                             "tilføj dens offentlige nøgle dér (ydelsestjek golden keygen viser linjen), eller brug "
                             "en godkenders nøgle"])
    return approver


def signed(doc: dict, key: SigningKey, approver: signing.Approver, stamp: str) -> dict:
    """The golden with its approval signed: the approver's name and key fingerprint, then the signature over all."""
    approval = {k: v for k, v in (doc.get("approval") or {}).items() if k != "signatur"}
    approval |= {"godkender": approver.navn, "noegle": key.fingerprint, "signeret": stamp}
    out = doc | {"approval": approval}
    out["approval"] = approval | {"signatur": signing.sign(store.golden_payload(out), key, signing.GOLDEN_NAMESPACE)}
    return out


def approve(ids: list[str], by: str | None, reason: str, key: SigningKey, approvers: Approvers,
            golden_root: Path = store.GOLDEN_DIR, scenario_root: Path = features.SCENARIO_DIR,
            ydelse: str | None = None, all_pending: bool = False, kilde: str = "reference", note: str = "",
            now: dt.datetime | None = None, calculate: Callable[[dict], dict] | None = None,
            root: Path = features.ROOT) -> list[Path]:
    """Promote pending proposals to approved goldens, each signed with the approver's key, and sign the new
    manifest; refuses (changing nothing) if any of them is not sound or the key is not a trusted approver's.

    What is signed is the proposal computed again here from the scenario and the reference, never the pending
    file's content as read: a proposal edited after `golden update` (another amount, `obligatorisk` turned off, a
    lower `alvor`: red team round 12b F1) is refused, naming what differs."""
    approver = _trusted(key, approvers)
    calculate = calculate or default_calculator()
    by = (by or approver.navn).strip()
    if not reason.strip():
        raise ApprovalError(["--reason skal udfyldes: hvorfor resultatet er rigtigt (hvilken regel, hvilken kilde)"])
    if kilde not in KILDER:
        raise ApprovalError([f"--kilde skal være en af {', '.join(KILDER)}"])
    integrity = store.integrity_problems(golden_root)
    if integrity and (golden_root / store.MANIFEST).exists():
        raise ApprovalError(["det godkendte sæt matcher ikke manifestet; ret det, før der godkendes mere:"]
                            + integrity)
    navne = _benefits(scenario_root, ydelse)
    if all_pending:
        ids = sorted(p.name[:-len(PENDING)] for navn in navne for p in (golden_root / navn).glob(f"*{PENDING}"))
    if not ids:
        raise ApprovalError(["ingen id'er at godkende"])
    by_id = {inst.id: inst for navn in navne for inst in _instances(scenario_root, navn)[0]}
    stamp = _stamp(now)
    problems, ready = [], []
    for gid in ids:
        inst = by_id.get(gid)
        if inst is None:
            if any((golden_root / navn / f"{gid}{PENDING}").exists() for navn in navne):
                problems.append(f"{gid}: intet scenarie har dette id")
            else:
                problems.append(f"{gid}: intet forslag ({gid}{PENDING}); kør 'ydelsestjek golden update' først")
            continue
        pending_dir = golden_root / inst.ydelse
        pending = pending_dir / f"{gid}{PENDING}"
        if not pending.exists():
            problems.append(f"{gid}: intet forslag ({pending.name}); kør 'ydelsestjek golden update' først")
            continue
        try:
            doc = _read(pending)
        except ApprovalError as exc:
            problems.extend(exc.problems)
            continue
        if doc.get("case") != inst.build_case() or doc.get("scenarie") != inst.text:
            problems.append(f"{gid}: forslaget er lavet på en ældre udgave af scenariet; kør 'ydelsestjek golden "
                            f"update' igen")
            continue
        fresh = _compute(inst, calculate, root)
        if isinstance(fresh, str):
            problems.append(f"{gid}: scenariet kan ikke beregnes: {fresh}")
            continue
        # `feature` (where the scenario file lies) is written relative to the root `update` was given, and is held
        # to the scenario's place by `check`; everything else must be what the scenario and the reference give
        if isinstance(doc.get("feature"), str):
            fresh["feature"] = doc["feature"]
        edited = _differences(doc, fresh)
        if edited:
            problems.append(f"{gid}: forslaget ({pending.name}) er ikke det, scenariet og referencen giver nu (ændret "
                            "efter 'golden update', eller referencen er ændret siden); kør 'ydelsestjek golden "
                            "update' igen og godkend det nye forslag:\n    " + "\n    ".join(edited[:12]))
            continue
        failures = inst.then_failures(fresh["decision"])
        if failures:
            problems.append(f"{gid}: afgørelsen strider mod scenariets Så-trin:\n    " + "\n    ".join(failures))
            continue
        prov = {"kilde": kilde, "reference_version": reference_version(), "parametre_sha256": parametre_sha256(),
                "note": note or _note(inst, kilde)}
        doc = fresh | {"provenance": prov, "approval": {"by": by, "at": stamp, "reason": reason}}
        invalid = validation_problems(doc)
        if invalid:
            problems.append(f"{gid}: ugyldig golden: " + "; ".join(invalid))
            continue
        ready.append((pending, pending_dir / f"{gid}.json", signed(doc, key, approver, stamp)))
    if problems:
        raise ApprovalError(problems)
    written = []
    for pending, target, doc in ready:
        replace_text(target, dump(doc))
        pending.unlink()
        written.append(target)
    store.write_manifest(golden_root, key, approver.navn, stamp, golden_serial.next_serial(golden_root, key.fingerprint))
    return written


@dataclass
class SignResult:
    signed: list[str] = field(default_factory=list)
    kept: int = 0          # already signed by a trusted approver and left as they were


def sign(key: SigningKey, approvers: Approvers, golden_root: Path = store.GOLDEN_DIR,
         scenario_root: Path = features.SCENARIO_DIR, ids: list[str] | None = None, resign: bool = False,
         calculate: Callable[[dict], dict] | None = None, root: Path = features.ROOT,
         now: dt.datetime | None = None) -> SignResult:
    """Sign approved goldens as they are, and the manifest over the files on disk.

    Every golden signed here must agree with its scenario and the reference now (the same case and decision, the
    same identifying fields; only the scenario text and the format version are filled in) and satisfy its
    Så-steps; otherwise nothing is written. Its approval (who, when, why) is kept; the signature says that the
    key's holder vouches for it. By default only goldens without a valid trusted signature are signed (the
    migration, and re-signing after a merge); `resign` signs every one (a municipality adopting the set with its
    own key), `ids` limits it to some. Pending proposals are not touched: approve them."""
    approver = _trusted(key, approvers)
    calculate = calculate or default_calculator()
    stamp = _stamp(now)
    golden_root = Path(golden_root)
    by_id = {inst.id: inst for navn in ydelser.alle(scenario_root) for inst in _instances(scenario_root, navn)[0]}
    wanted = set(ids) if ids else None
    problems, ready, result = [], [], SignResult()
    for path in store.golden_files(golden_root):
        gid = path.stem
        if wanted is not None and gid not in wanted:
            continue
        if not resign and store.signed_by_trusted(path, approvers) is not None:
            result.kept += 1          # already vouched for; only the manifest is rewritten (e.g. after a merge)
            continue
        try:
            doc = _read(path)
        except ApprovalError as exc:
            problems.extend(exc.problems)
            continue
        inst = by_id.get(gid)
        if inst is None or inst.ydelse != path.parent.name:
            problems.append(f"{path.parent.name}/{path.name}: intet scenarie har dette id; en golden uden scenarie "
                            "signeres ikke")
            continue
        now_doc = _compute(inst, calculate, root)
        if isinstance(now_doc, str):
            problems.append(f"{gid}: scenariet kan ikke beregnes: {now_doc}")
            continue
        approved = {k: v for k, v in _strip(doc).items() if k not in ("scenarie", "golden_version")}
        differences = danish_diff(approved, {k: v for k, v in now_doc.items() if k not in ("scenarie", "golden_version")})
        if differences:
            problems.append(f"{gid}: svarer ikke til scenariet og referencen nu, så den signeres ikke (godkend en ny "
                            "med 'golden update' og 'golden approve'):\n    " + "\n    ".join(differences[:12]))
            continue
        failures = inst.then_failures(doc["decision"])
        if failures:
            problems.append(f"{gid}: afgørelsen strider mod scenariets Så-trin:\n    " + "\n    ".join(failures))
            continue
        approval = {k: v for k, v in (doc.get("approval") or {}).items()
                    if k in ("by", "at", "reason")}
        new = now_doc | {"provenance": doc.get("provenance"), "approval": approval}
        invalid = validation_problems(new)
        if invalid:
            problems.append(f"{gid}: ugyldig golden: " + "; ".join(invalid))
            continue
        ready.append((path, signed(new, key, approver, stamp)))
    if problems:
        raise ApprovalError(problems)
    for path, doc in ready:
        replace_text(path, dump(doc))
        result.signed.append(path.stem)
    store.write_manifest(golden_root, key, approver.navn, stamp, golden_serial.next_serial(golden_root, key.fingerprint))
    return result


def _note(inst: features.Instance, kilde: str) -> str:
    if kilde != "haandberegnet":
        return ""
    where = f"{inst.feature.parent.name}/{inst.feature.name}:{inst.line}"
    sources = _fact_sheet_line(inst.feature)
    return (f"Så-trinene i {where} er regnet i hånden efter loven og fortolkningsregistret; felter, som "
            f"Så-trinene ikke nævner, er referencens (se reference_version og parametre_sha256). {sources}").strip()


def _fact_sheet_line(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if "Faktaark" in line:
            return line.strip()
    return ""
