"""The week's supervision list as .xlsx: the printout's rows, typed, read back with openpyxl
against the hand-built team of tests/supervision_data.py."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime

import pytest
from openpyxl import load_workbook

from ips_desktop.reports.supervision_xlsx import supervision_xlsx
from ips_desktop.services.supervision import SupervisionList, supervision_list
from tests.helpers import CONSULTANT_NAME
from tests.supervision_data import EMPLOYER_NAME, NOTE_TEXT, TODAY, WEEK, TeamData, build_team

MADE_AT = datetime(2026, 11, 18, 9, 5, 42)


@pytest.fixture
def team(ws) -> tuple[TeamData, SupervisionList]:
    data = build_team(ws.ctx)
    return data, supervision_list(ws.ctx, WEEK, today=TODAY)


def book_of(listing: SupervisionList, language: str = "da"):
    return load_workbook(io.BytesIO(supervision_xlsx(listing, language=language,
                                                     made_at=MADE_AT)))


def rows_by_name(sheet) -> tuple[list[str], dict[str, dict[str, object]]]:
    values = list(sheet.iter_rows(values_only=True))
    headers = list(values[0])
    return headers, {row[1]: dict(zip(headers, row, strict=True)) for row in values[1:]}


def test_one_typed_row_per_course_under_a_frozen_filtered_header(team) -> None:
    data, listing = team
    book = book_of(listing)
    assert book.sheetnames == ["Supervisionsliste", "Teamets tal"]
    assert book.properties.title == "Supervisionsliste – uge 47, 2026"
    sheet = book["Supervisionsliste"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:AH{data.listed + 1}"
    headers, rows = rows_by_name(sheet)
    assert headers[:3] == ["Konsulent", "Deltager", "Fase"]
    assert len(rows) == data.listed == 21  # the same rows as the list, in its order
    assert [r.name for r in listing.rows] == [row[1] for row in
                                              sheet.iter_rows(min_row=2, values_only=True)]
    assert data.names["ole"] not in rows  # deleted
    karen = rows[data.names["karen"]]
    assert karen["Konsulent"] == "SOE"
    assert karen["Dage i IPS"] == 72 and isinstance(karen["Dage i IPS"], int)
    assert karen["Henvist den"] == datetime(2026, 9, 7)  # a date, not text
    assert karen["Hvor"] == EMPLOYER_NAME and karen["Timer pr. uge"] == 30
    assert karen["Siden"] == datetime(2026, 11, 17) and karen["Ordinære vilkår"] == "Ja"
    assert karen["Næste opfølgning"] == datetime(2026, 11, 16)
    assert karen["Drøftet"] == datetime(2026, 11, 18)
    assert karen["Over fristen"] is None  # an empty cell, not ""
    ida = rows[data.names["ida"]]
    assert ida["Første møde"] is None and ida["Første møde, frist"] == datetime(2026, 11, 17)
    assert ida["Første møde, dage over fristen"] == 1
    assert ida["Over fristen"] == "Første møde: 1 dag"
    assert ida["Karriereprofil"] == "ikke påbegyndt"
    niels = rows[data.names["niels"]]
    assert niels["Dage siden kontakt"] == 31 and niels["Opsøgende indsats"] == "Ja"
    assert niels["Note fra supervision"] == NOTE_TEXT
    lars = rows[data.names["lars"]]
    assert lars["Ordinære vilkår"] == "Nej" and lars["Stilling"] == "Pedelmedhjælper"
    rikke = rows[data.names["rikke"]]
    assert rikke["Konsulent"] is None  # nobody's course
    cell = next(c for c in sheet["E"] if c.row == 2)
    assert cell.number_format == "dd-mm-yyyy"


def test_the_totals_sheet_has_the_teams_and_each_consultants_figures(team) -> None:
    _, listing = team
    sheet = book_of(dataclasses.replace(listing, is_demo=True))["Teamets tal"]
    values = [row for row in sheet.iter_rows(values_only=True)]
    pairs = {row[0]: row[1] for row in values if row[0]}
    totals = listing.totals()
    assert pairs["Uge"] == "2026-W47" and pairs["Opgjort pr."] == datetime(2026, 11, 18)
    assert pairs["Åbne forløb"] == 21 and pairs["Kapacitet"] == 37
    assert pairs["Over kapacitet"] == 1
    assert pairs["Virksomhedskontakter ansigt til ansigt"] == 3
    assert pairs["Reference for ansigt til ansigt"] == 12
    assert pairs["Starter i job/uddannelse"] == 1
    assert pairs["Starter ikke på ordinære vilkår"] == 1
    assert pairs["Over fristen: Første møde"] == 1
    assert pairs["Over fristen: Månedlig kontakt"] == 1
    assert pairs["Drøftet i ugen"] == totals.discussed == 1
    assert pairs["Udtrukket"] == datetime(2026, 11, 18, 9, 5)
    lines = {row[0]: row[1:] for row in values if row[0] and " – " in str(row[0])}
    assert lines["BB – Bo Berg"][:4] == (13, 12, "Ja", 1)
    assert lines[f"SOE – {CONSULTANT_NAME}"][:3] == (7, 25, "Nej")
    flat = [str(v) for row in values for v in row if v is not None]
    assert "Demodata (opdigtede personer)" in flat
    assert "Fortroligt – indeholder personoplysninger" in flat


def test_a_note_that_looks_like_a_formula_stays_text(team) -> None:
    _, listing = team
    row = listing.rows[0]
    odd = dataclasses.replace(row, note='=HYPERLINK("http://x","y")')
    first = dataclasses.replace(listing.consultants[0],
                                rows=(odd, *listing.consultants[0].rows[1:]))
    listing = dataclasses.replace(listing, consultants=(first, *listing.consultants[1:]))
    sheet = book_of(listing)["Supervisionsliste"]
    cell = sheet.cell(row=2, column=34)
    assert cell.value == '=HYPERLINK("http://x","y")' and cell.data_type == "s"


def test_english_headers(team) -> None:
    _, listing = team
    book = book_of(listing, "en")
    assert book.sheetnames == ["Supervision list", "Team totals"]
    headers = next(book["Supervision list"].iter_rows(values_only=True))
    assert headers[:2] == ("Specialist", "Participant") and "Days in IPS" in headers
