"""The access copy made and written in one call: what the window and `export person` share.

Read the person (services/person_export.py), say it as PDF and JSON, write
both into the chosen folder and record it (services/person_export_files.py).
The folder is checked before anything is read, so a refused one costs nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ips_desktop.reports.person_json import person_json
from ips_desktop.reports.person_pdf import person_pdf
from ips_desktop.reports.person_texts import file_stem
from ips_desktop.services import person_export_files
from ips_desktop.services.context import AppContext
from ips_desktop.services.person_export import person_export


@dataclass(frozen=True)
class AccessCopy:
    paths: tuple[Path, ...]  # the PDF, then the JSON
    counts: dict[str, int]


def planned_names(participant_id: uuid.UUID, on: date, language: str) -> tuple[str, str]:
    """The two file names, for the dialog to show before anything is written."""
    stem = file_stem(short_id(participant_id), on, language)
    return f"{stem}.pdf", f"{stem}.json"


def short_id(participant_id: uuid.UUID) -> str:
    return participant_id.hex[:8]


def write_access_copy(ctx: AppContext, participant_id: uuid.UUID, folder: Path, *,
                      language: str, today: date | None = None) -> AccessCopy:
    """Raises LookupError (no such person), ExportTargetRefused (a data directory),
    OSError (the folder cannot be written: nothing is left behind)."""
    person_export_files.check_folder(folder)
    export = person_export(ctx, participant_id)
    pdf = person_pdf(export, language=language)
    data = person_json(export, language=language)
    stem = file_stem(short_id(participant_id), today or date.today(), language)
    paths = person_export_files.save_access_copy(ctx, export, folder, stem,
                                                 {"pdf": pdf, "json": data})
    return AccessCopy(tuple(paths), export.counts())
