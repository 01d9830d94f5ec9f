"""The sidebar says which areas are coming; the home screen's counts open what they count;
the greeting names the consultant when the database has a profile."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ips_desktop.domain.enums import Role
from ips_desktop.services import demo, workspace
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.areas import Area, all_areas, areas_for
from ips_desktop.ui.shell.main_window import MainWindow
from tests.helpers import CONSULTANT_NAME, PASSWORD
from tests.ui.conftest import activate
from tests.ui.window_support import PARTICIPANTS_ROW, enrol, open_window, visible_texts

HOME_ROW = 0
EMPLOYERS_ROW = PARTICIPANTS_ROW + 1
CALENDAR_ROW = EMPLOYERS_ROW + 1
COMING = ["Supervision"]  # no area is coming now: the tests make supervision one again


def with_coming_supervision() -> list[Area]:
    """A consultant's registry as it was before the Supervision area landed: its entry
    coming (and no team lead's area)."""
    return [a if a.key != "supervision" else Area(a.key, a.title, None)
            for a in areas_for(Role.CONSULTANT)]


def open_with_coming(qtbot, ws, preferences) -> MainWindow:
    window = MainWindow(ws, preferences, areas=with_coming_supervision())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def sidebar_texts(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def click_sidebar(qtbot, window: MainWindow, row: int) -> None:
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_link(qtbot, label) -> None:
    """Click the middle of a label's text (the link), as a user does."""
    text = label.text().split(">")[1].split("<")[0]
    x = label.contentsRect().left() + label.fontMetrics().horizontalAdvance(text) // 2
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, label.height() // 2))


def counted(qtbot, window: MainWindow) -> None:
    home = window.area_widgets[HOME_ROW]
    qtbot.waitUntil(lambda: home.week is not None)


def test_every_area_has_landed_and_supervision_is_chosen_like_any_other(qtbot, ws,
                                                                         preferences):
    assert not [a.key for a in all_areas() if a.coming]
    window = open_window(qtbot, ws, preferences)
    click_sidebar(qtbot, window, CALENDAR_ROW + 1)
    assert window.sidebar.currentRow() == CALENDAR_ROW + 1
    assert window.windowTitle() == "Supervision — IPS Desktop"


def test_coming_areas_are_greyed_out_with_a_note_and_cannot_be_chosen(qtbot, ws, preferences):
    window = open_with_coming(qtbot, ws, preferences)
    assert sidebar_texts(window) == ["Overblik", "Deltagere", "Virksomhedslog", "Kalender",
                                    *COMING]
    for row, area in enumerate(window.areas):
        item = window.sidebar.item(row)
        enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        assert enabled == (not area.coming)
        if area.coming:
            assert item.toolTip() == "Kommer i en senere version"
            assert item.statusTip() == "Kommer i en senere version"
            assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == item.toolTip()
    assert "Kommer i en senere version" in visible_texts()  # what a screen reader gets

    click_sidebar(qtbot, window, CALENDAR_ROW + 1)  # the mouse on a coming area
    assert window.sidebar.currentRow() == HOME_ROW
    click_sidebar(qtbot, window, PARTICIPANTS_ROW)
    window.sidebar.setFocus()
    for _ in range(3):  # the keys do not go onto them either: the last Down stays
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_End)
    assert window.sidebar.currentRow() == CALENDAR_ROW
    assert window.windowTitle() == "Kalender — IPS Desktop"


def test_a_landed_area_is_chosen_like_any_other(qtbot, ws, preferences):
    """Flipping a coming entry to a real one is all a landing area does in the registry."""
    areas = [a if a.key != "supervision" else Area(a.key, a.title, lambda ws, p: QWidget())
             for a in all_areas()]
    window = MainWindow(ws, preferences, areas=areas)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    row = [a.key for a in areas].index("supervision")
    assert window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
    assert window.sidebar.item(row).toolTip() == ""
    click_sidebar(qtbot, window, row)
    assert window.sidebar.currentRow() == row
    assert window.windowTitle() == "Supervision — IPS Desktop"


def test_a_saved_coming_area_opens_the_overview(qtbot, ws, data_dir, preferences):
    from PySide6.QtCore import QByteArray

    preferences.save_window_state(QByteArray(), QByteArray(), "supervision")
    window = MainWindow(ws, preferences, areas=with_coming_supervision())
    qtbot.addWidget(window)
    assert window.sidebar.currentRow() == HOME_ROW


def test_the_caseload_and_follow_up_figures_open_their_lists(qtbot, ws, preferences):
    enrol(ws)
    window = open_window(qtbot, ws, preferences)
    counted(qtbot, window)
    home = window.area_widgets[HOME_ROW]
    labels = home.count_labels
    assert labels["participant"].text() == '<a href="#participant">1 af 25</a>'
    assert labels["participant"].toolTip() == "Åbn deltagerlisten"
    assert labels["follow_up_due"].text() == '<a href="#follow_up_due">0</a>'
    assert labels["face_to_face"].text() == "0 af 6"  # a figure, not a list: no link

    click_link(qtbot, labels["participant"])
    assert window.sidebar.currentRow() == PARTICIPANTS_ROW
    area = window.area_widgets[PARTICIPANTS_ROW]
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)


def test_a_count_link_passes_its_filter_to_an_area_that_takes_one(qtbot, ws, preferences):
    shown: list[dict] = []

    class FilteredList(QWidget):
        def __init__(self, ws: object, preferences: object) -> None:
            super().__init__()

        def show_filtered(self, filters: dict) -> None:
            shown.append(filters)

    areas = [a if a.key != "participants" else Area(a.key, a.title, FilteredList)
             for a in all_areas()]
    window = MainWindow(ws, preferences, areas=areas)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    counted(qtbot, window)
    home = window.area_widgets[HOME_ROW]
    label = home.count_labels["participant"]
    qtbot.waitUntil(lambda: "<a " in label.text())
    label.setFocus()  # by keyboard: Tab to the link, Enter follows it
    qtbot.keyClick(label, Qt.Key.Key_Tab)
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert window.sidebar.currentRow() == PARTICIPANTS_ROW
    assert shown == [{"consultant": "mine", "include_ended": False}]


def test_the_greeting_names_the_consultant(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    assert window.area_widgets[HOME_ROW].heading.text().startswith(f"Goddag, {CONSULTANT_NAME} —")


def test_a_demo_without_a_profile_greets_without_a_name(qtbot, data_dir):
    """`ips-desktop demo` makes a database with nobody as its owner."""
    ws, _ = workspace.set_up(data_dir / "demo", PASSWORD, demo=True)
    demo.generate_demo(ws.ctx.engine, size="small", today=date.today())
    preferences = Preferences(data_dir / "demo")
    preferences.auto_backup = False
    window = open_window(qtbot, ws, preferences)
    heading = window.area_widgets[HOME_ROW].heading.text()
    assert heading.startswith("Goddag — ") and ", —" not in heading
    assert window.consultant_label.text() == ""
    assert QApplication.activeModalWidget() is None
