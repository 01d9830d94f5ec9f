"""The window's daily backup: off the GUI thread, its state in the status bar, never a dialog.

It runs a little after the window opens (the first unlock of the day), after
every unlock of the lock screen, every hour while the window is open, and at
exit if the day's backup has not been made yet; `services.backups.run_auto`
decides whether one is due. A folder that cannot be reached (a network drive
away from the office) is only shown in the status bar and tried again later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from ips_desktop.crash_log import log_exception
from ips_desktop.services import backups
from ips_desktop.services.backups import AutoResult, BackupFolderUnreachable
from ips_desktop.services.workspace import StorageError, Workspace
from ips_desktop.ui.widgets.background import run_in_background

HOUR_MS = 3_600_000
START_DELAY_MS = 5_000  # after the first paint and the list have loaded


class AutoBackup(QObject):
    finished = Signal()

    def __init__(self, ws: Workspace, status_bar: QStatusBar, *,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(status_bar)
        self.ws, self.now = ws, now
        self.running = False
        self.made_today: datetime | None = None  # the day of the last success
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: SQLCipher's export reports no progress
        self.progress.setMaximumWidth(90)
        self.progress.hide()
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        QTimer.singleShot(START_DELAY_MS, self, self.run)

    def done_today(self) -> bool:
        return self.made_today is not None and self.made_today.date() == self.now().date()

    def run(self) -> None:
        """Start a backup in the background if none is running; a no-op when not due."""
        if self.running:
            return
        self.running = True
        self.progress.show()
        self.label.setText(self.tr("Making a backup…"))
        ws, now = self.ws, self.now

        def work() -> AutoResult | StorageError | OSError:
            try:
                return backups.run_auto(ws, now=now)
            except (StorageError, OSError) as exc:
                log_exception(type(exc), exc.__traceback__)
                return exc

        run_in_background(work, self._done, self)

    def _done(self, result: AutoResult | StorageError | OSError) -> None:
        self.running = False
        self.progress.hide()
        if isinstance(result, BackupFolderUnreachable):
            self.label.setText(self.tr("Backup folder not reachable; will try again"))
        elif isinstance(result, Exception):
            self.label.setText(self.tr("Backup failed; will try again"))
        else:
            self.made_today = self.now()
            newest = result.latest
            when = newest.made_at.strftime("%H:%M") if newest else ""
            self.label.setText(self.tr("Backup %1").replace("%1", when).strip())
        self.finished.emit()

    def stop(self) -> None:
        self.timer.stop()
