"""Getting the form specs for the screens: the municipality's, else the shipped ones.

A broken municipal form file is reported once per session with its file name
and line, and the shipped form is used in its place.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ips_desktop.domain.forms import FormSpec
from ips_desktop.paths import forms_dir
from ips_desktop.services import consultants, forms
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.preferences import Preferences

_reported: set[str] = set()
# The last spec read per (workspace, folder, form): reading and checking every form file
# costs more than building a long form's page, so it is done again only when a file in
# one of the folders changed (its name, size or time).
# The workspace is held weakly and compared by identity: a new one (another database,
# a restore) reads again, so each database records the forms it is given.
_read: dict[tuple[Path | None, str],
            tuple[weakref.ref[Workspace], tuple[object, ...], forms.SpecInUse]] = {}


def _files(folders: list[Path | None]) -> tuple[object, ...]:
    seen: list[object] = []
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                info = path.stat()
            except OSError:
                continue
            seen.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(seen)


def form_spec(ws: Workspace, preferences: Preferences, form_id: str,
              parent: QWidget | None = None) -> FormSpec:
    extra = preferences.forms_dir
    key = (extra, form_id)
    files = _files([forms_dir(), ws.data_dir / forms.OVERRIDE_FOLDER, extra])
    cached = _read.get(key)
    if cached is not None and cached[0]() is ws and cached[1] == files:
        return cached[2].spec
    found = forms.spec_in_use(ws.ctx, ws.data_dir, extra, form_id)
    _read[key] = (weakref.ref(ws), files, found)
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


def dynamic_choices(ws: Workspace, spec: FormSpec) -> dict[str, list[tuple[str, Any]]]:
    """Choices known only at run time: the consultants for `course.consultant` (read only
    for a form that asks it: the profile and the plan do not)."""
    if "course.consultant" not in spec.stored_fields():
        return {}
    return {"course.consultant": [(f"{c.name} ({c.initials})", str(c.id))
                                  for c in consultants.list_consultants(ws.ctx)]}
