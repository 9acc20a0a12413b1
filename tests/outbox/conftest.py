"""The outbox against real databases (SQLite and PostgreSQL) and the fake Telegram and Graph APIs.

`Clock` is the injected clock: tests move time instead of waiting. `people` creates people the way the
conversation service leaves them (channel, id, language, when they last wrote).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiogram import Bot
from sqlalchemy import select

from bot.config import load_settings
from bot.i18n import Catalogues
from bot.outbox import DeliveryWorker, Outbox
from bot.outbox.channel import ChannelSender
from bot.outbox.render import Renderer
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import OutboxMessage, Person
from flows.effects import Send, ToPerson
from flows.engine import Reply, Text
from handlers.telegram.sender import TelegramSender

START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
COACH_CHAT_ID = -1001000000001


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def catalogues() -> Catalogues:
    return Catalogues(load_settings().locales_dir)


@pytest.fixture
def renderer(catalogues: Catalogues) -> Renderer:
    return Renderer(catalogues)


@pytest.fixture
def outbox(clock: Clock) -> Outbox:
    return Outbox(clock=clock, coach_chat_id=COACH_CHAT_ID, coordinator_ids=[7001, 7002])


async def add_person(
    db: Database,
    channel: str,
    external_id: str,
    language: str | None = "de",
    *,
    last_seen_at: datetime | None = None,
) -> int:
    async with db.session() as session:
        person = await repo.get_or_create_person(session, channel, external_id)
        person.language = language
        person.last_seen_at = last_seen_at or START
        await session.flush()
        return person.id


def note(text: str) -> Reply[Text]:
    """A message that is the same in every language."""
    return Reply(Text.raw(text))


async def queue_for(
    db: Database, outbox: Outbox, person_id: int, reply: Reply[Text], **send: Any
) -> list[int]:
    async with db.session() as session:
        return await outbox.put(session, Send(ToPerson(person_id), reply, **send))


async def rows(db: Database) -> list[OutboxMessage]:
    async with db.session() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


async def states(db: Database) -> list[str]:
    return [row.state for row in await rows(db)]


async def person(db: Database, person_id: int) -> Person | None:
    async with db.session() as session:
        return await session.get(Person, person_id)


def worker(
    db: Database, sender: ChannelSender, renderer: Renderer, clock: Clock, **options: Any
) -> DeliveryWorker:
    options.setdefault("retry_backoff", timedelta(seconds=10))
    options.setdefault("record_backoff", 0.01)
    return DeliveryWorker(db, sender, renderer, clock=clock, **options)


@pytest.fixture
def telegram(bot: Bot) -> TelegramSender:
    # Per-chat limits lifted and a short backoff: these tests are about outcomes, not about waiting.
    return TelegramSender(bot, per_chat_burst=100, per_chat_period=1, backoff=0.01, max_attempts=3)
