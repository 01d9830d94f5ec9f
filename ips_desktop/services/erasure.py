"""Erasing a person completely (GDPR art. 17): every row about them, then the file's traces.

The rows go in one transaction with a tombstone in the audit trail (the
person's id and the date, nothing else), so a kill or a full disk leaves the
person whole or gone, never half. The file is overwritten after the commit
(storage/erasure.py); a busy database finishes that at the next unlock.

Who may: a team lead, or a consultant of one of the person's own courses. The
request comes from the person to the team, and the consultant who holds the
course is the one they ask; a consultant cannot erase a colleague's people.

Backups made before the erasure still hold the person until the rotation
(services/backups.py) ends them: `backups_note` tells the date.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.domain.messages import message
from ips_desktop.domain.typed_dates import format_date
from ips_desktop.services import audit, backups
from ips_desktop.services.context import unit_of_work, write_unit
from ips_desktop.services.workspace import Workspace
from ips_desktop.storage import database as store
from ips_desktop.storage import erasure as rows
from ips_desktop.storage.erasure import OverwriteDeferred
from ips_desktop.storage.errors import StorageError, WrongPassword
from ips_desktop.storage.models import Consultant, Course, Participant, utcnow

ENTITY = "participant"

__all__ = ["BackupsNote", "ErasureDone", "ErasurePlan", "NotAllowed", "OverwriteDeferred",
           "UnknownParticipant", "WrongPassword", "backups_note", "erase_participant",
           "erase_participants", "finish_pending", "plan"]


class UnknownParticipant(LookupError):
    """No person with that id (erased already, or a mistyped id); nothing was erased."""

    exit_code = 37
    message_code = "erase_unknown_participant"

    def __init__(self) -> None:
        super().__init__(message(self.message_code))


class NotAllowed(PermissionError):
    """Only a team lead or a consultant of one of the person's courses may erase them."""

    exit_code = 14
    message_code = "erase_not_allowed"

    def __init__(self) -> None:
        super().__init__(message(self.message_code))


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing would remove: rows per table (employer contacts: kept, cleared).

    `names`: each person's name, for the dialog that asks whether to erase them.
    """

    participant_ids: tuple[uuid.UUID, ...]
    counts: dict[str, int]
    names: dict[uuid.UUID, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ErasureDone:
    """The people erased, the rows removed per table, and whether the file is overwritten."""

    participant_ids: tuple[uuid.UUID, ...]
    counts: dict[str, int]
    at: datetime
    overwritten: bool = True

    @property
    def participant_id(self) -> uuid.UUID:
        return self.participant_ids[0]


@dataclass(frozen=True)
class BackupsNote:
    """Until when the automatic backups made before now still hold the erased data.

    `until` is None when the backup folder holds no copy made before now. It
    assumes one automatic backup a day from now on (the rotation keeps the
    newest of each of the last 7 days and 8 weeks that have one), so a laptop
    used less often keeps them longer. `unrotated` are copies that no rotation
    removes: those made before a migration (in the backup folder) and the
    databases a restore kept (`kept/`).
    """

    until: date | None
    held_by: int
    unrotated: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """What the dialog and `erase` say, in the user's language."""
        lines = [message("erase_backups_until", count=self.held_by,
                         date=format_date(self.until))
                 if self.until else message("erase_backups_none"),
                 message("erase_manual_copies")]
        if self.unrotated:
            lines.append(message("erase_unrotated_found", count=len(self.unrotated)))
        return lines


# -- what would go ---------------------------------------------------------------------------

def plan(ws: Workspace, participant_ids: Iterable[uuid.UUID]) -> ErasurePlan:
    """The counts to show before the erasure is confirmed; UnknownParticipant, NotAllowed."""
    ids = tuple(dict.fromkeys(participant_ids))
    with unit_of_work(ws.ctx) as session:
        found = _rows(session, ws, ids)
        names = {pid: name for pid, name in session.execute(
            select(Participant.id, Participant.name).where(Participant.id.in_(ids)))}
    return ErasurePlan(ids, _summed(found), names)


def _rows(session: Session, ws: Workspace,
          ids: Sequence[uuid.UUID]) -> list[rows.PersonRows]:
    found = []
    lead = _is_team_lead(session, ws.ctx.actor_id)
    for participant_id in ids:
        if session.get(Participant, participant_id) is None:
            raise UnknownParticipant()
        if not lead and not _holds_a_course(session, ws.ctx.actor_id, participant_id):
            raise NotAllowed()
        found.append(rows.person_rows(session, participant_id))
    return found


def _summed(found: Sequence[rows.PersonRows]) -> dict[str, int]:
    total: dict[str, int] = {}
    for person in found:
        for table, count in person.counts().items():
            total[table] = total.get(table, 0) + count
    return total


def _is_team_lead(session: Session, actor_id: uuid.UUID | None) -> bool:
    row = session.get(Consultant, actor_id) if actor_id is not None else None
    return row is not None and row.deleted_at is None and row.role == Role.TEAM_LEAD.value


def _holds_a_course(session: Session, actor_id: uuid.UUID | None,
                    participant_id: uuid.UUID) -> bool:
    if actor_id is None:
        return False
    return session.scalar(select(Course.id).where(
        Course.participant_id == participant_id, Course.consultant_id == actor_id).limit(1)
    ) is not None


# -- erasing ---------------------------------------------------------------------------------

def erase_participant(ws: Workspace, participant_id: uuid.UUID, password: str) -> ErasureDone:
    """Erase one person; see `erase_participants`."""
    return erase_participants(ws, [participant_id], password)


def erase_participants(ws: Workspace, participant_ids: Iterable[uuid.UUID],
                       password: str) -> ErasureDone:
    """Erase every row about these people in one transaction, then overwrite the file.

    WrongPassword (an audited failed unlock) before anything is read;
    UnknownParticipant or NotAllowed before anything is erased; DiskFull when
    the disk has no room for the overwrite, ReadOnly when the folder cannot be
    written: nothing erased. OverwriteDeferred when the rows are gone but the
    file was too busy to overwrite (the next unlock finishes it).
    """
    ids = tuple(dict.fromkeys(participant_ids))
    _check_password(ws, password)
    rows.check_room(ws.database.path)
    at = utcnow()
    with write_unit(ws.ctx) as session:
        found = _rows(session, ws, ids)
        for person in found:
            rows.erase_rows(session, person)
        for participant_id in ids:
            audit.record(session, ws.ctx.actor_id, AuditAction.ERASE, ENTITY, participant_id,
                         {}, at=at, participant_id=participant_id)
    counts = _summed(found)
    try:
        rows.overwrite_freed(ws.database.engine, ws.database.path)
    except OverwriteDeferred:
        raise
    except StorageError as exc:  # the disk filled meanwhile, say: the rows are gone all the same
        raise OverwriteDeferred("the erased data is overwritten at the next unlock") from exc
    return ErasureDone(ids, counts, at)


def finish_pending(ws: Workspace) -> bool:
    """Overwrite the file if an erasure was cut off before it; True when one was finished.

    `workspace.unlock` does this by itself; for a window that wants to try again sooner.
    """
    return rows.finish_pending_overwrite(ws.database.engine, ws.database.path)


def _check_password(ws: Workspace, password: str) -> None:
    if store.check_password(ws.database, password):
        return
    with write_unit(ws.ctx) as session:
        audit.record(session, ws.ctx.actor_id, AuditAction.UNLOCK_FAILED,
                     details={"erase": True})
    raise WrongPassword("wrong password")


# -- the backups that still hold the person --------------------------------------------------

_HORIZON_DAYS = 7 * (backups.KEEP_WEEKLY + 2) + backups.KEEP_DAILY


def backups_note(ws: Workspace, now: datetime | None = None) -> BackupsNote:
    """The day the rotation will have removed the last automatic backup made before `now`."""
    now = now or datetime.now()
    folder = backups.backup_folder(ws)
    before = [b.made_at for b in backups.list_backups(ws, folder) if b.made_at <= now]
    unrotated = _unrotated(ws, folder)
    if not before:
        return BackupsNote(None, 0, unrotated)
    return BackupsNote(gone_on(before, now), len(before), unrotated)


def gone_on(before: Sequence[datetime], now: datetime) -> date:
    """The first day on which `to_keep` keeps none of `before`, with one new copy a day."""
    stamps = list(before)
    day = now.date()
    if any(s.date() == day for s in stamps):
        day += timedelta(days=1)  # today's copy is made: the next is tomorrow's
    for _ in range(_HORIZON_DAYS):
        stamps.append(datetime.combine(day, time(23, 59)))
        kept = backups.to_keep(stamps)
        if not any(s in kept for s in before):
            return day
        day += timedelta(days=1)
    return day


def _unrotated(ws: Workspace, folder: Path) -> list[str]:
    """Copies no rotation removes: made before a migration, or kept by a restore."""
    found: list[str] = []
    try:
        found += sorted(p.name for p in folder.glob("ips-before-migration-*.db"))
        kept = ws.database.data_dir.kept
        found += sorted(p.relative_to(kept.parent).as_posix() for p in kept.glob("*/ips.db"))
    except OSError:
        pass
    return found
