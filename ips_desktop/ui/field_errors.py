"""Validation messages shown under the field they are about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
            # A cell of a repeatable group ("medications[0].dose") shows under its group.
            messages += [f"{_row_and_column(e.field)}: {e.message}" for e in error.errors
                         if e.field.startswith(field + "[")]
            if messages:
                label.setText(" ".join(messages))
                label.show()

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        return self._labels[field].text()


def _row_and_column(field: str) -> str:
    """'medications[0].dose' → 'rk. 1, dose' (rows counted from one, as people do)."""
    index, _, column = field.partition("[")[2].partition("]")
    row = QCoreApplication.translate("FieldErrors", "row %1").replace("%1", str(int(index) + 1))
    return f"{row}, {column.lstrip('.')}" if column else row
