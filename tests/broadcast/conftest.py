"""Broadcast tests: people made straight in the database, a clock tests move, the fake LibreTranslate."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.broadcast.quiet import QuietHours
from bot.broadcast.service import BroadcastConfig
from bot.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import Coach, IntakeAnswers, Municipality, OutboxMessage, Person
from bot.translation import Translator, make_backend
from tests.fakes.libretranslate import FakeLibreTranslate

_NUMBERS = itertools.count(20_000)
BERLIN = ZoneInfo("Europe/Berlin")
NOON = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)  # Tuesday 1 December 2026, 12:00 in Berlin


@dataclass
class Clock:
    now: datetime = NOON

    def __call__(self) -> datetime:
        return self.now

    def move(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def libre() -> AsyncIterator[FakeLibreTranslate]:
    async with FakeLibreTranslate() as fake:
        yield fake


def make_config(
    clock: Clock,
    libre: FakeLibreTranslate | None = None,
    *,
    quiet: str = "21:00-08:00",
    rates: dict[str, float] | None = None,
) -> BroadcastConfig:
    translator = None
    if libre is not None:
        translator = Translator(make_backend("libre", libretranslate_url=libre.url), timeout=5, clock=clock)
    return BroadcastConfig(
        outbox=Outbox(clock=clock),
        translator=translator,
        zone=BERLIN,
        quiet=QuietHours.parse(quiet, BERLIN),
        rates=rates if rates is not None else {"telegram": 30.0, "whatsapp": 80.0},
        clock=clock,
    )


async def add_people(db: Database, *specs: dict[str, Any]) -> list[int]:
    """People who agreed: {"lang": "ar", "channel": "telegram", "place": "Bruchsal", "german": "A2",
    "blocked": True, "consent": False}. Municipalities are made as needed."""
    ids = []
    async with db.session() as session:
        towns: dict[str, Municipality] = {}
        for spec in specs:
            channel = spec.get("channel", "telegram")
            number = next(_NUMBERS)
            external = spec.get("id") or (str(number) if channel != "whatsapp" else f"49151{number:07d}")
            person = Person(
                channel=channel,
                external_id=str(external),
                language=spec.get("lang", "de"),
                consent_version="1" if spec.get("consent", True) else None,
                consent_at=NOON - timedelta(days=3) if spec.get("consent", True) else None,
                last_seen_at=spec.get("seen", NOON - timedelta(hours=1)),
                unreachable_at=NOON - timedelta(days=1) if spec.get("blocked") else None,
            )
            session.add(person)
            await session.flush()
            answers: dict[str, Any] = {}
            if "place" in spec:
                name = spec["place"]
                if name not in towns:
                    town = await session.scalar(select(Municipality).where(Municipality.name == name))
                    if town is None:
                        town = Municipality(name=name, county="Landkreis Karlsruhe")
                        session.add(town)
                        await session.flush()
                    towns[name] = town
                answers["place"] = {"id": towns[name].id, "name": name}
            if "german" in spec:
                answers["german"] = spec["german"]
            if answers:
                session.add(IntakeAnswers(person_id=person.id, answers=answers, updated_at=NOON))
            ids.append(person.id)
    return ids


async def add_coach(db: Database, telegram_id: int, name: str = "Ute") -> int:
    async with db.session() as session:
        coach = Coach(name=name, telegram_user_id=telegram_id, languages=["de"])
        session.add(coach)
        await session.flush()
        return coach.id


async def rows(db: Database, broadcast_id: int | None = None) -> list[OutboxMessage]:
    async with db.session() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if broadcast_id is not None:
            query = query.where(OutboxMessage.broadcast_id == broadcast_id)
        return list(await session.scalars(query))
