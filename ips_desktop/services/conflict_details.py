"""What the Conflicts view shows beside a conflict's two values (issue 21).

services/conflicts.py says what waits and decides it; this says what a person
needs to decide well without reading a table: whether one side was made on
this laptop, whether the field is free text (then the two may be combined in
an editor), whose record a row belongs to, and, for the same person registered
twice, both records side by side. No Qt here: the view words it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, Text, select

from ips_desktop.services.conflicts import FIELD, ConflictView
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.storage.database import DATABASE_ID, read_setting
from ips_desktop.storage.models import Base, Course, Participant

# Tables whose rows hang on a course, so the person they are about can be named.
_ON_COURSE = ("note", "consent", "form_response", "plan_review", "placement",
              "phase_change", "employer_contact", "calendar_event", "supervision_item")


@dataclass(frozen=True)
class PersonRecord:
    """One of two records of the same person, as the merge offer shows it."""

    id: uuid.UUID
    name: str
    cpr: str | None
    phone: str | None
    email: str | None
    address: str | None
    courses: int


def this_laptop(ctx: AppContext) -> str | None:
    """This database's id: a side whose origin it is was made here."""
    return read_setting(ctx.engine, DATABASE_ID)


def free_text(view: ConflictView) -> bool:
    """A field a person may combine in an editor: text, not a date, choice or number."""
    if view.kind != FIELD or view.field is None:
        return False
    values = (view.team.value, view.incoming.value)
    if not all(v is None or isinstance(v, str) for v in values):
        return False
    table = Base.metadata.tables.get(view.table_name)
    column = view.field.split(".", 1)[0]
    if table is None or column not in table.c:
        return False
    kind = table.c[column].type
    if "." in view.field:  # a form answer: free text when it is text on both sides
        return True
    return isinstance(kind, Text) or (isinstance(kind, String) and (kind.length or 0) >= 200)


def person_name(ctx: AppContext, view: ConflictView) -> str | None:
    """The participant a conflict's row is about, when it is about one."""
    with unit_of_work(ctx) as session:
        person_id: Any = None
        if view.table_name == "participant":
            person_id = view.row_id
        elif view.table_name == "course":
            person_id = session.scalar(select(Course.participant_id)
                                       .where(Course.id == view.row_id))
        elif view.table_name in _ON_COURSE:
            table = Base.metadata.tables.get(view.table_name)
            if table is not None and "course_id" in table.c:
                course_id = session.scalar(select(table.c.course_id)
                                           .where(table.c.id == view.row_id))
                person_id = session.scalar(select(Course.participant_id)
                                           .where(Course.id == course_id))
        if person_id is None:
            return None
        return session.scalar(select(Participant.name).where(Participant.id == person_id))


def people(ctx: AppContext, view: ConflictView) -> tuple[PersonRecord, ...]:
    """The two records of a same-person offer: the team's first, then the incoming one."""
    ids = [uuid.UUID(str(view.team.value)), uuid.UUID(str(view.incoming.value))]
    with unit_of_work(ctx) as session:
        found = []
        for person_id in ids:
            row = session.get(Participant, person_id)
            if row is None:
                continue
            count = len(list(session.scalars(select(Course.id).where(
                Course.participant_id == person_id, Course.deleted_at.is_(None)))))
            found.append(PersonRecord(row.id, row.name, row.cpr, row.phone, row.email,
                                      row.address, count))
        return tuple(found)
