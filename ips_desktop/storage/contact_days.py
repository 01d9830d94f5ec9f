"""The days of a team's live notes per course, gathered in SQLite as day numbers.

The fidelity self-check walks every contact of a year (over 100,000 notes on a
large team): fetched a row at a time, building the rows and parsing their dates
cost more than reading them. Here SQLite turns each day into its day number
(`date.toordinal()`) and joins a course's days into one text, so Python gets a
row per course. SQLite's `julianday` and `group_concat` have PostgreSQL's date
arithmetic and `string_agg` beside them here. The covering index
`ix_note_live_course_date` answers the query alone.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Integer,
    String,
    case,
    cast,
    func,
    literal,
    select,
    type_coerce,
)

from ips_desktop.storage.models import Note
from ips_desktop.storage.sql_functions import stored_text

# julianday('0001-01-01') is 1721425.5 and date(1, 1, 1).toordinal() is 1.
_ORDINAL_OFFSET = 1721424.5


@dataclass
class NoteDays:
    """One course's notes in the period: every day, and how many were meetings, held where."""

    days: list[int] = field(default_factory=list)  # sorted day numbers, one per note
    meetings: int = 0
    outside: int = 0  # of the meetings, those held outside


def note_days(connection: Connection, courses: Any, first: date, end: date, *,
              meeting_kinds: Collection[str], outside_kinds: Collection[str],
              outside_places: Collection[str]) -> dict[str, NoteDays]:
    """The live notes dated `first`–`end` of the courses `courses` (a select of course ids),
    keyed by the course id's stored text, in the ids' order.

    A note is a meeting when its kind is one of `meeting_kinds`, held outside
    when its kind is one of `outside_kinds` or its place one of `outside_places`.
    """
    if connection.dialect.name == "postgresql":
        number = Note.note_date - literal(date(1, 1, 1), Date) + 1
        days_of = func.string_agg(cast(number, String), literal(","))
    else:
        day = cast(func.julianday(func.substr(type_coerce(Note.note_date, String), 1, 10))
                   - literal(_ORDINAL_OFFSET), Integer)
        days_of = func.group_concat(day)
    outside = case((Note.kind.in_(list(outside_kinds)) | Note.place.in_(list(outside_places)),
                    1), else_=0)
    meeting = Note.kind.in_(list(meeting_kinds))
    rows = connection.execute(
        select(stored_text(Note.course_id), days_of,
               func.sum(case((meeting, 1), else_=0)),
               func.sum(case((meeting, outside), else_=0)))
        .where(Note.course_id.in_(courses), Note.deleted_at.is_(None),
               Note.note_date.between(first, end))
        .group_by(Note.course_id).order_by(Note.course_id)).all()
    found: dict[str, NoteDays] = {}
    for key, days, meetings, held_outside in rows:
        numbers = [int(number) for number in days.split(",")]
        numbers.sort()
        found[key] = NoteDays(numbers, int(meetings or 0), int(held_outside or 0))
    return found


__all__ = ["NoteDays", "note_days"]
