"""The week grid's layout: which column and minutes each occurrence takes, and where in pixels.

Two steps with different lifetimes. `place_occurrences` runs once per
`set_occurrences` (or a change of days or lanes): it cuts every occurrence into
one piece per day it touches, sorts the pieces into columns (day x lane), puts
whole-day pieces in the all-day strip, and lays out the overlapping ones side
by side. `GridGeometry` is rebuilt on every resize or scroll: plain arithmetic
from minutes to pixels, so a paint only multiplies.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QFontMetrics

from ips_desktop.ui.calendar.overlap import Placement, side_by_side

if TYPE_CHECKING:
    from ips_desktop.services.calendar import Occurrence

DAY_MINUTES = 24 * 60
SNAP_MINUTES = 15
# A short event is drawn (and laid out) at least this long, so one line of text fits.
MIN_DRAWN_MINUTES = 20


@dataclass(frozen=True)
class Lane:
    """A column inside each day: one consultant's events when a team lead shows several."""

    key: uuid.UUID | None   # a consultant id; None: the single lane
    title: str              # shown under the day's name when there are several lanes ("" otherwise)
    name: str = ""          # the longer form (a full name), shown instead when the lane is wide


@dataclass(frozen=True)
class Piece:
    """The part of an occurrence drawn in one column on one day (one over midnight has two)."""

    occurrence: Occurrence
    column: int          # day index * number of lanes + lane index
    start: int           # minutes after the day's midnight, 0..1440
    end: int
    placement: Placement
    first: bool          # holds the occurrence's start
    last: bool           # holds its end: the resize handle is here


@dataclass
class Placed:
    """Everything `place_occurrences` worked out, ready for painting and hit testing."""

    pieces: list[Piece] = field(default_factory=list)
    all_day: dict[int, list[Occurrence]] = field(default_factory=dict)  # column -> occurrences
    order: list[Occurrence] = field(default_factory=list)   # keyboard order: day, lane, start
    several_consultants: bool = False   # one lane holds several consultants' events: say whose

    def first_piece(self, occurrence: Occurrence) -> Piece | None:
        """The piece holding its start, or (begun before the shown days) its first shown one."""
        return next((p for p in self.pieces if p.occurrence is occurrence and p.first),
                    next((p for p in self.pieces if p.occurrence is occurrence), None))

    def lead_pieces(self) -> list[Piece]:
        """One piece per occurrence: the one first_piece gives."""
        leads: dict[int, Piece] = {}
        for piece in self.pieces:
            held = leads.get(id(piece.occurrence))
            if held is None or (piece.first and not held.first):
                leads[id(piece.occurrence)] = piece
        return list(leads.values())


def lane_index(lanes: Sequence[Lane], key: uuid.UUID | None) -> int | None:
    """The lane an occurrence of consultant `key` goes in; a single lane takes everyone's."""
    if len(lanes) <= 1:
        return 0
    for index, lane in enumerate(lanes):
        if lane.key == key:
            return index
    return None


def place_occurrences(items: Sequence[Occurrence], days: Sequence[date],
                      lanes: Sequence[Lane]) -> Placed:
    placed = Placed()
    lane_count = max(1, len(lanes))
    day_index = {day: index for index, day in enumerate(days)}
    by_column: dict[int, list[tuple[Occurrence, int, int, bool, bool]]] = {}
    for occurrence in items:
        lane = lane_index(lanes, occurrence.consultant_id)
        if lane is None:
            continue
        for day, start, end, first, last in _day_pieces(occurrence.starts_at, occurrence.ends_at):
            index = day_index.get(day)
            if index is None:
                continue
            column = index * lane_count + lane
            if start == 0 and end == DAY_MINUTES:
                placed.all_day.setdefault(column, []).append(occurrence)
            else:
                by_column.setdefault(column, []).append((occurrence, start, end, first, last))
    keyed: list[tuple[tuple[int, int, int, int], Occurrence]] = []
    for column, entries in sorted(by_column.items()):
        spans = [(start, min(DAY_MINUTES, max(end, start + MIN_DRAWN_MINUTES)))
                 for _, start, end, _, _ in entries]
        for (occurrence, start, end, first, last), placement in zip(
                entries, side_by_side(spans), strict=True):
            placed.pieces.append(Piece(occurrence, column, start, end, placement, first, last))
            keyed.append(((column // lane_count, column % lane_count, start,
                           placement.column), occurrence))
    for column, occurrences in placed.all_day.items():
        keyed.extend(((column // lane_count, column % lane_count, -1, n), occurrence)
                     for n, occurrence in enumerate(occurrences)
                     if occurrence.starts_at.date() == days[column // lane_count])
    placed.several_consultants = len(lanes) <= 1 and len(
        {p.occurrence.consultant_id for p in placed.pieces}
        | {o.consultant_id for v in placed.all_day.values() for o in v}) > 1
    seen: set[int] = set()
    for _, occurrence in sorted(keyed, key=lambda entry: entry[0]):
        if id(occurrence) not in seen:
            seen.add(id(occurrence))
            placed.order.append(occurrence)
    return placed


def neighbour(placed: Placed, selected: Occurrence | None,
              direction: str) -> Occurrence | None:
    """The event the arrow key `direction` ("up", "down", "left", "right") selects next.

    Up and down: the previous or next event in the same column. Left and right: the
    nearest-in-time event in the closest column that has any. With nothing selected:
    the first event.
    """
    if not placed.order:
        return None
    current = placed.first_piece(selected) if selected is not None else None
    if current is None:
        return placed.order[0]
    firsts = placed.lead_pieces()
    if direction in ("up", "down"):
        same = sorted((p for p in firsts if p.column == current.column),
                      key=lambda p: (p.start, p.placement.column))
        index = next(i for i, p in enumerate(same) if p.occurrence is selected)
        index += 1 if direction == "down" else -1
        return same[index].occurrence if 0 <= index < len(same) else None
    step = 1 if direction == "right" else -1
    columns = {p.column for p in firsts}
    column = current.column + step
    while 0 <= column <= max(columns, default=0):
        if column in columns:
            return min((p for p in firsts if p.column == column),
                       key=lambda p: (abs(p.start - current.start), p.start)).occurrence
        column += step
    return None


def _day_pieces(starts_at: datetime, ends_at: datetime):  # noqa: ANN202 (a generator of tuples)
    """(day, start minute, end minute, holds the start, holds the end) for each day touched."""
    day = starts_at.date()
    end_day = ends_at.date() if ends_at > starts_at else day
    if ends_at > starts_at and ends_at.time() == time(0) and end_day > day:
        end_day -= timedelta(days=1)  # ending at midnight ends on the day before
    while day <= end_day:
        midnight = datetime.combine(day, time(0))
        start = max(0, _minutes(starts_at - midnight))
        end = min(DAY_MINUTES, _minutes(ends_at - midnight))
        yield day, start, max(start, end), day == starts_at.date(), day == end_day
        day += timedelta(days=1)


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


@dataclass(frozen=True)
class GridGeometry:
    """Pixel positions for one size and scroll position of the grid; all in widget coordinates."""

    width: int            # the widget's width without the scroll bar
    height: int
    axis_width: int       # the hour labels at the left
    header_height: int    # day names, lane titles and the all-day strip
    lane_row: int         # height of the lane titles' row (0 with one lane)
    strip_top: int
    strip_height: int
    hour_height: int      # a multiple of 4: a 15-minute slot is whole pixels
    scroll: int           # pixels of the day scrolled above the body's top
    days: int
    lanes: int

    @property
    def columns(self) -> int:
        return self.days * self.lanes

    @property
    def body(self) -> QRect:
        return QRect(0, self.header_height, self.width, self.height - self.header_height)

    @property
    def slot_height(self) -> int:
        return self.hour_height * SNAP_MINUTES // 60

    @property
    def content_height(self) -> int:
        return 24 * self.hour_height

    def column_left(self, column: int) -> int:
        span = self.width - self.axis_width
        return self.axis_width + round(span * column / max(1, self.columns))

    def column_rect_x(self, column: int) -> tuple[int, int]:
        left = self.column_left(column)
        return left, self.column_left(column + 1) - left

    def day_span_x(self, day: int) -> tuple[int, int]:
        left = self.column_left(day * self.lanes)
        return left, self.column_left((day + 1) * self.lanes) - left

    def y_of(self, minute: float) -> int:
        return self.header_height + round(minute * self.hour_height / 60) - self.scroll

    def minute_at(self, y: int) -> float:
        return (y - self.header_height + self.scroll) * 60 / self.hour_height

    def column_at(self, x: int) -> int:
        """The column under x, clamped to the grid's columns."""
        if self.columns <= 0:
            return 0
        span = max(1, self.width - self.axis_width)
        column = int((x - self.axis_width) * self.columns // span)
        return max(0, min(self.columns - 1, column))

    def piece_rect(self, piece: Piece) -> QRectF:
        left, width = self.column_rect_x(piece.column)
        inner = width - 6  # room at the right to start a new event beside the boxes
        drawn_end = min(DAY_MINUTES, max(piece.end, piece.start + MIN_DRAWN_MINUTES))
        top = self.y_of(piece.start)
        bottom = self.y_of(drawn_end)
        x = left + 1 + round(inner * piece.placement.left)
        w = round(inner * (piece.placement.left + piece.placement.width)) - (x - left - 1) - 1
        return QRectF(x, top + 1, max(4, w), max(4, bottom - top - 2))  # whole pixels: cached

    def slot_point(self, column: int, minute: int) -> QPoint:
        left, width = self.column_rect_x(column)
        return QPoint(left + width // 2, self.y_of(minute) + self.slot_height // 2)


def fit_geometry(metrics: QFontMetrics, width: int, height: int, *, days: int, lanes: int,
                 strip_rows: int, work: tuple[time, time], top_minute: float) -> GridGeometry:
    """The geometry for a widget of width x height (without its scroll bar).

    The hour height makes the working hours (and a quarter hour either side) fill
    the body, but never so small that a 20-minute box loses its line of text, nor
    larger than 120 pixels; it is a multiple of 4 so quarter hours are whole pixels.
    """
    line = metrics.height()
    date_row = line * 2 + 6
    lane_row = line + 6 if lanes > 1 else 0
    strip_height = strip_rows * (line + 4) + 6
    header = date_row + lane_row + strip_height
    body = max(1, height - header)
    start, end = work
    work_minutes = max(60, (end.hour - start.hour) * 60 + end.minute - start.minute
                       + 2 * SNAP_MINUTES)
    hour = int(body * 60 / work_minutes) // 4 * 4
    hour = max(4 * ((3 * (line + 2) + 3) // 4), min(120, hour))
    scroll = max(0, min(24 * hour - body, round(top_minute * hour / 60)))
    return GridGeometry(
        width=max(1, width), height=height, axis_width=metrics.horizontalAdvance("00:00") + 14,
        header_height=header, lane_row=lane_row, strip_top=date_row + lane_row,
        strip_height=strip_height, hour_height=hour, scroll=scroll, days=max(1, days),
        lanes=lanes)
