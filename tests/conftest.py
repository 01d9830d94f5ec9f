"""Every test runs on its own temporary data directory and an in-memory keyring.

Nothing here can reach the user's real keyring or data directory: the
keyring backend is replaced before each test, and IPS_DESKTOP_DATA_DIR points
into tmp_path.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from ips_desktop.domain import messages
from ips_desktop.ui.gui_gc import collect_if_due
from tests import backends, schema_replay
from tests.audit_privacy import (  # noqa: F401
    pytest_sessionfinish,
    pytest_sessionstart,
    pytest_testnodedown,
)
from tests.helpers import CONSULTANT_NAME, PASSWORD

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: pytest.Config) -> None:
    backends.check_backend()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, skip the tests of SQLCipher's file; each says why (`reason=`)."""
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is None:
            continue
        reason = marker.kwargs.get("reason")
        if not reason:
            raise pytest.UsageError(f"{item.nodeid}: sqlite_only needs a reason=")
        if backends.on_postgresql():
            item.add_marker(pytest.mark.skip(reason=f"SQLCipher only: {reason}"))


@pytest.fixture(scope="session", autouse=True)
def server_databases():
    """On PostgreSQL: this worker's template and test databases, dropped at the end."""
    yield
    backends.close_server()


@pytest.fixture(scope="session")
def forked_children():
    """This worker's fork server for the kill tests' children (tests/forked_children.py)."""
    from tests.forked_children import ForkedChildren

    children = ForkedChildren()
    yield children
    children.end()


@pytest.fixture(autouse=True)
def _drop_test_databases():
    """A test's own databases go with it; those of wider fixtures (made before) stay."""
    before = set(backends._server.made) if backends._server is not None else set()
    yield
    if backends.on_postgresql() and backends._server is not None:
        backends.server().drop_made(keep=before)



class MemoryKeyring(KeyringBackend):
    """A keyring that lives and dies with one test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("IPS_DESKTOP_DATA_DIR", str(tmp_path / "user-data"))
    # No test reads /etc/ips-desktop/policy.toml: a policy test writes this file itself
    # (the machine's place is moved too, as a machine-wide file would win over the variable).
    monkeypatch.setenv("IPS_DESKTOP_POLICY", str(tmp_path / "it-policy" / "policy.toml"))
    from ips_desktop.services import policy

    monkeypatch.setattr(policy, "machine_policy_path",
                        lambda: tmp_path / "machine-policy" / "policy.toml")
    monkeypatch.delenv("IPS_DESKTOP_PASSWORD", raising=False)
    monkeypatch.setenv("IPS_DESKTOP_LANGUAGE", "da")
    messages.set_language("da")
    # A cheaper scrypt for speed: each slot stores its own parameters, so the code path is
    # the same (tests/storage/test_key_slots.py checks the shipped default separately).
    from ips_desktop.storage import slots

    monkeypatch.setattr(slots, "DEFAULT_SCRYPT", slots.Scrypt(n=2**10, r=8, p=1))
    # A new database's schema: migrated for real once per worker, then replayed (the
    # migrations' own tests still run them; tests/schema_replay.py says which).
    schema_replay.install(monkeypatch)
    # The log belongs to one data folder: a test (or a later pytest session in the same
    # process, as mutmut runs them) must not write into an earlier test's folder.
    from ips_desktop import crash_log

    for handler in crash_log._own_handlers:
        crash_log.log.removeHandler(handler)
        handler.close()
    crash_log._own_handlers.clear()
    crash_log._log_file = None
    yield backend
    _join_loading_threads()
    collect_if_due(_THRESHOLDS)  # on the main thread, as the app's collector does
    keyring.set_keyring(previous)
    messages.set_language("da")


# As in the app (ips_desktop/ui/gui_gc.py): cycles holding widgets are freed on the main
# thread only, never by a loading thread or background job that happens to allocate.
_THRESHOLDS = gc.get_threshold()
gc.disable()


def _join_loading_threads() -> None:
    """An unlock screen's loading thread (ui/shell/preload.py) ends with its test.

    Left running, it would still be importing and asking the keyring (this
    test's, about to be replaced) while the next test builds its widgets: two
    threads in PySide at once, the pattern that crashed a CI run.
    """
    for thread in threading.enumerate():
        if thread.name == "ips-preload":
            thread.join(timeout=30)


@pytest.fixture
def real_migrations(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """New databases of this test are made by the Alembic migrations, not by replay."""
    monkeypatch.setattr(schema_replay.schema, "upgrade", schema_replay.real_upgrade)


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> None:
    """A headless machine: keyring has no backend at all (the passphrase-mode path)."""
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def it_policy():
    """Writes IT's policy file (the one $IPS_DESKTOP_POLICY names for this test)."""
    def write(text: str) -> Path:
        path = Path(os.environ["IPS_DESKTOP_POLICY"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path
    return write


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def ws(data_dir):
    """An unlocked database whose owner is a consultant with a Danish name."""
    from ips_desktop.domain.enums import Role
    from ips_desktop.services import consultants, workspace
    from ips_desktop.services.consultants import ConsultantInput

    opened = backends.new_workspace(data_dir)
    me = consultants.create_consultant(opened.ctx, ConsultantInput(
        CONSULTANT_NAME, "SOE", "Køge", 1.0, Role.CONSULTANT))
    workspace.set_owner(opened, me.id)
    yield opened
    if "PySide6.QtCore" in sys.modules:  # a window's background job may still be reading
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
    opened.close()
