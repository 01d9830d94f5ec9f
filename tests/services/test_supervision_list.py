"""The supervision list against hand-built data where every figure is known beforehand."""

from __future__ import annotations

from datetime import date

import pytest

from ips_desktop.domain.enums import AuditAction, FormStatus, Phase, PlacementKind
from ips_desktop.domain.rules import RuleId
from ips_desktop.services import supervision_items
from ips_desktop.services.supervision import (
    ConsultantWeek,
    CurrentPlacement,
    Deadline,
    FormProgress,
    SupervisionList,
    SupervisionRow,
    supervision_list,
)
from tests.supervision_data import (
    COMING_WEEK,
    EMPLOYER_NAME,
    NOTE_TEXT,
    PAST_WEEK,
    SCHOOL_NAME,
    TODAY,
    WEEK,
    WEEK_1,
    WEEK_53,
    TeamData,
    build_team,
    build_year_end,
)


@pytest.fixture
def team(ws) -> TeamData:
    return build_team(ws.ctx)


def _week(ws, week=WEEK, today=TODAY, **kw) -> SupervisionList:
    return supervision_list(ws.ctx, week, today=today, **kw)


def _row(listing: SupervisionList, team: TeamData, label: str) -> SupervisionRow:
    (row,) = [r for r in listing.rows if r.course_id == team.courses[label]]
    return row


def _heading(listing: SupervisionList, initials: str) -> ConsultantWeek:
    (found,) = [c for c in listing.consultants if c.initials == initials]
    return found


def test_every_heading_shows_the_figures_written_down(ws, team):
    listing = _week(ws)
    assert listing.week == WEEK and listing.as_of == TODAY and not listing.is_demo
    shown = {c.initials if c.consultant_id else None: c for c in listing.consultants}
    assert set(shown) == set(team.headings)  # the team lead without courses has no heading
    for key, expected in team.headings.items():
        heading = shown[key]
        assert (heading.initials, heading.name) == (expected.initials, expected.name)
        assert len(heading.rows) == expected.open_courses
        if expected.capacity is None:
            assert heading.caseload is None and heading.consultant_id is None
        else:
            assert heading.caseload is not None
            assert (heading.caseload.count, heading.caseload.capacity,
                    heading.caseload.over) == (expected.open_courses, expected.capacity,
                                               expected.over)
        assert (heading.face_to_face, heading.presence_days, heading.new_referrals,
                heading.starts, heading.other_starts, heading.ends,
                heading.follow_ups_due) == (
            expected.face_to_face, expected.presence_days, expected.new_referrals,
            expected.starts, expected.other_starts, expected.ends, expected.follow_ups_due)
        assert heading.face_to_face_reference == 6


def test_headings_sorted_by_name_and_nobodys_courses_last(ws, team):
    names = [c.name for c in _week(ws).consultants]
    assert names == ["Bo Berg", "Søren Østergård", ""]


def test_half_time_consultant_with_13_is_over_a_capacity_of_12(ws, team):
    caseload = _heading(_week(ws), "BB").caseload
    assert caseload is not None
    assert (caseload.count, caseload.capacity, caseload.over, caseload.free_places) == (
        13, 12, True, 0)


def test_referred_on_day_0_without_meeting_by_day_8_is_one_day_late(ws, team):
    ida = _row(_week(ws), team, "ida")
    assert ida.first_meeting == Deadline(None, date(2026, 11, 17), 1)
    assert ida.days_in_ips == 8
    assert [(f.rule, f.days_overdue) for f in ida.flags] == [(RuleId.FIRST_MEETING, 1)]
    assert ida.phase is Phase.REFERRED
    assert ida.profile == FormProgress(None, 0, team.profile_sections)
    assert ida.plan == FormProgress(None, 0, team.plan_sections)
    assert ida.plan_review == Deadline(None, None, 0)  # no plan yet: no review runs


def test_meeting_booked_for_next_week_does_not_count_yet(ws, team):
    jens = _row(_week(ws), team, "jens")
    assert jens.first_meeting == Deadline(None, date(2026, 11, 23), 0)
    assert jens.flags == ()
    assert jens.profile.status is FormStatus.DRAFT
    assert (jens.profile.sections_done, jens.profile.sections_total) == (
        0, team.profile_sections)


def test_start_on_ordinary_terms_counts_and_a_wage_subsidy_is_recorded_only(ws, team):
    listing = _week(ws)
    karen, lars = _row(listing, team, "karen"), _row(listing, team, "lars")
    assert karen.placement == CurrentPlacement(PlacementKind.JOB, EMPLOYER_NAME,
                                               "Lagermedarbejder", 30.0, date(2026, 11, 17),
                                               True)
    assert lars.placement is not None and lars.placement.ordinary_terms is False
    mine = _heading(listing, "SOE")
    assert (mine.starts, mine.other_starts) == (1, 1)
    totals = listing.totals()
    assert (totals.starts, totals.other_starts) == (1, 1)


def test_an_education_ended_this_week_is_an_end_and_no_current_placement(ws, team):
    listing = _week(ws)
    assert _row(listing, team, "pia").placement is None
    assert _heading(listing, "SOE").ends == 1
    # the day before it ended, the education is current
    pia = _row(_week(ws, PAST_WEEK, TODAY), team, "pia")
    assert pia.placement is not None and pia.placement.where == SCHOOL_NAME
    assert pia.placement.kind is PlacementKind.EDUCATION and pia.placement.hours_per_week is None


def test_course_ended_and_restarted_is_listed_once_from_its_new_referral(ws, team):
    listing = _week(ws)
    mette = [r for r in listing.rows if r.participant_id == team.participants["mette"]]
    assert [r.course_id for r in mette] == [team.courses["mette"]]
    assert mette[0].days_in_ips == 78 and mette[0].referral_date == date(2026, 9, 1)
    assert team.courses["mette_ended"] not in {r.course_id for r in listing.rows}


def test_no_contact_for_31_days_is_outreach_due(ws, team):
    niels = _row(_week(ws), team, "niels")
    assert (niels.last_contact, niels.days_since_contact, niels.outreach_due) == (
        date(2026, 10, 18), 31, True)
    assert [(f.rule, f.days_overdue) for f in niels.flags] == [(RuleId.PARTICIPANT_CONTACT, 1)]
    karen = _row(_week(ws), team, "karen")
    assert (karen.days_since_contact, karen.outreach_due) == (6, False)


def test_a_supervision_note_is_no_contact(ws, team):
    niels = _row(_week(ws), team, "niels")
    assert niels.note == NOTE_TEXT
    supervision_items.save_note(ws.ctx, team.courses["niels"], WEEK, "Ny note i dag")
    supervision_items.set_discussed(ws.ctx, team.courses["niels"], WEEK, True, today=TODAY)
    niels = _row(_week(ws), team, "niels")
    assert (niels.note, niels.discussed_on) == ("Ny note i dag", TODAY)
    assert (niels.last_contact, niels.days_since_contact, niels.outreach_due) == (
        date(2026, 10, 18), 31, True)
    assert niels.has_flag(RuleId.PARTICIPANT_CONTACT)


def test_a_week_s_tick_and_note_belong_to_that_week_only(ws, team):
    karen = _row(_week(ws), team, "karen")
    assert karen.discussed_on == TODAY
    for week in (PAST_WEEK, COMING_WEEK):
        other = _row(_week(ws, week), team, "karen")
        assert (other.discussed_on, other.note) == (None, "")
    assert _week(ws).totals().discussed == 1


def test_a_deleted_participant_is_not_listed(ws, team):
    listing = _week(ws)
    assert team.courses["ole"] not in {r.course_id for r in listing.rows}
    assert team.names["ole"] not in {r.name for r in listing.rows}
    assert _heading(listing, "SOE").new_referrals == 1  # Jens; Ole's referral went with him


def test_nobodys_course_is_its_own_group_with_its_referral(ws, team):
    nobody = [c for c in _week(ws).consultants if c.consultant_id is None]
    assert len(nobody) == 1
    assert [r.course_id for r in nobody[0].rows] == [team.courses["rikke"]]
    assert nobody[0].new_referrals == 1 and nobody[0].caseload is None


def test_a_past_week_is_read_at_its_sunday(ws, team):
    listing = _week(ws, PAST_WEEK)
    assert listing.as_of == date(2026, 11, 15)
    ida = _row(listing, team, "ida")
    assert ida.first_meeting == Deadline(None, date(2026, 11, 17), 0) and ida.flags == ()
    assert ida.days_in_ips == 5
    # referred after that Sunday: not on that week's list
    shown = {r.course_id for r in listing.rows}
    assert team.courses["jens"] not in shown and team.courses["rikke"] not in shown
    assert listing.month == (2026, 11)


def test_a_past_week_leaves_out_what_was_recorded_after_it(ws, team):
    """Contacts and notes dated after the week's Sunday do not count on its list."""
    listing = _week(ws, (2026, 42))  # read on Sunday 18.10.2026, Niels's last contact
    niels = _row(listing, team, "niels")
    assert (niels.last_contact, niels.days_since_contact) == (date(2026, 10, 18), 0)
    assert team.courses["bo00"] not in {r.course_id for r in listing.rows}
    karen = _row(listing, team, "karen")
    assert karen.last_contact is None and karen.days_since_contact is None  # note 12.11
    assert karen.placement is None  # the job starts 17.11


def test_a_coming_week_is_read_at_its_monday(ws, team):
    listing = _week(ws, COMING_WEEK)
    assert listing.as_of == date(2026, 11, 23)
    ida = _row(listing, team, "ida")
    assert ida.first_meeting == Deadline(None, date(2026, 11, 17), 6)
    jens = _row(listing, team, "jens")
    assert jens.first_meeting == Deadline(None, date(2026, 11, 23), 0)  # due that Monday
    # what counts in the week itself: nothing has happened in it yet
    mine = _heading(listing, "SOE")
    assert (mine.face_to_face, mine.new_referrals, mine.starts, mine.ends) == (0, 0, 0, 0)


def test_face_to_face_only_counts_face_to_face(ws, team):
    listing = _week(ws)
    # the owner: two face-to-face, one phone call; Bo: one face-to-face, one e-mail
    assert _heading(listing, "SOE").face_to_face == 2
    assert _heading(listing, "BB").face_to_face == 1
    assert listing.totals().face_to_face == 3
    assert listing.totals().face_to_face_reference == 12  # two consultants with an FTE


def test_presence_days_are_the_distinct_days_of_the_month(ws, team):
    listing = _week(ws)
    assert _heading(listing, "SOE").presence_days == 3
    assert _heading(listing, "BB").presence_days == 0


def test_follow_ups_due_and_the_next_one(ws, team):
    listing = _week(ws)
    assert _heading(listing, "SOE").follow_ups_due == 1
    assert _row(listing, team, "karen").next_follow_up == date(2026, 11, 16)
    assert _row(listing, team, "lars").next_follow_up is None
    # a week earlier the open 16.11 follow-up is not yet due
    assert _heading(_week(ws, PAST_WEEK, date(2026, 11, 12)), "SOE").follow_ups_due == 0


def test_rows_most_overdue_first(ws, team):
    mine = _heading(_week(ws), "SOE").rows
    assert [r.attention for r in mine][:2] == [1, 1]
    assert {mine[0].course_id, mine[1].course_id} == {team.courses["ida"],
                                                      team.courses["niels"]}
    assert all(r.attention == 0 for r in mine[2:])


def test_overdue_counts_and_totals(ws, team):
    listing = _week(ws)
    counts = listing.overdue_counts()
    assert set(counts) == set(RuleId)
    assert counts[RuleId.FIRST_MEETING] == 1 and counts[RuleId.PARTICIPANT_CONTACT] == 1
    assert sum(counts.values()) == 2
    totals = listing.totals()
    assert (totals.consultants, totals.open_courses, totals.capacity, totals.over_capacity) == (
        2, team.listed, 37, 1)
    assert (totals.new_referrals, totals.ends, totals.follow_ups_due, totals.presence_days) == (
        2, 1, 1, 3)
    assert totals.overdue == counts


def test_one_consultants_list(ws, team):
    listing = _week(ws, consultant_id=team.half_id)
    assert [c.initials for c in listing.consultants] == ["BB"]
    assert len(listing.rows) == 13 and listing.consultant_id == team.half_id


def test_a_team_lead_asked_for_alone_has_a_heading_without_rows(ws, team):
    listing = _week(ws, consultant_id=team.lead_id)
    assert [(c.initials, len(c.rows)) for c in listing.consultants] == [("LL", 0)]


def test_consent_is_there_for_every_course(ws, team):
    assert not any(r.consent_missing for r in _week(ws).rows)


def test_reading_the_list_is_audited_with_ids_and_counts_only(ws, team):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from ips_desktop.storage.models import AuditEvent

    _week(ws, consultant_id=team.half_id)
    with Session(ws.ctx.engine) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "supervision")
                                .order_by(AuditEvent.at.desc())).first()
    assert event is not None and event.action == AuditAction.READ.value
    assert event.details == {"year": 2026, "week": 47, "rows": 13,
                             "consultant": str(team.half_id)}


@pytest.mark.parametrize(("week", "today", "expected_as_of"), [
    (WEEK_53, date(2026, 12, 30), date(2026, 12, 30)),
    (WEEK_53, date(2027, 1, 2), date(2027, 1, 2)),
    (WEEK_1, date(2027, 1, 6), date(2027, 1, 6)),
    (WEEK_53, date(2027, 1, 6), date(2027, 1, 3)),  # a past week 53: its Sunday in 2027
])
def test_week_53_of_2026_and_week_1_of_2027(ws, week, today, expected_as_of):
    data = build_year_end(ws.ctx)
    listing = supervision_list(ws.ctx, week, today=today)
    assert listing.as_of == expected_as_of
    (mine,) = listing.consultants
    referrals, starts, face = data.figures[week]
    assert (mine.new_referrals, mine.starts, mine.face_to_face) == (referrals, starts, face)
    if today in data.presence:
        assert mine.presence_days == data.presence[today]
    # referred on 1.1.2027: not yet on the list read on 30.12.2026
    listed = [row.course_id for row in mine.rows]
    assert listed == ([data.course_id] if expected_as_of >= date(2027, 1, 1) else [])


def test_forms_never_opened_on_this_database_count_the_shipped_sections(ws, team) -> None:
    """A demo, or a database whose plan wizard was never opened, has no stored definition:
    its sections are counted by the shipped form, never as "0 of 0"."""
    from sqlalchemy import delete

    from ips_desktop.services.form_drafts import recorded_spec
    from ips_desktop.storage.models import FormDefinition

    with ws.ctx.engine.begin() as conn:
        conn.execute(delete(FormDefinition))
    assert recorded_spec(ws.ctx, "action_plan", "1", None) is None
    listing = supervision_list(ws.ctx, WEEK, today=TODAY)
    started = [row for row in listing.rows if row.plan.status is not None]
    assert started
    assert {row.plan.sections_total for row in listing.rows} == {team.plan_sections}
    assert {row.profile.sections_total for row in listing.rows} == {team.profile_sections}


def test_audited_reads_at_the_same_time_all_succeed(ws, team) -> None:
    """The home screen reads the week in the background while a participant page and the
    Supervision area read on the GUI thread: none may fail as "database is locked"."""
    import threading

    from ips_desktop.services import courses

    course = supervision_list(ws.ctx, WEEK, today=TODAY).rows[0].course_id
    failures: list[str] = []

    def read(kind: int) -> None:
        for _ in range(8):
            try:
                if kind:
                    supervision_list(ws.ctx, WEEK, today=TODAY)
                else:
                    courses.course_detail(ws.ctx, course, today=TODAY)
            except Exception as exc:  # the test counts any failure
                failures.append(type(exc).__name__)

    threads = [threading.Thread(target=read, args=(kind,)) for kind in (0, 1, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
