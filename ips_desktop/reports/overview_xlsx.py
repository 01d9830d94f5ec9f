"""The Team overview as an .xlsx workbook: the months' figures for the steering group's own
tables and charts.

Three sheets. "Teamet pr. måned" has one row per month of the period (the
month a date: its first day), with FTE, participants in a course
and in job or education beside the team lead's expectation, new referrals,
courses ended in all and by reason, and starts (job, education, not on
ordinary terms); "Konsulenter pr. måned" has one row per consultant and
month with the same figures (no expectation: it is set for the team), so
the rows filter and pivot per consultant; "Om tallene" says the period, the
day the figures are as of, the share in job or education within 18 months
beside the references, when it was exported and that the file holds personal
data; on a laptop joined to a team, a fourth sheet says when each
consultant's laptop last synced, and "Om tallene" warns first when someone's
data is older than a week (reports/freshness_xlsx.py), as the printout does.
Every cell is typed (write_table: months are dates, figures numbers,
a month after today empty, text never a formula). Titles name the kind of
file, never a person. The figures are the service's: nothing is counted here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment

from ips_desktop.domain.enums import EndReason
from ips_desktop.reports import overview_texts as texts
from ips_desktop.reports.employer_log_xlsx import (
    DATE_FORMAT,
    MADE_AT_FORMAT,
    _bold,
    _clean,
    write_table,
)
from ips_desktop.reports.freshness_xlsx import freshness_sheet, stale_line
from ips_desktop.reports.overview_charts import aligned
from ips_desktop.reports.overview_texts import row, said
from ips_desktop.services.overview_model import MonthFigures, Share, TeamOverview
from ips_desktop.services.team_freshness import Freshness

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

PERCENT_FORMAT = "0.0%"
_FIXED_WIDTHS = {"date": 10.0, "number": 9.0}


def overview_xlsx(overview: TeamOverview, *, language: str, made_at: datetime,
                  freshness: Sequence[Freshness] = ()) -> bytes:
    """The workbook of `overview` as .xlsx bytes, its words in `language`; `freshness`
    (services/team_freshness.py) says how fresh each consultant's data is."""
    book = Workbook(write_only=True)
    book.properties.title = (f"{said('title', language)} – "
                             f"{texts.period_text(overview.first, overview.last, language)}")
    book.properties.creator = "IPS Desktop"
    _team_sheet(book.create_sheet(said("sheet_team", language)[:31]), overview, language)
    _consultants_sheet(book.create_sheet(said("sheet_consultants", language)[:31]), overview,
                       language)
    _about_sheet(book.create_sheet(said("sheet_about", language)[:31]), overview, language,
                 made_at, freshness)
    freshness_sheet(book, freshness, language)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _figure_headers(language: str, *, targets: bool) -> list[str]:
    heads = [row("fte", language), row("in_course", language)]
    if targets:
        heads.append(f"{row('target', language)}: {row('in_course', language).lower()}")
    heads.append(row("in_job", language))
    if targets:
        heads.append(f"{row('target', language)}: {row('in_job', language).lower()}")
    heads += [row("referrals", language), row("ended", language)]
    heads += [f"{row('ended', language)}: {texts.end_reason(reason, language)}"
              for reason in EndReason]
    heads += [row("job_starts", language), row("education_starts", language),
              row("other_starts", language)]
    return heads


def _figures(month: MonthFigures, goals: Sequence[int | None] | None) -> list[Any]:
    values: list[Any] = [None if month.fte is None else round(month.fte, 2), month.in_course]
    if goals is not None:
        values.append(goals[0])
    values.append(month.in_job)
    if goals is not None:
        values.append(goals[1])
    ended = month.ended
    values += [month.referrals, None if ended is None else sum(ended.values())]
    values += [None if ended is None else ended.get(reason, 0) for reason in EndReason]
    values += [month.job_starts, month.education_starts, month.other_starts]
    return values


def _team_sheet(sheet: WriteOnlyWorksheet, overview: TeamOverview, language: str) -> None:
    months = list(overview.months)
    in_course = aligned(months, overview.targets.get("in_course"))
    in_job = aligned(months, overview.targets.get("in_job"))
    headers = [row("month", language), *_figure_headers(language, targets=True)]
    kinds = ["date", *["number"] * (len(headers) - 1)]
    values = [[figures.month, *_figures(figures, (in_course[n], in_job[n]))]
              for n, figures in enumerate(overview.team.months)]
    write_table(sheet, headers, kinds, values, _FIXED_WIDTHS, header_cap=22)


def _consultants_sheet(sheet: WriteOnlyWorksheet, overview: TeamOverview,
                       language: str) -> None:
    headers = [row("initials", language), row("consultant", language), row("left_on", language),
               row("month", language), *_figure_headers(language, targets=False)]
    kinds = ["text", "text", "date", "date", *["number"] * (len(headers) - 4)]
    values: list[list[Any]] = []
    for consultant in overview.consultants:
        for figures in consultant.series.months:
            values.append([_clean(consultant.initials), _clean(consultant.name),
                           consultant.left_on,
                           figures.month, *_figures(figures, None)])
    write_table(sheet, headers, kinds, values, _FIXED_WIDTHS, header_cap=22)


def _about_sheet(sheet: WriteOnlyWorksheet, overview: TeamOverview, language: str,
                 made_at: datetime, freshness: Sequence[Freshness]) -> None:
    """The period, as of which day, the 18-month shares beside the references, and when."""
    sheet.column_dimensions["A"].width = 46
    for letter in "BCD":
        sheet.column_dimensions[letter].width = 14
    sheet.append([_bold(sheet, said("title", language))])
    stale_line(sheet, freshness, language)
    sheet.append([_bold(sheet, said("period_label", language)),
                  texts.period_text(overview.first, overview.last, language)])
    sheet.append([_bold(sheet, said("as_of_label", language)), _dated(sheet, overview.as_of)])
    sheet.append([])
    sheet.append([_bold(sheet, said("within_18_heading", language)),
                  _bold(sheet, row("cohort", language)), _bold(sheet, row("reached", language)),
                  _bold(sheet, row("share", language))])
    shares: list[tuple[str, Share]] = [(said("team", language), overview.within_18)]
    shares += [(f"{c.initials} – {c.name}", c.within_18) for c in overview.consultants]
    for name, share in shares:
        sheet.append([_clean(name), share.cohort, share.reached,
                      _percent(sheet, share.share)])
    for reference in overview.references:
        sheet.append([_clean(texts.reference_text(reference, language)), None, None,
                      _percent(sheet, reference.value)])
    sheet.append([])
    sheet.append([said("current_consultant", language)])
    sheet.append([said("no_target", language)])
    sheet.append([said("after_today", language)])
    sheet.append([])
    made = WriteOnlyCell(sheet, made_at.replace(second=0, microsecond=0))
    made.number_format = MADE_AT_FORMAT
    made.alignment = Alignment(horizontal="left")
    sheet.append([_bold(sheet, said("made_at", language)), made])
    if overview.is_demo:
        sheet.append([_bold(sheet, said("demo", language))])
    sheet.append([said("confidential", language)])


def _percent(sheet: WriteOnlyWorksheet, share: float | None) -> WriteOnlyCell | None:
    if share is None:
        return None
    cell = WriteOnlyCell(sheet, share)
    cell.number_format = PERCENT_FORMAT
    return cell


def _dated(sheet: WriteOnlyWorksheet, value: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = DATE_FORMAT
    cell.alignment = Alignment(horizontal="left")
    return cell
