from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.services import workspace
from ips_desktop.storage.errors import WrongPassword
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD


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
