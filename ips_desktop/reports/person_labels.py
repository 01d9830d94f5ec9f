"""An answer of the access copy in words: its question's label and its value as printed.

Shared by the copy's JSON and PDF, so both say the same; the answer's text is
the form printout's (reports/form_pdf.py `answer_text`), so that the copy reads
as the form did.
"""

from __future__ import annotations

import json

from ips_desktop.domain.forms import FieldType, FormField
from ips_desktop.reports.form_pdf import answer_text
from ips_desktop.reports.person_texts import said
from ips_desktop.services.person_export import AnswerItem, ChangeItem


def answer_label(answer: AnswerItem, language: str) -> str:
    """The question as it was asked, or the answer's stored name when no version asks it."""
    return answer.question.label.get(language) if answer.question is not None else answer.name


def change_label(change: ChangeItem, language: str) -> str:
    """"Tidligere job (række r7) › Arbejdsplads" for a group's cell; the question else."""
    question = change.question.label.get(language) if change.question is not None \
        else change.field
    if change.group is None:
        return question
    return (f"{change.group.label.get(language)} ({said('row', language)} {change.row_id})"
            f" › {question}")


def answer_value_text(question: FormField | None, value: object, language: str) -> str:
    """The value in words ("" when empty); without its question, as stored. A group's row
    is its answered cells, each with its column's label, a line per row."""
    if question is not None and question.type is FieldType.GROUP and isinstance(value, list):
        return "\n".join("; ".join(
            f"{column.label.get(language)}: {text}" for column in question.fields
            if (text := answer_value_text(column, row.get(column.name), language)))
            for row in value if isinstance(row, dict))
    if question is not None:
        try:
            return answer_text(question, value, language)
        except (TypeError, ValueError, AttributeError):
            pass  # a value of another shape than the question now takes: as stored
    if value is None or value == "":
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
