"""Text checks that `make mutants` showed untested: invisible format characters, defaults."""

from __future__ import annotations

import pytest

from ips_desktop.domain.validation import text_problem


@pytest.mark.parametrize("hidden", ["\u202e", "\u200b", "\u2066", "\ufeff"])
def test_invisible_format_characters_are_refused(hidden):
    # U+202E turns the text around on screen: "Anna" could print as someone else.
    assert text_problem(f"An{hidden}na", max_len=50) is not None


def test_by_default_a_text_is_optional_and_on_one_line():
    assert text_problem("", max_len=5) is None
    assert text_problem("   ", max_len=5) is None
    assert text_problem("a\nb", max_len=5) is not None
    assert text_problem("a\nb", max_len=5, multiline=True) is None
    assert text_problem("", max_len=5, required=True) is not None
