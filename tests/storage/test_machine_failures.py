"""A full disk, a read-only data folder, a damaged page, a truncated file: said in words.

Each failure is made for real (a small tmpfs filled up, a read-only remount,
a byte flipped inside an encrypted page, a file cut short) and must end in
a clear message in the user's language, its own exit code, no traceback and
no changed file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import consultants, problems, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage import cipher, errors
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD, make_demo_database
from tests.machine import (
    assert_unchanged,
    database_full,
    fill,
    remount_read_only,
    remount_read_write,
    snapshot,
    tmpfs,
)

pytestmark = pytest.mark.sqlite_only(
    reason="a full or read-only disk, a damaged or truncated SQLCipher file")


def cli(root: Path, *argv: str, language: str = "da") -> int:
    return main(["--language", language, "--data-dir", str(root), *argv])


@pytest.fixture
def unattended(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from datetime import date

    return make_demo_database(tmp_path_factory.mktemp("demo") / "db", date(2026, 3, 2))


def no_traceback(text: str) -> None:
    assert "Traceback" not in text and 'File "' not in text


# -- a damaged page ------------------------------------------------------------------------

def damage_page_of(root: Path, table: str) -> int:
    """Flip one byte inside the root page of `table`; returns that page's number (from 1)."""
    db = DataDir(root).database
    ws = workspace.unlock(root, PASSWORD)
    key = ws.database.key
    ws.close()
    row = cipher.read_first_row(db, cipher.raw_key_pragma(key),
                                f"SELECT rootpage FROM sqlite_master WHERE name = '{table}'")
    assert row is not None
    page = int(str(row[0]))
    data = bytearray(db.read_bytes())
    assert 1 < page < len(data) // cipher.PAGE_SIZE  # a page in the middle, not the first
    data[(page - 1) * cipher.PAGE_SIZE + 200] ^= 0x5A
    db.write_bytes(bytes(data))
    return page


def test_check_names_the_damaged_page_and_list_says_damaged(
        demo_template, tmp_path, unattended, capsys):
    root = tmp_path / "db"
    shutil.copytree(demo_template, root)
    page = damage_page_of(root, "participant")
    before = snapshot(root)

    code = cli(root, "check")
    out, err = capsys.readouterr()
    assert code == errors.Damaged.exit_code == 18
    assert f"HMAC verification failed for page {page}" in out
    assert f"Beskadigede sider: {page}." in err
    assert "participant" in out and "kan ikke læses" in out
    no_traceback(out + err)

    assert cli(root, "check", "--json") == 18
    import json
    report = json.loads(capsys.readouterr().out)
    assert report["damaged_pages"] == [page] and report["damaged"] is True
    assert report["ok"] is False and report["row_counts"]["participant"] is None
    # One bad page spoils only its own table: the connection that met it is dropped.
    # (4 consultants: the demo's team of three and one who has left)
    assert report["row_counts"]["consultant"] == 4 and report["row_counts"]["note"] > 0

    code = cli(root, "list", "participants", language="en")
    out, err = capsys.readouterr()
    assert code == 18
    assert "The database is damaged" in err and "ips-desktop check" in err
    assert out == ""
    no_traceback(err)
    # The unlock's audit event is written (the audit table is sound); nothing else changes.
    def others(files: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in files.items() if not k.startswith("ips.db")}

    assert others(snapshot(root)) == others(before)


def test_check_names_the_page_even_when_the_damage_stops_the_unlock(
        demo_template, tmp_path, unattended, capsys):
    root = tmp_path / "db"
    shutil.copytree(demo_template, root)
    page = damage_page_of(root, "setting")  # read at every unlock
    before = snapshot(root)
    assert cli(root, "list", "consultants") == errors.Damaged.exit_code
    capsys.readouterr()

    code = cli(root, "check", language="en")
    out, err = capsys.readouterr()
    assert code == errors.Damaged.exit_code
    assert f"HMAC verification failed for page {page}" in out
    assert f"Damaged pages: {page}." in err
    no_traceback(out + err)
    assert_unchanged(before, root)


def test_a_sound_database_checks_clean(demo_template, tmp_path, unattended, capsys):
    root = tmp_path / "db"
    shutil.copytree(demo_template, root)
    assert cli(root, "check", language="en") == 0
    out = capsys.readouterr().out
    assert "Page check:      ok" in out and "Integrity:       ok" in out


# -- a truncated file ----------------------------------------------------------------------

@pytest.mark.parametrize("cut", ["page_boundary", "mid_page"])
def test_a_truncated_database_is_damaged_not_a_wrong_key(
        demo_template, tmp_path, unattended, capsys, cut):
    root = tmp_path / "db"
    shutil.copytree(demo_template, root)
    db = DataDir(root).database
    pages = db.stat().st_size // cipher.PAGE_SIZE
    size = (pages // 2) * cipher.PAGE_SIZE + (1024 if cut == "mid_page" else 0)
    with db.open("r+b") as f:
        f.truncate(size)
    before = snapshot(root)

    code = cli(root, "check")
    out, err = capsys.readouterr()
    assert code == errors.Damaged.exit_code
    assert "beskadiget" in err and "Nøglen passer ikke" not in err
    no_traceback(out + err)
    assert_unchanged(before, root)

    assert cli(root, "list", "participants", language="en") == errors.Damaged.exit_code
    err = capsys.readouterr().err
    assert "The database is damaged" in err and "does not open" not in err


def test_classify_failure_tells_truncation_from_a_wrong_key(tmp_path):
    whole = tmp_path / "whole.db"
    whole.write_bytes(bytes(range(256)) * 64)  # 4 pages of noise: could be a wrong key
    assert isinstance(cipher.classify_failure(whole), errors.WrongKey)
    cut = tmp_path / "cut.db"
    cut.write_bytes(bytes(range(256)) * 18)  # 4,608 bytes: cut in the second page
    assert isinstance(cipher.classify_failure(cut), errors.Damaged)


# -- a full disk ---------------------------------------------------------------------------

def test_a_service_write_on_a_full_database_is_disk_full(ws):
    before = consultants.list_consultants(ws.ctx)
    with database_full(ws.ctx.engine), pytest.raises(errors.DiskFull):
        for n in range(200):  # until a new page is needed
            consultants.create_consultant(ws.ctx, ConsultantInput(
                "Å" * 150, f"Q{n:03d}", "Køge", 1.0))
    written = len(consultants.list_consultants(ws.ctx)) - len(before)
    # The failed one is not half-written; and with room again, writing works.
    assert all(c.name == "Å" * 150 for c in consultants.list_consultants(ws.ctx)[len(before):])
    consultants.create_consultant(ws.ctx, ConsultantInput("Bodil", "BOD", "Køge", 1.0))
    assert len(consultants.list_consultants(ws.ctx)) == len(before) + written + 1


def test_cli_on_a_full_data_disk(tmp_path, no_keyring, unattended, capsys):
    with tmpfs(tmp_path / "disk") as disk:
        root = disk / "data"
        workspace.set_up(root, PASSWORD)[0].close()
        before = snapshot(root)
        fill(disk)
        for language, said in (("da", "Disken er fuld"), ("en", "The disk is full"),
                               ("nb", "Disken er full")):
            code = cli(root, "list", "participants", language=language)
            err = capsys.readouterr().err
            assert code == errors.DiskFull.exit_code == 16
            assert said in err
            no_traceback(err)
        assert_unchanged(before, root)
        assert not (root / "logs").exists()  # a full disk is no crash: nothing to log


def test_a_wrong_password_on_a_full_disk_cannot_pass_unrecorded(
        tmp_path, no_keyring, monkeypatch, capsys):
    with tmpfs(tmp_path / "disk") as disk:
        root = disk / "data"
        workspace.set_up(root, PASSWORD)[0].close()
        before = snapshot(root)
        fill(disk)
        monkeypatch.setenv("IPS_DESKTOP_PASSWORD", "forkert-adgangskode")
        code = cli(root, "check")
        err = capsys.readouterr().err
        assert code == errors.DiskFull.exit_code
        assert "Disken er fuld" in err
        no_traceback(err)
        assert_unchanged(before, root)
        assert not DataDir(root).failed_unlocks.exists()  # no empty file, no half line


def test_the_failed_unlock_record_keeps_its_earlier_lines(tmp_path):
    from ips_desktop.storage import failed_unlocks

    with tmpfs(tmp_path / "disk") as disk:
        data_dir = DataDir(disk / "data")
        data_dir.root.mkdir()
        failed_unlocks.remember(data_dir)
        with data_dir.failed_unlocks.open("ab") as f:  # fill its last block: no room to append
            f.write(b"\n" * (4096 - data_dir.failed_unlocks.stat().st_size))
        earlier = data_dir.failed_unlocks.read_bytes()
        fill(disk)
        with pytest.raises(errors.DiskFull):
            failed_unlocks.remember(data_dir)
        assert data_dir.failed_unlocks.read_bytes() == earlier


def test_backup_to_a_full_disk(tmp_path, no_keyring, unattended, capsys):
    root = tmp_path / "data"
    workspace.set_up(root, PASSWORD)[0].close()
    with tmpfs(tmp_path / "usb", size="1m") as usb:
        fill(usb)
        on_usb = snapshot(usb)
        code = cli(root, "backup", "--out", str(usb / "copy.db"), language="en")
        err = capsys.readouterr().err
        assert code == errors.DiskFull.exit_code
        assert "The disk is full" in err
        no_traceback(err)
        assert snapshot(usb) == on_usb  # no partial copy left behind
    assert cli(root, "check") == 0  # the database itself is sound


@pytest.mark.parametrize(("language", "said"), [
    ("en", "The backup cannot be written to the chosen folder"),
    ("da", "Sikkerhedskopien kan ikke skrives i den valgte mappe"),
])
def test_backup_to_a_read_only_stick_blames_the_stick(tmp_path, no_keyring, unattended, capsys,
                                                      language, said):
    """Review finding: a read-only USB stick was called "the data folder cannot be written"."""
    root = tmp_path / "data"
    workspace.set_up(root, PASSWORD)[0].close()
    before = snapshot(root)
    with tmpfs(tmp_path / "usb", size="1m") as usb:
        (usb / "folder").mkdir()
        remount_read_only(usb)
        try:
            for out in (usb / "copy.db", usb / "folder" / "copy.db", usb / "new" / "copy.db"):
                code = cli(root, "backup", "--out", str(out), language=language)
                err = capsys.readouterr().err
                assert code == errors.BackupTargetUnwritable.exit_code == 34, err
                assert said in err
                assert "atamappe" not in err and "data folder" not in err
                no_traceback(err)
            on_usb = snapshot(usb)
        finally:
            remount_read_write(usb)
        assert on_usb == {}  # not even a partial copy
    after = snapshot(root)  # the unlock's audit event may reach ips.db; nothing else changed
    assert {k: v for k, v in after.items() if k != "ips.db"} == {
        k: v for k, v in before.items() if k != "ips.db"}
    assert cli(root, "check") == 0


def test_a_read_only_backups_folder_in_the_data_folder_is_still_the_data_folder(
        tmp_path, no_keyring, unattended, capsys):
    """Inside the data folder (its backups/), the data folder's own message stays right."""
    with tmpfs(tmp_path / "disk") as disk:
        root = disk / "data"
        workspace.set_up(root, PASSWORD)[0].close()
        remount_read_only(disk)
        try:
            code = cli(root, "backup", "--out", str(root / "backups" / "x.db"), language="en")
        finally:
            remount_read_write(disk)
        err = capsys.readouterr().err
        assert code == errors.ReadOnly.exit_code == 17, err
        assert "The data folder cannot be written" in err


# -- a read-only data folder ---------------------------------------------------------------

def test_cli_on_a_read_only_data_folder(tmp_path, no_keyring, unattended, capsys):
    with tmpfs(tmp_path / "disk") as disk:
        root = disk / "data"
        workspace.set_up(root, PASSWORD)[0].close()
        before = snapshot(root)
        remount_read_only(disk)
        try:
            for argv in (("check",), ("list", "participants")):
                code = cli(root, *argv, language="nb")
                err = capsys.readouterr().err
                assert code == errors.ReadOnly.exit_code == 17
                assert "Datamappen kan ikke skrives til" in err
                no_traceback(err)
            assert problems.data_dir_problem(root) is not None
        finally:
            remount_read_write(disk)
        assert_unchanged(before, root)


def test_errno_and_sqlite_codes_map_to_their_conditions():
    import errno

    assert isinstance(errors.from_os_error(OSError(errno.ENOSPC, "x")), errors.DiskFull)
    for code in (errno.EROFS, errno.EACCES, errno.EPERM):
        assert isinstance(errors.from_os_error(OSError(code, "x")), errors.ReadOnly)
    assert errors.from_os_error(OSError(errno.EIO, "x")) is None

    class Coded(Exception):
        def __init__(self, code: int) -> None:
            self.sqlite_errorcode = code

    assert isinstance(errors.from_sqlite_error(Coded(13)), errors.DiskFull)
    assert isinstance(errors.from_sqlite_error(Coded(8 | (1 << 8))), errors.ReadOnly)
    assert isinstance(errors.from_sqlite_error(Coded(11)), errors.Damaged)
    assert errors.from_sqlite_error(Coded(26)) is None  # NOTADB: the file decides
    assert errors.from_sqlite_error(Coded(10)) is None  # an I/O error with room on the disk
