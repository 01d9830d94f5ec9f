"""The same person registered on two computers (same CPR number): merge, or keep both.

Both records are shown in full, so the person deciding sees which one holds
what; the one kept gets the other's courses and fills its empty fields from it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services.conflict_details import PersonRecord
from ips_desktop.services.conflicts import ConflictView, Side
from ips_desktop.ui.sync.words import side_text, value_text


class PersonBox(QGroupBox):
    def __init__(self, title: str, person: PersonRecord, side: Side, here: bool,
                 key: str) -> None:
        super().__init__(title)
        form = QFormLayout()
        for label, value in ((self.tr("Name"), person.name),
                             (self.tr("National ID number"), person.cpr),
                             (self.tr("Phone"), person.phone), (self.tr("Email"), person.email),
                             (self.tr("Address"), person.address)):
            shown = QLabel(value_text(value))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        form.addRow(self.tr("Courses"), QLabel(str(person.courses)))
        self.keep = QPushButton(self.tr("Keep this record and merge"))
        self.keep.setObjectName(f"merge_keep_{key}")
        by = QLabel(side_text(side.actor_name, side.at, here))
        by.setWordWrap(True)
        by.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(by)
        layout.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignLeft)


class MergePanel(QWidget):
    merge = Signal(object)  # the id of the record kept
    not_same = Signal()

    def __init__(self, people: tuple[PersonRecord, ...], view: ConflictView,
                 this_laptop: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("The same person registered twice?"))
        heading.setObjectName("conflict_heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        explain = QLabel(self.tr(
            "Two computers registered a person with the same national ID number. Merging keeps one "
            "record, moves the other's courses to it and fills in what it lacks."))
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        row = QWidget()
        boxes = QHBoxLayout(row)
        boxes.setContentsMargins(0, 0, 0, 0)
        titles = (self.tr("On the team"), self.tr("Waiting record"))
        sides = (view.team, view.incoming)
        for title, person, side, key in zip(titles, people, sides, ("team", "incoming"),
                                            strict=False):
            here = this_laptop is not None and side.origin == this_laptop
            box = PersonBox(title, person, side, here, key)
            box.keep.clicked.connect(lambda _=False, kept=person.id: self._merge(kept))
            boxes.addWidget(box, 1)
        layout.addWidget(row)
        self.different = QPushButton(self.tr("Not the same person: keep both"))
        self.different.setObjectName("not_same_person")
        self.different.clicked.connect(self.not_same.emit)
        layout.addWidget(self.different, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _merge(self, kept: uuid.UUID) -> None:
        self.merge.emit(kept)
