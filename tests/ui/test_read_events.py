"""Every screen that shows a person's data writes one read event per opening, not per repaint.

Each test opens a screen, does what makes it read again (an edit, a language
change, hiding and showing, a tab change, a scroll), and counts the READ events
the database holds: one for the opening, one more after opening it again.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ips_desktop.domain.enums import (
    AuditAction,
    EndReason,
    EventKind,
    NoteKind,
    NotePlace,
    PlacementKind,
)
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.services import calendar, courses, form_drafts, placements, supervision_items
from ips_desktop.services.calendar_model import EventInput
from ips_desktop.services.courses import NoteInput
from ips_desktop.services.placements import PlacementInput
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.calendar.area import CalendarArea
from ips_desktop.ui.employers.employer_page import EmployerPage
from ips_desktop.ui.home.area import HomeArea
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.page import JOBS_TAB, PROFILE_TAB, SUPERVISION_TAB
from ips_desktop.ui.participants.referral_dialog import ReferralDialog
from ips_desktop.ui.supervision.area import SupervisionArea
from tests.services.placement_support import contact, employer, enrol

TODAY = date.today()
FORMS = Path(__file__).resolve().parents[2] / "forms"


def spec(name: str):
    return parse_form((FORMS / f"{name}.toml").read_text(encoding="utf-8"), name)


def relanguage(qtbot) -> None:
    """English, then Danish again, each language change delivered to every widget."""
    for language in ("en", "da"):
        apply_language(language)
        qtbot.wait(20)


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
    relanguage(qtbot)  # drawn again in English, then Danish
    page.timeline.verticalScrollBar().setValue(5)
    page.repaint()
    opened = [r for r in reads(ws)[before:] if r[0] != "caseload"]
    assert opened == [("course", course)]
    with ws.ctx.engine.connect() as conn:  # the person the event concerns, by id
        concerns = conn.execute(select(AuditEvent.participant_id).where(
            AuditEvent.action == AuditAction.READ.value, AuditEvent.entity_id == course)
        ).scalars().all()
    assert concerns == [page.detail.row.participant_id]
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
    relanguage(qtbot)  # drawn again in English, then Danish
    assert [r[0] for r in reads(ws)[before:]] == ["caseload"]
    widget.show_ended.setChecked(True)  # another list: loaded again
    assert [r[0] for r in reads(ws)[before:]] == ["caseload"] * 2


def test_the_referral_dialog_of_a_new_course_reads_once(qtbot, ws, area):
    course = enrol(ws)
    courses.end_course(ws.ctx, course, TODAY, EndReason.PARTICIPANT_WISH, today=TODAY)
    area.open_course(course)
    before = len(reads(ws))
    area.page.start_new_course()  # the person's details filled in from the last course
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ReferralDialog) and w.isVisible())
    try:
        dialog.go(+1)
        relanguage(qtbot)  # drawn again in English, then Danish
        assert reads(ws)[before:] == [("course", course)]
    finally:
        dialog.editor.mark_saved()
        dialog.reject()


def test_the_home_screen_reads_once_per_showing(qtbot, ws):
    course = enrol(ws)
    soon = datetime.combine(TODAY, time(23, 0))
    calendar.create_event(ws.ctx, EventInput(
        kind=EventKind.PARTICIPANT_MEETING, title="Møde med Åse", consultant_id=ws.ctx.actor_id,
        starts_at=soon, ends_at=soon + timedelta(minutes=30), course_id=course))
    home = HomeArea(ws)
    qtbot.addWidget(home)
    before = len(reads(ws))
    home.show()
    qtbot.waitUntil(lambda: home.week is not None)
    loaded = reads(ws)[before:]
    assert sorted(e for e, _ in loaded) == ["calendar_event", "supervision"]
    relanguage(qtbot)  # drawn again in English, then Danish
    home.repaint()
    qtbot.wait(50)
    assert reads(ws)[before:] == loaded  # worded again, not read again
    home.hide()
    home.week = None
    home.show()  # shown again (back from another area): read again, once
    qtbot.waitUntil(lambda: home.week is not None)
    assert len(reads(ws)[before:]) == 2 * len(loaded)


def test_the_calendar_week_reads_once_per_load(qtbot, ws, preferences):
    course = enrol(ws)
    soon = datetime.combine(TODAY, time(10, 0))
    calendar.create_event(ws.ctx, EventInput(
        kind=EventKind.PARTICIPANT_MEETING, title="Møde med Åse", consultant_id=ws.ctx.actor_id,
        starts_at=soon, ends_at=soon + timedelta(minutes=30), course_id=course))
    cal = CalendarArea(ws, preferences)
    qtbot.addWidget(cal)
    cal.resize(1300, 760)
    before = len(reads(ws))
    cal.show()
    qtbot.waitExposed(cal)
    assert reads(ws)[before:] == [("calendar_event", None)]
    relanguage(qtbot)  # drawn again in English, then Danish
    cal.repaint()
    assert reads(ws)[before:] == [("calendar_event", None)]
    cal.reload()  # another load (a week moved to, an event changed): one more
    assert reads(ws)[before:] == [("calendar_event", None)] * 2


def test_the_supervision_list_reads_once_per_load(qtbot, ws, preferences):
    enrol(ws)
    sup = SupervisionArea(ws, preferences)
    qtbot.addWidget(sup)
    sup.resize(1300, 700)
    before = len(reads(ws))
    sup.show()
    qtbot.waitUntil(lambda: sup.model.listing is not None, timeout=10_000)
    qtbot.wait(50)
    loaded = [e for e, _ in reads(ws)[before:]]
    assert loaded.count("supervision") == 1
    relanguage(qtbot)  # drawn again in English, then Danish
    sup.tree.verticalScrollBar().setValue(1)
    sup.hide()
    sup.show()
    qtbot.wait(50)
    assert [e for e, _ in reads(ws)[before:]].count("supervision") == 1


def test_the_employer_page_reads_once_per_opening(qtbot, ws):
    course = enrol(ws)
    shop = employer(ws, "Netto Køge")
    contact(ws, shop, course, TODAY - timedelta(days=3))
    page = EmployerPage(ws)
    qtbot.addWidget(page)
    page.show()
    before = len(reads(ws))
    page.show_employer(shop)
    page._changed()  # a contact logged or a person added on the page: shown again
    relanguage(qtbot)  # drawn again in English, then Danish
    assert reads(ws)[before:] == [("employer", shop)]
    page.show_employer(shop)  # opened again
    assert reads(ws)[before:] == [("employer", shop)] * 2
