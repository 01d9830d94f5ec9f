"""Issue 18's print part: the steering printout of the large demo, and the screen's charts.

Measured through the real code: `reports.overview_pdf.overview_pdf` on the
twelve months up to the demo's today (`team_overview`, the fidelity self-check
and the team's comment read once beforehand: their own costs are the figures'
and the fidelity part's measurements), and `overview_charts.overview_drawings`
+ `drawing_svg` for the three charts the Team overview's figures tab shows.
Floors, in the same run: for the PDF, ReportLab alone laying out the same
content plainly (three Drawings holding only the lines' PolyLines, and plain
Tables of the same cells, no styles, fonts, wrapping or header/footer); for
the SVG, renderSVG of those bare Drawings.
"""

from __future__ import annotations

import io
import sqlite3
from datetime import datetime

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.services import workspace


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from reportlab.graphics import renderSVG
    from reportlab.graphics.shapes import Drawing, PolyLine
    from reportlab.platypus import SimpleDocTemplate, Table

    from ips_desktop.domain.overview import add_months, month_of
    from ips_desktop.reports import overview_charts
    from ips_desktop.reports.overview_pdf import overview_pdf
    from ips_desktop.services.fidelity import fidelity_self_check
    from ips_desktop.services.overview import comment_for, team_overview

    del plain  # the floors start from the figures already read
    last = month_of(ds.today)
    first = add_months(last, -11)
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    try:
        _as_team_lead(ws)
        figures = team_overview(ws.ctx, first, last, today=ds.today)
        check = fidelity_self_check(ws.ctx, first, figures.as_of, today=ds.today)
        comment = comment_for(ws.ctx, first, last)
    finally:
        ws.close()
    made_at = datetime.combine(ds.today, datetime.min.time())
    pages: list[int] = []
    series = [[m.in_course for m in figures.team.months], [m.in_job for m in figures.team.months],
              [m.fte for m in figures.team.months]]
    cells = [[str(v) if v is not None else "" for v in values] for values in series]
    flows = [[str(getattr(m, key)) for m in figures.team.months]
             for key in ("referrals", "job_starts", "education_starts", "other_starts")]
    people = [[c.initials, c.name, str(c.series.months[-1].in_course)]
              for c in figures.consultants]
    items = [[str(i.number), i.name, str(i.score), i.figure] for i in check.items]

    def bare_drawings() -> list[Drawing]:
        drawings = []
        for values in series:
            drawing = Drawing(overview_charts.CHART_WIDTH, 118)
            points = [coordinate for n, value in enumerate(values) if value is not None
                      for coordinate in (20 + n * 36.0, float(value))]
            drawing.add(PolyLine(points))
            drawings.append(drawing)
        return drawings

    def pdf() -> None:
        data = overview_pdf(figures, check, comment, language="da", made_at=made_at)
        pages.append(data.count(b"/Type /Page\n") or data.count(b"/Type /Page"))

    def pdf_floor() -> None:
        story = []
        for drawing, row in zip(bare_drawings(), cells, strict=True):
            story += [drawing, Table([row])]
        story += [Table(flows), Table(people), Table(items)]
        SimpleDocTemplate(io.BytesIO()).build(story)

    def svg() -> None:
        for drawing in overview_charts.overview_drawings(figures, language="da"):
            overview_charts.drawing_svg(drawing)

    def svg_floor() -> None:
        for drawing in bare_drawings():
            renderSVG.drawToString(drawing)

    months = len(figures.months)
    return [
        Measurement(f"steering printout PDF ({months} months)", pdf, pdf_floor, repeats=5,
                    note=lambda: f"A4, {pages[-1] if pages else '?'} pages: three charts as "
                                 "vectors with their tables, flows, consultants, fidelity, "
                                 "comments; floor: ReportLab alone, bare PolyLines and plain "
                                 "Tables of the same cells"),
        Measurement(f"team overview charts SVG (3 charts, {months} months)", svg, svg_floor,
                    repeats=7, note="what the figures tab renders; floor: renderSVG of the "
                                    "bare PolyLines"),
    ]


def _as_team_lead(ws: workspace.Workspace) -> None:
    """The overview is the team lead's: the bench reads it as the demo's team lead."""
    from sqlalchemy import select

    from ips_desktop.domain.enums import Role
    from ips_desktop.storage.models import Consultant

    with ws.ctx.engine.connect() as conn:
        lead = conn.execute(select(Consultant.id).where(
            Consultant.role == Role.TEAM_LEAD.value, Consultant.deleted_at.is_(None))
            .limit(1)).scalar()
    if lead is not None:
        ws.ctx.actor_id = lead
