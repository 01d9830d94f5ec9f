"""Answers against a form spec: draft versus complete, relevance, groups, types."""

from __future__ import annotations

import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest

from ips_desktop.domain import messages
from ips_desktop.domain.form_answers import (
    carry_renamed,
    relevant_names,
    storable_answers,
    validate_answers,
)
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import MAX_GROUP_ROWS

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2025, 3, 10)

SMALL = textwrap.dedent('''\
    id = "small"
    version = "1"
    title = "Lille"

    [[sections]]
    name = "only"
    title = "Eneste"

    [[sections.fields]]
    name = "works"
    type = "yes_no"
    label = "Arbejder"

    [[sections.fields]]
    name = "employer"
    type = "text"
    required = true
    relevant = { field = "works", equals = true }
    label = "Arbejdsgiver"

    [[sections.fields]]
    name = "contact"
    type = "text"
    required = true
    relevant = { field = "employer" }
    label = "Kontaktperson"

    [[sections.fields]]
    name = "hours"
    type = "integer"
    min = 1
    max = 60
    label = "Timer"

    [[sections.fields]]
    name = "mood"
    type = "rating"
    min = 1
    max = 5
    label = "Humør"

    [[sections.fields]]
    name = "wishes"
    type = "multi_choice"
    label = "Ønsker"
    choices = [
      { name = "office", label = "Kontor" },
      { name = "outdoor", label = "Udendørs" },
      { name = "night", label = "Nat", disabled = true },
    ]

    [[sections.fields]]
    name = "size"
    type = "choice"
    required = true
    label = "Størrelse"
    choices = [{ name = "small", label = "Lille" }]

    [[sections.fields]]
    name = "since"
    type = "date"
    label = "Siden"
    ''')


@pytest.fixture
def small():
    return parse_form(SMALL, "small.toml")


@pytest.fixture
def referral():
    return parse_form((ROOT / "forms" / "referral.toml").read_text(encoding="utf-8"),
                      "referral.toml")


def by_field(errors):
    return {e.field: e.message for e in errors}


def check(spec, answers, complete=False):
    return by_field(validate_answers(spec, answers, complete=complete, today=TODAY))


def test_a_draft_skips_required_and_complete_checks_it(referral):
    assert check(referral, {}) == {}
    assert check(referral, {}, complete=True) == {"name": "Skal udfyldes.",
                                                  "referral_date": "Skal udfyldes."}
    assert check(referral, {"name": "Åse Ødegård", "referral_date": "2025-03-01"},
                 complete=True) == {}


def test_whitespace_is_no_answer(referral):
    assert check(referral, {"name": "   ", "referral_date": None}, complete=True) == {
        "name": "Skal udfyldes.", "referral_date": "Skal udfyldes."}


def test_required_only_for_relevant_questions(small):
    base = {"size": "small"}
    assert check(small, base | {"works": False}, complete=True) == {}
    assert check(small, base | {"works": True}, complete=True) == {"employer": "Skal udfyldes."}
    assert check(small, base | {"works": True, "employer": "Netto"}, complete=True) == {
        "contact": "Skal udfyldes."}


def test_relevance_follows_the_chain(small):
    # A stale answer to a hidden question does not make the next one relevant.
    stale = {"works": False, "employer": "Netto"}
    assert relevant_names(small, stale) == {"works", "hours", "mood", "wishes", "size", "since"}
    assert check(small, stale | {"size": "small"}, complete=True) == {}
    assert "contact" in relevant_names(small, {"works": True, "employer": "Netto"})


def test_values_that_cannot_be_stored_are_refused_even_in_a_draft(small):
    assert check(small, {"works": "yes", "hours": "12", "mood": 7, "size": "huge",
                         "wishes": ["office", "space"], "since": "2023-02-29"}) == {
        "works": "Ugyldigt svar.",
        "hours": "Skal være et helt tal.",
        "mood": "Skal være mellem 1 og 5.",
        "size": "Ukendt værdi.",
        "wishes": "Ukendt værdi.",
        "since": "Ikke en gyldig dato. Skriv den som dd.mm.åååå.",
    }


def test_integer_range_is_a_constraint_checked_on_complete(small):
    answers = {"hours": 80, "size": "small"}
    assert check(small, answers) == {}
    assert check(small, answers, complete=True) == {"hours": "Skal være mellem 1 og 60."}
    assert check(small, {"hours": True}) == {"hours": "Skal være et helt tal."}


def test_a_retired_choice_is_still_accepted(small):
    assert check(small, {"wishes": ["night", "office"]}) == {}
    assert check(small, {"wishes": "office"}) == {"wishes": "Ugyldigt svar."}


def test_dates(small):
    assert check(small, {"since": date(2024, 2, 29)}) == {}
    assert check(small, {"since": "2026-03-10"}) == {}  # exactly a year ahead
    assert check(small, {"since": "2026-03-11"}) == {
        "since": "Datoen ligger mere end et år ude i fremtiden."}
    assert check(small, {"since": "1899-12-31"}) == {"since": "Datoen ligger før år 1900."}
    assert check(small, {"since": "10-03-2025"}) == {}  # typed the Danish way (typed_dates)
    assert check(small, {"since": "10/3-25"}) == {}
    assert check(small, {"since": "31.02.2025"}) == {
        "since": "Ikke en gyldig dato. Skriv den som dd.mm.åååå."}
    assert check(small, {"since": datetime(2025, 1, 1, 12, 0)}) == {
        "since": "Ikke en gyldig dato. Skriv den som dd.mm.åååå."}


def test_text_length_and_control_characters(referral):
    assert check(referral, {"name": "x" * 201}) == {"name": "Må højst være 200 tegn."}
    assert check(referral, {"phone": "12\x0734"}) == {
        "phone": "Indeholder usynlige styretegn; skriv teksten igen."}
    assert check(referral, {"name": "Bo\nBak"})["name"].startswith("Indeholder usynlige")
    assert check(referral, {"job_preferences": "Lager\nIkke nattevagt"}) == {}


def test_cpr_is_checked_when_given_and_never_required(referral):
    assert check(referral, {"cpr": "010190-1234"}) == {}
    assert check(referral, {"cpr": "0101901"}) == {
        "cpr": "Et CPR-nummer har 10 cifre: DDMMÅÅ-XXXX."}
    assert check(referral, {"cpr": "300290-1234"}) == {
        "cpr": "CPR-nummerets første 6 cifre er ikke en gyldig fødselsdato."}
    assert "cpr" not in check(referral, {}, complete=True)


def test_repeat_group_rows_and_cells(referral):
    rows = [{"row_id": "a1", "medication": "Lithium", "side_effects": "Rysten"},
            {"row_id": "b2", "medication": "", "side_effects": "x" * 201}]
    assert check(referral, {"medications": rows}) == {
        "medications[1].side_effects": "Må højst være 200 tegn."}
    assert check(referral, {"medications": rows, "name": "A", "referral_date": "2025-03-01"},
                 complete=True) == {"medications[1].medication": "Skal udfyldes.",
                                    "medications[1].side_effects": "Må højst være 200 tegn."}


def test_group_rows_need_their_own_ids(referral):
    rows = [{"row_id": "a1", "medication": "A"}, {"medication": "B"},
            {"row_id": "a1", "medication": "C"}]
    assert check(referral, {"medications": rows}) == {"medications[1]": "Ugyldigt svar.",
                                                      "medications[2]": "Ugyldigt svar."}
    assert check(referral, {"medications": {"row_id": "a1"}}) == {
        "medications": "Ugyldigt svar."}


def test_too_many_rows(referral):
    rows = [{"row_id": str(i), "medication": "A"} for i in range(MAX_GROUP_ROWS + 1)]
    assert check(referral, {"medications": rows}) == {"medications": "Højst 50 rækker."}


def test_consultant_choices_come_from_the_caller(referral):
    answers = {"consultant": "c-2"}
    assert check(referral, answers) == {}
    errors = validate_answers(referral, answers, complete=False, today=TODAY,
                              dynamic_choices={"consultant": ["c-1"]})
    assert by_field(errors) == {"consultant": "Ukendt værdi."}


def test_answers_to_unknown_questions_are_left_alone(referral):
    assert check(referral, {"eligible_for_ips": 42, "name": "A"}) == {}


def test_messages_follow_the_language(referral):
    messages.set_language("en")
    assert check(referral, {"referral_date": "2025-13-01"}, complete=True) == {
        "name": "Required.", "referral_date": "Not a valid date. Write it as dd.mm.yyyy."}


def test_storable_answers_store_a_typed_date_as_iso(small):
    assert storable_answers(small, {"since": "25/11-26"}, date(2026, 12, 1)) == {
        "since": "2026-11-25"}


def test_storable_answers_are_plain_json_values(referral):
    answers = {"referral_date": date(2025, 3, 1), "cpr": "010190 1234", "old": "kept",
               "medications": [{"row_id": "a", "medication": "X"}]}
    assert storable_answers(referral, answers) == {
        "referral_date": "2025-03-01", "cpr": "010190-1234", "old": "kept",
        "medications": [{"row_id": "a", "medication": "X"}]}


def test_carry_renamed_moves_an_old_answer_to_its_new_name():
    spec = parse_form(SMALL.replace('name = "since"\n', 'name = "started_on"\n'
                                    'renamed_from = "since"\n'), "small.toml")
    assert carry_renamed(spec, {"since": "2024-01-01", "works": True}) == {
        "started_on": "2024-01-01", "works": True}
    assert carry_renamed(spec, {"since": "2024-01-01", "started_on": "2024-02-02"}) == {
        "since": "2024-01-01", "started_on": "2024-02-02"}


def test_renamed_from_a_name_still_in_use_is_refused():
    from ips_desktop.domain.forms import FormError

    with pytest.raises(FormError) as caught:
        parse_form(SMALL.replace('name = "since"\n', 'name = "started_on"\n'
                                 'renamed_from = "hours"\n'), "small.toml")
    assert caught.value.problem == ('question "started_on": renamed_from "hours" is still the '
                                    "name of a question in this form")
