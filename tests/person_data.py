"""A person with data in every table the access copy reads, and another person beside them.

Each text is unique to its person (the `tag`), so a test can find every item
of the one in the copy and none of the other's. What can go through a service
does (the referral, notes, phases, forms and their history, the plan review,
supervision notes, reads and prints), so the audit trail holds the events the
app itself writes; the rest is added as rows, as tests/supervision_data.py does.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import NoteKind, NotePlace, Phase
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.paths import forms_dir
from ips_desktop.services import courses, form_drafts, forms, printing, referrals, supervision_items
from ips_desktop.services.context import AppContext
from ips_desktop.services.courses import NoteInput
from ips_desktop.services.form_drafts import Position
from ips_desktop.storage import models as m

TODAY = date(2026, 12, 2)
OLD_PROFILE_VERSION = "0-gammel"
OLD_DREAM_LABEL = "Drømmejob, som den gamle udgave af skemaet spurgte"


@dataclass
class PersonData:
    participant_id: uuid.UUID
    course_id: uuid.UUID
    old_course_id: uuid.UUID
    name: str
    # Texts that must each appear in the copy, and (label, answer) pairs.
    texts: list[str] = field(default_factory=list)
    answers: list[tuple[str, str]] = field(default_factory=list)


def _spec(form_id: str, ctx: AppContext):
    text = (forms_dir() / f"{form_id}.toml").read_text(encoding="utf-8")
    spec = parse_form(text, f"{form_id}.toml")
    forms.remember_form(ctx, spec, text)
    return spec


def _old_profile(ctx: AppContext):
    """The profile as an older version asked its first question: its own label."""
    text = (forms_dir() / "vocational_profile.toml").read_text(encoding="utf-8")
    text = text.replace('version = "1"', f'version = "{OLD_PROFILE_VERSION}"', 1).replace(
        'label.da = "Hvad er dit drømmejob? Hvilket arbejde har du altid gerne villet have?"',
        f'label.da = "{OLD_DREAM_LABEL}"', 1)
    spec = parse_form(text, "vocational_profile_old.toml")
    forms.remember_form(ctx, spec, text)
    return spec


def _an_hour_ago(ctx: AppContext) -> None:
    with Session(ctx.engine) as session, session.begin():
        for change in session.scalars(select(m.FormAnswerChange)):
            change.at = change.at - timedelta(hours=1)


def build_person(ctx: AppContext, name: str, tag: str, *, cpr: str) -> PersonData:
    """One person: a live course with everything, and an older course marked deleted."""
    referral = _spec("referral", ctx)
    profile, plan = _spec("vocational_profile", ctx), _spec("action_plan", ctx)
    old_profile = _old_profile(ctx)
    about = f"{tag}: vil gerne arbejde med dyr, helst udendørs"
    medication = f"{tag}-Sertralin"
    course_id = referrals.register_referral(ctx, referral, {
        "name": name, "cpr": cpr, "phone": "20 30 40 50", "referral_date": "2026-10-01",
        "psychiatry_unit": f"{tag} Ambulatorium", "clinician": f"{tag} Behandler",
        "consultant": str(ctx.actor_id), "consent_given_on": "2026-10-01",
        "consent_scope": f"{tag}: udveksling med behandler", "job_preferences": about,
        "medications": [{"row_id": "m1", "medication": medication}],
    }, today=TODAY)
    data = PersonData(uuid.UUID(int=0), course_id, uuid.UUID(int=0), name)
    data.texts += [name, cpr, about, medication, f"{tag} Ambulatorium",
                   f"{tag}: udveksling med behandler"]
    courses.change_phase(ctx, course_id, Phase.JOB_SEARCH, date(2026, 10, 20), today=TODAY)
    long_note = (f"{tag} noten: møde på caféen ved stationen. " + "Vi talte om arbejde. " * 60
                 + f"Slutningen af {tag}s lange note.")
    for text, on in ((f"{tag} første samtale på jobcentret", date(2026, 10, 8)),
                     (long_note, date(2026, 11, 3))):
        courses.add_note(ctx, course_id, NoteInput(on, NoteKind.MEETING, NotePlace.COMMUNITY,
                                                   text), today=TODAY)
        data.texts.append(text)
    dream_before, dream_after = f"{tag} dyrepasser", f"{tag} dyrlæge i Køge"
    form_drafts.save_draft(ctx, course_id, profile, {
        "dream_job": dream_before, "work_goals_sources": ["person", "network"],
        "has_work_experience": True,
        "jobs": [{"row_id": "j1", "workplace": f"{tag} Netto", "job_title": "Kassemedarbejder"}],
    }, Position(), today=TODAY)
    _an_hour_ago(ctx)  # another sitting: the history keeps both (one sitting's saves are one)
    form_drafts.save_draft(ctx, course_id, profile, {"dream_job": dream_after}, Position(),
                           today=TODAY)
    data.texts += [dream_before, dream_after, f"{tag} Netto"]
    data.answers += [
        (profile.field("dream_job").label.da, dream_after),
        (profile.field("work_goals_sources").label.da, "Deltageren selv"),
        (profile.field("jobs").label.da, f"{tag} Netto"),
    ]
    goal = f"{tag}: et job i en dyrehandel inden sommer"
    form_drafts.save_draft(ctx, course_id, plan, {
        "overall_goal": goal,
        "sub_goals": [{"row_id": "s1", "sub_goal": f"{tag} besøg dyrehandlen",
                       "target_date": "2026-12-15"}]}, Position(), today=TODAY)
    form_drafts.mark_reviewed(ctx, course_id, on=date(2026, 11, 25), today=TODAY)
    data.texts += [goal, f"{tag} besøg dyrehandlen"]
    data.answers.append((plan.field("overall_goal").label.da, goal))
    supervision_items.save_note(ctx, course_id, (2026, 47), f"{tag} supervisionsnote: ring igen")
    data.texts.append(f"{tag} supervisionsnote: ring igen")
    courses.course_detail(ctx, course_id, today=TODAY)  # a read
    printing.referral_print(ctx, course_id, referral)  # a print
    with Session(ctx.engine) as session, session.begin():
        course = session.get(m.Course, course_id)
        assert course is not None
        person = course.participant
        person.email, person.address = f"{tag.lower()}@example.dk", f"{tag}vej 1, Køge"
        data.participant_id = person.id
        data.texts += [person.email, person.address]
        employer = m.Employer(name=f"{tag} Dyrehandel ApS", name_key=tag.lower())
        session.add(employer)
        session.flush()
        session.add(m.EmployerContact(
            employer_id=employer.id, consultant_id=ctx.actor_id, course_id=course_id,
            contact_date=date(2026, 11, 10), contact_time=time(10, 30), mode="face_to_face",
            purpose="for_participant", outcome_kind="meeting_agreed",
            outcome=f"{tag} kontaktresultat: møde aftalt med indehaveren",
            next_step=f"{tag} næste skridt: tag med til mødet"))
        opening = m.JobOpening(employer_id=employer.id, consultant_id=ctx.actor_id,
                               title=f"{tag} butiksassistent", found_on=date(2026, 11, 10))
        session.add(opening)
        session.flush()
        session.add(m.JobOpeningCandidate(opening_id=opening.id, course_id=course_id))
        session.add(m.Placement(course_id=course_id, kind="job", employer_id=employer.id,
                                title=f"{tag} praktik i butikken", start_date=date(2026, 12, 1),
                                hours_per_week=12.5))
        session.add(m.CalendarEvent(
            consultant_id=ctx.actor_id, kind="participant_meeting",
            title=f"{tag} kalendermøde om praktikken", starts_at=datetime(2026, 12, 3, 10, 0),
            ends_at=datetime(2026, 12, 3, 11, 0), location="Café Stationen",
            notes=f"{tag} kalendernote: tag cv med", course_id=course_id))
        data.texts += [f"{tag} Dyrehandel ApS", f"{tag} kontaktresultat: møde aftalt med "
                       "indehaveren", f"{tag} næste skridt: tag med til mødet",
                       f"{tag} butiksassistent", f"{tag} praktik i butikken",
                       f"{tag} kalendermøde om praktikken", f"{tag} kalendernote: tag cv med"]
        old = m.Course(participant_id=person.id, referral_date=date(2024, 3, 1),
                       phase="ended", ended_on=date(2024, 9, 1), end_reason="moved_away",
                       consultant_id=ctx.actor_id,
                       deleted_at=datetime(2025, 1, 5, 9, 0, tzinfo=UTC))
        session.add(old)
        session.flush()
        data.old_course_id = old.id
        session.add(m.Note(course_id=old.id, consultant_id=ctx.actor_id,
                           note_date=date(2024, 3, 10), kind="phone", place="video",
                           text=f"{tag} gammel note fra det slettede forløb"))
        session.add(m.Consent(course_id=old.id, given_on=date(2024, 3, 1),
                              scope=f"{tag} gammelt samtykke",
                              withdrawn_on=date(2024, 8, 1)))
        session.add(m.FormResponse(
            course_id=old.id, form_id="vocational_profile", form_version=OLD_PROFILE_VERSION,
            form_hash=old_profile.source_hash, status="draft",
            answers={"dream_job": f"{tag} gammelt drømmejob"}))
        data.texts += [f"{tag} gammel note fra det slettede forløb", f"{tag} gammelt samtykke",
                       f"{tag} gammelt drømmejob"]
        data.answers.append((OLD_DREAM_LABEL, f"{tag} gammelt drømmejob"))
    return data
