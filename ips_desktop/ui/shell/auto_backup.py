"""The window's daily backup: off the GUI thread, its state in the status bar, never a dialog.

It runs a little after the window opens (the first unlock of the day), after
every unlock of the lock screen, every hour while the window is open, and at
exit if the day's backup has not been made yet; `services.backups.run_auto`
decides whether one is due. A folder that cannot be reached (a network drive
away from the office) is only shown in the status bar and tried again later.

At exit the window waits for the day's backup (seconds to tens of seconds on
a large database), so that wait is never silent and never forced: a small
dialog shows how far the copy is and offers to skip it, saying what skipping
means (the backup is made at the next start; nothing typed is lost). Skipping
stops the copy within a moment and leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QStatusBar, QWidget

from ips_desktop.crash_log import log_exception
from ips_desktop.services import backups
from ips_desktop.services.backups import AutoResult, BackupCancelled, BackupFolderUnreachable
from ips_desktop.services.workspace import StorageError, Workspace
from ips_desktop.ui.widgets.background import run_in_background

HOUR_MS = 3_600_000
START_DELAY_MS = 5_000  # after the first paint and the list have loaded
PROGRESS_MS = 200  # how often the bars show the worker's progress
EXIT_DIALOG_DELAY_MS = 400  # a backup done sooner closes the window without a dialog
EXIT_DIALOG_WIDTH = 460


class AutoBackup(QObject):
    finished = Signal()

    def __init__(self, ws: Workspace, status_bar: QStatusBar, *,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(status_bar)
        self.ws, self.now = ws, now
        self.running = False
        self.closing = False  # the window was asked to close: the run is the exit backup
        self.skip_requested = False  # read by the worker thread (a plain flag is enough)
        self.fraction = 0.0  # written by the worker thread, shown by the GUI thread
        self.made_today: datetime | None = None  # the day of the last success
        self.exit_dialog: QProgressDialog | None = None
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the copy reports how far it is
        self.progress.setMaximumWidth(90)
        self.progress.hide()
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        self.ticker = QTimer(self)
        self.ticker.setInterval(PROGRESS_MS)
        self.ticker.timeout.connect(self._show_progress)
        self.window = status_bar.window()
        # The window's closeEvent runs the exit backup; its Close event tells us first.
        self.window.installEventFilter(self)
        QTimer.singleShot(START_DELAY_MS, self, self.run)

    def done_today(self) -> bool:
        return self.made_today is not None and self.made_today.date() == self.now().date()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.exit_dialog is not None and self.exit_dialog.isVisible():
                self.skip()  # closed again while waiting: that is a "skip"
            self.closing = True
        return False

    def run(self) -> None:
        """Start a backup in the background if none is running; a no-op when not due."""
        if self.running:
            if self.closing:  # the window waits for this one: say so, and offer to skip
                self._offer_skip_soon()
            return
        self.running = True
        self.skip_requested = False
        self.fraction = 0.0
        self.progress.setRange(0, 0)
        self.progress.show()
        self.label.setText(self.tr("Making a backup…"))
        self.ticker.start()
        if self.closing:
            self._offer_skip_soon()
        ws, now = self.ws, self.now

        def work() -> AutoResult | StorageError | OSError:
            try:
                with backups.watching(progress=self._set_fraction,
                                      cancelled=lambda: self.skip_requested):
                    return backups.run_auto(ws, now=now)
            except BackupCancelled as exc:
                return exc
            except (StorageError, OSError) as exc:
                log_exception(type(exc), exc.__traceback__)
                return exc

        run_in_background(work, self._done, self)

    def skip(self) -> None:
        """Stop the backup being made (the exit dialog's button); the next start makes it."""
        self.skip_requested = True
        if self.exit_dialog is not None:
            self.exit_dialog.setLabelText(self.tr("Stopping the backup…"))

    def _set_fraction(self, fraction: float) -> None:  # on the worker thread
        self.fraction = fraction

    def _show_progress(self) -> None:
        """The copy's share written; then "checking" (reading every page back takes as long)."""
        checking = self.fraction >= 1.0
        value = int(self.fraction * 100)
        for bar in (self.progress, self.exit_dialog):
            if bar is None or (value <= 0 and not checking):
                continue
            if checking:
                bar.setRange(0, 0)  # busy: the read-back reports no fraction
            else:
                if bar.maximum() == 0:
                    bar.setRange(0, 100)
                bar.setValue(min(value, 99))
        if checking and self.running:
            self.label.setText(self.tr("Checking the backup…"))
            if self.exit_dialog is not None and not self.skip_requested:
                self.exit_dialog.setLabelText(self._exit_text(checking=True))

    def _exit_text(self, *, checking: bool) -> str:
        first = (self.tr("Checking today's backup before IPS Desktop closes…") if checking
                 else self.tr("Making today's backup before IPS Desktop closes…"))
        return first + "\n\n" + self.tr(
            "If you skip it, IPS Desktop closes now without today's backup; it is made the "
            "next time IPS Desktop starts. Everything you saved is kept either way.")

    def _offer_skip_soon(self) -> None:
        """The exit dialog, unless the backup is done before anyone would notice."""
        QTimer.singleShot(EXIT_DIALOG_DELAY_MS, self, self._offer_skip)

    def _offer_skip(self) -> None:
        if not self.running or self.exit_dialog is not None:
            return
        parent = self.window if isinstance(self.window, QWidget) else None
        dialog = QProgressDialog(parent)
        label = QLabel()
        label.setWordWrap(True)
        label.setMinimumWidth(EXIT_DIALOG_WIDTH)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        dialog.setLabel(label)  # its own label wraps; the default one grows to one long line
        dialog.setWindowTitle(self.tr("Closing IPS Desktop"))
        dialog.setLabelText(self._exit_text(checking=False))
        dialog.setCancelButtonText(self.tr("&Skip the backup"))
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.skip)
        self.exit_dialog = dialog
        self._show_progress()
        dialog.show()

    def _done(self, result: AutoResult | StorageError | OSError) -> None:
        self.running = False
        self.ticker.stop()
        self.progress.hide()
        if self.exit_dialog is not None:
            self.exit_dialog.canceled.disconnect(self.skip)
            self.exit_dialog.hide()
            self.exit_dialog.deleteLater()
            self.exit_dialog = None
        if isinstance(result, BackupCancelled):
            self.label.setText(self.tr("Backup skipped; it is made at the next start"))
        elif isinstance(result, BackupFolderUnreachable):
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
