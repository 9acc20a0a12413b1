"""The intake service the flows use (`flows.ports.Intake`), bound to the update's session.

Answers are one JSON dict per person (`intake_answers`, keys in flows/profile.py), written at once so
nothing is lost when the person stops half-way. Profiles and offers are rendered here, in the language
asked for, with the same catalogues as every other text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import Catalogues
from bot.intake.matching import OfferRules, fitting, recognition
from bot.intake.translations import machine_text, note_for_translation
from bot.storage.models import (
    Booking,
    BroadcastOptOut,
    Conversation,
    EventSignup,
    HandoffCase,
    IntakeAnswers,
    Offer,
    Person,
    utcnow,
)
from flows.engine import Text
from flows.profile import COACHES_LANGUAGE, profile_lines

EXPORT_FORMAT = 1


def profile_text(catalogues: Catalogues, answers: dict[str, Any], language: str) -> list[str]:
    """The short profile in `language` ("de" for coaches): a heading and one line per question."""
    lines = profile_lines(
        answers, lambda text: catalogues.text(text, language), for_coaches=language == COACHES_LANGUAGE
    )
    return [catalogues.format(language, "profile-heading"), *lines]


class IntakeService:
    def __init__(
        self,
        session: AsyncSession,
        catalogues: Catalogues,
        clock: Callable[[], datetime] = utcnow,
        *,
        translate: bool = False,
    ) -> None:
        """`translate`: a translator is configured, so free-text answers wait for their German."""
        self.session = session
        self.catalogues = catalogues
        self.clock = clock
        self.translate = translate

    async def _row(self, person_id: int, *, create: bool = False) -> IntakeAnswers | None:
        row = await self.session.get(IntakeAnswers, person_id)
        if row is None and create:
            row = IntakeAnswers(person_id=person_id, answers={}, updated_at=self.clock())
            self.session.add(row)
        return row

    async def answers(self, person_id: int) -> dict[str, Any]:
        row = await self._row(person_id)
        return dict(row.answers) if row is not None else {}

    async def save(self, person_id: int, key: str, value: Any) -> None:
        row = await self._row(person_id, create=True)
        assert row is not None
        answers = dict(row.answers or {})
        if value is None:
            answers.pop(key, None)
        else:
            answers[key] = value
        language = None  # without a translator nothing waits for a translation
        if self.translate:
            person = await self.session.get(Person, person_id)  # already loaded for this update
            language = person.language if person is not None else None
        note_for_translation(answers, key, value, language)
        row.answers = answers  # a new dict: SQLAlchemy sees the change
        row.updated_at = self.clock()

    async def state(self, person_id: int) -> tuple[datetime | None, datetime | None]:
        row = await self._row(person_id)
        return (row.offered_at, row.confirmed_at) if row is not None else (None, None)

    async def mark(
        self, person_id: int, *, offered: datetime | None = None, confirmed: datetime | None = None
    ) -> None:
        row = await self._row(person_id, create=True)
        assert row is not None
        if offered is not None:
            row.offered_at = offered
        if confirmed is not None:
            row.confirmed_at = confirmed

    def profile(self, answers: dict[str, Any], language: str) -> list[str]:
        """In German (for coaches) free-text answers come translated, with the original beside them."""
        return profile_lines(
            answers,
            lambda text: self.catalogues.text(text, language),
            for_coaches=language == COACHES_LANGUAGE,
        )

    async def offers(self, answers: dict[str, Any], language: str) -> list[str]:
        rows = list(await self.session.scalars(select(Offer)))
        rules = [
            OfferRules(
                id=row.id,
                kind=row.kind,
                german_min=row.german_min,
                german_max=row.german_max,
                residence=tuple(row.residence or ()),
                municipalities=tuple(row.municipalities or ()),
                age_min=row.age_min,
                age_max=row.age_max,
                helps=tuple(row.helps or ()),
            )
            for row in rows
        ]
        by_id = {row.id: row for row in rows}
        chosen = fitting(rules, answers)
        blocks = [self._block(by_id[rule.id], language) for rule in chosen]
        if answers.get("abroad") and not any(recognition(rule) for rule in chosen):
            blocks.insert(0, self.catalogues.format(language, "offers-recognition-fallback"))
        return blocks

    def _block(self, offer: Offer, language: str) -> str:
        """Title, description and what to do next: in `language`, else machine-translated from the
        German (with a note), else in German (with a note)."""
        texts = offer.texts or {}
        own = texts.get(language) or {}
        german = texts.get("de") or {}
        machine = machine_text(texts, language) if not own.get("description") else None
        if machine is not None:  # translated by the translator, said so
            own = machine
        title = own.get("title") or german.get("title", offer.id)
        description = own.get("description") or german.get("description", "")
        lines = [f"▪️ {title}", description]
        if machine is not None:
            lines.append(self.catalogues.format(language, "offers-machine-translated"))
        elif language != "de" and not own.get("description"):
            lines.append(self.catalogues.format(language, "offers-german-only"))
        for key, value in (("offers-contact", offer.contact), ("offers-address", offer.address)):
            if value:
                lines.append(self.catalogues.text(Text(key, {"value": value}), language))
        if offer.link:
            lines.append(offer.link)
        return "\n".join(line for line in lines if line)

    async def export(self, person_id: int) -> bytes:
        return json.dumps(await export_person(self.session, person_id), ensure_ascii=False, indent=2).encode()


async def export_person(session: AsyncSession, person_id: int) -> dict[str, Any]:
    """Everything stored about one person (GDPR Art. 15 and 20). Keys, documented in the README:

    format     this layout's version (1)
    person     channel, id on that channel, language (a code such as "ar"), consent_version,
               consent_at, created_at, last_seen_at, unreachable_at (ISO 8601, UTC)
    intake     answers (keys as in flows/profile.py), offered_at, confirmed_at, updated_at
    conversation  the step the person is at and when it changed
    bookings   office_hour_id, starts_at, ends_at, attendance, confirm_by, confirmed_at, created_at
    cases      (questions to coaches) id, state, opened_at, claimed_at, closed_at, rating
    announcements  subscribed (false after "Unsubscribe" or /stop), unsubscribed_at, and events:
               broadcast_id, state (confirmed, waiting, declined, cancelled), since
    """
    person = await session.get(Person, person_id)
    assert person is not None
    row = await session.get(IntakeAnswers, person_id)
    conversation = await session.get(Conversation, person_id)
    bookings = await session.scalars(
        select(Booking).where(Booking.person_id == person_id).order_by(Booking.starts_at)
    )
    cases = await session.scalars(
        select(HandoffCase).where(HandoffCase.person_id == person_id).order_by(HandoffCase.id)
    )
    signups = await session.scalars(
        select(EventSignup).where(EventSignup.person_id == person_id).order_by(EventSignup.since)
    )
    optout = await session.get(BroadcastOptOut, person_id)

    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "format": EXPORT_FORMAT,
        "person": {
            "channel": person.channel,
            "id": person.external_id,
            "language": person.language,
            "consent_version": person.consent_version,
            "consent_at": when(person.consent_at),
            "created_at": when(person.created_at),
            "last_seen_at": when(person.last_seen_at),
            "unreachable_at": when(person.unreachable_at),
        },
        "intake": {
            "answers": dict(row.answers) if row is not None else {},
            "offered_at": when(row.offered_at) if row is not None else None,
            "confirmed_at": when(row.confirmed_at) if row is not None else None,
            "updated_at": when(row.updated_at) if row is not None else None,
        },
        "conversation": {
            "step": conversation.step if conversation is not None else None,
            "updated_at": when(conversation.updated_at) if conversation is not None else None,
        },
        "bookings": [
            {
                "office_hour_id": booking.office_hour_id,
                "starts_at": when(booking.starts_at),
                "ends_at": when(booking.ends_at),
                "attendance": booking.attendance,
                "confirm_by": when(booking.confirm_by),
                "confirmed_at": when(booking.confirmed_at),
                "created_at": when(booking.created_at),
            }
            for booking in bookings
        ],
        "cases": [
            {
                "id": case.id,
                "state": case.state,
                "opened_at": when(case.opened_at),
                "claimed_at": when(case.claimed_at),
                "closed_at": when(case.closed_at),
                "rating": case.rating,
            }
            for case in cases
        ],
        "announcements": {
            "subscribed": optout is None,
            "unsubscribed_at": when(optout.at) if optout is not None else None,
            "events": [
                {"broadcast_id": signup.broadcast_id, "state": signup.state, "since": when(signup.since)}
                for signup in signups
            ],
        },
    }
