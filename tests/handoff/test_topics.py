"""One forum topic per person, also when two processes want to create it at once (SQLite and PostgreSQL):
the topic is claimed in `handoff_topics` before Telegram is asked, not guarded by a lock in memory."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.handoff import relays
from bot.handoff.hours import CoachHours
from bot.handoff.relay import RelayWorker, Retry
from bot.handoff.relays import GROUP, POST, Relay
from bot.handoff.service import HandoffConfig, group_text, post_content
from bot.outbox import DeliveryFailed, Outbox
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import OutboxMessage
from bot.translation import Translator
from flows.engine import Reply

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class SlowTopics:
    """Telegram's createForumTopic, slow enough for a second process to try meanwhile."""

    def __init__(self) -> None:
        self.created: list[str] = []
        self.reopened: list[int] = []
        self.failing = False

    async def create(self, name: str) -> int:
        await asyncio.sleep(0.2)
        if self.failing:
            raise DeliveryFailed("chat -100: Bad Gateway")
        self.created.append(name)
        return 1000 + len(self.created)

    async def reopen(self, topic_id: int) -> None:
        self.reopened.append(topic_id)

    async def close(self, topic_id: int) -> None: ...

    async def delete(self, message_ids: list[int]) -> None: ...


def worker(db: Database, topics: SlowTopics) -> RelayWorker:
    config = HandoffConfig(
        Outbox(clock=lambda: NOW), Translator(None), CoachHours.parse(""), ZoneInfo("UTC"), lambda: NOW
    )
    config.topics = topics
    return RelayWorker(db, config, coach_chat_id=-1001)


def card(person_id: int, attempts: int = 1) -> Relay:
    topic = {"topic": "P1 · ar"}
    return Relay(1, person_id, None, GROUP, POST, None, "ar", None, None, topic, "card", attempts)


async def test_two_processes_create_one_topic(database: Database, database_url: str) -> None:
    async with database.session() as session:
        person = await repo.get_or_create_person(session, "telegram", "1001")
    topics = SlowTopics()
    # On PostgreSQL the second "process" has a connection pool of its own.
    other = Database(database_url) if database_url.startswith("postgresql") else database
    try:
        first, second = worker(database, topics), worker(other, topics)
        results = await asyncio.gather(
            first._topic(card(person.id)), second._topic(card(person.id)), return_exceptions=True
        )
        made = [r for r in results if not isinstance(r, BaseException)]
        waited = [r for r in results if isinstance(r, Retry)]
        assert len(made) == 1 and len(waited) == 1, results
        assert topics.created == ["P1 · ar"]
        # The one that waited finds the topic on its next try (a later case reopens it).
        again = await second._topic(card(person.id))
        assert again.topic_id == made[0].topic_id == 1001
        assert topics.created == ["P1 · ar"] and topics.reopened == [1001]
    finally:
        if other is not database:
            await other.dispose()


async def test_a_failed_creation_is_tried_again_and_then_the_general_topic(database: Database) -> None:
    async with database.session() as session:
        person = await repo.get_or_create_person(session, "telegram", "1001")
    topics = SlowTopics()
    topics.failing = True
    relay = worker(database, topics)
    with pytest.raises(Retry):
        await relay._topic(card(person.id))
    # Telegram down for long: after a few attempts the post goes to the group as a whole, not lost.
    fallback = await relay._topic(card(person.id, attempts=9))
    assert fallback.topic_id is None and fallback.forum
    topics.failing = False
    created = await relay._topic(card(person.id, attempts=2))
    assert created.topic_id == 1001


async def test_a_claim_left_by_a_stopped_process_is_taken_over(database: Database) -> None:
    async with database.session() as session:
        person = await repo.get_or_create_person(session, "telegram", "1001")
    topics = SlowTopics()
    stopped = worker(database, topics)
    stopped.lease = timedelta(seconds=-1)  # its claim has run out already when the next one looks
    creating = asyncio.create_task(stopped._topic(card(person.id)))
    await asyncio.sleep(0.05)
    creating.cancel()  # the process died while Telegram was asked
    with pytest.raises(asyncio.CancelledError):
        await creating
    made = await worker(database, topics)._topic(card(person.id))
    assert made.topic_id is not None


async def test_a_relay_left_by_a_stopped_process_is_handled_again_once(database: Database) -> None:
    """A process died while translating (its row `sending`): after the lease another one relays it; the
    outbox key keeps it to one message even if the first one comes back."""
    async with database.session() as session:
        person = await repo.get_or_create_person(session, "telegram", "1001")
        await relays.enqueue(
            session,
            now=NOW,
            person_id=person.id,
            direction=GROUP,
            kind=POST,
            content=post_content(Reply(group_text("handoff-group-ended", case="1", alias="P1"))),
            post_kind="note",
        )
    async with database.session() as session:  # claimed by a process that then died
        [dead] = await relays.claim(session, NOW, NOW - timedelta(seconds=1), 10)
    config = HandoffConfig(
        Outbox(clock=lambda: NOW, coach_chat_id=-1001), Translator(None), CoachHours.parse(""),
        ZoneInfo("UTC"), lambda: NOW,
    )  # fmt: skip
    assert await RelayWorker(database, config, coach_chat_id=-1001).relay_due() == 1
    async with database.session() as session:
        rows = list(await session.scalars(select(OutboxMessage)))
        assert [(row.address, row.purpose) for row in rows] == [("-1001", "handoff")]
        # The first process comes back and finishes: its claim is no longer its own.
        assert not await relays.mark_done(session, dead)
