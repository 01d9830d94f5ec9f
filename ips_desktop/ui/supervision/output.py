"""Printing and exporting the supervision list shown: the week and whose list chosen.

The bytes are the reports' (`reports.supervision_pdf`, `reports.supervision_xlsx`);
writing them safely and the audit are `services.supervision_exports`'. Ctrl+P
lays the PDF out off the GUI thread through the shared `BackgroundPreview`
(progress after a moment, Cancel, the preview when ready, never over the lock).
The whole list of the week is printed, whatever rule filter the screen shows:
the paper is for going through every participant. File names carry the week,
never a name. On a laptop that joined a team the PDF says how fresh each
consultant's data is (services/team_freshness.py), and someone's data older than
a week is asked about first ("Print anyway" / "Cancel") and said on the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ips_desktop.domain.messages import error_message
from ips_desktop.services import supervision_exports as exports
from ips_desktop.services import team_freshness
from ips_desktop.services.supervision import SupervisionList
from ips_desktop.services.team_freshness import Freshness
from ips_desktop.ui.i18n import week_label
from ips_desktop.ui.widgets.freshness import confirm_print

if TYPE_CHECKING:
    from ips_desktop.ui.supervision.area import SupervisionArea
    from ips_desktop.ui.widgets.print_preview import BackgroundPreview


class SupervisionOutput(QObject):
    """Print and export for one Supervision area (its workspace, language and window)."""

    def __init__(self, area: SupervisionArea) -> None:
        super().__init__(area)
        self.area = area
        self.job: BackgroundPreview | None = None  # made on the first Ctrl+P

    def title(self, listing: SupervisionList) -> str:
        return self.tr("Supervision list, %1").replace("%1", week_label(listing.week[1]))

    def print_listing(self, listing: SupervisionList) -> None:
        from ips_desktop.reports.supervision_pdf import supervision_pdf
        from ips_desktop.ui.widgets.print_preview import BackgroundPreview

        self.job = BackgroundPreview.of(self.area)
        if self.job.building:  # a second Ctrl+P while the first is being laid out
            return
        ctx, language = self.area.ws.ctx, self.area.preferences.language
        fresh = team_freshness.team_freshness(ctx)
        if not confirm_print(self.area, fresh):  # someone's data is over a week old
            return
        exports.record_print(ctx, listing)
        made_at = datetime.now()  # local time, as every printout says it
        self.job.start(lambda: supervision_pdf(listing, language=language, made_at=made_at,
                                               freshness=fresh),
                       title=self.title(listing),
                       suggested_name=exports.file_name(listing, "pdf"),
                       on_saved=lambda: exports.record_pdf_saved(ctx, listing))

    def export_listing(self, listing: SupervisionList) -> Path | None:
        """Ask where and as what (PDF or .xlsx, by the filter or the name's suffix), write."""
        pdf_filter, xlsx_filter = self.tr("PDF files (*.pdf)"), self.tr(
            "Excel workbooks (*.xlsx)")
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.area, self.tr("Export the supervision list"),
            str(Path(folder) / exports.file_name(listing, "pdf")),
            f"{pdf_filter};;{xlsx_filter}")
        if not chosen:
            return None
        target = Path(chosen)
        fmt = exports.format_of(target, "xlsx" if chosen_filter == xlsx_filter else "pdf")
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        return self.save(listing, target, fmt)

    def save(self, listing: SupervisionList, target: Path, fmt: str) -> Path | None:
        """Build and write `fmt` to `target`; a refusal or failed write is said, not raised."""
        ctx, language = self.area.ws.ctx, self.area.preferences.language
        fresh = team_freshness.team_freshness(ctx)  # said in the workbook too, without asking
        if fmt == "pdf" and not confirm_print(self.area, fresh):
            return None
        try:
            exports.check_target(ctx, target)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                data = _build(listing, fmt, language, fresh)
            finally:
                QApplication.restoreOverrideCursor()
            exports.save_export(ctx, target, data, listing, fmt)
        except exports.ExportTargetRefused as refused:
            QMessageBox.warning(self.area, self.tr("Not saved"), error_message(refused))
            return None
        except OSError as error:
            QMessageBox.warning(self.area, self.tr("Not saved"),
                                self.tr("The file could not be saved in %1:").replace(
                                    "%1", QDir.toNativeSeparators(str(target.parent)))
                                + f"\n\n{error.strerror or error}")
            return None
        return target


def _build(listing: SupervisionList, fmt: str, language: str,
           freshness: Sequence[Freshness] = ()) -> bytes:
    made_at = datetime.now()  # local time, as every printout says it
    if fmt == "xlsx":
        from ips_desktop.reports.supervision_xlsx import supervision_xlsx

        return supervision_xlsx(listing, language=language, made_at=made_at,
                                freshness=freshness)
    from ips_desktop.reports.supervision_pdf import supervision_pdf

    return supervision_pdf(listing, language=language, made_at=made_at, freshness=freshness)
