"""The calendar area on a real database, driven as a consultant drives it.

Events are made through the real write side (services.calendar) and then found,
moved and undone through the area: the toolbar's buttons and keys, drags over
the real week grid (tests/ui/grid_support.py presses where the user would), the
message bar's Undo and Ctrl+Z. Each step checks both what the database holds
and what the grid shows (where it draws the event).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication

from ips_desktop.domain.enums import EventKind, Role
from ips_desktop.domain.recurrence import Recurrence, Repeat
from ips_desktop.services import calendar, consultants, workspace
from ips_desktop.services.calendar import EventInput
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.ui.calendar.area import CalendarArea
from ips_desktop.ui.calendar.coverage import MISSING_STYLE
from ips_desktop.ui.calendar.header import day_title, week_title
from ips_desktop.ui.calendar.toolbar import LANES, View
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.preferences import WorkingHours
from tests.helpers import PASSWORD
from tests.ui.conftest import activate
from tests.ui.grid_support import drag
from tests.ui.test_calendar_month_picker import day_cell
from tests.ui.test_week_grid import painted_texts
from tests.ui.window_support import enrol

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()
WEEK_49 = date(2026, 11, 30)  # a Monday; December 2026 has no holiday before Christmas


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def add_event(ws, kind: EventKind, start: datetime, *, minutes: int = 60, title: str = "Møde",
              consultant: uuid.UUID | None = None, location: str = "",
              recurrence: Recurrence | None = None, course: uuid.UUID | None = None):
    return calendar.create_event(ws.ctx, EventInput(
        kind=kind, title=title, starts_at=start, ends_at=start + timedelta(minutes=minutes),
        consultant_id=consultant or ws.ctx.actor_id, location=location,
        recurrence=recurrence or Recurrence(),
        course_id=course))


def stored(ws, first: date, days: int = 7, **filters) -> list[tuple[str, datetime, datetime]]:
    """What the database holds in those days: (title, start, end)."""
    return [(o.title, o.starts_at, o.ends_at) for o in calendar.occurrences_between(
        ws.ctx, at(first, 0), at(first + timedelta(days=days), 0), **filters)]


def open_area(qtbot, ws, preferences) -> CalendarArea:
    area = CalendarArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1300, 760)
    area.show()
    qtbot.waitExposed(area)
    return area


def shown(area: CalendarArea, ref) -> datetime | None:
    """The start of the occurrence the grid draws for `ref` (by its event), if it does."""
    return next((o.starts_at for o in area.grid._items if o.ref.event_id == ref.event_id), None)


def drawn_at(area: CalendarArea, ref, when: datetime, lane: uuid.UUID | None = None) -> bool:
    """Whether the grid draws the event `ref` over the slot starting at `when`."""
    point = area.grid.slot_point(when, lane)
    rect = area.grid.event_rect(ref)
    return rect is not None and rect.contains(point)


def test_it_opens_on_this_week_monday_to_friday_and_the_keys_move_it(qtbot, ws, preferences):
    preferences.working_hours = WorkingHours(QTime(9, 0), QTime(15, 30))
    area = open_area(qtbot, ws, preferences)
    monday = monday_of(TODAY)
    assert area.grid.days == [monday + timedelta(days=n) for n in range(5)]
    assert area.title.text() == week_title(monday, monday + timedelta(days=6))
    assert area.title.text().startswith(f"Uge {TODAY.isocalendar().week} · ")
    assert area.grid.work_hours == (time(9, 0), time(15, 30))  # scrolled to by the grid
    assert area.now_timer.isActive() and area.now_timer.interval() == 60_000  # the now line
    assert abs(area.grid.now - datetime.now()) < timedelta(minutes=2)
    preferences.working_hours = WorkingHours(QTime(7, 30), QTime(14, 0))
    area.refresh()  # Settings saved
    assert area.grid.work_hours == (time(7, 30), time(14, 0))

    qtbot.mouseClick(area.next_button, LEFT)
    assert area.grid.days[0] == monday + timedelta(days=7)
    activate(qtbot, area)
    area.grid.setFocus()
    qtbot.keyClick(area.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert area.grid.days[0] == monday + timedelta(days=14)
    qtbot.keyClick(area.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(area.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(area.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert area.grid.days[0] == monday - timedelta(days=7)
    qtbot.keyClick(area.grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert area.grid.days[0] == monday

    area.view_choice.setFocus()
    qtbot.keyClick(area.view_choice, Qt.Key.Key_Up)  # the day
    assert area.view is View.DAY and area.grid.days == [TODAY]
    assert area.title.text() == day_title(TODAY)
    qtbot.mouseClick(area.previous_button, LEFT)
    assert area.grid.days == [TODAY - timedelta(days=1)]
    qtbot.keyClick(area.view_choice, Qt.Key.Key_Down)
    qtbot.keyClick(area.view_choice, Qt.Key.Key_Down)  # the full week, Monday to Sunday
    assert area.view is View.FULL_WEEK
    assert area.grid.days == [monday_of(TODAY - timedelta(days=1)) + timedelta(days=n)
                              for n in range(7)]

    view, index = day_cell(area.picker, area.picker.selectedDate().toPython().replace(day=9))
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    ninth = area.picker.selectedDate().toPython()
    assert ninth.day == 9 and area.grid.days[0] == monday_of(ninth)


def test_week_52_names_its_holidays_in_the_language_chosen(qtbot, ws, preferences):
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": date(2026, 12, 23)})
    assert area.title.text() == "Uge 52 · 21.–27. december 2026"
    assert area.grid.holidays == {date(2026, 12, 25): "Juledag"}  # the work week
    assert "Juledag" in [text for text, _ in painted_texts(area.grid)]  # named in the header
    area.view_choice.setCurrentIndex(View.FULL_WEEK)
    assert area.grid.holidays == {date(2026, 12, 25): "Juledag",
                                  date(2026, 12, 26): "Anden juledag"}
    try:
        apply_language("nb")  # at run time: Norway's holidays, in Norwegian
        qtbot.waitUntil(lambda: area.title.text() == "Uke 52 · 21.–27. desember 2026")
        assert area.grid.holidays[date(2026, 12, 25)] == "Første juledag"
        assert "Andre juledag" in [text for text, _ in painted_texts(area.grid)]
        assert area.today_button.text() == "I dag"
        apply_language("en")
        qtbot.waitUntil(lambda: area.title.text() == "Week 52 · 21–27 December 2026")
        assert area.grid.holidays[date(2026, 12, 25)] == "Christmas Day"
        assert area.view_choice.currentText() == "Full week"
    finally:
        apply_language("da")
    qtbot.waitUntil(lambda: area.view_choice.currentText() == "Hele ugen")


def test_a_meeting_dragged_to_another_day_moves_and_ctrl_z_takes_it_back(qtbot, ws,
                                                                         preferences):
    """The issue's "Done when": one meeting moved by dragging, storage and grid checked."""
    tuesday, thursday = WEEK_49 + timedelta(days=1), WEEK_49 + timedelta(days=3)
    meeting = add_event(ws, EventKind.EMPLOYER_MEETING, at(tuesday, 10), title="Besøg hos Bageriet")
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": tuesday})
    assert drawn_at(area, meeting, at(tuesday, 10))

    drag(area.grid, area.grid.slot_point(at(tuesday, 10)),
         area.grid.slot_point(at(thursday, 13, 30)))
    assert stored(ws, WEEK_49) == [
        ("Besøg hos Bageriet", at(thursday, 13, 30), at(thursday, 14, 30))]
    assert shown(area, meeting) == at(thursday, 13, 30)
    assert drawn_at(area, meeting, at(thursday, 13, 30))
    assert not drawn_at(area, meeting, at(tuesday, 10))
    assert area.message.isVisible()
    assert area.message.text.text() == "“Besøg hos Bageriet” er flyttet til torsdag 3.12. 13:30."
    assert area.message.action.isVisible() and area.message.action.text() == "&Fortryd"

    activate(qtbot, area)
    area.grid.setFocus()
    qtbot.keyClick(area.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws, WEEK_49) == [("Besøg hos Bageriet", at(tuesday, 10), at(tuesday, 11))]
    assert drawn_at(area, meeting, at(tuesday, 10))
    assert area.message.text.text() == "Flytningen er fortrudt."
    assert not area.message.action.isVisible()
    qtbot.keyClick(area.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert stored(ws, WEEK_49) == [("Besøg hos Bageriet", at(tuesday, 10), at(tuesday, 11))]

    # Moved again, then taken back by the message bar's button.
    drag(area.grid, area.grid.slot_point(at(tuesday, 10)), area.grid.slot_point(at(tuesday, 14)))
    assert stored(ws, WEEK_49)[0][1] == at(tuesday, 14)
    qtbot.mouseClick(area.message.action, LEFT)
    assert stored(ws, WEEK_49)[0][1] == at(tuesday, 10)
    assert drawn_at(area, meeting, at(tuesday, 10))


def test_one_presence_day_of_a_series_moves_alone_and_back(qtbot, ws, preferences):
    wednesday = WEEK_49 + timedelta(days=2)
    series = add_event(ws, EventKind.PRESENCE_DAY, at(wednesday - timedelta(days=7), 12, 30),
                       title="Psykiatrien Køge", location="Psykiatrien Køge",
                       recurrence=Recurrence(Repeat.WEEKLY))
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": wednesday})
    [presence] = area.occurrences
    drag(area.grid, area.grid.slot_point(at(wednesday, 12, 30)),
         area.grid.slot_point(at(wednesday, 9)))
    assert [s[1] for s in stored(ws, WEEK_49 - timedelta(days=7), 21)] == [
        at(wednesday - timedelta(days=7), 12, 30), at(wednesday, 9),
        at(wednesday + timedelta(days=7), 12, 30)]  # only this one moved
    [moved] = area.occurrences
    assert moved.series_id == series.event_id and moved.starts_at == at(wednesday, 9)
    assert drawn_at(area, moved.ref, at(wednesday, 9))
    activate(qtbot, area)
    area.grid.setFocus()
    qtbot.keyClick(area.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s[1] for s in stored(ws, WEEK_49, 7)] == [at(wednesday, 12, 30)]
    assert [o.starts_at for o in area.occurrences] == [presence.starts_at]


@pytest.fixture
def team(tmp_path):
    """A team lead's laptop: the lead and two consultants, AB with a meeting besides."""
    opened, _ = workspace.set_up(tmp_path / "lead", PASSWORD)
    lead = consultants.create_consultant(opened.ctx, ConsultantInput(
        "Lene Leder", "LL", "Køge", 1.0, Role.TEAM_LEAD))
    workspace.set_owner(opened, lead.id)
    ab = consultants.create_consultant(opened.ctx, ConsultantInput("Anna Berg", "AB", "Køge"))
    bc = consultants.create_consultant(opened.ctx, ConsultantInput("Bo Carlsen", "BC", "Solrød"))
    yield opened, lead.id, ab.id, bc.id
    opened.close()


def test_a_team_lead_sees_everyones_presence_days_side_by_side(qtbot, team, preferences):
    ws, lead, ab, bc = team
    wednesday, thursday = WEEK_49 + timedelta(days=2), WEEK_49 + timedelta(days=3)
    weekly = Recurrence(Repeat.WEEKLY)
    add_event(ws, EventKind.PRESENCE_DAY, at(wednesday, 12, 30), title="Køge", consultant=ab,
              recurrence=weekly)
    add_event(ws, EventKind.PRESENCE_DAY, at(thursday, 9), title="Solrød", consultant=bc,
              recurrence=weekly)
    add_event(ws, EventKind.EMPLOYER_MEETING, at(wednesday, 9), title="Besøg", consultant=ab)
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": wednesday})
    assert area.consultant.isVisible()
    assert [area.consultant.itemText(i) for i in range(area.consultant.count())] == [
        "Min kalender", "AB – Anna Berg", "BC – Bo Carlsen", "Alles mødedage side om side"]
    assert area.occurrences == []  # my own calendar: the lead has nothing this week

    area.consultant.setFocus()
    qtbot.keyClick(area.consultant, Qt.Key.Key_End)
    assert area.consultant.currentData() == LANES
    assert [(lane.key, lane.title) for lane in area.grid.lanes] == [
        (ab, "AB"), (bc, "BC"), (lead, "LL")]  # by name, as the team list is
    assert {(o.title, o.consultant_id) for o in area.occurrences} == {("Køge", ab),
                                                                      ("Solrød", bc)}
    [koege] = [o for o in area.occurrences if o.consultant_id == ab]
    [solroed] = [o for o in area.occurrences if o.consultant_id == bc]
    assert drawn_at(area, koege.ref, at(wednesday, 12, 30), ab)
    assert not drawn_at(area, koege.ref, at(wednesday, 12, 30), bc)
    assert drawn_at(area, solroed.ref, at(thursday, 9), bc)
    # Side by side is presence days only, and the box says so.
    assert area.only_presence.isChecked() and not area.only_presence.isEnabled()
    # The coverage beside it: the month shown for each of them; the lead has none.
    assert area.coverage.missing() == [lead]
    rows = {row.text(): row for row in area.coverage.rows if row.isVisible()}
    # Week 49 is December's (its Thursday's): five Wednesdays and five Thursdays from the 2nd.
    assert set(rows) == {"AB: 5 mødedage", "BC: 5 mødedage", "LL: ingen mødedag"}
    assert area.coverage.title.text() == "Mødedage i psykiatrien, december 2026"

    qtbot.mouseClick(next(r for t, r in rows.items() if t.startswith("AB")), LEFT)
    assert area.consultant.currentData() == ab  # AB's own calendar, meeting and all
    assert area.grid.lanes[0].key is None
    assert sorted(o.title for o in area.occurrences) == ["Besøg", "Køge"]
    assert area.only_presence.isEnabled() and not area.only_presence.isChecked()
    area.only_presence.click()
    assert [o.title for o in area.occurrences] == ["Køge"]


def test_a_consultant_chooses_no_one_else(qtbot, ws, preferences):
    area = open_area(qtbot, ws, preferences)
    assert not area.consultant.isVisible()
    assert area.consultant.currentData() == ws.ctx.actor_id


def test_months_without_a_presence_day_are_marked(qtbot, ws, preferences):
    """Wednesdays in September and October 2026, none in November and December, again from
    January: seen from December, the two months without are marked in words and colour."""
    add_event(ws, EventKind.PRESENCE_DAY, at(date(2026, 9, 2), 12, 30), title="Køge",
              recurrence=Recurrence(Repeat.WEEKLY, until=date(2026, 10, 31)))
    add_event(ws, EventKind.PRESENCE_DAY, at(date(2027, 1, 6), 12, 30), title="Køge",
              recurrence=Recurrence(Repeat.WEEKLY))
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": date(2026, 12, 9)})
    assert area.coverage.missing() == [(2026, 11), (2026, 12)]
    rows = [row for row in area.coverage.rows if row.isVisible()]
    assert [row.text() for row in rows] == [
        "September 2026: 5 mødedage", "Oktober 2026: 4 mødedage",
        "November 2026: ingen mødedag", "December 2026: ingen mødedag",
        "Januar 2027: 4 mødedage", "Februar 2027: 4 mødedage", "Marts 2027: 5 mødedage"]
    assert [row.property("missing") for row in rows] == [False, False, True, True, False,
                                                         False, False]
    assert MISSING_STYLE in rows[2].styleSheet() and MISSING_STYLE not in rows[0].styleSheet()
    qtbot.mouseClick(rows[4], LEFT)  # January: its first week (the one with 1 January)
    assert area.grid.days[0] == date(2026, 12, 28)
    assert area.coverage.missing() == [(2026, 11), (2026, 12)]  # now around December again


def test_the_link_from_a_participant_shows_the_week_of_the_next_meeting(qtbot, ws,
                                                                        preferences):
    course = enrol(ws)
    later = monday_of(TODAY) + timedelta(days=22)
    add_event(ws, EventKind.PARTICIPANT_MEETING, at(later, 10), title="Møde", course=course)
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"course": course})
    assert area.grid.days[0] == monday_of(later)
    assert [o.title for o in area.occurrences] == ["Møde"]
    area.show_filtered({"course": enrol(ws, "Ida Nielsen")})  # nothing booked with her
    assert area.grid.days[0] == monday_of(TODAY)
    assert area.message.text.text() == "Der er ikke booket noget møde med deltageren."


def printed(ws) -> list[dict]:
    from sqlalchemy import select

    from ips_desktop.services.context import unit_of_work
    from ips_desktop.storage.models import AuditEvent

    with unit_of_work(ws.ctx) as session:
        return list(session.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "print", AuditEvent.entity == "calendar")))


def test_in_the_window_it_reads_when_shown_and_ctrl_p_previews_the_week(qtbot, ws,
                                                                        preferences):
    from ips_desktop.ui.shell.main_window import MainWindow
    from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
    from tests.ui.window_support import press, visible_of

    monday = monday_of(TODAY)
    add_event(ws, EventKind.OTHER, at(monday, 9), title="Teammøde")
    add_event(ws, EventKind.OTHER, at(monday + timedelta(days=5), 9), title="Lørdag")
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    keys = [area.key for area in window.areas]
    area = window.area_widgets[keys.index("calendar")]
    assert isinstance(area, CalendarArea) and area.occurrences == []  # nothing read yet
    assert window.show_area(keys.index("calendar"))
    assert window.windowTitle().startswith("Kalender — ")
    assert [o.title for o in area.occurrences] == ["Teammøde"]  # Monday to Friday
    assert window.print_action.isEnabled()
    area.grid.setFocus()
    press(qtbot, window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(visible_of(PrintPreviewDialog)) == 1, timeout=20_000)
    [preview] = visible_of(PrintPreviewDialog)
    week = TODAY.isocalendar()
    assert preview.windowTitle().startswith(f"Kalender – uge {week.week}, {week.year}")
    assert printed(ws) == [{"format": "pdf", "week": f"{week.year}-W{week.week:02d}",
                            "events": 1, "consultant": str(ws.ctx.actor_id)}]
    preview.reject()


def answer_when_shown(kind: type, answer) -> list:
    """Wait (on the event loop) for a visible `kind` of dialog, then `answer` it; the area
    waits for its dialogs to end, so the answer must come from inside that wait."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    results: list = []

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(30, look)
            return
        results.append(answer(shown[0]))

    QTimer.singleShot(0, look)
    return results


UNIT = "Psykiatrisk ambulatorium Køge"


def test_a_drag_over_empty_time_makes_a_weekly_presence_day(qtbot, ws, preferences):
    """The issue's "Done when": a weekly presence day made by dragging over the real grid,
    the dialog filled from the keyboard (weekly chosen), storage and the grid checked."""
    from ips_desktop.ui.dialogs.event_dialog import EventDialog

    wednesday = WEEK_49 + timedelta(days=2)
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": wednesday})
    assert area.occurrences == []

    def fill(dialog: EventDialog):
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        seen = (dialog.day.edit.text(), dialog.start.time().toString("HH:mm"),
                dialog.end.time().toString("HH:mm"), dialog.kind.currentData())
        dialog.location.setFocus()
        qtbot.keyClicks(dialog.location, UNIT)
        dialog.recurrence.repeat.setFocus()
        qtbot.keyClick(dialog.recurrence.repeat, Qt.Key.Key_Down)  # every week
        seen += (dialog.recurrence.words.text(),)
        qtbot.keyClick(dialog.recurrence.repeat, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)  # saves
        return seen

    filled = answer_when_shown(EventDialog, fill)
    drag(area.grid, area.grid.slot_point(at(wednesday, 12, 30)),
         area.grid.slot_point(at(wednesday, 13, 15)))  # to the end of the 13:15 slot
    assert filled == [("02.12.2026", "12:30", "13:30", EventKind.PRESENCE_DAY,
                       "Hver onsdag fra 2.12.2026, uden slutdato")]
    # Stored: a weekly series from that Wednesday, in this week and the next ones.
    assert stored(ws, WEEK_49, 21) == [
        ("Mødedag i psykiatrien", at(wednesday + timedelta(days=7 * n), 12, 30),
         at(wednesday + timedelta(days=7 * n), 13, 30)) for n in range(3)]
    [made] = area.occurrences
    assert calendar.event_input(ws.ctx, made.ref).recurrence == Recurrence(Repeat.WEEKLY)
    assert (made.kind, made.location) == (EventKind.PRESENCE_DAY, UNIT)
    assert drawn_at(area, made.ref, at(wednesday, 12, 30))  # the grid shows it where dragged
    assert drawn_at(area, made.ref, at(wednesday, 13, 15))
    qtbot.mouseClick(area.next_button, LEFT)
    assert [o.starts_at for o in area.occurrences] == [at(wednesday + timedelta(days=7), 12, 30)]
    assert (2026, 12) not in area.coverage.missing()  # December has its presence days now
    assert (2026, 11) in area.coverage.missing()


def test_ctrl_n_opens_a_new_event_at_the_next_free_half_hour(qtbot, ws, preferences):
    from ips_desktop.ui.dialogs.event_dialog import EventDialog

    monday = date(2026, 11, 16)  # a week gone by: its Monday's first free half hour
    add_event(ws, EventKind.OTHER, at(monday, 8), title="Teammøde")
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": monday})

    def look(dialog: EventDialog):
        seen = (dialog.day.edit.text(), dialog.start.time().toString("HH:mm"),
                dialog.end.time().toString("HH:mm"))
        dialog.reject()  # nothing typed: it closes without asking
        return seen

    seen = answer_when_shown(EventDialog, look)
    area.new_item()
    assert seen == [("16.11.2026", "09:00", "09:30")]
    assert [o.title for o in area.occurrences] == ["Teammøde"]  # nothing made


def test_a_double_click_opens_an_event_and_delete_asks_before_it_goes(qtbot, ws, preferences):
    from PySide6.QtWidgets import QMessageBox

    from ips_desktop.ui.dialogs.event_dialog import EventDialog

    tuesday = WEEK_49 + timedelta(days=1)
    meeting = add_event(ws, EventKind.OTHER, at(tuesday, 10), title="Teammøde")
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": tuesday})

    def look(dialog: EventDialog):
        title = dialog.title_edit.text()
        dialog.title_edit.setText("Teammøde i Køge")
        dialog.save()
        return title

    drag(area.grid, area.grid.slot_point(at(tuesday, 10)), area.grid.slot_point(at(tuesday, 11)))
    assert area.message.action.isVisible()  # the move could be undone
    seen = answer_when_shown(EventDialog, look)
    qtbot.mouseDClick(area.grid, LEFT, pos=area.grid.event_rect(meeting).center())
    assert seen == ["Teammøde"]
    assert [o.title for o in area.occurrences] == ["Teammøde i Køge"]  # read again
    # Changed in the dialog since: Ctrl+Z no longer takes the drag back (nor the change).
    assert not area.message.isVisible()
    activate(qtbot, area)
    area.grid.setFocus()
    qtbot.keyClick(area.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws, WEEK_49) == [("Teammøde i Køge", at(tuesday, 11), at(tuesday, 12))]

    def delete(box: QMessageBox):
        text = box.text()
        [button] = [b for b in box.buttons()
                    if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
        button.click()
        return text

    asked = answer_when_shown(QMessageBox, delete)
    qtbot.mouseClick(area.grid, LEFT, pos=area.grid.event_rect(meeting).center())
    assert area.grid.selected().ref == meeting
    qtbot.keyClick(area.grid, Qt.Key.Key_Delete)
    assert asked == ["Slet »Teammøde i Køge« den 1.12.2026 11:00?"]
    assert stored(ws, WEEK_49) == [] and area.occurrences == []
    assert area.grid.event_rect(meeting) is None


def test_export_opens_the_dialog_over_the_week_shown(qtbot, ws, preferences):
    from ips_desktop.ui.calendar.export_dialog import IcsExportDialog

    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": WEEK_49 + timedelta(days=2)})

    def cancel(dialog):
        seen = (dialog.first.value(), dialog.last.value())
        dialog.reject()
        return seen

    seen = answer_when_shown(IcsExportDialog, cancel)
    qtbot.mouseClick(area.toolbar.export_button, LEFT)
    assert seen == [("2026-11-30", "2026-12-06")]
    assert not area.message.isVisible()  # nothing was exported, nothing said


def test_help_lists_the_calendars_keys(qtbot):
    from PySide6.QtGui import QKeySequence

    from ips_desktop.ui.shell.help import CALENDAR_KEYS, HelpDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "I kalenderen" in text
    for keys, words in CALENDAR_KEYS:
        assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in text
        assert words() in text
    assert "Ugen (eller dagen) før" in text and "Fortryd den sidste flytning" in text
    assert "I “Kalender”: en ny aftale i næste ledige halve time" in text
    assert "I “Kalender”: udskriv den viste uge" in text


MARKUP = "<b>Møde</b> med <i>Ole</i>"


def test_a_title_with_markup_is_shown_as_typed_in_the_message_and_the_questions(
        qtbot, ws, preferences):
    """A title (or a participant's name) is text, never HTML: Qt's labels and message boxes
    guess "rich text" from a leading tag and would show it bold, or load an <img>."""
    from PySide6.QtWidgets import QMessageBox

    tuesday = WEEK_49 + timedelta(days=1)
    meeting = add_event(ws, EventKind.OTHER, at(tuesday, 10), title=MARKUP)
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": tuesday})
    drag(area.grid, area.grid.slot_point(at(tuesday, 10)), area.grid.slot_point(at(tuesday, 11)))
    assert MARKUP in area.message.text.text()
    assert area.message.text.textFormat() == Qt.TextFormat.PlainText

    def delete(box: QMessageBox):
        [button] = [b for b in box.buttons()
                    if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
        fmt = box.textFormat()
        button.click()
        return fmt

    asked = answer_when_shown(QMessageBox, delete)
    qtbot.mouseClick(area.grid, LEFT, pos=area.grid.event_rect(meeting).center())
    activate(qtbot, area)
    area.grid.setFocus()
    qtbot.keyClick(area.grid, Qt.Key.Key_Delete)
    assert asked == [Qt.TextFormat.PlainText]
    assert stored(ws, WEEK_49) == []


def test_a_lock_while_the_delete_question_is_up_deletes_nothing_and_unlocks(
        qtbot, ws, preferences):
    """Ctrl+L (or the auto-lock) hides the calendar's Delete question, which ends it as
    "keep it"; unlocking must not trip over the question that is gone: the menus come
    back and the auto-lock runs again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ips_desktop.ui.shell.main_window import MainWindow
    from tests.ui.test_lock import unlock_from_lock_screen

    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    keys = [a.key for a in window.areas]
    area = window.area_widgets[keys.index("calendar")]
    assert window.show_area(keys.index("calendar"))
    meeting = add_event(ws, EventKind.OTHER, at(TODAY, 10), title="Teammøde")
    area.show_filtered({"date": TODAY})

    def lock_when_asked() -> None:
        if not isinstance(QApplication.activeModalWidget(), QMessageBox):
            QTimer.singleShot(20, lock_when_asked)
            return
        window.lock()

    QTimer.singleShot(0, lock_when_asked)
    qtbot.mouseClick(area.grid, LEFT, pos=area.grid.event_rect(meeting).center())
    area.grid.setFocus()
    qtbot.keyClick(area.grid, Qt.Key.Key_Delete)
    assert window.locked
    qtbot.wait(20)  # the question ended by the lock is deleted meanwhile
    unlock_from_lock_screen(qtbot, window)
    assert not window.locked
    assert window.lock_action.isEnabled() and window.idle._timer.isActive()
    assert stored(ws, monday_of(TODAY)) == [("Teammøde", at(TODAY, 10), at(TODAY, 11))]


def test_the_move_message_follows_a_change_of_language(qtbot, ws, preferences):
    tuesday = WEEK_49 + timedelta(days=1)
    add_event(ws, EventKind.EMPLOYER_MEETING, at(tuesday, 10), title="Besøg")
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"date": tuesday})
    drag(area.grid, area.grid.slot_point(at(tuesday, 10)), area.grid.slot_point(at(tuesday, 14)))
    assert area.message.text.text() == "“Besøg” er flyttet til tirsdag 1.12. 14:00."
    try:
        apply_language("en")
        qtbot.waitUntil(lambda: area.message.text.text() == "Moved “Besøg” to Tuesday 1.12. 14:00.")
        assert area.message.action.text() == "&Undo" and area.message.action.isVisible()
        qtbot.mouseClick(area.message.action, LEFT)
        assert area.message.text.text() == "The move is undone."
        assert not area.message.action.isVisible()
    finally:
        apply_language("da")
    qtbot.waitUntil(lambda: area.message.text.text() == "Flytningen er fortrudt.")
    assert not area.message.action.isVisible()


def test_help_lists_the_supervision_keys(qtbot):
    from PySide6.QtGui import QKeySequence

    from ips_desktop.ui.shell.help import SUPERVISION_KEYS, HelpDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "I supervision" in text
    for keys, words in SUPERVISION_KEYS:
        assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in text
        assert words() in text
    assert "Markér den valgte deltager som drøftet" in text and "Gem noten" in text
    assert "F2" in text and "Ctrl+S" in text
    assert "I “Supervision”: udskriv ugens supervisionsliste" in text
