"""The coach's "My office hours": the next days with what is booked; cancelling a day tells the people."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from sqlalchemy import select

from bot.app import Application
from bot.booking.slots import slot_id
from bot.outbox import DeliveryWorker
from bot.outbox.render import Renderer
from bot.storage.models import Coach, OutboxMessage
from handlers.terminal import TerminalSender
from tests.booking.conftest import Clock, ready
from tests.booking.test_reminders import NEXT_TUESDAY_10, book_next_tuesday
from tests.dialog import Dialog


async def test_coach_sees_bookings_and_cancels_a_day(app: Application, clock: Clock) -> None:
    await book_next_tuesday(app)
    coach = Dialog(app, "900000001", channel="telegram", language_hint="de")
    menu = await coach.say("/start")
    assert "Sprechstunden" in menu
    hours = await coach.press("hours")
    assert "Dienstag, 8. Dezember 2026, 10:00–12:00 · Rathaus Bruchsal · 10:00" in hours
    assert "Dienstag, 1. Dezember 2026, 10:00–12:00 · Rathaus Bruchsal · frei" in hours
    asked = await coach.press("h1-20261208")
    assert "Gebucht: 10:00" in asked and "Alle, die gebucht haben" in asked
    done = await coach.press("yes")
    assert "Der Tag ist abgesagt." in done and "8. Dezember" not in done

    async with app.db.session() as session:
        purposes = list(
            await session.scalars(select(OutboxMessage.purpose).where(OutboxMessage.person_id.is_not(None)))
        )
    assert "reminder" not in purposes  # the reminders for that day are gone
    screen = io.StringIO()
    worker = DeliveryWorker(
        app.db, TerminalSender(screen), Renderer(app.catalogues), clock=clock, address="amira"
    )
    await worker.drain("amira")
    assert (
        "Leider fällt Ihr Termin am Dienstag, 8. Dezember 2026 um 10:00 Uhr (Rathaus Bruchsal) aus."
        in screen.getvalue()
    )
    # The slot is no longer offered.
    person = Dialog(app, "amira", language_hint="de")
    await person.say("/menu")
    await person.press("book")
    slots = await person.say("Bruchsal")
    assert "8. Dezember" not in slots
    assert "Dieser Knopf ist alt" in await person.press(slot_id(1, NEXT_TUESDAY_10))  # an old button


async def test_a_cancelled_day_offers_the_next_free_slots_as_buttons(app: Application, clock: Clock) -> None:
    await book_next_tuesday(app)
    coach = Dialog(app, "900000001", channel="telegram", language_hint="de")
    await coach.say("/start")
    await coach.press("hours")
    await coach.press("h1-20261208")
    await coach.press("yes")
    screen = io.StringIO()
    worker = DeliveryWorker(
        app.db, TerminalSender(screen), Renderer(app.catalogues), clock=clock, address="amira"
    )
    await worker.drain("amira")
    told = screen.getvalue()
    assert "Hier sind die nächsten freien Zeiten. Bitte wählen Sie eine Zeit." in told
    assert "1. Dienstag, 1. Dezember 2026, 10:00 · Rathaus Bruchsal" in told
    assert "3. Dienstag, 1. Dezember 2026, 11:00 · Rathaus Bruchsal" in told

    # Pressed later, from another screen: the confirm screen for that slot, then booked.
    amira = Dialog(app, "amira", language_hint="de")
    await amira.say("/menu")
    await amira.press("my_data")
    today_11 = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    confirm = await amira.press(f"rebook.{slot_id(1, today_11)}")
    assert "Bitte prüfen Sie Ihren Termin:" in confirm and "11:00 Uhr" in confirm
    assert "✅ Ihr Termin ist gebucht." in await amira.press("confirm")

    # The same offer pressed by someone else once the seat is taken: told, and shown the free slots.
    bilal = await ready(app, "bilal")
    gone = await bilal.press(f"rebook.{slot_id(1, today_11)}")
    assert "Diese Zeit ist gerade weg. Hier sind die nächsten freien Zeiten." in gone
    assert "1. Dienstag, 1. Dezember 2026, 10:00 · Rathaus Bruchsal" in gone and "11:00" not in gone


async def test_a_coach_cannot_cancel_someone_elses_office_hour(app: Application) -> None:
    async with app.db.session() as session:
        session.add(Coach(name="Karim Haddad", telegram_user_id=900_000_002, languages=["de", "ar"]))
    other = Dialog(app, "900000002", channel="telegram", language_hint="de")
    await other.say("/start")
    hours = await other.press("hours")
    assert "In den nächsten zwei Wochen gibt es keine Sprechstunden." in hours
    forged = await other.press("h1-20261208")
    assert "Dieser Knopf ist alt" in forged
