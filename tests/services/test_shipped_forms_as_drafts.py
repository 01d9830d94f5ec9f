"""The shipped profile and plan go through the whole draft life: every question answered.

Each question gets an answer of its type (a group two rows), saved as a draft
in two halves, resumed; marking it complete without the required answers
lists exactly those; with them, every section is complete and every answer
comes back as saved. Runs for each shipped form file present.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ips_desktop.domain.enums import FormStatus
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.form_answers import relevant_names
from ips_desktop.domain.form_progress import SectionState, missing_required, section_states
from ips_desktop.domain.forms import FieldType, FormField, FormSpec
from ips_desktop.paths import forms_dir
from ips_desktop.services import form_drafts as drafts
from ips_desktop.services import forms
from ips_desktop.services.form_drafts import PLAN_FORM, PROFILE_FORM, Position
from tests.reports.support import TODAY, register


def answer(question: FormField, n: int = 0) -> Any:
    """A valid answer of the question's type (Danish letters in every text)."""
    kind = question.type
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT):
        return f"Svar på {question.name} – æøå {n}"[: question.max_length or 200]
    if kind is FieldType.DATE:
        return date(2026, 10, 1 + n).isoformat()
    if kind in (FieldType.INTEGER, FieldType.RATING):
        return question.min_value if question.min_value is not None else 3
    if kind is FieldType.YES_NO:
        return True
    offered = [c.name for c in question.choices if not c.disabled]
    if kind is FieldType.CHOICE:
        return offered[0]
    if kind is FieldType.MULTI_CHOICE:
        return offered[:2]
    return [{"row_id": f"r{row}", **{c.name: answer(c, row) for c in question.fields}}
            for row in range(2)]


def full_answers(spec: FormSpec) -> dict[str, Any]:
    """Every question answered; a `relevant` rule's `equals` is met where it names a value."""
    answers = {q.name: answer(q) for q in spec.all_fields() if not q.store}
    for question in spec.all_fields():
        rule = question.relevant
        if rule is not None and rule.equals is not None and rule.field in answers:
            answers[rule.field] = rule.equals
    return answers


@pytest.mark.parametrize("form_id", [PROFILE_FORM, PLAN_FORM])
def test_a_shipped_form_is_saved_in_halves_resumed_and_completed(ws, form_id):
    path = forms_dir() / f"{form_id}.toml"
    if not path.exists():
        pytest.skip(f"{path.name} is not shipped yet")
    current = forms.spec_in_use(ws.ctx, ws.data_dir, None, form_id).spec
    course = register(ws)
    answers = full_answers(current)
    names = list(answers)
    first = {k: answers[k] for k in names[len(names) // 2:]}  # the later pages first
    assert drafts.save_draft(ws.ctx, course, current, first, Position(len(current.sections) - 1),
                             today=TODAY) == []
    draft = drafts.open_form(ws.ctx, course, form_id, current)
    assert draft.position.page == len(current.sections) - 1 and draft.status is FormStatus.DRAFT
    optional = {k: v for k, v in answers.items() if not current.field(k).required}
    missing = missing_required(current, optional)
    assert missing, "the goals are required: a form cannot be complete without them"
    with pytest.raises(ValidationError) as raised:
        drafts.mark_complete(ws.ctx, course, current, draft.answers | optional, today=TODAY)
    assert [e.field for e in raised.value.errors] == missing
    drafts.mark_complete(ws.ctx, course, current, answers, today=TODAY)
    done = drafts.open_form(ws.ctx, course, form_id, current)
    assert done.status is FormStatus.COMPLETE and done.answers == answers
    relevant = relevant_names(current, answers)
    expected = [SectionState.COMPLETE if any(q.name in relevant for q in s.fields)
                else SectionState.UNTOUCHED for s in current.sections]
    assert section_states(current, done.answers) == expected
    state = drafts.form_states(ws.ctx, course, today=TODAY)[form_id]
    assert (state.sections_done, state.sections_total) == (
        expected.count(SectionState.COMPLETE), len(current.sections))
