"""How fresh each consultant's data is, in a workbook: the supervision list's and the overview's.

A workbook of team figures is read away from the screen, as a printout is
(reports/freshness_pdf.py), so it says the same: a sheet "Synkronisering"
with a row per consultant (when their laptop last synced, in words, and
whether that is more than a week ago), and, on the sheet of totals, the
warning that someone's data is older than a week, in bold red. Nothing at
all when the laptop is alone (no team joined: no items given).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ips_desktop.domain.messages import message
from ips_desktop.reports.employer_log_xlsx import _clean, write_table
from ips_desktop.services import team_freshness
from ips_desktop.services.team_freshness import Freshness

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

WARNING_FONT = Font(bold=True, color="B00020")  # the printout's red (reports/list_pdf.OVERDUE)
_FIXED_WIDTHS = {"datetime": 17.0}


def freshness_sheet(book: Workbook, items: Sequence[Freshness], language: str) -> None:
    """The sheet of who synced when, after the workbook's others (none when `items` is empty)."""
    if not items:
        return
    sheet = book.create_sheet(message("freshness_heading", language=language)[:31])
    headers = [message(f"freshness_col_{key}", language=language)
               for key in ("initials", "name", "synced_at", "synced", "stale")]
    kinds = ["text", "text", "datetime", "text", "text"]
    yes = message("freshness_stale_yes", language=language)
    values: list[list[Any]] = [
        [_clean(item.initials), _clean(item.name), _local(item.synced_at),
         team_freshness.synced_words(item, language), yes if item.stale else None]
        for item in items]
    write_table(sheet, headers, kinds, values, _FIXED_WIDTHS, header_cap=24)


def stale_line(sheet: WriteOnlyWorksheet, items: Sequence[Freshness], language: str) -> None:
    """The warning, as a row of its own then an empty one, when someone's data is old."""
    old = team_freshness.stale(items)
    if not old:
        return
    cell = WriteOnlyCell(sheet, _clean(team_freshness.stale_warning(old, language)))
    cell.font = WARNING_FONT
    sheet.append([cell])
    sheet.append([])


def _local(when: datetime | None) -> datetime | None:
    """An instant as this computer's wall-clock time: a workbook holds no time zone."""
    if when is None:
        return None
    return when.astimezone().replace(tzinfo=None, second=0, microsecond=0)
