"""What a refused restore says is about the backup given, in the user's language (review finding).

A text file given as a backup is "not an IPS Desktop backup" (it was called a
damaged database); a backup of another database points to
`restore FILE --recovery-key` (it pointed to `recover`, which cannot help).
Exit codes stay as documented, and no file changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import maintenance, workspace
from ips_desktop.storage import errors
from tests.helpers import PASSWORD
from tests.machine import snapshot

pytestmark = pytest.mark.sqlite_only(reason="restore of a backup file over the SQLCipher file")


@pytest.fixture
def root(tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    workspace.set_up(root, PASSWORD)[0].close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return root


def restore(root: Path, backup: Path, language: str, *extra: str) -> int:
    return main(["--language", language, "--data-dir", str(root), "restore", str(backup),
                 "--yes", *extra])


TEXT = b"Dette er en tekstfil, ikke en sikkerhedskopi.\n" * 1000


@pytest.mark.parametrize("size", [100, 3000, 5000, 8192, 20000, 40960])
@pytest.mark.parametrize(("language", "said"), [
    ("en", "The file is not an IPS Desktop backup"),
    ("da", "Filen er ikke en sikkerhedskopi fra IPS Desktop"),
    ("nb", "Filen er ikke en sikkerhetskopi fra IPS Desktop"),
])
def test_a_text_file_is_not_a_backup(root, tmp_path, capsys, size, language, said):
    text = tmp_path / "notes.txt"
    text.write_bytes(TEXT[:size])
    before = snapshot(root)
    code = restore(root, text, language)
    err = capsys.readouterr().err
    assert code == errors.NotADatabase.exit_code == 6, err
    assert said in err
    assert "damaged" not in err and "beskadiget" not in err and "skadet" not in err
    assert snapshot(root) == before and text.read_bytes() == TEXT[:size]


@pytest.mark.parametrize(("language", "said"), [
    ("en", "The backup is of another database"),
    ("da", "Sikkerhedskopien er af en anden database"),
])
def test_a_backup_of_another_database_points_to_restore_with_its_recovery_key(
        root, tmp_path, capsys, language, said):
    other = tmp_path / "other"
    ws, _ = workspace.set_up(other, "Et-Andet-Kodeord-77")
    maintenance.backup(ws, tmp_path / "other.db")
    ws.close()
    before = snapshot(root)
    code = restore(root, tmp_path / "other.db", language)
    err = capsys.readouterr().err
    assert code == errors.WrongKey.exit_code == 5, err
    assert said in err
    assert "--recovery-key" in err and "ips-desktop recover" not in err
    assert snapshot(root) == before


def test_a_recovery_key_that_does_not_open_the_backup(root, tmp_path, capsys, monkeypatch):
    other = tmp_path / "other"
    ws, _ = workspace.set_up(other, "Et-Andet-Kodeord-77")
    maintenance.backup(ws, tmp_path / "other.db")
    ws.close()
    third = tmp_path / "third"
    ws, wrong_recovery = workspace.set_up(third, PASSWORD)
    ws.close()
    monkeypatch.setattr("ips_desktop.cli.main.read_secret", lambda prompt: wrong_recovery)
    before = snapshot(root)
    code = restore(root, tmp_path / "other.db", "en", "--recovery-key")
    err = capsys.readouterr().err
    assert code == errors.WrongKey.exit_code, err
    assert "The recovery key does not open the backup" in err
    assert snapshot(root) == before


def test_a_missing_backup_is_said_missing(root, tmp_path, capsys):
    before = snapshot(root)
    assert restore(root, tmp_path / "nowhere.db", "en") == errors.NotADatabase.exit_code
    assert "The backup was not found" in capsys.readouterr().err
    assert snapshot(root) == before


def test_a_cut_backup_is_a_damaged_backup(root, tmp_path, capsys):
    ws = workspace.unlock(root, PASSWORD)
    maintenance.backup(ws, tmp_path / "copy.db")
    ws.close()
    copy = tmp_path / "copy.db"
    copy.write_bytes(copy.read_bytes()[:4096 + 1000])  # cut in the second page
    before = snapshot(root)
    code = restore(root, copy, "en")
    err = capsys.readouterr().err
    assert code in (errors.NotADatabase.exit_code, errors.Damaged.exit_code), err
    assert "The backup is damaged or cut short" in err
    assert snapshot(root) == before
