"""The data directory's layout and its one unencrypted file, `vault.json`.

`vault.json` says only where the key is kept and under which id; it holds no
secret and no personal data. Without it the database opens with the recovery key.

Format 1 kept the raw database key in the keyring (or in a SQLCipher key file);
format 2 keeps it wrapped in the key file `ips.key` (storage/slots.py). A
format-1 data directory is upgraded at its first unlock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ips_desktop.storage.errors import KeyMissing, NewerSchema, RestoreUnfinished
from ips_desktop.storage.files import atomic_write_text

VAULT_FORMAT = 2
LEGACY_FORMAT = 1


class KeyMode(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class DataDir:
    """Names of the files in a data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "ips.db"

    @property
    def vault(self) -> Path:
        return self.root / "vault.json"

    @property
    def key_file(self) -> Path:
        return self.root / "ips.key"

    @property
    def lock(self) -> Path:
        return self.root / "ips.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def failed_unlocks(self) -> Path:
        """Times of wrong passwords, kept until the next unlock writes them to the audit log."""
        return self.root / "failed-unlocks.txt"

    @property
    def kept(self) -> Path:
        """Databases replaced by a restore, each in its own folder (a small data directory)."""
        return self.root / "kept"

    def is_set_up(self) -> bool:
        """Whether there is a database; RestoreUnfinished when only its traces are here.

        A vault, a key file, a kept or a half-restored database without `ips.db`
        means a database lived here: setting up anew would overwrite its key.
        A set-up cut off before its last rename left no data and is undone first
        (storage/interrupted_setup.py).
        """
        if self.database.exists():
            return True
        from ips_desktop.storage.interrupted_setup import undo_cut_off_setup  # imports keys

        undo_cut_off_setup(self)  # a set-up killed before its rename left only its traces
        found = [p.name for p in (self.vault, self.key_file) if p.exists()]
        found += [p.name for p in self.root.glob(".ips.db.*.restoring")]
        found += [p.name for p in self.root.glob("ips.db.replaced-*")]  # earlier versions
        kept = sorted(self.kept.glob("*/ips.db"))
        found += [p.relative_to(self.root).as_posix() for p in kept]
        if not found:
            return False
        legacy = sorted(n for n in found if n.startswith("ips.db.replaced-")
                        and not n.endswith(("-wal", "-shm")))
        undo = kept[-1].relative_to(self.root).as_posix() if kept else (
            legacy[-1] if legacy else None)
        raise RestoreUnfinished(str(self.root), found, undo)


@dataclass(frozen=True)
class Vault:
    database_id: str
    key_mode: KeyMode
    format: int = VAULT_FORMAT


def read_vault(data_dir: DataDir) -> Vault:
    try:
        raw = json.loads(data_dir.vault.read_text(encoding="utf-8"))
        vault = Vault(database_id=str(raw["database_id"]), key_mode=KeyMode(raw["key_mode"]),
                      format=int(raw.get("format", LEGACY_FORMAT)))
    except FileNotFoundError as exc:
        raise KeyMissing("vault.json is missing: open the database with the recovery key") from exc
    except (ValueError, KeyError, TypeError) as exc:
        damaged = KeyMissing("vault.json is damaged: open the database with the recovery key")
        damaged.message_code = "VaultDamaged"  # type: ignore[attr-defined]
        raise damaged from exc
    if vault.format > VAULT_FORMAT:
        raise NewerSchema("vault.json is from a newer version of the app")
    return vault


def write_vault(data_dir: DataDir, vault: Vault) -> None:
    """Always in the current format: the key file has been written in it first."""
    payload = {"format": VAULT_FORMAT, "database_id": vault.database_id,
               "key_mode": vault.key_mode.value}
    atomic_write_text(data_dir.vault, json.dumps(payload, indent=2) + "\n")


def inside_a_data_dir(path: Path) -> bool:
    """Whether `path` is or lies in a data directory (it or a folder above holds a vault.json).

    Printouts and exports never go there: a name like ips.db or ips.key would
    replace the database or its key, and anything else would mix files the app
    owns with files the user owns.
    """
    resolved = path.expanduser().resolve()
    # The data directory itself too: `--out DATA_DIR` is a place in it, not "a folder".
    return any((folder / "vault.json").is_file() for folder in (resolved, *resolved.parents))
