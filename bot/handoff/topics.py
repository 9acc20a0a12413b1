"""Forum topics in the coaches' group: what the handoff needs from Telegram, as a small interface.

The Telegram sender implements it (`createForumTopic`, `reopenForumTopic`); without a Telegram bot (the
terminal, WhatsApp alone) or without `COACH_CHAT_ID` there are no topics and messages go to the group
as a whole (or nowhere, which the outbox logs).
"""

from __future__ import annotations

from typing import Protocol


class Topics(Protocol):
    async def create(self, name: str) -> int:
        """A new forum topic named `name`; its message_thread_id. Raises on failure."""
        ...

    async def reopen(self, topic_id: int) -> None:
        """Reopen a closed topic (nothing happens when it is open)."""
        ...


class ForumSender(Protocol):
    async def create_forum_topic(self, chat_id: int, name: str) -> int: ...

    async def reopen_forum_topic(self, chat_id: int, topic_id: int) -> None: ...


class GroupTopics:
    """`Topics` in the coaches' group through the Telegram sender (its limits and retries)."""

    def __init__(self, sender: ForumSender, chat_id: int) -> None:
        self.sender = sender
        self.chat_id = chat_id

    async def create(self, name: str) -> int:
        return await self.sender.create_forum_topic(self.chat_id, name)

    async def reopen(self, topic_id: int) -> None:
        await self.sender.reopen_forum_topic(self.chat_id, topic_id)
