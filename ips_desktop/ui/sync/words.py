"""A conflict in plain words: what kind of record, which field, and a value as a person reads it.

The sync knows tables and columns; a consultant knows "the participant's
phone number". Names not listed here fall back to the column's name with
spaces, which is still better than nothing and never hides a conflict.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

# Bookkeeping a person never changed by hand: left out when a whole row is shown.
_BOOKKEEPING = frozenset({"id", "version", "origin", "changed_by", "server_seq", "created_at",
                          "updated_at", "deleted_at"})


def table_text(table_name: str) -> str:
    words = {
        "participant": QCoreApplication.translate("SyncWords", "Participant"),
        "course": QCoreApplication.translate("SyncWords", "Course"),
        "note": QCoreApplication.translate("SyncWords", "Note"),
        "consent": QCoreApplication.translate("SyncWords", "Consent"),
        "form_response": QCoreApplication.translate("SyncWords", "Form"),
        "plan_review": QCoreApplication.translate("SyncWords", "Plan review"),
        "employer": QCoreApplication.translate("SyncWords", "Employer"),
        "employer_contact": QCoreApplication.translate("SyncWords", "Employer contact"),
        "employer_contact_person": QCoreApplication.translate("SyncWords", "Contact person"),
        "job_opening": QCoreApplication.translate("SyncWords", "Job opening"),
        "placement": QCoreApplication.translate("SyncWords", "Job or education"),
        "calendar_event": QCoreApplication.translate("SyncWords", "Calendar event"),
        "consultant": QCoreApplication.translate("SyncWords", "Consultant"),
        "supervision_item": QCoreApplication.translate("SyncWords", "Supervision item"),
        "phase_change": QCoreApplication.translate("SyncWords", "Phase change"),
    }
    return words.get(table_name, table_name.replace("_", " "))


def field_text(field: str | None) -> str:
    if field is None:
        return ""
    if "." in field:
        answer = field.split(".", 1)[1].replace("_", " ")
        return QCoreApplication.translate("SyncWords", "answer “%1”").replace("%1", answer)
    words = {
        "name": QCoreApplication.translate("SyncWords", "name"),
        "cpr": QCoreApplication.translate("SyncWords", "national ID number"),
        "phone": QCoreApplication.translate("SyncWords", "phone"),
        "email": QCoreApplication.translate("SyncWords", "email"),
        "address": QCoreApplication.translate("SyncWords", "address"),
        "municipality": QCoreApplication.translate("SyncWords", "municipality"),
        "text": QCoreApplication.translate("SyncWords", "text"),
        "note_date": QCoreApplication.translate("SyncWords", "date"),
        "kind": QCoreApplication.translate("SyncWords", "kind"),
        "place": QCoreApplication.translate("SyncWords", "place"),
        "referral_date": QCoreApplication.translate("SyncWords", "referral date"),
        "referral_source": QCoreApplication.translate("SyncWords", "referred by"),
        "clinician": QCoreApplication.translate("SyncWords", "clinician"),
        "psychiatry_unit": QCoreApplication.translate("SyncWords", "psychiatry unit"),
        "first_meeting_date": QCoreApplication.translate("SyncWords", "first meeting"),
        "ended_on": QCoreApplication.translate("SyncWords", "end date"),
        "end_reason": QCoreApplication.translate("SyncWords", "reason for ending"),
        "end_reason_text": QCoreApplication.translate("SyncWords", "reason for ending"),
        "title": QCoreApplication.translate("SyncWords", "title"),
        "starts_at": QCoreApplication.translate("SyncWords", "start"),
        "ends_at": QCoreApplication.translate("SyncWords", "end"),
        "contact_date": QCoreApplication.translate("SyncWords", "date"),
        "summary": QCoreApplication.translate("SyncWords", "summary"),
    }
    return words.get(field, field.replace("_", " "))


def value_text(value: Any) -> str:
    """One side's value (its JSON form) as text; a whole row (edit against deletion) too."""
    if value is None or value == "":
        return QCoreApplication.translate("SyncWords", "(empty)")
    if isinstance(value, dict):
        if value.get("deleted_at"):
            return QCoreApplication.translate("SyncWords", "Deleted")
        lines = [f"{field_text(k)}: {value_text(v)}" for k, v in value.items()
                 if k not in _BOOKKEEPING]
        return "\n".join(lines) if lines else QCoreApplication.translate("SyncWords", "Kept")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("SyncWords", "yes")
        return QCoreApplication.translate("SyncWords", "no")
    if isinstance(value, str):
        return _date_text(value) or value
    return str(value)


def _date_text(value: str) -> str | None:
    """An ISO date or instant as people read it (3.12.2026); None when it is not one."""
    if len(value) == 10:
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return None
    if len(value) >= 19 and value[4] == "-" and value[10] in "T ":
        try:
            return when_text(datetime.fromisoformat(value))
        except ValueError:
            return None
    return None


def when_text(at: datetime | None) -> str:
    """An instant in this computer's time zone: 03.12.2026 14:02."""
    if at is None:
        return QCoreApplication.translate("SyncWords", "time unknown")
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%d.%m.%Y %H:%M")


def side_text(actor_name: str | None, at: datetime | None, here: bool) -> str:
    """Who made a value and when, and whether on this computer."""
    who = actor_name or QCoreApplication.translate("SyncWords", "unknown consultant")
    if at is None:  # a same-person offer: the records' own stamps are not the sync's
        text = QCoreApplication.translate("SyncWords", "By %1").replace("%1", who)
    else:
        text = QCoreApplication.translate("SyncWords", "By %1, %2")
        text = text.replace("%1", who).replace("%2", when_text(at))
    if here:
        text += " " + QCoreApplication.translate("SyncWords", "(on this computer)")
    return text
