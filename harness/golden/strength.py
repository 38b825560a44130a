"""The stored strength report: `golden/STYRKE.json`, what a mutation run (`ydelsestjek styrke --gem`) measured about
this golden set — how many seeded legal defects its scenarios (and ci fuzzing) catch — so an evidence pack can
state the bench's strength without rerunning it.

The report is versioned data beside the goldens and tied to what it measured, per benefit: the benefit's goldens
(a digest of what they test: cases, decisions, severities), its law parameters (their fingerprint) and its
reference (a digest of its rule modules and interpretation register); it records the golden manifest's hash too.
When any of the three has changed since, the stored figures describe another bench and the evidence pack says so
plainly (`forældet`). The file is not in the manifest (it records the
manifest's state, so it cannot be part of it); it carries its own signature instead, by a trusted approver's key
(`styrke --gem --key`, namespace ydelsestjek-styrke): figures edited by hand, or signed by a key the approvers file
does not trust, are not this bench's measurement, and the pack says so as it does for a stale report.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from harness.config_files import ConfigError, parse_json, read_limited
from harness.contract.ydelse import YdelseError, find
from harness.toolkit.parametre import fingerprint

from . import signing
from .store import GOLDEN_DIR, GOLDEN_MAX_BYTES, PENDING, STRENGTH_FILE, GoldenSet, manifest_sha256, sha256_file

MAX_BYTES = 20_000_000
STRENGTH_VERSION = "1.0"
GYLDIG, FORAELDET, MANGLER = "gyldig", "forældet", "mangler"
MAX_LISTED_SURVIVORS = 25


class StrengthFileError(Exception):
    """golden/STYRKE.json exists but cannot be read as a strength report."""


def path(golden_dir: Path = GOLDEN_DIR) -> Path:
    return Path(golden_dir) / STRENGTH_FILE


def goldens_digest(golden_dir: Path, ydelse: str, verified: GoldenSet | None = None) -> tuple[str, int]:
    """(sha256 over what the benefit's goldens test — each one's id, case, decision, severity, whether it is
    mandatory and its legal area — and how many): changes when a scenario is added, removed or changed, not when
    goldens are only re-signed or their provenance is re-approved. Remembered per state of the manifest.

    `verified`: the folder's golden set as a run verified it (every file in it listed in the signed manifest with
    its sha256, none unlisted, pending ones aside): its parsed documents are the files' own, so they are not read
    and parsed again."""
    root = Path(golden_dir).resolve()
    state = manifest_sha256(root)
    memo_key = (str(root), ydelse, state)
    if memo_key not in _DIGESTS:
        h = hashlib.sha256()
        count = 0
        if verified is not None and Path(verified.root).resolve() == root and not verified.problems \
                and state is not None and verified.manifest_sha256 == state:
            docs = [g.raw for g in verified.goldens if g.ydelse == ydelse]
        else:
            docs = _read(root / ydelse)
        for doc in sorted(docs, key=lambda d: str(d["id"])):
            h.update(json.dumps({k: doc.get(k) for k in ("id", "case", "decision", "alvor", "obligatorisk", "omraade")},
                                sort_keys=True, ensure_ascii=False).encode() + b"\n")
            count += 1
        _DIGESTS[memo_key] = (h.hexdigest(), count)
    return _DIGESTS[memo_key]


_DIGESTS: dict[tuple[str, str, str | None], tuple[str, int]] = {}


def _read(folder: Path) -> list[dict]:
    """The benefit's golden documents (those that parse, with an id), read from its folder."""
    files = sorted(p for p in folder.glob("*.json") if not p.name.endswith(PENDING)) if folder.is_dir() else []
    docs = []
    for path in files:
        try:
            doc = json.loads(read_limited(path, GOLDEN_MAX_BYTES))
        except (ConfigError, ValueError):
            continue          # the golden scan reports a bad file; it tests nothing here
        if isinstance(doc, dict) and "id" in doc:
            docs.append(doc)
    return docs


def reference_digest(ydelse: str) -> str:
    """sha256 over the benefit's reference modules and data (reference/**), its interpretation register and its
    equivalence register (aekvivalens.yaml: a changed claim changes the figures)."""
    y = find(ydelse)
    files = sorted(p for p in (y.folder / "reference").rglob("*") if p.suffix in (".py", ".yaml") and p.is_file())
    files += [p for p in (y.fortolkninger_path, y.folder / "aekvivalens.yaml") if p.exists()]
    h = hashlib.sha256()
    for p in files:
        h.update(p.relative_to(y.folder).as_posix().encode() + b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()


def keys(golden_dir: Path, ydelse: str, verified: GoldenSet | None = None) -> dict:
    """What a benefit's strength figures are tied to, as of now."""
    digest, count = goldens_digest(golden_dir, ydelse, verified)
    return {"goldens_sha256": digest, "goldens": count,
            "parametre_sha256": fingerprint({ydelse: find(ydelse).parametre_dir}),
            "reference_sha256": reference_digest(ydelse)}


def load(golden_dir: Path = GOLDEN_DIR) -> dict | None:
    """The stored report, or None when there is none; StrengthFileError when it is unreadable."""
    p = path(golden_dir)
    if not p.exists():
        return None
    if p.is_symlink():
        raise StrengthFileError(f"{p}: a symbolic link; the strength report must be a plain file")
    try:
        doc = parse_json(read_limited(p, MAX_BYTES), p, MAX_BYTES)
    except ConfigError as exc:
        raise StrengthFileError(f"{p}: not readable JSON ({'; '.join(exc.problems)})") from None
    if not isinstance(doc, dict) or doc.get("styrke_version") != STRENGTH_VERSION or not isinstance(doc.get("ydelser"), dict):
        raise StrengthFileError(f"{p}: not a strength report of version {STRENGTH_VERSION} "
                                "(expected styrke_version and ydelser)")
    return doc


def save(sections: dict[str, dict], golden_dir: Path, key: signing.SigningKey, approvers: signing.Approvers,
         tool: dict | None = None, at: str = "") -> Path:
    """Store the measured sections (benefit -> section), signed with `key`, which must be a trusted approver's. The
    other benefits' sections are kept only when the stored file is a trusted approver's signed measurement: signing
    again must not launder figures edited by hand."""
    approver = approvers.find(key.fingerprint)
    if approver is None:
        raise StrengthFileError(f"the key {key.fingerprint} is not a trusted approver's ({approvers.path}): the stored "
                                "strength must be signed by one")
    try:
        doc = load(golden_dir) or {}
    except StrengthFileError:
        doc = {}
    if doc and signature_problems(doc, approvers):
        doc = {}
    ydelser = dict(doc.get("ydelser") or {})
    ydelser.update(sections)
    out: dict = {"styrke_version": STRENGTH_VERSION, "tool": tool or doc.get("tool") or {},
                 "golden_manifest_sha256": manifest_sha256(Path(golden_dir)),
                 "ydelser": dict(sorted(ydelser.items()))}
    out["signatur"] = {"godkender": approver.navn, "noegle": key.fingerprint,
                       "at": at or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    out["signatur"]["signatur"] = signing.sign(_payload(out), key, signing.STRENGTH_NAMESPACE)
    p = path(golden_dir)
    p.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return p


def staleness(section: dict, now: dict) -> list[str]:
    """Why a stored section no longer describes the bench (Danish, one reason each); [] when it still does."""
    then = section.get("noegler") or {}
    reasons = []
    if then.get("goldens_sha256") != now["goldens_sha256"]:
        reasons.append(f"golden-sættet er ændret siden målingen ({then.get('goldens', '?')} scenarier dengang, "
                       f"{now['goldens']} nu)")
    if then.get("parametre_sha256") != now["parametre_sha256"]:
        reasons.append("lovparametrene er ændret siden målingen")
    if then.get("reference_sha256") != now["reference_sha256"]:
        reasons.append("referencens regler eller fortolkningsregister er ændret siden målingen")
    return reasons


def _payload(doc: dict) -> bytes:
    """What the signature covers: the whole document, the signer's name, key and time included, but not the
    signature itself."""
    sig = {k: v for k, v in (doc.get("signatur") or {}).items() if k != "signatur"}
    return signing.canonical({**{k: v for k, v in doc.items() if k != "signatur"}, "signatur": sig})


def signature_problems(doc: dict, approvers: signing.Approvers | None) -> list[str]:
    """Why the stored report is not a trusted approver's signed measurement ([] when it is)."""
    sig = doc.get("signatur")
    if not isinstance(sig, dict) or not isinstance(sig.get("signatur"), str):
        return ["styrkerapporten er ikke signeret (ydelsestjek styrke --gem --key NØGLE)"]
    if approvers is None:
        return ["godkenderfilen kan ikke læses, så signaturen kan ikke prøves"]
    who = approvers.find(str(sig.get("noegle")))
    if who is None:
        return [f"styrkerapporten er signeret med en nøgle ({sig.get('noegle')}), som ikke er en betroet godkenders "
                f"({approvers.path})"]
    try:
        signing.verify(_payload(doc), sig["signatur"], signing.STRENGTH_NAMESPACE, who.public)
    except signing.SigningError as exc:
        return [f"styrkerapportens signatur holder ikke ({exc}): tallene er ændret efter målingen"]
    return []


def _brief(art: dict | None) -> dict | None:
    if not art:
        return None
    out = {k: art.get(k) for k in ("i_alt", "draebt_scenarier", "draebt_fuzz", "aekvivalente", "overlevende", "fejl",
                                   "vurderet", "score_scenarier", "score_med_fuzz")}
    # measured before the equivalence register existed: the split is unknown, not zero, so it is left out
    return out | {k: art[k] for k in ("aekvivalente_ved_konstruktion", "aekvivalente_ved_register") if k in art}


def _survivors_by_paragraph(section: dict) -> dict[str, int]:
    """The surviving legal defects per §, most first (for the front page's one line per benefit)."""
    counts = {p: c.get("overlevende", 0) for p, c in (section.get("pr_paragraf") or {}).items()
              if isinstance(c, dict) and c.get("overlevende")}
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def evidence(golden_dir: Path, ydelser: list[str], verified: GoldenSet | None = None,
             approvers: Path | None = None) -> dict:
    """The strength of the bench for the benefits of a run, for results.json: per benefit the stored figures with
    their status (gyldig | forældet | mangler) and the reasons, never recomputed. `verified`: the run's verified
    golden set (see goldens_digest); `approvers`: the trusted approvers file the signature is checked against."""
    p = path(golden_dir)
    out: dict = {"fil": str(p), "sha256": sha256_file(p) if p.exists() else None, "ydelser": {}}
    try:
        doc = load(golden_dir)
    except StrengthFileError as exc:
        doc, out["fejl"] = None, str(exc)
    unsigned: list[str] = []
    if doc is not None:
        try:
            trusted: signing.Approvers | None = signing.load_approvers(approvers or signing.DEFAULT_APPROVERS)
        except ConfigError:
            trusted = None
        unsigned = signature_problems(doc, trusted)
        if not unsigned and trusted is not None:
            who = trusted.find(str(doc["signatur"].get("noegle")))
            if who is not None:
                out["signeret_af"] = {"godkender": who.navn, "noegle": who.fingerprint,
                                      "demo": who.demo or who.fingerprint in signing.PUBLISHED_KEYS}
    for navn in sorted(set(ydelser)):
        section = (doc or {}).get("ydelser", {}).get(navn)
        if section is None:
            out["ydelser"][navn] = {"status": MANGLER, "grunde": ["ingen styrkerapport for ydelsen i " + STRENGTH_FILE]}
            continue
        try:
            reasons = unsigned + staleness(section, keys(golden_dir, navn, verified))
        except YdelseError as exc:
            reasons = [*unsigned, f"ydelsen kan ikke findes: {exc}"]
        survivors = section.get("overlevende") or []
        out["ydelser"][navn] = {
            "status": FORAELDET if reasons else GYLDIG, "grunde": reasons, "maalt": section.get("maalt"),
            "fuzz": (section.get("indstillinger") or {}).get("fuzz"),
            "bulk": (section.get("indstillinger") or {}).get("bulk"),
            "juridisk": _brief(section.get("juridisk")), "syntaktisk": _brief(section.get("syntaktisk")),
            "overlevende": [{k: s.get(k) for k in ("id", "art", "operator", "hjemmel", "regel", "beskrivelse")}
                            for s in survivors if s.get("art") == "juridisk"][:MAX_LISTED_SURVIVORS],
            "antal_overlevende": sum(1 for s in survivors if s.get("art") == "juridisk"),
            "overlevende_pr_paragraf": _survivors_by_paragraph(section),
            "fangst": section.get("fangst"),
        }
    return out
