"""The whole bot over the fake Telegram Bot API with the coaches' desk wired, and a fake LibreTranslate.

`handoff_lotse` is `tests.telegram.conftest.Lotse` with `TRANSLATOR=libre` pointed at the fake server
and the dispatcher given the coaches' desk (as `bot.app.run_telegram` does). `deliver()` drains the
outbox once through the real Telegram sender, so tests see what the group and the person receive.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.app import build, make_bot
from bot.inbound import Journal
from bot.outbox import DeliveryWorker
from bot.outbox.render import Renderer
from bot.storage.models import HandoffRelay, utcnow
from handlers.telegram import build_dispatcher
from handlers.telegram import inbound as telegram_inbound
from handlers.telegram.sender import TelegramSender
from tests.fakes.libretranslate import FakeLibreTranslate
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.telegram.conftest import COACH_CHAT_ID, Lotse

__all__ = ["COACH_CHAT_ID", "COORDINATOR", "HandoffLotse"]

COORDINATOR = 800_001


class HandoffLotse(Lotse):
    async def start(self) -> None:
        self.app = await build(self.settings)
        self.bot = make_bot(self.settings)
        self.sender = TelegramSender(self.bot, per_chat_burst=100, per_chat_period=1, backoff=0.05)
        self.dispatcher = build_dispatcher(
            self.app.service,
            self.sender,
            self.settings.coach_chat_id,
            self.app.coach_desk(self.sender),
            attendance=self.app.mark_attendance,
        )
        self.inbound = telegram_inbound.build_queue(self.bot, self.dispatcher, Journal(self.app.db))
        self.handled.watch(self.inbound)
        await self._start_feeding()

    async def deliver_outbox(self) -> int:
        """The relay (translation, topics) and then the outbox, until neither has anything left."""
        worker = DeliveryWorker(self.app.db, self.sender, Renderer(self.app.catalogues), clock=utcnow)
        relay = self.app.relay
        assert relay is not None
        total = 0
        for _ in range(100):
            await relay.idle()
            relayed = await relay.relay_due()
            sent = await worker.drain()
            total += sent
            if not relayed and not sent:
                async with self.app.db.session() as session:
                    waiting = await session.scalar(select(func.count()).where(HandoffRelay.state != "done"))
                if not waiting:
                    break
                await asyncio.sleep(0.1)  # a row tried again shortly (waiting for a card to be posted)
        return total

    async def coach_says(self, coach: dict[str, Any], topic: int, text: str) -> None:
        """A coach posts `text` in forum topic `topic` of the coaches' group."""
        message = self.fake.message(
            coach,
            text,
            chat=self.fake.group_chat(COACH_CHAT_ID, "Coaches"),
            message_thread_id=topic,
            is_topic_message=True,
        )
        update_id = await self.deliver(self.fake.update(message=message))
        await self.handled.wait(update_id)

    async def coach_presses(self, coach: dict[str, Any], data: str, card: dict[str, Any]) -> None:
        query = {"id": "q1", "from": coach, "chat_instance": "coaches", "message": card, "data": data}
        update_id = await self.deliver(self.fake.update(callback_query=query))
        await self.handled.wait(update_id)


@pytest.fixture
async def libre() -> AsyncIterator[FakeLibreTranslate]:
    async with FakeLibreTranslate() as fake:
        yield fake


@pytest.fixture
async def handoff_lotse(
    fake_telegram: FakeTelegramAPI, libre: FakeLibreTranslate, tmp_path: Path
) -> AsyncIterator[HandoffLotse]:
    bot = HandoffLotse(
        fake_telegram,
        tmp_path / "lotse.db",
        translator="libre",
        libretranslate_url=libre.url,
        translate_timeout=1.0,
        coordinator_ids=[COORDINATOR],
    )
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()
