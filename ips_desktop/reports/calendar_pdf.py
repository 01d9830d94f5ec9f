"""The calendar's week on A4 across: the days as columns, the hours as rows, the events in boxes.

A print of the week for the consultant's desk or the team's meeting, so the
events carry their titles as typed (which may name a participant); like
every printout it carries the confidentiality footer, page X of Y, the print
time and the DEMO mark (reports/pdf_base.py). Public holidays are shaded and
named in their day's header. Events that overlap sit side by side in their
day, as on the screen; each box gives the time, the title and, where there
is room, the place. With several consultants on one sheet each box starts
with the consultant's initials.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from ips_desktop.domain.enums import EventKind
from ips_desktop.domain.messages import CATALOG, DEFAULT_LANGUAGE
from ips_desktop.reports import scripts
from ips_desktop.reports.pdf_base import (
    FONT,
    FONT_BOLD,
    build_pdf,
    content_width,
    fit,
    register_fonts,
    text_paragraph,
)
from ips_desktop.services.calendar_exports import WeekPrint
from ips_desktop.services.calendar_model import Occurrence

PAGE = landscape(A4)
INK = HexColor("#1f2933")
GRID = HexColor("#c5ccd3")
HOLIDAY = HexColor("#eceff1")
# Pale fills that print on a black-and-white printer as distinct greys; the kind's
# word is in the legend. Ink on every one of them is the dark INK.
KIND_FILL: dict[EventKind, Color] = {
    EventKind.PRESENCE_DAY: HexColor("#cfe3f5"),
    EventKind.TREATMENT_CONFERENCE: HexColor("#e3d7f0"),
    EventKind.JOINT_START_UP: HexColor("#f7dcc4"),
    EventKind.PARTICIPANT_MEETING: HexColor("#d3ecd5"),
    EventKind.EMPLOYER_MEETING: HexColor("#f6e7a8"),
    EventKind.SUPERVISION: HexColor("#f3d0d6"),
    EventKind.OTHER: HexColor("#e4e7ea"),
}
KIND_EDGE = HexColor("#5c6b77")
_WEEKDAYS = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_HEADER_HEIGHT = 32.0  # the days' row: weekday and date, and a holiday's name
_HOUR_COLUMN = 11 * mm
_LEGEND_HEIGHT = 14.0
_TEXT = 7.2  # points: the boxes' text
_LINE = 8.4


def said(code: str, language: str, **values: object) -> str:
    texts = CATALOG[code]
    return texts.get(language, texts[DEFAULT_LANGUAGE]).format(**values)


def week_title(printout: WeekPrint, language: str) -> str:
    """"Kalender – uge 49, 2026": the printout's title, and its preview's."""
    year, week = printout.week
    return said("calendar_pdf_title", language, week=week, year=year)


def _span(printout: WeekPrint, language: str) -> str:
    first, last = printout.days[0], printout.days[-1]
    if language == "en":
        return f"{first.day} {first:%B} – {last.day} {last:%B} {last.year}"
    return f"{first.day}.{first.month}. – {last.day}.{last.month}.{last.year}"


def week_pdf(printout: WeekPrint, *, language: str) -> bytes:
    """The week as PDF bytes, A4 landscape, one page."""
    register_fonts()
    title = week_title(printout, language)
    heading = f"{title} · {_span(printout, language)}"
    if printout.consultants:
        heading += f" · {printout.consultants}"
    width = content_width(PAGE)
    story: list[Flowable] = [
        text_paragraph(heading, ParagraphStyle("title", fontName=FONT_BOLD, fontSize=13,
                                               leading=16, textColor=INK)),
        Spacer(1, 2 * mm),
    ]
    if not printout.occurrences:
        story.append(text_paragraph(said("calendar_pdf_no_events", language),
                                    ParagraphStyle("empty", fontName=FONT, fontSize=9,
                                                   leading=11, textColor=INK)))
        story.append(Spacer(1, 2 * mm))
    story.append(WeekSheet(printout, language, width))
    return build_pdf(story, title=title, language=language, demo=printout.is_demo,
                     printed_at=printout.made_at, page_size=PAGE)


def lanes(spans: Sequence[tuple[datetime, datetime]]) -> list[tuple[int, int]]:
    """For each span, its lane and the lanes of its overlapping group (side by side).

    Greedy by start: a span takes the first lane free at its start; a group is
    a run of spans that overlap one another in a chain, and all of it shares
    the widest lane count, so boxes of one group line up.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
    result: list[tuple[int, int]] = [(0, 1)] * len(spans)
    group: list[int] = []
    ends: list[datetime] = []  # per lane, when it is free again
    group_end: datetime | None = None

    def close() -> None:
        for i in group:
            result[i] = (result[i][0], max(1, len(ends)))

    for i in order:
        start, end = spans[i]
        if group_end is not None and start >= group_end:
            close()
            group, ends, group_end = [], [], None
        lane = next((n for n, free in enumerate(ends) if free <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        result[i] = (lane, 0)
        group.append(i)
        group_end = end if group_end is None else max(group_end, end)
    close()
    return result


class WeekSheet(Flowable):
    """The grid: an hour column, one column per day, boxes placed by their times."""

    def __init__(self, printout: WeekPrint, language: str, width: float) -> None:
        super().__init__()
        self.printout, self.language, self.width = printout, language, width
        self.several = len({o.consultant_id for o in printout.occurrences}) > 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = max(120.0, available_height - 1)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        p = self.printout
        first_hour, last_hour = p.hours
        hours = max(1, last_hour - first_hour)
        day_width = (self.width - _HOUR_COLUMN) / len(p.days)
        grid_top = self.height - _HEADER_HEIGHT
        grid_bottom = _LEGEND_HEIGHT
        per_hour = (grid_top - grid_bottom) / hours

        def y_of(moment: datetime, day: date) -> float:
            start = datetime.combine(day, time(first_hour))
            offset = (moment - start).total_seconds() / 3600
            return grid_top - max(0.0, min(float(hours), offset)) * per_hour

        canvas.saveState()
        # Holidays shaded, their names under the date.
        for column, day in enumerate(p.days):
            left = _HOUR_COLUMN + column * day_width
            if day in p.holidays:
                canvas.setFillColor(HOLIDAY)
                canvas.rect(left, grid_bottom, day_width, self.height - grid_bottom,
                            stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, 8.5)
            weekday = _WEEKDAYS.get(self.language, _WEEKDAYS["da"])[day.weekday()]
            label = f"{weekday} {day.day}/{day.month}" if self.language == "en" \
                else f"{weekday} {day.day}.{day.month}."
            canvas.drawString(left + 3, self.height - 10, fit(label, FONT_BOLD, 8.5,
                                                              day_width - 6))
            if day in p.holidays:  # its name on up to two lines under the date
                canvas.setFont(FONT, 7)
                lines = _wrap(p.holidays[day], FONT, 7, day_width - 6)
                if len(lines) > 2:
                    lines = [lines[0], fit(" ".join(lines[1:]), FONT, 7, day_width - 6)]
                for n, text in enumerate(lines):
                    canvas.drawString(left + 3, self.height - 19.5 - 8 * n, text)
        # Hour lines and labels.
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.setFont(FONT, 7.5)
        for n in range(hours + 1):
            y = grid_top - n * per_hour
            canvas.line(_HOUR_COLUMN, y, self.width, y)
            if n < hours:
                canvas.setFillColor(INK)
                canvas.drawRightString(_HOUR_COLUMN - 3, y - 8, f"{first_hour + n:02d}:00")
        for column in range(len(p.days) + 1):
            x = _HOUR_COLUMN + column * day_width
            canvas.line(x, grid_bottom, x, self.height)
        # The events, per day, side by side where they overlap.
        for column, day in enumerate(p.days):
            day_start = datetime.combine(day, time.min)
            day_end = day_start + timedelta(days=1)
            todays = [o for o in p.occurrences if o.starts_at < day_end and o.ends_at > day_start]
            spans = [(max(o.starts_at, day_start), min(o.ends_at, day_end)) for o in todays]
            for occurrence, (start, end), (lane, count) in zip(todays, spans, lanes(spans),
                                                               strict=True):
                lane_width = (day_width - 4) / count
                left = _HOUR_COLUMN + column * day_width + 2 + lane * lane_width
                top, bottom = y_of(start, day), y_of(end, day)
                if top - bottom < _LINE + 2:  # a short event still gets one line
                    bottom = top - (_LINE + 2)
                self._box(occurrence, left, bottom, lane_width - 1.5, top - bottom)
        self._legend()
        canvas.restoreState()

    def _box(self, o: Occurrence, left: float, bottom: float, width: float,
             height: float) -> None:
        canvas = self.canv
        canvas.setFillColor(KIND_FILL.get(o.kind, KIND_FILL[EventKind.OTHER]))
        canvas.setStrokeColor(KIND_EDGE)
        canvas.setLineWidth(0.6)
        canvas.roundRect(left, bottom, width, height, 1.5, stroke=1, fill=1)
        canvas.setFillColor(INK)
        room = width - 4
        y = bottom + height - _LINE
        when = self._when(o, room)
        canvas.setFont(FONT_BOLD, _TEXT)
        canvas.drawString(left + 2, y, when)
        lines_left = int((height - _LINE - 2) // _LINE)
        title = unicodedata.normalize("NFC", o.title or "")
        place = unicodedata.normalize("NFC", o.location or "")
        if lines_left <= 0:  # a short event: the title on the time's line
            after = stringWidth(when + " ", FONT_BOLD, _TEXT)
            if room - after > 12 and not scripts.needs_script_support(title):
                canvas.setFont(FONT, _TEXT)
                canvas.drawString(left + 2 + after, y, fit(title, FONT, _TEXT, room - after))
            return
        if scripts.needs_script_support(title):  # shaped, right to left: a paragraph
            line = text_paragraph(title, ParagraphStyle("box", fontName=FONT, fontSize=_TEXT,
                                                        leading=_LINE))
            _, used = line.wrap(room, lines_left * _LINE)
            line.drawOn(canvas, left + 2, y - used - 1)
            return
        lines = _wrap(title, FONT, _TEXT, room)
        place_line = bool(place) and lines_left > len(lines[:lines_left])
        shown = lines[:lines_left - (1 if place_line else 0) or 1]
        if len(lines) > len(shown):
            shown[-1] = fit(shown[-1] + " …", FONT, _TEXT, room)
        canvas.setFont(FONT, _TEXT)
        for text in shown:
            y -= _LINE
            canvas.drawString(left + 2, y, text)
        if place_line and not scripts.needs_script_support(place):
            y -= _LINE
            canvas.setFillColor(KIND_EDGE)
            canvas.drawString(left + 2, y, fit(place, FONT, _TEXT, room))

    def _when(self, o: Occurrence, room: float) -> str:
        """The box's first line, shortened to its room: the end time goes before the start."""
        who = f"{o.consultant_initials} · " if self.several and o.consultant_initials else ""
        start, end = f"{o.starts_at:%H:%M}", f"{o.ends_at:%H:%M}"
        held = f" ✓ {said('calendar_pdf_held', self.language)}" if o.held else ""
        for text in (f"{who}{start}–{end}{held}", f"{who}{start}–{end}", f"{who}{start}"):
            if stringWidth(text, FONT_BOLD, _TEXT) <= room:
                return text
        return fit(start, FONT_BOLD, _TEXT, room)

    def _legend(self) -> None:
        canvas = self.canv
        x = _HOUR_COLUMN
        canvas.setFont(FONT, 7.5)
        for kind in EventKind:
            word = said(f"calendar_kind_{kind.value}", self.language)
            canvas.setFillColor(KIND_FILL[kind])
            canvas.setStrokeColor(KIND_EDGE)
            canvas.rect(x, 2, 8, 8, stroke=1, fill=1)
            canvas.setFillColor(INK)
            canvas.drawString(x + 11, 3, word)
            x += 11 + stringWidth(word, FONT, 7.5) + 12


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Words into lines of `width` points; a word longer than a line is cut to fit."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word if stringWidth(word, font, size) <= width else fit(word, font, size,
                                                                             width)
    if current:
        lines.append(current)
    return lines or [""]
