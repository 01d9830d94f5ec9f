"""F1: a short help page with the keyboard shortcuts, in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Help"))
        rows = [
            ("Ctrl+N", self.tr("New (participant, contact … in the current area)")),
            ("Ctrl+F", self.tr("Search in the current area")),
            ("Ctrl+P", self.tr("Print")),
            ("Ctrl+L", self.tr("Lock the window now")),
            ("Ctrl+,", self.tr("Settings")),
            ("Ctrl+Q", self.tr("Quit")),
            ("F1", self.tr("This help")),
        ]
        table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        locking = self.tr("The window locks itself when you leave it; the password opens it "
                          "again. Everything you have not saved is kept while it is locked.")
        shortcuts = self.tr("Keyboard shortcuts")
        text.setHtml(f"<h3>IPS Desktop</h3><p>{locking}</p>"
                     f"<h4>{shortcuts}</h4><table cellpadding='4'>{table}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(480, 420)
