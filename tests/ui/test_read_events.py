"""Every screen that shows a person's data writes one read event per opening, not per repaint.

Each test opens a screen, does what makes it read again (an edit, a language
change, hiding and showing, a tab change, a scroll), and counts the READ events
the database holds: one for the opening, one more after opening it again.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction, EventKind, NoteKind, NotePlace, PlacementKind
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.services import calendar, courses, form_drafts, placements, supervision_items
from ips_desktop.services.calendar_model import EventInput
from ips_desktop.services.courses import NoteInput
from ips_desktop.services.placements import PlacementInput
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.page import JOBS_TAB, PROFILE_TAB, SUPERVISION_TAB
from tests.services.placement_support import contact, employer, enrol

TODAY = date.today()
FORMS = Path(__file__).resolve().parents[2] / "forms"


def spec(name: str):
    return parse_form((FORMS / f"{name}.toml").read_text(encoding="utf-8"), name)


def reads(ws) -> list[tuple[str | None, uuid.UUID | None]]:
    """Every read event so far, oldest first: (entity, entity id)."""
    with ws.ctx.engine.connect() as conn:
        return [(e, i) for e, i in conn.execute(
            select(AuditEvent.entity, AuditEvent.entity_id)
            .where(AuditEvent.action == AuditAction.READ.value)
            .order_by(AuditEvent.at))]


def everything_on_the_page(ws) -> uuid.UUID:
    """A course with data on every tab: a begun profile, a contact, a job, a meeting, a
    supervision note, a contact note."""
    course = enrol(ws)
    shop = employer(ws, "Netto Køge")
    contact(ws, shop, course, TODAY - timedelta(days=3))
    placements.record_start(ws.ctx, PlacementInput(
        course, PlacementKind.JOB, "Kassemedarbejder", TODAY - timedelta(days=1), shop,
        hours_per_week=18.5), today=TODAY)
    form_drafts.save_draft(ws.ctx, course, spec("vocational_profile"), {"dream_job": "Gartner"},
                           form_drafts.Position(), today=TODAY)
    soon = TODAY + timedelta(days=2)
    calendar.create_event(ws.ctx, EventInput(
        kind=EventKind.PARTICIPANT_MEETING, title="Møde", consultant_id=ws.ctx.actor_id,
        starts_at=datetime.combine(soon, time(10)), ends_at=datetime.combine(soon, time(11)),
        course_id=course))
    week = TODAY.isocalendar()
    supervision_items.save_note(ws.ctx, course, (week[0], week[1]), "Husk kørekortet.")
    return course


@pytest.fixture
def area(qtbot, ws, preferences):
    widget = ParticipantsArea(ws, preferences)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_participant_page_reads_once_per_opening(qtbot, ws, area):
    course = everything_on_the_page(ws)
    before = len(reads(ws))
    area.open_course(course)
    page = area.page
    qtbot.waitUntil(lambda: page.isVisible())
    for tab in (PROFILE_TAB, JOBS_TAB, SUPERVISION_TAB, 0):  # every tab looked at
        page.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
    page.hide()
    page.show()  # showEvent reads the supervision notes again
    courses.add_note(ws.ctx, course, NoteInput(TODAY, NoteKind.PHONE, NotePlace.JOBCENTER,
                                               "Ringede."), today=TODAY)
    type_and_save_note(qtbot, page)  # an edit: the page reads itself again
    apply_language("en")  # a language change: the page is drawn again in English
    qtbot.wait(10)
    apply_language("da")
    page.timeline.verticalScrollBar().setValue(5)
    page.repaint()
    opened = [r for r in reads(ws)[before:] if r[0] != "caseload"]
    assert opened == [("course", course)]
    area.show_list()
    area.open_course(course)  # opened again: one more
    assert [r for r in reads(ws)[before:] if r[0] != "caseload"] == [("course", course)] * 2


def type_and_save_note(qtbot, page) -> None:
    form = page.note_form
    page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(form.text, "Ringede igen")
    assert page.add_note()


def test_the_caseload_list_reads_once_per_load(qtbot, ws, preferences):
    enrol(ws)
    widget = ParticipantsArea(ws, preferences)
    qtbot.addWidget(widget)
    before = len(reads(ws))
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.verticalScrollBar().setValue(1)
    widget.hide()
    widget.show()  # shown again: the list is not read again
    apply_language("en")
    apply_language("da")
    assert [r[0] for r in reads(ws)[before:]] == ["caseload"]
    widget.show_ended.setChecked(True)  # another list: loaded again
    assert [r[0] for r in reads(ws)[before:]] == ["caseload"] * 2
