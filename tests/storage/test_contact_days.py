"""storage.contact_days: a course's live note days as day numbers, the meetings marked.

The fidelity self-check reads its contacts through it; here it is held to the
same notes read row by row with the ORM and reckoned in Python.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import NoteKind, NotePlace, Role
from ips_desktop.storage.contact_days import NoteDays, note_days
from ips_desktop.storage.models import Consultant, Course, Note, Participant
from tests import backends

FIRST, END = date(2026, 1, 1), date(2026, 6, 30)
MEETINGS = (NoteKind.MEETING.value, NoteKind.HOME_VISIT.value)
OUTSIDE_KINDS = (NoteKind.HOME_VISIT.value,)
OUTSIDE_PLACES = (NotePlace.COMMUNITY.value, NotePlace.EMPLOYER.value)


@pytest.fixture
def opened(data_dir):
    ws = backends.new_workspace(data_dir)
    yield ws
    ws.close()


def _course(session: Session, who: uuid.UUID, name: str) -> uuid.UUID:
    person = Participant(name=name, cpr=None, municipality="Køge")
    session.add(person)
    session.flush()
    course = Course(participant_id=person.id, consultant_id=who,
                    referral_date=date(2025, 10, 1), phase="job_search")
    session.add(course)
    session.flush()
    return course.id


def _write(ws) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    with Session(ws.ctx.engine) as session, session.begin():
        who = Consultant(name="Anne Andersen", initials="AA", fte=1.0,
                         municipality="Køge", role=Role.CONSULTANT.value)
        session.add(who)
        session.flush()
        one, two, quiet = (_course(session, who.id, name) for name in ("Ole", "Kim", "Bo"))
        rows = [
            (one, date(2026, 3, 5), NoteKind.PHONE, NotePlace.JOBCENTER, None),
            (one, date(2026, 1, 1), NoteKind.MEETING, NotePlace.JOBCENTER, None),
            (one, date(2026, 3, 5), NoteKind.MEETING, NotePlace.COMMUNITY, None),
            (one, date(2026, 6, 30), NoteKind.HOME_VISIT, NotePlace.JOBCENTER, None),
            (one, date(2025, 12, 31), NoteKind.MEETING, NotePlace.COMMUNITY, None),  # before
            (one, date(2026, 7, 1), NoteKind.PHONE, NotePlace.JOBCENTER, None),  # after
            (one, date(2026, 2, 2), NoteKind.MEETING, NotePlace.EMPLOYER,
             datetime(2026, 2, 3, tzinfo=UTC)),  # deleted
            (two, date(2026, 4, 9), NoteKind.PHONE, NotePlace.JOBCENTER, None),
            (two, date(2026, 2, 28), NoteKind.MEETING, NotePlace.EMPLOYER, None),
            (quiet, date(2026, 2, 1), NoteKind.PHONE, NotePlace.JOBCENTER,
             datetime(2026, 2, 1, tzinfo=UTC)),  # its only note in the period: deleted
        ]
        for course, day, kind, place, deleted in rows:
            session.add(Note(course_id=course, consultant_id=who.id, note_date=day,
                             kind=kind.value, place=place.value, text="Kontakt",
                             deleted_at=deleted))
    return one, two, quiet


def _read(ws, courses) -> dict[str, NoteDays]:
    with ws.ctx.engine.connect() as connection:
        return note_days(connection, courses, FIRST, END, meeting_kinds=MEETINGS,
                         outside_kinds=OUTSIDE_KINDS, outside_places=OUTSIDE_PLACES)


def _reckoned(ws) -> dict[str, NoteDays]:
    """The same, a note at a time in Python: what the self-check read before."""
    found: dict[str, NoteDays] = {}
    with Session(ws.ctx.engine) as session:
        for note in session.scalars(select(Note).where(Note.deleted_at.is_(None))
                                    .order_by(Note.course_id, Note.note_date)):
            if not FIRST <= note.note_date <= END:
                continue
            days = found.setdefault(note.course_id.hex, NoteDays())
            days.days.append(note.note_date.toordinal())
            if note.kind in MEETINGS:
                days.meetings += 1
                days.outside += note.kind in OUTSIDE_KINDS or note.place in OUTSIDE_PLACES
    return found


def test_days_are_day_numbers_and_meetings_are_counted_by_where_held(opened) -> None:
    one, two, quiet = _write(opened)
    found = _read(opened, select(Course.id))
    assert set(found) == {one.hex, two.hex}  # stored text: the id's hex digits
    assert quiet.hex not in found  # its only note in the period is deleted
    ordinal = date.toordinal
    assert found[one.hex].days == [ordinal(date(2026, 1, 1)), ordinal(date(2026, 3, 5)),
                                   ordinal(date(2026, 3, 5)), ordinal(date(2026, 6, 30))]
    # Meetings: at the jobcenter (inside), in the community, a home visit (both outside).
    assert (found[one.hex].meetings, found[one.hex].outside) == (3, 2)
    assert found[two.hex].days == [ordinal(date(2026, 2, 28)), ordinal(date(2026, 4, 9))]
    assert (found[two.hex].meetings, found[two.hex].outside) == (1, 1)
    assert found == _reckoned(opened)
    assert list(found) == sorted(found)  # in the ids' order


def test_only_the_courses_asked_for(opened) -> None:
    _, two, _ = _write(opened)
    assert set(_read(opened, select(Course.id).where(Course.id == two))) == {two.hex}
    assert _read(opened, select(Course.id).where(Course.id.is_(None))) == {}
