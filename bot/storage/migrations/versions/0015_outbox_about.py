"""Outbox: the person a message to staff is about (`about_person_id`), deleted with them.

A notice to a coach, a post in the coaches' group or an escalation to the coordinators is addressed to
staff (`person_id` is NULL) but carries the person's words or appointment. Deleting the person's data
deletes those rows too while they wait (issue 7: after deletion no row holds any of their answers).

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.add_column(sa.Column("about_person_id", sa.Integer(), nullable=True))
        table.create_foreign_key(
            "fk_outbox_about_person_id", "people", ["about_person_id"], ["id"], ondelete="CASCADE"
        )
        table.create_index("ix_outbox_about_person_id", ["about_person_id"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.drop_index("ix_outbox_about_person_id")
        table.drop_constraint("fk_outbox_about_person_id", type_="foreignkey")
        table.drop_column("about_person_id")
