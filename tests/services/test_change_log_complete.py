"""The change log is complete: replayed into an empty schema, it gives every row back.

The data are made the way users make them: the small demo (the generator's
bulk inserts), then edits through the services a consultant uses: a
referral registered and edited, form answers added, changed and cleared,
notes, a phase change and an ending, employer contacts logged, corrected and
deleted, an employer edited and two merged, a job opening's candidates
changed, calendar events, supervision ticks, a consent withdrawn, and a
person erased. The replay must meet every row where its entry says (its
base version) and end with every table that travels equal, column for
column, except `server_seq` and `course.phase` (recomputed after a pull).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from ips_desktop.domain.enums import (
    ContactMode,
    ContactPurpose,
    EndReason,
    EventKind,
    NoteKind,
    NotePlace,
    Phase,
)
from ips_desktop.services import (
    calendar_write,
    consents,
    courses,
    employer_contacts,
    employers,
    erasure,
    form_drafts,
    job_openings,
    referrals,
    supervision_items,
    workspace,
)
from ips_desktop.services.calendar_model import EventInput
from ips_desktop.services.courses import NoteInput
from ips_desktop.services.demo import generate_demo
from ips_desktop.services.employer_contacts import ContactInput
from ips_desktop.services.employers import EmployerInput
from ips_desktop.services.form_drafts import Position
from ips_desktop.services.job_openings import OpeningInput
from ips_desktop.storage import change_log, schema
from ips_desktop.storage.engine import make_engine
from ips_desktop.storage.models import ChangeLog, Course, Employer, Participant
from tests.helpers import PASSWORD
from tests.reports.support import referral_answers, referral_spec
from tests.services.draft_support import PROFILE_V1
from tests.services.draft_support import spec as spec_of
from tests.storage.replay import picture, replay

TODAY = date(2026, 11, 20)


@pytest.fixture
def team(data_dir):
    ws, _ = workspace.set_up(data_dir, PASSWORD, demo=True)
    summary = generate_demo(ws.ctx.engine, size="small", seed=5, today=TODAY)
    assert summary.owner is not None
    workspace.set_owner(ws, summary.owner.id)
    yield ws
    ws.close()


def open_courses(ws, n: int) -> list[uuid.UUID]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(select(Course.id).where(
            Course.consultant_id == ws.ctx.actor_id, Course.ended_on.is_(None),
            Course.deleted_at.is_(None)).order_by(Course.id).limit(n)).scalars())


def live_employers(ws, n: int) -> list[uuid.UUID]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(select(Employer.id).where(Employer.deleted_at.is_(None))
                                 .order_by(Employer.id).limit(n)).scalars())


def make_edits(ws) -> None:
    ctx, me = ws.ctx, ws.ctx.actor_id
    spec = referral_spec()
    # A referral, registered and corrected.
    course = referrals.register_referral(ctx, spec, referral_answers("Åse Ærø", me), today=TODAY)
    edited = referral_answers("Åse Ærø Berg", me) | {"phone": "+45 87 65 43 21",
                                                      "substance_use": ""}
    referrals.update_referral(ctx, course, spec, edited, today=TODAY)
    # Form answers: added, changed, cleared.
    profile = spec_of(PROFILE_V1, ctx)
    form_drafts.save_draft(ctx, course, profile, {"dream_job": "Gartner i Ølstykke"},
                           Position(0), today=TODAY)
    form_drafts.save_draft(ctx, course, profile, {"dream_job": "Gartner i Roskilde",
                                                  "last_school": "Køge Gymnasium"},
                           Position(1, "last_school"), today=TODAY)
    form_drafts.save_draft(ctx, course, profile, {"dream_job": None}, Position(2), today=TODAY)
    # Notes, the first meeting, a phase change, an ending.
    courses.add_note(ctx, course, NoteInput(TODAY - timedelta(days=3), NoteKind.MEETING,
                                            NotePlace.JOBCENTER, "Første samtale."), today=TODAY)
    courses.change_phase(ctx, course, Phase.JOB_SEARCH, TODAY - timedelta(days=1), today=TODAY)
    first, second, third = open_courses(ws, 3)
    courses.end_course(ctx, first, TODAY, EndReason.OTHER, today=TODAY,
                       reason_text="Flyttet til Jylland")
    consents.record_withdrawal(ctx, second, TODAY, today=TODAY)
    supervision_items.set_discussed(ctx, third, (2026, 47), True, today=TODAY)
    supervision_items.save_note(ctx, third, (2026, 47), "Drøftet: næste skridt er praktik.")
    # Employer contacts: logged, corrected, deleted.
    shop, other, third_employer = live_employers(ws, 3)
    contact = ContactInput(TODAY, time(10, 30), me, shop, ContactMode.PHONE,
                           ContactPurpose.FOR_PARTICIPANT, course_id=course,
                           outcome="Vil gerne se en kandidat.")
    contact_id = employer_contacts.log_contact(ctx, contact, today=TODAY,
                                               new_contact_person="Bo Ibsen")
    employer_contacts.update_contact(ctx, contact_id, ContactInput(
        TODAY, time(11, 0), me, shop, ContactMode.FACE_TO_FACE, ContactPurpose.FOR_PARTICIPANT,
        course_id=course, outcome="Aftalt møde.", next_step="Ring fredag",
        follow_up_date=TODAY + timedelta(days=7)), today=TODAY)
    gone = employer_contacts.log_contact(ctx, ContactInput(
        TODAY, time(9, 0), me, other, ContactMode.EMAIL, ContactPurpose.NETWORKING),
        today=TODAY)
    employer_contacts.delete_contact(ctx, gone)
    # An employer edited (from what the dialog read), then two merged.
    read = employers.employer_input(ctx, shop)
    employers.update_employer(ctx, shop, EmployerInput(**{
        **read.__dict__, "phone": "+45 11 22 33 44", "notes": "Åben for praktik."}))
    employers.merge_employers(ctx, shop, other)
    # A job opening whose candidates change (one taken off, then back).
    opening = job_openings.create_opening(ctx, OpeningInput(shop, "Gartnermedhjælper",
                                                            candidates=(course, second)),
                                          found_on=TODAY)
    job_openings.update_opening(ctx, opening, OpeningInput(shop, "Gartnermedhjælper",
                                                           candidates=(course,)))
    job_openings.update_opening(ctx, opening, OpeningInput(
        third_employer, "Gartnermedhjælper", hours_per_week=20, candidates=(course, second)))
    # Calendar: one made, one made and deleted.
    start = datetime.combine(TODAY + timedelta(days=2), time(12, 30))
    calendar_write.create_event(ctx, EventInput(EventKind.PARTICIPANT_MEETING, "Møde med Åse",
                                                start, start + timedelta(hours=1), me,
                                                course_id=course))
    ref = calendar_write.create_event(ctx, EventInput(EventKind.OTHER, "Aflyst", start,
                                                      start + timedelta(hours=1), me))
    calendar_write.delete_event(ctx, ref)
    # A person erased: their rows go, and their entries in the log with them.
    with ws.ctx.engine.connect() as conn:
        erased = conn.execute(select(Course.participant_id).where(Course.id == third)).scalar()
    erasure.erase_participant(ws, erased, PASSWORD)


def test_replaying_the_log_into_an_empty_schema_gives_every_row_back(team, tmp_path):
    make_edits(team)
    target = make_engine(tmp_path / "replayed.db", b"\x07" * 32)
    schema.upgrade(target)
    try:
        with target.begin() as conn:
            applied = replay(team.ctx.engine, conn)
        with team.ctx.engine.connect() as conn:
            original = picture(conn)
        with target.connect() as conn:
            rebuilt = picture(conn)
    finally:
        target.dispose()
    assert applied > 2_000  # the demo's rows are in the log too
    for table in original:
        assert rebuilt[table].keys() == original[table].keys(), table
        differing = [row_id for row_id, row in original[table].items()
                     if rebuilt[table][row_id] != row]
        assert differing == [], (table, [
            {k: (v, rebuilt[table][differing[0]][k]) for k, v in original[table][
                differing[0]].items() if rebuilt[table][differing[0]][k] != v}])


def test_the_erased_persons_entries_are_gone_and_the_erasure_is_logged(team):
    with team.ctx.engine.connect() as conn:
        person = conn.execute(select(Participant.id).order_by(Participant.id).limit(1)).scalar()
        before = conn.execute(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.row_id == person)).scalar()
    assert before == 1
    erasure.erase_participant(team, person, PASSWORD)
    with team.ctx.engine.connect() as conn:
        rows = conn.execute(select(ChangeLog.op, ChangeLog.changes).where(
            ChangeLog.row_id == person)).all()
    assert [(op, changes) for op, changes in rows] == [(change_log.ERASE, {})]


def test_a_broken_listener_is_caught_by_the_replay(team, tmp_path, monkeypatch):
    """Break the log on purpose (updates lose one column): the replay no longer matches."""
    real = change_log.TableCodec.update_changes

    def losing_phone(self, pairs):
        return real(self, {k: v for k, v in pairs.items() if k != "phone"})

    monkeypatch.setattr(change_log.TableCodec, "update_changes", losing_phone)
    make_edits(team)
    target = make_engine(tmp_path / "replayed.db", b"\x07" * 32)
    schema.upgrade(target)
    try:
        with target.begin() as conn:
            replay(team.ctx.engine, conn)
        with team.ctx.engine.connect() as conn:
            original = picture(conn)
        with target.connect() as conn:
            rebuilt = picture(conn)
    finally:
        target.dispose()
    assert rebuilt["participant"] != original["participant"]
    assert rebuilt["employer"] != original["employer"]


def test_a_sync_conflict_about_an_erased_persons_row_goes_with_them(team):
    """Both sides' values of the person's row are in the conflict: erasure removes it."""
    from sqlalchemy.orm import Session

    from ips_desktop.storage.models import Note, SyncConflict

    with team.ctx.engine.connect() as conn:
        note_id, person = conn.execute(
            select(Note.id, Course.participant_id).join(Course, Course.id == Note.course_id)
            .order_by(Note.id).limit(1)).one()
    with Session(team.ctx.engine) as session, session.begin():
        conflict = SyncConflict(table_name="note", row_id=note_id, field="text", kind="field",
                                server_value="Qz-server", incoming_value="Qz-incoming")
        session.add(conflict)
        session.flush()
        conflict_id = conflict.id
    erasure.erase_participant(team, person, PASSWORD)
    with team.ctx.engine.connect() as conn:
        assert conn.execute(select(SyncConflict.id)).all() == []
        logged = conn.execute(select(ChangeLog.op).where(
            ChangeLog.row_id == conflict_id)).scalars().all()
        texts = [str(c) for c in conn.execute(select(ChangeLog.changes)).scalars()]
    assert logged == ["erase"]
    assert not any("Qz-" in text for text in texts)
