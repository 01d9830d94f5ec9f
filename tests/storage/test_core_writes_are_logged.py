"""No Core INSERT, UPDATE or DELETE on a table that travels bypasses the change log.

The session listener (storage/change_log.py) sees only what the ORM flushes.
A Core statement, a bulk call or raw SQL on a synced table would change a
row without an entry, and the change would never reach the team database.
Such writes go through storage/synced_writes.py; this test reads every
module of the app and names each statement that does not.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from ips_desktop.storage.models import SYNCED_TABLES

PACKAGE = Path(__file__).parents[2] / "ips_desktop"
# The helper itself, the listener, the migrations (which run before any row travels) and
# the sync, which writes the team's rows on a laptop and a laptop's on the team database.
EXEMPT = {PACKAGE / "storage" / "synced_writes.py", PACKAGE / "storage" / "change_log.py"}
EXEMPT_DIRS = {PACKAGE / "storage" / "migrations", PACKAGE / "storage" / "sync"}
# What a statement may name and still not touch a synced table.
LOCAL = {"Setting", "ChangeLog", "CHANGE_LOG", "setting", "change_log"}
DML = {"insert", "update", "delete"}
BULK = {"bulk_insert_mappings", "bulk_update_mappings", "bulk_save_objects"}
RAW = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)",
                 re.IGNORECASE)


def _sqlalchemy_names(tree: ast.Module) -> set[str]:
    """The DML functions a module imported from SQLAlchemy (under any name)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            names |= {alias.asname or alias.name for alias in node.names if alias.name in DML}
    return names


def _names_in(node: ast.AST) -> set[str]:
    found = set()
    for part in ast.walk(node):
        if isinstance(part, ast.Name):
            found.add(part.id)
        elif isinstance(part, ast.Attribute):
            found.add(part.attr)
        elif isinstance(part, ast.Constant) and isinstance(part.value, str):
            found.add(part.value)
    return found - {"__table__", "metadata", "tables", "Base", "c"}


def _is_table(node: ast.AST) -> bool:
    """`X.__table__`, `metadata.tables[...]` or a name that says it is a table."""
    if isinstance(node, ast.Attribute):
        return node.attr == "__table__" or "table" in node.attr.lower()
    if isinstance(node, ast.Subscript):
        return _is_table(node.value) or "tables" in ast.unparse(node.value)
    return isinstance(node, ast.Name) and "table" in node.id.lower()


def bypassing_writes(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    dml = _sqlalchemy_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            target: ast.AST | None = None
            if isinstance(func, ast.Name) and func.id in dml and node.args:
                target = node.args[0]  # insert(Model), update(table), delete(...)
            elif isinstance(func, ast.Attribute) and func.attr in DML and not node.args \
                    and not node.keywords and _is_table(func.value):
                target = func.value  # Model.__table__.insert()
            elif isinstance(func, ast.Attribute) and func.attr in BULK:
                found.append(f"{where}:{node.lineno} {func.attr}")
                continue
            if target is not None and not (_names_in(target) and _names_in(target) <= LOCAL):
                found.append(f"{where}:{node.lineno} {ast.unparse(node)[:60]}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for table in RAW.findall(node.value):
                if table in SYNCED_TABLES:
                    found.append(f"{where}:{node.lineno} raw SQL on {table}")
    return found


def test_no_core_write_on_a_synced_table_bypasses_the_log():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in EXEMPT or any(d in path.parents for d in EXEMPT_DIRS):
            continue
        found += bypassing_writes(path.read_text(encoding="utf-8"),
                                  str(path.relative_to(PACKAGE)))
    assert found == []


def test_the_walk_finds_each_kind_of_bypass():
    source = '''
from sqlalchemy import delete, insert, update as change, text
from ips_desktop.storage.models import Note, Setting

def fine(session):
    session.execute(delete(Setting).where(Setting.key == "x"))
    session.execute(insert(Setting).values(key="a", value="b"))
    session.execute(text("UPDATE setting SET value = 1"))

def bypasses(session, table, rows):
    session.execute(change(Note).values(text=""))
    session.execute(delete(table))
    session.execute(Note.__table__.insert(), rows)
    session.bulk_insert_mappings(Note, rows)
    session.execute(text("DELETE FROM note WHERE id = :id"))
'''
    assert sorted(line.split(" ", 1)[0] for line in bypassing_writes(source, "m.py")) == [
        "m.py:11", "m.py:12", "m.py:13", "m.py:14", "m.py:15"]
