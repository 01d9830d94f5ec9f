"""The Restore dialog's read-only question "would restore accept this file?", without a window.

Before this, only the GUI test asked it, so mutmut (which runs without the GUI
tests) saw no test at all for it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ips_desktop.services import consultants, maintenance
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage.errors import NotADatabase, StorageError, WrongPassword
from ips_desktop.storage.models import AuditEvent
from tests.storage.test_restore_integrity import flip_a_byte_mid_file

pytestmark = pytest.mark.sqlite_only(
    reason="restore checks a backup file against the SQLCipher file's key")


def failed_unlocks(ws) -> list[dict]:
    with ws.ctx.engine.connect() as conn:
        return [d for (d,) in conn.execute(select(AuditEvent.details).where(
            AuditEvent.action == "unlock_failed"))]


def test_a_good_backup_with_the_live_password_is_restorable_and_changes_nothing(
        ws, tmp_path, password):
    backup = maintenance.backup(ws, tmp_path / "kopi.db")
    before = backup.read_bytes()
    maintenance.check_restorable(ws, backup, password)
    assert backup.read_bytes() == before
    assert failed_unlocks(ws) == []


def test_a_wrong_password_is_refused_and_audited(ws, tmp_path, password):
    backup = maintenance.backup(ws, tmp_path / "kopi.db")
    with pytest.raises(WrongPassword):
        maintenance.check_restorable(ws, backup, password + "x")
    assert failed_unlocks(ws) == [{"restore": True}]


def test_a_missing_file_and_a_text_file_are_not_backups(ws, tmp_path, password):
    with pytest.raises(NotADatabase) as caught:
        maintenance.check_restorable(ws, tmp_path / "findes-ikke.db", password)
    assert getattr(caught.value, "message_code", None) == "RestoreBackupMissing"
    text = tmp_path / "noter.db"
    text.write_text("ikke en database\n" * 200)
    with pytest.raises(StorageError):
        maintenance.check_restorable(ws, text, password)


def test_a_backup_with_a_damaged_page_is_not_restorable(ws, tmp_path, password):
    for n in range(150):  # enough rows for many pages
        consultants.create_consultant(ws.ctx, ConsultantInput(f"Konsulent {n}", f"K{n}", "Køge"))
    backup = maintenance.backup(ws, tmp_path / "kopi.db")
    flip_a_byte_mid_file(backup)
    with pytest.raises(StorageError):
        maintenance.check_restorable(ws, backup, password)
