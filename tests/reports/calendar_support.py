"""A small calendar for the .ics and week-printout tests, as rows the way the calendar stores them.

The owner (SOE) has a weekly presence day in Køge (Wednesday 12:30–13:30,
from 2 September 2026 to 31 March 2027) with one occurrence cancelled
(23 December) and one moved on its own (18 November to Thursday 19
November 14:00: an override row, which the series lists in its exdates too);
a meeting with the participant at a café, one by video, and a deleted one;
Anne (AB) has her own presence day; an old series ended before the range.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.enums import EventKind
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import CalendarEvent, PsychiatryUnit
from tests.reports.support import new_consultant, register

PARTICIPANT = "Øystein Ærø"
PARTICIPANT_FIRST = "Øystein"
UNIT = "Psykiatrien Køge"
SERIES_START = datetime(2026, 9, 2, 12, 30)
CANCELLED = datetime(2026, 12, 23, 12, 30)
MOVED_FROM = datetime(2026, 11, 18, 12, 30)
MOVED_TO = datetime(2026, 11, 19, 14, 0)


@dataclass(frozen=True)
class Cal:
    me: uuid.UUID
    anne: uuid.UUID
    course: uuid.UUID
    series: uuid.UUID
    override: uuid.UUID
    cafe: uuid.UUID
    video: uuid.UUID
    deleted: uuid.UUID
    anne_series: uuid.UUID
    old_series: uuid.UUID


def build_calendar(ws) -> Cal:
    me = ws.ctx.actor_id
    anne = new_consultant(ws, "Anne Berg", "AB", "Solrød")
    course = register(ws, name=PARTICIPANT)
    ids: dict[str, uuid.UUID] = {}

    def add(key: str, **values: object) -> None:
        row = CalendarEvent(id=uuid.uuid4(), **values)  # type: ignore[arg-type]
        session.add(row)
        ids[key] = row.id

    with unit_of_work(ws.ctx) as session:
        session.add(PsychiatryUnit(name=UNIT, name_key=name_key(UNIT)))
        add("series", consultant_id=me, kind=EventKind.PRESENCE_DAY.value,
            title="Mødedag i psykiatrien", starts_at=SERIES_START,
            ends_at=SERIES_START.replace(hour=13), location=UNIT,
            rrule="FREQ=WEEKLY;BYDAY=WE;UNTIL=20270331T235959",
            exdates=[MOVED_FROM.isoformat(), CANCELLED.isoformat()], sequence=2,
            notes=f"Husk at ringe til {PARTICIPANT_FIRST}s behandler")
        session.flush()
        add("override", consultant_id=me, kind=EventKind.PRESENCE_DAY.value,
            title="Mødedag i psykiatrien (flyttet)", starts_at=MOVED_TO,
            ends_at=MOVED_TO.replace(hour=15), location=UNIT, exdates=[],
            parent_id=ids["series"], recurrence_id=MOVED_FROM, sequence=1)
        add("cafe", consultant_id=me, kind=EventKind.PARTICIPANT_MEETING.value,
            title=f"Møde med {PARTICIPANT}", starts_at=datetime(2026, 11, 25, 10, 0),
            ends_at=datetime(2026, 11, 25, 11, 0), location="Café Ankeret, Køge",
            exdates=[], course_id=course, notes=f"{PARTICIPANT_FIRST} vil tale om lagerjob")
        add("video", consultant_id=me, kind=EventKind.TREATMENT_CONFERENCE.value,
            title=f"Konference om {PARTICIPANT_FIRST}", starts_at=datetime(2026, 11, 26, 9, 0),
            ends_at=datetime(2026, 11, 26, 9, 45), location="Video", exdates=[],
            course_id=course)
        add("deleted", consultant_id=me, kind=EventKind.OTHER.value, title="Aflyst teammøde",
            starts_at=datetime(2026, 11, 24, 9, 0), ends_at=datetime(2026, 11, 24, 10, 0),
            location="Jobcenter Køge", exdates=[], deleted_at=datetime(2026, 11, 20, tzinfo=UTC))
        add("anne_series", consultant_id=anne, kind=EventKind.PRESENCE_DAY.value,
            title="Mødedag i psykiatrien", starts_at=datetime(2026, 9, 1, 9, 0),
            ends_at=datetime(2026, 9, 1, 12, 0), location="Psykiatrien Roskilde",
            rrule="FREQ=WEEKLY;BYDAY=TU", exdates=[])
        add("old_series", consultant_id=me, kind=EventKind.SUPERVISION.value,
            title="Gruppesupervision", starts_at=datetime(2026, 1, 8, 9, 0),
            ends_at=datetime(2026, 1, 8, 11, 0), location="Jobcenter Køge",
            rrule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20260625T235959", exdates=[])
    return Cal(me=me, anne=anne, course=course, **ids)
