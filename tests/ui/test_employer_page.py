"""An employer's page on the demo data, and merging two employers from it (issue 15's
"merging two employers keeps every contact"), driven as a user would."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction, OpeningStatus
from ips_desktop.services import employer_log, employers, job_openings, placements
from ips_desktop.services.employer_log import LogFilter
from ips_desktop.storage.models import (
    AuditEvent,
    EmployerContact,
    EmployerContactPerson,
    JobOpening,
    Placement,
)
from ips_desktop.ui.dialogs.employer_dialog import ContactPersonDialog
from ips_desktop.ui.employers.employer_page import (
    CONTACTS_TAB,
    KNOWN_TAB,
    OPENINGS_TAB,
    PERSONS_TAB,
    PLACEMENTS_TAB,
    EmployerPage,
)
from ips_desktop.ui.employers.merge_dialog import MergeDialog
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
def page(qtbot, demo):
    widget = EmployerPage(demo)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    activate(qtbot, widget)
    return widget


def when_modal(kind: type, action: Callable[[object], None]) -> None:
    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind):
            QTimer.singleShot(10, act)
            return
        action(box)
    QTimer.singleShot(0, act)


def click(box: object, text: str) -> None:
    [button] = [b for b in box.findChildren(QPushButton)  # type: ignore[attr-defined]
                if b.text().replace("&", "") == text]
    button.click()


def visible(kind: type):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def busiest_with_placements(demo):
    rows = [r for r in employers.employer_rows(demo.ctx) if r.placements]
    return max(rows, key=lambda r: r.contacts)


def test_the_page_shows_everything_done_with_the_employer(page, demo):
    row = busiest_with_placements(demo)
    page.show_employer(row.id)
    assert page.name.text() == row.name
    contacts = employer_log.contacts(demo.ctx, LogFilter(employer_id=row.id))
    jobs = placements.placements_for_employer(demo.ctx, row.id)
    openings = job_openings.openings(demo.ctx, status=None, employer_id=row.id)
    assert page.contacts.topLevelItemCount() == len(contacts) == row.contacts
    assert page.placements.topLevelItemCount() == len(jobs) == row.placements
    assert page.openings.topLevelItemCount() == len(openings)
    assert page.tabs.tabText(CONTACTS_TAB) == f"Kontakter ({row.contacts})"
    assert page.tabs.tabText(PLACEMENTS_TAB) == f"Job og uddannelser ({row.placements})"
    assert page.tabs.tabText(OPENINGS_TAB) == f"Jobåbninger ({len(openings)})"
    first = page.contacts.topLevelItem(0)
    assert first.text(0) == contacts[0].contact_date.strftime("%d.%m.%Y")
    assert first.text(6) == contacts[0].participant
    assert {page.placements.topLevelItem(i).text(0) for i in range(len(jobs))} == {
        j.participant for j in jobs}
    detail = employers.employer_detail(demo.ctx, row.id)
    assert page.known.topLevelItemCount() == len(detail.known_by)
    assert page.known_line.text().startswith("Kendt i teamet af: " + detail.known_by[0].initials)
    assert page.tabs.tabText(KNOWN_TAB) == f"Kendt i teamet ({len(detail.known_by)})"


def test_showing_the_page_is_an_audited_read_with_ids_and_counts(page, demo):
    row = busiest_with_placements(demo)
    page.show_employer(row.id)
    with demo.ctx.engine.connect() as conn:
        event = conn.execute(select(AuditEvent).where(
            AuditEvent.action == AuditAction.READ.value, AuditEvent.entity == "employer")
            .order_by(AuditEvent.at.desc())).first()
    assert event is not None and event.entity_id == row.id
    assert event.details["contacts"] == row.contacts
    assert event.details["placements"] == row.placements
    assert all(isinstance(v, int) for v in event.details.values())


def test_a_placement_or_a_contact_leads_to_the_participant(qtbot, page, demo):
    row = busiest_with_placements(demo)
    page.show_employer(row.id)
    wanted: list[object] = []
    page.open_participant.connect(wanted.append)
    page.tabs.setCurrentIndex(PLACEMENTS_TAB)
    item = page.placements.topLevelItem(0)
    page.placements.setCurrentItem(item)
    page.placements.setFocus()
    qtbot.keyClick(page.placements, Qt.Key.Key_Return)
    job = placements.placements_for_employer(demo.ctx, row.id)[0]
    assert wanted == [job.course_id]
    page.tabs.setCurrentIndex(CONTACTS_TAB)
    contacts = employer_log.contacts(demo.ctx, LogFilter(employer_id=row.id))
    index = next(i for i, c in enumerate(contacts) if c.course_id is not None)
    page.contacts.setCurrentItem(page.contacts.topLevelItem(index))
    assert page.participant_button.isEnabled()
    page.participant_button.click()
    assert wanted[-1] == contacts[index].course_id


def test_contact_people_are_added_and_removed_on_the_page(qtbot, page, demo):
    row = busiest_with_placements(demo)
    page.show_employer(row.id)
    before = page.persons.topLevelItemCount()
    page.tabs.setCurrentIndex(PERSONS_TAB)
    page.add_person_button.click()
    dialog = visible(ContactPersonDialog)
    qtbot.keyClicks(dialog.edits["name"], "Åse Ågård")
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Return)
    assert page.persons.topLevelItemCount() == before + 1
    names = [page.persons.topLevelItem(i).text(0) for i in range(before + 1)]
    assert "Åse Ågård" in names
    page.persons.setCurrentItem(page.persons.topLevelItem(names.index("Åse Ågård")))
    when_modal(QMessageBox, lambda box: click(box, "Fjern"))
    page.remove_person_button.click()
    assert page.persons.topLevelItemCount() == before
    assert "Åse Ågård" not in [p.name for p in employers.contact_persons(demo.ctx, row.id)]


def _ids(demo, model, employer_id: uuid.UUID) -> set[uuid.UUID]:
    with demo.ctx.engine.connect() as conn:
        return set(conn.scalars(select(model.id).where(model.employer_id == employer_id,
                                                       model.deleted_at.is_(None))))


def test_merging_two_employers_keeps_every_contact(qtbot, page, demo):
    """Issue 15's test: merged from the page, every contact, contact person, job and
    opening of both is with the one kept, and the page shows them."""
    rows = sorted(employers.employer_rows(demo.ctx), key=lambda r: -r.contacts)
    keep = rows[0]
    away = next(r for r in rows[1:] if r.placements and r.contacts)
    with demo.ctx.engine.begin() as conn:  # an opening at the one merged away, too
        conn.execute(JobOpening.__table__.insert(), [{
            "id": uuid.uuid4(), "employer_id": away.id, "title": "Lagermedarbejder",
            "status": OpeningStatus.OPEN.value, "found_on": TODAY,
            "created_at": datetime.now(), "updated_at": datetime.now()}])
    models = (EmployerContact, EmployerContactPerson, Placement, JobOpening)
    before = {m: _ids(demo, m, keep.id) | _ids(demo, m, away.id) for m in models}
    page.show_employer(keep.id)
    page.merge_button.click()
    dialog = visible(MergeDialog)
    qtbot.keyClicks(dialog.search, away.name)
    found = [dialog.matches.item(i).text() for i in range(dialog.matches.count())]
    assert any(text.startswith(away.name) for text in found)
    while dialog.chosen() is None or dialog.chosen().id != away.id:
        qtbot.keyClick(dialog.matches, Qt.Key.Key_Down)
    assert dialog.keep_this.isChecked()  # the page's employer is kept unless chosen otherwise
    asked: list[str] = []

    def confirm(box: object) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        click(box, "Læg sammen")

    when_modal(QMessageBox, confirm)
    dialog.merge_button.click()
    assert asked == [f"Læg “{away.name}” ind i “{keep.name}”?"]
    assert not dialog.isVisible()
    for model in models:
        assert _ids(demo, model, keep.id) == before[model], model.__name__
        assert _ids(demo, model, away.id) == set(), model.__name__
    assert page.contacts.topLevelItemCount() == keep.contacts + away.contacts
    assert page.placements.topLevelItemCount() == keep.placements + away.placements
    assert page.persons.topLevelItemCount() == len(before[EmployerContactPerson])
    # The one merged away is gone from the register; its id leads to the one kept.
    assert away.id not in [r.id for r in employers.employer_rows(demo.ctx)]
    page.show_employer(away.id)
    assert page.employer_id == keep.id and not page.merged_note.isHidden()


def test_cancelling_the_confirmation_merges_nothing(qtbot, page, demo):
    rows = employers.employer_rows(demo.ctx)
    page.show_employer(rows[0].id)
    page.merge_button.click()
    dialog = visible(MergeDialog)
    qtbot.keyClicks(dialog.search, rows[1].name)
    when_modal(QMessageBox, lambda box: click(box, "Annuller"))
    dialog.merge_button.click()
    assert dialog.isVisible()
    assert len(employers.employer_rows(demo.ctx)) == len(rows)
    dialog.reject()
