"""A consultant is refused the audit trail (exit 14) whatever else the command line says.

Before, `--actor XYZ` answered a consultant "no consultant with the initials XYZ"
(exit 1: an oracle for who had which initials) and `--out` in the data folder
30, because the role was checked only when the first row was read; the audit
tab's person chooser (every name and CPR, people marked deleted too) and the
initials lookup answered anyone who called them.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import audit_log, workspace
from ips_desktop.services.overview import TeamLeadOnly
from ips_desktop.storage.models import AuditEvent
from tests.audit_trail_data import build_trail, danish_time
from tests.helpers import PASSWORD

PERIOD = ["--from", "1.11.2026", "--to", "31.12.2026", "--format", "csv"]


@pytest.fixture
def as_consultant(ws, monkeypatch):
    """The trail in a closed database whose owner is the consultant AB, not a team lead."""
    danish_time(monkeypatch)
    trail = build_trail(ws)
    workspace.set_owner(ws, trail.ab)
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return root


def exports(root) -> int:
    ws = workspace.unlock(root, PASSWORD)
    try:
        with ws.ctx.engine.connect() as conn:
            return len(conn.execute(select(AuditEvent.id).where(
                AuditEvent.entity == "audit_trail")).all())
    finally:
        ws.close()


@pytest.mark.parametrize("extra", [
    ["--actor", "XYZ"],  # initials nobody had
    ["--actor", "AB"],
    ["--out", "DATA/trail.csv"],  # the data folder
    ["--out", "OUT/trail.csv"],
])
def test_a_consultant_is_refused_with_14_whatever_the_flags(
        as_consultant, tmp_path, capsys, extra) -> None:
    root = as_consultant
    extra = [e.replace("DATA", str(root)).replace("OUT", str(tmp_path)) for e in extra]
    assert main(["--data-dir", str(root), "audit", *PERIOD, *extra]) == 14
    assert capsys.readouterr().err.strip() == "Kun en teamleder kan se adgangsloggen."
    assert not (tmp_path / "trail.csv").exists() and not (root / "trail.csv").exists()
    assert exports(root) == 0


def test_the_choosers_refuse_a_consultant(ws, monkeypatch) -> None:
    danish_time(monkeypatch)
    trail = build_trail(ws)
    assert audit_log.person_choices(ws.ctx, "")  # a team lead finds people
    ws.ctx.actor_id = trail.ab
    with pytest.raises(TeamLeadOnly):
        audit_log.person_choices(ws.ctx, "")
    with pytest.raises(TeamLeadOnly):
        audit_log.actors_by_initials(ws.ctx, "AB")
