"""The fixed vocabularies of IPS work, stored by their string values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CONSULTANT = "consultant"
    TEAM_LEAD = "team_lead"


class Phase(StrEnum):
    """A course's phase (GLOSSARY: henvist → opstart → jobsøgning → … → afsluttet)."""

    REFERRED = "referred"
    ENGAGED = "engaged"
    JOB_SEARCH = "job_search"
    IN_JOB_OR_EDUCATION = "in_job_or_education"
    FOLLOW_ALONG = "follow_along"
    ENDED = "ended"


OPEN_PHASES = frozenset(Phase) - {Phase.ENDED}

_PHASE_ORDER = (Phase.REFERRED, Phase.ENGAGED, Phase.JOB_SEARCH, Phase.IN_JOB_OR_EDUCATION,
                Phase.FOLLOW_ALONG)


def next_phase(phase: Phase) -> Phase:
    """The phase a course usually moves to from `phase`, offered first when it changes.

    From follow-along support the usual move is back to job search (a job ended
    and a new one is sought); an ended course has no next phase of its own.
    """
    if phase not in _PHASE_ORDER:
        return Phase.JOB_SEARCH
    index = _PHASE_ORDER.index(phase)
    return _PHASE_ORDER[index + 1] if index + 1 < len(_PHASE_ORDER) else Phase.JOB_SEARCH


class EndReason(StrEnum):
    """Why a course ended; IPS ends support only at the person's wish or a stated end (002)."""

    PARTICIPANT_WISH = "participant_wish"
    GOAL_REACHED = "goal_reached"  # in job or education, and no more support wanted
    MOVED_AWAY = "moved_away"
    ENDED_TREATMENT = "ended_treatment"
    OTHER = "other"  # says what in its own words (Course.end_reason_text)


class FormStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class PlacementKind(StrEnum):
    JOB = "job"
    EDUCATION = "education"


class PlacementEndReason(StrEnum):
    QUIT = "quit"
    DISMISSED = "dismissed"
    TEMPORARY_JOB_ENDED = "temporary_job_ended"
    COMPLETED_EDUCATION = "completed_education"
    OTHER = "other"


class NoteKind(StrEnum):
    MEETING = "meeting"
    PHONE = "phone"
    TEXT_MESSAGE = "text_message"
    HOME_VISIT = "home_visit"
    WITH_CLINICIAN = "with_clinician"
    JOINT_START_UP = "joint_start_up"


FIRST_MEETING_NOTE_KINDS = frozenset({NoteKind.MEETING, NoteKind.HOME_VISIT,
                                      NoteKind.JOINT_START_UP})
"""Contacts that are a meeting with the participant, so the first one held is the first meeting.

A phone call, a text message or a talk with the clinician alone is not.
"""


class NotePlace(StrEnum):
    COMMUNITY = "community"
    EMPLOYER = "employer"  # at the workplace (*hos virksomheden*)
    VIDEO = "video"
    JOBCENTER = "jobcenter"
    PSYCHIATRY = "psychiatry"


class ContactMode(StrEnum):
    """How an employer was contacted; only face-to-face counts toward the weekly reference."""

    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    EMAIL = "email"
    VIDEO = "video"


FACE_TO_FACE_MODES = frozenset({ContactMode.FACE_TO_FACE})


class ContactPurpose(StrEnum):
    """Why the employer was contacted (migration 0005 folded *job_development* into networking)."""

    NETWORKING = "networking"  # getting to know the business (*lære virksomheden at kende*)
    FOR_PARTICIPANT = "for_participant"  # a job for a named participant
    FOLLOW_ALONG = "follow_along"  # support for someone already working there


PARTICIPANT_PURPOSES = frozenset({ContactPurpose.FOR_PARTICIPANT, ContactPurpose.FOLLOW_ALONG})
"""Purposes that are about one participant, so the contact names them."""


class ContactOutcome(StrEnum):
    """What came of an employer contact; the text beside it says more."""

    MEETING_AGREED = "meeting_agreed"
    OPENING_FOUND = "opening_found"  # becomes a job opening (JobOpening)
    NO_OPENING = "no_opening"  # no opening now
    HIRED = "hired"
    OTHER = "other"


class OpeningStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


class EventKind(StrEnum):
    PRESENCE_DAY = "presence_day"
    TREATMENT_CONFERENCE = "treatment_conference"
    JOINT_START_UP = "joint_start_up"
    PARTICIPANT_MEETING = "participant_meeting"
    EMPLOYER_MEETING = "employer_meeting"
    SUPERVISION = "supervision"
    OTHER = "other"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    READ = "read"
    PRINT = "print"
    EXPORT = "export"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    BACKUP = "backup"
    RESTORE = "restore"
    MIGRATE = "migrate"
    REKEY = "rekey"
    MERGE = "merge"
    ERASE = "erase"
