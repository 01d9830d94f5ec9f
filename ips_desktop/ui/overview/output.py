"""Printing and exporting the Team overview shown: the steering group's printout and workbook.

The bytes are the reports' (`reports.overview_pdf`, `reports.overview_xlsx`);
writing them safely and the audit are `services.overview_exports`'. Ctrl+P
lays the PDF out off the GUI thread through the shared `BackgroundPreview`
(progress after a moment, Cancel, the preview when ready, never over the
lock). The printout holds the period's figures for the whole team, the
fidelity self-check of the period when it can be read, and the team's
comment as typed. File names carry the months, never a name. As the
supervision list's: how fresh each consultant's data is, on the page, and a
question first when someone's is older than a week (ui/widgets/freshness.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ips_desktop.domain.messages import current_language, error_message
from ips_desktop.services import overview_exports as exports
from ips_desktop.services import team_freshness
from ips_desktop.services.context import AppContext
from ips_desktop.services.overview_model import TeamOverview
from ips_desktop.services.team_freshness import Freshness
from ips_desktop.ui.overview import tabs
from ips_desktop.ui.widgets.freshness import confirm_print

if TYPE_CHECKING:
    from ips_desktop.services.fidelity_model import FidelityCheck
    from ips_desktop.ui.widgets.print_preview import BackgroundPreview


def read_fidelity(ctx: AppContext, first: date, last: date) -> FidelityCheck:
    """The period's fidelity self-check, printed with the figures."""
    from ips_desktop.services.fidelity import fidelity_self_check

    return fidelity_self_check(ctx, first, last, today=tabs.today())


def build(ctx: AppContext, shown: TeamOverview, comment: str, fmt: str,
          language: str, consultant_id: uuid.UUID | None = None,
          freshness: Sequence[Freshness] = ()) -> bytes:
    """The printout (pdf: the team's, or one consultant's) or the workbook (xlsx: the team
    and every consultant) of `shown`; runs off the GUI thread. Both say how fresh each
    consultant's data is (`freshness`, read on the GUI thread when it was asked)."""
    made_at = datetime.now()  # local time, as every printout says it
    if fmt == "xlsx":
        from ips_desktop.reports.overview_xlsx import overview_xlsx

        return overview_xlsx(shown, language=language, made_at=made_at, freshness=freshness)
    from ips_desktop.reports.overview_pdf import overview_pdf

    fidelity = read_fidelity(ctx, shown.first, shown.last)
    return overview_pdf(shown, fidelity, comment, language=language, made_at=made_at,
                        consultant_id=consultant_id, freshness=freshness)


class OverviewOutput(QObject):
    """Print and export for one figures tab (its workspace, language and window)."""

    def __init__(self, owner: QWidget, ctx: Callable[[], AppContext]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.ctx = ctx
        self.job: BackgroundPreview | None = None  # made on the first Ctrl+P

    def title(self, shown: TeamOverview) -> str:
        return self.tr("Team overview, %1–%2").replace(
            "%1", f"{shown.first.month}.{shown.first.year}").replace(
            "%2", f"{shown.last.month}.{shown.last.year}")

    def print_overview(self, shown: TeamOverview, comment: str,
                       consultant_id: uuid.UUID | None = None) -> None:
        from ips_desktop.ui.widgets.print_preview import BackgroundPreview

        self.job = BackgroundPreview.of(self.owner)
        if self.job.building:  # a second Ctrl+P while the first is being laid out
            return
        ctx, language = self.ctx(), current_language()
        fresh = team_freshness.team_freshness(ctx)
        if not confirm_print(self.owner, fresh):  # someone's data is over a week old
            return
        exports.record_print(ctx, shown, consultant_id=consultant_id, fidelity=True)
        self.job.start(lambda: build(ctx, shown, comment, "pdf", language, consultant_id,
                                     fresh),
                       title=self.title(shown),
                       suggested_name=exports.file_name(shown.first, shown.last, "pdf"),
                       on_saved=lambda: exports.record_pdf_saved(
                           ctx, shown, consultant_id=consultant_id, fidelity=True))

    def export_overview(self, shown: TeamOverview, comment: str,
                        consultant_id: uuid.UUID | None = None) -> Path | None:
        """Ask where and as what (PDF or .xlsx, by the filter or the name's suffix), write."""
        pdf_filter, xlsx_filter = self.tr("PDF files (*.pdf)"), self.tr(
            "Excel workbooks (*.xlsx)")
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.owner, self.tr("Export the team overview"),
            str(Path(folder) / exports.file_name(shown.first, shown.last, "pdf")),
            f"{pdf_filter};;{xlsx_filter}")
        if not chosen:
            return None
        target = Path(chosen)
        fmt = exports.format_of(target, "xlsx" if chosen_filter == xlsx_filter else "pdf")
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        return self.save(shown, comment, target, fmt, consultant_id)

    def save(self, shown: TeamOverview, comment: str, target: Path, fmt: str,
             consultant_id: uuid.UUID | None = None) -> Path | None:
        """Build and write `fmt` to `target`; a refusal or failed write is said, not raised."""
        ctx = self.ctx()
        fresh = team_freshness.team_freshness(ctx)  # said in the workbook too, without asking
        if fmt == "pdf" and not confirm_print(self.owner, fresh):
            return None
        try:
            exports.check_target(ctx, target)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                data = build(ctx, shown, comment, fmt, current_language(), consultant_id,
                             fresh)
            finally:
                QApplication.restoreOverrideCursor()
            exports.save_export(ctx, target, data, shown, fmt, consultant_id=consultant_id,
                                fidelity=fmt == "pdf")
        except exports.ExportTargetRefused as refused:
            QMessageBox.warning(self.owner, self.tr("Not saved"), error_message(refused))
            return None
        except OSError as error:
            QMessageBox.warning(self.owner, self.tr("Not saved"),
                                self.tr("The file could not be saved in %1:").replace(
                                    "%1", QDir.toNativeSeparators(str(target.parent)))
                                + f"\n\n{error.strerror or error}")
            return None
        return target
