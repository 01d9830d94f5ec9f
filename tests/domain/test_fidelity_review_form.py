"""forms/fidelity_review.toml: the seven reviewed items, checked with the line of a mistake."""

from __future__ import annotations

import pytest

from ips_desktop.domain import fidelity
from ips_desktop.domain.fidelity_review import SCORE_CHOICES, review_items, score_choice
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import FormError
from ips_desktop.paths import forms_dir

SHIPPED = (forms_dir() / "fidelity_review.toml").read_text(encoding="utf-8")


def items(text: str) -> dict:
    return review_items(parse_form(text, "fidelity_review.toml"))


def test_the_shipped_form_has_the_seven_reviewed_items_with_five_anchors_in_three_languages(
) -> None:
    found = items(SHIPPED)
    assert list(found) == list(fidelity.REVIEWED)
    for key, item in found.items():
        number = fidelity.BY_KEY[key].number
        assert item.title.da.startswith(f"{number}. ")
        assert len(item.anchors) == 5
        for text in (*item.anchors, item.title, item.help):
            assert text is not None and text.da and text.nb and text.en, key
    assert score_choice(3) == "score_3" and SCORE_CHOICES[0] == "score_1"


def test_the_form_says_where_it_comes_from_and_that_it_is_a_self_check() -> None:
    assert "Bond, Becker, Drake & Vogler 1997" in SHIPPED
    assert "never an external fidelity review" in SHIPPED


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_missing_anchor_is_refused_at_its_question() -> None:
    broken = SHIPPED.replace('name = "score_5"', 'name = "score_6"', 1)
    with pytest.raises(FormError) as caught:
        items(broken)
    question = [n for n, line in enumerate(broken.splitlines(), 1)
                if line == 'name = "vocational_staff"'][1]  # the section's, then the question's
    assert caught.value.line == question
    assert "score_1, score_2, score_3, score_4, score_5" in caught.value.problem


def test_a_renamed_section_is_refused() -> None:
    broken = SHIPPED.replace('name = "vocational_unit"', 'name = "unit"', 2)
    with pytest.raises(FormError) as caught:
        items(broken)
    text = str(caught.value) + " ".join(caught.value.extra)
    assert 'name = "vocational_unit"' in text and 'section "unit"' in text


def test_another_question_in_a_section_is_refused_at_its_line() -> None:
    extra = '\n[[sections.fields]]\nname = "extra"\ntype = "text"\nlabel = "Ekstra"\n'
    broken = SHIPPED + extra
    with pytest.raises(FormError) as caught:
        items(broken)
    assert caught.value.line == line_of(broken, 'name = "extra"')
