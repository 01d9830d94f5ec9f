"""Where a laptop keeps its team database password: the OS keyring, or the encrypted database.

Keyring mode: the keyring entry `team-<database id>` under service
`ips-desktop`, beside the database key's secret (storage/keys.py), with the
same refusal of keyrings that store secrets in plain text. Passphrase mode
has no keyring: the password is kept in the encrypted database itself (the
`setting` row `team_password`, which never travels), so it is as safe as the
database and opens with it.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from sqlalchemy import Engine

from ips_desktop.storage.database import delete_settings, read_setting, write_settings
from ips_desktop.storage.errors import KeyMissing, KeyringRefused, KeyringUnavailable
from ips_desktop.storage.keyring_local import prepare_for_saving
from ips_desktop.storage.keys import SERVICE, keyring_problem

IN_DATABASE = "team_password"


def entry_name(database_id: str) -> str:
    return f"team-{database_id}"


def save(engine: Engine, database_id: str, password: str, *, in_keyring: bool) -> None:
    """Keep the password; the other place is cleared, so only one ever holds it."""
    if in_keyring:
        problem = keyring_problem()
        if problem:
            raise KeyringUnavailable(problem)
        try:
            prepare_for_saving(keyring.get_keyring())  # Windows: not roaming with the profile
            keyring.set_password(SERVICE, entry_name(database_id), password)
        except Exception as exc:  # any backend failure; KeyringError above all
            if isinstance(exc, keyring.errors.KeyringLocked):
                raise KeyringRefused("the keyring is locked") from exc
            raise KeyringRefused(f"the keyring refused: {type(exc).__name__}") from exc
        _forget_in_database(engine)
    else:
        write_settings(engine, {IN_DATABASE: password})
        _forget_in_keyring(database_id)


def load(engine: Engine, database_id: str) -> str:
    """The password kept at join; KeyMissing when neither place has it (a new keyring)."""
    kept = read_setting(engine, IN_DATABASE)
    if kept is not None:
        return kept
    problem = keyring_problem()
    if problem:
        raise KeyringUnavailable(problem)
    try:
        value = keyring.get_password(SERVICE, entry_name(database_id))
    except Exception as exc:  # KeyringLocked, a D-Bus error, …
        raise KeyringRefused(f"the keyring refused: {type(exc).__name__}") from exc
    if value is None:
        raise KeyMissing("the keyring has no team database password")
    return value


def forget(engine: Engine, database_id: str) -> None:
    _forget_in_database(engine)
    _forget_in_keyring(database_id)


def _forget_in_database(engine: Engine) -> None:
    delete_settings(engine, [IN_DATABASE])


def _forget_in_keyring(database_id: str) -> None:
    with contextlib.suppress(Exception):  # none there, or no keyring: nothing to forget
        keyring.delete_password(SERVICE, entry_name(database_id))
