"""The log leaving the screen: the filter's .xlsx (Export…) and the week's PDF (Ctrl+P).

The rows are gathered and the audit event written by services.employer_log_exports;
the bytes are the reports' (employer_log_xlsx, employer_log_pdf). Laying out a
busy week's PDF takes a moment, so it runs off the GUI thread, and the preview
opens when it is ready (after the unlock, if the window was locked meanwhile).
The file names suggested carry the week or the period, never a name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ips_desktop.services import employer_log_exports as exports
from ips_desktop.services.employer_log import LogFilter
from ips_desktop.ui.widgets.background import run_in_background
from ips_desktop.ui.widgets.error_dialog import error_message

if TYPE_CHECKING:
    from ips_desktop.ui.employers.log_view import LogView


class LogOutput(QObject):
    """Export and print for one log view (its workspace, language and window)."""

    def __init__(self, view: LogView) -> None:
        super().__init__(view)
        self.view = view
        self._printing = False
        self._waiting: tuple[bytes, exports.WeekPrint] | None = None
        self.preview: QWidget | None = None  # the last week's preview, while open

    def _language(self) -> str:
        return self.view.preferences.language

    def export(self, flt: LogFilter) -> Path | None:
        """Ask where, then write the .xlsx of every contact the filter shows."""
        from ips_desktop.reports.employer_log_xlsx import file_name, log_xlsx

        ctx, language = self.view.ws.ctx, self._language()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export = exports.log_export(ctx, flt)
            data = log_xlsx(export, language=language)
        finally:
            QApplication.restoreOverrideCursor()
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self.view, self.tr("Export the log"), str(Path(folder) / file_name(export, language)),
            self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            exports.save_export(ctx, target, data, export)
        except exports.ExportTargetRefused as refused:
            QMessageBox.warning(self.view, self.tr("Not saved"), error_message(refused))
            return None
        except OSError as error:
            QMessageBox.warning(self.view, self.tr("Not saved"),
                                self.tr("The file could not be saved in %1:").replace(
                                    "%1", QDir.toNativeSeparators(str(target.parent)))
                                + f"\n\n{error.strerror or error}")
            return None
        return target

    def print_week(self, flt: LogFilter) -> None:
        """The week's log (`flt.week` set) in a print preview, laid out off the GUI thread."""
        from ips_desktop.reports.employer_log_pdf import week_pdf

        if self._printing:  # a second Ctrl+P while the first is being laid out
            return
        printout = exports.week_print(self.view.ws.ctx, flt)  # records the print
        language = self._language()

        def work() -> bytes | Exception:
            try:
                return week_pdf(printout, language=language)
            except Exception as problem:  # raised on the GUI thread, once the cursor is back
                return problem

        def done(result: bytes | Exception) -> None:
            self._printing = False
            QApplication.restoreOverrideCursor()
            if isinstance(result, Exception):
                raise result
            if self.view.isVisible():
                self._show(result, printout)
            else:
                self._waiting = (result, printout)

        self._printing = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        run_in_background(work, done, self)

    def show_waiting(self) -> None:
        """A preview made while the window was locked: shown now that it is back."""
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._show(*waiting)

    def _show(self, pdf: bytes, printout: exports.WeekPrint) -> None:
        from ips_desktop.reports.employer_log_pdf import week_file_name, week_title
        from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog

        language = self._language()
        ctx = self.view.ws.ctx
        dialog = PrintPreviewDialog(
            pdf, week_title(printout, language), week_file_name(printout, language), self.view,
            on_saved=lambda: exports.record_week_pdf_saved(ctx, printout))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview = dialog
        dialog.open()
