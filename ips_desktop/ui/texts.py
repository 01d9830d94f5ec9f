"""The user's-language words for the domain's fixed vocabularies (phases, note kinds …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ips_desktop.domain.enums import (
    ContactMode,
    ContactOutcome,
    ContactPurpose,
    EndReason,
    EventKind,
    NoteKind,
    NotePlace,
    Phase,
)


def phase_text(phase: Phase) -> str:
    return {
        Phase.REFERRED: QCoreApplication.translate("Phase", "Referred"),
        Phase.ENGAGED: QCoreApplication.translate("Phase", "Engagement"),
        Phase.JOB_SEARCH: QCoreApplication.translate("Phase", "Job search"),
        Phase.IN_JOB_OR_EDUCATION: QCoreApplication.translate("Phase", "In job or education"),
        Phase.FOLLOW_ALONG: QCoreApplication.translate("Phase", "Follow-along support"),
        Phase.ENDED: QCoreApplication.translate("Phase", "Ended"),
    }[phase]


def note_kind_text(kind: NoteKind) -> str:
    return {
        NoteKind.MEETING: QCoreApplication.translate("NoteKind", "Meeting"),
        NoteKind.PHONE: QCoreApplication.translate("NoteKind", "Phone call"),
        NoteKind.TEXT_MESSAGE: QCoreApplication.translate("NoteKind", "Text message"),
        NoteKind.HOME_VISIT: QCoreApplication.translate("NoteKind", "Home visit"),
        NoteKind.WITH_CLINICIAN: QCoreApplication.translate("NoteKind", "With clinician"),
        NoteKind.JOINT_START_UP: QCoreApplication.translate("NoteKind", "Joint start-up meeting"),
    }[kind]


def note_place_text(place: NotePlace) -> str:
    return {
        NotePlace.COMMUNITY: QCoreApplication.translate("NotePlace", "In the community"),
        NotePlace.EMPLOYER: QCoreApplication.translate("NotePlace", "At the employer"),
        NotePlace.VIDEO: QCoreApplication.translate("NotePlace", "By video"),
        NotePlace.JOBCENTER: QCoreApplication.translate("NotePlace", "Jobcenter"),
        NotePlace.PSYCHIATRY: QCoreApplication.translate("NotePlace", "Psychiatry"),
    }[place]


def end_reason_text(reason: EndReason) -> str:
    return {
        EndReason.PARTICIPANT_WISH: QCoreApplication.translate(
            "EndReason", "The participant's wish"
        ),
        EndReason.GOAL_REACHED: QCoreApplication.translate(
            "EndReason", "In job or education, and support no longer wanted"
        ),
        EndReason.MOVED_AWAY: QCoreApplication.translate("EndReason", "Moved away"),
        EndReason.ENDED_TREATMENT: QCoreApplication.translate("EndReason", "Treatment ended"),
        EndReason.OTHER: QCoreApplication.translate("EndReason", "Other"),
    }[reason]


def contact_mode_text(mode: ContactMode) -> str:
    return {
        ContactMode.FACE_TO_FACE: QCoreApplication.translate("ContactMode", "Face to face"),
        ContactMode.PHONE: QCoreApplication.translate("ContactMode", "Phone"),
        ContactMode.EMAIL: QCoreApplication.translate("ContactMode", "E-mail"),
        ContactMode.VIDEO: QCoreApplication.translate("ContactMode", "Video"),
    }[mode]


def contact_purpose_text(purpose: ContactPurpose) -> str:
    return {
        ContactPurpose.NETWORKING: QCoreApplication.translate(
            "ContactPurpose", "Getting to know the business"),
        ContactPurpose.FOR_PARTICIPANT: QCoreApplication.translate(
            "ContactPurpose", "A job for a named participant"),
        ContactPurpose.FOLLOW_ALONG: QCoreApplication.translate(
            "ContactPurpose", "Follow-along support for someone working there"),
    }[purpose]


def contact_purpose_short_text(purpose: ContactPurpose) -> str:
    """The purpose in a word or two, for table cells; the long text goes in the tooltip
    (the long one does not fit a column and was cut to "Lære virks…")."""
    return {
        ContactPurpose.NETWORKING: QCoreApplication.translate("ContactPurposeShort", "Networking"),
        ContactPurpose.FOR_PARTICIPANT: QCoreApplication.translate(
            "ContactPurposeShort", "Job for participant"),
        ContactPurpose.FOLLOW_ALONG: QCoreApplication.translate(
            "ContactPurposeShort", "Follow-along"),
    }[purpose]


def contact_outcome_text(outcome: ContactOutcome) -> str:
    return {
        ContactOutcome.MEETING_AGREED: QCoreApplication.translate(
            "ContactOutcome", "Meeting agreed"),
        ContactOutcome.OPENING_FOUND: QCoreApplication.translate(
            "ContactOutcome", "Opening found"),
        ContactOutcome.NO_OPENING: QCoreApplication.translate("ContactOutcome", "No opening now"),
        ContactOutcome.HIRED: QCoreApplication.translate("ContactOutcome", "Hired"),
        ContactOutcome.OTHER: QCoreApplication.translate("ContactOutcome", "Other"),
    }[outcome]


def event_kind_text(kind: EventKind) -> str:
    return {
        EventKind.PRESENCE_DAY: QCoreApplication.translate("EventKind", "Presence in psychiatry"),
        EventKind.TREATMENT_CONFERENCE: QCoreApplication.translate(
            "EventKind", "Treatment conference"),
        EventKind.JOINT_START_UP: QCoreApplication.translate("EventKind", "Joint start-up meeting"),
        EventKind.PARTICIPANT_MEETING: QCoreApplication.translate(
            "EventKind", "Meeting with participant"),
        EventKind.EMPLOYER_MEETING: QCoreApplication.translate("EventKind", "Employer visit"),
        EventKind.SUPERVISION: QCoreApplication.translate("EventKind", "Group supervision"),
        EventKind.OTHER: QCoreApplication.translate("EventKind", "Other"),
    }[kind]
