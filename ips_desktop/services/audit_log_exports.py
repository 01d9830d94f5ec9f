"""The audit trail leaving the app: CSV or JSON for IT and the data-protection officer.

The Audit trail tab's Export (Ctrl+E) and `ips-desktop audit` share these. The
output holds ids, not names: the participant an event concerns by id only,
the consultant by id and initials, the details as the codes stored. Rows are
read a batch at a time and written as they come, so a million events never
sit in memory; a file is written beside its target and renamed into place
(whole or not at all, 0600), never into a data directory nor over the open
database, and the export is recorded (the filter's ids, the count, the
format) once every row is out. A file whose export cannot be recorded is
removed again.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ips_desktop.services import audit_log, printing
from ips_desktop.services.audit_log import AuditFilter, AuditRow
from ips_desktop.services.context import AppContext
from ips_desktop.services.supervision_exports import check_target
from ips_desktop.storage.errors import ExportTargetRefused

__all__ = ["COLUMNS", "FORMATS", "ExportTargetRefused", "check_target", "export_chunks",
           "file_name", "save_export", "write_stream"]

FORMATS = ("csv", "json")
COLUMNS = ("id", "at", "actor_id", "actor", "action", "entity", "entity_id", "participant_id",
           "participant_erased", "details")
SYSTEM = "system"  # the actor of the app's own events, in every language (scripts read it)
_FLUSH_ROWS = 500  # rows per chunk handed to the file: a few tens of kilobytes


def file_name(flt: AuditFilter, file_format: str) -> str:
    """The suggested name: the days it covers, never a person's name or id."""
    days = "-".join(day.isoformat() for day in (flt.date_from, flt.date_to) if day is not None)
    return f"audit-trail{'-' + days if days else ''}.{file_format}"


def _fields(row: AuditRow) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "at": row.at.isoformat(timespec="seconds"),
        "actor_id": str(row.actor_id) if row.actor_id is not None else None,
        "actor": row.actor_initials if row.actor_id is not None else SYSTEM,
        "action": row.action,
        "entity": row.entity,
        "entity_id": str(row.entity_id) if row.entity_id is not None else None,
        "participant_id": str(row.participant_id) if row.participant_id is not None else None,
        "participant_erased": row.erased,
        "details": dict(row.details),
    }


def _csv_chunks(rows: Iterable[AuditRow]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for n, row in enumerate(rows, 1):
        fields = _fields(row)
        fields["details"] = json.dumps(fields["details"], sort_keys=True,
                                       separators=(",", ":"))
        fields["participant_erased"] = "true" if row.erased else "false"
        writer.writerow(["" if fields[c] is None else fields[c] for c in COLUMNS])
        if n % _FLUSH_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _json_chunks(rows: Iterable[AuditRow]) -> Iterator[str]:
    """A JSON array, one event per line, written as the rows come."""
    parts: list[str] = ["["]
    for n, row in enumerate(rows):
        parts.append(("\n" if n == 0 else ",\n")
                     + json.dumps(_fields(row), sort_keys=True, ensure_ascii=False))
        if len(parts) >= _FLUSH_ROWS:
            yield "".join(parts)
            parts = []
    parts.append("\n]\n")
    yield "".join(parts)


class _Counted:
    """The rows of an export, counted as they pass (for the audit event once written)."""

    def __init__(self, rows: Iterable[AuditRow]) -> None:
        self.rows, self.count = rows, 0

    def __iter__(self) -> Iterator[AuditRow]:
        for row in self.rows:
            self.count += 1
            yield row


def export_chunks(ctx: AppContext, flt: AuditFilter, file_format: str,
                  ) -> tuple[Iterator[str], Callable[[], int]]:
    """The export's text, chunk by chunk, and how many rows have passed so far.

    Raises TeamLeadOnly (before the first chunk) for anyone but a team lead,
    ValueError for a format that is not one of FORMATS.
    """
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}")
    rows = audit_log.iter_events(ctx, flt)
    first = next(rows, None)  # the team lead check runs here, before anything is written
    counted = _Counted(_chain(first, rows))
    make = _csv_chunks if file_format == "csv" else _json_chunks
    return make(counted), lambda: counted.count


def _chain(first: AuditRow | None, rest: Iterator[AuditRow]) -> Iterator[AuditRow]:
    if first is not None:
        yield first
        yield from rest


def save_export(ctx: AppContext, target: Path, flt: AuditFilter, file_format: str) -> int:
    """Write the trail of `flt` to `target` and record the export; returns the row count.

    Raises TeamLeadOnly first (a consultant learns nothing of the target), then
    ExportTargetRefused (data directory, the database) before anything is read,
    OSError when the file cannot be written (no file is left).
    """
    audit_log.require_lead(ctx)
    check_target(ctx, target)
    chunks, count = export_chunks(ctx, flt, file_format)
    with printing.recorded_write(target, (chunk.encode("utf-8") for chunk in chunks)):
        audit_log.record_export(ctx, flt, count(), file_format)
    return count()


def write_stream(ctx: AppContext, out: TextIO, flt: AuditFilter, file_format: str) -> int:
    """Write the trail of `flt` to an open text stream (the command line's stdout) and
    record the export once all of it is out; returns the row count."""
    chunks, count = export_chunks(ctx, flt, file_format)
    try:
        for chunk in chunks:
            out.write(chunk)
        out.flush()
    except BrokenPipeError:  # `… | head`: the reader stopped, but what it read has left
        audit_log.record_export(ctx, flt, count(), file_format)
        raise
    audit_log.record_export(ctx, flt, count(), file_format)
    return count()
