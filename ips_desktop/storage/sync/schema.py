"""What only the team database has for the sync: a sequence, three tables, one lock.

The laptop's tables are the models' (storage/models.py). On PostgreSQL the
sync needs a little more, none of which ever travels:

- `sync_server_seq`: the one sequence every accepted write takes its
  `server_seq` from. Pushes are serialised by the advisory lock, so numbers
  are handed out in commit order: a pull that read up to N has seen every
  write numbered N or lower (`server_seq > last pulled` misses nothing).
- `sync_field_stamp`: per row and field, the clock stamp, actor and laptop of
  the last accepted update, so a hard conflict says who made the value the
  team database kept, and when (inserts are not stamped: the row's
  `changed_by`/`origin`/`created_at` say it, and a first sync of a large team
  would otherwise write a stamp for every field of every row).
- `sync_erased`: the rows erasure removed (table and id, no content), with a
  `server_seq`, so every laptop's pull erases them too.
- `sync_push`: one row per accepted push (which laptop, how many changes, the
  newest clock stamp): the pull moves the laptop's clock past what it saw.
- `audit_event`'s chain number is unique per laptop (`origin`, `seq`) on the
  team database, where every laptop's chain meets; on a laptop it is `seq`.

Created by migration 0013_sync_server on PostgreSQL, and by `create_server_objects`
for a schema made with `Base.metadata.create_all` (tests); both are the same DDL.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    text,
)

SEQUENCE = "sync_server_seq"
# pg_advisory_xact_lock's key: one push at a time on a team database (any 64-bit number
# that nothing else on the server uses; this one is "IPS sync" in ASCII).
PUSH_LOCK = 0x4950_5320_7379_6E63
NEXT_SEQ = text(f"nextval('{SEQUENCE}')")

SERVER_METADATA = MetaData()

FIELD_STAMP = Table(
    "sync_field_stamp", SERVER_METADATA,
    Column("table_name", String(60), primary_key=True),
    Column("row_id", Uuid, primary_key=True),
    Column("field", String(200), primary_key=True),
    Column("hlc", String(40), nullable=False),
    Column("actor_id", Uuid),
    Column("origin", String(36)),
)

ERASED = Table(
    "sync_erased", SERVER_METADATA,
    Column("table_name", String(60), primary_key=True),
    Column("row_id", Uuid, primary_key=True),
    Column("server_seq", BigInteger, nullable=False, index=True),
    Column("erased_at", DateTime(timezone=True), nullable=False),
)

PUSH = Table(
    "sync_push", SERVER_METADATA,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("origin", String(36), nullable=False),
    Column("consultant_id", Uuid),
    Column("entries", Integer, nullable=False),
    Column("hlc", String(40)),
    Column("server_seq", BigInteger, nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

AUDIT_SEQ_INDEX = "ux_audit_event_seq"
AUDIT_ORIGIN_SEQ_INDEX = "ux_audit_event_origin_seq"

DDL = (
    f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE} AS bigint",
    f"DROP INDEX IF EXISTS {AUDIT_SEQ_INDEX}",
    f"CREATE UNIQUE INDEX IF NOT EXISTS {AUDIT_ORIGIN_SEQ_INDEX} ON audit_event (origin, seq)",
)
DROP_DDL = (
    f"DROP INDEX IF EXISTS {AUDIT_ORIGIN_SEQ_INDEX}",
    f"CREATE UNIQUE INDEX IF NOT EXISTS {AUDIT_SEQ_INDEX} ON audit_event (seq)",
    f"DROP SEQUENCE IF EXISTS {SEQUENCE}",
)


def create_server_objects(conn: Connection) -> None:
    """The sync's own objects on a team database whose tables exist (idempotent)."""
    if conn.dialect.name != "postgresql":
        raise ValueError("the sync's server objects belong on PostgreSQL")
    for statement in DDL:
        conn.execute(text(statement))
    SERVER_METADATA.create_all(conn)


def drop_server_objects(conn: Connection) -> None:
    SERVER_METADATA.drop_all(conn)
    for statement in DROP_DDL:
        conn.execute(text(statement))
