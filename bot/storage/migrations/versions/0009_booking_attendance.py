"""Bookings: attended / no-show, and the confirmation asked of people with two no-shows.

`attendance` is set by a coach after the slot ('attended' or 'no_show'). A person with two no-shows
must confirm each new booking by `confirm_by` (the start of the appointment's day, local time);
`confirmed_at` says they did. Unconfirmed bookings are released when `confirm_by` has passed
(`ix_bookings_confirm_by` keeps that sweep an index lookup).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bookings") as table:
        table.add_column(sa.Column("attendance", sa.String(16), nullable=True))
        table.add_column(sa.Column("confirm_by", UTCDateTime(), nullable=True))
        table.add_column(sa.Column("confirmed_at", UTCDateTime(), nullable=True))
        table.create_check_constraint(
            "ck_bookings_attendance", "attendance IS NULL OR attendance IN ('attended', 'no_show')"
        )
    op.create_index("ix_bookings_confirm_by", "bookings", ["confirm_by"])


def downgrade() -> None:
    op.drop_index("ix_bookings_confirm_by", table_name="bookings")
    with op.batch_alter_table("bookings") as table:
        table.drop_constraint("ck_bookings_attendance", type_="check")
        table.drop_column("confirmed_at")
        table.drop_column("confirm_by")
        table.drop_column("attendance")
