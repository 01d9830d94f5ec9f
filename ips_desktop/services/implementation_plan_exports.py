"""The implementation plan leaving the app: printed, or saved as PDF.

The plan tab (its print preview's "Save as PDF…") and the command line
(`ips-desktop report implementation-plan`) share these. The bytes are the
report's (reports/implementation_plan_pdf.py, which the front end calls:
services never import reports); here they are written where the user chose,
whole or not at all and readable by the user alone (0600), never into a data
directory nor over the open database (the supervision export's check), and
every print and export is recorded in the audit trail with counts only.
A file whose export cannot be recorded is removed again.
"""

from __future__ import annotations

from pathlib import Path

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit, printing
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.implementation_plan import ImplementationPlan
from ips_desktop.services.supervision_exports import check_target

__all__ = ["ENTITY", "check_target", "file_name", "record_export", "record_print",
           "save_export"]

ENTITY = "implementation_plan"


def file_name(shown: ImplementationPlan) -> str:
    """The printout's suggested name: the kind and the day it shows, never a person's name
    (the same in every language, so scripts can find it)."""
    return f"implementation-plan-{shown.today.isoformat()}.pdf"


def record_print(ctx: AppContext, shown: ImplementationPlan) -> None:
    """The plan shown in the print preview (and so on paper): a print event."""
    _record(ctx, AuditAction.PRINT, shown)


def record_export(ctx: AppContext, shown: ImplementationPlan) -> None:
    """The plan saved as PDF (from the preview, which wrote the file, or the command line)."""
    _record(ctx, AuditAction.EXPORT, shown)


def save_export(ctx: AppContext, target: Path, data: bytes, shown: ImplementationPlan) -> None:
    """Write the finished PDF to `target` and record the export.

    Raises ExportTargetRefused (data directory, the database) before writing,
    OSError when the file cannot be written.
    """
    check_target(ctx, target)
    with printing.recorded_write(target, data):
        record_export(ctx, shown)


def _record(ctx: AppContext, action: AuditAction, shown: ImplementationPlan) -> None:
    items = list(shown.items())
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, action, ENTITY, details={
            "items": len(items), "format": "pdf",
            "answered": sum(1 for i in items if i.answer),
            "overdue": sum(1 for i in items if i.overdue)})
