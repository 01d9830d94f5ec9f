"""One hard conflict: both values side by side, who made each and when, and the choices.

Each side has its own "keep" button under it, so the choice is made looking
at the value it keeps. Free text may be combined: the editor starts with
both values, for the person to make one of them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services.conflicts import DELETED, ConflictView, Side
from ips_desktop.ui.sync.words import field_text, side_text, table_text, value_text


class SideBox(QGroupBox):
    """One side: its value, who made it when, and the button that keeps it."""

    def __init__(self, title: str, side: Side, here: bool, key: str) -> None:
        super().__init__(title)
        self.value = QLabel(value_text(side.value))
        self.value.setObjectName(f"{key}_value")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value.setFont(font)
        self.by = QLabel(side_text(side.actor_name, side.at, here))
        self.by.setObjectName(f"{key}_by")
        self.by.setWordWrap(True)
        self.by.setStyleSheet("color: palette(placeholder-text);")
        if isinstance(side.value, dict):  # one side of an edit against a deletion
            keep = (self.tr("Keep it deleted") if side.value.get("deleted_at")
                    else self.tr("Keep this version"))
        else:
            keep = self.tr("Keep this value")
        self.keep = QPushButton(keep)
        self.keep.setObjectName(f"keep_{key}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.by)
        layout.addStretch(1)  # the two keep buttons level, however long either value is
        layout.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignLeft)


class CombineDialog(QDialog):
    """The editor for a combined value, prefilled with both."""

    def __init__(self, first: str, second: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combine the two values"))
        self.editor = QPlainTextEdit("\n".join(v for v in (first, second) if v))
        self.editor.setObjectName("combined_text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save the combination"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Make one value of the two; it replaces both.")))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def text(self) -> str:
        return self.editor.toPlainText()


class ConflictPanel(QWidget):
    """A field changed on two computers, or an edit against a deletion."""

    decide = Signal(str, object)  # the Choice, and the combined value (None otherwise)

    def __init__(self, view: ConflictView, *, person: str | None, this_laptop: str | None,
                 combinable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        what = table_text(view.table_name)
        if view.kind == DELETED:
            heading = self.tr("%1 deleted on one computer and changed on another").replace(
                "%1", what)
        else:
            heading = self.tr("%1 of %2 changed on two computers").replace(
                "%1", field_text(view.field)).replace("%2", what.lower())
        heading = heading[:1].upper() + heading[1:]
        self.heading = heading_label(heading, person)
        explain = QLabel(self.tr(
            "The team kept the first change it got; the other waits here, so nothing is lost. "
            "Choose the value that is right, or combine them.") if combinable else self.tr(
            "The team kept the first change it got; the other waits here, so nothing is lost. "
            "Choose the value that is right."))
        explain.setWordWrap(True)
        here_team = this_laptop is not None and view.team.origin == this_laptop
        here_incoming = this_laptop is not None and view.incoming.origin == this_laptop
        self.team_box = SideBox(self.tr("On the team now"), view.team, here_team, "team")
        self.incoming_box = SideBox(self.tr("Waiting change"), view.incoming, here_incoming,
                                    "incoming")
        self.team_box.keep.clicked.connect(lambda: self.decide.emit("server", None))
        self.incoming_box.keep.clicked.connect(lambda: self.decide.emit("incoming", None))
        sides = QHBoxLayout()
        sides.addWidget(self.team_box, 1)
        sides.addWidget(self.incoming_box, 1)
        self.combine = QPushButton(self.tr("Combine…"))
        self.combine.setObjectName("combine")
        self.combine.setVisible(combinable)
        self.combine.clicked.connect(self._combine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(explain)
        layout.addLayout(sides)
        layout.addWidget(self.combine, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _combine(self) -> None:
        def text(value: Any) -> str:
            return value if isinstance(value, str) else ""

        self.combine_dialog = CombineDialog(text(self.view.team.value),
                                            text(self.view.incoming.value), self)
        self.combine_dialog.accepted.connect(
            lambda: self.decide.emit("combined", self.combine_dialog.text()))
        self.combine_dialog.open()


def heading_label(text: str, person: str | None) -> QLabel:
    """A panel's heading, bold and larger, with the person it is about after a dash."""
    label = QLabel(f"{text} – {person}" if person else text)
    label.setObjectName("conflict_heading")
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label
