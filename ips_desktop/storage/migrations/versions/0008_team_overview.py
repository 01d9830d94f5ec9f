"""the team overview: staffing over time, targets, fidelity reviews, the implementation plan

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 02:20:00.000000

- `staffing_period`: a consultant's real FTE for IPS from one day to another
  (open-ended while it lasts). The steering group's resource figure is month by
  month, and a consultant who leaves the team mid-period must stop counting
  from that day, which one `consultant.fte` cannot say. Each consultant gets
  one open period at their FTE from the earlier of the day they were created
  and their first referral.
- `overview_target`: the team lead's expectation per month (the burn-up
  charts' target line), one live row per month and measure.
- `overview_comment`: the team's comments for the steering group's printout,
  one live row per period.
- `fidelity_review`: a saved fidelity review, kept as history: the team lead's
  scores for the items the data cannot show, and a snapshot of the
  data-derived self-check as it stood.
- `implementation_plan_item`: one agreement of the implementation plan (seed
  000) with its answer, party, named responsible person and deadline.
- `ix_note_live_course_date`: the live notes' course, day, kind and place, so the
  fidelity self-check reads a year of a team's contacts (over 100,000 notes)
  from the index alone, without the rows' text.
"""

import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

from ips_desktop.storage.migrations.columns import record_columns

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_LIVE = sa.text("deleted_at IS NULL")


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "staffing_period",
        sa.Column("consultant_id", sa.Uuid(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("fte", sa.Float(), nullable=False),
        *record_columns(),
        _fk("staffing_period", "consultant_id", "consultant"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_period")),
    )
    op.create_index("ix_staffing_period_consultant_id", "staffing_period", ["consultant_id"])

    op.create_table(
        "overview_target",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        *record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overview_target")),
    )
    op.create_index("ux_overview_target_month_measure", "overview_target",
                    ["month", "measure"], unique=True,
                    sqlite_where=_LIVE, postgresql_where=_LIVE)

    op.create_table(
        "overview_comment",
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False, server_default=""),
        sa.Column("written_by", sa.Uuid(), nullable=True),
        *record_columns(),
        _fk("overview_comment", "written_by", "consultant"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overview_comment")),
    )
    op.create_index("ux_overview_comment_period", "overview_comment",
                    ["period_start", "period_end"], unique=True,
                    sqlite_where=_LIVE, postgresql_where=_LIVE)

    op.create_table(
        "fidelity_review",
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("form_id", sa.String(length=60), nullable=False),
        sa.Column("form_version", sa.String(length=30), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("derived", sa.JSON(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False, server_default=""),
        sa.Column("reviewed_by", sa.Uuid(), nullable=True),
        *record_columns(),
        _fk("fidelity_review", "reviewed_by", "consultant"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fidelity_review")),
    )
    op.create_index("ix_fidelity_review_reviewed_on", "fidelity_review", ["reviewed_on"])

    op.create_table(
        "implementation_plan_item",
        sa.Column("item", sa.String(length=60), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False, server_default=""),
        sa.Column("party", sa.String(length=20), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        *record_columns(),
        _fk("implementation_plan_item", "updated_by", "consultant"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_implementation_plan_item")),
    )
    op.create_index("ux_implementation_plan_item_item", "implementation_plan_item",
                    ["item"], unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE)

    op.create_index("ix_note_live_course_date", "note",
                    ["course_id", "note_date", "kind", "place"],
                    sqlite_where=_LIVE, postgresql_where=_LIVE)

    _open_a_period_per_consultant()


def _open_a_period_per_consultant() -> None:
    consultant = sa.table("consultant", sa.column("id", sa.Uuid()),
                          sa.column("fte", sa.Float()),
                          sa.column("created_at", sa.DateTime(timezone=True)),
                          sa.column("deleted_at", sa.DateTime(timezone=True)))
    course = sa.table("course", sa.column("consultant_id", sa.Uuid()),
                      sa.column("referral_date", sa.Date()))
    first_referral = (sa.select(sa.func.min(course.c.referral_date))
                      .where(course.c.consultant_id == consultant.c.id).scalar_subquery())
    bind = op.get_bind()
    rows = bind.execute(sa.select(consultant.c.id, consultant.c.fte, consultant.c.created_at,
                                  first_referral.label("first"))
                        .where(consultant.c.deleted_at.is_(None))).all()
    now = datetime.now(UTC)
    periods = []
    for cid, fte, created_at, first in rows:
        starts: date = created_at.date() if created_at else now.date()
        if first is not None and first < starts:
            starts = first
        periods.append({"id": uuid.uuid4(), "consultant_id": cid, "starts_on": starts,
                        "ends_on": None, "fte": float(fte or 1.0),
                        "created_at": now, "updated_at": now, "deleted_at": None})
    if periods:
        target = sa.table("staffing_period", *(sa.column(n, t) for n, t in (
            ("id", sa.Uuid()), ("consultant_id", sa.Uuid()), ("starts_on", sa.Date()),
            ("ends_on", sa.Date()), ("fte", sa.Float()),
            ("created_at", sa.DateTime(timezone=True)),
            ("updated_at", sa.DateTime(timezone=True)),
            ("deleted_at", sa.DateTime(timezone=True)))))
        op.bulk_insert(target, periods)


def downgrade() -> None:
    op.drop_index("ix_note_live_course_date", table_name="note")
    op.drop_index("ux_implementation_plan_item_item", table_name="implementation_plan_item")
    op.drop_table("implementation_plan_item")
    op.drop_index("ix_fidelity_review_reviewed_on", table_name="fidelity_review")
    op.drop_table("fidelity_review")
    op.drop_index("ux_overview_comment_period", table_name="overview_comment")
    op.drop_table("overview_comment")
    op.drop_index("ux_overview_target_month_measure", table_name="overview_target")
    op.drop_table("overview_target")
    op.drop_index("ix_staffing_period_consultant_id", table_name="staffing_period")
    op.drop_table("staffing_period")
