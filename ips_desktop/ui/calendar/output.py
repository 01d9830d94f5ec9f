"""The calendar leaving the screen: the week's PDF (Ctrl+P) and the .ics export.

The rows and the audit event are services.calendar_exports'; the PDF's bytes are
reports.calendar_pdf's, laid out off the GUI thread (a busy week takes a
moment), and the preview opens when they are ready (after the unlock, if the
window was locked meanwhile), as the employer log's week does. The .ics export
is the export dialog's (range, presence only, names or not, the file).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ips_desktop.domain import messages
from ips_desktop.ui.widgets.background import run_in_background

if TYPE_CHECKING:
    from ips_desktop.services.calendar_exports import WeekPrint
    from ips_desktop.ui.calendar.area import CalendarArea


class CalendarOutput(QObject):
    def __init__(self, area: CalendarArea) -> None:
        super().__init__(area)
        self.area = area
        self._printing = False
        self._waiting: tuple[bytes, WeekPrint] | None = None
        self.preview: QWidget | None = None  # the last week's preview, while open

    def print_week(self, week: tuple[int, int], *, full_week: bool,
                   hours: tuple[int, int]) -> None:
        """The ISO `week` as the area shows it (its occurrences, whose, work or full week)
        in the print preview; the print is recorded (an audit PRINT with the count)."""
        from ips_desktop.reports.calendar_pdf import week_pdf
        from ips_desktop.services.calendar_exports import record_week_print

        if self._printing:  # a second Ctrl+P while the first is being laid out
            return
        area = self.area
        language = messages.current_language()
        printout = record_week_print(area.ws.ctx, week, area.week_occurrences(),
                                     language=language, full_week=full_week, hours=hours,
                                     consultant_ids=area.shown_consultants())

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
            if self.area.isVisible():
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

    def _show(self, pdf: bytes, printout: WeekPrint) -> None:
        from ips_desktop.reports.calendar_pdf import week_title
        from ips_desktop.services.calendar_exports import record_week_pdf_saved, week_file_name
        from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog

        ctx, language = self.area.ws.ctx, messages.current_language()
        dialog = PrintPreviewDialog(
            pdf, week_title(printout, language), week_file_name(printout, language),
            self.area, on_saved=lambda: record_week_pdf_saved(ctx, printout))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview = dialog
        dialog.open()

    def export_ics(self, first: date, last: date, consultant_id: uuid.UUID | None) -> Path | None:
        """The export dialog over the days shown; the message bar says where the file went."""
        from ips_desktop.ui.calendar.export_dialog import export_ics_interactively

        saved = export_ics_interactively(self.area.ws, self.area, first=first, last=last,
                                         consultant_id=consultant_id)
        if saved is not None:
            self.area.message.say(self.tr("The calendar is exported to %1.").replace(
                "%1", QDir.toNativeSeparators(str(saved))))
        return saved
