"""Every table that refers to a person is handled by the erasure, or the test says which is not.

A new table with a foreign key to a participant, a course or anything erased with
them (a note, a form response, a calendar event) must be added to
storage/erasure.py's FOUND_BY (its rows are erased) or SCRUBBED (kept, the link
cleared); else the erasure would fail on the foreign key, or leave the person behind.
"""

from __future__ import annotations

from sqlalchemy import MetaData

from ips_desktop.storage import erasure
from ips_desktop.storage.models import Base

_PERSON_COLUMNS = ("participant_id", "course_id")


def unhandled(metadata: MetaData) -> list[str]:
    """The references to erased rows that storage/erasure.py does not handle."""
    erased = set(erasure.ERASED_TABLES)
    found_by = {(t, c, r) for t, c, r in erasure.FOUND_BY}
    missing = []
    for table in metadata.tables.values():
        for fk in table.foreign_keys:
            referred, column = fk.column.table.name, fk.parent.name
            if referred not in erased:
                continue
            scrubbed = erasure.SCRUBBED.get(table.name)
            if (table.name, column, referred) in found_by:
                continue
            if scrubbed and scrubbed[1] == referred and column in scrubbed[2] \
                    and scrubbed[0] == column:
                continue
            missing.append(f"{table.name}.{column} -> {referred}")
        for column in table.columns:  # a person's id kept without a foreign key
            if column.name in _PERSON_COLUMNS and not column.foreign_keys \
                    and table.name not in erasure.KEPT_TABLES | erasure.DERIVED_TABLES:
                missing.append(f"{table.name}.{column.name} (no foreign key)")
    return missing


def test_every_reference_to_a_person_is_handled():
    assert unhandled(Base.metadata) == []


def test_a_new_table_that_refers_to_a_course_is_found():
    from sqlalchemy import Column, ForeignKey, Table, Uuid

    copy = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(copy)
    Table("course_attachment", copy, Column("id", Uuid, primary_key=True),
          Column("course_id", Uuid, ForeignKey("course.id")))
    Table("note_reaction", copy, Column("id", Uuid, primary_key=True),
          Column("note_id", Uuid, ForeignKey("note.id")))
    Table("loose_log", copy, Column("id", Uuid, primary_key=True),
          Column("participant_id", Uuid))
    assert unhandled(copy) == ["course_attachment.course_id -> course",
                               "note_reaction.note_id -> note",
                               "loose_log.participant_id (no foreign key)"]


def test_the_erased_tables_are_real_tables_and_columns():
    for table, column, referred in erasure.FOUND_BY:
        assert column in Base.metadata.tables[table].c
        assert referred in Base.metadata.tables
    for table, (found_by, referred, cleared) in erasure.SCRUBBED.items():
        columns = Base.metadata.tables[table].c
        assert found_by in columns and referred in Base.metadata.tables
        assert all(c in columns and columns[c].nullable for c in cleared)
