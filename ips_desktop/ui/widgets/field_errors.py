"""Validation messages shown under the field they are about, and a failed save at its form.

`try_save` is how every form saves: a ValidationError goes to its fields, a
full disk, a read-only folder or a damaged database (services.problems) is
said in the form's own message line, and in both cases the typed input stays
where it is, so the user can free space and press Save again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ips_desktop.crash_log import log
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.messages import error_message
from ips_desktop.services import problems
from ips_desktop.services.problems import StorageError

T = TypeVar("T")

FORM = "_form"  # the message line about the whole form, not one field


def _red_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName(name)
    label.hide()
    return label


class FieldErrors:
    """One red label per field; a service's ValidationError fills them all at once."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._form: QLabel | None = None

    def label_for(self, field: str) -> QLabel:
        label = _red_label(field)
        self._labels[field] = label
        return label

    def form_label(self) -> QLabel:
        """The line that says why the whole form was not saved; its owner places it."""
        if self._form is None:
            self._form = _red_label(FORM)
            self._form.setAccessibleName(QCoreApplication.translate("FieldErrors", "Not saved"))
        return self._form

    def show_problem(self, problem: StorageError) -> None:
        """A failed save: what happened and what to do, at the form; the fields keep their input."""
        self.clear()
        label = self.form_label()
        label.setText(error_message(problem) + " " + QCoreApplication.translate(
            "FieldErrors", "What you typed is still here: press Save again when it is solved."))
        label.show()

    def form_text(self) -> str:
        return self._form.text() if self._form is not None else ""

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
        labels = [*self._labels.values(), *([self._form] if self._form is not None else [])]
        for label in labels:
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        return self._labels[field].text()


def try_save(
    errors: FieldErrors, save: Callable[[], T], *,
    on_invalid: Callable[[ValidationError], object] | None = None,
) -> tuple[bool, T | None]:
    """Run `save()`; (True, its result), or (False, None) with the reason shown at the form.

    Invalid input goes to its fields (or to `on_invalid`, which may also turn
    to the page of the first message); a storage condition to the form's
    message line. Any other error is not caught: it is a bug for the crash dialog.
    """
    try:
        return True, save()
    except ValidationError as exc:
        (on_invalid or errors.show)(exc)
        return False, None
    except Exception as exc:
        problem = problems.storage_problem(exc)
        if problem is None:
            raise
        log.warning("save failed: %s", type(problem).__name__)
        errors.show_problem(problem)
        return False, None


def _row_and_column(field: str) -> str:
    """'medications[0].dose' → 'rk. 1, dose' (rows counted from one, as people do)."""
    index, _, column = field.partition("[")[2].partition("]")
    row = QCoreApplication.translate("FieldErrors", "row %1").replace("%1", str(int(index) + 1))
    return f"{row}, {column.lstrip('.')}" if column else row
