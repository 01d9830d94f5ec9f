"""privacy: the audit trail names its participant, is hash-chained and append-only

Revision ID: 0009_privacy
Revises: 0008
Create Date: 2026-12-02 06:30:00.000000

- `audit_event.participant_id`: the person an event concerns (None for lists
  and the app's own events), backfilled from entity, entity id and details
  (storage/audit_subject.py), indexed with `at` so one person's trail (an
  access request, the audit view) is an index range; `actor_id, at` likewise
  for one consultant's.
- `audit_event.seq`, `prev_hash`, `hash`: the hash chain
  (storage/audit_chain.py), backfilled in the order the events happened
  (at, then created_at), and its head in the Setting "audit_chain_head".
- On SQLite, triggers refuse UPDATE and DELETE of audit events.
"""

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from ips_desktop.storage import audit_subject
from ips_desktop.storage.audit_chain import (
    APPEND_ONLY_TRIGGERS,
    GENESIS,
    HEAD_KEY,
    event_hash,
    format_head,
)

revision = "0009_privacy"
down_revision = "0008"
branch_labels = None
depends_on = None

_BATCH = 5000

_event = sa.table(
    "audit_event",
    sa.column("id", sa.Uuid()), sa.column("at", sa.DateTime(timezone=True)),
    sa.column("created_at", sa.DateTime(timezone=True)), sa.column("actor_id", sa.Uuid()),
    sa.column("action", sa.String()), sa.column("entity", sa.String()),
    sa.column("entity_id", sa.Uuid()), sa.column("details", sa.JSON()),
    sa.column("participant_id", sa.Uuid()), sa.column("seq", sa.Integer()),
    sa.column("prev_hash", sa.String()), sa.column("hash", sa.String()),
)


def upgrade() -> None:
    op.add_column("audit_event", sa.Column("participant_id", sa.Uuid(), nullable=True))
    op.add_column("audit_event", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_event", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_event", sa.Column("hash", sa.String(length=64), nullable=True))
    head = _backfill()
    with op.batch_alter_table("audit_event") as batch:
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
    op.create_index("ux_audit_event_seq", "audit_event", ["seq"], unique=True)
    op.create_index("ix_audit_event_participant_at", "audit_event", ["participant_id", "at"])
    op.create_index("ix_audit_event_actor_at", "audit_event", ["actor_id", "at"])
    now = datetime.now(UTC)
    setting = sa.table("setting", *(sa.column(n, t) for n, t in (
        ("id", sa.Uuid()), ("key", sa.String()), ("value", sa.Text()),
        ("created_at", sa.DateTime(timezone=True)), ("updated_at", sa.DateTime(timezone=True)),
        ("deleted_at", sa.DateTime(timezone=True)))))
    op.get_bind().execute(setting.delete().where(setting.c.key == HEAD_KEY))
    op.bulk_insert(setting, [{"id": uuid.uuid4(), "key": HEAD_KEY, "value": format_head(*head),
                              "created_at": now, "updated_at": now, "deleted_at": None}])
    if op.get_bind().dialect.name == "sqlite":
        for sql in APPEND_ONLY_TRIGGERS.values():
            op.execute(sql)


def _backfill() -> tuple[int, str]:
    """Each old event's participant and place in the chain; returns the chain's head."""
    bind = op.get_bind()
    participant_of, participant_of_row = _lookups(bind)
    order = (_event.c.at, _event.c.created_at, _event.c.id)
    update = (_event.update().where(_event.c.id == sa.bindparam("b_id"))
              .values(participant_id=sa.bindparam("b_participant"), seq=sa.bindparam("b_seq"),
                      prev_hash=sa.bindparam("b_prev"), hash=sa.bindparam("b_hash")))
    # Each page is an index range of this order, not a sort of the whole table.
    op.create_index("tmp_audit_event_order", "audit_event", ["at", "created_at", "id"])
    seq, digest = 0, GENESIS
    last: tuple[Any, ...] | None = None
    while True:
        query = sa.select(_event).order_by(*order).limit(_BATCH)
        if last is not None:
            query = query.where(sa.tuple_(*order) > sa.tuple_(*(
                sa.literal(v, c.type) for v, c in zip(last, order, strict=True))))
        rows = bind.execute(query).all()
        if not rows:
            op.drop_index("tmp_audit_event_order", table_name="audit_event")
            return seq, digest
        changes = []
        for row in rows:
            details = row.details or {}
            participant = audit_subject.derive(row.entity, row.entity_id, details,
                                               participant_of, participant_of_row)
            seq += 1
            prev, digest = digest, event_hash(digest, seq, row.at, row.actor_id, row.action,
                                              row.entity, row.entity_id, participant, details)
            changes.append({"b_id": row.id, "b_participant": participant, "b_seq": seq,
                            "b_prev": prev, "b_hash": digest})
        bind.execute(update, changes)
        last = (rows[-1].at, rows[-1].created_at, rows[-1].id)


def _lookups(bind: sa.Connection) -> tuple[audit_subject.ParticipantOf,
                                           audit_subject.ParticipantOfRow]:
    """Dictionaries of every course's participant and every course record's course."""
    course = sa.table("course", sa.column("id", sa.Uuid()), sa.column("participant_id", sa.Uuid()))
    participants = {i: p for i, p in bind.execute(sa.select(course.c.id, course.c.participant_id))}
    tables = set(sa.inspect(bind).get_table_names())
    courses: dict[str, dict[uuid.UUID, uuid.UUID | None]] = {}
    for name in audit_subject.CHILD_OF_COURSE:
        if name in tables:
            child = sa.table(name, sa.column("id", sa.Uuid()), sa.column("course_id", sa.Uuid()))
            rows = bind.execute(sa.select(child.c.id, child.c.course_id))
            courses[name] = {i: c for i, c in rows}

    def of_course(course_id: uuid.UUID) -> uuid.UUID | None:
        return participants.get(course_id)

    def of_row(model: Any, row_id: uuid.UUID) -> uuid.UUID | None:
        course_id = courses.get(model.__tablename__, {}).get(row_id)
        return participants.get(course_id) if course_id is not None else None

    return of_course, of_row


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in APPEND_ONLY_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(sa.text("DELETE FROM setting WHERE key = :key").bindparams(key=HEAD_KEY))
    op.drop_index("ix_audit_event_actor_at", table_name="audit_event")
    op.drop_index("ix_audit_event_participant_at", table_name="audit_event")
    op.drop_index("ux_audit_event_seq", table_name="audit_event")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
        batch.drop_column("participant_id")
