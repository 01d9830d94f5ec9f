"""What the sync needs to know about each table that travels, read from the models once.

- the order that satisfies foreign keys (parents first), for writes and the pull;
- each column's JSON codec (storage/change_values.py), to compare the team's
  value with a change's old and new values and to turn those back into values;
- the natural keys: unique indexes other than the id (a form definition's
  form and version, one supervision line per course and week …). Two laptops
  can each make a row with the same key; the team database keeps the first,
  and the second becomes a field conflict against it (or nothing, when equal).
- how a field is merged when it is not a person's data: `updated_at` and a
  calendar event's `sequence` take the larger value, a form's place in the
  wizard the latest; none of these ever waits as a hard conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Index, Table, UniqueConstraint

from ips_desktop.storage import change_values
from ips_desktop.storage.models import SYNCED_TABLES, Base

Codec = Callable[[Any], Any]

# Said by the change log entry itself, or set by the team database.
ROW_META = frozenset({"id", "version", "origin", "changed_by", "server_seq"})
# Not compared when two rows meet by natural key: they say when, not what.
TIME_META = frozenset({"created_at", "updated_at"})
LARGEST = frozenset({"updated_at", "calendar_event.sequence"})
LATEST = frozenset({"form_response.position"})
PER_ANSWER = {"form_response": "answers"}
# Audit events go up (the team's trail) but never come down: each laptop's trail is a
# hash chain of its own events (storage/audit_chain.py), which another's would break.
NOT_PULLED = frozenset({"audit_event"})
SERVER_KEPT = frozenset({"team_device"})  # written by the team database, never pushed


@dataclass(frozen=True)
class NaturalKey:
    columns: tuple[str, ...]
    live_only: bool  # a partial index over live rows (deleted_at IS NULL)


@dataclass(frozen=True)
class TableInfo:
    name: str
    table: Table
    encode: dict[str, Codec]
    decode: dict[str, Codec]
    keys: tuple[NaturalKey, ...]
    answers: str | None

    def merge_rule(self, field: str) -> str | None:
        """'largest', 'latest' or None (a person's data: the field rules decide)."""
        for name in (field, f"{self.name}.{field}"):
            if name in LARGEST:
                return "largest"
            if name in LATEST:
                return "latest"
        return None

    def encoded(self, row: dict[str, Any], field: str) -> Any:
        """The row's value of `field` (a column, or `answers.<name>`) in JSON form."""
        if self.answers and field.startswith(self.answers + "."):
            return (row.get(self.answers) or {}).get(field.split(".", 1)[1])
        return self.encode[field](row.get(field))

    def content_fields(self) -> tuple[str, ...]:
        return tuple(c for c in self.encode if c not in ROW_META)


@cache
def info(table_name: str) -> TableInfo:
    table = Base.metadata.tables[table_name]
    encode = {c.key: change_values.encoder(c.type) for c in table.columns}
    decode = {c.key: change_values.decoder(c.type) for c in table.columns}
    return TableInfo(table_name, table, encode, decode, _natural_keys(table),
                     PER_ANSWER.get(table_name))


def _natural_keys(table: Table) -> tuple[NaturalKey, ...]:
    if table.name in ("audit_event", "team_device"):
        return ()  # (origin, seq) on the team database: one laptop's chain never repeats
    found: list[NaturalKey] = []
    for item in (*table.indexes, *table.constraints):
        if isinstance(item, Index) and item.unique:
            where = item.dialect_options["postgresql"].get("where")
        elif isinstance(item, UniqueConstraint):
            where = None
        else:
            continue
        columns = tuple(c.key for c in item.columns)
        if columns and columns != ("id",):
            found.append(NaturalKey(columns, where is not None))
    for column in table.columns:
        if column.unique and not column.primary_key:
            found.append(NaturalKey((column.key,), False))
    return tuple(dict.fromkeys(found))


@cache
def ordered() -> tuple[str, ...]:
    """The tables that travel, each after every table it refers to; `consultant` first.

    (It refers to nothing, and every team rule asks who the member is, which
    the team database learns from their consultant row: on a laptop's first
    push that row must be in before its audit events and the rest are asked.)
    """
    synced = set(SYNCED_TABLES)
    names = [t.name for t in Base.metadata.sorted_tables if t.name in synced]
    return tuple(sorted(names, key=lambda name: name != "consultant"))


def pushed_tables() -> tuple[str, ...]:
    return tuple(name for name in ordered() if name not in SERVER_KEPT)


def pulled_tables() -> tuple[str, ...]:
    return tuple(name for name in ordered() if name not in NOT_PULLED)
