"""The employer-contact log leaving the app: the .xlsx export and the week's printout.

The window (the log's Export button and Print) and the command line
(`ips-desktop export employer-log`) share these use cases: gather the rows
of a filter with what the file says about the filter, write the finished
bytes where the user chose (whole or not at all, 0600, never into a data
directory), and record it. Every export and every print is an audit event
with the filter's ids and the row count only: never a name, a search text
or the file's name, which may carry a person's name. Building the bytes is
the reports' job (reports/employer_log_xlsx.py, reports/employer_log_pdf.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit, employer_log, printing
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.employer_log import ContactRow, LogFilter, LogSort, WeekSummaryRow
from ips_desktop.storage.models import Consultant, Course, Employer, Participant

__all__ = ["ExportTargetRefused", "LogExport", "WeekPrint", "consultant_by_initials",
           "log_export", "period_of", "record_week_pdf_saved", "save_export", "week_print"]

ExportTargetRefused = printing.ExportTargetRefused
AUDIT_ENTITY = "employer_log"


@dataclass(frozen=True)
class LogExport:
    """The rows of a filter, oldest first, and what the file states about the filter.

    `consultant`, `employer` and `participant` are the filter's labels
    ("AB – Anne Berg", the employer's name, the participant's name), "" when
    that filter is not set; they go into the file, never into its name.
    """

    flt: LogFilter
    rows: list[ContactRow]
    first_day: date | None  # the period asked for (None: open-ended)
    last_day: date | None
    consultant: str
    employer: str
    participant: str
    is_demo: bool
    made_at: datetime


@dataclass(frozen=True)
class WeekPrint:
    """The week's log for the team meeting: its contacts and each consultant's count."""

    export: LogExport
    week: tuple[int, int]
    summary: list[WeekSummaryRow]


def period_of(flt: LogFilter) -> tuple[date | None, date | None]:
    """The first and last day a filter covers: its ISO week, narrowed by its dates."""
    first, last = flt.date_from, flt.date_to
    if flt.week is not None:
        monday, sunday = employer_log.week_bounds(flt.week)
        first = max(first, monday) if first else monday
        last = min(last, sunday) if last else sunday
    return first, last


def consultant_by_initials(ctx: AppContext, initials: str) -> uuid.UUID | None:
    """The consultant with these initials (case and spaces ignored), if there is one."""
    wanted = initials.strip().upper()
    with unit_of_work(ctx) as session:
        return session.scalar(select(Consultant.id).where(
            Consultant.deleted_at.is_(None), Consultant.initials == wanted).limit(1))


def log_export(ctx: AppContext, flt: LogFilter) -> LogExport:
    """Every contact of the filter, oldest first (as a log is read), with its labels."""
    rows = employer_log.contacts(ctx, flt, sort=LogSort.WHEN, descending=False)
    first, last = period_of(flt)
    with unit_of_work(ctx) as session:
        consultant = ""
        if flt.consultant_id is not None:
            found = session.get(Consultant, flt.consultant_id)
            consultant = f"{found.initials} – {found.name}" if found is not None else ""
        employer = ""
        if flt.employer_id is not None:
            company = session.get(Employer, flt.employer_id)
            employer = company.name if company is not None else ""
        participant = ""
        if flt.course_id is not None:
            participant = session.scalar(
                select(Participant.name).join(Course, Course.participant_id == Participant.id)
                .where(Course.id == flt.course_id)) or ""
    return LogExport(flt=flt, rows=rows, first_day=first, last_day=last, consultant=consultant,
                     employer=employer, participant=participant, is_demo=ctx.is_demo,
                     made_at=datetime.now())


def week_print(ctx: AppContext, flt: LogFilter) -> WeekPrint:
    """The week's printout (`flt.week` must be set); the print is recorded as it is made.

    The summary has every active consultant (0s included), or only the one the
    log is filtered on.
    """
    if flt.week is None:
        raise ValueError("the week's printout needs a week")
    export = log_export(ctx, flt)
    summary = employer_log.week_summary(ctx, flt.week)
    if flt.consultant_id is not None:
        summary = [row for row in summary if row.consultant_id == flt.consultant_id]
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.PRINT, AUDIT_ENTITY,
                     details=_details(flt, len(export.rows), "pdf"))
    return WeekPrint(export=export, week=flt.week, summary=summary)


def save_export(ctx: AppContext, target: Path, data: bytes, export: LogExport, *,
                file_format: str = "xlsx") -> None:
    """Write an export (or a saved printout) and record it; a file whose export cannot be
    recorded is removed again, so that no export goes unrecorded.

    Raises ExportTargetRefused for a place inside a data directory (the
    database, its key) and OSError when the file cannot be written.
    """
    with printing.recorded_write(target, data), unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.EXPORT, AUDIT_ENTITY,
                     details=_details(export.flt, len(export.rows), file_format))


def record_week_pdf_saved(ctx: AppContext, printout: WeekPrint) -> None:
    """The week's printout saved from the preview (which wrote it): an export event."""
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.EXPORT, AUDIT_ENTITY,
                     details=_details(printout.export.flt, len(printout.export.rows), "pdf"))


def _details(flt: LogFilter, rows: int, file_format: str) -> dict[str, Any]:
    """The filter as ids, enum values and dates, and the count: what the audit may hold.

    A search text may be a name, so only whether one was set is recorded.
    """
    details: dict[str, Any] = {"format": file_format, "rows": rows}
    if flt.week is not None:
        details["week"] = f"{flt.week[0]}-W{flt.week[1]:02d}"
    if flt.date_from is not None:
        details["from"] = flt.date_from.isoformat()
    if flt.date_to is not None:
        details["to"] = flt.date_to.isoformat()
    for name, value in (("consultant", flt.consultant_id), ("employer", flt.employer_id),
                        ("course", flt.course_id)):
        if value is not None:
            details[name] = value
    if flt.mode is not None:
        details["mode"] = flt.mode.value
    if flt.purpose is not None:
        details["purpose"] = flt.purpose.value
    if flt.search.strip():
        details["search"] = True
    return details
