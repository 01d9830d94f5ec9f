"""Getting the form specs for the screens: the municipality's, else the shipped ones.

A broken municipal form file is reported once per session with its file name
and line, and the shipped form is used in its place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ips_desktop.domain.forms import FormSpec
from ips_desktop.services import consultants, forms
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.preferences import Preferences

_reported: set[str] = set()


def form_spec(ws: Workspace, preferences: Preferences, form_id: str,
              parent: QWidget | None = None) -> FormSpec:
    found = forms.spec_in_use(ws.ctx, ws.data_dir, preferences.forms_dir, form_id)
    new = [problem for problem in found.problems if problem not in _reported]
    if new:
        _reported.update(new)
        _warn(parent, new)
    return found.spec


def _warn(parent: QWidget | None, problems: list[str]) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Forms", "Form file with errors"),
                        QCoreApplication.translate(
                            "Forms", "A form file could not be used, so the form shipped "
                            "with IPS Desktop is used instead:") + "\n\n" + "\n".join(problems))


def dynamic_choices(ws: Workspace) -> dict[str, list[tuple[str, Any]]]:
    """Choices known only at run time: the consultants for `course.consultant`."""
    return {"course.consultant": [(f"{c.name} ({c.initials})", str(c.id))
                                  for c in consultants.list_consultants(ws.ctx)]}
