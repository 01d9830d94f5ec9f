"""Editing the referral on a participant's page, then reading what the database holds."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from ips_desktop.storage.models import Course, FormResponse, Participant
from ips_desktop.ui.participants.page import ParticipantPage
from tests.ui.window_support import PARTICIPANT, enrol


def retype(qtbot, widget, text: str) -> None:
    widget.edit.clear()
    qtbot.keyClicks(widget.edit, text)


def stored(ws, course_id):
    with ws.ctx.engine.connect() as conn:
        course = conn.execute(select(Course).where(Course.id == course_id)).one()
        person = conn.execute(select(Participant).where(
            Participant.id == course.participant_id)).one()
        answers = conn.execute(select(FormResponse.answers).where(
            FormResponse.course_id == course_id)).scalar_one()
    return person, course, answers


def open_tab(qtbot, ws, preferences, course):
    page = ParticipantPage(ws, preferences, course)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.referral_tab)
    return page, page.referral_tab


def test_an_edit_on_the_referral_tab_is_saved(qtbot, ws, preferences):
    course = enrol(ws)
    page, tab = open_tab(qtbot, ws, preferences, course)
    widgets = tab.editor.widgets
    assert widgets["name"].value() == PARTICIPANT  # the stored answers, filled in
    retype(qtbot, widgets["phone"], "+45 99 88 77 66")
    retype(qtbot, widgets["job_preferences"], "Gerne værksted; gerne deltid i starten.")
    met = date.today() - timedelta(days=1)
    retype(qtbot, widgets["first_meeting_date"], met.strftime("%d.%m.%Y"))
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "Gemt."

    person, stored_course, answers = stored(ws, course)
    assert person.phone == "+45 99 88 77 66"
    assert answers["job_preferences"] == "Gerne værksted; gerne deltid i starten."
    assert stored_course.first_meeting_date == met
    assert stored_course.phase == "engaged"  # a first meeting held moves the course on
    assert "Første møde" in [page.timeline.topLevelItem(i).text(1)
                             for i in range(page.timeline.topLevelItemCount())]

    # A fresh page shows the edit, as the next consultant to open it would see it.
    _, again = open_tab(qtbot, ws, preferences, course)
    assert again.editor.widgets["job_preferences"].value() == (
        "Gerne værksted; gerne deltid i starten.")
    assert again.editor.widgets["phone"].value() == "+45 99 88 77 66"


def test_a_refused_edit_keeps_the_input_and_saves_nothing(qtbot, ws, preferences):
    course = enrol(ws)
    _, tab = open_tab(qtbot, ws, preferences, course)
    retype(qtbot, tab.editor.widgets["job_preferences"], "Må ikke gemmes endnu.")
    retype(qtbot, tab.editor.widgets["referral_date"],
           (date.today() + timedelta(days=5)).strftime("%d.%m.%Y"))
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert tab.status.text().startswith("Ikke gemt")
    assert tab.editor.widgets["job_preferences"].value() == "Må ikke gemmes endnu."
    assert "job_preferences" not in stored(ws, course)[2]
