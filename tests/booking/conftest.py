"""A booking app: the real flows and storage (SQLite), office hours in Bruchsal, and a clock tests move."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import Application, build
from bot.booking.hours import add_office_hour
from bot.config import load_settings
from bot.storage.models import Coach, Municipality
from tests.dialog import Dialog

START = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)  # Tuesday 1 December 2026, 08:00 in Berlin


@dataclass
class Clock:
    now: datetime = START
    moves: list[timedelta] = field(default_factory=list)

    def __call__(self) -> datetime:
        return self.now

    def move(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock()


async def booking_app(tmp_path: Path, clock: Clock, **settings: object) -> Application:
    options: dict[str, object] = {
        "database_url": f"sqlite+aiosqlite:///{tmp_path / 'lotse.db'}",
        "coach_chat_id": -1001000000001,
    }
    options.update(settings)
    app = await build(load_settings(**options), clock=clock)
    async with app.db.session() as session:
        town = Municipality(name="Bruchsal", county="Landkreis Karlsruhe")
        coach = Coach(name="Ute Brenner", telegram_user_id=900_000_001, languages=["de", "en"])
        session.add_all([town, coach])
        await session.flush()
        await add_office_hour(
            session,
            place="Rathaus Bruchsal",
            address="Kaiserstraße 66",
            municipality_id=town.id,
            weekday=1,  # Tuesdays
            start="10:00",
            end="12:00",
            seats=1,
            coach_ids=[coach.id],
        )
    return app


@pytest.fixture
async def app(tmp_path: Path, clock: Clock) -> AsyncIterator[Application]:
    application = await booking_app(tmp_path, clock)
    yield application
    await application.close()


async def ready(app: Application, user: str = "amira", channel: str = "terminal") -> Dialog:
    """A person who chose German and agreed: on the menu."""
    dialog = Dialog(app, user, language_hint="de", channel=channel)
    await dialog.say("/start")
    await dialog.say("Deutsch")
    await dialog.press("agree")
    await dialog.say("/menu")  # past whatever comes after consent (the intake offer)
    return dialog
