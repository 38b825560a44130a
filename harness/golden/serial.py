"""Anti-rollback for golden sets (after TUF's version numbers and freeze protection).

Every signing of a golden manifest (`golden approve`, `golden sign`, scripts/sign-goldens.sh) gives it a `serial`
one higher than the manifest it replaces, inside what the signature covers (harness/golden/store.py). A run
remembers, per signing key, the highest serial it has verified, in this user's state folder, sealed
(harness/seal.py: `golden-serials.json` beside the remembered golden check). A set whose manifest carries a lower
serial from the same key is an older signed state swapped in (it may lack newer scenarios, which then cannot fail):
the run refuses it (exit 2) unless the user passes `--allow-golden-rollback`, which the pack records and the gate
turns into NO-GO. A manifest from before serials counts as serial 0; an equal serial is the same state (accepted).

Only someone who can write this user's state folder can lower the remembered serial, and who can write the
approvers file or holds a trusted key can sign any serial; both are outside what this guards against
(docs/trust.md). A fresh state folder (a new machine, a CI runner without a persistent state) remembers nothing:
keep $YDELSESTJEK_STATE_DIR between CI runs for the guard to hold there.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from harness import seal
from harness.golden.store import MANIFEST, GoldenIntegrityError, GoldenSet

FILE = "golden-serials.json"
KIND = "golden-serial "          # + the signing key's fingerprint


@dataclass(frozen=True)
class Seen:
    """The highest serial this user verified from one key: where and when it was signed."""
    serial: int
    mappe: str
    signeret: str | None


class GoldenRollbackError(GoldenIntegrityError):
    """An older signed golden set than one this user has verified from the same key (exit 2, like any set refused)."""


def highest(fingerprint: str) -> Seen | None:
    """The highest serial verified from the key `fingerprint`, or None (nothing remembered, or the memory edited)."""
    value = seal.recall(KIND + fingerprint, FILE)
    if value is None:
        return None
    try:
        doc = json.loads(value)
        serial = doc["serial"]
        if not isinstance(serial, int) or isinstance(serial, bool) or serial < 0:
            return None
        return Seen(serial=serial, mappe=str(doc.get("mappe", "")), signeret=doc.get("signeret"))
    except (ValueError, KeyError, TypeError):
        return None


def record(fingerprint: str, serial: int, mappe: Path, signeret: str | None) -> None:
    """Remember `serial` as verified from `fingerprint` if it is higher than what is remembered (never lowers)."""
    seen = highest(fingerprint)
    if seen is not None and seen.serial >= serial:
        return
    seal.remember(KIND + fingerprint, json.dumps({"serial": serial, "mappe": str(Path(mappe).resolve()),
                                                  "signeret": signeret}, sort_keys=True), FILE)


def next_serial(golden_root: Path, fingerprint: str) -> int:
    """The serial a new signing with the key `fingerprint` gives the manifest in golden_root: one more than the
    manifest there now, and than the highest this user verified from that key (a signer never signs below what its
    own runs have seen)."""
    from harness.golden.store import current_serial
    seen = highest(fingerprint)
    return max(current_serial(golden_root), seen.serial if seen else 0) + 1


def check(found: GoldenSet, allow_rollback: bool = False) -> dict:
    """Compare the verified set's manifest serial with the highest this user verified from its signing key; raise
    GoldenRollbackError for a lower one unless `allow_rollback`. Remembers the serial when it is not lower. Returns
    what the run records (results.json `golden.serial`; the same for a resumed run unless a newer set was verified
    meanwhile)."""
    signer = found.manifest_signer or {}
    fingerprint = signer.get("fingerprint")
    out = {"serial": found.manifest_serial, "signeret": found.manifest_signed_at, "noegle": fingerprint,
           "hoejeste_set": None, "tilbagerulning": False}
    if not fingerprint:            # an unsigned set is refused before this; nothing to compare
        return out
    seen = highest(fingerprint)
    if seen is not None and found.manifest_serial < seen.serial:
        out["hoejeste_set"] = seen.serial
        if not allow_rollback:
            raise GoldenRollbackError([
                f"{Path(found.root) / MANIFEST}: rollback refused: the golden set in {found.root} has manifest serial "
                f"{found.manifest_serial} (signed {found.manifest_signed_at or 'at an unknown time'} by "
                f"{signer.get('navn')}, {fingerprint}), but this user has already verified serial {seen.serial} from "
                f"the same key (in {seen.mappe or '?'}, signed {seen.signeret or 'at an unknown time'}). An older "
                "signed set can hide newer scenarios. Run the newest set, or pass --allow-golden-rollback to run this "
                f"one anyway (recorded in the pack; the verdict is then NO-GO). Remembered in {seal.state_dir() / FILE}."])
        out["tilbagerulning"] = True
        return out
    record(fingerprint, found.manifest_serial, found.root, found.manifest_signed_at)
    return out
