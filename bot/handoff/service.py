"""Cases between a person and the human coaches, as the person's flows see them (`flows.ports.Handoff`).

Bound to the update's session: every change and every message (through the outbox, to the person's
forum topic in `COACH_CHAT_ID`) is part of the update's transaction. A person has one topic, created on
their first case and reused (reopened) for later ones; the person row is locked for the update, so a
burst of messages cannot create two. Texts to the group are German (`lang="de"`): what the person wrote
goes there translated, with the original below it, or untranslated under a fixed marker line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.handoff.hours import CoachHours
from bot.handoff.routing import suited_coaches
from bot.handoff.topics import Topics
from bot.languages import LANGUAGES
from bot.outbox import Outbox
from bot.storage.models import HandoffCase, HandoffTopic, Person
from bot.translation import Translator
from flows.effects import Send, ToCoachesGroup
from flows.engine import Option, Reply, Text
from flows.ports import Case, Intake, Opened

log = logging.getLogger(__name__)

COACHES_LANGUAGE = "de"
OPEN, CLAIMED, CLOSED = "open", "claimed", "closed"


def alias(person_id: int) -> str:
    """How coaches see a person: no name, only a short stable alias."""
    return f"P{person_id}"


def as_case(row: HandoffCase) -> Case:
    return Case(row.id, row.state, row.claimed_name, row.rating)


def group_text(key: str, **args: object) -> Text:
    return Text(key, args, lang=COACHES_LANGUAGE)


def card(row: HandoffCase, person: Person, profile: list[str], coaches: list[str]) -> Reply[Text]:
    """The first post of a case: who (alias), language, channel, short profile, suited coaches;
    Claim and Close."""
    language = LANGUAGES[person.language].native_name if person.language in LANGUAGES else "?"
    text = group_text(
        "handoff-group-card",
        case=str(row.id),
        alias=alias(person.id),
        language=f"{language} ({person.language or '?'})",
        channel=person.channel,
        profile="\n".join(profile) if profile else "—",
        coaches=", ".join(coaches) if coaches else "—",
    )
    return Reply(
        text,
        (
            Option(f"case-claim-{row.id}", group_text("handoff-group-claim")),
            Option(f"case-close-{row.id}", group_text("handoff-group-close")),
        ),
    )


@dataclass
class HandoffConfig:
    """What every update's `HandoffService` shares (built once in `bot.app`)."""

    outbox: Outbox
    translator: Translator
    hours: CoachHours
    zone: ZoneInfo
    clock: Callable[[], datetime]
    topics: Topics | None = None


class HandoffService:
    def __init__(self, session: AsyncSession, config: HandoffConfig, intake: Intake | None = None):
        self.session = session
        self.config = config
        self.intake = intake

    async def current(self, person_id: int) -> Case | None:
        row = await self._open_row(person_id)
        return None if row is None else as_case(row)

    async def case(self, person_id: int, case_id: int) -> Case | None:
        row = await self.session.get(HandoffCase, case_id)
        return None if row is None or row.person_id != person_id else as_case(row)

    async def open(self, person_id: int, language: str, channel: str) -> Opened:
        now = self.config.clock()
        hours = self.config.hours
        within = hours.within(now, self.config.zone)
        row = await self._open_row(person_id)
        if row is not None:
            return Opened(as_case(row), False, hours.text, within)
        person = await self.session.get(Person, person_id)
        assert person is not None
        row = HandoffCase(person_id=person_id, state=OPEN, opened_at=now)
        self.session.add(row)
        await self.session.flush()
        topic = await self._topic(person, language)
        answers = await self.intake.answers(person_id) if self.intake is not None else {}
        profile = (
            self.intake.profile(answers, COACHES_LANGUAGE) if self.intake is not None and answers else []
        )
        coaches = await suited_coaches(self.session, language, answers or {})
        await self._to_group(topic, card(row, person, profile, coaches), f"handoff-card-{row.id}")
        log.info("Handoff: case %d opened for person %d", row.id, person_id)
        return Opened(as_case(row), True, hours.text, within)

    async def relay(self, person_id: int, language: str, text: str) -> None:
        row = await self._open_row(person_id)
        if row is None:
            row_case = await self.open(person_id, language, "")
            row = await self.session.get(HandoffCase, row_case.case.id)
            assert row is not None
        if row.waiting_since is None:  # the first message no coach has answered: escalation's clock
            row.waiting_since, row.escalated_at = self.config.clock(), None
        topic = await self.session.get(HandoffTopic, person_id)
        who = alias(person_id)
        if language == COACHES_LANGUAGE:
            message = group_text("handoff-group-plain", alias=who, original=text)
        else:
            translated = await self.config.translator.translate(
                self.session, text, language, COACHES_LANGUAGE, person_id=person_id
            )
            key = "handoff-group-message" if translated.ok else "handoff-group-untranslated"
            message = group_text(
                key, alias=who, translation=translated.text, original=text, language=language
            )
        await self._to_group(topic.topic_id if topic else None, Reply(message), None)

    async def end(self, person_id: int) -> None:
        row = await self._open_row(person_id)
        if row is None:
            return
        row.state, row.closed_at = CLOSED, self.config.clock()
        topic = await self.session.get(HandoffTopic, person_id)
        ended = Reply(group_text("handoff-group-ended", case=str(row.id), alias=alias(person_id)))
        await self._to_group(topic.topic_id if topic else None, ended, f"handoff-ended-{row.id}")

    async def rate(self, person_id: int, case_id: int, rating: int) -> bool:
        row = await self.session.get(HandoffCase, case_id)
        if row is None or row.person_id != person_id or row.state != CLOSED or not 1 <= rating <= 5:
            return False
        row.rating = rating
        topic = await self.session.get(HandoffTopic, person_id)
        rated = Reply(group_text("handoff-group-rated", case=str(row.id), rating=str(rating)))
        await self._to_group(topic.topic_id if topic else None, rated, f"handoff-rated-{row.id}-{rating}")
        return True

    # -- inside --------------------------------------------------------------------------------------

    async def _open_row(self, person_id: int) -> HandoffCase | None:
        return await self.session.scalar(
            select(HandoffCase).where(HandoffCase.person_id == person_id, HandoffCase.state != CLOSED)
        )

    async def _topic(self, person: Person, language: str) -> int | None:
        """The person's forum topic: the stored one (reopened), or a new one; None without topics."""
        topics = self.config.topics
        stored = await self.session.get(HandoffTopic, person.id)
        if stored is not None:
            if topics is not None:
                try:
                    await topics.reopen(stored.topic_id)
                except Exception as exc:  # already open, or not allowed: the topic still takes posts
                    log.info("Handoff: topic %d not reopened (%s)", stored.topic_id, type(exc).__name__)
            return stored.topic_id
        if topics is None:
            return None
        name = f"{alias(person.id)} · {language} · {person.channel}"
        try:
            topic_id = await topics.create(name)
        except Exception:
            log.warning(
                "Handoff: no forum topic for person %d; posting to the group", person.id, exc_info=True
            )
            return None
        self.session.add(HandoffTopic(person_id=person.id, topic_id=topic_id, created_at=self.config.clock()))
        await self.session.flush()
        return topic_id

    async def _to_group(self, topic_id: int | None, reply: Reply[Text], key: str | None) -> None:
        await self.config.outbox.put(
            self.session, Send(ToCoachesGroup(topic_id), reply, purpose="handoff", key=key)
        )
