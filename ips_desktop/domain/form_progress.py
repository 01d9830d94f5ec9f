"""How far a form has come: each section untouched, started or complete.

The wizard's page list and the participant page ("3 of 9 sections") show it,
and a form is never blocked by it: required-ness only decides when a form may
be marked complete (DESIGN.md, "Form definitions").

The rule, per section (one wizard page):

- **untouched**: no question of the section has an answer (a "no" is an answer);
- **complete**: at least one answer, and
  - if the section has relevant required questions: every one of them is
    answered (a required group: at least one row, and every row's required
    columns filled);
  - if it has none: every relevant question is answered, so a page of
    optional questions with one answer out of ten is not called complete;
- **started**: anything in between.

Only relevant questions count towards complete: a question hidden by another
answer cannot be asked, so it cannot hold a section back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ips_desktop.domain.form_answers import answer_date, is_empty, relevant_names
from ips_desktop.domain.forms import ROW_ID, Answers, FieldType, FormField, FormSpec, Section


class SectionState(StrEnum):
    UNTOUCHED = "untouched"
    STARTED = "started"
    COMPLETE = "complete"


def section_states(spec: FormSpec, answers: Answers) -> list[SectionState]:
    """One state per section, in the spec's order (see the module docstring for the rule)."""
    relevant = relevant_names(spec, answers)
    missing = set(missing_required(spec, answers, relevant=relevant))
    return [_state(section, answers, relevant, missing) for section in spec.sections]


def sections_done(spec: FormSpec, answers: Answers) -> int:
    return sum(state is SectionState.COMPLETE for state in section_states(spec, answers))


def missing_required(spec: FormSpec, answers: Answers, *,
                     relevant: set[str] | None = None) -> list[str]:
    """The required, relevant questions without an answer, in form order.

    Keys as validate_answers names them: the question's name, or
    "group[row].column" for an empty required cell. A required group with no
    rows is missing as a whole. validate_answers(complete=True) reports the
    same fields with their messages (a test keeps the two in step); this one
    needs no date and no message catalog, so the page list can ask it often.
    """
    if relevant is None:
        relevant = relevant_names(spec, answers)
    missing: list[str] = []
    for question in spec.all_fields():
        if question.name not in relevant:
            continue
        value = answers.get(question.name)
        if is_empty(value):
            if question.required:
                missing.append(question.name)
        elif question.type is FieldType.GROUP and isinstance(value, list):
            for index, row in enumerate(value):
                if not isinstance(row, dict):
                    continue
                missing.extend(f"{question.name}[{index}].{column.name}"
                               for column in question.fields
                               if column.required and is_empty(row.get(column.name)))
    return missing


def _state(section: Section, answers: Answers, relevant: set[str],
           missing: set[str]) -> SectionState:
    answered = [q for q in section.fields if _answered(q, answers.get(q.name))]
    if not answered:
        return SectionState.UNTOUCHED
    asked = [q for q in section.fields if q.name in relevant]
    names = {q.name for q in section.fields}
    if any(key.split("[", 1)[0] in names for key in missing):
        return SectionState.STARTED
    if any(q.required for q in asked):
        return SectionState.COMPLETE
    done = {q.name for q in answered}
    return SectionState.COMPLETE if all(q.name in done for q in asked) else SectionState.STARTED


def _answered(question: FormField, value: object) -> bool:
    """A group counts as answered once one of its rows has a cell filled in."""
    if is_empty(value):
        return False
    if question.type is FieldType.GROUP and isinstance(value, list):
        return any(isinstance(row, dict) and any(
            not is_empty(row.get(column.name)) for column in question.fields) for row in value)
    return True


# The action plan's sub-goals (forms/action_plan.toml): a municipality's copy that
# renames them simply has no overdue marks, never an error.
SUB_GOALS, SUB_GOAL, TARGET_DATE, REACHED_ON = "sub_goals", "sub_goal", "target_date", "reached_on"


@dataclass(frozen=True)
class OverdueSubGoal:
    row_id: str
    sub_goal: str  # its text as written ("" if none)
    target_date: date


def overdue_sub_goals(answers: Answers, today: date) -> list[OverdueSubGoal]:
    """The plan's sub-goals past their target date without a date reached, in plan order.

    The target day itself is not overdue yet (as with every IPS deadline).
    """
    rows = answers.get(SUB_GOALS)
    if not isinstance(rows, list):
        return []
    overdue = []
    for row in rows:
        if not isinstance(row, dict) or not is_empty(row.get(REACHED_ON)):
            continue
        target = answer_date(row.get(TARGET_DATE), today)
        if target is not None and target < today:
            text = row.get(SUB_GOAL)
            overdue.append(OverdueSubGoal(str(row.get(ROW_ID, "")),
                                          text if isinstance(text, str) else "", target))
    return overdue
