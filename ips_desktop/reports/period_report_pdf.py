"""The period report on A4 across: the courses started and ended, and the quarterly figures."""

from __future__ import annotations

from datetime import datetime

from ips_desktop.services.period_report import PeriodReport


def period_report_pdf(report: PeriodReport, *, language: str, made_at: datetime) -> bytes:
    """The report as A4 landscape PDF bytes, its words in `language`, printed at `made_at`."""
    raise NotImplementedError
