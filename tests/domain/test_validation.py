"""The one text check every use case shares (domain.validation.text_problem)."""

from __future__ import annotations

import pytest

from ips_desktop.domain.validation import has_lone_surrogate, text_problem


@pytest.mark.parametrize("text", ["Ali\ud800", "\udfff", "a\ud83dz", "   \ud800  "])
def test_a_lone_surrogate_is_a_field_error_not_a_crash(text):
    assert "ødelagt tegn" in (text_problem(text, max_len=100) or "")
    assert "ødelagt tegn" in (text_problem(text, max_len=100, multiline=True) or "")


@pytest.mark.parametrize("text", ["Søren", "محمد علي", "שרה כהן", "अनिल", "😀 smil",
                                  "Zoë\u200dx"])
def test_real_characters_pass(text):
    assert not has_lone_surrogate(text)
    assert text_problem(text, max_len=100) is None
