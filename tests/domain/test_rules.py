"""The IPS time rules at their boundaries: day 7/8, day 30/31, leap days, ISO week 53."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ips_desktop.domain.enums import ContactMode, Phase
from ips_desktop.domain.rules import (
    FACE_TO_FACE_WEEKLY_REFERENCE,
    CaseloadStatus,
    CourseFacts,
    DueItem,
    RuleId,
    caseload_capacity,
    caseload_status,
    course_start,
    days_overdue,
    due_items,
    first_employer_contact_due,
    first_employer_contact_was_late,
    first_meeting_due,
    first_meeting_was_late,
    is_overdue,
    iso_week,
    next_due,
    participant_contact_due,
    plan_review_due,
    profile_and_plan_due,
    week_meets_reference,
    weekly_face_to_face_counts,
)

REFERRAL = date(2026, 3, 2)

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


def facts(**changes: object) -> CourseFacts:
    """A freshly referred course with nothing done yet."""
    base = CourseFacts(
        referral_date=REFERRAL,
        first_meeting_date=None,
        first_employer_contact_date=None,
        profile_started=None,
        plan_started=None,
        last_plan_review=None,
        last_contact_date=None,
        phase=Phase.REFERRED,
    )
    return replace(base, **changes)


# --- rule 1: first meeting within 7 days ---------------------------------------------


def test_first_meeting_due_is_seven_days_after_referral():
    assert first_meeting_due(date(2026, 3, 2)) == date(2026, 3, 9)


def test_first_meeting_on_day_7_is_on_time_and_day_8_is_late():
    assert first_meeting_was_late(REFERRAL, REFERRAL + timedelta(days=7)) is False
    assert first_meeting_was_late(REFERRAL, REFERRAL + timedelta(days=8)) is True
    assert first_meeting_was_late(REFERRAL, REFERRAL) is False


def test_first_meeting_not_held_is_overdue_only_after_day_7():
    on_day_7 = due_items(facts(), REFERRAL + timedelta(days=7))
    on_day_8 = due_items(facts(), REFERRAL + timedelta(days=8))
    meeting_7 = next(i for i in on_day_7 if i.rule is RuleId.FIRST_MEETING)
    meeting_8 = next(i for i in on_day_8 if i.rule is RuleId.FIRST_MEETING)
    assert (meeting_7.overdue, meeting_7.days_overdue) == (False, 0)
    assert (meeting_8.overdue, meeting_8.days_overdue) == (True, 1)


def test_late_first_meeting_still_satisfies_the_rule():
    late = REFERRAL + timedelta(days=20)
    items = due_items(facts(first_meeting_date=late, phase=Phase.ENGAGED), late)
    assert RuleId.FIRST_MEETING not in {i.rule for i in items}
    assert first_meeting_was_late(REFERRAL, late) is True


def test_first_meeting_due_crosses_year_end():
    assert first_meeting_due(date(2026, 12, 28)) == date(2027, 1, 4)


# --- rule 2: first employer contact within 30 days of course start ---------------------


def test_course_start_is_first_meeting_when_held_else_referral():
    assert course_start(REFERRAL, None) == REFERRAL
    assert course_start(REFERRAL, date(2026, 3, 5)) == date(2026, 3, 5)


def test_first_employer_contact_day_30_on_time_day_31_late():
    start = date(2026, 3, 5)
    assert first_employer_contact_due(start) == date(2026, 4, 4)
    assert first_employer_contact_was_late(start, date(2026, 4, 4)) is False
    assert first_employer_contact_was_late(start, date(2026, 4, 5)) is True


def test_first_employer_contact_counts_from_first_meeting_when_held():
    meeting = date(2026, 3, 6)
    items = due_items(facts(first_meeting_date=meeting, phase=Phase.ENGAGED), meeting)
    contact = next(i for i in items if i.rule is RuleId.FIRST_EMPLOYER_CONTACT)
    assert contact.due == date(2026, 4, 5)


def test_first_employer_contact_counts_from_referral_before_first_meeting():
    contact = next(
        i for i in due_items(facts(), REFERRAL) if i.rule is RuleId.FIRST_EMPLOYER_CONTACT
    )
    assert contact.due == date(2026, 4, 1)


def test_employer_contact_made_removes_the_item():
    f = facts(first_employer_contact_date=date(2026, 5, 1))
    assert RuleId.FIRST_EMPLOYER_CONTACT not in {i.rule for i in due_items(f, date(2026, 5, 2))}


# --- rule 3: profile and plan started within three weeks -----------------------------


def test_profile_and_plan_due_three_weeks_after_start():
    assert profile_and_plan_due(date(2026, 3, 5)) == date(2026, 3, 26)


def test_profile_and_plan_item_stays_until_both_are_started():
    only_profile = facts(profile_started=date(2026, 3, 3))
    only_plan = facts(plan_started=date(2026, 3, 3))
    both = facts(profile_started=date(2026, 3, 3), plan_started=date(2026, 3, 4))
    today = date(2026, 3, 10)

    def rules(f: CourseFacts) -> set[RuleId]:
        return {i.rule for i in due_items(f, today)}

    assert RuleId.PROFILE_AND_PLAN_STARTED in rules(only_profile)
    assert RuleId.PROFILE_AND_PLAN_STARTED in rules(only_plan)
    assert RuleId.PROFILE_AND_PLAN_STARTED not in rules(both)


# --- rule 4: plan review every 91 days ---------------------------------------------


def test_plan_review_crossing_leap_day():
    # 2028-01-01 + 91 days passes 2028-02-29: Jan 31 + Feb 29 + Mar 31 = 91 -> Apr 1.
    assert plan_review_due(date(2028, 1, 1)) == date(2028, 4, 1)
    # The same span in a common year lands a day later in the calendar.
    assert plan_review_due(date(2027, 1, 1)) == date(2027, 4, 2)


def test_plan_review_from_leap_day_itself():
    assert plan_review_due(date(2028, 2, 29)) == date(2028, 5, 30)


def test_plan_review_crossing_year_end():
    assert plan_review_due(date(2026, 11, 15)) == date(2027, 2, 14)


def test_plan_review_not_applicable_without_plan():
    assert RuleId.PLAN_REVIEW not in {i.rule for i in due_items(facts(), REFERRAL)}


def test_plan_review_counts_from_plan_start_then_last_review():
    started = facts(plan_started=date(2026, 3, 10))
    reviewed = replace(started, last_plan_review=date(2026, 6, 1))
    today = date(2026, 6, 2)
    due_started = next(i for i in due_items(started, today) if i.rule is RuleId.PLAN_REVIEW)
    due_reviewed = next(i for i in due_items(reviewed, today) if i.rule is RuleId.PLAN_REVIEW)
    assert due_started.due == date(2026, 6, 9)
    assert due_reviewed.due == date(2026, 8, 31)


# --- rule 5: contact at least every 30 days ----------------------------------------


def test_participant_contact_day_30_vs_31():
    last = date(2026, 1, 15)
    due = participant_contact_due(last)
    assert due == date(2026, 2, 14)
    assert is_overdue(due, date(2026, 2, 14)) is False
    assert is_overdue(due, date(2026, 2, 15)) is True
    assert days_overdue(due, date(2026, 2, 15)) == 1


def test_participant_contact_without_contact_counts_from_course_start():
    f = facts(first_meeting_date=date(2026, 3, 4), phase=Phase.ENGAGED)
    contact = next(i for i in due_items(f, REFERRAL) if i.rule is RuleId.PARTICIPANT_CONTACT)
    assert contact.due == date(2026, 4, 3)


def test_participant_contact_always_present_for_open_course():
    done = facts(
        first_meeting_date=date(2026, 3, 3),
        first_employer_contact_date=date(2026, 3, 10),
        profile_started=date(2026, 3, 3),
        plan_started=date(2026, 3, 3),
        last_plan_review=date(2026, 3, 20),
        last_contact_date=date(2026, 3, 25),
        phase=Phase.JOB_SEARCH,
    )
    items = due_items(done, date(2026, 3, 26))
    assert [i.rule for i in items] == [RuleId.PARTICIPANT_CONTACT, RuleId.PLAN_REVIEW]
    assert items[0].due == date(2026, 4, 24)
    assert items[1].due == date(2026, 6, 19)


# --- combined view -----------------------------------------------------------------


def test_due_items_for_fresh_referral_sorted_with_overdue_flags():
    today = date(2026, 3, 28)
    items = due_items(facts(), today)
    assert items == [
        DueItem(RuleId.FIRST_MEETING, date(2026, 3, 9), True, 19),
        DueItem(RuleId.PROFILE_AND_PLAN_STARTED, date(2026, 3, 23), True, 5),
        DueItem(RuleId.FIRST_EMPLOYER_CONTACT, date(2026, 4, 1), False, 0),
        DueItem(RuleId.PARTICIPANT_CONTACT, date(2026, 4, 1), False, 0),
    ]


def test_same_due_date_keeps_rule_order():
    items = due_items(facts(), REFERRAL)
    same_day = [i.rule for i in items if i.due == date(2026, 4, 1)]
    assert same_day == [RuleId.FIRST_EMPLOYER_CONTACT, RuleId.PARTICIPANT_CONTACT]


def test_next_due_is_the_earliest_item():
    item = next_due(facts(), REFERRAL)
    assert item == DueItem(RuleId.FIRST_MEETING, date(2026, 3, 9), False, 0)


def test_ended_course_gives_no_items():
    ended = facts(phase=Phase.ENDED, ended_on=date(2026, 3, 20))
    assert due_items(ended, date(2026, 6, 1)) == []
    assert next_due(ended, date(2026, 6, 1)) is None
    assert due_items(facts(phase=Phase.ENDED), date(2026, 6, 1)) == []


def test_stated_end_date_closes_the_course_from_that_day():
    f = facts(phase=Phase.FOLLOW_ALONG, ended_on=date(2026, 6, 1))
    assert due_items(f, date(2026, 5, 31)) != []
    assert due_items(f, date(2026, 6, 1)) == []


@pytest.mark.parametrize("phase", [p for p in Phase if p is not Phase.ENDED])
def test_every_open_phase_has_a_contact_item(phase: Phase):
    rules = {i.rule for i in due_items(facts(phase=phase), REFERRAL)}
    assert RuleId.PARTICIPANT_CONTACT in rules


# --- rule 6: caseload ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fte", "capacity"),
    [(1.0, 25), (0.5, 12), (0.8, 20), (0.6, 15), (0.1, 2), (1.16, 29), (1.5, 37)],
)
def test_caseload_capacity(fte: float, capacity: int):
    assert caseload_capacity(fte) == capacity


@pytest.mark.parametrize("fte", [0, -0.5, 1.51, 37.0, float("nan"), float("inf")])
def test_caseload_capacity_rejects_invalid_fte(fte: float):
    with pytest.raises(ValueError):
        caseload_capacity(fte)


def test_caseload_status_under_at_and_over():
    assert caseload_status(20, 1.0) == CaseloadStatus(20, 25, False, 5)
    assert caseload_status(25, 1.0) == CaseloadStatus(25, 25, False, 0)
    assert caseload_status(27, 1.0) == CaseloadStatus(27, 25, True, 0)
    assert caseload_status(13, 0.5) == CaseloadStatus(13, 12, True, 0)


def test_caseload_status_rejects_negative_count():
    with pytest.raises(ValueError):
        caseload_status(-1, 1.0)


# --- rule 7: face-to-face employer contacts per ISO week -----------------------------


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2026, 12, 31), (2026, 53)),
        (date(2027, 1, 1), (2026, 53)),
        (date(2027, 1, 3), (2026, 53)),
        (date(2027, 1, 4), (2027, 1)),
        (date(2020, 12, 31), (2020, 53)),
        (date(2021, 1, 3), (2020, 53)),
        (date(2024, 12, 30), (2025, 1)),
        (date(2026, 3, 2), (2026, 10)),
    ],
)
def test_iso_week(day: date, week: tuple[int, int]):
    assert iso_week(day) == week


def test_weekly_counts_only_face_to_face():
    contacts = [
        (date(2026, 12, 28), ContactMode.FACE_TO_FACE),
        (date(2026, 12, 31), ContactMode.FACE_TO_FACE),
        (date(2027, 1, 2), ContactMode.FACE_TO_FACE),
        (date(2027, 1, 1), ContactMode.PHONE),
        (date(2027, 1, 1), ContactMode.EMAIL),
        (date(2027, 1, 4), ContactMode.FACE_TO_FACE),
        (date(2027, 1, 5), ContactMode.PHONE),
        (date(2027, 1, 12), ContactMode.EMAIL),
    ]
    assert weekly_face_to_face_counts(contacts) == {(2026, 53): 3, (2027, 1): 1}


def test_weekly_counts_empty():
    assert weekly_face_to_face_counts([]) == {}
    assert weekly_face_to_face_counts([(REFERRAL, ContactMode.PHONE)]) == {}


def test_week_meets_reference_at_six():
    assert FACE_TO_FACE_WEEKLY_REFERENCE == 6
    assert week_meets_reference(5) is False
    assert week_meets_reference(6) is True
    assert week_meets_reference(9) is True


# --- properties ----------------------------------------------------------------------


@given(due=dates, today=dates)
def test_overdue_iff_today_after_due(due: date, today: date):
    assert is_overdue(due, today) == (today > due)
    assert days_overdue(due, today) == (max(0, (today - due).days))
    assert (days_overdue(due, today) > 0) == is_overdue(due, today)


@given(start=dates)
def test_due_dates_are_start_plus_fixed_days(start: date):
    assert (first_meeting_due(start) - start).days == 7
    assert (first_employer_contact_due(start) - start).days == 30
    assert (profile_and_plan_due(start) - start).days == 21
    assert (plan_review_due(start) - start).days == 91
    assert (participant_contact_due(start) - start).days == 30


@given(referral=dates, meeting_offset=st.integers(0, 60))
def test_first_meeting_late_iff_after_day_7(referral: date, meeting_offset: int):
    meeting = referral + timedelta(days=meeting_offset)
    assert first_meeting_was_late(referral, meeting) == (meeting_offset > 7)


@given(
    referral=dates,
    meeting=st.none() | st.integers(0, 30),
    contact=st.none() | st.integers(0, 200),
    plan=st.none() | st.integers(0, 60),
    offset=st.integers(-30, 400),
)
def test_due_items_sorted_and_flags_consistent(
    referral: date, meeting: int | None, contact: int | None, plan: int | None, offset: int
):
    def shift(days: int | None) -> date | None:
        return None if days is None else referral + timedelta(days=days)

    f = facts(
        referral_date=referral,
        first_meeting_date=shift(meeting),
        last_contact_date=shift(contact),
        plan_started=shift(plan),
        phase=Phase.JOB_SEARCH,
    )
    today = referral + timedelta(days=offset)
    items = due_items(f, today)
    assert [i.due for i in items] == sorted(i.due for i in items)
    assert len({i.rule for i in items}) == len(items)
    assert RuleId.PARTICIPANT_CONTACT in {i.rule for i in items}
    assert (RuleId.FIRST_MEETING in {i.rule for i in items}) == (meeting is None)
    assert (RuleId.PLAN_REVIEW in {i.rule for i in items}) == (plan is not None)
    for item in items:
        assert item.overdue == (today > item.due)
        assert item.days_overdue == max(0, (today - item.due).days)
    assert next_due(f, today) == items[0]


@given(fte=st.floats(min_value=0.01, max_value=1.5))
def test_caseload_capacity_never_exceeds_fte_share(fte: float):
    capacity = caseload_capacity(fte)
    assert capacity <= fte * 25 + 1e-6
    assert capacity > fte * 25 - 1
