"""The period report on the figures part's hand-built set (tests/overview_data.py): its
STAR quarters as written down there, and the same rows on paper and in the workbook."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ips_desktop.reports.period_report_pdf import period_report_pdf
from ips_desktop.reports.period_report_xlsx import period_report_xlsx
from ips_desktop.services.period_report import PeriodReport, period_report
from tests import overview_data as od

FIRST, LAST = date(2026, 7, 1), date(2026, 12, 31)
STARTED = ("education", "restart", "nobody")  # first meeting = referral day here
ENDED = ("restart_old", "left_job", "moved_away")
JOB_STARTS = (("month_19", None), ("job_ok", None), ("subsidy", "not_ordinary_terms"),
              ("under_4h", "under_4_hours"), ("moved", "unknown_hours"))


@pytest.fixture
def made(ws) -> tuple[od.OverviewData, PeriodReport]:
    data = od.build_overview(ws.ctx)
    return data, period_report(ws.ctx, FIRST, LAST, today=od.TODAY)


def label(data: od.OverviewData, course_id) -> str:
    return next(k for k, v in data.courses.items() if v == course_id)


def test_the_quarters_are_the_ones_written_down(made) -> None:
    _, report = made
    assert [q.starts_on for q in report.quarters] == list(od.EXPECTED_QUARTERS)
    for quarter in report.quarters:
        f = quarter.figures
        assert f is not None and not quarter.partial
        assert {"referrals": f.referrals, "profiles_started": f.profiles_started,
                "job_starts_4h": f.job_starts, "under_4h": f.left_out.under_4_hours,
                "unknown_hours": f.left_out.unknown_hours,
                "not_ordinary": f.left_out.not_ordinary_terms,
                "in_work": f.in_work} == od.EXPECTED_QUARTERS[quarter.starts_on]
    q4 = report.quarters[1].figures
    assert q4 is not None and q4.in_work_on == od.TODAY  # the quarter is not over yet


def test_rows_started_ended_and_job_starts(made) -> None:
    data, report = made
    assert tuple(label(data, line.course_id) for line in report.started) == STARTED
    assert tuple(label(data, line.course_id) for line in report.ended) == ENDED
    assert tuple((label(data, j.course_id), j.left_out) for j in report.job_starts) \
        == JOB_STARTS
    restart = report.started[1]
    assert restart.cpr == data.cprs["restart_old"]  # the same person, a new course
    assert restart.consultant_initials == "BB" and report.started[2].consultant_initials == ""


def test_paper_and_workbook_hold_the_same_rows(made) -> None:
    data, report = made
    pdf = period_report_pdf(report, language="da", made_at=datetime(2026, 11, 18, 9, 0))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for key in STARTED + ENDED:
        assert data.names[key] in text and data.cprs[key] in text
    assert data.names["deleted"] not in text
    book = load_workbook(io.BytesIO(period_report_xlsx(
        report, language="da", made_at=datetime(2026, 11, 18, 9, 0))))
    ended = list(book["Afsluttet"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1]) for r in ended] == [(data.names[k], data.cprs[k]) for k in ENDED]


QUARTER_ORDER = ("referrals", "profiles_started", "job_starts_4h", "in_work", "under_4h",
                 "unknown_hours", "not_ordinary")  # the columns' order on paper and in cells


def test_paper_and_workbook_hold_the_quarters_written_down(made) -> None:
    """STAR's figures as the case worker types them in: from the printout's text and the
    workbook's cells, each the one written down in EXPECTED_QUARTERS."""
    _, report = made
    made_at = datetime(2026, 11, 18, 9, 0)
    pdf = period_report_pdf(report, language="da", made_at=made_at)
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    book = load_workbook(io.BytesIO(period_report_xlsx(report, language="da",
                                                       made_at=made_at)))
    rows = list(book["Kvartalstal"].iter_rows(values_only=True))
    head = next(r for r in rows if r and r[0] == "Kvartal")
    col = {name: n for n, name in enumerate(head)}
    cells = {r[col["Fra"]].date(): r for r in rows
             if r and str(r[0]).startswith("2026 K")}  # not "Hele perioden" (also from 1.7.)
    for starts, (name, ends, read_on) in zip(od.EXPECTED_QUARTERS, (
            ("2026 K3", "30.09.", "30.09.2026"), ("2026 K4", "31.12.", "18.11.2026")),
            strict=True):
        want = od.EXPECTED_QUARTERS[starts]
        figures = [str(want[k]) for k in QUARTER_ORDER]
        printed = " ".join([name, f"{starts:%d.%m}.–{ends}", *figures[:4], read_on,
                            *figures[4:]])
        assert printed in text, printed
        row = cells[starts]
        assert [row[col[h]] for h in (
            "Henvisninger", "Karriereprofiler påbegyndt", "Jobstarter, mindst 4 timer om ugen",
            "I job ved udgangen", "Udeladt: under 4 timer", "Udeladt: timetal ikke oplyst",
            "Udeladt: ikke ordinære vilkår")] == [want[k] for k in QUARTER_ORDER]
