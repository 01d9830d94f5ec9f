"""The period report on A4 across: the quarterly figures, the courses started and ended.

For the one who enters IPS courses in the municipal case system and the
figures STAR's IPS outcome tools collect. First the quarters (each cut to
the period, marked partial when cut) with the whole period beneath, then
the courses started (to be marked "IPS STAR"), the courses ended (their end
date and reason to be entered), every job start of the period with whether
it counted and why not, and how it was counted. Each table's header row
repeats on every page; a row is never split. Header, confidentiality
footer, page X of Y, print time and DEMO come from reports/pdf_base.py.

Every figure is the service's (services/period_report.py): nothing is
counted again here, so paper, workbook and screen agree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, TableStyle

from ips_desktop.reports import period_report_texts as texts
from ips_desktop.reports.list_pdf import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    HEAD,
    INK,
    PAGE,
    RULE,
    SOFT,
    ZEBRA,
)
from ips_desktop.reports.pdf_base import build_pdf, markup, register_fonts, text_paragraph
from ips_desktop.reports.period_report_texts import day, header, said
from ips_desktop.reports.scripts import needs_script_support
from ips_desktop.services.period_report import CourseLine, PeriodReport, StarFigures

SIZE, LEADING, PADDING = 8.5, 10.4, 3
NAME_MIN = 40 * mm

# Fixed widths in points of the course tables' columns (the name takes the rest).
STARTED_COLUMNS = (("name", 0.0), ("cpr", 74.0), ("consultant", 58.0), ("referral_date", 56.0),
                   ("first_meeting", 70.0), ("marker", 56.0))
ENDED_COLUMNS = (("name", 0.0), ("cpr", 74.0), ("consultant", 58.0), ("referral_date", 56.0),
                 ("first_meeting", 70.0), ("ended_on", 56.0), ("end_reason", 192.0),
                 ("marker", 56.0))
JOB_COLUMNS = (("name", 0.0), ("consultant", 58.0), ("start_date", 60.0), ("hours", 60.0),
               ("ordinary_terms", 70.0), ("counted", 220.0))
WRAPPED = frozenset({"name", "end_reason"})  # the columns whose text may need two lines
FIGURES = ("referrals", "profiles_started", "job_starts", "in_work", "under_4_hours",
           "unknown_hours", "not_ordinary_terms", "education_starts")


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=15, leading=19,
                                    textColor=INK, spaceAfter=1.5 * mm)
        self.subtitle = ParagraphStyle("subtitle", fontName=FONT, fontSize=9, leading=12,
                                       textColor=SOFT, spaceAfter=3 * mm)
        self.heading = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=10.5,
                                      leading=13, textColor=INK, spaceBefore=3 * mm,
                                      spaceAfter=1.5 * mm, keepWithNext=1)
        self.band = ParagraphStyle("band", fontName=FONT_BOLD, fontSize=10.5, leading=13,
                                   textColor=INK)
        self.cell = ParagraphStyle("cell", fontName=FONT, fontSize=SIZE, leading=LEADING,
                                   textColor=INK)
        self.number = ParagraphStyle("number", parent=self.cell, alignment=2)  # right
        self.head = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=SIZE, leading=LEADING,
                                   textColor=INK)
        self.head_number = ParagraphStyle("head_number", parent=self.head, alignment=2)
        self.small = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10,
                                    textColor=SOFT, spaceBefore=3 * mm)
        self.empty = ParagraphStyle("empty", parent=self.cell, textColor=SOFT)


def period_report_pdf(report: PeriodReport, *, language: str, made_at: datetime) -> bytes:
    """The report as A4 landscape PDF bytes, its words in `language`, printed at `made_at`."""
    register_fonts()
    styles = _Styles()
    title = said("title", language)
    story: list[Flowable] = [
        text_paragraph(title, styles.title),
        text_paragraph(texts.subtitle(report, language), styles.subtitle),
        Paragraph(markup(said("quarters", language)), styles.heading),
        _quarters_table(report, language, styles),
        _course_table(said("started", language), report.started, STARTED_COLUMNS, language,
                      styles),
        _course_table(said("ended", language), report.ended, ENDED_COLUMNS, language, styles),
        _job_table(report, language, styles),
        KeepTogether([Paragraph(markup(said("how", language)), styles.small)]),
    ]
    return build_pdf(story, title=title, language=language, demo=report.is_demo,
                     header=f"{title} · {texts.subtitle(report, language)}",
                     printed_at=made_at, page_size=PAGE)


# -- the quarters ------------------------------------------------------------------------------

def _quarters_table(report: PeriodReport, language: str, styles: _Styles) -> Flowable:
    widths = _figure_widths(language)
    cells: list[list[Flowable]] = [[Paragraph(markup(header("quarter", language)), styles.head)]
                                   + [Paragraph(markup(header(key, language)), styles.head_number)
                                      for key in FIGURES]]
    for quarter in report.quarters:
        name = (f"<b>{markup(texts.quarter_name(quarter, language))}</b><br/>"
                f"{markup(texts.quarter_span(quarter, language))}")
        cells.append([Paragraph(name, styles.cell),
                      *_figure_cells(quarter.figures, language, styles)])
    whole = (f"<b>{markup(said('whole_period', language))}</b><br/>"
             f"{markup(day(report.first))}–{markup(day(report.last))}")
    cells.append([Paragraph(whole, styles.cell), *_figure_cells(report.totals, language, styles)])
    table = LongTable(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = _style()
    style += [("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)]
    table.setStyle(TableStyle(style))
    return table


def _figure_widths(language: str) -> list[float]:
    """The quarter's column, then each figure's: never narrower than its header's longest
    word (a word is never cut), what is left shared out evenly."""
    least = [108.0] + [max(stringWidth(word, FONT_BOLD, SIZE)
                          for word in header(key, language).split()) + 2 * PADDING + 1
                      for key in FIGURES]
    spare = max(0.0, CONTENT_WIDTH - sum(least)) / len(least)
    return [width + spare for width in least]


def _figure_cells(figures: StarFigures | None, language: str,
                  styles: _Styles) -> list[Flowable]:
    if figures is None:
        return [Paragraph(markup(said("not_begun", language)), styles.empty)] + [
            Paragraph("", styles.number) for _ in FIGURES[1:]]
    left = figures.left_out
    values = (figures.referrals, figures.profiles_started, figures.job_starts, figures.in_work,
              left.under_4_hours, left.unknown_hours, left.not_ordinary_terms,
              figures.education_starts)
    cells = [Paragraph(str(value), styles.number) for value in values]
    cells[3] = Paragraph(f"{figures.in_work}<br/><font size=7 color='#555555'>"
                         f"{markup(day(figures.in_work_on))}</font>", styles.number)
    return cells


# -- the courses and job starts ----------------------------------------------------------------

def _widths(columns: Sequence[tuple[str, float]]) -> list[float]:
    fixed = sum(width for _, width in columns)
    return [max(NAME_MIN, CONTENT_WIDTH - fixed) if width == 0 else width
            for _, width in columns]


def _course_table(title: str, lines: Sequence[CourseLine], columns: Sequence[tuple[str, float]],
                  language: str, styles: _Styles) -> Flowable:
    values: dict[str, Callable[[CourseLine], str]] = {
        "name": lambda line: line.name,
        "cpr": lambda line: line.cpr or "",
        "consultant": lambda line: line.consultant_initials,
        "referral_date": lambda line: day(line.referral_date),
        "first_meeting": lambda line: day(line.first_meeting),
        "ended_on": lambda line: day(line.ended_on),
        "end_reason": lambda line: texts.end_reason(line, language),
        "marker": lambda line: line.marker,
    }
    widths = _widths(columns)
    getters = [values[key] for key, _ in columns]
    wrapped = [key in WRAPPED for key, _ in columns]  # dates, CPR, initials fit as they are
    rows = [[_cell(get(line), width, styles) if wrap else get(line)
             for get, width, wrap in zip(getters, widths, wrapped, strict=True)]
            for line in lines]
    return _table(title, columns, rows, language, styles)


def _job_table(report: PeriodReport, language: str, styles: _Styles) -> Flowable:
    widths = _widths(JOB_COLUMNS)
    yes, no = said("yes", language), said("no", language)
    rows: list[list[Flowable | str]] = [
        [_cell(job.name, widths[0], styles), job.consultant_initials, day(job.start_date),
         texts.hours(job, language), yes if job.ordinary_terms else no,
         _cell(texts.counted(job, language), widths[5], styles)]
        for job in report.job_starts]
    return _table(said("job_starts", language), JOB_COLUMNS, rows, language, styles)


def _cell(text: str, width: float, styles: _Styles, font: str = FONT) -> Flowable | str:
    """A cell's text wrapped to its column once, as plain lines: a table of 5,000 rows of
    Paragraphs took half a minute to lay out. Text in a script that must be shaped or runs
    right to left (a name in Arabic, say) is a paragraph that prints it so."""
    if not text:
        return ""
    if needs_script_support(text):
        return text_paragraph(text, styles.head if font == FONT_BOLD else styles.cell)
    return "\n".join(simpleSplit(unicodedata.normalize("NFC", text), font, SIZE,
                                 width - 2 * PADDING))


def _table(title: str, columns: Sequence[tuple[str, float]], rows: list[list[Flowable | str]],
           language: str, styles: _Styles) -> Flowable:
    """The rows under two rows that repeat on every page: what the table is (so a loose
    page still says it: to be marked, to be ended) and the column headers."""
    widths = _widths(columns)
    band: list[Flowable | str] = [_Band(Paragraph(markup(title), styles.band), sum(widths)),
                                  *("" for _ in columns[1:])]
    head: list[Flowable | str] = [_cell(header(key, language), width, styles, FONT_BOLD)
                                  for (key, _), width in zip(columns, widths, strict=True)]
    style = [
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 4 * mm), ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5 * mm),
        *_style(1),
        ("FONTNAME", (0, 1), (-1, 1), FONT_BOLD), ("FONTNAME", (0, 2), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), SIZE), ("LEADING", (0, 0), (-1, -1), LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK)]
    if not rows:
        rows = [[Paragraph(markup(said("no_rows", language)), styles.empty)]
                + ["" for _ in columns[1:]]]
        style.append(("SPAN", (0, 2), (-1, 2)))
    table = LongTable([band, head, *rows], colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


class _Band(Flowable):
    """The title band in the table's first cell, laid out and drawn across the whole table.

    A SPAN over the band's row would do the same, but ReportLab then maps every
    cell of the table again at each page break: a year's lists (1,700 rows, 60
    pages) spent half their second in it. Cells are not clipped, so the band
    reads as it did spanned.
    """

    def __init__(self, paragraph: Paragraph, width: float) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.full_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(self.full_width, availHeight)
        self.width, self.height = min(availWidth, self.full_width), height
        return self.width, height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)


def _style(head: int = 0) -> list[tuple[object, ...]]:
    """A table whose column headers are row `head` (above it: the title band)."""
    return [
        ("BACKGROUND", (0, head), (-1, head), HEAD),
        ("LINEBELOW", (0, head), (-1, head), 0.6, RULE),
        ("ROWBACKGROUNDS", (0, head + 1), (-1, -1), [None, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, head), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, head), (-1, -1), PADDING),
        ("TOPPADDING", (0, head), (-1, -1), 2),
        ("BOTTOMPADDING", (0, head), (-1, -1), 3),
    ]
