"""The top of a form printout: its title, a row of facts under it, a short note.

Shared by the referral (reports/referral_pdf.py) and the profile and plan
(reports/form_document.py), so that the three documents look like one family.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ips_desktop.reports.form_pdf import INK, RULE, SOFT
from ips_desktop.reports.pdf_base import FONT, FONT_BOLD, markup, register_fonts, text_paragraph


def title(text: str) -> Flowable:
    """The form's title in large bold type."""
    register_fonts()
    return Paragraph(markup(text), ParagraphStyle(
        "title", fontName=FONT_BOLD, fontSize=18, leading=23, textColor=INK,
        spaceAfter=3 * mm))


def note(text: str) -> Flowable:
    """A quiet paragraph under the facts (how to fill in the form, which version)."""
    register_fonts()
    return Paragraph(markup(text), ParagraphStyle(
        "intro", fontName=FONT, fontSize=9, leading=12, textColor=SOFT, spaceBefore=3 * mm))


def fact_value(text: str, *, bold: bool = True) -> Flowable:
    """One fact as it stands under its label (a name in bold, a date plainly)."""
    register_fonts()
    return text_paragraph(text, ParagraphStyle(
        "fact_value", fontName=FONT_BOLD if bold else FONT, fontSize=10, leading=13,
        textColor=INK))


def facts(labels: Sequence[str], values: Sequence[Flowable],
          widths: Sequence[float]) -> Table:
    """Small labels over their values, between two rules: who, where, when."""
    register_fonts()
    label = ParagraphStyle("fact_label", fontName=FONT, fontSize=8.5, leading=11,
                           textColor=SOFT)
    table = Table([[Paragraph(markup(text), label) for text in labels], list(values)],
                  colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return table
