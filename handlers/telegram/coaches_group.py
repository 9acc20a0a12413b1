"""The coaches' forum supergroup (`COACH_CHAT_ID`).

Cases, claiming and translated replies arrive with the handoff feature; until then the bot stays quiet
in the group, so coaches' chatter never reaches the flows meant for people looking for work.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import Message


def build_router(coach_chat_id: int | None) -> Router:
    router = Router(name="coaches_group")
    if coach_chat_id is None:
        return router
    router.message.filter(F.chat.id == coach_chat_id)

    @router.message()
    async def on_coach_message(message: Message) -> None:
        """Consumed here so that it is not treated as an unhandled update."""

    return router
