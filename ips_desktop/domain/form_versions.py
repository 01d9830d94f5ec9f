"""What a new version of a form changes, and moving a draft's answers to it.

A municipality may install a new version of a form while drafts made under
the old one exist. The draft keeps showing under its own version, with a note
of what the new one changes, until the consultant moves it; moving never drops
an answer (DESIGN.md, "Form definitions": the failure Kobo and CommCare users
report). An answer to a removed question stays in the answers under its old
name, so the record and the printout can show it as belonging to the old
version; a renamed question (`renamed_from`) takes its old answer along.

Questions are named by their `name`; a group's columns as "group.column"
(column names are unique in a form, the prefix says where to look).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ips_desktop.domain.form_answers import carry_renamed, is_empty
from ips_desktop.domain.forms import Answers, FormField, FormSpec


@dataclass(frozen=True)
class FormChanges:
    """The differences from an old version to a new one; `removed` keeps the old names."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()  # (old name, new name)
    retired_choices: tuple[tuple[str, str], ...] = ()  # (question, choice) no longer offered
    retyped: tuple[str, ...] = ()  # same name, another type: the old answer stays as it was

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.renamed or self.retired_choices
                    or self.retyped)


def changes_between(old: FormSpec, new: FormSpec) -> FormChanges:
    """What moving from `old` to `new` changes for the answers (labels and order do not)."""
    before, after = dict(_questions(old)), dict(_questions(new))
    renamed = tuple((q.renamed_from, key) for key, q in after.items()
                    if q.renamed_from and q.renamed_from in before and key not in before)
    # A renamed group's columns keep their answers too: compare them under the new name.
    moved = dict(renamed)
    old_keys = list(before)
    before = {_under(key, moved): q for key, q in before.items()}
    added = tuple(key for key in after if key not in before)
    removed = tuple(old_key for old_key, key in zip(old_keys, before, strict=True)
                    if key not in after)
    retyped = tuple(key for key, q in after.items()
                    if key in before and before[key].type is not q.type)
    retired: list[tuple[str, str]] = []
    for key, question in after.items():
        was = before.get(key)
        if was is None:
            continue
        offered_before = [c.name for c in was.choices if not c.disabled]
        for name in offered_before:
            now = question.choice(name)
            if now is None or now.disabled:  # disabled, or (against the README) deleted
                retired.append((key, name))
    return FormChanges(added, removed, renamed, tuple(retired), retyped)


def _under(key: str, moved: dict[str, str]) -> str:
    """An old key, with a renamed group's old name replaced by its new one."""
    group, dot, column = key.partition(".")
    return f"{moved[group]}.{column}" if dot and group in moved else moved.get(key, key)


def move_answers(new: FormSpec, answers: Answers) -> dict[str, object]:
    """The answers as the new version holds them: renamed ones carried, nothing dropped."""
    return carry_renamed(new, answers)


def answers_not_in(spec: FormSpec, answers: Answers) -> dict[str, object]:
    """The answers to questions this version does not ask (an older version's), in order."""
    asked = {q.name for q in spec.all_fields()}
    return {name: value for name, value in answers.items()
            if name not in asked and not is_empty(value)}


def question_at(spec: FormSpec, key: str) -> FormField | None:
    """The question a FormChanges key names ("name" or "group.column"), to show its label."""
    return dict(_questions(spec)).get(key)


def _questions(spec: FormSpec) -> Iterator[tuple[str, FormField]]:
    for question in spec.all_fields():
        yield question.name, question
        for column in question.fields:
            yield f"{question.name}.{column.name}", column
