"""The start page: today's date and week, who is signed in, and what the database holds.

Each count is a link to the area that lists it, once that area exists (the
window tells which areas have landed: `links`); until then it is plain text
with a note that its area comes later. A link emits `open_area(key, filters)`
and the window takes the user there (shell/areas.py describes the protocol).
"""

from __future__ import annotations

import html
from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ips_desktop.services import caseload, employer_log, maintenance
from ips_desktop.services.consultants import owner
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.i18n import week_label
from ips_desktop.ui.widgets.background import run_in_background

# What each count opens: the area's key and the filters that show exactly what was counted
# (services.caseload.overview_counts counts as those lists count their rows): the people
# with an open course, every course (ended ones too), of every consultant. Notes have no
# list of their own (they are read on each participant's page), so their count is no link.
EVERYONE = {"consultant": "all", "include_ended": True}
COUNT_TARGETS: dict[str, tuple[str | None, dict[str, object]]] = {
    "participant": ("participants", {"consultant": "all", "include_ended": False}),
    "course": ("participants", EVERYONE),
    "employer": ("employers", {"tab": "employers"}),  # the register
    "employer_contact": ("employers", {"weeks": "all"}),  # the log, every week and consultant
    "note": (None, {}),
    # My follow-ups due today or earlier and not done, listed in the log.
    "follow_up_due": ("employers", {"follow_ups": "due"}),
}


class HomeArea(QWidget):
    open_area = Signal(str, object)  # an area's key and its filters (a dict)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 links: Collection[str] = ()) -> None:
        super().__init__(parent)
        self.ws = ws
        self.links = frozenset(links)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.heading.setFont(font)
        self.heading.setAccessibleName("heading")
        self.heading.setWordWrap(True)
        self.counts = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        self.caption = {key: QLabel() for key in COUNT_TARGETS}
        for key, caption in self.caption.items():
            value = QLabel()
            if self.is_link(key):
                value.setTextFormat(Qt.TextFormat.RichText)
                value.setTextInteractionFlags(
                    Qt.TextInteractionFlag.LinksAccessibleByMouse
                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
                value.linkActivated.connect(lambda _href, key=key: self.open_count(key))
            else:
                value.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(value)
            self.count_labels[key] = value
            self.counts.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.counts)
        layout.addStretch(1)
        self._counted = False
        self._counts: dict[str, int | None] = {}
        self.refresh()

    def is_link(self, key: str) -> bool:
        return COUNT_TARGETS[key][0] in self.links

    def open_count(self, key: str) -> None:
        area, filters = COUNT_TARGETS[key]
        if area is not None:
            self.open_area.emit(area, dict(filters))

    def showEvent(self, event: QShowEvent) -> None:
        # Counting a large caseload reads much of the file; do it after the first paint,
        # and again each time the overview is shown (a referral or note added meanwhile).
        self._counted = True
        self.refresh_counts()
        super().showEvent(event)

    def refresh_counts(self) -> None:
        ctx = self.ws.ctx
        run_in_background(
            lambda: {**maintenance.row_counts(self.ws), **caseload.overview_counts(ctx),
                     **employer_log.overview_counts(ctx, today=date.today())},
            self._show_counts, self)

    def _show_counts(self, counts: dict[str, int | None]) -> None:
        self._counts = counts
        for key, label in self.count_labels.items():
            count = counts.get(key, 0)
            text = "–" if count is None else QLocale().toString(count)  # None: damaged
            label.setText(f'<a href="#{key}">{html.escape(text)}</a>' if self.is_link(key)
                          and count is not None else text)

    def greeting(self) -> str:
        """'Hello, <name>', or a plain 'Hello' where the database has no profile (a demo)."""
        me = owner(self.ws.ctx)
        name = me.name.strip() if me is not None else ""
        return self.tr("Hello, %1").replace("%1", name) if name else self.tr("Hello")

    def refresh(self) -> None:
        """The greeting, captions and counts again (the profile or the language changed)."""
        today = QDate.currentDate()
        date = QLocale().toString(today, QLocale.FormatType.LongFormat)
        self.heading.setText(f"{self.greeting()} — {date}, {week_label(today.weekNumber()[0])}")
        captions = {"participant": self.tr("Participants"), "course": self.tr("Courses"),
                    "employer": self.tr("Employers"),
                    "employer_contact": self.tr("Employer contacts"),
                    "note": self.tr("Contact notes"),
                    "follow_up_due": self.tr("Follow-ups that are due")}
        opens = {"participants": self.tr("Open the participant list"),
                 "employers": self.tr("Open the employer contact log")}
        later = {"employers": self.tr("The employer contact log comes in a later version."),
                 None: self.tr("Contact notes are read on each participant's page.")}
        for key, caption in self.caption.items():
            caption.setText(captions[key] + ":")
            label = self.count_labels[key]
            label.setAccessibleName(captions[key])
            area = COUNT_TARGETS[key][0]
            if key == "follow_up_due" and self.is_link(key):
                label.setToolTip(self.tr("Your follow-ups with employers, due today or earlier"))
                continue
            label.setToolTip(opens[area] if area is not None and self.is_link(key)
                             else later.get(area, ""))
        if self._counted:
            self.refresh_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

