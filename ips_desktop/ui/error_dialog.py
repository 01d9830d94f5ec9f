"""Unexpected errors: logged without personal data and shown with a 'copy details' button."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ips_desktop.crash_log import log_exception


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


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = log_exception(exc_type, tb)
    if QApplication.instance() is not None:
        show_error(details)


def install() -> None:
    """First thing in the GUI's start: nothing after this can crash silently."""
    sys.excepthook = excepthook
