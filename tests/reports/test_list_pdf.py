"""The printed list read back: A4 across, rows whole, headers and page numbers on every page."""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from ips_desktop.reports.list_pdf import (
    CONTENT_WIDTH,
    ListPrintout,
    PrintedColumn,
    column_widths,
    list_file_name,
    list_pdf,
)
from tests.reports.support import pages_text

COLUMNS = (PrintedColumn("Navn", grows=True), PrintedColumn("Konsulent"),
           PrintedColumn("Dage i IPS", align_right=True), PrintedColumn("Næste frist"))


def row(name: str, n: int, *, late: bool = False):
    due = (("Første møde — 13 dage over fristen", True),) if late else ()
    return (((name, False),), (("SOE", False),), ((str(n), False),),
            (*due, ("Månedlig kontakt — 05.12.2026", False)))


def printout(rows, **more) -> ListPrintout:
    return ListPrintout(document_title="Deltagerliste", title="Alle deltagere — 01.12.2026",
                        subtitle="sorteret efter Navn, stigende", page_header="Deltagerliste",
                        columns=COLUMNS, rows=tuple(rows),
                        printed_at=datetime(2026, 12, 1, 9, 30), **more)


def test_a_long_list_runs_over_pages_with_its_headers_and_page_numbers():
    rows = [row(f"Deltager nummer {n:03d}", n, late=n % 3 == 0) for n in range(150)]
    pdf = list_pdf(printout(rows, is_demo=True), language="da")
    reader = PdfReader(io.BytesIO(pdf))
    pages = pages_text(pdf)
    assert len(pages) > 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4[1]), round(A4[0]))
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} af {len(pages)}" in text
        assert "Navn Konsulent Dage i IPS Næste frist" in text  # the header row, every page
        assert "Fortroligt – indeholder personoplysninger" in text and "DEMO" in text
    everything = " ".join(pages)
    positions = [everything.index(f"Deltager nummer {n:03d}") for n in range(150)]
    assert positions == sorted(positions)  # in the order given, none lost
    assert everything.count("Første møde — 13 dage over fristen") == 50
    assert reader.metadata.title == "Deltagerliste"


def test_a_long_name_wraps_whole_and_a_right_to_left_name_prints():
    long_name = "Maria-Magdalena Kristoffersen-Østergaard " * 4
    text = " ".join(pages_text(list_pdf(printout(
        [row(long_name.strip(), 1), row("مريم الحسن", 2)]), language="da")))
    assert text.count("Kristoffersen-Østergaard") == 4  # never cut with "…"
    assert "…" not in text
    assert "مريم الحسن" in unicodedata.normalize("NFKC", text)  # joined, in reading order


def test_the_columns_fit_across_the_page_and_the_name_takes_the_rest():
    widths = column_widths(COLUMNS, [row("Bo", 1, late=True)])
    assert abs(sum(widths) - CONTENT_WIDTH) < 0.01
    assert widths[0] == max(widths)
    crowded = column_widths(COLUMNS, [row("x" * 400, 1, late=True)])
    assert sum(crowded) <= CONTENT_WIDTH + 0.01


def test_an_empty_list_says_so_and_the_file_name_names_no_one():
    text = " ".join(pages_text(list_pdf(printout([], empty_note="Ingen deltagere passer."),
                                        language="da")))
    assert "Ingen deltagere passer." in text and "Konsulent" not in text
    assert list_file_name("nb", datetime(2026, 12, 1).date()) == "deltakerliste-2026-12-01.pdf"


def test_a_word_longer_than_its_cell_is_broken_not_drawn_over_the_next_columns():
    """An employer name or a web address typed without spaces: broken between letters so
    that each line fits the cell (before, it ran on across every column to its right)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ips_desktop.reports.list_pdf import FONT, SIZE, CellLines

    cell = CellLines([("Å" * 199 + "x", False), ("www.example.dk/" + "a" * 80, False)])
    _, height = cell.wrap(90, 1000)
    lines = [text for text, _ in cell._broken]
    assert "".join(lines) == "Å" * 199 + "x" + "www.example.dk/" + "a" * 80
    assert all(stringWidth(text, FONT, SIZE) <= 90 for text in lines)
    assert len(lines) > 2 and height == len(lines) * cell.wrap(90, 1000)[1] / len(lines)
