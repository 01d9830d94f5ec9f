"""The audit trail tab: who read, changed, printed or exported which record, and when.

A placeholder until the view lands (issue 19, part B).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ips_desktop.services.workspace import Workspace


class AuditTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The audit trail")))
        layout.addStretch(1)
