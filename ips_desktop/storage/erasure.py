"""Removing every row about one person for real, and overwriting what the file still held.

GDPR art. 17: the soft-delete marker keeps the data, so an erasure deletes the
rows. Which tables hold a person is written out here table by table (not found
by walking the foreign keys at run time), so that a new table is a decision:
tests/storage/test_erasure_tables.py fails for a table that refers to a person
and is in none of the lists below.

Deleted rows leave traces in the file: the free space in a page, free pages, and
the WAL's older copies of pages. `secure_delete` (on for every connection,
storage/cipher.py) zeroes what a delete frees; `overwrite_freed` then moves the
WAL into the database and rebuilds the file (VACUUM), which also drops what was
freed before secure_delete was on (an old version of a note's text, say).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from ips_desktop.storage import cipher
from ips_desktop.storage.errors import DiskFull, StorageError, from_sqlite_error
from ips_desktop.storage.models import (
    CalendarEvent,
    Consent,
    Course,
    EmployerContact,
    FormAnswerChange,
    FormResponse,
    JobOpeningCandidate,
    Note,
    Participant,
    PhaseChange,
    Placement,
    PlanReview,
    Record,
    Setting,
    SupervisionItem,
)

# The tables whose rows about the person are deleted, in the order the deletes run
# (a row before what it refers to). Each name is also a key of the counts.
ERASED_TABLES = (
    "form_answer_change", "calendar_event", "job_opening_candidate", "supervision_item",
    "placement", "note", "plan_review", "form_response", "consent", "phase_change",
    "course", "participant",
)

# Kept, with what refers to the person cleared: an employer contact belongs to the
# employer's log and to the consultant's weekly count of employer contacts (the IPS
# rule), so the contact stays with its date, mode, purpose and outcome kind; its
# link to the course and its free text (which may speak of the person) go.
SCRUBBED_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "employer_contact": ("course_id", "outcome", "next_step"),
}

# Kept as they are: the audit trail is append-only and holds ids, counts and codes only.
KEPT_TABLES = frozenset({"audit_event"})

# Set in the erasing transaction, cleared once the file is overwritten: a kill (or a
# busy database) in between is finished at the next unlock.
SCRUB_PENDING = "erasure_overwrite_pending"

# VACUUM writes every page into the WAL and builds the new file in memory: room for two.
_ROOM_FACTOR = 2
_ROOM_MARGIN = 4 << 20
_BUSY_TRIES, _BUSY_PAUSE_S = 20, 0.25


@dataclass(frozen=True)
class PersonRows:
    """The ids of every row about one person, per table (a row erased or scrubbed)."""

    ids: dict[str, list[uuid.UUID]]

    def counts(self) -> dict[str, int]:
        return {table: len(ids) for table, ids in self.ids.items()}


def person_rows(session: Session, participant_id: uuid.UUID) -> PersonRows:
    """What an erasure of `participant_id` removes, soft-deleted rows included."""

    def ids(stmt: object) -> list[uuid.UUID]:
        return list(dict.fromkeys(session.scalars(stmt)))  # type: ignore[call-overload]

    found: dict[str, list[uuid.UUID]] = {
        "participant": ids(select(Participant.id).where(Participant.id == participant_id)),
    }
    courses = ids(select(Course.id).where(Course.participant_id == participant_id))
    found["course"] = courses
    for table, model in (("phase_change", PhaseChange), ("consent", Consent),
                         ("form_response", FormResponse), ("plan_review", PlanReview),
                         ("note", Note), ("placement", Placement),
                         ("job_opening_candidate", JobOpeningCandidate),
                         ("supervision_item", SupervisionItem)):
        found[table] = ids(select(model.id).where(model.course_id.in_(courses)))
    found["form_answer_change"] = ids(select(FormAnswerChange.id).where(
        FormAnswerChange.response_id.in_(found["form_response"])))
    events = ids(select(CalendarEvent.id).where(
        CalendarEvent.course_id.in_(courses) | CalendarEvent.held_note_id.in_(found["note"])))
    # An occurrence changed on its own (or cancelled) belongs to its series.
    children = ids(select(CalendarEvent.id).where(CalendarEvent.parent_id.in_(events)))
    found["calendar_event"] = list(dict.fromkeys([*events, *children]))
    found["employer_contact"] = ids(select(EmployerContact.id).where(
        EmployerContact.course_id.in_(courses)))
    return PersonRows(found)


_MODELS: dict[str, type[Record]] = {
    "form_answer_change": FormAnswerChange, "calendar_event": CalendarEvent,
    "job_opening_candidate": JobOpeningCandidate, "supervision_item": SupervisionItem,
    "placement": Placement, "note": Note, "plan_review": PlanReview,
    "form_response": FormResponse, "consent": Consent, "phase_change": PhaseChange,
    "course": Course, "participant": Participant,
}

# SQLite allows 32766 bound parameters; stay far below it.
_CHUNK = 500


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def erase_rows(session: Session, rows: PersonRows) -> None:
    """Delete (and scrub) the rows of `rows` in the caller's transaction; mark the overwrite."""
    for chunk in _chunks(rows.ids.get("employer_contact", [])):
        session.execute(update(EmployerContact).where(EmployerContact.id.in_(chunk))
                        .values(course_id=None, outcome=None, next_step=None),
                        execution_options={"synchronize_session": False})
    for table in ERASED_TABLES:
        model = _MODELS[table]
        for chunk in _chunks(rows.ids.get(table, [])):
            session.execute(delete(model).where(model.id.in_(chunk)),
                            execution_options={"synchronize_session": False})
    mark_overwrite_pending(session)


def mark_overwrite_pending(session: Session) -> None:
    row = session.scalars(select(Setting).where(Setting.key == SCRUB_PENDING)).first()
    if row is None:
        session.add(Setting(key=SCRUB_PENDING, value="1"))
    else:
        row.value = "1"


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


def overwrite_freed(engine: Engine, path: Path) -> None:
    """Leave no copy of deleted rows in the file or its WAL; then clear the pending mark.

    Checkpoint (the WAL's frames into the file, the WAL cut to nothing), VACUUM
    (the file rebuilt from its live rows only), checkpoint again. Each needs
    every other connection idle: a busy database is tried for a few seconds,
    then AlreadyOpen; the pending mark stays, and the next unlock finishes it.
    """
    last: BaseException | None = None
    for _ in range(_BUSY_TRIES):
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


def _checkpoint(raw: object) -> None:
    busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # type: ignore[attr-defined]
    if busy:
        raise _Busy("a reader holds the WAL")
