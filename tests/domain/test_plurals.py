"""Counted texts outside Qt: "1 day" but "2 days", "1 dag" but "2 dage" / "2 dager"."""

from __future__ import annotations

import pytest

from ips_desktop.domain import messages
from ips_desktop.domain.messages import PLURALS, plural
from ips_desktop.domain.rule_texts import overdue_text
from ips_desktop.domain.rules import RuleId


def test_every_counted_text_has_both_forms_in_every_language():
    for code, texts in PLURALS.items():
        for language in messages.LANGUAGES:
            one, other = texts[language]
            assert "{n}" in one and "{n}" in other, (code, language)


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "1 day overdue", "2 days overdue"),
    ("da", "1 dag over fristen", "2 dage over fristen"),
    ("nb", "1 dag over fristen", "2 dager over fristen"),
])
def test_one_and_more(language, one, two):
    assert plural("days_overdue", 1, language) == one
    assert plural("days_overdue", 2, language) == two
    assert plural("days_overdue", 0, language) == two.replace("2", "0")
    assert plural("days_overdue", 14, language) == two.replace("2", "14")


def test_the_current_language_is_the_default():
    messages.set_language("nb")
    try:
        assert plural("days", 3) == "3 dager"
    finally:
        messages.set_language("da")
    assert plural("days", 1) == "1 dag"


def test_an_overdue_rule_for_the_printouts():
    assert overdue_text(RuleId.FIRST_MEETING, 1, "en") == "First meeting — 1 day overdue"
    assert overdue_text(RuleId.FIRST_MEETING, 14, "da") == "Første møde — 14 dage over fristen"
