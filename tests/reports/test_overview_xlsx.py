"""The Team overview workbook read back with openpyxl: the hand-built data set's months as
typed cells (dates, numbers, empty after today), per consultant, and what the figures are."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import load_workbook

from ips_desktop.reports.overview_xlsx import overview_xlsx
from ips_desktop.services import overview
from tests.overview_data import AFTER, EXPECTED, FIRST, TODAY, build_overview
from tests.reports import overview_support as made

MADE_AT = datetime(2026, 11, 18, 10, 0)


def _book(result, language: str = "da"):
    return load_workbook(io.BytesIO(overview_xlsx(result, language=language, made_at=MADE_AT)))


def test_the_teams_months_are_typed_rows_with_the_expectation(ws) -> None:
    build_overview(ws.ctx)
    result = overview.team_overview(ws.ctx, FIRST, AFTER, today=TODAY)
    book = _book(result)
    assert book.sheetnames == ["Teamet pr. måned", "Konsulenter pr. måned", "Om tallene"]
    rows = list(book["Teamet pr. måned"].iter_rows(values_only=True))
    header = rows[0]
    assert header[:6] == ("Måned", "FTE (reel normering)", "I forløb", "Forventning: i forløb",
                          "I job eller uddannelse", "Forventning: i job eller uddannelse")
    col = {name: n for n, name in enumerate(header)}
    july, august, *_, november, december = rows[1:]
    assert july[0] == datetime(2026, 7, 1)
    assert (july[col["I forløb"]], july[col["Forventning: i forløb"]]) == (9, 8)
    assert august[col["FTE (reel normering)"]] == 2.48
    assert august[col["Afsluttede forløb"]] == 2
    assert august[col["Afsluttede forløb: Deltagerens ønske"]] == 1
    assert august[col["Starter ikke på ordinære vilkår (tælles ikke med)"]] == 1
    assert november[col["Afsluttede forløb: Fraflyttet"]] == 1
    assert november[col["I job eller uddannelse"]] == EXPECTED[None][4].in_job == 4
    # December is after today: no figure is 0, every one is empty, and no target was set.
    assert december[0] == datetime(2026, 12, 1)
    assert set(december[1:]) == {None}
    # Numbers are numbers, the month a date the sheet can sort.
    sheet = book["Teamet pr. måned"]
    assert sheet.cell(2, 1).number_format == "dd-mm-yyyy"
    assert sheet.cell(2, 3).data_type == "n"


def test_one_row_per_consultant_and_month_with_who_left(ws) -> None:
    build_overview(ws.ctx)
    result = overview.team_overview(ws.ctx, FIRST, date(2026, 11, 1), today=TODAY)
    rows = list(_book(result)["Konsulenter pr. måned"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Initialer", "Konsulent", "Forladt teamet", "Måned",
                           "FTE (reel normering)")
    assert len(rows) == 1 + 3 * 5
    by = {(r[0], r[3].date()): r for r in rows[1:]}
    bo_september = by[("BB", date(2026, 9, 1))]
    assert bo_september[1] == "Bo Berg" and bo_september[4] == 0.75
    cecilie = by[("CC", date(2026, 8, 1))]
    assert cecilie[2] == datetime(2026, 8, 15) and cecilie[4] == 0.48
    assert "Forventning" not in " ".join(str(h) for h in rows[0])


def test_about_sheet_has_the_shares_beside_the_references_in_english(ws) -> None:
    build_overview(ws.ctx)
    result = overview.team_overview(ws.ctx, FIRST, date(2026, 11, 1), today=TODAY)
    sheet = _book(result, "en")["About the figures"]
    rows = list(sheet.iter_rows(values_only=True))
    lines = {r[0]: r[1:] for r in rows if r and r[0]}
    assert lines["Period"][0] == "July 2026 – November 2026"
    assert lines["As of"][0] == datetime(2026, 11, 18)
    assert lines["The whole team"][:3] == (4, 2, 0.5)
    assert lines["BB – Bo Berg"][:3] == (2, 0, 0.0)
    assert lines["The Inklusion trial: 59.5 % in job or education"][2] == 0.595
    assert lines["Exported"][0] == MADE_AT
    assert "Confidential – contains personal data" in lines
    share = next(row for row in sheet.iter_rows() if row[0].value == "The whole team")
    assert share[3].number_format == "0.0%"


def test_a_demo_workbook_says_so() -> None:
    rows = list(_book(made.overview(is_demo=True))["Om tallene"].iter_rows(values_only=True))
    assert tuple(v for v in rows[-2] if v) == ("Demodata (opdigtede personer)",)
