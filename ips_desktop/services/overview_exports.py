"""The Team overview leaving the app: the steering printout (PDF) and the workbook (.xlsx).

The Team overview area (Ctrl+P's preview and its Export… button) and the
command line (`ips-desktop report overview`) share these use cases. The
bytes are the reports' job (reports/overview_pdf.py, reports/overview_xlsx.py,
which the front end calls: services never import reports); here they are
written where the user chose, whole or not at all and readable by the user
alone (0600), never into a data directory nor over the open database (the
checks are supervision_exports' own), and every print and export is an audit
event: the period, the consultant's id when one was chosen, the format and
whether the fidelity self-check went along; never the file's name, which the
user may have given a person's name. A file whose export cannot be recorded
is removed again.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit, printing
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.overview_model import TeamOverview
from ips_desktop.services.supervision_exports import check_target, format_of

__all__ = ["ENTITY", "FORMATS", "ExportTargetRefused", "check_target", "file_name",
           "format_of", "record_pdf_saved", "record_print", "save_export"]

ExportTargetRefused = printing.ExportTargetRefused
FORMATS = ("pdf", "xlsx")
ENTITY = "overview"


def file_name(first: date, last: date, file_format: str) -> str:
    """The name to suggest: "teamoverblik-2025-12-2026-11.pdf", the kind and the months,
    never a name (the same in every language, so scripts can find it)."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}")
    return f"teamoverblik-{first:%Y-%m}-{last:%Y-%m}.{file_format}"


def save_export(ctx: AppContext, target: Path, data: bytes, overview: TeamOverview,
                file_format: str, *, consultant_id: uuid.UUID | None = None,
                fidelity: bool = False) -> None:
    """Write the finished PDF or workbook to `target` and record the export.

    Raises ExportTargetRefused (data directory, the database) before writing,
    OSError when the file cannot be written; a file whose export cannot be
    recorded is removed again, so that no export goes unrecorded.
    """
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}")
    check_target(ctx, target)
    with printing.recorded_write(target, data):
        _record(ctx, AuditAction.EXPORT, overview, file_format, consultant_id, fidelity)


def record_print(ctx: AppContext, overview: TeamOverview, *,
                 consultant_id: uuid.UUID | None = None, fidelity: bool = False) -> None:
    """The printout shown in the print preview (and so on paper): a print event."""
    _record(ctx, AuditAction.PRINT, overview, "pdf", consultant_id, fidelity)


def record_pdf_saved(ctx: AppContext, overview: TeamOverview, *,
                     consultant_id: uuid.UUID | None = None, fidelity: bool = False) -> None:
    """The printout saved from the preview, which wrote the file itself: an export event."""
    _record(ctx, AuditAction.EXPORT, overview, "pdf", consultant_id, fidelity)


def _record(ctx: AppContext, action: AuditAction, overview: TeamOverview, file_format: str,
            consultant_id: uuid.UUID | None, fidelity: bool) -> None:
    details: dict[str, Any] = {
        "first": overview.first.isoformat(), "last": overview.last.isoformat(),
        "months": len(overview.months), "consultants": len(overview.consultants),
        "format": file_format, "fidelity": fidelity,
    }
    if consultant_id is not None:
        details["consultant_id"] = consultant_id
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, action, ENTITY, details=details)
