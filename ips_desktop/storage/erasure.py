"""Removing every row about one person for real, and overwriting what the file still held.

GDPR art. 17: the soft-delete marker keeps the data, so an erasure deletes the
rows. Which tables hold a person is written out here table by table (not found
by walking the foreign keys at run time), so that a new table is a decision:
tests/storage/test_erasure_tables.py fails for a table that refers to a person
and is in none of the lists below.

Deleted rows leave traces in the file: the free space in a page, free pages, and
the WAL's older copies of pages. `secure_delete` (on for every connection,
storage/cipher.py) zeroes what a delete frees, but not the earlier copy of a
cell that a B-tree balance left in a page's unused gap (the change log's pages
balance often); `overwrite_freed` therefore moves the WAL into the database and
rebuilds the file (VACUUM), which drops those copies and what was freed before
secure_delete was on (an old version of a note's text, say). Until it has run
the erasure is marked pending, and the next unlock finishes it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ips_desktop.storage import cipher, synced_writes
from ips_desktop.storage.errors import DiskFull, StorageError, from_sqlite_error
from ips_desktop.storage.models import Base, Participant, Setting
from ips_desktop.storage.unique import upsert

# How the rows about a person are found: (table, column, referred table) says that a
# row of `table` is about the person when `column` holds the id of a row of `referred`
# that is. Read in this order; the deletes run in the reverse order (a row before what
# it refers to). A calendar event is theirs when it is for their course, when it is the
# meeting one of their notes was made from, or when it is an occurrence (changed or
# cancelled on its own) of a series that is theirs.
FOUND_BY: tuple[tuple[str, str, str], ...] = (
    ("participant", "id", "participant"),
    ("course", "participant_id", "participant"),
    ("phase_change", "course_id", "course"),
    ("consent", "course_id", "course"),
    ("form_response", "course_id", "course"),
    ("form_answer_change", "response_id", "form_response"),
    ("plan_review", "course_id", "course"),
    ("note", "course_id", "course"),
    ("placement", "course_id", "course"),
    ("job_opening_candidate", "course_id", "course"),
    ("supervision_item", "course_id", "course"),
    ("calendar_event", "course_id", "course"),
    ("calendar_event", "held_note_id", "note"),
    ("calendar_event", "parent_id", "calendar_event"),
)
ERASED_TABLES = tuple(dict.fromkeys(table for table, _, _ in FOUND_BY))

# Kept, with what refers to the person cleared: an employer contact belongs to the
# employer's log and to the consultant's weekly count of employer contacts (the IPS
# rule), so the contact stays with its date, mode, purpose and outcome kind; its
# link to the course and its free text (which may speak of the person) go. The first
# column finds the rows (by the referred table's ids); every column listed is cleared.
SCRUBBED: Mapping[str, tuple[str, str, tuple[str, ...]]] = {
    "employer_contact": ("course_id", "course", ("course_id", "outcome", "next_step")),
}

# Found by the row they are about (no foreign key: `row_id` names a row of any table): a
# sync conflict holds both sides' values of one of the person's rows, so it goes with them.
ABOUT_ROWS = "sync_conflict"

# Kept as they are: the audit trail is append-only and holds ids, counts and codes only.
KEPT_TABLES = frozenset({"audit_event"})

# Computed by triggers from the rows above, so erased with them: a course's summary row
# goes when the course does (storage/course_summary.py; tests/services/test_course_summary).
DERIVED_TABLES = frozenset({"course_summary"})

# Set in the erasing transaction, cleared once the file is overwritten: a kill (or a
# busy database) in between is finished at the next unlock.
SCRUB_PENDING = "erasure_overwrite_pending"

# VACUUM writes every page into the WAL and builds the new file in memory: room for two.
_ROOM_FACTOR = 2
_ROOM_MARGIN = 1 << 20
_BUSY_TRIES, _BUSY_PAUSE_S = 20, 0.25
_TRY_WAIT_MS = 100


@dataclass(frozen=True)
class PersonRows:
    """The ids of every row about one person, per table (a row erased or scrubbed)."""

    ids: dict[str, list[uuid.UUID]]

    def counts(self) -> dict[str, int]:
        return {table: len(ids) for table, ids in self.ids.items()}


def person_rows(session: Session, participant_id: uuid.UUID) -> PersonRows:
    """What an erasure of `participant_id` removes, soft-deleted rows included."""
    found: dict[str, list[uuid.UUID]] = {"participant": [participant_id]}
    for table_name, column, referred in FOUND_BY[1:]:
        table = Base.metadata.tables[table_name]
        seen = found.setdefault(table_name, [])
        for chunk in _chunks(found.get(referred, [])):
            seen.extend(session.scalars(select(table.c.id).where(table.c[column].in_(chunk))))
        found[table_name] = list(dict.fromkeys(seen))
    if session.get(Participant, participant_id) is None:
        found["participant"] = []
    for table_name, (column, referred, _) in SCRUBBED.items():
        table = Base.metadata.tables[table_name]
        found[table_name] = [row_id for chunk in _chunks(found.get(referred, []))
                             for row_id in session.scalars(
                                 select(table.c.id).where(table.c[column].in_(chunk)))]
    conflicts = Base.metadata.tables[ABOUT_ROWS]
    about = [row_id for ids in found.values() for row_id in ids]
    found[ABOUT_ROWS] = list(dict.fromkeys(
        conflict_id for chunk in _chunks(about) for conflict_id in session.scalars(
            select(conflicts.c.id).where(conflicts.c.row_id.in_(chunk)))))
    return PersonRows(found)


# SQLite allows 32766 bound parameters; stay far below it.
_CHUNK = 500


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def erase_rows(session: Session, rows: PersonRows) -> None:
    """Delete (and clear) the rows of `rows` in the caller's transaction; mark the overwrite.

    Within a table the ids go last found first: an occurrence before its series.
    Every row erased or scrubbed is logged as op 'erase' and its earlier
    change-log entries go too (storage/synced_writes.py): the outbox must not
    keep, nor send, what the erasure removed.
    """
    synced_writes.erase_rows(session, ABOUT_ROWS, rows.ids.get(ABOUT_ROWS, []))
    for table_name, (_, _, cleared) in SCRUBBED.items():
        synced_writes.scrub_rows(session, table_name, rows.ids.get(table_name, []), cleared)
    for table_name in reversed(ERASED_TABLES):
        synced_writes.erase_rows(session, table_name, list(reversed(rows.ids.get(table_name, []))))
    mark_overwrite_pending(session)


def mark_overwrite_pending(session: Session) -> None:
    upsert(session, Setting, [{"key": SCRUB_PENDING, "value": "1", "deleted_at": None}],
           key=("key",), update=("value", "updated_at", "deleted_at"))


def overwrite_pending(engine: Engine) -> bool:
    with engine.connect() as conn:
        value = conn.execute(select(Setting.value).where(Setting.key == SCRUB_PENDING)).scalar()
    return value == "1"


def check_room(path: Path) -> None:
    """DiskFull before anything is erased when the overwrite could not run for want of room."""
    import shutil

    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        size += wal.stat().st_size
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return
    if free < size * _ROOM_FACTOR + _ROOM_MARGIN:
        raise DiskFull("no room to overwrite the erased data")


def finish_pending_overwrite(engine: Engine, path: Path) -> bool:
    """At unlock: overwrite the file if an erasure was cut off (or kept busy) before it.

    True when it was done now; a failure (busy, full) leaves the mark for the next time.
    """
    if not overwrite_pending(engine):
        return False
    try:
        overwrite_freed(engine, path, tries=1)
    except StorageError:
        return False
    return True


def overwrite_freed(engine: Engine, path: Path, *, tries: int | None = None) -> None:
    """Leave no copy of deleted rows in the file or its WAL; then clear the pending mark.

    Checkpoint (the WAL's frames into the file, the WAL cut to nothing), VACUUM
    (the file rebuilt from its live rows only), checkpoint again. Each needs
    every other connection idle: a busy database is tried for a few seconds,
    then AlreadyOpen; the pending mark stays, and the next unlock finishes it.
    """
    del path  # the engine's file; kept in the signature for the room check's callers
    last: BaseException | None = None
    for _ in range(_BUSY_TRIES if tries is None else tries):
        try:
            _overwrite_once(engine)
            return
        except _Busy as exc:
            last = exc
            time.sleep(_BUSY_PAUSE_S)
    raise OverwriteDeferred("the database is busy: the erased data is overwritten later") \
        from last


class OverwriteDeferred(StorageError):
    """The rows are erased, but another connection kept the file busy: overwritten later."""

    exit_code = 38


class _Busy(Exception):
    pass


_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def _overwrite_once(engine: Engine) -> None:
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Each try waits briefly, not the connection's whole busy timeout: twenty tries
        # of five seconds held the window for over a minute (overwrite_freed's few seconds).
        raw.execute(f"PRAGMA busy_timeout = {_TRY_WAIT_MS}")
        try:
            _checkpoint(raw)
            raw.execute("VACUUM")
            _checkpoint(raw)
            raw.execute("DELETE FROM setting WHERE key = ?", (SCRUB_PENDING,))
            _checkpoint(raw)
        except cipher.DatabaseError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) or 0
            if code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
                raise _Busy(str(exc)) from exc
            problem = from_sqlite_error(exc)
            if isinstance(problem, StorageError):
                raise problem from exc
            raise
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(cipher.BUSY_TIMEOUT_S * 1000)}")


def _checkpoint(raw: object) -> None:
    busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # type: ignore[attr-defined]
    if busy:
        raise _Busy("a reader holds the WAL")
