"""The real bot, end to end over HTTP: aiogram ⇄ fake Telegram Bot API, with real flows and SQLite.

`lotse` is the whole application as `bot.app` composes it (settings → database → flows → service →
sender → dispatcher → inbound journal), fed by Lotse's long polling (`handlers.telegram.polling`) from
`tests.fakes.telegram_api`. `lotse_webhook` is the same bot behind the FastAPI webhook, served by uvicorn
on a free port. Tests talk through `TelegramPerson`:

    amira = lotse.person(1001, "ar")
    [welcome] = await amira.say("/start")
    [privacy_note] = await amira.press("العربية")

Every action returns the messages the bot sent back to that person. It waits until the update was stored
(or recognised as stored before) and everything the bot had in hand is handled (dispatcher, handlers,
error handler and all), so "no answer" is as certain as an answer.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from aiogram import Bot

from bot.app import Application, build, make_bot
from bot.config import Settings, load_settings
from bot.inbound import Arrival, InboundQueue, Journal
from bot.web import create_app
from handlers.telegram import build_dispatcher
from handlers.telegram import inbound as telegram_inbound
from handlers.telegram import webhook as telegram_webhook
from handlers.telegram.polling import LongPolling
from handlers.telegram.render import Choice
from handlers.telegram.sender import TelegramSender
from tests.fakes.telegram_api import MEDIA, FakeTelegramAPI, Sent

COACH_CHAT_ID = -1001000000001
WEBHOOK_SECRET = "test-webhook-secret"
TIMEOUT = 10.0  # generous: only reached when something is broken


class Handled:
    """Counts the deliveries the bot stored, so tests await an update instead of sleeping."""

    def __init__(self) -> None:
        self.counts: Counter[int] = Counter()
        self._changed = asyncio.Condition()
        self._inbound: InboundQueue | None = None

    def watch(self, inbound: InboundQueue) -> None:
        """Wrap `accept`, the one entry both long polling and the webhook use (a redelivery too)."""
        accept = inbound.accept
        self._inbound = inbound

        async def tracked(arrivals: Sequence[Arrival]) -> None:
            await accept(arrivals)
            async with self._changed:
                self.counts.update(int(arrival.key) for arrival in arrivals)
                self._changed.notify_all()

        inbound.accept = tracked  # type: ignore[method-assign]

    async def wait(self, update_id: int, times: int = 1, timeout: float = TIMEOUT) -> None:
        """Until `update_id` was delivered `times` times and everything in hand is handled."""
        try:
            async with asyncio.timeout(timeout):
                async with self._changed:
                    await self._changed.wait_for(lambda: self.counts[update_id] >= times)
                assert self._inbound is not None
                await self._inbound.join()
        except TimeoutError:
            raise AssertionError(f"update {update_id} was not handled {times}× within {timeout}s") from None


class Lotse:
    """The bot under test, fed by long polling. `restart()` builds everything anew on the same database."""

    by_webhook = False  # (webhook mode answers button presses in the webhook's response)

    def __init__(self, fake: FakeTelegramAPI, database: Path, **settings: Any) -> None:
        self.fake = fake
        self.settings: Settings = load_settings(
            **{
                "telegram_bot_token": fake.token,
                "telegram_api_base": fake.url,
                "database_url": f"sqlite+aiosqlite:///{database}",
                "coach_chat_id": COACH_CHAT_ID,
                "webhook_url": None,
                "default_language": "de",
                **settings,
            }
        )
        self.handled = Handled()
        self._polling: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.app: Application = await build(self.settings)
        self.bot: Bot = make_bot(self.settings)
        # Generous per-chat rate and short backoff: the tests are about behaviour, not about waiting.
        self.sender = TelegramSender(self.bot, per_chat_burst=100, per_chat_period=1, backoff=0.05)
        self.dispatcher = build_dispatcher(
            self.app.service, self.sender, self.settings.coach_chat_id, buttons_answered=self.by_webhook
        )
        self.inbound = telegram_inbound.build_queue(self.bot, self.dispatcher, Journal(self.app.db))
        self.handled.watch(self.inbound)
        await self._start_feeding()

    async def stop(self) -> None:
        await self._stop_feeding()
        await self.inbound.close(grace=TIMEOUT)
        await self.bot.session.close()
        await self.app.close()

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    async def _start_feeding(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)
        self.polling = LongPolling(
            self.bot, self.inbound, allowed_updates=self.dispatcher.resolve_used_update_types(), timeout=1
        )
        self._polling = asyncio.create_task(self.polling.run())

    async def _stop_feeding(self) -> None:
        if self._polling is not None:
            self.polling.stop()
            await self._polling
            self._polling = None

    async def deliver(self, update: dict[str, Any]) -> int:
        """Hand one update to the bot the way Telegram would (here: queue it for getUpdates)."""
        return await self.fake.push(update)

    def person(
        self, user_id: int, language_code: str | None = "de", first_name: str = "Test"
    ) -> TelegramPerson:
        return TelegramPerson(self, user_id, language_code, first_name)

    def text(self, language: str, key: str, **args: Any) -> str:
        """A message from `locales/<language>/main.ftl`, as the bot renders it (no silent fallback)."""
        assert self.app.catalogues.has(language, key), f"locales/{language}/main.ftl has no {key!r}"
        return self.app.catalogues.format(language, key, args)


class LotseWebhook(Lotse):
    """The same bot behind `POST /telegram/webhook`, composed as `bot.app.run_telegram` does it."""

    by_webhook = True

    async def _start_feeding(self) -> None:
        # Bound and listening before uvicorn runs: clients can connect at once (the kernel queues them).
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        started = asyncio.Event()

        async def register_webhook() -> None:
            await self.bot.set_webhook(
                self.url + telegram_webhook.PATH,
                secret_token=WEBHOOK_SECRET,
                allowed_updates=self.dispatcher.resolve_used_update_types(),
            )
            started.set()

        web = create_app(
            self.app.db,
            [telegram_webhook.build_router(self.bot, self.inbound, WEBHOOK_SECRET)],
            on_startup=[register_webhook],
        )
        self._server = uvicorn.Server(uvicorn.Config(web, log_level="warning", lifespan="on"))
        self._serving = asyncio.create_task(self._server.serve(sockets=[self._socket]))
        self.client = httpx.AsyncClient(base_url=self.url, timeout=TIMEOUT, trust_env=False)
        waiting = asyncio.create_task(started.wait())
        await asyncio.wait([waiting, self._serving], timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if not started.is_set():
            waiting.cancel()
            raise RuntimeError("the webhook server did not start")

    async def _stop_feeding(self) -> None:
        await self.client.aclose()
        self._server.should_exit = True
        await self._serving
        self._socket.close()

    async def post(self, update: dict[str, Any], secret: str | None = WEBHOOK_SECRET) -> httpx.Response:
        """One webhook call as Telegram makes it: a Bot API call in a 200 answer's body is carried out."""
        headers = {telegram_webhook.SECRET_HEADER: secret} if secret is not None else {}
        response = await self.client.post(telegram_webhook.PATH, json=update, headers=headers)
        if response.status_code == 200:
            await self.fake.carry_out(response.content)
        return response

    async def deliver(self, update: dict[str, Any]) -> int:
        response = await self.post(update)
        assert response.status_code == 200, response.text
        return int(update["update_id"])


class TelegramPerson:
    """Someone in a private chat with the bot. Every action returns what the bot sent back to them."""

    def __init__(self, lotse: Lotse, user_id: int, language_code: str | None, first_name: str) -> None:
        self.lotse = lotse
        self.fake = lotse.fake
        self.user = self.fake.user(user_id, first_name, language_code)
        self.chat_id = user_id

    @property
    def inbox(self) -> list[Sent]:
        """Everything the bot ever sent to this person."""
        return self.fake.sent_to(self.chat_id)

    async def say(self, text: str) -> list[Sent]:
        return await self.send(self.fake.update(message=self.fake.message(self.user, text)))

    async def press(self, choice: str, *, on: Sent | None = None) -> list[Sent]:
        """Press the button labelled `choice` (or for option id `choice`) on the last keyboard, or on `on`."""
        keyboard = on or next((sent for sent in reversed(self.inbox) if sent.buttons), None)
        assert keyboard is not None, "the bot never showed this person any buttons"
        for label, data in keyboard.buttons:
            if choice == label or data == Choice(id=choice).pack():
                return await self.press_data(data, on=keyboard)
        raise AssertionError(f"no button {choice!r} among {keyboard.labels}")

    async def press_data(self, data: str, *, on: Sent | None = None) -> list[Sent]:
        """A callback query with exactly this data (also forged data no button ever had). What the
        person sees change: the new messages, or the pressed message when it was edited in place (a
        toggle, another page) and nothing new came."""
        message = on.raw if on is not None else None
        edits = on.edits if on is not None else 0
        got = await self.send(
            self.fake.update(callback_query=self.fake.callback_query(self.user, data, message))
        )
        if not got and on is not None and on.edits > edits:
            return [on]
        return got

    async def send_media(self, kind: str) -> list[Sent]:
        """A sticker, photo, voice message or location (see `tests.fakes.telegram_api.MEDIA`)."""
        return await self.send(self.fake.update(message=self.fake.message(self.user, **{kind: MEDIA[kind]})))

    async def send_sticker(self) -> list[Sent]:
        return await self.send_media("sticker")

    async def send_photo(self) -> list[Sent]:
        return await self.send_media("photo")

    async def send_voice(self) -> list[Sent]:
        return await self.send_media("voice")

    async def send_location(self) -> list[Sent]:
        return await self.send_media("location")

    async def edit(self, text: str) -> list[Sent]:
        """Edit one of their earlier messages (Telegram delivers an `edited_message`)."""
        edited = self.fake.message(self.user, text, edit_date=int(time.time()))
        return await self.send(self.fake.update(edited_message=edited))

    async def send(self, update: dict[str, Any], times: int = 1) -> list[Sent]:
        """Deliver `update` and return what the bot sent to this person while handling it."""
        before = len(self.inbox)
        update_id = await self.lotse.deliver(update)
        await self.lotse.handled.wait(update_id, times)
        return self.inbox[before:]


@pytest.fixture
async def lotse(fake_telegram: FakeTelegramAPI, tmp_path: Path) -> AsyncIterator[Lotse]:
    bot = Lotse(fake_telegram, tmp_path / "lotse.db")
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


@pytest.fixture
async def lotse_webhook(fake_telegram: FakeTelegramAPI, tmp_path: Path) -> AsyncIterator[LotseWebhook]:
    bot = LotseWebhook(fake_telegram, tmp_path / "lotse.db")
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()
