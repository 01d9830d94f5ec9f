"""The employer list as a user meets it: search as you type, sort by a header, Enter opens."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from ips_desktop.domain.text_search import fold
from ips_desktop.services import employers
from ips_desktop.services.collation import sort_key
from ips_desktop.services.employers import EmployerInput
from ips_desktop.ui.dialogs.employer_dialog import EmployerDialog
from ips_desktop.ui.employers.employer_list import (
    Column,
    EmployerListView,
    search_words,
    searchable,
)
from tests.helpers import make_demo_database, open_copy
from tests.ui.conftest import activate

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return make_demo_database(tmp_path_factory.mktemp("demo"), TODAY)


@pytest.fixture
def demo(demo_template, tmp_path):
    opened = open_copy(demo_template, tmp_path / "copy")
    yield opened
    opened.close()


@pytest.fixture
def view(qtbot, demo):
    widget = EmployerListView(demo)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    activate(qtbot, widget)
    return widget


def shown_names(view: EmployerListView) -> list[str]:
    return [view.model.row_at(i).name for i in range(view.model.rowCount())]


def test_the_list_shows_the_register_in_danish_order(view, demo):
    rows = employers.employer_rows(demo.ctx)
    names = shown_names(view)
    assert len(names) == len(rows) > 0
    assert names == sorted(names, key=sort_key("da"))
    assert view.count.text() == f"{len(rows)} af {len(rows)}"
    assert view.model.headerData(Column.CONTACTS, Qt.Orientation.Horizontal) == "Kontakter"


def test_search_finds_word_starts_folded_and_enter_opens(qtbot, view, demo):
    target = max(employers.employer_rows(demo.ctx), key=lambda r: r.contacts)
    word = target.name.split()[0]
    qtbot.keyClicks(view.search, fold(word)[:4])  # typed without æøå
    names = shown_names(view)
    assert target.name in names and len(names) < view.model.total()
    [typed] = search_words(fold(word)[:4])
    assert all(typed in searchable(view.model.row_at(i)) for i in range(len(names)))
    assert view.count.text().startswith(f"{len(names)} af ")
    view.search.clear()
    qtbot.keyClicks(view.search, target.name)
    opened: list[object] = []
    view.open_employer.connect(opened.append)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # into the results, the first one chosen
    assert QApplication.focusWidget() is view.table
    first = view.model.row_at(0).id
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [first]
    assert target.id in [view.model.row_at(i).id for i in range(view.model.rowCount())]


def test_a_header_click_sorts_by_contacts(qtbot, view):
    header = view.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(Column.CONTACTS) + 5, 5)

    def counts() -> list[int]:
        return [view.model.row_at(i).contacts for i in range(view.model.rowCount())]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    first = counts()
    assert first in (sorted(first), sorted(first, reverse=True)) and first[0] != first[-1]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    second = counts()
    assert second[0] == first[-1] and second in (sorted(first), sorted(first, reverse=True))


def test_a_new_employer_from_the_list_is_shown_and_chosen(qtbot, view, demo):
    qtbot.keyClicks(view.search, "Zebra Cykler")
    assert view.model.rowCount() == 0
    view.new_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, EmployerDialog) and w.isVisible())
    assert dialog.edits["name"].text() == "Zebra Cykler"  # what was searched for
    dialog.save()
    assert view.search.text() == ""
    chosen = view.selected_id()
    assert chosen is not None and employers.employer_input(demo.ctx, chosen).name == "Zebra Cykler"


def test_a_merged_employer_leaves_the_list_on_reload(view, demo):
    before = view.model.total()
    rows = employers.employer_rows(demo.ctx)
    employers.merge_employers(demo.ctx, rows[0].id, rows[1].id)
    employers.register_employer(demo.ctx, EmployerInput("Ny Virksomhed"))
    view.reload()
    assert view.model.total() == before
    assert rows[1].id not in [view.model.row_at(i).id for i in range(view.model.rowCount())]
