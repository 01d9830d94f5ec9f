"""Every page of an SQLCipher 4 database (and its WAL) decrypted with the raw key, by hand.

For the erasure tests: what could anyone holding the key read in the file,
including free pages, free space inside pages and old page copies in the WAL,
which SQL never shows. SQLCipher 4's page: AES-256-CBC over the page (after the
16-byte salt on page 1) up to the reserved tail, which holds the page's IV (16
bytes) and its HMAC-SHA512 (64 bytes); a raw key is the AES key itself. Each
page's HMAC is checked too (storage/cipher.py), so a wrong decryption cannot
pass for an empty one.
"""

from __future__ import annotations

import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ips_desktop.storage import cipher

PAGE = cipher.PAGE_SIZE
_SALT, _IV, _HMAC = 16, 16, 64
_RESERVED = _IV + _HMAC
_WAL_HEADER, _FRAME_HEADER = 32, 24


def decrypt_page(page: bytes, number: int, key: bytes, hmac_key: bytes) -> bytes:
    """The plaintext of one page; AssertionError if its HMAC fails under the key."""
    assert cipher._page_authenticates(page, number, hmac_key), f"page {number}: HMAC fails"
    start = _SALT if number == 1 else 0
    iv = page[PAGE - _RESERVED:PAGE - _HMAC]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - _RESERVED]) + decryptor.finalize()


def plaintext(db: Path, key: bytes) -> bytes:
    """Every page of the database file, then every frame of its -wal, decrypted and joined."""
    data = db.read_bytes()
    salt = data[:_SALT]
    hmac_key = cipher._hmac_key(key, salt)
    assert len(data) % PAGE == 0
    parts = [decrypt_page(data[i:i + PAGE], i // PAGE + 1, key, hmac_key)
             for i in range(0, len(data), PAGE)]
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raw = wal.read_bytes()
        offset = _WAL_HEADER
        while offset + _FRAME_HEADER + PAGE <= len(raw):
            (number,) = struct.unpack(">I", raw[offset:offset + 4])
            frame = raw[offset + _FRAME_HEADER:offset + _FRAME_HEADER + PAGE]
            offset += _FRAME_HEADER + PAGE
            if number == 0:
                continue
            try:
                parts.append(decrypt_page(frame, number, key, hmac_key))
            except AssertionError:  # a frame of an older WAL generation (another salt)
                parts.append(frame)
    return b"".join(parts)
