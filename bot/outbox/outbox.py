"""Writing to the outbox: `Outbox.put` turns a flow's `Send` into rows, in the caller's transaction.

Recipients are resolved when the message is queued: a person to their channel and id there, a coach to
their Telegram user id, the coaches' group to `COACH_CHAT_ID` (and the forum topic), the coordinators to
everyone in `COORDINATOR_IDS` and the coordinators table, one row each. What is said is stored renderable
(`bot.outbox.content`) and rendered when it is sent, in the recipient's language at that moment.

Nothing here commits: the rows become visible with the cause they belong to, or not at all. After the
commit, `wake()` lets the delivery workers start at once instead of at their next tick.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.outbox.channel import State
from bot.outbox.content import dump_reply
from bot.storage.models import Coach, Coordinator, OutboxMessage, Person
from flows.effects import Recipient, Send, ToCoach, ToCoachesGroup, ToCoordinators, ToPerson

log = logging.getLogger(__name__)

TELEGRAM = "telegram"
KEY_LIMIT = 200
PURPOSE_LIMIT = 32


@dataclass(frozen=True)
class Address:
    """Where one row goes."""

    channel: str
    address: str
    thread_id: int | None = None
    person_id: int | None = None
    coach_id: int | None = None


class Outbox:
    """The one place messages that are not the immediate answer are queued (see the module docstring)."""

    def __init__(
        self,
        *,
        clock: Callable[[], datetime],
        coach_chat_id: int | None = None,
        coordinator_ids: Iterable[int] = (),
    ) -> None:
        self.clock = clock
        self.coach_chat_id = coach_chat_id
        self._told_no_group = False
        self.coordinator_ids = tuple(coordinator_ids)
        self._listeners: list[tuple[str | None, Callable[[], None]]] = []

    async def put(
        self, session: AsyncSession, send: Send, *, extra: dict[str, Any] | None = None
    ) -> list[int]:
        """Queue `send`: one row per recipient, in `session`'s transaction (never committed here).

        Returns the ids of the rows written. With `send.key`, a second put with the same key writes
        nothing (for the coordinators: nothing for those who have it already). A recipient that cannot be
        resolved (a person who deleted their data, a coach without Telegram, no `COACH_CHAT_ID`) gets no
        row; that is logged as a warning. Raises `ValueError` (`ContentError`) for content that could not
        be rendered later, such as a naive datetime among the arguments. `extra` (JSON) travels with the
        row to the channel's sender as `Envelope.extra` (the handoff: a message to copy, a post to reply to).
        """
        now = self.clock()
        not_before = send.not_before or now
        if not_before.tzinfo is None:
            raise ValueError("Send.not_before must be an aware datetime")
        if not 0 < len(send.purpose) <= PURPOSE_LIMIT:
            raise ValueError(f"Send.purpose must have 1-{PURPOSE_LIMIT} characters")
        content = dump_reply(send.reply)
        if extra:
            content["extra"] = extra
        recipients = await self._resolve(session, send.to)
        insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        ids: list[int] = []
        for recipient in recipients:
            key = send.key
            if key is not None and isinstance(send.to, ToCoordinators):
                key = f"{key}→{recipient.channel}:{recipient.address}"
            if key is not None and len(key) > KEY_LIMIT:
                raise ValueError(f"Send.key is longer than {KEY_LIMIT} characters: {key[:40]}…")
            statement = insert(OutboxMessage).values(
                channel=recipient.channel,
                address=recipient.address,
                thread_id=recipient.thread_id,
                person_id=recipient.person_id,
                coach_id=recipient.coach_id,
                purpose=send.purpose,
                content=content,
                not_before=not_before,
                state=State.QUEUED.value,
                attempts=0,
                created_at=now,
                key=key,
                about_person_id=send.about,
            )
            if key is not None:
                statement = statement.on_conflict_do_nothing(index_elements=["key"])
            row_id = (await session.execute(statement.returning(OutboxMessage.id))).scalar_one_or_none()
            if row_id is None:
                log.info("Outbox: %s message with key %s was queued before; not again", send.purpose, key)
            else:
                ids.append(int(row_id))
        return ids

    async def release_waiting(self, session: AsyncSession, person_id: int) -> int:
        """The person just wrote (WhatsApp's window is open): what waited for them is due now.

        Call it in the transaction that records their message; the rows are sent free-form by the
        worker after the commit (and `wake()`). Returns how many rows were released.
        """
        result = await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.person_id == person_id, OutboxMessage.state == State.WAITING.value)
            .values(state=State.QUEUED.value, not_before=self.clock(), last_error=None, attempts=0),
            execution_options={"synchronize_session": False},
        )
        released = int(getattr(result, "rowcount", 0) or 0)
        if released:
            log.info("Outbox: %d waiting message(s) for person %d are due now", released, person_id)
        return released

    def wake(self, channel: str | None = None) -> None:
        """Tell the delivery workers (of `channel`, or all) that rows may be due; call after the commit."""
        for wanted, callback in self._listeners:
            if channel is None or wanted is None or wanted == channel:
                callback()

    def on_wake(self, callback: Callable[[], None], channel: str | None = None) -> None:
        """Register a worker's wake-up (the composition root does this)."""
        self._listeners.append((channel, callback))

    async def _resolve(self, session: AsyncSession, to: Recipient) -> list[Address]:
        if isinstance(to, ToPerson):
            person = await session.get(Person, to.person_id)
            if person is None:
                log.warning("Outbox: no person %d (deleted their data?); message not queued", to.person_id)
                return []
            return [Address(person.channel, person.external_id, person_id=person.id)]
        if isinstance(to, ToCoach):
            coach = await session.get(Coach, to.coach_id)
            if coach is None or coach.telegram_user_id is None:
                log.warning("Outbox: coach %d has no Telegram user id; message not queued", to.coach_id)
                return []
            return [Address(TELEGRAM, str(coach.telegram_user_id), coach_id=coach.id)]
        if isinstance(to, ToCoachesGroup):
            if self.coach_chat_id is None:
                # Once per process (the terminal demo has no group; its chat would fill with the warning).
                level = logging.DEBUG if self._told_no_group else logging.WARNING
                self._told_no_group = True
                log.log(level, "Outbox: COACH_CHAT_ID is not set; messages to the coaches' group not queued")
                return []
            return [Address(TELEGRAM, str(self.coach_chat_id), thread_id=to.topic_id)]
        if isinstance(to, ToCoordinators):
            listed = set(self.coordinator_ids)
            listed.update(await session.scalars(select(Coordinator.telegram_user_id)))
            if not listed:
                log.warning(
                    "Outbox: no coordinators (COORDINATOR_IDS, coordinators table); message not queued"
                )
            return [Address(TELEGRAM, str(user_id)) for user_id in sorted(listed)]
        raise TypeError(f"unknown recipient {to!r}")
