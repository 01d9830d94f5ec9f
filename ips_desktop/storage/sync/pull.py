"""The pull: what the team database took since the last pull, written into the laptop.

Reads in one REPEATABLE READ transaction on the team database (a snapshot:
a push committing meanwhile is wholly in it or wholly out, and as pushes
number their writes in commit order, the highest `server_seq` read is a
safe place to start next time) and writes in one transaction on the laptop,
with foreign keys checked at its commit (a calendar occurrence may arrive
before the series that a later edit renumbered). The caller's session has
`applying_sync` set: nothing written here enters the laptop's own log.

- Each row is upserted with the team's values and version. A row this
  laptop changed and has not sent yet keeps its locally changed fields
  (form answers per answer); those go up at the next push with their old
  base version, and the team database decides.
- Rows the team erased are erased here (storage/sync/erase.py).
- A row the team refused as a second copy of one it had (same natural key)
  gives way here to the team's: references and unsent changes follow it.
- Courses whose phase changes arrived get their phase worked out again.
- Audit events never come down (storage/sync_tables.NOT_PULLED).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ips_desktop.storage.models import Base
from ips_desktop.storage.sync import erase as sync_erase
from ips_desktop.storage.sync import outbox as sync_outbox
from ips_desktop.storage.sync import phase as sync_phase
from ips_desktop.storage.sync.schema import ERASED, PUSH
from ips_desktop.storage.sync.tables import SERVER_KEPT, TableInfo, info, pulled_tables

_READ_BATCH = 5000
_WRITE_BATCH = 1000


@dataclass
class PullResult:
    rows: int = 0  # rows written here (the team's, this laptop's own coming back included)
    changed: int = 0  # of which new here or changed by the team (team devices not counted)
    erased: int = 0  # rows erased here because the team erased them
    per_table: dict[str, int] = field(default_factory=dict)
    newest_seq: int = 0
    newest_hlc: str | None = None


def pull(server: Connection, local: Connection, after: int) -> PullResult:
    """Everything with `server_seq > after` from `server` into `local` (callers' transactions)."""
    result = PullResult(newest_seq=after)
    local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    _pull_erasures(server, local, after, result)
    kept = sync_outbox.changed_here(local)
    courses: set[uuid.UUID] = set()
    for name in pulled_tables():
        t = info(name)
        for rows in _batches(server, t, after):
            result.newest_seq = max(result.newest_seq, *(r["server_seq"] for r in rows))
            if t.keys:
                rows.sort(key=lambda r: r["deleted_at"] is None)  # tombstones free keys first
                _give_way(local, t, rows)
            if name not in SERVER_KEPT:
                result.changed += _news_here(local, t, rows)
            _upsert(local, t, rows, kept)
            result.rows += len(rows)
            result.per_table[name] = result.per_table.get(name, 0) + len(rows)
            if name == "course":
                courses.update(r["id"] for r in rows)
            elif name == "phase_change":
                courses.update(r["course_id"] for r in rows)
    if courses:
        sync_phase.recompute_locally(local, courses)
    result.newest_hlc = server.execute(select(func.max(PUSH.c.hlc))
                                       .where(PUSH.c.server_seq > after)).scalar()
    return result


def begin_snapshot(server: Connection) -> None:
    """The pull's reads: one consistent picture of the team database, read-only."""
    server.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))


def _batches(server: Connection, t: TableInfo, after: int) -> Iterator[list[dict[str, Any]]]:
    query = select(t.table).where(t.table.c.server_seq > after).order_by(t.table.c.server_seq)
    if t.keys:  # small tables whose rows must be seen together (tombstones before twins)
        rows = [dict(r) for r in server.execute(query).mappings()]
        if rows:
            yield rows
        return
    result = server.execution_options(yield_per=_READ_BATCH).execute(query).mappings()
    for part in result.partitions():
        yield [dict(r) for r in part]


def _pull_erasures(server: Connection, local: Connection, after: int,
                   result: PullResult) -> None:
    seed: dict[str, list[uuid.UUID]] = {}
    for row in server.execute(select(ERASED.c.table_name, ERASED.c.row_id, ERASED.c.server_seq)
                              .where(ERASED.c.server_seq > after)):
        seed.setdefault(row.table_name, []).append(row.row_id)
        result.newest_seq = max(result.newest_seq, row.server_seq)
    if seed:
        known = {name: ids for name, ids in seed.items() if name in Base.metadata.tables}
        result.erased = sync_erase.erase_locally(local, known)


def _news_here(local: Connection, t: TableInfo, rows: list[dict[str, Any]]) -> int:
    """How many of `rows` this laptop does not hold as they are (not its own coming back)."""
    versions = dict(local.execute(select(t.table.c.id, t.table.c.version)
                                  .where(t.table.c.id.in_([r["id"] for r in rows]))).all())
    return sum(1 for r in rows if versions.get(r["id"]) != r["version"])


def _upsert(local: Connection, t: TableInfo, rows: list[dict[str, Any]],
            kept: dict[tuple[str, uuid.UUID], set[str]]) -> None:
    """The team's rows in; a row changed here keeps the fields changed here."""
    columns = [c.key for c in t.table.columns]
    mine = [r for r in rows if (t.name, r["id"]) in kept]
    if mine:
        _keep_local_fields(local, t, mine, kept)
    stmt = sqlite_insert(t.table)
    stmt = stmt.on_conflict_do_update(index_elements=[t.table.c.id],
                                      set_={c: stmt.excluded[c] for c in columns if c != "id"})
    for start in range(0, len(rows), _WRITE_BATCH):
        part = rows[start:start + _WRITE_BATCH]
        local.execute(stmt, [{c: r.get(c) for c in columns} for r in part])


def _keep_local_fields(local: Connection, t: TableInfo, rows: list[dict[str, Any]],
                       kept: dict[tuple[str, uuid.UUID], set[str]]) -> None:
    by_id = {r["id"]: r for r in rows}
    for here in local.execute(select(t.table).where(t.table.c.id.in_(list(by_id)))).mappings():
        row = by_id[here["id"]]
        for name in kept[(t.name, here["id"])]:
            if t.answers and name.startswith(t.answers + "."):
                answer = name.split(".", 1)[1]
                answers = dict(row.get(t.answers) or {})
                local_answers = here[t.answers] or {}
                if answer in local_answers:
                    answers[answer] = local_answers[answer]
                else:
                    answers.pop(answer, None)
                row[t.answers] = answers
            elif name in here and name not in ("version", "server_seq"):
                row[name] = here[name]


def _give_way(local: Connection, t: TableInfo, rows: list[dict[str, Any]]) -> None:
    """A local row with a pulled row's natural key, never taken by the team, becomes it."""
    table = t.table
    if local.execute(select(table.c.id).where(table.c.server_seq.is_(None)).limit(1)).first() \
            is None:
        return  # every row here came through the team database: none can be a second copy
    for row in rows:
        for key in t.keys:
            if key.live_only and row["deleted_at"] is not None:
                continue  # a tombstone holds no live key
            values = {c: row.get(c) for c in key.columns}
            if any(v is None for v in values.values()):
                continue
            query = select(table.c.id).where(table.c.id != row["id"],
                                             table.c.server_seq.is_(None),
                                             *(table.c[c] == v for c, v in values.items()))
            if key.live_only:
                query = query.where(table.c.deleted_at.is_(None))
            for twin in local.scalars(query).all():
                _replace(local, table, twin, row["id"])


def _replace(local: Connection, table: Table, old: uuid.UUID, new: uuid.UUID) -> None:
    """Row `old` gives way to `new`: what refers to it, and its unsent changes, follow."""
    log = Base.metadata.tables["change_log"]
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table:
                continue
            column = fk.parent
            local.execute(update(other).where(column == old).values({column.key: new}))
            for entry_id, changes in local.execute(
                    select(log.c.id, log.c.changes).where(log.c.table_name == other.name,
                                                          log.c.pushed_at.is_(None))).all():
                pair = (changes or {}).get(column.key)
                if pair and str(old) in (pair[0], pair[1]):
                    fixed = [str(new) if v == str(old) else v for v in pair]
                    local.execute(update(log).where(log.c.id == entry_id).values(
                        changes={**changes, column.key: fixed}))
    sync_outbox.rename_row(local, table.name, old, new)
    local.execute(table.delete().where(table.c.id == old))
