"""Telegram updates are not lost: stored before the webhook answers 200 or the offset is confirmed, and
handled after a restart when the process stopped in between.

The bot is the real one of tests/telegram/conftest.py (aiogram over HTTP against the fake Bot API);
"a crash" stops it without letting it finish what it holds, and `restart` builds it anew on the same
database, as `lotse run` would start again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from aiogram.types import Update
from sqlalchemy import select
from sqlalchemy import update as sql_update
from sqlalchemy.exc import OperationalError

from bot.inbound import Claim, Journal
from bot.storage.database import Database
from bot.storage.models import InboundUpdate
from handlers.telegram import inbound as telegram_inbound
from handlers.telegram.polling import LongPolling
from handlers.telegram.render import Choice
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.telegram.conftest import TIMEOUT, WEBHOOK_SECRET, Lotse, LotseWebhook


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def webhook_bot(fake: FakeTelegramAPI, tmp_path: Path) -> AsyncIterator[LotseWebhook]:
    bot = LotseWebhook(fake, tmp_path / "lotse.db")
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


@pytest.fixture
async def polling_bot(fake: FakeTelegramAPI, tmp_path: Path) -> AsyncIterator[Lotse]:
    bot = Lotse(fake, tmp_path / "lotse.db")
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


def never_handled(bot: Lotse) -> list[Claim]:
    """Make the bot's handling hang (as a process that is about to be killed); what reached it."""
    reached: list[Claim] = []

    async def hang(claim: Claim) -> None:
        reached.append(claim)
        await asyncio.Event().wait()

    bot.inbound.handle = hang
    return reached


async def crash(bot: Lotse) -> None:
    """Stop the bot without letting it finish the updates it holds (they stay stored)."""
    await bot._stop_feeding()
    await bot.inbound.close(grace=0)
    await bot.bot.session.close()
    await bot.app.close()


async def stored(bot: Lotse) -> list[InboundUpdate]:
    async with bot.app.db.session() as session:
        return list((await session.scalars(select(InboundUpdate).order_by(InboundUpdate.id))).all())


async def until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(TIMEOUT):
        while not condition():
            await asyncio.sleep(0.02)


async def test_the_webhook_stores_the_update_before_it_answers_200(webhook_bot: LotseWebhook) -> None:
    reached = never_handled(webhook_bot)
    amira = webhook_bot.person(5001, "ar")
    update = webhook_bot.fake.update(message=webhook_bot.fake.message(amira.user, "/start"))

    response = await webhook_bot.post(update)

    assert response.status_code == 200
    [row] = await stored(webhook_bot)
    assert (row.key, row.person_key, row.state) == (str(update["update_id"]), "5001", "handling")
    assert '"/start"' in (row.payload or "")
    await until(lambda: bool(reached))  # handling started after the answer, and hangs

    await crash(webhook_bot)  # killed before the answer was sent
    assert amira.inbox == []
    await webhook_bot.start()
    await webhook_bot.inbound.recover()  # (the dead process's claim is released by the crash here)
    await webhook_bot.inbound.join()

    assert [sent.text for sent in amira.inbox] == [webhook_bot.text("ar", "welcome")]
    assert [row.state for row in await stored(webhook_bot)] == ["done"]


async def test_a_handler_that_raises_leaves_the_update_stored_for_another_attempt(
    webhook_bot: LotseWebhook,
) -> None:
    async def broken(claim: Claim) -> None:
        raise RuntimeError("boom")

    webhook_bot.inbound.handle = broken
    olena = webhook_bot.person(5002, "uk")

    response = await webhook_bot.post(
        webhook_bot.fake.update(message=webhook_bot.fake.message(olena.user, "/start"))
    )
    await webhook_bot.inbound.join()

    assert response.status_code == 200
    [row] = await stored(webhook_bot)
    assert (row.state, row.attempts, row.last_error) == ("queued", 1, "RuntimeError: boom")
    assert row.payload is not None


async def test_when_the_update_cannot_be_stored_telegram_gets_503_and_delivers_again(
    webhook_bot: LotseWebhook, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = webhook_bot.inbound.journal
    store = journal.store

    async def database_down(*_args: Any) -> list[Claim]:
        raise OperationalError("INSERT", {}, ConnectionRefusedError("database down"))

    monkeypatch.setattr(journal, "store", database_down)
    ben = webhook_bot.person(5003, "de")
    update = webhook_bot.fake.update(message=webhook_bot.fake.message(ben.user, "/start"))

    assert (await webhook_bot.post(update)).status_code == 503
    assert ben.inbox == [] and await stored(webhook_bot) == []

    monkeypatch.setattr(journal, "store", store)  # the database is back; Telegram tries again
    [welcome] = await ben.send(update)
    assert welcome.text == webhook_bot.text("de", "welcome")


async def test_the_webhook_route_refuses_what_is_not_a_telegram_update_and_stores_nothing(
    webhook_bot: LotseWebhook,
) -> None:
    # The route is answered ahead of FastAPI (bot/web.py PlainPost); what is not a POST of an update
    # with the secret is refused as before, and nothing reaches the journal.
    client, secret = webhook_bot.client, {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    amira = webhook_bot.person(5007, "ar")
    update = webhook_bot.fake.update(message=webhook_bot.fake.message(amira.user, "/start"))

    assert (await client.get("/telegram/webhook")).status_code == 405
    assert (await client.post("/telegram/webhook", json=update)).status_code == 401
    assert (await client.post("/telegram/webhook", json={"hello": 1}, headers=secret)).status_code == 400
    huge = b'{"update_id": 1, "message": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    assert (await client.post("/telegram/webhook", content=huge, headers=secret)).status_code == 413
    assert await stored(webhook_bot) == [] and amira.inbox == []

    [welcome] = await amira.send(update)  # the genuine update, posted as Telegram does
    assert welcome.text == webhook_bot.text("ar", "welcome")


async def test_a_redelivery_racing_the_first_delivery_is_stored_once_and_answered_once(
    webhook_bot: LotseWebhook,
) -> None:
    amira = webhook_bot.person(5004, "ar")
    update = webhook_bot.fake.update(message=webhook_bot.fake.message(amira.user, "/start"))

    responses = await asyncio.gather(*(webhook_bot.post(update) for _ in range(3)))
    await webhook_bot.inbound.join()

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert len(await stored(webhook_bot)) == 1
    assert [sent.text for sent in amira.inbox] == [webhook_bot.text("ar", "welcome")]


async def test_a_restart_answers_what_a_killed_process_had_stored_in_order(
    fake: FakeTelegramAPI, tmp_path: Path
) -> None:
    """A process stored a person's /start, language and consent (and another person's /start), then
    died before answering any. The next start answers all of it, each person's in order."""
    amira, ben = fake.user(5005, "Amira", "ar"), fake.user(5006, "Ben", "de")
    updates = [
        fake.update(message=fake.message(amira, "/start")),
        fake.update(callback_query=fake.callback_query(amira, Choice(id="de").pack())),
        fake.update(message=fake.message(ben, "/start")),
        fake.update(callback_query=fake.callback_query(amira, Choice(id="agree").pack())),
    ]
    bot = Lotse(fake, tmp_path / "lotse.db")
    db = Database(bot.settings.database_url)
    try:
        await db.upgrade()
        journal = Journal(db)
        await journal.store("telegram", [telegram_inbound.arrival(Update.model_validate(u)) for u in updates])
        async with db.session() as session:  # the dead process's lease has run out by now
            await session.execute(sql_update(InboundUpdate).values(claimed_until=None, state="queued"))
    finally:
        await db.dispose()

    await bot.start()
    try:
        await bot.inbound.recover()
        await bot.inbound.join()
        welcome, privacy_note, thanks, *_menu = fake.sent_to(5005)
        assert welcome.text == bot.text("ar", "welcome")
        assert Choice(id="agree").pack() in [data for _label, data in privacy_note.buttons]
        assert thanks.text == bot.text("de", "consent-thanks")
        assert [sent.text for sent in fake.sent_to(5006)] == [bot.text("de", "welcome")]
    finally:
        await bot.stop()


async def test_polling_confirms_a_batch_only_after_it_is_stored(
    polling_bot: Lotse, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = polling_bot.fake
    journal = polling_bot.inbound.journal
    store = journal.store
    failures = 0

    async def down_once(*args: Any) -> list[Claim]:
        nonlocal failures
        if failures == 0:
            failures += 1
            raise OperationalError("INSERT", {}, ConnectionRefusedError("database down"))
        return await store(*args)

    monkeypatch.setattr(journal, "store", down_once)
    amira = polling_bot.person(5007, "ar")
    first = await fake.push(fake.update(message=fake.message(amira.user, "/start")))
    [welcome] = await fake.wait_sent(5007, timeout=TIMEOUT)

    assert welcome.text == polling_bot.text("ar", "welcome")
    offsets = [call.get("offset") for call in fake.calls_of("getUpdates")]
    assert failures == 1
    # The call after the failed store asked again from the same offset (nothing confirmed); only the
    # one after the stored batch moved past it.
    moved = [index for index, offset in enumerate(offsets) if offset is not None and int(offset) > first]
    assert moved, offsets
    assert all(offset is None or int(offset) <= first for offset in offsets[: moved[0]])
    assert len(offsets[: moved[0]]) >= 2  # the batch was fetched twice: before and after the failure


async def test_polled_updates_killed_before_handling_are_answered_after_a_restart(polling_bot: Lotse) -> None:
    fake = polling_bot.fake
    reached = never_handled(polling_bot)
    ben = polling_bot.person(5008, "de")
    update_id = await fake.push(fake.update(message=fake.message(ben.user, "/start")))
    await until(lambda: bool(reached))
    # The next getUpdates confirmed it: Telegram has forgotten it.
    await until(lambda: any(int(c.get("offset") or 0) > update_id for c in fake.calls_of("getUpdates")))

    await crash(polling_bot)
    assert ben.inbox == []
    await polling_bot.start()  # Telegram will not send it again: only the journal has it
    await polling_bot.inbound.recover()
    await polling_bot.inbound.join()

    assert [sent.text for sent in ben.inbox] == [polling_bot.text("de", "welcome")]


async def test_polling_waits_out_a_telegram_outage_and_loses_nothing(polling_bot: Lotse) -> None:
    await polling_bot._stop_feeding()
    fake = polling_bot.fake
    polling = LongPolling(polling_bot.bot, polling_bot.inbound, timeout=1, first_wait=0.01, max_wait=0.05)
    running = asyncio.create_task(polling.run())
    try:
        fake.fail("getUpdates", times=2, status=502)
        fake.fail("getUpdates", times=1, drop=True)
        fake.fail("getUpdates", times=1, status=429, retry_after=1)
        amira = polling_bot.person(5009, "ar")
        await fake.push(fake.update(message=fake.message(amira.user, "/start")))

        [welcome] = await fake.wait_sent(5009, timeout=TIMEOUT)
        assert welcome.text == polling_bot.text("ar", "welcome")
        await polling_bot.inbound.join()
        assert len(amira.inbox) == 1
    finally:
        polling.stop()
        await running
