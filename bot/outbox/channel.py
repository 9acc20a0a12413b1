"""What every channel offers the delivery worker, and the one failure type all channels raise.

A channel's sender (Telegram, WhatsApp, the terminal) implements `ChannelSender.deliver`: send one due
outbox message, return `SENT` or `Delivered(waiting=True, …)` (WhatsApp's 24-hour rule: the message waits
for the person), or raise `DeliveryFailed`. The worker decides from that what becomes of the row:
sent, retried later, failed, or blocked (the recipient cannot be reached; not retried).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from flows.engine import Reply, Text

if TYPE_CHECKING:
    from bot.conversation import Message
    from bot.outbox.render import Renderer


class State(StrEnum):
    """The life of an outbox row (`outbox.state`)."""

    QUEUED = "queued"  # due at `not_before`
    SENDING = "sending"  # claimed by a worker until `claimed_until`
    SENT = "sent"
    FAILED = "failed"  # refused for good, or too many attempts
    WAITING = "waiting"  # WhatsApp: outside the 24-hour window without a template; until the person writes
    BLOCKED = "blocked"  # the recipient blocked the bot or cannot be reached; not retried


class DeliveryFailed(Exception):
    """A channel could not deliver a message; logged where it happened, with the reason.

    `permanent`: trying again cannot help (a bad request, a refused template). `blocked`: the recipient
    cannot be reached at all (blocked the bot, deleted the chat, no WhatsApp account); implies permanent.
    Neither: a temporary failure (outage, rate limit that did not clear); the outbox tries again later.
    `code` is the platform's error code where it has one (WhatsApp's Graph API codes).
    """

    def __init__(
        self, reason: str, *, permanent: bool = False, blocked: bool = False, code: int | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.blocked = blocked
        self.permanent = permanent or blocked
        self.code = code


@dataclass(frozen=True)
class Delivered:
    """The outcome of a delivery that did not fail: sent, or waiting for the recipient (`note` says why).

    `remember`: keys added to the row's `extra` while it waits, for the delivery that follows (WhatsApp:
    a template already brought the text, so only the photo, files or map pin are still to come).
    """

    waiting: bool = False
    note: str = ""
    remember: Mapping[str, Any] = field(default_factory=dict)


SENT = Delivered()

# `Outbox.put(extra={BUTTONS_NEEDED: True})`: the message is pointless without its buttons (a question
# to answer by a given time), so a template without them only announces it, as with `announce_only`.
BUTTONS_NEEDED = "buttons_needed"


@dataclass(frozen=True)
class Envelope:
    """One due outbox row as a channel sees it: where to, what (renderable), in which language."""

    id: int
    channel: str
    address: str  # Telegram chat id, WhatsApp wa_id or terminal login, as text
    thread_id: int | None  # forum topic (the coaches' group)
    purpose: str
    reply: Reply[Text]
    language: str  # the recipient's language now (or the row's override)
    person_id: int | None
    last_seen_at: datetime | None  # when the person last wrote (WhatsApp's window); None for staff
    attempts: int  # this attempt included
    renderer: Renderer
    extra: Mapping[str, Any] = field(default_factory=dict)  # `Outbox.put(extra=…)`: e.g. a message to copy

    def message(self, language: str | None = None) -> Message:
        """The reply rendered in `language` (default: the recipient's)."""
        return self.renderer.message(self.reply, language or self.language)


class ChannelSender(Protocol):
    """A channel's way out for the outbox. Raise `DeliveryFailed` for anything that did not go out."""

    channel: str

    async def deliver(self, envelope: Envelope) -> Delivered: ...
