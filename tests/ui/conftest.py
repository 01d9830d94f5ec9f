"""GUI tests: Danish by default, translations built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ips_desktop.domain import messages
from ips_desktop.paths import resources_dir
from ips_desktop.ui import i18n
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


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """The end of a test closes its windows without asking about input left unsaved.

    pytest-qt closes every window it was given before the fixtures end; a window
    with an area's unsaved input would otherwise wait forever for an answer to
    "Kassér ændringer?". A test that checks the question closes the window itself.
    """
    if "PySide6.QtWidgets" in sys.modules:
        from ips_desktop.ui.shell.main_window import MainWindow

        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.unsaved_answered = True
    return (yield)


_danish: list[object] = []  # the translators the last apply_language("da") here installed


def _ensure_danish() -> None:
    """Danish, as each test begins and after it; installed again only if a test changed it.

    Each install sends LanguageChange to every top-level widget, and the widgets of
    earlier tests (closed, not yet collected: the collector runs when due, as in the
    app) answer it: a participant page reads its participant again, and so on. Sent
    twice per test, that was a good part of the window tests' time, for nothing.
    """
    if (messages.current_language() == "da" and QLocale().name() == "da_DK"
            and _danish and len(_danish) == len(i18n._installed)
            and all(a is b for a, b in zip(_danish, i18n._installed, strict=True))):
        return
    apply_language("da")
    _danish[:] = i18n._installed


@pytest.fixture(autouse=True)
def danish(qapp):
    _ensure_danish()
    yield
    _ensure_danish()


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
