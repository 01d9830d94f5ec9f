"""`ips-desktop team status`: per consultant, when the team last had their data and when
their laptop last took the team's (issue 21).

A pull records on the team database when the laptop pulled
(`team_device.last_pull_at`), through the member's own login (row-level
security lets a member write only their own laptop's row); the next pull of
another laptop brings it down, and the team lead's `team status` says both.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import sync, team, team_admin
from ips_desktop.storage.models import utcnow
from ips_desktop.storage.sync import run as sync_run
from tests.helpers import PASSWORD
from tests.team.members import member_laptop


@pytest.fixture
def lead_and_anna(team_server, tmp_path):
    team_admin.init_team(team_server.admin_url)
    lead = member_laptop(team_server, tmp_path, "tove", "TL", lead=True)
    anna = member_laptop(team_server, tmp_path, "anna", "AAA")
    yield lead, anna
    for laptop in (lead, anna):
        laptop.ws.close()


def _device(team_server, laptop) -> tuple:
    (row,) = team_server.sql("SELECT last_push_at, last_pull_at FROM team_device "
                             "WHERE database_id = %s", (laptop.ws.database.database_id,))
    return row


def test_a_pull_records_when_and_team_status_says_both(lead_and_anna, team_server, capsys,
                                                       monkeypatch):
    lead, anna = lead_and_anna
    now = utcnow()
    sync.sync_now(anna.ctx, now=now - timedelta(days=3))
    assert _device(team_server, anna) == (now - timedelta(days=3), now - timedelta(days=3))
    engine = team.team_engine(anna.ctx)  # a pull alone: Anna's laptop saw the team's data
    try:
        sync_run.pull_new(anna.ctx.engine, engine, now - timedelta(days=2))
    finally:
        engine.dispose()
    assert _device(team_server, anna) == (now - timedelta(days=3), now - timedelta(days=2))
    sync.sync_now(lead.ctx, now=now)

    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    root = lead.ws.data_dir
    assert main(["--language", "en", "--data-dir", str(root), "team", "status"]) == 0
    out = capsys.readouterr().out
    assert "  AAA – anna: synced 3 days ago; fetched the team's data 2 days ago\n" in out
    assert "  TL – tove: synced today; fetched the team's data today\n" in out
    assert "more than a week old" not in out
    assert main(["--language", "da", "--data-dir", str(root), "team", "status"]) == 0
    assert ("AAA – anna: synkroniseret for 3 dage siden; hentede teamets data for 2 dage "
            "siden") in capsys.readouterr().out
