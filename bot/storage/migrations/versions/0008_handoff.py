"""Handoff to coaches: cases, one forum topic per person, and the translation cache.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _person() -> sa.Column[int]:
    return sa.Column(
        "person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "translations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=True),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("target", sa.String(8), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("translated", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("person_id", "source", "target", "digest", name="uq_translations_text"),
    )
    op.create_index("ix_translations_person_id", "translations", ["person_id"])
    op.create_table(
        "handoff_topics",
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("topic_id", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "handoff_cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        _person(),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("claimed_by", sa.BigInteger(), nullable=True),
        sa.Column("claimed_name", sa.String(64), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_at", UTCDateTime(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("waiting_since", UTCDateTime(), nullable=True),
        sa.Column("escalated_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint("state IN ('open', 'claimed', 'closed')", name="ck_handoff_cases_state"),
        sa.CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="ck_handoff_cases_rating"),
    )
    op.create_index("ix_handoff_cases_person_id", "handoff_cases", ["person_id"])
    op.create_index(
        "uq_handoff_cases_open",
        "handoff_cases",
        ["person_id"],
        unique=True,
        sqlite_where=sa.text("state != 'closed'"),
        postgresql_where=sa.text("state != 'closed'"),
    )


def downgrade() -> None:
    op.drop_table("handoff_cases")
    op.drop_table("handoff_topics")
    op.drop_table("translations")
