"""Opening and closing the database for a front end; the one door to storage.

Front ends never touch storage themselves: they set up, unlock or recover a
workspace here and pass its AppContext to the other services.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.passwords import check_new_password, password_problem
from ips_desktop.services import audit, consultants, policy, psychiatry_units
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage import database as store
from ips_desktop.storage import erasure as erased
from ips_desktop.storage import failed_unlocks, schema
from ips_desktop.storage.database import Database
from ips_desktop.storage.errors import (
    KeyFileDamaged,
    KeyringRefused,
    KeyringUnavailable,
    NotSetUp,
    StorageError,
    WrongPassword,
)
from ips_desktop.storage.keys import keyring_problem
from ips_desktop.storage.vault import DataDir, KeyMode

OWNER_CONSULTANT = "owner_consultant_id"

__all__ = ["KeyFileDamaged", "KeyringRefused", "NotSetUp", "PassphraseModeNotAllowed",
           "StorageError", "Workspace", "WrongPassword", "keyring_problem"]


class PassphraseModeNotAllowed(StorageError):
    """IT's policy forbids a key protected by the password alone, and the keyring fails.

    Raised before anything is written: no database, no key file. A database
    already in passphrase mode still opens (docs/it-guide.md says why).
    """

    exit_code = 39


@dataclass
class Workspace:
    """An unlocked database and the context its services run in."""

    database: Database
    ctx: AppContext

    @property
    def data_dir(self) -> Path:
        return self.database.data_dir.root

    @property
    def key_mode(self) -> KeyMode:
        return self.database.key_mode

    @property
    def recovery_key_unseen(self) -> bool:
        """An interrupted rekey was finished: the key in use has no recovery key yet.

        Front ends say so and offer `rekey`, which shows a new one.
        """
        return store.recovery_key_unseen(self.database)

    def close(self) -> None:
        self.database.close()


def is_set_up(root: Path) -> bool:
    return DataDir(root).is_set_up()


def set_up(root: Path, password: str, *, demo: bool = False,
           use_keyring: bool | None = None) -> tuple[Workspace, str]:
    """Create the database; returns the workspace and the recovery key to show once.

    ValidationError (field `password`) when the password fails the rule;
    KeyringRefused when the keyring exists but will not take the secret.
    """
    check_new_password(password, "password")
    with _keyring_demanded(use_keyring, demo=demo) as use:
        created = store.create_database(root, password, demo=demo, use_keyring=use)
    ws = _workspace(created.database)
    psychiatry_units.add_policy_units(ws.ctx)  # its consultants take IT's municipality as made
    return ws, created.recovery_key


def set_up_on(engine: Engine, root: Path, *, demo: bool = False) -> Workspace:
    """A workspace on a server database already migrated (a team database's engine).

    No key and no database file: the server keeps the data under its own
    authentication; `root` holds only what the app writes beside the data
    (form overrides, exports). The database gets its id and demo mark here.
    """
    ws = _workspace(store.server_database(engine, root, demo=demo))
    psychiatry_units.add_policy_units(ws.ctx)
    return ws


def open_on(engine: Engine, root: Path) -> Workspace:
    """A workspace on a server database set up before (`set_up_on`)."""
    return _workspace(store.open_server_database(engine, root))


@contextmanager
def _keyring_demanded(use_keyring: bool | None, *, demo: bool) -> Iterator[bool | None]:
    """The key mode IT's policy allows: the keyring only, when passphrase mode is not.

    The demo (made-up people) is exempt: it protects no one's data.
    """
    if demo or policy.current().passphrase_mode_allowed:
        yield use_keyring
        return
    if use_keyring is False:
        raise PassphraseModeNotAllowed("passphrase mode is not allowed by policy")
    try:
        yield True
    except KeyringUnavailable as exc:  # KeyringRefused too: never fall back
        raise PassphraseModeNotAllowed("no usable keyring; policy forbids passphrase mode") \
            from exc


def unlock(root: Path, password: str, *, exclusive: bool = True,
           on_backup: Callable[[Path], None] | None = None) -> Workspace:
    """Open with the app password; every wrong password becomes an audit event."""
    backups: list[Path] = []

    def backed_up(path: Path) -> None:
        backups.append(path)
        if on_backup is not None:
            on_backup(path)

    try:
        db = store.open_database(root, password, exclusive=exclusive, on_backup=backed_up)
    except WrongPassword:
        failed_unlocks.remember(DataDir(root))
        raise
    ws = _workspace(db)
    with unit_of_work(ws.ctx) as session:
        for at in failed_unlocks.take(DataDir(root)):
            audit.record(session, None, AuditAction.UNLOCK_FAILED, at=at)
        audit.record(session, ws.ctx.actor_id, AuditAction.UNLOCK)
        if backups:  # the schema was migrated on this open, after a backup copy
            audit.record(session, ws.ctx.actor_id, AuditAction.MIGRATE,
                         details={"to": schema.head_revision()})
    erased.finish_pending_overwrite(db.engine, db.path)  # an erasure cut off before it
    psychiatry_units.add_policy_units(ws.ctx)
    consultants.apply_policy_municipality(ws.ctx)
    return ws


def verify_password(ws: Workspace, password: str) -> bool:
    """The lock screen's check; a wrong password is an audit event like at start-up."""
    ok = store.check_password(ws.database, password)
    with unit_of_work(ws.ctx) as session:
        audit.record(session, ws.ctx.actor_id,
                     AuditAction.UNLOCK if ok else AuditAction.UNLOCK_FAILED,
                     details={"lock_screen": True})
    return ok


def recover(root: Path, recovery_key: str, new_password: str, *,
            use_keyring: bool | None = None) -> Workspace:
    check_new_password(new_password)
    with _keyring_demanded(use_keyring, demo=False) as use:
        ws = _workspace(store.recover(root, recovery_key, new_password, use_keyring=use))
    with unit_of_work(ws.ctx) as session:
        audit.record(session, ws.ctx.actor_id, AuditAction.UNLOCK, details={"recovery": True})
    return ws


def change_password(ws: Workspace, old: str, new: str) -> None:
    """A new app password, after the old one is given again; every field checked at once.

    A wrong old password is a failed unlock in the audit trail; a refused new
    one is no event at all; only a change that was made is recorded as one.
    """
    errors = []
    old_ok = store.check_password(ws.database, old)
    if not old_ok:
        errors.append(FieldError("old_password", message("WrongPassword")))
        with write_unit(ws.ctx) as session:
            audit.record(session, ws.ctx.actor_id, AuditAction.UNLOCK_FAILED, "app_password")
    problem = password_problem(new)
    if problem:
        errors.append(FieldError("new_password", problem))
    if errors:
        raise ValidationError(errors)
    store.change_password(ws.database, new)
    with write_unit(ws.ctx) as session:
        audit.record(session, ws.ctx.actor_id, AuditAction.UPDATE, "app_password")


def rekey(ws: Workspace, password: str,
          progress: Callable[[float], None] | None = None) -> str:
    """Re-encrypt the database under a new key; returns the new recovery key, shown once.

    The old key file, the old keyring secret and the old recovery key open
    nothing afterwards; older backups still open only with the old recovery
    key. The workspace goes on working: its engine is replaced by one on the
    new key. A wrong password is a failed unlock in the audit trail.
    """
    try:
        recovery_key = store.rekey_database(ws.database, password, progress)
    except WrongPassword:
        with unit_of_work(ws.ctx) as session:
            audit.record(session, ws.ctx.actor_id, AuditAction.UNLOCK_FAILED,
                         details={"rekey": True})
        raise
    finally:
        ws.ctx.engine = ws.database.engine  # the new engine, or the same one after a failure
    with unit_of_work(ws.ctx) as session:
        audit.record(session, ws.ctx.actor_id, AuditAction.REKEY)
    return recovery_key


def recovery_key_shown(ws: Workspace) -> None:
    """After a rekey: the new recovery key reached the user, so stop asking for a rekey.

    Until this is called (output to a full disk, a kill before the key was
    printed), every unlock says the recovery key was never seen.
    """
    store.recovery_key_shown(ws.database)


def set_owner(ws: Workspace, consultant_id: uuid.UUID) -> None:
    """The consultant this laptop belongs to; the actor of every change made here."""
    store.write_settings(ws.database.engine, {OWNER_CONSULTANT: str(consultant_id)})
    ws.ctx.actor_id = consultant_id


def delete_demo(ws: Workspace) -> None:
    """Remove a demo database entirely (so `demo` can build a fresh one); never a real one."""
    if not ws.ctx.is_demo:
        raise ValueError("only a demo database can be deleted")
    ws.close()
    store.destroy_database(ws.database.data_dir)


def _workspace(db: Database) -> Workspace:
    owner = store.read_setting(db.engine, OWNER_CONSULTANT)
    ctx = AppContext(engine=db.engine, actor_id=uuid.UUID(owner) if owner else None,
                     is_demo=store.is_demo(db.engine))
    return Workspace(db, ctx)
