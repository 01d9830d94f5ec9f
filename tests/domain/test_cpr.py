from __future__ import annotations

from datetime import date

import pytest

from ips_desktop.domain.cpr import CprError, birth_date, century, parse_cpr


@pytest.mark.parametrize("written", ["010190-1234", "0101901234", "010190 1234",
                                     "  010190-1234 "])
def test_normalised_with_or_without_dash_or_space(written):
    assert parse_cpr(written) == "010190-1234"


@pytest.mark.parametrize("written", ["", "12345", "010190-123", "01019O-1234", "010190--1234",
                                     "010190/1234", "0101901234 5", "01-01-90-1234"])
def test_not_ten_digits_is_a_format_error(written):
    with pytest.raises(CprError) as caught:
        parse_cpr(written)
    assert caught.value.code == "cpr_format"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("cpr", "born"), [
    ("010190-0123", date(1990, 1, 1)),   # 7th digit 0-3: 1900s
    ("311299-3999", date(1999, 12, 31)),
    ("150536-4000", date(2036, 5, 15)),  # 4: 2000s up to YY 36 ...
    ("150537-4000", date(1937, 5, 15)),  # ... 1900s from 37
    ("010136-9000", date(2036, 1, 1)),   # 9 as 4
    ("010137-9000", date(1937, 1, 1)),
    ("010157-5000", date(2057, 1, 1)),   # 5-8: 2000s up to YY 57 ...
    ("010158-8000", date(1858, 1, 1)),   # ... 1800s from 58
])
def test_century_from_the_seventh_digit(cpr, born):
    assert birth_date(cpr) == born


def test_century_table():
    assert [century(36, d) for d in range(10)] == [1900] * 4 + [2000] * 6
    assert [century(37, d) for d in range(10)] == [1900] * 5 + [2000] * 4 + [1900]
    assert [century(58, d) for d in range(10)] == [1900] * 5 + [1800] * 4 + [1900]


def test_29_february_only_in_a_leap_year():
    assert birth_date("290296-1234") == date(1996, 2, 29)
    assert birth_date("290200-4321") == date(2000, 2, 29)  # 2000 is a leap year
    for not_leap in ("290297-1234", "290200-1234"):  # 1997, and 1900 (not a leap year)
        with pytest.raises(CprError) as caught:
            parse_cpr(not_leap)
        assert caught.value.code == "cpr_date"


@pytest.mark.parametrize("cpr", ["320190-1234", "011390-1234", "000190-1234", "010090-1234",
                                 "610190-1234"])  # day 61: a replacement number, not a date
def test_impossible_dates(cpr):
    with pytest.raises(CprError) as caught:
        parse_cpr(cpr)
    assert caught.value.code == "cpr_date"


def test_no_modulus_11_check():
    # 010190-1234 fails the old modulus-11 control; numbers issued since 2007 may too.
    digits = [int(c) for c in "0101901234"]
    assert sum(d * w for d, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11
    assert parse_cpr("0101901234") == "010190-1234"


def test_birth_after_today_is_refused_only_when_today_is_given():
    assert parse_cpr("010130-4000") == "010130-4000"  # 2030
    with pytest.raises(CprError) as caught:
        parse_cpr("010130-4000", today=date(2025, 6, 1))
    assert caught.value.code == "cpr_date"
    assert parse_cpr("010625-4000", today=date(2025, 6, 1)) == "010625-4000"


@pytest.mark.parametrize("written", [
    "٠١٠١٩٠-١٢٣٤",      # Arabic-Indic digits (an Arabic keyboard)
    "۰۱۰۱۹۰۱۲۳۴",        # Extended Arabic-Indic (Persian, Urdu)
    "０１０１９０－１２３４",  # fullwidth digits and hyphen (an East Asian input method)
    "०१०१९० १२३४",        # Devanagari
    "010190‐1234",       # U+2010 hyphen
    "010190−1234",       # U+2212 minus sign
    "01019٠-1234",       # mixed
])
def test_digits_of_any_script_are_stored_as_ascii(written):
    stored = parse_cpr(written)
    assert stored == "010190-1234"
    assert stored.isascii()


@pytest.mark.parametrize("written", ["010190-123\ud800", "\ud800", "010190\udfff1234",
                                     "①①⓪①⑨⓪-1234", "¹⁰¹⁹⁰-1234"])
def test_a_lone_surrogate_or_a_digit_lookalike_is_a_format_error(written):
    """Circled and superscript digits are not decimal digits: refused, not guessed."""
    with pytest.raises(CprError) as caught:
        parse_cpr(written)
    assert caught.value.code == "cpr_format"
