"""Office hours, slots, bookings and reminders.

Bookings hold one seat of one slot each; `uq_bookings_seat` makes overbooking impossible in the
database. Reminders are outbox rows (no table of their own).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_hours",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("place", sa.String(120), nullable=False),
        sa.Column("address", sa.String(300), nullable=True),
        sa.Column(
            "municipality_id",
            sa.Integer(),
            sa.ForeignKey("municipalities.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("end_time", sa.String(5), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("(weekday IS NULL) <> (on_date IS NULL)", name="ck_office_hours_rule"),
        sa.CheckConstraint("seats >= 1 AND slot_minutes >= 5", name="ck_office_hours_sizes"),
    )
    op.create_table(
        "office_hour_coaches",
        sa.Column(
            "office_hour_id",
            sa.Integer(),
            sa.ForeignKey("office_hours.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "coach_id", sa.Integer(), sa.ForeignKey("coaches.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_table(
        "office_hour_cancellations",
        sa.Column(
            "office_hour_id",
            sa.Integer(),
            sa.ForeignKey("office_hours.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "office_hour_id",
            sa.Integer(),
            sa.ForeignKey("office_hours.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("office_hour_id", "starts_at", "seat", name="uq_bookings_seat"),
        sa.UniqueConstraint("person_id", "office_hour_id", "starts_at", name="uq_bookings_person_slot"),
    )
    op.create_index("ix_bookings_starts_at", "bookings", ["starts_at"])
    op.create_index("ix_bookings_person_id", "bookings", ["person_id"])


def downgrade() -> None:
    op.drop_table("bookings")
    op.drop_table("office_hour_cancellations")
    op.drop_table("office_hour_coaches")
    op.drop_table("office_hours")
