"""WhatsApp messages are not lost: stored before the webhook answers 200, handled after a restart.

The bot is the real one of tests/whatsapp/conftest.py (signed webhooks in, the fake Graph API out).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot.inbound import Claim
from bot.storage.models import InboundUpdate
from flows.engine import Incoming
from handlers.whatsapp.inbox import arrival, message_of
from handlers.whatsapp.incoming import InboundMessage
from tests.fakes.graph_api import FakeGraphAPI
from tests.whatsapp.conftest import TIMEOUT, Lotse


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraphAPI]:
    async with FakeGraphAPI() as fake:
        yield fake


@pytest.fixture
async def bot(fake: FakeGraphAPI, tmp_path: Path) -> AsyncIterator[Lotse]:
    lotse = Lotse(fake, tmp_path / "lotse.db")
    await lotse.start()
    try:
        yield lotse
    finally:
        await lotse.stop()


async def stored(bot: Lotse) -> list[InboundUpdate]:
    async with bot.app.db.session() as session:
        return list((await session.scalars(select(InboundUpdate).order_by(InboundUpdate.id))).all())


async def until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(TIMEOUT):
        while not condition():
            await asyncio.sleep(0.02)


async def test_messages_are_stored_before_200_and_a_restart_answers_them_in_order(bot: Lotse) -> None:
    reached: list[Claim] = []

    async def hang(claim: Claim) -> None:
        reached.append(claim)
        await asyncio.Event().wait()

    bot.channel.inbox.queue.handle = hang
    person = bot.person("4915100000101")
    response = await bot.post(
        person.payload(
            person.message("text", {"body": "/start"}), person.message("text", {"body": "English"})
        )
    )

    assert response.status_code == 200
    rows = await stored(bot)
    assert [(row.person_key, row.state) for row in rows] == [
        ("4915100000101", "handling"),
        ("4915100000101", "queued"),  # waits for the first: one message per person at a time
    ]
    await until(lambda: len(reached) == 1)

    await bot.channel.inbox.drain(grace=0)  # the process stops before any answer was sent
    await bot.stop()
    assert person.inbox == []
    await bot.start()
    await bot.channel.inbox.queue.recover()
    await bot.channel.inbox.join()

    welcome, privacy_note = person.inbox
    assert welcome.text.startswith(bot.text("de", "welcome"))
    assert privacy_note.buttons[0] == ("agree", bot.text("en", "consent-agree"))  # "English" came second
    assert [row.state for row in await stored(bot)] == ["done", "done"]


async def test_when_messages_cannot_be_stored_meta_gets_503_and_delivers_again(
    bot: Lotse, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = bot.channel.inbox.queue.journal
    store = journal.store

    async def database_down(*_args: Any) -> list[Claim]:
        raise OperationalError("INSERT", {}, ConnectionRefusedError("database down"))

    monkeypatch.setattr(journal, "store", database_down)
    person = bot.person("4915100000102")
    payload = person.payload(person.message("text", {"body": "Hallo"}))

    assert (await bot.post(payload)).status_code == 503
    monkeypatch.setattr(journal, "store", store)
    await bot.deliver(payload)  # Meta's retry

    assert len(person.inbox) == 1


@pytest.mark.parametrize(
    "incoming",
    [
        Incoming.message("Ich suche Arbeit – أبحث عن عمل"),
        Incoming.message("/start"),
        Incoming.option("agree"),
        Incoming.media("voice"),
        Incoming.edited(),
    ],
)
def test_a_stored_message_comes_back_as_it_was(incoming: Incoming) -> None:
    message = InboundMessage("wamid.HBgM" + "x" * 200, "4915100000103", "text", incoming)
    entry = arrival(message)
    assert entry.key == message.key and len(entry.key) <= 128
    assert entry.person_key == "4915100000103"
    assert message_of(entry.payload) == message
