"""Queries, kept in one place so services read like the domain and not like SQL."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from bot.storage.models import Conversation, PendingMessage, Person, ProcessedUpdate, utcnow


async def get_person(session: AsyncSession, channel: str, external_id: str) -> Person | None:
    """The person with their conversation state, in one query (this runs for every message)."""
    return await session.scalar(
        select(Person)
        .options(joinedload(Person.conversation))
        .where(Person.channel == channel, Person.external_id == external_id)
    )


async def get_or_create_person(session: AsyncSession, channel: str, external_id: str) -> Person:
    person = await get_person(session, channel, external_id)
    if person is not None:
        return person
    person = Person(channel=channel, external_id=external_id, conversation=None)
    try:
        async with session.begin_nested():
            session.add(person)
            await session.flush()
    except IntegrityError:
        # Another update of the same new person won the race; use theirs.
        found = await get_person(session, channel, external_id)
        assert found is not None
        return found
    return person


async def get_conversation(session: AsyncSession, person: Person) -> Conversation:
    if person.conversation is None:
        person.conversation = Conversation(person_id=person.id, step=None, data={}, shown=[])
    return person.conversation


async def delete_person(session: AsyncSession, person: Person) -> None:
    """Everything about the person goes: their row, and by cascade their conversation state."""
    await session.delete(person)


async def mark_processed(session: AsyncSession, channel: str, key: str) -> bool:
    """Record an update id; False when it was recorded before (a repeated delivery).

    One `INSERT … ON CONFLICT DO NOTHING` (SQLite and PostgreSQL alike) instead of a savepoint and a
    caught IntegrityError: this runs for every update, so it is kept to a single round trip.
    """
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(ProcessedUpdate).values(channel=channel, key=key, received_at=utcnow())
    result = await session.execute(statement.on_conflict_do_nothing())
    return bool(getattr(result, "rowcount", 0))


async def forget_processed_before(session: AsyncSession, cutoff: datetime | None = None) -> int:
    """Drop update ids older than a week: platforms stop retrying long before that."""
    cutoff = cutoff or utcnow() - timedelta(days=7)
    result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.received_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


async def add_pending(session: AsyncSession, person: Person, purpose: str, text: str) -> PendingMessage:
    """Keep a message for `person` until they write again (see `PendingMessage`)."""
    pending = PendingMessage(person_id=person.id, purpose=purpose, text=text, created_at=utcnow())
    session.add(pending)
    await session.flush()
    return pending


async def pending_for(session: AsyncSession, channel: str, external_id: str) -> list[PendingMessage]:
    """The messages waiting for a person, oldest first."""
    result = await session.scalars(
        select(PendingMessage)
        .join(Person, Person.id == PendingMessage.person_id)
        .where(Person.channel == channel, Person.external_id == external_id)
        .order_by(PendingMessage.created_at, PendingMessage.id)
    )
    return list(result)


async def delete_pending(session: AsyncSession, pending_id: int) -> bool:
    """Remove a delivered message; False when it was gone already (delivered by someone else)."""
    result = await session.execute(delete(PendingMessage).where(PendingMessage.id == pending_id))
    return bool(getattr(result, "rowcount", 0))
