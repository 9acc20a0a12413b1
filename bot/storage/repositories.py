"""Queries, kept in one place so services read like the domain and not like SQL."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Conversation, Person, ProcessedUpdate, utcnow


async def get_person(session: AsyncSession, channel: str, external_id: str) -> Person | None:
    return await session.scalar(
        select(Person).where(Person.channel == channel, Person.external_id == external_id)
    )


async def get_or_create_person(session: AsyncSession, channel: str, external_id: str) -> Person:
    person = await get_person(session, channel, external_id)
    if person is not None:
        return person
    person = Person(channel=channel, external_id=external_id)
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
    conversation = await session.get(Conversation, person.id)
    if conversation is None:
        conversation = Conversation(person_id=person.id, step=None, data={}, shown=[])
        session.add(conversation)
    return conversation


async def delete_person(session: AsyncSession, person: Person) -> None:
    await session.execute(delete(Conversation).where(Conversation.person_id == person.id))
    await session.delete(person)


async def mark_processed(session: AsyncSession, channel: str, key: str) -> bool:
    """Record an update id; False when it was recorded before (a repeated delivery)."""
    try:
        async with session.begin_nested():
            session.add(ProcessedUpdate(channel=channel, key=key))
            await session.flush()
    except IntegrityError:
        return False
    return True


async def forget_processed_before(session: AsyncSession, cutoff: datetime | None = None) -> int:
    """Drop update ids older than a week: platforms stop retrying long before that."""
    cutoff = cutoff or utcnow() - timedelta(days=7)
    result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.received_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
