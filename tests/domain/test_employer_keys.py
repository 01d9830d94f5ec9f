"""The CVR check and the employer-name key the register's duplicate check compares."""

from __future__ import annotations

import pytest

from ips_desktop.domain.cvr import cvr_is_valid, normalise_cvr
from ips_desktop.domain.employer_names import name_key


@pytest.mark.parametrize("cvr", ["35954716", "10150817", "29189978"])
def test_real_cvr_numbers_pass_the_modulus_11_check(cvr):
    assert cvr_is_valid(cvr)


@pytest.mark.parametrize("cvr", [
    "35954717",  # last digit off by one
    "39554716",  # two neighbours swapped
    "3595471",  # seven digits
    "359547160",  # nine
    "03595471",  # a leading zero is never issued
    "3595471a",
    "３５９５４７１６",  # full-width digits are digits to isdigit(), not to the register
])
def test_mistyped_cvr_numbers_fail(cvr):
    assert not cvr_is_valid(cvr)


def test_a_copied_cvr_loses_its_prefix_and_spaces():
    assert normalise_cvr(" DK 35 95 47 16 ") == "35954716"
    assert normalise_cvr("dk-35954716") == "35954716"


@pytest.mark.parametrize(("a", "b"), [
    ("Netto A/S", "netto"),
    ("NETTO a/s.", "Netto"),
    ("Køge Tømrer & Snedker ApS", "Koege Toemrer og Snedker"),
    ("Café  Ølstykke I/S", "cafe olstykke"),
])
def test_names_that_are_one_business_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_different_businesses_and_a_bare_company_form_keep_their_words():
    assert name_key("Netto Køge") != name_key("Netto")
    assert name_key("A/S") == "as"  # a name of only a form is still a name
    assert name_key("Aps Byg") == "aps byg"  # the form is dropped at the end only
