"""Errors in the window: a machine condition said in words, anything else logged and shown safely.

A full disk, a read-only data folder or a damaged database (services.problems)
gets its own plain message. Anything else is an unexpected error: logged
without personal data and shown with a 'copy details' button. Neither ever
shows an exception's message, which may hold a name or a CPR number.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ips_desktop.crash_log import describe, log, log_exception
from ips_desktop.domain.messages import error_message
from ips_desktop.services import problems
from ips_desktop.services.problems import StorageError

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130


def show_error(details: str) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
    box.setText(QCoreApplication.translate(
        "ErrorDialog", "Something went wrong. What you saved before is safe; the last action "
        "may not have been completed. The error has been written to the log file."))
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("ErrorDialog", "Copy details"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()


def show_problem(problem: StorageError, folder: Path | None = None) -> None:
    """A full disk, a read-only folder, a damaged database: what it is and what to do."""
    text = error_message(problem)
    if folder is not None:
        text += "\n\n" + str(folder)
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("IPS Desktop")
    box.setText(text)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()


def _on_gui_thread(app: QCoreApplication, show: Callable[[], None]) -> None:
    """An error raised in a background job is shown by the GUI thread: a widget made on
    a worker thread aborts the process."""
    if QThread.currentThread() is app.thread():
        show()
    else:
        QTimer.singleShot(0, app, show)


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """sys.excepthook: also what PySide6 calls for an exception that leaves a slot."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    problem = problems.storage_problem(exc)
    app = QApplication.instance()
    if problem is not None:
        log.warning("%s (%s)", type(problem).__name__, exc_type.__qualname__)
        if app is not None:
            _on_gui_thread(app, lambda: show_problem(problem))
        else:
            print(error_message(problem), file=sys.stderr)
        return
    details = log_exception(exc_type, tb)
    if app is not None:
        _on_gui_thread(app, lambda: show_error(details))
    else:  # before the window exists: the same safe description, never a raw traceback
        print(describe(exc_type, tb), file=sys.stderr)


def install() -> None:
    """First thing in the GUI's start: nothing after this can crash silently."""
    sys.excepthook = excepthook


def guarded(start: Callable[[], int]) -> int:
    """Run the window; an error that escapes start-up becomes a message and an exit code."""
    try:
        return start()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # the window's last line of defence
        excepthook(type(exc), exc, exc.__traceback__)
        problem = problems.storage_problem(exc)
        return problem.exit_code if problem is not None else EXIT_ERROR


def refuse_unwritable(root: Path) -> int | None:
    """At start, before any password: a data folder that cannot be written is said at once.

    Unlocking writes an audit event, so nothing could work; the window says
    which folder and why, and the app stops with ReadOnly's (or DiskFull's)
    exit code. None when the folder can be written.
    """
    problem = problems.data_dir_problem(root)
    if problem is None:
        return None
    log.warning("data folder cannot be written: %s", type(problem).__name__)
    show_problem(problem, root)
    return problem.exit_code
