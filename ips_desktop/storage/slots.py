"""Key slots: the database key wrapped under a key that needs the app password.

The database key ("DEK", a random 256-bit SQLCipher raw key) is kept only
wrapped, with AES-256-GCM, in the key file `ips.key`. The wrapping key comes
from the app password through scrypt (memory-hard; its parameters are kept
with the slot, so they can grow later without breaking old files), combined
by HKDF with a 32-byte random secret from the OS keyring in keyring mode, the
way KeePassXC combines a key file with a password: a process that reads the
keyring gets only the secret, which opens nothing without the password, and
a copied key file opens nothing without the keyring. In passphrase mode the
password-derived key alone wraps the DEK. Every field of a slot except the
wrapped key itself is authenticated (GCM's associated data), so an attacker
cannot weaken the scrypt parameters or swap the keyring entry unnoticed.

The key file holds the `current` slot and, only while a rekey is under way,
a `pending` slot for the new DEK (see storage/rekey.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ips_desktop.storage.cipher import KEY_BYTES, PAGE_SIZE
from ips_desktop.storage.errors import KeyFileDamaged, KeyMissing, WrongKey, WrongPassword
from ips_desktop.storage.files import atomic_write_bytes

KEY_FILE_FORMAT = 2  # 1 was a one-row SQLCipher file keyed with the password
SECRET_BYTES = 32
_SALT_BYTES = 16
_NONCE_BYTES = 12
_WRAPPED_BYTES = KEY_BYTES + 16  # the key and GCM's tag
_CHECK_BYTES = 8
_MAX_N = 2**22  # a file asking for more memory than this is not ours (4 GiB at r=8)


@dataclass(frozen=True)
class Scrypt:
    """scrypt's cost: `n` rounds of `r`-block mixing (memory 128·n·r bytes), `p` lanes."""

    n: int
    r: int
    p: int

    def derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.scrypt(password.encode("utf-8", "surrogatepass"), salt=salt, n=self.n,
                              r=self.r, p=self.p, dklen=32, maxmem=256 * self.n * self.r + 2**20)


# 64 MiB of memory and 0.23 s (median 0.25 s) on one core of the development machine
# (AMD EPYC, x86_64, Python 3.11; n=2**15 took 0.12 s). Tests lower it: each slot keeps
# its own parameters, so raising them later leaves every key file readable.
SHIPPED_SCRYPT = Scrypt(n=2**16, r=8, p=1)
DEFAULT_SCRYPT = SHIPPED_SCRYPT


@dataclass(frozen=True)
class Slot:
    """One way in: the DEK wrapped under password (+ keyring secret when `keyring_entry`)."""

    kdf: Scrypt
    salt: bytes
    keyring_entry: str | None  # the keyring username holding the secret; None: passphrase mode
    nonce: bytes
    wrapped: bytes
    # A short HMAC of the keyring secret: a replaced keyring entry is told from a wrong
    # password (it opens nothing, and 8 bytes of HMAC say nothing about a 32-byte secret).
    secret_check: bytes | None = None

    def header(self, database_id: str) -> dict[str, Any]:
        return {"format": KEY_FILE_FORMAT, "database_id": database_id,
                "kdf": {"name": "scrypt", "n": self.kdf.n, "r": self.kdf.r, "p": self.kdf.p},
                "salt": _b64(self.salt), "keyring_entry": self.keyring_entry,
                "secret_check": _b64(self.secret_check) if self.secret_check else None}

    def to_json(self) -> dict[str, Any]:
        header = self.header("")
        return {"kdf": header["kdf"], "salt": header["salt"],
                "keyring_entry": self.keyring_entry, "secret_check": header["secret_check"],
                "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}


@dataclass(frozen=True)
class KeyFile:
    database_id: str
    current: Slot
    pending: Slot | None = None


def seal(key: bytes, password: str, secret: bytes | None, *, database_id: str,
         keyring_entry: str | None, kdf: Scrypt | None = None) -> Slot:
    """Wrap `key`; `secret` and `keyring_entry` go together (keyring mode) or are both None."""
    if (secret is None) != (keyring_entry is None):
        raise ValueError("a keyring secret needs its entry name, and only then")
    params = kdf or DEFAULT_SCRYPT
    salt, nonce = secrets.token_bytes(_SALT_BYTES), secrets.token_bytes(_NONCE_BYTES)
    check = _secret_check(secret) if secret is not None else None
    unsealed = Slot(params, salt, keyring_entry, nonce, b"", check)
    wrapping = _wrapping_key(unsealed, password, secret)
    wrapped = AESGCM(wrapping).encrypt(nonce, key, _aad(unsealed, database_id))
    return Slot(params, salt, keyring_entry, nonce, wrapped, check)


def unseal(slot: Slot, password: str, secret: bytes | None, *, database_id: str) -> bytes:
    """The DEK; WrongKey for a keyring secret not of this slot, else WrongPassword."""
    if slot.secret_check is not None and (
            secret is None or not hmac.compare_digest(_secret_check(secret), slot.secret_check)):
        raise WrongKey("the keyring's secret does not belong to this key file")
    wrapping = _wrapping_key(slot, password, secret)
    try:
        return AESGCM(wrapping).decrypt(slot.nonce, slot.wrapped, _aad(slot, database_id))
    except InvalidTag as exc:
        raise WrongPassword("wrong password") from exc


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def _secret_check(secret: bytes) -> bytes:
    return hmac.new(secret, b"ips-desktop keyring secret check", "sha256").digest()[:_CHECK_BYTES]


def _wrapping_key(slot: Slot, password: str, secret: bytes | None) -> bytes:
    stretched = slot.kdf.derive(password, slot.salt)
    mode = b"keyring" if slot.keyring_entry is not None else b"passphrase"
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=slot.salt,
                info=b"ips-desktop key slot v2 " + mode).derive(stretched + (secret or b""))


def _aad(slot: Slot, database_id: str) -> bytes:
    return json.dumps(slot.header(database_id), sort_keys=True, separators=(",", ":")).encode()


# -- the key file --------------------------------------------------------------------------

def is_key_file(path: Path) -> bool:
    """True when `path` is a key file of this format (JSON), not a format-1 SQLCipher file.

    A format-1 file is whole SQLCipher pages beginning with a random salt, so
    one in 256 begins with "{" too: its size tells it apart (a key file is a
    few hundred bytes, a SQLCipher file at least one page).
    """
    try:
        with path.open("rb") as f:
            return f.read(1) == b"{" and path.stat().st_size < PAGE_SIZE
    except OSError:
        return False


def read_key_file(path: Path) -> KeyFile:
    """KeyMissing when there is none; KeyFileDamaged for anything but a whole, valid file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyMissing(f"the key file {path.name} is missing") from exc
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != KEY_FILE_FORMAT:
            raise ValueError("not a key file of this format")
        stored = raw.pop("checksum", None)
        if stored is not None and stored != _checksum(raw):
            raise ValueError("the checksum does not match")
        database_id = raw["database_id"]
        if not isinstance(database_id, str) or not database_id:
            raise ValueError("no database id")
        pending = raw.get("pending")
        return KeyFile(database_id, _slot(raw["current"]),
                       _slot(pending) if pending is not None else None)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise KeyFileDamaged(f"the key file {path.name} is damaged") from exc


def write_key_file(path: Path, key_file: KeyFile) -> None:
    payload: dict[str, Any] = {"format": KEY_FILE_FORMAT, "database_id": key_file.database_id,
                               "current": key_file.current.to_json()}
    if key_file.pending is not None:
        payload["pending"] = key_file.pending.to_json()
    payload["checksum"] = _checksum(payload)
    atomic_write_bytes(path, (json.dumps(payload, indent=2) + "\n").encode("utf-8"))


def _checksum(payload: dict[str, Any]) -> str:
    """Tells a damaged file (one flipped bit in the salt, say) from a wrong password.

    The AEAD tag fails alike for both; this plain SHA-256 of the other fields
    does not protect against tampering (the tag does), it only names damage.
    """
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()


def _slot(raw: Any) -> Slot:
    if not isinstance(raw, dict):
        raise ValueError("a slot is an object")
    kdf = raw["kdf"]
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise ValueError("unknown key derivation")
    n, r, p = (kdf[k] for k in ("n", "r", "p"))
    if not all(type(v) is int for v in (n, r, p)) or not (
            2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("scrypt parameters out of range")
    entry = raw["keyring_entry"]
    if entry is not None and (not isinstance(entry, str) or not entry):
        raise ValueError("bad keyring entry")
    salt, nonce, wrapped = (_unb64(raw[k]) for k in ("salt", "nonce", "wrapped"))
    if len(salt) != _SALT_BYTES or len(nonce) != _NONCE_BYTES or len(wrapped) != _WRAPPED_BYTES:
        raise ValueError("wrong field length")
    check = _unb64(raw["secret_check"]) if raw.get("secret_check") is not None else None
    if (check is None) != (entry is None) or (check is not None and len(check) != _CHECK_BYTES):
        raise ValueError("a keyring slot has a secret check, and only it")
    return Slot(Scrypt(n, r, p), salt, entry, nonce, wrapped, check)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
