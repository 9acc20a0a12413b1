"""Queries, kept in one place so services read like the domain and not like SQL."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from bot.storage.models import Conversation, Person, ProcessedUpdate, utcnow


async def get_person(
    session: AsyncSession, channel: str, external_id: str, *, lock: bool = False
) -> Person | None:
    """The person with their conversation state, in one query (this runs for every message).

    With `lock`, the person's row stays locked until the transaction ends (PostgreSQL's `FOR UPDATE`;
    SQLite has one writer anyway): another process handling the same person waits here, and then reads
    the state this transaction wrote.
    """
    query = (
        select(Person)
        .options(joinedload(Person.conversation))
        .where(Person.channel == channel, Person.external_id == external_id)
    )
    if lock:
        query = query.with_for_update(of=Person)
    return await session.scalar(query)


async def get_or_create_person(
    session: AsyncSession, channel: str, external_id: str, *, lock: bool = False
) -> Person:
    person = await get_person(session, channel, external_id, lock=lock)
    if person is not None:
        return person
    person = Person(channel=channel, external_id=external_id, conversation=None)
    try:
        async with session.begin_nested():
            session.add(person)
            await session.flush()
    except IntegrityError:
        # Another update of the same new person won the race; use theirs.
        found = await get_person(session, channel, external_id, lock=lock)
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


async def mark_processed(
    session: AsyncSession, channel: str, key: str, now: datetime | None = None
) -> bool:
    """Record an update id; False when it was recorded before (a repeated delivery).

    One `INSERT … ON CONFLICT DO NOTHING` (SQLite and PostgreSQL alike) instead of a savepoint and a
    caught IntegrityError: this runs for every update, so it is kept to a single round trip.
    """
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(ProcessedUpdate).values(channel=channel, key=key, received_at=now or utcnow())
    result = await session.execute(statement.on_conflict_do_nothing())
    return bool(getattr(result, "rowcount", 0))


async def forget_processed_before(session: AsyncSession, cutoff: datetime | None = None) -> int:
    """Drop update ids older than a week: platforms stop retrying long before that."""
    cutoff = cutoff or utcnow() - timedelta(days=7)
    result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.received_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
