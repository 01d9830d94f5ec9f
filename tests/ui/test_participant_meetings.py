"""A participant's page and the calendar: "Book meeting", the next meetings booked, and
whether the joint start-up meeting was held."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ips_desktop.domain.enums import EventKind
from ips_desktop.services import calendar
from ips_desktop.services.calendar import EventInput
from ips_desktop.ui.dialogs.event_dialog import EventDialog
from ips_desktop.ui.participants.meetings import next_working_day
from ips_desktop.ui.participants.page import ParticipantPage
from tests.ui.window_support import PARTICIPANT, enrol


def shown_page(qtbot, ws, preferences, course) -> ParticipantPage:
    page = ParticipantPage(ws, preferences, course)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_next_working_day_skips_weekends_and_holidays():
    assert next_working_day(date(2026, 12, 4)) == date(2026, 12, 7)  # Friday -> Monday
    assert next_working_day(date(2026, 12, 1)) == date(2026, 12, 2)
    # Christmas Day on a Friday, then the weekend: Monday the 28th.
    assert next_working_day(date(2026, 12, 24)) == date(2026, 12, 28)


def test_book_meeting_puts_the_next_one_in_the_calendar(qtbot, ws, preferences):
    course = enrol(ws)
    page = shown_page(qtbot, ws, preferences, course)
    assert page.meetings.next_label.text() == "Ingen møder booket."
    seen: list[EventDialog] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, EventDialog) and w.isVisible()), None)
        if not isinstance(dialog, EventDialog):
            QTimer.singleShot(10, fill_in)
            return
        seen.append(dialog)
        dialog.save_button.click()

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(page.meetings.book, Qt.MouseButton.LeftButton)
    [dialog] = seen
    day = next_working_day(date.today())
    assert dialog.kind.currentData() == EventKind.PARTICIPANT_MEETING
    assert dialog.title_edit.text() == f"Møde med deltager: {PARTICIPANT}"
    [booked] = calendar.next_meetings(ws.ctx, course, now=datetime.now())
    assert (booked.starts_at, booked.ends_at) == (datetime.combine(day, time(10)),
                                                  datetime.combine(day, time(11)))
    assert booked.course_id == course
    text = page.meetings.next_label.text()  # the page shows it at once
    assert text.startswith("Næste møder: ") and f"{day.day}.{day.month}.{day.year} 10:00" \
        in text and "Møde med deltager" in text
    assert PARTICIPANT not in text  # the page is theirs already: when and what


def test_the_joint_start_up_meeting_held_or_recommended(qtbot, ws, preferences):
    course = enrol(ws)
    page = shown_page(qtbot, ws, preferences, course)
    assert page.meetings.start_up.text() == \
        "Fælles opstartsmøde ikke holdt: anbefales for alle nye deltagere"
    yesterday = date.today() - timedelta(days=1)
    meeting = calendar.create_event(ws.ctx, EventInput(
        kind=EventKind.JOINT_START_UP, title="Fælles opstartsmøde",
        starts_at=datetime.combine(yesterday, time(9)),
        ends_at=datetime.combine(yesterday, time(10)), consultant_id=ws.ctx.actor_id,
        location="Psykiatrisk ambulatorium Køge", course_id=course))
    calendar.mark_held(ws.ctx, meeting, today=date.today())
    page.refresh()
    assert page.meetings.start_up.text() == \
        f"Fælles opstartsmøde holdt {yesterday.day}.{yesterday.month}.{yesterday.year}"
    assert page.detail.row.last_contact == yesterday


def test_an_ended_course_books_nothing(qtbot, ws, preferences):
    from ips_desktop.domain.enums import EndReason
    from ips_desktop.services import courses

    course = enrol(ws)
    courses.end_course(ws.ctx, course, date.today(), EndReason.MOVED_AWAY, today=date.today())
    page = shown_page(qtbot, ws, preferences, course)
    assert not page.meetings.book.isVisible()
    assert not page.meetings.next_label.isVisible()
