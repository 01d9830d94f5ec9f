"""The toolbar's "Indberetning…": the period report for STAR and the case system, previewed.

The report is `services.period_report` (the courses started and ended with the
fields the municipal case system needs, the quarterly figures) for the months
shown: from the first month's first day to the last month's last day (what
is after today is not counted). It is read and laid out off the GUI thread
through the shared `BackgroundPreview` (`reports.period_report_pdf`); the
preview prints it or saves it as PDF. A print and a saved file are audit
events with ids only. The workbook is the command line's
(`ips-desktop report period --format xlsx`).
"""

from __future__ import annotations

import calendar
import uuid
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ips_desktop.domain.messages import current_language
from ips_desktop.services import period_report
from ips_desktop.services.context import AppContext
from ips_desktop.services.period_report import PeriodReport


def month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def print_period_report(owner: QWidget, ctx: AppContext, first: date, last: date,
                        consultant_id: uuid.UUID | None, *, today: date) -> None:
    """Preview the period report of the months `first`..`last` (first days of months)."""
    from ips_desktop.reports.period_report_pdf import period_report_pdf
    from ips_desktop.ui.widgets.print_preview import BackgroundPreview

    job = BackgroundPreview.of(owner)
    if job.building:
        return
    language, start, end = current_language(), first, month_end(last)
    read: list[PeriodReport] = []

    def build() -> bytes:
        report = period_report.period_report(ctx, start, end, today=today,
                                             consultant_id=consultant_id)
        read.append(report)
        period_report.record_print(ctx, report)
        return period_report_pdf(report, language=language, made_at=datetime.now())

    def saved() -> None:
        if read:
            period_report.record_export(ctx, read[-1], "pdf")

    title = QCoreApplication.translate("PeriodOutput", "Period report, %1–%2").replace(
        "%1", f"{start.day}.{start.month}.{start.year}").replace(
        "%2", f"{end.day}.{end.month}.{end.year}")
    job.start(build, title=title,
              suggested_name=f"period-report-{start.isoformat()}-{end.isoformat()}.pdf",
              on_saved=saved)
