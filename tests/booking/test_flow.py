"""Booking, moving and cancelling as transcripts: what a person types and reads."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import Application
from bot.booking.hours import add_office_hour
from bot.intake.service import IntakeService
from bot.storage.models import Municipality, OutboxMessage, Person
from tests.booking.conftest import ready


async def test_book_with_buttons_only(app: Application) -> None:
    dialog = await ready(app)
    where = await dialog.press("book")
    assert "Wo möchten Sie einen Termin?" in where and "Bruchsal" in where
    slots = await dialog.say("Bruchsal")
    # BOOKING_MIN_LEAD is 2 h: from 08:00 the first slot is 10:00; 4 per day, 5 per page, then More
    assert "Dienstag, 1. Dezember 2026, 10:00 · Rathaus Bruchsal" in slots
    assert "Weitere" in slots
    confirm = await dialog.say("1")
    assert (
        "Bitte prüfen Sie Ihren Termin" in confirm
        and "Kaiserstraße 66" in confirm
        and "Coach: Ute" in confirm
    )
    done = await dialog.say("1")
    assert "✅ Ihr Termin ist gebucht." in done and "termin.ics" in done
    mine = await dialog.press("appointments")
    assert "Ihre Termine:" in mine and "10:00 · Rathaus Bruchsal" in mine
    async with app.db.session() as session:
        rows = list(await session.scalars(select(OutboxMessage)))
    notices = [r for r in rows if r.purpose == "notice"]
    # The coach: the booking now, and (due when the slot is over) whether the person came.
    assert ["attendance" in (r.key or "") for r in notices] == [False, True]
    assert [r.purpose for r in rows].count("reminder") == 0  # 24 h and 2 h before: already past


async def test_typed_times_pick_a_shown_slot(app: Application) -> None:
    dialog = await ready(app)
    await dialog.press("book")
    await dialog.say("Bruchsal")
    confirm = await dialog.say("nächste Woche 11 Uhr")  # 11:00 today is the first slot at 11
    assert "1. Dezember 2026, 11:00 Uhr" in confirm
    await dialog.press("nav.back")
    again = await dialog.say("morgen 10 Uhr")  # no office hour tomorrow
    assert "Diese Zeit finde ich nicht" in again and "Wann passt es Ihnen?" in again


async def test_move_and_cancel(app: Application) -> None:
    dialog = await ready(app)
    await dialog.press("book")
    await dialog.say("Bruchsal")
    await dialog.say("1")
    await dialog.press("confirm")
    listing = await dialog.press("appointments")
    booking_line = next(line for line in listing.splitlines() if "Rathaus" in line)
    detail = await dialog.say(booking_line.split(".")[0].strip())
    assert "Ihr Termin:" in detail and "Verschieben" in detail
    await dialog.press("move")
    await dialog.say("Bruchsal")
    await dialog.say("11:30")
    moved = await dialog.press("confirm")
    assert "Ich habe Ihren Termin verschoben." in moved and "11:30 Uhr" in moved
    listing = await dialog.press("appointments")
    assert "11:30 · Rathaus" in listing and "10:00 · Rathaus" not in listing
    await dialog.say("1")
    asked = await dialog.press("cancel")
    assert "wirklich absagen" in asked
    cancelled = await dialog.press("yes")
    assert "Ihr Termin ist abgesagt." in cancelled and "Sie haben keine Termine." in cancelled


async def test_the_persons_own_municipality_comes_first(app: Application, clock: object) -> None:
    async with app.db.session() as session:
        town = Municipality(name="Waghäusel", county="Landkreis Karlsruhe")
        session.add(town)
        await session.flush()
        await add_office_hour(
            session, place="Rathaus Waghäusel", municipality_id=town.id, weekday=3,
            start="09:00", end="10:00",
        )  # fmt: skip
        town_id = town.id
    dialog = await ready(app)
    first = await dialog.press("book")
    assert first.index("Bruchsal") < first.index("Waghäusel")  # by name while the town is unknown
    async with app.db.session() as session:
        person_id = await session.scalar(select(Person.id).where(Person.external_id == "amira"))
        assert person_id is not None
        await IntakeService(session, app.catalogues).save(
            person_id, "place", {"id": town_id, "name": "Waghäusel"}
        )
    await dialog.say("/menu")
    where = await dialog.press("book")
    assert "1. Waghäusel" in where and "2. Bruchsal" in where


async def test_what_to_bring_follows_the_intake(app: Application) -> None:
    dialog = await ready(app)
    async with app.db.session() as session:
        person_id = await session.scalar(select(Person.id).where(Person.external_id == "amira"))
        assert person_id is not None
        intake = IntakeService(session, app.catalogues)
        await intake.save(person_id, "qualification", "vocational")
        await intake.save(person_id, "abroad", True)
    await dialog.press("book")
    await dialog.say("Bruchsal")
    await dialog.say("1")
    done = await dialog.say("1")
    assert "Ausweis, Lebenslauf und Zeugnisse (wenn Sie sie haben). Bringen Sie bitte auch Zeugnisse" in done
