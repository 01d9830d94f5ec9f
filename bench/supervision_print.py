"""Issue 17's print part: the team's supervision list of the large demo as PDF and as .xlsx.

Measured through the real code: `reports.supervision_pdf.supervision_pdf` and
`reports.supervision_xlsx.supervision_xlsx` on the week's `supervision_list`
(read once beforehand: the list's own cost is core's "supervision list (team)").
Floors, in the same run: for the PDF, ReportLab alone laying out a plain
table of the same size (a row per course, the same columns, each cell's
text as one string; no colours, no wrapping by hand, no heading pages);
for the workbook, openpyxl's write-only mode writing the same values as
plain tuples (no formats, widths, filter or totals sheet).
"""

from __future__ import annotations

import io
import sqlite3
from datetime import datetime

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.services import workspace


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from openpyxl import Workbook
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from ips_desktop.domain.rules import iso_week
    from ips_desktop.reports.pdf_base import FONT, register_fonts
    from ips_desktop.reports.supervision_pdf import COLUMNS, _row_lines, supervision_pdf
    from ips_desktop.reports.supervision_xlsx import COLUMNS as SHEET_COLUMNS
    from ips_desktop.reports.supervision_xlsx import supervision_xlsx
    from ips_desktop.services.supervision import supervision_list

    del plain  # both floors start from the list already read
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    try:
        listing = supervision_list(ws.ctx, iso_week(ds.today), today=ds.today)
    finally:
        ws.close()
    made_at = datetime.combine(ds.today, datetime.min.time())
    rows = len(listing.rows)
    pages: list[int] = []
    register_fonts()
    plain_rows = [["\n".join(text for text, _ in cell) for cell in
                   _row_lines(row, listing, "da")] + [""] for row in listing.rows]
    header = [key for key, _ in COLUMNS]
    values = [[get(row, "da") for _, _, get in SHEET_COLUMNS] for row in listing.rows]

    def pdf() -> None:
        data = supervision_pdf(listing, language="da", made_at=made_at)
        pages.append(data.count(b"/Type /Page\n") or data.count(b"/Type /Page"))

    def pdf_floor() -> None:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=landscape(A4))
        table = LongTable([header, *plain_rows], repeatRows=1)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5)])
        doc.build([table])

    def xlsx() -> None:
        supervision_xlsx(listing, language="da", made_at=made_at)

    def xlsx_floor() -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("rows")
        for row in values:
            sheet.append(row)
        book.save(io.BytesIO())

    return [
        Measurement(f"supervision PDF (team, {rows} courses)", pdf, pdf_floor, repeats=3,
                    note=lambda: f"A4 landscape, {pages[-1] if pages else '?'} pages: totals, "
                                 "a section per consultant, repeated headings; floor: "
                                 "ReportLab alone, a plain LongTable of the same cells"),
        Measurement(f"supervision xlsx (team, {rows} courses)", xlsx, xlsx_floor, repeats=5,
                    note="typed rows, frozen header, filter, totals sheet; floor: openpyxl "
                         "write-only of the same values as plain tuples"),
    ]
