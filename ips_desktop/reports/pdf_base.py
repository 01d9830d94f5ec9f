"""What every printout shares: embedded Unicode fonts, A4 pages, the confidentiality footer.

Built in memory (bytes), so that no copy of a printout is left in a temporary
folder; the front end previews, prints or saves the bytes.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from ips_desktop.paths import resources_dir
from ips_desktop.reports import scripts
from ips_desktop.reports.scripts import FONT_DEVANAGARI

FONT, FONT_BOLD, FONT_MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
MARGIN = 20 * mm
FRAME_PADDING = 6  # ReportLab's default padding inside the page frame, each side
CONTENT_WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING  # what a flowable may fill
# Header and footer line up with the text, which starts inside the frame's padding.
LEFT, RIGHT = MARGIN + FRAME_PADDING, A4[0] - MARGIN - FRAME_PADDING

FOOTER = {
    "da": "Fortroligt – indeholder personoplysninger",
    "nb": "Fortrolig – inneholder personopplysninger",
    "en": "Confidential – contains personal data",
}
PAGE_OF = {"da": "Side {page} af {total}", "nb": "Side {page} av {total}",
           "en": "Page {page} of {total}"}
PRINTED = {"da": "Udskrevet {when}", "nb": "Skrevet ut {when}", "en": "Printed {when}"}
NAME_LINE = {"da": "Navn", "nb": "Navn", "en": "Name"}
FORM_META = {"da": "{title}, version {version}",
             "nb": "{title}, versjon {version}",
             "en": "{title}, version {version}"}


def form_meta(title: str, version: str, language: str) -> str:
    """The line that names a form printout's definition on every page (DESIGN.md): the
    form's title in the printout's language, never its internal id, and its version."""
    return FORM_META[language].format(title=title, version=version)


def markup(text: str) -> str:
    """Plain text made safe for a Paragraph: `<Ole & Co>` prints as typed, lines kept.

    ReportLab reads paragraph text as XML-like markup, so &, < and > must be
    escaped; text is composed (NFC) so that letters with accents use the font's
    own glyphs rather than a letter and a loose combining mark.
    """
    text = escape(unicodedata.normalize("NFC", text))
    return "<br/>".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def escape(text: str) -> str:
    """&, < and > as Paragraph markup reads them literally."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_paragraph(text: str, style: ParagraphStyle, *,
                   bulletText: str | None = None) -> Flowable:
    """Plain text (a label, a name, an answer) as a paragraph that prints in its own script.

    Latin, Greek, Cyrillic and the like make the same Paragraph as ever; text
    with right-to-left letters or a script that must be shaped (Arabic,
    Hebrew, Devanagari, …) makes a ScriptParagraph (reports/scripts.py).
    """
    register_fonts()
    if scripts.needs_script_support(text):
        return scripts.ScriptParagraph(text, style, escape, bulletText=bulletText)
    return Paragraph(markup(text), style, bulletText=bulletText)


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    files = {FONT: FONT, FONT_BOLD: FONT_BOLD, FONT_MONO: FONT_MONO,
             FONT_DEVANAGARI: "NotoSansDevanagari-Regular"}
    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{file}.ttf")))
    # Devanagari has one weight here: bold labels in it print upright rather than as boxes.
    pdfmetrics.registerFontFamily(FONT_DEVANAGARI, normal=FONT_DEVANAGARI, bold=FONT_DEVANAGARI,
                                  italic=FONT_DEVANAGARI, boldItalic=FONT_DEVANAGARI)
    _no_discretionary_ligatures()
    # Paragraphs look fonts up by family; we ship no italics, so italic maps to upright.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(FONT_BOLD, normal=FONT_BOLD, bold=FONT_BOLD,
                                  italic=FONT_BOLD, boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(FONT_MONO, normal=FONT_MONO, bold=FONT_MONO,
                                  italic=FONT_MONO, boldItalic=FONT_MONO)


def _no_discretionary_ligatures() -> None:
    """HarfBuzz with ReportLab's default features turns DejaVu's "st" into the historic
    ligature "ﬆ" (discretionary, "dlig"): a Danish name beside an Arabic one would print
    as "Øﬆergård" and extract so. Kerning and the required ligatures stay on."""
    defaults = ttfonts.shapeFragWord.__defaults__
    if defaults and isinstance(defaults[0], dict) and defaults[0].get("dlig"):
        ttfonts.shapeFragWord.__defaults__ = ({**defaults[0], "dlig": False}, *defaults[1:])


def build_pdf(story: Sequence[Flowable], *, title: str, language: str, demo: bool,
              header: str = "", printed_at: datetime | None = None, meta: str = "",
              page_size: tuple[float, float] = A4, person: str | None = None) -> bytes:
    """Lay out `story` on A4 with header, footer (page X of Y, print time) and DEMO mark.

    `meta` is a line printed on every page beside the print time, e.g. the
    form's title and version (`form_meta`). The title goes into the PDF's
    properties: it must name the kind of document, never a person.
    `page_size` is A4 upright, or `landscape(A4)` for a wide list
    (`content_width` gives what its flowables may then fill).
    `person` is a name printed in bold at the right of the header on every page,
    so that a loose page can be traced to its person; "" prints a line to
    write the name on (a blank form), None leaves the place out.
    """
    register_fonts()
    when = (printed_at or datetime.now()).strftime("%d.%m.%Y %H:%M")
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=page_size, title=title, author="IPS Desktop",
                            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 6 * mm,
                            bottomMargin=MARGIN + 4 * mm)
    decorate = _decorator(header, language, demo, when, meta, page_size, person)
    doc.build(list(story), onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=_numbered_canvas(language, _right(page_size)))
    return buffer.getvalue()


def content_width(page_size: tuple[float, float] = A4) -> float:
    """What a flowable may fill across a page of `page_size` (CONTENT_WIDTH for A4)."""
    return page_size[0] - 2 * MARGIN - 2 * FRAME_PADDING


def _right(page_size: tuple[float, float]) -> float:
    return page_size[0] - MARGIN - FRAME_PADDING


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis so that it fits one line of `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _decorator(header: str, language: str, demo: bool, when: str, meta: str = "",
               page_size: tuple[float, float] = A4,
               person: str | None = None) -> Callable[[Canvas, Any], None]:
    right = _right(page_size)

    def decorate(canvas: Canvas, doc: Any) -> None:
        width, height = page_size
        canvas.saveState()
        baseline = height - MARGIN + 2 * mm
        room = right - LEFT
        if person is not None:
            # The name may take what a short header leaves, and at least half the line.
            wanted = max(room * 0.55, room - stringWidth(header, FONT, 8) - 6 * mm)
            room -= _draw_person(canvas, person, language, right, baseline, wanted) + 6 * mm
        canvas.setFont(FONT, 8)
        if header and scripts.needs_script_support(header):
            # Canvas strings are never shaped: a right-to-left or Devanagari unit name
            # in the header goes through a (one-line) shaped paragraph instead.
            line = text_paragraph(header, ParagraphStyle("header", fontName=FONT, fontSize=8,
                                                         leading=9.6))
            line.wrapOn(canvas, room, 12)
            line.drawOn(canvas, LEFT, baseline - 2)
        elif header:
            canvas.drawString(LEFT, baseline,
                              fit(unicodedata.normalize("NFC", header), FONT, 8, room))
        canvas.drawString(LEFT, MARGIN - 4 * mm, FOOTER[language])
        printed = PRINTED[language].format(when=when)
        canvas.drawRightString(right, MARGIN - 8 * mm, printed)
        if meta:
            room = right - LEFT - stringWidth(printed, FONT, 8) - 6 * mm
            canvas.drawString(LEFT, MARGIN - 8 * mm, fit(meta, FONT, 8, room))
        if demo:
            canvas.setFont(FONT_BOLD, 110)
            canvas.setFillGray(0.5, 0.25)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -40, "DEMO")
        canvas.restoreState()

    return decorate


def _draw_person(canvas: Canvas, person: str, language: str, right: float, baseline: float,
                 room: float) -> float:
    """The person's name in bold at the right end of the header line (or a line to write
    it on); returns the width it took."""
    size = 9.5
    if not person:
        label = NAME_LINE[language] + ":"
        used = min(room, 75 * mm)
        canvas.setFont(FONT, 8)
        canvas.drawString(right - used, baseline, label)
        canvas.setLineWidth(0.5)
        canvas.line(right - used + stringWidth(label, FONT, 8) + 1.5 * mm, baseline - 1.5,
                    right, baseline - 1.5)
        return used
    if scripts.needs_script_support(person):
        style = ParagraphStyle("person", fontName=FONT_BOLD, fontSize=size, leading=size * 1.2,
                               alignment=2)  # right
        line = text_paragraph(person, style)
        line.wrapOn(canvas, room, 14)
        line.drawOn(canvas, right - room, baseline - 2.4)
        return min(room, stringWidth(person, FONT_BOLD, size))
    text = fit(unicodedata.normalize("NFC", person), FONT_BOLD, size, room)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawRightString(right, baseline, text)
    return stringWidth(text, FONT_BOLD, size)


def _numbered_canvas(language: str, right: float = RIGHT) -> type[Canvas]:
    """A canvas that knows the page count when it draws 'page X of Y' (two passes)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.drawRightString(right, MARGIN - 4 * mm,
                                     PAGE_OF[language].format(page=self._pageNumber, total=total))
                super().showPage()
            super().save()

    return NumberedCanvas
