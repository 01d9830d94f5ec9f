"""The employer-contact log, read side: filtered, sorted pages of contacts, and week figures.

The log holds years of a team's contacts (100,000 in the large demo), so it is
read a page at a time by *keyset*: each page continues after the last row's
sort position (sort value, day, time, id) with one row-value comparison, which
the index `ix_employer_contact_date` serves for the default order; OFFSET would
walk every earlier row again (page 500 took 258 ms that way).

Every sort is a total order: the sort value first, then (day, time, id). A
missing value (no participant, no follow-up) sorts as the empty value, in the
ORDER BY and in the comparison alike, so paging never skips or repeats a row.
Names and texts sort in the reader's alphabet, as the other lists do
(services.collation's ICU keys, computed in SQL by storage.sql_functions).

Search is folded as domain.text_search folds: every word, in any order, must
occur in the employer's name, the contact person's name, the participant's
name, or the outcome or next-step text (storage.sql_functions.FOLD in SQL).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy import tuple_ as row_value

from ips_desktop.domain.enums import (
    FACE_TO_FACE_MODES,
    AuditAction,
    ContactMode,
    ContactOutcome,
    ContactPurpose,
    Role,
)
from ips_desktop.domain.rules import week_bounds, week_meets_reference
from ips_desktop.domain.text_search import query_words
from ips_desktop.services import audit
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.storage import sql_functions
from ips_desktop.storage.errors import Damaged
from ips_desktop.storage.models import (
    Consultant,
    Course,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    Participant,
)

Contact = EmployerContact
Person = EmployerContactPerson


@dataclass(frozen=True)
class LogFilter:
    """Which contacts the log shows; every field left at its default means "any"."""

    week: tuple[int, int] | None = None  # ISO (year, week); None: any date
    date_from: date | None = None  # inclusive (exports)
    date_to: date | None = None  # inclusive
    consultant_id: uuid.UUID | None = None
    employer_id: uuid.UUID | None = None
    course_id: uuid.UUID | None = None
    mode: ContactMode | None = None
    purpose: ContactPurpose | None = None
    search: str = ""
    # Only contacts whose follow-up falls on or before this day and is not done
    # (the home screen's "due follow-ups" link).
    follow_up_due_by: date | None = None


class LogSort(StrEnum):
    WHEN = "when"
    EMPLOYER = "employer"
    CONTACT_PERSON = "contact_person"
    CONSULTANT = "consultant"
    MODE = "mode"
    PURPOSE = "purpose"
    PARTICIPANT = "participant"
    OUTCOME = "outcome"
    NEXT_STEP = "next_step"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    contact_date: date
    contact_time: time
    consultant_id: uuid.UUID
    consultant_initials: str
    employer_id: uuid.UUID
    employer_name: str
    contact_person_id: uuid.UUID | None
    contact_person: str
    mode: ContactMode
    purpose: ContactPurpose
    course_id: uuid.UUID | None
    participant: str
    outcome_kind: ContactOutcome | None
    outcome: str
    next_step: str
    follow_up_date: date | None
    follow_up_done_on: date | None


@dataclass(frozen=True)
class LogCursor:
    """Where a page ended: the last row's sort position, for the order it was read in."""

    sort: LogSort
    descending: bool
    # The sort value as the database gave it (bytes on SQLite, text on PostgreSQL); None
    # for WHEN, which sorts on the rest alone.
    value: bytes | str | None
    contact_date: date
    contact_time: time
    id: uuid.UUID


@dataclass(frozen=True)
class LogPage:
    rows: list[ContactRow]
    next: LogCursor | None  # None: the last page


@dataclass(frozen=True)
class WeekSummaryRow:
    consultant_id: uuid.UUID
    initials: str
    name: str
    face_to_face: int
    total: int
    meets_reference: bool


# -- sort keys ------------------------------------------------------------------------------

# The names and texts sort in the reader's alphabet (services.collation: Danish puts
# æ, ø, å last and reads "aa" as å; it hands storage.sql_functions its collator).


def _text_key(column: Any) -> ColumnElement[Any]:
    return sql_functions.sort_key(column)


def _enum_key(column: Any, values: list[str]) -> ColumnElement[Any]:
    """An enum column in the order its values are declared (two digits per value)."""
    return sql_functions.code_key(
        case({v: f"{i:02d}" for i, v in enumerate(values)}, value=column, else_="99"))


def _sort_value(sort: LogSort) -> ColumnElement[Any] | None:
    if sort is LogSort.WHEN:
        return None
    if sort is LogSort.EMPLOYER:
        return _text_key(Employer.name)
    if sort is LogSort.CONTACT_PERSON:
        return _text_key(Person.name)
    if sort is LogSort.CONSULTANT:
        return _text_key(Consultant.initials)
    if sort is LogSort.MODE:
        return _enum_key(Contact.mode, [m.value for m in ContactMode])
    if sort is LogSort.PURPOSE:
        return _enum_key(Contact.purpose, [p.value for p in ContactPurpose])
    if sort is LogSort.PARTICIPANT:
        return _text_key(Participant.name)
    if sort is LogSort.OUTCOME:  # the kind chosen from the list, then the words
        kind = case({o.value: f"{i:02d}" for i, o in enumerate(ContactOutcome)},
                    value=Contact.outcome_kind, else_="99")
        return _text_key(kind + " " + func.coalesce(Contact.outcome, ""))
    if sort is LogSort.NEXT_STEP:
        return _text_key(Contact.next_step)
    # FOLLOW_UP: a day's ISO text sorts in the order of the days.
    return sql_functions.code_key(sql_functions.stored_text(Contact.follow_up_date))


# -- the query ------------------------------------------------------------------------------

def _folded_contains(column: Any, word: str) -> ColumnElement[bool]:
    return sql_functions.folded(column).contains(word, autoescape=True)


def _name_terms(word: str, *, per_row: bool) -> list[ColumnElement[bool]]:
    """The word in the employer's, the contact person's or the participant's name.

    `per_row`: on the names the query has joined, folded for each contact read (a
    page stops after its rows; a week has a few hundred). Otherwise each name table
    is folded once, in a subquery (a count over every week reads 100,000 contacts,
    but only a few thousand names).
    """
    if per_row:
        return [_folded_contains(Employer.name, word), _folded_contains(Person.name, word),
                _folded_contains(Participant.name, word)]
    return [
        Contact.employer_id.in_(select(Employer.id).where(_folded_contains(Employer.name, word))),
        Contact.contact_person_id.in_(
            select(Person.id).where(_folded_contains(Person.name, word))),
        Contact.course_id.in_(
            select(Course.id).join(Participant, Participant.id == Course.participant_id)
            .where(_folded_contains(Participant.name, word))),
    ]


def _bounded(flt: LogFilter) -> bool:
    """A week or a closed period: a few hundred contacts, not years of them."""
    return flt.week is not None or (flt.date_from is not None and flt.date_to is not None)


def _conditions(flt: LogFilter, *, per_row: bool = True) -> list[ColumnElement[bool]]:
    """The filter; a search's names are tested on the joined rows (`per_row`, the query
    joins them: `_select`) or in subqueries on the contact table alone."""
    where: list[ColumnElement[bool]] = [Contact.deleted_at.is_(None)]
    if flt.week is not None:
        monday, sunday = week_bounds(flt.week)
        where.append(Contact.contact_date.between(monday, sunday))
    if flt.date_from is not None:
        where.append(Contact.contact_date >= flt.date_from)
    if flt.date_to is not None:
        where.append(Contact.contact_date <= flt.date_to)
    if flt.consultant_id is not None:
        where.append(Contact.consultant_id == flt.consultant_id)
    if flt.employer_id is not None:
        where.append(Contact.employer_id == flt.employer_id)
    if flt.course_id is not None:
        where.append(Contact.course_id == flt.course_id)
    if flt.mode is not None:
        where.append(Contact.mode == ContactMode(flt.mode).value)
    if flt.purpose is not None:
        where.append(Contact.purpose == ContactPurpose(flt.purpose).value)
    if flt.follow_up_due_by is not None:
        where.extend((Contact.follow_up_date <= flt.follow_up_due_by,
                      Contact.follow_up_done_on.is_(None)))
    for word in query_words(flt.search):
        where.append(or_(*_name_terms(word, per_row=per_row),
                         _folded_contains(func.coalesce(Contact.outcome, "") + " "
                                          + func.coalesce(Contact.next_step, ""), word)))
    return where


def _select(sort_value: ColumnElement[Any] | None) -> Select[Any]:
    columns: list[Any] = [
        Contact.id, Contact.contact_date, Contact.contact_time, Contact.consultant_id,
        Consultant.initials, Contact.employer_id, Employer.name, Contact.contact_person_id,
        Person.name, Contact.mode, Contact.purpose, Contact.course_id, Participant.name,
        Contact.outcome_kind, Contact.outcome, Contact.next_step, Contact.follow_up_date,
        Contact.follow_up_done_on,
    ]
    if sort_value is not None:
        columns.append(sort_value.label("sort_value"))
    return (
        select(*columns)
        .join(Employer, Employer.id == Contact.employer_id)
        .join(Consultant, Consultant.id == Contact.consultant_id)
        .outerjoin(Person, Person.id == Contact.contact_person_id)
        .outerjoin(Course, Course.id == Contact.course_id)
        .outerjoin(Participant, Participant.id == Course.participant_id)
    )


def _ordered(flt: LogFilter, sort: LogSort, descending: bool,
             after: LogCursor | None) -> tuple[Select[Any], bool]:
    sort = LogSort(sort)
    value = _sort_value(sort)
    keys: list[Any] = [Contact.contact_date, Contact.contact_time, Contact.id]
    if value is not None:
        keys.insert(0, value)
    query = _select(value).where(*_conditions(flt))
    if after is not None:
        if after.sort is not sort or after.descending != descending:
            raise ValueError("the cursor belongs to another order of the log")
        position: list[Any] = [literal(after.contact_date, Contact.contact_date.type),
                               literal(after.contact_time, Contact.contact_time.type),
                               literal(after.id, Contact.id.type)]
        if value is not None:
            position.insert(0, sql_functions.sort_value(after.value, like=value))
        here, there = row_value(*keys), row_value(*position)
        query = query.where(here < there if descending else here > there)
    query = query.order_by(*(k.desc() if descending else k.asc() for k in keys))
    return query, value is not None


def _row(r: Any) -> ContactRow:
    return ContactRow(
        id=r[0], contact_date=r[1], contact_time=r[2] or time(0, 0), consultant_id=r[3],
        consultant_initials=str(r[4] or ""), employer_id=r[5], employer_name=str(r[6] or ""),
        contact_person_id=r[7], contact_person=str(r[8] or ""), mode=ContactMode(r[9]),
        purpose=ContactPurpose(r[10]), course_id=r[11], participant=str(r[12] or ""),
        outcome_kind=ContactOutcome(r[13]) if r[13] else None, outcome=str(r[14] or ""),
        next_step=str(r[15] or ""), follow_up_date=r[16], follow_up_done_on=r[17],
    )


def contact_page(ctx: AppContext, flt: LogFilter, *, sort: LogSort = LogSort.WHEN,
                 descending: bool = True, after: LogCursor | None = None,
                 limit: int = 100) -> LogPage:
    """Up to `limit` contacts after `after` (None: from the start) in the order asked."""
    query, valued = _ordered(flt, sort, descending, after)
    with unit_of_work(ctx) as session:
        raw = session.execute(query.limit(limit + 1)).all()
    more = len(raw) > limit
    raw = raw[:limit]
    rows = [_row(r) for r in raw]
    cursor = None
    if more and rows:
        last = rows[-1]
        cursor = LogCursor(LogSort(sort), descending, raw[-1][-1] if valued else None,
                           last.contact_date, last.contact_time, last.id)
    return LogPage(rows, cursor)


def contacts(ctx: AppContext, flt: LogFilter, *, sort: LogSort = LogSort.WHEN,
             descending: bool = True) -> list[ContactRow]:
    """Every contact the filter shows, in order (exports, printouts, an employer's page)."""
    query, _ = _ordered(flt, sort, descending, None)
    with unit_of_work(ctx) as session:
        return [_row(r) for r in session.execute(query)]


def _count_query(flt: LogFilter) -> Select[Any]:
    """Counted on the contact table alone, unless a search in a week is counted faster
    on the joined names (see `_name_terms`)."""
    query = select(func.count()).select_from(Contact)
    if flt.search.strip() and _bounded(flt):
        return (query.join(Employer, Employer.id == Contact.employer_id)
                .outerjoin(Person, Person.id == Contact.contact_person_id)
                .outerjoin(Course, Course.id == Contact.course_id)
                .outerjoin(Participant, Participant.id == Course.participant_id)
                .where(*_conditions(flt, per_row=True)))
    return query.where(*_conditions(flt, per_row=False))


def contact_count(ctx: AppContext, flt: LogFilter) -> int:
    """How many contacts the filter shows."""
    query = _count_query(flt)
    with unit_of_work(ctx) as session:
        return int(session.scalar(query) or 0)


def week_summary(ctx: AppContext, week: tuple[int, int]) -> list[WeekSummaryRow]:
    """Each consultant's contacts in the ISO week, face-to-face against the reference of 6.

    Every consultant of the team is listed, with 0s in a week without contacts;
    a team lead only when they logged contacts that week (they carry no quota).
    Sorted by name, as the reader's language sorts.
    """
    monday, sunday = week_bounds(week)
    face = [m.value for m in FACE_TO_FACE_MODES]
    counts = (
        select(Contact.consultant_id,
               func.count().label("total"),
               func.sum(case((Contact.mode.in_(face), 1), else_=0)).label("face"))
        .where(Contact.deleted_at.is_(None), Contact.contact_date.between(monday, sunday))
        .group_by(Contact.consultant_id)
        .subquery("counts")
    )
    query = (
        select(Consultant.id, Consultant.initials, Consultant.name, Consultant.role,
               counts.c.total, counts.c.face)
        .outerjoin(counts, counts.c.consultant_id == Consultant.id)
        .where(Consultant.deleted_at.is_(None))
    )
    with unit_of_work(ctx) as session:
        raw = session.execute(query).all()
    rows = [WeekSummaryRow(r[0], str(r[1]), str(r[2]), int(r[5] or 0), int(r[4] or 0),
                           week_meets_reference(int(r[5] or 0)))
            for r in raw if r[3] != Role.TEAM_LEAD.value or r[4]]
    key = sort_key()
    return sorted(rows, key=lambda r: (key(r.name), r.initials))


def due_follow_ups(ctx: AppContext, *, today: date,
                   consultant_id: uuid.UUID | None) -> list[ContactRow]:
    """Follow-ups due today or earlier and not done, the longest overdue first."""
    where = _conditions(LogFilter(consultant_id=consultant_id, follow_up_due_by=today))
    query = _select(None).where(*where).order_by(
        Contact.follow_up_date, Contact.contact_date, Contact.contact_time, Contact.id)
    with unit_of_work(ctx) as session:
        return [_row(r) for r in session.execute(query)]


def due_follow_up_count(ctx: AppContext, *, today: date,
                        consultant_id: uuid.UUID | None) -> int:
    """How many follow-ups `due_follow_ups` lists (the home screen's figure)."""
    return contact_count(ctx, LogFilter(consultant_id=consultant_id, follow_up_due_by=today))


def due_follow_up_counts(ctx: AppContext, *, today: date) -> dict[uuid.UUID, int]:
    """`due_follow_up_count` for every consultant at once (the supervision list's headings)."""
    where = _conditions(LogFilter(follow_up_due_by=today))
    everyone = select(Consultant.id).where(Consultant.deleted_at.is_(None))
    # Naming the consultants lets SQLite seek (consultant, follow-up date) in the index for
    # each; grouping the whole table instead reads every contact (0.2 s on the large demo).
    query = (select(Contact.consultant_id, func.count())
             .where(*where, Contact.consultant_id.in_(everyone.scalar_subquery()))
             .group_by(Contact.consultant_id))
    with unit_of_work(ctx) as session:
        return {consultant: int(count) for consultant, count in session.execute(query)}


def overview_counts(ctx: AppContext, *, today: date) -> dict[str, int | None]:
    """The home screen's figure: my follow-ups due (None: unreadable, a damaged database)."""
    try:
        due = due_follow_up_count(ctx, today=today, consultant_id=ctx.actor_id)
    except Damaged:
        return {"follow_up_due": None}
    return {"follow_up_due": due}


def record_log_read(ctx: AppContext, flt: LogFilter, rows: int) -> None:
    """The log shows participants' names: opening it is a READ (ids, codes and counts only).

    The search typed is never recorded, only that there was one.
    """
    details: dict[str, Any] = {"rows": rows}
    if flt.week is not None:
        details |= {"year": flt.week[0], "week": flt.week[1]}
    for name, value in (("consultant", flt.consultant_id), ("employer", flt.employer_id),
                        ("course", flt.course_id)):
        if value is not None:
            details[name] = value
    if flt.mode is not None:
        details["mode"] = ContactMode(flt.mode).value
    if flt.purpose is not None:
        details["purpose"] = ContactPurpose(flt.purpose).value
    if flt.date_from is not None:
        details["from"] = flt.date_from.isoformat()
    if flt.date_to is not None:
        details["to"] = flt.date_to.isoformat()
    if flt.follow_up_due_by is not None:
        details["follow_ups_due"] = True
    if flt.search.strip():
        details["search"] = True
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.READ, "employer_log",
                     details=details)


__all__ = [
    "ContactRow", "LogCursor", "LogFilter", "LogPage", "LogSort", "WeekSummaryRow",
    "contact_count", "contact_page", "contacts", "due_follow_up_count", "due_follow_up_counts",
    "due_follow_ups", "overview_counts", "record_log_read", "week_bounds", "week_summary",
]
