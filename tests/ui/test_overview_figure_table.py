"""A figures table keeps every row in sight whatever the months chosen: with 120 months
its scroll bar takes room of its own, with a few months no empty strip is left."""

from __future__ import annotations

from datetime import date

from ips_desktop.ui.overview.figure_table import FigureTable
from ips_desktop.ui.overview.toolbar import add_months


def months(count: int) -> list[date]:
    return [add_months(date(2016, 12, 1), n) for n in range(count)]


def show(qtbot, table: FigureTable, count: int) -> None:
    table.set_columns(months(count), "da")
    table.set_rows([("Faktisk", ["1"] * count), ("Forventning", ["2"] * count)],
                   editable_row=1)
    qtbot.wait(50)


def rows_height(table: FigureTable) -> int:
    return sum(table.rowHeight(row) for row in range(table.rowCount()))


def test_every_row_shows_with_and_without_the_scroll_bar(qtbot):
    table = FigureTable()
    qtbot.addWidget(table)
    table.resize(900, 200)
    table.show()
    qtbot.waitExposed(table)
    show(qtbot, table, 12)
    assert not table.horizontalScrollBar().isVisible()
    assert table.viewport().height() >= rows_height(table)
    show(qtbot, table, 120)  # from 12 months to 120: the scroll bar appears
    assert table.horizontalScrollBar().isVisible()
    assert table.viewport().height() >= rows_height(table)
    show(qtbot, table, 6)  # and back: no empty strip where the scroll bar was
    assert not table.horizontalScrollBar().isVisible()
    assert table.viewport().height() - rows_height(table) < 8
