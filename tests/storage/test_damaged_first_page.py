"""A damaged first page is damage (exit 18), not "the key does not open it" (review finding).

SQLCipher answers "file is not a database" alike for a wrong key and for page 1
failing its HMAC; the HMAC of the other pages tells the two apart. (Damage in
the 16-byte salt leaves no page to vouch: that still reads as a wrong key.)
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage import cipher, errors
from ips_desktop.storage.recovery_key import parse_recovery_key
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only(reason="damage to the SQLCipher file's first page")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip(path: Path, offset: int, count: int = 4) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.fixture(params=["keyring", "passphrase"])
def root(request: pytest.FixtureRequest, data_dir: Path) -> tuple[Path, str]:
    if request.param == "passphrase":
        request.getfixturevalue("no_keyring")
    ws, recovery = workspace.set_up(data_dir, PASSWORD)
    ws.close()
    return data_dir, recovery


# Inside page 1's content, at its start after the salt, and in its HMAC.
OFFSETS = [200, 16, 4096 - 20]


@pytest.mark.parametrize("offset", OFFSETS)
@pytest.mark.parametrize("command", [["check"], ["list", "consultants"], ["backup", "--auto"]])
def test_damage_in_page_one_is_damaged_not_wrong_key(root, offset, command, monkeypatch,
                                                     capsys):
    data_dir, _ = root
    db = DataDir(data_dir).database
    flip(db, offset)
    before = {p.name: digest(p) for p in data_dir.iterdir() if p.is_file()}
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    code = main(["--language", "en", "--data-dir", str(data_dir), *command])
    said = capsys.readouterr().err
    assert code == errors.Damaged.exit_code == 18, said
    assert "damaged" in said and "does not open" not in said
    if command == ["check"]:
        assert "Damaged pages: 1" in said  # page 1 named
    after = {p.name: digest(p) for p in data_dir.iterdir() if p.is_file()}
    assert after == before


def test_damaged_page_one_in_danish(root, monkeypatch, capsys):
    data_dir, _ = root
    flip(DataDir(data_dir).database, 300)
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "list", "consultants"]) == 18
    assert "Databasen er beskadiget" in capsys.readouterr().err


def test_recover_on_damaged_page_one_is_damaged(root, monkeypatch, capsys):
    """The recovery key comes from the user, not a key file: the other pages vouch for it."""
    data_dir, recovery = root
    db = DataDir(data_dir).database
    flip(db, 500)
    before = digest(db)
    key = parse_recovery_key(recovery)
    assert cipher.pages_authenticate(db, key)
    with pytest.raises(errors.Damaged):
        cipher.probe_key(db, key)
    assert digest(db) == before


def test_another_databases_file_is_still_a_wrong_key(root, tmp_path):
    """A file no page of which authenticates under the key is a wrong key, as before."""
    data_dir, _ = root
    other = tmp_path / "other"
    ws, other_recovery = workspace.set_up(other, PASSWORD)
    ws.close()
    db = DataDir(data_dir).database
    assert not cipher.pages_authenticate(db, parse_recovery_key(other_recovery))
    with pytest.raises(errors.WrongKey):
        cipher.probe_key(db, parse_recovery_key(other_recovery))


def test_failing_pages_names_every_damaged_page(root):
    data_dir, recovery = root
    db = DataDir(data_dir).database
    key = parse_recovery_key(recovery)
    assert cipher.failing_pages(db, key) == []
    flip(db, 100)
    flip(db, 4096 + 100)
    assert cipher.failing_pages(db, key)[:2] == [1, 2]
