"""The chain's head removed or spoiled behind the app's back is a break, not a fresh start.

Two DELETEs hid the last events: remove them, remove the head's Setting row, and
the next event the app wrote started a new head from the last event left, so the
chain walked whole. A head that no longer parses made every later audit write
(and so every unlock) fail with a ValueError. Migration 0009 always writes the
head, so a missing one is always the work of someone outside the app.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit
from ips_desktop.storage import audit_chain
from ips_desktop.storage.models import AuditEvent


def behind_the_apps_back(ws, *sql: str) -> None:
    """What someone with the key and a SQLCipher shell can do: triggers dropped first
    (on PostgreSQL: a superuser's psql, where the table has no such triggers)."""
    with ws.database.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if conn.dialect.name == "sqlite":
            raw.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
            raw.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for statement in sql:
            raw.execute(statement)
        if conn.dialect.name != "sqlite":  # SQLite's driver runs in autocommit mode
            raw.commit()


def the_app_writes(ws, events: int = 3) -> None:
    for _ in range(events):
        with Session(ws.ctx.engine) as session, session.begin():
            audit.record(session, ws.ctx.actor_id, AuditAction.BACKUP, details={"n": 1})


def walk(ws) -> audit_chain.ChainState:
    with ws.ctx.engine.connect() as conn:
        return audit_chain.walk(conn)


def last_seq(ws) -> int:
    with ws.ctx.engine.connect() as conn:
        return int(conn.execute(select(func.max(AuditEvent.seq))).scalar() or 0)


def test_removing_the_last_events_and_the_head_is_still_found(ws) -> None:
    the_app_writes(ws, 6)
    keep = last_seq(ws) - 4
    behind_the_apps_back(ws, f"DELETE FROM audit_event WHERE seq > {keep}",
                         f"DELETE FROM setting WHERE key = '{audit_chain.HEAD_KEY}'")
    the_app_writes(ws)  # the next unlock or read writes on
    assert walk(ws).broken == audit_chain.ChainBreak(keep, "head")
    the_app_writes(ws)  # and it stays found
    assert walk(ws).broken == audit_chain.ChainBreak(keep, "head")


def test_a_missing_head_is_a_break_before_the_app_writes_again(ws) -> None:
    the_app_writes(ws)
    behind_the_apps_back(ws, f"DELETE FROM setting WHERE key = '{audit_chain.HEAD_KEY}'")
    assert walk(ws).broken == audit_chain.ChainBreak(last_seq(ws), "head")


def test_emptying_the_table_and_the_head_is_found(ws) -> None:
    the_app_writes(ws)
    behind_the_apps_back(ws, "DELETE FROM audit_event",
                         f"DELETE FROM setting WHERE key = '{audit_chain.HEAD_KEY}'")
    the_app_writes(ws)
    assert walk(ws).broken == audit_chain.ChainBreak(0, "head")


def test_a_spoiled_head_does_not_stop_the_app_and_is_found(ws) -> None:
    the_app_writes(ws)
    seq = last_seq(ws)
    behind_the_apps_back(ws, f"UPDATE setting SET value = 'garbage' "
                             f"WHERE key = '{audit_chain.HEAD_KEY}'")
    the_app_writes(ws)  # no ValueError: the trail goes on being written
    assert last_seq(ws) == seq + 3
    assert walk(ws).broken == audit_chain.ChainBreak(seq, "head")


def test_an_untouched_chain_stays_whole(ws) -> None:
    the_app_writes(ws, 5)
    assert walk(ws).broken is None


def test_an_event_copied_in_under_its_own_seq_is_altered_not_missing(ws) -> None:
    """With the unique index dropped, a duplicate was reported as "events before it removed"."""
    the_app_writes(ws, 4)
    seq = last_seq(ws) - 2
    columns = ("at, actor_id, action, entity, entity_id, details, created_at, updated_at, "
               "deleted_at, participant_id, seq, prev_hash, hash")
    new_id = ("lower(hex(randomblob(16)))" if ws.ctx.engine.dialect.name == "sqlite"
              else "gen_random_uuid()")
    # On PostgreSQL the sync's server objects (migration 0013) number events per origin.
    index = ("ux_audit_event_seq" if ws.ctx.engine.dialect.name == "sqlite"
             else "ux_audit_event_origin_seq")
    behind_the_apps_back(ws, f"DROP INDEX {index}",
                         f"INSERT INTO audit_event (id, {columns}) SELECT "
                         f"{new_id}, {columns} FROM audit_event WHERE seq = {seq}")
    assert walk(ws).broken == audit_chain.ChainBreak(seq, "altered")
