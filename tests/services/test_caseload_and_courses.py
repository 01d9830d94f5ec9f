"""The participant list's rows and a course's page: notes, phases, ending, the timeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from ips_desktop.domain.enums import EndReason, NoteKind, NotePlace, Phase
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.rules import RuleId
from ips_desktop.services import caseload, courses
from ips_desktop.services.courses import NoteInput
from ips_desktop.storage.models import AuditEvent, Course, Note, PhaseChange
from tests import backends

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """One small demo database for the module; each test gets a fresh copy."""
    return backends.make_demo_template(tmp_path_factory.mktemp("demo"), TODAY)


@pytest.fixture
def ws(demo_template, tmp_path):
    opened = backends.open_demo_copy(demo_template, tmp_path / "copy")
    yield opened
    opened.close()


def count(ws, model, *where):
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model).where(*where)).scalar()


def test_caseload_rows_match_the_database(ws):
    rows = caseload.caseload(ws.ctx, today=TODAY)
    assert len(rows) == count(ws, Course, Course.phase != "ended")
    assert {r.phase for r in rows} == set(Phase) - {Phase.ENDED}
    every = caseload.caseload(ws.ctx, today=TODAY, include_ended=True)
    assert len(every) == count(ws, Course)
    for row in rows:
        assert row.days_in_ips == (TODAY - row.referral_date).days
        assert row.due, "an open course always has something due"
        assert list(row.due) == sorted(row.due, key=lambda d: d.due)
    mine = caseload.caseload(ws.ctx, today=TODAY, consultant_id=rows[0].consultant_id)
    assert mine and {r.consultant_id for r in mine} == {rows[0].consultant_id}


def test_last_contact_is_the_newest_note(ws):
    row = caseload.caseload(ws.ctx, today=TODAY)[0]
    with ws.ctx.engine.connect() as conn:
        newest = conn.execute(select(func.max(Note.note_date)).where(
            Note.course_id == row.course_id)).scalar()
    assert row.last_contact == newest


def test_add_note_updates_last_contact_and_clears_the_monthly_reminder(ws):
    row = next(r for r in caseload.caseload(ws.ctx, today=TODAY)
               if any(d.rule is RuleId.PARTICIPANT_CONTACT and d.overdue for d in r.due))
    courses.add_note(ws.ctx, row.course_id, NoteInput(
        TODAY, NoteKind.MEETING, NotePlace.COMMUNITY, "Møde på café; vil gerne prøve lager."),
        today=TODAY)
    after = caseload.course_row(ws.ctx, row.course_id, today=TODAY)
    assert after.last_contact == TODAY and after.days_since_contact == 0
    assert not any(d.rule is RuleId.PARTICIPANT_CONTACT and d.overdue for d in after.due)
    detail = courses.course_detail(ws.ctx, row.course_id, today=TODAY)
    assert detail.notes[0].text == "Møde på café; vil gerne prøve lager."
    assert detail.timeline[0].on == TODAY


def test_bad_note_is_refused_whole(ws):
    row = caseload.caseload(ws.ctx, today=TODAY)[0]
    before = count(ws, Note)
    with pytest.raises(ValidationError) as caught:
        courses.add_note(ws.ctx, row.course_id, NoteInput(
            TODAY + timedelta(days=2), NoteKind.PHONE, NotePlace.JOBCENTER, "x" * 5000),
            today=TODAY)
    assert caught.value.for_field("text") == ["Må højst være 4000 tegn."]
    assert caught.value.for_field("note_date") == ["Datoen kan ikke ligge i fremtiden."]
    assert count(ws, Note) == before


def test_phases_are_dated_and_kept_and_ending_needs_a_reason(ws):
    row = next(r for r in caseload.caseload(ws.ctx, today=TODAY) if r.phase is Phase.JOB_SEARCH)
    courses.change_phase(ws.ctx, row.course_id, Phase.IN_JOB_OR_EDUCATION, TODAY, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        courses.end_course(ws.ctx, row.course_id, TODAY, None, today=TODAY)
    assert caught.value.for_field("end_reason") == ["Skal udfyldes."]
    courses.end_course(ws.ctx, row.course_id, TODAY, EndReason.PARTICIPANT_WISH, today=TODAY)
    detail = courses.course_detail(ws.ctx, row.course_id, today=TODAY)
    assert detail.row.phase is Phase.ENDED and detail.end_reason is EndReason.PARTICIPANT_WISH
    assert [p.phase for p in detail.phases][-2:] == [Phase.IN_JOB_OR_EDUCATION, Phase.ENDED]
    assert detail.row.due == ()
    assert row.course_id not in {r.course_id for r in caseload.caseload(ws.ctx, today=TODAY)}
    with pytest.raises(ValidationError):
        courses.change_phase(ws.ctx, row.course_id, Phase.ENGAGED, TODAY, today=TODAY)


def test_phase_change_cannot_go_back_in_time(ws):
    row = caseload.caseload(ws.ctx, today=TODAY)[0]
    before = count(ws, PhaseChange)
    with pytest.raises(ValidationError) as caught:
        courses.change_phase(ws.ctx, row.course_id, Phase.JOB_SEARCH,
                             row.referral_date - timedelta(days=1), today=TODAY)
    assert caught.value.for_field("changed_on")
    assert count(ws, PhaseChange) == before


def test_reading_is_audited_without_names(ws):
    row = caseload.caseload(ws.ctx, today=TODAY)[0]
    courses.course_detail(ws.ctx, row.course_id, today=TODAY)
    with ws.ctx.engine.connect() as conn:
        reads = conn.execute(select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.details)
                             .where(AuditEvent.action == "read")).all()
    assert ("course", row.course_id) in {(e, i) for e, i, _ in reads}
    assert row.name not in repr(reads)
