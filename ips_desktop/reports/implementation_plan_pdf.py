"""The implementation plan on A4, laid out like the seed's own table (seed 000).

Three columns as the seed has them: the agreement and action (its title, the
question and help in grey, then the answer written), the responsible person
(with the party under it) and the deadline (or the day it was done; a passed
deadline says so in words and bold red, never by colour alone). Each heading
of the plan is a row across the table. Header, confidentiality footer, page
X of Y and the DEMO mark come from `build_pdf`.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from ips_desktop.domain.implementation_plan import PARTY_TEXT
from ips_desktop.domain.typed_dates import format_date
from ips_desktop.reports.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    build_pdf,
    markup,
    text_paragraph,
)
from ips_desktop.services.implementation_plan import ImplementationPlan, PlanItem

INK = colors.HexColor("#1a1a1a")
SOFT = colors.HexColor("#555555")
OVERDUE = colors.HexColor("#b00020")
RULE = colors.HexColor("#9a9a9a")
HEAD = colors.Color(0, 0, 0, alpha=0.11)
SECTION = colors.Color(0, 0, 0, alpha=0.055)
SIZE, LEADING = 8.5, 10.5
WIDTHS = (CONTENT_WIDTH - 70 * mm, 42 * mm, 28 * mm)

WORDS = {
    "da": {"agreement": "Aftale og handling", "responsible": "Ansvarlig",
           "deadline": "Deadline", "answer": "Svar", "none": "Intet svar endnu",
           "done": "Udført {day}", "passed": "Overskredet", "party": "Part: {party}",
           "as_of": "Status pr. {day}: {done} af {total} punkter udført, {passed} med "
                    "overskredet deadline."},
    "nb": {"agreement": "Avtale og handling", "responsible": "Ansvarlig",
           "deadline": "Frist", "answer": "Svar", "none": "Ikke besvart ennå",
           "done": "Utført {day}", "passed": "Fristen er passert", "party": "Part: {party}",
           "as_of": "Status per {day}: {done} av {total} punkter utført, {passed} med "
                    "passert frist."},
    "en": {"agreement": "Agreement and action", "responsible": "Responsible",
           "deadline": "Deadline", "answer": "Answer", "none": "No answer yet",
           "done": "Done {day}", "passed": "Deadline passed", "party": "Party: {party}",
           "as_of": "As of {day}: {done} of {total} items done, {passed} past their "
                    "deadline."},
}


def implementation_plan_pdf(shown: ImplementationPlan, *, language: str, made_at: datetime,
                            demo: bool = False) -> bytes:
    """The plan as an A4 printout in `language` (da, nb or en)."""
    words = WORDS[language]
    title = shown.title.get(language)
    styles = _styles()
    items = list(shown.items())
    story: list[Flowable] = [text_paragraph(title, styles["title"])]
    if shown.intro is not None:
        story.append(text_paragraph(shown.intro.get(language), styles["intro"]))
    story.append(Paragraph(markup(words["as_of"].format(
        day=format_date(shown.today), done=sum(1 for i in items if i.done_on is not None),
        total=len(items), passed=sum(1 for i in items if i.overdue))), styles["intro"]))
    story.append(Spacer(1, 3 * mm))
    cells: list[list[Flowable | str]] = [[
        Paragraph(markup(words[key]), styles["head"])
        for key in ("agreement", "responsible", "deadline")]]
    section_rows: list[int] = []
    for section in shown.sections:
        section_rows.append(len(cells))
        cells.append([text_paragraph(section.title.get(language), styles["section"]), "", ""])
        for item in section.items:
            cells.append(_row(item, language, styles))
    table = LongTable(cells, colWidths=WIDTHS, repeatRows=1, hAlign="LEFT")
    style: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in section_rows:
        style += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SECTION)]
    table.setStyle(TableStyle(style))
    story.append(table)
    return build_pdf(story, title=title, language=language, demo=demo, header=title,
                     printed_at=made_at)


def _row(item: PlanItem, language: str, styles: dict[str, ParagraphStyle]
         ) -> list[Flowable | str]:
    words = WORDS[language]
    agreement: list[Flowable] = [text_paragraph(item.title.get(language), styles["item"]),
                                 text_paragraph(item.question.get(language), styles["soft"])]
    if item.help is not None:
        agreement.append(text_paragraph(item.help.get(language), styles["soft"]))
    if item.answer:
        agreement.append(text_paragraph(f"{words['answer']}: {item.answer}", styles["cell"]))
    else:
        agreement.append(Paragraph(markup(words["none"]), styles["soft"]))
    party = PARTY_TEXT[item.party].get(language)
    if item.party is item.default_party and item.default_party_label is not None:
        party = item.default_party_label.get(language)
    responsible: list[Flowable] = []
    if item.responsible:
        responsible.append(text_paragraph(item.responsible, styles["cell"]))
    responsible.append(Paragraph(markup(words["party"].format(party=party)), styles["soft"]))
    deadline: list[Flowable] = []
    if item.deadline is not None:
        deadline.append(Paragraph(markup(format_date(item.deadline)),
                                  styles["overdue"] if item.overdue else styles["cell"]))
    if item.overdue:
        deadline.append(Paragraph(markup(words["passed"]), styles["overdue"]))
    if item.done_on is not None:
        deadline.append(Paragraph(markup(words["done"].format(day=format_date(item.done_on))),
                                  styles["cell"]))
    return [agreement, responsible, deadline or ""]  # type: ignore[list-item]


def _styles() -> dict[str, ParagraphStyle]:
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=SIZE, leading=LEADING, textColor=INK,
                          spaceAfter=1.5)
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=15, leading=19,
                                textColor=INK, spaceAfter=4),
        "intro": ParagraphStyle("intro", fontName=FONT, fontSize=9, leading=12, textColor=SOFT,
                                spaceAfter=3),
        "head": ParagraphStyle("head", parent=cell, fontName=FONT_BOLD),
        "section": ParagraphStyle("section", parent=cell, fontName=FONT_BOLD, fontSize=9.5,
                                  leading=12),
        "item": ParagraphStyle("item", parent=cell, fontName=FONT_BOLD),
        "soft": ParagraphStyle("soft", parent=cell, textColor=SOFT),
        "cell": cell,
        "overdue": ParagraphStyle("overdue", parent=cell, fontName=FONT_BOLD,
                                  textColor=OVERDUE),
    }
