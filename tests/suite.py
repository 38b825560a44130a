"""Build small golden sets in tmp dirs, from any calculator, with a valid manifest, signed like the bundled set:
with the bundled demo key (keys/projekt_ed25519, trusted by the default policies/godkendere.yaml)."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from harness.golden import signing
from harness.golden.store import write_manifest

REPO = Path(__file__).resolve().parents[1]
PROJECT_KEY = REPO / "keys" / "projekt_ed25519"
STAMP = "2026-11-23T00:00:00Z"


def project_key() -> signing.SigningKey:
    return signing.load_private_key(PROJECT_KEY)


def sign_set(root: Path, key: signing.SigningKey | None = None, approvers: Path | None = None) -> Path:
    """Sign every golden in root (as it is) and the manifest, with `key` (default: the bundled demo key)."""
    from harness.authoring.golden import dump, signed
    key = key or project_key()
    approver = signing.load_approvers(approvers or signing.DEFAULT_APPROVERS).find(key.fingerprint)
    assert approver is not None, "the key is not in the approvers file"
    for path in sorted(Path(root).glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(dump(signed(doc, key, approver, STAMP)), encoding="utf-8")
    return write_manifest(root, key, approver.navn, STAMP)


def case(sags_id: str, status: str = "loenmodtager", first: str = "2026-01-05", last: str = "2026-03-01",
         timefortjeneste: str = "150.00", timer: str = "37") -> dict:
    c = {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": sags_id, "status": status,
         "fravaer": {"foerste_fravaersdag": first, "sidste_fravaersdag": last}}
    if status in ("loenmodtager", "fleksjob", "elev"):
        c["ansaettelse"] = {"ansat_fra": "2020-01-01", "timefortjeneste": timefortjeneste, "ugentlig_arbejdstid": timer,
                            "timer_seneste_8_uger": [{"art": "arbejde", "timer": "296"}]}
        c["beskaeftigelse_seneste_6_maaneder"] = [{"maaned": f"2025-{m:02d}", "timer": "160"} for m in range(7, 13)]
    elif status == "ledig":
        c["ledig"] = {"ret_til_arbejdsloeshedsdagpenge": True, "dagpengesats_pr_dag": "982.00"}
    elif status == "selvstaendig":
        c["selvstaendig"] = {"forsikring": "ingen", "maaneder_i_vaesentligt_omfang_seneste_12": 12,
                             "virksomhed_maaneden_foer": True, "beregningsgrundlag_pr_uge": "3000.00"}
    return c


# id, omraade, alvor, obligatorisk, case
STANDARD = [
    ("SDP-900-001", "beregning", "A", True, case("S1", timefortjeneste="100.00")),            # under the cap
    ("SDP-900-002", "beregning", "A", True, case("S2", timefortjeneste="200.00")),            # over the cap
    ("SDP-901-001", "arbejdsgiverperiode", "B", True, case("S3", first="2026-02-02", last="2026-03-27", timefortjeneste="120.00")),
    ("SDP-902-001", "ledige", "A", True, case("S4", status="ledig")),
    ("SDP-903-001", "selvstaendige", "C", True, case("S5", status="selvstaendig")),
    ("SDP-904-001", "fleksjob", "B", False, case("S6", status="fleksjob", timefortjeneste="110.00", timer="20")),
]

# Across Easter 2026 (langfredag 3.4. and 2. påskedag 6.4. unpaid): a selvstændig paid from day 15, 3 April.
HELLIGDAGE = [
    ("SDP-905-001", "soegnehelligdage", "A", True, case("S7", status="selvstaendig", first="2026-03-20", last="2026-04-17")),
]

# Past the 22 weeks without an extension: the payment ends with a month and a jobafklaringsforløb follows (§ 24).
JOBAFKLARING = [
    ("SDP-906-001", "varighed_og_forlaengelse", "B", True, case("S8", first="2026-01-05", last="2026-09-30")),
]


def write_suite(root: Path, calculate: Callable[[dict], dict], entries=STANDARD) -> Path:
    folder = root / "sygedagpenge"
    folder.mkdir(parents=True, exist_ok=True)
    for gid, omraade, alvor, obligatorisk, c in entries:
        golden = {"golden_version": "1.1", "id": gid, "ydelse": "sygedagpenge", "titel": f"Testscenarie {gid}",
                  "feature": "scenarios/sygedagpenge/test.feature", "omraade": omraade,
                  "hjemmel": [f"sygedagpengeloven § {30 + int(gid[4:7]) - 900}"], "alvor": alvor,
                  "obligatorisk": obligatorisk, "tags": [], "scenarie": f"Scenarie: Testscenarie {gid}",
                  "case": c, "decision": calculate(c),
                  "provenance": {"kilde": "reference", "note": "test"},
                  "approval": {"by": "test", "at": "2026-11-23T00:00:00Z", "reason": "test"}}
        (folder / f"{gid}.json").write_text(json.dumps(golden, ensure_ascii=False, indent=1), encoding="utf-8")
    sign_set(root)
    return root


def booleans_as_numbers(doc: object) -> object:
    """`doc` with every true and false as 1 and 0: equal by Python's ==, refused by a decision schema."""
    if isinstance(doc, bool):
        return int(doc)
    if isinstance(doc, dict):
        return {k: booleans_as_numbers(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [booleans_as_numbers(v) for v in doc]
    return doc


SELECTION_REASON = "kørslen omfattede kun et udvalg af scenarierne"


def besides_the_selection(results: dict) -> list[str]:
    """The gate's reasons other than the one every run of a selection has (run --only leaving scenarios out is never
    a GO): what a test of something else on a few scenarios looks at."""
    reasons = results["gate"]["reasons"]
    assert any(r.startswith(SELECTION_REASON) for r in reasons), reasons
    return [r for r in reasons if not r.startswith(SELECTION_REASON)]
