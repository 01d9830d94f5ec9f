"""What a setting fixed by IT's policy file looks like: its widget off, and a note saying so.

The note is a label beside the widget (not a tooltip), so it is read without
hovering and by a screen reader; it follows a change of language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QWidget


class PolicyNote(QLabel):
    """ "Set by your IT department", or with the cap: "… at most 10 min"."""

    def __init__(self, cap_minutes: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cap_minutes = cap_minutes
        self.setObjectName("policy_note")
        self.setStyleSheet("color: palette(mid);")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Set by your IT department") if self.cap_minutes is None
                     else self.tr("At most %1 min: set by your IT department").replace(
                         "%1", str(self.cap_minutes)))
        self.setAccessibleName(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def lock(widgets: list[QWidget], note: PolicyNote) -> None:
    """The widgets cannot be changed; the note is their description too."""
    for widget in widgets:
        widget.setEnabled(False)
        widget.setToolTip(note.text())


def with_note(field: QWidget | QLayout, note: PolicyNote | None) -> QWidget | QLayout:
    """The field, with the note beside it when there is one (a form row's right side)."""
    if note is None:
        return field
    row = QHBoxLayout()
    if isinstance(field, QLayout):
        row.addLayout(field, 1)
    else:
        row.addWidget(field, 1)
    row.addWidget(note)
    return row
