"""Drafts of the profile and plan on a real SQLCipher database: saved, resumed, completed.

The wizard saves often and must never lose a word: a value that cannot be
stored keeps its old value while the rest saves, a save with no change writes
nothing, and every changed answer is a history row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from ips_desktop.domain.enums import FormStatus
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import caseload
from ips_desktop.services import form_drafts as drafts
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.form_drafts import PLAN_FORM, PROFILE_FORM, Position
from ips_desktop.storage.models import AuditEvent, Course, FormAnswerChange, FormResponse
from tests.reports.support import TODAY, register
from tests.services.draft_support import PLAN_V1, PROFILE_V1, PROFILE_V2, spec

# Completion is stamped with the clock (like every *_at), `today` only places typed dates.
NOW = datetime.now(UTC).astimezone().date()
PARTIAL = {"dream_job": "Gartner i Ølstykke", "last_school": "Køge Gymnasium"}


def audit_rows(ws, *, reads: bool = False):
    with unit_of_work(ws.ctx) as session:
        return [(e.action, e.entity, e.details) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.entity.in_(["form_response", "plan_review"]))
            .order_by(AuditEvent.at)) if reads or e.action != "read"]


def next_meeting(ws) -> None:
    """Time passes: what was saved so far lies a day back (autosaves in one sitting join)."""
    with unit_of_work(ws.ctx) as session:
        for row in session.scalars(select(FormAnswerChange)):
            row.at -= timedelta(days=1)


def history_count(ws) -> int:
    with unit_of_work(ws.ctx) as session:
        return session.scalar(select(func.count()).select_from(FormAnswerChange)) or 0


def test_a_form_not_started_opens_empty_under_the_current_version(ws):
    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    draft = drafts.open_form(ws.ctx, course, PROFILE_FORM, profile)
    assert (draft.status, draft.answers, draft.position, draft.changes) == (
        None, {}, Position(), None)
    assert draft.spec is profile and draft.current is profile
    assert (draft.updated_at, draft.updated_by, draft.completed_on) == (None, "", None)
    states = drafts.form_states(ws.ctx, course, today=TODAY)
    assert states[PROFILE_FORM] == drafts.FormState(PROFILE_FORM, None, 0, 3, None)
    assert states[PLAN_FORM].status is None


def test_a_draft_is_resumed_at_its_page_and_field_with_every_answer(ws):
    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    errors = drafts.save_draft(ws.ctx, course, profile, PARTIAL, Position(1, "last_school"),
                               today=TODAY)
    assert errors == []
    draft = drafts.open_form(ws.ctx, course, PROFILE_FORM, profile)
    assert draft.answers == PARTIAL
    assert draft.position == Position(1, "last_school")
    assert draft.status is FormStatus.DRAFT
    assert draft.updated_by == "Søren Østergård" and draft.updated_at is not None
    assert draft.changes is None and draft.completed_on is None
    state = drafts.form_states(ws.ctx, course, today=TODAY)[PROFILE_FORM]
    # goals: the required dream job answered; background: school but not education yet.
    assert (state.status, state.sections_done, state.sections_total) == (FormStatus.DRAFT, 1, 3)


def test_a_field_that_cannot_be_stored_keeps_its_old_value_while_the_rest_saves(ws):
    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    first = PARTIAL | {"started_on": "2026-11-02", "health": 3,
                       "jobs": [{"row_id": "a", "workplace": "Netto", "first_day": "2019-03-01"}]}
    assert drafts.save_draft(ws.ctx, course, profile, first, Position(), today=TODAY) == []
    typed = first | {"job_now": "Lagerarbejde", "started_on": "31.02.26", "health": 9,
                     "jobs": [{"row_id": "a", "workplace": "N" * 41, "first_day": "2019-04-01"},
                              {"row_id": "b", "workplace": "Fakta", "first_day": "30.02.20"}]}
    errors = drafts.save_draft(ws.ctx, course, profile, typed, Position(2), today=TODAY)
    assert {e.field for e in errors} == {"started_on", "health", "jobs[0].workplace",
                                         "jobs[1].first_day"}
    messages = {e.field: e.message for e in errors}
    assert messages["started_on"] == "Ikke en gyldig dato. Skriv den som dd.mm.åååå."
    assert "1" in messages["health"] and "5" in messages["health"]
    saved = drafts.open_form(ws.ctx, course, PROFILE_FORM, profile).answers
    assert saved["job_now"] == "Lagerarbejde"  # the rest of the draft saved as typed
    assert (saved["started_on"], saved["health"]) == ("2026-11-02", 3)  # kept
    assert saved["jobs"] == [{"row_id": "a", "workplace": "Netto", "first_day": "2019-04-01"},
                             {"row_id": "b", "workplace": "Fakta"}]


def test_messages_are_in_the_users_language(ws):
    from ips_desktop.domain import messages

    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    messages.set_language("en")
    [error] = drafts.save_draft(ws.ctx, course, profile, {"started_on": "31.02.26"},
                                Position(), today=TODAY)
    assert error.field == "started_on" and error.message == messages.message("not_a_date")
    assert error.message != "Ikke en gyldig dato. Skriv den som dd.mm.åååå."


def test_saving_nothing_new_writes_nothing_and_audits_nothing(ws):
    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    assert drafts.save_draft(ws.ctx, course, profile, {}, Position(), today=TODAY) == []
    # Paging through an empty form begins nothing (the list's "started" rule reads it).
    assert drafts.save_draft(ws.ctx, course, profile, {"dream_job": " "}, Position(3, "x"),
                             today=TODAY) == []
    with unit_of_work(ws.ctx) as session:
        assert session.scalar(select(func.count()).select_from(FormResponse).where(
            FormResponse.form_id == PROFILE_FORM)) == 0
    drafts.save_draft(ws.ctx, course, profile, PARTIAL, Position(0), today=TODAY)
    events, rows = audit_rows(ws), history_count(ws)
    with unit_of_work(ws.ctx) as session:
        stamp = session.scalar(select(FormResponse.updated_at).where(
            FormResponse.form_id == PROFILE_FORM))
    drafts.save_draft(ws.ctx, course, profile, dict(PARTIAL), Position(0), today=TODAY)
    drafts.save_draft(ws.ctx, course, profile, PARTIAL, Position(1, "education"), today=TODAY)
    assert audit_rows(ws) == events and history_count(ws) == rows
    with unit_of_work(ws.ctx) as session:
        response = session.scalars(select(FormResponse).where(
            FormResponse.form_id == PROFILE_FORM)).one()
        assert response.updated_at == stamp  # moving on is not an edit
        assert response.position == {"page": 1, "field": "education"}


def test_every_changed_answer_is_a_history_row_and_the_audit_has_no_answers(ws):
    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    drafts.save_draft(ws.ctx, course, profile, PARTIAL, Position(), today=TODAY)
    next_meeting(ws)
    drafts.save_draft(ws.ctx, course, profile, {"dream_job": "Skovarbejder",
                                                "last_school": "Køge Gymnasium",
                                                "started_on": "2.11.26"},
                      Position(), today=TODAY)
    next_meeting(ws)
    drafts.save_draft(ws.ctx, course, profile, {"dream_job": "Skovarbejder", "last_school": "",
                                                "started_on": "2026-11-02"},
                      Position(), today=TODAY)
    history = drafts.answer_history(ws.ctx, course, PROFILE_FORM)
    assert [(h.field, h.old, h.new) for h in history] == [
        ("last_school", "Køge Gymnasium", None),
        ("dream_job", "Gartner i Ølstykke", "Skovarbejder"),
        ("started_on", None, "2026-11-02"),
        ("dream_job", None, "Gartner i Ølstykke"),
        ("last_school", None, "Køge Gymnasium"),
    ]
    assert {h.who for h in history} == {"Søren Østergård"}
    assert {h.actor_id for h in history} == {ws.ctx.actor_id}
    assert history[0].at >= history[-1].at
    events = audit_rows(ws)
    assert [(a, e) for a, e, _ in events] == [("create", "form_response"),
                                              ("update", "form_response"),
                                              ("update", "form_response")]
    assert all(set(d) == {"form", "version", "course"} for _, _, d in events)
    assert events[0][2]["form"] == PROFILE_FORM and events[0][2]["version"] == "1"
    reads = [d for a, _, d in audit_rows(ws, reads=True) if a == "read"]
    assert reads == [{"form": PROFILE_FORM, "history": True}]  # reading the history
    drafts.open_form(ws.ctx, course, PROFILE_FORM, profile)
    assert audit_rows(ws, reads=True)[-1] == (
        "read", "form_response", {"form": PROFILE_FORM, "course": str(course)})


def test_marking_complete_lists_the_missing_answers_and_keeps_the_draft(ws):
    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    typed = {"job_now": "Lager", "jobs": [{"row_id": "a", "first_day": "2019-03-01"}]}
    with pytest.raises(ValidationError) as raised:
        drafts.mark_complete(ws.ctx, course, profile, typed, today=TODAY)
    assert [e.field for e in raised.value.errors] == ["dream_job", "jobs[0].workplace"]
    assert raised.value.for_field("dream_job") == ["Skal udfyldes."]
    draft = drafts.open_form(ws.ctx, course, PROFILE_FORM, profile)
    assert draft.status is FormStatus.DRAFT and draft.answers == typed  # nothing lost
    done = typed | {"dream_job": "Gartner", "jobs": [
        {"row_id": "a", "workplace": "Netto", "first_day": "2019-03-01"}]}
    drafts.mark_complete(ws.ctx, course, profile, done, today=TODAY)
    draft = drafts.open_form(ws.ctx, course, PROFILE_FORM, profile)
    assert (draft.status, draft.completed_on, draft.answers) == (FormStatus.COMPLETE, NOW,
                                                                 done)
    assert audit_rows(ws)[-1][2]["status"] == "complete"


def test_a_completed_form_reopened_and_changed_stays_complete_and_keeps_its_history(ws):
    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    drafts.mark_complete(ws.ctx, course, profile, PARTIAL, today=TODAY)
    next_meeting(ws)
    errors = drafts.save_draft(ws.ctx, course, profile, PARTIAL | {"dream_job": "Tømrer"},
                               Position(0, "dream_job"), today=TODAY + timedelta(days=3))
    assert errors == []
    draft = drafts.open_form(ws.ctx, course, PROFILE_FORM, profile)
    assert (draft.status, draft.completed_on) == (FormStatus.COMPLETE, NOW)
    assert draft.answers["dream_job"] == "Tømrer"
    latest = drafts.answer_history(ws.ctx, course, PROFILE_FORM)[0]
    assert (latest.field, latest.old, latest.new) == ("dream_job", "Gartner i Ølstykke",
                                                      "Tømrer")
    drafts.mark_complete(ws.ctx, course, profile, draft.answers, today=TODAY + timedelta(5))
    assert drafts.open_form(ws.ctx, course, PROFILE_FORM, profile).completed_on == NOW


def test_the_plans_first_completion_fills_the_referrals_plan_date(ws):
    course = register(ws)
    plan = spec(PLAN_V1, ws.ctx)
    answers = {"vocational_goal": "Job i en gartnerforretning",
               "sub_goals": [{"row_id": "s1", "sub_goal": "Praktik", "target_date": "1.12.26"}]}
    drafts.save_draft(ws.ctx, course, plan, answers, Position(), today=TODAY)
    with unit_of_work(ws.ctx) as session:
        assert session.get(Course, course).plan_completed_on is None
    drafts.mark_complete(ws.ctx, course, plan, answers, today=TODAY)
    with unit_of_work(ws.ctx) as session:
        assert session.get(Course, course).plan_completed_on == TODAY
        session.get(Course, course).plan_completed_on = TODAY - timedelta(days=9)
    drafts.mark_complete(ws.ctx, course, plan, answers, today=TODAY + timedelta(days=1))
    with unit_of_work(ws.ctx) as session:
        assert session.get(Course, course).plan_completed_on == TODAY - timedelta(days=9)
    stored = drafts.open_form(ws.ctx, course, PLAN_FORM, plan).answers
    assert stored["sub_goals"][0]["target_date"] == "2026-12-01"
    state = drafts.form_states(ws.ctx, course, today=TODAY)[PLAN_FORM]
    assert (state.status, state.sections_done, state.sections_total, state.completed_on) == (
        FormStatus.COMPLETE, 2, 2, NOW)
    assert state.started_on == NOW and state.overdue_sub_goals == ()
    later = drafts.form_states(ws.ctx, course, today=date(2026, 12, 2))[PLAN_FORM]
    assert [(g.row_id, g.sub_goal) for g in later.overdue_sub_goals] == [("s1", "Praktik")]


def test_a_review_moves_the_due_date_on_the_page_and_in_the_list(ws):
    course = register(ws)
    plan = spec(PLAN_V1, ws.ctx)
    with pytest.raises(LookupError):
        drafts.mark_reviewed(ws.ctx, course, on=TODAY)  # no plan yet
    drafts.save_draft(ws.ctx, course, plan, {"vocational_goal": "Job"}, Position(),
                      today=TODAY)

    def list_due():
        [row] = [r for r in caseload.caseload(ws.ctx, today=TODAY) if r.course_id == course]
        return [i.due for i in row.due if i.rule == "plan_review"]

    started = TODAY - timedelta(days=120)
    with unit_of_work(ws.ctx) as session:
        response = session.scalars(select(FormResponse).where(
            FormResponse.form_id == PLAN_FORM)).one()
        response.created_at = datetime.combine(started, time(12)).astimezone()
    state = drafts.form_states(ws.ctx, course, today=TODAY)[PLAN_FORM]
    assert state.last_review is None and state.review_due == started + timedelta(days=91)
    assert list_due() == [state.review_due]
    # Editing the plan later is no review: the list keeps its date.
    drafts.save_draft(ws.ctx, course, plan, {"vocational_goal": "Job som gartner"},
                      Position(), today=TODAY)
    assert list_due() == [started + timedelta(days=91)]
    drafts.mark_reviewed(ws.ctx, course, on=TODAY - timedelta(days=2))
    state = drafts.form_states(ws.ctx, course, today=TODAY)[PLAN_FORM]
    assert state.last_review == TODAY - timedelta(days=2)
    assert state.review_due == TODAY + timedelta(days=89)
    assert list_due() == [state.review_due]
    assert audit_rows(ws)[-1][:2] == ("create", "plan_review")
    assert drafts.form_states(ws.ctx, course, today=TODAY)[PROFILE_FORM].review_due is None


def test_a_deleted_course_has_no_drafts(ws):
    from datetime import UTC, datetime

    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    with unit_of_work(ws.ctx) as session:
        session.get(Course, course).deleted_at = datetime.now(UTC)
    with pytest.raises(LookupError):
        drafts.save_draft(ws.ctx, course, profile, PARTIAL, Position(), today=TODAY)
    with pytest.raises(LookupError):
        drafts.open_form(ws.ctx, course, PROFILE_FORM, profile)


def test_an_old_draft_opens_under_its_version_with_the_changes_and_moves_keeping_every_answer(ws):
    course = register(ws)
    old = spec(PROFILE_V1, ws.ctx)
    answers = {"dream_job": "Gartner", "last_school": "Køge Gymnasium", "fax_number": "1234",
               "education": "primary",
               "jobs": [{"row_id": "a", "workplace": "Netto", "first_day": "2019-03-01"}]}
    drafts.save_draft(ws.ctx, course, old, answers, Position(1, "education"), today=TODAY)
    new = spec(PROFILE_V2, ws.ctx)  # the municipality installs version 2
    next_meeting(ws)

    draft = drafts.open_form(ws.ctx, course, PROFILE_FORM, new)
    assert (draft.spec.version, draft.current.version) == ("1", "2")
    assert draft.spec.field("fax_number") is not None  # shown with version 1's questions
    assert draft.changes is not None
    assert draft.changes.added == ("wants_support", "jobs.hours")
    assert draft.changes.removed == ("fax_number",)
    assert draft.changes.renamed == (("last_school", "school"),)
    assert draft.changes.retired_choices == (("education", "primary"),)
    assert draft.answers == answers and draft.old_answers == ()

    moved = drafts.move_to_version(ws.ctx, course, PROFILE_FORM, new, today=TODAY)
    assert (moved.spec.version, moved.changes, moved.position) == ("2", None,
                                                                  Position(1, "education"))
    assert moved.answers == {"dream_job": "Gartner", "school": "Køge Gymnasium",
                             "fax_number": "1234", "education": "primary",
                             "jobs": answers["jobs"]}
    assert drafts.open_form(ws.ctx, course, PROFILE_FORM, new) == moved
    # The removed question's answer is shown with version 1's question, marked as v1's.
    [kept] = moved.old_answers
    assert (kept.name, kept.value, kept.version) == ("fax_number", "1234", "1")
    assert kept.question is not None and kept.question.label.da == "Faxnummer"
    history = drafts.answer_history(ws.ctx, course, PROFILE_FORM)
    assert [(h.field, h.old, h.new) for h in history[:2]] == [
        ("last_school", "Køge Gymnasium", None), ("school", None, "Køge Gymnasium")]
    assert audit_rows(ws)[-1][2] == {"form": PROFILE_FORM, "version": "2", "from_version": "1",
                                     "course": str(course)}
    # Saving under version 2 keeps the removed question's answer and the retired choice.
    errors = drafts.save_draft(ws.ctx, course, new, moved.answers | {"wants_support": True},
                               Position(2), today=TODAY)
    assert errors == []
    kept = drafts.open_form(ws.ctx, course, PROFILE_FORM, new).answers
    assert kept["fax_number"] == "1234" and kept["education"] == "primary"
    assert kept["wants_support"] is True


def test_a_number_outside_its_range_is_refused_in_a_draft_too(ws):
    course = register(ws)
    plan_text = PLAN_V1 + '''
[[sections.fields]]
name = "hours"
type = "integer"
min = 0
max = 40
label = { da = "Timer om ugen", nb = "Timer i uken", en = "Hours a week" }
'''
    plan = spec(plan_text, ws.ctx)
    assert drafts.save_draft(ws.ctx, course, plan, {"hours": 12}, Position(), today=TODAY) == []
    [error] = drafts.save_draft(ws.ctx, course, plan, {"hours": 60, "vocational_goal": "Job"},
                                Position(), today=TODAY)
    assert error.field == "hours" and "40" in error.message
    assert drafts.open_form(ws.ctx, course, PLAN_FORM, plan).answers == {
        "hours": 12, "vocational_goal": "Job"}


def test_saving_under_a_newer_version_carries_renamed_answers_and_records_it(ws):
    course = register(ws)
    old = spec(PROFILE_V1, ws.ctx)
    drafts.save_draft(ws.ctx, course, old, PARTIAL, Position(), today=TODAY)
    new = spec(PROFILE_V2, ws.ctx)
    next_meeting(ws)
    drafts.save_draft(ws.ctx, course, new, {"dream_job": "Gartner i Ølstykke"}, Position(),
                      today=TODAY)
    draft = drafts.open_form(ws.ctx, course, PROFILE_FORM, new)
    assert draft.spec.version == "2" and draft.answers == {
        "dream_job": "Gartner i Ølstykke", "school": "Køge Gymnasium"}
    history = drafts.answer_history(ws.ctx, course, PROFILE_FORM)
    assert [(h.field, h.old, h.new) for h in history[:2]] == [
        ("last_school", "Køge Gymnasium", None), ("school", None, "Køge Gymnasium")]


def test_a_review_date_in_the_future_or_before_the_referral_is_refused(ws):
    course = register(ws)  # referred on 2 November 2026
    plan = spec(PLAN_V1, ws.ctx)
    drafts.save_draft(ws.ctx, course, plan, {"vocational_goal": "Job"}, Position(), today=TODAY)
    for day, code in ((TODAY + timedelta(days=1), "Datoen kan ikke ligge i fremtiden."),
                      (TODAY - timedelta(days=22), "Datoen ligger før henvisningsdatoen.")):
        with pytest.raises(ValidationError) as raised:
            drafts.mark_reviewed(ws.ctx, course, on=day, today=TODAY)
        assert raised.value.for_field("reviewed_on") == [code]
    drafts.mark_reviewed(ws.ctx, course, on=TODAY - timedelta(days=21), today=TODAY)
    drafts.mark_reviewed(ws.ctx, course, on=TODAY, today=TODAY)
    state = drafts.form_states(ws.ctx, course, today=TODAY)[PLAN_FORM]
    assert state.last_review == TODAY


def test_autosaves_in_one_sitting_are_one_change_and_a_group_is_recorded_cell_by_cell(ws):
    from ips_desktop.domain.enums import Role
    from ips_desktop.services import consultants
    from ips_desktop.services.consultants import ConsultantInput

    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    rows = [{"row_id": "a", "workplace": "Netto"}, {"row_id": "b", "workplace": "Fakta"}]
    for typed in ("Gart", "Gartner", "Gartner i Køge"):  # the autosave while typing
        drafts.save_draft(ws.ctx, course, profile, {"dream_job": typed, "jobs": rows},
                          Position(), today=TODAY)
    history = drafts.answer_history(ws.ctx, course, PROFILE_FORM)
    assert [(h.field, h.old, h.new) for h in history] == [
        ("dream_job", None, "Gartner i Køge"),
        ("jobs[a].workplace", None, "Netto"), ("jobs[b].workplace", None, "Fakta")]
    assert history[1].key == drafts.ChangeKey("jobs", "a", "workplace")
    next_meeting(ws)
    # Another day: a cell filled in, the rows swapped, a row added.
    moved = [{"row_id": "b", "workplace": "Fakta", "first_day": "1.3.19"},
             {"row_id": "a", "workplace": "Netto"}, {"row_id": "c", "workplace": "Irma"}]
    drafts.save_draft(ws.ctx, course, profile, {"dream_job": "Gartner", "jobs": moved},
                      Position(), today=TODAY)
    drafts.save_draft(ws.ctx, course, profile, {"dream_job": "Gartner i Køge", "jobs": moved},
                      Position(), today=TODAY)  # taken back in the same sitting: no change
    history = drafts.answer_history(ws.ctx, course, PROFILE_FORM)
    assert [(h.field, h.old, h.new) for h in history][:4] == [
        ("jobs", ["a", "b"], ["b", "a", "c"]),
        ("jobs[b].first_day", None, "2019-03-01"),
        ("jobs[c].workplace", None, "Irma"),
        ("dream_job", None, "Gartner i Køge")]
    # A colleague's change in the same sitting is a change of its own; a row removed.
    colleague = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Åse Ærø", "AAE", "Køge", 1.0, Role.CONSULTANT))
    ws.ctx.actor_id = colleague.id
    drafts.save_draft(ws.ctx, course, profile, {"dream_job": "Skovarbejder",
                                                "jobs": [moved[0], moved[2]]},
                      Position(), today=TODAY)
    history = drafts.answer_history(ws.ctx, course, PROFILE_FORM)
    assert [(h.who, h.field, h.old, h.new) for h in history][:2] == [
        ("Åse Ærø", "dream_job", "Gartner i Køge", "Skovarbejder"),
        ("Åse Ærø", "jobs[a].workplace", "Netto", None)]


def test_unchanged_answers_are_checked_again_under_another_version(ws):
    """Only changed answers are checked on an autosave, unless the version changed too."""
    course = register(ws)
    old = spec(PROFILE_V1, ws.ctx)
    drafts.save_draft(ws.ctx, course, old, {"job_now": "Lager"}, Position(), today=TODAY)
    retyped = spec(PROFILE_V1.replace('version = "1"', 'version = "3"').replace(
        'name = "job_now"\ntype = "text"', 'name = "job_now"\ntype = "integer"'), ws.ctx)
    [error] = drafts.save_draft(ws.ctx, course, retyped, {"job_now": "Lager"}, Position(),
                                today=TODAY)
    assert error.field == "job_now"
    assert drafts.open_form(ws.ctx, course, PROFILE_FORM, retyped).answers == {
        "job_now": "Lager"}  # kept as it was, never dropped
