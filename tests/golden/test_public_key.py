"""The approvers' public keys are read from OpenSSH's wire format by harness/golden/signing.py itself (so a run
need not import cryptography's `serialization` package): it must accept exactly the keys, and refuse exactly the
lines, that cryptography's own OpenSSH reader does."""
from __future__ import annotations

import base64
import random
import struct

import pytest
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from harness.golden import signing


def _by_cryptography(line: str) -> bytes | None:
    parts = line.split()
    try:
        key = serialization.load_ssh_public_key(f"{parts[0]} {parts[1]}".encode("ascii"))
    except (ValueError, UnsupportedAlgorithm, UnicodeEncodeError):
        return None
    return key.public_bytes_raw() if isinstance(key, Ed25519PublicKey) else None


def _ours(line: str) -> bytes | None:
    try:
        return signing.parse_public_line(line).public_bytes_raw()
    except signing.SigningError:
        return None


def _line(blob: bytes) -> str:
    return f"ssh-ed25519 {base64.b64encode(blob).decode('ascii')} kommentar"


def test_a_key_reads_back_as_itself():
    key = Ed25519PrivateKey.generate().public_key()
    assert _ours(signing.public_line(key, "x")) == key.public_bytes_raw()


@pytest.mark.parametrize("blob, why", [
    (struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 33) + bytes(33), "32 bytes"),
    (struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 31) + bytes(31), "32 bytes"),
    (struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + bytes(32) + b"\0", "data after the key"),
    (struct.pack(">I", 7) + b"ssh-rsa" + struct.pack(">I", 32) + bytes(32), "key type"),
    (struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 40) + bytes(32), "cut short"),
])
def test_a_malformed_key_is_refused_saying_why(blob, why):
    with pytest.raises(signing.SigningError, match=why):
        signing.parse_public_line(_line(blob))
    assert _by_cryptography(_line(blob)) is None


def test_it_agrees_with_cryptographys_reader_on_damaged_keys():
    rng = random.Random(20261127)
    for _ in range(500):
        blob = bytearray(base64.b64decode(signing.public_line(Ed25519PrivateKey.generate().public_key()).split()[1]))
        kind = rng.randrange(5)
        if kind == 1:
            blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
        elif kind == 2:
            blob = blob[:rng.randrange(len(blob))]
        elif kind == 3:
            blob += bytes(rng.randrange(1, 5))
        elif kind == 4:
            blob[rng.randrange(8)] = rng.randrange(256)
        line = _line(bytes(blob))
        assert _ours(line) == _by_cryptography(line), line
    for text in ("ssh-ed25519 AAAA!C3NzaC1lZDI1NTE5", "ssh-ed25519 ÆØÅ", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"):
        assert _ours(text) is None and _by_cryptography(text) is None, text
