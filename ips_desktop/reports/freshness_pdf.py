"""How fresh each consultant's data is, on paper: the supervision list's and the overview's.

A printout of team figures is read away from the screen, so it must say
itself what the screen says beside the figures: per consultant when their
laptop last synced (services/team_freshness.py), and, first on the page and
in the list's red, that someone's data is older than a week (a printed
warning says it in words, so it reads on a black-and-white printer too).
Nothing at all when the laptop is alone (no team joined: no lines given).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ips_desktop.domain.messages import message
from ips_desktop.reports.list_pdf import FONT, FONT_BOLD, INK, OVERDUE, SOFT
from ips_desktop.reports.pdf_base import text_paragraph
from ips_desktop.services import team_freshness
from ips_desktop.services.team_freshness import Freshness

SIZE, LEADING = 8.5, 11


def stale_warning(items: Sequence[Freshness], language: str,
                  width: float) -> list[Flowable]:
    """A framed red line at the top of the first page when someone's data is over a week old."""
    old = team_freshness.stale(items)
    if not old:
        return []
    style = ParagraphStyle("stale", fontName=FONT_BOLD, fontSize=9.5, leading=12,
                           textColor=OVERDUE)
    box = Table([[text_paragraph(team_freshness.stale_warning(old, language), style)]],
                colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, OVERDUE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                             ("TOPPADDING", (0, 0), (-1, -1), 4),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [box, Spacer(1, 2 * mm)]


def freshness_lines(items: Sequence[Freshness], language: str) -> list[Flowable]:
    """A short heading and one line per consultant: "Sofie Eriksen (SOE): synkroniseret i går"."""
    if not items:
        return []
    heading = ParagraphStyle("freshness_heading", fontName=FONT_BOLD, fontSize=10.5,
                             leading=13, textColor=INK, spaceBefore=1.5 * mm,
                             spaceAfter=1 * mm)
    plain = ParagraphStyle("freshness", fontName=FONT, fontSize=SIZE, leading=LEADING,
                           textColor=SOFT)
    late = ParagraphStyle("freshness_late", parent=plain, fontName=FONT_BOLD,
                          textColor=OVERDUE)
    story: list[Flowable] = [text_paragraph(
        message("freshness_heading", language=language), heading)]
    story += [text_paragraph(team_freshness.describe(item, language),
                             late if item.stale else plain) for item in items]
    return story

