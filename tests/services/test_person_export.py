"""The access copy (GDPR art. 15): every item the app holds about a person, in the JSON and
the PDF, each answer with its question as its own version asked it; nothing of another
person; two files that name no one, 0600, recorded once, never half written."""

from __future__ import annotations

import errno
import json
import re
import stat
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.reports import person_copy
from ips_desktop.reports.pdf_base import FOOTER, PAGE_OF, PRINTED
from ips_desktop.reports.person_json import SCHEMA_VERSION, person_json
from ips_desktop.reports.person_pdf import person_pdf
from ips_desktop.reports.person_texts import word
from ips_desktop.services import person_export_files, printing
from ips_desktop.services.person_export import person_export
from ips_desktop.storage import models as m
from tests.person_data import TODAY, PersonData, build_person
from tests.reports.support import all_text, flat, pages_text

OTHER_TAG = "Zebrafink"


@pytest.fixture
def people(ws) -> tuple[PersonData, PersonData]:
    subject = build_person(ws.ctx, "Åse Ærenfeldt", "Ålekone", cpr="010190-1234")
    other = build_person(ws.ctx, "Bent Zebrafink", OTHER_TAG, cpr="020285-5678")
    return subject, other


def body_text(pdf: bytes, name: str, language: str = "da") -> str:
    """The pages' text without what each page repeats (the header with the name, the footer
    with page and print time), so that a note running on over a page reads as one."""
    heading = {"da": "Udtræk efter databeskyttelsesforordningens artikel 15",
               "en": "Copy under Article 15 of the General Data Protection Regulation",
               "nb": "Utdrag etter personvernforordningens artikkel 15"}[language]
    top = re.compile(re.escape(f"{name} {heading} {FOOTER[language]} ")
                     + re.escape(PRINTED[language].format(when="")) + r"[0-9.]+ [0-9:]+ ")
    bottom = re.compile(" " + re.escape(PAGE_OF[language]).replace(r"\{page\}", r"\d+")
                        .replace(r"\{total\}", r"\d+") + "$")
    bodies = []
    for page in pages_text(pdf):
        assert top.match(page) and bottom.search(page), (page[:160], page[-40:])
        bodies.append(bottom.sub("", top.sub("", page, count=1)))
    return " ".join(bodies)


def _json_text(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False)


def _answers(document: dict) -> list[tuple[str, str]]:
    return [(answer["label"], answer["text"]) for course in document["courses"]
            for form in course["forms"] for answer in form["answers"]]


def _concerning(ws, participant_id: uuid.UUID) -> list[m.AuditEvent]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(select(m.AuditEvent).where(
            m.AuditEvent.participant_id == participant_id)))


def test_the_json_holds_every_item_and_nothing_of_the_other_person(ws, people) -> None:
    subject, _ = people
    document = json.loads(person_json(person_export(ws.ctx, subject.participant_id),
                                      language="da"))
    assert document["schema_version"] == SCHEMA_VERSION and document["language"] == "da"
    text = _json_text(document)
    for item in subject.texts:
        assert item in text, item
    answers = _answers(document)
    for label, answer in subject.answers:
        assert any(found_label == label and answer in found for found_label, found in answers), \
            (label, answer)
    assert OTHER_TAG not in text and "020285-5678" not in text
    live, old = sorted(document["courses"], key=lambda c: c["referral"]["referral_date"],
                       reverse=True)
    assert live["deleted_at"] is None and old["deleted_at"].startswith("2025-01-05")
    assert old["consents"][0]["withdrawn_on"] == "2024-08-01"
    assert live["phase_changes"][-1]["phase"] == "job_search"
    assert live["phase_changes"][-1]["changed_by"] == "SOE"


def test_a_changed_answer_keeps_what_it_said_before(ws, people) -> None:
    subject, _ = people
    document = json.loads(person_json(person_export(ws.ctx, subject.participant_id),
                                      language="da"))
    history = [change for course in document["courses"] for form in course["forms"]
               for change in form["history"] if change["field"] == "dream_job"]
    assert [(c["old_text"], c["new_text"]) for c in history][-1] == \
        ("Ålekone dyrepasser", "Ålekone dyrlæge i Køge")
    assert history[-1]["label"].startswith("Hvad er dit drømmejob?")
    assert history[-1]["by"] == "SOE"
    cells = [change for course in document["courses"] for form in course["forms"]
             for change in form["history"] if change["field"].startswith("jobs[")]
    assert any(c["label"].startswith("Tidligere job") and c["new_text"] == "Ålekone Netto"
               for c in cells)


def test_the_audit_events_that_concern_the_person_are_all_there(ws, people) -> None:
    subject, other = people
    expected = _concerning(ws, subject.participant_id)
    assert {e.action for e in expected} >= {"create", "update", "read", "print"}
    document = json.loads(person_json(person_export(ws.ctx, subject.participant_id),
                                      language="da"))
    found = {(e["action"], e["entity"], e["entity_id"]) for e in document["audit_events"]}
    assert found == {(e.action, e.entity, str(e.entity_id) if e.entity_id else None)
                     for e in expected}
    assert len(document["audit_events"]) == len(expected)
    assert {e["actor"] for e in document["audit_events"]} == {"SOE"}
    theirs = {str(e.entity_id) for e in _concerning(ws, other.participant_id)}
    assert not theirs & {e["entity_id"] for e in document["audit_events"]}


def test_the_pdf_says_every_item_in_danish(ws, people) -> None:
    subject, _ = people
    pdf = person_pdf(person_export(ws.ctx, subject.participant_id), language="da")
    text = body_text(pdf, subject.name)
    assert "Udtræk efter databeskyttelsesforordningens artikel 15" in text
    assert "Side 1 af" in all_text(pdf) and "Udskrevet" in all_text(pdf)
    for item in subject.texts:
        assert flat(item) in text, item
    for label, answer in subject.answers:
        assert flat(label) in text and flat(answer) in text, (label, answer)
    for heading in ("Personoplysninger", "Samtykke", "Kontakter og notater", "Skemaer",
                    "Virksomhedskontakter for dig", "Job og uddannelse", "Kalenderaftaler",
                    "Supervision", "Adgangslog"):
        assert heading in text, heading
    assert "markeret som slettet 05.01.2025" in text
    assert "Møde aftalt" in text and "Ansigt til ansigt" in text
    assert OTHER_TAG not in text


def test_the_pdf_in_english_and_norwegian(ws, people) -> None:
    subject, _ = people
    export = person_export(ws.ctx, subject.participant_id)
    english = all_text(person_pdf(export, language="en"))
    assert "Copy under Article 15" in english and "Page 1 of" in english
    assert "What is your dream job?" in english and "Audit trail" in english
    norwegian = all_text(person_pdf(export, language="nb"))
    assert "personvernforordningens artikkel 15" in norwegian and "Tilgangslogg" in norwegian


def test_the_audit_trail_in_the_pdf(ws, people) -> None:
    subject, _ = people
    export = person_export(ws.ctx, subject.participant_id)
    assert len(export.audit) >= 5
    text = all_text(person_pdf(export, language="da"))
    rows = Counter(f"{event.at.astimezone():%d.%m.%Y %H:%M} SOE "
                   f"{word('action', event.action, 'da')} "
                   f"{word('entity', event.entity, 'da')} {str(event.entity_id)[:8]}"
                   for event in export.audit)
    for row, times in rows.items():
        assert text.count(row) == times, row
    assert "udskrevet" in text and "læst" in text and "oprettet" in text


def test_two_files_that_name_no_one_written_0600_and_recorded_once(ws, people,
                                                                    tmp_path) -> None:
    subject, _ = people
    out = tmp_path / "til personen"
    out.mkdir()
    made = person_copy.write_access_copy(ws.ctx, subject.participant_id, out, language="da",
                                         today=TODAY)
    short = subject.participant_id.hex[:8]
    assert sorted(p.name for p in out.iterdir()) == [f"indsigt-{short}-2026-12-02.json",
                                                     f"indsigt-{short}-2026-12-02.pdf"]
    for path in made.paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(made.paths[1].read_text("utf-8"))["person"]["name"] == "Åse Ærenfeldt"
    with ws.ctx.engine.connect() as conn:
        events = list(conn.execute(select(m.AuditEvent).where(
            m.AuditEvent.action == AuditAction.EXPORT.value)))
    assert len(events) == 1
    event = events[0]
    assert (event.entity, event.entity_id) == ("participant", subject.participant_id)
    assert event.details["notes"] == 3 and event.details["courses"] == 2
    assert "Åse" not in json.dumps(event.details) and "indsigt" not in json.dumps(event.details)


@pytest.mark.sqlite_only(
    reason="exports are refused in the SQLCipher data folder (known by its vault.json) and over "
           "its ips.db; a server workspace has neither")
def test_a_folder_in_the_data_directory_is_refused_before_anything(ws, people) -> None:
    subject, _ = people
    with pytest.raises(printing.ExportTargetRefused):
        person_copy.write_access_copy(ws.ctx, subject.participant_id, ws.data_dir,
                                      language="da")
    assert not list(ws.data_dir.glob("indsigt-*"))


def test_a_failed_second_file_leaves_nothing(ws, people, tmp_path, monkeypatch) -> None:
    subject, _ = people
    written = []
    real = printing.write_file

    def full_at_the_json(target: Path, data: bytes) -> None:
        if target.suffix == ".json":
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, data)
        written.append(target)

    monkeypatch.setattr(printing, "write_file", full_at_the_json)
    with pytest.raises(OSError):
        person_copy.write_access_copy(ws.ctx, subject.participant_id, tmp_path, language="da")
    assert written and not list(tmp_path.glob("indsigt-*"))
    with ws.ctx.engine.connect() as conn:
        assert not list(conn.execute(select(m.AuditEvent).where(
            m.AuditEvent.action == AuditAction.EXPORT.value)))


def test_an_unknown_person_is_a_lookup_error(ws) -> None:
    with pytest.raises(LookupError):
        person_export(ws.ctx, uuid.uuid4())
    with pytest.raises(NotADirectoryError):
        person_export_files.check_folder(Path("/nowhere/at/all"))


def test_the_json_keys_are_the_documented_schema(ws, people) -> None:
    """Schema version 1 as reports/person_json.py documents it: a renamed key is a new
    version, so a key that changes without one fails here."""
    subject, _ = people
    document = json.loads(person_json(person_export(ws.ctx, subject.participant_id),
                                      language="en"))
    assert list(document) == ["schema", "schema_version", "language", "made_at", "demo",
                              "person", "courses", "audit_events"]
    assert set(document["person"]) == {"id", "name", "cpr", "phone", "email", "address",
                                       "municipality", "created_at", "updated_at",
                                       "deleted_at"}
    course = document["courses"][-1]
    assert set(course) == {
        "id", "consultant", "referral", "first_meeting_date", "plan_completed_on", "phase",
        "ended_on", "end_reason", "end_reason_text", "created_at", "deleted_at", "consents",
        "phase_changes", "notes", "forms", "plan_reviews", "employer_contacts", "placements",
        "job_opening_candidacies", "calendar_events", "supervision"}
    assert set(course["notes"][0]) == {"date", "kind", "place", "text", "consultant",
                                       "deleted_at"}
    assert set(course["employer_contacts"][0]) == {
        "date", "time", "employer", "consultant", "mode", "purpose", "outcome_kind", "outcome",
        "next_step", "follow_up_date", "deleted_at"}
    assert set(course["forms"][0]["answers"][0]) == {"name", "label", "value", "text"}
    assert set(document["audit_events"][0]) == {"at", "actor", "action", "entity",
                                                "entity_id"}
    assert course["notes"][0]["date"] == "2026-10-08"
    assert course["employer_contacts"][0]["time"] == "10:30:00"
