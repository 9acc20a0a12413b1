"""Booking over Telegram, end to end through the fake Bot API: buttons only, the .ics file, the coach's
notice through the outbox, a double tap and forged button data, cancelling."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.booking import BookingRules
from bot.booking.hours import add_office_hour
from bot.booking.reminders import sweep_bookings
from bot.outbox import DeliveryWorker
from bot.outbox.render import Renderer
from bot.storage.models import Booking, Coach, Municipality, utcnow
from handlers.telegram.render import Choice
from tests.telegram.conftest import Lotse, lotse  # noqa: F401  (fixture)

COACH = 900_000_001


async def office_hours_every_day(lotse: Lotse) -> None:  # noqa: F811
    async with lotse.app.db.session() as session:
        town = Municipality(name="Bruchsal", county="Landkreis Karlsruhe")
        coach = Coach(name="Ute Brenner", telegram_user_id=COACH, languages=["de"])
        session.add_all([town, coach])
        await session.flush()
        for weekday in range(7):  # whatever day the test runs, there are slots
            await add_office_hour(
                session,
                place="Rathaus Bruchsal",
                address="Kaiserstraße 66",
                municipality_id=town.id,
                weekday=weekday,
                start="00:00",
                end="23:30",
                coach_ids=[coach.id],
            )


async def bookings(lotse: Lotse) -> int:  # noqa: F811
    async with lotse.app.db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(Booking)) or 0)


async def test_book_on_telegram_with_ics_and_coach_notice(lotse: Lotse) -> None:  # noqa: F811
    await office_hours_every_day(lotse)
    await lotse.person(COACH, "de").say("/start")  # the coach has started the bot: told privately
    amira = lotse.person(1001, "de")
    await amira.say("/start")
    await amira.press("Deutsch")
    await amira.press("agree")
    await amira.say("/menu")
    [where] = await amira.press("book")
    assert "Wo möchten Sie einen Termin?" in (where.text or "") and "Bruchsal" in where.labels
    [slots] = await amira.press("Bruchsal")
    assert "Wann passt es Ihnen?" in (slots.text or "") and "Weitere ▾" in slots.labels
    [confirm] = await amira.press_data(slots.buttons[0][1], on=slots)
    assert "Kaiserstraße 66" in (confirm.text or "") and "Coach: Ute" in (confirm.text or "")
    answer = await amira.press("confirm")
    text = "\n".join(sent.text or "" for sent in answer)
    assert "✅ Ihr Termin ist gebucht." in text and "Ausweis, Lebenslauf und Zeugnisse" in text
    [ics] = [sent.document for sent in answer if sent.document is not None]
    assert ics[0] == "termin.ics"
    calendar = ics[1].decode()
    assert "BEGIN:VEVENT" in calendar and "DTSTART:" in calendar
    start_line = next(line for line in calendar.splitlines() if line.startswith("DTSTART:"))
    assert start_line.endswith("Z")  # UTC, never floating

    # A double tap on Confirm (the second tap arrives after the keyboard was taken off): booked once.
    again = await amira.press_data(Choice(id="confirm").pack(), on=confirm)
    assert "Dieser Knopf ist alt" in "\n".join(sent.text or "" for sent in again)
    assert await bookings(lotse) == 1

    # The coach is told privately, through the outbox.
    worker = DeliveryWorker(lotse.app.db, lotse.sender, Renderer(lotse.app.catalogues), clock=utcnow)
    await worker.drain()
    notice = lotse.fake.sent_to(COACH)[-1]
    assert "📅 Neuer Termin:" in (notice.text or "") and "Rathaus Bruchsal" in (notice.text or "")

    # Forged button data naming a booking that is not on the screen (someone else's): refused.
    [listing] = await amira.press("🗓 Meine Termine")
    forged = await amira.press_data(Choice(id="b999").pack(), on=listing)
    assert "Dieser Knopf ist alt" in "\n".join(sent.text or "" for sent in forged)

    # Cancel: asked once, then gone.
    shown_again = forged[-1]  # the refusal shows the current list again
    [detail] = await amira.press_data(shown_again.buttons[0][1], on=shown_again)
    assert "Ihr Termin:" in (detail.text or "")
    [asked] = await amira.press("cancel")
    assert "wirklich absagen" in (asked.text or "")
    done = await amira.press("yes")
    assert "Ihr Termin ist abgesagt." in "\n".join(sent.text or "" for sent in done)
    assert await bookings(lotse) == 0
    await worker.drain()
    assert "❌ Termin abgesagt:" in (lotse.fake.sent_to(COACH)[-1].text or "")


async def test_reminder_buttons_on_telegram(lotse: Lotse) -> None:  # noqa: F811
    """The reminder arrives with "I'll come" / "Cancel" / "Move"; pressed later from another screen."""
    await office_hours_every_day(lotse)
    await lotse.person(COACH, "de").say("/start")
    amira = lotse.person(1002, "de")
    await amira.say("/start")
    await amira.press("Deutsch")
    await amira.press("agree")
    await amira.say("/menu")
    await amira.press("book")
    [slots] = await amira.press("Bruchsal")
    await amira.press_data(slots.buttons[0][1], on=slots)
    await amira.press("confirm")
    async with lotse.app.db.session() as session:
        starts_at = await session.scalar(select(Booking.starts_at))
        booking_id = await session.scalar(select(Booking.id))
    assert starts_at is not None
    # The outbox worker at 1 minute before the appointment: the reminder(s) due by then arrive.
    at = starts_at - timedelta(minutes=1)
    worker = DeliveryWorker(lotse.app.db, lotse.sender, Renderer(lotse.app.catalogues), clock=lambda: at)
    await worker.drain()
    reminder = next(sent for sent in reversed(amira.inbox) if "⏰ Erinnerung" in (sent.text or ""))
    assert reminder.labels == ["✅ Ich komme", "❌ Absagen", "🔁 Verschieben"]
    data = dict(reminder.buttons)  # pressing one takes the keyboard off (another device may still show it)

    await amira.say("/menu")
    await amira.press("appointments")  # on another screen now
    answer = await amira.press("✅ Ich komme", on=reminder)
    assert "Danke! Ich sage Ihrem Coach, dass Sie kommen." in "\n".join(sent.text or "" for sent in answer)
    await worker.drain()
    async with lotse.app.db.session() as session:
        person_id = await session.scalar(select(Booking.person_id))
    assert f"✅ Person #{person_id} kommt" in (lotse.fake.sent_to(COACH)[-1].text or "")

    # Forged data naming a booking that is not theirs: refused in their language, nothing changes.
    forged = await amira.press_data(Choice(id=f"reminder.{booking_id + 1000}.cancel").pack(), on=reminder)
    assert "Diesen Termin gibt es nicht mehr." in "\n".join(sent.text or "" for sent in forged)

    [asked] = await amira.press_data(data["❌ Absagen"], on=reminder)
    assert "wirklich absagen" in (asked.text or "")
    done = await amira.press("yes")
    assert "Ihr Termin ist abgesagt." in "\n".join(sent.text or "" for sent in done)
    assert await bookings(lotse) == 0
    await worker.drain()
    assert "❌ Termin abgesagt:" in (lotse.fake.sent_to(COACH)[-1].text or "")


async def test_a_person_who_blocked_the_bot_keeps_the_booking_and_the_coach_is_told(
    lotse: Lotse,  # noqa: F811
) -> None:
    await office_hours_every_day(lotse)
    await lotse.person(COACH, "de").say("/start")
    amira = lotse.person(1003, "de")
    await amira.say("/start")
    await amira.press("Deutsch")
    await amira.press("agree")
    await amira.say("/menu")
    await amira.press("book")
    [slots] = await amira.press("Bruchsal")
    await amira.press_data(slots.buttons[0][1], on=slots)
    await amira.press("confirm")
    async with lotse.app.db.session() as session:
        starts_at = await session.scalar(select(Booking.starts_at))
    assert starts_at is not None
    at = starts_at - timedelta(minutes=1)
    worker = DeliveryWorker(lotse.app.db, lotse.sender, Renderer(lotse.app.catalogues), clock=lambda: at)
    await worker.drain(str(COACH))  # the coach's "new booking" notice first
    lotse.fake.fail("sendMessage", status=403)  # "Forbidden: bot was blocked by the user"
    await worker.drain(str(1003))
    rules = BookingRules.from_settings(lotse.app.settings)
    assert await sweep_bookings(lotse.app.db, lotse.app.outbox, rules, lambda: at) == (0, 1)
    assert await sweep_bookings(lotse.app.db, lotse.app.outbox, rules, lambda: at) == (0, 0)
    await worker.drain()
    told = [sent.text or "" for sent in lotse.fake.sent_to(COACH) if "⚠️" in (sent.text or "")]
    assert len(told) == 1 and "Bot blockiert" in told[0] and "Der Termin bleibt" in told[0]
    assert await bookings(lotse) == 1


async def test_move_on_telegram(lotse: Lotse) -> None:  # noqa: F811
    await office_hours_every_day(lotse)
    amira = lotse.person(1004, "de")
    await amira.say("/start")
    await amira.press("Deutsch")
    await amira.press("agree")
    await amira.say("/menu")
    await amira.press("book")
    [slots] = await amira.press("Bruchsal")
    await amira.press_data(slots.buttons[0][1], on=slots)
    await amira.press("confirm")
    async with lotse.app.db.session() as session:
        before = list(await session.scalars(select(Booking.starts_at)))
    await amira.say("/menu")
    [listing] = await amira.press("appointments")
    await amira.press_data(listing.buttons[0][1], on=listing)
    await amira.press("move")
    [slots] = await amira.press("Bruchsal")
    await amira.press_data(slots.buttons[1][1], on=slots)  # the second free slot
    done = await amira.press("confirm")
    assert "Ich habe Ihren Termin verschoben." in "\n".join(sent.text or "" for sent in done)
    async with lotse.app.db.session() as session:
        after = list(await session.scalars(select(Booking.starts_at)))
    assert len(after) == 1 and after != before
