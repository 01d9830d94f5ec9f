"""The period report as an .xlsx workbook, to copy into the case system or STAR's tools.

Four sheets: "Startet" (the courses started: to be marked IPS STAR), "Afsluttet"
(the courses ended: their end date and reason), "Jobstarter" (every job
start, counted or why not) and "Kvartalstal" (each quarter cut to the
period, the whole period, then what the workbook holds, when it was made and
that it holds personal data). The row sheets have a bold frozen header with
a filter (`write_table`); every cell is typed: dates are dates (dd-mm-yyyy),
hours and figures numbers, an empty field an empty cell. The CPR number is
text (cell format "@"), so a spreadsheet never reads "010190-1234" as a sum
nor drops a leading zero when the cell is edited. Titles name the kind of
file, never a person.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment

from ips_desktop.reports import period_report_texts as texts
from ips_desktop.reports.employer_log_xlsx import (
    DATE_FORMAT,
    MADE_AT_FORMAT,
    _bold,
    _clean,
    write_table,
)
from ips_desktop.reports.period_report_texts import header, said
from ips_desktop.services.period_report import CourseLine, JobStart, PeriodReport, StarFigures

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

TEXT_FORMAT = "@"
_FIXED_WIDTHS = {"date": 11.5, "number": 9.0, "cpr": 13.0}

CourseGetter = Callable[[CourseLine, str], Any]
STARTED: tuple[tuple[str, str, CourseGetter], ...] = (
    ("name", "text", lambda line, _: line.name),
    ("cpr", "cpr", lambda line, _: line.cpr),
    ("consultant", "text", lambda line, _: line.consultant_initials),
    ("referral_date", "date", lambda line, _: line.referral_date),
    ("first_meeting", "date", lambda line, _: line.first_meeting),
    ("marker", "text", lambda line, _: line.marker),
)
ENDED: tuple[tuple[str, str, CourseGetter], ...] = (
    *STARTED[:5],
    ("ended_on", "date", lambda line, _: line.ended_on),
    ("end_reason", "text", texts.end_reason),
    STARTED[5],
)
JobGetter = Callable[[JobStart, str], Any]
JOBS: tuple[tuple[str, str, JobGetter], ...] = (
    ("name", "text", lambda job, _: job.name),
    ("consultant", "text", lambda job, _: job.consultant_initials),
    ("start_date", "date", lambda job, _: job.start_date),
    ("hours", "number", lambda job, _: job.hours_per_week),
    ("ordinary_terms", "text",
     lambda job, lang: said("yes" if job.ordinary_terms else "no", lang)),
    ("counted", "text", texts.counted),
)
FIGURES = ("referrals", "profiles_started", "job_starts", "in_work", "in_work_on",
           "under_4_hours", "unknown_hours", "not_ordinary_terms", "education_starts")


def period_report_xlsx(report: PeriodReport, *, language: str, made_at: datetime) -> bytes:
    """The workbook of `report` as .xlsx bytes, its words in `language`."""
    book = Workbook(write_only=True)
    book.properties.title = said("title", language)
    book.properties.creator = "IPS Desktop"
    _rows(book.create_sheet(said("sheet_started", language)[:31]), STARTED, report.started,
          language)
    _rows(book.create_sheet(said("sheet_ended", language)[:31]), ENDED, report.ended, language)
    _rows(book.create_sheet(said("sheet_job_starts", language)[:31]), JOBS, report.job_starts,
          language)
    _quarters_sheet(book.create_sheet(said("sheet_quarters", language)[:31]), report, language,
                    made_at)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rows(sheet: WriteOnlyWorksheet, columns: Sequence[tuple[str, str, Any]],
          lines: Sequence[Any], language: str) -> None:
    values = [[_cell(sheet, kind, get(line, language)) for _, kind, get in columns]
              for line in lines]
    write_table(sheet, [header(key, language) for key, _, _ in columns],
                [kind for _, kind, _ in columns], values, _FIXED_WIDTHS, header_cap=24)


def _cell(sheet: WriteOnlyWorksheet, kind: str, value: Any) -> Any:
    value = _clean(value)
    if kind == "cpr" and value is not None:
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"
        cell.number_format = TEXT_FORMAT
        return cell
    return value


def _quarters_sheet(sheet: WriteOnlyWorksheet, report: PeriodReport, language: str,
                    made_at: datetime) -> None:
    sheet.column_dimensions["A"].width = 30
    for letter in "BCDEFGHIJKLMN":
        sheet.column_dimensions[letter].width = 14
    sheet.append([_bold(sheet, said("title", language))])
    sheet.append([_clean(texts.subtitle(report, language))])
    sheet.append([])
    heads = ["quarter", "from", "to", "partial", *FIGURES]
    sheet.append([_bold(sheet, header(key, language)) for key in heads])
    for quarter in report.quarters:
        sheet.append([texts.quarter_name(quarter, language), _dated(sheet, quarter.starts_on),
                      _dated(sheet, quarter.ends_on),
                      said("yes" if quarter.partial else "no", language),
                      *_figures(sheet, quarter.figures, language)])
    sheet.append([_bold(sheet, said("whole_period", language)), _dated(sheet, report.first),
                  _dated(sheet, report.last), None, *_figures(sheet, report.totals, language)])
    sheet.append([])
    sheet.append([said("how", language)])
    sheet.append([])
    made = WriteOnlyCell(sheet, made_at.replace(second=0, microsecond=0))
    made.number_format = MADE_AT_FORMAT
    made.alignment = Alignment(horizontal="left")
    sheet.append([_bold(sheet, said("made_at", language)), made])
    if report.is_demo:
        sheet.append([_bold(sheet, said("demo", language))])
    sheet.append([said("confidential", language)])


def _figures(sheet: WriteOnlyWorksheet, figures: StarFigures | None,
             language: str) -> list[Any]:
    if figures is None:
        return [said("not_begun", language)]
    left = figures.left_out
    return [figures.referrals, figures.profiles_started, figures.job_starts, figures.in_work,
            _dated(sheet, figures.in_work_on), left.under_4_hours, left.unknown_hours,
            left.not_ordinary_terms, figures.education_starts]


def _dated(sheet: WriteOnlyWorksheet, value: date) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = DATE_FORMAT
    cell.alignment = Alignment(horizontal="left")
    return cell
