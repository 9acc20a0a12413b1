"""The broadcast service the flows use (`flows.ports.Broadcasts`), bound to the update's session.

People: answers to an event ("I'll take part", "Not this time", "Cancel my place") and the opt-out.
Coordinators: preview, store, list, cancel, the participants as CSV.

Places at an event: the broadcast's row is locked (`FOR UPDATE`; SQLite has one writer) while a sign-up
counts the confirmed places, so two people never take the last place at once, across processes too.
When a place is given back, the first on the waiting list moves up, is told in a new message and gets
the reminder. The reminder the day before is an outbox row (`purpose "reminder"`, due at the event
− 24 h, key `event:<id>:reminder:p<person>`), deleted when the place is given back.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.broadcast import service
from bot.broadcast.audience import Audience, resolve
from bot.broadcast.service import BroadcastConfig, Draft, title_of, translate_texts
from bot.outbox import queue
from bot.storage.models import Broadcast, BroadcastOptOut, EventSignup, OutboxMessage, Person
from flows.effects import Send, ToPerson
from flows.engine import Option, Reply, Text
from flows.ports import BroadcastInfo, BroadcastPreview, EventAnswer

REMINDER_BEFORE = timedelta(hours=24)
_TIME = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2}):(\d{2})\s*$")
_GERMAN_TIME = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2})[:.](\d{2})(\s*Uhr)?\s*$")


def parse_local(text: str, zone: Any) -> datetime | None:
    """ "2026-12-03 18:00" or "03.12.2026 18:00" in `zone` → an aware UTC datetime; None if not one."""
    match = _TIME.match(text)
    if match:
        year, month, day, hour, minute = (int(part) for part in match.groups())
    else:
        german = _GERMAN_TIME.match(text)
        if german is None:
            return None
        day, month, year, hour, minute = (int(part) for part in german.groups()[:5])
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=zone)
    except ValueError:
        return None
    from datetime import UTC

    return local.astimezone(UTC)


def draft_of(data: dict[str, Any], zone: Any) -> Draft:
    """The compose flow's dict → a `Draft`."""
    event = data.get("event") or {}
    at = data.get("at")
    return Draft(
        text=str(data.get("text", "")),
        audience=Audience.load(data.get("audience") or {}),
        overrides=dict(data.get("overrides") or {}),
        scheduled_at=datetime.fromisoformat(at) if at else None,
        event_at=datetime.fromisoformat(event["at"]) if event.get("at") else None,
        place=event.get("place"),
        capacity=event.get("capacity"),
        media=data.get("media"),
    )


class BroadcastDesk:
    def __init__(self, session: AsyncSession, config: BroadcastConfig) -> None:
        self.session = session
        self.config = config

    # -- people ------------------------------------------------------------------------------------

    async def respond(self, person_id: int, broadcast_id: int, answer: str) -> EventAnswer:
        session = self.session
        now = self.config.clock()
        broadcast = await session.get(Broadcast, broadcast_id, with_for_update=True)
        if broadcast is None or broadcast.event_at is None or broadcast.state == "cancelled":
            return EventAnswer("gone", broadcast_id)
        person = await session.get(Person, person_id)
        if person is None or not await self._reached(broadcast_id, person):
            return EventAnswer("gone", broadcast_id)
        language = person.language or self.config.default_language
        base = EventAnswer(
            "gone",
            broadcast_id,
            title_of(service.text_for(broadcast, language)),
            broadcast.event_at,
            broadcast.place or "",
        )
        if broadcast.event_at <= now:
            return replace(base, status="past")
        signup = await session.get(EventSignup, (broadcast_id, person_id))
        before = signup.state if signup is not None else None
        if answer == "yes":
            if before == "confirmed":
                return replace(base, status="already")
            if before == "waiting":
                return replace(base, status="waiting", position=await self._position(broadcast_id, person_id))
            if signup is None:
                signup = EventSignup(
                    broadcast_id=broadcast_id, person_id=person_id, state="declined", since=now
                )
                session.add(signup)
            signup.since = now
            if broadcast.capacity is None or await self._confirmed(broadcast_id) < broadcast.capacity:
                signup.state = "confirmed"
                await self._remind(broadcast, person_id, language)
                return replace(base, status="confirmed")
            signup.state = "waiting"
            await session.flush()
            return replace(base, status="waiting", position=await self._position(broadcast_id, person_id))
        if answer == "no" and before not in ("confirmed", "waiting"):
            if signup is None:
                session.add(
                    EventSignup(broadcast_id=broadcast_id, person_id=person_id, state="declined", since=now)
                )
            else:
                signup.state = "declined"
            return replace(base, status="declined")
        # "cancel", or "no" from someone who has a place or waits for one: the place is given back.
        if signup is None or before not in ("confirmed", "waiting"):
            return replace(base, status="not_signed_up")
        signup.state = "cancelled"
        signup.since = now
        await queue.delete_queued(session, f"event:{broadcast_id}:reminder:p{person_id}")
        if before == "confirmed":
            await session.flush()
            await self._move_up(broadcast)
        return replace(base, status="cancelled")

    async def _reached(self, broadcast_id: int, person: Person) -> bool:
        """The announcement went to this person (or they answered it before): a forged id is refused."""
        if await self.session.get(EventSignup, (broadcast_id, person.id)) is not None:
            return True
        found = await self.session.scalar(
            select(OutboxMessage.id)
            .where(
                OutboxMessage.broadcast_id == broadcast_id,
                or_(
                    OutboxMessage.person_id == person.id,
                    (OutboxMessage.channel == person.channel) & (OutboxMessage.address == person.external_id),
                ),
            )
            .limit(1)
        )
        return found is not None

    async def _confirmed(self, broadcast_id: int) -> int:
        return int(
            await self.session.scalar(
                select(func.count())
                .select_from(EventSignup)
                .where(EventSignup.broadcast_id == broadcast_id, EventSignup.state == "confirmed")
            )
            or 0
        )

    async def _position(self, broadcast_id: int, person_id: int) -> int:
        waiting = await self.session.execute(
            select(EventSignup.person_id)
            .where(EventSignup.broadcast_id == broadcast_id, EventSignup.state == "waiting")
            .order_by(EventSignup.since, EventSignup.person_id)
        )
        order = [row[0] for row in waiting]
        return order.index(person_id) + 1 if person_id in order else 0

    async def _remind(self, broadcast: Broadcast, person_id: int, language: str) -> None:
        assert broadcast.event_at is not None
        due = broadcast.event_at - REMINDER_BEFORE
        if due <= self.config.clock():
            return  # the event is less than a day away: the announcement itself was the reminder
        text = Text(
            "event-reminder",
            {
                "title": title_of(service.text_for(broadcast, language)),
                "when": broadcast.event_at,
                "place": broadcast.place or "",
            },
        )
        cancel = Option(f"event.{broadcast.id}.cancel", Text("broadcast-cancel-place"))
        await self.config.outbox.put(
            self.session,
            Send(
                ToPerson(person_id),
                Reply(text, (cancel,)),
                purpose="reminder",
                not_before=due,
                key=f"event:{broadcast.id}:reminder:p{person_id}",
            ),
        )

    async def _move_up(self, broadcast: Broadcast) -> None:
        """A place is free: the first on the waiting list gets it, is told, and will be reminded."""
        if broadcast.capacity is not None and await self._confirmed(broadcast.id) >= broadcast.capacity:
            return
        first = await self.session.scalar(
            select(EventSignup)
            .where(EventSignup.broadcast_id == broadcast.id, EventSignup.state == "waiting")
            .order_by(EventSignup.since, EventSignup.person_id)
            .limit(1)
        )
        if first is None:
            return
        first.state = "confirmed"
        first.since = self.config.clock()
        person = await self.session.get(Person, first.person_id)
        language = (person.language if person else None) or self.config.default_language
        assert broadcast.event_at is not None
        text = Text(
            "event-moved-up",
            {
                "title": title_of(service.text_for(broadcast, language)),
                "when": broadcast.event_at,
                "place": broadcast.place or "",
            },
        )
        cancel = Option(f"event.{broadcast.id}.cancel", Text("broadcast-cancel-place"))
        await self.config.outbox.put(
            self.session, Send(ToPerson(first.person_id), Reply(text, (cancel,)), purpose="broadcast")
        )
        await self._remind(broadcast, first.person_id, language)

    async def subscribe(self, person_id: int, wanted: bool) -> bool:
        existing = await self.session.get(BroadcastOptOut, person_id)
        if wanted:
            if existing is None:
                return False
            await self.session.execute(delete(BroadcastOptOut).where(BroadcastOptOut.person_id == person_id))
            return True
        if existing is not None:
            return False
        self.session.add(BroadcastOptOut(person_id=person_id, at=self.config.clock()))
        await self.session.flush()
        return True

    async def subscribed(self, person_id: int) -> bool:
        return await self.session.get(BroadcastOptOut, person_id) is None

    # -- coordinators ------------------------------------------------------------------------------

    async def preview(self, draft: dict[str, Any]) -> BroadcastPreview:
        composed = draft_of(draft, self.config.zone)
        resolved = await resolve(self.session, composed.audience, self.config.default_language)
        texts = {lang: {"text": text, "by": "coordinator"} for lang, text in composed.overrides.items()}
        texts = await translate_texts(
            self.session, self.config, composed.text.strip(), list(resolved.per_language()), texts
        )
        shown = {service.SOURCE: (composed.text.strip(), "source")}
        for language in resolved.per_language():
            if language != service.SOURCE:
                entry = texts[language]
                shown[language] = (str(entry["text"]), str(entry["by"]))
        return BroadcastPreview(shown, resolved.per_channel(), resolved.unsubscribed, resolved.blocked)

    async def create(self, draft: dict[str, Any], person_id: int | None) -> int:
        composed = draft_of(draft, self.config.zone)
        person = await self.session.get(Person, person_id) if person_id is not None else None
        by = f"{person.channel}:{person.external_id}" if person is not None else "chat"
        chat = int(person.external_id) if person is not None and person.channel == "telegram" else None
        composed = Draft(**{**composed.__dict__, "created_by": by, "progress_chat": chat})
        broadcast, _resolved = await service.create(self.session, self.config, composed)
        return broadcast.id

    async def recent(self) -> Sequence[BroadcastInfo]:
        found = []
        for broadcast in await service.recent(self.session, 8):
            data = await service.report(self.session, self.config, broadcast.id)
            assert data is not None
            found.append(BroadcastInfo(broadcast.id, title_of(broadcast.text, 40), data))
        return found

    async def events(self) -> Sequence[tuple[int, str]]:
        found = await self.session.execute(
            select(Broadcast.id, Broadcast.text)
            .where(Broadcast.event_at > self.config.clock(), Broadcast.state != "cancelled")
            .order_by(Broadcast.event_at, Broadcast.id)
            .limit(20)
        )
        return [(broadcast_id, title_of(text, 40)) for broadcast_id, text in found]

    async def info(self, broadcast_id: int) -> BroadcastInfo | None:
        broadcast = await self.session.get(Broadcast, broadcast_id)
        if broadcast is None:
            return None
        data = await service.report(self.session, self.config, broadcast_id)
        assert data is not None
        return BroadcastInfo(broadcast.id, title_of(broadcast.text, 40), data)

    async def cancel(self, broadcast_id: int) -> str:
        return await service.cancel(self.session, self.config, broadcast_id)

    async def participants_csv(self, broadcast_id: int) -> bytes:
        return await participants_csv(self.session, broadcast_id)

    def parse_time(self, text: str) -> datetime | None:
        return parse_local(text, self.config.zone)


async def participants(session: AsyncSession, broadcast_id: int) -> list[dict[str, Any]]:
    """Who answered an event, places first, then the waiting list in order."""
    rows = await session.execute(
        select(EventSignup, Person)
        .join(Person, Person.id == EventSignup.person_id)
        .where(EventSignup.broadcast_id == broadcast_id, EventSignup.state.in_(("confirmed", "waiting")))
        .order_by(EventSignup.state, EventSignup.since, EventSignup.person_id)
    )
    return [
        {
            "person": f"P{person.id}",
            "state": signup.state,
            "channel": person.channel,
            "contact": person.external_id,
            "language": person.language or "",
            "since": signup.since.isoformat(),
        }
        for signup, person in rows
    ]


async def participants_csv(session: AsyncSession, broadcast_id: int) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, ["person", "state", "channel", "contact", "language", "since"])
    writer.writeheader()
    for row in await participants(session, broadcast_id):
        writer.writerow(row)
    return out.getvalue().encode("utf-8")
