"""A list printed as the screen shows it: the participant list today, the supervision list next.

The screen decides what is on the paper: the columns it shows, with their
headers, the rows it shows in the order it shows them (the filter, the
search and the sort the user set), and each cell's text as the list writes
it, so paper and screen never disagree. A cell may hold several lines (a
participant's due items, one per line); a line can be marked, for an
overdue item, and is then printed bold in the list's red, whose words
("13 dage over fristen") still say it on a black-and-white printer.

On every page of A4 across: the title and the date at the top, the column headers
repeated, the confidentiality footer, page X of Y, the print time and DEMO
across demo data (pdf_base).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from ips_desktop.reports.pdf_base import (
    FONT,
    FONT_BOLD,
    build_pdf,
    content_width,
    markup,
    register_fonts,
    text_paragraph,
)
from ips_desktop.reports.scripts import needs_script_support

INK = colors.HexColor("#1a1a1a")
SOFT = colors.HexColor("#555555")
OVERDUE = colors.HexColor("#b00020")  # the list's red (ui/participants/caseload_model.py)
RULE = colors.HexColor("#9a9a9a")
# Translucent, so that the DEMO mark under the table shows through every row.
ZEBRA = colors.Color(0, 0, 0, alpha=0.055)
HEAD = colors.Color(0, 0, 0, alpha=0.11)

PAGE = landscape(A4)  # six columns and a name read best across the page
CONTENT_WIDTH = content_width(PAGE)
SIZE, LEADING = 8.5, 10.5
PADDING = 3  # points each side of a cell's text
# A growing column (the name) gets at least this much of the page; any other column at
# most this share of it (its longer lines wrap).
MIN_GROWING = 38 * mm
MAX_SHARE = 0.4

Line = tuple[str, bool]  # a cell's line of text, and whether it is marked (overdue)


@dataclass(frozen=True)
class PrintedColumn:
    """A column as the list shows it; `grows` columns share what the others leave."""

    header: str
    align_right: bool = False
    grows: bool = False


@dataclass(frozen=True)
class ListPrintout:
    """What the printout shows, in the user's language: every text as the screen has it.

    `title` heads the first page (with the filter); `subtitle` says the rest of
    what was set (search, sort, how many rows); `page_header` is the line at
    the top of every page. `document_title` goes into the PDF's properties and
    must name the kind of document only, never a person.
    """

    document_title: str
    title: str
    subtitle: str
    page_header: str
    columns: tuple[PrintedColumn, ...]
    rows: tuple[tuple[tuple[Line, ...], ...], ...]  # per row, per column, its lines
    printed_at: datetime
    is_demo: bool = False
    empty_note: str = ""  # printed instead of the table when no row is shown
    # Printed under the table: what clears each kind of warning the rows show, once per
    # rule rather than in every narrow cell (a heading, then its lines).
    notes_heading: str = ""
    notes: tuple[str, ...] = ()


FILE_NAMES = {"da": "deltagerliste", "nb": "deltakerliste", "en": "participant-list"}


def list_file_name(language: str, day: date) -> str:
    """A file name to suggest when saving: the kind of list and the date, never a name."""
    return f"{FILE_NAMES.get(language, FILE_NAMES['da'])}-{day.isoformat()}.pdf"


def list_pdf(data: ListPrintout, *, language: str) -> bytes:
    """The list as A4 PDF bytes; the page texts (footer, page X of Y) in `language`."""
    register_fonts()
    story: list[Flowable] = [
        text_paragraph(data.title, ParagraphStyle(
            "title", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=INK,
            spaceAfter=1.5 * mm)),
    ]
    if data.subtitle:
        story.append(text_paragraph(data.subtitle, ParagraphStyle(
            "subtitle", fontName=FONT, fontSize=9, leading=12, textColor=SOFT,
            spaceAfter=3 * mm)))
    if data.rows:
        story.append(list_table(data))
    elif data.empty_note:
        story += [Spacer(1, 4 * mm), Paragraph(markup(data.empty_note), ParagraphStyle(
            "empty", fontName=FONT, fontSize=10, leading=13, textColor=SOFT))]
    if data.rows and data.notes:
        story += [Spacer(1, 4 * mm), text_paragraph(data.notes_heading, ParagraphStyle(
            "notes_heading", fontName=FONT_BOLD, fontSize=9, leading=12, textColor=INK,
            spaceAfter=1 * mm))]
        note_style = ParagraphStyle("note", fontName=FONT, fontSize=SIZE, leading=LEADING,
                                    textColor=INK, spaceAfter=0.8 * mm)
        story += [text_paragraph(note, note_style) for note in data.notes]
    return build_pdf(story, title=data.document_title, language=language, demo=data.is_demo,
                     header=data.page_header, printed_at=data.printed_at, page_size=PAGE)


def list_table(data: ListPrintout, widths: Sequence[float] | None = None) -> LongTable:
    """The rows under a header row that repeats on every page; `widths` (points, one per
    column) when the caller fits them itself, else each column's own (`column_widths`).

    A cell whose lines all fit and need no colour is a plain string, drawn
    straight onto the canvas; only the others (a name too long for its column,
    an overdue item, a right-to-left name) are paragraphs, which cost about a
    millisecond each to lay out: a 5,000-row list stays a matter of seconds.
    """
    widths = list(widths) if widths is not None else column_widths(data.columns, data.rows)
    head_style = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=SIZE, leading=LEADING,
                                textColor=INK)
    cell_style = ParagraphStyle("cell", fontName=FONT, fontSize=SIZE, leading=LEADING,
                                textColor=INK)
    right_head = ParagraphStyle("head_right", parent=head_style, alignment=2)
    right_cell = ParagraphStyle("cell_right", parent=cell_style, alignment=2)
    cells: list[list[Flowable | str]] = [[
        Paragraph(markup(column.header), right_head if column.align_right else head_style)
        for column in data.columns]]
    for row in data.rows:
        cells.append([_cell(lines, right_cell if column.align_right else cell_style,
                            width - 2 * PADDING)
                      for column, lines, width in zip(data.columns, row, widths, strict=True)])
    table = LongTable(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 1), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), SIZE),
        ("LEADING", (0, 1), (-1, -1), LEADING),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("ALIGN", (n, 1), (n, -1), "RIGHT")
              for n, column in enumerate(data.columns) if column.align_right]
    table.setStyle(TableStyle(style))
    return table


def _cell(lines: Sequence[Line], style: ParagraphStyle, room: float) -> Flowable | str:
    """One cell: its lines one under another, a marked line bold and red."""
    texts = [unicodedata.normalize("NFC", text) for text, _ in lines]
    if any(needs_script_support(text) for text in texts):
        return text_paragraph("\n".join(texts), style)  # right to left, or shaped
    if not any(marked for _, marked in lines) and all(
            stringWidth(text, FONT, SIZE) <= room for text in texts):
        return "\n".join(texts)
    return CellLines([(text, marked) for text, (_, marked) in zip(texts, lines, strict=True)],
                     right=style.alignment == 2)


class CellLines(Flowable):
    """Lines of plain text, wrapped at spaces to the cell's width, a marked one bold and red.

    What a Paragraph would do for a cell, drawn straight onto the canvas: a
    paragraph costs about a millisecond to lay out, and a long list has one
    in every row.
    """

    def __init__(self, lines: Sequence[Line], *, right: bool = False) -> None:
        super().__init__()
        self.lines = list(lines)
        self.right = right
        self._broken: list[Line] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._broken = [(piece, marked) for text, marked in self.lines
                        for part in simpleSplit(text, FONT_BOLD if marked else FONT, SIZE,
                                                availWidth) or [""]
                        for piece in _fitted(part, FONT_BOLD if marked else FONT, availWidth)]
        self.height = len(self._broken) * LEADING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - SIZE  # the first baseline, as a paragraph sets it
        for text, marked in self._broken:
            canvas.setFont(FONT_BOLD if marked else FONT, SIZE)
            canvas.setFillColor(OVERDUE if marked else INK)
            if self.right:
                canvas.drawRightString(self.width, y, text)
            else:
                canvas.drawString(0, y, text)
            y -= LEADING


def _fitted(text: str, font: str, width: float) -> list[str]:
    """`text` in pieces no wider than `width`: a word without spaces longer than its
    cell (a web address, a name typed without spaces) is broken between letters, rather
    than drawn over the next columns. A word a little wider (a date in a squeezed
    column) stays whole: it runs into the padding only."""
    if stringWidth(text, font, SIZE) <= width + 2 * PADDING:
        return [text]
    pieces, piece = [], ""
    for char in text:
        if piece and stringWidth(piece + char, font, SIZE) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece]


def column_widths(columns: Sequence[PrintedColumn],
                  rows: Sequence[Sequence[Sequence[Line]]]) -> list[float]:
    """Each column as wide as its header and its widest line, none wider than MAX_SHARE of
    the page; the growing columns (the name) share what is left. When that is too wide,
    the growing ones wrap first (to MIN_GROWING), then the widest other column does."""
    natural = []
    for n, column in enumerate(columns):
        widest = stringWidth(column.header, FONT_BOLD, SIZE)
        for row in rows:
            for text, marked in row[n]:
                widest = max(widest, stringWidth(text, FONT_BOLD if marked else FONT, SIZE))
        natural.append(min(widest + 2 * PADDING + 1, MAX_SHARE * CONTENT_WIDTH))
    growing = [n for n, c in enumerate(columns) if c.grows]
    spare = CONTENT_WIDTH - sum(natural)
    if spare >= 0:  # room to spare: the growing columns (the name) take it
        for n in growing:
            natural[n] += spare / len(growing)
        return natural
    # Too wide: first the growing columns wrap, down to MIN_GROWING, then the widest other.
    for n in growing:
        given = min(-spare, max(0.0, natural[n] - MIN_GROWING))
        natural[n] -= given
        spare += given
    fixed = [n for n in range(len(columns)) if n not in growing]
    if spare < 0 and fixed:
        widest = max(fixed, key=lambda n: natural[n])
        natural[widest] = max(natural[widest] + spare, MIN_GROWING)
    return natural
