"""Private chats with people looking for work: every update becomes one `Incoming` for the flows."""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.enums import ContentType
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, Update, User
from aiogram.types import Message as TgMessage

from bot.conversation import Address, ConversationService
from flows.engine import Incoming
from handlers.telegram.filters import private_chat
from handlers.telegram.render import Choice, pressed_label
from handlers.telegram.sender import TelegramSender

log = logging.getLogger(__name__)

CHANNEL = "telegram"


def address_of(user: User) -> Address:
    return Address(CHANNEL, str(user.id))


def incoming_from(message: TgMessage) -> Incoming:
    if message.content_type == ContentType.TEXT and message.text is not None:
        return Incoming.message(message.text)
    # Where the message is, for a step that passes it on as it is (the handoff copies it to the coaches).
    ref = media_ref(message)
    kind = getattr(message.content_type, "value", str(message.content_type))
    return Incoming.media(kind, ref, message.caption or "")


def media_ref(message: TgMessage) -> dict[str, object]:
    """Where a message is (to copy it), and its file (to fetch it for another channel)."""
    ref: dict[str, object] = {
        "channel": CHANNEL,
        "chat_id": message.chat.id,
        "message_id": message.message_id,
    }
    found = (
        message.photo[-1]
        if message.photo
        else (message.voice or message.audio or message.document or message.video or message.video_note)
    )
    if found is not None:
        ref["file_id"] = found.file_id
        mime_type = getattr(found, "mime_type", None) or ("image/jpeg" if message.photo else None)
        if mime_type:
            ref["mime_type"] = mime_type
        if getattr(found, "file_name", None):
            ref["filename"] = found.file_name  # type: ignore[union-attr]
    if message.location is not None:
        ref["latitude"], ref["longitude"] = message.location.latitude, message.location.longitude
    return ref


async def converse(
    user: User,
    chat_id: int,
    incoming: Incoming,
    update: Update,
    service: ConversationService,
    sender: TelegramSender,
    pressed: TgMessage | None = None,
    data: str = "",
) -> None:
    """One update through the flows and the answer back: the same for messages, edits and buttons.

    `pressed`: the message whose button (callback `data`) this was. When the answer is only that
    screen again, changed (a toggle's ✓, another page), the message is edited in place; otherwise its
    keyboard comes off, it shows the choice, and the answer comes as new messages."""
    answer = await service.handle(
        address_of(user), incoming, language_hint=user.language_code, update_key=str(update.update_id)
    )
    if answer is None:
        return
    if (
        pressed is not None
        and answer.refreshed
        and len(answer.messages) == 1
        and await sender.replace(chat_id, pressed.message_id, answer.messages[0])
    ):
        return
    await sender.send_all(chat_id, answer.messages)
    if pressed is not None:
        await _show_choice(pressed, data, sender, answer.chosen)


async def on_message(
    message: TgMessage, event_update: Update, service: ConversationService, sender: TelegramSender
) -> None:
    if message.from_user is not None:
        await converse(
            message.from_user, message.chat.id, incoming_from(message), event_update, service, sender
        )


async def on_edited(
    message: TgMessage, event_update: Update, service: ConversationService, sender: TelegramSender
) -> None:
    if message.from_user is not None:
        await converse(message.from_user, message.chat.id, Incoming.edited(), event_update, service, sender)


async def on_button(
    query: CallbackQuery,
    event_update: Update,
    service: ConversationService,
    sender: TelegramSender,
    buttons_answered: bool,
) -> None:
    try:
        option_id = Choice.unpack(query.data or "").id
    except (TypeError, ValueError):
        option_id = ""  # forged or from an old version: the engine answers "this button is old"
    if not buttons_answered:
        await answer_button(query)
    if query.message is not None:
        chat_id = query.message.chat.id
        pressed = query.message if isinstance(query.message, TgMessage) else None  # else: too old to edit
        await converse(
            query.from_user,
            chat_id,
            Incoming.option(option_id),
            event_update,
            service,
            sender,
            pressed=pressed,
            data=query.data or "",
        )


async def answer_button(query: CallbackQuery) -> None:
    """Stop the spinner on the button at once (long polling; a webhook answered it in its response). A
    failure here must not cost the person their answer."""
    try:
        await query.answer()
    except TelegramAPIError:
        log.info("Could not answer callback query %s", query.id)


async def _show_choice(message: TgMessage, data: str, sender: TelegramSender, chosen: str | None) -> None:
    """Take the keyboard off the message whose button was pressed and show the choice ("✓ Deutsch"),
    so the chat does not fill with live-looking buttons that can only answer "this button is old"."""
    markup = message.reply_markup
    if markup is None:
        return
    pressed = pressed_label(message, data)
    await sender.mark_chosen(message.chat.id, message.message_id, message.text or "", chosen or pressed)


def build_router() -> Router:
    """A new router each time, so several dispatchers (a restart in tests, the benchmark) can coexist."""
    router = Router(name="private")
    router.message.filter(private_chat)
    router.edited_message.filter(private_chat)
    router.callback_query.filter(private_chat)
    router.message.register(on_message)
    router.edited_message.register(on_edited)
    router.callback_query.register(on_button)
    return router
