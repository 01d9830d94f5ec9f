"""The fidelity self-check from the caseload data, and the team lead's reviews of the rest.

Eight of the 15 items are scored from what the team records (domain.fidelity
says how, item by item; the mapping is our own approximation of the scale's
evidence); the other seven come from the latest saved review
(`forms/fidelity_review.toml`). Only a team lead reads it: it names every
participant behind the figures. Reading is audited (ids and counts only); a
saved review is kept as history with a snapshot of the derived items, so it
reads later as it was saved.

The period is months, as the rest of the Team overview reads it: `first` and
`last` are any days of its first and last month, and it runs from the first
day of the one to the last day of the other (today, for the current month).
Reads are a handful of grouped queries over the period; the rules run in
Python on plain rows.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ips_desktop.domain import fidelity
from ips_desktop.domain.employer_names import name_key as place_key
from ips_desktop.domain.enums import (
    FIRST_MEETING_NOTE_KINDS,
    AuditAction,
    ContactPurpose,
    EndReason,
    EventKind,
    NoteKind,
    NotePlace,
    PlacementEndReason,
    PlacementKind,
)
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.fidelity_data import JobFacts, gaps_in_days, largest_group, name_key
from ips_desktop.domain.fidelity_review import (
    FORM_ID,
    ReviewItem,
    comment_field,
    review_items,
)
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import FormSpec
from ips_desktop.domain.messages import current_language, message
from ips_desktop.domain.overview import month_last_day, month_of
from ips_desktop.domain.validation import text_problem
from ips_desktop.paths import forms_dir
from ips_desktop.services import audit, forms
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.services.fidelity_model import (
    BasisRow,
    FidelityCheck,
    ItemScore,
    ReviewSummary,
)
from ips_desktop.services.overview import TeamLeadOnly, require_team_lead
from ips_desktop.storage.contact_days import note_days
from ips_desktop.storage.models import (
    CalendarEvent,
    Consultant,
    Course,
    Employer,
    EmployerContact,
    FidelityReview,
    Note,
    Participant,
    Placement,
    PsychiatryUnit,
    StaffingPeriod,
)
from ips_desktop.storage.sql_functions import stored_text

ENTITY = "fidelity"
REVIEW_ENTITY = "fidelity_review"
REVIEW_FORM = FORM_ID
COMMENT_MAX = 4000

OUTSIDE_PLACES = frozenset({NotePlace.COMMUNITY.value, NotePlace.EMPLOYER.value})
MEETING_KINDS = frozenset(kind.value for kind in FIRST_MEETING_NOTE_KINDS)
CALENDAR_MEETINGS = (EventKind.PARTICIPANT_MEETING.value, EventKind.JOINT_START_UP.value)
# Item 6: a course that ended before any meeting at the participant's own wish (or because
# they moved away) was not refused; every other reason counts as "not taken in".
NOT_EXCLUSION = frozenset({EndReason.PARTICIPANT_WISH.value, EndReason.MOVED_AWAY.value})
# Item 13: support that stopped while the person still worked, for a reason of the service's
# (not the participant's wish, a goal reached and no more support wanted, or a move).
SUPPORT_ENDED_BY_CHOICE = frozenset({EndReason.PARTICIPANT_WISH.value,
                                     EndReason.GOAL_REACHED.value,
                                     EndReason.MOVED_AWAY.value})


# -- the review form ------------------------------------------------------------------------

def review_form() -> tuple[FormSpec, dict[str, ReviewItem]]:
    """The shipped review form and its seven items (parsed and checked once)."""
    spec, _, items = _review_form()
    return spec, items


@functools.cache
def _review_form() -> tuple[FormSpec, str, dict[str, ReviewItem]]:
    path = forms_dir() / f"{FORM_ID}.toml"
    text = path.read_text(encoding="utf-8")
    spec = parse_form(text, path.name)
    return spec, text, review_items(spec)


# -- reading --------------------------------------------------------------------------------

def fidelity_self_check(ctx: AppContext, first: date, last: date, *,
                        today: date) -> FidelityCheck:
    """The 15 items for `first`–`last` (team leads only; audited READ, ids and counts only)."""
    first, end = period_days(first, last, today=today)
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        facts = _Facts.read(session, first, end)
        latest = _latest_review(session)
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY, details={
            "from": first.isoformat(), "to": end.isoformat(), "courses": len(facts.courses)})
    language = current_language()
    derived = _derived_items(facts, first, end, language)
    _, reviewed_items = review_form()
    items = []
    for item in fidelity.ITEMS:
        if item.derived:
            items.append(derived[item.key])
        else:
            items.append(_reviewed_item(item, reviewed_items.get(item.key), latest, language))
    scores = {item.item: item.score for item in items}
    total = fidelity.total(scores)
    return FidelityCheck(
        first=first, last=end, as_of=today, items=tuple(items),
        derived_total=fidelity.partial_total({k: scores[k] for k in fidelity.DERIVED}),
        derived_max=len(fidelity.DERIVED) * fidelity.MAX_SCORE, reviewed=latest, total=total,
        band=fidelity.band(total) if total is not None else None, is_demo=ctx.is_demo,
        per_consultant=facts.ratios())


def period_days(first: date, last: date, *, today: date) -> tuple[date, date]:
    """The period's first and last day: whole months, cut at today (never before `first`)."""
    start, stop = month_of(min(first, last)), month_last_day(month_of(max(first, last)))
    return start, max(start, min(stop, today))


def _text(column: Any) -> Any:
    """A column as stored (an id's hex digits, a date's ISO text): a year of a large team's
    notes is 120,000 rows, and making UUIDs and dates of each cost seconds."""
    return stored_text(column)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


_ORDINALS: dict[str, int] = {}


def _ordinal(text: str) -> int:
    """A stored day as a day number; a year holds 366 of them, each parsed once."""
    day = text[:10]
    found = _ORDINALS.get(day)
    if found is None:
        if len(_ORDINALS) > 50_000:
            _ORDINALS.clear()
        found = _ORDINALS[day] = date.fromisoformat(day).toordinal()
    return found


class _Course:
    __slots__ = ("consultant", "end_reason", "ended_on", "first_meeting", "id", "initials",
                 "key", "name", "participant", "referral")

    def __init__(self, row: Any, end: date) -> None:
        key, participant, name, consultant, initials, referral, met, ended, reason = row
        self.key: str = key
        self.id = uuid.UUID(key)
        self.participant = uuid.UUID(participant)
        self.consultant = uuid.UUID(consultant) if consultant else None
        self.name = str(name)
        self.initials = str(initials or "")
        self.referral: date = _day(referral)  # type: ignore[assignment]
        met_on = _day(met)
        self.first_meeting: date | None = met_on if met_on is not None and met_on <= end \
            else None
        self.ended_on = _day(ended)
        self.end_reason: str = reason or ""

    @property
    def start(self) -> date:
        """course_start: the first meeting, else the referral (domain.rules)."""
        return self.first_meeting or self.referral

    def basis(self, on: date | None, value: float | None, counts: bool, reason: str = "",
              detail: str = "") -> BasisRow:
        return BasisRow(self.name, self.id, self.participant, self.consultant, self.initials,
                        on, value, counts, reason, detail)


class _Placement:
    __slots__ = ("course", "employer", "employer_name", "end_reason", "ends_on", "id",
                 "industry", "is_job", "ordinary", "starts_on", "title")

    def __init__(self, row: Any) -> None:
        (self.id, self.course, kind, self.employer, self.industry, self.employer_name,
         self.title, starts, ends, ordinary, self.end_reason) = row
        self.is_job = kind == PlacementKind.JOB.value
        self.starts_on: date = _day(starts)  # type: ignore[assignment]
        self.ends_on = _day(ends)
        self.ordinary = bool(ordinary)


class _Facts:
    """Every row the eight derived items read, for the courses open at some time in the period.

    Keyed by the course id's stored text; contact days are day numbers
    (date.toordinal()), sorted.
    """

    def __init__(self) -> None:
        self.courses: dict[str, _Course] = {}
        self.first_contact: dict[str, date] = {}
        self.notes: dict[str, list[int]] = defaultdict(list)
        self.meetings: dict[str, list[int]] = {}  # meetings held outside, meetings
        self.previous_note: dict[str, int] = {}
        self.support: dict[str, list[int]] = defaultdict(list)
        self.calendar: list[tuple[str, int, str]] = []
        self.offices: set[str] = set()
        self.placements: list[_Placement] = []
        self.staffing: dict[uuid.UUID, tuple[str, str, float]] = {}
        self.end = date.min

    @classmethod
    def read(cls, session: Session, first: date, end: date) -> _Facts:
        facts = cls()
        facts.end = end
        live = (Course.deleted_at.is_(None), Participant.deleted_at.is_(None),
                Course.referral_date <= end,
                (Course.ended_on.is_(None)) | (Course.ended_on >= first))
        scope = (select(Course.id).join(Participant, Participant.id == Course.participant_id)
                 .where(*live))
        connection = session.connection()

        def run(statement: Any) -> Any:
            """Core rows fetched at once: no ORM bookkeeping, no round trip per row."""
            return connection.execute(statement).all()

        for row in run(
                select(_text(Course.id), _text(Course.participant_id), Participant.name,
                       _text(Course.consultant_id), Consultant.initials,
                       _text(Course.referral_date), _text(Course.first_meeting_date),
                       _text(Course.ended_on), Course.end_reason)
                .join(Participant, Participant.id == Course.participant_id)
                .outerjoin(Consultant, Consultant.id == Course.consultant_id).where(*live)):
            course = _Course(row, end)
            facts.courses[course.key] = course
        # Item 8 reads only the courses started in the period: their first employer contact,
        # a subquery per course (one step into the index, not every contact grouped).
        earliest = (select(func.min(EmployerContact.contact_date))
                    .where(EmployerContact.course_id == Course.id,
                           EmployerContact.deleted_at.is_(None),
                           EmployerContact.contact_date <= end).scalar_subquery())
        facts.first_contact = {key: date.fromisoformat(day[:10]) for key, day in run(
            select(_text(Course.id), _text(earliest))
            .join(Participant, Participant.id == Course.participant_id)
            .where(*live, func.coalesce(Course.first_meeting_date, Course.referral_date)
                   .between(first, end))) if day is not None}
        working = (select(Placement.course_id).where(
            Placement.deleted_at.is_(None), Placement.kind == PlacementKind.JOB.value,
            Placement.start_date <= end,
            (Placement.end_date.is_(None)) | (Placement.end_date >= first)))
        for key, day in run(
                select(_text(EmployerContact.course_id), _text(EmployerContact.contact_date))
                .where(EmployerContact.course_id.in_(working),
                       EmployerContact.deleted_at.is_(None),
                       EmployerContact.purpose == ContactPurpose.FOLLOW_ALONG.value,
                       EmployerContact.contact_date.between(first, end))):
            facts.support[key].append(_ordinal(day))
        # A year of notes, a row per course: SQLite hands over the day numbers (storage).
        for key, noted in note_days(connection, scope, first, end, meeting_kinds=MEETING_KINDS,
                                    outside_kinds=(NoteKind.HOME_VISIT.value,),
                                    outside_places=OUTSIDE_PLACES).items():
            facts.notes[key] = noted.days
            if noted.meetings:
                facts.meetings[key] = [noted.outside, noted.meetings]
        # The last note before the period, of the courses referred before it (later ones
        # have none): a subquery per course, which SQLite answers with one step back in
        # the index instead of walking every earlier note (GROUP BY did).
        latest = (select(func.max(Note.note_date))
                  .where(Note.course_id == Course.id, Note.deleted_at.is_(None),
                         Note.note_date < first).scalar_subquery())
        facts.previous_note = {key: _ordinal(day) for key, day in run(
            select(_text(Course.id), _text(latest))
            .join(Participant, Participant.id == Course.participant_id)
            .where(*live, Course.referral_date < first)) if day is not None}
        facts.offices = {str(key) for key in session.scalars(
            select(PsychiatryUnit.name_key).where(PsychiatryUnit.deleted_at.is_(None)))}
        facts.calendar = [(key, _ordinal(starts), str(location or ""))
                          for key, starts, location in run(
            select(_text(CalendarEvent.course_id), _text(CalendarEvent.starts_at),
                   CalendarEvent.location)
            .where(CalendarEvent.course_id.is_not(None), CalendarEvent.deleted_at.is_(None),
                   CalendarEvent.kind.in_(CALENDAR_MEETINGS), CalendarEvent.rrule.is_(None),
                   CalendarEvent.held_note_id.is_(None),
                   CalendarEvent.starts_at >= datetime.combine(first, time()),
                   CalendarEvent.starts_at < datetime.combine(end + timedelta(days=1), time())))]
        kept = func.coalesce(Employer.merged_into_id, Employer.id)
        facts.placements = [_Placement(row) for row in run(
            select(_text(Placement.id), _text(Placement.course_id), Placement.kind, _text(kept),
                   Employer.industry, Employer.name, Placement.title,
                   _text(Placement.start_date), _text(Placement.end_date),
                   Placement.ordinary_terms, Placement.end_reason)
            .outerjoin(Employer, Employer.id == Placement.employer_id)
            .where(Placement.course_id.in_(scope), Placement.deleted_at.is_(None),
                   Placement.start_date <= end,
                   (Placement.end_date.is_(None)) | (Placement.end_date >= first))
            .order_by(Placement.start_date))]
        for cid, initials, name, fte in run(
                select(Consultant.id, Consultant.initials, Consultant.name,
                       func.sum(StaffingPeriod.fte))
                .join(StaffingPeriod, StaffingPeriod.consultant_id == Consultant.id)
                .where(StaffingPeriod.deleted_at.is_(None), Consultant.deleted_at.is_(None),
                       StaffingPeriod.starts_on <= end,
                       (StaffingPeriod.ends_on.is_(None)) | (StaffingPeriod.ends_on >= end))
                .group_by(Consultant.id, Consultant.initials, Consultant.name)):
            facts.staffing[cid] = (str(initials), str(name), float(fte or 0))
        return facts

    def open_at_end(self) -> list[_Course]:
        return [c for c in self.courses.values()
                if c.ended_on is None or c.ended_on > self.end]

    def ratios(self) -> dict[uuid.UUID, float]:
        """Item 1 per consultant: open courses at the period's end per FTE."""
        counts: dict[uuid.UUID | None, int] = defaultdict(int)
        for course in self.open_at_end():
            counts[course.consultant] += 1
        return {cid: counts.get(cid, 0) / fte for cid, (_, _, fte) in self.staffing.items()
                if fte > 0}


# -- the eight derived items ----------------------------------------------------------------

def _derived_items(facts: _Facts, first: date, end: date, language: str
                   ) -> dict[str, ItemScore]:
    found = [
        _caseload(facts, language),
        _zero_exclusion(facts, first, end, language),
        _rapid_job_search(facts, first, end, language),
        *_jobs(facts, first, end, language),
        _follow_along(facts, first, end, language),
        _community_based(facts, language),
        _assertive_engagement(facts, first, end, language),
    ]
    return {item.item: item for item in found}


def _score(key: str, language: str, score: int | None, basis: list[BasisRow], *,
           value: float | None = None, count: int | None = None, of: int | None = None,
           extra: float | None = None) -> ItemScore:
    item = fidelity.BY_KEY[key]
    assert item.mapping is not None
    return ItemScore(
        item=key, number=item.number, name=item.name.get(language), score=score,
        figure=fidelity.figure_text(key, language, value=value, count=count, of=of,
                                    extra=extra),
        basis=tuple(basis), derived=True, explanation=item.mapping.get(language),
        value=value, count=count, of=of,
        anchor=item.anchors[score - 1].get(language) if score is not None else "")


def _caseload(facts: _Facts, language: str) -> ItemScore:
    open_courses = facts.open_at_end()
    counts: dict[uuid.UUID | None, int] = defaultdict(int)
    for course in open_courses:
        counts[course.consultant] += 1
    basis: list[BasisRow] = []
    team_fte = sum(fte for _, _, fte in facts.staffing.values())
    for cid, (initials, name, fte) in sorted(facts.staffing.items(), key=lambda i: i[1][0]):
        mine = counts.get(cid, 0)
        ratio = mine / fte if fte > 0 else None
        basis.append(BasisRow(name, None, None, cid, initials, facts.end, ratio,
                              ratio is not None and fidelity.score_caseload(ratio) == 5,
                              "", f"{mine} / {fidelity.decimal_text(fte, language)}"))
    for holder, mine in counts.items():  # courses of nobody on the staff at the period's end
        if holder is None or holder not in facts.staffing:
            who = next((c.initials for c in open_courses if c.consultant == holder), "")
            basis.append(BasisRow("", None, None, holder, who, facts.end, None, False,
                                  "no_staffing", f"{mine} / 0"))
    if team_fte <= 0:
        return _score("caseload_size", language, None, basis)
    ratio = len(open_courses) / team_fte
    return _score("caseload_size", language, fidelity.score_caseload(ratio), basis,
                  value=ratio, count=len(open_courses), extra=team_fte)


def _zero_exclusion(facts: _Facts, first: date, end: date, language: str) -> ItemScore:
    referred = [c for c in facts.courses.values() if first <= c.referral <= end]
    basis: list[BasisRow] = []
    excluded = 0
    for course in referred:
        if course.ended_on is None or course.ended_on > end or course.first_meeting is not None:
            continue
        refused = course.end_reason not in NOT_EXCLUSION
        excluded += refused
        basis.append(course.basis(course.ended_on, (course.ended_on - course.referral).days,
                                  refused, course.end_reason))
    return _score("zero_exclusion", language,
                  fidelity.score_zero_exclusion(excluded, len(referred)), basis,
                  count=excluded, of=len(referred))


def _rapid_job_search(facts: _Facts, first: date, end: date, language: str) -> ItemScore:
    days: list[int] = []
    basis: list[BasisRow] = []
    for course in facts.courses.values():
        if not first <= course.start <= end:
            continue
        contact = facts.first_contact.get(course.key)
        if contact is None:
            basis.append(course.basis(course.start, None, False, "no_contact"))
            continue
        waited = max(0, (contact - course.start).days)
        days.append(waited)
        basis.append(course.basis(contact, waited, waited <= 30))
    median = fidelity.median_days(days)
    return _score("rapid_job_search", language, fidelity.score_rapid_job_search(median), basis,
                  value=median, count=len(days), of=len(days))


def _jobs(facts: _Facts, first: date, end: date, language: str) -> tuple[ItemScore, ItemScore]:
    jobs = [p for p in facts.placements
            if p.is_job and first <= p.starts_on <= end and p.course in facts.courses]
    alike, why = largest_group(
        JobFacts(p.id, p.employer, name_key(p.industry) or name_key(p.title)) for p in jobs)
    diversity: list[BasisRow] = []
    permanence: list[BasisRow] = []
    permanent = 0
    for job in jobs:
        course = facts.courses[job.course]
        detail = " · ".join(part for part in (str(job.title), job.employer_name or "",
                                              job.industry or "") if part)
        diversity.append(course.basis(job.starts_on, None, job.id not in alike,
                                      why if job.id in alike else "", detail))
        lasting = job.ordinary and job.end_reason != PlacementEndReason.TEMPORARY_JOB_ENDED.value
        permanent += lasting
        reason = "" if lasting else ("not_ordinary" if not job.ordinary else "temporary")
        permanence.append(course.basis(job.starts_on, None, lasting, reason, detail))
    return (
        _score("job_diversity", language, fidelity.score_job_diversity(len(alike), len(jobs)),
               diversity, count=len(alike), of=len(jobs)),
        _score("job_permanence", language, fidelity.score_job_permanence(permanent, len(jobs)),
               permanence, count=permanent, of=len(jobs)),
    )


def _contacts(facts: _Facts, key: str, *, support: bool = False) -> list[int]:
    days = facts.notes.get(key, [])
    extra = facts.support.get(key) if support else None
    return sorted(days + extra) if extra else days


def _follow_along(facts: _Facts, first: date, end: date, language: str) -> ItemScore:
    """Item 13: each course with a job in the period, over the days it was in a job."""
    spans: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for job in facts.placements:
        if job.is_job and job.course in facts.courses:
            spans[job.course].append((job.starts_on, job.ends_on or end))
    basis: list[BasisRow] = []
    supported = 0
    for key, jobs in spans.items():
        course = facts.courses[key]
        stop = min(end, course.ended_on or end)
        job_start = min(start for start, _ in jobs)
        job_end = max(until for _, until in jobs)
        span_start, span_end = max(first, job_start), min(stop, job_end)
        if span_start > span_end:
            continue
        gaps = gaps_in_days(job_start.toordinal(), span_start.toordinal(),
                            span_end.toordinal(), facts.previous_note.get(key),
                            _contacts(facts, key, support=True))
        ended_early = (course.ended_on is not None and course.ended_on <= end
                       and job_end > course.ended_on
                       and course.end_reason not in SUPPORT_ENDED_BY_CHOICE)
        kept = gaps.kept and not ended_early
        supported += kept
        reason = "ended_while_working" if ended_early else ("" if gaps.kept else "gap")
        basis.append(course.basis(span_start, gaps.longest, kept, reason))
    return _score("follow_along", language,
                  fidelity.score_follow_along(supported, len(basis)), basis,
                  count=supported, of=len(basis))


def _community_based(facts: _Facts, language: str) -> ItemScore:
    """Item 14: meetings with the participant (notes, and meetings in the calendar not
    marked as held) outside the office, per course."""
    per_course: dict[str, list[int]] = {key: list(marks) for key, marks in
                                        facts.meetings.items()}  # outside, meetings
    noted: dict[str, set[int]] = {}
    for key, day, location in facts.calendar:
        if day in noted.setdefault(key, set(facts.notes.get(key, ()))):
            continue  # the meeting's note was written by hand: counted once, as the note
        place = place_key(location)
        if not place:
            continue  # no place given: nothing says where it was held
        marks = per_course.setdefault(key, [0, 0])
        marks[0] += place != "video" and place not in facts.offices
        marks[1] += 1
    basis: list[BasisRow] = []
    outside = meetings = 0
    for key, (out, held) in per_course.items():
        course = facts.courses.get(key)
        if course is None or not held:
            continue
        outside += out
        meetings += held
        basis.append(course.basis(None, out / held,
                                  out * 100 >= 70 * held,  # the top anchor alone
                                  "", f"{out}/{held}"))
    return _score("community_based", language,
                  fidelity.score_community_based(outside, meetings), basis,
                  count=outside, of=meetings)


def _assertive_engagement(facts: _Facts, first: date, end: date, language: str) -> ItemScore:
    basis: list[BasisRow] = []
    kept = 0
    for course in facts.courses.values():
        span_start = max(first, course.referral)
        span_end = min(end, course.ended_on or end)
        if span_start > span_end:
            continue
        gaps = gaps_in_days(course.referral.toordinal(), span_start.toordinal(),
                            span_end.toordinal(), facts.previous_note.get(course.key),
                            facts.notes.get(course.key, []))
        kept += gaps.kept
        reason = "" if gaps.kept else ("no_contact" if gaps.open_gap else "outreach")
        basis.append(course.basis(span_start, gaps.longest, gaps.kept, reason))
    return _score("assertive_engagement", language,
                  fidelity.score_assertive_engagement(kept, len(basis)), basis,
                  count=kept, of=len(basis))


# -- the reviewed items ---------------------------------------------------------------------

def _reviewed_item(item: fidelity.FidelityItem, form: ReviewItem | None,
                   latest: ReviewSummary | None, language: str) -> ItemScore:
    score = latest.scores.get(item.key) if latest else None
    comment = latest.comments.get(item.key, "") if latest else ""
    anchor = form.anchors[score - 1].get(language) if form and score else ""
    figure = message("fidelity_reviewed_on", day=latest.reviewed_on.strftime("%d.%m.%Y")) \
        if latest and score is not None else message("fidelity_not_reviewed")
    return ItemScore(
        item=item.key, number=item.number, name=item.name.get(language), score=score,
        figure=figure, basis=(), derived=False,
        explanation=form.help.get(language) if form and form.help else "",
        value=float(score) if score is not None else None, anchor=anchor, comment=comment)


def _latest_review(session: Session) -> ReviewSummary | None:
    rows = _review_rows(session, limit=1)
    return rows[0] if rows else None


def _review_rows(session: Session, limit: int | None = None) -> list[ReviewSummary]:
    query = (select(FidelityReview, Consultant.initials)
             .outerjoin(Consultant, Consultant.id == FidelityReview.reviewed_by)
             .where(FidelityReview.deleted_at.is_(None))
             .order_by(FidelityReview.reviewed_on.desc(), FidelityReview.created_at.desc()))
    if limit is not None:
        query = query.limit(limit)
    return [_summary(row, initials) for row, initials in session.execute(query)]


def _summary(row: FidelityReview, initials: str | None) -> ReviewSummary:
    answers = row.answers or {}
    scores: dict[str, int | None] = {}
    comments: dict[str, str] = {}
    for key in fidelity.REVIEWED:
        answer = answers.get(key) or {}
        scores[key] = _stored_score(answer.get("score"))
        comments[key] = str(answer.get("comment") or "")
    derived = {key: _stored_score((row.derived or {}).get(key, {}).get("score"))
               for key in fidelity.DERIVED}
    every = {**scores, **derived}
    complete = all(value is not None for value in every.values())
    return ReviewSummary(
        review_id=row.id, reviewed_on=row.reviewed_on, period_start=row.period_start,
        period_end=row.period_end, reviewed_by=row.reviewed_by,
        reviewer_initials=str(initials or ""), form_version=row.form_version, scores=scores,
        comments=comments, derived=derived, total=row.total, complete=complete,
        band=fidelity.band(row.total) if complete else None, comment=row.comment or "")


def _stored_score(value: object) -> int | None:
    try:
        return fidelity.check_score(value) if value is not None else None
    except ValueError:
        return None  # a snapshot from a later scale's version: shown as not scored


def reviews(ctx: AppContext) -> list[ReviewSummary]:
    """Every saved review, newest first (the history); team leads only."""
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        return _review_rows(session)


# -- saving a review ------------------------------------------------------------------------

def save_review(ctx: AppContext, first: date, last: date,
                scores: Mapping[str, tuple[int | None, str]], comment: str, *,
                today: date) -> ReviewSummary:
    """Save the team lead's scores for the reviewed items (by key: (score, comment)).

    The data-derived items are scored for the same period and snapshotted into
    the review, so it reads later as it was saved. Errors name the item's key
    (its comment: "<key>_comment"; the review's comment: "comment").
    """
    errors: list[FieldError] = []
    for key in scores:
        if key not in fidelity.REVIEWED:
            errors.append(FieldError(key, message("fidelity_unknown_item")))
    spec, source, form = _review_form()
    answers: dict[str, dict[str, Any]] = {}
    for key in fidelity.REVIEWED:
        score, note = scores.get(key, (None, ""))
        if score is not None:
            try:
                fidelity.check_score(score)
            except ValueError:
                errors.append(FieldError(key, message("fidelity_score_range")))
        problem = text_problem(note, max_len=form[key].comment_max, multiline=True)
        if problem:
            errors.append(FieldError(comment_field(key), problem))
        answers[key] = {"score": score, "comment": (note or "").strip()}
    problem = text_problem(comment, max_len=COMMENT_MAX, multiline=True)
    if problem:
        errors.append(FieldError("comment", problem))
    if errors:
        raise ValidationError(errors)
    check = fidelity_self_check(ctx, first, last, today=today)
    # The version the scores were given under is kept, so an old review's anchors can be
    # read with their own wording after the file changes (services.forms.stored_spec).
    forms.remember_form(ctx, spec, source)
    derived = {item.item: {"score": item.score, "value": item.value, "count": item.count,
                           "of": item.of, "figure": item.figure}
               for item in check.items if item.derived}
    every = {**{k: a["score"] for k, a in answers.items()},
             **{k: d["score"] for k, d in derived.items()}}
    with write_unit(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        row = FidelityReview(
            reviewed_on=today, period_start=check.first, period_end=check.last, form_id=spec.id,
            form_version=spec.version, answers=answers, derived=derived,
            total=fidelity.partial_total(every), comment=(comment or "").strip(),
            reviewed_by=ctx.actor_id)
        session.add(row)
        session.flush()
        scored = sum(value is not None for value in every.values())
        audit.record(session, ctx.actor_id, AuditAction.CREATE, REVIEW_ENTITY, row.id,
                     details={"scored": scored, "total": row.total})
        initials = session.scalar(select(Consultant.initials)
                                  .where(Consultant.id == ctx.actor_id)) if ctx.actor_id else ""
        return _summary(row, initials)


__all__ = ["REVIEW_FORM", "BasisRow", "FidelityCheck", "ItemScore", "ReviewSummary",
           "TeamLeadOnly", "fidelity_self_check", "period_days", "review_form", "reviews",
           "save_review"]
