"""The ORM models: one table per entity of DESIGN.md.

Every row has a UUID key, `created_at`, `updated_at` and a soft-delete
marker, so that databases from several laptops can be merged and the same
models can run on PostgreSQL. Enumerated values are stored as their string
values (domain.enums) in plain strings, which both SQLite and PostgreSQL
handle without a migration when a value is added.

Rows travel between a laptop and the team database (issue 21): every table
but `setting` (the device's own) is a `Record`, which adds a version counter
(SQLAlchemy's `version_id_col`: an update made from a stale copy raises
StaleDataError instead of overwriting), the database the row was made on,
who changed it last, and the team database's sequence number. Every change
to a Record goes into `change_log` in the same transaction
(storage/change_log.py).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp as a UTC instant on every engine; read back aware, in UTC.

    SQLite has no time zones: it stores the text of the digits it is given and
    drops the offset, so a time written in +01:00 would come back an hour off.
    Here every aware time is turned into UTC before it is stored (SQLite: the
    UTC digits; PostgreSQL: a timestamptz), and every time read comes back with
    tzinfo=UTC. A naive time is taken as UTC already, as SQLite hands it back.
    Calendar times are not instants (naive Danish wall-clock times by design:
    CalendarEvent) and do not use this type.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        at = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return at.replace(tzinfo=None) if dialect.name == "sqlite" else at

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# JSON objects and lists; JSONB on PostgreSQL, where plain JSON cannot even be compared.
PortableJSON = JSON().with_variant(JSONB(), "postgresql")


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: PortableJSON,
                                                     list[Any]: PortableJSON}


class DeviceRecord:
    """Columns every table shares (see the module docstring for why)."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), default=utcnow, onupdate=utcnow
    )
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


INITIALS_INDEX = "ux_consultant_initials_live"


class Record(DeviceRecord):
    """A row that travels: `DeviceRecord`'s columns and what sync needs (module docstring).

    `origin` and `changed_by` are filled in by storage/change_log.py on every
    write; `server_seq` only ever by the team database when it accepts a write,
    so a laptop pulls what has `server_seq` above the last it pulled.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    origin: Mapped[str | None] = mapped_column(String(36))  # the setting `database_id`
    changed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Consultant(Record, Base):
    """An IPS consultant (*IPS-konsulent*) or team lead."""

    __tablename__ = "consultant"
    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(10), index=True)

    # Unique among the live consultants (migration 0011): create_consultant inserts with
    # ON CONFLICT DO NOTHING, so two writers at once cannot both take the same initials.
    __table_args__ = (
        Index(INITIALS_INDEX, "initials", unique=True,
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )
    fte: Mapped[float] = mapped_column(Float, default=1.0)
    municipality: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))


class Participant(Record, Base):
    """A person in IPS (*deltager*); their courses hold the IPS work."""

    __tablename__ = "participant"
    name: Mapped[str] = mapped_column(String(200), index=True)
    cpr: Mapped[str | None] = mapped_column(String(11), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    municipality: Mapped[str | None] = mapped_column(String(100))
    courses: Mapped[list[Course]] = relationship(back_populates="participant")


_OPEN_COURSE = text("phase != 'ended' AND deleted_at IS NULL")


class Course(Record, Base):
    """One IPS course (*forløb*) from referral to end; a person may have several."""

    __tablename__ = "course"
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"), index=True)
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    referral_date: Mapped[date] = mapped_column(Date)
    referral_source: Mapped[str | None] = mapped_column(String(200))
    date_received: Mapped[date | None] = mapped_column(Date)
    psychiatry_unit: Mapped[str | None] = mapped_column(String(200))
    clinician: Mapped[str | None] = mapped_column(String(200))
    first_meeting_date: Mapped[date | None] = mapped_column(Date)
    plan_completed_on: Mapped[date | None] = mapped_column(Date)
    phase: Mapped[str] = mapped_column(String(30))
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(30))
    end_reason_text: Mapped[str | None] = mapped_column(Text)  # what "other" means
    participant: Mapped[Participant] = relationship(back_populates="courses")
    phase_changes: Mapped[list[PhaseChange]] = relationship(
        back_populates="course", order_by="PhaseChange.changed_on"
    )

    __table_args__ = (
        Index("ix_course_consultant_phase", "consultant_id", "phase"),
        # The open courses among a team's years of ended ones: the participant list's rows
        # (storage/course_summary.py holds their figures).
        Index("ix_course_open", "phase", sqlite_where=_OPEN_COURSE,
              postgresql_where=_OPEN_COURSE),
    )


class PhaseChange(Record, Base):
    """The dated history of a course's phases; the course's `phase` is the latest."""

    __tablename__ = "phase_change"
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"), index=True)
    phase: Mapped[str] = mapped_column(String(30))
    changed_on: Mapped[date] = mapped_column(Date)
    # Record's `changed_by`, with the foreign key this table had before rows travelled:
    # a phase change is made once and only ever tombstoned, so who changed the row last
    # is who recorded the phase change (or who took it back).
    changed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    course: Mapped[Course] = relationship(back_populates="phase_changes")


class Consent(Record, Base):
    """Consent (*samtykke*) to exchange information between psychiatry and jobcenter."""

    __tablename__ = "consent"
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"), index=True)
    given_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


class FormResponse(Record, Base):
    """Answers to one form (referral, profile, plan), kept with the form version they used."""

    __tablename__ = "form_response"
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"), index=True)
    form_id: Mapped[str] = mapped_column(String(60))
    form_version: Mapped[str] = mapped_column(String(30))
    form_hash: Mapped[str | None] = mapped_column(String(64))
    answers: Mapped[dict[str, Any]] = mapped_column(PortableJSON, default=dict)
    status: Mapped[str] = mapped_column(String(20))
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Where the consultant left off in the wizard: {"page": int, "field": str | None}.
    position: Mapped[dict[str, Any] | None] = mapped_column(PortableJSON, default=None)


class FormAnswerChange(Record, Base):
    """Who changed which answer of a form response when, from what to what.

    One row per changed answer (a whole group's rows are one answer), so a
    completed form reopened and changed keeps its history. The values are
    personal data: they live here, never in the audit trail.
    """

    __tablename__ = "form_answer_change"
    response_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("form_response.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    field_name: Mapped[str] = mapped_column(String(200))
    old_value: Mapped[Any] = mapped_column(PortableJSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(PortableJSON, nullable=True)

    __table_args__ = (Index("ix_form_answer_change_response_at", "response_id", "at"),)


class PlanReview(Record, Base):
    """An action plan marked as reviewed (*revideret*): the quarterly clock starts again."""

    __tablename__ = "plan_review"
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"))
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))

    # The list's review rule reads max(reviewed_on) per course from this index alone.
    __table_args__ = (Index("ix_plan_review_course_reviewed", "course_id", "reviewed_on"),)


class FormDefinition(Record, Base):
    """Every form file version the app has used, so old answers show with their own labels."""

    __tablename__ = "form_definition"
    form_id: Mapped[str] = mapped_column(String(60))
    # The form file's version (was `version` until 0012_sync gave that name to the row's).
    form_version: Mapped[str] = mapped_column(String(30))
    source_hash: Mapped[str] = mapped_column(String(64))
    source_text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("uq_form_definition_id_version", "form_id", "form_version",
                            unique=True),)


class Employer(Record, Base):
    """An employer or education institution (*virksomhed*)."""

    __tablename__ = "employer"
    name: Mapped[str] = mapped_column(String(200), index=True)
    # domain.employer_names.name_key(name): what "the same name" means when registering.
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="", server_default="")
    cvr: Mapped[str | None] = mapped_column(String(8), index=True)
    industry: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(300))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    # Set (with deleted_at) on the employer merged away, so its old id still leads somewhere.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employer.id"))


class EmployerContactPerson(Record, Base):
    __tablename__ = "employer_contact_person"
    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employer.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(100))  # the role (*stilling / rolle*)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))


class EmployerContact(Record, Base):
    """One entry of the employer-contact log (*virksomhedskontakt*).

    The day and the local wall-clock time are two columns: the IPS rules and the
    week filter read the day alone (an index on it), the log sorts on both.
    """

    __tablename__ = "employer_contact"
    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employer.id"))
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("employer_contact_person.id")
    )
    consultant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultant.id"))
    course_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("course.id"))
    contact_date: Mapped[date] = mapped_column(Date)
    contact_time: Mapped[time] = mapped_column(Time, default=time(0, 0),
                                               server_default="00:00:00.000000")
    mode: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(30))
    outcome_kind: Mapped[str | None] = mapped_column(String(20))  # enums.ContactOutcome
    outcome: Mapped[str | None] = mapped_column(Text)  # the outcome in the consultant's words
    next_step: Mapped[str | None] = mapped_column(Text)
    follow_up_date: Mapped[date | None] = mapped_column(Date)
    # The day the follow-up was done (or let go): it no longer shows as due.
    follow_up_done_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        # The log, newest first, paged by (day, time, id).
        Index("ix_employer_contact_date", "contact_date", "contact_time", "id"),
        Index("ix_employer_contact_consultant_date", "consultant_id", "contact_date"),
        Index("ix_employer_contact_course_date", "course_id", "contact_date"),
        # An employer's page, and the register's live counts read from the index alone.
        Index("ix_employer_contact_employer_live", "employer_id", "deleted_at", "contact_date"),
        Index("ix_employer_contact_follow_up", "consultant_id", "follow_up_date"),
        # The follow-ups still open: most contacts' follow-ups are done, and reading each
        # to see so cost the home screen and the supervision list 0.2 s on the large demo.
        Index("ix_employer_contact_follow_up_open", "consultant_id", "follow_up_date",
              sqlite_where=text("follow_up_done_on IS NULL AND deleted_at IS NULL"),
              postgresql_where=text("follow_up_done_on IS NULL AND deleted_at IS NULL")),
    )


class JobOpening(Record, Base):
    """A job opening (*jobåbning*) heard of at an employer, shared at the weekly meeting."""

    __tablename__ = "job_opening"
    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employer.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employer_contact.id"))
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    title: Mapped[str] = mapped_column(String(200))
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    location: Mapped[str | None] = mapped_column(String(200))
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")  # enums.OpeningStatus
    notes: Mapped[str | None] = mapped_column(Text)
    found_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_job_opening_status_found", "status", "found_on"),)


class JobOpeningCandidate(Record, Base):
    """A participant an opening is being considered for."""

    __tablename__ = "job_opening_candidate"
    opening_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("job_opening.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"), index=True)

    __table_args__ = (Index("uq_job_opening_candidate_opening_course", "opening_id", "course_id",
                            unique=True),)


class Placement(Record, Base):
    """A job or education start (*job* / *uddannelse*) and its end."""

    __tablename__ = "placement"
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    employer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employer.id"))
    institution: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    ordinary_terms: Mapped[bool] = mapped_column(Boolean, default=True)
    end_reason: Mapped[str | None] = mapped_column(String(30))
    opening_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("job_opening.id"))


_LIVE_NOTE = text("deleted_at IS NULL")  # here: Note's own column `text` hides the function


class Note(Record, Base):
    """A contact with the participant (*kontakt / notat*)."""

    __tablename__ = "note"
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"))
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    note_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_note_course_date", "course_id", "note_date"),
        # Covering, live notes only: the fidelity self-check's contact days (storage.contacts).
        Index("ix_note_live_course_date", "course_id", "note_date", "kind", "place",
              sqlite_where=_LIVE_NOTE, postgresql_where=_LIVE_NOTE),
    )


class CalendarEvent(Record, Base):
    """A calendar entry; recurring ones (presence days) carry an RFC 5545 rule.

    Times are the wall clock in Denmark (naive, Europe/Copenhagen), not UTC
    instants: a series at 12:30 stays at 12:30 across the changes to and from
    summer time, as an iCalendar DTSTART with a TZID does. `exdates` lists the
    cancelled occurrences by the start the rule gives them (ISO strings). An
    occurrence changed on its own is a row of its own whose `parent_id` is the
    series and whose `recurrence_id` is that start (RFC 5545's RECURRENCE-ID);
    the series also lists it in `exdates`, so expanding the rule never shows it
    twice. `sequence` rises with every change, so a calendar that imports a
    second export updates the event instead of keeping the old one.
    """

    __tablename__ = "calendar_event"
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    location: Mapped[str | None] = mapped_column(String(200))
    rrule: Mapped[str | None] = mapped_column(String(300))
    exdates: Mapped[list[Any]] = mapped_column(PortableJSON, default=list)
    course_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("course.id"), index=True)
    employer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employer.id"))
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("calendar_event.id"),
                                                        index=True)
    recurrence_id: Mapped[datetime | None] = mapped_column(DateTime)
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The contact note a held meeting with the participant became (the monthly-contact
    # rule and the timeline read notes); None: not marked as held.
    held_note_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("note.id"), index=True)

    __table_args__ = (
        Index("ix_calendar_event_consultant_start", "consultant_id", "starts_at"),
        Index("ix_calendar_event_starts_at", "starts_at"),
        # The few series among thousands of single events, found without reading the table
        # (a week's read: about 2 ms less on the large demo).
        Index("ix_calendar_event_series", "consultant_id",
              sqlite_where=text("rrule IS NOT NULL"), postgresql_where=text("rrule IS NOT NULL")),
    )


class PsychiatryUnit(Record, Base):
    """A psychiatry unit the team sits in or meets at, offered as a calendar location."""

    __tablename__ = "psychiatry_unit"
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)


class SupervisionItem(Record, Base):
    """One course's line in one week's supervision: ticked as discussed, and its note.

    Kept apart from `Note`, which is a contact with the participant: a note from
    supervision must never count as contact for the monthly rule. One live row
    per course and ISO week (the partial unique index).
    """

    __tablename__ = "supervision_item"
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"))
    iso_year: Mapped[int] = mapped_column(Integer)
    iso_week: Mapped[int] = mapped_column(Integer)
    discussed_on: Mapped[date | None] = mapped_column(Date)
    discussed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    note_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))

    __table_args__ = (
        Index("ix_supervision_item_week", "iso_year", "iso_week"),
        Index("ux_supervision_item_course_week", "course_id", "iso_year", "iso_week",
              unique=True, sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )


class StaffingPeriod(Record, Base):
    """A consultant's real FTE for IPS from `starts_on` to `ends_on` (inclusive; open: None).

    The steering group reads resources month by month (seed 003: staff and
    their real time for IPS), and a consultant who leaves mid-period stops
    counting from that day; `Consultant.fte` is only today's figure.
    """

    __tablename__ = "staffing_period"
    consultant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultant.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    fte: Mapped[float] = mapped_column(Float)


class OverviewTarget(Record, Base):
    """The team lead's expectation for one month and measure: the burn-up chart's target line."""

    __tablename__ = "overview_target"
    month: Mapped[date] = mapped_column(Date)  # the first day of the month
    measure: Mapped[str] = mapped_column(String(20))
    value: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ux_overview_target_month_measure", "month", "measure", unique=True,
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )


class OverviewComment(Record, Base):
    """The team's comments for the steering group's printout of one period."""

    __tablename__ = "overview_comment"
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    written_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))

    __table_args__ = (
        Index("ux_overview_comment_period", "period_start", "period_end", unique=True,
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )


class FidelityReview(Record, Base):
    """A saved fidelity review, kept as history.

    `answers` holds the team lead's scores (and a comment each) for the items
    the data cannot show; `derived` a snapshot of the data-derived self-check
    as it stood that day, so an old review reads as it was saved.
    """

    __tablename__ = "fidelity_review"
    reviewed_on: Mapped[date] = mapped_column(Date, index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    form_id: Mapped[str] = mapped_column(String(60))
    form_version: Mapped[str] = mapped_column(String(30))
    answers: Mapped[dict[str, Any]] = mapped_column(PortableJSON, default=dict)
    derived: Mapped[dict[str, Any]] = mapped_column(PortableJSON, default=dict)
    total: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))


class ImplementationPlanItem(Record, Base):
    """One agreement of the implementation plan (seed 000), by the form field's name."""

    __tablename__ = "implementation_plan_item"
    item: Mapped[str] = mapped_column(String(60))
    answer: Mapped[str] = mapped_column(Text, default="", server_default="")
    party: Mapped[str] = mapped_column(String(20))  # kommune / psykiatrien / faelles
    responsible: Mapped[str] = mapped_column(String(200), default="", server_default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consultant.id"))

    __table_args__ = (
        Index("ux_implementation_plan_item_item", "item", unique=True,
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )


class AuditEvent(Record, Base):
    """Who did what to which record, and when; never the personal data itself."""

    __tablename__ = "audit_event"
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    details: Mapped[dict[str, Any]] = mapped_column(PortableJSON, default=dict)
    # The person the event concerns (None for lists and the app's own events): a
    # participant's own trail is one index range, and survives the course's erasure.
    participant_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # The hash chain (storage/audit_chain.py): 1, 2, 3 … in the order written.
    seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ux_audit_event_seq", "seq", unique=True),
        Index("ix_audit_event_participant_at", "participant_id", "at"),
        Index("ix_audit_event_actor_at", "actor_id", "at"),
    )


class Setting(DeviceRecord, Base):
    """A key/value setting stored with the data (e.g. the app password's hash, the demo mark)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflict(Record, Base):
    """A change the team database could not take as it was, waiting for a person (issue 21).

    kind: 'field' (both sides changed the same field), 'deleted' (an edit met a
    deletion), 'same_person' (two live participants with the same CPR number),
    or 'merged' (different fields of the same row: merged, recorded, resolved at
    once, so it shows in the history but never waits). The values are the
    JSON encodings of storage/change_values.py.
    """

    __tablename__ = "sync_conflict"
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    base_version: Mapped[int | None] = mapped_column(Integer)
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    server_origin: Mapped[str | None] = mapped_column(String(36))
    server_hlc: Mapped[str | None] = mapped_column(String(40))
    incoming_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    incoming_actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    incoming_origin: Mapped[str | None] = mapped_column(String(36))
    incoming_hlc: Mapped[str | None] = mapped_column(String(40))
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    resolution: Mapped[str | None] = mapped_column(String(20))  # server / incoming / combined
    resolved_value: Mapped[Any] = mapped_column(JSON, nullable=True)

    __table_args__ = (
        Index("ix_sync_conflict_row", "table_name", "row_id"),
        Index("ix_sync_conflict_resolved_at", "resolved_at"),
    )


class TeamDevice(Record, Base):
    """Per laptop (its database id), what the team database has taken from it and when.

    `pushed_up_to` is the highest local change_log id accepted from that
    laptop: a push retried after a broken connection skips what already came.
    """

    __tablename__ = "team_device"
    database_id: Mapped[str] = mapped_column(String(36), unique=True)
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    pushed_up_to: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    last_push_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_pull_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ChangeLog(Base):
    """The outbox: one row per change to a Record, written in the change's transaction.

    Not a Record and never travels itself: it is what travels. `id` is the
    local order (AUTOINCREMENT on SQLite, so an id is never handed out twice
    even after erasure purged the newest rows: the team database skips ids at
    or below what it took from this laptop). `changes` is `{column: [old,
    new]}` in storage/change_values.py's encoding. A pushed entry is deleted
    (storage/sync/outbox.py): every entry here is unsent.
    """

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(10))  # insert / update / delete / erase
    base_version: Mapped[int] = mapped_column(Integer)  # 0 for an insert
    new_version: Mapped[int] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    origin: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        # Erasure purges a person's entries by row; the sync finds a row's last change.
        Index("ix_change_log_table_name_row_id", "table_name", "row_id"),
        {"sqlite_autoincrement": True},
    )


class CourseSummary(Base):
    """The participant list's figures per course, kept by triggers (storage/course_summary.py).

    Derived from the rows of this database and never travels; not a Record, so
    nothing of it is logged, versioned or stamped.
    """

    __tablename__ = "course_summary"
    course_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    last_note_date: Mapped[date | None] = mapped_column(Date)
    first_employer_contact_date: Mapped[date | None] = mapped_column(Date)
    profile_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    plan_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_plan_review: Mapped[date | None] = mapped_column(Date)


SYNCED_TABLES: tuple[str, ...] = tuple(
    name for name, table in Base.metadata.tables.items() if "server_seq" in table.c)
"""The tables whose rows travel: every Record (all but `setting` and `change_log`)."""

for _name in SYNCED_TABLES:
    # The pull reads `server_seq > last pulled` on the team database; a laptop never does.
    Index(f"ix_{_name}_server_seq", Base.metadata.tables[_name].c.server_seq) \
        .ddl_if(dialect="postgresql")


# The tables `check` reports row counts for.
COUNTED_TABLES = (
    Consultant, Participant, Course, Note, EmployerContact, Employer, Placement,
    FormResponse, CalendarEvent, AuditEvent,
)


# Whatever uses the models has its changes logged: the outbox listener registers itself here,
# so no engine or session can be made that forgets it (storage/change_log.py).
from ips_desktop.storage import change_log as _change_log  # noqa: E402, F401
