"""When handling one update fails: log it with its update id, apologise to the person, keep serving."""

from __future__ import annotations

import logging

from aiogram import Dispatcher
from aiogram.types import ErrorEvent

from bot.conversation import ConversationService
from handlers.telegram.private import address_of
from handlers.telegram.sender import DeliveryFailed, TelegramSender

log = logging.getLogger(__name__)


def register(dispatcher: Dispatcher) -> None:
    @dispatcher.errors()
    async def on_error(event: ErrorEvent, service: ConversationService, sender: TelegramSender) -> bool:
        update = event.update
        log.error("Update %s failed: %r", update.update_id, event.exception, exc_info=event.exception)
        user = update.event.from_user if hasattr(update.event, "from_user") else None
        chat = getattr(update.event, "chat", None) or getattr(
            getattr(update.event, "message", None), "chat", None
        )
        if user is None or chat is None or getattr(chat, "type", None) != "private":
            return True
        if isinstance(event.exception, DeliveryFailed) and event.exception.permanent:
            return True  # the sender logged it; an apology would be refused the same way
        try:
            apology = await service.apology(address_of(user))
            await sender.send_all(chat.id, apology.messages)
        except Exception:
            log.exception("Could not apologise for update %s", update.update_id)
        return True
