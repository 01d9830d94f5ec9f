"""The week grid driven as a user drives it: mouse drags and keys, signals and what is painted."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QVBoxLayout, QWidget

from ips_desktop.domain.enums import EventKind
from ips_desktop.ui.calendar import grid_painter
from ips_desktop.ui.calendar.kinds import (
    KindLegend,
    contrast,
    kind_colour,
    kind_style,
)
from ips_desktop.ui.calendar.week_grid import Lane, WeekGrid
from ips_desktop.ui.texts import event_kind_text
from tests.ui.grid_support import LEFT, NO_MODIFIER, drag, occurrence

MONDAY = date(2026, 11, 30)  # week 49
WEEK = [MONDAY + timedelta(days=n) for n in range(5)]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(WEEK[day], time(hour, minute))


@pytest.fixture
def grid(qtbot) -> WeekGrid:
    made = WeekGrid()
    qtbot.addWidget(made)
    made.resize(1100, 620)
    made.set_days(WEEK)
    made.set_hours(time(8), time(16))
    made.set_now(at(1, 11, 40))
    made.show()
    qtbot.waitExposed(made)
    return made


class Recorder(QPainter):
    """A painter that also notes every text drawn and where: what the user would read."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, QRectF]] = []

    def drawText(self, *args):
        rect, text = args[0], args[-1]
        if isinstance(text, str):
            self.texts.append((text, QRectF(rect)))
        return super().drawText(*args)


def painted_texts(grid: WeekGrid) -> list[tuple[str, QRectF]]:
    image = QImage(grid.size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = Recorder(image)
    grid_painter.paint(grid, painter, grid._geo(), grid.rect())
    painter.end()
    return painter.texts


def pixel(grid: WeekGrid, point: QPoint) -> QColor:
    return grid.grab().toImage().pixelColor(point)


def day_columns(grid: WeekGrid, day: int) -> tuple[int, int]:
    left, width = grid._geo().day_span_x(day)
    return left, left + width


def test_an_event_is_drawn_in_its_day_at_its_hours(grid):
    meeting = occurrence(at(2, 10), at(2, 11), EventKind.PARTICIPANT_MEETING, "Møde med Sara")
    grid.set_occurrences([meeting])
    rect = grid.event_rect(meeting.ref)
    left, right = day_columns(grid, 2)
    assert left <= rect.left() and rect.right() <= right
    assert abs(rect.top() - grid.slot_point(at(2, 10)).y()) <= grid._geo().slot_height
    assert abs(rect.bottom() - grid.slot_point(at(2, 11)).y()) <= grid._geo().slot_height
    assert pixel(grid, rect.center()) == kind_style(EventKind.PARTICIPANT_MEETING).fill
    texts = [text for text, where in painted_texts(grid) if rect.contains(where.toRect().center())]
    assert "Møde med Sara" in texts and "10:00–11:00" in texts


def test_overlapping_events_sit_side_by_side(grid):
    first = occurrence(at(0, 9), at(0, 10, 30), title="Besøg")
    second = occurrence(at(0, 9, 30), at(0, 10), title="Opfølgning")
    later = occurrence(at(0, 13), at(0, 14), title="Frokost")
    grid.set_occurrences([first, second, later])
    a, b, c = (grid.event_rect(o) for o in (first, second, later))
    assert not a.intersects(b)
    assert a.right() < b.left()
    assert c.width() > a.width() * 1.8  # alone: the whole column


def test_a_short_event_is_still_readable(grid):
    call = occurrence(at(0, 13), at(0, 13, 15), title="Ring til lægen")
    grid.set_occurrences([call])
    rect = grid.event_rect(call)
    assert rect.height() >= grid.fontMetrics().height()
    texts = [text for text, where in painted_texts(grid) if rect.contains(where.toRect().center())]
    assert "13:00 " in texts and "Ring til lægen" in texts


def test_holidays_are_shaded_and_named_in_the_day_header(grid):
    grid.set_holidays({WEEK[3]: "Juleaftensdag"})
    texts = painted_texts(grid)
    name = next(where for text, where in texts if text == "Juleaftensdag")
    left, right = day_columns(grid, 3)
    assert left <= name.left() and name.right() <= right and name.bottom() < grid._geo().body.top()
    empty = grid.slot_point(at(3, 10))
    ordinary = grid.slot_point(at(0, 10))
    assert pixel(grid, empty) != pixel(grid, ordinary)
    assert any(text == "Torsdag" for text, _ in texts)  # the weekday in the UI language
    assert any(text == "3.12." for text, _ in texts)


def test_the_time_line_crosses_today_at_the_current_time(grid):
    now_at = grid.slot_point(at(1, 11, 40))
    y = grid._geo().y_of(11 * 60 + 40)
    assert pixel(grid, QPoint(now_at.x(), y)) == grid_painter.NOW
    other_day = grid.slot_point(at(2, 11, 40))
    assert pixel(grid, QPoint(other_day.x(), y)) != grid_painter.NOW


def test_working_hours_are_scrolled_to_and_the_evening_is_reachable(grid):
    body = grid._geo().body
    assert body.contains(grid.slot_point(at(0, 8)))
    assert body.contains(grid.slot_point(at(0, 15, 45)))
    before = grid._scrollbar.value()
    evening = grid.slot_point(at(0, 20))
    assert body.contains(evening) and grid._scrollbar.value() > before
    scrolled = grid._scrollbar.value()
    grid.set_hours(time(8), time(16))  # a refresh with the same hours: stays where it was
    assert grid._scrollbar.value() == scrolled
    grid.set_hours(time(6), time(14))
    top = grid._geo().y_of(6 * 60)
    assert body.top() <= top < body.top() + grid._geo().hour_height


def test_double_click_on_an_empty_slot_asks_for_a_new_event(grid, qtbot):
    with qtbot.waitSignal(grid.create_requested) as signal:
        QTest.mouseDClick(grid, LEFT, NO_MODIFIER, grid.slot_point(at(1, 10, 15)))
    assert signal.args == [at(1, 10), at(1, 11), None]


def test_dragging_over_empty_slots_asks_for_that_time_and_shows_it(grid, qtbot):
    seen: list[list] = []
    grid.create_requested.connect(lambda *args: seen.append(list(args)))
    drag(grid, grid.slot_point(at(2, 12, 30)), grid.slot_point(at(2, 13, 15)), release=False)
    assert grid.drag_preview[1:3] == (at(2, 12, 30), at(2, 13, 30))
    assert "12:30–13:30" in [text for text, _ in painted_texts(grid)]
    QTest.mouseRelease(grid, LEFT, NO_MODIFIER, grid.slot_point(at(2, 13, 15)))
    assert seen == [[at(2, 12, 30), at(2, 13, 30), None]]


def test_dragging_an_event_moves_it_and_shows_the_new_time_while_dragging(grid, qtbot):
    meeting = occurrence(at(0, 10), at(0, 11), EventKind.EMPLOYER_MEETING, "Netto")
    grid.set_occurrences([meeting])
    moved: list[tuple] = []
    grid.move_requested.connect(lambda *args: moved.append(args))
    target = grid.slot_point(at(2, 13, 30))
    drag(grid, grid.slot_point(at(0, 10)), target, release=False)
    assert "13:30–14:30" in [text for text, _ in painted_texts(grid)]
    assert pixel(grid, target) == kind_style(EventKind.EMPLOYER_MEETING).selected_fill
    assert moved == []
    before = grid.event_rect(meeting)
    QTest.mouseRelease(grid, LEFT, NO_MODIFIER, target)
    assert moved == [(meeting, at(2, 13, 30), at(2, 14, 30))]
    assert grid.event_rect(meeting) == before  # until the area sets what the service did


def test_dragging_past_the_bottom_scrolls_the_evening_into_view(grid, qtbot):
    late = occurrence(at(0, 15), at(0, 16))
    grid.set_occurrences([late])
    start = grid.slot_point(at(0, 15))
    before = grid._scrollbar.value()
    drag(grid, start, QPoint(start.x(), grid.height() + 20), release=False)
    qtbot.waitUntil(lambda: grid._scrollbar.value() > before + 2 * grid._geo().slot_height)
    assert grid.drag_preview[1] > at(0, 15, 30)
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    QTest.mouseRelease(grid, LEFT, NO_MODIFIER, start)


def test_dragging_the_bottom_edge_resizes_in_quarter_hours(grid, qtbot):
    meeting = occurrence(at(0, 10), at(0, 11))
    grid.set_occurrences([meeting])
    rect = grid.event_rect(meeting)
    with qtbot.waitSignal(grid.move_requested) as signal:
        drag(grid, QPoint(rect.center().x(), rect.bottom() - 1), grid.slot_point(at(0, 11, 45)))
    assert signal.args == [meeting, at(0, 10), at(0, 12)]


def test_escape_during_a_drag_cancels_it(grid, qtbot):
    meeting = occurrence(at(0, 10), at(0, 11))
    grid.set_occurrences([meeting])
    seen: list[tuple] = []
    grid.move_requested.connect(lambda *args: seen.append(args))
    grid.create_requested.connect(lambda *args: seen.append(args))
    drag(grid, grid.slot_point(at(0, 10)), grid.slot_point(at(1, 14)), release=False)
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.drag_preview is None
    QTest.mouseRelease(grid, LEFT, NO_MODIFIER, grid.slot_point(at(1, 14)))
    drag(grid, grid.slot_point(at(3, 9)), grid.slot_point(at(3, 10)), release=False)
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    QTest.mouseRelease(grid, LEFT, NO_MODIFIER, grid.slot_point(at(3, 10)))
    assert seen == []
    assert grid.event_rect(meeting).top() < grid.slot_point(at(0, 10, 15)).y()


def test_a_click_without_moving_only_selects(grid, qtbot):
    meeting = occurrence(at(0, 10), at(0, 11))
    grid.set_occurrences([meeting])
    seen: list[tuple] = []
    grid.move_requested.connect(lambda *args: seen.append(args))
    QTest.mouseClick(grid, LEFT, NO_MODIFIER, grid.slot_point(at(0, 10, 15)))
    assert grid.selected() is meeting and seen == []
    QTest.mouseClick(grid, LEFT, NO_MODIFIER, grid.slot_point(at(3, 10)))
    assert grid.selected() is None


def test_the_selection_follows_a_moved_occurrence_to_its_new_row(grid, qtbot):
    series = uuid.uuid4()
    weekly = occurrence(at(2, 12, 30), at(2, 13, 30), EventKind.PRESENCE_DAY, series=series,
                        event_id=series)
    grid.set_occurrences([weekly])

    def area_moves(old, start, end):  # the area asks the service, then shows the override row
        grid.set_occurrences([occurrence(start, end, EventKind.PRESENCE_DAY, series=series)])

    grid.move_requested.connect(area_moves)
    drag(grid, grid.slot_point(at(2, 12, 30)), grid.slot_point(at(2, 13)))
    assert grid.selected() is not None and grid.selected().starts_at == at(2, 13)
    assert grid.selected().ref != weekly.ref


def test_after_a_move_another_event_at_the_same_time_is_not_selected(grid, qtbot):
    single = occurrence(at(0, 10), at(0, 11), title="moved")
    other = occurrence(at(1, 14), at(1, 15), title="other")
    grid.set_occurrences([single, other])
    grid.move_requested.connect(lambda *args: grid.set_occurrences([other]))  # refused, say
    drag(grid, grid.slot_point(at(0, 10)), grid.slot_point(at(1, 14)))
    assert grid.selected() is None


def test_double_click_and_enter_open_delete_deletes(grid, qtbot):
    meeting = occurrence(at(0, 10), at(0, 11))
    grid.set_occurrences([meeting])
    with qtbot.waitSignal(grid.open_requested) as opened:
        QTest.mouseDClick(grid, LEFT, NO_MODIFIER, grid.slot_point(at(0, 10, 15)))
    assert opened.args == [meeting]
    with qtbot.waitSignal(grid.open_requested) as opened:
        QTest.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [meeting]
    with qtbot.waitSignal(grid.delete_requested) as deleted:
        QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert deleted.args == [meeting]


def test_tab_and_arrows_move_the_selection_between_events(grid, qtbot):
    mon_9 = occurrence(at(0, 9), at(0, 10), title="a")
    mon_14 = occurrence(at(0, 14), at(0, 15), title="b")
    tue_13 = occurrence(at(1, 13), at(1, 14), title="c")
    thu_9 = occurrence(at(3, 9), at(3, 10), title="d")
    grid.set_occurrences([thu_9, tue_13, mon_14, mon_9])
    grid.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.selected() is mon_9
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.selected() is mon_14
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected() is tue_13  # nearest in time on the next day with events
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected() is thu_9  # Wednesday is empty: skipped
    QTest.keyClick(grid, Qt.Key.Key_Left)
    QTest.keyClick(grid, Qt.Key.Key_Left)
    QTest.keyClick(grid, Qt.Key.Key_Up)
    assert grid.selected() is mon_9
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected() is mon_14
    QTest.keyClick(grid, Qt.Key.Key_Backtab)
    assert grid.selected() is mon_9


def test_tab_past_the_last_event_leaves_the_grid(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    grid, after = WeekGrid(), QLineEdit()
    layout.addWidget(grid)
    layout.addWidget(after)
    grid.set_days(WEEK)
    only = occurrence(at(0, 9), at(0, 10))
    grid.set_occurrences([only])
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.selected() is only and grid.hasFocus()
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)


def test_tooltip_and_accessible_description_say_kind_time_title_and_place(grid):
    weekly = occurrence(at(2, 12, 30), at(2, 13, 30), EventKind.PRESENCE_DAY, "Køge",
                        location="Psykiatrisk Center Køge", series=uuid.uuid4(), held=False)
    grid.set_occurrences([weekly])
    QTest.mouseClick(grid, LEFT, NO_MODIFIER, grid.slot_point(at(2, 12, 30)))
    described = grid.accessibleDescription()
    for part in (event_kind_text(EventKind.PRESENCE_DAY), "onsdag 2.12.2026 12:30–13:30", "Køge",
                 "Psykiatrisk Center Køge", "Gentages"):
        assert part in described
    assert grid.accessibleName()
    point = grid.slot_point(at(2, 12, 45))
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, point, grid.mapToGlobal(point)))
    assert QToolTip.text().splitlines()[:2] == [event_kind_text(EventKind.PRESENCE_DAY),
                                                "onsdag 2.12.2026 12:30–13:30"]


def test_lanes_put_each_consultant_beside_the_other(grid, qtbot):
    anne, carl = uuid.uuid4(), uuid.uuid4()
    grid.set_lanes([Lane(anne, "Anne Berg"), Lane(carl, "Carl Dahl")])
    hers = occurrence(at(2, 12, 30), at(2, 13, 30), EventKind.PRESENCE_DAY, consultant=anne)
    his = occurrence(at(2, 12, 30), at(2, 13, 30), EventKind.PRESENCE_DAY, consultant=carl)
    stranger = occurrence(at(2, 9), at(2, 10), consultant=uuid.uuid4())
    grid.set_occurrences([hers, his, stranger])
    left, right = day_columns(grid, 2)
    middle = (left + right) // 2
    assert grid.event_rect(hers).right() <= middle <= grid.event_rect(his).left()
    assert grid.event_rect(stranger) is None
    assert {"Anne Berg", "Carl Dahl"} <= {text for text, _ in painted_texts(grid)}
    grid.set_lanes([Lane(anne, "AB", "Anne Berg"), Lane(carl, "CD", "Carl Dahl")])
    assert {"Anne Berg", "Carl Dahl"} <= {text for text, _ in painted_texts(grid)}  # room: names
    grid.set_days(WEEK + [MONDAY + timedelta(days=n) for n in range(5, 7)])
    grid.resize(700, 620)
    assert {"AB", "CD"} <= {text for text, _ in painted_texts(grid)}  # narrow: initials
    grid.set_days(WEEK)
    grid.resize(1100, 620)
    with qtbot.waitSignal(grid.create_requested) as signal:
        QTest.mouseDClick(grid, LEFT, NO_MODIFIER, grid.slot_point(at(3, 10), carl))
    assert signal.args == [at(3, 10), at(3, 11), carl]


def test_an_event_over_midnight_is_drawn_on_both_days_and_a_whole_day_in_the_strip(grid):
    night = occurrence(at(0, 22), at(1, 2), title="Nat")
    whole = occurrence(at(3, 0), at(4, 0), title="Kursus hele dagen")
    grid.set_occurrences([night, whole])
    assert len([p for p in grid.placed.pieces if p.occurrence is night]) == 2
    strip = grid.event_rect(whole)
    assert strip.bottom() < grid._geo().body.top()
    left, right = day_columns(grid, 3)
    assert left <= strip.left() and strip.right() <= right


def test_every_kind_has_readable_text_and_the_legend_names_them(qtbot):
    for kind in EventKind:
        for dark in (False, True):
            style = kind_style(kind, dark=dark)
            assert contrast(style.text, style.fill) >= 4.5, kind
            assert contrast(style.selected_text, style.selected_fill) >= 4.5, kind
    colours = {kind_colour(kind).name() for kind in EventKind}
    assert len(colours) == len(EventKind)
    legend = KindLegend()
    qtbot.addWidget(legend)
    assert [legend.label(kind).text() for kind in EventKind] == [
        event_kind_text(kind) for kind in EventKind]
    assert legend.label(EventKind.PRESENCE_DAY).text() == "Mødedag i psykiatrien"


def test_a_week_of_sixty_events_is_drawn_once_and_repainted_from_the_cache(grid):
    """How fast is `make bench`'s question (bench/calendar.py); this checks that a repaint
    (scrolling, the selection, a drag) draws no box anew, which is what keeps it fast."""
    kinds = list(EventKind)
    items = [occurrence(at(n % 5, 8 + n % 8, 15 * (n % 4)), at(n % 5, 8 + n % 8, 15 * (n % 4))
                        + timedelta(minutes=(30, 45, 60, 90)[n % 4]), kinds[n % len(kinds)],
                        f"Møde nummer {n}", location="Psykiatrien Køge", held=n % 3 == 0,
                        series=uuid.uuid4() if n % 4 == 0 else None) for n in range(60)]
    image = QImage(grid.size(), QImage.Format.Format_ARGB32_Premultiplied)
    grid.set_occurrences(items)
    grid.render(image)
    assert len(grid.placed.pieces) == 60
    drawn = dict(grid._boxes)
    assert drawn
    grid.render(image)
    assert grid._boxes == drawn  # the same pixmaps: nothing drawn again
    grid.set_occurrences(items[:30])
    assert grid._boxes == {}  # new occurrences: the boxes are drawn afresh


def test_hours_outside_the_shown_days_are_refused_by_slot_point(grid):
    with pytest.raises(ValueError):
        grid.slot_point(datetime(2026, 12, 24, 10))
    assert grid.event_rect(occurrence(at(0, 9), at(0, 10)).ref) is None
    assert isinstance(grid.slot_point(at(0, 9)), QPoint)
    assert isinstance(QRect(), QRect)


def test_one_lane_with_several_consultants_says_whose_each_event_is(grid):
    hers = occurrence(at(0, 9), at(0, 11), consultant=uuid.uuid4(), initials="AH")
    his = occurrence(at(1, 9), at(1, 11), consultant=uuid.uuid4(), initials="BSN")
    grid.set_occurrences([hers])
    assert not any("AH" in text for text, _ in painted_texts(grid))
    grid.set_occurrences([hers, his])
    texts = [text for text, _ in painted_texts(grid)]
    assert "09:00–11:00 · AH" in texts and "09:00–11:00 · BSN" in texts


def test_an_event_begun_before_the_first_shown_day_is_found_and_selectable(grid, qtbot):
    sunday_night = occurrence(datetime(2026, 11, 29, 22), at(0, 2), title="Nat")
    monday = occurrence(at(0, 9), at(0, 10), title="Morgen")
    grid.set_occurrences([monday, sunday_night])
    rect = grid.event_rect(sunday_night)
    assert rect is not None and grid._geo().body.contains(rect.center())
    piece = grid.placed.first_piece(sunday_night)
    assert (piece.column, piece.start, piece.end, piece.first) == (0, 0, 120, False)
    grid.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.selected() is sunday_night
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected() is monday
