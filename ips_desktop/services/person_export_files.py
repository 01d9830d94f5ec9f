"""The access copy leaving the app: two files in a folder the user chose, recorded once.

The PDF and the JSON are written whole or not at all (temp file and rename,
0600), never inside a data directory, and the export is one audit event
(entity participant, the person's id, the counts of what the copy holds:
never a name or the folder). If the second file or the event cannot be
written, the files already written are removed again: a copy is there whole
and recorded, or not at all. The names hold the person's id shortened and the
day, never a name (reports/person_texts.py `file_stem`).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.messages import message
from ips_desktop.services import audit, printing
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.person_export import PersonExport
from ips_desktop.storage.errors import READ_ONLY_ERRNOS
from ips_desktop.storage.vault import inside_a_data_dir

ExportTargetRefused = printing.ExportTargetRefused
ENTITY = "participant"


def check_folder(folder: Path) -> Path:
    """The folder as it will be written to; raises ExportTargetRefused for one inside a
    data directory, NotADirectoryError for a file or a folder that is not there."""
    resolved = folder.expanduser().resolve()
    if inside_a_data_dir(resolved / "file"):  # the folder itself, or one above it
        raise ExportTargetRefused("the folder is inside a data directory")
    if not resolved.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    return resolved


def save_access_copy(ctx: AppContext, export: PersonExport, folder: Path, stem: str,
                     files: dict[str, bytes]) -> list[Path]:
    """Write `files` (by suffix: "pdf", "json") as `stem`.<suffix> into `folder` and record
    the export; returns the paths written. Raises OSError or ExportTargetRefused, with
    nothing left behind."""
    where = check_folder(folder)
    targets = [where / f"{stem}.{suffix}" for suffix in files]
    _write_all(ctx, export, list(zip(targets, files.values(), strict=True)), files)
    return targets


def _write_all(ctx: AppContext, export: PersonExport, left: list[tuple[Path, bytes]],
               files: dict[str, bytes]) -> None:
    """Each file inside the previous one's recorded_write, the event innermost: a failure
    anywhere unwinds (removes) every file written before it."""
    if not left:
        _record(ctx, export, list(files))
        return
    (target, data), rest = left[0], left[1:]
    with printing.recorded_write(target, data):
        _write_all(ctx, export, rest, files)


def _record(ctx: AppContext, export: PersonExport, formats: list[str]) -> None:
    details: dict[str, object] = {"formats": "-".join(formats), **export.counts()}
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.EXPORT, ENTITY, export.person.id,
                     details=details)


_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def write_problem(error: OSError, folder: Path) -> str:
    """Why the copy was not saved, in the user's language: one sentence naming the folder
    (the user's own choice, never a person's name), never the system's English text."""
    if isinstance(error, NotADirectoryError | FileNotFoundError):
        return message("export_person_not_a_folder", path=folder)
    if error.errno in READ_ONLY_ERRNOS:
        return message("export_person_read_only", path=folder)
    if error.errno in _FULL:
        return message("export_person_disk_full", path=folder)
    return message("export_person_not_written", path=folder)
