"""Booking on WhatsApp through the fake Graph API, and the reminder as the `reminder` template when the
24-hour window has closed (date, time and place filled in the person's language)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.booking import BookingRules
from bot.booking.hours import add_office_hour
from bot.booking.reminders import sweep_bookings
from bot.outbox import DeliveryWorker
from bot.outbox.content import load_reply
from bot.outbox.render import Renderer
from bot.storage.models import Booking, Coach, Municipality, OutboxMessage, Person, utcnow
from tests.fakes.graph_api import FakeGraphAPI
from tests.whatsapp.conftest import Lotse, fake_graph  # noqa: F401  (fixture)

WA_ID = "4915112345678"
TEMPLATES = {
    "reminder": {
        "name": "lotse_reminder",
        "languages": ["de", "en", "ar"],
        "params": ["when:date", "when:time", "place"],
    }
}


@pytest.fixture
async def lotse(fake_graph: FakeGraphAPI, tmp_path: Path) -> Any:  # noqa: F811
    bot = Lotse(fake_graph, tmp_path / "lotse.db", whatsapp_templates=TEMPLATES)
    await bot.start()
    async with bot.app.db.session() as session:
        town = Municipality(name="Bruchsal", county="Landkreis Karlsruhe")
        coach = Coach(name="Karim Haddad", telegram_user_id=900_000_002, languages=["de", "ar"])
        session.add_all([town, coach])
        await session.flush()
        for weekday in range(7):
            await add_office_hour(
                session,
                place="Rathaus Bruchsal",
                municipality_id=town.id,
                weekday=weekday,
                start="00:00",
                end="23:30",
                coach_ids=[coach.id],
            )
    try:
        yield bot
    finally:
        await bot.stop()


async def test_book_on_whatsapp_and_get_the_reminder_as_a_template(lotse: Lotse) -> None:
    person = lotse.person(WA_ID)
    await person.say("/start")
    await person.say("العربية")
    await person.press("agree")
    await person.say("/menu")
    await person.press("book")
    await person.press("Bruchsal")
    slots = person.inbox[-1]
    first_slot = next(option_id for option_id, _title in slots.buttons if option_id.startswith("s"))
    await person.tap(first_slot, list_reply=slots.kind == "list")
    done = await person.press("confirm")
    assert [sent.kind for sent in done].count("document") == 1  # termin.ics

    async with lotse.app.db.session() as session:
        due = sorted(
            await session.scalars(select(OutboxMessage.not_before).where(OutboxMessage.purpose == "reminder"))
        )
        # The person has not written for 25 hours when the reminder falls due: the window is closed.
        await session.execute(
            update(Person)
            .where(Person.external_id == WA_ID)
            .values(last_seen_at=utcnow() - timedelta(hours=25))
        )
    assert due, "at least the 2 h reminder lies ahead"
    before = len(person.inbox)
    worker = DeliveryWorker(
        lotse.app.db, lotse.channel.delivery, Renderer(lotse.app.catalogues), clock=lambda: due[-1]
    )
    await worker.drain()
    templates = [sent for sent in person.inbox[before:] if sent.kind == "template"]
    assert templates and templates[-1].template["name"] == "lotse_reminder"
    assert templates[-1].template["language"] == {"code": "ar"}
    [body] = templates[-1].template["components"]
    day, clock, place = [parameter["text"] for parameter in body["parameters"]]
    assert place == "Rathaus Bruchsal" and day and clock


async def book_first_slot(person: Any) -> None:
    await person.say("/start")
    await person.say("العربية")
    await person.press("agree")
    await person.say("/menu")
    await person.press("book")
    await person.press("Bruchsal")
    slots = person.inbox[-1]
    first_slot = next(option_id for option_id, _title in slots.buttons if option_id.startswith("s"))
    await person.tap(first_slot, list_reply=slots.kind == "list")
    await person.press("confirm")


async def test_inside_the_window_the_reminder_has_three_buttons(lotse: Lotse) -> None:
    person = lotse.person(WA_ID)
    await book_first_slot(person)
    async with lotse.app.db.session() as session:
        [due, *_rest] = sorted(
            await session.scalars(
                select(OutboxMessage.not_before).where(OutboxMessage.purpose == "reminder")
            ),
            reverse=True,
        )
    worker = DeliveryWorker(
        lotse.app.db, lotse.channel.delivery, Renderer(lotse.app.catalogues), clock=lambda: due
    )
    await worker.drain()
    reminder = next(sent for sent in reversed(person.inbox) if sent.buttons)
    ids = [option_id for option_id, _title in reminder.buttons]
    assert [i.rsplit(".", 1)[1] for i in ids] == ["come", "cancel", "move"] and ids[0].startswith("reminder.")
    answer = await person.press(ids[0], on=reminder)
    assert lotse.text("ar", "reminder-come-thanks") in "\n".join(sent.text or "" for sent in answer)


async def test_without_a_template_outside_the_window_the_coach_is_told_once(
    fake_graph: FakeGraphAPI,  # noqa: F811
    tmp_path: Path,
) -> None:
    bot = Lotse(fake_graph, tmp_path / "lotse.db", coach_chat_id=-1001000000001)  # no templates
    await bot.start()
    try:
        async with bot.app.db.session() as session:
            town = Municipality(name="Bruchsal", county="Landkreis Karlsruhe")
            session.add(town)
            await session.flush()
            for weekday in range(7):
                await add_office_hour(
                    session, place="Rathaus Bruchsal", municipality_id=town.id, weekday=weekday,
                    start="00:00", end="23:30",
                )  # fmt: skip
        person = bot.person(WA_ID)
        await book_first_slot(person)
        async with bot.app.db.session() as session:
            [due, *_rest] = sorted(
                await session.scalars(
                    select(OutboxMessage.not_before).where(OutboxMessage.purpose == "reminder")
                ),
                reverse=True,
            )
            await session.execute(
                update(Person)
                .where(Person.external_id == WA_ID)
                .values(last_seen_at=utcnow() - timedelta(hours=25))
            )
        worker = DeliveryWorker(
            bot.app.db, bot.channel.delivery, Renderer(bot.app.catalogues), clock=lambda: due
        )
        await worker.drain()
        async with bot.app.db.session() as session:
            states = list(
                await session.scalars(select(OutboxMessage.state).where(OutboxMessage.purpose == "reminder"))
            )
        assert "waiting" in states
        rules = BookingRules.from_settings(bot.app.settings)
        assert await sweep_bookings(bot.app.db, bot.app.outbox, rules, lambda: due) == (0, 1)
        assert await sweep_bookings(bot.app.db, bot.app.outbox, rules, lambda: due) == (0, 0)  # once
        async with bot.app.db.session() as session:
            [told] = list(
                await session.scalars(
                    select(OutboxMessage).where(OutboxMessage.key.like("booking:%:unreachable:%"))
                )
            )
        shown = Renderer(bot.app.catalogues).message(load_reply(told.content), "de").text
        assert shown.startswith("⚠️ Die Erinnerung an Person #") and "WhatsApp-Fenster zu" in shown
        assert told.address == "-1001000000001"  # no coach holds it: the coaches' group
    finally:
        await bot.stop()


async def test_move_and_cancel_on_whatsapp(lotse: Lotse) -> None:
    person = lotse.person(WA_ID)
    await book_first_slot(person)
    async with lotse.app.db.session() as session:
        before = list(await session.scalars(select(Booking.starts_at)))
    await person.say("/menu")
    await person.press("appointments")
    listing = person.inbox[-1]
    booked = next(option_id for option_id, _title in listing.buttons if option_id.startswith("b"))
    await person.tap(booked, list_reply=listing.kind == "list")
    await person.press("move")
    await person.press("Bruchsal")
    slots = person.inbox[-1]
    second = [option_id for option_id, _title in slots.buttons if option_id.startswith("s")][1]
    await person.tap(second, list_reply=slots.kind == "list")
    moved = await person.press("confirm")
    assert lotse.text("ar", "booking-moved") in "\n".join(sent.text or "" for sent in moved)
    async with lotse.app.db.session() as session:
        after = list(await session.scalars(select(Booking.starts_at)))
    assert len(after) == 1 and after != before
    await person.say("/menu")
    await person.press("appointments")
    listing = person.inbox[-1]
    booked = next(option_id for option_id, _title in listing.buttons if option_id.startswith("b"))
    await person.tap(booked, list_reply=listing.kind == "list")
    await person.press("cancel")
    done = await person.press("yes")
    assert lotse.text("ar", "appointment-cancelled") in "\n".join(sent.text or "" for sent in done)
    async with lotse.app.db.session() as session:
        assert list(await session.scalars(select(Booking.id))) == []
