"""Migration 0016 on a laptop whose outbox was sent: `change_log.pushed_at` goes, ids go on.

The team database skips every entry of a laptop at or below what it took
from it (`team_device.pushed_up_to`): after the table is rebuilt without the
column, the next change must still get an id above every id handed out
before, even when the push had emptied the outbox. Unsent entries come
through the rebuild as they were. (On PostgreSQL the column is simply
dropped: tests/storage/test_migrations.py compares the migrated schema with
the models on both.)
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect

from ips_desktop.storage import schema
from ips_desktop.storage.sync import outbox
from tests.reports.support import register

pytestmark = pytest.mark.sqlite_only(
    reason="SQLite's table rebuild (batch mode) and its AUTOINCREMENT high-water mark")


def _downgrade_to_0014(ws) -> None:
    cfg = schema.alembic_config()
    with ws.ctx.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014_outbox_seed")
        conn.commit()


def _ids(ws) -> list[int]:
    with ws.ctx.engine.connect() as conn:
        return [i for (i,) in conn.exec_driver_sql("SELECT id FROM change_log ORDER BY id")]


def test_after_a_push_emptied_the_outbox_new_changes_get_new_ids(ws):
    _downgrade_to_0014(ws)
    register(ws, name="Åse Ærø")
    sent = _ids(ws)
    assert sent
    with ws.ctx.engine.begin() as conn:  # the push took them all: they left the outbox
        outbox.drop_pushed(conn, max(sent))
    assert _ids(ws) == []

    schema.upgrade(ws.ctx.engine)

    with ws.ctx.engine.connect() as conn:
        assert schema.current_revision(conn) == schema.head_revision()
        columns = {c["name"] for c in inspect(conn).get_columns("change_log")}
        indexes = {i["name"] for i in inspect(conn).get_indexes("change_log")}
        table_sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'change_log'").scalar()
    assert "pushed_at" not in columns and "ix_change_log_pushed_at_id" not in indexes
    assert "ix_change_log_table_name_row_id" in indexes
    assert "AUTOINCREMENT" in table_sql
    register(ws, name="Bo Berg")
    assert min(_ids(ws)) > max(sent)  # never an id the team database already took


def test_unsent_entries_come_through_the_rebuild_as_they_were(ws):
    _downgrade_to_0014(ws)
    register(ws, name="Åse Ærø")
    with ws.ctx.engine.connect() as conn:
        before = [(c.id, c.table_name, c.row_id, c.changes) for c in outbox.unsent(conn)]
        waiting = outbox.count_unsent(conn)

    schema.upgrade(ws.ctx.engine)

    with ws.ctx.engine.connect() as conn:
        after = [(c.id, c.table_name, c.row_id, c.changes) for c in outbox.unsent(conn)]
        assert outbox.count_unsent(conn) == waiting > 0
    assert after == before
    register(ws, name="Bo Berg")
    assert _ids(ws)[len(before)] > before[-1][0]
