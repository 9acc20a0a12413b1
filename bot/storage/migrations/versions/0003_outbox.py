"""The outbox: every message that is not the immediate answer, durable until sent.

Messages that waited in `pending_messages` for WhatsApp's 24-hour rule move into the outbox as
`waiting` rows (their text kept verbatim), and `pending_messages` goes: the outbox's `waiting` state
replaces it. `people.unreachable_at` records that a channel said the person cannot be reached.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STATES = ("queued", "sending", "sent", "failed", "waiting", "blocked")
MOVED_NOTE = "waits for the person's next message (moved from pending_messages)"


def upgrade() -> None:
    op.add_column("people", sa.Column("unreachable_at", UTCDateTime(), nullable=True))
    outbox = op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=True),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coaches.id", ondelete="CASCADE"), nullable=True),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("not_before", UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("key", sa.String(200), nullable=True, unique=True),
        sa.CheckConstraint(f"state IN {STATES!r}", name="ck_outbox_state"),
    )
    op.create_index("ix_outbox_due", "outbox", ["state", "channel", "not_before"])
    op.create_index("ix_outbox_recipient", "outbox", ["channel", "address", "id"])
    op.create_index("ix_outbox_person_id", "outbox", ["person_id"])
    op.create_index("ix_outbox_coach_id", "outbox", ["coach_id"])

    connection = op.get_bind()
    pending = sa.table(
        "pending_messages",
        sa.column("id", sa.Integer()),
        sa.column("person_id", sa.Integer()),
        sa.column("purpose", sa.String()),
        sa.column("text", sa.Text()),
        sa.column("created_at", UTCDateTime()),
    )
    people = sa.table(
        "people", sa.column("id", sa.Integer()), sa.column("channel", sa.String()), sa.column("external_id")
    )
    moved = connection.execute(
        sa.select(
            pending.c.person_id,
            pending.c.purpose,
            pending.c.text,
            pending.c.created_at,
            people.c.channel,
            people.c.external_id,
        )
        .join(people, people.c.id == pending.c.person_id)
        .order_by(pending.c.created_at, pending.c.id)
    ).all()
    if moved:
        op.bulk_insert(
            outbox,
            [
                {
                    "channel": row.channel,
                    "address": row.external_id,
                    "person_id": row.person_id,
                    "purpose": row.purpose,
                    # The stored form of `bot.outbox.content`: a verbatim text, the same in every language.
                    "content": {"v": 1, "text": {"key": "", "verbatim": row.text}},
                    "not_before": row.created_at,
                    "state": "waiting",
                    "attempts": 0,
                    "last_error": MOVED_NOTE,
                    "created_at": row.created_at,
                }
                for row in moved
            ],
        )
    op.drop_index("ix_pending_messages_person_id", table_name="pending_messages")
    op.drop_table("pending_messages")


def downgrade() -> None:
    connection = op.get_bind()
    outbox = sa.table(
        "outbox",
        sa.column("id", sa.Integer()),
        sa.column("person_id", sa.Integer()),
        sa.column("purpose", sa.String()),
        sa.column("content", sa.JSON()),
        sa.column("state", sa.String()),
        sa.column("channel", sa.String()),
        sa.column("created_at", UTCDateTime()),
    )
    waiting = connection.execute(
        sa.select(outbox.c.person_id, outbox.c.purpose, outbox.c.content, outbox.c.created_at)
        .where(outbox.c.state == "waiting", outbox.c.channel == "whatsapp", outbox.c.person_id.is_not(None))
        .order_by(outbox.c.id)
    ).all()
    # Only verbatim texts can go back: pending_messages held sentences, not message keys.
    back = [
        {"person_id": row.person_id, "purpose": row.purpose, "text": text, "created_at": row.created_at}
        for row in waiting
        if isinstance(text := (row.content or {}).get("text", {}).get("verbatim"), str)
    ]
    op.drop_index("ix_outbox_coach_id", table_name="outbox")
    op.drop_index("ix_outbox_person_id", table_name="outbox")
    op.drop_index("ix_outbox_recipient", table_name="outbox")
    op.drop_index("ix_outbox_due", table_name="outbox")
    op.drop_table("outbox")
    # Not a batch operation: on SQLite that copies `people` to a new table and drops the old one, and
    # dropping it would cascade into every table that points at people (conversations…). SQLite 3.35+
    # and PostgreSQL drop a column in place.
    op.execute("ALTER TABLE people DROP COLUMN unreachable_at")
    pending = op.create_table(
        "pending_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_pending_messages_person_id", "pending_messages", ["person_id"])
    if back:
        op.bulk_insert(pending, back)
