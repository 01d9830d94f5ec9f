"""The changes between two answer sets, as the history of a form records them.

One change per answer that differs. A repeatable group is compared cell by
cell, each row found by its `row_id` (so moving a row changes no cell):
"jobs[r7].workplace" from "Netto" to "Fakta"; a row added or removed is its
filled-in cells from or to nothing; a new order of the same rows is one change
of the group itself, from and to the list of row ids. Storing cells rather
than whole groups keeps the history small when a profile holds twenty jobs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ips_desktop.domain.form_answers import is_empty
from ips_desktop.domain.forms import ROW_ID


@dataclass(frozen=True)
class ChangeKey:
    """What a history key names: a question, or one cell of a group's row."""

    question: str
    row_id: str | None = None
    column: str | None = None


def answer_changes(before: Mapping[str, object],
                   after: Mapping[str, object]) -> list[tuple[str, object, object]]:
    """(key, old, new) for every answer that differs, questions in name order."""
    changes: list[tuple[str, object, object]] = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        old_rows, new_rows = _rows(old), _rows(new)
        if old_rows is None or new_rows is None:
            changes.append((name, old, new))
        else:
            changes.extend(_row_changes(name, old_rows, new_rows))
    return changes


def cell_key(question: str, row_id: str, column: str) -> str:
    return f"{question}[{row_id}].{column}"


def parse_key(key: str) -> ChangeKey:
    """The parts of a history key ("name", or "group[row_id].column")."""
    question, bracket, rest = key.partition("[")
    if not bracket:
        return ChangeKey(key)
    row_id, _, column = rest.rpartition("].")
    return ChangeKey(question, row_id, column) if row_id else ChangeKey(key)


def _rows(value: object) -> list[dict[str, object]] | None:
    """A group's rows if every one has its own id; None (no answer) is no rows."""
    if is_empty(value):
        return []
    if not isinstance(value, list):
        return None
    ids = [row.get(ROW_ID) if isinstance(row, dict) else None for row in value]
    if not all(isinstance(i, str) and i for i in ids) or len(set(ids)) != len(ids):
        return None
    return [row for row in value if isinstance(row, dict)]


def _row_changes(name: str, old_rows: list[dict[str, object]],
                 new_rows: list[dict[str, object]]) -> list[tuple[str, object, object]]:
    if not old_rows and not new_rows:
        return []  # no rows either way (None and [] are both no answer)
    old_by_id = {str(r[ROW_ID]): r for r in old_rows}
    new_by_id = {str(r[ROW_ID]): r for r in new_rows}
    changes: list[tuple[str, object, object]] = []
    kept_old = [i for i in old_by_id if i in new_by_id]
    kept_new = [i for i in new_by_id if i in old_by_id]
    if kept_old != kept_new:
        changes.append((name, list(old_by_id), list(new_by_id)))
    for row_id in [*new_by_id, *(i for i in old_by_id if i not in new_by_id)]:
        old, new = old_by_id.get(row_id, {}), new_by_id.get(row_id, {})
        for column in sorted((set(old) | set(new)) - {ROW_ID}):
            was, now = old.get(column), new.get(column)
            if was != now and not (is_empty(was) and is_empty(now)):
                changes.append((cell_key(name, row_id, column), was, now))
    return changes
