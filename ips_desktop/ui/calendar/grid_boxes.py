"""One event's box: the rounded shape in its kind's colours, its words, its marks.

The words are fitted to the box: a tall box wraps the title and shows time and
place under it; a box of one line (a quarter-hour call) shows the start and the
title side by side; a held meeting gets a check mark and a series a circular
arrow, drawn as paths so no font has to have the glyphs.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap

from ips_desktop.ui.calendar.describe import clock, time_span
from ips_desktop.ui.calendar.kinds import blend, kind_style, readable_on

if TYPE_CHECKING:
    from ips_desktop.services.calendar import Occurrence

ACCENT = QColor("#1a73e8")
_RADIUS = 4.0
# (id of the occurrence, width, height, selected, holds its start, dark, pixel ratio)
BoxCache = dict[tuple[int, int, int, bool, bool, bool, float], QPixmap]


class Metrics:
    """The two fonts an event box uses and their line heights, made once per paint."""

    def __init__(self, font: QFont) -> None:
        self.normal = QFont(font)
        self.bold = QFont(font)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.normal_fm = QFontMetrics(self.normal)
        self.bold_fm = QFontMetrics(self.bold)
        self.line = max(self.normal_fm.height(), self.bold_fm.height())


def box_pixmap(cache: BoxCache, painter: QPainter, rect: QRectF, occurrence: Occurrence,
               metrics: Metrics, dark: bool, selected: bool, first: bool,
               who: str = "") -> QPixmap:
    """The box drawn once into a pixmap, and taken from `cache` after that."""
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    key = (id(occurrence), round(rect.width()), round(rect.height()), selected, first,
           dark, ratio)
    pixmap = cache.get(key)
    if pixmap is None:
        if len(cache) > 500:  # a long session of resizes: start again
            cache.clear()
        pixmap = QPixmap(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        box = QPainter(pixmap)
        box.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_box(box, QRectF(0, 0, rect.width(), rect.height()), occurrence, metrics, dark,
                  selected=selected, first=first, who=who)
        box.end()
        cache[key] = pixmap
    return pixmap


def paint_box(painter: QPainter, rect: QRectF, occurrence: Occurrence, metrics: Metrics,
              dark: bool, *, selected: bool, first: bool,
              shown_time: tuple[datetime, datetime] | None = None, who: str = "") -> None:
    """`who`: the consultant's initials, shown when one column holds several consultants."""
    style = kind_style(occurrence.kind, dark=dark)
    fill = style.selected_fill if selected else style.fill
    text = style.selected_text if selected else style.text
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.stripe)
    painter.drawRoundedRect(rect, _RADIUS, _RADIUS)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(3.5, 0, 0, 0), _RADIUS - 1, _RADIUS - 1)
    if selected:
        painter.setPen(QPen(blend(style.stripe, QColor("#000000"), 0.35), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), _RADIUS, _RADIUS)
    _paint_words(painter, rect, occurrence, metrics, text, first=first, shown_time=shown_time,
                 who=who)


def _paint_words(painter: QPainter, rect: QRectF, occurrence: Occurrence, metrics: Metrics,
                 colour: QColor, *, first: bool,
                 shown_time: tuple[datetime, datetime] | None, who: str) -> None:
    inner = rect.adjusted(7, 1, -3, -1)
    if inner.width() < 12 or inner.height() < 6:
        return
    icons = int(occurrence.held) + int(occurrence.series_id is not None)
    icon_size = min(11.0, metrics.line - 5.0)
    icon_room = icons * (icon_size + 3)
    start, end = shown_time or (occurrence.starts_at, occurrence.ends_at)
    span = time_span(start, end)
    if metrics.normal_fm.horizontalAdvance(span) > inner.width():
        span = clock(start)
    title = occurrence.title or ""
    place = occurrence.location
    lines = max(1, int(inner.height() // metrics.line))
    painter.setPen(colour)
    x, y, width = inner.left(), inner.top(), inner.width()
    if lines == 1:
        clock_text = (span if shown_time else clock(start)) + " "
        fm = metrics.bold_fm if shown_time else metrics.normal_fm
        used = fm.horizontalAdvance(clock_text)
        if not shown_time and width - used - icon_room < metrics.bold_fm.horizontalAdvance("Mmmmm"):
            used = 0  # narrow: the title says more than "11:00 …" (the hour is beside it)
        else:
            painter.setFont(metrics.bold if shown_time else metrics.normal)
            painter.drawText(QRectF(x, y, width, metrics.line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             clock_text)
        painter.setFont(metrics.bold)
        room = int(width - used - icon_room)
        if room > 8:
            painter.drawText(QRectF(x + used, y, room, metrics.line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.bold_fm.elidedText(title, Qt.TextElideMode.ElideRight, room))
        _paint_icons(painter, occurrence, QPointF(x + width - icon_room, y), icon_size, colour,
                     metrics.line)
        return
    detail_lines = 1 + (1 if place and lines >= 3 else 0)
    title_lines = max(1, lines - detail_lines)
    if shown_time:  # dragging: the new time first, in bold, where the eye is
        painter.setFont(metrics.bold)
        painter.drawText(QRectF(x, y, width - icon_room, metrics.line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), span)
        _paint_icons(painter, occurrence, QPointF(x + width - icon_room, y), icon_size, colour,
                     metrics.line)
        painter.setFont(metrics.normal)
        painter.drawText(QRectF(x, y + metrics.line, width, metrics.line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         metrics.normal_fm.elidedText(title, Qt.TextElideMode.ElideRight,
                                                      int(width)))
        return
    painter.setFont(metrics.bold)
    wrapped = _wrap(metrics.bold_fm, title,
                    int(width), int(width - icon_room), title_lines)
    for n, line in enumerate(wrapped):
        painter.drawText(QRectF(x, y + n * metrics.line, width, metrics.line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
    _paint_icons(painter, occurrence, QPointF(x + width - icon_room, y), icon_size, colour,
                 metrics.line)
    y += max(1, len(wrapped)) * metrics.line
    painter.setFont(metrics.normal)
    timed = f"{span} · {who}" if who else span
    if who and metrics.normal_fm.horizontalAdvance(timed) > width:
        timed = f"{clock(start)} · {who}"  # whose it is matters more than when it ends
    detail = timed if detail_lines == 2 or not place else f"{timed} · {place}"
    painter.drawText(QRectF(x, y, width, metrics.line),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     metrics.normal_fm.elidedText(detail, Qt.TextElideMode.ElideRight, int(width)))
    if detail_lines == 2 and y + 2 * metrics.line <= inner.bottom() + 2:
        painter.drawText(QRectF(x, y + metrics.line, width, metrics.line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         metrics.normal_fm.elidedText(place, Qt.TextElideMode.ElideRight,
                                                      int(width)))


def _wrap(fm: QFontMetrics, text: str, width: int, first_width: int, lines: int) -> list[str]:
    """Greedy word wrap into at most `lines` lines; the last one elided. The first is narrower.

    A word wider than a line would be cut into "M…" / "i" / "psy…": then one elided line.
    """
    words = text.split()
    if lines <= 1 or any(fm.horizontalAdvance(word) > width for word in words):
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, first_width)]
    out: list[str] = []
    current = ""
    for index, word in enumerate(words):
        room = first_width if not out else width
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= room or not current:
            current = candidate
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            current = " ".join(words[index:])
            break
    if current or not out:
        room = first_width if not out else width
        out.append(fm.elidedText(current, Qt.TextElideMode.ElideRight, room))
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, first_width if n == 0 else width)
            for n, line in enumerate(out[:lines])]


def _paint_icons(painter: QPainter, occurrence: Occurrence, at: QPointF, size: float,
                 colour: QColor, line: int) -> None:
    """A check mark for a held meeting, a circular arrow for a series: drawn, not font glyphs."""
    painter.save()
    try:
        _draw_icons(painter, occurrence, at, size, colour, line)
    finally:
        painter.restore()


def _draw_icons(painter: QPainter, occurrence: Occurrence, at: QPointF, size: float,
                colour: QColor, line: int) -> None:
    x = at.x()
    y = at.y() + (line - size) / 2
    pen = QPen(colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    if occurrence.held:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(QPointF(x + size * 0.1, y + size * 0.55))
        path.lineTo(x + size * 0.4, y + size * 0.85)
        path.lineTo(x + size * 0.95, y + size * 0.15)
        painter.drawPath(path)
        x += size + 3
    if occurrence.series_id is not None:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(x + 1, y + 1, size - 2, size - 2)
        painter.drawArc(box, 60 * 16, 280 * 16)
        tip = QPointF(box.center().x() + box.width() / 2 * 0.5, box.top() + box.height() * 0.07)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        arrow = QPainterPath(tip + QPointF(2.8, -1.8))
        arrow.lineTo(tip + QPointF(2.4, 2.9))
        arrow.lineTo(tip + QPointF(-1.6, 0.6))
        arrow.closeSubpath()
        painter.drawPath(arrow)



def paint_new(painter: QPainter, rect: QRectF, metrics: Metrics, start: datetime,
               end: datetime) -> None:
    fill = QColor(ACCENT)
    fill.setAlpha(200)
    painter.setPen(QPen(blend(ACCENT, QColor("#000000"), 0.3), 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, _RADIUS, _RADIUS)
    painter.setPen(readable_on(ACCENT))
    painter.setFont(metrics.bold)
    painter.drawText(rect.adjusted(6, 1, -3, 0),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                     time_span(start, end))
