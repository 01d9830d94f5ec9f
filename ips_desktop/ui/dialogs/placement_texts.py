"""The user's-language words for jobs, educations and openings (kinds, end reasons, status).

Beside ui/texts.py rather than in it: the employer area, the participant page
and the record dialogs all show them, and ui/dialogs is what they may share.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ips_desktop.domain.enums import OpeningStatus, PlacementEndReason, PlacementKind
from ips_desktop.domain.messages import current_language


def placement_kind_text(kind: PlacementKind) -> str:
    return {
        PlacementKind.JOB: QCoreApplication.translate("PlacementKind", "Job"),
        PlacementKind.EDUCATION: QCoreApplication.translate("PlacementKind", "Education"),
    }[kind]


def placement_end_reason_text(reason: PlacementEndReason) -> str:
    return {
        PlacementEndReason.QUIT: QCoreApplication.translate(
            "PlacementEndReason", "Left of their own accord"),
        PlacementEndReason.DISMISSED: QCoreApplication.translate(
            "PlacementEndReason", "Dismissed"),
        PlacementEndReason.TEMPORARY_JOB_ENDED: QCoreApplication.translate(
            "PlacementEndReason", "A temporary job ended"),
        PlacementEndReason.COMPLETED_EDUCATION: QCoreApplication.translate(
            "PlacementEndReason", "Education completed"),
        PlacementEndReason.OTHER: QCoreApplication.translate("PlacementEndReason", "Other"),
    }[reason]


def opening_status_text(status: OpeningStatus) -> str:
    return {
        OpeningStatus.OPEN: QCoreApplication.translate("OpeningStatus", "Open"),
        OpeningStatus.FILLED: QCoreApplication.translate("OpeningStatus", "Filled"),
        OpeningStatus.CLOSED: QCoreApplication.translate("OpeningStatus", "Closed"),
    }[status]


def hours_text(hours: float | None) -> str:
    """37 or 37,5 (a decimal comma in Danish and bokmål); "" when not known."""
    if hours is None:
        return ""
    whole = f"{hours:g}"
    return whole if current_language() == "en" else whole.replace(".", ",")


def parse_hours(text: str) -> float | str | None:
    """Hours as typed ("37", "37,5", "37.5"); None when empty, the text itself when not a
    number (the service then says so at the field)."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return text
