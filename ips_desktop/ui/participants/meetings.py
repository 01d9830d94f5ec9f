"""A participant's meetings on their page: the next ones booked, the joint start-up, "Book meeting".

The page says whether the joint start-up meeting (participant, consultant and
clinician; recommended for every new participant) was held, lists the next
meetings booked in the calendar (each opens in the event dialog, where a meeting
that took place is marked held and becomes a contact), and books the next one
straight into the calendar: a meeting with the participant on the next working
day at 10:00, which the dialog lets the consultant move before it is saved.
"""

from __future__ import annotations

import html
import uuid
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ips_desktop.domain.enums import EventKind
from ips_desktop.domain.messages import current_language
from ips_desktop.domain.public_holidays import public_holidays
from ips_desktop.services import calendar
from ips_desktop.services.calendar import Occurrence, OccurrenceRef
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.event_dialog import (
    DEFAULT_LENGTH,
    EventPreset,
    create_event_interactively,
    edit_event_interactively,
)
from ips_desktop.ui.texts import event_kind_text

MEETINGS_SHOWN = 3
BOOKED_AT = time(10, 0)
NOT_HELD_STYLE = "color: #8a5a00;"  # a recommendation, not a rule broken: amber, not red


def next_working_day(today: date, language: str = "da") -> date:
    """The first weekday after today that is no public holiday (Christmas, Easter)."""
    holidays = public_holidays(today, today + timedelta(days=14), language)
    day = today + timedelta(days=1)
    while day.weekday() >= 5 or day in holidays:
        day += timedelta(days=1)
    return day


def meeting_text(occurrence: Occurrence) -> str:
    """"ons. 2.12.2026 10:00 Møde med deltager · Køge": when, what, where."""
    start = occurrence.starts_at
    weekday = QLocale().dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
    parts = [f"{weekday} {start.day}.{start.month}.{start.year} {start:%H:%M}",
             event_kind_text(occurrence.kind)]
    if occurrence.location:
        parts.append(occurrence.location)
    return " ".join(parts[:2]) + "".join(f" · {p}" for p in parts[2:])


class MeetingsPanel(QWidget):
    """The start-up line, the next meetings (links) and the "Book meeting" button."""

    changed = Signal()  # a meeting was booked, changed or deleted here

    def __init__(self, ws: Workspace, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.course_id = course_id
        self.ended = False
        self.meetings: list[Occurrence] = []
        self.start_up_on: date | None = None
        self.start_up = QLabel()
        self.start_up.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.next_label.linkActivated.connect(self._open)
        self.book = QPushButton()
        self.book.clicked.connect(self.book_meeting)
        lines = QVBoxLayout()
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        lines.addWidget(self.start_up)
        lines.addWidget(self.next_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(lines, 1)
        layout.addWidget(self.book, 0, Qt.AlignmentFlag.AlignTop)

    def refresh(self, *, ended: bool = False) -> None:
        self.ended = ended
        ctx = self.ws.ctx
        self.start_up_on = calendar.start_up_held(ctx, self.course_id)
        self.meetings = [] if ended else calendar.next_meetings(
            ctx, self.course_id, now=datetime.now(), limit=MEETINGS_SHOWN,
            record_read=False)  # the page's read of the course covers its meetings
        self.book.setVisible(not ended)
        self._show()

    def _show(self) -> None:
        if self.start_up_on is not None:
            day = self.start_up_on
            self.start_up.setText(self.tr("Joint start-up meeting held %1").replace(
                "%1", f"{day.day}.{day.month}.{day.year}"))
            self.start_up.setStyleSheet("")
        else:
            self.start_up.setText(self.tr(
                "Joint start-up meeting not held: recommended for every new participant"))
            self.start_up.setStyleSheet(NOT_HELD_STYLE)
        self.start_up.setVisible(self.start_up_on is not None or not self.ended)
        self.start_up.setAccessibleName(self.tr("Joint start-up meeting"))
        if self.meetings:
            links = "; ".join(f'<a href="{index}">{html.escape(meeting_text(m))}</a>'
                              for index, m in enumerate(self.meetings))
            self.next_label.setText(html.escape(self.tr("Next meetings:")) + " " + links)
        else:
            self.next_label.setText(html.escape(self.tr("No meetings booked.")))
        self.next_label.setVisible(not self.ended)
        self.next_label.setAccessibleName(self.tr("Next meetings"))

    def retranslate(self) -> None:
        self.book.setText(self.tr("&Book meeting…"))
        self.book.setToolTip(self.tr("A meeting with the participant in the calendar"))
        self._show()

    def preset(self) -> EventPreset:
        """What the dialog starts from: a meeting with them, next working day at 10:00."""
        start = datetime.combine(next_working_day(date.today(), current_language()), BOOKED_AT)
        return EventPreset(starts_at=start, ends_at=start + DEFAULT_LENGTH,
                           kind=EventKind.PARTICIPANT_MEETING,
                           consultant_id=self.ws.ctx.actor_id, course_id=self.course_id)

    def book_meeting(self) -> OccurrenceRef | None:
        made = create_event_interactively(self.ws, self.window(), self.preset())
        if made is not None:
            self.changed.emit()
        return made

    def _open(self, link: str) -> None:
        index = int(link)
        if 0 <= index < len(self.meetings) and edit_event_interactively(
                self.ws, self.window(), self.meetings[index].ref):
            self.changed.emit()
