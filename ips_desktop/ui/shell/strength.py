"""A password strength hint: the domain's rule while typing, then guidance beyond it.

Also `fit_wrapped_height`, which the hint needs and the first run uses for its
other wrapped lines: a word-wrapped label's height for its width is not passed
on by every container (QWizard's page area does not ask, and QFormLayout asks
at a width the row does not get), so a narrow wizard cut a hint's second line
off, and a wide one left a blank line under a one-line message.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ips_desktop.domain.passwords import MIN_PASSWORD, password_problem, strength

__all__ = ["MIN_PASSWORD", "StrengthHint", "fit_wrapped_height", "password_problem", "strength"]


class _FitHeight(QObject):
    """On every resize or show, sets the label's height to what its text needs there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(
                watched, QLabel):
            fit_height_now(watched)
        return False


def fit_wrapped_height(label: QLabel) -> QLabel:
    """Keep `label` (word-wrapped) exactly as tall as its text at its width; returns it.

    Call `fit_height_now` after changing the text of a label already shown.
    """
    label.setWordWrap(True)
    fitter = _FitHeight(label)  # owned by the label: gone with it
    label.installEventFilter(fitter)
    fit_height_now(label)
    return label


def fit_height_now(label: QLabel) -> None:
    margins = label.contentsMargins()
    width = label.width() - margins.left() - margins.right()
    if width <= 0 or not label.isVisible():
        return  # not laid out yet: the Show and Resize events come back here
    text = label.fontMetrics().boundingRect(
        QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, label.text() or " ")
    needed = text.height() + margins.top() + margins.bottom() + 2 * label.margin()
    if needed != label.minimumHeight() or needed != label.maximumHeight():
        label.setFixedHeight(needed)


class StrengthHint(QLabel):
    """Wraps, and is always as tall as its text needs at the width it is given."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Password strength"))
        fit_wrapped_height(self)
        self.field = field
        field.textChanged.connect(self.update_hint)
        self.update_hint(field.text())

    def changeEvent(self, event: QEvent) -> None:
        """A language switch (the first run's first page) says the hint in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.update_hint(self.field.text())
        super().changeEvent(event)

    def update_hint(self, text: str) -> None:
        self.setText(self._hint(text))
        fit_height_now(self)

    def _hint(self, text: str) -> str:
        if len(text) < MIN_PASSWORD:
            return self.tr("At least %n characters.", "", MIN_PASSWORD)
        problem = password_problem(text)  # the rule's own words (domain messages)
        if problem:
            return problem
        texts = [
            "",
            self.tr("Weak: a longer password, or a few words, is safer."),
            self.tr("Fair."),
            self.tr("Strong."),
        ]
        return texts[strength(text)]
