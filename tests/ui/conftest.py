"""GUI tests: Danish by default, translations built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ips_desktop.paths import resources_dir
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.preferences import Preferences


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """`make test` builds the .qm files; a bare `pytest` run builds any that are missing."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (resources_dir() / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def danish(qapp):
    apply_language("da")
    yield
    apply_language("da")


@pytest.fixture
def preferences(data_dir) -> Preferences:
    """The automatic backup is off: a window's tests do not wait for one at close."""
    made = Preferences(data_dir)
    made.auto_backup = False
    return made


def activate(qtbot, window) -> None:
    """Shortcuts reach only the active window; offscreen activation arrives as an event."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
