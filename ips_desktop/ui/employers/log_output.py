"""The log leaving the screen: the filter's .xlsx (Export…) and the week's PDF (Ctrl+P).

The rows are gathered and the audit event written by services.employer_log_exports;
the bytes are the reports' (employer_log_xlsx, employer_log_pdf). Laying out a
busy week's PDF takes a moment, so it runs off the GUI thread (the print
preview's BackgroundPreview), and the preview opens when it is ready (after
the unlock, if the window was locked meanwhile).
The file names suggested carry the week or the period, never a name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ips_desktop.services import employer_log_exports as exports
from ips_desktop.services.employer_log import LogFilter
from ips_desktop.ui.widgets.error_dialog import error_message

if TYPE_CHECKING:
    from ips_desktop.ui.employers.log_view import LogView
    from ips_desktop.ui.widgets.print_preview import BackgroundPreview


class LogOutput(QObject):
    """Export and print for one log view (its workspace, language and window)."""

    def __init__(self, view: LogView) -> None:
        super().__init__(view)
        self.view = view
        self._job: BackgroundPreview | None = None  # made on the first Ctrl+P

    @property
    def preview(self) -> QWidget | None:
        """The last week's preview, while open."""
        return self._job.preview if self._job is not None else None

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
        from ips_desktop.reports.employer_log_pdf import week_file_name, week_pdf, week_title
        from ips_desktop.ui.widgets.print_preview import BackgroundPreview

        self._job = BackgroundPreview.of(self.view)
        if self._job.building:  # a second Ctrl+P while the first is being laid out
            return
        ctx, language = self.view.ws.ctx, self._language()
        printout = exports.week_print(ctx, flt)  # records the print
        self._job.start(lambda: week_pdf(printout, language=language),
                        title=week_title(printout, language),
                        suggested_name=week_file_name(printout, language),
                        on_saved=lambda: exports.record_week_pdf_saved(ctx, printout))
