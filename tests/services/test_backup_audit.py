"""A backup takes every record out of the app: it is an audit event, from the CLI too."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import maintenance, workspace
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")


def events(ws, action: str) -> list[tuple]:
    with ws.ctx.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(
            select(AuditEvent.actor_id, AuditEvent.entity, AuditEvent.entity_id,
                   AuditEvent.details).where(AuditEvent.action == action))]


def test_a_backup_is_audited_with_who_and_no_file_name(ws, tmp_path):
    assert events(ws, "backup") == []
    maintenance.backup(ws, tmp_path / "Søren-kopi.db")
    recorded = events(ws, "backup")
    assert len(recorded) == 1
    actor, _entity, _entity_id, details = recorded[0]
    assert actor == ws.ctx.actor_id and actor is not None
    assert details == {"rows": details["rows"], "verified": True}  # counts, never a name
    assert "Søren" not in repr(recorded) and "kopi" not in repr(recorded)
    maintenance.backup(ws, tmp_path / "anden.db")
    assert len(events(ws, "backup")) == 2  # every backup, not the first only


def test_the_cli_backup_is_audited(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "setup"]) == 0
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "b.db")]) == 0
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        assert len(events(ws, "backup")) == 1
    finally:
        ws.close()
