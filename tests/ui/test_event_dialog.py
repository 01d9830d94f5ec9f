"""The event dialog driven as a consultant plans the week: from the keyboard, read back from
the database; a series and its holidays, one occurrence changed or cancelled, a meeting
marked held that becomes the participant's contact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from ips_desktop.domain.enums import EventKind
from ips_desktop.domain.messages import message
from ips_desktop.domain.recurrence import Recurrence, Repeat
from ips_desktop.services import calendar, courses
from ips_desktop.services.calendar import EventInput, OccurrenceRef, Scope
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import CalendarEvent
from ips_desktop.ui.dialogs.event_dialog import (
    EventDialog,
    EventPreset,
    delete_event_interactively,
    next_half_hour,
    open_event_dialog,
)
from ips_desktop.ui.dialogs.event_recurrence import HolidayQuestion, recurrence_words
from ips_desktop.ui.dialogs.event_scope import ScopeDialog
from ips_desktop.ui.participants.page import ParticipantPage
from tests.ui.test_participant_page import enrol as enrol_referred
from tests.ui.window_support import answer_question, enrol

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
UNIT = "Psykiatrisk ambulatorium Køge"
WEDNESDAY = date(2026, 12, 2)
THURSDAY = date(2026, 12, 3)  # a Thursday series meets Maundy Thursday and Ascension Day


@pytest.fixture(autouse=True)
def nothing_asked_at_the_end(qtbot):
    """A test that failed half-way leaves input typed: its dialog closes without asking."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox | ScopeDialog) and widget.isVisible():
            widget.reject()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, EventDialog) and widget.isVisible():
            widget._initial = widget._state()
            widget.close()


def here(qtbot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


def key(qtbot, keys: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(here(qtbot), keys, modifier)


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(here(qtbot), text)


def on(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def rows(ws) -> list[CalendarEvent]:
    with unit_of_work(ws.ctx) as session:
        return list(session.scalars(select(CalendarEvent)
                                    .where(CalendarEvent.deleted_at.is_(None))
                                    .order_by(CalendarEvent.created_at)))


def opened(qtbot, ws, preset: EventPreset | None = None, *,
           ref: OccurrenceRef | None = None) -> EventDialog:
    dialog = open_event_dialog(ws, None, preset or EventPreset(), ref=ref)  # closed above
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def when_shown(qtbot, kind: type, then: Callable[[QWidget], None]) -> list[str]:
    """Once a modal question of `kind` is up, note its text and act on it."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind):
            QTimer.singleShot(10, act)
            return
        seen.append(box.text() if isinstance(box, QMessageBox) else box.question.text())
        then(box)

    QTimer.singleShot(0, act)
    return seen


def choose_scope(qtbot, scope: Scope) -> list[str]:
    def act(box: QWidget) -> None:
        assert isinstance(box, ScopeDialog)
        box.choices[scope].setChecked(True)
        qtbot.mouseClick(box.go, Qt.MouseButton.LeftButton)
    return when_shown(qtbot, ScopeDialog, act)


def series(ws, first: date, *, kind: EventKind = EventKind.PRESENCE_DAY,
           until: date | None = None) -> OccurrenceRef:
    return calendar.create_event(ws.ctx, EventInput(
        kind=kind, title="Mødedag", starts_at=datetime.combine(first, time(12, 30)),
        ends_at=datetime.combine(first, time(13, 30)), consultant_id=ws.ctx.actor_id,
        location=UNIT, recurrence=Recurrence(Repeat.WEEKLY, until)))


def test_a_weekly_presence_day_made_from_the_keyboard(qtbot, ws, preferences):
    """Kind, Enter, Enter…, the day and the time typed, the unit typed (and added to the
    team's list), "every week" with Down, Ctrl+Enter: stored as FREQ=WEEKLY;BYDAY=WE."""
    dialog = opened(qtbot, ws)
    on(qtbot, dialog.kind)  # the first question: what kind of event
    assert dialog.kind.currentData() == EventKind.PRESENCE_DAY
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.participant)
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.employer)
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.title_edit)
    assert dialog.title_edit.text() == "Mødedag i psykiatrien"  # from the kind
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.day.edit)
    type_here(qtbot, "2.12.2026")
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.start)
    type_here(qtbot, "1230")
    assert dialog.start.time().toString("HH:mm") == "12:30"
    assert dialog.end.time().toString("HH:mm") == "13:30"  # the end kept the hour's length
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.end)
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.end_day.edit)
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.location)
    type_here(qtbot, UNIT)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.add_unit.isVisible() and dialog.add_unit.isChecked()
    on(qtbot, dialog.add_unit)
    key(qtbot, Qt.Key.Key_Return)  # Enter moves on; it does not untick
    assert dialog.add_unit.isChecked()
    on(qtbot, dialog.recurrence.repeat)
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.recurrence.words.text() == "Hver onsdag fra 2.12.2026, uden slutdato"
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.recurrence.until.edit)  # empty: no end date
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.consultant)
    key(qtbot, Qt.Key.Key_Return)
    on(qtbot, dialog.notes)
    type_here(qtbot, "Lokale 2.14")
    key(qtbot, Qt.Key.Key_Return, CTRL)  # saves from the notes too
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [row] = rows(ws)
    assert row.notes == "Lokale 2.14"
    assert (row.kind, row.title, row.location) == (
        EventKind.PRESENCE_DAY.value, "Mødedag i psykiatrien", UNIT)
    assert (row.starts_at, row.ends_at) == (datetime(2026, 12, 2, 12, 30),
                                            datetime(2026, 12, 2, 13, 30))
    assert row.rrule == "FREQ=WEEKLY;BYDAY=WE"
    assert dialog.saved_ref == OccurrenceRef(row.id, datetime(2026, 12, 2, 12, 30)) \
        or dialog.saved_ref.event_id == row.id
    assert calendar.event_input(ws.ctx, dialog.saved_ref).recurrence == \
        Recurrence(Repeat.WEEKLY)
    assert UNIT in calendar.psychiatry_units(ws.ctx)
    # Every Wednesday at 12:30, also after summer time ends (the wall clock is kept).
    shown = calendar.occurrences_between(ws.ctx, datetime(2027, 3, 29), datetime(2027, 4, 5))
    assert [o.starts_at for o in shown] == [datetime(2027, 3, 31, 12, 30)]


def test_a_series_on_holidays_offers_to_skip_them(qtbot, ws, preferences):
    """A Thursday until June meets Maundy Thursday and Ascension Day: the dialog names
    them, and "skip them" stores them as the series' exception dates."""
    dialog = opened(qtbot, ws, EventPreset(
        starts_at=datetime.combine(THURSDAY, time(12, 30)), kind=EventKind.PRESENCE_DAY))
    dialog.location.setText(UNIT)
    dialog.recurrence.repeat.setCurrentIndex(dialog.recurrence.repeat.findData(Repeat.WEEKLY))
    dialog.recurrence.until.edit.setText("1.6.2027")
    assert dialog.recurrence.words.text() == "Hver torsdag fra 3.12.2026, til og med 1.6.2027"

    def skip(box: QWidget) -> None:
        assert isinstance(box, HolidayQuestion)
        qtbot.mouseClick(box.skip, Qt.MouseButton.LeftButton)
    seen = when_shown(qtbot, HolidayQuestion, skip)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Skærtorsdag 25.3.2027" in seen[0] and "Kristi himmelfartsdag 6.5.2027" in seen[0]
    [row] = rows(ws)
    assert "2027-03-25T12:30:00" in list(row.exdates or [])
    assert "2027-05-06T12:30:00" in list(row.exdates or [])
    easter = calendar.occurrences_between(ws.ctx, datetime(2027, 3, 22), datetime(2027, 3, 29))
    assert easter == []


def test_one_presence_day_on_a_holiday_cancelled_alone(qtbot, ws):
    """Delete on the occurrence on Maundy Thursday, "only this occurrence": that day is an
    exception date, the weeks around it are still there."""
    made = series(ws, THURSDAY, until=date(2027, 6, 1))
    holiday = datetime(2027, 3, 25, 12, 30)
    [occurrence] = calendar.occurrences_between(ws.ctx, datetime(2027, 3, 25),
                                                datetime(2027, 3, 26))
    assert occurrence.ref.original_start == holiday
    seen = choose_scope(qtbot, Scope.THIS)
    assert delete_event_interactively(ws, None, occurrence.ref)
    assert seen == ["Slet »Mødedag« den 25.3.2027 12:30? Den gentages: hvilke gange?"]
    [row] = rows(ws)
    assert row.id == made.event_id
    assert list(row.exdates or []) == ["2027-03-25T12:30:00"]
    around = calendar.occurrences_between(ws.ctx, datetime(2027, 3, 15), datetime(2027, 4, 5))
    assert [o.starts_at.date() for o in around] == [date(2027, 3, 18), date(2027, 4, 1)]


def test_going_back_from_the_delete_question_deletes_nothing(qtbot, ws):
    single = calendar.create_event(ws.ctx, EventInput(
        kind=EventKind.OTHER, title="Teammøde", starts_at=datetime(2026, 12, 4, 9),
        ends_at=datetime(2026, 12, 4, 10), consultant_id=ws.ctx.actor_id))
    seen: list[str] = []
    answer_question(qtbot, "Behold den", seen)
    assert not delete_event_interactively(ws, None, single)
    assert seen == ["Slet »Teammøde« den 4.12.2026 09:00?"]
    assert len(rows(ws)) == 1
    answer_question(qtbot, "Slet")
    assert delete_event_interactively(ws, None, single)
    assert rows(ws) == []


def test_changing_one_occurrence_asks_which_ones(qtbot, ws):
    """A new title on one Wednesday, "only this occurrence": that day alone changes."""
    made = series(ws, WEDNESDAY)
    [occurrence] = calendar.occurrences_between(ws.ctx, datetime(2026, 12, 9),
                                                datetime(2026, 12, 10))
    dialog = opened(qtbot, ws, ref=occurrence.ref)
    assert dialog.recurrence.words.text() == "Hver onsdag fra 2.12.2026, uden slutdato"
    dialog.title_edit.setFocus()
    dialog.title_edit.selectAll()
    type_here(qtbot, "Mødedag med konference")
    seen = choose_scope(qtbot, Scope.THIS)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert seen
    titles = {o.starts_at.date(): o.title for o in calendar.occurrences_between(
        ws.ctx, datetime(2026, 12, 1), datetime(2026, 12, 17))}
    assert titles == {date(2026, 12, 2): "Mødedag", date(2026, 12, 9): "Mødedag med konference",
                      date(2026, 12, 16): "Mødedag"}
    assert calendar.event_input(ws.ctx, made).title == "Mødedag"


def test_a_held_meeting_is_the_participants_contact(qtbot, ws, preferences):
    """A meeting yesterday marked held: the page's last contact and timeline show it; the
    dialog shows it as held, and unticking takes the contact away again."""
    course = enrol(ws)
    page = ParticipantPage(ws, preferences, course)
    qtbot.addWidget(page)
    assert page.detail.row.last_contact is None
    yesterday = date.today() - timedelta(days=1)
    meeting = calendar.create_event(ws.ctx, EventInput(
        kind=EventKind.PARTICIPANT_MEETING, title="Møde med deltager",
        starts_at=datetime.combine(yesterday, time(10)),
        ends_at=datetime.combine(yesterday, time(11)), consultant_id=ws.ctx.actor_id,
        location="Café Centrum", course_id=course))
    dialog = opened(qtbot, ws, ref=meeting)
    assert dialog.held.isVisible() and not dialog.held.isChecked()
    dialog.held.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    page.refresh()
    assert page.detail.row.last_contact == yesterday
    assert f"sidste kontakt {yesterday:%d.%m.%Y}" in page.facts.text()
    timeline = [(page.timeline.topLevelItem(i).text(0), page.timeline.topLevelItem(i).text(1))
                for i in range(page.timeline.topLevelItemCount())]
    assert (f"{yesterday:%d.%m.%Y}", "Kontakt") in timeline
    [held] = [o for o in calendar.occurrences_between(
        ws.ctx, datetime.combine(yesterday, time()), datetime.combine(date.today(), time()))]
    assert held.held

    again = opened(qtbot, ws, ref=held.ref)
    assert again.held.isChecked()
    assert again.held_note.text() == "Noteret som kontakt med deltageren; fjern fluebenet " \
        "for at fjerne den."
    again.held.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not again.isVisible())
    page.refresh()
    assert page.detail.row.last_contact is None
    assert courses.course_detail(ws.ctx, course, today=date.today()).notes == ()


def test_a_meeting_ahead_cannot_be_held(qtbot, ws):
    course = enrol(ws)
    ahead = datetime.combine(date.today() + timedelta(days=2), time(10))
    dialog = opened(qtbot, ws, EventPreset(starts_at=ahead, course_id=course))
    assert dialog.kind.currentData() == EventKind.PARTICIPANT_MEETING
    assert dialog.title_edit.text() == "Møde med deltager: Gunnhild Ærenfeldt"
    dialog.held.setChecked(True)
    assert not dialog.save()
    assert dialog.errors.text("starts_at") == message("calendar_held_future")
    assert QApplication.focusWidget() is dialog.held
    dialog.end.setTime(dialog.start.time().addSecs(-3600))  # and the end before the start
    assert not dialog.save()
    assert dialog.errors.text("starts_at") == message("calendar_held_future")
    assert dialog.errors.text("ends_at") == message("calendar_end_before_start")
    assert rows(ws) == []


def test_errors_at_their_fields_and_nothing_saved(qtbot, ws):
    start = datetime(2026, 12, 9, 10)
    dialog = opened(qtbot, ws, EventPreset(starts_at=start, kind=EventKind.SUPERVISION))
    dialog.end.setTime(dialog.start.time().addSecs(-1800))
    assert not dialog.save()
    assert dialog.errors.text("ends_at") == message("calendar_end_before_start")
    assert QApplication.focusWidget() is dialog.end

    dialog.end.setTime(dialog.start.time().addSecs(3600))
    dialog.end_day.edit.setText("10.12.2026")  # 25 hours
    assert not dialog.save()
    assert dialog.errors.text("ends_at") == message("calendar_too_long")

    dialog.end_day.edit.clear()
    dialog.title_edit.clear()
    repeat = dialog.recurrence.repeat
    repeat.setCurrentIndex(repeat.findData(Repeat.MONTHLY_WEEKDAY))
    assert repeat.currentText() == "Månedligt: 2. onsdag"
    dialog.recurrence.until.edit.setText("1.12.2026")  # before the first
    assert not dialog.save()
    assert dialog.errors.text("title") != ""
    assert dialog.errors.text("recurrence") == message("calendar_no_occurrence")
    assert dialog.errors.text("ends_at") == ""
    assert QApplication.focusWidget() is dialog.title_edit

    dialog.recurrence.until.edit.setText("31.2")
    assert not dialog.save()
    assert dialog.errors.text("recurrence") == message("not_a_date")
    dialog.day.edit.setText("32.12")
    assert not dialog.save()
    assert dialog.errors.text("day") == message("not_a_date")
    assert rows(ws) == []


def test_escape_asks_before_typed_input_goes(qtbot, ws):
    untouched = opened(qtbot, ws)
    key(qtbot, Qt.Key.Key_Escape)  # nothing typed: it just closes
    qtbot.waitUntil(lambda: not untouched.isVisible())

    dialog = opened(qtbot, ws)
    dialog.title_edit.setFocus()
    type_here(qtbot, " hos lægen")
    seen: list[str] = []
    answer_question(qtbot, "Fortsæt redigering", seen)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Kassér ændringer?"]
    assert dialog.isVisible()
    answer_question(qtbot, "Kassér")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(ws) == []


def test_the_title_follows_until_typed_and_the_end_follows_the_start(qtbot, ws):
    course = enrol(ws, "Bo Bøgh")
    dialog = opened(qtbot, ws, EventPreset(starts_at=datetime(2026, 12, 9, 10),
                                           ends_at=datetime(2026, 12, 9, 11, 30)))
    assert dialog.title_edit.text() == "Mødedag i psykiatrien"
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.JOINT_START_UP))
    dialog.participant.setFocus()
    type_here(qtbot, "bøgh")
    key(qtbot, Qt.Key.Key_Return)  # the one match is taken
    qtbot.waitUntil(lambda: dialog.who.chosen_id == course)
    assert dialog.title_edit.text() == "Fælles opstartsmøde: Bo Bøgh"
    dialog.title_edit.setFocus()
    type_here(qtbot, " og behandler")
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.PARTICIPANT_MEETING))
    assert dialog.title_edit.text() == "Fælles opstartsmøde: Bo Bøgh og behandler"
    dialog.start.setTime(dialog.start.time().addSecs(3 * 3600))  # 13:00
    assert dialog.end.time().toString("HH:mm") == "14:30"
    assert dialog.length.text() == "1 t 30 min"
    dialog.start.setTime(dialog.start.time().addSecs(10 * 3600))  # 23:00: ends the next day
    assert dialog.end_day.edit.text() == "10.12.2026"
    dialog.day.edit.setText("16.12.2026")
    assert dialog.end_day.edit.text() == "17.12.2026"


def test_the_rule_in_words(qtbot):
    first = date(2026, 12, 2)
    assert recurrence_words(Recurrence(Repeat.WEEKLY), first) == \
        "Hver onsdag fra 2.12.2026, uden slutdato"
    assert recurrence_words(Recurrence(Repeat.FORTNIGHTLY, date(2027, 3, 31)), first) == \
        "Hver 2. uge om onsdagen fra 2.12.2026, til og med 31.3.2027"
    assert recurrence_words(Recurrence(Repeat.MONTHLY_WEEKDAY), first) == \
        "Den 1. onsdag i måneden fra 2.12.2026, uden slutdato"
    assert recurrence_words(Recurrence(Repeat.MONTHLY_WEEKDAY), date(2026, 12, 30)) == \
        "Den sidste onsdag i måneden fra 30.12.2026, uden slutdato"


@pytest.mark.parametrize(("now", "expected"), [
    (datetime(2026, 12, 1, 10, 10), datetime(2026, 12, 1, 10, 30)),
    (datetime(2026, 12, 1, 10, 30), datetime(2026, 12, 1, 11, 0)),
    (datetime(2026, 12, 1, 23, 45), datetime(2026, 12, 2, 0, 0)),
])
def test_the_next_half_hour(now, expected):
    assert next_half_hour(now) == expected


def test_a_new_repetition_from_one_occurrence_is_never_only_that_one(qtbot, ws):
    """Every other week from 9 December: "only this occurrence" cannot be chosen; "this
    and all later" ends the weekly series before it and starts the new one there."""
    series(ws, WEDNESDAY)
    [ninth] = calendar.occurrences_between(ws.ctx, datetime(2026, 12, 9), datetime(2026, 12, 10))
    dialog = opened(qtbot, ws, ref=ninth.ref)
    repeat = dialog.recurrence.repeat
    repeat.setCurrentIndex(repeat.findData(Repeat.FORTNIGHTLY))
    assert dialog.recurrence.words.text() == \
        "Hver 2. uge om onsdagen fra 2.12.2026, uden slutdato"
    offered: list[bool] = []

    def later_ones(box: QWidget) -> None:
        assert isinstance(box, ScopeDialog)
        offered.append(box.choices[Scope.THIS].isEnabled())
        assert box.scope() is Scope.THIS_AND_LATER  # the first that can be chosen
        qtbot.mouseClick(box.go, Qt.MouseButton.LeftButton)
    when_shown(qtbot, ScopeDialog, later_ones)
    assert dialog.save()
    assert offered == [False]
    days = [o.starts_at.date() for o in calendar.occurrences_between(
        ws.ctx, datetime(2026, 12, 1), datetime(2027, 1, 1))]
    assert days == [date(2026, 12, 2), date(2026, 12, 9), date(2026, 12, 23)]


def test_a_single_event_made_a_series_is_asked_about_its_holidays(qtbot, ws):
    """A Thursday made weekly until June: the holidays are asked about; "keep them" keeps
    Maundy Thursday in the series."""
    single = calendar.create_event(ws.ctx, EventInput(
        kind=EventKind.TREATMENT_CONFERENCE, title="Konference",
        starts_at=datetime.combine(THURSDAY, time(9)), ends_at=datetime.combine(THURSDAY, time(10)),
        consultant_id=ws.ctx.actor_id, location="Video"))
    dialog = opened(qtbot, ws, ref=single)
    dialog.recurrence.repeat.setCurrentIndex(dialog.recurrence.repeat.findData(Repeat.WEEKLY))
    dialog.recurrence.until.edit.setText("1.6.2027")

    def keep(box: QWidget) -> None:
        assert isinstance(box, HolidayQuestion)
        qtbot.mouseClick(box.keep, Qt.MouseButton.LeftButton)
    seen = when_shown(qtbot, HolidayQuestion, keep)
    assert dialog.save()
    assert seen and seen[0].startswith("2 gange falder på helligdage: Skærtorsdag 25.3.2027")
    [row] = rows(ws)
    assert row.rrule is not None and not row.exdates
    easter = calendar.occurrences_between(ws.ctx, datetime(2027, 3, 25), datetime(2027, 3, 26))
    assert len(easter) == 1


def test_a_participant_chosen_from_the_popup_and_on_to_the_next_field(qtbot, ws):
    """Two match: Enter shows them with the first highlighted, Enter again takes it, and
    the typing goes on in the employer field."""
    bente = enrol(ws, "Bente Bøgh")
    enrol(ws, "Bo Bøgh")
    dialog = opened(qtbot, ws, EventPreset(kind=EventKind.PARTICIPANT_MEETING))
    dialog.participant.setFocus()
    on(qtbot, dialog.participant)
    type_here(qtbot, "bøgh")
    key(qtbot, Qt.Key.Key_Return)  # two rows: the first is highlighted, nothing taken yet
    assert dialog.who.chosen_id is None
    popup = dialog.who.ahead.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.who.chosen_id == bente)
    on(qtbot, dialog.employer)
    assert dialog.title_edit.text() == "Møde med deltager: Bente Bøgh"
    type_here(qtbot, "x")
    assert dialog.employer.text() == "x"


def test_one_held_meeting_of_a_weekly_series(qtbot, ws):
    """Weekly meetings: last week's marked held becomes that occurrence's alone (asked
    nothing), shows as held when opened again, and unticking takes its contact away."""
    course = enrol_referred(ws, days_ago=30)
    today = date.today()
    first = today - timedelta(days=14)
    calendar.create_event(ws.ctx, EventInput(
        kind=EventKind.PARTICIPANT_MEETING, title="Ugentligt møde",
        starts_at=datetime.combine(first, time(9)), ends_at=datetime.combine(first, time(10)),
        consultant_id=ws.ctx.actor_id, course_id=course,
        recurrence=Recurrence(Repeat.WEEKLY)))
    last_week = datetime.combine(today - timedelta(days=7), time(9))
    [occurrence] = calendar.occurrences_between(ws.ctx, last_week, last_week + timedelta(hours=1))
    dialog = opened(qtbot, ws, ref=occurrence.ref)
    dialog.held.setChecked(True)
    assert dialog.save()  # no scope question: held is this meeting's alone
    shown = calendar.occurrences_between(ws.ctx, datetime.combine(first, time()),
                                         datetime.combine(today, time()))
    assert [(o.starts_at.date(), o.held) for o in shown] == [
        (first, False), (last_week.date(), True)]
    assert courses.course_detail(ws.ctx, course, today=today).row.last_contact == \
        last_week.date()

    again = opened(qtbot, ws, ref=shown[1].ref)
    assert again.held.isChecked()
    again.held.setChecked(False)
    assert again.save()
    assert courses.course_detail(ws.ctx, course, today=today).row.last_contact is None
    assert not any(o.held for o in calendar.occurrences_between(
        ws.ctx, datetime.combine(first, time()), datetime.combine(today, time())))


def test_a_held_meeting_refused_by_the_participants_notes_stores_no_event(qtbot, ws):
    """A meeting dated before the referral cannot be the participant's contact: the refusal
    comes after the event would be made, so nothing may be kept, and the next Save (the day
    mended) makes one event, not a second."""
    course = enrol(ws)  # referred two days ago
    before = datetime.combine(date.today() - timedelta(days=5), time(10))
    dialog = opened(qtbot, ws, EventPreset(starts_at=before, course_id=course))
    dialog.held.setChecked(True)
    assert not dialog.save()
    assert dialog.errors.text("starts_at") == message("date_before_referral")
    assert rows(ws) == []

    dialog.day.edit.setText(f"{date.today() - timedelta(days=1):%d.%m.%Y}")
    assert dialog.save()
    [row] = rows(ws)
    assert row.held_note_id is not None


def test_tab_from_the_notes_reaches_save_when_held_is_not_offered(qtbot, ws):
    """Without a participant "held" is hidden; Tab from the notes must not stop at it (its
    hidden box took the focus nowhere and the notes kept it: Save was out of Tab's reach)."""
    dialog = opened(qtbot, ws, EventPreset(starts_at=datetime.combine(date.today(), time(10))))
    assert not dialog.held.isVisible()
    dialog.notes.setFocus()
    on(qtbot, dialog.notes)
    key(qtbot, Qt.Key.Key_Tab)
    on(qtbot, dialog.save_button)
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    on(qtbot, dialog.notes)
