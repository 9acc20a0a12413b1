"""Forum topics in the coaches' group: what the handoff needs from Telegram, as a small interface.

The Telegram sender implements it (`createForumTopic`, `reopenForumTopic`, `closeForumTopic`,
`deleteMessages`); without a Telegram bot (the terminal, WhatsApp alone) or without `COACH_CHAT_ID` there
are no topics and messages go to the group as a whole (or nowhere, which the outbox logs).
"""

from __future__ import annotations

from typing import Protocol

from bot.outbox import DeliveryFailed

NOT_A_FORUM = ("not a forum", "chat_not_forum", "forum is disabled", "topics are disabled")


def not_a_forum(exc: DeliveryFailed) -> bool:
    """Telegram says the group has no topics: the relay falls back to replies in the plain group."""
    return exc.permanent and any(words in exc.reason.lower() for words in NOT_A_FORUM)


class Topics(Protocol):
    async def create(self, name: str) -> int:
        """A new forum topic named `name`; its message_thread_id. Raises `DeliveryFailed`."""
        ...

    async def reopen(self, topic_id: int) -> None:
        """Reopen a closed topic (nothing happens when it is open)."""
        ...

    async def close(self, topic_id: int) -> None:
        """Close a topic (nothing happens when it is closed or gone)."""
        ...

    async def delete(self, message_ids: list[int]) -> None:
        """Delete the bot's messages in the group, as far as Telegram allows."""
        ...


class ForumSender(Protocol):
    async def create_forum_topic(self, chat_id: int, name: str) -> int: ...

    async def reopen_forum_topic(self, chat_id: int, topic_id: int) -> None: ...

    async def close_forum_topic(self, chat_id: int, topic_id: int) -> None: ...

    async def delete_messages(self, chat_id: int, message_ids: list[int]) -> None: ...


class GroupTopics:
    """`Topics` in the coaches' group through the Telegram sender (its limits and retries)."""

    def __init__(self, sender: ForumSender, chat_id: int) -> None:
        self.sender = sender
        self.chat_id = chat_id

    async def create(self, name: str) -> int:
        return await self.sender.create_forum_topic(self.chat_id, name)

    async def reopen(self, topic_id: int) -> None:
        await self.sender.reopen_forum_topic(self.chat_id, topic_id)

    async def close(self, topic_id: int) -> None:
        await self.sender.close_forum_topic(self.chat_id, topic_id)

    async def delete(self, message_ids: list[int]) -> None:
        await self.sender.delete_messages(self.chat_id, message_ids)
