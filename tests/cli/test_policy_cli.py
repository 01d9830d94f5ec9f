"""`ips-desktop policy` for IT, and the policy in the other commands: real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import PASSWORD

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "policy.example.toml"


def run(*words: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ips_desktop", *words], capture_output=True,
                          text=True, env=os.environ | env, timeout=timeout)


def test_no_file_is_no_policy(tmp_path):
    done = run("policy", "--language", "en")
    assert done.returncode == 0 and done.stderr == ""
    assert "(not there: no policy, the user's own settings)" in done.stdout
    assert "retention_years" in done.stdout and "not set (the user's choice)" in done.stdout


def test_the_example_file_prints_every_value_and_its_line(it_policy):
    it_policy(EXAMPLE.read_text(encoding="utf-8"))
    done = run("policy", "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["keys"]["municipality"] == {"value": "Køge Kommune", "source": "file",
                                             "line": 8}
    assert shown["keys"]["allow_passphrase_mode"]["value"] is False
    assert shown["problems"] == []


def test_a_broken_file_is_exit_40_with_its_lines_on_stderr(it_policy):
    it_policy('municipality = "Køge Kommune"\nretention_years = "fem"\n')
    done = run("policy", "--language", "en")
    assert done.returncode == 40
    assert "policy.toml, line 2: retention_years has the wrong type" in done.stderr
    assert "safe default (the file has problems)" in done.stdout  # the strict keys
    it_policy('municipality = "Køge\n')
    done = run("policy")
    assert done.returncode == 40 and "linje 1: ikke gyldig TOML" in done.stderr


def test_every_command_warns_of_a_broken_file_and_goes_on(it_policy, data_dir):
    it_policy("nonsense = 1\n")
    done = run("--data-dir", str(data_dir), "check", IPS_DESKTOP_PASSWORD=PASSWORD)
    assert "linje 1: ukendt nøgle nonsense" in done.stderr
    assert done.returncode == 9  # the command itself ran: no database here


def test_setup_in_passphrase_mode_is_refused_exit_39(it_policy, data_dir):
    it_policy("allow_passphrase_mode = false\n")
    done = run("--data-dir", str(data_dir), "setup", "--passphrase-mode", "--language", "en",
               IPS_DESKTOP_PASSWORD=PASSWORD)
    assert done.returncode == 39
    assert "Your IT department does not allow" in done.stderr
    assert not (data_dir / "ips.db").exists()


def test_the_default_language_is_the_command_lines_too(it_policy):
    it_policy('default_language = "nb"\n')
    assert "Policyfil" in run("policy", IPS_DESKTOP_LANGUAGE="").stdout
    assert "Policy file" in run("policy", IPS_DESKTOP_LANGUAGE="en").stdout  # the user's wins


def test_a_fifo_at_the_policy_path_does_not_hold_the_start(it_policy):
    """Opening a FIFO for reading waits for a writer: the app would never start."""
    path = it_policy("")
    path.unlink()
    os.mkfifo(path)
    done = run("policy", "--language", "en", timeout=20)
    assert done.returncode == 40
    assert "policy.toml: the file cannot be read" in done.stderr
