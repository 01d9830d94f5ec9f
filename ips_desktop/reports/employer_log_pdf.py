"""The week's employer-contact log on A4 across, for the team's weekly meeting.

First each consultant's face-to-face employer contacts against the fidelity
reference of 6 (with all their contacts beside it), then the week's contacts
in the order they were made: date and time, consultant, employer, contact
person, mode, purpose, participant, outcome, next step and follow-up (a
follow-up that has fallen due and is not done is bold in the list's red,
and its words say so on a black-and-white printer). The table, the
confidentiality footer, page X of Y, the print time and the DEMO mark are
the participant list's (reports/list_pdf.py, reports/pdf_base.py).
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from ips_desktop.domain.rules import FACE_TO_FACE_WEEKLY_REFERENCE
from ips_desktop.reports.employer_log_texts import (
    HEADERS,
    MODES,
    OUTCOMES,
    PURPOSES,
    PURPOSES_SHORT,
    contact_count,
    export_file_name,
    label,
    said,
)
from ips_desktop.reports.list_pdf import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    INK,
    PADDING,
    PAGE,
    SIZE,
    SOFT,
    Line,
    ListPrintout,
    PrintedColumn,
    list_table,
)
from ips_desktop.reports.pdf_base import build_pdf, markup, register_fonts, text_paragraph
from ips_desktop.services.employer_log import ContactRow
from ips_desktop.services.employer_log_exports import WeekPrint

# The contacts' columns and their share of the page: ten columns do not fit at their
# natural widths, so each gets a fixed share and its text wraps at spaces.
_CONTACT_COLUMNS = (("when", 0.075), ("consultant", 0.065), ("employer", 0.13),
                    ("contact_person", 0.09), ("mode", 0.08), ("purpose", 0.105),
                    ("participant", 0.1), ("outcome_kind", 0.15), ("next_step", 0.115),
                    ("follow_up_short", 0.09))


def week_title(printout: WeekPrint, language: str) -> str:
    """"Virksomhedslog – uge 49, 2026": the printout's title, and its preview's."""
    year, week = printout.week
    return f"{said('log', language)} – {said('week_of', language, week=week, year=year)}"


def week_file_name(printout: WeekPrint, language: str) -> str:
    """"virksomhedslog-uge-49-2026.pdf": the kind and the week, never a name."""
    return export_file_name(language, week=printout.week, first=None, last=None,
                            extension="pdf")


def week_pdf(printout: WeekPrint, *, language: str, today: date | None = None) -> bytes:
    """The week's log as PDF bytes; `today` decides which follow-ups show as due."""
    register_fonts()
    today = today or printout.export.made_at.date()
    export = printout.export
    title = week_title(printout, language)
    story: list[Flowable] = [
        text_paragraph(title, ParagraphStyle("title", fontName=FONT_BOLD, fontSize=15,
                                             leading=19, textColor=INK, spaceAfter=1.5 * mm)),
        text_paragraph(_subtitle(printout, language), ParagraphStyle(
            "subtitle", fontName=FONT, fontSize=9, leading=12, textColor=SOFT,
            spaceAfter=4 * mm)),
        text_paragraph(said("summary", language, reference=FACE_TO_FACE_WEEKLY_REFERENCE),
                       ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=10.5, leading=13,
                                      textColor=INK, spaceAfter=1.5 * mm)),
    ]
    note = ParagraphStyle("empty", fontName=FONT, fontSize=10, leading=13, textColor=SOFT)
    if printout.summary:
        story.append(list_table(_summary_table(printout, language)))
    else:
        story.append(Paragraph(markup(said("no_consultants", language)), note))
    story.append(Spacer(1, 6 * mm))
    if export.rows:
        table = _contacts_table(export.rows, language, today)
        story.append(list_table(table, _widths([c.header for c in table.columns])))
    else:
        story.append(Paragraph(markup(said("no_contacts", language)), note))
    return build_pdf(story, title=title, language=language, demo=export.is_demo,
                     header=title, printed_at=export.made_at, page_size=PAGE)


def _subtitle(printout: WeekPrint, language: str) -> str:
    export = printout.export
    parts = [f"{_day(export.first_day)} – {_day(export.last_day)}",
             f"{label(HEADERS['consultant'], language)}: "
             f"{export.consultant or said('everyone', language)}"]
    flt = export.flt
    if export.employer:
        parts.append(f"{label(HEADERS['employer'], language)}: {export.employer}")
    if export.participant:
        parts.append(f"{label(HEADERS['participant'], language)}: {export.participant}")
    if flt.mode is not None:
        parts.append(f"{label(HEADERS['mode'], language)}: {label(MODES[flt.mode], language)}")
    if flt.purpose is not None:
        parts.append(f"{label(HEADERS['purpose'], language)}: "
                     f"{label(PURPOSES[flt.purpose], language)}")
    if flt.search.strip():
        parts.append(f"{said('search', language)}: “{flt.search.strip()}”")
    parts.append(contact_count(len(export.rows), language))
    return " · ".join(parts)


def _summary_table(printout: WeekPrint, language: str) -> ListPrintout:
    reference = FACE_TO_FACE_WEEKLY_REFERENCE
    rows = tuple(
        (((f"{row.initials} – {row.name}", False),),
         ((said("of_reference", language, count=row.face_to_face, reference=reference),
           False),),
         ((str(row.total), False),),
         ((said("yes" if row.meets_reference else "no", language), False),))
        for row in printout.summary)
    columns = (PrintedColumn(label(HEADERS["consultant"], language)),
               PrintedColumn(said("face_to_face", language), align_right=True),
               PrintedColumn(said("all_contacts", language), align_right=True),
               PrintedColumn(said("reached", language)))
    return _printout(columns, rows)


def _widths(headers: list[str]) -> list[float]:
    """Each column its share of the page, but never narrower than its header's longest word
    (a header cut inside a word reads badly); the others give up what that takes."""
    wanted = [share * CONTENT_WIDTH for _, share in _CONTACT_COLUMNS]
    least = [max(stringWidth(word, FONT_BOLD, SIZE) for word in header.split()) + 2 * PADDING + 1
             for header in headers]
    widths = [max(w, m) for w, m in zip(wanted, least, strict=True)]
    excess = sum(widths) - CONTENT_WIDTH
    spare = [w - m for w, m in zip(widths, least, strict=True)]
    if excess > 0 and sum(spare) > 0:
        widths = [w - excess * room / sum(spare) for w, room in zip(widths, spare, strict=True)]
    return widths


def _contacts_table(rows: list[ContactRow], language: str, today: date) -> ListPrintout:
    columns = tuple(PrintedColumn(label(HEADERS[key], language)) for key, _ in _CONTACT_COLUMNS)
    return _printout(columns, tuple(_contact_cells(row, language, today) for row in rows))


def _contact_cells(row: ContactRow, language: str,
                   today: date) -> tuple[tuple[Line, ...], ...]:
    outcome: list[Line] = []
    if row.outcome_kind is not None:
        outcome.append((label(OUTCOMES[row.outcome_kind], language), False))
    if row.outcome.strip():
        outcome.append((row.outcome.strip(), False))
    follow_up: list[Line] = []
    if row.follow_up_date is not None:
        due = row.follow_up_done_on is None and row.follow_up_date <= today
        follow_up.append((_day(row.follow_up_date), due))
        if due:
            follow_up.append((said("not_done", language), True))
        elif row.follow_up_done_on is not None:
            follow_up.append((said("done_on", language, day=_day(row.follow_up_done_on)),
                              False))
    return (
        ((_day(row.contact_date), False), (row.contact_time.strftime("%H:%M"), False)),
        ((row.consultant_initials, False),),
        _lines(row.employer_name),
        _lines(row.contact_person),
        ((label(MODES[row.mode], language), False),),
        ((label(PURPOSES_SHORT[row.purpose], language), False),),
        _lines(row.participant),
        tuple(outcome),
        _lines(row.next_step),
        tuple(follow_up),
    )


def _lines(text: str) -> tuple[Line, ...]:
    return tuple((line, False) for line in text.strip().splitlines()) if text.strip() else ()


def _printout(columns: tuple[PrintedColumn, ...],
              rows: tuple[tuple[tuple[Line, ...], ...], ...]) -> ListPrintout:
    """The part of a ListPrintout that `list_table` reads: its columns and rows."""
    return ListPrintout(document_title="", title="", subtitle="", page_header="",
                        columns=columns, rows=rows, printed_at=datetime.min)


def _day(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "…"
