"""The coaches' side of a case: replies, notes, Claim and Close, from the coaches' forum group.

The Telegram router (`handlers/telegram/coaches_group.py`) calls these with what it read from an update;
each runs in its own short transaction. A coach's message in a topic reaches only the person of that
topic: the topic is looked up in `handoff_topics` (in a group without topics: the bot's post the coach
replied to, in `handoff_posts`), never taken from the message text. Messages starting with
`COACH_NOTE_PREFIX` stay in the group. A reply becomes a relay row; the relay worker translates it into
the person's language after the commit (or sends it as written under the fixed marker line).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.handoff import relays
from bot.handoff.service import (
    CLAIMED,
    CLOSED,
    COACHES_LANGUAGE,
    OPEN,
    HandoffConfig,
    alias,
    group_text,
    post_content,
    queue_post,
)
from bot.storage.database import Database
from bot.storage.models import HandoffCase, HandoffPost, HandoffTopic
from flows.effects import Send, ToPerson
from flows.engine import Reply, Text, t
from flows.handoff import rating_options

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What the router shows in the group: `text` (a German message key's Text) or nothing."""

    said: Text | None = None
    claimed_by: str | None = None


class CoachDesk:
    def __init__(
        self,
        db: Database,
        config: HandoffConfig,
        note_prefix: str = "//",
        profile_of: Callable[[AsyncSession, int], Awaitable[list[str]]] | None = None,
    ) -> None:
        self.db = db
        self.config = config
        self.note_prefix = note_prefix
        self.profile_of = profile_of  # the intake's short profile in German, for the Profile button

    def is_note(self, text: str) -> bool:
        return text.lstrip().startswith(self.note_prefix)

    async def reply(
        self,
        coach_name: str,
        text: str,
        *,
        topic_id: int | None = None,
        replied_to: int | None = None,
        media: dict[str, Any] | None = None,
    ) -> Outcome:
        """A coach wrote `text` (or sent `media` with `text` as its caption) in forum topic `topic_id`, or,
        in a group without topics, as a reply to the bot's post `replied_to`: to the person of that topic
        or post, translated by the relay worker after the commit."""
        if text and self.is_note(text):
            return Outcome()
        async with self.db.session() as session:
            person_id: int | None = None
            if topic_id is not None:
                person_id = await session.scalar(
                    select(HandoffTopic.person_id).where(HandoffTopic.topic_id == topic_id)
                )
            if person_id is None and replied_to is not None:
                person_id = await session.scalar(
                    select(HandoffPost.person_id).where(HandoffPost.message_id == replied_to).limit(1)
                )
            if person_id is None:
                return Outcome(group_text("handoff-group-no-case"))
            case = await session.scalar(
                select(HandoffCase).where(HandoffCase.person_id == person_id, HandoffCase.state != CLOSED)
            )
            if case is None:
                return Outcome(group_text("handoff-group-no-case"))
            case.waiting_since = None  # answered: escalation's clock stops
            await relays.enqueue(
                session,
                now=self.config.clock(),
                person_id=person_id,
                case_id=case.id,
                direction=relays.PERSON,
                kind=relays.MEDIA if media else relays.TEXT,
                text=text,
                language=COACHES_LANGUAGE,
                coach_name=coach_name[:64],
                media=media,
            )
            log.info("Handoff: coach reply for case %d queued", case.id)
        self.config.wake()
        return Outcome()

    async def profile(self, case_id: int) -> Outcome:
        """The person's profile as it is now (the card shows it as it was when the case opened)."""
        async with self.db.session() as session:
            case = await session.get(HandoffCase, case_id)
            if case is None:
                return Outcome(group_text("handoff-group-no-case"))
            lines = await self.profile_of(session, case.person_id) if self.profile_of is not None else []
            return Outcome(
                group_text(
                    "handoff-group-profile-now",
                    case=str(case.id),
                    alias=alias(case.person_id),
                    profile="\n".join(lines) or "—",
                )
            )

    async def claim(self, case_id: int, coach_user_id: int, coach_name: str) -> Outcome:
        async with self.db.session() as session:
            case = await session.get(HandoffCase, case_id)
            if case is None or case.state == CLOSED:
                return Outcome(group_text("handoff-group-no-case"))
            if case.state == OPEN:
                case.state, case.claimed_by, case.claimed_name = CLAIMED, coach_user_id, coach_name
                case.claimed_at = self.config.clock()
            return Outcome(claimed_by=case.claimed_name)

    async def close(self, case_id: int, coach_name: str) -> Outcome:
        """Close the case: the person is told and asked "Did this help?" (1–5); the topic gets a note."""
        async with self.db.session() as session:
            case = await session.get(HandoffCase, case_id)
            if case is None or case.state == CLOSED:
                return Outcome(group_text("handoff-group-no-case"))
            case.state, case.closed_at = CLOSED, self.config.clock()
            ask = Reply(t("handoff-closed", coach=coach_name), tuple(rating_options(case.id)))
            outbox = self.config.outbox
            await outbox.put(
                session,
                Send(ToPerson(case.person_id), ask, purpose="coach_reply", key=f"handoff-closed-{case.id}"),
            )
            note = Reply(group_text("handoff-group-closed", case=str(case.id), coach=coach_name))
            await queue_post(
                session,
                self.config,
                case.person_id,
                case.id,
                post_content(note),
                "note",
                f"handoff-closed-note-{case.id}",
            )
            log.info("Handoff: case %d of %s closed", case.id, alias(case.person_id))
        self.config.outbox.wake()
        return Outcome()
