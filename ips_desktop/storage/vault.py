"""The data directory's layout and its one unencrypted file, `vault.json`.

`vault.json` says only where the key is kept and under which id; it holds no
secret and no personal data. Without it the database opens with the recovery key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ips_desktop.storage.errors import KeyMissing

VAULT_FORMAT = 1


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

    def is_set_up(self) -> bool:
        return self.database.exists()


@dataclass(frozen=True)
class Vault:
    database_id: str
    key_mode: KeyMode


def read_vault(data_dir: DataDir) -> Vault:
    try:
        raw = json.loads(data_dir.vault.read_text(encoding="utf-8"))
        return Vault(database_id=str(raw["database_id"]), key_mode=KeyMode(raw["key_mode"]))
    except FileNotFoundError as exc:
        raise KeyMissing("vault.json is missing: open the database with the recovery key") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyMissing("vault.json is damaged: open the database with the recovery key") from exc


def write_vault(data_dir: DataDir, vault: Vault) -> None:
    tmp = data_dir.vault.with_suffix(".json.new")
    payload = {"format": VAULT_FORMAT, "database_id": vault.database_id,
               "key_mode": vault.key_mode.value}
    tmp.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    tmp.replace(data_dir.vault)
