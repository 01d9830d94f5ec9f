"""Job openings: validation at the field, candidates, suggestions from the profile's job goals."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import EndReason, OpeningStatus
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import courses, job_openings
from ips_desktop.services.job_openings import OpeningInput
from ips_desktop.storage.models import AuditEvent, JobOpening, JobOpeningCandidate
from tests.services.placement_support import TODAY, contact, employer, enrol, profile


def test_an_opening_is_stored_with_its_candidates_and_audited_by_id(ws):
    shop, course = employer(ws), enrol(ws)
    found = contact(ws, shop, course, TODAY)
    opening = job_openings.create_opening(ws.ctx, OpeningInput(
        shop, "  Lagermedarbejder ", 25, "Køge", TODAY + timedelta(days=7), "Morgenhold",
        candidates=(course,)), found_on=TODAY, contact_id=found)
    assert job_openings.opening_input(ws.ctx, opening) == OpeningInput(
        shop, "Lagermedarbejder", 25, "Køge", TODAY + timedelta(days=7), "Morgenhold",
        OpeningStatus.OPEN, (course,))
    [row] = job_openings.openings(ws.ctx)
    assert (row.employer_name, row.title, row.consultant_initials, row.found_on) == (
        "Brugsen Køge", "Lagermedarbejder", "SOE", TODAY)
    assert [c.name for c in row.candidates] == ["Åse Ærenfeldt"]
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(JobOpening.contact_id)).scalar() == found
        events = conn.execute(select(AuditEvent.details).where(
            AuditEvent.entity == "job_opening")).scalars().all()
    assert not any("Lager" in str(d) or "Åse" in str(d) for d in events)


@pytest.mark.parametrize(("change", "field"), [
    ({"hours_per_week": 61}, "hours_per_week"), ({"hours_per_week": -1}, "hours_per_week"),
    ({"title": "  "}, "title"), ({"title": "x" * 201}, "title")])
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(ws, change, field):
    values = {"employer_id": employer(ws), "title": "Kok", **change}
    with pytest.raises(ValidationError) as raised:
        job_openings.create_opening(ws.ctx, OpeningInput(**values), found_on=TODAY)
    assert [e.field for e in raised.value.errors] == [field]
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(JobOpening.id)).first() is None


def test_an_employer_merged_away_is_refused(ws):
    kept = employer(ws, "Netto")
    gone = employer(ws, "Netto A/S", merged_into=kept)
    with pytest.raises(ValidationError) as raised:
        job_openings.create_opening(ws.ctx, OpeningInput(gone, "Kasseassistent"),
                                    found_on=TODAY)
    assert raised.value.for_field("employer_id")


def test_hours_at_the_limits_are_kept(ws):
    shop = employer(ws)
    for hours in (0, 60, 37.5):
        opening = job_openings.create_opening(ws.ctx, OpeningInput(shop, "Kok", hours),
                                              found_on=TODAY)
        assert job_openings.opening_input(ws.ctx, opening).hours_per_week == hours


def test_updating_replaces_the_candidates_and_the_status_filter_follows(ws):
    shop, first, second = employer(ws), enrol(ws, "Anna"), enrol(ws, "Bo")
    opening = job_openings.create_opening(ws.ctx, OpeningInput(shop, "Kok", candidates=(first,)),
                                          found_on=TODAY)
    job_openings.update_opening(ws.ctx, opening, OpeningInput(
        shop, "Kok", status=OpeningStatus.CLOSED, candidates=(second,)))
    assert job_openings.openings(ws.ctx) == []
    [row] = job_openings.openings(ws.ctx, status=OpeningStatus.CLOSED)
    assert [c.course_id for c in row.candidates] == [second]
    assert len(job_openings.openings(ws.ctx, status=None)) == 1
    assert job_openings.openings(ws.ctx, status=None, employer_id=employer(ws, "Andet")) == []
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(JobOpeningCandidate.course_id).where(
            JobOpeningCandidate.deleted_at.is_(None))).scalars().all() == [second]
        # The one taken off stays as a tombstone: a team database sees it go (issue 21).
        assert conn.execute(select(JobOpeningCandidate.course_id).where(
            JobOpeningCandidate.deleted_at.is_not(None))).scalars().all() == [first]


def test_suggestions_come_from_the_profile_job_goals(ws):
    shop = employer(ws)
    lager, dream, nothing, ended, candidate = (enrol(ws, n) for n in (
        "Lise Lager", "Dorte Drøm", "Niels Nul", "Erik Endt", "Carl Kandidat"))
    profile(ws, lager, work_goal="Noget på et lager, gerne deltid")
    profile(ws, dream, dream_job="Lagerforvalter i en stor virksomhed")
    profile(ws, nothing, work_goal="Gartner", dream_job="Arbejde med noget")  # stop words
    profile(ws, ended, work_goal="Lager")
    profile(ws, candidate, work_goal="Lager")
    courses.end_course(ws.ctx, ended, TODAY, EndReason.MOVED_AWAY, today=TODAY)
    job_openings.create_opening(ws.ctx, OpeningInput(
        shop, "Lagermedarbejder (deltid) – arbejde", candidates=(candidate,)), found_on=TODAY)
    [row] = job_openings.openings(ws.ctx)
    assert [(s.name, s.matched) for s in row.suggestions] == [  # the job wanted now first
        ("Lise Lager", "Noget på et lager, gerne deltid"),
        ("Dorte Drøm", "Lagerforvalter i en stor virksomhed")]


def test_suggestions_fold_like_search_and_need_four_letters(ws):
    shop, person = employer(ws), enrol(ws, "Øjvind")
    profile(ws, person, work_goal="Pædagogmedhjælper i børnehave", dream_job="Kok")
    job_openings.create_opening(ws.ctx, OpeningInput(shop, "PAEDAGOG"), found_on=TODAY)
    job_openings.create_opening(ws.ctx, OpeningInput(shop, "Kok"), found_on=TODAY)
    rows = {r.title: r for r in job_openings.openings(ws.ctx)}
    assert [s.name for s in rows["PAEDAGOG"].suggestions] == ["Øjvind"]
    assert rows["Kok"].suggestions == ()  # three letters: too short to mean a trade


def test_more_shared_words_come_first_then_the_name(ws):
    shop = employer(ws)
    one, two, also_one = enrol(ws, "Anna"), enrol(ws, "Ørjan"), enrol(ws, "Bent")
    profile(ws, two, work_goal="Kantine, gerne som kokkeelev")
    profile(ws, also_one, work_goal="Kantinemedhjælper")
    profile(ws, one, work_goal="Kantine")
    job_openings.create_opening(ws.ctx, OpeningInput(shop, "Kokkeelev i kantine"),
                                found_on=TODAY)
    [row] = job_openings.openings(ws.ctx)
    assert [s.name for s in row.suggestions] == ["Ørjan", "Anna", "Bent"]


def test_a_filled_opening_has_no_suggestions(ws):
    shop, person = employer(ws), enrol(ws)
    profile(ws, person, work_goal="Lager")
    job_openings.create_opening(ws.ctx, OpeningInput(shop, "Lager", status=OpeningStatus.FILLED),
                                found_on=TODAY)
    [row] = job_openings.openings(ws.ctx, status=None)
    assert row.suggestions == ()


def test_suggestions_stay_fast_with_5000_profiles(ws):
    from sqlalchemy.orm import Session

    from ips_desktop.domain.enums import FormStatus, Phase
    from ips_desktop.storage.models import Course, FormResponse, Participant

    goals = ["Lager", "Butik", "Kok på restaurant", "Pædagogmedhjælper", "Chauffør",
             "Rengøring på hospital", "Noget med computere", "Gartner"]
    profiles = []
    with Session(ws.ctx.engine) as session, session.begin():
        for i in range(5000):
            person = Participant(id=uuid.uuid4(), name=f"P{i}")
            course = Course(id=uuid.uuid4(), participant=person, referral_date=TODAY,
                            phase=Phase.ENGAGED.value)
            session.add(course)
            profiles.append(FormResponse(course_id=course.id, form_id="vocational_profile",
                                         form_version="1", status=FormStatus.DRAFT.value,
                                         answers={"work_goal": goals[i % len(goals)],
                                                  "dream_job": f"Drømmejob nummer {i}"}))
        session.flush()
        session.add_all(profiles)
    shop = employer(ws)
    for title in ("Lagermedarbejder", "Butiksassistent", "Kok", "Chauffør", "Gartner",
                  "Rengøringsassistent", "Pædagog", "Programmør", "Sælger", "Tømrer"):
        job_openings.create_opening(ws.ctx, OpeningInput(shop, title), found_on=TODAY)
    started = time.perf_counter()
    rows = job_openings.openings(ws.ctx)
    elapsed = time.perf_counter() - started
    assert len(rows) == 10
    assert all(len(r.suggestions) <= job_openings.SUGGESTIONS_MAX for r in rows)
    print(f"openings() with 5,000 profiles: {elapsed * 1000:.0f} ms")
    assert elapsed < 1.5, elapsed
