"""Issue 18's "done when": the hand-built data set (tests/overview_data.py) shows the SAME
figures on screen (the figures tab's cells), in the steering printout (its text read back)
and in the workbook (its cells). Every expected number comes from `EXPECTED`/`TARGETS`, so a
figure that goes wrong on one surface fails here even when each surface's own test was
written from what that surface printed."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import load_workbook

from ips_desktop.domain import messages
from ips_desktop.domain.enums import EndReason
from ips_desktop.reports import overview_texts as report_texts
from ips_desktop.reports.overview_pdf import overview_pdf
from ips_desktop.reports.overview_xlsx import overview_xlsx
from ips_desktop.services import overview
from ips_desktop.services.fidelity import fidelity_self_check
from ips_desktop.ui.overview import tabs
from ips_desktop.ui.overview.figures_tab import ACTUAL_ROW, FTE, TARGET_ROW
from tests import overview_data as od
from tests.reports.support import all_text
from tests.ui.test_overview_figures import numbers, open_figures

MADE_AT = datetime(2026, 11, 18, 10, 0)
TEAM = od.EXPECTED[None]


@pytest.fixture
def data(ws, monkeypatch):
    monkeypatch.setattr(tabs, "today", lambda: od.TODAY)
    return od.build_overview(ws.ctx)


def _counts(attribute: str) -> list[int]:
    return [getattr(m, attribute) for m in TEAM]


def _ended(reason: EndReason | None) -> list[int]:
    return [sum(m.ended.values()) if reason is None else m.ended[reason] for m in TEAM]


def _occurring() -> list[EndReason]:
    return [r for r in EndReason if any(m.ended[r] for m in TEAM)]


def _line(label: str, values: list[int]) -> str:
    """A row of the printout's table as pypdf reads it: label, months, total."""
    return " ".join([label, *(str(v) for v in values), str(sum(values))])


def _fte(text: str) -> float:
    return float(text.replace(",", "."))


def test_screen_printout_and_workbook_show_the_same_known_figures(
        qtbot, ws, preferences, data):
    # On screen.
    _, figures = open_figures(qtbot, ws, preferences)
    course = figures.sections["in_course"].table
    job = figures.sections["in_job"].table
    assert numbers(course.row_texts(ACTUAL_ROW)) == _counts("in_course")
    assert numbers(job.row_texts(ACTUAL_ROW)) == _counts("in_job")
    assert numbers(course.row_texts(TARGET_ROW)) == list(od.TARGETS["in_course"].values())
    assert numbers(job.row_texts(TARGET_ROW)) == list(od.TARGETS["in_job"].values())
    fte = figures.sections[FTE].table
    assert [_fte(t) for t in fte.row_texts(0)] == [round(m.fte, 2) for m in TEAM]
    other = figures.other
    rows = {other.row_label(n).strip(): numbers(other.row_texts(n))
            for n in range(other.rowCount())}
    for label, values in [
            ("Nye henvisninger", _counts("referrals")),
            ("Afsluttede forløb", _ended(None)),
            *((report_texts.end_reason(r, "da"), _ended(r)) for r in EndReason),
            ("Jobstart på ordinære vilkår", _counts("job_starts")),
            ("Uddannelsesstart på ordinære vilkår", _counts("education_starts")),
            ("Start ikke på ordinære vilkår", _counts("other_starts"))]:
        assert rows[label] == [*values, sum(values)], label
    cohort, reached = 4, 2
    assert f"{reached} af {cohort} forløb" in figures.within.text()

    # In the printout, of the same months.
    result = overview.team_overview(ws.ctx, od.FIRST, od.LAST, today=od.TODAY)
    messages.set_language("da")
    check = fidelity_self_check(ws.ctx, od.FIRST, od.TODAY, today=od.TODAY)
    text = all_text(overview_pdf(result, check, "", language="da", made_at=MADE_AT))

    def printed(values: list[int | None]) -> str:
        return " ".join(str(v) for v in values)

    assert (f"Faktisk {printed(_counts('in_course'))} "
            f"Forventning {printed(list(od.TARGETS['in_course'].values()))}") in text
    assert (f"Faktisk {printed(_counts('in_job'))} "
            f"Forventning {printed(list(od.TARGETS['in_job'].values()))}") in text
    # The table beneath the FTE chart, as the printout words a decimal (3, 2,48, 1,5).
    assert "FTE " + " ".join(f"{round(m.fte, 2):g}".replace(".", ",") for m in TEAM) in text
    assert _line("Nye henvisninger", _counts("referrals")) in text
    assert _line("Afsluttede forløb", _ended(None)) in text
    for reason in _occurring():
        assert _line(f"– {report_texts.end_reason(reason, 'da')}", _ended(reason)) in text
    assert _line("Starter i job", _counts("job_starts")) in text
    assert _line("Starter i uddannelse", _counts("education_starts")) in text
    assert _line("Starter ikke på ordinære vilkår (tælles ikke med)",
                 _counts("other_starts")) in text
    assert f"{reached} af {cohort} forløb (50 %)" in text

    # In the workbook's cells.
    book = load_workbook(io.BytesIO(overview_xlsx(result, language="da", made_at=MADE_AT)))
    sheet = list(book["Teamet pr. måned"].iter_rows(values_only=True))
    col = {name: n for n, name in enumerate(sheet[0])}

    def cells(head: str) -> list:
        return [row[col[head]] for row in sheet[1:]]

    assert cells("I forløb") == _counts("in_course")
    assert cells("I job eller uddannelse") == _counts("in_job")
    assert cells("Forventning: i forløb") == list(od.TARGETS["in_course"].values())
    assert cells("Forventning: i job eller uddannelse") == list(od.TARGETS["in_job"].values())
    assert cells("FTE (reel normering)") == [round(m.fte, 2) for m in TEAM]
    assert cells("Nye henvisninger") == _counts("referrals")
    assert cells("Afsluttede forløb") == _ended(None)
    for reason in EndReason:
        assert cells(f"Afsluttede forløb: {report_texts.end_reason(reason, 'da')}") == _ended(
            reason)
    assert cells("Starter i job") == _counts("job_starts")
    assert cells("Starter i uddannelse") == _counts("education_starts")
    assert cells("Starter ikke på ordinære vilkår (tælles ikke med)") == _counts(
        "other_starts")


def test_the_self_check_caseload_item_agrees_with_the_overview(ws, data):
    """The self-check's item 1 counts the courses open at the period's end over the FTE on
    staff then: on this set the overview's latest month (November, read at today)."""
    messages.set_language("da")
    check = fidelity_self_check(ws.ctx, od.FIRST, od.TODAY, today=od.TODAY)
    caseload = check.item("caseload_size")
    november = TEAM[-1]
    assert caseload.count == november.in_course == 8
    assert caseload.value == pytest.approx(november.in_course / november.fte)  # 8 / 1.5
    result = overview.team_overview(ws.ctx, od.FIRST, od.LAST, today=od.TODAY)
    for series in result.consultants:  # ConsultantSeries
        if series.consultant_id in check.per_consultant:
            last = series.series.months[-1]
            assert check.per_consultant[series.consultant_id] == pytest.approx(
                last.in_course / last.fte), series.initials
