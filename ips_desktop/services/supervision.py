"""The weekly supervision list: every open course with the dates the IPS rules read, per consultant.

The Supervision area, the home screen, the printout, the spreadsheet and the
participant page all read the list from `supervision_list`, so they never
disagree. Nothing here is stored twice: each figure is the domain rules applied
to the rows as they are (seed 002: weekly group supervision "vurdere alle
deltakerne som er involvert i IPS-programmet").

A week is read at `week_as_of`: today in this week, the Sunday of a past week,
the Monday of a coming one. The list holds the courses open now (and referred
by that day); the rules are applied on that day, to the notes, employer
contacts and plan reviews dated up to it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, FormStatus, Phase, PlacementKind, Role
from ips_desktop.domain.form_progress import SectionState, section_states
from ips_desktop.domain.forms import FormSpec
from ips_desktop.domain.rule_texts import consent_missing, consent_state
from ips_desktop.domain.rules import (
    RuleId,
    caseload_status,
    course_start,
    days_overdue,
    first_employer_contact_due,
    first_meeting_due,
    plan_review_due,
    week_as_of,
    week_bounds,
)
from ips_desktop.services import audit, employer_log
from ips_desktop.services.caseload import PLAN_FORM, PROFILE_FORM, CaseloadRow, caseload_rows
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.form_drafts import latest_spec, recorded_spec
from ips_desktop.services.presence import team_presence_coverage
from ips_desktop.services.supervision_model import (
    ConsultantWeek,
    CurrentPlacement,
    Deadline,
    FormProgress,
    SupervisionList,
    SupervisionRow,
    TeamTotals,
)
from ips_desktop.storage.models import (
    Consent,
    Consultant,
    Course,
    Employer,
    EmployerContact,
    FormResponse,
    Participant,
    Placement,
    SupervisionItem,
)
from ips_desktop.storage.sql_functions import stored_text

ENTITY = "supervision"
MAX_IDS_IN_QUERY = 400  # well below SQLite's limit on bound parameters


# -- reading --------------------------------------------------------------------------------

def supervision_list(ctx: AppContext, week: tuple[int, int], *, today: date,
                     consultant_id: uuid.UUID | None = None) -> SupervisionList:
    """The week's list for the team (None) or one consultant; reading its names is audited."""
    as_of = week_as_of(week, today)
    monday, sunday = week_bounds(week)
    with unit_of_work(ctx) as session:
        # One session for every read: one connection, whose page cache the next read finds
        # warm (a second connection opened meanwhile would be emptied by this one's audit).
        base = [row for row in caseload_rows(session, today=as_of, consultant_id=consultant_id,
                                             until=as_of)
                if row.referral_date <= as_of]  # a past week: not referred yet, not listed
        ids = [row.course_id for row in base]
        scope = _open_courses(consultant_id)
        responses, answers = _form_rows(session, scope)
        placements = _current_placements(session, scope, as_of)
        follow_ups = _next_follow_ups(session)
        consents = _consent_missing(session, scope, as_of)
        items = _items(session, scope, week)
        consultants = _consultants(session, consultant_id)
        referrals = _new_referrals(session, monday, sunday)
        starts, other_starts, ends = _placement_counts(session, monday, sunday)
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY,
                     details=_details(week, len(base), consultant_id))
    forms = _form_progress(ctx, responses, answers, ids)
    face = {row.consultant_id: row.face_to_face for row in employer_log.week_summary(ctx, week)}
    presence = team_presence_coverage(ctx, as_of.year, as_of.month)
    due = employer_log.due_follow_up_counts(ctx, today=as_of)

    rows: dict[uuid.UUID | None, list[SupervisionRow]] = {}
    for row in base:
        stored = row.course_id.hex  # the helpers' rows are keyed by the id's stored text
        rows.setdefault(row.consultant_id, []).append(_row(
            row, as_of, forms, placements.get(stored), follow_ups.get(stored),
            consents.get(stored, (True, None)), items.get(stored)))
    key = sort_key()
    weeks: list[ConsultantWeek] = []
    for cid, (initials, name, fte, role) in consultants.items():
        mine = rows.pop(cid, [])
        if role == Role.TEAM_LEAD.value and not mine and consultant_id is None:
            continue  # a team lead without a caseload of their own carries no heading
        weeks.append(ConsultantWeek(
            cid, initials, name, fte, caseload_status(len(mine), fte) if fte else None,
            face.get(cid, 0), presence.get(cid, 0), referrals.get(cid, 0),
            starts.get(cid, 0), other_starts.get(cid, 0), ends.get(cid, 0), due.get(cid, 0),
            _sorted(mine, key)))
    weeks.sort(key=lambda c: (key(c.name), c.initials))
    for holder, left in rows.items():  # nobody's courses, or a consultant deleted since
        weeks.append(ConsultantWeek(
            holder, "", "", None, None, 0, 0, referrals.get(holder, 0), starts.get(holder, 0),
            other_starts.get(holder, 0), ends.get(holder, 0), 0, _sorted(left, key)))
    return SupervisionList(week, as_of, tuple(weeks), ctx.is_demo, consultant_id)


def _sorted(rows: list[SupervisionRow], key: Any) -> tuple[SupervisionRow, ...]:
    """What needs attention first: most overdue, then the most rules late, then by name."""
    return tuple(sorted(rows, key=lambda r: (-r.attention, -len(r.flags), key(r.name),
                                             str(r.course_id))))


def _row(row: CaseloadRow, as_of: date, forms: dict[tuple[str, str], FormProgress],
         placement: CurrentPlacement | None, follow_up: date | None,
         consent: tuple[bool, date | None], item: tuple[date | None, str] | None
         ) -> SupervisionRow:
    facts = row.facts
    assert facts is not None
    start = course_start(facts.referral_date, facts.first_meeting_date)
    late = {d.rule: d for d in row.due if d.overdue}

    def deadline(done: date | None, due: date | None, rule: RuleId) -> Deadline:
        if done is not None:
            return Deadline(done, None)
        return Deadline(None, due, late[rule].days_overdue if rule in late else 0)

    review_base = facts.last_plan_review or facts.plan_started
    review_due = plan_review_due(review_base) if review_base else None
    flags = tuple(sorted(late.values(), key=lambda d: (-d.days_overdue, d.due)))
    empty = FormProgress(None, 0, 0)
    return SupervisionRow(
        course_id=row.course_id, participant_id=row.participant_id, name=row.name,
        consultant_id=row.consultant_id, consultant_initials=row.consultant_initials,
        phase=row.phase, referral_date=row.referral_date, days_in_ips=row.days_in_ips,
        first_meeting=deadline(facts.first_meeting_date, first_meeting_due(facts.referral_date),
                               RuleId.FIRST_MEETING),
        first_employer_contact=deadline(facts.first_employer_contact_date,
                                        first_employer_contact_due(start),
                                        RuleId.FIRST_EMPLOYER_CONTACT),
        profile=forms.get((row.course_id.hex, PROFILE_FORM), empty),
        plan=forms.get((row.course_id.hex, PLAN_FORM), empty),
        plan_review=Deadline(facts.last_plan_review, review_due,
                             days_overdue(review_due, as_of) if review_due else 0),
        last_contact=row.last_contact, days_since_contact=row.days_since_contact,
        outreach_due=RuleId.PARTICIPANT_CONTACT in late,
        placement=placement, next_follow_up=follow_up, flags=flags,
        consent_missing=consent[0], consent_withdrawn_on=consent[1],
        discussed_on=item[0] if item else None, note=item[1] if item else "",
    )


def _text(column: Any) -> Any:
    """A column as SQLite stores it (an id's 32 hex digits, a timestamp's text): the list
    only matches and compares these, and making 2,000 UUIDs and datetimes of them per
    read was the largest cost left in Python on the large demo."""
    return stored_text(column)


def _open_courses(consultant_id: uuid.UUID | None) -> Select[Any]:
    """The courses `caseload_rows` lists, as a subquery: the other reads join on it.

    Binding the 400 course ids of a team into each query instead (in chunks under
    SQLite's parameter limit) cost more in SQLAlchemy than SQLite spent reading.
    """
    query = (select(Course.id).join(Participant, Participant.id == Course.participant_id)
             .where(Course.deleted_at.is_(None), Participant.deleted_at.is_(None),
                    Course.phase != Phase.ENDED.value))
    if consultant_id is not None:
        query = query.where(Course.consultant_id == consultant_id)
    return query


_Response = tuple[str, str, str, str, str, str]  # id, updated_at, course id: as stored


def _form_rows(session: Session, scope: Select[Any]
               ) -> tuple[list[_Response], dict[Any, Any]]:
    """The profiles and plans (oldest last), and the answers of those not counted before."""
    query = (select(_text(FormResponse.id), _text(FormResponse.updated_at),
                    _text(FormResponse.course_id), FormResponse.form_id,
                    FormResponse.form_version, FormResponse.status)
             .where(FormResponse.course_id.in_(scope), FormResponse.deleted_at.is_(None),
                    FormResponse.form_id.in_((PROFILE_FORM, PLAN_FORM)))
             .order_by(FormResponse.created_at.desc()))  # the oldest is kept, as the page
    rows = [tuple(r) for r in session.execute(query)]
    stale = [r[0] for r in rows if (r[0], r[1]) not in _SECTIONS]
    answers: dict[Any, Any] = {}
    for start in range(0, len(stale), MAX_IDS_IN_QUERY):
        answers.update({response_id: stored for response_id, stored in session.execute(
            select(_text(FormResponse.id), FormResponse.answers)
            .where(_text(FormResponse.id).in_(stale[start:start + MAX_IDS_IN_QUERY])))})
    return rows, answers  # type: ignore[return-value]


def _form_progress(ctx: AppContext, rows: list[_Response], answers: dict[Any, Any],
                   ids: Sequence[uuid.UUID]) -> dict[tuple[str, str], FormProgress]:
    """Each course's profile and plan: sections complete under the version they were given in.

    Runs after the list's session has closed: the form versions are looked up in
    sessions of their own, which must not hold a second connection meanwhile.
    """
    specs: dict[tuple[str, str], FormSpec | None] = {}
    found: dict[tuple[str, str], FormProgress] = {}
    for response_id, updated_at, course_id, form_id, version, status in rows:
        if (response_id, updated_at) not in _SECTIONS:
            if (version_key := (form_id, version)) not in specs:
                specs[version_key] = (recorded_spec(ctx, form_id, version, None)
                                      or latest_spec(ctx, form_id))
            spec = specs[version_key]
            marks = section_states(spec, dict(answers[response_id] or {})) if spec else []
            _remember((response_id, updated_at),
                      (sum(mark is SectionState.COMPLETE for mark in marks), len(marks)))
        done, total = _SECTIONS[(response_id, updated_at)]
        found[(course_id, form_id)] = FormProgress(FormStatus(status), done, total)
    for form_id in (PROFILE_FORM, PLAN_FORM):  # not started: out of the current version's sections
        if all((course.hex, form_id) in found for course in ids):
            continue
        spec = latest_spec(ctx, form_id)
        total = len(spec.sections) if spec else 0
        for course in ids:
            found.setdefault((course.hex, form_id), FormProgress(None, 0, total))
    return found


# Sections complete per stored answers (response id, last change): counting them means
# decoding and walking every answer (0.4 ms a form, 0.27 s for the large demo's team), and
# a saved change gives the response a new `updated_at`, so a kept count is never stale.
_SECTIONS: dict[tuple[str, str], tuple[int, int]] = {}
MAX_REMEMBERED = 20_000


def _remember(key: tuple[str, str], value: tuple[int, int]) -> None:
    if len(_SECTIONS) >= MAX_REMEMBERED:
        _SECTIONS.clear()
    _SECTIONS[key] = value


def _current_placements(session: Session, scope: Select[Any], as_of: date
                        ) -> dict[str, CurrentPlacement]:
    """The job or education running on `as_of`, the latest started where there are two."""
    query = (select(_text(Placement.course_id), Placement.kind, Employer.name,
                    Placement.institution, Placement.title, Placement.hours_per_week,
                    Placement.start_date, Placement.ordinary_terms)
             .outerjoin(Employer, Employer.id == Placement.employer_id)
             .where(Placement.course_id.in_(scope), Placement.deleted_at.is_(None),
                    Placement.start_date <= as_of,
                    (Placement.end_date.is_(None)) | (Placement.end_date > as_of))
             .order_by(Placement.start_date, Placement.created_at))
    found: dict[str, CurrentPlacement] = {}
    for course_id, kind, employer, school, title, hours, since, ordinary in session.execute(
            query):
        found[course_id] = CurrentPlacement(PlacementKind(kind), employer or school or "",
                                            title, hours, since, bool(ordinary))
    return found


def _next_follow_ups(session: Session) -> dict[Any, Any]:
    """Each course's next open follow-up, read off the index of open follow-ups.

    Naming the consultants lets SQLite walk `ix_employer_contact_follow_up_open` (a few
    hundred rows) where the course filter made it search each course's contacts (60,000
    on the large demo: 15 ms against 3); the caller keeps the courses it lists.
    """
    everyone = select(Consultant.id).scalar_subquery()
    query = (select(_text(EmployerContact.course_id), func.min(EmployerContact.follow_up_date))
             .where(EmployerContact.follow_up_done_on.is_(None),
                    EmployerContact.deleted_at.is_(None),
                    EmployerContact.follow_up_date.is_not(None),
                    EmployerContact.consultant_id.in_(everyone),
                    EmployerContact.course_id.is_not(None))
             .group_by(EmployerContact.course_id))
    return {course_id: when for course_id, when in session.execute(query)}


def _consent_missing(session: Session, scope: Select[Any], as_of: date
                     ) -> dict[str, tuple[bool, date | None]]:
    """The latest consent per course, as the participant page reads it: (missing, the day
    it was withdrawn when that is why)."""
    query = (select(_text(Consent.course_id), Consent.given_on, Consent.withdrawn_on)
             .where(Consent.course_id.in_(scope), Consent.deleted_at.is_(None))
             .order_by(Consent.given_on, Consent.created_at))
    return {course_id: (consent_missing(given, withdrawn, as_of),
                        withdrawn if consent_state(given, withdrawn, as_of) == "withdrawn"
                        else None)
            for course_id, given, withdrawn in session.execute(query)}


def _items(session: Session, scope: Select[Any], week: tuple[int, int]
           ) -> dict[str, tuple[date | None, str]]:
    query = select(_text(SupervisionItem.course_id), SupervisionItem.discussed_on,
                   SupervisionItem.note).where(
        SupervisionItem.course_id.in_(scope), SupervisionItem.deleted_at.is_(None),
        SupervisionItem.iso_year == week[0], SupervisionItem.iso_week == week[1])
    return {course: (on, note or "") for course, on, note in session.execute(query)}


def _consultants(session: Session, only: uuid.UUID | None
                 ) -> dict[uuid.UUID, tuple[str, str, float, str]]:
    query = select(Consultant.id, Consultant.initials, Consultant.name, Consultant.fte,
                   Consultant.role).where(Consultant.deleted_at.is_(None))
    if only is not None:
        query = query.where(Consultant.id == only)
    return {cid: (str(initials), str(name), float(fte or 0), str(role))
            for cid, initials, name, fte, role in session.execute(query)}


def _new_referrals(session: Session, monday: date, sunday: date) -> dict[uuid.UUID | None, int]:
    query = (select(Course.consultant_id, func.count())
             .join(Participant, Participant.id == Course.participant_id)
             .where(Course.deleted_at.is_(None), Participant.deleted_at.is_(None),
                    Course.referral_date.between(monday, sunday))
             .group_by(Course.consultant_id))
    return {cid: int(n) for cid, n in session.execute(query)}


def _placement_counts(session: Session, monday: date, sunday: date
                      ) -> tuple[dict[Any, int], dict[Any, int], dict[Any, int]]:
    """Starts on ordinary terms, other starts, and ends in the week, by the course's consultant."""
    live = (Placement.deleted_at.is_(None), Course.deleted_at.is_(None),
            Participant.deleted_at.is_(None))
    joined = (select(Course.consultant_id, Placement.ordinary_terms, func.count())
              .join(Course, Course.id == Placement.course_id)
              .join(Participant, Participant.id == Course.participant_id))
    starts: Counter[Any] = Counter()
    others: Counter[Any] = Counter()
    for cid, ordinary, n in session.execute(
            joined.where(*live, Placement.start_date.between(monday, sunday))
            .group_by(Course.consultant_id, Placement.ordinary_terms)):
        (starts if ordinary else others)[cid] += int(n)
    ends: Counter[Any] = Counter()
    for cid, _, n in session.execute(
            joined.where(*live, Placement.end_date.between(monday, sunday))
            .group_by(Course.consultant_id, Placement.ordinary_terms)):
        ends[cid] += int(n)
    return dict(starts), dict(others), dict(ends)


def _details(week: tuple[int, int], rows: int, consultant_id: uuid.UUID | None
             ) -> dict[str, Any]:
    details: dict[str, Any] = {"year": week[0], "week": week[1], "rows": rows}
    if consultant_id is not None:
        details["consultant"] = consultant_id
    return details


def record_print(ctx: AppContext, listing: SupervisionList) -> None:
    """The list on paper reads its names again: an audit event (ids and counts only)."""
    _record(ctx, AuditAction.PRINT, listing, "pdf")


def record_export(ctx: AppContext, listing: SupervisionList, file_format: str) -> None:
    """The list saved as a file (PDF or spreadsheet) leaves the app (no file name recorded)."""
    _record(ctx, AuditAction.EXPORT, listing, file_format)


def _record(ctx: AppContext, action: AuditAction, listing: SupervisionList, fmt: str) -> None:
    details = _details(listing.week, len(listing.rows), listing.consultant_id)
    details["format"] = fmt
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, action, ENTITY, details=details)


__all__ = [
    "ConsultantWeek", "CurrentPlacement", "Deadline", "FormProgress", "SupervisionList",
    "SupervisionRow", "TeamTotals", "record_export", "record_print", "supervision_list",
]
