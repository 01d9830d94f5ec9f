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


# Where a `store = "table.column"` answer lives, and the question type that fits
# that column. `course.consultant` is a choice whose choices are the consultants,
# known only at run time (DYNAMIC_CHOICE_TARGETS), so its form field has none.
STORE_TARGETS: dict[str, FieldType] = {
    "participant.name": FieldType.TEXT,
    "participant.cpr": FieldType.TEXT,
    "participant.phone": FieldType.TEXT,
    "participant.email": FieldType.TEXT,
    "participant.address": FieldType.TEXT,
    "course.referral_date": FieldType.DATE,
    "course.date_received": FieldType.DATE,
    "course.referral_source": FieldType.TEXT,
    "course.psychiatry_unit": FieldType.TEXT,
    "course.clinician": FieldType.TEXT,
    "course.consultant": FieldType.CHOICE,
    "course.first_meeting_date": FieldType.DATE,
    "course.plan_completed_on": FieldType.DATE,
    "consent.given_on": FieldType.DATE,
    "consent.scope": FieldType.LONG_TEXT,
    "consent.withdrawn_on": FieldType.DATE,
}

# The width of each text column (storage/models.py; a test keeps the two in step).
# A stored text question may not allow more than its column holds.
STORE_MAX_LENGTH: dict[str, int] = {
    "participant.name": 200,
    "participant.cpr": 11,
    "participant.phone": 40,
    "participant.email": 200,
    "participant.address": 300,
    "course.referral_source": 200,
    "course.psychiatry_unit": 200,
    "course.clinician": 200,
}

DYNAMIC_CHOICE_TARGETS = frozenset({"course.consultant"})

# Default max_length per text type, and the most rows a repeatable group may hold
# (a guard against a runaway paste, far above any real list of medications or jobs).
DEFAULT_MAX_LENGTH: dict[FieldType, int] = {FieldType.TEXT: 200, FieldType.LONG_TEXT: 4000}
MAX_GROUP_ROWS = 50
ROW_ID = "row_id"  # every group row carries its own id, so edits and merges find it


def store_type_fits(target: str, field_type: FieldType) -> bool:
    """A long_text column also takes a one-line text question; nothing else mixes."""
    wanted = STORE_TARGETS.get(target)
    if wanted is None:
        return False
    return field_type == wanted or (wanted == FieldType.LONG_TEXT
                                    and field_type == FieldType.TEXT)


# The keys a form file may use, per table (forms/README.md describes each one).
FORM_KEYS = frozenset({"id", "version", "title", "sections"})
SECTION_KEYS = frozenset({"name", "title", "help", "fields"})
FIELD_KEYS = frozenset({"name", "type", "label", "help", "required", "max_length", "min", "max",
                        "choices", "fields", "relevant", "store", "renamed_from"})
# A column's answers live in its group's rows: no column of its own, no rule of its own.
NOT_IN_GROUP = frozenset({"relevant", "store", "renamed_from"})
CHOICE_KEYS = frozenset({"name", "label", "disabled"})
RELEVANT_KEYS = frozenset({"field", "equals"})
TEXT_TYPES = frozenset({FieldType.TEXT, FieldType.LONG_TEXT})
NUMBER_TYPES = frozenset({FieldType.INTEGER, FieldType.RATING})
CHOICE_TYPES = frozenset({FieldType.CHOICE, FieldType.MULTI_CHOICE})
# Keys that belong to some question types only, and how to name those types.
ONLY_FOR: dict[str, tuple[frozenset[FieldType], str]] = {
    "max_length": (TEXT_TYPES, "text and long_text questions"),
    "min": (NUMBER_TYPES, "integer and rating questions"),
    "max": (NUMBER_TYPES, "integer and rating questions"),
    "choices": (CHOICE_TYPES, "choice and multi_choice questions"),
    "fields": (frozenset({FieldType.GROUP}), "a group (they are its columns)"),
}
