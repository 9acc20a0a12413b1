"""Messages that waited in `pending_messages` (before the outbox) move into the outbox as `waiting` rows,
in order, with their text, on SQLite and PostgreSQL; and back again on a downgrade (migration 0003)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from bot.config import load_settings
from bot.i18n import Catalogues
from bot.outbox.content import load_reply
from bot.outbox.render import Renderer
from bot.storage.database import Database, alembic_config

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _migrate(connection: Connection, revision: str, *, down: bool = False) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    (command.downgrade if down else command.upgrade)(config, revision)


async def migrate(db: Database, revision: str, *, down: bool = False) -> None:
    async with db.engine.begin() as connection:
        await connection.run_sync(_migrate, revision, down=down)


async def test_pending_messages_become_waiting_outbox_rows(database_url: str) -> None:
    db = Database(database_url)
    try:
        await migrate(db, "0002")
        async with db.engine.begin() as connection:
            for number, (channel, external_id) in enumerate(
                [("whatsapp", "963900000001"), ("whatsapp", "963900000002")], start=1
            ):
                await connection.execute(
                    text(
                        "INSERT INTO people (id, channel, external_id, language, created_at, last_seen_at) "
                        "VALUES (:id, :channel, :external_id, 'ar', :t, :t)"
                    ),
                    {"id": number, "channel": channel, "external_id": external_id, "t": T0},
                )
            await connection.execute(
                text(
                    "INSERT INTO conversations (person_id, step, data, shown, updated_at) "
                    "VALUES (1, 'menu', '{}', '[]', :t)"
                ),
                {"t": T0},
            )
            for person_id, purpose, body, minutes in [
                (1, "coach_reply", "Zweite Nachricht\nmit Zeilen", 5),
                (1, "broadcast", "Erste Nachricht", 1),
                (2, "reminder", "Für jemand anderen", 3),
            ]:
                await connection.execute(
                    text(
                        "INSERT INTO pending_messages (person_id, purpose, text, created_at) "
                        "VALUES (:person_id, :purpose, :text, :created_at)"
                    ),
                    {
                        "person_id": person_id,
                        "purpose": purpose,
                        "text": body,
                        "created_at": T0 + timedelta(minutes=minutes),
                    },
                )

        await migrate(db, "0003")

        async with db.engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
            assert "pending_messages" not in tables
        async with db.session() as session:
            rows = (
                await session.execute(
                    text(
                        "SELECT channel, address, person_id, purpose, state, content FROM outbox ORDER BY id"
                    )
                )
            ).all()
        assert [(r.channel, r.address, r.person_id, r.purpose, r.state) for r in rows] == [
            ("whatsapp", "963900000001", 1, "broadcast", "waiting"),  # oldest first
            ("whatsapp", "963900000002", 2, "reminder", "waiting"),
            ("whatsapp", "963900000001", 1, "coach_reply", "waiting"),
        ]
        renderer = Renderer(Catalogues(load_settings().locales_dir))
        messages = [
            renderer.message(
                load_reply(r.content if isinstance(r.content, dict) else json.loads(r.content)), "ar"
            )
            for r in rows
        ]
        assert [m.text for m in messages] == [
            "Erste Nachricht",
            "Für jemand anderen",
            "Zweite Nachricht\nmit Zeilen",
        ]
        assert all(not m.options and not m.files for m in messages)

        await migrate(db, "0002", down=True)
        async with db.session() as session:
            back = (
                await session.execute(
                    text("SELECT person_id, purpose, text FROM pending_messages ORDER BY id")
                )
            ).all()
        assert [tuple(r) for r in back] == [
            (1, "broadcast", "Erste Nachricht"),
            (2, "reminder", "Für jemand anderen"),
            (1, "coach_reply", "Zweite Nachricht\nmit Zeilen"),
        ]
        async with db.session() as session:  # nothing else went with the column (no cascade)
            assert await session.scalar(text("SELECT step FROM conversations")) == "menu"
    finally:
        await db.dispose()
