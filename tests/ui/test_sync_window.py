"""The window's sync (issue 21): F9 against a real PostgreSQL, the status bar, the Conflicts view.

The laptops are real SQLCipher workspaces (tests/sync/team.py) and the team
database a fresh one on the test cluster; without IPS_TEST_POSTGRES_URL the
team tests skip. The window is driven by its keys and buttons.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from sqlalchemy.engine import make_url

from ips_desktop.services import conflicts, sync
from ips_desktop.storage.models import Note, Participant
from ips_desktop.storage.server import make_server_engine
from ips_desktop.ui.shell.main_window import MainWindow
from ips_desktop.ui.sync.conflicts_view import ConflictsView
from tests.sync import actions
from tests.sync.conftest import team, team_server  # noqa: F401 (fixtures)
from tests.ui.conftest import activate

SYNC_TIMEOUT_MS = 30_000


@pytest.fixture
def team_engine(team):  # noqa: F811
    """The window's syncs go to the test's team database (a fresh engine per sync)."""
    sync.use_team_engine(lambda _ctx: team.server.engine(team.name))
    yield
    sync.use_team_engine(None)


def open_window(qtbot, laptop, preferences) -> MainWindow:
    window = MainWindow(laptop.ws, preferences)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    return window


def press_f9(qtbot, window: MainWindow) -> object:
    with qtbot.waitSignal(window.auto_sync.finished, timeout=SYNC_TIMEOUT_MS) as done:
        qtbot.keyClick(window, Qt.Key.Key_F9)
    return done.args[0]


def wait_idle(qtbot, window: MainWindow) -> None:
    """The sync at start may be running; F9 then waits for it (one sync at a time)."""
    qtbot.waitUntil(lambda: not window.auto_sync.running, timeout=SYNC_TIMEOUT_MS)


def test_f9_syncs_and_the_status_bar_says_when_and_what_waits(
        qtbot, team, team_engine, preferences):  # noqa: F811
    anna, bo = team.laptops("anna", "bo")
    actions.enrol(bo, "Ole Berg")
    bo.sync()
    actions.enrol(anna, "Pia Hansen")
    made = sync.sync_status(anna.ctx).unsent
    window = open_window(qtbot, anna, preferences)
    label = window.auto_sync.label
    assert label.isVisible() and window.auto_sync.sync_action.isVisible()
    assert window.auto_sync.sync_action.shortcut().toString() == "F9"
    if not window.auto_sync.running:
        assert "ændringer venter" in label.text()
        assert "Ikke synkroniseret endnu" in label.text()
    wait_idle(qtbot, window)

    report = press_f9(qtbot, window)

    assert isinstance(report, sync.SyncReport)
    status = sync.sync_status(anna.ctx)
    assert made > 0 and status.unsent == 0  # what the window audited since is no change
    expected = "Synkroniseret " + status.last_sync_at.astimezone().strftime("%H:%M")
    assert label.text() == expected
    assert not window.auto_sync.conflicts_button.isVisible()
    team_names = {r["name"] for r in actions_table(team.engine, "participant")}
    assert team_names == {"Pia Hansen", "Ole Berg"}  # pushed
    assert "Ole Berg" in {r["name"] for r in anna.rows("participant").values()}  # pulled


def actions_table(engine, table_name: str) -> list[dict]:
    from tests.sync.team import table_rows

    return list(table_rows(engine, table_name).values())


def test_an_unreachable_team_is_said_quietly_and_nothing_is_lost(
        qtbot, team, preferences):  # noqa: F811
    anna, = team.laptops("anna")
    actions.enrol(anna, "Pia Hansen")
    waiting = sync.sync_status(anna.ctx).unsent
    dead = make_url(team.engine.url.render_as_string(hide_password=False)).set(port=1)
    sync.use_team_engine(lambda _ctx: make_server_engine(dead,
                                                         connect_args={"connect_timeout": 2}))
    try:
        window = open_window(qtbot, anna, preferences)
        wait_idle(qtbot, window)
        outcome = press_f9(qtbot, window)
    finally:
        sync.use_team_engine(None)

    assert isinstance(outcome, sync.TeamUnreachable)
    text = window.auto_sync.label.text()
    assert text.startswith("Offline – synkroniseres senere")
    assert f"{waiting} ændringer venter" in text
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]  # no dialog
    assert sync.sync_status(anna.ctx).unsent == waiting
    assert actions_table(team.engine, "participant") == []


def test_a_refused_login_is_said_once_in_danish(qtbot, team, preferences):  # noqa: F811
    anna, = team.laptops("anna")
    wrong = team.engine.url.set(password="not-the-password")
    sync.use_team_engine(lambda _ctx: make_server_engine(wrong))
    try:
        window = open_window(qtbot, anna, preferences)
        wait_idle(qtbot, window)
        press_f9(qtbot, window)
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert [b.text() for b in boxes] == [
            "Teamdatabasen afviste login. Bed teamlederen eller IT om en ny adgangskode, og "
            "tilslut igen (ips-desktop team join)."]
        boxes[0].close()
        press_f9(qtbot, window)  # the next sync does not ask again
    finally:
        sync.use_team_engine(None)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]
    assert window.auto_sync.label.text().startswith("Teamdatabasen afviste login")


def window_synced(qtbot, laptop, preferences) -> MainWindow:
    """The laptop's window, after the sync at start and one F9: what the team had is here."""
    window = open_window(qtbot, laptop, preferences)
    wait_idle(qtbot, window)
    press_f9(qtbot, window)
    return window


def phone_conflict_on_bo(qtbot, team, preferences):  # noqa: F811
    """Anna and Bo change Pia's phone offline; Bo's window syncs after Anna: one conflict."""
    anna, bo = team.laptops("anna", "bo")
    person = actions.person_of(anna, actions.enrol(anna, "Pia Hansen"))
    anna.sync()
    bo.sync()
    actions.edit(anna, Participant, person, phone="20 30 40 50")
    actions.edit(bo, Participant, person, phone="99 88 77 66")
    anna.sync()
    window = window_synced(qtbot, bo, preferences)
    return window, anna, bo, person


def test_a_hard_conflict_shows_both_values_and_keep_resolves_it(
        qtbot, team, team_engine, preferences):  # noqa: F811
    window, anna, bo, person = phone_conflict_on_bo(qtbot, team, preferences)
    button = window.auto_sync.conflicts_button
    assert button.isVisible() and button.text() == "1 konflikt venter"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = window.auto_sync.conflicts_dialog
    assert isinstance(view, ConflictsView) and view.isVisible()
    assert view.windowTitle() == "Konflikter"
    assert view.list.count() == 1
    panel = view.panel
    assert panel is not None
    heading = panel.findChild(object, "conflict_heading")
    assert heading.text() == "Telefon på deltager ændret på to computere – Pia Hansen"
    team_value = panel.findChild(object, "team_value").text()
    incoming_value = panel.findChild(object, "incoming_value").text()
    assert (team_value, incoming_value) == ("20 30 40 50", "99 88 77 66")
    assert panel.findChild(object, "team_by").text().startswith("Af anna, ")
    incoming_by = panel.findChild(object, "incoming_by").text()
    assert incoming_by.startswith("Af bo, ") and incoming_by.endswith("(på denne computer)")

    keep = panel.findChild(QPushButton, "keep_incoming")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)

    assert actions.participant(bo, person).phone == "99 88 77 66"
    assert conflicts.waiting(bo.ctx) == []
    assert view.list.count() == 0 and view.empty.isVisible()
    assert not button.isVisible()
    assert "ændringer venter" in window.auto_sync.label.text()  # the decision goes next sync
    press_f9(qtbot, window)
    anna.sync()
    assert actions.participant(anna, person).phone == "99 88 77 66"


def test_a_laptop_that_joined_no_team_shows_no_sync(qtbot, ws, preferences):
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    auto = window.auto_sync
    assert not auto.label.isVisible() and not auto.conflicts_button.isVisible()
    assert not auto.sync_action.isVisible() and not auto.sync_action.isEnabled()
    assert not auto.conflicts_action.isVisible()
    assert not auto.timer.isActive()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not auto.running


def names_listed(window: MainWindow) -> list[str]:
    model = window.area_widgets[1].table.model()
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_a_pull_that_changed_a_row_refreshes_the_open_list(
        qtbot, team, team_engine, preferences):  # noqa: F811
    anna, bo = team.laptops("anna", "bo")
    person = actions.person_of(anna, actions.enrol(anna, "Pia Hansen"))
    anna.sync()
    bo.sync()
    window = open_window(qtbot, anna, preferences)
    wait_idle(qtbot, window)
    assert window.show_area(1)  # Deltagere
    qtbot.waitUntil(lambda: names_listed(window) == ["Pia Hansen"])
    actions.edit(bo, Participant, person, name="Pia Hansen-Berg")
    bo.sync()

    press_f9(qtbot, window)

    qtbot.waitUntil(lambda: names_listed(window) == ["Pia Hansen-Berg"])


def test_free_text_is_combined_in_an_editor_prefilled_with_both(
        qtbot, team, team_engine, preferences):  # noqa: F811
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    note_id = actions.note(anna, course, "Ringede")
    anna.sync()
    bo.sync()
    actions.edit(anna, Note, note_id, text="Ringede, ingen svar")
    actions.edit(bo, Note, note_id, text="Ringede; aftalt møde torsdag")
    anna.sync()
    window = window_synced(qtbot, bo, preferences)
    window.auto_sync.conflicts_action.trigger()  # Filer › Konflikter…
    view = window.auto_sync.conflicts_dialog
    combine = view.panel.findChild(QPushButton, "combine")
    assert combine.isVisible() and combine.text() == "Kombinér…"

    qtbot.mouseClick(combine, Qt.MouseButton.LeftButton)
    editor = view.panel.combine_dialog.editor
    assert editor.toPlainText() == "Ringede, ingen svar\nRingede; aftalt møde torsdag"
    editor.selectAll()
    qtbot.keyClicks(editor, "Ringede, ingen svar; senere aftalt møde torsdag")
    view.panel.combine_dialog.accept()

    assert actions.note_row(bo, note_id).text == "Ringede, ingen svar; senere aftalt møde torsdag"
    assert view.list.count() == 0
    assert view.note.text() == "Afgjort. Valget sendes ved næste synkronisering."


def test_a_phone_number_is_not_offered_for_combining(
        qtbot, team, team_engine, preferences):  # noqa: F811
    window, _, bo, person = phone_conflict_on_bo(qtbot, team, preferences)
    window.auto_sync.open_conflicts()
    panel = window.auto_sync.conflicts_dialog.panel
    assert not panel.findChild(QPushButton, "combine").isVisible()
    keep_team = panel.findChild(QPushButton, "keep_team")
    qtbot.mouseClick(keep_team, Qt.MouseButton.LeftButton)
    assert actions.participant(bo, person).phone == "20 30 40 50"
    assert conflicts.waiting(bo.ctx) == []


def test_the_same_person_from_two_laptops_is_merged_from_the_view(
        qtbot, team, team_engine, preferences):  # noqa: F811
    anna, bo = team.laptops("anna", "bo")
    first = actions.enrol(anna, "Pia Hansen", cpr="010190-1234")
    actions.enrol(bo, "Pia M. Hansen", cpr="0101901234")
    anna.sync()
    window = window_synced(qtbot, bo, preferences)
    window.auto_sync.open_conflicts()
    view = window.auto_sync.conflicts_dialog
    heading = view.panel.findChild(object, "conflict_heading")
    assert heading.text() == "Samme person registreret to gange?"
    shown = {label.text() for label in view.panel.findChildren(QLabel)}
    assert {"Pia Hansen", "Pia M. Hansen", "010190-1234"} <= shown

    qtbot.mouseClick(view.panel.findChild(QPushButton, "merge_keep_team"),
                     Qt.MouseButton.LeftButton)

    kept = actions.person_of(anna, first)
    live = [r for r in bo.rows("participant").values() if r["deleted_at"] is None]
    assert [r["id"] for r in live] == [kept]
    assert view.list.count() == 0


def test_the_menu_offers_sync_and_conflicts_and_the_lock_closes_conflicts(
        qtbot, team, team_engine, preferences):  # noqa: F811
    anna, = team.laptops("anna")
    window = open_window(qtbot, anna, preferences)
    wait_idle(qtbot, window)
    texts = [a.text() for a in window.file_menu.actions() if a.isVisible()]
    assert "S&ynkroniser nu" in texts and "K&onflikter…" in texts
    window.auto_sync.open_conflicts()
    view = window.auto_sync.conflicts_dialog
    assert view.empty.isVisible() and view.empty.text().startswith("Ingen konflikter venter")
    window.lock()
    assert not view.isVisible() and not window.auto_sync.conflicts_action.isEnabled()
    window.unlock()
    assert window.auto_sync.conflicts_action.isEnabled()


def test_an_edit_against_a_deletion_keeps_the_edit_from_the_view(
        qtbot, team, team_engine, preferences):  # noqa: F811
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    note_id = actions.note(anna, course, "Ringede")
    anna.sync()
    bo.sync()
    actions.delete(anna, Note, note_id)
    actions.edit(bo, Note, note_id, text="Ringede, aftalt møde")
    anna.sync()
    window = window_synced(qtbot, bo, preferences)
    window.auto_sync.open_conflicts()
    panel = window.auto_sync.conflicts_dialog.panel
    assert panel.findChild(object, "team_value").text() == "Slettet"
    assert panel.findChild(object, "incoming_value").text() == "tekst: Ringede, aftalt møde"
    assert panel.findChild(QPushButton, "keep_team").text() == "Behold sletningen"
    keep = panel.findChild(QPushButton, "keep_incoming")
    assert keep.text() == "Behold denne udgave"

    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)

    row = actions.note_row(bo, note_id)
    assert (row.deleted_at, row.text) == (None, "Ringede, aftalt møde")


def test_no_sync_starts_after_the_window_closed(
        qtbot, team, team_engine, preferences):  # noqa: F811
    anna, = team.laptops("anna")
    actions.enrol(anna, "Pia Hansen")
    window = open_window(qtbot, anna, preferences)
    wait_idle(qtbot, window)
    window.close()  # the workspace is closed with it
    window.auto_sync.run()  # the start's delayed sync, or the timer, firing late
    assert not window.auto_sync.running
