"""A meeting marked as held is the participant's contact note; the joint start-up; next ones."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from ips_desktop.domain.enums import EventKind, NoteKind, NotePlace, Phase
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.recurrence import Recurrence, Repeat
from ips_desktop.services import calendar, courses
from ips_desktop.services.calendar import OccurrenceRef
from ips_desktop.services.caseload import course_row
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import CalendarEvent, Note
from tests.services.calendar_support import enrol, meeting, week

REFERRED = date(2026, 8, 20)
HELD_ON = datetime(2026, 9, 3, 10, 0)
TODAY = date(2026, 9, 10)


def notes(ws, course):
    return courses.course_detail(ws.ctx, course, today=TODAY).notes


def test_marking_held_writes_the_contact_note_and_sets_the_first_meeting(ws):
    course = enrol(ws, REFERRED)
    assert course_row(ws.ctx, course, today=TODAY).last_contact is None
    ref = calendar.create_event(ws.ctx, meeting(ws, HELD_ON, course, location="Video"))
    held = calendar.mark_held(ws.ctx, ref, today=TODAY)
    assert held == ref
    (note,) = notes(ws, course)
    assert (note.note_date, note.kind, note.place, note.text) == \
        (date(2026, 9, 3), NoteKind.MEETING, NotePlace.VIDEO, "Møde holdt (fra kalenderen).")
    row = course_row(ws.ctx, course, today=TODAY)
    assert row.last_contact == date(2026, 9, 3)
    detail = courses.course_detail(ws.ctx, course, today=TODAY)
    assert detail.row.phase is Phase.ENGAGED  # the first meeting, by courses' own logic
    assert any(e.kind == "note" and e.note_id == note.id for e in detail.timeline)
    (shown,) = week(ws, datetime(2026, 8, 31))
    assert shown.held
    assert calendar.mark_held(ws.ctx, ref, today=TODAY) == ref  # twice: still one note
    assert len(notes(ws, course)) == 1
    calendar.unmark_held(ws.ctx, ref)
    assert notes(ws, course) == ()
    assert not week(ws, datetime(2026, 8, 31))[0].held


def test_a_held_start_up_at_a_listed_unit_is_a_start_up_note_in_psychiatry(ws):
    course = enrol(ws, REFERRED)
    calendar.add_psychiatry_unit(ws.ctx, "Psykiatrien Køge")
    assert calendar.start_up_held(ws.ctx, course) is None
    ref = calendar.create_event(ws.ctx, meeting(
        ws, HELD_ON, course, kind=EventKind.JOINT_START_UP, location="psykiatrien køge"))
    calendar.mark_held(ws.ctx, ref, today=TODAY, text="Aftalt mål: lager.")
    (note,) = notes(ws, course)
    assert (note.kind, note.place, note.text) == \
        (NoteKind.JOINT_START_UP, NotePlace.PSYCHIATRY, "Aftalt mål: lager.")
    assert calendar.start_up_held(ws.ctx, course) == date(2026, 9, 3)


def test_one_occurrence_of_a_series_marked_held_becomes_an_override(ws):
    course = enrol(ws, REFERRED)
    series = calendar.create_event(ws.ctx, meeting(
        ws, datetime(2026, 8, 27, 10, 0), course, recurrence=Recurrence(Repeat.WEEKLY)))
    held = calendar.mark_held(ws.ctx, OccurrenceRef(series.event_id, HELD_ON), today=TODAY)
    assert held.event_id != series.event_id and held.original_start == HELD_ON
    (shown,) = week(ws, datetime(2026, 8, 31))
    assert shown.held and shown.ref == held and shown.series_id == series.event_id
    assert not week(ws, datetime(2026, 8, 24))[0].held


@pytest.mark.parametrize("event, field", [
    ({"starts_at": datetime(2026, 9, 11, 10, 0), "ends_at": datetime(2026, 9, 11, 11, 0)},
     "starts_at"),
    ({"kind": EventKind.EMPLOYER_MEETING}, "kind"),
    ({"course": None}, "course_id"),
    ({"starts_at": datetime(2026, 8, 19, 10, 0), "ends_at": datetime(2026, 8, 19, 11, 0)},
     "starts_at"),  # before the referral: courses' own check, at the dialog's field
])
def test_what_cannot_be_held_is_refused_at_the_field(ws, event, field):
    course = enrol(ws, REFERRED)
    values = {"course": course, **event}
    ref = calendar.create_event(ws.ctx, meeting(ws, HELD_ON, values.pop("course"), **values))
    with pytest.raises(ValidationError) as raised:
        calendar.mark_held(ws.ctx, ref, today=TODAY)
    assert raised.value.for_field(field)
    with unit_of_work(ws.ctx) as session:
        assert session.scalar(select(func.count()).select_from(Note)) == 0
        assert session.get(CalendarEvent, ref.event_id).held_note_id is None


def test_next_meetings_of_a_course(ws):
    course = enrol(ws, REFERRED)
    other = enrol(ws, REFERRED, "Bo Bæk")
    now = datetime(2026, 9, 3, 12, 0)
    calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 3, 9, 0), course))  # over
    calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 3, 11, 30), course))  # going on
    calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 12, 1, 10, 0), course))
    calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 4, 10, 0), other))
    calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 10, 1, 10, 0), course,
                                          recurrence=Recurrence(Repeat.MONTHLY_WEEKDAY)))
    found = calendar.next_meetings(ws.ctx, course, now=now)
    assert [o.starts_at for o in found] == [datetime(2026, 9, 3, 11, 30),
                                            datetime(2026, 10, 1, 10, 0),
                                            datetime(2026, 11, 5, 10, 0)]
    assert {o.participant for o in found} == {"Åse Ærenfeldt"}
    assert len(calendar.next_meetings(ws.ctx, course, now=now, limit=5)) == 5
    assert calendar.next_meetings(ws.ctx, other, now=datetime(2026, 9, 5)) == []


def test_the_first_occurrence_of_a_series_can_be_held_by_the_series_ref(ws):
    course = enrol(ws, REFERRED)
    series = calendar.create_event(ws.ctx, meeting(
        ws, HELD_ON, course, recurrence=Recurrence(Repeat.WEEKLY)))
    held = calendar.mark_held(ws.ctx, series, today=TODAY)
    assert held.original_start == HELD_ON
    assert [o.held for o in calendar.occurrences_between(
        ws.ctx, HELD_ON, HELD_ON + timedelta(days=8))] == [True, False]


def test_unmarking_by_the_series_occurrence_finds_its_row(ws):
    course = enrol(ws, REFERRED)
    series = calendar.create_event(ws.ctx, meeting(
        ws, HELD_ON, course, recurrence=Recurrence(Repeat.WEEKLY)))
    calendar.mark_held(ws.ctx, series, today=TODAY)
    calendar.unmark_held(ws.ctx, OccurrenceRef(series.event_id, HELD_ON + timedelta(days=7)))
    assert len(notes(ws, course)) == 1  # another occurrence: nothing to unmark
    calendar.unmark_held(ws.ctx, series)
    assert notes(ws, course) == ()
    assert not any(o.held for o in week(ws, datetime(2026, 8, 31)))
