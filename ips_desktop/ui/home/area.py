"""The start page: today's date and week, who is signed in, and what the database holds."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ips_desktop.services import maintenance
from ips_desktop.services.consultants import owner
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.i18n import week_label
from ips_desktop.ui.widgets.background import run_in_background


class HomeArea(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.heading.setFont(font)
        self.heading.setAccessibleName("heading")
        self.heading.setWordWrap(True)
        self.counts = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        self.caption = {key: QLabel() for key in ("participant", "course", "employer",
                                                  "employer_contact", "note")}
        for key, caption in self.caption.items():
            value = QLabel()
            caption.setBuddy(value)
            self.count_labels[key] = value
            self.counts.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.counts)
        layout.addStretch(1)
        self._counted = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Counting a large caseload reads much of the file; do it after the first paint.
        if not self._counted:
            self._counted = True
            self.refresh_counts()
        super().showEvent(event)

    def refresh_counts(self) -> None:
        run_in_background(lambda: maintenance.row_counts(self.ws), self._show_counts, self)

    def _show_counts(self, counts: dict[str, int | None]) -> None:
        for key, label in self.count_labels.items():
            count = counts.get(key, 0)
            label.setText("–" if count is None else QLocale().toString(count))  # None: damaged

    def refresh(self) -> None:
        today = QDate.currentDate()
        me = owner(self.ws.ctx)
        greeting = self.tr("Hello, %1").replace("%1", me.name) if me else self.tr("Hello")
        date = QLocale().toString(today, QLocale.FormatType.LongFormat)
        self.heading.setText(f"{greeting} — {date}, {week_label(today.weekNumber()[0])}")
        captions = {"participant": self.tr("Participants"), "course": self.tr("Courses"),
                    "employer": self.tr("Employers"),
                    "employer_contact": self.tr("Employer contacts"),
                    "note": self.tr("Contact notes")}
        for key, caption in self.caption.items():
            caption.setText(captions[key] + ":")
        if self._counted:
            self.refresh_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
