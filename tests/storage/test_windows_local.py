"""Windows: the database in local (not roaming) app data, the keyring credential not roaming.

What runs here is the logic, against keyring's own WinVaultKeyring class with
stand-in win32cred constants; a real Credential Manager and a roaming profile
are not on this machine (see the report of issue 12 for what was not tested).
"""

from __future__ import annotations

import types

import platformdirs
import pytest
from keyring.backends import Windows, chainer

from ips_desktop import paths
from ips_desktop.storage import keyring_local
from ips_desktop.storage.keys import KeyringSecret
from tests.conftest import MemoryKeyring

pytestmark = pytest.mark.sqlite_only(
    reason="where the SQLCipher file and its keyring entry live on Windows")

WIN32CRED = types.SimpleNamespace(CRED_PERSIST_SESSION=1, CRED_PERSIST_LOCAL_MACHINE=2,
                                  CRED_PERSIST_ENTERPRISE=3)


def test_the_data_directory_is_local_app_data(monkeypatch):
    asked = {}

    def user_data_dir(*args, **kwargs):
        asked.update(args=args, kwargs=kwargs)
        return "/somewhere/ips-desktop"

    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    assert str(paths.default_data_dir()) == "/somewhere/ips-desktop"
    assert asked["kwargs"]["roaming"] is False


@pytest.fixture
def win_vault(monkeypatch):
    """keyring's real WinVaultKeyring class; its class-level setting undone after the test."""
    monkeypatch.setattr(Windows, "win32cred", WIN32CRED, raising=False)
    monkeypatch.setattr(Windows.WinVaultKeyring, "_persist", WIN32CRED.CRED_PERSIST_ENTERPRISE,
                        raising=False)
    return Windows.WinVaultKeyring


def test_the_credential_manager_keeps_the_key_on_this_machine(win_vault):
    backend = win_vault()
    assert backend.persist == WIN32CRED.CRED_PERSIST_ENTERPRISE  # keyring's default: roams
    assert keyring_local.keep_credentials_local(backend) == 1
    assert backend.persist == WIN32CRED.CRED_PERSIST_LOCAL_MACHINE
    assert win_vault().persist == WIN32CRED.CRED_PERSIST_LOCAL_MACHINE  # any new one too


def test_inside_a_chain_too(win_vault, monkeypatch):
    """A chainer makes new backend objects on every call: the class carries the setting."""
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [win_vault(), MemoryKeyring()])
    assert keyring_local.keep_credentials_local(chainer.ChainerBackend()) == 1
    assert win_vault().persist == WIN32CRED.CRED_PERSIST_LOCAL_MACHINE


def test_saving_a_key_on_windows_sets_local_persistence_first(memory_keyring, monkeypatch):
    """KeyringSecret.save asks for it before the secret is stored, and only on Windows."""

    class VaultLike(MemoryKeyring):
        """Records the persistence in force when each secret is stored."""

        persist = "enterprise"

        def set_password(self, service, username, password):
            self.stored_with = self.persist
            super().set_password(service, username, password)

    import keyring

    backend = VaultLike()
    monkeypatch.setattr(VaultLike, "_persist", "enterprise", raising=False)
    keyring.set_keyring(backend)
    monkeypatch.setattr(keyring_local, "sys", types.SimpleNamespace(platform="linux"))
    KeyringSecret("db-1.slot").save(b"k" * 32)
    assert backend.stored_with == "enterprise"  # elsewhere nothing is changed
    monkeypatch.setattr(keyring_local, "sys", types.SimpleNamespace(platform="win32"))
    KeyringSecret("db-2.slot").save(b"k" * 32)
    assert backend.stored_with == keyring_local.LOCAL_MACHINE
