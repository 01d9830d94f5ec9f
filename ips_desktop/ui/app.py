"""Starting the window: first run or unlock, then the main window.

This is the one place that builds and wires the GUI's objects: widgets get
the workspace and preferences they use in their constructors.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from ips_desktop import __version__
from ips_desktop.crash_log import configure_logging, log
from ips_desktop.paths import demo_data_dir
from ips_desktop.services import workspace
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui import error_dialog
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.main_window import MainWindow
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.unlock import UnlockDialog

EXIT_CANCELLED = 1


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("IPS Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IPS Desktop")
    return app  # type: ignore[return-value]


def open_workspace(real_root: Path, *, demo: bool) -> tuple[Workspace, Preferences] | int:
    """First run or unlock; returns the open workspace, or the exit code to stop with."""
    preferences = Preferences(real_root)
    apply_language(preferences.language)
    if (stop := error_dialog.refuse_unwritable(real_root)) is not None:
        return stop
    root = demo_data_dir(real_root) if demo else real_root
    if not workspace.is_set_up(root):
        from ips_desktop.ui.first_run import FirstRunWizard  # ReportLab only on first run

        wizard = FirstRunWizard(real_root, preferences)
        if demo:
            wizard.language_page.demo.setChecked(True)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            if wizard.workspace:
                wizard.workspace.close()
            return EXIT_CANCELLED
        root, demo = wizard.root, wizard.demo
        if wizard.workspace is not None:
            return wizard.workspace, _preferences_for(root, preferences)
    dialog = UnlockDialog(root, demo=demo)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workspace is None:
        return dialog.error.exit_code if dialog.error else EXIT_CANCELLED
    if dialog.workspace.ctx.actor_id is None and not dialog.workspace.ctx.is_demo:
        _ask_for_profile(real_root, preferences, dialog.workspace)
    return dialog.workspace, _preferences_for(root, preferences)


def _ask_for_profile(real_root: Path, preferences: Preferences, ws: Workspace) -> None:
    """A first run stopped before the profile: every change needs its author, so ask now."""
    from ips_desktop.ui.first_run import PAGE_CONSULTANT, FirstRunWizard

    wizard = FirstRunWizard(real_root, preferences)
    wizard.workspace = ws  # the wizard will not close until the profile is saved
    wizard.setStartId(PAGE_CONSULTANT)
    wizard.exec()


def _preferences_for(root: Path, real: Preferences) -> Preferences:
    """The demo database keeps its own preferences, starting in the user's language."""
    if root == real.data_dir:
        return real
    own = Preferences(root)
    own.language = real.language
    return own


def run_gui(real_root: Path, *, demo: bool = False) -> int:
    error_dialog.install()
    configure_logging(real_root / "logs")
    app = make_application()
    opened = open_workspace(real_root, demo=demo)
    if isinstance(opened, int):
        return opened
    ws, preferences = opened
    log.info("window opened (demo=%s, key mode=%s)", ws.ctx.is_demo, ws.key_mode.value)
    window = MainWindow(ws, preferences)
    window.show()
    if ws.recovery_key_unseen:  # a rekey finished after a kill: get its recovery key now
        window.rekey(interrupted=True)
    return app.exec()
