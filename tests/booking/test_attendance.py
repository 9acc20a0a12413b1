"""Attended / no-show after the slot, and what two no-shows mean: the person confirms each later
booking by the start of its day, or the seat is released. Undeliverable reminders are reported to the
coach once. On SQLite and PostgreSQL (service), and as transcripts (the coach's buttons)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update

from bot.app import Application
from bot.booking.reminders import sweep_bookings
from bot.booking.slots import slot_id
from bot.outbox.content import load_reply
from bot.outbox.render import Renderer
from bot.storage.database import Database
from bot.storage.models import Booking, OutboxMessage, Person
from handlers.terminal import render
from tests.booking.conftest import Clock
from tests.booking.test_reminders import NEXT_TUESDAY_10, Terminal, book_next_tuesday
from tests.booking.test_service import people, service, tuesday_hour
from tests.dialog import Dialog

TUESDAY = datetime(2026, 10, 27, 9, 0, tzinfo=UTC)  # 10:00 in Berlin (CET)
WEEK = timedelta(days=7)


async def coach_person(db: Database) -> int:
    async with db.session() as session:
        found = await session.scalar(select(Person.id).where(Person.external_id == "900000001"))
        assert found is not None
        return int(found)


async def texts(db: Database, key: str) -> list[OutboxMessage]:
    async with db.session() as session:
        query = select(OutboxMessage).where(OutboxMessage.content["text"]["key"].as_string() == key)
        return list(await session.scalars(query.order_by(OutboxMessage.id)))


async def test_two_no_shows_mean_confirming_or_losing_the_seat(database: Database) -> None:
    hour_id = await tuesday_hour(database, seats=2, coach=True)
    coach = await coach_person(database)
    [person, other] = await people(database, 2)
    first, second = TUESDAY, TUESDAY + WEEK
    async with database.session() as session:
        ids = [
            (await service(session).book(person, slot_id(hour_id, at), "de")).appointment
            for at in (first, second)
        ]
    booking_ids = [a.id for a in ids if a is not None]
    assert len(booking_ids) == 2

    async with database.session() as session:  # before the slot, and someone who is not their coach
        assert await service(session).mark_attendance(coach, False, booking_ids[0], False) == "early"
        assert await service(session).mark_attendance(other, False, booking_ids[0], False) == "refused"
        assert await service(session).mark_attendance(coach, False, 999, False) == "gone"
    after = second + timedelta(hours=1)
    async with database.session() as session:
        for booking_id in booking_ids:
            assert (
                await service(session, now=after).mark_attendance(coach, False, booking_id, False) == "saved"
            )
        # The attendance questions still queued for the coaches are withdrawn once answered.
        left = await session.scalar(
            select(func.count()).where(OutboxMessage.key.like("booking:%:attendance%"))
        )
        assert left == 0

    # The third booking, made more than a day ahead, must be confirmed by the start of its day.
    third = TUESDAY + 2 * WEEK
    async with database.session() as session:
        result = await service(session, now=after).book(person, slot_id(hour_id, third), "de")
        assert result.appointment is not None
        row = await session.get(Booking, result.appointment.id)
        assert row is not None and row.confirm_by == datetime(2026, 11, 9, 23, 0, tzinfo=UTC)  # 00:00 Berlin
    [asked] = await texts(database, "booking-confirm-ask")
    assert asked.not_before == third - timedelta(hours=24) and asked.person_id == person
    assert [o["id"] for o in asked.content["options"]] == [
        f"reminder.{result.appointment.id}.come",
        f"reminder.{result.appointment.id}.cancel",
    ]
    # Someone else's booking (no no-shows) needs no confirmation and is never released.
    fourth = TUESDAY + 3 * WEEK
    async with database.session() as session:
        fourth_id = (
            await service(session, now=after).book(other, slot_id(hour_id, fourth), "de")
        ).appointment
    async with database.session() as session:
        before = datetime(2026, 11, 9, 22, 59, tzinfo=UTC)
        assert await service(session, now=before).release_unconfirmed() == 0  # not yet
    deadline = datetime(2026, 11, 9, 23, 1, tzinfo=UTC)
    # A question that never reached the person with its buttons (waiting for WhatsApp's window) costs
    # them nothing: the seat stays.
    async with database.session() as session:
        waiting = update(OutboxMessage).where(OutboxMessage.id == asked.id).values(state="waiting")
        await session.execute(waiting)
    async with database.session() as session:
        assert await service(session, now=deadline).release_unconfirmed() == 0
    async with database.session() as session:  # delivered with its buttons, not answered: released
        await session.execute(waiting.values(state="sent"))
    async with database.session() as session:
        assert await service(session, now=deadline).release_unconfirmed() == 1
    async with database.session() as session:
        assert await session.get(Booking, result.appointment.id) is None
        mine = OutboxMessage.key.like(f"booking:{result.appointment.id}:reminder:%")
        queued = select(func.count()).where(mine, OutboxMessage.state == "queued")
        assert await session.scalar(queued) == 0  # its reminders still to come went with it
    [released] = await texts(database, "booking-released")
    assert released.person_id == person
    assert len(await texts(database, "booking-coach-released")) == 1
    assert fourth_id is not None  # other's booking needed no confirmation: untouched
    async with database.session() as session:
        assert await service(session, now=deadline).release_unconfirmed() == 0


async def test_ill_come_confirms_and_a_late_booking_needs_no_confirmation(database: Database) -> None:
    hour_id = await tuesday_hour(database, seats=1, coach=True)
    coach = await coach_person(database)
    [person] = await people(database, 1)
    async with database.session() as session:
        for at in (TUESDAY, TUESDAY + WEEK):
            booking = (await service(session).book(person, slot_id(hour_id, at), "de")).appointment
            assert booking is not None
            await session.execute(
                update(Booking).where(Booking.id == booking.id).values(attendance="no_show")
            )
    after = TUESDAY + WEEK + timedelta(hours=1)
    third = TUESDAY + 2 * WEEK
    async with database.session() as session:
        booked = (await service(session, now=after).book(person, slot_id(hour_id, third), "de")).appointment
        assert booked is not None
    async with database.session() as session:
        assert await service(session, now=third - timedelta(hours=20)).come(person, booked.id)
    async with database.session() as session:
        assert await service(session, now=third - timedelta(hours=1)).release_unconfirmed() == 0
        row = await session.get(Booking, booked.id)
        assert row is not None and row.confirmed_at is not None
    # Booked less than a day ahead: the booking itself is the confirmation.
    fourth = TUESDAY + 3 * WEEK
    async with database.session() as session:
        late = await service(session, now=fourth - timedelta(hours=5)).book(
            person, slot_id(hour_id, fourth), "de"
        )
        assert late.appointment is not None
        row = await session.get(Booking, late.appointment.id)
        assert row is not None and row.confirm_by is None and row.confirmed_at is not None
    assert coach


async def test_an_undeliverable_reminder_is_reported_to_the_coach_once(database: Database) -> None:
    hour_id = await tuesday_hour(database, coach=True)
    [person] = await people(database, 1)
    async with database.session() as session:
        booked = (await service(session).book(person, slot_id(hour_id, TUESDAY), "de")).appointment
        assert booked is not None
    async with database.session() as session:  # the worker found the window closed (or the bot blocked)
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.key == f"booking:{booked.id}:reminder:86400")
            .values(state="waiting")
        )
    for _ in range(2):
        async with database.session() as session:
            await service(session).tell_unreachable()
    [told] = await texts(database, "booking-coach-unreachable")
    assert told.address == "900000001" and told.content["text"]["args"]["person"] == f"#{person}"
    async with database.session() as session:
        assert await session.get(Booking, booked.id) is not None  # the booking is kept
    async with database.session() as session:  # after the appointment: nothing to report any more
        await session.execute(update(OutboxMessage).where(OutboxMessage.id == told.id).values(key=None))
        assert await service(session, now=TUESDAY + timedelta(hours=1)).tell_unreachable() == 0


async def test_the_coach_marks_attendance_with_the_buttons_after_the_slot(
    app: Application, clock: Clock
) -> None:
    coach = Dialog(app, "900000001", channel="telegram", language_hint="de")
    await coach.say("/start")  # she has started the bot: asked privately
    await book_next_tuesday(app)
    async with app.db.session() as session:
        [question] = list(
            await session.scalars(
                select(OutboxMessage).where(OutboxMessage.key.like("booking:1:attendance%"))
            )
        )
    assert question.not_before == NEXT_TUESDAY_10 + timedelta(minutes=30)  # when the slot is over
    shown = render(Renderer(app.catalogues).message(load_reply(question.content), "de"))
    assert (
        "Termin Dienstag, 8. Dezember 2026, 10:00 Uhr, Rathaus Bruchsal (Person #2): Ist die Person gekommen?"
        in shown
    )
    assert "1. ✅ Gekommen" in shown and "2. ❌ Nicht gekommen" in shown
    assert "noch nicht begonnen" in await coach.press("attendance.1.missed")
    clock.now = NEXT_TUESDAY_10 + timedelta(minutes=31)
    menu = await coach.say("/menu")
    answer = await coach.press("attendance.1.missed")
    assert "Danke, ich habe es eingetragen." in answer and menu.splitlines()[0] in answer
    async with app.db.session() as session:
        assert await session.scalar(select(Booking.attendance).where(Booking.id == 1)) == "no_show"
    # A person cannot mark bookings, and a forged id is refused.
    amira = Dialog(app, "amira", language_hint="de")
    await amira.say("/start")
    refused = await amira.press("attendance.1.came")
    async with app.db.session() as session:
        assert await session.scalar(select(Booking.attendance).where(Booking.id == 1)) == "no_show"
    assert "Gekommen" not in refused
    assert "Diesen Termin gibt es nicht mehr." in await coach.press("attendance.77.came")


async def test_the_minute_sweep_releases_and_reports(app: Application, clock: Clock) -> None:
    """`sweep_bookings` (the scheduler's job) runs in its own transaction and wakes the outbox."""
    await book_next_tuesday(app)
    async with app.db.session() as session:
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.purpose == "reminder").values(state="blocked")
        )
    from bot.booking import BookingRules

    rules = BookingRules.from_settings(app.settings)
    assert await sweep_bookings(app.db, app.outbox, rules, clock) == (0, 1)
    assert await sweep_bookings(app.db, app.outbox, rules, clock) == (0, 0)
    assert await Terminal(app, clock).deliver() == ""  # the person is not bothered
