"""The recovery key shown once: large, grouped, with its printable sheet and a "kept it" box.

Shown by the first run and after a rekey; the sheet is previewed and printed
from memory, so no copy of the key is left in a file.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ips_desktop.reports.recovery_sheet import recovery_sheet_pdf


class RecoveryKeyView(QWidget):
    kept_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = ""
        self.language = "da"
        self.demo = False
        self.preview: QWidget | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key = QLabel()
        font = self.key.font()
        font.setFamily("DejaVu Sans Mono")
        font.setStyleHint(font.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key.setFont(font)
        self.save_pdf = QPushButton()
        self.save_pdf.clicked.connect(self.print_sheet)
        self.kept = QCheckBox()
        self.kept.toggled.connect(self.kept_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addWidget(self.save_pdf)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Write this key down or print it, and keep the sheet locked away. With it the "
            "database opens on a new computer or when the password is forgotten. It is "
            "shown only now."))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.save_pdf.setText(self.tr("&Print the recovery sheet…"))
        self.kept.setText(self.tr("I have &written down or printed the recovery key"))

    def show_key(self, recovery_key: str, *, language: str, demo: bool) -> None:
        self.recovery_key, self.language, self.demo = recovery_key, language, demo
        groups = recovery_key.split("-")
        self.key.setText("\n".join(" ".join(groups[i:i + 6]) for i in range(0, len(groups), 6)))

    def print_sheet(self) -> None:
        """Preview, print or save the one-page sheet; nothing is left in a temporary folder."""
        from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog

        pdf = recovery_sheet_pdf(self.recovery_key, language=self.language, demo=self.demo)
        self.preview = PrintPreviewDialog(pdf, self.tr("Recovery key"),
                                          "ips-recovery-key.pdf", self, allow_save=False)
        self.preview.open()
