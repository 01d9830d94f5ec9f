"""Section states: untouched, started, complete (the rule in domain/form_progress.py)."""

from __future__ import annotations

from datetime import date

from ips_desktop.domain.form_answers import validate_answers
from ips_desktop.domain.form_progress import (
    SectionState,
    missing_required,
    section_states,
    sections_done,
)
from ips_desktop.domain.forms import FieldType, FormField, FormSpec, Relevance, Section, Text

U, S, C = SectionState.UNTOUCHED, SectionState.STARTED, SectionState.COMPLETE


def q(name: str, kind: FieldType = FieldType.TEXT, **extra) -> FormField:
    return FormField(name, kind, Text(name), **extra)


SPEC = FormSpec("p", "1", Text("P"), (
    # required questions: complete when they are answered, whatever else is empty
    Section("goals", Text("Mål"), (q("dream", required=True), q("now"))),
    # no required question: complete only when every relevant question is answered
    Section("health", Text("Helbred"), (
        q("limits", FieldType.YES_NO), q("which", relevant=Relevance("limits", True)),
        q("rating", FieldType.RATING, min_value=1, max_value=5))),
    Section("jobs", Text("Job"), (
        q("jobs", FieldType.GROUP, required=True, fields=(
            q("place", required=True), q("first_day", FieldType.DATE))),)),
))


def test_nothing_answered_is_untouched_everywhere():
    assert section_states(SPEC, {}) == [U, U, U]
    assert sections_done(SPEC, {}) == 0


def test_a_required_answer_completes_its_section_and_an_optional_one_only_starts():
    assert section_states(SPEC, {"dream": "Gartner"}) == [C, U, U]
    assert section_states(SPEC, {"now": "Lager"}) == [S, U, U]
    assert section_states(SPEC, {"dream": "  "}) == [U, U, U]  # blanks are no answer


def test_without_required_questions_every_relevant_one_must_be_answered():
    assert section_states(SPEC, {"limits": False}) == [U, S, U]  # "no" is an answer
    # "which" is hidden by the "no": the rating alone is left
    assert section_states(SPEC, {"limits": False, "rating": 3}) == [U, C, U]
    assert section_states(SPEC, {"limits": True, "rating": 3}) == [U, S, U]
    assert section_states(SPEC, {"limits": True, "rating": 3, "which": "Ryg"}) == [U, C, U]


def test_a_group_needs_a_row_and_every_rows_required_cells():
    row = {"row_id": "a", "first_day": "2020-01-01"}
    assert section_states(SPEC, {"jobs": [row]}) == [U, U, S]
    assert section_states(SPEC, {"jobs": [row | {"place": "Netto"}]}) == [U, U, C]
    assert section_states(SPEC, {"jobs": [{"row_id": "a"}]}) == [U, U, U]  # an empty row
    assert sections_done(SPEC, {"dream": "x", "jobs": [row | {"place": "Netto"}]}) == 2


def test_missing_required_names_what_validate_answers_calls_required():
    answers = {"now": "x", "jobs": [{"row_id": "a"}, {"row_id": "b", "place": "Fakta"}]}
    assert missing_required(SPEC, answers) == ["dream", "jobs[0].place"]
    errors = validate_answers(SPEC, answers, complete=True, today=date(2026, 11, 23))
    assert [e.field for e in errors] == missing_required(SPEC, answers)
    assert missing_required(SPEC, {"now": "x"}) == ["dream", "jobs"]


def test_a_sub_goal_past_its_target_without_a_date_reached_is_overdue():
    from ips_desktop.domain.form_progress import OverdueSubGoal, overdue_sub_goals

    today = date(2026, 11, 23)
    answers = {"sub_goals": [
        {"row_id": "a", "sub_goal": "Praktik i Brugsen", "target_date": "2026-11-22"},
        {"row_id": "b", "sub_goal": "CV", "target_date": "2026-11-01", "reached_on": "2026-11-02"},
        {"row_id": "c", "sub_goal": "Kørekort", "target_date": "2026-11-23"},  # due today
        {"row_id": "d", "sub_goal": "Ansøgning", "target_date": "2.11.26"},  # typed, not ISO
        {"row_id": "e", "sub_goal": "Uden dato"},
        {"row_id": "f", "target_date": "31.02.26"},  # an impossible date is not overdue
    ]}
    assert overdue_sub_goals(answers, today) == [
        OverdueSubGoal("a", "Praktik i Brugsen", date(2026, 11, 22)),
        OverdueSubGoal("d", "Ansøgning", date(2026, 11, 2))]
    assert overdue_sub_goals({}, today) == [] and overdue_sub_goals({"sub_goals": "x"}, today) == []
