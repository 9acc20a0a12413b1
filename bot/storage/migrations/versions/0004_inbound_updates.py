"""Inbound updates journal: stored before they are acknowledged, handled after.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbound_updates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("sequence", sa.BigInteger(), nullable=True),
        sa.Column("person_key", sa.String(160), nullable=True),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.UniqueConstraint("channel", "key", name="uq_inbound_updates_channel_key"),
    )
    op.create_index("ix_inbound_updates_person_key", "inbound_updates", ["person_key"])
    op.create_index("ix_inbound_updates_state", "inbound_updates", ["state"])
    op.create_index("ix_inbound_updates_received_at", "inbound_updates", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_inbound_updates_received_at", table_name="inbound_updates")
    op.drop_index("ix_inbound_updates_state", table_name="inbound_updates")
    op.drop_index("ix_inbound_updates_person_key", table_name="inbound_updates")
    op.drop_table("inbound_updates")
