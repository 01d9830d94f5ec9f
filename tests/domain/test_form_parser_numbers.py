"""A form file's max_length, min and max: each wrong value is named at its own line.

Found by `make mutants`: these checks had no test, so a broken one went unseen.
"""

from __future__ import annotations

import pytest

from ips_desktop.domain.form_parser import parse_form
from tests.domain.test_form_parser import BASE, error_of, field_block

LINE = 18  # the first extra line of field_block() after BASE


@pytest.mark.parametrize("written", ["0", "-3", '"50"', "true", "2.5"])
def test_max_length_must_be_a_whole_number_above_0(written):
    error = error_of(BASE + field_block("beta", "text", f"max_length = {written}\n"))
    assert (error.line, error.problem) == (
        LINE, 'question "beta": max_length must be a whole number above 0, without quotes')


def test_max_length_1_is_allowed_and_kept():
    spec = parse_form(BASE + field_block("beta", "text", "max_length = 1\n"), "demo.toml")
    assert spec.field("beta").max_length == 1


def test_a_long_max_length_is_fine_without_a_column():
    spec = parse_form(BASE + field_block("beta", "long_text", "max_length = 900000\n"),
                      "demo.toml")
    assert spec.field("beta").max_length == 900000


@pytest.mark.parametrize(("key", "written"), [("min", '"1"'), ("max", "true"), ("min", "1.5"),
                                              ("max", '"ti"')])
def test_min_and_max_must_be_whole_numbers(key, written):
    other = "max = 9" if key == "min" else "min = 1"
    error = error_of(BASE + field_block("hours", "integer", f"{other}\n{key} = {written}\n"))
    assert (error.line, error.problem) == (
        LINE + 1, f'question "hours": {key} must be a whole number, no quotes')


def test_min_equal_to_max_is_allowed():
    spec = parse_form(BASE + field_block("hours", "integer", "min = 3\nmax = 3\n"), "demo.toml")
    assert (spec.field("hours").min_value, spec.field("hours").max_value) == (3, 3)
