"""Painting the week grid: the body (hours, shading, events, the now line), the axis, the header.

Only what the paint event's rectangle touches is drawn, and nothing here asks a
service or lays out: positions come from grid_layout, colours from kinds.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
)

from ips_desktop.ui.calendar import grid_boxes
from ips_desktop.ui.calendar.grid_layout import DAY_MINUTES, GridGeometry
from ips_desktop.ui.calendar.kinds import KindStyle, blend, is_dark, kind_style, readable_on
from ips_desktop.ui.i18n import week_label

if TYPE_CHECKING:
    from ips_desktop.services.calendar import Occurrence
    from ips_desktop.ui.calendar.week_grid import WeekGrid

ACCENT = grid_boxes.ACCENT
NOW = QColor("#d93025")
HOLIDAY = QColor("#c5221f")
_RADIUS = 4.0


class _Colours:
    """The grid's colours, made from the widget's palette so a dark theme stays readable."""

    def __init__(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.dark = is_dark(palette)
        self.base = base
        self.text = text
        self.muted = blend(text, base, 0.45)
        self.header = blend(base, palette.color(QPalette.ColorRole.Window), 0.5)
        self.off_hours = blend(base, text, 0.045)
        self.weekend = blend(base, text, 0.07)
        self.holiday = blend(base, HOLIDAY, 0.07)
        self.holiday_text = blend(HOLIDAY, QColor("#ffffff"), 0.35) if self.dark else HOLIDAY
        self.today = blend(base, ACCENT, 0.045)
        self.hour_line = blend(base, text, 0.16)
        self.half_line = blend(base, text, 0.07)
        self.day_line = blend(base, text, 0.28)
        self.lane_line = blend(base, text, 0.11)


def paint(grid: WeekGrid, painter: QPainter, geo: GridGeometry, dirty: QRect,
          cache: grid_boxes.BoxCache | None = None) -> None:
    """Paint what `dirty` covers; `cache` keeps each drawn box as a pixmap for the next paint.

    A box's words (wrapped, elided, icons) cost most of a paint; scrolling, the
    selection and the now line repaint often with the boxes unchanged. The owner
    empties the cache when the occurrences, the font or the palette change.
    """
    colours = _Colours(grid.palette())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(dirty, colours.base)
    body = geo.body
    if dirty.intersects(body):
        painter.save()
        painter.setClipRect(body.intersected(dirty))
        _paint_body(grid, painter, geo, colours, dirty, cache)
        painter.restore()
    header = QRect(0, 0, geo.width, geo.header_height)
    if dirty.intersects(header):
        painter.save()
        painter.setClipRect(header.intersected(dirty))
        _paint_header(grid, painter, geo, colours)
        painter.restore()
    if grid.hasFocus():  # keyboard users see where their keys go, selection or not
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(ACCENT, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRect(1, 1, geo.width - 2, grid.height() - 2))
        painter.restore()
    corner = QRect(geo.width, 0, grid.width() - geo.width, geo.header_height)
    if dirty.intersects(corner):
        painter.fillRect(corner, colours.header)


# --- body ------------------------------------------------------------------------------

def _paint_body(grid: WeekGrid, painter: QPainter, geo: GridGeometry, colours: _Colours,
                dirty: QRect, cache: grid_boxes.BoxCache | None) -> None:
    body = geo.body
    work_start, work_end = grid.work_hours
    work_top = geo.y_of(work_start.hour * 60 + work_start.minute)
    work_bottom = geo.y_of(work_end.hour * 60 + work_end.minute)
    today = grid.now.date()
    for day_index, day in enumerate(grid.days):
        left, width = geo.day_span_x(day_index)
        if left > dirty.right() or left + width < dirty.left():
            continue
        off = colours.weekend if day.isoweekday() >= 6 else colours.off_hours
        painter.fillRect(QRect(left, body.top(), width, body.height()), off)
        if day.isoweekday() < 6:
            painter.fillRect(QRect(left, work_top, width, work_bottom - work_top), colours.base)
        if day in grid.holidays:
            painter.fillRect(QRect(left, body.top(), width, body.height()), colours.holiday)
        elif day == today:
            painter.fillRect(QRect(left, body.top(), width, body.height()), colours.today)
    _paint_lines(grid, painter, geo, colours, dirty)
    _paint_axis(grid, painter, geo, colours, dirty)
    preview = grid.drag_preview
    moving = preview[0] if preview is not None else None
    selected = grid.selected()
    metrics = grid_boxes.Metrics(grid.font())
    several = grid.placed.several_consultants
    for piece in grid.placed.pieces:
        rect = geo.piece_rect(piece)
        if not rect.intersects(QRectF(dirty)):
            continue
        if piece.occurrence is moving:
            painter.setOpacity(0.35)
        chosen = piece.occurrence is selected and moving is None
        who = piece.occurrence.consultant_initials if several else ""
        if cache is None:
            grid_boxes.paint_box(painter, rect, piece.occurrence, metrics, colours.dark,
                                 selected=chosen, first=piece.first, who=who)
        else:
            painter.drawPixmap(rect.topLeft(), grid_boxes.box_pixmap(
                cache, painter, rect, piece.occurrence, metrics, colours.dark, chosen,
                piece.first, who))
        painter.setOpacity(1.0)
    _paint_now(grid, painter, geo)
    if preview is not None:
        _paint_preview(grid, painter, geo, metrics, colours, preview)


def _paint_lines(grid: WeekGrid, painter: QPainter, geo: GridGeometry, colours: _Colours,
                 dirty: QRect) -> None:
    body = geo.body
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    first_hour = max(0, int(geo.minute_at(max(body.top(), dirty.top())) // 60))
    last_hour = min(24, int(geo.minute_at(min(body.bottom(), dirty.bottom())) // 60) + 1)
    for hour in range(first_hour, last_hour + 1):
        y = geo.y_of(hour * 60)
        painter.setPen(colours.hour_line)
        painter.drawLine(geo.axis_width - 5, y, geo.width, y)
        if hour < 24:
            half = geo.y_of(hour * 60 + 30)
            painter.setPen(colours.half_line)  # solid: a dotted pen costs a millisecond a paint
            painter.drawLine(geo.axis_width, half, geo.width, half)
    for column in range(geo.columns + 1):
        x = geo.column_left(column)
        painter.setPen(colours.day_line if column % geo.lanes == 0 else colours.lane_line)
        painter.drawLine(x, body.top(), x, body.bottom())
    painter.restore()


def _paint_axis(grid: WeekGrid, painter: QPainter, geo: GridGeometry, colours: _Colours,
                dirty: QRect) -> None:
    if dirty.left() > geo.axis_width:
        return
    body = geo.body
    painter.fillRect(QRect(0, body.top(), geo.axis_width, body.height()), colours.base)
    work_start, work_end = grid.work_hours
    metrics = QFontMetrics(grid.font())
    half = metrics.height() // 2
    for hour in range(1, 24):
        y = geo.y_of(hour * 60)
        if y < body.top() - half or y > body.bottom() + half:
            continue
        inside = work_start.hour <= hour <= work_end.hour
        painter.setPen(colours.text if inside else colours.muted)
        painter.drawText(QRect(0, y - half, geo.axis_width - 8, 2 * half),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         f"{hour:02d}:00")


def _paint_now(grid: WeekGrid, painter: QPainter, geo: GridGeometry) -> None:
    now = grid.now
    if now.date() not in grid.days:
        return
    day_index = grid.days.index(now.date())
    left, width = geo.day_span_x(day_index)
    y = geo.y_of(now.hour * 60 + now.minute)
    painter.setPen(QPen(NOW, 2))
    painter.drawLine(QPointF(left, y), QPointF(left + width, y))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(NOW)
    painter.drawEllipse(QPointF(left + 1, y), 4.5, 4.5)


def _paint_preview(grid: WeekGrid, painter: QPainter, geo: GridGeometry,
                   metrics: grid_boxes.Metrics, colours: _Colours,
                   preview: tuple[Occurrence | None, datetime, datetime, int]) -> None:
    occurrence, start, end, column = preview
    lane = column % geo.lanes
    day = start.date()
    while datetime.combine(day, time(0)) < end or day == start.date():
        if day in grid.days:
            midnight = datetime.combine(day, time(0))
            top = max(0, int((start - midnight).total_seconds() // 60))
            bottom = min(DAY_MINUTES, int((end - midnight).total_seconds() // 60))
            piece_column = grid.days.index(day) * geo.lanes + lane
            left, width = geo.column_rect_x(piece_column)
            rect = QRectF(left + 1, geo.y_of(top) + 1, width - 7,
                          max(metrics.line + 2, geo.y_of(bottom) - geo.y_of(top) - 2))
            if occurrence is not None:
                grid_boxes.paint_box(painter, rect, occurrence, metrics, colours.dark,
                                     selected=True, first=day == start.date(),
                                     shown_time=(start, end))
            else:
                grid_boxes.paint_new(painter, rect, metrics, start, end)
        day += timedelta(days=1)
        if day > end.date():
            break


# --- header ----------------------------------------------------------------------------

def all_day_rect(grid: WeekGrid, column: int, row: int) -> QRect:
    """The box of the row-th all-day event in `column` (a holiday's name takes the first row)."""
    geo = grid._geo()
    line = QFontMetrics(grid.font()).height()
    day = grid.days[column // geo.lanes]
    if day in grid.holidays:
        row += 1
    left, width = geo.column_rect_x(column)
    return QRect(left + 2, geo.strip_top + 3 + row * (line + 4), width - 4, line + 2)


def _paint_header(grid: WeekGrid, painter: QPainter, geo: GridGeometry,
                  colours: _Colours) -> None:
    painter.fillRect(QRect(0, 0, geo.width, geo.header_height), colours.header)
    normal = QFont(grid.font())
    small = QFont(grid.font())
    small.setPointSizeF(max(6.0, normal.pointSizeF() - 1))
    bold = QFont(grid.font())
    bold.setPointSizeF(normal.pointSizeF() + 2)
    bold.setWeight(QFont.Weight.DemiBold)
    fm_normal, fm_small, fm_bold = QFontMetrics(normal), QFontMetrics(small), QFontMetrics(bold)
    line = fm_normal.height()
    today = grid.now.date()
    if grid.days:
        painter.setFont(small)
        painter.setPen(colours.muted)
        painter.drawText(QRect(2, 0, geo.axis_width - 4, geo.strip_top),
                         int(Qt.AlignmentFlag.AlignCenter),
                         week_label(grid.days[0].isocalendar()[1]))
    date_row = geo.strip_top - geo.lane_row
    for day_index, day in enumerate(grid.days):
        left, width = geo.day_span_x(day_index)
        holiday = grid.holidays.get(day)
        weekday_long = _day_name(day, long=True)
        weekday = weekday_long if fm_small.horizontalAdvance(weekday_long) <= width - 8 \
            else _day_name(day, long=False)
        painter.setFont(small)
        painter.setPen(colours.holiday_text if holiday else
                       (ACCENT if day == today else colours.muted))
        painter.drawText(QRect(left, 3, width, line), int(Qt.AlignmentFlag.AlignCenter), weekday)
        label = f"{day.day}.{day.month}."
        painter.setFont(bold)
        text_width = fm_bold.horizontalAdvance(label)
        date_box = QRectF(left + (width - text_width) / 2 - 6, 3 + line, text_width + 12,
                          fm_bold.height() + 2)
        if day == today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ACCENT)
            painter.drawRoundedRect(date_box, date_box.height() / 2, date_box.height() / 2)
            painter.setPen(readable_on(ACCENT))
        else:
            painter.setPen(colours.holiday_text if holiday else colours.text)
        painter.drawText(date_box, int(Qt.AlignmentFlag.AlignCenter), label)
        if geo.lanes > 1:
            painter.setFont(small)
            painter.setPen(colours.muted)
            for lane_number, lane in enumerate(grid.lanes):
                lane_left, lane_width = geo.column_rect_x(day_index * geo.lanes + lane_number)
                shown = lane.name if lane.name and \
                    fm_small.horizontalAdvance(lane.name) <= lane_width - 4 else lane.title
                painter.drawText(QRect(lane_left + 2, date_row, lane_width - 4, geo.lane_row),
                                 int(Qt.AlignmentFlag.AlignCenter),
                                 fm_small.elidedText(shown, Qt.TextElideMode.ElideRight,
                                                     lane_width - 4))
        if holiday:
            chip = QRectF(left + 2, geo.strip_top + 3, width - 4, line + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(colours.base, HOLIDAY, 0.16))
            painter.drawRoundedRect(chip, _RADIUS, _RADIUS)
            painter.setPen(colours.holiday_text)
            painter.setFont(normal)
            painter.drawText(chip.adjusted(5, 0, -4, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm_normal.elidedText(holiday, Qt.TextElideMode.ElideRight,
                                                  int(chip.width() - 9)))
    _paint_all_day(grid, painter, geo, colours)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(colours.day_line)
    bottom = geo.header_height - 1
    painter.drawLine(0, bottom, geo.width, bottom)
    for day_index in range(len(grid.days) + 1):
        x = geo.column_left(day_index * geo.lanes)
        painter.drawLine(x, 0 if day_index else geo.strip_top, x, bottom)
    if geo.lanes > 1:
        painter.setPen(colours.lane_line)
        for column in range(geo.columns):
            if column % geo.lanes:
                x = geo.column_left(column)
                painter.drawLine(x, date_row, x, geo.strip_top)
    painter.restore()


def _paint_all_day(grid: WeekGrid, painter: QPainter, geo: GridGeometry,
                   colours: _Colours) -> None:
    metrics = grid_boxes.Metrics(grid.font())
    selected = grid.selected()
    for column, occurrences in grid.placed.all_day.items():
        for row, occurrence in enumerate(occurrences):
            rect = QRectF(all_day_rect(grid, column, row))
            style: KindStyle = kind_style(occurrence.kind, dark=colours.dark)
            chosen = occurrence is selected
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.selected_fill if chosen else style.fill)
            painter.drawRoundedRect(rect, _RADIUS, _RADIUS)
            painter.fillRect(QRectF(rect.left(), rect.top() + 2, 3, rect.height() - 4),
                             style.stripe)
            painter.setPen(style.selected_text if chosen else style.text)
            painter.setFont(metrics.bold)
            painter.drawText(rect.adjusted(7, 0, -3, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.bold_fm.elidedText(occurrence.title,
                                                        Qt.TextElideMode.ElideRight,
                                                        int(rect.width() - 10)))


def _day_name(day: date, *, long: bool) -> str:
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat if long
                             else QLocale.FormatType.ShortFormat)
    return name[:1].upper() + name[1:] if name else name

