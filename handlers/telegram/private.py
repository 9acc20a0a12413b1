"""Private chats with people looking for work: every update becomes one `Incoming` for the flows."""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.enums import ChatType, ContentType
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, Update, User
from aiogram.types import Message as TgMessage

from bot.conversation import Address, ConversationService
from flows.engine import Incoming
from handlers.telegram.render import Choice
from handlers.telegram.sender import TelegramSender

log = logging.getLogger(__name__)

CHANNEL = "telegram"


def address_of(user: User) -> Address:
    return Address(CHANNEL, str(user.id))


def incoming_from(message: TgMessage) -> Incoming:
    if message.content_type == ContentType.TEXT and message.text is not None:
        return Incoming.message(message.text)
    return Incoming.media(str(message.content_type))


async def on_message(
    message: TgMessage, event_update: Update, service: ConversationService, sender: TelegramSender
) -> None:
    if message.from_user is None:
        return
    answer = await service.handle(
        address_of(message.from_user),
        incoming_from(message),
        language_hint=message.from_user.language_code,
        update_key=str(event_update.update_id),
    )
    if answer is not None:
        await sender.send_all(message.chat.id, answer.messages)


async def on_edited(
    message: TgMessage, event_update: Update, service: ConversationService, sender: TelegramSender
) -> None:
    if message.from_user is None:
        return
    answer = await service.handle(
        address_of(message.from_user),
        Incoming.edited(),
        language_hint=message.from_user.language_code,
        update_key=str(event_update.update_id),
    )
    if answer is not None:
        await sender.send_all(message.chat.id, answer.messages)


async def on_button(
    query: CallbackQuery, event_update: Update, service: ConversationService, sender: TelegramSender
) -> None:
    try:
        option_id = Choice.unpack(query.data or "").id
    except (TypeError, ValueError):
        option_id = ""  # forged or from an old version: the engine answers "this button is old"
    # Stop the spinner on the button at once; a failure here must not cost the person their answer.
    try:
        await query.answer()
    except TelegramAPIError:
        log.info("Could not answer callback query %s", query.id)
    answer = await service.handle(
        address_of(query.from_user),
        Incoming.option(option_id),
        language_hint=query.from_user.language_code,
        update_key=str(event_update.update_id),
    )
    if answer is None or query.message is None:
        return
    await sender.send_all(query.message.chat.id, answer.messages)


def build_router() -> Router:
    """A new router each time, so several dispatchers (a restart in tests, the benchmark) can coexist."""
    router = Router(name="private")
    router.message.filter(F.chat.type == ChatType.PRIVATE)
    router.edited_message.filter(F.chat.type == ChatType.PRIVATE)
    router.callback_query.filter(F.message.chat.type == ChatType.PRIVATE)
    router.message.register(on_message)
    router.edited_message.register(on_edited)
    router.callback_query.register(on_button)
    return router
