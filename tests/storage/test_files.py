"""Durable, private file writes: the base every key file, vault and backup is written with."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ips_desktop.storage import files


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_atomic_write_creates_a_private_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "vault.json"
    files.atomic_write_text(target, "one")
    files.atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["vault.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_private_dir_is_the_users_alone_even_if_it_existed(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    files.ensure_private_dir(folder / "backups")
    files.ensure_private_dir(folder)
    assert mode(folder) == 0o700
    assert mode(folder / "backups") == 0o700


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "ips.key"
    files.atomic_write_bytes(target, b"old")

    def no_space(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(target), "replace", no_space)
    with pytest.raises(OSError):
        files.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["ips.key"]


@pytest.mark.parametrize("name", ["", ".", "/"])
def test_a_target_without_a_file_name_is_a_folder(name):
    with pytest.raises(IsADirectoryError):
        files.atomic_write_bytes(Path(name), b"data")
