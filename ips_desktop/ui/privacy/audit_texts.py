"""The audit trail's words: each kind of event, and the kinds of record an event is about.

Every AuditAction has a word here (a test checks it); a record kind without a
word is shown by its code, which is what the export holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ips_desktop.domain.enums import AuditAction

# Each word written out in full, so that lupdate finds it.
KIND_WORDS: dict[AuditAction, Callable[[], str]] = {
    AuditAction.READ: lambda: QCoreApplication.translate("AuditKinds", "Read"),
    AuditAction.CREATE: lambda: QCoreApplication.translate("AuditKinds", "Created"),
    AuditAction.UPDATE: lambda: QCoreApplication.translate("AuditKinds", "Changed"),
    AuditAction.DELETE: lambda: QCoreApplication.translate("AuditKinds", "Deleted"),
    AuditAction.PRINT: lambda: QCoreApplication.translate("AuditKinds", "Printed"),
    AuditAction.EXPORT: lambda: QCoreApplication.translate("AuditKinds", "Exported"),
    AuditAction.ERASE: lambda: QCoreApplication.translate("AuditKinds", "Erased"),
    AuditAction.UNLOCK: lambda: QCoreApplication.translate("AuditKinds", "Unlocked"),
    AuditAction.UNLOCK_FAILED: lambda: QCoreApplication.translate("AuditKinds", "Failed unlock"),
    AuditAction.BACKUP: lambda: QCoreApplication.translate("AuditKinds", "Backup"),
    AuditAction.RESTORE: lambda: QCoreApplication.translate("AuditKinds", "Restore"),
    AuditAction.MIGRATE: lambda: QCoreApplication.translate("AuditKinds", "Database upgrade"),
    AuditAction.REKEY: lambda: QCoreApplication.translate("AuditKinds", "New database key"),
    AuditAction.MERGE: lambda: QCoreApplication.translate("AuditKinds", "Merged"),
}

RECORD_WORDS: dict[str, Callable[[], str]] = {
    "participant": lambda: QCoreApplication.translate("AuditRecords", "participant"),
    "course": lambda: QCoreApplication.translate("AuditRecords", "course"),
    "note": lambda: QCoreApplication.translate("AuditRecords", "note"),
    "consent": lambda: QCoreApplication.translate("AuditRecords", "consent"),
    "form_response": lambda: QCoreApplication.translate("AuditRecords", "form"),
    "placement": lambda: QCoreApplication.translate("AuditRecords", "job or education"),
    "plan_review": lambda: QCoreApplication.translate("AuditRecords", "plan review"),
    "employer": lambda: QCoreApplication.translate("AuditRecords", "employer"),
    "employer_contact": lambda: QCoreApplication.translate("AuditRecords", "employer contact"),
    "employer_contact_person": lambda: QCoreApplication.translate("AuditRecords", "contact person"),
    "employer_log": lambda: QCoreApplication.translate("AuditRecords", "employer contact log"),
    "job_opening": lambda: QCoreApplication.translate("AuditRecords", "job opening"),
    "calendar_event": lambda: QCoreApplication.translate("AuditRecords", "calendar event"),
    "caseload": lambda: QCoreApplication.translate("AuditRecords", "participant list"),
    "supervision": lambda: QCoreApplication.translate("AuditRecords", "supervision list"),
    "supervision_item": lambda: QCoreApplication.translate("AuditRecords", "supervision note"),
    "consultant": lambda: QCoreApplication.translate("AuditRecords", "consultant"),
    "overview": lambda: QCoreApplication.translate("AuditRecords", "team overview"),
    "fidelity": lambda: QCoreApplication.translate("AuditRecords", "fidelity self-check"),
    "implementation_plan": lambda: QCoreApplication.translate("AuditRecords",
                                                              "implementation plan"),
    "period_report": lambda: QCoreApplication.translate("AuditRecords", "period report"),
    "audit_trail": lambda: QCoreApplication.translate("AuditRecords", "audit trail"),
    "app_password": lambda: QCoreApplication.translate("AuditRecords", "app password"),
    "calendar": lambda: QCoreApplication.translate("AuditRecords", "calendar"),
    "demo": lambda: QCoreApplication.translate("AuditRecords", "demo data"),
    "fidelity_review": lambda: QCoreApplication.translate("AuditRecords", "fidelity review"),
    "implementation_plan_item": lambda: QCoreApplication.translate(
        "AuditRecords", "implementation plan agreement"),
    "overview_comment": lambda: QCoreApplication.translate("AuditRecords",
                                                           "team overview comment"),
    "overview_target": lambda: QCoreApplication.translate("AuditRecords", "expectation"),
    "psychiatry_unit": lambda: QCoreApplication.translate("AuditRecords", "psychiatry unit"),
    "retention": lambda: QCoreApplication.translate("AuditRecords", "erasure due list"),
    "staffing_period": lambda: QCoreApplication.translate("AuditRecords", "staffing"),
    "team": lambda: QCoreApplication.translate("AuditRecords", "team database"),
    "sync_conflict": lambda: QCoreApplication.translate("AuditRecords", "sync conflict"),
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
