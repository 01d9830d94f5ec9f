"""What each policy key does below the window: backups, forms, retention, municipality,
units, passphrase mode; and how the file is found and read."""

from __future__ import annotations

from datetime import datetime

import pytest

from ips_desktop.domain import messages
from ips_desktop.domain.policy import NO_POLICY, Problem
from ips_desktop.services import (
    backups,
    calendar,
    consultants,
    policy,
    printing,
    retention,
    workspace,
)
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.workspace import PassphraseModeNotAllowed
from ips_desktop.ui.participants.forms_access import form_spec
from ips_desktop.ui.preferences import Preferences
from tests.helpers import CONSULTANT_NAME, PASSWORD
from tests.reports.support import referral_spec
from tests.services.test_forms import relabelled, write


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_tests_never_read_the_machines_file(tmp_path):
    assert policy.policy_path() == tmp_path / "it-policy" / "policy.toml"
    assert policy.current() is NO_POLICY


def test_the_machine_wide_file_per_system(monkeypatch):
    monkeypatch.undo()  # the machine's own place, as the app finds it
    monkeypatch.delenv("IPS_DESKTOP_POLICY", raising=False)
    for platform, expected in (("linux", "/etc/ips-desktop/policy.toml"),
                               ("darwin", "/Library/Application Support/IPS Desktop/policy.toml")):
        monkeypatch.setattr(policy.sys, "platform", platform)
        assert str(policy.machine_policy_path()) == expected
    monkeypatch.setattr(policy.sys, "platform", "win32")
    # %PROGRAMDATA% is the user's to set: it must not move IT's file (the system's own
    # folder is asked for; off Windows the answer is its standard place).
    monkeypatch.setenv("PROGRAMDATA", "C:/Users/me/my-own-policy")
    assert str(policy.machine_policy_path()).replace("\\", "/") == \
        "C:/ProgramData/IPS Desktop/policy.toml"


def test_the_users_environment_cannot_replace_the_machines_file(it_policy, tmp_path):
    """IPS_DESKTOP_POLICY is the user's to set: pointed at a laxer file, IT's still holds."""
    it_policy("allow_passphrase_mode = true\nmax_auto_lock_minutes = 240\n")
    assert policy.current().passphrase_mode_allowed  # no machine-wide file: the variable's
    machine = tmp_path / "machine-policy" / "policy.toml"
    machine.parent.mkdir()
    machine.write_text("allow_passphrase_mode = false\nmax_auto_lock_minutes = 10\n",
                       encoding="utf-8")
    assert policy.policy_path() == machine
    assert not policy.current().passphrase_mode_allowed
    assert policy.current().value("max_auto_lock_minutes") == 10


def test_a_machine_file_linked_to_nowhere_is_a_problem_not_no_policy(tmp_path):
    """IT links the file to a share that is not mounted: IT meant a policy, so it is strict."""
    machine = tmp_path / "machine-policy" / "policy.toml"
    machine.parent.mkdir()
    machine.symlink_to(tmp_path / "share-not-mounted" / "policy.toml")
    assert policy.policy_path() == machine
    found = policy.current()
    assert [p.problem for p in found.problems] == [Problem.UNREADABLE]
    assert not found.passphrase_mode_allowed
    assert found.value("max_auto_lock_minutes") == 5


def test_a_changed_file_is_read_again(it_policy):
    it_policy("retention_years = 3\n")
    assert policy.current().value("retention_years") == 3
    it_policy("retention_years = 12\n")
    assert policy.current().value("retention_years") == 12


def test_an_unreadable_file_is_a_problem_and_the_strict_values_hold(it_policy):
    it_policy("x")
    path = policy.policy_path()
    path.write_bytes(b"municipality = \"\xff\"\n")  # not UTF-8
    found = policy.current()
    assert [p.problem for p in found.problems] == [Problem.UNREADABLE]
    assert not found.passphrase_mode_allowed


def test_why_a_file_cannot_be_read_is_said_in_words_with_the_line(it_policy, tmp_path):
    """Not "(UnicodeDecodeError)": IT learns what to do, and where."""
    path = it_policy("")
    path.write_bytes('max_auto_lock_minutes = 10\nmunicipality = "Køge"\n'.encode("cp1252"))
    assert policy.problem_lines() == [
        f"{path}, linje 2: filen kan ikke læses (den er ikke gemt som UTF-8; gem den igen "
        "med kodningen UTF-8)"]
    path.write_bytes(b"# x\n" * 300_000)
    assert policy.problem_lines() == [f"{path}: filen kan ikke læses (den er større end 1 MB)"]
    path.unlink()
    path.mkdir()
    assert "(det er ikke en almindelig fil (men fx en mappe))" in policy.problem_lines()[0]


def test_a_windows_path_in_double_quotes_is_told_to_use_single_quotes(it_policy):
    """"C:\\Users\\…" is an invalid escape in TOML: the message says what to write instead."""
    path = it_policy('municipality = "Køge"\nforms_folder = "C:\\Users\\jens\\forms"\n')
    messages.set_language("en")
    assert policy.problem_lines() == [
        f"{path}, line 2: not valid TOML (Invalid hex value) Write a folder with \\ in "
        "single quotes: forms_folder = '\\\\server\\ips\\forms' or 'C:\\IPS\\forms'."]
    it_policy('municipality = "Køge\n')  # another syntax error: no such advice
    assert "single quotes" not in policy.problem_lines()[0]


def test_a_key_typed_with_a_capital_letter_is_named_as_meant(it_policy):
    path = it_policy('Max_auto_lock_minutes = 10\nkommune = "Køge"\nmunicipalty = "Køge"\n')
    assert policy.problem_lines() == [
        f"{path}, linje 1: ukendt nøgle Max_auto_lock_minutes (mente du "
        "max_auto_lock_minutes? nøglerne skrives med små bogstaver)",
        f"{path}, linje 2: ukendt nøgle kommune",  # nothing near: no guess
        f"{path}, linje 3: ukendt nøgle municipalty (mente du municipality? nøglerne "
        "skrives med små bogstaver)"]


def test_a_file_saved_by_notepad_with_a_bom_and_crlf_is_read(it_policy):
    """Notepad's "UTF-8 with BOM" starts with EF BB BF: not TOML, unless it is skipped."""
    path = it_policy("")
    path.write_bytes('\ufeffmunicipality = "Køge Kommune"\r\nmax_auto_lock_minutes = 10\r\n'
                     .encode("utf-8"))
    found = policy.current()
    assert found.problems == ()
    assert found.value("municipality") == "Køge Kommune"
    assert found.settings["max_auto_lock_minutes"].line == 2


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_the_backup_folder_set_by_it_is_where_backups_go(ws, it_policy, tmp_path, monkeypatch):
    share = tmp_path / "share" / "backups-me"
    share.mkdir(parents=True)
    monkeypatch.setenv("IPS_DESKTOP_BACKUP_DIR", str(tmp_path / "env-folder"))  # IT's wins
    backups.set_folder(ws, tmp_path / "chosen")  # so does it over the user's choice
    monkeypatch.setenv("ME", "backups-me")
    it_policy(f'backup_folder = "{tmp_path / "share"}/$ME"\n')  # variables expanded
    assert backups.backup_folder(ws) == share
    made = backups.make_backup(ws, now=Clock(datetime(2026, 2, 2, 12)))
    assert made.path.parent == share
    assert backups.run_auto(ws, now=Clock(datetime(2026, 2, 3, 12))).folder == share


def test_the_forms_folder_set_by_it_is_where_forms_come_from(qtbot, ws, it_policy, tmp_path):
    share = tmp_path / "share" / "forms"
    write(share, "referral.toml", relabelled("7", "Navn (kommunen)"))
    it_policy(f'forms_folder = "{share}"\n')
    preferences = Preferences(tmp_path / "prefs")
    preferences.forms_dir = tmp_path / "elsewhere"  # the user's own choice does not count
    assert preferences.forms_dir == share
    spec = form_spec(ws, preferences, "referral")
    assert (spec.version, spec.field("name").label.da) == ("7", "Navn (kommunen)")


def test_the_retention_period_set_by_it_wins(ws, it_policy):
    it_policy("retention_years = 8\n")
    assert retention.period_fixed_by_policy()
    assert retention.retention_years(ws.ctx) == 8


def test_the_municipality_set_by_it_is_every_consultants(ws, it_policy):
    it_policy('municipality = "Køge Kommune"\n')
    made = consultants.create_consultant(ws.ctx, ConsultantInput("Ida Holm", "IH", "Andeby"))
    assert made.municipality == "Køge Kommune"


def test_consultants_made_before_the_policy_take_its_municipality_at_unlock(data_dir,
                                                                           it_policy):
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    me = consultants.create_consultant(ws.ctx, ConsultantInput(CONSULTANT_NAME, "SAØ", "Andeby"))
    workspace.set_owner(ws, me.id)
    ws.close()
    it_policy('municipality = "Køge Kommune"\n')
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        assert consultants.owner(ws.ctx).municipality == "Køge Kommune"
        blank = printing.blank_referral_print(ws.ctx, referral_spec())
        assert blank.municipality == "Køge Kommune"  # the printout's heading
    finally:
        ws.close()


def test_its_units_join_the_teams_list_at_unlock(data_dir, it_policy):
    it_policy('psychiatry_units = ["Psykiatrisk Center Køge"]\n')
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    ws.close()
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        it_policy("")  # without the policy, the team's own list shows what was added
        assert calendar.psychiatry_units(ws.ctx) == ["Psykiatrisk Center Køge"]
    finally:
        ws.close()


def test_passphrase_mode_not_allowed(data_dir, no_keyring, it_policy):
    it_policy("allow_passphrase_mode = false\n")
    for use_keyring in (None, False):
        with pytest.raises(PassphraseModeNotAllowed):
            workspace.set_up(data_dir, PASSWORD, use_keyring=use_keyring)
    assert not data_dir.exists() or not any(data_dir.iterdir())
    demo, _ = workspace.set_up(data_dir / "demo", PASSWORD, demo=True)  # made-up people
    demo.close()


def test_a_passphrase_database_made_before_the_policy_still_opens(data_dir, no_keyring,
                                                                  it_policy):
    ws, key = workspace.set_up(data_dir, PASSWORD)
    assert ws.key_mode.value == "passphrase"
    ws.close()
    it_policy("allow_passphrase_mode = false\n")
    workspace.unlock(data_dir, PASSWORD).close()  # the data is never locked away
    with pytest.raises(PassphraseModeNotAllowed):  # but no new passphrase slot is made
        workspace.recover(data_dir, key, "ny-adgangskode-lang")


def test_with_a_keyring_the_policy_changes_nothing(data_dir, it_policy):
    it_policy("allow_passphrase_mode = false\n")
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    assert ws.key_mode.value == "keyring"
    ws.close()
