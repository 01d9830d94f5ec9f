"""A password strength hint: the domain's rule while typing, then guidance beyond it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ips_desktop.domain.passwords import MIN_PASSWORD, password_problem, strength

__all__ = ["MIN_PASSWORD", "StrengthHint", "password_problem", "strength"]


class StrengthHint(QLabel):
    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Password strength"))
        self.setWordWrap(True)
        field.textChanged.connect(self.update_hint)
        self.update_hint(field.text())

    def update_hint(self, text: str) -> None:
        if len(text) < MIN_PASSWORD:
            self.setText(self.tr("At least %n characters.", "", MIN_PASSWORD))
            return
        problem = password_problem(text)  # the rule's own words (domain messages)
        if problem:
            self.setText(problem)
            return
        texts = [
            "",
            self.tr("Weak: a longer password, or a few words, is safer."),
            self.tr("Fair."),
            self.tr("Strong."),
        ]
        self.setText(texts[strength(text)])
