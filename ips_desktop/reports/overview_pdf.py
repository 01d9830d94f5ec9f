"""The steering-group printout: the Team overview on one or two A4 pages.

First the three charts (in a course and in job or education against the
expectation, and the real FTE), each with a table of its figures beneath for
those who would rather read numbers, and the team's comments on them; then
referrals, endings by reason and starts per month, the share in job or
education within 18 months beside the references, a line per consultant
(team printout) and the fidelity self-check's summary (its 15 items, the
total out of 75 and the band, labelled as the team's own self-check and never
as an external review). The charts are reports/overview_charts.py's Drawings,
placed as vectors: the same definition the screen shows as SVG. Header,
confidentiality footer, page X of Y, print time and DEMO come from
reports/pdf_base.py. Twelve months with a few consultants make two pages;
24 months with many consultants and a long comment may take a third.

Every figure is the services' (services/overview.py, services/fidelity.py):
nothing is counted again here, so paper and screen agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ips_desktop.domain.enums import EndReason
from ips_desktop.reports import overview_charts as charts
from ips_desktop.reports import overview_texts as texts
from ips_desktop.reports.freshness_pdf import freshness_lines, stale_warning
from ips_desktop.reports.overview_texts import row, said
from ips_desktop.reports.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    build_pdf,
    markup,
    register_fonts,
    text_paragraph,
)
from ips_desktop.services.fidelity_model import FidelityCheck
from ips_desktop.services.overview_model import (
    ConsultantSeries,
    MonthFigures,
    Share,
    TeamOverview,
)
from ips_desktop.services.team_freshness import Freshness

CHART_HEIGHT = 118.0
INK = colors.HexColor("#222222")
RULE = colors.HexColor("#BFBFBF")
HEAD = colors.HexColor("#EDEDED")
ZEBRA = colors.HexColor("#F7F7F7")
MIN_MONTH_WIDTH = 17.0  # "100" and "2,75" at 7 pt with padding


def overview_pdf(overview: TeamOverview, fidelity: FidelityCheck | None, comment: str, *,
                 language: str, made_at: datetime,
                 consultant_id: uuid.UUID | None = None,
                 freshness: Sequence[Freshness] = ()) -> bytes:
    """The printout as PDF bytes: the team's (or, with `consultant_id`, one consultant's)
    months, the fidelity self-check when given, and the team's comment; `freshness`
    (services/team_freshness.py) says how fresh each consultant's data is."""
    register_fonts()
    styles = _Styles()
    chosen = _consultant(overview, consultant_id)
    series = chosen.series if chosen is not None else overview.team
    targets = overview.targets if chosen is None else {}
    months = list(overview.months)
    figures = list(series.months)
    subject = _consultant_label(chosen, language) if chosen else said("team", language)
    story: list[Flowable] = [
        Paragraph(said("title", language), styles.title),
        text_paragraph(" · ".join((texts.period_text(overview.first, overview.last, language),
                                   subject,
                                   said("as_of", language, day=texts.day(overview.as_of)))),
                       styles.subtitle),
        Spacer(1, 3 * mm),
        *stale_warning(freshness, language, CONTENT_WIDTH),
    ]
    chart_rows: list[list[tuple[str, Sequence[str]]]] = [
        [(row("actual", language), [_count(f.in_course) for f in figures])],
        [(row("actual", language), [_count(f.in_job) for f in figures])],
        [(charts.legend_text("fte", language), [_fte(f.fte, language) for f in figures])],
    ]
    for measure, lines in zip(("in_course", "in_job"), chart_rows, strict=False):
        if chosen is None:
            goals = charts.aligned(months, targets.get(measure))
            lines.append((row("target", language), [_count(g, "–") for g in goals]))
    # The tables' label column is as wide as the room left of each chart's plot, so that
    # every month's figure stands under its point.
    size = _table_size(months)
    left = max(stringWidth(text, FONT, size) for lines in chart_rows for text, _ in lines) + 8
    drawings = charts.overview_drawings(overview, consultant_id, language=language,
                                        height=CHART_HEIGHT, plot_left=left)
    for drawing, lines in zip(drawings, chart_rows, strict=True):
        under = (drawing.plot_left, drawing.plot_step, drawing.width - drawing.plot_right)
        story.append(KeepTogether([drawing, Spacer(1, 1 * mm),
                                   *_month_tables(months, lines, language, styles,
                                                  columns=under),
                                   Spacer(1, 4 * mm)]))
    if chosen is not None:
        story.append(Paragraph(said("no_target", language), styles.note))
    if any(f.in_course is None for f in figures):
        story.append(Paragraph(said("after_today", language), styles.note))
    # The team's words on the charts' page, where the steering group reads the figures.
    story.extend(_comments(comment, language, styles))
    story.append(CondPageBreak(60 * mm))
    story.extend(_flow(months, figures, language, styles))
    story.extend(_within_18(overview, chosen, language, styles))
    if chosen is None and overview.consultants:
        story.extend(_per_consultant(overview, language, styles))
    if fidelity is not None:
        story.extend(_fidelity(fidelity, language, styles))
    story.extend(freshness_lines(freshness, language))
    return build_pdf(story, title=said("title", language), language=language,
                     demo=bool(overview.is_demo), printed_at=made_at,
                     header=f"{said('title', language)} · "
                            f"{texts.period_text(overview.first, overview.last, language)}")


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=14, leading=17,
                                    textColor=INK, spaceAfter=2)
        self.subtitle = ParagraphStyle("subtitle", fontName=FONT, fontSize=9.5, leading=12,
                                       textColor=INK)
        self.heading = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=10.5, leading=13,
                                      textColor=INK, spaceBefore=6, spaceAfter=3)
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5,
                                   textColor=INK, spaceAfter=3)
        self.note = ParagraphStyle("note", fontName=FONT, fontSize=8, leading=10,
                                   textColor=INK, spaceAfter=3)
        self.cell = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.6,
                                   textColor=INK)
        self.small_cell = ParagraphStyle("small", fontName=FONT, fontSize=7, leading=8.4,
                                         textColor=INK)


def _consultant(overview: TeamOverview,
                consultant_id: uuid.UUID | None) -> ConsultantSeries | None:
    if consultant_id is None:
        return None
    chosen = overview.consultant(consultant_id)
    if chosen is None:
        raise ValueError("no such consultant in the overview")
    return chosen


def _consultant_label(consultant: ConsultantSeries, language: str) -> str:
    """"AB – Anne Berg", and when they left the team."""
    text = f"{consultant.initials} – {consultant.name}"
    if consultant.left_on is not None:
        text += f" ({said('left', language, day=texts.day(consultant.left_on))})"
    return text


def _count(value: int | None, missing: str = "") -> str:
    return missing if value is None else str(value)


def _fte(value: float | None, language: str) -> str:
    return "" if value is None else charts.number_text(value, language, 2)


def _month_tables(months: Sequence[date], lines: Sequence[tuple[str, Sequence[str]]],
                  language: str, styles: _Styles, *, total: Sequence[str] | None = None,
                  label_width: float | None = None,
                  columns: tuple[float, float, float] | None = None) -> list[Flowable]:
    """The figures beneath a chart (or the flow table): months as columns, as many as fit
    across the page at 7–8 pt, the rest in a second block beneath.

    `columns` (the label column's width, a month's, what is left at the right) lines the
    months up with a chart's points above when they all fit on one line."""
    size = _table_size(months)
    style = styles.cell if size == 8 else styles.small_cell
    if label_width is None:
        label_width = max(stringWidth(text, FONT, size) for text, _ in lines) + 8
    total_width = 30.0 if total is not None else 0.0
    room = CONTENT_WIDTH - label_width - total_width
    per_block = max(1, min(len(months), int(room // MIN_MONTH_WIDTH)))
    tail = 0.0
    if columns is not None and columns[1] >= MIN_MONTH_WIDTH - 0.5:
        label_width, step, tail = columns
        per_block, room = len(months), step * len(months)
    if len(months) > per_block:  # blocks of even size: 24 months are two of 12
        blocks = -(-len(months) // per_block)
        per_block = -(-len(months) // blocks)
    tables: list[Flowable] = []
    for start in range(0, max(len(months), 1), per_block):
        chunk = list(months[start:start + per_block])
        last = start + per_block >= len(months)
        width = (room / per_block) if per_block else room
        header: list[Any] = [""] + [_month_head(month, i == 0, language, short=width < 24)
                                    for i, month in enumerate(chunk)]
        body: list[list[Any]] = []
        for n, (text, values) in enumerate(lines):
            cells: list[Any] = [Paragraph(markup(text), style),
                                *values[start:start + per_block]]
            if total is not None:
                cells.append(total[n] if last else "")
            body.append(cells)
        if total is not None:
            header.append(row("total", language) if last else "")
        widths = [label_width] + [width] * len(chunk) + ([total_width] if total else [])
        if tail > 0:
            header.append("")
            for cells in body:
                cells.append("")
            widths.append(tail)
        table = Table([header, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(_table_style(size, len(body), has_total=total is not None))
        tables.append(table)
        tables.append(Spacer(1, 1.5 * mm))
    return tables


def _table_size(months: Sequence[date]) -> float:
    """8 pt while the months fit at that size, 7 pt for more (24 months)."""
    return 8.0 if len(months) <= 14 else 7.0


def _month_head(month: date, first: bool, language: str, *, short: bool = False) -> str:
    """"jan" with "2026" beneath in January and in the first column ("’26" where the
    columns are narrow)."""
    name = texts.month_short(month, language)
    year = f"’{month.year % 100:02d}" if short else str(month.year)
    return f"{name}\n{year}" if first or month.month == 1 else name


def _table_style(size: float, rows: int, *, has_total: bool = False) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.2),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, size * 1.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ]
    for n in range(2, rows + 1, 2):
        commands.append(("BACKGROUND", (0, n), (-1, n), ZEBRA))
    if has_total:
        commands.append(("FONT", (-1, 1), (-1, -1), FONT_BOLD, size, size * 1.2))
    return TableStyle(commands)


def _flow(months: Sequence[date], figures: Sequence[MonthFigures], language: str,
          styles: _Styles) -> list[Flowable]:
    """Referrals, endings (with each reason that occurs) and starts per month, with totals."""
    lines: list[tuple[str, list[str]]] = []
    totals: list[str] = []

    def add(text: str, values: list[int | None]) -> None:
        lines.append((text, [_count(v) for v in values]))
        totals.append(str(sum(v for v in values if v is not None)))

    add(row("referrals", language), [f.referrals for f in figures])
    ended = [None if f.ended is None else sum(f.ended.values()) for f in figures]
    add(row("ended", language), ended)
    for reason in EndReason:
        values = [None if f.ended is None else f.ended.get(reason, 0) for f in figures]
        if any(values):
            add(f"– {texts.end_reason(reason, language)}", values)
    add(row("job_starts", language), [f.job_starts for f in figures])
    add(row("education_starts", language), [f.education_starts for f in figures])
    add(row("other_starts", language), [f.other_starts for f in figures])
    return [KeepTogether([Paragraph(said("flow", language), styles.heading),
                          *_month_tables(months, lines, language, styles, total=totals,
                                         label_width=118)])]


def _within_18(overview: TeamOverview, chosen: ConsultantSeries | None, language: str,
               styles: _Styles) -> list[Flowable]:
    share = chosen.within_18 if chosen is not None else overview.within_18
    if not share.cohort:
        text = said("within_18_none", language)
    else:
        text = said("within_18", language, reached=share.reached, cohort=share.cohort,
                    share=texts.percent(share.share, language))
    references = [texts.reference_text(r, language) for r in overview.references]
    flow: list[Flowable] = [Paragraph(said("within_18_heading", language), styles.heading),
                            Paragraph(markup(text), styles.body)]
    if references:
        flow.append(Paragraph(markup(
            said("compare", language, references="; ".join(references))), styles.body))
    return flow


def _per_consultant(overview: TeamOverview, language: str,
                    styles: _Styles) -> list[Flowable]:
    """A line per consultant in the latest month with figures, and the 18-month share."""
    latest_team = overview.team.latest()
    month = latest_team.month if latest_team is not None else overview.last
    header = [row("consultant", language), charts.legend_text("fte", language),
              row("in_course", language), row("in_job", language),
              row("referrals_period", language), row("within_18", language)]
    body: list[list[Any]] = []
    for consultant in overview.consultants:
        figures = list(consultant.series.months)
        latest = consultant.series.latest()
        referrals = sum(f.referrals for f in figures if f.referrals is not None)
        within = _share_short(consultant.within_18, language)
        body.append([
            text_paragraph(_consultant_label(consultant, language), styles.cell),
            _fte(latest.fte if latest else None, language),
            _count(latest.in_course if latest else None),
            _count(latest.in_job if latest else None),
            str(referrals), within,
        ])
    head_style = ParagraphStyle("head", parent=styles.cell, fontName=FONT_BOLD, alignment=2)
    heads = [Paragraph(markup(h), head_style if i else styles.cell)
             for i, h in enumerate(header)]
    heads[0] = Paragraph(markup(header[0]),
                         ParagraphStyle("head0", parent=styles.cell, fontName=FONT_BOLD))
    widths = [176.0, 38.0, 50.0, 78.0, 64.0, 0.0]
    widths[-1] = CONTENT_WIDTH - sum(widths)
    table = Table([heads, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(8, len(body)))
    return [KeepTogether([
        Paragraph(said("per_consultant", language,
                       month=charts.month_name(month, language)), styles.heading),
        table, Spacer(1, 1 * mm),
        Paragraph(said("current_consultant", language), styles.note)])]


def _share_short(share: Share, language: str) -> str:
    """"2/4 (50 %)", or "–" without a cohort."""
    if not share.cohort:
        return "–"
    return f"{share.reached}/{share.cohort} ({texts.percent(share.share, language)})"


def _fidelity(check: FidelityCheck, language: str, styles: _Styles) -> list[Flowable]:
    """The self-check's 15 items, score and basis, the total of 75 and its band."""
    header = [row("number", language), row("item", language), row("score", language),
              row("figure", language), row("source", language)]
    bold = ParagraphStyle("bold", parent=styles.cell, fontName=FONT_BOLD)
    body: list[list[Any]] = []
    missing = 0
    for item in check.items:
        if item.score is None:
            missing += 1
        body.append([
            str(item.number),
            text_paragraph(texts.item_name(item, language), styles.cell),
            "–" if item.score is None else str(item.score),
            text_paragraph(item.figure or "", styles.cell),
            said("derived" if item.derived else "reviewed", language),
        ])
    widths = [20.0, 190.0, 36.0, 0.0, 44.0]  # "Poeng" bold fits its column
    widths[3] = CONTENT_WIDTH - sum(widths)
    table = Table([[Paragraph(markup(h), bold) for h in header], *body],
                  colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = _table_style(8, len(body))
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    style.add("ALIGN", (0, 0), (-1, -1), "LEFT")
    style.add("ALIGN", (2, 0), (2, -1), "RIGHT")
    table.setStyle(style)
    if check.total is not None and check.band is not None:
        total = said("fidelity_total", language, total=check.total,
                     band=texts.band_text(check.band, language))
    else:
        total = said("fidelity_partial", language, derived=check.derived_total,
                     missing=missing)
    # Whole on one page (its label with it), so the self-check never reads as two halves.
    return [KeepTogether([
        Paragraph(said("fidelity", language), styles.heading),
        Paragraph(markup(said("fidelity_label", language)),
                  ParagraphStyle("label", parent=styles.body, fontName=FONT_BOLD)),
        table, Spacer(1, 1.5 * mm),
        Paragraph(markup(total), ParagraphStyle("total", parent=styles.body,
                                                fontName=FONT_BOLD)),
        Paragraph(markup(said("bands", language)), styles.note),
    ])]


def _comments(comment: str, language: str, styles: _Styles) -> list[Flowable]:
    text = comment.strip()
    return [Paragraph(said("comments", language), styles.heading),
            text_paragraph(text, styles.body) if text
            else Paragraph(said("no_comments", language), styles.body)]
