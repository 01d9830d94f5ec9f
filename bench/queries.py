"""One representative query per later screen, in SQLAlchemy Core against the models.

Each list is one query: the aggregates a row shows ("last note", "first
employer contact") come from subqueries, never from a query per row
(DESIGN.md, Speed). `to_sql` renders a query with its values inline, so the
floor runs exactly the same SQL text in plain `sqlite3`.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Integer, Select, func, literal_column, select
from sqlalchemy.dialects import sqlite

from ips_desktop.domain.enums import FACE_TO_FACE_MODES, Phase
from ips_desktop.storage.models import (
    Consultant,
    Course,
    Employer,
    EmployerContact,
    Participant,
)


def to_sql(stmt: Select) -> str:
    return str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))






def employer_log_page(offset: int, limit: int = 100) -> Select:
    """(b) The employer-contact log, newest first, one page of `limit` rows at `offset`.

    The page's ids are chosen on the contact table alone and only those rows are
    joined, because SQLite otherwise joins every contact before it sorts.
    """
    newest_first = (EmployerContact.contact_date.desc(), EmployerContact.id.desc())
    page = (
        select(EmployerContact.id)
        .where(EmployerContact.deleted_at.is_(None))
        .order_by(*newest_first)
        .limit(limit)
        .offset(offset)
        .subquery("page")
    )
    return (
        select(EmployerContact.id, EmployerContact.contact_date, EmployerContact.mode,
               EmployerContact.purpose, EmployerContact.outcome, EmployerContact.next_step,
               EmployerContact.follow_up_date, Employer.name.label("employer"),
               Consultant.initials, Participant.name.label("participant"))
        .join(page, page.c.id == EmployerContact.id)
        .join(Employer, Employer.id == EmployerContact.employer_id)
        .join(Consultant, Consultant.id == EmployerContact.consultant_id)
        .outerjoin(Course, Course.id == EmployerContact.course_id)
        .outerjoin(Participant, Participant.id == Course.participant_id)
        .order_by(*newest_first)
    )


def iso_week_bounds(today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def supervision(today: date) -> Select:
    """(c) Per consultant: open courses (caseload) and this ISO week's face-to-face contacts."""
    monday, sunday = iso_week_bounds(today)
    caseload = (
        select(Course.consultant_id, func.count().label("open_courses"))
        .where(Course.phase != Phase.ENDED.value, Course.deleted_at.is_(None))
        .group_by(Course.consultant_id)
        .subquery("caseload")
    )
    face_to_face = (
        select(EmployerContact.consultant_id, func.count().label("face_to_face"))
        .where(EmployerContact.mode.in_(sorted(m.value for m in FACE_TO_FACE_MODES)),
               EmployerContact.contact_date.between(monday, sunday),
               EmployerContact.deleted_at.is_(None))
        .group_by(EmployerContact.consultant_id)
        .subquery("face_to_face")
    )
    zero = literal_column("0", Integer)
    return (
        select(Consultant.id, Consultant.initials, Consultant.name, Consultant.fte,
               Consultant.role,
               func.coalesce(caseload.c.open_courses, zero).label("open_courses"),
               func.coalesce(face_to_face.c.face_to_face, zero).label("face_to_face"))
        .outerjoin(caseload, caseload.c.consultant_id == Consultant.id)
        .outerjoin(face_to_face, face_to_face.c.consultant_id == Consultant.id)
        .where(Consultant.deleted_at.is_(None))
        .order_by(Consultant.initials)
    )
