"""Form specs: the IPS forms as data (referral, vocational profile, action plan).

A spec is what `forms/*.toml` says, checked and frozen; the screens, the
validation and the PDFs all read it. Answers are keyed by each question's
permanent `name`, never by label or position (DESIGN.md, "Form definitions").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

LANGUAGES = ("da", "nb", "en")
NAME_PATTERN = r"^[a-z][a-z0-9_]*$"


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    INTEGER = "integer"
    YES_NO = "yes_no"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    RATING = "rating"
    GROUP = "group"  # a repeatable group of fields (previous jobs, medications)


@dataclass(frozen=True)
class Text:
    """One text in the three languages; a missing language falls back to Danish."""

    da: str
    nb: str = ""
    en: str = ""

    def get(self, language: str) -> str:
        return getattr(self, language, "") or self.da


@dataclass(frozen=True)
class Choice:
    name: str
    label: Text
    disabled: bool = False  # retired: not offered any more, but old answers keep their label


@dataclass(frozen=True)
class Relevance:
    """Show a question only when another answer makes it relevant (kept deliberately tiny)."""

    field: str
    equals: str | bool | None = None  # None: relevant when the other field has any answer


@dataclass(frozen=True)
class FormField:
    name: str
    type: FieldType
    label: Text
    help: Text | None = None
    required: bool = False
    max_length: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    choices: tuple[Choice, ...] = ()
    fields: tuple[FormField, ...] = ()  # the columns of a repeatable group
    relevant: Relevance | None = None
    store: str | None = None  # e.g. "participant.name": kept in a column, not in the answers
    renamed_from: str | None = None
    line: int = 0  # where it stands in its file, for messages about it

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)


@dataclass(frozen=True)
class Section:
    """One wizard page and one block of the printout."""

    name: str
    title: Text
    fields: tuple[FormField, ...]
    help: Text | None = None


@dataclass(frozen=True)
class FormSpec:
    id: str
    version: str
    title: Text
    sections: tuple[Section, ...]
    source_hash: str = ""  # sha256 of the file it came from: the same id+version must match
    source_name: str = ""

    def all_fields(self) -> list[FormField]:
        return [f for section in self.sections for f in section.fields]

    def field(self, name: str) -> FormField | None:
        return next((f for f in self.all_fields() if f.name == name), None)

    def stored_fields(self) -> dict[str, FormField]:
        """The fields that live in columns (`store = "table.column"`), by that target."""
        return {f.store: f for f in self.all_fields() if f.store}


Answers = Mapping[str, object]


def is_relevant(form_field: FormField, answers: Answers) -> bool:
    rule = form_field.relevant
    if rule is None:
        return True
    value = answers.get(rule.field)
    if rule.equals is None:
        return value not in (None, "", [], False)
    return value == rule.equals


@dataclass
class FormError(Exception):
    """A form file that cannot be used: which file, which line, what is wrong."""

    source_name: str
    line: int
    problem: str
    extra: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        where = f"{self.source_name}, line {self.line}" if self.line else self.source_name
        return f"{where}: {self.problem}"
