"""The shown week's face-to-face employer contacts per consultant, against the reference of 6.

The IPS fidelity scale's reference (domain.rules.FACE_TO_FACE_WEEKLY_REFERENCE)
is shown as a reference for supervision, not a verdict: each row says in words
whether the week reaches it ("6 of 6 – reached"), so the strip reads the same
without colour. It sits under the log, not beside it: the log needs the width.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ips_desktop.domain.rules import FACE_TO_FACE_WEEKLY_REFERENCE
from ips_desktop.services.employer_log import WeekSummaryRow
from ips_desktop.ui.widgets.flow_layout import FlowLayout

BELOW = QColor("#8a5a00")  # amber text: below the reference (the words say it too)


class WeekSummary(QWidget):
    """A strip under the log: per consultant "AF 4 af 6 – under", wrapping as the width asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel()  # the reference, said in the tooltips
        self.items = QWidget()
        self.flow = FlowLayout(self.items, spacing=14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.items)
        self._labels: list[QLabel] = []
        self._rows: list[WeekSummaryRow] = []
        self._week: tuple[int, int] | None = None
        self.retranslate()

    def show_week(self, week: tuple[int, int], rows: list[WeekSummaryRow]) -> None:
        self._week, self._rows = week, list(rows)
        self._fill()

    def rows(self) -> list[WeekSummaryRow]:
        return list(self._rows)

    def row_texts(self) -> list[tuple[str, str, str]]:
        """What each consultant's entry says (initials, face-to-face, all contacts)."""
        return [(row.initials, self._face_text(row), str(row.total)) for row in self._rows]

    def _face_text(self, row: WeekSummaryRow) -> str:
        verdict = self.tr("reached") if row.meets_reference else self.tr("below")
        return self.tr("%1 of %2 – %3").replace("%1", str(row.face_to_face)).replace(
            "%2", str(FACE_TO_FACE_WEEKLY_REFERENCE)).replace("%3", verdict)

    def _fill(self) -> None:
        if self._week is not None:
            self.heading.setText(self.tr("Face to face, week %1 (reference %2)").replace(
                "%1", str(self._week[1])).replace("%2", str(FACE_TO_FACE_WEEKLY_REFERENCE)))
        while len(self._labels) < len(self._rows):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            self.flow.addWidget(label)
            self._labels.append(label)
        for label, row in zip(self._labels, self._rows, strict=False):
            face = html.escape(self._face_text(row))
            if not row.meets_reference:
                face = f'<span style="color:{BELOW.name()}">{face}</span>'
            label.setText(f"<b>{html.escape(row.initials)}</b> {face}")
            tip = self.tr("%1: %2 face-to-face employer contacts this week").replace(
                "%1", row.name).replace("%2", str(row.face_to_face))
            everything = self.tr("%n employer contact(s) in all", "", row.total)
            label.setToolTip(f"{tip}\n{everything}\n{self.note.text()}")
            label.setAccessibleName(f"{row.initials} {self._face_text(row)}")
            label.show()
        for label in self._labels[len(self._rows):]:
            label.hide()
        self.flow.invalidate()

    def retranslate(self) -> None:
        reference = self.tr("Reference: %1 face-to-face contacts a week (IPS fidelity scale)")
        self.note.setText(reference.replace("%1", str(FACE_TO_FACE_WEEKLY_REFERENCE)))
        self.heading.setToolTip(self.note.text())
        self.heading.setText(self.tr("Face to face"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
