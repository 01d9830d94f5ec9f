"""The employer-contact log as an .xlsx workbook, for the team lead's own counts and pivots.

Two sheets. "Virksomhedslog" holds one row per contact under a bold header
row that stays in view (frozen) with a filter over the columns; every cell
is typed, so Excel or LibreOffice can sort, filter and count without
conversion: the date and the follow-up dates are dates (shown dd-mm-yyyy),
the time a time (tt:mm), the ISO week a number, and an empty field an empty
cell rather than "". The second sheet, "Udvalg", states what the rows are:
the period, the consultant and the other filters, how many contacts, when
it was exported, and that the file holds personal data. Sheet titles and
the document title name the kind of file, never a person.

The workbook is written in openpyxl's write-only mode (it streams rows rather than
keeping a cell object per value), so a month of the large demo takes a
fraction of a second; it is built in memory and handed back as bytes for
the service to write whole.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ips_desktop.domain.enums import ContactMode, ContactOutcome, ContactPurpose
from ips_desktop.reports import employer_log_texts as texts
from ips_desktop.reports.employer_log_texts import HEADERS, MODES, OUTCOMES, PURPOSES, label, said
from ips_desktop.services.employer_log import ContactRow
from ips_desktop.services.employer_log_exports import LogExport

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd-mm-yyyy"  # the Danish way, in every language of the app
TIME_FORMAT = "hh:mm"
MADE_AT_FORMAT = "dd-mm-yyyy hh:mm"
MAX_WIDTH = 50  # characters; a longer text wraps in the cell when opened
BOLD = Font(bold=True)

# The columns, in order: (header key, kind); `_values` gives a row's cells in this order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("date", "date"), ("time", "time"), ("week", "number"), ("consultant", "text"),
    ("employer", "text"), ("contact_person", "text"), ("mode", "text"), ("purpose", "text"),
    ("participant", "text"), ("outcome_kind", "text"), ("outcome", "text"),
    ("next_step", "text"), ("follow_up", "date"), ("follow_up_done", "date"),
)
_FIXED_WIDTHS = {"date": 11.5, "time": 6.5, "number": 6.0}


@dataclass(frozen=True)
class _Labels:
    """The words for the list values, in the workbook's language, looked up once."""

    modes: dict[ContactMode, str]
    purposes: dict[ContactPurpose, str]
    outcomes: dict[ContactOutcome, str]

    @classmethod
    def of(cls, language: str) -> _Labels:
        return cls({k: label(v, language) for k, v in MODES.items()},
                   {k: label(v, language) for k, v in PURPOSES.items()},
                   {k: label(v, language) for k, v in OUTCOMES.items()})


def _values(row: ContactRow, labels: _Labels) -> list[Any]:
    """One contact's cells, in the order of COLUMNS ("" as None: an empty cell)."""
    return [row.contact_date, row.contact_time, row.contact_date.isocalendar()[1],
            _clean(row.consultant_initials), _clean(row.employer_name),
            _clean(row.contact_person), labels.modes[row.mode], labels.purposes[row.purpose],
            _clean(row.participant),
            labels.outcomes[row.outcome_kind] if row.outcome_kind else None,
            _clean(row.outcome), _clean(row.next_step), row.follow_up_date,
            row.follow_up_done_on]


def log_xlsx(export: LogExport, *, language: str) -> bytes:
    """The workbook of `export` as .xlsx bytes; its words in `language`."""
    book = Workbook(write_only=True)
    book.properties.title = _document_title(export, language)
    book.properties.creator = "IPS Desktop"
    sheet = book.create_sheet(said("log", language)[:31])
    _log_sheet(sheet, export.rows, language)
    _filter_sheet(book.create_sheet(said("filter", language)[:31]), export, language)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _log_sheet(sheet: WriteOnlyWorksheet, rows: Sequence[ContactRow], language: str) -> None:
    labels = _Labels.of(language)
    write_table(sheet, [label(HEADERS[key], language) for key, _ in COLUMNS],
                [kind for _, kind in COLUMNS], [_values(row, labels) for row in rows],
                _FIXED_WIDTHS)


def write_table(sheet: WriteOnlyWorksheet, headers: Sequence[str], kinds: Sequence[str],
                values: Sequence[Sequence[Any]], fixed_widths: dict[str, float], *,
                header_cap: int | None = None) -> None:
    """A bold, frozen header with a filter, then one typed row per entry of `values`.

    Kinds: "date", "time" and "datetime" cells get their format, "number" stays a number,
    anything else is text (wrapped when long; never read as a formula). A column
    without a fixed width is as wide as its longest line, up to MAX_WIDTH; its
    header widens it, up to `header_cap` characters when given.
    """
    # What a write-only sheet needs before its first row: widths, the frozen header, the filter.
    for n, (kind, header) in enumerate(zip(kinds, headers, strict=True)):
        width = fixed_widths.get(kind)
        if width is None:
            longest = max((len(line) for cells in values if isinstance(text := cells[n], str)
                           for line in text.split("\n")), default=0)
            width = min(MAX_WIDTH, max(longest, 6) + 2)
        room = len(header) + 3
        sheet.column_dimensions[get_column_letter(n + 1)].width = max(
            width, room if header_cap is None else min(room, header_cap))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(kinds))}{len(values) + 1}"
    sheet.append([_bold(sheet, header) for header in headers])
    # One styled cell per format, copied: setting a format on each cell costs a lookup each.
    styled = {kind: _formatted(sheet, number_format) for kind, number_format in
              (("date", DATE_FORMAT), ("time", TIME_FORMAT), ("datetime", MADE_AT_FORMAT))}
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in values:
        out: list[Any] = []
        for value, kind in zip(cells, kinds, strict=True):
            if value is None or kind == "number":
                out.append(value)  # None writes no cell at all: empty, not ""
            elif kind in styled:
                cell = WriteOnlyCell(sheet, value)
                cell._style = copy(styled[kind]._style)  # openpyxl's own way to copy a style
                out.append(cell)
            elif _long(value) or _formula_like(value):
                cell = _text(sheet, value)
                if _long(value):
                    cell.alignment = wrap
                out.append(cell)
            else:
                out.append(value)
        sheet.append(out)


def _formatted(sheet: WriteOnlyWorksheet, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, None)
    cell.number_format = number_format
    return cell


def _filter_sheet(sheet: WriteOnlyWorksheet, export: LogExport, language: str) -> None:
    """What the rows are: one line per filter, a label in bold and its value beside it."""
    flt = export.flt
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 50
    sheet.append([_bold(sheet, said("log", language))])
    lines: list[tuple[str, Any]] = []
    if flt.week is not None:
        lines.append((said("period", language),
                      said("week_of", language, week=flt.week[1], year=flt.week[0])))
    first, last = export.first_day, export.last_day
    if first or last:
        lines.append((said("period", language) if flt.week is None else "",
                      f"{_day(first)} – {_day(last)}"))
    elif flt.week is None:
        lines.append((said("period", language), said("any_date", language)))
    lines.append((label(HEADERS["consultant"], language),
                  export.consultant or said("everyone", language)))
    for key, shown in (("employer", export.employer), ("participant", export.participant)):
        if shown:
            lines.append((label(HEADERS[key], language), shown))
    if flt.mode is not None:
        lines.append((label(HEADERS["mode"], language), label(MODES[flt.mode], language)))
    if flt.purpose is not None:
        lines.append((label(HEADERS["purpose"], language),
                      label(PURPOSES[flt.purpose], language)))
    if flt.search.strip():
        lines.append((said("search", language), _clean(flt.search.strip())))
    lines.append((said("contacts", language), len(export.rows)))
    for name, value in lines:
        sheet.append([_bold(sheet, name) if name else None,
                      _text(sheet, value) if _formula_like(value) else value])
    made = WriteOnlyCell(sheet, export.made_at.replace(second=0, microsecond=0))
    made.number_format = MADE_AT_FORMAT
    made.alignment = Alignment(horizontal="left")
    sheet.append([_bold(sheet, said("made_at", language)), made])
    sheet.append([])
    if export.is_demo:
        sheet.append([_bold(sheet, said("demo", language))])
    sheet.append([said("confidential", language)])


def _document_title(export: LogExport, language: str) -> str:
    """The kind of file and its period, for the file's properties: never a person."""
    if export.flt.week is not None:
        year, week = export.flt.week
        return f"{said('log', language)} – {said('week_of', language, week=week, year=year)}"
    if export.first_day or export.last_day:
        return f"{said('log', language)} {_day(export.first_day)} – {_day(export.last_day)}"
    return said("log", language)


def _bold(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, text)
    cell.font = BOLD
    return cell


def _formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("=")


def _text(sheet: WriteOnlyWorksheet, value: Any) -> WriteOnlyCell:
    """A cell for `value`; text is always text, so an outcome typed as "=1+1" (or a
    formula that fetches a web page) stays the words typed, never a formula."""
    cell = WriteOnlyCell(sheet, value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _day(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "…"


def _long(value: Any) -> bool:
    return isinstance(value, str) and (len(value) > MAX_WIDTH or "\n" in value)


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))


def _clean(value: Any) -> Any:
    """A cell's value: "" is no value at all, text composed (NFC) and without the control
    characters a worksheet cannot hold (openpyxl refuses them)."""
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        value = unicodedata.normalize("NFC", value).translate(_CONTROL)
        return value if value.strip() else None
    if isinstance(value, date | time | int | float) or value is None:
        return value
    return str(value)


def file_name(export: LogExport, language: str) -> str:
    """The name to suggest for the file: "virksomhedslog-uge-49-2026.xlsx", never a name."""
    return texts.export_file_name(language, week=export.flt.week, first=export.first_day,
                                  last=export.last_day, extension="xlsx")
