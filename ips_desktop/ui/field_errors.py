"""Validation messages shown under the field they are about."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ips_desktop.domain.errors import ValidationError


class FieldErrors:
    """One red label per field; a service's ValidationError fills them all at once."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def label_for(self, field: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.setAccessibleName(field)
        label.hide()
        self._labels[field] = label
        return label

    def show(self, error: ValidationError) -> None:
        self.clear()
        for field, label in self._labels.items():
            messages = error.for_field(field)
            if messages:
                label.setText(" ".join(messages))
                label.show()

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        return self._labels[field].text()
