"""Who an announcement goes to: the audience as chosen, resolved to one recipient per person or coach.

People are those who agreed to the privacy note (an announcement is not an answer to someone who never
said yes), in their chosen language. Filters combine (all must hold): languages, municipalities (the
intake's "place"), intake answers (`{"german": ["A1", "A2"], "help": ["cv"]}`: the answer is one of
them, or for a list answer, shares one), the participants of an event. The role decides people,
coaches (active ones with a Telegram id; German) or, with no filter at all, both.

Left out and counted: people who unsubscribed (`broadcast_optouts`), and people a channel said cannot be
reached (`people.unreachable_at`: they blocked the bot).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import BroadcastOptOut, Coach, EventSignup, IntakeAnswers, Municipality, Person

ROLES = ("people", "coaches")
STAFF_LANGUAGE = "de"


@dataclass(frozen=True)
class Audience:
    """The filter as the coordinator chose it (stored with the broadcast as JSON)."""

    languages: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()  # names, as in the municipalities table
    role: str | None = None  # "people", "coaches", or None: people (and coaches when nothing is filtered)
    intake: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    event: int | None = None  # the confirmed participants of this event (a broadcast id)

    @property
    def filtered(self) -> bool:
        return bool(self.languages or self.municipalities or self.intake or self.event is not None)

    def dump(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.languages:
            data["languages"] = list(self.languages)
        if self.municipalities:
            data["municipalities"] = list(self.municipalities)
        if self.role:
            data["role"] = self.role
        if self.intake:
            data["intake"] = {key: list(values) for key, values in self.intake.items()}
        if self.event is not None:
            data["event"] = self.event
        return data

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Audience:
        return cls(
            languages=tuple(data.get("languages", ())),
            municipalities=tuple(data.get("municipalities", ())),
            role=data.get("role"),
            intake={str(k): tuple(v) for k, v in dict(data.get("intake", {})).items()},
            event=data.get("event"),
        )


@dataclass(frozen=True)
class Recipient:
    """One row to write: `key` is "p<person id>" or "c<coach id>" (the order rows are written in)."""

    key: str
    channel: str
    address: str
    language: str
    person_id: int | None = None
    coach_id: int | None = None

    @property
    def order(self) -> tuple[int, int]:
        return (0 if self.key[0] == "p" else 1, int(self.key[1:]))


@dataclass
class Resolved:
    recipients: list[Recipient]
    unsubscribed: int = 0
    blocked: int = 0

    def per_language(self) -> dict[str, int]:
        return dict(sorted(Counter(r.language for r in self.recipients).items()))

    def per_channel(self) -> dict[str, dict[str, int]]:
        """language → channel → recipients."""
        found: dict[str, Counter[str]] = {}
        for recipient in self.recipients:
            found.setdefault(recipient.language, Counter())[recipient.channel] += 1
        return {language: dict(sorted(c.items())) for language, c in sorted(found.items())}

    def counts(self) -> dict[str, Any]:
        return {
            "recipients": self.per_language(),
            "channels": self.per_channel(),
            "unsubscribed": self.unsubscribed,
            "blocked": self.blocked,
        }


class UnknownMunicipality(ValueError):
    pass


async def municipality_ids(session: AsyncSession, names: Iterable[str]) -> set[int]:
    """The ids of the named municipalities (case does not matter); UnknownMunicipality names a missing one."""
    wanted = {name.strip().casefold(): name for name in names if name.strip()}
    if not wanted:
        return set()
    rows = (await session.execute(select(Municipality.id, Municipality.name))).all()
    found = {name.casefold(): row_id for row_id, name in rows}
    missing = [original for folded, original in wanted.items() if folded not in found]
    if missing:
        known = ", ".join(sorted(name for _id, name in rows)) or "none (lotse places import)"
        raise UnknownMunicipality(f"no municipality {missing[0]!r}; known: {known}")
    return {found[folded] for folded in wanted}


def _fits(answers: Mapping[str, Any], wanted: Mapping[str, Sequence[str]]) -> bool:
    for key, values in wanted.items():
        answer = answers.get(key)
        if isinstance(answer, list):
            if not set(map(str, answer)) & set(values):
                return False
        elif answer is None or str(answer) not in values:
            return False
    return True


def _in_places(answers: Mapping[str, Any], place_ids: set[int]) -> bool:
    place = answers.get("place")
    return isinstance(place, dict) and place.get("id") in place_ids


async def resolve(session: AsyncSession, audience: Audience, default_language: str = "de") -> Resolved:
    """The recipients now, in a stable order (people by id, then coaches by id)."""
    place_ids = await municipality_ids(session, audience.municipalities)
    resolved = Resolved([])
    if audience.role != "coaches":
        await _people(session, audience, place_ids, default_language, resolved)
    if audience.role == "coaches" or (audience.role is None and not audience.filtered):
        await _coaches(session, place_ids, resolved)
    return resolved


async def _people(
    session: AsyncSession, audience: Audience, place_ids: set[int], default: str, resolved: Resolved
) -> None:
    opted_out = BroadcastOptOut.person_id.is_not(None)
    query = (
        select(
            Person.id,
            Person.channel,
            Person.external_id,
            Person.language,
            Person.unreachable_at,
            opted_out.label("unsubscribed"),
        )
        .outerjoin(BroadcastOptOut, BroadcastOptOut.person_id == Person.id)
        .order_by(Person.id)
    )
    if audience.event is not None:
        query = query.join(
            EventSignup,
            (EventSignup.person_id == Person.id)
            & (EventSignup.broadcast_id == audience.event)
            & (EventSignup.state == "confirmed"),
        )
    else:
        query = query.where(Person.consent_at.is_not(None))
    rows = (await session.execute(query)).all()
    answers: dict[int, dict[str, Any]] = {}
    if place_ids or audience.intake:
        found = await session.execute(select(IntakeAnswers.person_id, IntakeAnswers.answers))
        answers = {person_id: dict(data or {}) for person_id, data in found}
    for row in rows:
        language = row.language or default
        if audience.languages and language not in audience.languages:
            continue
        mine = answers.get(row.id, {})
        if place_ids and not _in_places(mine, place_ids):
            continue
        if audience.intake and not _fits(mine, audience.intake):
            continue
        if row.unsubscribed:
            resolved.unsubscribed += 1
        elif row.unreachable_at is not None:
            resolved.blocked += 1
        else:
            resolved.recipients.append(
                Recipient(f"p{row.id}", row.channel, row.external_id, language, person_id=row.id)
            )


async def _coaches(session: AsyncSession, place_ids: set[int], resolved: Resolved) -> None:
    query = (
        select(Coach.id, Coach.telegram_user_id)
        .where(Coach.active.is_(True), Coach.telegram_user_id.is_not(None))
        .order_by(Coach.id)
    )
    if place_ids:
        query = query.where(Coach.municipality_id.in_(place_ids))
    # A coach who also writes to the bot as a person is one recipient, not two.
    people = {r.address for r in resolved.recipients if r.channel == "telegram"}
    for coach_id, user_id in (await session.execute(query)).all():
        if str(user_id) in people:
            continue
        resolved.recipients.append(
            Recipient(f"c{coach_id}", "telegram", str(user_id), STAFF_LANGUAGE, coach_id=coach_id)
        )
