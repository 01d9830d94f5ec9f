"""Consent on the participant page: what it covers, a withdrawal said as such, and recording
one (or a new consent) from the page in a small dialog, checked as the referral form checks.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import consents, referrals
from ips_desktop.storage.models import AuditEvent, Consent
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.consent import WITHDRAWN_STYLE, ConsentDialog
from tests.reports.support import referral_spec

TODAY = date.today()
GIVEN = TODAY - timedelta(days=30)
SCOPE = "Udveksling af oplysninger mellem psykiatrien og jobcentret om IPS-forløbet."


def day(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def enrol(ws, *, consent: bool = True):
    answers = {"name": "Åse Ærenfeldt", "referral_date": (TODAY - timedelta(days=40)).isoformat(),
               "consultant": str(ws.ctx.actor_id)}
    if consent:
        answers |= {"consent_given_on": GIVEN.isoformat(), "consent_scope": SCOPE}
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)


@pytest.fixture
def area(qtbot, ws, preferences):
    widget = ParticipantsArea(ws, preferences)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_dialog(qtbot, page) -> ConsentDialog:
    line = page.header.consent_line
    qtbot.mouseClick(line.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConsentDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConsentDialog)
    return dialog


def type_date(qtbot, dialog: ConsentDialog, text: str) -> None:
    dialog.day.edit.clear()
    qtbot.keyClicks(dialog.day.edit, text)


def consent_rows(ws) -> list[tuple[date, date | None, str]]:
    with ws.ctx.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(
            Consent.given_on, Consent.withdrawn_on, Consent.scope)
            .where(Consent.deleted_at.is_(None)).order_by(Consent.given_on))]


def consent_events(ws) -> list[tuple[str, dict]]:
    with ws.ctx.engine.connect() as conn:
        return [(a, d) for a, d in conn.execute(select(AuditEvent.action, AuditEvent.details)
                                                 .where(AuditEvent.entity == "consent"))]


def test_the_page_shows_the_scope_and_date_of_the_consent(qtbot, ws, area):
    area.open_course(enrol(ws))
    line = area.page.header.consent_line
    assert line.label.text().startswith(f"Samtykke givet den {GIVEN.strftime('%d.%m.%Y')}")
    assert f"omfatter: {SCOPE}" in line.label.text()
    assert line.button.text() == "Registrér &tilbagetrækning…"
    assert line.label.styleSheet() == ""  # given: no warning


def test_a_withdrawal_recorded_on_the_page_is_said_apart_from_missing(qtbot, ws, area):
    course = enrol(ws)
    area.open_course(course)
    page = area.page
    dialog = open_dialog(qtbot, page)
    withdrawn = TODAY - timedelta(days=2)
    type_date(qtbot, dialog, day(withdrawn))
    qtbot.keyClick(dialog.day.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    label = page.header.consent_line.label
    assert label.text().startswith(f"Samtykke trukket tilbage {day(withdrawn)} — del intet")
    assert label.styleSheet() == WITHDRAWN_STYLE  # framed, bold: not the red "missing" line
    assert consent_rows(ws) == [(GIVEN, withdrawn, SCOPE)]
    assert consent_events(ws) == [("update", {"field": "withdrawn_on", "course": str(course)})]
    events = [page.timeline.topLevelItem(i).text(1)
              for i in range(page.timeline.topLevelItemCount())]
    assert events.count("Samtykke trukket tilbage") == 1  # on the timeline too
    # The Referral tab shows it too, so saving the form later does not undo it.
    assert page.referral_tab.editor.widgets["consent_withdrawn_on"].value() == \
        withdrawn.isoformat()
    assert page.header.consent_line.button.text() == "Registrér &samtykke…"


@pytest.mark.parametrize(("typed", "said"), [
    (day(TODAY + timedelta(days=1)), "fremtiden"),
    (day(GIVEN - timedelta(days=1)), "før det blev givet"),
])
def test_a_withdrawal_in_the_future_or_before_the_consent_is_refused(qtbot, ws, area, typed,
                                                                     said):
    area.open_course(enrol(ws))
    dialog = open_dialog(qtbot, area.page)
    try:
        type_date(qtbot, dialog, typed)
        qtbot.keyClick(dialog.day.edit, Qt.Key.Key_Return)
        assert dialog.isVisible()  # the reason at the field, the date kept to correct
        assert said in dialog.errors.text(consents.WITHDRAWN)
        assert dialog.day.edit.text() == typed
        assert consent_rows(ws) == [(GIVEN, None, SCOPE)]
        assert consent_events(ws) == []
    finally:
        dialog.reject()


def test_cancel_records_nothing(qtbot, ws, area):
    area.open_course(enrol(ws))
    dialog = open_dialog(qtbot, area.page)
    type_date(qtbot, dialog, day(TODAY))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert consent_rows(ws) == [(GIVEN, None, SCOPE)] and consent_events(ws) == []


def test_a_new_consent_after_a_withdrawal_keeps_the_old_one(qtbot, ws, area):
    course = enrol(ws)
    consents.record_withdrawal(ws.ctx, course, TODAY - timedelta(days=10), today=TODAY)
    area.open_course(course)
    page = area.page
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "Nyt samtykke"
    type_date(qtbot, dialog, day(TODAY - timedelta(days=1)))
    qtbot.keyClicks(dialog.scope, "Kun med jobcentret")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert consent_rows(ws) == [(GIVEN, TODAY - timedelta(days=10), SCOPE),
                                (TODAY - timedelta(days=1), None, "Kun med jobcentret")]
    assert "omfatter: Kun med jobcentret" in page.header.consent_line.label.text()
    assert [a for a, _ in consent_events(ws)] == ["update", "create"]


def test_no_consent_yet_is_a_plain_warning_with_a_way_to_record_it(qtbot, ws, area):
    area.open_course(enrol(ws, consent=False))
    line = area.page.header.consent_line
    assert line.label.text().startswith("Samtykke mangler")
    assert line.label.styleSheet() != WITHDRAWN_STYLE
    assert line.button.text() == "Registrér &samtykke…"


def test_the_referral_form_refuses_a_consent_dated_ahead_with_the_same_words(ws):
    course = enrol(ws)
    spec = referral_spec()
    answers = referrals.answers_for(spec, referrals.referral(ws.ctx, course))
    answers["consent_withdrawn_on"] = (TODAY + timedelta(days=3)).isoformat()
    with pytest.raises(ValidationError) as refused:
        referrals.update_referral(ws.ctx, course, spec, answers, today=TODAY)
    with pytest.raises(ValidationError) as same:
        consents.record_withdrawal(ws.ctx, course, TODAY + timedelta(days=3), today=TODAY)
    assert refused.value.for_field("consent_withdrawn_on") == \
        same.value.for_field(consents.WITHDRAWN)
    assert consent_rows(ws) == [(GIVEN, None, SCOPE)]
    assert AuditAction.UPDATE.value not in [a for a, _ in consent_events(ws)]
