"""The week's supervision list on paper: A4 across, read back with pypdf against the hand-built
team of tests/supervision_data.py (every figure written down there)."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterable
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from ips_desktop.domain.enums import Phase, PlacementKind
from ips_desktop.domain.rules import DueItem, RuleId
from ips_desktop.reports.supervision_pdf import supervision_pdf
from ips_desktop.services.supervision import (
    CurrentPlacement,
    Deadline,
    SupervisionList,
    supervision_list,
)
from tests.helpers import CONSULTANT_NAME
from tests.reports.support import pages_text
from tests.supervision_data import EMPLOYER_NAME, TODAY, WEEK, TeamData, build_team

MADE_AT = datetime(2026, 11, 18, 9, 5)


@pytest.fixture
def team(ws) -> tuple[TeamData, SupervisionList]:
    data = build_team(ws.ctx)
    return data, supervision_list(ws.ctx, WEEK, today=TODAY)


def pdf_of(listing: SupervisionList, language: str = "da") -> bytes:
    return supervision_pdf(listing, language=language, made_at=MADE_AT)


def test_the_first_page_holds_the_teams_figures_and_a_line_per_consultant(team) -> None:
    data, listing = team
    pdf = pdf_of(listing)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 across
    assert reader.metadata.title == "Supervisionsliste – uge 47, 2026"  # never a name
    first = pages_text(pdf)[0]
    assert "16.11.2026 – 22.11.2026" in first and "Opgjort pr. 18.11.2026" in first
    assert "Hele teamet" in first
    # The service's figures, as it gives them (tests/services check them against the set):
    # 2 consultants with an FTE (the lead without courses has none), 21 open courses,
    # capacity 25 + 12, one over, face to face 3 of 12, 3 presence days, the referrals,
    # 1 start (+1 not on ordinary terms), 1 end, 1 follow-up due, 1 discussed.
    totals = listing.totals()
    assert data.listed == totals.open_courses == 21
    assert "Teamets tal" in first
    assert (f"2 21 37 1 3 af 12 3 {totals.new_referrals} 1 (+1 ikke ordinære) 1 1 1"
            in first)
    # Late per rule: the first meeting (Ida) and the monthly contact (Niels).
    assert "Forløb over fristen pr. regel" in first
    assert ("Første møde Første virksomhedskontakt Profil og plan Gennemgang af plan "
            "Månedlig kontakt 1 0 0 0 1") in first
    owner = data.headings["SOE"]
    assert owner.name == CONSULTANT_NAME
    assert f"SOE – {CONSULTANT_NAME} 7 af 25 2 af 6 3 1 1 (+1 ikke ordinære) 1 1 2" in first
    assert "BB – Bo Berg 13 af 12, over kapacitet 1 af 6 0 0 0 0 0" in first
    nobody = listing.consultants[-1]
    assert nobody.consultant_id is None
    # Nobody's courses have no reference of 6: the bare count.
    assert f"Forløb uden konsulent 1 0 0 {nobody.new_referrals} 0 0 0 0" in first
    assert "Lis Leder" not in " ".join(pages_text(pdf))  # a team lead without courses


def test_each_consultant_starts_on_a_new_page_with_their_figures(team) -> None:
    data, listing = team
    pages = pages_text(pdf_of(listing))
    owner_band = (f"SOE – {CONSULTANT_NAME} · Deltagere: 7 af 25 · Ansigt til ansigt: 2 af 6 "
                  "· Dage i psykiatrien: 3 · Nye henvisninger: 1 · Starter: 1 (+1 ikke "
                  "ordinære) · Slut: 1 · Opfølgninger: 1")
    bands = {"SOE": owner_band, "BB": "BB – Bo Berg · Deltagere: 13 af 12, over kapacitet",
             "nobody": "Forløb uden konsulent Deltager Fase"}
    starts = {key: next(n for n, page in enumerate(pages) if band in page)
              for key, band in bands.items()}
    assert 0 not in starts.values()  # the first page is the totals' alone
    assert len(set(starts.values())) == 3  # three sections, three different pages
    # Consultants by name (Bo Berg before Søren Østergård), nobody's courses last.
    assert starts["BB"] < starts["SOE"] < starts["nobody"]
    owners = " ".join(pages[starts["SOE"]:starts["nobody"]])
    for label in ("ida", "jens", "karen", "lars", "mette", "niels", "pia"):
        assert data.names[label] in owners
    assert "Bo Berg" not in owners and "Deltager 01 Berg" not in owners
    assert data.names["ole"] not in " ".join(pages)  # a deleted participant
    assert data.names["rikke"] in pages[starts["nobody"]]


def test_a_rows_cells_say_what_the_screen_says(team) -> None:
    data, listing = team
    text = " ".join(pages_text(pdf_of(listing)))
    # The headers, and the pen's column last.
    for header in ("Deltager Fase · dage i IPS", "Første møde",
                   "Første kontakt med virksomhed", "Profil", "Plan Gennemgang",
                   "Seneste kontakt", "Job/uddannelse nu Hvor · timer · siden",
                   "Næste opfølgning", "Over fristen", "Noter fra supervision"):
        assert header in text
    ida = _row_text(text, data.names["ida"])
    assert "Henvist · 8 d." in ida  # phase and days in IPS in the name's cell
    assert "1 d. over" in ida  # the first meeting, in its own column
    assert "Første møde: 1 dag" in ida  # and as a flag, short name and days late
    assert "ikke påbegyndt" in ida  # profile and plan
    karen = _row_text(text, data.names["karen"])
    assert EMPLOYER_NAME in karen and "17.11.2026" in karen  # where and since when
    assert "16.11.2026 forfalden" in karen  # the next follow-up: due, in words beside the red
    assert "✓ drøftet" in karen  # discussed this week, at the top of the pen's column
    lars = _row_text(text, data.names["lars"])
    assert "15 t/uge" in lars and "ikke ordinære vilkår" in lars
    assert "Pedelmedhjælper" not in lars  # the position is the workbook's
    niels = _row_text(text, data.names["niels"], data.names.values())
    assert "31 dage siden" in niels and "opsøgende indsats" in niels
    assert "Månedlig kontakt: 1 dag" in niels
    assert "✓" not in niels


def _row_text(text: str, name: str, others: Iterable[str] = ()) -> str:
    """From a participant's name up to the next row's start: the next of `others` (the
    other participants' names) printed after it, or 400 characters."""
    start = text.index(name)
    ends = [text.find(other, start + len(name)) for other in others if other != name]
    return text[start:min([end for end in ends if end > 0] + [start + 400])]


def test_every_page_has_the_week_page_x_of_y_the_print_time_and_the_footer(team) -> None:
    _, listing = team
    pages = pages_text(pdf_of(listing))
    assert len(pages) >= 4
    for n, page in enumerate(pages, start=1):
        assert page.startswith("Supervisionsliste – uge 47, 2026")
        assert f"Side {n} af {len(pages)}" in page
        assert "Udskrevet 18.11.2026 09:05" in page
        assert "Fortroligt – indeholder personoplysninger" in page


def test_a_long_section_repeats_its_heading_and_headers_on_every_page(team) -> None:
    """Bo's 13 rows five times over: his section runs over several pages, each of which
    says whose courses they are and what each column is."""
    _, listing = team
    bo = next(c for c in listing.consultants if c.initials == "BB")
    many = dataclasses.replace(bo, rows=bo.rows * 5)
    listing = dataclasses.replace(listing, consultants=(many,), consultant_id=bo.consultant_id)
    pages = pages_text(pdf_of(listing))
    section = pages[1:]
    assert len(section) >= 3
    for page in section:
        assert "BB – Bo Berg · Deltagere: 13 af 12, over kapacitet" in page
        assert "Noter fra supervision" in page and "Næste opfølgning" in page
    # Every row is printed whole on one page: each name appears as often as it was given.
    names = [row.name for row in many.rows]
    assert sum(page.count("Deltager 01 Berg") for page in section) == names.count(
        "Deltager 01 Berg")
    assert "BB – Bo Berg" in pages[0]  # the one consultant's list names them on page one


def test_demo_data_is_marked_on_every_page(team) -> None:
    _, listing = team
    assert all("DEMO" not in page for page in pages_text(pdf_of(listing)))
    pages = pages_text(pdf_of(dataclasses.replace(listing, is_demo=True)))
    assert all("DEMO" in page for page in pages)


@pytest.mark.parametrize(("language", "title", "pen"), [
    ("en", "Supervision list – week 47, 2026", "Notes from supervision"),
    ("nb", "Veiledningsliste – uke 47, 2026", "Notater fra veiledning"),
])
def test_the_other_languages(team, language: str, title: str, pen: str) -> None:
    _, listing = team
    text = " ".join(pages_text(pdf_of(listing, language)))
    assert title in text and pen in text
    assert ("Page 1 of" if language == "en" else "Side 1 av") in text


def test_no_text_is_smaller_than_8_points(team) -> None:
    _, listing = team
    sizes: list[float] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            sizes.append(font_size * scale)

    for page in PdfReader(io.BytesIO(pdf_of(listing))).pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 8


def test_25_courses_of_one_consultant_fit_on_two_pages(team) -> None:
    """A team lead prints this every week: a full caseload of 25, each course as full as the
    large demo's (a long workplace, the plan's review late, a flag, a follow-up), takes two
    pages after the totals' page, and the workplace is cut to keep the row at two lines."""
    _, listing = team
    bo = next(c for c in listing.consultants if c.initials == "BB")
    job = CurrentPlacement(kind=PlacementKind.JOB, where="Højgaards Tømrerforretning ApS",
                           title="Rengøringsassistent", hours_per_week=18,
                           since=date(2026, 1, 13), ordinary_terms=True)
    late = Deadline(done_on=None, due=date(2026, 5, 1), days_overdue=191)
    flag = DueItem(rule=RuleId.PLAN_REVIEW, due=date(2026, 5, 1), overdue=True,
                   days_overdue=191)
    full = [dataclasses.replace(row, phase=Phase.IN_JOB_OR_EDUCATION, days_in_ips=467,
                                placement=job, plan_review=late, flags=(flag,),
                                next_follow_up=date(2026, 11, 27))
            for row in (bo.rows * 2)[:25]]
    many = dataclasses.replace(bo, rows=tuple(full))
    listing = dataclasses.replace(listing, consultants=(many,), consultant_id=bo.consultant_id)
    pdf = pdf_of(listing)
    pages = pages_text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(pages) <= 3  # totals + 2
    section = " ".join(pages[1:])
    assert section.count("18 t/uge · 13.1.2026") == 25  # hours and since, on every row
    assert "Højgaards Tømrerfor" in section and "…" in section
    assert section.count("Gennemgang af plan: 191 dage") == 25
