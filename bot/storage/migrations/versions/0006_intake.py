"""Intake: answers, short profile, places with postcodes, local offers.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("municipalities") as batch:
        batch.add_column(sa.Column("postcodes", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("municipalities") as batch:  # the default only filled the existing rows
        batch.alter_column("postcodes", server_default=None)
    op.create_table(
        "intake_answers",
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("offered_at", UTCDateTime(), nullable=True),
        sa.Column("confirmed_at", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "offers",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("german_min", sa.String(2), nullable=True),
        sa.Column("german_max", sa.String(2), nullable=True),
        sa.Column("residence", sa.JSON(), nullable=False),
        sa.Column("municipalities", sa.JSON(), nullable=False),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("helps", sa.JSON(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("contact", sa.String(300), nullable=True),
        sa.Column("address", sa.String(300), nullable=True),
        sa.Column("link", sa.String(300), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("offers")
    op.drop_table("intake_answers")
    with op.batch_alter_table("municipalities") as batch:
        batch.drop_column("postcodes")
