"""Job openings the team heard of, for the weekly meeting: who they are considered for.

An employer contact with the outcome "opening found" becomes an opening
(employer, title, hours, where, deadline, status). The team names the
participants it is being considered for (candidates) and the list suggests
others whose career profile names a similar job.

The suggestion is a plain word match, on purpose: the opening's title and the
profile's job goals — the answers to "dream_job" ("Hvad er dit drømmejob?")
and "work_goal" ("Hvilket job vil du gerne have lige nu?") in
forms/vocational_profile.toml (`GOAL_FIELDS`) — are folded as search folds
them (domain.text_search), cut into words of at least four letters, a short
list of words that say nothing about the job is dropped, and two words match
when they begin with the same five letters, or a four-letter word begins the
other: a crude stem that lets Danish compounds meet ("lager" meets
"lagermedarbejder" and "lagerforvalter", "pædagog" meets "pædagogmedhjælper",
"smed" meets "smedelærling"). The whole answer that matched is shown with the
name, so the team sees why it was suggested.
Only open courses are suggested, and not those already candidates.

Reading the list shows names (candidates and suggestions), so it is an
audited read; writes are audited with ids only.
"""

from __future__ import annotations

import bisect
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, OpeningStatus, Phase
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.text_search import fold
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit
from ips_desktop.services.caseload import PROFILE_FORM
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage import synced_writes
from ips_desktop.storage.models import (
    Consultant,
    Course,
    Employer,
    FormResponse,
    JobOpening,
    JobOpeningCandidate,
    Participant,
)

TITLE_MAX = 200
LOCATION_MAX = 200
NOTES_MAX = 4000
MAX_HOURS = 60.0

GOAL_FIELDS = ("work_goal", "dream_job")
"""The career profile's job goals that suggestions read, the short-term goal first."""

SUGGESTIONS_MAX = 8
"""Per opening: the meeting wants a few names to think about, not the caseload. Those whose
job wanted now matches come before a dream job's, more shared words before fewer, then by name."""

MIN_WORD = 4
STEM = 5
STOP_WORDS = frozenset(fold(w) for w in (
    # da
    "arbejde", "arbejder", "gerne", "noget", "eller", "inden", "indenfor", "egen", "eget",
    "egne", "lille", "stor", "store", "godt", "gode", "måske", "ikke", "have", "være",
    "blive", "ville", "kunne", "også", "deltid", "fuldtid", "timer", "ugen", "stilling",
    "job", "hjælp", "hvor", "sted", "steder", "mine", "min", "fast", "nogle",
    "medarbejder", "medarbejdere", "ansat", "virksomhed", "virksomheder", "firma",
    # nb
    "jobb", "jobbe", "arbeid", "gjerne", "noe", "eller", "innen", "deltid", "heltid",
    "være", "kunne", "ikke", "også",
    # en
    "work", "working", "with", "some", "something", "like", "would", "part", "full",
    "time", "hours", "week", "that", "this", "from",
))

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class OpeningInput:
    employer_id: uuid.UUID
    title: str
    hours_per_week: float | None = None
    location: str = ""
    deadline: date | None = None
    notes: str = ""
    status: OpeningStatus = OpeningStatus.OPEN
    candidates: tuple[uuid.UUID, ...] = ()  # course ids


@dataclass(frozen=True)
class Candidate:
    course_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class Suggestion:
    course_id: uuid.UUID
    name: str
    matched: str  # the profile job goal text that matched


@dataclass(frozen=True)
class OpeningRow:
    id: uuid.UUID
    employer_id: uuid.UUID
    employer_name: str
    title: str
    hours_per_week: float | None
    location: str
    deadline: date | None
    status: OpeningStatus
    found_on: date
    consultant_initials: str
    candidates: tuple[Candidate, ...]
    suggestions: tuple[Suggestion, ...]


def create_opening(ctx: AppContext, data: OpeningInput, *, found_on: date,
                   contact_id: uuid.UUID | None = None) -> uuid.UUID:
    """Record an opening (from the contact that found it, when there is one)."""
    with write_unit(ctx) as session:
        _check(session, data)
        opening = JobOpening(employer_id=data.employer_id, contact_id=contact_id,
                             consultant_id=ctx.actor_id, found_on=found_on)
        _apply(opening, data)
        session.add(opening)
        session.flush()
        _set_candidates(session, opening.id, data.candidates)
        audit.record(session, ctx.actor_id, AuditAction.CREATE, "job_opening", opening.id,
                     details={"employer": data.employer_id, "contact": contact_id,
                              "candidates": len(set(data.candidates))})
        return opening.id


def update_opening(ctx: AppContext, opening_id: uuid.UUID, data: OpeningInput) -> None:
    """Change an opening and its candidates (the list given replaces the old one)."""
    with write_unit(ctx) as session:
        opening = _opening(session, opening_id)
        _check(session, data)
        _apply(opening, data)
        _set_candidates(session, opening.id, data.candidates)
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "job_opening", opening.id,
                     details={"status": data.status.value,
                              "candidates": len(set(data.candidates))})


def opening_input(ctx: AppContext, opening_id: uuid.UUID) -> OpeningInput:
    with unit_of_work(ctx) as session:
        opening = _opening(session, opening_id)
        candidates = tuple(_candidate_ids(session, [opening.id]).get(opening.id, ()))
        return OpeningInput(
            employer_id=opening.employer_id, title=opening.title,
            hours_per_week=opening.hours_per_week, location=opening.location or "",
            deadline=opening.deadline, notes=opening.notes or "",
            status=OpeningStatus(opening.status), candidates=candidates)


def openings(ctx: AppContext, *, status: OpeningStatus | None = OpeningStatus.OPEN,
             employer_id: uuid.UUID | None = None, record_read: bool = True
             ) -> list[OpeningRow]:
    """The team's openings (None: every status), the nearest deadline first.

    Suggestions are worked out for open openings only: a filled or closed one
    has nobody left to suggest. Reading names is audited (ids and counts).
    """
    shown: list[ColumnElement[bool]] = [JobOpening.deleted_at.is_(None)]
    if status is not None:
        shown.append(JobOpening.status == status.value)
    if employer_id is not None:
        shown.append(JobOpening.employer_id == employer_id)
    # Columns, not ORM objects, and the candidates with their names in one query over the
    # same openings: the list of every opening (4,000 on the large demo) stays quick.
    query = (select(JobOpening.id, JobOpening.employer_id, Employer.name, JobOpening.title,
                    JobOpening.hours_per_week, JobOpening.location, JobOpening.deadline,
                    JobOpening.status, JobOpening.found_on, Consultant.initials)
             .join(Employer, Employer.id == JobOpening.employer_id)
             .outerjoin(Consultant, Consultant.id == JobOpening.consultant_id)
             .where(*shown))
    chosen_query = (select(JobOpeningCandidate.opening_id, JobOpeningCandidate.course_id,
                           Participant.name)
                    .join(JobOpening, JobOpening.id == JobOpeningCandidate.opening_id)
                    .join(Course, Course.id == JobOpeningCandidate.course_id)
                    .join(Participant, Participant.id == Course.participant_id)
                    .where(*shown, JobOpeningCandidate.deleted_at.is_(None),
                           Course.deleted_at.is_(None)))
    with unit_of_work(ctx) as session:
        found = session.execute(query).all()
        candidates: dict[uuid.UUID, list[Candidate]] = {}
        for opening_id, course_id, name in session.execute(chosen_query):
            candidates.setdefault(opening_id, []).append(Candidate(course_id, name))
        any_open = any(r.status == OpeningStatus.OPEN.value for r in found)
        goals = _ProfileGoals(session) if any_open else None
        if record_read:  # the employer's page records its own read, with these counted
            audit.record(session, ctx.actor_id, AuditAction.READ, "job_opening",
                         details={"rows": len(found), "employer": employer_id})
    key = sort_key()
    rows = []
    for (opening_id, employer, employer_name, title, hours, location, deadline, state,
         found_on, initials) in found:
        chosen = tuple(sorted(candidates.get(opening_id, ()), key=lambda c: key(c.name)))
        suggestions: tuple[Suggestion, ...] = ()
        if goals is not None and state == OpeningStatus.OPEN.value:
            suggestions = goals.suggest(title, exclude={c.course_id for c in chosen})
        rows.append(OpeningRow(
            id=opening_id, employer_id=employer, employer_name=employer_name, title=title,
            hours_per_week=hours, location=location or "", deadline=deadline,
            status=OpeningStatus(state), found_on=found_on,
            consultant_initials=initials or "", candidates=chosen, suggestions=suggestions))
    names = {r.employer_name for r in rows} | {r.title for r in rows}
    keys = {name: key(name) for name in names}  # one ICU key per distinct text
    rows.sort(key=lambda r: (r.deadline is None, r.deadline or date.max,
                             keys[r.employer_name], keys[r.title]))
    return rows


def title_words(text: str) -> list[str]:
    """The words of `text` that can match a job: folded, at least four letters, no stop word."""
    return [w for w in _WORD.findall(fold(text))
            if len(w) >= MIN_WORD and not w.isdigit() and w not in STOP_WORDS]


class _ProfileGoals:
    """Every open course's job goals, folded once: one query, then a word index.

    The index maps each goal word to the courses whose goals hold it, and keeps
    the words sorted, so "begins with" is a bisect rather than a scan of 5,000
    profiles per opening.
    """

    def __init__(self, session: Session) -> None:
        goal_columns = [FormResponse.answers[name].as_string() for name in GOAL_FIELDS]
        # The open courses first, then their profiles by the course index: a plain join
        # let SQLite scan every form's answers (86 ms on the large demo; this: 10 ms).
        open_courses = select(Course.id).where(Course.deleted_at.is_(None),
                                               Course.phase != Phase.ENDED.value)
        rows = session.execute(
            select(FormResponse.course_id, Participant.name, *goal_columns)
            .join(Course, Course.id == FormResponse.course_id)
            .join(Participant, Participant.id == Course.participant_id)
            .where(FormResponse.course_id.in_(open_courses), Participant.deleted_at.is_(None),
                   FormResponse.form_id == PROFILE_FORM,
                   FormResponse.deleted_at.is_(None))).all()
        self.names: dict[uuid.UUID, str] = {}
        # Per course: (which of GOAL_FIELDS, the answer, its words).
        self.goals: dict[uuid.UUID, list[tuple[int, str, set[str]]]] = {}
        self.index: dict[str, set[uuid.UUID]] = {}
        folded: dict[str, set[str]] = {}  # the same goal is often typed by several
        for course_id, name, *answers in rows:
            self.names[course_id] = name
            for field, text in ((i, a.strip()) for i, a in enumerate(answers)
                                if isinstance(a, str) and a.strip()):
                words = folded.get(text)
                if words is None:
                    words = folded[text] = set(title_words(text))
                if not words:
                    continue
                self.goals.setdefault(course_id, []).append((field, text, words))
                for word in words:
                    self.index.setdefault(word, set()).add(course_id)
        self.words = sorted(self.index)

    def _matching_words(self, word: str) -> set[str]:
        short = word[:MIN_WORD]
        hits = {short} if short in self.index and short != word else set()
        stem = word[:STEM]
        start = bisect.bisect_left(self.words, stem)
        for goal_word in self.words[start:]:  # the goal words that begin with the stem
            if not goal_word.startswith(stem):
                break
            hits.add(goal_word)
        return hits

    def suggest(self, title: str, *, exclude: set[uuid.UUID]) -> tuple[Suggestion, ...]:
        words: set[str] = set()
        for word in title_words(title):
            words |= self._matching_words(word)
        courses = {c for w in words for c in self.index[w]} - exclude
        ranked = []
        for course_id in courses:
            field, matched, goal = next(g for g in self.goals[course_id] if g[2] & words)
            # The job wanted now before a dream job; more words shared before fewer.
            ranked.append((field, -len(goal & words), Suggestion(
                course_id, self.names[course_id], matched)))
        key = sort_key()
        ranked.sort(key=lambda r: (r[0], r[1], key(r[2].name)))
        return tuple(suggestion for *_, suggestion in ranked[:SUGGESTIONS_MAX])


def opening_problems(ctx: AppContext, data: OpeningInput) -> list[FieldError]:
    """What create/update would refuse, field by field, without writing anything."""
    with unit_of_work(ctx) as session:
        return _problems(session, data)


def _check(session: Session, data: OpeningInput) -> None:
    errors = _problems(session, data)
    if errors:
        raise ValidationError(errors)


def _problems(session: Session, data: OpeningInput) -> list[FieldError]:
    errors = []
    for field, value, max_len, required, multiline in (
            ("title", data.title, TITLE_MAX, True, False),
            ("location", data.location, LOCATION_MAX, False, False),
            ("notes", data.notes, NOTES_MAX, False, True)):
        problem = text_problem(value, max_len=max_len, required=required, multiline=multiline)
        if problem:
            errors.append(FieldError(field, problem))
    hours = hours_problem(data.hours_per_week)
    if hours:
        errors.append(FieldError("hours_per_week", hours))
    employer = employer_problem(session, data.employer_id)
    if employer:
        errors.append(FieldError("employer_id", employer))
    known = _open_or_known_courses(session, data.candidates)
    if len(known) != len(set(data.candidates)):
        errors.append(FieldError("candidates", message("participant_unknown")))
    return errors


def hours_problem(hours: float | None) -> str | None:
    """Hours per week from 0 to 60 (a job of 0 hours is an on-call job), or unknown."""
    if hours is None:
        return None
    if not 0 <= hours <= MAX_HOURS or hours != hours:
        return message("hours_range")
    return None


def employer_problem(session: Session, employer_id: uuid.UUID | None) -> str | None:
    """A message when `employer_id` is unknown or was merged away into another employer."""
    if employer_id is None:
        return None
    employer = session.get(Employer, employer_id)
    if employer is None or employer.deleted_at is not None:
        return message("employer_unknown")
    if employer.merged_into_id is not None:
        return message("employer_merged_away")
    return None


def _apply(opening: JobOpening, data: OpeningInput) -> None:
    opening.employer_id = data.employer_id
    opening.title = data.title.strip()
    opening.hours_per_week = data.hours_per_week
    opening.location = data.location.strip() or None
    opening.deadline = data.deadline
    opening.notes = data.notes.strip() or None
    opening.status = OpeningStatus(data.status).value


def _set_candidates(session: Session, opening_id: uuid.UUID,
                    course_ids: Iterable[uuid.UUID]) -> None:
    """Tombstone the candidates no longer wanted; a wanted one taken off before comes back.

    The row comes back rather than a new one (one row per opening and course, the
    unique index), so a team database sees the same row change, not a second row.
    """
    wanted = set(course_ids)
    rows = dict(session.execute(select(JobOpeningCandidate.course_id,
                                       JobOpeningCandidate.deleted_at).where(
        JobOpeningCandidate.opening_id == opening_id)).all())
    have = {course_id for course_id, deleted_at in rows.items() if deleted_at is None}
    of_opening = JobOpeningCandidate.opening_id == opening_id
    if have - wanted:
        synced_writes.tombstone_rows(session, JobOpeningCandidate, of_opening
                                     & JobOpeningCandidate.course_id.in_(have - wanted))
    if back := (wanted - have) & rows.keys():
        synced_writes.update_rows(session, JobOpeningCandidate,
                                  of_opening & JobOpeningCandidate.course_id.in_(back),
                                  {"deleted_at": None})
    for course_id in wanted - rows.keys():
        session.add(JobOpeningCandidate(opening_id=opening_id, course_id=course_id))
    session.flush()


def _candidate_ids(session: Session,
                   opening_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
    found: dict[uuid.UUID, list[uuid.UUID]] = {}
    if not opening_ids:
        return found
    for opening_id, course_id in session.execute(
            select(JobOpeningCandidate.opening_id, JobOpeningCandidate.course_id)
            .join(Course, Course.id == JobOpeningCandidate.course_id)
            .where(JobOpeningCandidate.opening_id.in_(opening_ids),
                   JobOpeningCandidate.deleted_at.is_(None), Course.deleted_at.is_(None))):
        found.setdefault(opening_id, []).append(course_id)
    return found


def _open_or_known_courses(session: Session, course_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    wanted = set(course_ids)
    if not wanted:
        return set()
    return set(session.scalars(select(Course.id).where(
        Course.id.in_(wanted), Course.deleted_at.is_(None))))


def _opening(session: Session, opening_id: uuid.UUID) -> JobOpening:
    opening = session.get(JobOpening, opening_id)
    if opening is None or opening.deleted_at is not None:
        raise LookupError("no such opening")
    return opening
