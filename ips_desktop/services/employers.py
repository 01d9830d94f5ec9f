"""The employer register (*virksomheder*): employers, their contact people, and merging.

A consultant meets the same business again and again, often as "Netto" one
day and "Netto A/S" the next; the register offers the existing employer when
a new one has the CVR number or folded name (`domain.employer_names.name_key`)
of one already there, and never forces it (branches of a chain share a name).
Two entries that turned out to be one are merged: everything that points at
the one merged away moves to the one kept, in one transaction.

The type-ahead (`find_employers`) is one query with a LIKE per typed word on
the stored folded name's word starts: 1,500 employers are a few milliseconds.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from ips_desktop.domain.cvr import cvr_is_valid, normalise_cvr
from ips_desktop.domain.employer_names import is_company_form, name_key
from ips_desktop.domain.enums import AuditAction, OpeningStatus
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.text_search import fold
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, expect_version, unit_of_work, write_unit
from ips_desktop.services.dates import local_date
from ips_desktop.storage import synced_writes
from ips_desktop.storage.models import (
    CalendarEvent,
    Consultant,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    JobOpening,
    Placement,
    utcnow,
)

ENTITY = "employer"
PERSON_ENTITY = "employer_contact_person"

# The stored columns' lengths: refused rather than cut (domain.validation).
NAME_MAX, INDUSTRY_MAX, ADDRESS_MAX, MUNICIPALITY_MAX = 200, 100, 300, 100
PHONE_MAX, WEBSITE_MAX, NOTES_MAX = 40, 300, 10_000
ROLE_MAX, EMAIL_MAX = 100, 200
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# A web address as people write it: "netto.dk", "www.netto.dk/job", "https://netto.dk";
# a host with a dot, no spaces, and no other scheme (not "javascript:", not a sentence).
_WEBSITE = re.compile(r"^(https?://)?[^\s/:@]+\.[^\s/:@.]{2,}(:\d+)?(/\S*)?$", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class EmployerInput:
    name: str
    cvr: str = ""
    industry: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""
    municipality: str = ""  # the list's column; the demo data and the dialog fill it
    version: int | None = None  # the row's version the values were read at (for an edit)


@dataclass(frozen=True)
class ContactPersonInput:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ContactPersonView:
    id: uuid.UUID
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class EmployerChoice:
    """A type-ahead hit, or an existing employer offered instead of a new one."""

    id: uuid.UUID
    name: str
    cvr: str
    address: str
    industry: str


class DuplicateEmployer(Exception):
    """The employer looks registered already; `matches` are offered, the user decides.

    `by_cvr`: at least one match has the same CVR number (then it is surely the
    same company; a name match may be another branch).
    """

    def __init__(self, matches: list[EmployerChoice], by_cvr: bool) -> None:
        self.matches = list(matches)
        self.by_cvr = by_cvr
        super().__init__(f"{len(self.matches)} similar employer(s)")  # no names: may be shown


@dataclass(frozen=True)
class EmployerRow:
    id: uuid.UUID
    name: str
    cvr: str
    industry: str
    municipality: str
    contacts: int
    last_contact: date | None
    open_openings: int
    placements: int


@dataclass(frozen=True)
class KnownBy:
    """A consultant who has been in contact with the employer, and how much."""

    consultant_id: uuid.UUID
    initials: str
    name: str
    contacts: int
    last_contact: date


@dataclass(frozen=True)
class EmployerDetail:
    id: uuid.UUID
    data: EmployerInput
    persons: list[ContactPersonView]
    known_by: list[KnownBy]
    merged_into: uuid.UUID | None  # the id asked for was merged away: this page is the kept one


@dataclass(frozen=True)
class MergeResult:
    kept: uuid.UUID
    contacts: int
    persons: int
    placements: int
    openings: int


# -- reading --------------------------------------------------------------------------------


def _live() -> ColumnElement[bool]:
    return Employer.deleted_at.is_(None)


def _word_starts(words: Sequence[str]) -> list[ColumnElement[bool]]:
    """Each word starts a word of the folded name (or, all digits, the CVR number)."""
    conditions = []
    for word in words:
        options = [Employer.name_key.like(f"{word}%"), Employer.name_key.like(f"% {word}%")]
        if word.isdigit():
            options.append(Employer.cvr.like(f"{word}%"))
        conditions.append(or_(*options))
    return conditions


def query_words(text: str) -> list[str]:
    """The typed words folded as name_key folds a name ("&" is "og", "A/S" is "as"):
    what the type-ahead and the register's list look for at word starts.

    A company form after the first word is left out, as name_key leaves it out of
    the names ("Netto A/S" finds "Netto"), and so is the last word while it can still
    become one ("Netto A" while typing "A/S").
    """
    words = _WORD.findall(fold(text.replace("&", " og ").replace("/", "")))
    kept = words[:1]
    for i, word in enumerate(words[1:], start=1):
        last = i == len(words) - 1 and not text[-1:].isspace()
        if not is_company_form(word, prefix=last):
            kept.append(word)
    return kept


def _choice(row: Any) -> EmployerChoice:
    return EmployerChoice(row.id, row.name, row.cvr or "", row.address or "", row.industry or "")


def _choice_columns() -> tuple[Any, ...]:
    return (Employer.id, Employer.name, Employer.cvr, Employer.address, Employer.industry)


def find_employers(ctx: AppContext, text: str, *, limit: int = 20) -> list[EmployerChoice]:
    """The employers whose name has a word starting with each typed word, in Danish order.

    "ostergaard bil" finds "Bilhuset Østergård ApS"; digits also find a CVR
    number by its start. Nothing typed: nothing found (the type-ahead starts
    at the first letter).
    """
    words = query_words(text)
    if not words:
        return []
    with unit_of_work(ctx) as session:
        rows = list(session.execute(select(*_choice_columns())
                                    .where(_live(), *_word_starts(words))))
    key = sort_key()
    rows.sort(key=lambda r: key(r.name))
    return [_choice(r) for r in rows[:limit]]


def similar_employers(ctx: AppContext, data: EmployerInput, *,
                      exclude: uuid.UUID | None = None) -> list[EmployerChoice]:
    """Registered employers with the same CVR number or folded name: those with the
    CVR number first, then by name in Danish order."""
    with unit_of_work(ctx) as session:
        return [choice for choice, _ in _similar(session, data, exclude)]


def _similar(session: Session, data: EmployerInput,
             exclude: uuid.UUID | None) -> list[tuple[EmployerChoice, bool]]:
    cvr, key = normalise_cvr(data.cvr), name_key(data.name)
    options = []
    if cvr:
        options.append(Employer.cvr == cvr)
    if key:
        options.append(Employer.name_key == key)
    if not options:
        return []
    query = select(*_choice_columns()).where(_live(), or_(*options))
    if exclude is not None:
        query = query.where(Employer.id != exclude)
    by_name = sort_key()
    rows = sorted(session.execute(query).all(),
                  key=lambda r: (not (cvr and r.cvr == cvr), by_name(r.name)))
    return [(_choice(r), bool(cvr and r.cvr == cvr)) for r in rows]


def employer_input(ctx: AppContext, employer_id: uuid.UUID) -> EmployerInput:
    with unit_of_work(ctx) as session:
        return _input(_get(session, employer_id))


def _input(row: Employer) -> EmployerInput:
    return EmployerInput(
        name=row.name, cvr=row.cvr or "", industry=row.industry or "",
        address=row.address or "", phone=row.phone or "", website=row.website or "",
        notes=row.notes or "", municipality=row.municipality or "", version=row.version)


def _get(session: Session, employer_id: uuid.UUID) -> Employer:
    row = session.get(Employer, employer_id)
    if row is None or row.deleted_at is not None:
        raise LookupError("no such employer")
    return row


def contact_persons(ctx: AppContext, employer_id: uuid.UUID) -> list[ContactPersonView]:
    """The employer's contact people, by name in the language's order."""
    with unit_of_work(ctx) as session:
        return _persons(session, employer_id)


def _persons(session: Session, employer_id: uuid.UUID) -> list[ContactPersonView]:
    rows = session.scalars(select(EmployerContactPerson).where(
        EmployerContactPerson.employer_id == employer_id,
        EmployerContactPerson.deleted_at.is_(None)))
    key = sort_key()
    views = [ContactPersonView(r.id, r.name, r.title or "", r.phone or "", r.email or "")
             for r in rows]
    return sorted(views, key=lambda p: key(p.name))


def employer_rows(ctx: AppContext, *, search: str = "") -> list[EmployerRow]:
    """The register as the list shows it, in Danish order, with each employer's
    contacts (and the last), open openings and placements counted in one query."""
    contact_counts = (
        select(EmployerContact.employer_id.label("employer_id"),
               func.count().label("n"), func.max(EmployerContact.contact_date).label("last"))
        .where(EmployerContact.deleted_at.is_(None))
        .group_by(EmployerContact.employer_id).subquery())
    opening_counts = (
        select(JobOpening.employer_id.label("employer_id"), func.count().label("n"))
        .where(JobOpening.deleted_at.is_(None), JobOpening.status == OpeningStatus.OPEN.value)
        .group_by(JobOpening.employer_id).subquery())
    placement_counts = (
        select(Placement.employer_id.label("employer_id"), func.count().label("n"))
        .where(Placement.deleted_at.is_(None), Placement.employer_id.is_not(None))
        .group_by(Placement.employer_id).subquery())
    query = (
        select(Employer.id, Employer.name, Employer.cvr, Employer.industry,
               Employer.municipality, contact_counts.c.n, contact_counts.c.last,
               opening_counts.c.n, placement_counts.c.n)
        .outerjoin(contact_counts, contact_counts.c.employer_id == Employer.id)
        .outerjoin(opening_counts, opening_counts.c.employer_id == Employer.id)
        .outerjoin(placement_counts, placement_counts.c.employer_id == Employer.id)
        .where(_live(), *_word_starts(query_words(search))))
    with unit_of_work(ctx) as session:
        raw = session.execute(query).all()
    key = sort_key()
    rows = [EmployerRow(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", r[5] or 0,
                        local_date(r[6]), r[7] or 0, r[8] or 0) for r in raw]
    rows.sort(key=lambda r: key(r.name))
    return rows


def employer_detail(ctx: AppContext, employer_id: uuid.UUID) -> EmployerDetail:
    """The employer's page: its details, contact people and who in the team knows it.

    An id that was merged away leads to the employer it was merged into (a
    link kept somewhere still works), with `merged_into` saying so.
    """
    with unit_of_work(ctx) as session:
        kept = _follow_merges(session, employer_id)
        row = _get(session, kept)
        known = session.execute(
            select(Consultant.id, Consultant.initials, Consultant.name, func.count(),
                   func.max(EmployerContact.contact_date))
            .join(Consultant, Consultant.id == EmployerContact.consultant_id)
            .where(EmployerContact.employer_id == kept, EmployerContact.deleted_at.is_(None))
            .group_by(Consultant.id, Consultant.initials, Consultant.name)).all()
        known_by = [KnownBy(r[0], r[1], r[2], r[3], local_date(r[4]) or date.min)
                    for r in known]
        known_by.sort(key=lambda k: (k.last_contact, k.contacts), reverse=True)
        return EmployerDetail(row.id, _input(row), _persons(session, kept), known_by,
                              kept if kept != employer_id else None)


def _follow_merges(session: Session, employer_id: uuid.UUID) -> uuid.UUID:
    seen: set[uuid.UUID] = set()
    current = employer_id
    while current not in seen:
        seen.add(current)
        row = session.get(Employer, current)
        if row is None:
            raise LookupError("no such employer")
        if row.merged_into_id is None:
            return current
        current = row.merged_into_id
    raise LookupError("employer merges form a loop")  # never written; a damaged row


def record_page_read(ctx: AppContext, employer_id: uuid.UUID, *, contacts: int,
                     placements: int, openings: int) -> None:
    """The employer's page lists participants' names (contacts made for them, their
    placements, candidates): an audit READ with the employer's id and the counts."""
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY, employer_id,
                     details={"contacts": contacts, "placements": placements,
                              "openings": openings})


# -- writing --------------------------------------------------------------------------------


def _employer_problems(data: EmployerInput) -> list[FieldError]:
    errors: list[FieldError] = []
    for field, value, max_len, required, multiline in (
            ("name", data.name, NAME_MAX, True, False),
            ("industry", data.industry, INDUSTRY_MAX, False, False),
            ("address", data.address, ADDRESS_MAX, False, False),
            ("municipality", data.municipality, MUNICIPALITY_MAX, False, False),
            ("phone", data.phone, PHONE_MAX, False, False),
            ("website", data.website, WEBSITE_MAX, False, False),
            ("notes", data.notes, NOTES_MAX, False, True)):
        problem = text_problem(value, max_len=max_len, required=required, multiline=multiline)
        if problem:
            errors.append(FieldError(field, problem))
    cvr = normalise_cvr(data.cvr)
    if cvr and not cvr_is_valid(cvr):
        errors.append(FieldError("cvr", message("cvr_invalid")))
    website = data.website.strip()
    if website and not any(e.field == "website" for e in errors) and not _WEBSITE.match(website):
        errors.append(FieldError("website", message("website_invalid")))
    if not name_key(data.name) and not errors:
        errors.append(FieldError("name", message("employer_name_no_letters")))
    return errors


def _person_problems(data: ContactPersonInput, prefix: str = "") -> list[FieldError]:
    errors: list[FieldError] = []
    for field, value, max_len, required in (("name", data.name, NAME_MAX, True),
                                            ("role", data.role, ROLE_MAX, False),
                                            ("phone", data.phone, PHONE_MAX, False),
                                            ("email", data.email, EMAIL_MAX, False)):
        problem = text_problem(value, max_len=max_len, required=required)
        if problem:
            errors.append(FieldError(prefix + field, problem))
    email = data.email.strip()
    if email and not any(e.field == prefix + "email" for e in errors) \
            and not _EMAIL.match(email):
        errors.append(FieldError(prefix + "email", message("email_invalid")))
    return errors


def _stored(data: EmployerInput) -> dict[str, Any]:
    """The columns as stored: trimmed, empty as NULL, the CVR number as its 8 digits."""
    def text(value: str) -> str | None:
        return value.strip() or None

    return {"name": data.name.strip(), "name_key": name_key(data.name),
            "cvr": normalise_cvr(data.cvr) or None, "industry": text(data.industry),
            "address": text(data.address), "municipality": text(data.municipality),
            "phone": text(data.phone), "website": text(data.website),
            "notes": data.notes.strip() or None}


def _person_row(employer_id: uuid.UUID, data: ContactPersonInput) -> EmployerContactPerson:
    return EmployerContactPerson(employer_id=employer_id, **_person_stored(data))


def _person_stored(data: ContactPersonInput) -> dict[str, Any]:
    return {"name": data.name.strip(), "title": data.role.strip() or None,
            "phone": data.phone.strip() or None, "email": data.email.strip() or None}


def register_employer(ctx: AppContext, data: EmployerInput,
                      persons: Sequence[ContactPersonInput] = (), *,
                      allow_duplicate: bool = False) -> uuid.UUID:
    """A new employer with its contact people, checked first (every bad field at once).

    DuplicateEmployer when one with the same CVR number or folded name is
    registered and `allow_duplicate` is not set: nothing is written, and the
    front end offers the existing one or registers anyway.
    """
    errors = _employer_problems(data)
    for i, person in enumerate(persons):
        errors += _person_problems(person, f"persons[{i}].")
    if errors:
        raise ValidationError(errors)
    with write_unit(ctx) as session:
        if not allow_duplicate:
            similar = _similar(session, data, None)
            if similar:
                raise DuplicateEmployer([c for c, _ in similar], any(b for _, b in similar))
        row = Employer(**_stored(data))
        session.add(row)
        session.flush()
        for person in persons:
            session.add(_person_row(row.id, person))
        audit.record(session, ctx.actor_id, AuditAction.CREATE, ENTITY, row.id,
                     details={"persons": len(persons), "duplicate": bool(allow_duplicate)})
        return row.id


def update_employer(ctx: AppContext, employer_id: uuid.UUID, data: EmployerInput) -> None:
    """Change the details; the folded name follows the name. Audited with which fields
    changed (never their values); nothing changed, nothing written."""
    errors = _employer_problems(data)
    if errors:
        raise ValidationError(errors)
    new = _stored(data)
    with write_unit(ctx) as session:
        row = _get(session, employer_id)
        expect_version(row, data.version)  # typed over what was read: not over a later change
        changed = [column for column, value in new.items()
                   if column != "name_key" and getattr(row, column) != value]
        if not changed and row.name_key == new["name_key"]:
            return
        for column, value in new.items():
            setattr(row, column, value)
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY, row.id,
                     details=dict.fromkeys(changed, True))


def add_contact_person(ctx: AppContext, employer_id: uuid.UUID,
                       data: ContactPersonInput) -> uuid.UUID:
    errors = _person_problems(data)
    if errors:
        raise ValidationError(errors)
    with write_unit(ctx) as session:
        _get(session, employer_id)
        row = _person_row(employer_id, data)
        session.add(row)
        session.flush()
        audit.record(session, ctx.actor_id, AuditAction.CREATE, PERSON_ENTITY, row.id,
                     details={"employer": employer_id})
        return row.id


def update_contact_person(ctx: AppContext, person_id: uuid.UUID,
                          data: ContactPersonInput) -> None:
    errors = _person_problems(data)
    if errors:
        raise ValidationError(errors)
    with write_unit(ctx) as session:
        row = _get_person(session, person_id)
        new = _person_stored(data)
        changed = [column for column, value in new.items() if getattr(row, column) != value]
        if not changed:
            return
        for column, value in new.items():
            setattr(row, column, value)
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, PERSON_ENTITY, row.id,
                     details=dict.fromkeys(changed, True))


def remove_contact_person(ctx: AppContext, person_id: uuid.UUID) -> None:
    """Soft delete: the contacts logged with the person keep showing their name."""
    with write_unit(ctx) as session:
        row = _get_person(session, person_id)
        row.deleted_at = utcnow()
        audit.record(session, ctx.actor_id, AuditAction.DELETE, PERSON_ENTITY, row.id,
                     details={"employer": row.employer_id})


def _get_person(session: Session, person_id: uuid.UUID) -> EmployerContactPerson:
    row = session.get(EmployerContactPerson, person_id)
    if row is None or row.deleted_at is not None:
        raise LookupError("no such contact person")
    return row


# -- merging --------------------------------------------------------------------------------

_FILLED_FROM_MERGED = ("cvr", "industry", "address", "municipality", "phone", "website")


def merge_employers(ctx: AppContext, keep: uuid.UUID, merge_away: uuid.UUID) -> MergeResult:
    """Make two register entries one: everything pointing at `merge_away` moves to `keep`.

    Contacts, contact people, placements, openings and calendar events move
    (soft-deleted ones too, so nothing points at the one merged away); the
    kept employer's empty fields take the other's values and both sets of
    notes are kept; the one merged away is soft-deleted with `merged_into_id`,
    so old links lead to the kept one (`employer_detail`). One transaction,
    audited with the two ids and the counts moved.
    """
    if keep == merge_away:
        raise ValueError("an employer cannot be merged into itself")
    with write_unit(ctx) as session:
        kept, away = _get(session, keep), _get(session, merge_away)

        def live_count(model: Any) -> int:
            return session.scalar(select(func.count()).select_from(model).where(
                model.employer_id == merge_away, model.deleted_at.is_(None))) or 0

        counts = {"contacts": live_count(EmployerContact),
                  "persons": live_count(EmployerContactPerson),
                  "placements": live_count(Placement), "openings": live_count(JobOpening),
                  "events": live_count(CalendarEvent)}
        for model in (EmployerContact, EmployerContactPerson, Placement, JobOpening,
                      CalendarEvent):
            synced_writes.update_rows(session, model, model.employer_id == merge_away,
                                      {"employer_id": keep})
        # Earlier merges into the one merged away now lead straight to the kept one.
        synced_writes.update_rows(session, Employer, Employer.merged_into_id == merge_away,
                                  {"merged_into_id": keep})
        filled = 0
        for column in _FILLED_FROM_MERGED:
            if not getattr(kept, column) and getattr(away, column):
                setattr(kept, column, getattr(away, column))
                filled += 1
        if away.notes and away.notes != kept.notes:
            kept.notes = f"{kept.notes}\n\n{away.notes}" if kept.notes else away.notes
        away.deleted_at = utcnow()
        away.merged_into_id = keep
        audit.record(session, ctx.actor_id, AuditAction.MERGE, ENTITY, keep,
                     details={"merged": merge_away, "filled": filled, **counts})
        return MergeResult(keep, counts["contacts"], counts["persons"], counts["placements"],
                           counts["openings"])


__all__ = [
    "ContactPersonInput", "ContactPersonView", "DuplicateEmployer", "EmployerChoice",
    "EmployerDetail", "EmployerInput", "EmployerRow", "KnownBy", "MergeResult",
    "add_contact_person", "contact_persons", "employer_detail", "employer_input",
    "employer_rows", "find_employers", "merge_employers", "query_words", "record_page_read",
    "register_employer", "remove_contact_person", "similar_employers", "update_contact_person",
    "update_employer",
]
