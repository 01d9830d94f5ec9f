"""Starting the window: first run or unlock, then the main window.

This is the one place that builds and wires the GUI's objects: widgets get
the workspace and preferences they use in their constructors.

The unlock screen comes first and fast: everything imported at the top of
this module is Qt and the standard library (no SQLAlchemy; a test holds it
to that), and the heavy rest loads while the password is typed (ui.preload).
Before that screen only what it needs runs: the error hook, the
application, the settings and the language, the check that the data folder
can be written, and the database's instance lock, so that a second copy of
the app says "open elsewhere" before it asks for a password. The log file
opens behind the screen (crash_log.configure_logging_later; an error before
then opens it at once). The first run may import anything: it happens once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ips_desktop import __version__
from ips_desktop.crash_log import configure_logging_later, log
from ips_desktop.domain.messages import error_message
from ips_desktop.hardening import finish_hardening
from ips_desktop.paths import demo_data_dir, resources_dir
from ips_desktop.services import policy, startup
from ips_desktop.services.startup import AlreadyOpen, InstanceHold, StorageError
from ips_desktop.ui.gui_gc import collect_on_gui_thread
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.unlock import UnlockDialog
from ips_desktop.ui.widgets import error_dialog

if TYPE_CHECKING:
    from ips_desktop.services.workspace import Workspace

EXIT_CANCELLED = 1


def make_application() -> QApplication:
    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(sys.argv)
    app.setApplicationName("IPS Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IPS Desktop")
    app.setWindowIcon(app_icon())
    # Names the installed desktop entry (ips-desktop.desktop): Wayland and GNOME
    # match the window to it, and to its icon, by this name.
    app.setDesktopFileName("ips-desktop")
    collect_on_gui_thread(app)  # before the loading thread starts (ui/gui_gc.py)
    return app


def app_icon() -> QIcon:
    """The window's icon, the same SVG the installers' icons are rendered from.

    Qt draws it through its SVG icon engine at whatever size the window manager
    asks for (packaging/icons.py renders the installers' PNGs the same way).
    """
    return QIcon(str(resources_dir() / "icons" / "ips-desktop.svg"))


def open_workspace(real_root: Path, *, demo: bool) -> tuple[Workspace, Preferences] | int:
    """First run or unlock; returns the open workspace, or the exit code to stop with."""
    preferences = Preferences(real_root)
    apply_language(preferences.language)
    warn_about_policy()
    if (stop := error_dialog.refuse_unwritable(real_root)) is not None:
        return stop
    root = demo_data_dir(real_root) if demo else real_root
    try:
        set_up = startup.has_database(root) or _is_set_up(root)
    except StorageError as exc:  # a database's traces but no ips.db: never set up over them
        return _refuse(exc)
    if not set_up:
        finish_hardening()  # before the wizard asks for a password (hardening.py)
        from ips_desktop.ui.shell.first_run import FirstRunWizard  # ReportLab only on first run

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
    hold = InstanceHold(root)
    try:
        hold.take()  # before the password: another window has it open, say so now
    except AlreadyOpen as exc:
        return _refuse(exc)
    except OSError:
        pass  # the unlock meets it again, and says what it is
    dialog = UnlockDialog(root, demo=demo, hold=hold)
    try:
        answer = dialog.exec()
    finally:
        dialog.loading.wait(start=False)  # never go on (or exit) while modules are imported
        hold.release()  # an open workspace holds its own lock
    if answer != QDialog.DialogCode.Accepted or dialog.workspace is None:
        return dialog.error.exit_code if dialog.error else EXIT_CANCELLED
    if dialog.workspace.ctx.actor_id is None and not dialog.workspace.ctx.is_demo:
        _ask_for_profile(real_root, preferences, dialog.workspace)
    return dialog.workspace, _preferences_for(root, preferences)


def warn_about_policy() -> None:
    """A broken policy file is said, with its lines, before anything else; then the app goes on.

    What the app does instead (the safe defaults) is in the text; the log
    gets the count only (the lines name the file's path, nothing personal).
    """
    found = policy.current()
    if found.problems:
        log.warning("policy file has %d problem(s)", len(found.problems))
        QMessageBox.warning(None, "IPS Desktop", policy.warning_text(found))


def _refuse(exc: StorageError) -> int:
    """A start the user cannot go on with: say why, in their language, and stop."""
    QMessageBox.critical(None, "IPS Desktop", error_message(exc))
    return exc.exit_code


def _is_set_up(root: Path) -> bool:
    """The full answer, when the quick one (a database file is there) was no."""
    from ips_desktop.services import workspace

    return workspace.is_set_up(root)


def _ask_for_profile(real_root: Path, preferences: Preferences, ws: Workspace) -> None:
    """A first run stopped before the profile: every change needs its author, so ask now."""
    from ips_desktop.ui.shell.first_run import PAGE_CONSULTANT, FirstRunWizard

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
    configure_logging_later(real_root / "logs")  # opened behind the unlock screen
    app = make_application()
    opened = open_workspace(real_root, demo=demo)
    if isinstance(opened, int):
        return opened
    ws, preferences = opened
    finish_hardening()  # done behind the unlock screen already; here for any other path
    log.info("window opened (demo=%s, key mode=%s)", ws.ctx.is_demo, ws.key_mode.value)
    from ips_desktop.ui.shell.main_window import MainWindow  # loaded while the password was typed

    window = MainWindow(ws, preferences)
    window.show()
    if ws.recovery_key_unseen:  # a rekey finished after a kill: get its recovery key now
        window.rekey(interrupted=True)
    return app.exec()
