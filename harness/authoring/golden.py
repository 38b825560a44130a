"""The golden review workflow (after syrupy and insta): check, update to pending proposals, approve.

- `check`: fails on a scenario id without an approved golden (missing), a golden no scenario has (unused), a
  pending proposal left behind (unapproved), a golden whose case or decision differs from what the scenario
  and the reference give now (stale), or a golden that is invalid; refuses a set that does not match its
  manifest (tampered, exit 2).
- `update`: computes every scenario and writes `<ID>.pending.json` beside the approved file where they
  differ; it never touches an approved golden or the manifest.
- `approve`: promotes pending proposals after checking them against the schemas and the scenario's own
  Så-steps (the hand-computed expectations are the review), records provenance and approval, rewrites the
  manifest. Nothing else writes an approved golden, so nothing changes one silently.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from harness.contract import schemas
from harness.golden import store
from harness.golden.diff import danish_diff
from harness.scenarios import features, ydelser

# A scenario the reference is known to get wrong (reported to its owner): no golden is proposed or required
# until the reference is fixed; check lists it, and the pytest-bdd run keeps it as a strict xfail.
AFVENTER = "@afventer-reference"
PENDING = ".pending.json"
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
        "obligatorisk": "@vejledende" not in inst.tags, "tags": inst.plain_tags, "case": case, "decision": decision,
    }


def _strip(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in ("provenance", "approval")}


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
    out = [f"case/{e}" for e in schemas.errors(doc.get("ydelse", "?"), "case", doc.get("case"))]
    out += [f"decision/{e}" for e in schemas.errors(doc.get("ydelse", "?"), "decision", doc.get("decision"))]
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
          root: Path = features.ROOT) -> CheckResult:
    """Check one benefit's goldens, or (ydelse None) every benefit's, and goldens of no benefit as unused."""
    result = CheckResult(integrity=store.integrity_problems(golden_root))
    if result.integrity:
        return result
    calculate = calculate or default_calculator()
    navne = _benefits(scenario_root, ydelse)
    for navn in navne:
        _check_one(result, golden_root, scenario_root, navn, calculate, root)
    if ydelse is None:
        for path in store.golden_files(golden_root):
            if path.parent.name not in navne:
                result.problems.append(Problem("unused", path.stem, f"{path.parent.name}/{path.name}: ingen "
                                                                    f"scenarie-mappe for ydelsen"))
    return result


def _check_one(result: CheckResult, golden_root: Path, scenario_root: Path, ydelse: str, calculate,
               root: Path) -> None:
    instances, problems = _instances(scenario_root, ydelse)
    result.problems.extend(problems)
    ids = {inst.id for inst in instances}
    for pending in sorted((golden_root / ydelse).glob(f"*{PENDING}")):
        result.problems.append(Problem("unapproved", pending.name[:-len(PENDING)],
                                       f"{pending.name} venter på godkendelse (ydelsestjek golden approve)"))
    for path in store.golden_files(golden_root):
        if path.parent.name == ydelse and path.stem not in ids:
            result.problems.append(Problem("unused", path.stem, f"{path.name} hører ikke til noget scenarie"))
    for inst in instances:
        gid, path = inst.id or "?", _golden_path(golden_root, inst)    # _instances kept only those with an id
        if AFVENTER in inst.tags and not path.exists():
            result.afventer.append(gid)
            continue
        if not path.exists():
            result.problems.append(Problem("missing", gid, f"ingen godkendt golden ({path.name}); kør "
                                                           f"'ydelsestjek golden update'"))
            continue
        result.checked += 1
        approved = json.loads(path.read_text(encoding="utf-8"))
        for problem in validation_problems(approved):
            result.problems.append(Problem("invalid", gid, problem))
        now = _compute(inst, calculate, root)
        if isinstance(now, str):
            result.problems.append(Problem("error", gid, now))
            continue
        changes = danish_diff(_strip(approved), now)
        if changes:
            result.problems.append(Problem("stale", gid, "golden svarer ikke til scenariet og referencen nu:\n"
                                           + "\n".join("    " + c for c in changes)))


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
        approved = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        if approved is not None and not danish_diff(_strip(approved), doc):
            result.unchanged += 1
            if pending.exists():  # an old proposal that the approved golden already matches
                pending.unlink()
                result.removed.append(gid)
            continue
        pending.parent.mkdir(parents=True, exist_ok=True)
        pending.write_text(dump(doc | {"provenance": provenance, "approval": None}), encoding="utf-8")
        result.written[gid] = danish_diff(_strip(approved), doc) if approved else _new_values(doc)


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


def approve(ids: list[str], by: str, reason: str, golden_root: Path = store.GOLDEN_DIR,
            scenario_root: Path = features.SCENARIO_DIR, ydelse: str | None = None, all_pending: bool = False,
            kilde: str = "reference", note: str = "", now: dt.datetime | None = None) -> list[Path]:
    """Promote pending proposals to approved goldens; refuses (changing nothing) if any of them is not sound."""
    if not by.strip() or not reason.strip():
        raise ApprovalError(["--by og --reason skal udfyldes: hvem godkender, og hvorfor"])
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
    stamp = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat().replace("+00:00", "Z")
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
        doc = json.loads(pending.read_text(encoding="utf-8"))
        if doc.get("case") != inst.build_case():
            problems.append(f"{gid}: forslaget er lavet på en ældre udgave af scenariet; kør 'ydelsestjek golden "
                            f"update' igen")
            continue
        failures = inst.then_failures(doc["decision"])
        if failures:
            problems.append(f"{gid}: afgørelsen strider mod scenariets Så-trin:\n    " + "\n    ".join(failures))
            continue
        prov = dict(doc.get("provenance") or {}) | {"kilde": kilde, "note": note or _note(inst, kilde)}
        doc = doc | {"provenance": prov, "approval": {"by": by, "at": stamp, "reason": reason}}
        invalid = validation_problems(doc)
        if invalid:
            problems.append(f"{gid}: ugyldig golden: " + "; ".join(invalid))
            continue
        ready.append((pending, pending_dir / f"{gid}.json", doc))
    if problems:
        raise ApprovalError(problems)
    written = []
    for pending, target, doc in ready:
        target.write_text(dump(doc), encoding="utf-8")
        pending.unlink()
        written.append(target)
    store.write_manifest(golden_root)
    return written


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
