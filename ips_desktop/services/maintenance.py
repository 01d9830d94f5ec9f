"""Check, back up and restore: the IT department's and the scheduled job's use cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit, workspace
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.workspace import Workspace
from ips_desktop.storage import audit_chain, schema
from ips_desktop.storage import backup as backups
from ips_desktop.storage import cipher as ciphers
from ips_desktop.storage import database as store
from ips_desktop.storage import restore as restoring
from ips_desktop.storage.audit_chain import ChainBreak
from ips_desktop.storage.errors import BackupUnverified, Damaged, StorageError, WrongPassword
from ips_desktop.storage.models import COUNTED_TABLES

__all__ = ["ChainBreak", "CheckReport", "check"]


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    cipher: str
    key_mode: str
    schema_revision: str | None
    schema_head: str
    is_demo: bool
    row_counts: dict[str, int | None]  # None: the table could not be read (damaged)
    cipher_integrity: str = "ok"
    damaged_pages: list[int] = field(default_factory=list)
    # The first event at which the audit trail's hash chain breaks (None: whole, or unread).
    audit_chain: ChainBreak | None = None

    @property
    def ok(self) -> bool:
        return (self.integrity == "ok" and self.cipher_integrity == "ok"
                and self.schema_revision == self.schema_head and self.audit_chain is None)

    @property
    def damaged(self) -> bool:
        return bool(self.damaged_pages) or self.integrity != "ok" or self.cipher_integrity != "ok"


def row_counts(ws: Workspace) -> dict[str, int | None]:
    """Live rows per table; a table whose pages are damaged counts as None, not a crash."""
    counts: dict[str, int | None] = {}
    for model in COUNTED_TABLES:
        try:
            with unit_of_work(ws.ctx) as session:
                counts[model.__tablename__] = session.scalar(
                    select(func.count()).select_from(model).where(model.deleted_at.is_(None))
                ) or 0
        except Damaged:
            counts[model.__tablename__] = None
    return counts


def check(ws: Workspace) -> CheckReport:
    """Every page's HMAC and SQLite's structure check, the cipher, the schema, row counts.

    A damaged database is reported (naming its damaged pages), never raised.
    """
    found = ciphers.check_integrity(ws.database.path, ciphers.raw_key_pragma(ws.database.key))
    with ws.database.engine.connect() as conn:
        cipher = ciphers.describe(conn)
        try:
            revision = schema.current_revision(conn)
        except Damaged:
            revision = None
    return CheckReport(
        integrity="; ".join(found.sqlite_problems) or "ok",
        cipher_integrity="; ".join(found.cipher_problems) or "ok",
        damaged_pages=found.damaged_pages,
        cipher=cipher, key_mode=ws.key_mode.value,
        schema_revision=revision, schema_head=schema.head_revision(),
        is_demo=ws.ctx.is_demo, row_counts=row_counts(ws),
        audit_chain=audit_chain_break(ws) if revision == schema.head_revision() else None,
    )


def audit_chain_break(ws: Workspace) -> ChainBreak | None:
    """Walk the audit trail's hash chain; a damaged page is the page check's to report."""
    try:
        with ws.database.engine.connect() as conn:
            state = audit_chain.walk(conn)
            if state.broken is None and audit_chain.guard_removed(conn):
                return ChainBreak(state.events, "unguarded")
            return state.broken
    except Damaged:
        return None


def check_unopenable(root: Path, password: str) -> CheckReport:
    """`check` of a database whose damage stops it from opening: the pages, nothing else."""
    found = store.integrity_of(root, password)
    return CheckReport(
        integrity="; ".join(found.sqlite_problems) or "ok",
        cipher_integrity="; ".join(found.cipher_problems) or "ok",
        damaged_pages=found.damaged_pages, cipher="?", key_mode="?", schema_revision=None,
        schema_head=schema.head_revision(), is_demo=False, row_counts={},
    )


def backup(ws: Workspace, out: Path, *, replace: bool = False) -> Path:
    """An encrypted copy, consistent while the app keeps working; the recovery key opens it.

    Never over the live data or anywhere else in the data directory but its
    backups folder, and over an existing file only when `replace` is asked.
    The copy is verified (pages, integrity, row counts) before it counts.
    """
    target = backups.check_target(ws.database.data_dir, out, replace=replace)
    counts = write_verified(ws, target)
    with unit_of_work(ws.ctx) as session:
        audit.record(session, ws.ctx.actor_id, AuditAction.BACKUP,
                     details={"rows": sum(counts.values()), "verified": True})
    return target


def write_verified(ws: Workspace, target: Path) -> dict[str, int]:
    """Export to `target`, then read it back; BackupUnverified (and no file) if it differs."""
    counts = backups.export_copy(ws.database.path, ws.database.key, target)
    try:
        verdict = backups.verify_copy(target, ws.database.key)
        copied = backups.read_counts(target, ws.database.key)
    except StorageError as exc:
        target.unlink(missing_ok=True)
        raise BackupUnverified(f"{target.name} cannot be read back") from exc
    if verdict != "ok" or copied != counts:
        target.unlink(missing_ok=True)
        raise BackupUnverified(f"{target.name} failed its verification")
    return counts


def check_restorable(ws: Workspace, backup_file: Path, password: str) -> None:
    """Would `restore` accept this file with this password? Read-only; the window asks first."""
    if not store.check_password(ws.database, password):
        with unit_of_work(ws.ctx) as session:
            audit.record(session, ws.ctx.actor_id, AuditAction.UNLOCK_FAILED,
                         details={"restore": True})
        raise WrongPassword("wrong password")
    restoring.check_restorable(ws.database, backup_file, password)


def restore(root: Path, backup_file: Path, password: str, *,
            recovery_key: str | None = None) -> Path:
    """Replace the database with a verified backup; returns the folder the old one is kept in.

    The restored database is then opened (migrating an older backup) and the
    restore is recorded in its own audit trail.
    """
    restored = restoring.restore_database(root, backup_file, password, recovery_key=recovery_key)
    ws = workspace.unlock(root, password)
    try:
        with unit_of_work(ws.ctx) as session:
            audit.record(session, ws.ctx.actor_id, AuditAction.RESTORE,
                         details={"recovery_key": bool(recovery_key)})
    finally:
        ws.close()
    return restored.kept
