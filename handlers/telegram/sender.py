"""The one way out to Telegram: every message of every feature leaves through `TelegramSender`.

It keeps Telegram's limits (about 30 messages a second overall, about one a second per chat, with
short bursts allowed), waits `retry_after` when Telegram answers 429, and retries server errors and
network failures with exponential backoff. A message that still cannot be delivered is logged with the
chat id and the reason, never silently dropped.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TypeVar

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import BufferedInputFile
from aiolimiter import AsyncLimiter

from bot.conversation import Message
from handlers.telegram.render import chunks, keyboard

log = logging.getLogger(__name__)

T = TypeVar("T")


class DeliveryFailed(Exception):
    """Telegram refused a message for good (blocked bot, deleted chat, bad request) or kept failing."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent  # True: retrying later cannot help (blocked bot, deleted chat)


class TelegramSender:
    def __init__(
        self,
        bot: Bot,
        *,
        per_second: float = 30,
        per_chat_burst: float = 3,
        per_chat_period: float = 3,
        max_attempts: int = 5,
        backoff: float = 0.5,
        max_chats: int = 10_000,
    ) -> None:
        self.bot = bot
        self._overall = AsyncLimiter(per_second, 1)
        self._chat_rate = (per_chat_burst, per_chat_period)
        self._chats: OrderedDict[int, AsyncLimiter] = OrderedDict()
        self._max_chats = max_chats
        self.max_attempts = max_attempts
        self.backoff = backoff

    async def send(self, chat_id: int, message: Message) -> None:
        """Send one flow message: text (split if too long), its buttons on the last part, then files."""
        parts = chunks(message.text)
        for index, part in enumerate(parts):
            markup = keyboard(message) if index == len(parts) - 1 else None
            await self._call(
                chat_id, partial(self.bot.send_message, chat_id, part, reply_markup=markup, parse_mode=None)
            )
        for file in message.files:
            document = BufferedInputFile(file.content, filename=file.filename)
            await self._call(
                chat_id,
                partial(self.bot.send_document, chat_id, document, caption=file.caption, parse_mode=None),
            )

    async def send_all(self, chat_id: int, messages: list[Message]) -> None:
        for message in messages:
            await self.send(chat_id, message)

    async def _call(self, chat_id: int, request: Callable[[], Awaitable[T]]) -> T:
        for attempt in range(1, self.max_attempts + 1):
            async with self._overall, self._chat_limiter(chat_id):
                try:
                    return await request()
                except TelegramRetryAfter as exc:
                    wait = float(exc.retry_after)
                    log.warning("Telegram asks to wait %.0fs (chat %s, attempt %d)", wait, chat_id, attempt)
                except (TelegramServerError, TelegramNetworkError) as exc:
                    wait = self.backoff * 2 ** (attempt - 1) * (1 + random.random() / 4)  # noqa: S311
                    log.warning(
                        "Telegram failed (%s) for chat %s, attempt %d", type(exc).__name__, chat_id, attempt
                    )
                except TelegramAPIError as exc:
                    # Final: the person blocked the bot, the chat is gone, or the request is wrong.
                    log.error("Telegram refused a message to chat %s: %s", chat_id, exc.message)
                    raise DeliveryFailed(f"chat {chat_id}: {exc.message}", permanent=True) from exc
            if attempt < self.max_attempts:
                await asyncio.sleep(wait)
        log.error("Giving up on a message to chat %s after %d attempts", chat_id, self.max_attempts)
        raise DeliveryFailed(f"chat {chat_id}: gave up after {self.max_attempts} attempts")

    def _chat_limiter(self, chat_id: int) -> AsyncLimiter:
        limiter = self._chats.pop(chat_id, None) or AsyncLimiter(*self._chat_rate)
        self._chats[chat_id] = limiter
        if len(self._chats) > self._max_chats:
            self._chats.popitem(last=False)
        return limiter
