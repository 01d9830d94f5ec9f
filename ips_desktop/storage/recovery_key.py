"""The recovery key: the raw database key written for paper, with a check group.

Sixteen groups of four hex digits carry the 256-bit key; a seventeenth is a
checksum, so that a mistyped key is reported as a typo instead of as a key
that does not open the database.
"""

from __future__ import annotations

import hashlib
import re

from ips_desktop.storage.cipher import KEY_BYTES
from ips_desktop.storage.errors import BadRecoveryKey

_GROUP = 4


def _check_group(key: bytes) -> str:
    return hashlib.sha256(b"ips-desktop-recovery" + key).hexdigest()[:_GROUP]


def format_recovery_key(key: bytes) -> str:
    digits = key.hex() + _check_group(key)
    return "-".join(digits[i : i + _GROUP] for i in range(0, len(digits), _GROUP)).upper()


def parse_recovery_key(text: str) -> bytes:
    """Accept the key as typed: any case, with or without dashes and spaces."""
    digits = re.sub(r"[\s\-]", "", text).lower()
    expected = KEY_BYTES * 2 + _GROUP
    if len(digits) != expected or not re.fullmatch(r"[0-9a-f]+", digits):
        raise BadRecoveryKey(f"a recovery key has {expected} characters 0-9 and A-F")
    key = bytes.fromhex(digits[: KEY_BYTES * 2])
    if _check_group(key) != digits[KEY_BYTES * 2 :]:
        raise BadRecoveryKey("the recovery key has a typo")
    return key
