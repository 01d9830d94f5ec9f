"""The review form (`forms/fidelity_review.toml`) read as the seven reviewed items.

The file is an ordinary form (domain.form_parser: da/nb/en texts, errors with
their line); this module checks the shape the fidelity self-check needs on
top of that: one section per reviewed item named by its key, holding a choice
`<key>` of exactly the five anchors `score_1`…`score_5` and a long text
`<key>_comment`. A file that breaks it is refused with the line of the
problem, like any other form error.
"""

from __future__ import annotations

from dataclasses import dataclass

from ips_desktop.domain import fidelity
from ips_desktop.domain.forms import FieldType, FormError, FormSpec, Section, Text

FORM_ID = "fidelity_review"
SCORE_CHOICES = tuple(f"score_{n}" for n in range(fidelity.MIN_SCORE, fidelity.MAX_SCORE + 1))


@dataclass(frozen=True)
class ReviewItem:
    """One reviewed item as the form words it: what it asks, its five anchors (score 1 first)."""

    key: str
    title: Text
    help: Text | None
    anchors: tuple[Text, ...]
    comment_max: int


def comment_field(key: str) -> str:
    return f"{key}_comment"


def score_choice(score: int) -> str:
    """The choice name of a score: 3 -> "score_3"."""
    return SCORE_CHOICES[fidelity.check_score(score) - fidelity.MIN_SCORE]


def review_items(spec: FormSpec) -> dict[str, ReviewItem]:
    """The reviewed items in the scale's order; FormError (with its line) for a wrong file."""
    problems: list[tuple[int, str]] = []
    if spec.id != FORM_ID:
        problems.append((0, f'the fidelity review form needs id = "{FORM_ID}"'))
    sections = {section.name: section for section in spec.sections}
    found: dict[str, ReviewItem] = {}
    for key in fidelity.REVIEWED:
        section = sections.get(key)
        if section is None:
            problems.append((0, f'item {fidelity.BY_KEY[key].number} needs a [[sections]] '
                             f'with name = "{key}"'))
            continue
        item = _item(key, section, problems)
        if item is not None:
            found[key] = item
    for section in spec.sections:
        if section.name not in fidelity.REVIEWED:
            line = section.fields[0].line if section.fields else 0
            problems.append((line, f'section "{section.name}" is not one of the reviewed items '
                             "(" + ", ".join(fidelity.REVIEWED) + ")"))
    if problems:
        (line, first), *rest = sorted(problems)
        raise FormError(spec.source_name, line, first, [f"line {n}: {p}" for n, p in rest])
    return found


def _item(key: str, section: Section, problems: list[tuple[int, str]]) -> ReviewItem | None:
    fields = {f.name: f for f in section.fields}
    score, comment = fields.get(key), fields.get(comment_field(key))
    line = section.fields[0].line if section.fields else 0
    if score is None or score.type is not FieldType.CHOICE:
        problems.append((score.line if score else line, f'section "{key}" needs a choice '
                         f'question named "{key}" with the five anchors'))
        return None
    names = tuple(choice.name for choice in score.choices)
    if names != SCORE_CHOICES:
        problems.append((score.line, f'question "{key}" needs exactly the choices '
                         + ", ".join(SCORE_CHOICES) + " in that order (score 1 first)"))
        return None
    if comment is None or comment.type is not FieldType.LONG_TEXT:
        problems.append((comment.line if comment else line, f'section "{key}" needs a '
                         f'long_text question named "{comment_field(key)}"'))
        return None
    extra = set(fields) - {key, comment_field(key)}
    for name in sorted(extra):
        problems.append((fields[name].line, f'question "{name}" is not used by the review; '
                         "each section holds only the score and its comment"))
    return ReviewItem(key, section.title, section.help,
                      tuple(choice.label for choice in score.choices),
                      comment.max_length or 2000)
