"""The Team overview's staffing: each consultant's periods and FTE, changed from a date.

(Filled in by the area part; this first version only holds the period it was given.)
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ips_desktop.services.workspace import Workspace


class StaffingTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.period: tuple[date, date, uuid.UUID | None] | None = None
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)

    def set_period(self, first: date, last: date, consultant_id: uuid.UUID | None) -> None:
        self.period = (first, last, consultant_id)
