"""The access copy (GDPR art. 15) dialog: choose a folder, see what is written, write it."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ips_desktop.services.workspace import Workspace


class AccessDialog(QDialog):
    def __init__(self, ws: Workspace, participant_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.participant_id = participant_id
        self.setWindowTitle(self.tr("Access copy for the person"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel())
        layout.addWidget(buttons)
