"""A password strength hint: guidance while typing, never a rule beyond the minimum length."""

from __future__ import annotations

import string

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

MIN_PASSWORD = 8


def strength(password: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length counts most, then variety."""
    if len(password) < MIN_PASSWORD:
        return 0
    kinds = sum(any(c in group for c in password) for group in (
        string.ascii_lowercase + "æøå", string.ascii_uppercase + "ÆØÅ", string.digits))
    kinds += any(not c.isalnum() for c in password)
    score = 1 + (len(password) >= 12) + (len(password) >= 16 or kinds >= 3)
    return min(score, 3)


class StrengthHint(QLabel):
    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Password strength"))
        field.textChanged.connect(self.update_hint)
        self.update_hint(field.text())

    def update_hint(self, text: str) -> None:
        texts = [
            self.tr("At least %n characters.", "", MIN_PASSWORD),
            self.tr("Weak: a longer password, or a few words, is safer."),
            self.tr("Fair."),
            self.tr("Strong."),
        ]
        self.setText(texts[strength(text)])
