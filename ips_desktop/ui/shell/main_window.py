"""The window a consultant lives in: sidebar, areas, menus, status bar, and the lock.

Locking swaps the whole content for the lock screen and hides every other
window of the app; nothing is destroyed, so unsaved input survives, but no
name is shown (title, lists, dialogs, status bar) until the password is given.
Leaving an area, or closing the window, asks about unsaved input first (the
protocol is in shell/areas.py). The shortcuts are made from help.SHORTCUTS.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
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
from ips_desktop.ui.shell.areas import Area, areas_for, coming_note
from ips_desktop.ui.shell.auto_backup import AutoBackup
from ips_desktop.ui.shell.auto_sync import AutoSync
from ips_desktop.ui.shell.help import SHORTCUTS, Shortcut
from ips_desktop.ui.shell.idle import IdleWatcher
from ips_desktop.ui.shell.password_prompt import PasswordPrompt
from ips_desktop.ui.widgets.background import wait_for_background_work
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

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


def may_leave(parent: QWidget, area: QWidget) -> bool:
    """Ask about the area's unsaved input, if it has any; True: the user may go on."""
    has_unsaved = getattr(area, "has_unsaved_changes", None)
    if has_unsaved is None or not has_unsaved():
        return True
    answer = ask_about_unsaved(parent)
    if answer is Unsaved.SAVE:
        return bool(area.save_unsaved())  # type: ignore[attr-defined]
    if answer is Unsaved.DISCARD:
        discard = getattr(area, "discard_unsaved", None)
        if discard is not None:
            discard()
        return True
    return False


class ComingArea(QLabel):
    """Stands in the stack for an area that comes later; its sidebar entry cannot be chosen."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(coming_note())


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)
    # Made from help.SHORTCUTS, one per entry (a test checks the two agree).
    new_action: QAction
    find_action: QAction
    contact_action: QAction
    print_action: QAction
    lock_action: QAction
    settings_action: QAction
    quit_action: QAction
    help_action: QAction
    sync_action: QAction

    def __init__(self, ws: Workspace, preferences: Preferences, *,
                 areas: list[Area] | None = None) -> None:
        super().__init__()
        self.ws = ws
        self.preferences = preferences
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        me = owner(ws.ctx)
        self.areas: list[Area] = areas_for(me.role if me else None) if areas is None else areas
        self.area_widgets: list[QWidget] = [
            area.make(ws, preferences) if area.make is not None else ComingArea()
            for area in self.areas]
        self._shown_row = -1  # the area on screen: where the sidebar returns on Keep editing

        self.sidebar = QListWidget()
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setMouseTracking(True)  # a coming area's note in the status bar
        self.area_stack = QStackedWidget()
        for widget in self.area_widgets:
            self.area_stack.addWidget(widget)
            opener = getattr(widget, "open_area", None)
            if opener is not None and hasattr(opener, "connect"):
                opener.connect(self.open_area)
        for area in self.areas:
            item = QListWidgetItem()
            if area.coming:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
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
        # The user has answered for every area's unsaved input: closing does not ask (again).
        self.unsaved_answered = False
        self.auto_backup = AutoBackup(ws, self.statusBar()) if preferences.auto_backup else None
        self.auto_sync = AutoSync(ws, self.statusBar(), self.sync_action,
                                  refresh=self.refresh_areas)
        self.file_menu.insertActions(self.lock_action, [self.auto_sync.sync_action,
                                                        self.auto_sync.conflicts_action])
        self.file_menu.insertSeparator(self.lock_action)

        self.idle = IdleWatcher(preferences.auto_lock_minutes * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)
        qapp().installEventFilter(self.idle)
        self._restore_state()
        self.retranslate()

    # -- actions and menus ---------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(slot: Callable[..., object]) -> QAction:
            made = QAction(self)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        own = {"lock_action": self.lock, "settings_action": self.open_settings,
               "quit_action": self.close, "help_action": self.show_help,
               "contact_action": self.log_contact,
               "sync_action": lambda: self.auto_sync.run()}
        for shortcut in SHORTCUTS:  # Help lists these very keys
            made = action(own.get(shortcut.action) or
                          (lambda _=False, s=shortcut: self._area_call(s)))
            made.setShortcut(shortcut.sequence())
            setattr(self, shortcut.action, made)
        self.password_action = action(self.change_password)
        self.restore_action = action(self.restore_from_backup)
        self.rekey_action = action(lambda: self.rekey())
        self.about_action = action(self.show_about)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_action, self.contact_action, self.print_action])
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
        self.toolbar.addActions([self.new_action, self.contact_action, self.print_action,
                                 self.lock_action])
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        for item_row, area in enumerate(self.areas):
            item = self.sidebar.item(item_row)
            item.setText(area.title())
            if area.coming:
                for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole,
                             Qt.ItemDataRole.AccessibleDescriptionRole):
                    item.setData(role, coming_note())
        for widget in self.area_widgets:
            if isinstance(widget, ComingArea):
                widget.setText(coming_note())
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.new_action.setText(self.tr("&New…"))
        self.print_action.setText(self.tr("&Print…"))
        self.find_action.setText(self.tr("&Find"))
        self.contact_action.setText(self.tr("Log employer &contact…"))
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
        if hasattr(self, "auto_sync"):
            self.auto_sync.retranslate()
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

    def _sidebar_changed(self, row: int) -> None:
        if row < 0 or row == self._shown_row:
            return
        if self.areas[row].coming or (
                self._shown_row >= 0 and not may_leave(self, self.area_widgets[self._shown_row])):
            self._show_quietly(self._shown_row)  # back to the area the user stays in
            return
        self._show_area(row)

    def _show_quietly(self, row: int) -> None:
        """Show an area without asking about the one that was shown."""
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)
        self._show_area(row)

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        self._shown_row = row
        self.area_stack.setCurrentIndex(row)
        for shortcut in SHORTCUTS:
            if shortcut.area_method is not None:
                getattr(self, shortcut.action).setEnabled(
                    self._area_for(shortcut) is not None)
        self._update_title_and_status()

    def _area_for(self, shortcut: Shortcut) -> int | None:
        """The row of the area a shortcut reaches: the current one, or for one that works
        from anywhere the first area that offers it."""
        name = shortcut.area_method
        assert name is not None
        rows = [self._shown_row]
        if shortcut.anywhere:
            rows += range(len(self.area_widgets))
        return next((row for row in rows if row >= 0 and not self.areas[row].coming
                     and hasattr(self.area_widgets[row], name)), None)

    def _area_call(self, shortcut: Shortcut) -> None:
        row = self._area_for(shortcut)
        if row is None or self.locked or not self.show_area(row):
            return
        getattr(self.area_widgets[row], str(shortcut.area_method))()

    def show_area(self, row: int) -> bool:
        """Go to an area, as a click in the sidebar does; False if the user stayed."""
        self.sidebar.setCurrentRow(row)
        return self._shown_row == row

    def open_area(self, key: str, filters: Mapping[str, object] | None = None) -> None:
        """An area's link to another (the home screen's counts), with its filters."""
        keys = [area.key for area in self.areas]
        if key not in keys or self.areas[keys.index(key)].coming or self.locked:
            return
        row = keys.index(key)
        if not self.show_area(row):
            return
        show_filtered = getattr(self.area_widgets[row], "show_filtered", None)
        if show_filtered is not None and filters:
            show_filtered(dict(filters))

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
                            self.contact_action, self.settings_action, self.password_action,
                            self.lock_action, self.rekey_action, self.restore_action,
                            self.auto_sync.conflicts_action):
            menu_action.setEnabled(False)
        self._update_title_and_status()
        self.lock_screen.prompt.password.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.locked = False
        self.pages.setCurrentWidget(self.content)
        for window in self._hidden_windows:  # a question that ran exec() ended when hidden
            if shiboken6.isValid(window):  # and may be deleted by now
                window.show()
        self._hidden_windows = []
        for menu_action in (self.settings_action, self.password_action, self.lock_action,
                            self.rekey_action, self.restore_action, self.contact_action):
            menu_action.setEnabled(True)
        self.auto_sync.conflicts_action.setEnabled(self.auto_sync.joined)
        self._show_area(self.sidebar.currentRow())
        self.idle.restart()
        if self.auto_backup:  # the first unlock of a new day makes the day's backup
            self.auto_backup.run()
        self.auto_sync.run()  # back at the desk: what the team did meanwhile
        self.locked_changed.emit(False)

    # -- the employer-contact log, from anywhere -----------------------------------------

    def log_contact(self) -> None:
        """Ctrl+Shift+K: the contact dialog over whatever area is shown (never when locked)."""
        if self.locked:
            return
        from ips_desktop.ui.dialogs.contact_dialog import open_contact_dialog

        self.contact_dialog = open_contact_dialog(self.ws, self)
        self.contact_dialog.saved.connect(self._contact_saved)

    def _contact_saved(self, _contact_id: object) -> None:
        self.statusBar().showMessage(self.tr("The employer contact is saved."), 5000)
        self.refresh_areas()  # the log, the due follow-ups, the 30-day rule

    def refresh_areas(self) -> None:
        """Every area reads its data again (a contact logged, settings saved, a sync's pull)."""
        for widget in self.area_widgets:
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()

    # -- settings, help, state -----------------------------------------------------------

    def open_settings(self) -> None:
        from ips_desktop.ui.shell.settings_dialog import SettingsDialog

        # open(), not exec(): the auto-lock hides an open dialog, which would end exec().
        dialog = SettingsDialog(self.preferences, self, ws=self.ws)
        dialog.accepted.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self) -> None:
        self.idle.set_interval(self.preferences.auto_lock_minutes * MINUTE_MS)
        self._update_title_and_status()  # the profile's name and initials
        self.auto_sync.update_joined()  # joined a team database in Settings
        self.refresh_areas()

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
        self.auto_sync.stop()
        wait_for_background_work()
        self.ws.close()

    def show_help(self) -> None:
        from ips_desktop.ui.shell.help import HelpDialog

        HelpDialog(self).open()

    def show_about(self) -> None:
        from ips_desktop.ui.shell.about import AboutDialog

        AboutDialog(self).open()

    def _restore_state(self) -> None:
        geometry, state, area = self.preferences.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        if state is not None:
            self.restoreState(state)
        keys = [a.key if not a.coming else None for a in self.areas]
        self.sidebar.setCurrentRow(keys.index(area) if area and area in keys else 0)

    def _may_close(self) -> bool:
        """Every area's unsaved input, the one on screen first, each shown while asked."""
        rows = sorted(range(len(self.areas)), key=lambda row: row != self._shown_row)
        for row in rows:
            widget = self.area_widgets[row]
            if getattr(widget, "has_unsaved_changes", lambda: False)():
                if not self.locked:
                    self._show_quietly(row)
                if not may_leave(self, widget):
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.restored and not self.unsaved_answered and not self._may_close():
            event.ignore()
            return
        self.unsaved_answered = True  # asked once: the close after the backup does not ask again
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
        self.auto_sync.stop()
        wait_for_background_work()
        self.ws.close()
        super().closeEvent(event)
