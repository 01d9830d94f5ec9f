"""The laptop's side of the outbox: what is unsent, what was sent, what is still changed here.

Every entry in `change_log` is unsent: what the team database took is deleted
(`drop_pushed`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, inspect, select, update

from ips_desktop.storage import change_log
from ips_desktop.storage.change_log import Entry
from ips_desktop.storage.models import Base
from ips_desktop.storage.sync.push import Change

LOG = Base.metadata.tables["change_log"]


def unsent(conn: Connection, limit: int | None = None) -> list[Change]:
    """The entries not yet taken by the team database, oldest first."""
    query = select(LOG).order_by(LOG.c.id)
    if limit is not None:
        query = query.limit(limit)
    return [Change(r.id, r.hlc, r.table_name, r.row_id, r.op, r.base_version, r.new_version,
                   dict(r.changes or {}), r.actor_id, r.origin)
            for r in conn.execute(query)]


def count_unsent(conn: Connection) -> int:
    """The changes a person made that wait to be sent (the status bar's count).

    The audit trail's own events go up too, but they are not changes anyone
    made: counted, every list opened after a sync would read as work waiting.
    """
    return conn.execute(select(func.count()).select_from(LOG)
                        .where(LOG.c.table_name != "audit_event")).scalar_one()


def drop_pushed(conn: Connection, up_to: int) -> int:
    """Entries up to `up_to` were taken (or skipped as taken before): they leave the outbox.

    The team database holds them now; kept here they would only double the
    file and keep every old value of a person's fields. Ids are never handed
    out again (AUTOINCREMENT), so the team's `pushed_up_to` stays right.
    """
    return conn.execute(delete(LOG).where(LOG.c.id <= up_to)).rowcount


def changed_here(conn: Connection) -> dict[tuple[str, uuid.UUID], set[str]]:
    """Per row, the fields this laptop changed and has not sent yet (the pull keeps them)."""
    found: dict[tuple[str, uuid.UUID], set[str]] = {}
    for table_name, row_id, changes in conn.execute(
            select(LOG.c.table_name, LOG.c.row_id, LOG.c.changes)):
        found.setdefault((table_name, row_id), set()).update(changes or {})
    return found


def rename_row(conn: Connection, table_name: str, old: uuid.UUID, new: uuid.UUID) -> None:
    """Unsent entries about a row the team knows by another id now go to that id."""
    conn.execute(update(LOG).where(LOG.c.table_name == table_name, LOG.c.row_id == old)
                 .values(row_id=new))


def seed_unlogged(conn: Connection, table_names: Iterable[str]) -> int:
    """An 'insert' entry for every row of `table_names` the log has no insert of.

    The rows a laptop held before the change log existed (migration 0012)
    would otherwise never reach the team database. Parents go first (the
    tables in foreign-key order), and each entry is the row as it is now, at
    its version. Only the columns the database has yet are read, so a later
    migration's columns do not break this one. Returns the entries written.
    """
    wanted = set(table_names)
    present = set(inspect(conn).get_table_names())
    origin = change_log.origin_of(conn)
    written = 0
    for table in Base.metadata.sorted_tables:
        if table.name not in wanted or table.name not in present:
            continue
        existing = {c["name"] for c in inspect(conn).get_columns(table.name)}
        columns = [c for c in table.columns if c.name in existing]
        logged = select(LOG.c.row_id).where(LOG.c.table_name == table.name,
                                            LOG.c.op == change_log.INSERT)
        rows = conn.execute(select(*columns).where(table.c.id.not_in(logged))
                            .order_by(table.c.created_at)).mappings().all()
        table_codec = change_log.codec(table.name)
        entries = [Entry(table.name, row["id"], change_log.INSERT, 0, row.get("version") or 1,
                         table_codec.insert_changes(dict(row)), row.get("changed_by"))
                   for row in rows]
        change_log.write(conn, entries, origin)
        written += len(entries)
    return written
