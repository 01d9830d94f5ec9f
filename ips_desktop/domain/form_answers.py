"""Checking answers against a form spec, and the relevance rules they depend on.

Answers are a mapping from question name to value:

    text, long_text  str
    date             datetime.date, or text as typed ("25.11.26", "2026-11-25": typed_dates)
    integer, rating  int
    yes_no           bool
    choice           a choice name (str); for course.consultant the consultant's id
    multi_choice     a list of choice names
    group            a list of rows, each a dict with "row_id" (str) and column answers

A draft is not final (DESIGN.md, "Form definitions"): it refuses only what
cannot be stored — a wrong type, over-long text, control characters, a date
that does not exist or lies before 1900 or over a year ahead (a mistyped
year), an unknown choice, a rating off its scale, a malformed CPR number, too
many rows. Marking a form complete also checks `required` for the questions
that are relevant, and an integer's min/max. Answers to questions the spec
does not know (an older version's) are left alone: they are never lost.

The relevance rules live here with their load-time check (`reference_problems`,
used by the parser), so what a file may say and what is evaluated stay in step.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime

from ips_desktop.domain.cpr import CprError, parse_cpr
from ips_desktop.domain.errors import FieldError
from ips_desktop.domain.forms import (
    DEFAULT_MAX_LENGTH,
    DYNAMIC_CHOICE_TARGETS,
    MAX_GROUP_ROWS,
    RELEVANT_KEYS,
    ROW_ID,
    TEXT_TYPES,
    Answers,
    FieldType,
    FormField,
    FormSpec,
    Relevance,
    is_relevant,
)
from ips_desktop.domain.messages import message
from ips_desktop.domain.typed_dates import parse_date
from ips_desktop.domain.validation import text_problem

OLDEST_DATE = date(1900, 1, 1)
CPR_TARGET = "participant.cpr"
# The question types `relevant.equals` can compare with, and the value type it needs.
EQUALS_TYPES: dict[FieldType, type] = {FieldType.CHOICE: str, FieldType.TEXT: str,
                                        FieldType.YES_NO: bool}


def validate_answers(spec: FormSpec, answers: Answers, *, complete: bool, today: date,
                     dynamic_choices: Mapping[str, Collection[str]] | None = None,
                     ) -> list[FieldError]:
    """Every problem at once, keyed by question name ("group[row].column" for a cell).

    `dynamic_choices` gives, by question name, the choices known only at run
    time (the consultants' ids for course.consultant); without it any id passes.
    """
    errors: list[FieldError] = []
    relevant = relevant_names(spec, answers)
    for question in spec.all_fields():
        check_required = complete and question.name in relevant
        value = answers.get(question.name)
        if is_empty(value):
            if check_required and question.required:
                errors.append(FieldError(question.name, message("required")))
        elif question.type is FieldType.GROUP:
            errors.extend(_row_errors(question, value, check_required, complete, today,
                                      dynamic_choices or {}))
        else:
            problem = _problem(question, value, complete, today, dynamic_choices or {})
            if problem:
                errors.append(FieldError(question.name, problem))
    return errors


def relevant_names(spec: FormSpec, answers: Answers) -> set[str]:
    """The questions that apply: a question is relevant only if the one it depends on is.

    Without the chain, a stale answer to a hidden question could keep a third
    question required.
    """
    by_name = {f.name: f for f in spec.all_fields()}
    known: dict[str, bool] = {}

    def relevant(question: FormField, depth: int) -> bool:
        if question.name not in known:
            rule = question.relevant
            ok = is_relevant(question, answers)
            if ok and rule and rule.field in by_name and depth < len(by_name):
                ok = relevant(by_name[rule.field], depth + 1)  # depth: cycles refused at load
            known[question.name] = ok
        return known[question.name]

    return {name for name, question in by_name.items() if relevant(question, 0)}


def is_empty(value: object) -> bool:
    """No answer; for yes_no, False ("no") is an answer."""
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def answer_date(value: object, today: date) -> date | None:
    """A date question's answer as a date: a date, or text in any form typed_dates reads."""
    if isinstance(value, str):
        return parse_date(value, today=today)
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def storable_answers(spec: FormSpec, answers: Answers,
                     today: date | None = None) -> dict[str, object]:
    """The answers as JSON can hold them: dates as ISO text, a CPR number as DDMMYY-SSSS.

    Call it after validate_answers found nothing (with the same `today`, which
    places a two-digit year); answers to unknown questions are kept.
    """
    def plain(question: FormField | None, value: object) -> object:
        if question is not None and question.type is FieldType.DATE and isinstance(value, str):
            day = answer_date(value, today or date.today())
            return day.isoformat() if day else value
        if isinstance(value, date):
            return value.isoformat()
        if question is not None and question.store == CPR_TARGET and isinstance(value, str):
            return parse_cpr(value) if value.strip() else value
        if question is not None and question.type is FieldType.GROUP and isinstance(value, list):
            columns = {c.name: c for c in question.fields}
            return [{k: plain(columns.get(k), v) for k, v in row.items()}
                    if isinstance(row, dict) else row for row in value]
        return value

    return {name: plain(spec.field(name), value) for name, value in answers.items()}



def _row_errors(group: FormField, value: object, check_required: bool, complete: bool,
                today: date, dynamic: Mapping[str, Collection[str]]) -> list[FieldError]:
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        return [FieldError(group.name, message("invalid_value"))]
    if len(value) > MAX_GROUP_ROWS:
        return [FieldError(group.name, message("too_many_rows", max=MAX_GROUP_ROWS))]
    errors: list[FieldError] = []
    seen: set[str] = set()
    for index, row in enumerate(value):
        row_id = row.get(ROW_ID)
        if not isinstance(row_id, str) or not row_id or row_id in seen:
            errors.append(FieldError(f"{group.name}[{index}]", message("invalid_value")))
        seen.add(str(row_id))
        for column in group.fields:
            key, cell = f"{group.name}[{index}].{column.name}", row.get(column.name)
            if is_empty(cell):
                if check_required and column.required:
                    errors.append(FieldError(key, message("required")))
                continue
            problem = _problem(column, cell, complete, today, dynamic)
            if problem:
                errors.append(FieldError(key, problem))
    return errors


def _problem(question: FormField, value: object, complete: bool, today: date,
             dynamic: Mapping[str, Collection[str]]) -> str | None:
    kind = question.type
    if kind in TEXT_TYPES:
        if not isinstance(value, str):
            return message("invalid_value")
        problem = text_problem(value, max_len=question.max_length or DEFAULT_MAX_LENGTH[kind],
                               multiline=kind is FieldType.LONG_TEXT)
        if problem is None and question.store == CPR_TARGET:
            try:
                parse_cpr(value, today=today)
            except CprError as error:
                return message(error.code)
        return problem
    if kind is FieldType.DATE:
        return _date_problem(value, today)
    if kind is FieldType.YES_NO:
        return None if isinstance(value, bool) else message("invalid_value")
    if kind in (FieldType.INTEGER, FieldType.RATING):
        if not isinstance(value, int) or isinstance(value, bool):
            return message("not_a_whole_number")
        return _range_problem(question, value) if complete or kind is FieldType.RATING else None
    names = [value] if kind is FieldType.CHOICE else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return message("invalid_value")
    if question.store in DYNAMIC_CHOICE_TARGETS:
        allowed = dynamic.get(question.name)
        known = allowed is None or all(n in allowed for n in names)
    else:
        known = all(question.choice(n) is not None for n in names)  # retired ones too
    return None if known else message("unknown_choice")


def _date_problem(value: object, today: date) -> str | None:
    value = answer_date(value, today)
    if value is None:
        return message("not_a_date")
    if value < OLDEST_DATE:
        return message("date_too_old")
    if value > _a_year_after(today):
        return message("date_far_future")
    return None


def _a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return date(day.year + 1, 3, 1)


def _range_problem(question: FormField, value: int) -> str | None:
    low, high = question.min_value, question.max_value
    if low is not None and high is not None and not low <= value <= high:
        return message("out_of_range", min=low, max=high)
    if low is not None and high is None and value < low:
        return message("at_least", min=low)
    if high is not None and low is None and value > high:
        return message("at_most", max=high)
    return None


def read_relevance(rule: object, in_group: bool = False) -> tuple[Relevance | None, list[str]]:
    """A file's `relevant = { field = "...", equals = ... }`, and what is wrong with it."""
    if rule is None or in_group:  # the parser refuses it on a group column
        return None, []
    if not isinstance(rule, dict) or not isinstance(rule.get("field"), str):
        return None, ['write relevant = { field = "other_question" } or '
                      '{ field = "other_question", equals = "..." }']
    problems = [f'unknown key "{key}" in relevant; use field and equals'
                for key in rule if key not in RELEVANT_KEYS]
    equals = rule.get("equals")
    if equals is not None and not isinstance(equals, str | bool):
        problems.append("equals must be a text in quotes, or true or false")
        equals = None
    return Relevance(rule["field"], equals), problems


def reference_problems(top: Mapping[str, FormField], names: Collection[str],
                       columns: Collection[str]) -> list[tuple[int, str]]:
    """Load-time check of what refers to other questions: `relevant` and `renamed_from`.

    For the parser: (line, problem in plain English). `top` holds the questions
    outside groups by name, `names` every name in the form, `columns` the group
    columns' names (a rule cannot point at a cell: which row would it mean?).
    """
    problems: list[tuple[int, str]] = []
    for made in top.values():
        rule, what = made.relevant, f'question "{made.name}"'
        if made.renamed_from in names:
            problems.append((made.line, f'{what}: renamed_from "{made.renamed_from}" is still '
                             "the name of a question in this form"))
        if rule is None:
            continue
        target = top.get(rule.field)
        if rule.field == made.name:
            problems.append((made.line, f"{what} is made relevant by itself; point relevant at "
                             "another question"))
        elif target is None:
            where = "a column of a group" if rule.field in columns else "not a question"
            problems.append((made.line, f'{what}: relevant refers to "{rule.field}", which is '
                             f"{where} in this form"))
        elif rule.equals is not None:
            wanted = EQUALS_TYPES.get(target.type)
            if wanted is None or target.store in DYNAMIC_CHOICE_TARGETS:
                problems.append((made.line, f"{what}: relevant cannot compare with the "
                                 f'{target.type.value} question "{target.name}"; write relevant '
                                 f'= {{ field = "{target.name}" }} for "when it has any answer"'))
            elif type(rule.equals) is not wanted:
                problems.append((made.line, f"{what}: equals must be "
                                 f"{_SAY_TYPE[wanted]} to compare with the "
                                 f'{target.type.value} question "{target.name}"'))
            elif target.type is FieldType.CHOICE and target.choice(str(rule.equals)) is None:
                problems.append((made.line, f'{what}: "{rule.equals}" is not a choice of '
                                 f'"{target.name}"'))
    return problems + _cycles(top)


_SAY_TYPE = {str: "a text in quotes", bool: "true or false"}


def _cycles(top: Mapping[str, FormField]) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    reported: set[frozenset[str]] = set()
    for start in top.values():
        chain, current = [start.name], start
        while current.relevant and current.relevant.field in top:
            current = top[current.relevant.field]
            if current.name in chain:
                loop = chain[chain.index(current.name):]
                if frozenset(loop) not in reported and len(loop) > 1:
                    reported.add(frozenset(loop))
                    problems.append((top[loop[0]].line, "relevant conditions go in a circle: "
                                     + " → ".join([*loop, loop[0]])))
                break
            chain.append(current.name)
    return problems


def carry_renamed(spec: FormSpec, answers: Answers) -> dict[str, object]:
    """Answers with each `renamed_from` question's old answer moved to its new name.

    Nothing is dropped: an answer already given under the new name wins, and
    the old one then stays where it was.
    """
    carried = dict(answers)
    for question in spec.all_fields():
        old = question.renamed_from
        if old and old in carried and is_empty(carried.get(question.name)):
            carried[question.name] = carried.pop(old)
    return carried
