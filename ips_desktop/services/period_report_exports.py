"""The period report leaving the app: saved as PDF or .xlsx, and printed.

The Team overview area ("Indberetning…") and the command line (`ips-desktop
report period`) share these use cases; the bytes are the reports' job
(reports/period_report_pdf.py, reports/period_report_xlsx.py, called by the
front end: services never import reports). Written as the supervision list's
exports are (services/supervision_exports.py): whole or not at all, 0600,
never into a data directory nor over the open database, the export recorded
in the audit trail (period, consultant id, counts; never the file's name).
"""

from __future__ import annotations

from pathlib import Path

from ips_desktop.services import period_report, printing, supervision_exports
from ips_desktop.services.context import AppContext
from ips_desktop.services.period_report import PeriodReport

__all__ = ["FORMATS", "ExportTargetRefused", "check_target", "file_name", "record_pdf_saved",
           "record_print", "save_export"]

ExportTargetRefused = supervision_exports.ExportTargetRefused
FORMATS = ("pdf", "xlsx")
check_target = supervision_exports.check_target  # the data folder, the database: refused
file_name = period_report.file_name


def save_export(ctx: AppContext, target: Path, data: bytes, report: PeriodReport,
                file_format: str) -> None:
    """Write the finished PDF or workbook to `target` and record the export.

    Raises ExportTargetRefused (data directory, the database) before writing,
    OSError when the file cannot be written; a file whose export cannot be
    recorded is removed again.
    """
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}")
    check_target(ctx, target)
    with printing.recorded_write(target, data):
        period_report.record_export(ctx, report, file_format)


def record_print(ctx: AppContext, report: PeriodReport) -> None:
    """The report shown in the print preview (and so on paper): a print event."""
    period_report.record_print(ctx, report)


def record_pdf_saved(ctx: AppContext, report: PeriodReport) -> None:
    """The printout saved from the preview, which wrote the file itself: an export event."""
    period_report.record_export(ctx, report, "pdf")
