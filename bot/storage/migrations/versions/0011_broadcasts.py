"""Broadcasts and events: announcements, sign-ups with a waiting list, opt-outs; outbox rows name their
announcement (`outbox.broadcast_id`) so its report is one indexed count.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("scheduled_at", UTCDateTime(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("cancelled_at", UTCDateTime(), nullable=True),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("cursor", sa.String(32), nullable=True),
        sa.Column("created_by", sa.String(64), nullable=True),
        sa.Column("progress_chat", sa.BigInteger(), nullable=True),
        sa.Column("progress_message", sa.BigInteger(), nullable=True),
        sa.Column("event_at", UTCDateTime(), nullable=True),
        sa.Column("place", sa.String(300), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("media", sa.JSON(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('scheduled', 'starting', 'running', 'done', 'cancelled')", name="ck_broadcasts_state"
        ),
    )
    op.create_index("ix_broadcasts_due", "broadcasts", ["state", "scheduled_at"])
    op.create_table(
        "event_signups",
        sa.Column(
            "broadcast_id",
            sa.Integer(),
            sa.ForeignKey("broadcasts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("since", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('confirmed', 'waiting', 'declined', 'cancelled')", name="ck_event_signups_state"
        ),
    )
    op.create_index("ix_event_signups_person_id", "event_signups", ["person_id"])
    op.create_table(
        "broadcast_optouts",
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    with op.batch_alter_table("outbox") as table:
        table.add_column(sa.Column("broadcast_id", sa.Integer(), nullable=True))
        table.create_foreign_key(
            "fk_outbox_broadcast_id", "broadcasts", ["broadcast_id"], ["id"], ondelete="CASCADE"
        )
        table.create_index("ix_outbox_broadcast_id", ["broadcast_id"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.drop_index("ix_outbox_broadcast_id")
        table.drop_constraint("fk_outbox_broadcast_id", type_="foreignkey")
        table.drop_column("broadcast_id")
    op.drop_table("broadcast_optouts")
    op.drop_index("ix_event_signups_person_id", table_name="event_signups")
    op.drop_table("event_signups")
    op.drop_index("ix_broadcasts_due", table_name="broadcasts")
    op.drop_table("broadcasts")
