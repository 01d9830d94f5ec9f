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

import json
import queue
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import Connection, Table, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ips_desktop.storage.engine import bulk_write_cache
from ips_desktop.storage.models import Base
from ips_desktop.storage.sync import erase as sync_erase
from ips_desktop.storage.sync import local_rows
from ips_desktop.storage.sync import outbox as sync_outbox
from ips_desktop.storage.sync import phase as sync_phase
from ips_desktop.storage.sync.schema import ERASED, PUSH
from ips_desktop.storage.sync.tables import SERVER_KEPT, TableInfo, info, pulled_tables

_READ_BATCH = 5000
OWNER_SETTING = "owner_consultant_id"  # services.workspace.OWNER_CONSULTANT
_ID_BATCH = 900  # bound parameters per look-up, far below SQLite's limit
_WRITE_BATCH = 1000


@dataclass
class PullResult:
    rows: int = 0  # rows written here (the team's, this laptop's own coming back included)
    changed: int = 0  # of which new here or changed by the team (team devices not counted)
    erased: int = 0  # rows erased here because the team erased them
    out_of_sight: int = 0  # rows removed here: this login may no longer read them
    out_of_sight_kept: int = 0  # …kept for now: they wait to be sent (storage/sync/out_of_sight)
    per_table: dict[str, int] = field(default_factory=dict)
    newest_seq: int = 0
    newest_hlc: str | None = None


def pull(server: Connection, local: Connection, after: int,
         refetch: Iterable[tuple[str, uuid.UUID]] = ()) -> PullResult:
    """Everything with `server_seq > after` from `server` into `local` (callers' transactions).

    `refetch`: rows to take as the team has them although they did not change there
    (the push just refused this laptop's update of them).
    """
    result = PullResult(newest_seq=after)
    local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    _pull_erasures(server, local, after, result)
    kept = sync_outbox.changed_here(local)
    kept_hex = {(name, row_id.hex) for name, row_id in kept}
    courses: set[uuid.UUID] = set()
    again: dict[str, list[str]] = {}
    for name, row_id in refetch:
        again.setdefault(name, []).append(str(row_id))
    with bulk_write_cache(local), _read_ahead(server, after, again) as batches:
        for name, batch in batches:
            t = info(name)
            rows_codec = local_rows.codec(name, local.dialect)
            result.newest_seq = max(result.newest_seq, batch[-1]["server_seq"])
            if name not in SERVER_KEPT:
                result.changed += _news_here(local, rows_codec, batch)
            careful = [r for r in batch if (name, _hex(r["id"])) in kept_hex]
            if t.keys:  # a second copy of a unique row gives way: the careful path
                careful = batch
            if careful:
                typed = [rows_codec.typed(r) for r in careful]
                if t.keys:
                    typed.sort(key=lambda r: r["deleted_at"] is None)  # tombstones first
                    _give_way(local, t, typed)
                _upsert(local, t, typed, kept)
            chosen = {id(r) for r in careful}
            plain = [rows_codec.stored(r) for r in batch if id(r) not in chosen]
            if plain:
                local.exec_driver_sql(rows_codec.upsert_sql, plain)  # type: ignore[arg-type]
            result.rows += len(batch)
            result.per_table[name] = result.per_table.get(name, 0) + len(batch)
            if name == "course":
                courses.update(uuid.UUID(r["id"]) for r in batch)
            elif name == "phase_change":
                courses.update(uuid.UUID(r["course_id"]) for r in batch)
    if courses:
        sync_phase.recompute_locally(local, courses)
    result.newest_hlc = newest_hlc(server, after)  # after the reader's end
    return result


def newest_hlc(server: Connection, after: int) -> str | None:
    """The newest clock stamp of the pushes since `after`, which the laptop's clock passes.

    On a team database through `ips_sync_newest_hlc` (storage/team_server.py): a
    consultant reads only their own rows of `sync_push`, while the clock must
    pass every laptop's; the function gives that one stamp and nothing else.
    """
    if server.execute(text("SELECT to_regprocedure('ips_sync_newest_hlc(bigint)')")).scalar():
        value = server.execute(text("SELECT ips_sync_newest_hlc(:after)"),
                               {"after": after}).scalar()
        return None if value is None else str(value)
    return server.execute(select(func.max(PUSH.c.hlc))
                          .where(PUSH.c.server_seq > after)).scalar()


def begin_snapshot(server: Connection) -> None:
    """The pull's reads: one consistent picture of the team database.

    (Not READ ONLY: after its reads the pull writes one thing there, when
    this laptop pulled: storage/sync/team_device.note_pull.)
    """
    server.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
    server.execute(text("SET LOCAL TIME ZONE 'UTC'"))  # instants in JSON as +00:00


@contextmanager
def _read_ahead(server: Connection, after: int,
                again: dict[str, list[str]]) -> Iterator[Iterator[tuple[str, list[Any]]]]:
    """Every table's batches, read by a thread one batch ahead of the writes here.

    The team database builds the next batch's JSON while this laptop writes the
    last one (about a tenth of a first sync). The thread alone uses `server`
    until the iterator is spent or left; an error there comes out here.
    """
    ready: queue.Queue[tuple[str, list[Any]] | BaseException | None] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def read() -> None:
        try:
            for name in pulled_tables():
                found = _batches(server, name, after, whole=bool(info(name).keys))
                for batch in chain(found, _unchanged(server, name, after, again.get(name))):
                    while not stop.is_set():
                        try:
                            ready.put((name, batch), timeout=0.1)
                            break
                        except queue.Full:
                            continue
                    if stop.is_set():
                        return
            ready.put(None)
        except BaseException as exc:  # handed to the consumer, raised there
            ready.put(exc)

    def consume() -> Iterator[tuple[str, list[Any]]]:
        while (item := ready.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    reader = threading.Thread(target=read, name="sync-pull-reader", daemon=True)
    reader.start()
    try:
        yield consume()
    finally:
        stop.set()
        while reader.is_alive():
            with suppress(queue.Empty):
                ready.get(timeout=0.1)
        reader.join()


def _batches(server: Connection, name: str, after: int, *,
             whole: bool) -> Iterator[list[dict[str, Any]]]:
    """The rows after `after` in `server_seq` order, a batch at a time, as JSON values.

    `whole`: all in one batch (the small tables with natural keys, whose
    tombstones must be seen before their twins).
    """
    limit = "" if whole else f"LIMIT {_READ_BATCH}"
    query = text(f"SELECT json_agg(r ORDER BY r.server_seq)::text FROM "
                 f"(SELECT * FROM {name} WHERE server_seq > :after "
                 f"ORDER BY server_seq {limit}) AS r")
    while True:
        found = server.execute(query, {"after": after}).scalar()
        if not found:
            return
        batch: list[dict[str, Any]] = json.loads(found)
        yield batch
        if whole or len(batch) < _READ_BATCH:
            return
        after = batch[-1]["server_seq"]


def _unchanged(server: Connection, name: str, after: int,
               ids: list[str] | None) -> Iterator[list[dict[str, Any]]]:
    """The rows of `ids` that did not change since `after` (the others come in the batches)."""
    if not ids:
        return
    query = text(f"SELECT json_agg(r ORDER BY r.server_seq)::text FROM "
                 f"(SELECT * FROM {name} WHERE id = ANY(CAST(:ids AS uuid[])) "
                 f"AND server_seq <= :after) AS r")
    found = server.execute(query, {"ids": ids, "after": after}).scalar()
    if found:
        yield json.loads(found)


def _hex(text_id: str) -> str:
    return text_id.replace("-", "")


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


def _news_here(local: Connection, rows_codec: local_rows.LocalCodec,
               batch: list[dict[str, Any]]) -> int:
    """How many of `batch` this laptop does not hold as they are (not its own coming back)."""
    name = rows_codec.table.name
    versions: dict[Any, int] = {}
    ids = [rows_codec.id_stored(r["id"]) for r in batch]
    for start in range(0, len(ids), _ID_BATCH):
        part = ids[start:start + _ID_BATCH]
        marks = ", ".join("?" for _ in part)
        versions.update(local.exec_driver_sql(
            f"SELECT id, version FROM {name} WHERE id IN ({marks})",
            tuple(part)).all())
    return sum(1 for stored_id, r in zip(ids, batch, strict=True)
               if versions.get(stored_id) != r["version"])


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
            entries = select(log.c.id, log.c.changes).where(log.c.table_name == other.name)
            for entry_id, changes in local.execute(entries).all():
                pair = (changes or {}).get(column.key)
                if pair and str(old) in (pair[0], pair[1]):
                    fixed = [str(new) if v == str(old) else v for v in pair]
                    local.execute(update(log).where(log.c.id == entry_id).values(
                        changes={**changes, column.key: fixed}))
    if table.name == "consultant":  # this laptop's own consultant is the team's one now
        setting = Base.metadata.tables["setting"]
        local.execute(update(setting).where(setting.c.key == OWNER_SETTING,
                                            setting.c.value == str(old)).values(value=str(new)))
        log = Base.metadata.tables["change_log"]
        local.execute(update(log).where(log.c.actor_id == old).values(actor_id=new))
    sync_outbox.rename_row(local, table.name, old, new)
    local.execute(table.delete().where(table.c.id == old))
