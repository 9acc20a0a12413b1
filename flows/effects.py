"""What a step may cause besides its answer: messages to other people, now or later.

A step never sends anything itself. It records effects on the context (`ctx.effects.append(Send(...))`);
the conversation service writes them to the outbox in the same database transaction as the state
change, so either both happen or neither, and nothing leaves before the commit. Recipients are named
in the domain's terms (a person, a coach, the coaches' group, the coordinators); `bot/outbox` resolves
them to a channel and an address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flows.engine import Reply


@dataclass(frozen=True)
class ToPerson:
    """A person looking for work, by `people.id` (rendered in their language when it is sent)."""

    person_id: int


@dataclass(frozen=True)
class ToCoach:
    """A coach privately, by `coaches.id`."""

    coach_id: int


@dataclass(frozen=True)
class ToCoachesGroup:
    """The coaches' group (`COACH_CHAT_ID`), in a forum topic when `topic_id` is given."""

    topic_id: int | None = None


@dataclass(frozen=True)
class ToCoordinators:
    """Every coordinator privately (`COORDINATOR_IDS` and the coordinators table)."""


Recipient = ToPerson | ToCoach | ToCoachesGroup | ToCoordinators


@dataclass(frozen=True)
class Send:
    """Send `reply` to `to`, at once (after the commit) or not before `not_before`.

    `purpose` says why, for WhatsApp's 24-hour rule (reminder, broadcast, coach_reply) and for reports;
    `key` makes the effect idempotent: a second `Send` with the same key is not queued again.
    `about`: the person (id) a message to staff is about; it is deleted with their data while it waits.
    """

    to: Recipient
    reply: Reply
    purpose: str = "notice"
    not_before: datetime | None = None
    key: str | None = None
    about: int | None = None


Effect = Send
