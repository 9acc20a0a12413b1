"""`pending_messages` on SQLite and PostgreSQL: kept in order, delivered once, deleted with the person."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import PendingMessage


async def test_pending_messages_keep_their_order_and_go_with_the_person(database: Database) -> None:
    async with database.session() as session:
        amira = await repo.get_or_create_person(session, "whatsapp", "963900000001")
        other = await repo.get_or_create_person(session, "whatsapp", "963900000002")
        first = await repo.add_pending(session, amira, "broadcast", "Erste Nachricht")
        await repo.add_pending(session, amira, "coach_reply", "Zweite Nachricht\nmit Zeilen")
        await repo.add_pending(session, other, "reminder", "Für jemand anderen")

    async with database.session() as session:
        waiting = await repo.pending_for(session, "whatsapp", "963900000001")
        assert [(p.purpose, p.text) for p in waiting] == [
            ("broadcast", "Erste Nachricht"),
            ("coach_reply", "Zweite Nachricht\nmit Zeilen"),
        ]
        assert waiting[0].created_at.tzinfo is not None
        assert await repo.pending_for(session, "telegram", "963900000001") == []

    async with database.session() as session:
        assert await repo.delete_pending(session, first.id)
        assert not await repo.delete_pending(session, first.id)  # delivered already: nothing to do

    async with database.session() as session:
        person = await repo.get_person(session, "whatsapp", "963900000001")
        assert person is not None
        await repo.delete_person(session, person)

    async with database.session() as session:
        left = await session.scalars(select(PendingMessage.text))
        assert list(left) == ["Für jemand anderen"]
        assert await session.scalar(select(func.count()).select_from(PendingMessage)) == 1
