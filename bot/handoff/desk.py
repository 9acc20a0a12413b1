"""The coaches' side of a case: replies, notes, Claim and Close, from the coaches' forum group.

The Telegram router (`handlers/telegram/coaches_group.py`) calls these with what it read from an update;
each runs in its own transaction and sends through the outbox. A coach's message in a topic reaches
only the person of that topic: the topic is looked up in `handoff_topics`, never taken from the message
text. Messages starting with `COACH_NOTE_PREFIX` stay in the group. A reply is translated into the
person's language, or sent as written under the fixed marker line when translation failed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select

from bot.handoff.service import CLAIMED, CLOSED, COACHES_LANGUAGE, OPEN, HandoffConfig, alias, group_text
from bot.storage.database import Database
from bot.storage.models import HandoffCase, HandoffTopic, Person
from flows.effects import Send, ToCoachesGroup, ToPerson
from flows.engine import Reply, Text, t
from flows.handoff import rating_options

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What the router shows in the group: `text` (a German message key's Text) or nothing."""

    said: Text | None = None
    claimed_by: str | None = None


class CoachDesk:
    def __init__(self, db: Database, config: HandoffConfig, note_prefix: str = "//") -> None:
        self.db = db
        self.config = config
        self.note_prefix = note_prefix

    def is_note(self, text: str) -> bool:
        return text.lstrip().startswith(self.note_prefix)

    async def reply(self, topic_id: int, coach_name: str, text: str) -> Outcome:
        """A coach wrote `text` in topic `topic_id`: to the person of that topic, translated."""
        if self.is_note(text):
            return Outcome()
        async with self.db.session() as session:
            topic = await session.scalar(select(HandoffTopic).where(HandoffTopic.topic_id == topic_id))
            if topic is None:
                return Outcome(group_text("handoff-group-no-case"))
            person = await session.get(Person, topic.person_id)
            case = await session.scalar(
                select(HandoffCase).where(
                    HandoffCase.person_id == topic.person_id, HandoffCase.state != CLOSED
                )
            )
            if person is None or case is None:
                return Outcome(group_text("handoff-group-no-case"))
            language = person.language or COACHES_LANGUAGE
            translated = await self.config.translator.translate(
                session, text, COACHES_LANGUAGE, language, person_id=person.id
            )
            key = "handoff-coach-reply" if translated.ok else "handoff-coach-reply-untranslated"
            case.waiting_since = None  # answered: escalation's clock stops
            reply = Reply(t(key, coach=coach_name, text=translated.text))
            await self.config.outbox.put(session, Send(ToPerson(person.id), reply, purpose="coach_reply"))
            log.info("Handoff: coach reply for case %d queued", case.id)
        self.config.outbox.wake()
        return Outcome()

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
            ask = Reply(t("handoff-closed", coach=coach_name), tuple(rating_options()))
            outbox = self.config.outbox
            await outbox.put(
                session,
                Send(ToPerson(case.person_id), ask, purpose="coach_reply", key=f"handoff-closed-{case.id}"),
            )
            topic = await session.get(HandoffTopic, case.person_id)
            note = Reply(group_text("handoff-group-closed", case=str(case.id), coach=coach_name))
            await outbox.put(
                session,
                Send(
                    ToCoachesGroup(topic.topic_id if topic else None),
                    note,
                    purpose="handoff",
                    key=f"handoff-closed-note-{case.id}",
                ),
            )
            log.info("Handoff: case %d of %s closed", case.id, alias(case.person_id))
        self.config.outbox.wake()
        return Outcome()
