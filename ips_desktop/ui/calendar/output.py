"""The calendar leaving the screen: the week's PDF (Ctrl+P) and the .ics export.

The rows and the audit event are services.calendar_exports'; the PDF's bytes are
reports.calendar_pdf's, laid out off the GUI thread (a busy week takes a
moment) by the print preview's BackgroundPreview, which opens the preview
when they are ready (after the unlock, if the window was locked meanwhile).
The .ics export is the export dialog's (range, presence only, names or not,
the file).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject
from PySide6.QtWidgets import QWidget

from ips_desktop.domain import messages

if TYPE_CHECKING:
    from ips_desktop.ui.calendar.area import CalendarArea
    from ips_desktop.ui.widgets.print_preview import BackgroundPreview


class CalendarOutput(QObject):
    def __init__(self, area: CalendarArea) -> None:
        super().__init__(area)
        self.area = area
        self._job: BackgroundPreview | None = None  # made on the first Ctrl+P

    @property
    def preview(self) -> QWidget | None:
        """The last week's preview, while open."""
        return self._job.preview if self._job is not None else None

    def print_week(self, week: tuple[int, int], *, full_week: bool,
                   hours: tuple[int, int]) -> None:
        """The ISO `week` as the area shows it (its occurrences, whose, work or full week)
        in the print preview; the print is recorded (an audit PRINT with the count)."""
        from ips_desktop.reports.calendar_pdf import week_pdf, week_title
        from ips_desktop.services.calendar_exports import (
            record_week_pdf_saved,
            record_week_print,
            week_file_name,
        )
        from ips_desktop.ui.widgets.print_preview import BackgroundPreview

        area = self.area
        self._job = BackgroundPreview.of(area)
        if self._job.building:  # a second Ctrl+P while the first is being laid out
            return
        ctx, language = area.ws.ctx, messages.current_language()
        printout = record_week_print(ctx, week, area.week_occurrences(),
                                     language=language, full_week=full_week, hours=hours,
                                     consultant_ids=area.shown_consultants())
        self._job.start(lambda: week_pdf(printout, language=language),
                        title=week_title(printout, language),
                        suggested_name=week_file_name(printout, language),
                        on_saved=lambda: record_week_pdf_saved(ctx, printout))

    def export_ics(self, first: date, last: date, consultant_id: uuid.UUID | None) -> Path | None:
        """The export dialog over the days shown; the message bar says where the file went."""
        from ips_desktop.ui.calendar.export_dialog import export_ics_interactively

        saved = export_ics_interactively(self.area.ws, self.area, first=first, last=last,
                                         consultant_id=consultant_id)
        if saved is not None:
            self.area.message.say(self.tr("The calendar is exported to %1.").replace(
                "%1", QDir.toNativeSeparators(str(saved))))
        return saved
