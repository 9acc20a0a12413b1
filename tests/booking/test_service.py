"""Office hours and bookings on SQLite and PostgreSQL: slots across the DST change, seats that cannot be
overbooked even by 50 people at once, reminders as outbox rows that go with a cancelled booking."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import BookingRules, BookingService
from bot.booking.hours import add_office_hour
from bot.booking.slots import slot_id
from bot.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import Booking, Coach, OutboxMessage, Person

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 10, 20, 8, 0, tzinfo=UTC)  # a Tuesday; DST ends on Sunday 25 October


def service(session: AsyncSession, *, now: datetime = NOW) -> BookingService:
    outbox = Outbox(clock=lambda: now, coach_chat_id=-100)
    return BookingService(session, outbox, BookingRules(BERLIN), lambda: now)


async def people(db: Database, count: int) -> list[int]:
    async with db.session() as session:
        rows = [Person(channel="terminal", external_id=f"p{n}", language="de") for n in range(count)]
        session.add_all(rows)
        await session.flush()
        return [row.id for row in rows]


async def tuesday_hour(db: Database, *, seats: int = 1, coach: bool = False) -> int:
    async with db.session() as session:
        coach_ids = []
        if coach:
            row = Coach(name="Ute Brenner", telegram_user_id=900_000_001, languages=["de", "ar"])
            session.add(row)
            session.add(Person(channel="telegram", external_id="900000001"))  # she has started the bot
            await session.flush()
            coach_ids = [row.id]
        hour = await add_office_hour(
            session,
            place="Rathaus Bruchsal",
            address="Kaiserstraße 66",
            weekday=1,
            start="10:00",
            end="12:00",
            seats=seats,
            coach_ids=coach_ids,
        )
        return hour.id


async def test_slots_stay_at_local_time_across_the_daylight_saving_change(database: Database) -> None:
    hour_id = await tuesday_hour(database)
    async with database.session() as session:
        slots = await service(session).free_slots("any", "de", limit=100)
    this_week = [s.starts_at for s in slots if s.starts_at.date() == date(2026, 10, 20)]
    next_week = [s.starts_at for s in slots if s.starts_at.date() == date(2026, 10, 27)]
    assert next_week[0] == datetime(2026, 10, 27, 9, 0, tzinfo=UTC)  # 10:00 CET after the change
    async with database.session() as session:
        before = await service(session, now=NOW - timedelta(days=1)).free_slots("any", "de")
    assert before[0].starts_at == datetime(2026, 10, 20, 8, 0, tzinfo=UTC)  # 10:00 CEST before it
    assert all(s.starts_at.astimezone(BERLIN).hour in (10, 11) for s in slots)
    assert all(s.office_hour_id == hour_id for s in slots)
    # BOOKING_MIN_LEAD: nothing sooner than two hours from now (10:00 local now, so from 12:00: none today)
    assert not this_week


async def test_book_cancel_and_reminders(database: Database) -> None:
    hour_id = await tuesday_hour(database, coach=True)
    [person] = await people(database, 1)
    wanted = slot_id(hour_id, datetime(2026, 10, 27, 9, 0, tzinfo=UTC))
    async with database.session() as session:
        result = await service(session).book(person, wanted, "ar")
    assert result.status == "booked" and result.appointment is not None
    assert result.appointment.slot.coach == "Ute"
    async with database.session() as session:
        rows = list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.not_before)))
    reminders = [r for r in rows if r.purpose == "reminder"]
    assert [r.not_before for r in reminders] == [
        datetime(2026, 10, 26, 9, 0, tzinfo=UTC),
        datetime(2026, 10, 27, 7, 0, tzinfo=UTC),
    ]
    notices = [(r.address, r.not_before) for r in rows if r.purpose == "notice"]
    # The coach is told now, and asked "attended / no-show" when the slot is over (10:30 local).
    assert notices == [("900000001", NOW), ("900000001", datetime(2026, 10, 27, 9, 30, tzinfo=UTC))]
    async with database.session() as session:  # a forged booking id naming someone else's booking
        assert await service(session).cancel(person + 1, result.appointment.id) is None
    async with database.session() as session:
        assert await service(session).cancel(person, result.appointment.id) is not None
    async with database.session() as session:
        left = list(await session.scalars(select(OutboxMessage.purpose)))
        assert "reminder" not in left and left.count("notice") == 2  # booked, cancelled (no question)
        assert await session.scalar(select(func.count()).select_from(Booking)) == 0


async def test_offsets_already_past_are_skipped_and_the_limit_holds(database: Database) -> None:
    hour_id = await tuesday_hour(database, seats=3)
    [person] = await people(database, 1)
    soon = datetime(2026, 10, 20, 9, 0, tzinfo=UTC) + timedelta(days=7)
    async with database.session() as session:
        booking = service(session, now=soon - timedelta(hours=3))
        assert (await booking.book(person, slot_id(hour_id, soon), "de")).status == "booked"
        assert (
            await booking.book(person, slot_id(hour_id, soon + timedelta(minutes=30)), "de")
        ).status == "booked"
        third = await booking.book(person, slot_id(hour_id, soon + timedelta(minutes=60)), "de")
        assert third.status == "limit"
        assert (
            await booking.book(person, slot_id(hour_id, soon - timedelta(minutes=1)), "de")
        ).status == "gone"
    async with database.session() as session:
        due = list(
            await session.scalars(select(OutboxMessage.not_before).where(OutboxMessage.purpose == "reminder"))
        )
    assert due == [
        soon - timedelta(hours=2),
        soon + timedelta(minutes=30) - timedelta(hours=2),
    ]  # no 24h ones


async def test_fifty_people_take_the_last_seats_at_once(database: Database) -> None:
    seats = 3
    hour_id = await tuesday_hour(database, seats=seats)
    everyone = await people(database, 50)
    wanted = slot_id(hour_id, datetime(2026, 10, 27, 9, 0, tzinfo=UTC))

    async def attempt(person: int) -> str:
        async with database.session() as session:
            result = await service(session).book(person, wanted, "de")
            return result.status

    statuses = await asyncio.gather(*(attempt(person) for person in everyone))
    assert statuses.count("booked") == seats
    assert statuses.count("taken") == 50 - seats
    async with database.session() as session:
        assert await session.scalar(select(func.count()).select_from(Booking)) == seats
        offered = await service(session).free_slots("any", "de")
    assert wanted not in [slot.id for slot in offered]  # the others are offered the next slots
    assert offered[0].starts_at == datetime(2026, 10, 27, 9, 30, tzinfo=UTC)


async def test_a_cancelled_day_tells_everyone_booked(database: Database) -> None:
    hour_id = await tuesday_hour(database, seats=2)
    first, second = await people(database, 2)
    wanted = slot_id(hour_id, datetime(2026, 10, 27, 9, 0, tzinfo=UTC))
    async with database.session() as session:
        for person in (first, second):
            assert (await service(session).book(person, wanted, "de")).status == "booked"
    async with database.session() as session:
        assert await service(session).cancel_day(hour_id, date(2026, 10, 27)) == 2
    async with database.session() as session:
        rows = list(await session.scalars(select(OutboxMessage).where(OutboxMessage.purpose != "notice")))
        told = list(
            await session.execute(
                select(OutboxMessage.person_id, OutboxMessage.content).where(
                    OutboxMessage.content["text"]["key"].as_string() == "booking-day-cancelled-slots"
                )
            )
        )
        slots = await service(session).free_slots("any", "de", limit=100)
        refused = await service(session).book(first, wanted, "de")
    assert rows == [] and sorted(p for p, _content in told if p is not None) == [first, second]
    assert all(s.starts_at.date() != date(2026, 10, 27) for s in slots)
    # Each is offered the next three free slots as buttons (not on the cancelled day).
    offered = [option["id"] for option in told[0][1]["options"]]
    assert offered == [f"rebook.{slot.id}" for slot in slots[:3]]
    assert refused.status == "gone"


async def test_bookings_and_reminders_go_with_the_person(database: Database) -> None:
    hour_id = await tuesday_hour(database)
    [person] = await people(database, 1)
    async with database.session() as session:
        wanted = slot_id(hour_id, datetime(2026, 10, 27, 9, 0, tzinfo=UTC))
        assert (await service(session).book(person, wanted, "de")).status == "booked"
    async with database.session() as session:
        await session.execute(delete(Person).where(Person.id == person))
    async with database.session() as session:
        assert await session.scalar(select(func.count()).select_from(Booking)) == 0
        assert await session.scalar(select(func.count()).where(OutboxMessage.purpose == "reminder")) == 0


async def test_a_coach_who_never_started_the_bot_is_reached_in_the_group(database: Database) -> None:
    async with database.session() as session:
        coach = Coach(name="Karim Haddad", telegram_user_id=900_000_002, languages=["de", "ar"])
        session.add(coach)
        await session.flush()
        hour = await add_office_hour(
            session, place="Bürgerbüro", weekday=1, start="10:00", end="11:00", coach_ids=[coach.id]
        )
        hour_id = hour.id
    [person] = await people(database, 1)
    async with database.session() as session:
        wanted = slot_id(hour_id, datetime(2026, 10, 27, 9, 0, tzinfo=UTC))
        assert (await service(session).book(person, wanted, "de")).status == "booked"
    async with database.session() as session:
        notices = (
            await session.execute(
                select(OutboxMessage.address, OutboxMessage.key)
                .where(OutboxMessage.purpose == "notice")
                .order_by(OutboxMessage.id)
            )
        ).all()
    # The coaches' group: the new booking now, and after the slot whether the person came.
    assert [(address, "attendance" in (key or "")) for address, key in notices] == [
        ("-100", False),
        ("-100", True),
    ]


async def test_at_the_same_time_a_coach_who_speaks_the_language_comes_first(database: Database) -> None:
    async with database.session() as session:
        german = Coach(name="Ute Brenner", telegram_user_id=900_000_001, languages=["de"])
        arabic = Coach(name="Karim Haddad", telegram_user_id=900_000_002, languages=["de", "ar"])
        session.add_all([german, arabic])
        await session.flush()
        for place, coach in (("A Rathaus", german), ("B Bürgerbüro", arabic)):
            await add_office_hour(
                session, place=place, weekday=1, start="10:00", end="10:30", coach_ids=[coach.id]
            )
    async with database.session() as session:
        for_arabic = await service(session).free_slots("any", "ar")
        for_german = await service(session).free_slots("any", "de")
    assert [(s.place, s.coach) for s in for_arabic[:2]] == [("B Bürgerbüro", "Karim"), ("A Rathaus", "Ute")]
    assert [s.place for s in for_german[:2]] == ["A Rathaus", "B Bürgerbüro"]
