"""Help > About: what the app is, its version, and every component inside it with its licence.

The list is `services.licenses.components`, the same that `ips-desktop
--licenses` prints, so the dialog and the command line cannot disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ips_desktop import __version__
from ips_desktop.services.licenses import components
from ips_desktop.ui.versions import qt_version


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About IPS Desktop"))
        self.title = QLabel(f"<h3>IPS Desktop {__version__}</h3>")
        self.summary = QLabel(self.tr(
            "For IPS consultants and team leads. The data stay encrypted on this computer."))
        self.summary.setWordWrap(True)
        self.intro = QLabel(self.tr("It contains these components, each under its own licence:"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for component in components(qt_version()):
            row = [QStandardItem(text) for text in
                   (component.name, component.version, component.licence)]
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # A reviewer looks a component up by name or groups by licence: the header sorts,
        # the model keeps its order (rows()), and the table has the focus for Ctrl+C.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as listed until clicked
        self.table.setSortingEnabled(True)
        self.table.setFocus()
        self.intro.setBuddy(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.summary, self.intro, self.table, buttons):
            layout.addWidget(widget)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resize(620, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as shown: (component, version, licence) per row."""
        return [tuple(self.model.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.model.rowCount())]
