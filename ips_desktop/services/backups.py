"""Automatic backups: once a day into the backup folder, verified, 7 daily and 8 weekly kept.

Laptops get lost and disks die, so a copy is made without anyone thinking of
it: at the first unlock of the day, at exit, and by `ips-desktop backup --auto`
from a scheduler. The folder is the data directory's `backups/` unless the user
or IT chose another (a network drive, say); a chosen folder that is not there
is "unreachable" and tried again later, never created on the local disk under
an unmounted drive's name.

Files are named `ips-backup-<database id>-<YYYYmmdd-HHMMSS>.db`, so several
databases can share one folder and each rotates only its own copies.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit, maintenance, policy
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.workspace import Workspace
from ips_desktop.storage import backup as storage_backup
from ips_desktop.storage import database as store
from ips_desktop.storage import files
from ips_desktop.storage.backup import check_cancelled, watching
from ips_desktop.storage.errors import (
    BackupCancelled,
    BackupFolderUnreachable,
    BackupTargetUnwritable,
    BackupUnverified,
)

FOLDER_SETTING = "backup_folder"
FOLDER_ENV = "IPS_DESKTOP_BACKUP_DIR"
KEEP_DAILY, KEEP_WEEKLY = 7, 8
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"ips-backup-(?P<id>[0-9a-f]{8})-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db")

Clock = Callable[[], datetime]

__all__ = ["AutoResult", "BackupCancelled", "BackupFile", "BackupFolderUnreachable",
           "backup_folder", "check_cancelled", "chosen_folder", "is_due", "list_backups",
           "make_backup", "policy_folder", "read_counts", "rotate", "run_auto", "set_folder",
           "to_keep", "watching"]


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    size: int


@dataclass(frozen=True)
class AutoResult:
    """What `run_auto` did: `made` is None when a backup of today already existed."""

    folder: Path
    made: BackupFile | None
    removed: list[Path] = field(default_factory=list)
    latest: BackupFile | None = None  # the newest copy in the folder now


# -- where -------------------------------------------------------------------------------

def chosen_folder(ws: Workspace) -> Path | None:
    """The folder chosen in the settings, kept in the database (the CLI reads it too)."""
    value = store.read_setting(ws.database.engine, FOLDER_SETTING)
    return Path(value) if value else None


def policy_folder(ws: Workspace) -> Path | None:
    """IT's `backup_folder`, for a real database (None: the user chooses)."""
    return None if ws.ctx.is_demo else policy.folder("backup_folder")


def set_folder(ws: Workspace, folder: Path | None) -> None:
    store.write_settings(ws.database.engine, {FOLDER_SETTING: str(folder) if folder else ""})


def backup_folder(ws: Workspace, override: Path | None = None) -> Path:
    """An explicit folder, else IT's policy file or $IPS_DESKTOP_BACKUP_DIR, else the chosen
    one, else backups/. The policy's folder is locked in the settings; `--folder` still
    names another for one run (IT's own scripts may need it). The demo's made-up data
    never goes to IT's folder."""
    env = os.environ.get(FOLDER_ENV, "").strip()
    chosen = override or policy_folder(ws) or (Path(env) if env else None) \
        or chosen_folder(ws)
    return chosen.expanduser() if chosen else ws.database.data_dir.backups


def _reachable(ws: Workspace, folder: Path) -> Path:
    """Create the default folder; a chosen one must already be there (a mounted drive)."""
    try:
        if folder == ws.database.data_dir.backups:
            files.ensure_private_dir(folder)
        elif not folder.is_dir():
            raise BackupFolderUnreachable("the backup folder is not there")
    except OSError as exc:
        raise BackupFolderUnreachable("the backup folder cannot be created") from exc
    return folder


# -- what is there -----------------------------------------------------------------------

def _database_tag(ws: Workspace) -> str:
    database_id = store.read_setting(ws.database.engine, store.DATABASE_ID) or ""
    tag = database_id.replace("-", "")[:8].lower()
    return tag if re.fullmatch(r"[0-9a-f]{8}", tag) else "00000000"


def list_backups(ws: Workspace, folder: Path | None = None) -> list[BackupFile]:
    """This database's automatic backups in the folder, newest first ([] if unreachable)."""
    folder = folder or backup_folder(ws)
    tag = _database_tag(ws)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.fullmatch(path.name)
        if not match or match["id"] != tag:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(path, datetime.strptime(match["stamp"], _STAMP), size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def to_keep(stamps: Iterable[datetime], daily: int = KEEP_DAILY,
            weekly: int = KEEP_WEEKLY) -> set[datetime]:
    """The newest copy of each of the last `daily` days and `weekly` ISO weeks that have one.

    Counted over days that have a backup, as borg's prune does: a laptop left
    in a drawer for a month still keeps its last seven copies.
    """
    newest_first = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set()
    for period, count in ((lambda t: t.date(), daily),
                          (lambda t: tuple(t.isocalendar())[:2], weekly)):
        seen: set[object] = set()
        for stamp in newest_first:
            key = period(stamp)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(stamp)
    return keep


def rotate(ws: Workspace, folder: Path) -> list[Path]:
    """Delete this database's copies that `to_keep` does not keep; returns what went."""
    backups = list_backups(ws, folder)
    keep = to_keep(b.made_at for b in backups)
    kept_stamps: set[datetime] = set()
    removed = []
    for b in backups:  # newest first: of two in the same second, the newer stays
        if b.made_at in keep and b.made_at not in kept_stamps:
            kept_stamps.add(b.made_at)
            continue
        b.path.unlink(missing_ok=True)
        removed.append(b.path)
    return removed


def is_due(ws: Workspace, now: datetime, folder: Path | None = None) -> bool:
    """Once a day: due when the folder holds no copy made today."""
    return not any(b.made_at.date() == now.date() for b in list_backups(ws, folder))


# -- making one --------------------------------------------------------------------------

def make_backup(ws: Workspace, folder: Path | None = None, *,
                now: Clock = datetime.now) -> BackupFile:
    """A verified copy in the backup folder, audited; then the old copies are rotated."""
    folder = _reachable(ws, folder or backup_folder(ws))
    made_at = now().replace(microsecond=0)
    base = f"ips-backup-{_database_tag(ws)}-{made_at.strftime(_STAMP)}"
    target, n = folder / f"{base}.db", 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}.db"
    target = storage_backup.check_target(ws.database.data_dir, target)
    check_cancelled()
    try:
        counts = maintenance.write_verified(ws, target)  # `watching` may stop it: no file then
        size = target.stat().st_size
    except (OSError, BackupTargetUnwritable) as exc:  # the chosen folder: retried later
        raise BackupFolderUnreachable("the backup could not be written") from exc
    except BackupUnverified:
        check_cancelled()  # stopped while it was read back: skipped, not unverified
        raise
    with unit_of_work(ws.ctx) as session:
        audit.record(session, ws.ctx.actor_id, AuditAction.BACKUP,
                     details={"auto": True, "verified": True, "rows": sum(counts.values())})
    return BackupFile(target, made_at, size)


def run_auto(ws: Workspace, folder: Path | None = None, *,
             now: Clock = datetime.now) -> AutoResult:
    """The daily backup if it is due, then rotation; BackupFolderUnreachable to retry later."""
    folder = _reachable(ws, folder or backup_folder(ws))
    if not is_due(ws, now(), folder):
        return AutoResult(folder, None, latest=next(iter(list_backups(ws, folder)), None))
    made = make_backup(ws, folder, now=now)
    return AutoResult(folder, made, rotate(ws, folder), latest=made)


def read_counts(ws: Workspace, path: Path) -> dict[str, int]:
    """A backup's row counts, opened read-only with this database's key (the dialog's)."""
    return storage_backup.read_counts(path, ws.database.key)
