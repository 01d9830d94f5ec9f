"""A laptop used before the change log existed: its earlier rows reach the team too.

Migration 0014_outbox_seed writes the entries such a laptop lacks; here the
laptop's log is emptied to stand for the time before it, and the same seeding
(storage/sync/outbox.py) runs.
"""

from __future__ import annotations

from sqlalchemy import delete

from ips_desktop.storage.engine import for_writing
from ips_desktop.storage.models import ChangeLog
from ips_desktop.storage.sync import outbox
from tests.sync import actions
from tests.sync.team import picture, synced_tables


def test_rows_from_before_the_change_log_reach_the_team(team):
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    actions.note(anna, course, "Første samtale")
    with for_writing(anna.ctx.engine).begin() as conn:
        conn.execute(delete(ChangeLog))  # as on a laptop from before migration 0012

    with for_writing(anna.ctx.engine).begin() as conn:
        seeded = outbox.seed_unlogged(conn, synced_tables())
        assert outbox.seed_unlogged(conn, synced_tables()) == 0  # once per row
    anna.sync()
    bo.sync()
    anna.sync()  # bo's own rows come back to her

    assert seeded >= 4  # anna, the participant, the course, the note (and their audit)
    names = [r["name"] for r in picture(team.engine)["participant"].values()]
    assert names == ["Pia Hansen"]
    assert picture(bo.ctx.engine) == picture(team.engine) == picture(anna.ctx.engine)
