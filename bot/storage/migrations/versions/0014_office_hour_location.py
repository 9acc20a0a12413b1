"""Office hours: an optional map location (latitude, longitude in WGS 84 degrees; both or neither).

The booking confirmation shows it as a pin where the channel has one (a venue on Telegram, a location
message on WhatsApp, an OpenStreetMap link in the terminal chat).

Revision ID: 0014
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None

# As in bot.storage.models.LOCATION_CHECK at the time of writing (a migration does not follow the model).
LOCATION_CHECK = (
    "(latitude IS NULL AND longitude IS NULL) "
    "OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)"
)


def upgrade() -> None:
    with op.batch_alter_table("office_hours") as table:
        table.add_column(sa.Column("latitude", sa.Double(), nullable=True))
        table.add_column(sa.Column("longitude", sa.Double(), nullable=True))
        table.create_check_constraint("ck_office_hours_location", LOCATION_CHECK)


def downgrade() -> None:
    with op.batch_alter_table("office_hours") as table:
        table.drop_constraint("ck_office_hours_location", type_="check")
        table.drop_column("longitude")
        table.drop_column("latitude")
