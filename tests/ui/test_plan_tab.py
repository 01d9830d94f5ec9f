"""The implementation plan tab, driven like a team lead: choose an agreement, type, save."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ips_desktop.domain.implementation_plan import Party
from ips_desktop.domain.messages import message
from ips_desktop.services.implementation_plan import plan, save_item
from ips_desktop.ui.overview import plan_tab
from ips_desktop.ui.overview.plan_tab import ITEM_ROLE, PlanTab
from ips_desktop.ui.widgets.unsaved import Unsaved
from tests.plan_support import make_lead
from tests.ui.conftest import activate

TODAY = date(2026, 11, 20)


@pytest.fixture
def tab(qtbot, ws, monkeypatch) -> PlanTab:
    make_lead(ws)
    monkeypatch.setattr(plan_tab, "today", lambda: TODAY)
    shown = PlanTab(ws)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    activate(qtbot, shown)
    shown.set_period(date(2026, 1, 1), date(2026, 11, 1), None)
    return shown


def rows(tab: PlanTab) -> list[tuple[str | None, list[str]]]:
    found = []
    for index in range(tab.tree.topLevelItemCount()):
        row = tab.tree.topLevelItem(index)
        found.append((row.data(0, ITEM_ROLE), [row.text(c).strip() for c in range(3)]))
    return found


def choose(qtbot, tab: PlanTab, name: str) -> None:
    row = tab._row(name)
    rect = tab.tree.visualItemRect(row)
    tab.tree.scrollToItem(row)
    rect = tab.tree.visualItemRect(row)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_plan_shows_the_seeds_headings_and_agreements(tab):
    shown = rows(tab)
    headings = [texts[0] for name, texts in shown if name is None]
    assert headings[0] == "Målgruppe, måltal og visitation"
    assert headings[-1] == "Opfølgning på implementeringsplanen"
    assert sum(1 for name, _ in shown if name is not None) == 23
    assert tab.current == "target_group"
    assert tab.title.text() == "Aftale om målgruppe"
    assert tab.party.currentText() == "Kommune og Psykiatri (planens forslag)"
    assert tab.tree.headerItem().text(0) == "Aftale og handling"


def test_typing_and_ctrl_s_saves_the_agreement(qtbot, tab, ws):
    choose(qtbot, tab, "training")
    assert tab.title.text() == "Uddannelse i IPS"
    tab.answer.setFocus()
    qtbot.keyClicks(tab.answer.focusProxy() or tab.answer, "Basisuddannelse i marts")
    tab.responsible.setFocus()
    qtbot.keyClicks(tab.responsible, "Bo Berg")
    tab.deadline.setFocus()
    qtbot.keyClicks(tab.deadline.edit, "31.1.2027")
    tab.party.setCurrentIndex(tab.party.findData(Party.KOMMUNE.value))
    assert tab.has_unsaved_changes()
    qtbot.keyClick(tab.responsible, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    item = plan(ws.ctx, today=TODAY).item("training")
    assert (item.answer, item.responsible, item.deadline, item.party) == (
        "Basisuddannelse i marts", "Bo Berg", date(2027, 1, 31), Party.KOMMUNE)
    assert not tab.has_unsaved_changes()
    assert tab.saved_note.text() == "Gemt"
    assert dict((n, t) for n, t in rows(tab))["training"] == [
        "Uddannelse i IPS", "Bo Berg", "31.01.2027"]


def test_a_bad_date_and_a_missing_responsible_are_said_at_their_fields(qtbot, tab, ws):
    tab.deadline.setFocus()
    qtbot.keyClicks(tab.deadline.edit, "32.13.2027")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.errors.text("deadline") == message("not_a_date")
    tab.deadline.edit.clear()
    qtbot.keyClicks(tab.deadline.edit, "1.2.2027")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.errors.text("responsible") == message("plan_responsible_needed")
    assert tab.errors.text("deadline") == ""
    assert plan(ws.ctx, today=TODAY).item("target_group").saved is False


def test_a_passed_deadline_says_so_in_words(qtbot, ws, tab):
    save_item(ws.ctx, "access", "", "faelles", "Lis", date(2026, 11, 1), None, today=TODAY)
    save_item(ws.ctx, "referral", "", "faelles", "Lis", date(2026, 10, 1), date(2026, 10, 2),
              today=TODAY)
    tab.load()
    shown = dict(rows(tab))
    assert shown["access"][2] == "01.11.2026 – deadline overskredet"
    assert shown["referral"][2] == "udført 02.10.2026"
    row = tab._row("access")
    assert row.font(2).bold() and not tab._row("referral").font(2).bold()


def test_moving_on_with_unsaved_input_asks(qtbot, tab, ws, monkeypatch):
    asked = []

    def answer_with(reply):
        def ask(parent):
            asked.append(parent)
            return reply
        return ask

    qtbot.keyClicks(tab.responsible, "Lis")
    monkeypatch.setattr(plan_tab, "ask_about_unsaved", answer_with(Unsaved.KEEP_EDITING))
    choose(qtbot, tab, "access")
    assert len(asked) == 1 and tab.current == "target_group"
    assert tab.tree.currentItem().data(0, ITEM_ROLE) == "target_group"
    assert tab.responsible.text() == "Lis"
    monkeypatch.setattr(plan_tab, "ask_about_unsaved", answer_with(Unsaved.SAVE))
    choose(qtbot, tab, "access")
    assert tab.current == "access"
    assert plan(ws.ctx, today=TODAY).item("target_group").responsible == "Lis"
    qtbot.keyClicks(tab.responsible, "Bo")
    monkeypatch.setattr(plan_tab, "ask_about_unsaved", answer_with(Unsaved.DISCARD))
    qtbot.keyClick(tab.responsible, Qt.Key.Key_Escape)
    assert tab.responsible.text() == "" and not tab.has_unsaved_changes()
    assert len(asked) == 3


def test_the_home_screens_link_opens_the_plan_at_its_item(tab):
    tab.show_filtered({"item": "plan_follow_up"})
    assert tab.current == "plan_follow_up"
    assert tab.tree.currentItem().data(0, ITEM_ROLE) == "plan_follow_up"
    assert tab.title.text() == "Opfølgning på implementeringsplanen"


def test_ctrl_p_previews_the_plan_and_records_the_print(qtbot, tab, ws):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from ips_desktop.storage.models import AuditEvent
    from ips_desktop.ui.widgets.print_preview import BackgroundPreview
    from tests.reports.support import all_text

    save_item(ws.ctx, "access", "Nøglekort fra 1. december", "faelles", "Lis", None, None,
              today=TODAY)
    tab.load()
    tab.print_current()
    job = BackgroundPreview.of(tab)
    qtbot.waitUntil(lambda: job.preview is not None, timeout=20_000)
    preview = job.preview
    assert preview.windowTitle().startswith("Implementeringsplan")
    assert preview.suggested_name == f"implementation-plan-{TODAY.isoformat()}.pdf"
    assert "Svar: Nøglekort fra 1. december" in all_text(preview.pdf_bytes)
    with Session(ws.ctx.engine) as session:
        events = list(session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "implementation_plan")))
    assert [(e.action, e.details["items"]) for e in events] == [("print", 23)]
    preview.close()


def test_the_arrow_keys_pass_over_the_headings(qtbot, tab):
    tab.show_filtered({"item": "referral"})  # the last agreement of the first heading
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    assert tab.current == "success_criteria"
    assert tab.tree.currentItem().data(0, ITEM_ROLE) == "success_criteria"
    qtbot.keyClick(tab.tree, Qt.Key.Key_Up)
    assert tab.current == "referral"
    qtbot.keyClick(tab.tree, Qt.Key.Key_Home)  # the first row is a heading
    assert tab.current == "target_group"


def test_switching_language_mid_edit_words_the_agreement_anew_and_keeps_the_input(
        qtbot, tab):
    from ips_desktop.ui.i18n import apply_language

    qtbot.keyClicks(tab.responsible, "Lis")
    tab.deadline.edit.setText("31.02.2026")  # no date yet: kept as typed
    tab.party.setCurrentIndex(tab.party.findData(Party.KOMMUNE.value))
    try:
        apply_language("en")
        qtbot.wait(20)
        assert tab.title.text() == "Agreement on the target group"
        assert "(the plan's suggestion)" in tab.party.itemText(
            tab.party.findData(Party.FAELLES.value))
        assert tab.tree.headerItem().text(0) == "Agreement and action"
        assert tab.responsible.text() == "Lis" and tab.deadline.edit.text() == "31.02.2026"
        assert tab.party.currentData() == Party.KOMMUNE.value
        assert tab.has_unsaved_changes() and tab.current == "target_group"
    finally:
        apply_language("da")
