"""Telegram through aiogram 3: routers per chat kind, rendering, and the one rate-limited sender."""

from __future__ import annotations

from aiogram import Dispatcher

from bot.conversation import ConversationService
from bot.handoff.desk import CoachDesk
from handlers.telegram import coaches_group, errors, private
from handlers.telegram.sender import TelegramSender


def build_dispatcher(
    service: ConversationService,
    sender: TelegramSender,
    coach_chat_id: int | None,
    desk: CoachDesk | None = None,
    *,
    attendance: coaches_group.MarkAttendance | None = None,
    buttons_answered: bool = False,
) -> Dispatcher:
    """All Telegram routers in one place. Chats that match no router (other groups) are ignored.

    `buttons_answered`: every button press was answered already, in the webhook's response (webhook
    mode, see `handlers.telegram.webhook`); with long polling the handlers answer them."""
    dispatcher = Dispatcher(service=service, sender=sender, buttons_answered=buttons_answered)
    dispatcher.include_router(private.build_router())
    dispatcher.include_router(coaches_group.build_router(coach_chat_id, desk, attendance))
    errors.register(dispatcher)
    return dispatcher
