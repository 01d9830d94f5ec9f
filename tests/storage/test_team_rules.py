"""Every table has a decision in the team database's rules (storage/team_rules.py)."""

from __future__ import annotations

from ips_desktop.storage.models import Base
from ips_desktop.storage.team_rules import RULES
from ips_desktop.storage.team_server import TEAM_TABLES


def test_every_table_of_the_models_has_a_rule():
    """A new table must say who reads and writes it on the team database (else: nobody)."""
    missing = set(Base.metadata.tables) - set(RULES)
    assert missing == set()


def test_device_settings_never_reach_a_member():
    assert RULES["setting"] is None


def test_the_servers_own_tables_are_not_in_the_laptops_schema():
    assert not set(TEAM_TABLES) & set(Base.metadata.tables)


def test_no_consultant_deletes_and_the_audit_trail_is_append_only():
    audit = RULES["audit_event"]
    assert audit is not None and not audit.updates and not audit.lead_deletes
    assert not audit.team_reads  # a consultant reads their own events, whatever the caseload


def test_every_table_a_push_stamps_has_its_stamps_readable_with_its_rows():
    """A field stamp is read with the row it is about; a table left out would hide them all."""
    from ips_desktop.storage.sync.tables import pushed_tables
    from ips_desktop.storage.team_rules import STAMPED_ROW_READABLE

    never_updated = {"audit_event"}  # append-only: never stamped
    for table in set(pushed_tables()) - never_updated:
        assert f"WHEN '{table}' THEN" in STAMPED_ROW_READABLE, table
