"""The audit trail: who did what to which record, never the personal data itself."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.storage.models import AuditEvent, utcnow

# Detail values must be ids, counts, enum values or form ids and versions: never free text.
_CODE = re.compile(r"[A-Za-z0-9_.\-]+")
_ALLOWED_DETAIL_TYPES = (int, float, bool, type(None))


def record(
    session: Session,
    actor_id: uuid.UUID | None,
    action: AuditAction,
    entity: str | None = None,
    entity_id: uuid.UUID | None = None,
    details: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    session.add(AuditEvent(
        actor_id=actor_id, action=action.value, entity=entity, entity_id=entity_id,
        details=_safe_details(details or {}), at=at or utcnow(),
    ))


def _safe_details(details: Mapping[str, Any]) -> dict[str, Any]:
    """Keep only values that cannot carry personal data (short codes, numbers, ids)."""
    safe: dict[str, Any] = {}
    for name, value in details.items():
        if isinstance(value, uuid.UUID):
            safe[name] = str(value)
        elif isinstance(value, _ALLOWED_DETAIL_TYPES):
            safe[name] = value
        elif isinstance(value, str) and _CODE.fullmatch(value) \
                and len(value) <= 40:
            safe[name] = value  # an enum value or a code such as a form id
        else:
            raise ValueError(f"audit detail {name!r} must be an id, number or code")
    return safe
