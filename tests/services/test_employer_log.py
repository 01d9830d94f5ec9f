"""The employer-contact log's read side on a real encrypted database.

Rows go in through the ORM (the write side is another branch's), so each test
knows exactly what the log must show; the paging tests run on the small demo
(400 contacts) in every sort order, both ways.
"""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction, ContactMode, ContactOutcome, ContactPurpose
from ips_desktop.services import employer_log as log
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.employer_log import LogFilter, LogSort
from ips_desktop.storage.models import (
    AuditEvent,
    Consultant,
    Course,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    Participant,
)
from tests import backends

MONDAY = date(2026, 11, 30)  # week 49 of 2026


def _employer(session, name: str) -> uuid.UUID:
    row = Employer(name=name)
    session.add(row)
    session.flush()
    return row.id


def _contact(session, consultant_id, employer_id, day: date, *, at: time = time(9, 0),
             mode: ContactMode = ContactMode.FACE_TO_FACE,
             purpose: ContactPurpose = ContactPurpose.NETWORKING, **more) -> uuid.UUID:
    row = EmployerContact(consultant_id=consultant_id, employer_id=employer_id,
                          contact_date=day, contact_time=at, mode=mode.value,
                          purpose=purpose.value, **more)
    session.add(row)
    session.flush()
    return row.id


@pytest.fixture
def log_data(ws):
    """Two consultants, three employers, a participant and seven contacts."""
    me = ws.ctx.actor_id
    with unit_of_work(ws.ctx) as s:
        other = Consultant(name="Anne Berg", initials="AB", municipality="Køge", role="consultant")
        lead = Consultant(name="Tove Lund", initials="TL", municipality="Køge", role="team_lead")
        s.add_all([other, lead])
        s.flush()
        ostergard = _employer(s, "Østergård Tømrer ApS")
        aalborg = _employer(s, "Aalborg Cement")
        bager = _employer(s, "Bageriet Brød")
        person = EmployerContactPerson(employer_id=bager, name="Mette Hansen", title="Ejer")
        participant = Participant(name="Kristoffer Ølgaard")
        s.add_all([person, participant])
        s.flush()
        course = Course(participant_id=participant.id, consultant_id=me,
                        referral_date=date(2026, 9, 1), phase="job_search")
        s.add(course)
        s.flush()
        ids = {
            "mon": _contact(s, me, ostergard, MONDAY, at=time(10, 30),
                            outcome="Talte om elevplads", next_step="Ring igen"),
            "mon_early": _contact(s, me, bager, MONDAY, at=time(8, 0),
                                  contact_person_id=person.id, course_id=course.id,
                                  purpose=ContactPurpose.FOR_PARTICIPANT,
                                  outcome_kind=ContactOutcome.OPENING_FOUND.value,
                                  follow_up_date=MONDAY + timedelta(days=2)),
            "tue_phone": _contact(s, other.id, aalborg, MONDAY + timedelta(days=1),
                                  mode=ContactMode.PHONE,
                                  follow_up_date=MONDAY + timedelta(days=3),
                                  follow_up_done_on=MONDAY + timedelta(days=3)),
            "sun": _contact(s, other.id, bager, MONDAY + timedelta(days=6), at=time(23, 59)),
            "prev_week": _contact(s, me, aalborg, MONDAY - timedelta(days=1),
                                  follow_up_date=MONDAY - timedelta(days=1)),
            "next_week": _contact(s, me, aalborg, MONDAY + timedelta(days=7)),
        }
        deleted = _contact(s, me, aalborg, MONDAY, mode=ContactMode.VIDEO)
        s.get(EmployerContact, deleted).deleted_at = s.get(EmployerContact, deleted).created_at
    return {"me": me, "other": other.id, "lead": lead.id, "ostergard": ostergard,
            "aalborg": aalborg, "bager": bager, "person": person.id, "course": course.id,
            **ids}


def _ids(rows) -> list[uuid.UUID]:
    return [r.id for r in rows]


def test_a_week_is_monday_to_sunday_newest_first_without_deleted_ones(ws, log_data):
    rows = log.contacts(ws.ctx, LogFilter(week=(2026, 49)))
    assert _ids(rows) == [log_data[k] for k in ("sun", "tue_phone", "mon", "mon_early")]
    assert log.contact_count(ws.ctx, LogFilter(week=(2026, 49))) == 4
    oldest_first = log.contacts(ws.ctx, LogFilter(week=(2026, 49)), descending=False)
    assert _ids(oldest_first) == _ids(reversed(rows))


def test_a_row_carries_what_the_log_shows(ws, log_data):
    [row] = [r for r in log.contacts(ws.ctx, LogFilter(week=(2026, 49)))
             if r.id == log_data["mon_early"]]
    assert (row.employer_name, row.contact_person, row.participant) == (
        "Bageriet Brød", "Mette Hansen", "Kristoffer Ølgaard")
    assert (row.consultant_initials, row.mode, row.purpose, row.outcome_kind) == (
        "SOE", ContactMode.FACE_TO_FACE, ContactPurpose.FOR_PARTICIPANT,
        ContactOutcome.OPENING_FOUND)
    assert (row.contact_date, row.contact_time, row.follow_up_date) == (
        MONDAY, time(8, 0), MONDAY + timedelta(days=2))
    assert (row.course_id, row.contact_person_id) == (log_data["course"], log_data["person"])


@pytest.mark.parametrize(("flt", "expected"), [
    (LogFilter(consultant_id="other"), ["sun", "tue_phone"]),
    (LogFilter(employer_id="aalborg"), ["next_week", "tue_phone", "prev_week"]),
    (LogFilter(course_id="course"), ["mon_early"]),
    (LogFilter(mode=ContactMode.PHONE), ["tue_phone"]),
    (LogFilter(purpose=ContactPurpose.FOR_PARTICIPANT), ["mon_early"]),
    (LogFilter(date_from=MONDAY + timedelta(days=1), date_to=MONDAY + timedelta(days=6)),
     ["sun", "tue_phone"]),
    (LogFilter(follow_up_due_by=MONDAY + timedelta(days=3)), ["mon_early", "prev_week"]),
])
def test_each_filter(ws, log_data, flt, expected):
    flt = LogFilter(**{name: log_data.get(value, value) if isinstance(value, str) else value
                       for name, value in vars(flt).items()})
    assert _ids(log.contacts(ws.ctx, flt)) == [log_data[k] for k in expected]
    assert log.contact_count(ws.ctx, flt) == len(expected)


@pytest.mark.parametrize(("query", "expected"), [
    ("ostergard", {"mon"}),  # the employer's name, folded: Østergård
    ("tomrer aps", {"mon"}),
    ("mette", {"mon_early"}),  # the contact person
    ("olgaard", {"mon_early"}),  # the participant: Ølgaard
    ("ELEVPLADS", {"mon"}),  # the outcome text
    ("ring igen", {"mon"}),  # the next step
    ("aalborg", {"next_week", "tue_phone", "prev_week"}),  # "aa" folds like å
    ("brød mette", {"mon_early"}),  # every word, in two of the fields
    ("100%", set()),  # LIKE's wildcards are plain characters
    ("", {"sun", "tue_phone", "mon", "mon_early", "prev_week", "next_week"}),
])
def test_search_is_folded_over_the_names_and_texts(ws, log_data, query, expected):
    found = set(_ids(log.contacts(ws.ctx, LogFilter(search=query))))
    assert found == {log_data[k] for k in expected}
    # Counted both ways: names folded once each (any date), or on the joined rows (a period).
    assert log.contact_count(ws.ctx, LogFilter(search=query)) == len(expected)
    period = LogFilter(search=query, date_from=MONDAY - timedelta(days=7),
                       date_to=MONDAY + timedelta(days=13))
    assert log.contact_count(ws.ctx, period) == len(expected)


def test_sorting_on_a_column_puts_missing_values_together(ws, log_data):
    week = LogFilter(week=(2026, 49))
    by_employer = log.contacts(ws.ctx, week, sort=LogSort.EMPLOYER, descending=False)
    assert [r.employer_name for r in by_employer] == [
        "Bageriet Brød", "Bageriet Brød", "Østergård Tømrer ApS", "Aalborg Cement"]  # aa = å
    by_person = log.contacts(ws.ctx, week, sort=LogSort.CONTACT_PERSON, descending=True)
    assert by_person[0].contact_person == "Mette Hansen"
    by_follow_up = log.contacts(ws.ctx, week, sort=LogSort.FOLLOW_UP, descending=False)
    assert [r.follow_up_date for r in by_follow_up] == [
        None, None, MONDAY + timedelta(days=2), MONDAY + timedelta(days=3)]
    by_mode = log.contacts(ws.ctx, week, sort=LogSort.MODE, descending=True)
    assert by_mode[0].mode is ContactMode.PHONE


def test_the_cursor_belongs_to_its_order(ws, log_data):
    page = log.contact_page(ws.ctx, LogFilter(), limit=2)
    assert page.next is not None
    with pytest.raises(ValueError):
        log.contact_page(ws.ctx, LogFilter(), sort=LogSort.EMPLOYER, after=page.next)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return backends.make_demo_template(tmp_path_factory.mktemp("log-demo"), date(2026, 11, 20))


@pytest.fixture
def demo(demo_template, tmp_path):
    opened = backends.open_demo_copy(demo_template, tmp_path / "demo")
    yield opened
    opened.close()


def _every_page(ctx, flt, sort, descending, limit):
    seen, after, pages = [], None, 0
    while True:
        page = log.contact_page(ctx, flt, sort=sort, descending=descending, after=after,
                                limit=limit)
        seen.extend(page.rows)
        pages += 1
        if page.next is None:
            return seen, pages
        after = page.next


@pytest.mark.parametrize("sort", list(LogSort))
@pytest.mark.parametrize("descending", [True, False])
def test_paging_returns_every_row_once_in_the_order_of_the_whole(demo, sort, descending):
    flt = LogFilter(date_from=date(2026, 1, 1))
    whole = log.contacts(demo.ctx, flt, sort=sort, descending=descending)
    assert len(whole) == log.contact_count(demo.ctx, flt) > 100
    paged, pages = _every_page(demo.ctx, flt, sort, descending, limit=7)
    assert _ids(paged) == _ids(whole)
    assert len(set(_ids(paged))) == len(paged)
    assert pages == -(-len(whole) // 7)


def test_paging_a_searched_filter_returns_every_row_once(demo):
    flt = LogFilter(search="a", mode=ContactMode.FACE_TO_FACE)
    whole = log.contacts(demo.ctx, flt, sort=LogSort.PARTICIPANT)
    paged, _ = _every_page(demo.ctx, flt, LogSort.PARTICIPANT, True, limit=10)
    assert 10 < len(whole) == len(paged) and _ids(paged) == _ids(whole)


def test_week_summary_lists_every_consultant_against_the_reference(ws, log_data):
    with unit_of_work(ws.ctx) as s:
        for day in range(5):
            _contact(s, log_data["other"], log_data["bager"], MONDAY + timedelta(days=day))
    rows = {r.initials: r for r in log.week_summary(ws.ctx, (2026, 49))}
    assert set(rows) == {"SOE", "AB"}  # the team lead logged nothing: not listed
    assert (rows["AB"].face_to_face, rows["AB"].total, rows["AB"].meets_reference) == (6, 7, True)
    assert (rows["SOE"].face_to_face, rows["SOE"].total, rows["SOE"].meets_reference) == (
        2, 2, False)
    empty = {r.initials: r for r in log.week_summary(ws.ctx, (2026, 40))}
    assert (empty["SOE"].face_to_face, empty["SOE"].total) == (0, 0)


def test_due_follow_ups_are_mine_not_done_and_not_in_the_future(ws, log_data):
    due = log.due_follow_ups(ws.ctx, today=MONDAY + timedelta(days=2),
                             consultant_id=log_data["me"])
    assert _ids(due) == [log_data["prev_week"], log_data["mon_early"]]  # longest overdue first
    assert log.due_follow_up_count(ws.ctx, today=MONDAY + timedelta(days=2),
                                   consultant_id=log_data["me"]) == 2
    assert log.due_follow_ups(ws.ctx, today=MONDAY + timedelta(days=3),
                              consultant_id=log_data["other"]) == []  # done on the day
    assert len(log.due_follow_ups(ws.ctx, today=MONDAY, consultant_id=None)) == 1


def test_reading_the_log_is_audited_without_names_or_search_text(ws, log_data):
    flt = LogFilter(week=(2026, 49), employer_id=log_data["bager"], search="Ølgaard")
    log.record_log_read(ws.ctx, flt, rows=1)
    with unit_of_work(ws.ctx) as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "employer_log")).one()
    assert event.action == AuditAction.READ.value
    assert event.details == {"rows": 1, "year": 2026, "week": 49,
                             "employer": str(log_data["bager"]), "search": True}
    assert "lgaard" not in str(event.details)
