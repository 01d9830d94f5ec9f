"""Names sort as the reader's language sorts them (ICU's CLDR collation)."""

from __future__ import annotations

from ips_desktop.domain import messages
from ips_desktop.services.collation import sort_key, sorted_names

NAMES = ["Åse Holm", "Aage Berg", "Łukasz Nowak", "Øjvind Lund", "Ærlig Hansen", "Zacharias",
         "Anders", "Lars", "Émile", "Oliver", "Yrsa"]
DANISH = ["Anders", "Émile", "Lars", "Łukasz Nowak", "Oliver", "Yrsa", "Zacharias",
          "Ærlig Hansen", "Øjvind Lund", "Aage Berg", "Åse Holm"]


def test_danish_order_puts_ae_oe_aa_last_and_aa_as_a_ring():
    assert sorted_names(NAMES, "da") == DANISH


def test_bokmal_orders_the_same_letters_the_same_way():
    assert sorted_names(NAMES, "nb") == DANISH


def test_english_sorts_them_as_accented_letters():
    english = sorted_names(NAMES, "en")
    assert english[:4] == ["Aage Berg", "Ærlig Hansen", "Anders", "Åse Holm"]
    assert english.index("Łukasz Nowak") == english.index("Lars") + 1


def test_the_default_follows_the_ui_language():
    messages.set_language("en")
    try:
        assert sorted(NAMES, key=sort_key())[0] == "Aage Berg"
    finally:
        messages.set_language("da")
    assert sorted(NAMES, key=sort_key())[-1] == "Åse Holm"
