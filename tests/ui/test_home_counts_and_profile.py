"""The home screen's caseload opens the list showing exactly what it counted; a profile
changed in Settings shows in the list at once; the list's due tooltip says what clears an
overdue item, in the words of the participant page (and the printed list names it too)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from ips_desktop.domain.rule_texts import overdue_warning, rule_remedy, rule_short
from ips_desktop.domain.rules import RuleId
from ips_desktop.services import caseload, workspace
from ips_desktop.storage.models import Participant
from ips_desktop.ui.participants.caseload_model import Column
from tests.helpers import make_demo_database, open_copy
from tests.ui.test_profile_settings import retype, settings_from_the_window
from tests.ui.test_sidebar_areas import HOME_ROW, click_link, click_sidebar, counted
from tests.ui.window_support import PARTICIPANTS_ROW, enrol, open_window, participants


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory):
    return make_demo_database(tmp_path_factory.mktemp("demo-counts"), date.today())


@pytest.fixture
def demo_ws(demo_source, tmp_path):
    """The demo as the first run leaves it: owned by one of its consultants."""
    opened = open_copy(demo_source, tmp_path / "demo")
    first = caseload.caseload(opened.ctx, today=date.today())[0]
    workspace.set_owner(opened, first.consultant_id)
    yield opened
    opened.close()


def shown_count(label) -> int:
    """The first figure of a link's text ('23 af 25' -> 23)."""
    text = label.text().split(">")[1].split("<")[0]
    return int(text.split()[0].replace(".", "").replace("\xa0", ""))


def test_the_caseload_link_opens_the_list_with_as_many_rows_as_it_counted(qtbot, demo_ws,
                                                                          preferences):
    with demo_ws.ctx.engine.begin() as conn:  # a deleted person is in neither count nor list
        gone = conn.execute(select(Participant.id).limit(1)).scalar_one()
        conn.execute(update(Participant).where(Participant.id == gone)
                     .values(deleted_at=datetime.now(UTC)))
    window = open_window(qtbot, demo_ws, preferences)
    area = participants(window)  # the list as the user left it: everyone's, searched, overdue
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    area.only_overdue.setChecked(True)
    area.phase.setCurrentIndex(2)
    area.whose.setCurrentIndex(area.whose.findData("all"))
    qtbot.keyClicks(area.search, "a")
    click_sidebar(qtbot, window, HOME_ROW)
    home = window.area_widgets[HOME_ROW]
    counted(qtbot, window)
    label = home.count_labels["participant"]
    qtbot.waitUntil(lambda: "<a " in label.text())
    number = shown_count(label)
    click_link(qtbot, label)
    assert window.sidebar.currentRow() == PARTICIPANTS_ROW
    assert area.model.rowCount() == area.model.total() == number > 0
    assert area.search.text() == "" and not area.only_overdue.isChecked()
    assert area.phase.currentData() is None
    assert area.chosen_consultant() == demo_ws.ctx.actor_id  # my caseload


def test_the_counts_are_counted_again_when_the_overview_is_shown(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    home = window.area_widgets[HOME_ROW]
    counted(qtbot, window)
    assert home.count_labels["participant"].text() == '<a href="#participant">0 af 25</a>'
    participants(window)
    enrol(ws)
    click_sidebar(qtbot, window, HOME_ROW)
    qtbot.waitUntil(lambda: home.count_labels["participant"].text()
                    == '<a href="#participant">1 af 25</a>')


def test_initials_changed_in_settings_show_in_the_list_and_its_filter(qtbot, ws, preferences):
    enrol(ws)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    cell = area.model.index(0, Column.CONSULTANT)
    assert cell.data() == "SOE"
    area.whose.setCurrentIndex(area.whose.findData("all"))
    dialog = settings_from_the_window(qtbot, window)
    retype(qtbot, dialog.profile.initials, "sø")
    retype(qtbot, dialog.profile.name, "Søren Ø. Hansen")
    qtbot.keyClick(dialog.profile.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    cell = area.model.index(0, Column.CONSULTANT)
    assert cell.data() == "SØ"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Søren Ø. Hansen"
    assert area.whose.currentData() == "all"  # the filter the user chose stays


def test_the_due_tooltip_says_what_clears_an_overdue_item(qtbot, ws, preferences):
    today = date.today()
    from ips_desktop.services import referrals
    from tests.reports.support import referral_spec

    referrals.register_referral(ws.ctx, referral_spec(), {
        "name": "Karen Ødegaard", "referral_date": (today - timedelta(days=20)).isoformat(),
        "consultant": str(ws.ctx.actor_id)}, today=today)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    due = area.model.index(0, Column.NEXT_DUE)
    tip = due.data(Qt.ItemDataRole.ToolTipRole)
    assert overdue_warning(RuleId.FIRST_MEETING, 13) in tip.splitlines()
    assert "registrér et møde med deltageren under Kontakter" in tip
    assert "registrér" not in due.data()  # the narrow cell keeps its short words
    # The printed list names it once, under the table.
    printout = area.printout()
    assert printout.notes_heading == "Sådan fjernes en advarsel om overskredet frist"
    assert f"{rule_short(RuleId.FIRST_MEETING)}: {rule_remedy(RuleId.FIRST_MEETING)}" \
        in printout.notes
    import io

    from pypdf import PdfReader

    from ips_desktop.reports.list_pdf import list_pdf

    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(list_pdf(printout, language="da"))).pages)
    assert "Sådan fjernes en advarsel om overskredet frist" in text
    assert "Første møde: registrér et møde med deltageren under Kontakter" in text
