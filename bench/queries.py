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
    EmployerContact,
)


def to_sql(stmt: Select) -> str:
    return str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))






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
