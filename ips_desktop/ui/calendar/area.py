"""The calendar area (*Kalender*): the week's presence days in psychiatry and meetings.

It opens on this ISO week, Monday to Friday, scrolled to the working hours
(Settings); the toolbar goes to the week (or day) before and after and back to
today, switches between a day, the work week and the full week, and for a
team lead chooses whose calendar to show: the lead's own, a colleague's, or
every consultant's presence days side by side (one lane each). Beside the grid:
a month calendar with ISO week numbers to jump to any day, the presence
coverage of the months around (a month without a presence day is marked), and
the legend of the kinds' colours.

The grid (week_grid) only shows and reports what the user does; the area asks
the services and the dialogs: a drag over empty time opens the event dialog
prefilled, a drag of an event moves it (`calendar.move_occurrence`) with a
message bar to undo it (Undo, or Ctrl+Z), a double-click edits, Delete
deletes. What the window reaches (shell/areas.py): Ctrl+N a new event at the
next free half hour, Ctrl+P the week as PDF, `show_filtered` with `{"date":
date}` or `{"course": uuid}` (the week of the next meeting booked with them).
The occurrences are read each time the area is shown and after every change
(a meeting booked on a participant's page shows when the user comes back); the
events are changed in dialogs that save on their own, so the area has no unsaved
input to ask about.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ips_desktop.domain import messages
from ips_desktop.domain.enums import EventKind, Role
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.public_holidays import public_holidays
from ips_desktop.domain.rules import iso_week
from ips_desktop.services import calendar, consultants
from ips_desktop.services.calendar import MoveDone, Occurrence
from ips_desktop.services.consultants import ConsultantView
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.calendar.coverage import CoverageStrip, month_range
from ips_desktop.ui.calendar.free_slot import next_free_slot
from ips_desktop.ui.calendar.header import day_title, fill, week_title
from ips_desktop.ui.calendar.kinds import KindLegend
from ips_desktop.ui.calendar.output import CalendarOutput
from ips_desktop.ui.calendar.toolbar import CalendarToolbar, View
from ips_desktop.ui.calendar.week_grid import Lane, WeekGrid
from ips_desktop.ui.dialogs.event_dialog import (
    EventPreset,
    create_event_interactively,
    delete_event_interactively,
    edit_event_interactively,
)
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.message_bar import MessageBar
from ips_desktop.ui.widgets.month_picker import MonthPicker
from ips_desktop.ui.widgets.period_keys import NEXT_KEYS, PREVIOUS_KEYS, TODAY_KEYS, UNDO_KEYS

MINUTE_MS = 60_000
HOLIDAY_MARGIN = timedelta(days=62)
SIDE_PANEL_FROM = 880  # the area's width (pixels) from which the side panel is shown


class CalendarArea(QWidget):
    open_area = Signal(str, object)  # an area's key and its filters (shell/areas.py)

    def __init__(self, ws: Workspace, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.day = date.today()  # a day of the period shown (the day itself in the day view)
        self.view = View.WORK_WEEK
        self.last_move: MoveDone | None = None
        self._say_again: Callable[[], None] | None = None  # the move's message, re-worded
        self._said = ""  # what it said: another message since is not replaced by it
        self.occurrences: list[Occurrence] = []
        self.holidays: dict[date, str] = {}
        self.output = CalendarOutput(self)
        self._loaded = False  # read when first shown
        self._read_key: tuple[object, ...] | None = None  # what self.occurrences were read for
        # -- the toolbar (toolbar.py holds and words its controls) ------------------------
        self.toolbar = CalendarToolbar()
        bar = self.toolbar
        self.previous_button, self.next_button = bar.previous_button, bar.next_button
        self.today_button, self.title, self.view_choice = bar.today_button, bar.title, \
            bar.view_choice
        self.consultant, self.only_presence = bar.consultant, bar.only_presence
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.view_choice.currentIndexChanged.connect(self._view_chosen)
        self.consultant.currentIndexChanged.connect(lambda _: self._filters_changed())
        self.only_presence.toggled.connect(lambda _: self._filters_changed())
        bar.new_button.clicked.connect(self.new_item)
        bar.print_button.clicked.connect(self.print_current)
        bar.export_button.clicked.connect(self.export_ics)
        self.team: list[ConsultantView] = []  # read when shown, again on refresh()
        self._own_presence_choice = False  # "only presence days" before side by side
        self._coverage_key: tuple[object, ...] | None = None  # what the coverage shows
        # -- the week and what is beside it ---------------------------------------------
        self.message = MessageBar()
        self.grid = WeekGrid()
        self.grid.create_requested.connect(self._create_requested)
        self.grid.open_requested.connect(self._open_requested)
        self.grid.move_requested.connect(self._move_requested)
        self.grid.delete_requested.connect(self._delete_requested)
        self.picker = MonthPicker()
        self.picker.day_chosen.connect(self.go_to)
        self.coverage = CoverageStrip()
        self.coverage.month_chosen.connect(lambda y, m: self.go_to(date(y, m, 1)))
        self.coverage.consultant_chosen.connect(self.show_consultant)
        self.legend = KindLegend(orientation=Qt.Orientation.Vertical)
        self._layout()
        for keys, slot in ((PREVIOUS_KEYS, lambda: self.step(-1)),
                           (NEXT_KEYS, lambda: self.step(1)),
                           (TODAY_KEYS, self.go_to_today), (UNDO_KEYS, self.undo_last_move)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.now_timer = QTimer(self)
        self.now_timer.setInterval(MINUTE_MS)
        self.now_timer.timeout.connect(self._tick)
        self.retranslate()

    def _layout(self) -> None:
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.picker)
        side.addWidget(self.coverage)
        side.addWidget(self.legend)
        side.addStretch(1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(max(250, self.picker.sizeHint().width()))
        self.side_panel = side_panel
        side_panel.hide()  # until the area is wide enough (resizeEvent)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addWidget(side_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow window keeps the grid and drops the panel beside it (the month
        calendar, the coverage, the legend): the toolbar still reaches every week."""
        super().resizeEvent(event)
        self.side_panel.setVisible(event.size().width() >= SIDE_PANEL_FROM)

    # -- the period shown -----------------------------------------------------------------

    def shown_days(self) -> list[date]:
        """The days in the grid: the day, Monday–Friday, or Monday–Sunday of its ISO week."""
        if self.view is View.DAY:
            return [self.day]
        monday = self.day - timedelta(days=self.day.weekday())
        return [monday + timedelta(days=n) for n in range(5 if self.view is View.WORK_WEEK else 7)]

    def title_text(self) -> str:
        """The header: the ISO week and its dates (Monday–Sunday), or the day."""
        if self.view is View.DAY:
            return day_title(self.day)
        monday = self.day - timedelta(days=self.day.weekday())
        return week_title(monday, monday + timedelta(days=6))

    def working_hours(self) -> tuple[time, time]:
        """The working hours from Settings, as the grid and the free-slot rule take them."""
        hours = self.preferences.working_hours
        return (time(hours.start.hour(), hours.start.minute()),
                time(hours.end.hour(), hours.end.minute()))

    def step(self, by: int) -> None:
        """The day or week before (`by` -1) or after (+1)."""
        self.go_to(self.day + timedelta(days=by if self.view is View.DAY else 7 * by))

    def go_to_today(self) -> None:
        self.go_to(date.today())

    def go_to(self, day: date) -> None:
        self.day = day
        self.reload(data_changed=False)

    def _view_chosen(self, index: int) -> None:
        self.view = View(index)
        self.reload(data_changed=False)

    # -- whose calendar -------------------------------------------------------------------

    def _me(self) -> uuid.UUID | None:
        return self.ws.ctx.actor_id

    def _load_team(self) -> None:
        """A team lead chooses: my calendar, a colleague's, or everyone's presence days."""
        me = consultants.owner(self.ws.ctx)
        self.team = consultants.list_consultants(self.ws.ctx)
        self.toolbar.set_team(self._me(), me is not None and me.role is Role.TEAM_LEAD,
                              self.team)

    def show_consultant(self, consultant_id: uuid.UUID) -> None:
        """Show one consultant's calendar (the team lead's chooser, or a coverage row)."""
        index = self.toolbar.index_of(consultant_id)
        if index >= 0:
            self.consultant.setCurrentIndex(index)

    def side_by_side(self) -> bool:
        return self.toolbar.side_by_side()

    def shown_consultants(self) -> list[uuid.UUID]:
        """Whose events are read: the one chosen, or every consultant's (one lane each)."""
        if self.side_by_side():
            return [person.id for person in self.team]
        chosen = self.toolbar.chosen()
        return [chosen] if chosen is not None else []

    def _filters_changed(self) -> None:
        """Side by side shows presence days only: the box says so (ticked, greyed), and
        the user's own choice comes back with one consultant's calendar."""
        lanes = self.side_by_side()
        if lanes != (not self.only_presence.isEnabled()):
            self.only_presence.blockSignals(True)
            if lanes:
                self._own_presence_choice = self.only_presence.isChecked()
                self.only_presence.setChecked(True)
            else:
                self.only_presence.setChecked(self._own_presence_choice)
            self.only_presence.blockSignals(False)
            self.only_presence.setEnabled(not lanes)
        self.reload(data_changed=False)

    # -- reading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._first_load()
        else:  # read again: a meeting booked on a participant's page meanwhile shows
            self.reload()
        self.now_timer.start()

    def _first_load(self) -> None:
        self._load_team()
        self._loaded = True
        self.grid.set_hours(*self.working_hours())
        self.reload()

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().hideEvent(event)  # type: ignore[arg-type]
        self.now_timer.stop()

    def reload(self, *, data_changed: bool = True, reread: bool = True) -> None:
        """Read the period's occurrences and holidays and hand them to the grid. Moving
        between weeks (`data_changed` False) reads the months' coverage only when the
        month or the consultants shown change: it is the same for the weeks of a month.
        A new language (`reread` False) draws the same occurrences again: reading them,
        names and all, is an audited read, once per load and not per repaint."""
        if not self._loaded:
            return  # read when first shown
        days = self.shown_days()
        first, last = days[0], days[-1]
        self.title.setText(self.title_text())
        language = messages.current_language()
        around = public_holidays(first - HOLIDAY_MARGIN, last + HOLIDAY_MARGIN, language)
        self.holidays = {day: name for day, name in around.items() if first <= day <= last}
        people = self.shown_consultants()
        key = (first, last, tuple(people), self.side_by_side(), self.only_presence.isChecked())
        if reread or key != self._read_key:
            self.occurrences = self._read(first, last, people)
            self._read_key = key
        self.grid.set_days(days)
        self.grid.set_lanes(self._lanes(people))
        self.grid.set_holidays(self.holidays)
        self.grid.set_occurrences(self.occurrences)
        self.grid.set_now(datetime.now())
        self.picker.show_days(first, last, around, current=self.day)
        coverage_key = (self.side_by_side(), tuple(people), self.shown_month())
        if data_changed or coverage_key != self._coverage_key:
            self._coverage_key = coverage_key
            self._show_coverage(people, self.shown_month())

    def _read(self, first: date, last: date, people: list[uuid.UUID]) -> list[Occurrence]:
        """The occurrences of `people` from `first` to `last`, filtered as the toolbar says."""
        if not people:
            return []
        kinds = {EventKind.PRESENCE_DAY} if (
            self.side_by_side() or self.only_presence.isChecked()) else None
        return calendar.occurrences_between(
            self.ws.ctx, datetime.combine(first, time()),
            datetime.combine(last + timedelta(days=1), time()), consultant_ids=people,
            kinds=kinds)

    def _lanes(self, people: list[uuid.UUID]) -> list[Lane]:
        if not self.side_by_side():
            return []
        team = {p.id: p for p in self.team}
        return [Lane(person, team[person].initials, team[person].name) for person in people]

    def shown_month(self) -> tuple[int, int]:
        """The month a week belongs to: its Thursday's (as ISO 8601 gives a week its year)."""
        day = self.day if self.view is View.DAY else (
            self.day - timedelta(days=self.day.weekday()) + timedelta(days=3))
        return day.year, day.month

    def _show_coverage(self, people: list[uuid.UUID], shown: tuple[int, int]) -> None:
        """The months around the one shown for the consultant shown; side by side, the
        month shown for every consultant."""
        if self.side_by_side():
            counts = calendar.team_presence_coverage(self.ws.ctx, *shown)
            initials = {p.id: p.initials for p in self.team}
            self.coverage.set_team([(person, initials.get(person, "?"), counts.get(person, 0))
                                    for person in people], shown)
            return
        if not people:
            self.coverage.set_coverage([], shown)
            return
        self.coverage.set_coverage(calendar.presence_coverage(
            self.ws.ctx, people[0], *month_range(*shown)), shown)

    def _tick(self) -> None:
        self.grid.set_now(datetime.now())

    # -- what the grid asks for -------------------------------------------------------------

    def _consultant_for(self, lane_key: object) -> uuid.UUID | None:
        """Whose new event: the lane's consultant, else the one shown (side by side: me)."""
        if isinstance(lane_key, uuid.UUID):
            return lane_key
        return self.toolbar.chosen() or self._me()

    def _create_requested(self, start: datetime, end: datetime, lane_key: object) -> None:
        presence = self.side_by_side() or self.only_presence.isChecked()
        self._create(EventPreset(starts_at=start, ends_at=end,
                                 kind=EventKind.PRESENCE_DAY if presence else None,
                                 consultant_id=self._consultant_for(lane_key)))

    def _create(self, preset: EventPreset) -> None:
        if create_event_interactively(self.ws, self, preset) is not None:
            self._changed()

    def _open_requested(self, occurrence: Occurrence) -> None:
        if edit_event_interactively(self.ws, self, occurrence.ref):
            self._changed()

    def _delete_requested(self, occurrence: Occurrence) -> None:
        if delete_event_interactively(self.ws, self, occurrence.ref):
            self._changed()

    def _changed(self) -> None:
        """Saved in a dialog: the last move can no longer be undone by itself (Ctrl+Z
        would take back more than the drag), so its offer goes; the period is read again."""
        if self.last_move is not None:
            self.last_move = None
            self.message.hide()
        self.reload()

    def _move_requested(self, occurrence: Occurrence, start: datetime, end: datetime) -> None:
        """A drag: only this occurrence moves; the message bar offers to undo it."""
        try:
            done = calendar.move_occurrence(self.ws.ctx, occurrence.ref, start, end)
        except ValidationError as refused:
            self.message.say(messages.error_message(refused))
            self.reload()  # the grid shows the event where it still is
            return
        self.last_move = done
        self._say(lambda: self.message.say(
            fill(self.tr("Moved “%1” to %2."), occurrence.title, self._when(start)),
            self.tr("&Undo") if self.last_move is done else "", self.undo_last_move))
        self.reload()

    def _say(self, say: Callable[[], None]) -> None:
        """Show a message that a change of language words again while it is up."""
        self._say_again = say
        say()
        self._said = self.message.text.text()

    @staticmethod
    def _when(moment: datetime) -> str:
        locale = QLocale()
        weekday = locale.dayName(moment.isoweekday(), QLocale.FormatType.LongFormat)
        return f"{weekday} {moment.day}.{moment.month}. {moment:%H:%M}"

    def undo_last_move(self) -> None:
        """Ctrl+Z or the message bar's Undo: the last drag is taken back (once)."""
        done, self.last_move = self.last_move, None
        if done is None:
            return
        try:
            calendar.undo_move(self.ws.ctx, done)
        except ValidationError as refused:
            self.message.say(messages.error_message(refused))
        else:
            self._say(lambda: self.message.say(self.tr("The move is undone.")))
        self.reload()

    # -- what the window reaches ------------------------------------------------------------

    def new_item(self) -> None:
        """Ctrl+N: a new event at the next free half hour (today, or the first day shown)."""
        if not self._loaded:
            self._first_load()
        days = self.shown_days()
        work_start, work_end = self.working_hours()
        mine = self._consultant_for(None)
        busy = [(o.starts_at, o.ends_at) for o in self.occurrences if o.consultant_id == mine]
        start = next_free_slot(busy, now=datetime.now(), first_day=days[0], last_day=days[-1],
                               work_start=work_start, work_end=work_end)
        self._create(EventPreset(starts_at=start, ends_at=start + timedelta(minutes=30),
                                 consultant_id=mine))

    def print_current(self) -> None:
        """Ctrl+P: the week shown as an A4 landscape PDF in the preview (the day view
        prints its work week); the hours printed take in the working hours."""
        if not self._loaded:
            self._first_load()
        start, end = self.working_hours()
        self.output.print_week(iso_week(self.day), full_week=self.view is View.FULL_WEEK,
                               hours=(start.hour, end.hour + (1 if end.minute else 0)))

    def week_occurrences(self) -> list[Occurrence]:
        """The occurrences of the ISO week shown, as the area reads them (for the print)."""
        if self.view is not View.DAY:
            return list(self.occurrences)
        monday = self.day - timedelta(days=self.day.weekday())
        return self._read(monday, monday + timedelta(days=6), self.shown_consultants())

    def export_ics(self) -> None:
        """"Export .ics…": the export dialog over the ISO week shown (a series in it goes
        with its whole rule) for the consultant shown, everyone side by side."""
        monday = self.day - timedelta(days=self.day.weekday())
        self.output.export_ics(monday, monday + timedelta(days=6), self.toolbar.chosen())

    def show_filtered(self, filters: dict[str, object]) -> None:
        """`{"date": date}` shows its week; `{"course": uuid}` the week of the next meeting
        booked with the participant (this week, with a note, when none is)."""
        day = filters.get("date")
        if isinstance(day, datetime):
            day = day.date()
        if isinstance(day, date):
            self.go_to(day)
            return
        course = filters.get("course")
        if isinstance(course, uuid.UUID):
            upcoming = calendar.next_meetings(self.ws.ctx, course, now=datetime.now(), limit=1)
            if upcoming:
                self.go_to(upcoming[0].starts_at.date())
            else:
                self.message.say(self.tr("No meeting is booked with the participant."))
                self.go_to_today()

    def refresh(self) -> None:
        """Shared data changed (a profile, the working hours in Settings, a meeting booked
        from a participant's page): the team, the hours and the period are read again."""
        if self._loaded:
            self._load_team()
            self.grid.set_hours(*self.working_hours())
            self.reload()

    # -- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The toolbar, the legend and the coverage word themselves; what is shown is read
        again: the header, the holidays' names (nb: Norway's), the months."""
        self.message.retranslate()
        if self._say_again is not None and self.message.isVisible() \
                and self.message.text.text() == self._said:
            self._say(self._say_again)
        if self._loaded:
            self.reload(reread=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

