"""The window's sync with the team database: at start, every 5 minutes, at unlock, on F9.

Only a laptop that has joined a team database syncs; on any other the label,
the timer and the actions are not there. A sync runs off the GUI thread (the
network may take seconds, or minutes to time out), one at a time: a second
request while one runs is dropped, as the running one sends the same changes.
Offline is normal (weeks on the road), so an unreachable team database only
changes the status-bar label; a refused login is the one problem said aloud,
once, because only a person (the team lead, IT) can fix it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QToolButton, QWidget

from ips_desktop.crash_log import log_exception
from ips_desktop.domain.messages import error_message
from ips_desktop.services import sync
from ips_desktop.services.sync import SyncReport, TeamAuthFailed, TeamUnreachable
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.widgets.background import run_in_background

SYNC_INTERVAL_MS = 5 * 60_000
START_DELAY_MS = 3_000  # after the first paint and the lists have loaded

Outcome = SyncReport | Exception


class AutoSync(QObject):
    finished = Signal(object)  # the SyncReport, or the exception that stopped the sync

    def __init__(self, ws: Workspace, status_bar: QStatusBar, sync_action: QAction, *,
                 refresh: Callable[[], None], start_delay_ms: int = START_DELAY_MS) -> None:
        """`sync_action` is the window's F9 (help.SHORTCUTS makes it, so Help lists it)."""
        super().__init__(status_bar)
        self.ws, self.refresh = ws, refresh
        self.window = status_bar.window()
        self.running = False
        self.stopped = False  # the window closes: no sync starts on a closing workspace
        self.problem: Exception | None = None  # why the last sync did not happen
        self.refused = 0  # changes the team's rules did not let this login write, last sync
        self.out_of_sight = 0  # rows removed here at the last sync: no longer this login's
        self.told_auth = False  # the refused login is said once, not every five minutes
        self.conflicts_dialog: QWidget | None = None
        self.label = QLabel()
        self.label.setObjectName("sync_label")
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("sync_conflicts")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setStyleSheet("color: #b00020; font-weight: bold;")
        self.conflicts_button.clicked.connect(self.open_conflicts)
        status_bar.addPermanentWidget(self.conflicts_button)
        status_bar.addPermanentWidget(self.label)
        self.sync_action = sync_action
        self.conflicts_action = QAction(self.window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.run)
        self.joined = False
        self.update_joined()
        if self.joined:
            QTimer.singleShot(start_delay_ms, self, self.run)
        self.retranslate()

    def update_joined(self) -> None:
        """Show the sync where the laptop has joined a team (also after joining in Settings)."""
        self.joined = sync.joined(self.ws.ctx)
        for action in (self.sync_action, self.conflicts_action):
            action.setVisible(self.joined)
            action.setEnabled(self.joined)
        self.label.setVisible(self.joined)
        if self.joined and not self.timer.isActive():
            self.timer.start()
        elif not self.joined:
            self.timer.stop()
            self.conflicts_button.hide()
        self.show_status()

    def retranslate(self) -> None:
        self.sync_action.setText(self.tr("S&ync now"))
        self.conflicts_action.setText(self.tr("C&onflicts…"))
        self.show_status()

    def run(self) -> None:
        """One sync in the background, unless one runs or the laptop has joined no team."""
        if self.running or not self.joined or self.stopped:
            return
        self.running = True
        self.label.setText(self.tr("Syncing…"))
        ctx = self.ws.ctx

        def work() -> Outcome:
            try:
                return sync.sync_now(ctx)
            except sync.SyncError as exc:
                return exc
            except Exception as exc:  # a bug: logged (no personal data), the label says so
                log_exception(type(exc), exc.__traceback__)
                return exc

        run_in_background(work, self._done, self)

    def _done(self, outcome: Outcome) -> None:
        self.running = False
        self.stopped = False  # the window closes: no sync starts on a closing workspace
        self.problem = outcome if isinstance(outcome, Exception) else None
        if isinstance(outcome, SyncReport):
            self.refused = outcome.refused
            self.out_of_sight = outcome.out_of_sight
        if isinstance(outcome, SyncReport) and outcome.pulled:
            self.refresh()  # the open views show what came from the team
        self.show_status()
        self._refresh_conflicts()
        locked = bool(getattr(self.window, "locked", False))  # said after the unlock's sync
        if isinstance(outcome, TeamAuthFailed) and not self.told_auth and not locked:
            self.told_auth = True
            self._tell(outcome)
        elif isinstance(outcome, SyncReport):
            self.told_auth = False
        self.finished.emit(outcome)

    def _tell(self, problem: Exception) -> None:
        parent = self.window if isinstance(self.window, QWidget) else None
        box = QMessageBox(QMessageBox.Icon.Warning, "IPS Desktop", error_message(problem),
                          QMessageBox.StandardButton.Close, parent)
        box.setObjectName("sync_auth_message")
        box.open()  # not exec(): the timer's sync must not wait for the answer

    def show_status(self) -> None:
        """The label: when the last sync was, what waits to be sent, what waits for a person."""
        if not self.joined or self.running:
            return
        status = sync.sync_status(self.ws.ctx)
        parts = [self._state(status.last_sync_at)]
        if status.unsent:
            parts.append(self.tr("%n change(s) waiting", "", status.unsent))
        if self.refused:
            parts.append(self.tr("%n change(s) refused by the team's rules", "", self.refused))
        if self.out_of_sight:
            parts.append(self.tr("%n row(s) no longer yours removed", "", self.out_of_sight))
        self.label.setText(" · ".join(parts))
        tips = []
        if isinstance(self.problem, sync.SyncError):
            tips.append(error_message(self.problem))
        elif self.refused:
            tips.append(self.tr(
                "The team database did not take changes to rows this login may not write "
                "(another consultant's course, say). They are kept there for the team lead."))
        if self.out_of_sight and not isinstance(self.problem, sync.SyncError):
            tips.append(self.tr(
                "The team's rules no longer let this login read some rows (a course given to "
                "a colleague, say): they were removed from this computer. The team database "
                "keeps them."))
        self.label.setToolTip("\n".join(tips))
        waiting = status.conflicts_waiting
        self.conflicts_button.setText(self.tr("%n conflict(s) waiting", "", waiting))
        self.conflicts_button.setVisible(waiting > 0)

    def _state(self, last: datetime | None) -> str:
        if isinstance(self.problem, TeamUnreachable):
            return self.tr("Offline – synced later")
        if isinstance(self.problem, TeamAuthFailed):
            return self.tr("The team database refused the login")
        if self.problem is not None:
            return self.tr("Sync failed; will try again")
        if last is None:
            return self.tr("Not synced yet")
        local = last.astimezone()
        if local.date() == datetime.now().astimezone().date():
            return self.tr("Synced %1").replace("%1", local.strftime("%H:%M"))
        return self.tr("Synced %1").replace("%1", local.strftime("%d.%m. %H:%M"))

    def open_conflicts(self) -> None:
        """The Conflicts view (one window; a second click brings it to the front)."""
        from ips_desktop.ui.participants.erase_dialog import EraseDialog
        from ips_desktop.ui.sync.conflicts_view import ConflictsView

        if self.conflicts_dialog is None:
            parent = self.window if isinstance(self.window, QWidget) else None
            view = ConflictsView(self.ws, parent, erase_dialog=EraseDialog)
            view.decided.connect(self._decided)
            self.conflicts_dialog = view
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        self.conflicts_dialog.activateWindow()

    def _decided(self) -> None:
        """A decision changed a row: the views show it, the label counts one conflict less."""
        self.refresh()
        self.show_status()

    def _refresh_conflicts(self) -> None:
        view = self.conflicts_dialog
        if view is not None and view.isVisible():
            view.refresh()  # type: ignore[attr-defined]

    def stop(self) -> None:
        """Before the workspace closes (the start's delayed sync included)."""
        self.stopped = True
        self.timer.stop()
