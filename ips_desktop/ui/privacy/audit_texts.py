"""The audit trail's words: each kind of event, and the kinds of record an event is about.

Every AuditAction has a word here (a test checks it); a record kind without a
word is shown by its code, which is what the export holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ips_desktop.domain.enums import AuditAction


def _kind(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("AuditKinds", text)


def _entity(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("AuditRecords", text)


KIND_WORDS: dict[AuditAction, Callable[[], str]] = {
    AuditAction.READ: _kind("Read"),
    AuditAction.CREATE: _kind("Created"),
    AuditAction.UPDATE: _kind("Changed"),
    AuditAction.DELETE: _kind("Deleted"),
    AuditAction.PRINT: _kind("Printed"),
    AuditAction.EXPORT: _kind("Exported"),
    AuditAction.ERASE: _kind("Erased"),
    AuditAction.UNLOCK: _kind("Unlocked"),
    AuditAction.UNLOCK_FAILED: _kind("Failed unlock"),
    AuditAction.BACKUP: _kind("Backup"),
    AuditAction.RESTORE: _kind("Restore"),
    AuditAction.MIGRATE: _kind("Database upgrade"),
    AuditAction.REKEY: _kind("New database key"),
    AuditAction.MERGE: _kind("Merged"),
}

RECORD_WORDS: dict[str, Callable[[], str]] = {
    "participant": _entity("participant"),
    "course": _entity("course"),
    "note": _entity("note"),
    "consent": _entity("consent"),
    "form_response": _entity("form"),
    "placement": _entity("job or education"),
    "plan_review": _entity("plan review"),
    "employer": _entity("employer"),
    "employer_contact": _entity("employer contact"),
    "employer_contact_person": _entity("contact person"),
    "employer_log": _entity("employer contact log"),
    "job_opening": _entity("job opening"),
    "calendar_event": _entity("calendar event"),
    "caseload": _entity("participant list"),
    "supervision": _entity("supervision list"),
    "supervision_item": _entity("supervision note"),
    "consultant": _entity("consultant"),
    "overview": _entity("team overview"),
    "fidelity": _entity("fidelity self-check"),
    "implementation_plan": _entity("implementation plan"),
    "period_report": _entity("period report"),
    "audit_trail": _entity("audit trail"),
    "app_password": _entity("app password"),
}


def kind_text(action: str) -> str:
    """The kind's word in the language shown; a value this version does not know, as stored."""
    try:
        return KIND_WORDS[AuditAction(action)]()
    except (ValueError, KeyError):
        return action


def record_text(entity: str | None) -> str:
    if entity is None:
        return ""
    word = RECORD_WORDS.get(entity)
    return word() if word is not None else entity


def system_text() -> str:
    """Who did an event that no consultant did (the app itself: a failed unlock, a migration)."""
    return QCoreApplication.translate("AuditKinds", "system")


def erased_text() -> str:
    """The person an event names who is no longer in the database."""
    return QCoreApplication.translate("AuditKinds", "erased person")
