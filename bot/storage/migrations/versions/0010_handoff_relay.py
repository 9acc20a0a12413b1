"""Handoff relay: messages on their way between people and coaches, the bot's posts in the coaches'
group, and forum topics claimed in the database before they are created.

Translation and topic creation left the update's transaction: the update writes a `handoff_relays` row,
the relay worker translates it and finds (or creates) the topic afterwards. `handoff_topics` gets its
own id, a nullable `topic_id` (being created, or a group without topics: `forum` false) and the claim
`creating_until`; `person_id` stays unique and becomes NULL when the person deletes their data, so the
topic can be closed and the bot's posts (`handoff_posts`) deleted after the person is gone.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    old = list(connection.execute(sa.text("SELECT person_id, topic_id, created_at FROM handoff_topics")))
    op.drop_table("handoff_topics")
    op.create_table(
        "handoff_topics",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("people.id", ondelete="SET NULL"),
            nullable=True,
            unique=True,
        ),
        sa.Column("topic_id", sa.BigInteger(), nullable=True, unique=True),
        sa.Column("forum", sa.Boolean(), nullable=False),
        sa.Column("creating_until", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    for person_id, topic_id, created_at in old:  # as read: the stored form of the time is kept
        connection.execute(
            sa.text(
                "INSERT INTO handoff_topics (person_id, topic_id, forum, created_at) "
                "VALUES (:p, :t, :f, :c)"
            ),
            {"p": person_id, "t": topic_id, "f": True, "c": created_at},
        )
    op.create_table(
        "handoff_posts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "topic_ref",
            sa.Integer(),
            sa.ForeignKey("handoff_topics.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="SET NULL"), nullable=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("handoff_cases.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True, unique=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_handoff_posts_topic_ref", "handoff_posts", ["topic_ref"])
    op.create_index("ix_handoff_posts_person_id", "handoff_posts", ["person_id"])
    op.create_index("ix_handoff_posts_message_id", "handoff_posts", ["message_id"])
    op.create_table(
        "handoff_relays",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("handoff_cases.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("coach_name", sa.String(64), nullable=True),
        sa.Column("media", sa.JSON(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=True),
        sa.Column("post_kind", sa.String(16), nullable=True),
        sa.Column("key", sa.String(200), nullable=True, unique=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", UTCDateTime(), nullable=False),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("noted_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("direction IN ('group', 'person')", name="ck_handoff_relays_direction"),
        sa.CheckConstraint("state IN ('queued', 'sending', 'done')", name="ck_handoff_relays_state"),
    )
    op.create_index("ix_handoff_relays_person_id", "handoff_relays", ["person_id"])
    op.create_index("ix_handoff_relays_due", "handoff_relays", ["state", "not_before"])


def downgrade() -> None:
    op.drop_table("handoff_relays")
    op.drop_table("handoff_posts")
    connection = op.get_bind()
    old = list(
        connection.execute(
            sa.text(
                "SELECT person_id, topic_id, created_at FROM handoff_topics "
                "WHERE person_id IS NOT NULL AND topic_id IS NOT NULL"
            )
        )
    )
    op.drop_table("handoff_topics")
    op.create_table(
        "handoff_topics",
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("topic_id", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    for person_id, topic_id, created_at in old:
        connection.execute(
            sa.text("INSERT INTO handoff_topics (person_id, topic_id, created_at) VALUES (:p, :t, :c)"),
            {"p": person_id, "t": topic_id, "c": created_at},
        )
