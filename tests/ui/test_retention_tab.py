"""The "Erasure due" tab: the period, the list, ticking and erasing with the app password."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ips_desktop.services import retention
from ips_desktop.storage.models import Participant
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.privacy import retention_tab
from ips_desktop.ui.privacy.area import PrivacyArea
from ips_desktop.ui.privacy.retention_confirm import EraseDialog
from ips_desktop.ui.privacy.retention_tab import NAME, RetentionTab
from ips_desktop.ui.privacy.tabs import RETENTION
from tests.helpers import PASSWORD
from tests.retention_data import DUE_AT_5, TODAY, People, build_people


@pytest.fixture
def people(ws, monkeypatch) -> People:
    monkeypatch.setattr(retention_tab, "today", lambda: TODAY)
    return build_people(ws)


def open_tab(qtbot, ws, preferences) -> tuple[PrivacyArea, RetentionTab]:
    area = PrivacyArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1366, 700)
    area.show()
    qtbot.waitExposed(area)
    area.show_tab(RETENTION)
    tab = area.tab(RETENTION)
    assert isinstance(tab, RetentionTab)
    qtbot.waitUntil(lambda: tab.reads == 1, timeout=10_000)  # read when first shown
    return area, tab


def names(tab: RetentionTab) -> list[str]:
    return [item.text(NAME) for item in tab.items()]


def labels(people: People, tab: RetentionTab) -> list[str]:
    return [people.name_of(item.data(NAME, Qt.ItemDataRole.UserRole).participant_id)
            for item in tab.items()]


def still_there(ws) -> set[str]:
    from sqlalchemy import select

    with ws.ctx.engine.connect() as conn:
        return set(conn.execute(select(Participant.name)).scalars())


def answer(qtbot, act: Callable[[EraseDialog], None]) -> None:
    """Once the erase dialog is up: `act(dialog)` (as the user would)."""

    def wait() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseDialog):
            QTimer.singleShot(10, wait)
            return
        act(dialog)

    QTimer.singleShot(0, wait)


def type_and_erase(qtbot, password: str, seen: list) -> Callable[[EraseDialog], None]:
    def act(dialog: EraseDialog) -> None:
        seen.append(dialog.question.text())
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        assert dialog.working.isVisible()  # says it takes a while
        dialog.reject()  # Escape waits while the erasure runs
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        if dialog.isVisible():  # refused: said at the field; the test cancels
            seen.append(dialog.error.text())
            dialog.reject()
    return act


def test_the_tab_lists_the_due_with_nothing_ticked(qtbot, ws, preferences, people) -> None:
    _, tab = open_tab(qtbot, ws, preferences)
    assert labels(people, tab) == DUE_AT_5
    first = tab.items()[1]
    assert [first.text(c) for c in range(5)] == [
        "Person two_old", "010170-••••", "01.05.2018", "SOE", "02.05.2023"]
    assert tab.years.value() == 5 and tab.years.text() == "5 år"
    assert tab.count.text() == ("4 personer skal slettes: alle deres forløb sluttede for mere "
                                "end 5 år siden.")
    assert tab.ticked() == [] and not tab.erase_button.isEnabled()  # nothing ticked


def test_tick_press_password_and_the_list_is_read_again(qtbot, ws, preferences,
                                                        people) -> None:
    _, tab = open_tab(qtbot, ws, preferences)
    tab.tree.setFocus()
    tab.tree.setCurrentItem(tab.items()[0])
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)  # ticks deleted_open
    tab.items()[3].setCheckState(NAME, Qt.CheckState.Checked)  # day_more, by mouse
    assert tab.erase_button.isEnabled() and tab.erase_button.text() == "Slet de 2 valgte…"
    seen: list = []
    answer(qtbot, type_and_erase(qtbot, PASSWORD, seen))
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.reads == 2, timeout=20_000)
    assert labels(people, tab) == ["two_old", "leap"]
    assert seen[0].startswith("Slet 2 personer helt?")
    assert {"Person deleted_open", "Person day_more"}.isdisjoint(still_there(ws))
    assert {"Person two_old", "Person leap", "Person exactly_5"} <= still_there(ws)
    assert tab.message.text.text() == (
        "2 personer er slettet. 2 personer skal slettes: alle deres forløb sluttede for mere "
        "end 5 år siden.")
    assert tab.ticked() == []


def test_a_wrong_password_erases_nobody(qtbot, ws, preferences, people) -> None:
    _, tab = open_tab(qtbot, ws, preferences)
    tab.tick_all()
    assert len(tab.ticked()) == 4 and tab.tick_all_button.text() == "Fravælg alle"
    before = still_there(ws)
    seen: list = []
    answer(qtbot, type_and_erase(qtbot, "forkert-kodeord", seen))
    assert tab.erase_ticked()  # asked (open(): the dialog answers later)
    qtbot.waitUntil(lambda: len(seen) == 2 and QApplication.activeModalWidget() is None,
                    timeout=20_000)
    assert seen[1] == "Adgangskoden er forkert. Ingen er slettet."
    assert still_there(ws) == before
    assert labels(people, tab) == DUE_AT_5


def test_cancel_erases_nobody(qtbot, ws, preferences, people) -> None:
    _, tab = open_tab(qtbot, ws, preferences)
    tab.tick_all()
    before = still_there(ws)
    answer(qtbot, lambda dialog: dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Cancel).click())
    assert tab.erase_ticked()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.wait(200)
    assert still_there(ws) == before and tab.reads == 1


def test_three_years_saved_changes_the_list(qtbot, ws, preferences, people) -> None:
    _, tab = open_tab(qtbot, ws, preferences)
    tab.years.selectAll()
    qtbot.keyClicks(tab.years, "3")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.reads == 2, timeout=10_000)
    assert retention.retention_years(ws.ctx) == 3
    assert labels(people, tab) == [*DUE_AT_5, "exactly_5", "day_less", "three_years"]
    assert tab.count.text().startswith("7 personer skal slettes")
    assert tab.message.text.text() == "Opbevaringsperioden er gemt: 3 år."


def test_enter_opens_the_persons_page(qtbot, ws, preferences, people) -> None:
    area, tab = open_tab(qtbot, ws, preferences)
    tab.tree.setFocus()
    tab.tree.setCurrentItem(tab.items()[1])
    with qtbot.waitSignal(area.open_area) as opened:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert opened.args == ["participants", {"course": people.courses["two_old#1"]}]


def test_nobody_due_and_the_other_languages(qtbot, ws, preferences, people,
                                            monkeypatch) -> None:
    monkeypatch.setattr(retention_tab, "today", lambda: TODAY.replace(year=2010))
    area, tab = open_tab(qtbot, ws, preferences)
    assert tab.count.text() == "Ingen skal slettes." and not tab.tick_all_button.isEnabled()
    title = lambda: area.tab_widget.tabText(area.tab_widget.indexOf(tab))  # noqa: E731
    apply_language("en")
    qtbot.waitUntil(lambda: title() == "Erasure due")
    assert tab.count.text() == "Nobody is due for erasure." and tab.years.text() == "5 years"
    tab.years.setValue(1)
    assert tab.years.text() == "1 year"
    apply_language("nb")
    qtbot.waitUntil(lambda: title() == "Sletting")
    assert tab.period_label.text() == "&Oppbevaringstid:"
    apply_language("da")
    qtbot.waitUntil(lambda: title() == "Sletning")


def test_a_period_fixed_by_the_it_policy_cannot_be_changed_here(qtbot, ws, preferences,
                                                                people, monkeypatch) -> None:
    monkeypatch.setattr(retention, "_policy_years", lambda: 3)
    _, tab = open_tab(qtbot, ws, preferences)
    assert tab.years.value() == 3 and not tab.years.isEnabled()
    assert not tab.save_button.isVisible() and tab.policy_note.text() == (
        "Indstillet af din it-afdeling")
    assert len(tab.rows) == 7
