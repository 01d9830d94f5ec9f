"""Starting the window: unlock (or first set-up), then the main window.

The full application shell (navigation, auto-lock, translations) replaces the
overview window here; until then it shows what the database holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
)

from ips_desktop import __version__
from ips_desktop.services import maintenance, workspace
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.unlock import SetupDialog, UnlockDialog


class OverviewWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        title = "IPS Desktop"
        if ws.ctx.is_demo:
            title += " — DEMO"
        self.setWindowTitle(title)
        counts = maintenance.row_counts(ws)
        table = QTableWidget(len(counts), 2)
        table.setAccessibleName(self.tr("Databasens indhold"))
        table.setHorizontalHeaderLabels([self.tr("Tabel"), self.tr("Rækker")])
        for row, (name, count) in enumerate(counts.items()):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(f"{count:,}".replace(",", ".")))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(table)
        demo = self.tr("DEMO · ") if ws.ctx.is_demo else ""
        self.statusBar().showMessage(demo + self.tr("Låst op · nøgle: %1").replace(
            "%1", ws.key_mode.value))
        self.resize(640, 480)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ws.close()
        super().closeEvent(event)


def run_gui(root: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("IPS Desktop")
    app.setApplicationVersion(__version__)
    dialog = UnlockDialog(root) if workspace.is_set_up(root) else SetupDialog(root)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workspace is None:
        error = getattr(dialog, "error", None)
        return error.exit_code if error else 1
    window = OverviewWindow(dialog.workspace)
    window.show()
    return app.exec()
