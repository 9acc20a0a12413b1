"""Outbox rows delivered to Telegram (the fake Bot API over real HTTP), on SQLite and PostgreSQL.

Rate limits and retries within one call are the sender's (tests/telegram/test_sender.py); here: what
becomes of a row when Telegram says wait, fails, loses the answer or says the person blocked the bot,
what a crash or a restart does to a queue, and messages that fell due while the bot was down.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from datetime import timedelta

import pytest

from bot.outbox import Outbox
from bot.outbox.render import Renderer
from bot.storage.database import Database
from bot.storage.models import Person
from flows.effects import Send, ToCoachesGroup
from flows.engine import Reply, t
from handlers.telegram.sender import TelegramSender
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.outbox.conftest import (
    COACH_CHAT_ID,
    START,
    Clock,
    add_person,
    note,
    person,
    queue_for,
    rows,
    states,
    worker,
)

CHAT = 4711


async def test_a_queued_message_is_sent_in_the_language_the_person_has_now(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT), "de")
    await queue_for(database, outbox, jonas, Reply(t("welcome")))
    async with database.session() as session:  # they switch to Ukrainian before it goes out
        found = await session.get(Person, jonas)
        assert found is not None
        found.language = "uk"

    assert await worker(database, telegram, renderer, clock).drain() == 1

    [sent] = fake_telegram.sent_to(CHAT)
    assert sent.text == renderer.catalogues.format("uk", "welcome")
    [row] = await rows(database)
    assert (row.state, row.sent_at, row.attempts, row.content) == ("sent", START, 1, {})
    assert await worker(database, telegram, renderer, clock).drain() == 0  # never again


async def test_the_coaches_group_gets_it_in_its_topic_in_german(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    async with database.session() as session:
        await outbox.put(session, Send(ToCoachesGroup(topic_id=42), Reply(t("welcome"))))

    await worker(database, telegram, renderer, clock).drain()

    [sent] = fake_telegram.sent_to(COACH_CHAT_ID)
    assert sent.text == renderer.catalogues.format("de", "welcome")
    [call] = fake_telegram.calls_of("sendMessage")
    assert int(call["message_thread_id"]) == 42


async def test_when_telegram_says_wait_the_message_goes_after_waiting(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(database, outbox, jonas, note("Hallo"))
    fake_telegram.fail("sendMessage", status=429, retry_after=1)

    await worker(database, telegram, renderer, clock).drain()

    assert [s.text for s in fake_telegram.sent_to(CHAT)] == ["Hallo"]
    assert len(fake_telegram.calls_of("sendMessage")) == 2
    assert await states(database) == ["sent"]


async def test_an_outage_is_retried_later_with_backoff(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(database, outbox, jonas, note("Hallo"))
    fake_telegram.fail("sendMessage", times=telegram.max_attempts, status=502)
    deliver = worker(database, telegram, renderer, clock)

    await deliver.drain()

    [row] = await rows(database)
    assert (row.state, row.attempts) == ("queued", 1)
    assert "gave up after 3 attempts" in (row.last_error or "")
    assert START + timedelta(seconds=10) <= row.not_before <= START + timedelta(seconds=13)
    assert await deliver.drain() == 0  # not due yet
    assert fake_telegram.sent_to(CHAT) == []

    clock.advance(seconds=15)
    assert await deliver.drain() == 1
    assert [s.text for s in fake_telegram.sent_to(CHAT)] == ["Hallo"]
    assert await states(database) == ["sent"]


async def test_a_message_that_keeps_failing_fails_after_its_attempts(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
    caplog: pytest.LogCaptureFixture,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(database, outbox, jonas, note("Hallo"))
    fake_telegram.fail("sendMessage", times=3 * telegram.max_attempts, status=500)
    deliver = worker(database, telegram, renderer, clock, max_attempts=3)

    with caplog.at_level(logging.ERROR, logger="bot.outbox"):
        for _ in range(3):
            await deliver.drain()
            clock.advance(hours=1)

    [row] = await rows(database)
    assert (row.state, row.attempts) == ("failed", 3)
    assert "gave up after 3 attempts" in (row.last_error or "")
    assert any("giving up on row" in r.getMessage() for r in caplog.records)
    assert "Hallo" not in caplog.text  # contents are never logged


async def test_a_person_who_blocked_the_bot_is_marked_unreachable_and_not_retried(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(database, outbox, jonas, note("Hallo"))
    fake_telegram.fail("sendMessage", status=403)  # "Forbidden: bot was blocked by the user"
    deliver = worker(database, telegram, renderer, clock)

    await deliver.drain()
    clock.advance(days=1)
    await deliver.drain()

    [row] = await rows(database)
    assert row.state == "blocked" and "blocked by the user" in (row.last_error or "")
    found = await person(database, jonas)
    assert found is not None and found.unreachable_at == START
    assert len(fake_telegram.calls_of("sendMessage")) == 1


async def test_a_lost_answer_sends_the_message_twice_and_no_more(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    """Telegram took the message but the answer never came back: the sender cannot know and tries
    again, so the person gets it twice (docs/architecture.md: at most one duplicate per lost answer)."""
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(database, outbox, jonas, note("Termin morgen"))
    await queue_for(database, outbox, jonas, note("Danach"))
    fake_telegram.fail("sendMessage", lose_answer=True)
    deliver = worker(database, telegram, renderer, clock)

    await deliver.drain()
    clock.advance(days=1)
    await deliver.drain()

    assert [s.text for s in fake_telegram.sent_to(CHAT)] == ["Termin morgen", "Termin morgen", "Danach"]
    assert await states(database) == ["sent", "sent"]


async def test_a_process_that_dies_mid_call_leaves_the_row_to_the_next_after_its_lease(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
    caplog: pytest.LogCaptureFixture,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(database, outbox, jonas, note("Termin morgen"))
    await queue_for(database, outbox, jonas, note("Danach"))
    fake_telegram.fail("sendMessage", hang=True)  # Telegram takes it; the answer never comes

    first = worker(database, telegram, renderer, clock, lease=timedelta(seconds=120))
    running = asyncio.create_task(first.run())
    await fake_telegram.wait_sent(CHAT)
    running.cancel()  # the process dies mid-call: nothing more is written
    with pytest.raises(asyncio.CancelledError):
        await running
    assert await states(database) == ["sending", "queued"]

    second = worker(database, telegram, renderer, clock, lease=timedelta(seconds=120))
    assert await second.drain() == 0  # the lease still holds: the first might still be sending it
    clock.advance(seconds=121)
    with caplog.at_level(logging.WARNING, logger="bot.outbox"):
        assert await second.drain() == 2

    # The one duplicate the guarantee allows; the next message once, in order.
    assert [s.text for s in fake_telegram.sent_to(CHAT)] == ["Termin morgen", "Termin morgen", "Danach"]
    assert await states(database) == ["sent", "sent"]
    assert "may arrive twice" in caplog.text


async def test_a_restart_in_the_middle_of_a_queue_loses_nothing_and_repeats_nothing(
    database: Database,
    outbox: Outbox,
    bot: object,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    chats = list(range(5001, 5031))
    for chat in chats:
        person_id = await add_person(database, "telegram", str(chat))
        await queue_for(database, outbox, person_id, note(f"Nachricht {chat}"))
    slow = TelegramSender(bot, per_second=20, per_chat_burst=100, per_chat_period=1)  # type: ignore[arg-type]

    first = worker(database, slow, renderer, clock, concurrency=4)
    first.start()
    async with asyncio.timeout(10):
        while len(fake_telegram.sent) < 8:
            await asyncio.sleep(0.01)
    await first.stop(grace=5)  # a deploy: deliveries in hand finish, the rest is given back
    before = len(fake_telegram.sent)
    assert 8 <= before < len(chats)

    second = worker(database, slow, renderer, clock, concurrency=4)
    second.start()
    async with asyncio.timeout(10):
        while len(fake_telegram.sent) < len(chats):
            await asyncio.sleep(0.01)
    await second.stop()

    assert Counter(s.chat_id for s in fake_telegram.sent) == Counter(chats)  # each exactly once
    assert await states(database) == ["sent"] * len(chats)


async def test_a_message_that_fell_due_while_the_bot_was_down_goes_out_at_the_start(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(
        database, outbox, jonas, note("Ihr Termin ist morgen"), not_before=START + timedelta(hours=1)
    )
    await queue_for(database, outbox, jonas, note("Nächste Woche"), not_before=START + timedelta(days=7))
    clock.advance(hours=5)  # the bot was down from before the hour until now

    deliver = worker(database, telegram, renderer, clock)
    deliver.start()  # no wake, no tick: the start looks for what is due
    await fake_telegram.wait_sent(CHAT)
    await deliver.stop()

    assert [s.text for s in fake_telegram.sent_to(CHAT)] == ["Ihr Termin ist morgen"]
    assert await states(database) == ["sent", "queued"]


async def test_a_message_for_later_waits_until_it_is_due(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(database, outbox, jonas, note("Erinnerung"), not_before=START + timedelta(hours=1))
    deliver = worker(database, telegram, renderer, clock)
    outbox.on_wake(deliver.wake, "telegram")
    deliver.start()

    clock.advance(minutes=59)
    outbox.wake()
    await asyncio.sleep(0.2)
    assert fake_telegram.sent_to(CHAT) == []

    clock.advance(minutes=1)
    outbox.wake()  # the scheduler's tick does the same every 1.5 s
    [sent] = await fake_telegram.wait_sent(CHAT)
    await deliver.stop()
    assert sent.text == "Erinnerung"


async def test_one_persons_messages_arrive_in_order(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    jonas = await add_person(database, "telegram", str(CHAT))
    texts = [f"Teil {n}" for n in range(1, 8)]
    for text in texts:
        await queue_for(database, outbox, jonas, note(text))
    fake_telegram.fail("sendMessage", times=2, status=500)  # the first one is retried inside the sender

    deliver = worker(database, telegram, renderer, clock, concurrency=8)
    deliver.start()
    await fake_telegram.wait_sent(CHAT, len(texts))
    await deliver.stop()

    assert [s.text for s in fake_telegram.sent_to(CHAT)] == texts


async def test_a_stop_gives_back_what_did_not_finish_in_time(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    """A deploy while Telegram hangs: the call in hand is cut off after the grace period and its row
    queued again at once (not after the lease); it may have arrived, so it may arrive twice."""
    jonas = await add_person(database, "telegram", str(CHAT))
    await queue_for(database, outbox, jonas, note("Termin morgen"))
    fake_telegram.fail("sendMessage", hang=True)

    first = worker(database, telegram, renderer, clock)
    first.start()
    await fake_telegram.wait_sent(CHAT)
    await first.stop(grace=0.1)

    [row] = await rows(database)
    assert (row.state, row.attempts) == ("queued", 0)
    assert await worker(database, telegram, renderer, clock).drain() == 1
    assert [s.text for s in fake_telegram.sent_to(CHAT)] == ["Termin morgen", "Termin morgen"]
    assert await states(database) == ["sent"]
