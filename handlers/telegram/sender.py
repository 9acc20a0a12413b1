"""The one way out to Telegram: every message of every feature leaves through `TelegramSender`.

It keeps Telegram's limits: `TELEGRAM_RATE_LIMIT` messages a second overall (30 by default; up to 1,000
with `TELEGRAM_PAID_BROADCAST`, which sends with `allow_paid_broadcast`), about one a second per private
chat with short bursts, 20 a minute per group. It waits `retry_after` when Telegram answers 429 and
retries server errors and network failures with exponential backoff. A message that still cannot be
delivered raises `DeliveryFailed` (logged with the chat id and the reason, never silently dropped):
`blocked` when the person blocked the bot or the chat is gone, `permanent` for other refusals.

Answers go out directly (`send_all`); everything else comes from the outbox through `deliver`, the
`ChannelSender` interface the delivery worker uses.
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
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    CopyMessage,
    DeleteWebhook,
    EditMessageReplyMarkup,
    EditMessageText,
    GetMe,
    GetUpdates,
    Response,
    SendDocument,
    SendMessage,
    SetMyCommands,
    SetWebhook,
)
from aiogram.types import BufferedInputFile, ReplyParameters
from aiolimiter import AsyncLimiter

from bot.conversation import Message
from bot.outbox.channel import SENT, Delivered, DeliveryFailed, Envelope
from handlers.telegram.pacing import SlidingWindow
from handlers.telegram.render import TEXT_LIMIT, chunks, keyboard

__all__ = ["CHANNEL", "DeliveryFailed", "TelegramSender"]

log = logging.getLogger(__name__)

T = TypeVar("T")

CHANNEL = "telegram"
# Bad requests that mean the chat cannot be reached, not that the request was wrong.
UNREACHABLE = ("chat not found", "user is deactivated", "bot was kicked", "not enough rights to send")
THREAD_GONE = "message thread not found"
CAPTION_LIMIT = 1024
# Kinds of message that take no caption (a copy of one gets its text as a message of its own).
CAPTIONLESS = {"location", "venue", "sticker", "video_note", "contact", "dice", "poll"}

# aiogram reads every answer from Telegram as `Response[T]` (T: what the method returns). pydantic keeps
# these generic classes in a weak cache only, so between two calls the garbage collector may drop one and
# the next call builds it again: ~15 ms of CPU each time (bench/throughput.py: 69 rebuilds in 300 updates,
# about 1 s of CPU, 5 % of the whole). Holding one of each for the methods Lotse calls keeps them.
RESPONSE_TYPES = tuple(
    Response[method.__returning__]  # type: ignore[name-defined]
    for method in (
        SendMessage,
        SendDocument,
        CopyMessage,
        EditMessageText,
        EditMessageReplyMarkup,
        AnswerCallbackQuery,
        GetUpdates,
        GetMe,
        SetWebhook,
        DeleteWebhook,
        SetMyCommands,
    )
)


class TelegramSender:
    channel = CHANNEL

    def __init__(
        self,
        bot: Bot,
        *,
        per_second: float = 30,
        paid_broadcast: bool = False,
        per_chat_burst: float = 3,
        per_chat_period: float = 3,
        per_group_burst: float = 20,
        per_group_period: float = 60,
        max_attempts: int = 5,
        backoff: float = 0.5,
        max_chats: int = 10_000,
    ) -> None:
        self.bot = bot
        self._overall = SlidingWindow.per_second(per_second)
        self.paid_broadcast = paid_broadcast
        self._chat_rate = (per_chat_burst, per_chat_period)
        self._group_rate = (per_group_burst, per_group_period)
        self._chats: OrderedDict[int, AsyncLimiter] = OrderedDict()
        self._max_chats = max_chats
        self.max_attempts = max_attempts
        self.backoff = backoff
        # Called after an outbox row went out, with the ids of the messages it became (the handoff
        # records its posts in the coaches' group this way).
        self.after_delivery: list[Callable[[Envelope, list[int]], Awaitable[None]]] = []

    async def send(
        self,
        chat_id: int,
        message: Message,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
    ) -> list[int]:
        """Send one flow message: text (split if too long), its buttons on the last part, its map location
        as a venue, then files.
        Returns the ids of the messages sent (`reply_to`: the first part answers that message)."""
        paid = True if self.paid_broadcast else None
        parts = chunks(message.text)
        ids: list[int] = []
        for index, part in enumerate(parts):
            markup = keyboard(message) if index == len(parts) - 1 else None
            replying = (
                ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
                if reply_to is not None and index == 0
                else None
            )
            sent = await self._call(
                chat_id,
                partial(
                    self.bot.send_message,
                    chat_id,
                    part,
                    reply_markup=markup,
                    parse_mode=None,
                    message_thread_id=thread_id,
                    allow_paid_broadcast=paid,
                    reply_parameters=replying,
                ),
            )
            ids.append(sent.message_id)
        if message.location is not None:  # the place as a map pin (a venue), right after the text
            where = message.location
            sent = await self._call(
                chat_id,
                partial(
                    self.bot.send_venue,
                    chat_id,
                    where.latitude,
                    where.longitude,
                    where.name,
                    where.address or where.name,  # Telegram requires an address
                    message_thread_id=thread_id,
                    allow_paid_broadcast=paid,
                ),
            )
            ids.append(sent.message_id)
        for file in message.files:
            document = BufferedInputFile(file.content, filename=file.filename)
            sent = await self._call(
                chat_id,
                partial(
                    self.bot.send_document,
                    chat_id,
                    document,
                    caption=file.caption,
                    parse_mode=None,
                    message_thread_id=thread_id,
                    allow_paid_broadcast=paid,
                ),
            )
            ids.append(sent.message_id)
        return ids

    async def copy(
        self,
        chat_id: int,
        from_chat_id: int,
        message_id: int,
        message: Message,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
        captioned: bool = True,
    ) -> list[int]:
        """Copy a message (a voice note, a photo, a document, a location) as it is, with `message`'s text
        as its caption (and buttons); a caption too long for Telegram, or for a message that takes none
        (`captioned` False: a location, a sticker), follows as its own message."""
        caption = message.text if captioned and len(message.text) <= CAPTION_LIMIT else None
        replying = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to is not None
            else None
        )
        copied = await self._call(
            chat_id,
            partial(
                self.bot.copy_message,
                chat_id,
                from_chat_id,
                message_id,
                caption=caption or None,
                parse_mode=None,
                message_thread_id=thread_id,
                reply_markup=keyboard(message) if caption is not None else None,
                reply_parameters=replying,
            ),
        )
        ids = [copied.message_id]
        if caption is None and message.text:
            ids += await self.send(chat_id, message, thread_id=thread_id)
        return ids

    async def send_all(self, chat_id: int, messages: list[Message]) -> None:
        for message in messages:
            await self.send(chat_id, message)

    async def replace(self, chat_id: int, message_id: int, message: Message) -> bool:
        """Show `message` in place of the one whose button was pressed (a toggle's ✓, another page), so
        a multiple choice stays one message. False when it cannot be (several parts, files, a map pin, or
        Telegram refuses the edit): the caller sends it as a new message instead."""
        if message.files or message.location is not None or len(chunks(message.text)) != 1:
            return False
        try:
            await self._call(
                chat_id,
                partial(
                    self.bot.edit_message_text,
                    text=message.text,
                    chat_id=chat_id,
                    message_id=message_id,
                    reply_markup=keyboard(message),
                    parse_mode=None,
                ),
            )
        except DeliveryFailed as exc:
            if "not modified" in exc.reason:
                return True  # the same screen as before: nothing to change
            log.info("Could not edit message %s in chat %s; sending the screen anew", message_id, chat_id)
            return False
        return True

    async def mark_chosen(self, chat_id: int, message_id: int, text: str, pressed: str | None) -> None:
        """After a button press: the keyboard comes off that message and the choice is shown under its
        text ("✓ Deutsch"). Best effort: a message too old to edit keeps its buttons (logged)."""
        try:
            if text and pressed and len(text) + len(pressed) + 3 <= TEXT_LIMIT:
                await self._call(
                    chat_id,
                    partial(
                        self.bot.edit_message_text,
                        text=f"{text}\n\n✓ {pressed}",
                        chat_id=chat_id,
                        message_id=message_id,
                        reply_markup=None,
                        parse_mode=None,
                    ),
                )
            else:
                await self._call(
                    chat_id,
                    partial(
                        self.bot.edit_message_reply_markup,
                        chat_id=chat_id,
                        message_id=message_id,
                        reply_markup=None,
                    ),
                )
        except DeliveryFailed as exc:
            if "not modified" not in exc.reason:
                log.warning("Could not take the keyboard off message %s in chat %s", message_id, chat_id)

    async def deliver(self, envelope: Envelope) -> Delivered:
        """An outbox message (`ChannelSender`): to a person, a coach, a coordinator or the coaches' group."""
        chat_id = int(envelope.address)
        message = envelope.message()
        try:
            ids = await self._out(chat_id, message, envelope, envelope.thread_id)
        except DeliveryFailed as exc:
            if envelope.thread_id is None or THREAD_GONE not in exc.reason.lower():
                raise
            # The forum topic was deleted: the group's general topic rather than no message at all.
            log.warning(
                "Topic %s of chat %s is gone; sending to the general topic", envelope.thread_id, chat_id
            )
            ids = await self._out(chat_id, message, envelope, None)
        for hook in self.after_delivery:
            try:
                await hook(envelope, ids)
            except Exception:  # what was sent stays sent; only the record of it is missing
                log.exception("Recording delivered outbox row %d failed", envelope.id)
        return SENT

    async def _out(
        self, chat_id: int, message: Message, envelope: Envelope, thread_id: int | None
    ) -> list[int]:
        """`envelope.extra`: `copy` ({"channel": "telegram", "chat_id", "message_id"}) copies that message
        with the text as its caption; `reply_to` (a message id in this chat) threads it."""
        copy = envelope.extra.get("copy")
        reply_to = envelope.extra.get("reply_to")
        if isinstance(copy, dict) and copy.get("channel") == CHANNEL:
            return await self.copy(
                chat_id,
                int(copy["chat_id"]),
                int(copy["message_id"]),
                message,
                thread_id=thread_id,
                reply_to=reply_to,
                captioned=copy.get("type") not in CAPTIONLESS,
            )
        return await self.send(chat_id, message, thread_id=thread_id, reply_to=reply_to)

    async def _call(self, chat_id: int, request: Callable[[], Awaitable[T]]) -> T:
        for attempt in range(1, self.max_attempts + 1):
            # The chat's limit first: the overall window counts a message when it really leaves.
            async with self._chat_limiter(chat_id), self._overall:
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
                    blocked = isinstance(exc, TelegramForbiddenError) or (
                        isinstance(exc, TelegramBadRequest)
                        and any(words in exc.message.lower() for words in UNREACHABLE)
                    )
                    raise DeliveryFailed(
                        f"chat {chat_id}: {exc.message}", permanent=True, blocked=blocked
                    ) from exc
            if attempt < self.max_attempts:
                await asyncio.sleep(wait)
        log.error("Giving up on a message to chat %s after %d attempts", chat_id, self.max_attempts)
        raise DeliveryFailed(f"chat {chat_id}: gave up after {self.max_attempts} attempts")

    async def create_forum_topic(self, chat_id: int, name: str) -> int:
        """A new topic in a forum supergroup (the coaches' group); its message_thread_id."""
        topic = await self._call(chat_id, partial(self.bot.create_forum_topic, chat_id, name[:128]))
        return int(topic.message_thread_id)

    async def reopen_forum_topic(self, chat_id: int, topic_id: int) -> None:
        """Reopen a closed topic; one that is open already is no failure."""
        try:
            await self._call(chat_id, partial(self.bot.reopen_forum_topic, chat_id, topic_id))
        except DeliveryFailed as exc:
            if "topic_not_modified" not in exc.reason.lower() and "not modified" not in exc.reason.lower():
                raise

    async def close_forum_topic(self, chat_id: int, topic_id: int) -> None:
        """Close a topic; one closed already (or gone) is no failure."""
        try:
            await self._call(chat_id, partial(self.bot.close_forum_topic, chat_id, topic_id))
        except DeliveryFailed as exc:
            reason = exc.reason.lower()
            if "not modified" not in reason and "not found" not in reason:
                raise

    async def delete_messages(self, chat_id: int, message_ids: list[int]) -> None:
        """Delete the bot's messages (up to 100 a call); Telegram skips what it may no longer delete."""
        for start in range(0, len(message_ids), 100):
            batch = message_ids[start : start + 100]
            await self._call(chat_id, partial(self.bot.delete_messages, chat_id, batch))

    def _chat_limiter(self, chat_id: int) -> AsyncLimiter:
        limiter = self._chats.pop(chat_id, None) or AsyncLimiter(
            *(self._group_rate if chat_id < 0 else self._chat_rate)
        )
        self._chats[chat_id] = limiter
        if len(self._chats) > self._max_chats:
            self._chats.popitem(last=False)
        return limiter
