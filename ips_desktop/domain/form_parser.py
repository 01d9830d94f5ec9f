"""Turn a form file (TOML, see forms/README.md) into a checked FormSpec.

The people who edit these files are a municipality's IT staff, not
programmers, so every problem names its line and says in plain English what
to change; all problems of a file are collected and reported at once (the
first in `FormError.problem`, the rest in `FormError.extra`). tomllib gives
values but not positions, so `_Lines` finds where each table and key stands.
Pure: text in, spec out, no file I/O.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from ips_desktop.domain import forms
from ips_desktop.domain.form_answers import read_relevance, reference_problems
from ips_desktop.domain.forms import (
    Choice,
    FieldType,
    FormError,
    FormField,
    FormSpec,
    Section,
    Text,
)

_NAME = re.compile(forms.NAME_PATTERN)
_TYPES = ", ".join(t.value for t in FieldType)
_NAME_RULE = "use small letters a-z, digits and _ only, starting with a letter (no æøå)"
# tomllib's own wording, said the way a non-programmer can act on it.
_TOML_HINTS = {
    "Invalid value": 'this value is not valid: text goes in "quotes", yes/no is true or false',
    "Unterminated string": 'a text in quotes is not closed (a closing " is missing)',
    "Unclosed array": "a list [ ... ] is not closed (a ] is missing)",
    "Cannot overwrite a value": "the same key is given twice",
}


def parse_form(text: str, source_name: str) -> FormSpec:
    """The spec a form file describes; raises FormError naming file, line and problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _toml_error(str(error), text, source_name) from None
    parser = _Parser(text, source_name, data)
    spec = parser.form()
    if parser.problems:
        raise parser.error()
    return spec


def _toml_error(raw: str, text: str, source_name: str) -> FormError:
    found = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", raw)
    line = int(found.group(1)) if found and found.group(1) else max(1, len(text.splitlines()))
    plain = raw[:found.start()].strip() if found else raw
    hint = next((h for prefix, h in _TOML_HINTS.items() if plain.startswith(prefix)), None)
    return FormError(source_name, line, hint or f"the file is not valid TOML: {plain}")


@dataclass
class _Where:
    """Where one table stands: its `name = ` line (or header) and the line of each key."""

    line: int
    keys: dict[str, int] = field(default_factory=dict)

    def at(self, key: str) -> int:
        return self.keys.get(key, self.line)


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*[.=]""")


def _children(data: dict[str, Any], path: tuple[str, ...]) -> int:
    items: list[Any] = [data]
    for key in path:
        items = [child for item in items if isinstance(item, dict)
                 for child in _list(item.get(key))]
    return len(items)


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


class _Lines:
    """The line of every `[[table]]` header and key, matched to the parsed tables in order.

    The n-th `[[sections.fields]]` header is the n-th field of the whole form, so
    headers map onto the parsed lists exactly. A file that writes its tables
    inline instead falls back to finding each item's `name = "..."` line.
    """

    def __init__(self, text: str, data: dict[str, Any]) -> None:
        self._lines = text.splitlines()
        self._claimed: set[int] = set()
        blocks: dict[tuple[str, ...], list[_Where]] = {(): [_Where(1)]}
        current = blocks[()][0]
        in_string: str | None = None
        for number, raw in enumerate(self._lines, 1):
            if in_string:
                in_string = None if raw.count(in_string) % 2 else in_string
                continue
            header = _HEADER.match(raw)
            key = _KEY.match(raw)
            if header:
                path = tuple(p.strip().strip("\"'") for p in header.group(2).split("."))
                if header.group(1) == "[[":
                    current = _Where(number)
                    blocks.setdefault(path, []).append(current)
                else:  # [a.b.label]: a sub-table of the last [[a.b]]
                    parents = blocks.get(path[:-1])
                    if parents:
                        parents[-1].keys.setdefault(path[-1], number)
                    current = _Where(number)
                continue
            if key:
                current.keys.setdefault(next(g for g in key.groups() if g is not None), number)
            in_string = next((q for q in ('"""', "'''") if raw.count(q) % 2), None)
        self._queues = {path: found for path, found in blocks.items()
                        if len(found) == _children(data, path)}
        self.top = blocks[()][0]

    def next(self, path: tuple[str, ...], name: object, fallback: int) -> _Where:
        queue = self._queues.get(path)
        if queue:
            block = queue.pop(0)
            return _Where(block.keys.get("name", block.line), block.keys)
        return _Where(self._name_line(name) or fallback)

    def _name_line(self, name: object) -> int:
        if not isinstance(name, str):
            return 0
        pattern = re.compile(r"(^|[\s{,])name\s*=\s*[\"']" + re.escape(name) + r"[\"']")
        for number, raw in enumerate(self._lines, 1):
            if number not in self._claimed and pattern.search(raw):
                self._claimed.add(number)
                return number
        return 0


class _Parser:
    """Walks the parsed TOML once, building the spec and collecting every problem.

    Every table is visited in file order even when it is wrong, so that the
    line locator stays in step with the parsed lists.
    """

    def __init__(self, text: str, source_name: str, data: dict[str, Any]) -> None:
        self.text, self.source_name, self.data = text, source_name, data
        self.lines = _Lines(text, data)
        self.problems: list[tuple[int, str]] = []
        self.names: dict[str, int] = {}  # every question and group column: its line
        self.top: dict[str, FormField] = {}  # questions outside groups
        self.columns: set[str] = set()
        self.stores: dict[str, str] = {}

    def problem(self, line: int, text: str) -> None:
        self.problems.append((line, text))

    def error(self) -> FormError:
        (line, first), *rest = sorted(self.problems)
        return FormError(self.source_name, line, first, [f"line {n}: {p}" for n, p in rest])

    def form(self) -> FormSpec:
        where = self.lines.top
        self.check_keys(self.data, forms.FORM_KEYS, where, "the form")
        form_id, version = self.data.get("id"), self.data.get("version")
        if not isinstance(form_id, str) or not _NAME.match(form_id) or len(form_id) > 60:
            self.problem(where.at("id"), 'the form needs an id such as id = "referral" '
                         f"({_NAME_RULE}; at most 60 characters)")
        if not isinstance(version, str) or not version.strip() or len(version) > 30:
            self.problem(where.at("version"), 'the form needs a version in quotes, such as '
                         'version = "1" (at most 30 characters)')
        title = self.text_of(self.data.get("title"), where.at("title"), "the form's title", True)
        raw_sections = self.data.get("sections")
        if not isinstance(raw_sections, list) or not raw_sections:
            self.problem(where.at("sections"), "the form has no sections: add at least one "
                         "[[sections]] with its [[sections.fields]]")
            raw_sections = []
        seen: dict[str, int] = {}
        sections = [self.section(raw, seen) for raw in raw_sections]
        for line, problem in reference_problems(self.top, self.names, self.columns):
            self.problem(line, problem)
        return FormSpec(id=form_id if isinstance(form_id, str) else "",
                        version=version if isinstance(version, str) else "",
                        title=title or Text(""), sections=tuple(s for s in sections if s),
                        source_hash=hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
                        source_name=self.source_name)

    def section(self, raw: object, seen: dict[str, int]) -> Section | None:
        name = raw.get("name") if isinstance(raw, dict) else None
        where = self.lines.next(("sections",), name, 1)
        if not isinstance(raw, dict):
            self.problem(where.line, "each section must be a [[sections]] table")
            return None
        what = f'section "{name}"'
        self.check_keys(raw, forms.SECTION_KEYS, where, what)
        self.unique(name, seen, where.line, "section name", "each section needs its own name")
        title = self.text_of(raw.get("title"), where.at("title"), f"{what}'s title", True)
        help_text = self.text_of(raw.get("help"), where.at("help"), f"{what}'s help")
        raw_fields = raw.get("fields")
        if not isinstance(raw_fields, list) or not raw_fields:
            self.problem(where.line, f"{what} has no questions: add [[sections.fields]] below it")
            raw_fields = []
        fields = [self.field(f, where.line, in_group=False) for f in raw_fields]
        self.top.update((f.name, f) for f in fields if f and f.name not in self.top)
        return Section(name=name if isinstance(name, str) else "", title=title or Text(""),
                       fields=tuple(f for f in fields if f), help=help_text)

    def field(self, raw: object, parent_line: int, *, in_group: bool) -> FormField | None:
        name = raw.get("name") if isinstance(raw, dict) else None
        where = self.lines.next(("sections", "fields", "fields")[:3 if in_group else 2],
                                name, parent_line)
        if not isinstance(raw, dict):
            self.problem(where.line, "each question must be a table with name, type and label")
            return None
        what = f'group column "{name}"' if in_group else f'question "{name}"'
        self.check_keys(raw, forms.FIELD_KEYS, where, what)
        for key in sorted(forms.NOT_IN_GROUP & raw.keys()) if in_group else []:
            self.problem(where.at(key), f'{what}: "{key}" cannot be used on a column of a group')
        self.unique(name, self.names, where.line, "name",
                    "every question and group column needs its own name")
        if in_group and isinstance(name, str):
            self.columns.add(name)
        field_type = self.type_of(raw.get("type"), where, what, in_group)
        for key, (types, say) in forms.ONLY_FOR.items():
            if key in raw and field_type is not None and field_type not in types:
                self.problem(where.at(key), f"{what}: {key} only applies to {say}")
        label = self.text_of(raw.get("label"), where.at("label"), f"{what}'s label", True)
        help_text = self.text_of(raw.get("help"), where.at("help"), f"{what}'s help")
        required = self.flag(raw, "required", where, what)
        store = self.store_of(raw, where, what, field_type)
        choices = self.choices_of(raw, where, what, in_group)
        columns = [] if in_group else [self.field(c, where.line, in_group=True)
                                       for c in _list(raw.get("fields"))]
        relevant, problems = read_relevance(raw.get("relevant"), in_group)
        for problem in problems:
            self.problem(where.at("relevant"), f"{what}: {problem}")
        renamed = raw.get("renamed_from")
        if renamed is not None and (not isinstance(renamed, str) or not _NAME.match(renamed)):
            self.problem(where.at("renamed_from"), f"{what}: renamed_from must be an old name "
                         f"in quotes ({_NAME_RULE})")
        if field_type is None or not isinstance(name, str):
            return None
        if field_type is FieldType.GROUP and not columns:
            self.problem(where.line, f"{what} has no columns: add [[sections.fields.fields]]")
        dynamic = store in forms.DYNAMIC_CHOICE_TARGETS
        if field_type in forms.CHOICE_TYPES and dynamic == bool(choices):
            self.problem(where.line, f"{what}: the choices of {store} are filled in by the app; "
                         "remove the choices" if dynamic else f"{what} has no choices: add "
                         "[[sections.fields.choices]] with name and label")
        low, high = self.range_of(raw, where, what, field_type)
        return FormField(
            name=name, type=field_type, label=label or Text(""), help=help_text,
            required=required, max_length=self.max_length_of(raw, where, what, field_type, store),
            min_value=low, max_value=high,
            choices=choices if field_type in forms.CHOICE_TYPES else (),
            fields=tuple(c for c in columns if c), relevant=relevant, store=store,
            renamed_from=renamed if isinstance(renamed, str) else None, line=where.line)

    def unique(self, name: object, seen: dict[str, int], line: int, kind: str,
               why: str) -> None:
        if not isinstance(name, str):
            self.problem(line, f'a {kind} is missing: add name = "..." ({_NAME_RULE})')
        elif not _NAME.match(name):
            self.problem(line, f'the {kind} "{name}" is not allowed: {_NAME_RULE}')
        elif name in seen:
            self.problem(line, f'the {kind} "{name}" is used twice (first on line '
                         f"{seen[name]}); {why}")
        else:
            seen[name] = line

    def type_of(self, value: object, where: _Where, what: str,
                in_group: bool) -> FieldType | None:
        if value not in {t.value for t in FieldType}:
            said = "no type" if value is None else f'type "{value}", which is not a known type'
            self.problem(where.at("type"), f"{what} has {said}; use one of: {_TYPES}")
        elif in_group and value == FieldType.GROUP:
            self.problem(where.at("type"), f"{what}: groups cannot be nested; a column of a "
                         "group cannot itself be a group")
        else:
            return FieldType(str(value))
        return None

    def flag(self, raw: dict[str, Any], key: str, where: _Where, what: str) -> bool:
        value = raw.get(key, False)
        if not isinstance(value, bool):
            self.problem(where.at(key), f"{what}: {key} must be true or false (no quotes)")
        return value is True

    def store_of(self, raw: dict[str, Any], where: _Where, what: str,
                 field_type: FieldType | None) -> str | None:
        target = raw.get("store")
        if target is None:
            return None
        if not isinstance(target, str) or target not in forms.STORE_TARGETS:
            self.problem(where.at("store"), f'{what}: unknown store target "{target}"; the '
                         "targets are: " + ", ".join(forms.STORE_TARGETS))
            return None
        if field_type is not None and not forms.store_type_fits(target, field_type):
            self.problem(where.at("store"), f"{what}: a {field_type.value} question cannot be "
                         f"stored in {target}, which holds a {forms.STORE_TARGETS[target].value}")
        if target in self.stores:
            self.problem(where.at("store"), f'{what}: {target} is already stored by question '
                         f'"{self.stores[target]}"')
        self.stores.setdefault(target, str(raw.get("name")))
        return target

    def max_length_of(self, raw: dict[str, Any], where: _Where, what: str,
                      field_type: FieldType, store: str | None) -> int | None:
        if field_type not in forms.TEXT_TYPES:
            return None
        column = forms.STORE_MAX_LENGTH.get(store or "", 10**6)
        default = min(forms.DEFAULT_MAX_LENGTH[field_type], column)
        value = raw.get("max_length", default)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self.problem(where.at("max_length"), f"{what}: max_length must be a whole number "
                         "above 0, without quotes")
            return default
        if value > column:
            self.problem(where.at("max_length"), f"{what}: max_length {value} is more than "
                         f"{store} can hold ({column} characters)")
        return value

    def range_of(self, raw: dict[str, Any], where: _Where, what: str,
                 field_type: FieldType) -> tuple[int | None, int | None]:
        if field_type not in forms.NUMBER_TYPES:
            return None, None
        low, high = raw.get("min"), raw.get("max")
        for key, value in (("min", low), ("max", high)):
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                self.problem(where.at(key), f"{what}: {key} must be a whole number, no quotes")
                return None, None
        if field_type is FieldType.RATING and (low is None or high is None):
            self.problem(where.line, f"{what}: a rating needs both min and max, e.g. min = 1 "
                         "and max = 5")
        elif low is not None and high is not None and low > high:
            self.problem(where.at("min"), f"{what}: min ({low}) is larger than max ({high})")
        return low, high

    def choices_of(self, raw: dict[str, Any], where: _Where, what: str,
                   in_group: bool) -> tuple[Choice, ...]:
        items = raw.get("choices")
        path = ("sections", "fields", "fields", "choices") if in_group \
            else ("sections", "fields", "choices")
        made: list[Choice] = []
        seen: dict[str, int] = {}
        for item in _list(items):
            name = item.get("name") if isinstance(item, dict) else None
            at = self.lines.next(path, name, where.line)
            if not isinstance(item, dict):
                self.problem(at.line, f"{what}: each choice needs a name and a label")
                continue
            self.check_keys(item, forms.CHOICE_KEYS, at, f'choice "{name}"')
            label = self.text_of(item.get("label"), at.at("label"), f'choice "{name}"\'s label',
                                 True)
            disabled = self.flag(item, "disabled", at, f'choice "{name}"')
            before = len(self.problems)
            self.unique(name, seen, at.line, "choice name", f"the choices of {what} need their "
                        "own names")
            if len(self.problems) == before:
                made.append(Choice(str(name), label or Text(""), disabled))
        return tuple(made)

    def check_keys(self, raw: dict[str, Any], allowed: frozenset[str], where: _Where,
                   what: str) -> None:
        for key in raw:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = f' (did you mean "{close[0]}"?)' if close else \
                    "; allowed here: " + ", ".join(sorted(allowed))
                self.problem(where.at(key), f'unknown key "{key}" in {what}{hint}')

    def text_of(self, value: object, line: int, what: str, required: bool = False) -> Text | None:
        if value is None:
            if required:
                self.problem(line, f'{what} is missing: write it as {{ da = "...", nb = "...", '
                             'en = "..." }')
            return None
        texts = {"da": value} if isinstance(value, str) else value
        if not isinstance(texts, dict) or any(not isinstance(v, str) for v in texts.values()):
            self.problem(line, f'{what} must be text in quotes or {{ da = "...", nb = "...", '
                         'en = "..." }')
            return None
        for language in sorted(texts.keys() - set(forms.LANGUAGES)):
            self.problem(line, f'{what} has an unknown language "{language}"; use da, nb and en')
        if not texts.get("da", "").strip():
            self.problem(line, f'{what} has no Danish text (da = "..."); Danish is required, '
                         "nb and en fall back to it")
        return Text(texts.get("da", ""), texts.get("nb", ""), texts.get("en", ""))
