"""Help > About: opened from the Help menu, it shows the app and every component's licence."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ips_desktop.services import licenses
from ips_desktop.ui.shell.about import AboutDialog
from ips_desktop.ui.shell.main_window import MainWindow


def test_about_dialog_from_the_help_menu(qtbot, ws, preferences) -> None:
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    about = next(a for a in window.help_menu.actions() if a.text() == "&Om IPS Desktop")
    about.trigger()  # what a click on the menu item does
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AboutDialog) and w.isVisible())
    assert dialog.windowTitle() == "Om IPS Desktop"
    assert "IPS Desktop 0.1.0" in dialog.title.text()
    assert "krypteret" in dialog.summary.text()
    headers = [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["Komponent", "Version", "Licens"]
    expected = [(c.name, c.version, c.licence) for c in licenses.components(qVersion())]
    assert dialog.rows() == expected
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_table_sorts_by_a_clicked_header(qtbot) -> None:
    from PySide6.QtCore import QPoint

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.table.model()
    listed = [(c.name, c.version, c.licence) for c in licenses.components(qVersion())]
    assert dialog.rows() == listed  # as listed, before a click
    header = dialog.table.horizontalHeader()
    licence_x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(licence_x, header.height() // 2))
    licences = [shown.index(r, 2).data() for r in range(shown.rowCount())]
    assert licences == sorted(licences, key=str.casefold) or licences == sorted(licences)
    assert licences != [row[2] for row in listed]
