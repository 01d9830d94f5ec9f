"""Deleting an event from the calendar, always after asking.

A single event asks "Slet »Teammøde« den 4.12.2026 09:00?" (Keep it is the
default); an occurrence of a series asks which occurrences in the same question
(event_scope.py): "only this one" is how the presence day on a public holiday
is cancelled while the series goes on. The event dialog's Delete and the
calendar's Delete key both come here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ips_desktop.services import calendar
from ips_desktop.services.calendar import OccurrenceRef, Scope
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.event_recurrence import short_day
from ips_desktop.ui.dialogs.event_scope import ask_scope


def delete_event_interactively(ws: Workspace, parent: QWidget | None,
                               ref: OccurrenceRef) -> bool:
    """Delete after asking: an occurrence of a series asks which ones (only this one is how
    a presence day on a holiday is cancelled); True when something was deleted."""
    data = calendar.event_input(ws.ctx, ref)
    when = ref.original_start or data.starts_at
    what = QCoreApplication.translate("EventDialog", "Delete «%1» on %2?").replace(
        "%1", data.title).replace("%2", f"{short_day(when.date())} {when:%H:%M}")
    if ref.original_start is not None:
        scope = ask_scope(parent, QCoreApplication.translate("EventDialog", "Delete"),
                          question=what + " " + QCoreApplication.translate(
                              "EventDialog", "It repeats: which occurrences?"))
        if scope is None:
            return False
    else:
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("EventDialog", "Delete event"), what,
                          QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title is text, not HTML
        delete = box.addButton(QCoreApplication.translate("EventDialog", "Delete"),
                               QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QCoreApplication.translate("EventDialog", "Keep it"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is not delete:
            return False
        scope = Scope.ALL
    calendar.delete_event(ws.ctx, ref, scope)
    return True
