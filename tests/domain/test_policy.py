"""The policy file's rules: every key's type and range, a broken file's lines, its safe values."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ips_desktop.domain.policy import KEY_NAMES, Problem, Source, key_line, parse

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_a_good_file_sets_every_key_with_its_line():
    found = parse((DOCS / "policy.example.toml").read_text(encoding="utf-8"))
    assert found.problems == ()
    assert {name for name, s in found.settings.items() if s.source is Source.FILE} \
        == set(KEY_NAMES)
    assert found.value("municipality") == "Køge Kommune"
    assert found.value("psychiatry_units")[0] == "Psykiatrisk Center Køge, ambulatoriet"
    assert found.value("forms_folder") == r"\\fileserver\ips\forms"
    assert found.value("max_auto_lock_minutes") == 10
    assert found.value("allow_passphrase_mode") is False
    assert not found.passphrase_mode_allowed
    assert found.settings["municipality"].line == 8


def test_the_guide_names_exactly_the_keys_the_code_knows():
    """Every key in the guide's table exists in the code, and every code key is documented."""
    guide = (DOCS / "it-guide.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([a-z_]+)` \|", guide, flags=re.MULTILINE))
    assert table == set(KEY_NAMES)


def test_no_file_content_sets_nothing_and_allows_passphrase_mode():
    found = parse("")
    assert found.problems == ()
    assert all(s.source is Source.NOT_SET and s.value is None for s in found.settings.values())
    assert found.passphrase_mode_allowed


def test_a_syntax_error_is_reported_with_its_line_and_every_key_is_safe():
    found = parse('municipality = "Køge"\n\nretention_years = 5\nbackup_folder = "x\n')
    [problem] = found.problems
    assert (problem.problem, problem.line) == (Problem.SYNTAX, 4)
    assert found.value("municipality") is None  # nothing of a broken file is used
    assert found.value("allow_passphrase_mode") is False  # the strict reading
    assert found.settings["allow_passphrase_mode"].source is Source.STRICT
    assert found.value("max_auto_lock_minutes") == 5
    assert found.value("retention_years") is None  # never a period nobody chose


@pytest.mark.parametrize(("text", "key", "problem"), [
    ('max_auto_lock_minutes = "10"', "max_auto_lock_minutes", Problem.WRONG_TYPE),
    ("max_auto_lock_minutes = true", "max_auto_lock_minutes", Problem.WRONG_TYPE),
    ("max_auto_lock_minutes = 61", "max_auto_lock_minutes", Problem.OUT_OF_RANGE),
    ("max_auto_lock_minutes = 0", "max_auto_lock_minutes", Problem.OUT_OF_RANGE),
    ('allow_passphrase_mode = "no"', "allow_passphrase_mode", Problem.WRONG_TYPE),
    ("retention_years = 31", "retention_years", Problem.OUT_OF_RANGE),
    ("retention_years = 0.5", "retention_years", Problem.WRONG_TYPE),
    ('default_language = "sv"', "default_language", Problem.OUT_OF_RANGE),
    ("default_language = 1", "default_language", Problem.WRONG_TYPE),
    ('psychiatry_units = "Køge"', "psychiatry_units", Problem.WRONG_TYPE),
    ("psychiatry_units = []", "psychiatry_units", Problem.OUT_OF_RANGE),
    ('psychiatry_units = ["A", ""]', "psychiatry_units", Problem.OUT_OF_RANGE),
    ('municipality = ""', "municipality", Problem.OUT_OF_RANGE),
    (f'municipality = "{"x" * 101}"', "municipality", Problem.OUT_OF_RANGE),
    ("forms_folder = 3", "forms_folder", Problem.WRONG_TYPE),
    ("backup_folder = []", "backup_folder", Problem.WRONG_TYPE),
    ("alow_passphrase_mode = false", "alow_passphrase_mode", Problem.UNKNOWN_KEY),
    ("[policy]\nmunicipality = 'x'", "policy", Problem.UNKNOWN_KEY),
])
def test_a_wrong_value_is_reported_at_its_own_line(text, key, problem):
    found = parse("# IT's policy\n\n" + text + "\n")
    [reported] = found.problems
    assert (reported.problem, reported.key, reported.line) == (problem, key, 3)


def test_one_bad_key_leaves_the_good_ones_and_makes_the_security_keys_strict():
    found = parse('municipality = "Køge Kommune"\nalow_passphrase_mode = false\n')
    assert found.value("municipality") == "Køge Kommune"  # a good key stays good
    assert not found.passphrase_mode_allowed  # the misspelt key may have meant false
    assert found.value("max_auto_lock_minutes") == 5


def test_a_valid_security_key_in_a_file_with_problems_keeps_its_value():
    found = parse("allow_passphrase_mode = true\nmax_auto_lock_minutes = 30\nnonsense = 1\n")
    assert found.passphrase_mode_allowed
    assert found.value("max_auto_lock_minutes") == 30


def test_units_are_trimmed_and_folded_alike_once():
    found = parse('psychiatry_units = [" Enhed A ", "enhed a", "Enhed B"]')
    assert found.value("psychiatry_units") == ("Enhed A", "Enhed B")


def test_key_line_finds_quoted_keys_and_tables():
    text = '# x\n"municipality" = "a"\n  [ psychiatry_units ]\n'
    assert key_line(text, "municipality") == 2
    assert key_line(text, "psychiatry_units") == 3
    assert key_line(text, "retention_years") is None
