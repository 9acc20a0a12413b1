"""Bad input the issue names, not covered elsewhere: the last seat taken between showing and confirming,
one person booking from two devices at once, and a coordinator's "Office hours" that show everyone's."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from bot.app import Application
from bot.booking.slots import slot_id
from bot.storage.database import Database
from bot.storage.models import Booking
from tests.booking.conftest import Clock, booking_app, ready
from tests.booking.test_reminders import NEXT_TUESDAY_10
from tests.booking.test_service import people, service, tuesday_hour
from tests.dialog import Dialog


async def test_who_loses_the_last_seat_is_shown_the_next_free_slots(app: Application) -> None:
    amira = await ready(app)
    bilal = await ready(app, "bilal")
    for dialog in (amira, bilal):  # both look at the same one-seat slot
        await dialog.press("book")
        await dialog.say("Bruchsal")
        assert "Bitte prüfen Sie Ihren Termin" in await dialog.press(slot_id(1, NEXT_TUESDAY_10))
    assert "✅ Ihr Termin ist gebucht." in await amira.press("confirm")
    lost = await bilal.press("confirm")  # the confirm button of a screen that is out of date now
    assert "Diese Zeit ist gerade weg. Hier sind die nächsten freien Zeiten." in lost
    assert "1. Dienstag, 1. Dezember 2026, 10:00 · Rathaus Bruchsal" in lost  # buttons with free slots
    assert "8. Dezember 2026, 10:00" not in lost
    other = await bilal.press(slot_id(1, NEXT_TUESDAY_10.replace(day=1)))
    assert "Bitte prüfen Sie Ihren Termin" in other and "1. Dezember 2026, 10:00" in other
    assert "✅ Ihr Termin ist gebucht." in await bilal.press("confirm")
    async with app.db.session() as session:
        assert await session.scalar(select(func.count()).select_from(Booking)) == 2


async def test_one_person_booking_from_two_devices_at_once_gets_one_booking(database: Database) -> None:
    hour_id = await tuesday_hour(database, seats=3)
    [person] = await people(database, 1)
    wanted = slot_id(hour_id, datetime(2026, 10, 27, 9, 0, tzinfo=UTC))

    async def book() -> str:
        async with database.session() as session:
            return (await service(session).book(person, wanted, "de")).status

    statuses = await asyncio.gather(book(), book())
    assert "booked" in statuses
    async with database.session() as session:
        assert await session.scalar(select(func.count()).select_from(Booking)) == 1


async def test_a_coordinator_sees_and_cancels_every_office_hour(tmp_path: Path, clock: Clock) -> None:
    app = await booking_app(tmp_path, clock, coordinator_ids=[900_000_009])
    try:
        coordinator = Dialog(app, "900000009", channel="telegram", language_hint="de")
        await coordinator.say("/start")
        hours = await coordinator.press("hours")
        assert "Dienstag, 1. Dezember 2026, 10:00–12:00 · Rathaus Bruchsal · frei" in hours
        await coordinator.press("h1-20261208")
        assert "Der Tag ist abgesagt." in await coordinator.press("yes")
    finally:
        await app.close()
