"""A second look at the Data protection area as a hurried team lead meets it."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.privacy import audit_tab
from ips_desktop.ui.privacy.area import PrivacyArea
from ips_desktop.ui.privacy.audit_texts import RECORD_WORDS, record_text
from tests.audit_trail_data import build_trail, danish_time
from tests.ui.conftest import activate
from tests.ui.test_participant_page import area  # noqa: F401

TODAY = date(2026, 12, 2)


@pytest.fixture
def trail(ws, monkeypatch):
    danish_time(monkeypatch)
    monkeypatch.setattr(audit_tab, "today", lambda: TODAY)
    return build_trail(ws)


def open_area(qtbot, ws, preferences) -> PrivacyArea:
    made = PrivacyArea(ws, preferences)
    qtbot.addWidget(made)
    made.resize(1366, 700)
    with qtbot.waitSignal(made.tab("audit").shown, timeout=10_000):
        made.show()
        qtbot.waitExposed(made)
    activate(qtbot, made)
    return made


def test_tab_from_the_first_day_reaches_every_filter_and_then_the_events(
        qtbot, ws, preferences, trail):
    privacy = open_area(qtbot, ws, preferences)
    tab = privacy.tab("audit")
    bar = tab.filters
    bar.first.edit.setFocus()
    visited = []
    for _ in range(12):
        visited.append(QApplication.focusWidget())
        if visited[-1] is tab.table:
            break
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
    fields = [bar.first.edit, bar.last.edit, bar.kind, bar.person, bar.consultant,
              bar.show_button, bar.export_button, tab.table]
    assert [w for w in visited if w in fields] == fields  # each once, in order, then the table
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not tab.table  # Tab leaves it, not cell by cell


def audited_record_kinds() -> set[str]:
    """Every record kind a service writes into the trail: the 4th argument of each
    `record(...)` call (a string, or a module constant holding one)."""
    kinds: set[str] = set()
    for path in (Path(__file__).parents[2] / "ips_desktop" / "services").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: node.value.value for node in ast.walk(tree)
                     if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                     and isinstance(node.value.value, str)
                     for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name != "record" or len(node.args) < 4:
                continue
            arg = node.args[3]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                kinds.add(arg.value)
            elif isinstance(arg, ast.Name) and arg.id in constants:
                kinds.add(constants[arg.id])
    return kinds


def test_every_kind_of_record_in_the_trail_is_a_word_in_each_language(qapp):
    kinds = audited_record_kinds()
    assert {"retention", "participant", "calendar", "staffing_period"} <= kinds  # the scan works
    assert sorted(kinds - set(RECORD_WORDS)) == []  # else the code itself shows, in English
    apply_language("da")
    assert record_text("retention") == "sletteliste"
    apply_language("nb")
    assert record_text("staffing_period") == "bemanning"
    apply_language("da")


def test_enter_in_the_retention_period_saves_it(qtbot, ws, preferences, monkeypatch):
    from ips_desktop.services import retention
    from ips_desktop.ui.privacy import retention_tab
    from tests.retention_data import TODAY as RETENTION_TODAY
    from tests.retention_data import build_people
    from tests.ui.test_retention_tab import open_tab

    monkeypatch.setattr(retention_tab, "today", lambda: RETENTION_TODAY)
    build_people(ws)
    _area, tab = open_tab(qtbot, ws, preferences)  # the area kept while the tab is used
    tab.years.setFocus()
    tab.years.selectAll()
    qtbot.keyClicks(tab.years, "3")
    qtbot.keyClick(tab.years, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.reads == 2, timeout=10_000)
    assert retention.retention_years(ws.ctx) == 3
    assert "3 år" in tab.message.text.text()


def test_the_lock_while_the_retention_erase_dialog_is_open_loses_nothing(
        qtbot, ws, preferences, monkeypatch):
    """Locked with the dialog open (the idle lock hides it); after the unlock the team lead
    types the password, and the list forgets the erased person."""
    from ips_desktop.ui.privacy import retention_tab
    from ips_desktop.ui.privacy.retention_confirm import EraseDialog
    from tests.helpers import PASSWORD
    from tests.retention_data import TODAY as RETENTION_TODAY
    from tests.retention_data import build_people
    from tests.ui.test_lock import unlock_from_lock_screen
    from tests.ui.test_retention_tab import answer
    from tests.ui.window_support import open_window

    monkeypatch.setattr(retention_tab, "today", lambda: RETENTION_TODAY)
    build_people(ws)
    window = open_window(qtbot, ws, preferences)
    window.open_area("privacy", {"tab": "retention"})
    tab = window.area_widgets[[a.key for a in window.areas].index("privacy")].tab("retention")
    qtbot.waitUntil(lambda: tab.reads == 1, timeout=10_000)
    first = tab.items()[0].text(0)
    tab.items()[0].setCheckState(0, Qt.CheckState.Checked)
    seen: list[str] = []

    def act(dialog: EraseDialog) -> None:  # as the user goes, once the dialog is up
        qtbot.keyClicks(dialog.password, "halv")
        window.lock()
        seen.append(f"hidden: {not dialog.isVisible()}")  # nothing of it over the lock screen
        QTimer.singleShot(200, lambda: come_back(dialog))  # the user is away a while

    def come_back(dialog: EraseDialog) -> None:
        unlock_from_lock_screen(qtbot, window)
        seen.append(f"back: {dialog.isVisible()} {dialog.password.text()}")
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                        timeout=30_000)

    answer(qtbot, act)
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=30_000)
    assert seen == ["hidden: True", "back: True halv"]
    qtbot.waitUntil(lambda: tab.reads == 2, timeout=10_000)  # the list read again
    assert first not in [item.text(0) for item in tab.items()]
    assert "slettet" in tab.message.text.text()


def test_enter_in_the_erase_dialogs_password_erases_and_never_cancels(qtbot, area, ws):  # noqa: F811
    """The team lead ticks, types the password and presses Enter: Enter was Cancel (the first
    button), so the dialog vanished with nothing erased and nothing said."""
    from tests.helpers import PASSWORD
    from tests.ui.test_erase_dialog import _open_dialog, _people, _with_a_note
    from tests.ui.test_participant_page import open_page

    page = open_page(area, _with_a_note(ws))
    dialog = _open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # not ticked yet: nothing happens
    assert dialog.isVisible() and dialog.password.text() == PASSWORD and not dialog.running
    dialog.understood.setChecked(True)
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.running
    qtbot.waitUntil(lambda: area.page is None, timeout=20_000)
    assert _people(ws) == 0


def test_a_person_erased_from_their_page_leaves_the_retention_list(
        qtbot, ws, preferences, monkeypatch):
    """Enter on a row of the list opens the page; erased there, the list kept the row, and
    Enter on it again was a traceback (no such course)."""
    from ips_desktop.ui.participants.erase_dialog import EraseDialog
    from ips_desktop.ui.privacy import retention_tab
    from tests.helpers import PASSWORD
    from tests.retention_data import TODAY as RETENTION_TODAY
    from tests.retention_data import build_people
    from tests.ui.window_support import open_window

    monkeypatch.setattr(retention_tab, "today", lambda: RETENTION_TODAY)
    build_people(ws)
    window = open_window(qtbot, ws, preferences)
    window.open_area("privacy", {"tab": "retention"})
    privacy = window.area_widgets[[a.key for a in window.areas].index("privacy")]
    tab = privacy.tab("retention")
    qtbot.waitUntil(lambda: tab.reads == 1, timeout=10_000)
    first = tab.items()[0].text(0)
    tab.tree.setFocus()
    tab.tree.setCurrentItem(tab.items()[0])
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)  # the person's page
    participants = window.area_widgets[[a.key for a in window.areas].index("participants")]
    page = participants.page
    assert page is not None and page.detail.row.name == first
    page.header.privacy.named["erase"].trigger()
    dialog = page.findChild(EraseDialog)
    dialog.understood.setChecked(True)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: participants.page is None, timeout=20_000)
    window.open_area("privacy", {"tab": "retention"})
    qtbot.waitUntil(lambda: tab.reads == 2, timeout=10_000)
    assert first not in [item.text(0) for item in tab.items()]


def test_a_link_to_a_course_erased_meanwhile_shows_the_list(qtbot, area, ws):  # noqa: F811
    """A list read before an erasure (another area's) may still link to the person."""
    from ips_desktop.services import erasure
    from tests.helpers import PASSWORD
    from tests.ui.test_erase_dialog import _with_a_note

    course = _with_a_note(ws)
    with ws.ctx.engine.connect() as conn:
        from sqlalchemy import select

        from ips_desktop.storage.models import Course
        person = conn.execute(select(Course.participant_id).where(Course.id == course)).scalar()
    erasure.erase_participant(ws, person, PASSWORD)
    area.show_filtered({"course": course})  # was: LookupError, the crash dialog
    assert area.page is None and area.pages.currentIndex() == 0


def test_a_refused_folder_leaves_the_cursor_in_the_folder_field(qtbot, area, ws, tmp_path):  # noqa: F811
    """The field was disabled while writing, so the focus went on to Close: the corrected
    folder was typed into nothing, and the next Enter closed the dialog."""
    from ips_desktop.ui.participants.access_dialog import AccessDialog
    from tests.person_data import build_person
    from tests.ui.test_participant_page import open_page

    person = build_person(ws.ctx, "Åse Ærenfeldt", "Ålekone", cpr="010190-1234")
    page = open_page(area, person.course_id)
    page.header.privacy.named["access"].trigger()
    dialog = page.findChild(AccessDialog)
    dialog.folder.setFocus()
    dialog.folder.selectAll()
    qtbot.keyClicks(dialog.folder, str(ws.data_dir))
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "datamappen" in dialog.status.text(), timeout=30_000)
    assert QApplication.focusWidget() is dialog.folder
    qtbot.keyClicks(QApplication.focusWidget(), "x")  # typing replaces the refused folder
    assert dialog.folder.text() == "x"
    out = tmp_path / "til Åse"
    out.mkdir()
    dialog.folder.setText(str(out))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(list(out.iterdir())) == 2, timeout=30_000)
    assert dialog.isVisible()
    dialog.close()


def test_the_retention_list_says_it_is_reading_until_it_has_read(
        qtbot, ws, preferences, monkeypatch):
    """It said "Ingen skal slettes." and offered 1 year to save while the list was read."""
    import threading

    from ips_desktop.services import retention
    from ips_desktop.ui.privacy import retention_tab
    from ips_desktop.ui.privacy.tabs import RETENTION
    from tests.retention_data import TODAY as RETENTION_TODAY
    from tests.retention_data import build_people

    monkeypatch.setattr(retention_tab, "today", lambda: RETENTION_TODAY)
    build_people(ws)
    go_on = threading.Event()
    read = retention_tab._read
    monkeypatch.setattr(retention_tab, "_read", lambda ctx, day: go_on.wait(10) and read(ctx, day))
    privacy = PrivacyArea(ws, preferences)
    qtbot.addWidget(privacy)
    privacy.show()
    privacy.show_tab(RETENTION)
    tab = privacy.tab(RETENTION)
    qtbot.wait(100)
    try:
        assert tab.reads == 0
        assert tab.count.text() == "Læser…"
        assert not tab.years.isEnabled() and not tab.save_button.isEnabled()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: tab.reads == 1, timeout=10_000)
    assert tab.count.text().startswith("4 personer skal slettes")
    assert tab.years.isEnabled() and tab.save_button.isEnabled()
    assert retention.retention_years(ws.ctx) == 5


def test_enter_on_a_name_typed_but_not_chosen_says_how_to_choose(
        qtbot, ws, preferences, trail):
    """Enter after typing a name did nothing: everyone's events stayed under the name."""
    privacy = open_area(qtbot, ws, preferences)
    tab = privacy.tab("audit")
    person = tab.filters.person
    person.setFocus()
    qtbot.keyClicks(person, "ærø")
    popup = person.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # no row picked with an arrow key
    if person.completer().popup().isVisible():
        qtbot.keyClick(person, Qt.Key.Key_Return)
    assert tab.filters.problem.isVisible()
    assert tab.filters.problem.text().startswith("Vælg personen i listen")


def test_the_erase_dialog_grows_for_its_erasing_line(qtbot, area, ws, monkeypatch):  # noqa: F811
    """The line "Sletter personen…" squeezed the texts above it: their last lines were cut
    (seen under X11; offscreen the dialog may have room to spare)."""
    import threading

    from PySide6.QtWidgets import QLabel

    from ips_desktop.services import erasure
    from tests.helpers import PASSWORD
    from tests.ui.test_erase_dialog import _open_dialog, _with_a_note
    from tests.ui.test_participant_page import open_page

    page = open_page(area, _with_a_note(ws))
    dialog = _open_dialog(qtbot, page)
    dialog.resize(dialog.width(), dialog.sizeHint().height())  # no room to spare
    go_on = threading.Event()
    erase = erasure.erase_participant
    monkeypatch.setattr(erasure, "erase_participant",
                        lambda *args: go_on.wait(10) and erase(*args))
    dialog.understood.setChecked(True)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.wait(50)  # the layout settles
        assert dialog.status.isVisible()
        cut = [label.text()[:30] for label in dialog.findChildren(QLabel)
               if label.isVisible() and label.text() and label.height() < (
                   label.heightForWidth(label.width()) if label.wordWrap()
                   else label.sizeHint().height())]
        assert cut == []
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: area.page is None, timeout=20_000)
