"""Rekey: a new database key, the old key material retired, safe against a kill at any step."""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.cli.main import main
from ips_desktop.services import consultants, maintenance, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage import cipher, errors
from ips_desktop.storage.models import AuditEvent
from ips_desktop.storage.recovery_key import parse_recovery_key
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD, opens_with

pytestmark = pytest.mark.sqlite_only(reason="re-encrypting the SQLCipher file under a new key")

ROOT = Path(__file__).resolve().parents[2]


def names(ws) -> list[str]:
    return [c.name for c in consultants.list_consultants(ws.ctx)]


@pytest.fixture(params=["keyring", "passphrase"])
def mode(request) -> str:
    if request.param == "passphrase":
        request.getfixturevalue("no_keyring")
    return request.param


@pytest.fixture
def made(data_dir, mode):
    ws, recovery = workspace.set_up(data_dir, PASSWORD)
    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    ws.close()
    return recovery


def test_rekey_retires_the_old_key_file_and_the_old_recovery_key(
        data_dir, made, mode, tmp_path, memory_keyring):
    old_recovery = made
    old_files = tmp_path / "old"
    old_files.mkdir()
    for path in (DataDir(data_dir).key_file, DataDir(data_dir).vault):
        shutil.copy(path, old_files / path.name)
    old_secrets = dict(memory_keyring.secrets)

    ws = workspace.unlock(data_dir, PASSWORD)
    with pytest.raises(errors.WrongPassword):
        workspace.rekey(ws, "not-the-password")
    backup = maintenance.backup(ws, tmp_path / "before-rekey.db")
    new_recovery = workspace.rekey(ws, PASSWORD)
    # The same workspace goes on working, on the new key.
    consultants.create_consultant(ws.ctx, ConsultantInput("Bent Bøg", "BB", "Holbæk"))
    assert names(ws) == ["Anna Ærø", "Bent Bøg"]
    with Session(ws.ctx.engine) as session:
        actions = [e.action for e in session.scalars(select(AuditEvent))]
        details = [e.details for e in session.scalars(select(AuditEvent))
                   if e.action == "rekey"]
    assert "rekey" in actions and "unlock_failed" in actions
    assert details == [{}]  # no secret in the audit trail
    ws.close()

    assert new_recovery != old_recovery
    assert opens_with(data_dir, parse_recovery_key(new_recovery))
    assert not opens_with(data_dir, parse_recovery_key(old_recovery))
    with pytest.raises(errors.WrongKey):
        workspace.recover(data_dir, old_recovery, "nyt-kodeord-123")
    assert not list(data_dir.glob("ips.db.rekey*"))
    # Older backups open only with the old recovery key.
    assert opens_with_file(backup, parse_recovery_key(old_recovery))

    # The old key file (with its old keyring secret) and the old password: nothing.
    live_key_file = DataDir(data_dir).key_file.read_bytes()
    shutil.copy(old_files / "ips.key", DataDir(data_dir).key_file)
    memory_keyring.secrets.update(old_secrets)
    with pytest.raises(errors.WrongKey):
        workspace.unlock(data_dir, PASSWORD)
    DataDir(data_dir).key_file.write_bytes(live_key_file)
    reopened = workspace.unlock(data_dir, PASSWORD)
    assert names(reopened) == ["Anna Ærø", "Bent Bøg"]
    reopened.close()


def test_the_old_keyring_secret_is_deleted(data_dir, memory_keyring):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    before = set(memory_keyring.secrets)
    ws = workspace.unlock(data_dir, PASSWORD)
    workspace.rekey(ws, PASSWORD)
    ws.close()
    after = set(memory_keyring.secrets)
    assert len(after) == 1 and not before & after


def opens_with_file(path: Path, key: bytes) -> bool:
    try:
        cipher.probe(path, cipher.raw_key_pragma(key))
    except errors.StorageError:
        return False
    return True


def test_rekey_needs_the_instance_lock(data_dir, made):
    window = workspace.unlock(data_dir, PASSWORD)
    try:
        cli = workspace.unlock(data_dir, PASSWORD, exclusive=False)
        with pytest.raises(errors.AlreadyOpen):
            workspace.rekey(cli, PASSWORD)
        cli.close()
        assert names(window) == ["Anna Ærø"]
    finally:
        window.close()


def test_cli_rekey(data_dir, made, monkeypatch, capsys):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--language", "en", "--data-dir", str(data_dir), "rekey"]) == 0
    out = capsys.readouterr().out
    assert "Older backups still open only with the old recovery key" in out
    new_recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 16)
    assert opens_with(data_dir, parse_recovery_key(new_recovery))
    assert not opens_with(data_dir, parse_recovery_key(made))
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", "forkert-kodeord")
    assert main(["--data-dir", str(data_dir), "rekey"]) == errors.WrongPassword.exit_code


# -- killed at every step ----------------------------------------------------------------------

CHILD = textwrap.dedent('''
    import json, os, signal, sys
    from pathlib import Path

    import keyring
    from keyring.backend import KeyringBackend

    root, keyring_file, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    calls = 0

    def step(name):
        global calls
        calls += 1
        if kill_at == str(calls) or kill_at == name:
            os.kill(os.getpid(), signal.SIGKILL)

    class FileKeyring(KeyringBackend):
        priority = 1
        def _all(self):
            return json.loads(keyring_file.read_text()) if keyring_file.exists() else {}
        def get_password(self, service, username):
            return self._all().get(f"{service}/{username}")
        def set_password(self, service, username, password):
            step("keyring")
            data = self._all()
            data[f"{service}/{username}"] = password
            keyring_file.write_text(json.dumps(data))
        def delete_password(self, service, username):
            step("keyring")
            data = self._all()
            data.pop(f"{service}/{username}", None)
            keyring_file.write_text(json.dumps(data))

    if keyring_file.exists():
        keyring.set_keyring(FileKeyring())
    else:
        from keyring.backends import fail
        keyring.set_keyring(fail.Keyring())

    from ips_desktop.services import workspace
    from ips_desktop.storage import slots
    slots.DEFAULT_SCRYPT = slots.Scrypt(n=2**10, r=8, p=1)

    ws = workspace.unlock(root, sys.argv[4])
    real_replace = Path.replace
    def replace(self, target):
        step("replace")
        return real_replace(self, target)
    Path.replace = replace
    real_os_replace = os.replace
    def os_replace(src, dst, **kwargs):
        step("replace")
        return real_os_replace(src, dst, **kwargs)
    os.replace = os_replace
    progress = (lambda f: step("export")) if kill_at == "export" else None
    print(workspace.rekey(ws, sys.argv[4], progress), flush=True)
    workspace.recovery_key_shown(ws)  # as the CLI does once the key is printed
    ws.close()
''')


@pytest.mark.slow
@pytest.mark.parametrize("keyring_mode", [True, False], ids=["keyring", "passphrase"])
def test_a_kill_at_any_step_of_rekey_leaves_a_database_that_opens(
        forked_children, tmp_path, memory_keyring, request, keyring_mode):
    if not keyring_mode:
        request.getfixturevalue("no_keyring")
    template = tmp_path / "template"
    ws, recovery = workspace.set_up(template, PASSWORD)
    for i in range(30):
        consultants.create_consultant(ws.ctx, ConsultantInput(f"Anna {i}", f"A{i:02d}", "Køge"))
    ws.close()
    template_secrets = dict(memory_keyring.secrets)
    kill_points = ["export", *map(str, range(1, 12))]
    completed, killed_after_swap = [], []
    for kill_at in kill_points:
        root = tmp_path / f"kill-{kill_at}"
        shutil.copytree(template, root)
        keyring_file = tmp_path / f"keyring-{kill_at}.json"
        if keyring_mode:
            keyring_file.write_text(json.dumps({f"{s}/{u}": v
                                                for (s, u), v in template_secrets.items()}))
        child = forked_children.run(
            CHILD, [str(root), str(keyring_file), kill_at, PASSWORD], cwd=ROOT)
        assert child.returncode in (0, -9), child.stderr
        if child.returncode == 0:
            completed.append(kill_at)
        memory_keyring.secrets.clear()
        if keyring_mode:
            for name, value in json.loads(keyring_file.read_text()).items():
                service, user = name.split("/", 1)
                memory_keyring.secrets[(service, user)] = value
        opened = workspace.unlock(root, PASSWORD)  # finishes or undoes the rekey
        try:
            assert len(names(opened)) == 30, kill_at
            key = opened.database.key
            unseen = opened.recovery_key_unseen
        finally:
            opened.close()
        assert not list(root.glob("ips.db.rekey*")), kill_at
        assert "pending" not in json.loads(DataDir(root).key_file.read_text())
        # Exactly one recovery key works: the old one, or (once swapped) the new one.
        old_works = key == parse_recovery_key(recovery)
        if child.returncode == 0:
            assert parse_recovery_key(child.stdout.strip().splitlines()[-1]) == key
            assert not old_works
        elif not old_works:
            killed_after_swap.append(kill_at)
        # Finished at this unlock: the key in use has never had its recovery key shown.
        assert unseen == (child.returncode != 0 and not old_works), kill_at
        if unseen and len(killed_after_swap) == 1:
            again = workspace.unlock(root, PASSWORD)
            assert again.recovery_key_unseen  # said at every unlock until a rekey shows one
            workspace.rekey(again, PASSWORD)
            assert again.recovery_key_unseen  # until a front end has shown the new key
            workspace.recovery_key_shown(again)
            assert not again.recovery_key_unseen
            again.close()
        workspace.unlock(root, PASSWORD).close()  # and again, with nothing left to settle
        if completed:
            break  # every step before the end has been killed once
    # The kills reached past the swap (the new key in use) and the run completed.
    assert completed, "no child ran the rekey to its end: add kill points"
    assert killed_after_swap  # killed with the new key in place: finished at the next open
    assert len(kill_points) - len(completed) - len(killed_after_swap) >= 2  # undone ones


def test_a_kept_copy_keeps_its_own_key_material(data_dir, made, tmp_path):
    """What restore needs for the old database it keeps: a data directory of its own."""
    from ips_desktop.storage.database import keep_key_material

    kept = tmp_path / "kept"
    with pytest.raises(errors.WrongPassword):
        keep_key_material(data_dir, kept, "not-the-password")
    keep_key_material(data_dir, kept, PASSWORD)
    shutil.copy(DataDir(data_dir).database, DataDir(kept).database)
    ws = workspace.unlock(data_dir, PASSWORD)
    workspace.change_password(ws, PASSWORD, "en-helt-ny-kode-2027")  # retires the old secret
    workspace.rekey(ws, "en-helt-ny-kode-2027")
    ws.close()
    old = workspace.unlock(kept, PASSWORD)
    assert names(old) == ["Anna Ærø"]
    old.close()


def test_a_recovery_key_the_cli_could_not_print_stays_unseen(data_dir, made, monkeypatch):
    """Review finding: `rekey >/dev/full` retired the old key and marked the new one seen."""
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)

    class Full:
        def write(self, text):
            return len(text)

        def flush(self):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    assert main(["--data-dir", str(data_dir), "rekey"]) != 0
    monkeypatch.undo()
    opened = workspace.unlock(data_dir, PASSWORD)
    try:
        assert opened.recovery_key_unseen  # the next unlock says so, and the window asks
    finally:
        opened.close()


def test_a_setup_whose_recovery_key_could_not_be_printed_marks_it_unseen(
        tmp_path, no_keyring, monkeypatch, capsys):
    """Review finding: `setup >/dev/full` left a key nobody saw, and no "unseen" mark."""
    root = tmp_path / "data"
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)

    class Full:
        def write(self, text):
            return len(text)

        def flush(self):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    code = main(["--language", "en", "--data-dir", str(root), "setup"])
    monkeypatch.undo()
    assert code == 35
    err = capsys.readouterr().err
    assert "its recovery key could not be written out" in err and "ips-desktop rekey" in err
    opened = workspace.unlock(root, PASSWORD)
    try:
        assert opened.recovery_key_unseen  # the next unlock says so, and the window asks
    finally:
        opened.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--language", "da", "--data-dir", str(root), "list", "consultants"]) == 0
    assert "aldrig blevet vist" in capsys.readouterr().err


def test_a_setup_that_printed_its_recovery_key_leaves_no_mark(tmp_path, no_keyring,
                                                              monkeypatch, capsys):
    root = tmp_path / "data"
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(root), "setup"]) == 0
    assert "Gendannelsesnøgle" in capsys.readouterr().out
    opened = workspace.unlock(root, PASSWORD)
    try:
        assert not opened.recovery_key_unseen
    finally:
        opened.close()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this machine")
@pytest.mark.parametrize("command", ["setup", "rekey"])
def test_setup_and_rekey_to_dev_full_in_a_child(tmp_path, command):
    """The real thing: stdout on /dev/full, in a child process (Python's own last flush too)."""
    import os
    import subprocess

    root = tmp_path / "data"
    env = {**os.environ, "IPS_DESKTOP_PASSWORD": PASSWORD, "IPS_DESKTOP_LANGUAGE": "nb",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    child = [sys.executable, "-m", "ips_desktop", "--data-dir", str(root)]
    if command == "rekey":
        subprocess.run([*child, "setup"], env=env, capture_output=True, check=True,
                       cwd=Path(__file__).resolve().parents[2], timeout=120)
    with Path("/dev/full").open("w") as full:
        done = subprocess.run([*child, command], env=env, stdout=full, stderr=subprocess.PIPE,
                              text=True, cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert done.returncode == 35, done.stderr
    assert "kunne ikke skrives ut" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    check = subprocess.run([*child, "list", "consultants"], env=env, capture_output=True,
                           text=True, cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert check.returncode == 0, check.stderr
    assert "aldri blitt vist" in check.stderr
