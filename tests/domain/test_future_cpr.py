"""A CPR number whose birth date is after today is a typo, wherever the form checks it."""

from __future__ import annotations

from datetime import date

from ips_desktop.domain.form_answers import validate_answers
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.paths import forms_dir

TODAY = date(2025, 6, 1)
NOT_A_BIRTH_DATE = "CPR-nummerets første 6 cifre er ikke en gyldig fødselsdato."


def cpr_errors(cpr: str, today: date = TODAY) -> list[str]:
    spec = parse_form((forms_dir() / "referral.toml").read_text(encoding="utf-8"),
                      "referral.toml")
    return [e.message for e in validate_answers(spec, {"cpr": cpr}, complete=False, today=today)
            if e.field == "cpr"]


def test_the_form_refuses_a_birth_date_after_today():
    assert cpr_errors("020625-4000") == [NOT_A_BIRTH_DATE]  # born tomorrow
    assert cpr_errors("010130-4000") == [NOT_A_BIRTH_DATE]  # 2030


def test_the_form_accepts_a_birth_today_or_before():
    assert cpr_errors("010625-4000") == []  # born today
    assert cpr_errors("310525-4000") == []
    assert cpr_errors("020625-4000", today=date(2025, 6, 2)) == []
