"""The form file parser: the shipped referral form, and every problem with its line."""

from __future__ import annotations

import hashlib
import re
import textwrap
from pathlib import Path

import pytest

from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import LANGUAGES, FieldType, FormError, Relevance, Text

ROOT = Path(__file__).resolve().parents[2]
REFERRAL = ROOT / "forms" / "referral.toml"

# Line numbers below refer to this text: line 10 is `name = "alpha"`, 11 its type.
BASE = textwrap.dedent('''\
    id = "demo"
    version = "1"
    title = "Demo"

    [[sections]]
    name = "first"
    title = { da = "Første", nb = "Første", en = "First" }

    [[sections.fields]]
    name = "alpha"
    type = "text"
    label = { da = "Alfa", nb = "Alfa", en = "Alpha" }
    ''')


def error_of(text: str) -> FormError:
    with pytest.raises(FormError) as caught:
        parse_form(text, "demo.toml")
    return caught.value


def field_block(name: str, kind: str = "text", extra: str = "") -> str:
    """A question appended after BASE; its `name = ` stands on the block's 2nd line."""
    return (f'\n[[sections.fields]]\nname = "{name}"\ntype = "{kind}"\n'
            f'label = {{ da = "{name}" }}\n{extra}')


# --- the shipped referral form ---------------------------------------------------

def referral():
    return parse_form(REFERRAL.read_text(encoding="utf-8"), "referral.toml")


def test_referral_parses_with_its_pages_and_stored_columns():
    spec = referral()
    assert (spec.id, spec.version) == ("referral", "1")
    assert [s.name for s in spec.sections] == ["participant", "referral", "about_work", "consent"]
    assert spec.title.get("da") == "Henvisning til IPS"
    stored = spec.stored_fields()
    assert stored["participant.name"].name == "name"
    assert stored["participant.name"].required is True
    assert stored["participant.cpr"].required is False
    assert stored["participant.cpr"].max_length == 11
    assert stored["course.referral_date"].required is True
    assert stored["course.consultant"].type is FieldType.CHOICE
    assert stored["course.consultant"].choices == ()
    assert set(stored) >= {"participant.phone", "course.psychiatry_unit", "course.clinician",
                           "course.date_received", "course.first_meeting_date",
                           "course.plan_completed_on", "consent.given_on", "consent.scope",
                           "consent.withdrawn_on"}
    meds = spec.field("medications")
    assert meds is not None and meds.type is FieldType.GROUP
    assert [c.name for c in meds.fields] == ["medication", "side_effects"]
    assert spec.field("consent_scope").relevant == Relevance("consent_given_on")
    assert spec.source_hash == hashlib.sha256(REFERRAL.read_bytes()).hexdigest()


def every_text(spec):
    for section in spec.sections:
        yield section.name, section.title
        if section.help:
            yield section.name, section.help
        for question in section.fields:
            for item in (question, *question.fields):
                yield item.name, item.label
                if item.help:
                    yield item.name, item.help
                for choice in item.choices:
                    yield choice.name, choice.label


def test_referral_has_every_text_in_all_three_languages():
    missing = [(name, lang) for name, text in every_text(referral())
               for lang in LANGUAGES if not getattr(text, lang).strip()]
    assert missing == []


def test_referral_names_are_unique_across_the_form_and_its_groups():
    spec = referral()
    names = [f.name for f in spec.all_fields()] + [c.name for f in spec.all_fields()
                                                   for c in f.fields]
    assert len(names) == len(set(names)) == 21


def test_referral_asks_no_eligibility_or_readiness_question():
    words = re.compile(r"egnet|parat|readiness|eligib|klar til|\bready\b", re.IGNORECASE)
    found = [(name, lang) for name, text in every_text(referral()) for lang in LANGUAGES
             if words.search(name) or words.search(getattr(text, lang))]
    assert found == []


def test_readme_example_parses():
    readme = (ROOT / "forms" / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme, re.S)
    assert block is not None
    spec = parse_form(block.group(1), "README.md")
    housing = spec.field("housing")
    assert housing is not None and housing.help == Text("Spørg kun, hvis det er relevant for "
                                                          "jobsøgningen.")
    assert housing.choice("sheltered").disabled is True
    assert spec.field("previous_jobs").fields[1].max_value == 5


# --- the happy path of the small form --------------------------------------------

def test_defaults_and_plain_danish_text():
    spec = parse_form(BASE, "demo.toml")
    alpha = spec.field("alpha")
    assert spec.title == Text("Demo")
    assert alpha.max_length == 200
    assert alpha.required is False
    assert alpha.line == 10
    assert spec.source_name == "demo.toml"
    long = parse_form(BASE + field_block("beta", "long_text"), "demo.toml").field("beta")
    assert long.max_length == 4000


def test_inline_choices_are_accepted():
    spec = parse_form(BASE + field_block(
        "size", "choice",
        'choices = [{ name = "small", label = "Lille" }, { name = "big", label = "Stor" }]\n'),
        "demo.toml")
    assert [c.name for c in spec.field("size").choices] == ["small", "big"]


# --- every problem, with its line -------------------------------------------------

def test_toml_syntax_error_names_its_line():
    error = error_of(BASE.replace('type = "text"', "type = text"))
    assert error.line == 11
    assert "text goes in \"quotes\"" in error.problem
    assert str(error).startswith("demo.toml, line 11: ")


def test_unknown_type():
    error = error_of(BASE.replace('type = "text"', 'type = "txt"'))
    assert error.line == 11
    assert error.problem.startswith('question "alpha" has type "txt", which is not a known type')
    assert "long_text" in error.problem


def test_bad_name():
    error = error_of(BASE.replace('name = "alpha"', 'name = "Alpha name"'))
    assert error.line == 10
    assert 'the name "Alpha name" is not allowed' in error.problem


def test_duplicate_name_reports_the_second_and_points_at_the_first():
    error = error_of(BASE + field_block("alpha"))  # lines 13.. ; its name on line 15
    assert (error.line, error.problem) == (
        15, 'the name "alpha" is used twice (first on line 10); every question and group '
            "column needs its own name")


def test_duplicate_name_between_a_question_and_a_group_column():
    group = field_block("rows", "group", '\n[[sections.fields.fields]]\nname = "alpha"\n'
                        'type = "text"\nlabel = "A"\n')
    error = error_of(BASE + group)
    assert error.line == 20
    assert 'the name "alpha" is used twice (first on line 10)' in error.problem


def test_missing_danish_label():
    error = error_of(BASE.replace('{ da = "Alfa", nb = "Alfa", en = "Alpha" }',
                                  '{ nb = "Alfa", en = "Alpha" }'))
    assert error.line == 12
    assert error.problem.startswith('question "alpha"\'s label has no Danish text')


def test_missing_label_and_unknown_language():
    error = error_of(BASE + field_block("beta").replace('label = { da = "beta" }\n', ""))
    assert (error.line, error.problem.split(" is missing")[0]) == (15, 'question "beta"\'s label')
    error = error_of(BASE.replace('en = "Alpha"', 'de = "Alpha"'))
    assert error.line == 12
    assert 'unknown language "de"' in error.problem


def test_choice_without_choices():
    error = error_of(BASE + field_block("size", "choice"))
    assert error.line == 15
    assert error.problem.startswith('question "size" has no choices')


def test_dynamic_store_target_needs_no_choices_and_refuses_them():
    spec = parse_form(BASE + field_block("who", "choice", 'store = "course.consultant"\n'),
                      "demo.toml")
    assert spec.field("who").store == "course.consultant"
    error = error_of(BASE + field_block("who", "choice", 'store = "course.consultant"\n'
                                        'choices = [{ name = "a", label = "A" }]\n'))
    assert error.line == 15
    assert "filled in by the app" in error.problem


def test_duplicate_choice_name():
    error = error_of(BASE + field_block(
        "size", "choice",
        '\n[[sections.fields.choices]]\nname = "small"\nlabel = "Lille"\n'
        '\n[[sections.fields.choices]]\nname = "small"\nlabel = "Stor"\n'))
    assert error.line == 24
    assert 'the choice name "small" is used twice (first on line 20)' in error.problem


def test_relevant_to_an_unknown_field_to_itself_and_to_a_group_column():
    error = error_of(BASE + field_block("beta", extra='relevant = { field = "gamma" }\n'))
    assert (error.line, error.problem) == (
        15, 'question "beta": relevant refers to "gamma", which is not a question in this form')
    error = error_of(BASE + field_block("beta", extra='relevant = { field = "beta" }\n'))
    assert (error.line, error.problem.split(";")[0]) == (15, 'question "beta" is made relevant '
                                                             "by itself")
    group = field_block("rows", "group", '\n[[sections.fields.fields]]\nname = "cell"\n'
                        'type = "text"\nlabel = "C"\n')
    error = error_of(BASE + group + field_block("beta", extra='relevant = { field = "cell" }\n'))
    assert "which is a column of a group" in error.problem


def test_relevant_equals_must_fit_the_other_question():
    choice = field_block("size", "choice", 'choices = [{ name = "small", label = "Lille" }]\n')
    error = error_of(BASE + choice + field_block(
        "beta", extra='relevant = { field = "size", equals = "huge" }\n'))
    assert (error.line, error.problem) == (21, 'question "beta": "huge" is not a choice of "size"')
    error = error_of(BASE + field_block("works", "yes_no") + field_block(
        "beta", extra='relevant = { field = "works", equals = "yes" }\n'))
    assert "equals must be true or false" in error.problem
    error = error_of(BASE + field_block("when", "date") + field_block(
        "beta", extra='relevant = { field = "when", equals = "2024-01-01" }\n'))
    assert "relevant cannot compare with the date question" in error.problem
    fine = parse_form(BASE + choice + field_block(
        "beta", extra='relevant = { field = "size", equals = "small" }\n'), "demo.toml")
    assert fine.field("beta").relevant == Relevance("size", "small")


def test_relevant_conditions_in_a_circle():
    error = error_of(BASE + field_block("beta", extra='relevant = { field = "gamma" }\n')
                     + field_block("gamma", extra='relevant = { field = "beta" }\n'))
    assert (error.line, error.problem) == (
        15, "relevant conditions go in a circle: beta → gamma → beta")
    assert error.extra == []  # one circle, reported once


def test_rating_needs_min_and_max():
    error = error_of(BASE + field_block("mood", "rating", "min = 1\n"))
    assert (error.line, error.problem) == (
        15, 'question "mood": a rating needs both min and max, e.g. min = 1 and max = 5')
    spec = parse_form(BASE + field_block("mood", "rating", "min = 1\nmax = 5\n"), "demo.toml")
    assert (spec.field("mood").min_value, spec.field("mood").max_value) == (1, 5)
    error = error_of(BASE + field_block("mood", "rating", "min = 5\nmax = 1\n"))
    assert (error.line, error.problem) == (18, 'question "mood": min (5) is larger than max (1)')


def test_store_target_unknown_or_not_fitting():
    error = error_of(BASE + field_block("beta", extra='store = "participant.shoe_size"\n'))
    assert error.line == 18
    assert error.problem.startswith('question "beta": unknown store target '
                                    '"participant.shoe_size"')
    error = error_of(BASE + field_block("beta", "date", 'store = "participant.name"\n'))
    assert (error.line, error.problem) == (
        18, 'question "beta": a date question cannot be stored in participant.name, which holds '
            "a text")
    error = error_of(BASE + field_block("beta", extra='store = "participant.phone"\n'
                                        "max_length = 100\n"))
    assert (error.line, error.problem) == (
        19, 'question "beta": max_length 100 is more than participant.phone can hold '
            "(40 characters)")
    scope = parse_form(BASE + field_block("beta", extra='store = "consent.scope"\n'), "demo.toml")
    assert scope.field("beta").type is FieldType.TEXT  # a long_text column takes a text too


def test_one_target_one_question():
    error = error_of(BASE + field_block("beta", extra='store = "participant.name"\n')
                     + field_block("gamma", extra='store = "participant.name"\n'))
    assert error.line == 24
    assert 'participant.name is already stored by question "beta"' in error.problem


def test_nested_group():
    nested = field_block("rows", "group", '\n[[sections.fields.fields]]\nname = "inner"\n'
                         'type = "group"\nlabel = "I"\n')
    error = error_of(BASE + nested)
    assert (error.line, error.problem) == (
        21, 'group column "inner": groups cannot be nested; a column of a group cannot itself '
            "be a group")


def test_unknown_key_names_its_line_and_a_guess():
    error = error_of(BASE.replace('type = "text"\n', 'type = "text"\nrequried = true\n'))
    assert (error.line, error.problem) == (
        12, 'unknown key "requried" in question "alpha" (did you mean "required"?)')


def test_key_that_does_not_apply_to_the_type():
    error = error_of(BASE + field_block("when", "date", "max_length = 10\n"))
    assert (error.line, error.problem) == (
        18, 'question "when": max_length only applies to text and long_text questions')


def test_version_must_be_in_quotes_and_id_well_formed():
    error = error_of(BASE.replace('version = "1"', "version = 1"))
    assert error.line == 2
    assert 'version in quotes, such as version = "1"' in error.problem
    error = error_of(BASE.replace('id = "demo"', 'id = "Demo Form"'))
    assert error.line == 1


def test_every_problem_is_reported_at_once_in_line_order():
    text = BASE.replace('type = "text"', 'type = "txt"') + field_block(
        "beta", extra="requried = true\n")
    error = error_of(text)
    assert error.line == 11
    assert error.extra == ['line 18: unknown key "requried" in question "beta" '
                           '(did you mean "required"?)']


def test_section_problems():
    error = error_of(BASE + '\n[[sections]]\nname = "first"\ntitle = "Igen"\n')
    assert error.line == 15
    assert [error.problem, *error.extra] == [
        'section "first" has no questions: add [[sections.fields]] below it',
        'line 15: the section name "first" is used twice (first on line 6); each section needs '
        "its own name"]


def test_inline_tables_fall_back_to_the_name_line():
    text = BASE + ('\n[[sections.fields]]\nname = "size"\ntype = "choice"\nlabel = "S"\n'
                   'choices = [\n  { name = "small", label = "Lille" },\n'
                   '  { name = "Big", label = "Stor" },\n]\n')
    error = error_of(text)
    assert error.line == 20
    assert 'the choice name "Big" is not allowed' in error.problem
