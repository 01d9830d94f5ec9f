"""The supervision list leaving the app: saved as PDF or .xlsx, and printed.

The Supervision area (its Print preview and its Export… button) and the
command line (`ips-desktop report supervision`) share these use cases. The
bytes are the reports' job (reports/supervision_pdf.py,
reports/supervision_xlsx.py, which the front end calls: services never
import reports); here they are written where the user chose, whole or not
at all and readable by the user alone (0600), never into a data directory
nor over the open database, and the export is recorded in the audit trail
(`supervision.record_export`: the week, the consultant's id, the row count;
never the file's name, which the user may have given a person's name). A
file whose export cannot be recorded is removed again.
"""

from __future__ import annotations

from pathlib import Path

from ips_desktop.services import printing, supervision
from ips_desktop.services.context import AppContext
from ips_desktop.services.supervision import SupervisionList
from ips_desktop.storage.vault import inside_a_data_dir

__all__ = ["FORMATS", "ExportTargetRefused", "check_target", "file_name", "format_of",
           "record_pdf_saved", "record_print", "save_export"]

ExportTargetRefused = printing.ExportTargetRefused
FORMATS = ("pdf", "xlsx")


def file_name(listing: SupervisionList | tuple[int, int], file_format: str) -> str:
    """The name to suggest: "supervision-2026-W47.pdf", the kind and the week, never a name
    (not even a consultant's: the same name in every language, so scripts can find it)."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}")
    year, week = listing.week if isinstance(listing, SupervisionList) else listing
    return f"supervision-{year}-W{week:02d}.{file_format}"


def format_of(target: Path, default: str = "pdf") -> str:
    """The format a file name asks for by its suffix (.pdf, .xlsx), else `default`."""
    suffix = target.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else default


def check_target(ctx: AppContext, target: Path) -> None:
    """Refuse, before anything is built, a place inside a data directory or the open
    database itself (wherever it lies): raises ExportTargetRefused."""
    if inside_a_data_dir(target) or _is_database(ctx, target):
        raise ExportTargetRefused("the target is inside a data directory")


def save_export(ctx: AppContext, target: Path, data: bytes, listing: SupervisionList,
                file_format: str) -> None:
    """Write the finished PDF or workbook to `target` and record the export.

    Raises ExportTargetRefused (data directory, the database) before writing,
    OSError when the file cannot be written; a file whose export cannot be
    recorded is removed again, so that no export goes unrecorded.
    """
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}")
    check_target(ctx, target)
    with printing.recorded_write(target, data):
        supervision.record_export(ctx, listing, file_format)


def record_print(ctx: AppContext, listing: SupervisionList) -> None:
    """The list shown in the print preview (and so on paper): a print event."""
    supervision.record_print(ctx, listing)


def record_pdf_saved(ctx: AppContext, listing: SupervisionList) -> None:
    """The printout saved from the preview, which wrote the file itself: an export event."""
    supervision.record_export(ctx, listing, "pdf")


def _is_database(ctx: AppContext, target: Path) -> bool:
    database = ctx.engine.url.database
    if not database or database == ":memory:":
        return False
    try:
        wanted = target.expanduser().resolve()
        db = Path(database).expanduser().resolve()
    except OSError:
        return False
    # The database's companions (-wal, -shm, -journal) are as much the database.
    return wanted == db or (wanted.parent == db.parent and wanted.name.startswith(db.name))
