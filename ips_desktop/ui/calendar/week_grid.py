"""The week grid: days side by side, the hours down, events as boxes — painted, not widgets.

One widget paints the header (weekday and date, a holiday's name, the all-day
strip, lane titles), the hour axis and the body, and scrolls the body itself with
its own scroll bar, so every mouse and key event of the calendar arrives here and
tests press exactly where the user would. It never calls a service: the calendar
area gives it `Occurrence` rows and the days, hours, lanes, holidays and the time,
and answers its signals (create, open, move, delete). After a move it shows only
what the area sets next, so a move the service refuses springs back by itself.

Layout is worked out once per `set_occurrences` (grid_layout.place_occurrences);
painting (grid_painter) touches only what the paint event's rectangle shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QScrollBar, QSizePolicy, QToolTip, QWidget

from ips_desktop.ui.calendar import grid_painter
from ips_desktop.ui.calendar.describe import describe_occurrence
from ips_desktop.ui.calendar.grid_boxes import BoxCache
from ips_desktop.ui.calendar.grid_drag import Drag, floor_to
from ips_desktop.ui.calendar.grid_layout import (
    DAY_MINUTES,
    SNAP_MINUTES,
    GridGeometry,
    Lane,
    Piece,
    Placed,
    fit_geometry,
    lane_index,
    neighbour,
    place_occurrences,
)

if TYPE_CHECKING:
    from ips_desktop.services.calendar import Occurrence

__all__ = ["Lane", "WeekGrid"]

_EDGE = 5  # pixels at an event's bottom that resize it instead of moving it


class WeekGrid(QWidget):
    create_requested = Signal(object, object, object)  # start: datetime, end: datetime, lane key
    open_requested = Signal(object)                     # Occurrence
    move_requested = Signal(object, object, object)     # Occurrence, new start, new end
    delete_requested = Signal(object)                   # Occurrence
    selection_changed = Signal(object)                  # Occurrence | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._days: list[date] = []
        self._lanes: list[Lane] = [Lane(None, "")]
        self._work = (time(8, 0), time(16, 0))
        self._items: list[Occurrence] = []
        self._holidays: dict[date, str] = {}
        self._now = datetime.now().replace(second=0, microsecond=0)
        self._placed = Placed()
        self._selected: Occurrence | None = None
        self._moved_to: tuple[Occurrence, datetime] | None = None
        self._drag: Drag | None = None
        self._last_mouse = QPoint()
        self._geometry: GridGeometry | None = None
        self._boxes: BoxCache = {}
        self._top_minute = 7 * 60 + 45.0
        self._scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._scrollbar.valueChanged.connect(self._scrolled)
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(40)
        self._autoscroll.timeout.connect(self._autoscroll_step)
        self.set_days([date.today() + timedelta(days=n - date.today().weekday())
                       for n in range(5)])
        self._retranslate()

    # --- what the area sets -------------------------------------------------------------

    def set_days(self, days: Sequence[date]) -> None:
        self._days = list(days)
        self._relayout()

    def set_hours(self, start: time, end: time) -> None:
        """Working hours: drawn lighter than the rest of the day and scrolled to."""
        if end <= start:
            start, end = time(8, 0), time(16, 0)
        if (start, end) == self._work:
            return  # the same hours again (a refresh): keep where the user scrolled
        self._work = (start, end)
        self._top_minute = max(0.0, start.hour * 60 + start.minute - SNAP_MINUTES)
        self._geometry = None
        self._apply_geometry()
        self.update()

    def set_lanes(self, lanes: Sequence[Lane]) -> None:
        self._lanes = list(lanes) or [Lane(None, "")]
        self._relayout()

    def set_occurrences(self, items: Sequence[Occurrence]) -> None:
        self._items = list(items)
        self._relayout()

    def set_holidays(self, names: Mapping[date, str]) -> None:
        self._holidays = dict(names)
        self._geometry = None
        self._apply_geometry()
        self.update()

    def set_now(self, now: datetime) -> None:
        now = now.replace(second=0, microsecond=0)
        if now != self._now:
            self._now = now
            self.update()

    # --- what the area and tests read ---------------------------------------------------

    def selected(self) -> Occurrence | None:
        return self._selected

    def event_rect(self, occurrence_ref: object) -> QRect | None:
        """Where the occurrence (or OccurrenceRef) is drawn; scrolls it into view if hidden.

        None when it is not in the shown days and lanes. The all-day strip's boxes count.
        """
        occurrence = self._find(occurrence_ref)
        if occurrence is None:
            return None
        piece = self._placed.first_piece(occurrence)
        if piece is not None:
            self._ensure_visible(piece.start, piece.end)
            return self._geo().piece_rect(piece).toAlignedRect()
        for column, occurrences in self._placed.all_day.items():
            if occurrence in occurrences:
                return grid_painter.all_day_rect(self, column, occurrences.index(occurrence))
        return None

    def slot_point(self, when: datetime, lane_key: uuid.UUID | None = None) -> QPoint:
        """A point in the middle of the 15-minute slot that starts at `when` (scrolled into view).

        Dragging over empty slots from slot_point(a) to slot_point(b) asks to create
        [a, b + 15 min); pressing on slot_point(occurrence.starts_at) and releasing on
        slot_point(new_start) moves it to new_start; a bottom edge released on
        slot_point(t) ends the event at t + 15 min. `lane_key` None: the first lane.
        ValueError for a day or lane not shown.
        """
        if when.date() not in self._days:
            raise ValueError("that day is not shown")
        lane = lane_index(self._lanes, lane_key)
        if lane is None and lane_key is None:
            lane = 0  # no lane named: the first
        if lane is None:
            raise ValueError("no such lane")
        minute = when.hour * 60 + when.minute
        self._ensure_visible(minute, minute + SNAP_MINUTES)
        column = self._days.index(when.date()) * len(self._lanes) + lane
        return self._geo().slot_point(column, minute)

    # --- state the painter reads --------------------------------------------------------

    @property
    def days(self) -> list[date]:
        return self._days

    @property
    def lanes(self) -> list[Lane]:
        return self._lanes

    @property
    def work_hours(self) -> tuple[time, time]:
        return self._work

    @property
    def holidays(self) -> dict[date, str]:
        return self._holidays

    @property
    def now(self) -> datetime:
        return self._now

    @property
    def placed(self) -> Placed:
        return self._placed

    @property
    def drag_preview(self) -> tuple[Occurrence | None, datetime, datetime, int] | None:
        """(the occurrence or None for a new one, start, end, its column) while dragging."""
        drag = self._drag
        if drag is None or not drag.started or drag.start is None or drag.end is None:
            return None
        return drag.occurrence, drag.start, drag.end, drag.column

    def _geo(self) -> GridGeometry:
        if self._geometry is None:
            self._apply_geometry()
        assert self._geometry is not None
        return self._geometry

    # --- layout -------------------------------------------------------------------------

    def _relayout(self) -> None:
        self._boxes.clear()
        self._placed = place_occurrences(self._items, self._days, self._lanes)
        self._reselect()
        self._geometry = None
        self._apply_geometry()
        self.update()

    def _reselect(self) -> None:
        """Keep the selection on the same occurrence, or on where the last move put it."""
        previous, moved, self._moved_to = self._selected, self._moved_to, None
        found = self._find(previous.ref) if previous is not None else None
        if moved is not None:
            old, start = moved
            ids = {old.ref.event_id, old.series_id} - {None}
            found = next((o for o in self._placed.order if o.starts_at == start
                          and (o.ref.event_id in ids or o.series_id in ids)), found)
        if found is not previous:
            self._set_selected(found, scroll=False)

    def _apply_geometry(self) -> None:
        """Fit the hours to the height (working hours fill the view) and keep the top hour."""
        old = self._geometry
        if old is not None:
            self._top_minute = old.minute_at(old.header_height)
        lanes = len(self._lanes)
        strip_rows = max([1, *(len(v) + (self._days[c // lanes] in self._holidays)
                               for c, v in self._placed.all_day.items())])
        bar = self._scrollbar.sizeHint().width()
        geometry = fit_geometry(QFontMetrics(self.font()), self.width() - bar, self.height(),
                                days=len(self._days), lanes=lanes, strip_rows=strip_rows,
                                work=self._work, top_minute=self._top_minute)
        self._geometry = geometry
        body = geometry.body
        self._scrollbar.blockSignals(True)
        self._scrollbar.setRange(0, max(0, geometry.content_height - body.height()))
        self._scrollbar.setPageStep(body.height())
        self._scrollbar.setSingleStep(max(1, geometry.slot_height))
        self._scrollbar.setValue(geometry.scroll)
        self._scrollbar.blockSignals(False)
        self._scrollbar.setGeometry(geometry.width, body.top(), bar, body.height())

    def _scrolled(self, value: int) -> None:
        geometry = self._geo()
        self._geometry = replace(geometry, scroll=value)
        self._top_minute = value * 60 / geometry.hour_height
        self.update()

    def _ensure_visible(self, start: int, end: int) -> None:
        geometry = self._geo()
        body = geometry.body
        top, bottom = geometry.y_of(start), geometry.y_of(end)
        if top < body.top():
            self._scrollbar.setValue(self._scrollbar.value() - (body.top() - top) - 4)
        elif bottom > body.bottom():
            wanted = self._scrollbar.value() + bottom - body.bottom() + 4
            self._scrollbar.setValue(min(wanted, self._scrollbar.value() + top - body.top() - 4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_geometry()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 240)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            grid_painter.paint(self, painter, self._geo(), event.rect(), self._boxes)
        finally:
            painter.end()

    # --- finding things -----------------------------------------------------------------

    def _find(self, wanted: object) -> Occurrence | None:
        ref = getattr(wanted, "ref", wanted)
        return next((o for o in self._placed.order if o.ref == ref), None)

    def _piece_at(self, pos: QPoint) -> Piece | None:
        geometry = self._geo()
        if pos.y() < geometry.header_height or pos.x() >= geometry.width:
            return None
        for piece in reversed(self._placed.pieces):
            if geometry.piece_rect(piece).contains(pos.toPointF()):
                return piece
        return None

    def _all_day_at(self, pos: QPoint) -> Occurrence | None:
        for column, occurrences in self._placed.all_day.items():
            for n, occurrence in enumerate(occurrences):
                if grid_painter.all_day_rect(self, column, n).contains(pos):
                    return occurrence
        return None

    def _time_at(self, pos: QPoint, column: int | None = None) -> datetime:
        """The moment under `pos` in `column`'s day (its own column when None), clamped to it."""
        geometry = self._geo()
        day = (geometry.column_at(pos.x()) if column is None else column) // len(self._lanes)
        minute = max(0.0, min(float(DAY_MINUTES), geometry.minute_at(pos.y())))
        day = min(day, len(self._days) - 1)
        return datetime.combine(self._days[day], time(0)) + timedelta(minutes=minute)

    # --- selection ----------------------------------------------------------------------

    def _set_selected(self, occurrence: Occurrence | None, *, scroll: bool = True) -> None:
        if occurrence is self._selected:
            return
        self._selected = occurrence
        if occurrence is not None and scroll:
            piece = self._placed.first_piece(occurrence)
            if piece is not None:
                self._ensure_visible(piece.start, piece.end)
        self.setAccessibleDescription(
            describe_occurrence(occurrence, one_line=True) if occurrence else "")
        self.selection_changed.emit(occurrence)
        self.update()

    # --- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._days:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        geometry = self._geo()
        piece = self._piece_at(pos)
        if piece is not None:
            self._set_selected(piece.occurrence)
            rect = geometry.piece_rect(piece)
            mode: Literal["move", "resize"] = (
                "resize" if piece.last and pos.y() >= rect.bottom() - _EDGE else "move")
            self._drag = Drag(mode, pos, piece.column, self._time_at(pos),
                               occurrence=piece.occurrence)
            return
        all_day = self._all_day_at(pos)
        self._set_selected(all_day)
        if all_day is None and pos.y() >= geometry.header_height \
                and geometry.axis_width <= pos.x() < geometry.width:
            column = geometry.column_at(pos.x())
            self._drag = Drag("create", pos, column, self._time_at(pos, column))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._last_mouse = pos
        drag = self._drag
        if drag is None:
            self._hover_cursor(pos)
            return
        if not drag.started:
            if (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
        self._drag_to(pos)
        body = self._geo().body
        if pos.y() < body.top() or pos.y() > body.bottom():
            self._autoscroll.start()
        else:
            self._autoscroll.stop()

    def _drag_to(self, pos: QPoint) -> None:
        drag = self._drag
        assert drag is not None
        if drag.mode == "move":  # to another day, in the same lane
            lanes = len(self._lanes)
            drag.column = self._geo().column_at(pos.x()) // lanes * lanes + drag.column % lanes
            drag.follow(self._time_at(pos))
        else:
            drag.follow(self._time_at(pos, drag.column))
        self.update()

    def _autoscroll_step(self) -> None:
        drag, body = self._drag, self._geo().body
        if drag is None or not drag.started:
            self._autoscroll.stop()
            return
        step = self._geo().slot_height
        if self._last_mouse.y() < body.top():
            self._scrollbar.setValue(self._scrollbar.value() - step)
        elif self._last_mouse.y() > body.bottom():
            self._scrollbar.setValue(self._scrollbar.value() + step)
        else:
            self._autoscroll.stop()
            return
        self._drag_to(self._last_mouse)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self._autoscroll.stop()
        if event.button() != Qt.MouseButton.LeftButton or drag is None or not drag.started:
            self.update()
            super().mouseReleaseEvent(event)
            return
        self._drag_to_release(drag, event.position().toPoint())

    def _drag_to_release(self, drag: Drag, pos: QPoint) -> None:
        self._drag = drag
        self._drag_to(pos)
        self._drag = None
        self.update()
        start, end, occurrence = drag.start, drag.end, drag.occurrence
        if start is None or end is None or not drag.changed():
            return
        if occurrence is None:
            self.create_requested.emit(start, end, self._lanes[drag.column % len(self._lanes)].key)
        else:
            self._moved_to = (occurrence, start)
            self.move_requested.emit(occurrence, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._days:
            return
        pos = event.position().toPoint()
        self._drag = None
        piece = self._piece_at(pos)
        occurrence = piece.occurrence if piece is not None else self._all_day_at(pos)
        if occurrence is not None:
            self._set_selected(occurrence)
            self.open_requested.emit(occurrence)
            return
        geometry = self._geo()
        if pos.y() >= geometry.header_height and geometry.axis_width <= pos.x() < geometry.width:
            column = geometry.column_at(pos.x())
            start = floor_to(self._time_at(pos, column), timedelta(minutes=30))
            self.create_requested.emit(start, start + timedelta(hours=1),
                                       self._lanes[column % len(self._lanes)].key)

    def _hover_cursor(self, pos: QPoint) -> None:
        piece = self._piece_at(pos)
        if piece is not None and piece.last and \
                pos.y() >= self._geo().piece_rect(piece).bottom() - _EDGE:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        elif piece is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.angleDelta().y():
            self._scrollbar.event(event)
        else:
            super().wheelEvent(event)

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self._autoscroll.stop()
            self.update()
            return
        selected = self._selected
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selected is not None:
            self.open_requested.emit(selected)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected is not None:
            self.delete_requested.emit(selected)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down",
                         Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right"}[Qt.Key(key)]
            target = neighbour(self._placed, selected, direction)
            if target is not None:
                self._set_selected(target)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the events in time order; past the last one it leaves the grid."""
        order = self._placed.order
        if self.hasFocus() and order:
            index = order.index(self._selected) if self._selected in order else None
            if index is None:
                target = 0 if next else len(order) - 1
            else:
                target = index + (1 if next else -1)
            if 0 <= target < len(order):
                self._set_selected(order[target])
                return True
        return super().focusNextPrevChild(next)

    # --- tooltips, language -------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = event.pos()
            piece = self._piece_at(pos)
            occurrence = piece.occurrence if piece is not None else self._all_day_at(pos)
            if occurrence is not None:
                QToolTip.showText(event.globalPos(), describe_occurrence(occurrence), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange):
            self._boxes.clear()
            self._geometry = None
        return super().event(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Calendar week"))
        if self._selected is not None:
            self.setAccessibleDescription(describe_occurrence(self._selected, one_line=True))
        self.update()

