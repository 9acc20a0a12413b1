"""Cases between a person and the human coaches, as the person's flows see them (`flows.ports.Handoff`).

Bound to the update's session: every change is part of the update's transaction, and so is every
message, written as a relay row (`bot.handoff.relays`). Nothing slow happens here: translating and
finding or creating the person's forum topic are the relay worker's (`bot.handoff.relay`), after the
commit. Texts to the group are German (`lang="de"`): what the person wrote goes there translated, with
the original below it, or untranslated under a fixed marker line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.handoff import relays
from bot.handoff.hours import CoachHours
from bot.handoff.media import MediaSource
from bot.handoff.routing import suited_coaches
from bot.handoff.topics import Topics
from bot.languages import LANGUAGES
from bot.outbox import Outbox
from bot.outbox.content import dump_reply
from bot.storage.models import Booking, HandoffCase, HandoffRelay, Person
from bot.translation import Translator
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


def card(
    row: HandoffCase, person: Person, profile: list[str], coaches: list[str], bookings: str = "—"
) -> Reply[Text]:
    """The first post of a case: who (alias), language, channel, short profile, suited coaches, upcoming
    appointments; Claim, Close and Profile (the profile as it is now)."""
    language = LANGUAGES[person.language].native_name if person.language in LANGUAGES else "?"
    text = group_text(
        "handoff-group-card",
        case=str(row.id),
        alias=alias(person.id),
        language=f"{language} ({person.language or '?'})",
        channel=person.channel,
        profile="\n".join(profile) if profile else "—",
        coaches=", ".join(coaches) if coaches else "—",
        bookings=bookings,
    )
    return Reply(
        text,
        (
            Option(f"case-claim-{row.id}", group_text("handoff-group-claim")),
            Option(f"case-close-{row.id}", group_text("handoff-group-close")),
            Option(f"case-profile-{row.id}", group_text("handoff-group-profile")),
        ),
    )


def post_content(reply: Reply[Text], topic: str | None = None) -> dict[str, Any]:
    """A ready post for the relay queue (a card, a note); `topic`: the name for a topic created for it."""
    content: dict[str, Any] = {"reply": dump_reply(reply)}
    if topic:
        content["topic"] = topic
    return content


def topic_name(person: Person, language: str, answers: Mapping[str, Any]) -> str:
    """Alias, language and municipality (no name: coaches need no more to find the person)."""
    place = answers.get("place")
    town = place.get("name") if isinstance(place, Mapping) else None
    return " · ".join(str(part) for part in (alias(person.id), language, town or person.channel) if part)


@dataclass
class HandoffConfig:
    """What every update's `HandoffService` shares (built once in `bot.app`). `wake` starts the relay
    worker (`bot.handoff.relay`) after a commit that queued relay rows."""

    outbox: Outbox
    translator: Translator
    hours: CoachHours
    zone: ZoneInfo
    clock: Callable[[], datetime]
    topics: Topics | None = None
    wake: Callable[[], None] = field(default=lambda: None)
    # How to fetch a file sent on a channel ("whatsapp", "telegram"), to pass it on over the other.
    media: dict[str, MediaSource] = field(default_factory=dict)
    available: bool = True  # False: no coaches' group to reach (`bot.app.require_coaches_group`)


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
        answers = await self.intake.answers(person_id) if self.intake is not None else {}
        profile = (
            self.intake.profile(answers, COACHES_LANGUAGE) if self.intake is not None and answers else []
        )
        coaches = await suited_coaches(self.session, language, answers or {})
        bookings = await self._upcoming(person_id, now)
        content = post_content(
            card(row, person, profile, coaches, bookings), topic_name(person, language, answers)
        )
        await self._post(row, content, "card", f"handoff-card-{row.id}")
        log.info("Handoff: case %d opened for person %d", row.id, person_id)
        return Opened(as_case(row), True, hours.text, within)

    async def relay(self, person_id: int, language: str, text: str) -> None:
        await self.relay_media(person_id, language, None, text)

    async def relay_media(
        self, person_id: int, language: str, media: Mapping[str, Any] | None, caption: str
    ) -> None:
        """What the person sent (text, or a voice note, photo, document, location with `media` saying
        where it is) to their topic; translated and posted by the relay worker after the commit."""
        row = await self._open_row(person_id)
        if row is None:
            opened = await self.open(person_id, language, "")
            row = await self.session.get(HandoffCase, opened.case.id)
            assert row is not None
        if row.waiting_since is None:  # the first message no coach has answered: escalation's clock
            row.waiting_since, row.escalated_at = self.config.clock(), None
        await relays.enqueue(
            self.session,
            now=self.config.clock(),
            person_id=person_id,
            case_id=row.id,
            direction=relays.GROUP,
            kind=relays.MEDIA if media else relays.TEXT,
            text=caption,
            language=language,
            media=dict(media) if media else None,
        )
        relays.wake_after_commit(self.session, self.config.wake)

    async def original(self, person_id: int, relay_id: int) -> tuple[str, str] | None:
        """A coach's reply as written (German) with the coach's name, for the person's "Original"
        button; None when the id is not a reply to this person."""
        row = await self.session.get(HandoffRelay, relay_id)
        if row is None or row.person_id != person_id or row.direction != relays.PERSON or not row.text:
            return None
        return row.coach_name or "Coach", row.text

    async def end(self, person_id: int) -> None:
        row = await self._open_row(person_id)
        if row is None:
            return
        row.state, row.closed_at = CLOSED, self.config.clock()
        ended = Reply(group_text("handoff-group-ended", case=str(row.id), alias=alias(person_id)))
        await self._post(row, post_content(ended), "note", f"handoff-ended-{row.id}")

    async def rate(self, person_id: int, case_id: int, rating: int) -> bool:
        row = await self.session.get(HandoffCase, case_id)
        if row is None or row.person_id != person_id or row.state != CLOSED or not 1 <= rating <= 5:
            return False
        if row.rating is not None:
            return True  # the first answer counts (a second press of an old button changes nothing)
        row.rating = rating
        rated = Reply(group_text("handoff-group-rated", case=str(row.id), rating=str(rating)))
        await self._post(row, post_content(rated), "note", f"handoff-rated-{row.id}")
        return True

    # -- inside --------------------------------------------------------------------------------------

    async def _open_row(self, person_id: int) -> HandoffCase | None:
        return await self.session.scalar(
            select(HandoffCase).where(HandoffCase.person_id == person_id, HandoffCase.state != CLOSED)
        )

    async def _upcoming(self, person_id: int, now: datetime) -> str:
        """The person's next appointments, local time ("Di 01.12. 10:00, …"), or a dash."""
        starts = list(
            await self.session.scalars(
                select(Booking.starts_at)
                .where(Booking.person_id == person_id, Booking.ends_at > now)
                .order_by(Booking.starts_at)
                .limit(3)
            )
        )
        zone = self.config.zone
        shown = [format_datetime(start, "EEE dd.MM. HH:mm", tzinfo=zone, locale="de") for start in starts]
        return ", ".join(shown) or "—"

    async def _post(self, row: HandoffCase, content: dict[str, Any], kind: str, key: str) -> None:
        await queue_post(self.session, self.config, row.person_id, row.id, content, kind, key)


async def queue_post(
    session: AsyncSession,
    config: HandoffConfig,
    person_id: int,
    case_id: int | None,
    content: dict[str, Any],
    kind: str,
    key: str | None,
) -> None:
    """A post about `person_id` for the coaches' group, after what is queued before it for the same
    person (in their topic, created first if need be)."""
    await relays.enqueue(
        session,
        now=config.clock(),
        person_id=person_id,
        case_id=case_id,
        direction=relays.GROUP,
        kind=relays.POST,
        content=content,
        post_kind=kind,
        key=key,
    )
    relays.wake_after_commit(session, config.wake)
