"""The edges of answer checking that `make mutants` found untested: ranges, dates, rows.

Each test here kills mutants that survived the rest of the suite (README.md,
"Mutation testing"); the boundaries are the ones a person can type.
"""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from ips_desktop.domain import messages
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.form_answers import OLDEST_DATE, storable_answers, validate_answers
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import MAX_GROUP_ROWS
from ips_desktop.domain.rules import CaseloadStatus, caseload_capacity, caseload_status

TODAY = date(2025, 3, 10)

EDGES = textwrap.dedent('''\
    id = "edges"
    version = "1"
    title = "Kanter"

    [[sections]]
    name = "only"
    title = "Eneste"

    [[sections.fields]]
    name = "both"
    type = "integer"
    min = 1
    max = 60
    label = "Begge grænser"

    [[sections.fields]]
    name = "floor"
    type = "integer"
    min = 5
    label = "Kun mindst"

    [[sections.fields]]
    name = "ceiling"
    type = "integer"
    max = 9
    label = "Kun højst"

    [[sections.fields]]
    name = "short"
    type = "text"
    max_length = 5
    label = "Kort"

    [[sections.fields]]
    name = "since"
    type = "date"
    label = "Siden"

    [[sections.fields]]
    name = "consultant"
    type = "choice"
    store = "course.consultant"
    label = "Konsulent"

    [[sections.fields]]
    name = "jobs"
    type = "group"
    label = "Job"

    [[sections.fields.fields]]
    name = "hours"
    type = "integer"
    min = 1
    max = 40
    label = "Timer"

    [[sections.fields.fields]]
    name = "from_date"
    type = "date"
    label = "Fra"
    ''')


@pytest.fixture(autouse=True)
def english():
    messages.set_language("en")
    yield
    messages.set_language("da")


@pytest.fixture(scope="module")
def spec():
    return parse_form(EDGES, "edges.toml")


def check(spec, answers, *, complete=True, today=TODAY, dynamic=None):
    return {e.field: e.message for e in validate_answers(
        spec, answers, complete=complete, today=today, dynamic_choices=dynamic)}


def row(row_id="r1", **cells):
    return {"row_id": row_id, **cells}


# -- number ranges ------------------------------------------------------------------------

def test_both_bounds_are_inclusive(spec):
    assert check(spec, {"both": 1}) == check(spec, {"both": 60}) == {}
    assert check(spec, {"both": 0}) == {"both": "Must be between 1 and 60."}
    assert check(spec, {"both": 61}) == {"both": "Must be between 1 and 60."}


def test_a_lower_bound_alone(spec):
    assert check(spec, {"floor": 5}) == check(spec, {"floor": 500}) == {}
    assert check(spec, {"floor": 4}) == {"floor": "Must be at least 5."}


def test_an_upper_bound_alone(spec):
    assert check(spec, {"ceiling": 9}) == check(spec, {"ceiling": -3}) == {}
    assert check(spec, {"ceiling": 10}) == {"ceiling": "Must be at most 9."}


def test_a_draft_does_not_judge_ranges_but_a_complete_answer_does(spec):
    assert check(spec, {"both": 99}, complete=False) == {}
    assert check(spec, {"jobs": [row(hours=99)]}, complete=False) == {}
    assert check(spec, {"jobs": [row(hours=99)]}) == {
        "jobs[0].hours": "Must be between 1 and 40."}


# -- text -----------------------------------------------------------------------------------

def test_a_question_own_max_length_wins_over_the_default(spec):
    assert check(spec, {"short": "12345"}) == {}
    assert check(spec, {"short": "123456"}) == {"short": "At most 5 characters."}


def test_a_text_answer_that_is_not_text_is_an_invalid_value(spec):
    assert check(spec, {"short": 5}) == {"short": "Not a valid answer."}


# -- dates ----------------------------------------------------------------------------------

def test_the_oldest_date_itself_is_allowed(spec):
    assert check(spec, {"since": OLDEST_DATE.isoformat()}) == {}
    assert "since" in check(spec, {"since": "1899-12-31"})


@pytest.mark.parametrize("written", ["20250301", "2025-03-01T10:00", "31.02.2025", "1.3.2025.5"])
def test_what_names_no_date_is_refused_with_the_form_wanted(spec, written):
    assert check(spec, {"since": written}) == {
        "since": "Not a valid date. Write it as dd.mm.yyyy."}


@pytest.mark.parametrize("written", ["2025-3-1", "1.3.2025", "1/3-25", "01.03.25", "1.3"])
def test_dates_typed_the_danish_way_are_read(spec, written):
    assert check(spec, {"since": written}) == {}  # typed_dates: 1 March 2025


def test_a_year_ahead_from_29_february_is_1_march(spec):
    leap = date(2024, 2, 29)
    assert check(spec, {"since": "2025-03-01"}, today=leap) == {}
    assert check(spec, {"since": "2025-03-02"}, today=leap) == {
        "since": "The date is more than a year in the future."}


def test_dates_in_rows_are_judged_against_today(spec):
    assert check(spec, {"jobs": [row(from_date="2026-03-10")]}) == {}
    assert check(spec, {"jobs": [row(from_date="2026-03-11")]}) == {
        "jobs[0].from_date": "The date is more than a year in the future."}


# -- the consultant, known only at run time -----------------------------------------------

def test_an_unknown_consultant_is_refused_when_the_consultants_are_given(spec):
    known = {"consultant": {"a1"}}
    assert check(spec, {"consultant": "a1"}, dynamic=known) == {}
    assert check(spec, {"consultant": "zz"}, dynamic=known) == {
        "consultant": "Unknown value."}
    assert check(spec, {"consultant": "zz"}) == {}  # without the list, any id passes


# -- group rows -----------------------------------------------------------------------------

def test_rows_must_be_a_list_of_rows(spec):
    assert check(spec, {"jobs": ["not a row"]}) == {"jobs": "Not a valid answer."}
    assert check(spec, {"jobs": {"row_id": "r1"}}) == {"jobs": "Not a valid answer."}


def test_exactly_the_most_rows_is_allowed(spec):
    rows = [row(f"r{n}") for n in range(MAX_GROUP_ROWS)]
    assert check(spec, {"jobs": rows}) == {}
    assert "jobs" in check(spec, {"jobs": [*rows, row("extra")]})


@pytest.mark.parametrize("row_id", [5, None, "", "r1"])
def test_each_row_needs_its_own_text_id(spec, row_id):
    rows = [row("r1"), row(row_id)]
    assert check(spec, {"jobs": rows}) == {"jobs[1]": "Not a valid answer."}


# -- storing answers ------------------------------------------------------------------------

def test_storable_answers_turn_dates_in_rows_into_text(spec):
    stored = storable_answers(spec, {"jobs": [row(from_date=date(2024, 5, 1), hours=3)]})
    assert stored == {"jobs": [{"row_id": "r1", "from_date": "2024-05-01", "hours": 3}]}


def test_storable_answers_keep_unknown_answers_and_blank_cpr_as_they_are():
    referral = parse_form(textwrap.dedent('''\
        id = "r"
        version = "1"
        title = "R"

        [[sections]]
        name = "s"
        title = "S"

        [[sections.fields]]
        name = "cpr"
        type = "text"
        store = "participant.cpr"
        label = "CPR"
        '''), "r.toml")
    assert storable_answers(referral, {"old": ["a", "b"], "cpr": "  "}) == {
        "old": ["a", "b"], "cpr": "  "}
    assert storable_answers(referral, {"cpr": "0101901234"}) == {"cpr": "010190-1234"}


# -- the caseload and the messages a programmer reads ---------------------------------------

def test_a_consultant_without_participants_has_every_place_free():
    assert caseload_status(0, 1.0) == CaseloadStatus(0, 25, False, 25)
    with pytest.raises(ValueError, match="negative"):
        caseload_status(-1, 1.0)
    with pytest.raises(ValueError, match="FTE"):
        caseload_capacity(0)


def test_a_validation_error_names_every_field_in_its_text():
    error = ValidationError([FieldError("a", "x"), FieldError("b", "y")])
    assert str(error) == "a: x; b: y"
