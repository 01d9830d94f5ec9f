"""On Windows, the database key stays on this machine: it must not roam with the profile.

keyring's Windows backend (WinVaultKeyring, the Credential Manager) stores
credentials with CRED_PERSIST_ENTERPRISE by default, and such a credential
travels with a roaming profile to every machine the user signs in to — with
it the key of a database that should never leave the laptop. Set to
CRED_PERSIST_LOCAL_MACHINE, it stays in this machine's Credential Manager;
the recovery key is what opens the database elsewhere.
"""

from __future__ import annotations

import sys
from typing import Any

from keyring.backend import KeyringBackend
from keyring.backends import chainer

LOCAL_MACHINE = "local machine"  # keyring turns it into win32cred.CRED_PERSIST_LOCAL_MACHINE


def keep_credentials_local(backend: KeyringBackend) -> int:
    """Make every Credential Manager backend in `backend` persist locally; returns how many.

    Any backend with keyring's `persist` property is one (WinVaultKeyring).
    A chainer builds new backend objects on every use, so the setting is also
    put on the backend's class, where every new one finds it.
    """
    targets: list[Any] = (backend.backends if isinstance(backend, chainer.ChainerBackend)
                          else [backend])
    count = 0
    for target in targets:
        if not hasattr(type(target), "persist"):
            continue
        target.persist = LOCAL_MACHINE
        type(target)._persist = target._persist
        count += 1
    return count


def prepare_for_saving(backend: KeyringBackend) -> None:
    """Called before a key is stored: on Windows only, credentials persist locally."""
    if sys.platform == "win32":
        keep_credentials_local(backend)
