"""Two bot processes on one PostgreSQL take one queue: every row goes out once, each person's in order."""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict

from aiogram import Bot

from bot.outbox import Outbox
from bot.outbox.channel import Delivered, Envelope
from bot.outbox.render import Renderer
from bot.storage.database import Database
from handlers.telegram.sender import TelegramSender
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.outbox.conftest import Clock, add_person, note, queue_for, states, worker


class Counting(TelegramSender):
    delivered = 0

    async def deliver(self, envelope: Envelope) -> Delivered:
        result = await super().deliver(envelope)
        self.delivered += 1
        return result


async def test_two_workers_on_one_postgresql_never_send_a_row_twice(
    postgres_database: Database,
    outbox: Outbox,
    bot: Bot,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    expected: dict[int, list[str]] = {}
    for chat in range(6001, 6151):  # 150 people with one message each
        person_id = await add_person(postgres_database, "telegram", str(chat))
        expected[chat] = [f"an {chat}"]
        await queue_for(postgres_database, outbox, person_id, note(f"an {chat}"))
    several = {chat: await add_person(postgres_database, "telegram", str(chat)) for chat in range(6201, 6211)}
    for chat in several:  # 10 people with five each, queued interleaved
        expected[chat] = [f"{chat} Teil {n}" for n in range(1, 6)]
    for n in range(1, 6):
        for chat, person_id in several.items():
            await queue_for(postgres_database, outbox, person_id, note(f"{chat} Teil {n}"))
    total = sum(len(texts) for texts in expected.values())
    assert total == 200

    # A second process: its own connection pool and its own sender, on the same database.
    other_db = Database(postgres_database.url)
    senders = [Counting(bot, per_second=1000, per_chat_burst=100, per_chat_period=1) for _ in range(2)]
    workers = [
        worker(postgres_database, senders[0], renderer, clock, concurrency=16),
        worker(other_db, senders[1], renderer, clock, concurrency=16),
    ]
    try:
        for each in workers:
            each.start()
        async with asyncio.timeout(30):
            while len(fake_telegram.sent) < total:
                for each in workers:
                    each.wake()  # the scheduler's tick
                await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)  # anything sent twice would arrive now
        for each in workers:
            await each.stop()
    finally:
        await other_db.dispose()

    texts = Counter(sent.text for sent in fake_telegram.sent)
    assert len(fake_telegram.sent) == total
    assert set(texts.values()) == {1}
    received: dict[int, list[str]] = defaultdict(list)
    for sent in fake_telegram.sent:
        received[sent.chat_id].append(sent.text or "")
    assert received == expected  # each person's messages in the order they were queued
    assert await states(postgres_database) == ["sent"] * total
    assert all(sender.delivered > 20 for sender in senders)  # both took part
