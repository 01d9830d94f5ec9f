"""The period report on paper and in a workbook, read back (pypdf, openpyxl) against the
hand-built set of tests/period_data.py: the same rows and figures as the service's."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ips_desktop.reports.period_report_pdf import period_report_pdf
from ips_desktop.reports.period_report_xlsx import period_report_xlsx
from ips_desktop.services.period_report import PeriodReport, period_report
from tests import period_data as pd

MADE_AT = datetime(2026, 11, 20, 9, 30, 12)


@pytest.fixture
def report(ws) -> PeriodReport:
    pd.build_period(ws.ctx)
    return period_report(ws.ctx, pd.FIRST, pd.LAST, today=pd.TODAY)


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_the_pdf_is_a4_across_with_every_row_and_the_footer(report) -> None:
    reader, text = pdf_text(period_report_pdf(report, language="da", made_at=MADE_AT))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    assert reader.metadata.title == "Indberetning: IPS-forløb og kvartalstal"
    assert "Periode 15.02.2026 – 15.05.2026 · opgjort pr. 15.05.2026 · Hele teamet" in text
    for label in ("anne", "bent", "carl", "erik", "fie", "hans"):
        assert pd.NAMES[label] in text and pd.CPRS[label] in text
    for left_out in ("gert", "ida", "jon"):  # after the period, deleted, started before
        assert pd.CPRS[left_out] is None or pd.CPRS[left_out] not in text
    assert pd.NAMES["gert"] not in text and pd.NAMES["ida"] not in text
    assert text.count("IPS STAR") >= len(pd.STARTED) + len(pd.ENDED)
    assert "Andet: " + pd.FIE_REASON in text and "Deltagerens ønske" in text
    assert "Nej: timetal ikke oplyst" in text and "Nej: under 4 timer om ugen" in text
    assert "Nej: ikke på ordinære vilkår (fx løntilskud)" in text
    assert "Fortroligt – indeholder personoplysninger" in text
    assert f"Side 1 af {len(reader.pages)}" in text and "Udskrevet 20.11.2026 09:30" in text


def test_the_pdf_quarter_lines_hold_the_figures(report) -> None:
    _, text = pdf_text(period_report_pdf(report, language="da", made_at=MADE_AT))
    cells = [line.strip() for line in text.splitlines()]  # pypdf: a table cell a line

    def figures_after(label: str) -> tuple[list[str], str]:
        at = cells.index(label)
        return cells[at + 1:at + 5] + cells[at + 6:at + 10], cells[at + 5]

    for label, e, on in (("15.02.–31.03. (delvis)", pd.EXPECTED_Q1, "31.03.2026"),
                         ("01.04.–15.05. (delvis)", pd.EXPECTED_Q2, "15.05.2026"),
                         ("15.02.2026–15.05.2026", pd.EXPECTED_TOTAL, "15.05.2026")):
        assert figures_after(label) == ([str(v) for v in (
            e.referrals, e.profiles, e.job_starts, e.in_work, e.under_4, e.unknown,
            e.not_ordinary, e.education)], on)
    assert cells[cells.index("15.02.–31.03. (delvis)") - 1] == "2026 K1"
    assert cells[cells.index("15.02.2026–15.05.2026") - 1] == "Hele perioden"


def test_the_pdf_in_english_and_norwegian(report) -> None:
    _, en = pdf_text(period_report_pdf(report, language="en", made_at=MADE_AT))
    assert "Period report: IPS courses and quarterly figures" in en
    assert "2026 Q1" in en and "The whole team" in en and "No: hours not recorded" in en
    assert "Confidential – contains personal data" in en
    _, nb = pdf_text(period_report_pdf(report, language="nb", made_at=MADE_AT))
    assert "Kvartalstall" in nb and "Fødselsnr." in nb and "Nei: under 4 timer i uken" in nb
    assert "status per 15.05.2026" in nb


def test_an_empty_period_and_a_demo_say_so(report) -> None:
    empty = replace(report, started=(), ended=(), job_starts=(), is_demo=True)
    _, text = pdf_text(period_report_pdf(empty, language="da", made_at=MADE_AT))
    assert text.count("Ingen i perioden.") == 3
    assert "DEMO" in text


def book_of(report: PeriodReport, language: str = "da"):
    return load_workbook(io.BytesIO(period_report_xlsx(report, language=language,
                                                       made_at=MADE_AT)))


def test_the_workbook_has_typed_rows_and_the_cpr_as_text(report) -> None:
    book = book_of(report)
    assert book.sheetnames == ["Startet", "Afsluttet", "Jobstarter", "Kvartalstal"]
    started = book["Startet"]
    assert started.freeze_panes == "A2"
    rows = list(started.iter_rows(values_only=True))
    assert rows[0] == ("Navn", "CPR-nummer", "Konsulent", "Henvist", "Første møde (start)",
                       "Markering")
    assert [r[0] for r in rows[1:]] == [pd.NAMES[label.rstrip("12")] for label in pd.STARTED]
    anne = rows[2]
    assert anne == ("Anne Ærø", "010190-1234", "AA", datetime(2026, 2, 2),
                    datetime(2026, 2, 16), "IPS STAR")
    assert rows[1][2] is None  # nobody's course: an empty cell, not ""
    cpr = started["B3"]
    assert (cpr.data_type, cpr.number_format) == ("s", "@")
    assert started["D3"].number_format == "dd-mm-yyyy"
    ended = list(book["Afsluttet"].iter_rows(values_only=True))
    assert ended[0][5:7] == ("Slutdato", "Slutårsag")
    assert ended[1][5:7] == (datetime(2026, 2, 20), "Deltagerens ønske")
    assert ended[2][4] is None and ended[2][6] == "Andet: " + pd.FIE_REASON
    jobs = list(book["Jobstarter"].iter_rows(values_only=True))
    assert [(r[0], r[3], r[5]) for r in jobs[1:]] == [
        ("Dora Dahl", 30, "Nej: ikke på ordinære vilkår (fx løntilskud)"),
        ("Anne Ærø", 20, "Ja"), ("Bent Bøgh", 3, "Nej: under 4 timer om ugen"),
        ("Carl Cæsar", None, "Nej: timetal ikke oplyst"),
        ("Anne Ærø", 2, "Nej: under 4 timer om ugen"), ("Erik Østergård", 37, "Ja")]


def test_the_workbook_quarters_sheet(report) -> None:
    sheet = book_of(report)["Kvartalstal"]
    rows = [r for r in sheet.iter_rows(values_only=True)]
    head = rows.index(next(r for r in rows if r and r[0] == "Kvartal"))
    assert rows[head][:5] == ("Kvartal", "Fra", "Til", "Delvis", "Henvisninger")
    q1, q2, whole = rows[head + 1], rows[head + 2], rows[head + 3]
    assert q1[:4] == ("2026 K1", datetime(2026, 2, 15), datetime(2026, 3, 31), "Ja")
    e = pd.EXPECTED_Q2
    assert q2[4:13] == (e.referrals, e.profiles, e.job_starts, e.in_work,
                        datetime(2026, 5, 15), e.under_4, e.unknown, e.not_ordinary,
                        e.education)
    assert whole[0] == "Hele perioden" and whole[4] == pd.EXPECTED_TOTAL.referrals
    flat = [c for r in rows for c in r if c is not None]
    assert "Fortroligt – indeholder personoplysninger" in flat
    assert datetime(2026, 11, 20, 9, 30) in flat


def test_a_quarter_not_begun_says_so(ws) -> None:
    pd.build_period(ws.ctx)
    early = period_report(ws.ctx, pd.FIRST, pd.LAST, today=date(2026, 3, 10))
    rows = list(book_of(early, "en")["Quarterly figures"].iter_rows(values_only=True))
    assert any(r[0] == "2026 Q2" and r[4] == "not begun" for r in rows)
    _, text = pdf_text(period_report_pdf(early, language="en", made_at=MADE_AT))
    assert "not begun" in text


def test_a_name_in_another_script_and_hours_with_decimals(report) -> None:
    arabic = "أحمد حسن"
    line = replace(report.started[1], name=arabic)
    job = replace(report.job_starts[1], hours_per_week=7.5)
    changed = replace(report, started=(report.started[0], line, *report.started[2:]),
                      job_starts=(report.job_starts[0], job, *report.job_starts[2:]))
    _, text = pdf_text(period_report_pdf(changed, language="da", made_at=MADE_AT))
    assert "7,5" in text and pd.CPRS["anne"] in text  # the row is there, its name shaped
    _, en = pdf_text(period_report_pdf(changed, language="en", made_at=MADE_AT))
    assert "7.5" in en
    rows = list(book_of(changed)["Startet"].iter_rows(min_row=2, values_only=True))
    assert rows[1][0] == arabic
