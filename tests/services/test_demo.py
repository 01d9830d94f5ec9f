"""The demo generator: reproducible, complete enough to show every screen, never in real data."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ips_desktop.domain.enums import (
    OPEN_PHASES,
    AuditAction,
    ContactMode,
    ContactOutcome,
    EventKind,
    OpeningStatus,
    Phase,
    Role,
)
from ips_desktop.domain.messages import CATALOG
from ips_desktop.services.demo import DemoSummary, generate_demo
from ips_desktop.services.demo.names import CONTACT_OUTCOMES
from ips_desktop.storage.database import Database
from ips_desktop.storage.models import (
    AuditEvent,
    CalendarEvent,
    Consultant,
    Course,
    EmployerContact,
    JobOpening,
    JobOpeningCandidate,
    Note,
    Participant,
    PhaseChange,
    Placement,
    PsychiatryUnit,
    StaffingPeriod,
)
from tests import backends

TODAY = date(2026, 11, 20)


def _demo_db(root: Path, password: str, *, demo: bool = True) -> Database:
    return backends.new_database(root, demo=demo)


@pytest.fixture
def small(data_dir: Path, password: str):
    db = _demo_db(data_dir, password)
    summary = generate_demo(db.engine, size="small", seed=7, today=TODAY)
    yield db, summary
    db.close()


def _people(db: Database) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(Participant.id, Participant.name).order_by(Participant.id))
        return [(str(pid), name) for pid, name in rows]


def test_same_seed_and_day_give_the_same_data(tmp_path: Path, password: str) -> None:
    runs = []
    for name in ("one", "two"):
        db = _demo_db(tmp_path / name, password)
        summary = generate_demo(db.engine, size="small", seed=3, today=TODAY)
        with db.engine.connect() as conn:
            courses = conn.execute(
                select(Course.id, Course.phase, Course.referral_date).order_by(Course.id)
            ).all()
            streamed = [conn.execute(select(model.id).order_by(model.id)).scalars().all()
                        for model in (Note, EmployerContact, CalendarEvent)]
        runs.append((summary, _people(db), courses, streamed))
        db.close()
    assert runs[0] == runs[1]
    assert len(runs[0][1]) == 60


def test_another_seed_gives_other_people(tmp_path: Path, password: str) -> None:
    names = []
    for seed in (1, 2):
        db = _demo_db(tmp_path / str(seed), password)
        generate_demo(db.engine, size="small", seed=seed, today=TODAY)
        names.append({name for _, name in _people(db)})
        db.close()
    assert names[0] != names[1]


def test_small_size_has_every_phase_and_a_few_hundred_rows(small) -> None:
    db, summary = small
    assert isinstance(summary, DemoSummary)
    assert summary.consultants == 4  # the team of three and one who left
    assert summary.staffing_periods == 5 and summary.overview_targets == 48
    assert summary.participants == 60
    assert 200 <= summary.employer_contacts <= 1_000
    assert 200 <= summary.notes <= 1_000
    assert 100 <= summary.calendar_events <= 1_000
    with db.engine.connect() as conn:
        phases = set(conn.execute(select(Course.phase).distinct()).scalars())
        assert phases == {p.value for p in Phase}
        assert conn.execute(select(func.count()).select_from(Note)).scalar_one() == summary.notes


def test_phase_history_ends_in_the_current_phase(small) -> None:
    db, _ = small
    with db.engine.connect() as conn:
        history: dict[object, list[tuple[date, str]]] = {}
        for course_id, changed_on, phase in conn.execute(
            select(PhaseChange.course_id, PhaseChange.changed_on, PhaseChange.phase)
        ):
            history.setdefault(course_id, []).append((changed_on, phase))
        for course in conn.execute(select(Course)).all():
            changes = sorted(history[course.id], key=lambda change: change[0])
            assert changes[0][1] == Phase.REFERRED
            assert changes[0][0] == course.referral_date
            assert changes[-1][1] == course.phase
            assert course.referral_date <= TODAY
            if course.phase == Phase.ENDED:
                assert course.ended_on and course.end_reason
            else:
                assert course.ended_on is None and course.end_reason is None
            if course.phase not in (Phase.REFERRED, Phase.ENDED):
                assert course.first_meeting_date is not None


def test_caseloads_and_presence_days(small) -> None:
    db, _ = small
    with db.engine.connect() as conn:
        open_counts = dict(conn.execute(
            select(Course.consultant_id, func.count())
            .where(Course.phase.in_([p.value for p in OPEN_PHASES]))
            .group_by(Course.consultant_id)
        ).all())
        in_team = select(StaffingPeriod.consultant_id).where(StaffingPeriod.ends_on.is_(None))
        consultants = conn.execute(select(Consultant).where(Consultant.id.in_(in_team))).all()
        presence = conn.execute(
            select(CalendarEvent).where(CalendarEvent.kind == EventKind.PRESENCE_DAY)
        ).all()
    assert any(c.role == Role.TEAM_LEAD for c in consultants)
    assert any(open_counts.get(c.id, 0) > 25 * c.fte for c in consultants)  # someone is over
    assert {e.consultant_id for e in presence} == {c.id for c in consultants}
    koege = [e for e in presence if e.location == "Psykiatrien Køge" and e.parent_id is None]
    assert koege and all(e.rrule == "FREQ=WEEKLY;BYDAY=WE" for e in koege)
    assert all((e.starts_at.hour, e.starts_at.minute) == (12, 30) for e in koege)


def test_the_calendar_has_cancelled_moved_and_held_occurrences(small) -> None:
    """What the calendar's screens and the .ics need to show: a presence day cancelled on a
    public holiday, one moved on its own, past meetings held (each a contact note), notes,
    and the team's list of psychiatry units."""
    from ips_desktop.domain.public_holidays import public_holidays

    db, summary = small
    with db.engine.connect() as conn:
        events = conn.execute(select(CalendarEvent)).all()
        notes = {n.id: n for n in conn.execute(select(Note)).all()}
        units = conn.execute(select(PsychiatryUnit.name, PsychiatryUnit.name_key)).all()
    by_id = {e.id: e for e in events}
    series = [e for e in events if e.kind == EventKind.PRESENCE_DAY and e.rrule]
    holidays = public_holidays(date(2024, 1, 1), date(2028, 1, 1), "da")
    cancelled = [(e, d) for e in series for d in e.exdates
                 if date.fromisoformat(d[:10]) in holidays]
    assert cancelled and all(d[11:] == e.starts_at.time().isoformat() for e, d in cancelled)
    overrides = [e for e in events if e.parent_id is not None]
    assert len(overrides) == len(series)
    for moved in overrides:
        parent = by_id[moved.parent_id]
        assert moved.recurrence_id.isoformat() in parent.exdates  # never shown twice
        assert moved.starts_at.date() != moved.recurrence_id.date()
        assert moved.recurrence_id.date() > TODAY and moved.sequence == parent.sequence == 1
    held = [e for e in events if e.held_note_id is not None]
    assert len(held) > 20
    for event in held:
        note = notes[event.held_note_id]
        assert event.starts_at.date() == note.note_date < TODAY
        assert note.course_id == event.course_id and note.consultant_id == event.consultant_id
        assert note.kind == ("joint_start_up" if event.kind == EventKind.JOINT_START_UP
                             else "meeting")
        assert event.kind in (EventKind.PARTICIPANT_MEETING, EventKind.JOINT_START_UP)
    assert summary.notes == len(notes)
    assert sum(1 for e in events if e.notes) > 10
    assert summary.calendar_events == len(events)
    names = [name for name, _ in units]
    assert summary.psychiatry_units == len(names) == len({key for _, key in units})
    assert {"Psykiatrien Køge", "Psykiatrien Roskilde"} <= set(names)
    assert {e.location for e in series} <= set(names)


def test_the_moved_presence_day_shows_once_in_the_week_view(data_dir: Path,
                                                            password: str) -> None:
    from datetime import datetime, timedelta

    from ips_desktop.services import calendar

    db = _demo_db(data_dir, password)
    generate_demo(db.engine, size="small", seed=7, today=TODAY)
    db.close()
    ws = backends.reopen(db, data_dir)
    try:
        with ws.ctx.engine.connect() as conn:
            moved = conn.execute(select(CalendarEvent).where(
                CalendarEvent.parent_id.is_not(None))).first()
        monday = moved.recurrence_id.date() - timedelta(days=moved.recurrence_id.weekday())
        week = calendar.occurrences_between(
            ws.ctx, datetime.combine(monday, datetime.min.time()),
            datetime.combine(monday + timedelta(days=7), datetime.min.time()),
            consultant_ids=[moved.consultant_id], kinds=[EventKind.PRESENCE_DAY])
    finally:
        ws.close()
    presence = [o for o in week if o.series_id == moved.parent_id]
    assert [o.starts_at for o in presence] == [moved.starts_at]


def test_employer_contacts_are_mostly_linked_to_a_course(small) -> None:
    db, summary = small
    with db.engine.connect() as conn:
        linked = conn.execute(
            select(func.count()).where(EmployerContact.course_id.is_not(None))
        ).scalar_one()
    assert 0.5 <= linked / summary.employer_contacts <= 0.7


def test_progress_runs_to_the_end_and_the_audit_names_no_person(
        data_dir: Path, password: str) -> None:
    db = _demo_db(data_dir, password)
    seen: list[tuple[str, float]] = []
    generate_demo(db.engine, size="small", today=TODAY,
                  progress=lambda phase, share: seen.append((phase, share)))
    with db.engine.connect() as conn:
        events = conn.execute(select(AuditEvent)).all()
    db.close()
    shares = [share for _, share in seen]
    assert shares == sorted(shares) and shares[-1] == 1.0
    # `ips-desktop demo` shows each step in the user's words, never a table's name
    assert {phase for phase, _ in seen} <= {code.removeprefix("demo_step_")
                                            for code in CATALOG if code.startswith("demo_step_")}
    assert [(e.action, e.entity, e.details) for e in events] == [
        (AuditAction.CREATE.value, "demo", {"size": "small", "seed": 1})
    ]


def test_refuses_a_database_that_is_not_demo(data_dir: Path, password: str) -> None:
    db = _demo_db(data_dir, password, demo=False)
    with pytest.raises(ValueError, match="not a demo database"):
        generate_demo(db.engine, today=TODAY)
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Participant)).scalar_one() == 0
    db.close()


def test_refuses_a_database_that_already_has_participants(small) -> None:
    db, summary = small
    with pytest.raises(ValueError, match="already holds participants"):
        generate_demo(db.engine, size="small", seed=8, today=TODAY)
    with db.engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(Participant)).scalar_one()
    assert count == summary.participants


def test_refuses_an_unknown_size(data_dir: Path, password: str) -> None:
    db = _demo_db(data_dir, password)
    with pytest.raises(ValueError, match="unknown demo size"):
        generate_demo(db.engine, size="huge", today=TODAY)  # type: ignore[arg-type]
    db.close()


@pytest.mark.sqlite_only(reason="the bytes of the SQLCipher file on disk")
def test_the_file_on_disk_is_encrypted(data_dir: Path, password: str) -> None:
    db = _demo_db(data_dir, password)
    generate_demo(db.engine, size="small", today=TODAY)
    names = [name for _, name in _people(db)]
    path = db.path
    db.close()
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert raw[:16] != b"SQLite format 3\x00"
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    # Several names, including ones with æ/ø/å or other non-ASCII letters.
    chosen = names[:5] + [n for n in names if not n.isascii()][:5]
    assert len(chosen) >= 6
    for name in chosen:
        assert name.encode("utf-8") not in raw, name
    assert b"Psykiatrien" not in raw


def test_the_demo_is_used_as_one_consultant_with_her_share_of_the_courses(small) -> None:
    from ips_desktop.services.workspace import OWNER_CONSULTANT
    from ips_desktop.storage.database import read_setting

    db, summary = small
    owner = summary.owner
    assert owner is not None
    assert read_setting(db.engine, OWNER_CONSULTANT) == str(owner.id)
    with db.engine.connect() as conn:
        me = conn.execute(select(Consultant.name, Consultant.initials, Consultant.role)
                          .where(Consultant.id == owner.id)).one()
        open_courses = conn.execute(select(Course.consultant_id).where(
            Course.phase.in_([p.value for p in OPEN_PHASES]))).scalars().all()
    assert (me.name, me.initials, me.role) == (owner.name, owner.initials, Role.CONSULTANT)
    assert me.name.strip() and " " in me.name  # a whole name for the greeting
    assert owner.open_courses == open_courses.count(owner.id)
    assert owner.team_open_courses == len(open_courses)
    assert 10 <= owner.open_courses < owner.team_open_courses  # hers, not the whole team's
    assert len(set(open_courses)) >= 2  # several consultants carry the team's courses


def test_contacts_have_office_hours_outcomes_and_some_video(small) -> None:
    db, _ = small
    with db.engine.connect() as conn:
        rows = conn.execute(select(EmployerContact.contact_time, EmployerContact.mode,
                                   EmployerContact.outcome_kind, EmployerContact.outcome)).all()
    times = [r.contact_time for r in rows]
    assert min(times) >= time(8, 0) and max(times) <= time(16, 30)
    office = sum(1 for t in times if time(9, 0) <= t < time(16, 0))
    assert office / len(times) > 0.75 and len(set(times)) > 50
    video = sum(1 for r in rows if r.mode == ContactMode.VIDEO)
    assert 0.01 <= video / len(rows) <= 0.1
    assert {r.outcome_kind for r in rows} == {k.value for k in ContactOutcome} | {None}
    texts = {r.outcome for r in rows if r.outcome_kind == ContactOutcome.NO_OPENING}
    assert texts - {None} <= set(CONTACT_OUTCOMES["no_opening"])


def test_openings_come_from_opening_found_contacts_and_placements_fill_them(
        data_dir: Path, password: str) -> None:
    db = _demo_db(data_dir, password)
    summary = generate_demo(db.engine, size="small", seed=3, today=TODAY)
    with db.engine.connect() as conn:
        openings = conn.execute(
            select(JobOpening, EmployerContact.outcome_kind, EmployerContact.employer_id
                   .label("contact_employer"), EmployerContact.contact_date)
            .join(EmployerContact, EmployerContact.id == JobOpening.contact_id)).all()
        found = conn.execute(select(func.count()).where(
            EmployerContact.outcome_kind == ContactOutcome.OPENING_FOUND)).scalar_one()
        candidates = conn.execute(select(JobOpeningCandidate.opening_id)).scalars().all()
        filled = conn.execute(select(Placement.employer_id, JobOpening.employer_id,
                                     JobOpening.status, Placement.course_id,
                                     JobOpening.found_on, Placement.start_date)
                              .join(JobOpening, JobOpening.id == Placement.opening_id)).all()
        candidate_pairs = set(conn.execute(
            select(JobOpeningCandidate.opening_id, JobOpeningCandidate.course_id)).all())
        placed = {(o, c) for o, c in conn.execute(
            select(Placement.opening_id, Placement.course_id)
            .where(Placement.opening_id.is_not(None))).all()}
    db.close()
    assert len(openings) == summary.job_openings
    assert 0.3 * found <= len(openings) <= found
    for o in openings:
        assert o.outcome_kind == ContactOutcome.OPENING_FOUND
        assert o.employer_id == o.contact_employer and o.found_on == o.contact_date
    assert max(candidates.count(o) for o in set(candidates)) <= 3
    assert len(candidates) == summary.job_opening_candidates
    assert filled and {f[2] for f in filled} == {OpeningStatus.FILLED}
    assert all(f[0] == f[1] and f[4] < f[5] for f in filled)
    assert placed <= candidate_pairs  # the one hired was a candidate
    statuses = {o.status for o in openings}
    assert OpeningStatus.CLOSED in statuses and OpeningStatus.FILLED in statuses


def test_most_past_follow_ups_are_done_and_a_few_are_due(small) -> None:
    db, _ = small
    with db.engine.connect() as conn:
        past = conn.execute(select(EmployerContact.follow_up_date,
                                   EmployerContact.follow_up_done_on)
                            .where(EmployerContact.follow_up_date <= TODAY)).all()
        ahead = conn.execute(select(EmployerContact.follow_up_done_on)
                             .where(EmployerContact.follow_up_date > TODAY)).scalars().all()
    done = [(due, on) for due, on in past if on is not None]
    assert len(done) / len(past) > 0.95
    assert all(due <= on <= TODAY for due, on in done)
    assert ahead and all(on is None for on in ahead)


def test_past_weeks_have_supervision_ticks_and_a_few_notes(small) -> None:
    """The supervision list and the participant page have something to show in the demo."""
    from ips_desktop.domain.rules import iso_week, shift_week
    from ips_desktop.storage.models import SupervisionItem

    db, summary = small
    with db.engine.connect() as conn:
        rows = conn.execute(select(SupervisionItem.iso_year, SupervisionItem.iso_week,
                                   SupervisionItem.discussed_on, SupervisionItem.note,
                                   Course.referral_date, Course.ended_on)
                            .join(Course, Course.id == SupervisionItem.course_id)).all()
    assert len(rows) == summary.supervision_items > 20
    this_week = iso_week(TODAY)
    weeks = {(year, week) for year, week, *_ in rows}
    assert weeks == {shift_week(this_week, -n) for n in range(1, 7)}  # six past weeks only
    for year, week, discussed_on, _, referred, ended_on in rows:
        assert iso_week(discussed_on) == (year, week) and referred <= discussed_on
        assert ended_on is None or ended_on > discussed_on
    noted = [row[3] for row in rows if row[3]]
    assert 0 < len(noted) < len(rows)


def test_a_scaled_demo_is_the_same_team_with_that_many_times_the_history(
        small, tmp_path: Path, password: str) -> None:
    """The benchmarks' "10× the large demo": more people and history, not more consultants."""
    _, once = small
    db = _demo_db(tmp_path / "twice", password)
    try:
        twice = generate_demo(db.engine, size="small", seed=7, today=TODAY, scale=2)
    finally:
        db.close()
    assert twice.consultants == once.consultants
    assert twice.participants == 2 * once.participants
    assert twice.employers == 2 * once.employers
    assert 1.8 * once.notes <= twice.notes <= 2.2 * once.notes
    with pytest.raises(ValueError):
        generate_demo(db.engine, size="small", scale=0)
