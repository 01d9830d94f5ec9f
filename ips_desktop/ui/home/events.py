"""The home screen's calendar: today's events, then the rest of this week's, day by day.

Each event is a link that opens the calendar on its day (`open_day`); a busy
day shows its first few and a "n more" link to the same day, so the page stays
one screen high whatever the week holds.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ips_desktop.services.calendar_model import Occurrence
from ips_desktop.ui.home.links import CALENDAR, calendar_href, clear, link_label, set_link
from ips_desktop.ui.texts import event_kind_text

MAX_PER_DAY = 8  # then "n more", which opens the calendar on that day


def clock(when: datetime) -> str:
    return f"{when.hour:02d}:{when.minute:02d}"


def event_text(event: Occurrence, day: date) -> str:
    """'09:00–10:00 Meeting with Anne — Anne Frølund': the title (or the kind), then whom with."""
    starts = clock(event.starts_at) if event.starts_at.date() == day else "00:00"
    ends = clock(event.ends_at) if event.ends_at.date() == day else "24:00"
    title = event.title.strip() or event_kind_text(event.kind)
    names = [name for name in (event.participant, event.employer_name)
             if name and name.casefold() not in title.casefold()]
    return f"{starts}–{ends} {title}" + (f" — {', '.join(names)}" if names else "")


def day_caption(day: date) -> str:
    """'onsdag 2.12.2026': the weekday in the UI language, the date the Danish way."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{weekday[:1].upper()}{weekday[1:]} {day.day}.{day.month}.{day.year}"


class EventList(QWidget):
    open_day = Signal(object)  # a date: the calendar on that day

    def __init__(self, parent: QWidget | None = None, *, links: Collection[str] = ()) -> None:
        super().__init__(parent)
        self.linked = CALENDAR in links
        self.today_title = QLabel()
        self.week_title = QLabel()
        for title in (self.today_title, self.week_title):
            font = title.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            title.setFont(font)
        self.today_list = QVBoxLayout()
        self.week_list = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.today_title)
        layout.addLayout(self.today_list)
        layout.addSpacing(12)
        layout.addWidget(self.week_title)
        layout.addLayout(self.week_list)
        layout.addStretch(1)
        self.event_labels: list[QLabel] = []  # every event's label, in the order shown

    def show_week(self, today: date | None,
                  days: Sequence[tuple[date, Sequence[Occurrence]]]) -> None:
        """Today's events and each later day's (None: not read yet)."""
        self.today_title.setText(self.tr("Today"))
        self.week_title.setText(self.tr("Later this week"))
        clear(self.today_list)
        clear(self.week_list)
        self.event_labels = []
        if today is None:
            return
        later = [(day, events) for day, events in days if day != today and events]
        for day, events in days:
            if day == today:
                self._add_day(self.today_list, day, events,
                              self.tr("Nothing in your calendar today."))
        for day, events in later:
            caption = QLabel(day_caption(day))
            self.week_list.addWidget(caption)
            self._add_day(self.week_list, day, events, "")
        if not later:
            self.week_list.addWidget(QLabel(self.tr("Nothing more in your calendar this week.")))

    def _add_day(self, layout: QVBoxLayout, day: date, events: Sequence[Occurrence],
                 empty: str) -> None:
        if not events and empty:
            layout.addWidget(QLabel(empty))
        href = calendar_href(day) if self.linked else None
        for event in events[:MAX_PER_DAY]:
            label = self._label()
            set_link(label, event_text(event, day), href)
            kind = event_kind_text(event.kind)
            label.setToolTip(kind + ("\n" + self.tr("Open the calendar on this day")
                                     if href else ""))
            label.setAccessibleName(f"{kind}: {event_text(event, day)}")
            self.event_labels.append(label)
            layout.addWidget(label)
        if len(events) > MAX_PER_DAY:
            more = self._label()
            set_link(more, self.tr("%n more", "", len(events) - MAX_PER_DAY), href)
            layout.addWidget(more)

    def _label(self) -> QLabel:
        label = link_label()
        label.setWordWrap(True)
        label.linkActivated.connect(
            lambda href: self.open_day.emit(date.fromisoformat(href.partition(":")[2])))
        return label
