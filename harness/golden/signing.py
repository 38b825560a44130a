"""Signed golden approvals: Ed25519 keys and signatures in OpenSSH's formats, and the trusted approvers file.

Why this scheme. Ed25519 through pyca/cryptography (no subprocess, no dependence on which OpenSSH a machine has,
works the same on Windows), in the formats OpenSSH and git use: keys are ordinary `ssh-ed25519` keys (an
approver may use a key made with `ssh-keygen -t ed25519`, with a passphrase), fingerprints are the `SHA256:…`
that `ssh-keygen -l` prints, and a signature is an SSHSIG blob (the format of `ssh-keygen -Y sign` and of git's
SSH-signed commits). So anyone can check an approval without trusting ydelsestjek's code:
`ydelsestjek golden verify --export DIR` writes each golden's signed text, signature and an `allowed_signers`
file for `ssh-keygen -Y verify` (docs/trust.md).

What is signed is the canonical JSON of a golden (sorted keys, no spaces, UTF-8) with everything but the
signature itself: the identifying fields (id, ydelse, feature, titel, omraade, hjemmel, alvor, obligatorisk,
tags), the scenario's own Gherkin text (`scenarie`), the case, the decision, the provenance and the approval
(who, when, why, the key's fingerprint). The manifest's file list is signed the same way. Each kind has its own
SSHSIG namespace, so a signature over one can never pass as the other.

The trusted approvers are a YAML file the municipality controls (default `policies/godkendere.yaml`, or
`--approvers FILE`): each entry a name, an `ssh-ed25519` public key and its fingerprint (checked against the key,
so a copy-paste error is caught when the file is read, not when a run is refused), and `demo: true` for a key
whose private half is published (the bundled projekt key): the evidence pack then says that its signatures
prove nothing about who approved.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from harness.config_files import ConfigError, load_yaml

# cryptography's `serialization` package (OpenSSH key files, PEM, its ciphers) is imported only where a key file is
# written or read: generate, load_private_key, public_line. Verifying, which every run does for every golden, needs
# raw Ed25519 keys only; the approvers' public keys are read below from OpenSSH's wire format, as the signatures are.
# (It measured ≈ 10 ms of CPU of every run's start-up.)

DEFAULT_APPROVERS = Path(__file__).resolve().parents[2] / "policies" / "godkendere.yaml"
KEY_ENV = "YDELSESTJEK_GOLDEN_KEY"                 # a private key file's path, or the key itself
PASSPHRASE_ENV = "YDELSESTJEK_GOLDEN_KEY_PASSPHRASE"
GOLDEN_NAMESPACE = "ydelsestjek-golden"
MANIFEST_NAMESPACE = "ydelsestjek-manifest"
STRENGTH_NAMESPACE = "ydelsestjek-styrke"            # golden/STYRKE.json (harness/golden/strength.py)
PACK_NAMESPACE = "ydelsestjek-pakke"                 # an evidence pack's SIGNATUR.json (harness/report/signatur.py)
_MAGIC = b"SSHSIG"
_HASH = "sha512"
_KEY_TYPE = b"ssh-ed25519"


class SigningError(Exception):
    """A key cannot be read or used, or a signature is malformed."""


# --- OpenSSH wire format -----------------------------------------------------------------------------------------

def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _read_string(buf: bytes, pos: int) -> tuple[bytes, int]:
    if pos + 4 > len(buf):
        raise SigningError("the signature is cut short")
    (n,) = struct.unpack(">I", buf[pos:pos + 4])
    if pos + 4 + n > len(buf):
        raise SigningError("the signature is cut short")
    return buf[pos + 4:pos + 4 + n], pos + 4 + n


def _key_blob(public: Ed25519PublicKey) -> bytes:
    return _string(_KEY_TYPE) + _string(public.public_bytes_raw())


def fingerprint(public: Ed25519PublicKey) -> str:
    """SHA256:… exactly as `ssh-keygen -l` prints it."""
    digest = hashlib.sha256(_key_blob(public)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def public_line(public: Ed25519PublicKey, comment: str = "") -> str:
    """The key as one `ssh-ed25519 AAAA… comment` line (authorized_keys / allowed_signers / .pub)."""
    from cryptography.hazmat.primitives import serialization
    line = public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode("ascii")
    return f"{line} {comment}".strip()


def parse_public_line(text: str) -> Ed25519PublicKey:
    """An `ssh-ed25519 AAAA… [comment]` line; only Ed25519 keys are accepted."""
    parts = str(text).split()
    if len(parts) < 2 or parts[0] != "ssh-ed25519":
        raise SigningError("expected an Ed25519 public key: 'ssh-ed25519 AAAA… [comment]'")
    # The key in OpenSSH's wire format (RFC 8709): the string "ssh-ed25519", then the 32 raw bytes, nothing after.
    try:
        blob = base64.b64decode(parts[1].encode("ascii"), validate=True)
        key_type, pos = _read_string(blob, 0)
        raw, pos = _read_string(blob, pos)
    except (ValueError, UnicodeEncodeError) as exc:
        raise SigningError(f"not a readable public key ({exc})") from None
    except SigningError:
        raise SigningError("not a readable public key (cut short)") from None
    if key_type != _KEY_TYPE:
        raise SigningError("not a readable public key (its key type differs from 'ssh-ed25519')")
    if pos != len(blob):
        raise SigningError("not a readable public key (data after the key)")
    if len(raw) != 32:
        raise SigningError(f"not a readable public key (an Ed25519 key has 32 bytes, not {len(raw)})")
    return Ed25519PublicKey.from_public_bytes(raw)


# --- keys ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    source: str

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


def generate(path: Path, comment: str, passphrase: bytes | None = None) -> SigningKey:
    """A new key pair: the private key at `path` (OpenSSH format, mode 0600; encrypted with the passphrase if given)
    and the public key at `path.pub`. Refuses to overwrite either."""
    path = Path(path)
    pub = path.with_name(path.name + ".pub")
    for target in (path, pub):
        if target.exists():
            raise SigningError(f"{target} exists already; choose another path (a key is never overwritten)")
    from cryptography.hazmat.primitives import serialization
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption())
    data = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, encryption)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    pub.write_text(public_line(key.public_key(), comment) + "\n", encoding="ascii")
    return SigningKey(key, str(path))


def load_private_key(source: str | Path | None = None, passphrase: bytes | None = None) -> SigningKey:
    """The approver's private key: from `source` (a path), else from $YDELSESTJEK_GOLDEN_KEY (a path, or the key
    text itself, as a CI secret holds it). The passphrase comes from the argument or
    $YDELSESTJEK_GOLDEN_KEY_PASSPHRASE."""
    if source is None:
        source = os.environ.get(KEY_ENV) or None
        if source is None:
            raise SigningError(f"no signing key: give --key PATH or set {KEY_ENV} (a path or the key itself); "
                               "make one with `ydelsestjek golden keygen`")
    text = str(source)
    if text.lstrip().startswith("-----BEGIN"):
        data, where = text.encode("utf-8"), f"${KEY_ENV}"
    else:
        try:
            data, where = Path(text).expanduser().read_bytes(), text
        except OSError as exc:
            raise SigningError(f"{text}: cannot read the private key ({exc.strerror or exc})") from None
    if passphrase is None and os.environ.get(PASSPHRASE_ENV):
        passphrase = os.environ[PASSPHRASE_ENV].encode("utf-8")
    from cryptography.hazmat.primitives import serialization
    try:
        key = serialization.load_ssh_private_key(data, password=passphrase)
    except TypeError:
        raise SigningError(f"{where}: the key is protected by a passphrase; set {PASSPHRASE_ENV}") from None
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise SigningError(f"{where}: not a readable OpenSSH private key, or a wrong passphrase ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(f"{where}: an Ed25519 key is needed (ssh-keygen -t ed25519), got {type(key).__name__}")
    return SigningKey(key, where)


# --- SSHSIG ----------------------------------------------------------------------------------------------------------

def _signed_data(message: bytes, namespace: str) -> bytes:
    digest = hashlib.sha512(message).digest()
    return _MAGIC + _string(namespace.encode()) + _string(b"") + _string(_HASH.encode()) + _string(digest)


def sign(message: bytes, key: SigningKey, namespace: str) -> str:
    """An SSHSIG signature of `message` (base64 of the binary blob; `armor` gives ssh-keygen's text form)."""
    raw = key.private.sign(_signed_data(message, namespace))
    blob = (_MAGIC + struct.pack(">I", 1) + _string(_key_blob(key.public)) + _string(namespace.encode())
            + _string(b"") + _string(_HASH.encode()) + _string(_string(_KEY_TYPE) + _string(raw)))
    return base64.b64encode(blob).decode("ascii")


def signer(signature: str) -> Ed25519PublicKey:
    """The public key a signature claims to be made by (not yet verified)."""
    return _parse(signature)[0]


def _parse(signature: str) -> tuple[Ed25519PublicKey, str, bytes]:
    try:
        blob = base64.b64decode(str(signature).encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise SigningError("the signature is not base64") from None
    if not blob.startswith(_MAGIC):
        raise SigningError("not an SSHSIG signature")
    pos = len(_MAGIC)
    if len(blob) < pos + 4 or struct.unpack(">I", blob[pos:pos + 4])[0] != 1:
        raise SigningError("unknown SSHSIG version")
    pos += 4
    key_blob, pos = _read_string(blob, pos)
    namespace, pos = _read_string(blob, pos)
    _reserved, pos = _read_string(blob, pos)
    hash_alg, pos = _read_string(blob, pos)
    sig, pos = _read_string(blob, pos)
    if pos != len(blob) or hash_alg != _HASH.encode():
        raise SigningError("malformed SSHSIG signature")
    ktype, kpos = _read_string(key_blob, 0)
    raw_key, kpos = _read_string(key_blob, kpos)
    stype, spos = _read_string(sig, 0)
    raw_sig, spos = _read_string(sig, spos)
    if ktype != _KEY_TYPE or stype != _KEY_TYPE or len(raw_key) != 32 or len(raw_sig) != 64:
        raise SigningError("only Ed25519 signatures are accepted")
    return Ed25519PublicKey.from_public_bytes(raw_key), namespace.decode("ascii", "replace"), raw_sig


def verify(message: bytes, signature: str, namespace: str, public: Ed25519PublicKey) -> None:
    """Raises SigningError unless `signature` is `public`'s signature of `message` in `namespace`."""
    claimed, ns, raw_sig = _parse(signature)
    if ns != namespace:
        raise SigningError(f"signed for {ns!r}, not {namespace!r}")
    if _key_blob(claimed) != _key_blob(public):
        raise SigningError("signed by another key")
    try:
        public.verify(raw_sig, _signed_data(message, namespace))
    except InvalidSignature:
        raise SigningError("the signature does not match the signed content (changed after signing)") from None


def armor(signature: str) -> str:
    """The signature as `ssh-keygen -Y sign` writes it (for `ssh-keygen -Y verify`)."""
    lines = [signature[i:i + 70] for i in range(0, len(signature), 70)]
    return "-----BEGIN SSH SIGNATURE-----\n" + "\n".join(lines) + "\n-----END SSH SIGNATURE-----\n"


def canonical(doc: object) -> bytes:
    """The one byte form that is signed: sorted keys, no spaces, UTF-8, no NaN."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")


# --- approvers -------------------------------------------------------------------------------------------------------

# Keys whose private half is published (keys/projekt_ed25519, in this repository, so anyone can re-sign the bundled
# goldens): their signatures prove nothing about who approved, whatever an approvers file says of them (red team
# round 8 relabelled the projekt key "Jurist, Kommune X" with `demo: false`, and verify-pack gave no warning).
PUBLISHED_KEYS = frozenset({"SHA256:1JJZmVjKsCVTm0Xq76qLCQPRmuwSBfW3qC26YzgxSg4"})


@dataclass(frozen=True)
class Approver:
    navn: str
    public: Ed25519PublicKey
    fingerprint: str
    line: int | None = None
    demo: bool = False      # a published key (the bundled projekt key): its signature proves nothing about who


@dataclass
class Approvers:
    path: Path
    by_fingerprint: dict[str, Approver]
    sha256: str

    def find(self, fp: str) -> Approver | None:
        return self.by_fingerprint.get(fp)

    def to_dict(self) -> dict:
        return {"path": str(self.path), "sha256": self.sha256,
                "godkendere": [{"navn": a.navn, "fingerprint": a.fingerprint, "demo": a.demo}
                               for a in self.by_fingerprint.values()]}


def load_approvers(path: Path | str = DEFAULT_APPROVERS) -> Approvers:
    """The trusted approvers; a ConfigError names the file, line and field of every problem."""
    doc = load_yaml(path)
    data, problems = doc.data, []
    if not isinstance(data, dict):
        raise ConfigError(doc.path, ["expected a mapping with godkendere_version: \"1.0\" and a list `godkendere`"])
    if str(data.get("godkendere_version")) != "1.0":
        problems.append(doc.problem(("godkendere_version",), f"expected \"1.0\", got {data.get('godkendere_version')!r}"))
    for key in data:
        if key not in ("godkendere_version", "godkendere"):
            problems.append(doc.problem((key,), "unknown setting; expected godkendere_version, godkendere"))
    entries = data.get("godkendere")
    if not isinstance(entries, list) or not entries:
        problems.append(doc.problem(("godkendere",), "expected a non-empty list of {navn, noegle, fingerprint}"))
        entries = []
    out: dict[str, Approver] = {}
    for i, raw in enumerate(entries):
        where = ("godkendere", i)
        if not isinstance(raw, dict):
            problems.append(doc.problem(where, "expected a mapping {navn, noegle, fingerprint}"))
            continue
        unknown = [k for k in raw if k not in ("navn", "noegle", "fingerprint", "demo", "note")]
        for key in unknown:
            problems.append(doc.problem(where + (key,), "unknown field; expected navn, noegle, fingerprint, demo, note"))
        if not isinstance(raw.get("demo", False), bool):
            problems.append(doc.problem(where + ("demo",), f"expected true or false, got {raw.get('demo')!r:.40}"))
            continue
        navn, line, fp = raw.get("navn"), raw.get("noegle"), raw.get("fingerprint")
        if not isinstance(navn, str) or not navn.strip():
            problems.append(doc.problem(where + ("navn",), "expected the approver's name"))
            continue
        try:
            public = parse_public_line(line if isinstance(line, str) else "")
        except SigningError as exc:
            problems.append(doc.problem(where + ("noegle",), str(exc)))
            continue
        actual = fingerprint(public)
        if fp != actual:
            problems.append(doc.problem(where + ("fingerprint",), f"expected {actual} (the key's fingerprint), got {fp!r}"))
            continue
        if actual in out:
            problems.append(doc.problem(where + ("noegle",), f"the same key is listed for {out[actual].navn!r}"))
            continue
        out[actual] = Approver(navn.strip(), public, actual, doc.line(*where),
                               raw.get("demo", False) or actual in PUBLISHED_KEYS)
    if problems:
        raise ConfigError(doc.path, problems)
    return Approvers(doc.path, out, hashlib.sha256(doc.path.read_bytes()).hexdigest())
