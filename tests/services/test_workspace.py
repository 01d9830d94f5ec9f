from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.services import workspace
from ips_desktop.storage.errors import WrongPassword
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only(
    reason="set-up, unlock and passwords of the SQLCipher file's key")


def actions(ws):
    with Session(ws.ctx.engine) as session:
        return [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.at))]


@pytest.mark.parametrize("keyring_mode", [True, False])
def test_every_wrong_password_becomes_an_audit_event(data_dir, request, keyring_mode):
    if not keyring_mode:
        request.getfixturevalue("no_keyring")
    workspace.set_up(data_dir, PASSWORD)[0].close()
    for _ in range(2):
        with pytest.raises(WrongPassword):
            workspace.unlock(data_dir, "forkert")
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        assert actions(ws) == ["unlock_failed", "unlock_failed", "unlock"]
        assert workspace.verify_password(ws, "forkert") is False
        assert workspace.verify_password(ws, PASSWORD) is True
        assert actions(ws)[-2:] == ["unlock_failed", "unlock"]
    finally:
        ws.close()


def test_a_refused_password_change_is_not_audited_as_a_change(data_dir):
    from ips_desktop.domain.errors import ValidationError

    ws, _ = workspace.set_up(data_dir, PASSWORD)
    try:
        for new in ("kort", "aaaaaaaaaaaa"):
            with pytest.raises(ValidationError) as refused:
                workspace.change_password(ws, PASSWORD, new)
            assert refused.value.for_field("new_password")
        assert "update" not in actions(ws)
        with pytest.raises(ValidationError):
            workspace.change_password(ws, "forkert", "en-helt-ny-kode-2027")
        assert actions(ws)[-1] == "unlock_failed" and "update" not in actions(ws)
        workspace.change_password(ws, PASSWORD, "en-helt-ny-kode-2027")
        assert actions(ws)[-1] == "update"
    finally:
        ws.close()
    workspace.unlock(data_dir, "en-helt-ny-kode-2027").close()


@pytest.mark.parametrize("command", ["setup", "recover"])
def test_the_cli_refuses_a_weak_password(data_dir, monkeypatch, capsys, command):
    import io

    from ips_desktop.cli.main import main

    recovery = ""
    if command == "recover":
        ws, recovery = workspace.set_up(data_dir, PASSWORD)
        ws.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(recovery + "\n"))
    for weak, says in (("x", "mindst 8 tegn"), ("1212121212", "mindst 4 forskellige tegn")):
        monkeypatch.setenv("IPS_DESKTOP_PASSWORD", weak)
        assert main(["--data-dir", str(data_dir), command]) == 21
        assert says in capsys.readouterr().err
    if command == "setup":
        assert not (data_dir / "ips.db").exists()
    else:
        workspace.unlock(data_dir, PASSWORD).close()  # unchanged
