"""The command line as IT staff and scheduled jobs use it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ips_desktop import __version__
from ips_desktop.cli.main import main
from tests.helpers import PASSWORD


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"IPS Desktop {__version__}"


def test_python_m_entry_point():
    out = subprocess.run([sys.executable, "-m", "ips_desktop", "--version"],
                         capture_output=True, text=True, check=True).stdout
    assert __version__ in out


def test_setup_prints_recovery_key_then_check_json(data_dir, monkeypatch, capsys):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "setup"]) == 0
    out = capsys.readouterr().out
    assert "Gendannelsesnøgle" in out
    assert len(out.split()[-1].split("-")) == 17

    assert main(["--data-dir", str(data_dir), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["integrity"] == "ok" and report["ok"] is True
    assert report["cipher"].startswith("SQLCipher 4.")
    assert report["is_demo"] is False
    assert report["row_counts"]["participant"] == 0
    assert report["schema_revision"] == report["schema_head"]


def test_data_dir_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("IPS_DESKTOP_DATA_DIR", str(tmp_path / "env-dir"))
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["setup"]) == 0
    assert (tmp_path / "env-dir" / "ips.db").exists()


def test_unattended_without_password_says_so(data_dir, capsys):
    code = main(["--data-dir", str(data_dir), "setup"])
    assert code == 13
    assert "IPS_DESKTOP_PASSWORD" in capsys.readouterr().err


def test_setup_twice_is_refused(data_dir, monkeypatch, capsys):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "setup"]) == 0
    before = (data_dir / "ips.db").read_bytes()
    assert main(["--data-dir", str(data_dir), "setup"]) == 12
    assert (data_dir / "ips.db").read_bytes() == before


def test_passphrase_mode_on_request(data_dir, monkeypatch, capsys):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "setup", "--passphrase-mode"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["key_mode"] == "passphrase"


def test_backup_command(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "setup"]) == 0
    out = tmp_path / "backup.db"
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(out)]) == 0
    assert out.exists() and out.read_bytes()[:16] != b"SQLite format 3\x00"


def test_options_after_the_command(data_dir, monkeypatch, capsys):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["setup", "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    assert main(["check", "--json", "--data-dir", str(data_dir), "--language", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["integrity"] == "ok"


def test_list_consultants_and_participants(data_dir, monkeypatch, capsys):
    from ips_desktop.services import demo, workspace
    from ips_desktop.services.collation import sorted_names

    ws, _ = workspace.set_up(data_dir, PASSWORD, demo=True)
    demo.generate_demo(ws.ctx.engine, size="small")
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "list", "consultants", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    # The demo's team of three and the consultant who left (staffing history).
    assert len(people) == 4 and {"id", "initials", "name"} <= set(people[0])
    initials = people[0]["initials"]
    assert main(["--data-dir", str(data_dir), "list", "participants", "--consultant", initials,
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["consultant"] for r in rows} == {initials}
    assert all(r["phase"] != "ended" for r in rows)
    shown = [r["name"] for r in rows]
    assert shown == sorted_names(shown, "da")  # the Danish alphabet, as the list on screen
    assert main(["--data-dir", str(data_dir), "list", "participants", "--consultant", "ZZZ"]) == 1


def test_setup_with_demo_makes_a_demo_database(tmp_path, monkeypatch):
    """Review finding: `--demo setup` made an unmarked database that `demo` then refused."""
    from ips_desktop.services import workspace

    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", "Korrekt-hest-9")
    root = tmp_path / "data"
    assert main(["--data-dir", str(root), "--demo", "setup"]) == 0
    opened = workspace.unlock(root / "demo", "Korrekt-hest-9")
    try:
        assert opened.ctx.is_demo
    finally:
        opened.close()
