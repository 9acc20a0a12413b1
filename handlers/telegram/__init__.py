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
) -> Dispatcher:
    """All Telegram routers in one place. Chats that match no router (other groups) are ignored."""
    dispatcher = Dispatcher(service=service, sender=sender)
    dispatcher.include_router(private.build_router())
    dispatcher.include_router(coaches_group.build_router(coach_chat_id, desk, attendance))
    errors.register(dispatcher)
    return dispatcher
