"""The week's supervision list on A4 across, for the team's weekly group supervision.

The first page holds the team's figures for the week (`listing.totals()`),
the courses late on each rule, and a line per consultant with their
heading's figures. Then each consultant's courses, each consultant starting
on a new page, most overdue first as the screen lists them. Their table's
two top rows repeat on every page: the consultant with their figures (so a
loose page still says whose courses it holds) and the column headers. A row
is never split across pages. The last column, "Noter fra supervision", is
left empty for the pen, and every row leaves room to write in it. Late
items are bold in the list's red and their words ("14 dage over fristen")
say it on a black-and-white printer too. Header, confidentiality footer,
page X of Y, print time and DEMO come from reports/pdf_base.py.

Every figure is the service's (services/supervision.py): nothing is counted
again here, so paper and screen agree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    LongTable,
    PageBreak,
    Paragraph,
    TableStyle,
)

from ips_desktop.domain.enums import FormStatus, Phase
from ips_desktop.domain.rule_texts import rule_short
from ips_desktop.domain.rules import RuleId, week_bounds
from ips_desktop.reports import supervision_texts as texts
from ips_desktop.reports.freshness_pdf import freshness_lines, stale_warning
from ips_desktop.reports.list_pdf import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    HEAD,
    INK,
    LEADING,
    OVERDUE,
    PADDING,
    PAGE,
    RULE,
    SIZE,
    SOFT,
    ZEBRA,
    CellLines,
    Line,
    _fitted,
)
from ips_desktop.reports.pdf_base import build_pdf, markup, register_fonts, text_paragraph
from ips_desktop.reports.scripts import needs_script_support
from ips_desktop.reports.supervision_texts import day, header, said
from ips_desktop.services import team_freshness
from ips_desktop.services.supervision import (
    ConsultantWeek,
    Deadline,
    FormProgress,
    SupervisionList,
    SupervisionRow,
)
from ips_desktop.services.team_freshness import Freshness

# The course table's columns and their widths in points across A4 landscape's 716: chosen
# from what the cells hold at 8 pt (a date is 46 pt wide, "Fastholdelse · 467 dage" 96) so
# that nearly every cell fits two lines, and the pen keeps 45 mm. A column is never
# narrower than its header's longest word; the pen's column gives up what that takes.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("participant_pdf", 104), ("first_meeting", 52), ("first_employer_contact_pdf", 54),
    ("profile_pdf", 45), ("plan_pdf", 54), ("last_contact", 60), ("placement", 96),
    ("next_follow_up", 47), ("flags", 76), ("pen", 128.5),
)
PDF_HEADERS = {  # shorter words where the column is narrow; the workbook has the long ones
    "participant_pdf": {"da": "Deltager\nFase · dage i IPS", "nb": "Deltaker\nFase · dager i IPS",
                        "en": "Participant\nPhase · days in IPS"},
    "first_employer_contact_pdf": {"da": "Første kontakt med virksomhed",
                                   "nb": "Første kontakt med arbeidsgiver",
                                   "en": "First employer contact"},
    "profile_pdf": {"da": "Profil", "nb": "Profil", "en": "Profile"},
    "plan_pdf": {"da": "Plan\nGennemgang", "nb": "Plan\nGjennomgang", "en": "Plan\nReview"},
    "placement": {"da": "Job/uddannelse nu\nHvor · timer · siden",
                  "nb": "Jobb/utdanning nå\nHvor · timer · siden",
                  "en": "Job/education now\nWhere · hours · since"},
    "pen": {"da": "Noter fra supervision", "nb": "Notater fra veiledning",
            "en": "Notes from supervision"},
}
PHASES_SHORT = {  # the printout's: "I job eller uddannelse" would take a line of its own
    Phase.IN_JOB_OR_EDUCATION: {"da": "I job/uddannelse", "nb": "I jobb/utdanning",
                                "en": "In job/education"},
    Phase.FOLLOW_ALONG: {"da": "Fastholdelse", "nb": "Oppfølging", "en": "Follow-along"},
}
BODY_SIZE, BODY_LEADING = 8, 9.4  # the course table: 8 pt, set close
CELL_PADDING = 2


def supervision_pdf(listing: SupervisionList, *, language: str, made_at: datetime,
                    freshness: Sequence[Freshness] = ()) -> bytes:
    """The list as A4 landscape PDF bytes, its words in `language`, printed at `made_at`;
    `freshness` (services/team_freshness.py) says how fresh each consultant's data is."""
    register_fonts()
    title = texts.list_title(listing, language)
    styles = _Styles()
    story: list[Flowable] = [
        text_paragraph(title, styles.title),
        text_paragraph(_subtitle(listing, language), styles.subtitle),
        *stale_warning(freshness, language, CONTENT_WIDTH),
        *_totals_page(listing, language, styles),
        *freshness_lines(freshness, language),
    ]
    widths = _widths(language)
    fresh = {item.consultant_id: item for item in freshness}
    for consultant in listing.consultants:
        story.append(PageBreak())
        story.append(_consultant_table(consultant, listing, language, widths, styles,
                                       fresh.get(consultant.consultant_id)
                                       if consultant.consultant_id else None))
    return build_pdf(story, title=title, language=language, demo=listing.is_demo,
                     header=title, printed_at=made_at, page_size=PAGE)


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=15, leading=19,
                                    textColor=INK, spaceAfter=1.5 * mm)
        self.subtitle = ParagraphStyle("subtitle", fontName=FONT, fontSize=9, leading=12,
                                       textColor=SOFT, spaceAfter=4 * mm)
        self.heading = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=10.5,
                                      leading=13, textColor=INK, spaceBefore=1.5 * mm,
                                      spaceAfter=1 * mm)
        self.empty = ParagraphStyle("empty", fontName=FONT, fontSize=SIZE, leading=LEADING,
                                    textColor=SOFT)


def _subtitle(listing: SupervisionList, language: str) -> str:
    monday, sunday = week_bounds(listing.week)
    who = said("team", language)
    if listing.consultant_id is not None and listing.consultants:
        who = texts.consultant_label(listing.consultants[0], language)
    return " · ".join((f"{day(monday)} – {day(sunday)}",
                       said("as_of", language, day=day(listing.as_of)), who))


# -- the first page -------------------------------------------------------------------------

def _totals_page(listing: SupervisionList, language: str, styles: _Styles) -> list[Flowable]:
    totals = listing.totals()
    figures = [
        (said("consultants", language), str(totals.consultants)),
        (said("open_courses", language), str(totals.open_courses)),
        (header("capacity", language), str(totals.capacity)),
        (header("over", language), str(totals.over_capacity)),
        (header("face_to_face_short", language),
         said("of", language, count=totals.face_to_face, total=totals.face_to_face_reference)),
        (header("presence_days", language), str(totals.presence_days)),
        (header("new_referrals", language), str(totals.new_referrals)),
        (header("starts_short", language),
         texts.starts_text(totals.starts, totals.other_starts, language)),
        (header("ends_short", language), str(totals.ends)),
        (header("follow_ups_due", language), str(totals.follow_ups_due)),
        (said("discussed_count", language), str(totals.discussed)),
    ]
    story: list[Flowable] = [text_paragraph(said("totals", language), styles.heading),
                             _grid([[label for label, _ in figures]],
                                   [[((value, False),) for _, value in figures]])]
    rules = [rule for rule in RuleId]
    story += [text_paragraph(said("overdue_heading", language), styles.heading),
              _grid([[rule_short(rule, language) for rule in rules]],
                    [[((str(totals.overdue.get(rule, 0)), False),) for rule in rules]])]
    heads = [header("consultant", language), header("caseload", language),
             header("face_to_face_short", language), header("presence_days", language),
             header("new_referrals", language), header("starts_short", language),
             header("ends_short", language), header("follow_ups_short", language),
             header("overdue_courses", language)]
    rows = [_heading_cells(c, language) for c in listing.consultants]
    story.append(text_paragraph(said("per_consultant", language), styles.heading))
    if rows:
        story.append(_grid([heads], rows))
    else:
        story.append(Paragraph(markup(said("no_rows", language)), styles.empty))
    return story


def _heading_cells(consultant: ConsultantWeek, language: str) -> list[tuple[Line, ...]]:
    over = consultant.caseload is not None and consultant.caseload.over
    late = sum(1 for row in consultant.rows if row.flags)
    return [((texts.consultant_label(consultant, language), False),),
            ((texts.caseload_text(consultant, language), over),),
            ((texts.face_to_face_text(consultant, language), False),),
            ((str(consultant.presence_days), False),),
            ((str(consultant.new_referrals), False),),
            ((texts.starts_text(consultant.starts, consultant.other_starts, language), False),),
            ((str(consultant.ends), False),),
            ((str(consultant.follow_ups_due), False),),
            ((str(late), late > 0),)]


def _heading_band(consultant: ConsultantWeek, language: str) -> str:
    """The consultant and their figures on one line: the top of each of their pages."""
    parts = [f"{header('caseload', language)}: {texts.caseload_text(consultant, language)}",
             f"{header('face_to_face_short', language)}: "
             f"{texts.face_to_face_text(consultant, language)}",
             f"{header('presence_days', language)}: {consultant.presence_days}",
             f"{header('new_referrals', language)}: {consultant.new_referrals}",
             f"{header('starts_short', language)}: "
             f"{texts.starts_text(consultant.starts, consultant.other_starts, language)}",
             f"{header('ends_short', language)}: {consultant.ends}",
             f"{header('follow_ups_short', language)}: {consultant.follow_ups_due}"]
    return " · ".join(parts)


def _grid(head_rows: list[list[str]], rows: Sequence[Sequence[Sequence[Line]]]) -> Flowable:
    """A small table of figures across the page: headers, then rows of short cells."""
    widths = _fitted_widths(head_rows[0], rows)
    cells: list[list[Flowable | str]] = [
        [_head_text(text, width) for text, width in zip(head, widths, strict=True)]
        for head in head_rows]
    cells += [[_cell(lines, width - 2 * PADDING) for lines, width in zip(row, widths,
                                                                          strict=True)]
              for row in rows]
    table = LongTable(cells, colWidths=widths, repeatRows=len(head_rows), hAlign="LEFT")
    # Tighter than the course table: the team's lines should fit the first page.
    style = [*_table_style(len(head_rows)), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    table.setStyle(TableStyle(style))
    return table


def _fitted_widths(heads: Sequence[str], rows: Sequence[Sequence[Sequence[Line]]]
                   ) -> list[float]:
    """Each column its header's longest word (never cut inside a word) or its widest line
    (up to a fifth of the page), the rest of the page shared out evenly."""
    least = []
    for n, head in enumerate(heads):
        widest = max((stringWidth(text, FONT_BOLD if marked else FONT, SIZE)
                      for row in rows for text, marked in row[n]), default=0.0)
        least.append(max(max(stringWidth(word, FONT_BOLD, SIZE) for word in head.split()),
                         min(widest, CONTENT_WIDTH / 5)) + 2 * PADDING + 1)
    spare = max(0.0, CONTENT_WIDTH - sum(least)) / len(least)
    return [width + spare for width in least]


# -- a consultant's courses -----------------------------------------------------------------

def _widths(language: str) -> list[float]:
    widths = [points for _, points in COLUMNS]
    least = [max(stringWidth(word, FONT_BOLD, BODY_SIZE)
                 for word in _header(key, language).split()) + 2 * CELL_PADDING + 1
             for key, _ in COLUMNS]
    widths = [max(w, m) for w, m in zip(widths, least, strict=True)]
    widths[-1] -= max(0.0, sum(widths) - CONTENT_WIDTH)  # the pen gives up what that took
    return widths


def _header(key: str, language: str) -> str:
    return texts.label(PDF_HEADERS[key], language) if key in PDF_HEADERS else header(key,
                                                                                      language)


def _consultant_table(consultant: ConsultantWeek, listing: SupervisionList, language: str,
                      widths: list[float], styles: _Styles,
                      fresh: Freshness | None = None) -> Flowable:
    band = texts.consultant_label(consultant, language)
    if consultant.consultant_id is not None and consultant.initials:
        band += f" · {_heading_band(consultant, language)}"
    if fresh is not None:  # a loose page says how fresh its courses are
        band += f" · {team_freshness.synced_words(fresh, language)}"
    top: list[Flowable | str] = [_head_text(band, CONTENT_WIDTH)] + [""] * (len(COLUMNS) - 1)
    heads: list[Flowable | str] = [
        _head_text(_header(key, language), width, BODY_SIZE, CELL_PADDING)
        for (key, _), width in zip(COLUMNS, widths, strict=True)]
    cells: list[list[Flowable | str]] = [top, heads]
    rooms = [width - 2 * CELL_PADDING for width in widths]
    for row in consultant.rows:
        lines = _row_lines(row, listing, language, rooms)
        cells.append([_cell(cell, room, BODY_SIZE, BODY_LEADING)
                      for cell, room in zip(lines[:-1], rooms[:-1], strict=True)]
                     + [_PenRoom(lines[-1][0][0] if lines[-1] else "")])
    if not consultant.rows:
        cells.append([Paragraph(markup(said("no_rows", language)), styles.empty)]
                     + [""] * (len(COLUMNS) - 1))
    table = LongTable(cells, colWidths=widths, repeatRows=2, hAlign="LEFT")
    style = _table_style(2, band=True, size=BODY_SIZE, leading=BODY_LEADING,
                         padding=CELL_PADDING)
    style += [("TOPPADDING", (0, 2), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 2), (-1, -1), 2),
              ("TOPPADDING", (0, 1), (-1, 1), 1.5), ("BOTTOMPADDING", (0, 1), (-1, 1), 2),
              ("LINEBEFORE", (len(COLUMNS) - 1, 1), (len(COLUMNS) - 1, -1), 0.6, RULE)]
    if not consultant.rows:
        style.append(("SPAN", (0, 2), (-1, 2)))
    table.setStyle(TableStyle(style))
    return table


def _row_lines(row: SupervisionRow, listing: SupervisionList, language: str,
               rooms: Sequence[float] | None = None) -> list[list[Line]]:
    """One course's cells, in the order of COLUMNS: two short lines each where the
    facts allow (the name wrapping, a missing consent, outreach or a job on other terms
    may take a third). `rooms` (points of text per column) fit the job's cell to two
    lines, its workplace ellipsised; without them it is left whole."""
    name: list[Line] = [(row.name, False)]
    phase = texts.label(PHASES_SHORT.get(row.phase, texts.PHASES[row.phase]), language)
    name.append((f"{phase} · {said('days_short', language, n=row.days_in_ips)}", False))
    if row.consent_missing:
        name.append((said("consent_withdrawn" if row.consent_withdrawn_on else "no_consent",
                          language), True))
    plan: list[Line] = [(_form_short(row.plan, language), False)]
    if row.plan_review.days_overdue > 0:
        plan.append((said("late_short", language, n=row.plan_review.days_overdue), True))
    elif row.plan_review.due is not None:
        plan.append((day(row.plan_review.due), False))
    follow_up: list[Line] = []
    if row.next_follow_up is not None:
        due = row.next_follow_up <= listing.as_of
        follow_up.append((day(row.next_follow_up), due))
        if due:  # the words say it too, for a black-and-white printer and for everyone
            follow_up.append((said("follow_up_due", language), True))
    contact: list[Line] = [(_ago(row.days_since_contact, language), False)]
    if row.outreach_due:
        contact.append((said("outreach", language), True))
    # The pen's column: "✓ drøftet" at its top when the course was discussed this week
    # (its own column's width goes to the pen); _consultant_table makes the room.
    pen: list[Line] = []
    if row.discussed_on is not None:
        pen = [(said("discussed_tick", language), False)]
    placement_room = rooms[6] if rooms is not None else None
    return [
        name,
        _deadline(row.first_meeting, language),
        _deadline(row.first_employer_contact, language),
        [(_form_short(row.profile, language), False)],
        plan,
        contact,
        _placement(row, language, placement_room),
        follow_up,
        [(texts.flag_text(flag, language), True) for flag in row.flags],
        pen,
    ]


def _form_short(progress: FormProgress, language: str) -> str:
    """"udfyldt", "kladde 8/11" or "ikke påbegyndt"."""
    if progress.status is None:
        return said("not_started", language)
    if progress.status is FormStatus.COMPLETE:
        return said("complete", language)
    return said("draft_short", language, done=progress.sections_done,
                total=progress.sections_total)


def _deadline(deadline: Deadline, language: str) -> list[Line]:
    """The day it was met; "14 d. over" (marked: the flags column says it in full); or
    its due day."""
    if deadline.done_on is not None:
        return [(day(deadline.done_on), False)]
    if deadline.days_overdue > 0:
        return [(said("late_short", language, n=deadline.days_overdue), True)]
    if deadline.due is not None:
        return [(said("due_on", language, day=day(deadline.due)), False)]
    return []


def _ago(days_since: int | None, language: str) -> str:
    if days_since is None:
        return said("no_contact", language)
    if days_since == 0:
        return said("today", language)
    if days_since == 1:
        return said("one_day_ago", language)
    return said("days_ago", language, n=days_since)


def _placement(row: SupervisionRow, language: str, room: float | None) -> list[Line]:
    """"Højgaards Tømrerforretning ApS · 18 t/uge · 13.1.2026" (the header says
    "where · hours · since") in two lines, the
    workplace cut with "…" when it would take a third (the position is left to the
    workbook); "ikke ordinære vilkår" on a line of its own."""
    placement = row.placement
    if placement is None:
        return []
    where = placement.where or texts.label(texts.KINDS[placement.kind], language)
    facts = [text for text in (_hours(placement.hours_per_week, language),
                               day(placement.since)) if text]
    lines: list[Line] = [(line, False) for line in _two_lines(
        unicodedata.normalize("NFC", where), tuple(facts), room)]
    if not placement.ordinary_terms:
        lines.append((said("not_ordinary", language), False))
    return lines


def _hours(hours: float | None, language: str) -> str:
    if hours is None:
        return ""
    shown = f"{hours:g}" if language == "en" else f"{hours:g}".replace(".", ",")
    return said("hours_short", language, hours=shown)


@lru_cache(maxsize=4096)
def _two_lines(where: str, facts: tuple[str, ...], room: float | None) -> tuple[str, ...]:
    """`where · facts…` wrapped to `room` when that takes two lines at most; else the
    workplace on the first line, shortened letter by letter to "…" until it fits, and
    the facts whole on the second."""
    text = " · ".join((where, *facts))
    if room is None:
        return (text,)
    lines = _wrapped(text, FONT, room, BODY_SIZE)
    if len(lines) <= 2:
        return lines
    cut = where
    while cut and stringWidth(f"{cut}…", FONT, BODY_SIZE) > room:
        cut = cut[:-1].rstrip(" ,–-·")
    return (f"{cut}…", *_wrapped(" · ".join(facts), FONT, room, BODY_SIZE))


def _cell(lines: Sequence[Line], room: float, size: float = SIZE,
          leading: float = LEADING) -> Flowable | str:
    """A cell's lines: a plain string, wrapped here once, when no line is marked (the table
    draws a string fastest); lines drawn by hand, bold and red, when one is; a shaped
    paragraph for right-to-left or Devanagari names (as reports/list_pdf.py does)."""
    shown = [(unicodedata.normalize("NFC", text), marked) for text, marked in lines]
    if any(_needs_shaping(text) for text, _ in shown):
        return text_paragraph("\n".join(text for text, _ in shown), ParagraphStyle(
            "shaped", fontName=FONT, fontSize=size, leading=leading, textColor=INK))
    if not any(marked for _, marked in shown):
        return "\n".join(piece for text, _ in shown
                          for piece in _wrapped(text, FONT, room, size))
    return _MarkedLines(shown, size, leading)


@lru_cache(maxsize=8192)
def _needs_shaping(text: str) -> bool:
    """`needs_script_support` once per phrase: it reads every letter, and most cells are
    the same few phrases ("udfyldt", "6 dage siden")."""
    return needs_script_support(text)


@lru_cache(maxsize=8192)
def _wrapped(text: str, font: str, room: float, size: float = SIZE) -> tuple[str, ...]:
    """`text` broken at spaces (and at a line break) to `room` points, a word longer than
    that between letters; the same phrases recur in every row ("udfyldt"), so each is
    measured once."""
    return tuple(piece for part in simpleSplit(text, font, size, room) or [""]
                 for piece in _fitted_at(part, font, room, size))


def _fitted_at(text: str, font: str, width: float, size: float) -> list[str]:
    """reports/list_pdf.py's `_fitted` at `size`: a word wider than its cell broken
    between letters, one a little wider left to run into the padding."""
    if size == SIZE:
        return _fitted(text, font, width)
    if stringWidth(text, font, size) <= width + 2 * CELL_PADDING:
        return [text]
    pieces, piece = [], ""
    for char in text:
        if piece and stringWidth(piece + char, font, size) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece]


class _PenRoom(Flowable):
    """The notes column's cell: empty room for about two handwritten lines (9 mm a row
    with the padding), with the "discussed" tick at its top when there is one."""

    HEIGHT = 2.4 * BODY_LEADING

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        if self.text:
            self.canv.setFont(FONT, BODY_SIZE)
            self.canv.setFillColor(INK)
            self.canv.drawString(0, self.height - BODY_SIZE, self.text)


class _MarkedLines(CellLines):
    """CellLines at the table's size, whose wrapping is done once per width: a table asks
    a cell its size three times (column widths, the page split, the drawing)."""

    def __init__(self, lines: Sequence[Line], size: float, leading: float) -> None:
        super().__init__(lines)
        self.size, self.leading = size, leading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if getattr(self, "_wrapped_at", None) != availWidth:
            self._broken = [(piece, marked) for text, marked in self.lines
                            for piece in _wrapped(text, FONT_BOLD if marked else FONT,
                                                  availWidth, self.size)]
            self._wrapped_at = availWidth
        self.width = availWidth
        self.height = len(self._broken) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - self.size  # the first baseline, as a paragraph sets it
        for text, marked in self._broken:
            canvas.setFont(FONT_BOLD if marked else FONT, self.size)
            canvas.setFillColor(OVERDUE if marked else INK)
            canvas.drawString(0, y, text)
            y -= self.leading


def _head_text(text: str, width: float, size: float = SIZE,
               padding: float = PADDING) -> Flowable | str:
    """A header cell, bold (the table's style sets the font), wrapped here once."""
    if needs_script_support(text):  # a consultant's name in another script
        return text_paragraph(text, ParagraphStyle("head", fontName=FONT_BOLD, fontSize=size,
                                                   leading=size + 2, textColor=INK))
    return "\n".join(_wrapped(unicodedata.normalize("NFC", text), FONT_BOLD,
                               width - 2 * padding, size))


def _table_style(head_rows: int, *, band: bool = False, size: float = SIZE,
                 leading: float = LEADING, padding: float = PADDING
                 ) -> list[tuple[object, ...]]:
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, head_rows - 1), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, head_rows - 1), size),
        ("LEADING", (0, 0), (-1, head_rows - 1), leading),
        ("TEXTCOLOR", (0, 0), (-1, head_rows - 1), INK),
        ("FONTNAME", (0, head_rows), (-1, -1), FONT),
        ("FONTSIZE", (0, head_rows), (-1, -1), size),
        ("LEADING", (0, head_rows), (-1, -1), leading),
        ("TEXTCOLOR", (0, head_rows), (-1, -1), INK),
        ("BACKGROUND", (0, head_rows - 1), (-1, head_rows - 1), HEAD),
        ("LINEBELOW", (0, head_rows - 1), (-1, head_rows - 1), 0.6, RULE),
        ("ROWBACKGROUNDS", (0, head_rows), (-1, -1), [None, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if band:
        style += [("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                  ("BOTTOMPADDING", (0, 0), (-1, 0), 4)]
    return style
