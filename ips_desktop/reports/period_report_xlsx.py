"""The period report as an .xlsx workbook: courses started, ended, job starts, quarters."""

from __future__ import annotations

from datetime import datetime

from ips_desktop.services.period_report import PeriodReport


def period_report_xlsx(report: PeriodReport, *, language: str, made_at: datetime) -> bytes:
    """The workbook of `report` as .xlsx bytes, its words in `language`."""
    raise NotImplementedError
