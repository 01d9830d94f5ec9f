"""The window a consultant lives in: sidebar, areas, menus, status bar, and the lock.

Locking swaps the whole content for the lock screen and hides every other
window of the app; nothing is destroyed, so unsaved input survives, but no
name is shown (title, lists, dialogs, status bar) until the password is given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services import workspace
from ips_desktop.services.consultants import owner
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.areas import Area, all_areas
from ips_desktop.ui.shell.auto_backup import AutoBackup
from ips_desktop.ui.shell.idle import IdleWatcher
from ips_desktop.ui.shell.password_prompt import PasswordPrompt
from ips_desktop.ui.widgets.background import wait_for_background_work

MINUTE_MS = 60_000


def qapp() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


class LockScreen(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.prompt = PasswordPrompt(lambda pw: workspace.verify_password(ws, pw))
        self.prompt.setMaximumWidth(420)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("IPS Desktop is locked"))


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)

    def __init__(self, ws: Workspace, preferences: Preferences) -> None:
        super().__init__()
        self.ws = ws
        self.preferences = preferences
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self.areas: list[Area] = all_areas()
        self.area_widgets: list[QWidget] = [area.make(ws, preferences) for area in self.areas]

        self.sidebar = QListWidget()
        self.sidebar.setMaximumWidth(220)
        self.area_stack = QStackedWidget()
        for widget in self.area_widgets:
            self.area_stack.addWidget(widget)
        for _ in self.areas:
            self.sidebar.addItem(QListWidgetItem())
        self.sidebar.currentRowChanged.connect(self._show_area)
        content = QSplitter()
        content.addWidget(self.sidebar)
        content.addWidget(self.area_stack)
        content.setStretchFactor(1, 1)
        self.lock_screen = LockScreen(ws)
        self.lock_screen.prompt.succeeded.connect(self.unlock)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self.content = content

        self.consultant_label, self.demo_label, self.lock_label = QLabel(), QLabel(), QLabel()
        for label in (self.consultant_label, self.demo_label, self.lock_label):
            self.statusBar().addPermanentWidget(label)
        self.demo_label.setStyleSheet("color: white; background: #b00020; padding: 0 6px;")
        self.demo_label.setVisible(ws.ctx.is_demo)
        self._make_actions()
        self.restored = False  # after a restore the window closes without a backup
        self.auto_backup = AutoBackup(ws, self.statusBar()) if preferences.auto_backup else None

        self.idle = IdleWatcher(preferences.auto_lock_minutes * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)
        qapp().installEventFilter(self.idle)
        self._restore_state()
        self.retranslate()

    # -- actions and menus ---------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(shortcut: QKeySequence | QKeySequence.StandardKey | str,
                   slot: Callable[[], object]) -> QAction:
            made = QAction(self)
            made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.new_action = action(QKeySequence.StandardKey.New, lambda: self._area_call("new_item"))
        self.print_action = action(QKeySequence.StandardKey.Print,
                                   lambda: self._area_call("print_current"))
        self.find_action = action(QKeySequence.StandardKey.Find,
                                  lambda: self._area_call("focus_search"))
        self.lock_action = action("Ctrl+L", self.lock)
        self.settings_action = action(QKeySequence.StandardKey.Preferences, self.open_settings)
        self.password_action = action("", self.change_password)
        self.restore_action = action("", self.restore_from_backup)
        self.rekey_action = action("", lambda: self.rekey())
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close)
        self.help_action = action(QKeySequence.StandardKey.HelpContents, self.show_help)
        self.about_action = action("", self.show_about)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.lock_action, self.settings_action,
                                   self.password_action, self.rekey_action,
                                   self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addActions([self.help_action, self.about_action])
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.addActions([self.new_action, self.print_action, self.lock_action])
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        for item_row, area in enumerate(self.areas):
            self.sidebar.item(item_row).setText(area.title())
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.new_action.setText(self.tr("&New…"))
        self.print_action.setText(self.tr("&Print…"))
        self.find_action.setText(self.tr("&Find"))
        self.lock_action.setText(self.tr("&Lock"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.password_action.setText(self.tr("Change &password…"))
        self.rekey_action.setText(self.tr("New database &key…"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_action.setText(self.tr("&Help"))
        self.about_action.setText(self.tr("&About IPS Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.demo_label.setText("DEMO")
        self.lock_screen.retranslate()
        self._update_title_and_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title_and_status(self) -> None:
        title = "IPS Desktop"
        if self.ws.ctx.is_demo:
            title += " — DEMO"
        if self.locked:
            title += " — " + self.tr("locked")
        elif self.sidebar.currentRow() >= 0:
            title = f"{self.areas[self.sidebar.currentRow()].title()} — {title}"
        self.setWindowTitle(title)
        me = None if self.locked else owner(self.ws.ctx)
        self.consultant_label.setText(f"{me.name} ({me.initials})" if me else "")
        self.lock_label.setText(self.tr("Locked") if self.locked else self.tr("Unlocked"))

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        self.area_stack.setCurrentIndex(row)
        widget = self.area_widgets[row]
        self.new_action.setEnabled(hasattr(widget, "new_item"))
        self.print_action.setEnabled(hasattr(widget, "print_current"))
        self.find_action.setEnabled(hasattr(widget, "focus_search"))
        self._update_title_and_status()

    def _area_call(self, name: str) -> None:
        method = getattr(self.area_stack.currentWidget(), name, None)
        if method is not None and not self.locked:
            method()

    # -- locking -------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w is not self and w.isVisible()]
        for window in self._hidden_windows:
            window.hide()
        self.pages.setCurrentWidget(self.lock_screen)
        for menu_action in (self.new_action, self.print_action, self.find_action,
                            self.settings_action, self.password_action, self.lock_action,
                            self.rekey_action, self.restore_action):
            menu_action.setEnabled(False)
        self._update_title_and_status()
        self.lock_screen.prompt.password.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.locked = False
        self.pages.setCurrentWidget(self.content)
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        for menu_action in (self.settings_action, self.password_action, self.lock_action,
                            self.rekey_action, self.restore_action):
            menu_action.setEnabled(True)
        self._show_area(self.sidebar.currentRow())
        self.idle.restart()
        if self.auto_backup:  # the first unlock of a new day makes the day's backup
            self.auto_backup.run()
        self.locked_changed.emit(False)

    # -- settings, help, state -----------------------------------------------------------

    def open_settings(self) -> None:
        from ips_desktop.ui.shell.settings_dialog import SettingsDialog

        # open(), not exec(): the auto-lock hides an open dialog, which would end exec().
        dialog = SettingsDialog(self.preferences, self, ws=self.ws)
        dialog.accepted.connect(
            lambda: self.idle.set_interval(self.preferences.auto_lock_minutes * MINUTE_MS))
        dialog.open()

    def change_password(self) -> None:
        from ips_desktop.ui.shell.change_password import ChangePasswordDialog

        ChangePasswordDialog(self.ws, self).open()

    def rekey(self, *, interrupted: bool = False) -> None:
        """File › New database key; at start-up too when a finished rekey's key was unseen."""
        from ips_desktop.ui.shell.rekey_dialog import RekeyDialog

        self.rekey_dialog = RekeyDialog(self.ws, self.preferences.language, self,
                                        interrupted=interrupted)
        self.rekey_dialog.open()

    def restore_from_backup(self) -> None:
        from ips_desktop.ui.shell.restore_dialog import RestoreDialog

        if self.auto_backup and self.auto_backup.running:
            self.statusBar().showMessage(self.tr("A backup is being made; try again in a moment."),
                                         5000)
            return
        dialog = RestoreDialog(self.ws, self._close_for_restore, self)
        dialog.restored.connect(lambda _kept: self.close())
        dialog.open()

    def _close_for_restore(self) -> None:
        """The restore swaps the database file: the window's connections and lock go first."""
        self.restored = True
        self.idle.stop()  # no lock screen asking a closed database for the password
        if self.auto_backup:
            self.auto_backup.stop()
        wait_for_background_work()
        self.ws.close()

    def show_help(self) -> None:
        from ips_desktop.ui.shell.help import HelpDialog

        HelpDialog(self).open()

    def show_about(self) -> None:
        from ips_desktop import __version__

        QMessageBox.about(self, self.tr("About IPS Desktop"), self.tr(
            "IPS Desktop %1\n\nFor IPS consultants and team leads. The data stay encrypted "
            "on this computer.").replace("%1", __version__))

    def _restore_state(self) -> None:
        geometry, state, area = self.preferences.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        if state is not None:
            self.restoreState(state)
        keys = [a.key for a in self.areas]
        self.sidebar.setCurrentRow(keys.index(area) if area in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        backup = self.auto_backup
        if backup and not self.restored and (backup.running or not backup.done_today()):
            # The day's backup first (off the GUI thread); the window closes when it is done.
            backup.finished.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            self.auto_backup = None
            backup.run()
            event.ignore()
            return
        current = self.sidebar.currentRow()
        self.preferences.save_window_state(
            self.saveGeometry(), self.saveState(), self.areas[current].key if current >= 0 else "")
        self.preferences.sync()
        qapp().removeEventFilter(self.idle)
        wait_for_background_work()
        self.ws.close()
        super().closeEvent(event)
