"""How fresh each consultant's data is on this laptop (services/team_freshness.py).

`team_device` rows are what a pull brings down (per laptop: its consultant and
its last push); they are written here as the pull would leave them, so that
every instant is known. The end-to-end path (real laptops, a real PostgreSQL)
is tests/sync/test_team_figures.py.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from ips_desktop.domain.enums import Role
from ips_desktop.services import consultants, sync, team_freshness
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.database import write_settings
from ips_desktop.storage.models import TeamDevice
from ips_desktop.storage.sync import run as sync_run

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def _device(ws, consultant_id: uuid.UUID | None, pushed: datetime | None,
            pulled: datetime | None = None) -> None:
    with unit_of_work(ws.ctx) as session:
        session.add(TeamDevice(database_id=str(uuid.uuid4()), consultant_id=consultant_id,
                               last_push_at=pushed, last_pull_at=pulled))


def _colleague(ws, name: str, initials: str) -> uuid.UUID:
    return consultants.create_consultant(ws.ctx, ConsultantInput(
        name, initials, "Køge", 1.0, Role.CONSULTANT)).id


def _join(ws) -> None:
    write_settings(ws.ctx.engine, {sync.TEAM_URL: "postgresql://soe@team.example/ipsteam"})


def test_a_laptop_alone_shows_nothing(ws):
    bo = _colleague(ws, "Bo Dahl", "BD")
    _device(ws, bo, NOW - timedelta(days=30))
    assert team_freshness.team_freshness(ws.ctx, now=NOW) == ()


def test_a_consultant_with_two_laptops_counts_by_the_latest(ws):
    _join(ws)
    bo = _colleague(ws, "Bo Dahl", "BD")
    _device(ws, bo, NOW - timedelta(days=9))
    _device(ws, bo, NOW - timedelta(days=3))
    found = {f.initials: f for f in team_freshness.team_freshness(ws.ctx, now=NOW)}
    assert found["BD"].synced_at == NOW - timedelta(days=3)
    assert (found["BD"].days_ago, found["BD"].stale) == (3, False)
    assert team_freshness.describe(found["BD"], "da") == (
        "BD – Bo Dahl: synkroniseret for 3 dage siden")
    assert team_freshness.describe(found["BD"], "en") == "BD – Bo Dahl: synced 3 days ago"


def test_older_than_a_week_is_stale_and_said_in_every_language(ws):
    _join(ws)
    write_settings(ws.ctx.engine, {sync_run.LAST_SYNC: NOW.isoformat()})  # this laptop: fresh
    bo = _colleague(ws, "Bo Dahl", "BD")
    _device(ws, bo, NOW - timedelta(days=8))
    _colleague(ws, "Cai Berg", "CB")  # no laptop on the team: not listed
    found = {f.initials: f for f in team_freshness.team_freshness(ws.ctx, now=NOW)}
    assert "CB" not in found
    assert found["BD"].stale
    old = team_freshness.stale(tuple(found.values()))
    assert [f.initials for f in old] == ["BD"]
    assert team_freshness.stale_warning(old, "nb").startswith(
        "Data fra Bo Dahl (BD) er mer enn en uke gamle")
    assert team_freshness.stale_warning(old, "en").startswith(
        "Data from Bo Dahl (BD) is more than a week old")


def test_exactly_a_week_is_not_yet_stale_and_yesterday_is_said_as_such(ws):
    _join(ws)
    bo = _colleague(ws, "Bo Dahl", "BD")
    cai = _colleague(ws, "Cai Berg", "CB")
    _device(ws, bo, NOW - timedelta(days=7))
    _device(ws, cai, NOW - timedelta(days=1))
    found = {f.initials: f for f in team_freshness.team_freshness(ws.ctx, now=NOW)}
    assert not found["BD"].stale
    assert team_freshness.synced_words(found["CB"], "da") == "synkroniseret i går"


def test_this_laptops_own_consultant_counts_by_its_last_sync(ws):
    _join(ws)
    me = ws.ctx.actor_id
    _device(ws, me, NOW - timedelta(days=10))  # an older laptop of the same consultant
    found = {f.consultant_id: f for f in team_freshness.team_freshness(ws.ctx, now=NOW)}
    assert found[me].stale
    write_settings(ws.ctx.engine, {sync_run.LAST_SYNC: (NOW - timedelta(hours=2)).isoformat()})
    found = {f.consultant_id: f for f in team_freshness.team_freshness(ws.ctx, now=NOW)}
    assert (found[me].days_ago, found[me].stale) == (0, False)
    assert team_freshness.synced_words(found[me], "nb") == "synkronisert i dag"


def test_joined_but_never_synced_says_never(ws):
    _join(ws)
    (mine,) = team_freshness.team_freshness(ws.ctx, now=NOW)
    assert mine.synced_at is None and mine.stale
    assert team_freshness.synced_words(mine, "da") == "aldrig synkroniseret"


def test_freshness_is_the_last_push_and_the_last_pull_is_said_beside_it(ws):
    """A laptop that only pulled lately has seen the team's data; its own is as old as its
    last push (what the others have of it)."""
    _join(ws)
    bo = _colleague(ws, "Bo Dahl", "BD")
    _device(ws, bo, NOW - timedelta(days=9), NOW - timedelta(days=1))
    _device(ws, bo, NOW - timedelta(days=12), NOW - timedelta(days=4))  # his older laptop
    cai = _colleague(ws, "Cai Berg", "CB")
    _device(ws, cai, NOW - timedelta(days=2))  # pushed, never pulled
    found = {f.initials: f for f in team_freshness.team_freshness(ws.ctx, now=NOW)}
    assert (found["BD"].days_ago, found["BD"].stale) == (9, True)
    assert (found["BD"].pulled_at, found["BD"].pulled_days_ago) == (NOW - timedelta(days=1), 1)
    assert team_freshness.status_line(found["BD"], "da") == (
        "BD – Bo Dahl: synkroniseret for 9 dage siden; hentede teamets data i går")
    assert team_freshness.status_line(found["CB"], "en") == (
        "CB – Cai Berg: synced 2 days ago; never fetched the team's data")
    assert team_freshness.pulled_words(found["BD"], "nb") == "hentet teamets data i går"
    write_settings(ws.ctx.engine, {sync_run.LAST_SYNC: NOW.isoformat()})
    (mine,) = [f for f in team_freshness.team_freshness(ws.ctx, now=NOW)
               if f.consultant_id == ws.ctx.actor_id]
    assert team_freshness.pulled_words(mine, "en") == "fetched the team's data today"
