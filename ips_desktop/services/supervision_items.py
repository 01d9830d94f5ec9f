"""What supervision adds to a course's line: ticked as discussed, and a note for the week.

The note is written in supervision and read by the consultant on the
participant's page. It is kept out of the contact notes (`Note`) on purpose: a
conversation about the participant is not a contact with them, so it must not
reset the monthly-contact rule. Changes are audited like every note (ids only).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.rules import iso_week, week_bounds
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage.models import Consultant, Course, SupervisionItem
from ips_desktop.storage.unique import get_or_insert

WEEK_INDEX = "ux_supervision_item_course_week"
ENTITY = "supervision_item"
MAX_NOTE = 4000  # a few paragraphs; a longer paste is refused at the field, never cut


@dataclass(frozen=True)
class SupervisionNote:
    """One week's note on a course, for the participant page (newest first)."""

    week: tuple[int, int]
    note: str
    written_by: str  # initials ("" if unknown)
    discussed_on: date | None


def set_discussed(ctx: AppContext, course_id: uuid.UUID, week: tuple[int, int],
                  discussed: bool, *, today: date) -> None:
    """Tick (or untick) a course as discussed in the week's supervision."""
    with write_unit(ctx) as session:  # ticked while the list is read in the background
        item, created = _item(session, course_id, week)
        if (item.discussed_on is not None) == discussed:
            return
        item.discussed_on = today if discussed else None
        item.discussed_by = ctx.actor_id if discussed else None
        _audit(session, ctx, item, created, {"discussed": discussed})


def save_note(ctx: AppContext, course_id: uuid.UUID, week: tuple[int, int], text: str) -> None:
    """The week's note as typed (an empty text clears it); too long, or with control
    characters or broken text (a bad paste): refused at the field, never cut or cleaned."""
    text = text.strip()
    if (problem := text_problem(text, max_len=MAX_NOTE, multiline=True)) is not None:
        raise ValidationError([FieldError("note", problem)])
    with write_unit(ctx) as session:  # ticked while the list is read in the background
        item, created = _item(session, course_id, week)
        if item.note == text:
            return
        item.note = text
        item.note_by = ctx.actor_id if text else None
        _audit(session, ctx, item, created, {"note": bool(text)})


def notes_for_course(ctx: AppContext, course_id: uuid.UUID) -> list[SupervisionNote]:
    """Every week's note on the course, newest week first (the participant page's list)."""
    author = aliased(Consultant)
    query = (select(SupervisionItem.iso_year, SupervisionItem.iso_week, SupervisionItem.note,
                    author.initials, SupervisionItem.discussed_on)
             .outerjoin(author, author.id == SupervisionItem.note_by)
             .where(SupervisionItem.course_id == course_id, SupervisionItem.deleted_at.is_(None),
                    SupervisionItem.note != "")
             .order_by(SupervisionItem.iso_year.desc(), SupervisionItem.iso_week.desc()))
    with unit_of_work(ctx) as session:
        return [SupervisionNote((year, week), note, initials or "", on)
                for year, week, note, initials, on in session.execute(query)]


def _item(session: Session, course_id: uuid.UUID, week: tuple[int, int]
          ) -> tuple[SupervisionItem, bool]:
    year, number = iso_week(week_bounds(week)[0])  # refuses a week that does not exist
    course = session.get(Course, course_id)
    if course is None or course.deleted_at is not None:
        raise LookupError("no such course")
    # One live item per course and week (its partial unique index), also with two writers.
    return get_or_insert(session, SupervisionItem,
                         {"course_id": course_id, "iso_year": year, "iso_week": number},
                         WEEK_INDEX, {"note": ""})


def _audit(session: Session, ctx: AppContext, item: SupervisionItem, created: bool,
           what: dict[str, bool]) -> None:
    audit.record(session, ctx.actor_id, AuditAction.CREATE if created else AuditAction.UPDATE,
                 ENTITY, item.id, details={"course": item.course_id, "year": item.iso_year,
                                           "week": item.iso_week, **what})
