"""The buttons under a reminder ("I'll come" / "Cancel" / "Move"), pressed from any screen; forged and
stale button data; the short profile in the coach's notice. Transcripts in the terminal chat: the
reminder is delivered by the outbox worker at the (moved) clock, the answers go through the real
conversation service. Coaches who have not started the bot are told in the coaches' group."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.app import Application
from bot.booking.slots import slot_id
from bot.intake.service import IntakeService
from bot.outbox.content import load_reply
from bot.outbox.render import Renderer
from bot.storage.models import Booking, OutboxMessage
from handlers.terminal import render
from tests.booking.conftest import Clock, ready
from tests.booking.test_reminders import NEXT_TUESDAY_10, Terminal, book_next_tuesday, reminder_times
from tests.dialog import Dialog

GROUP = "-1001000000001"  # COACH_CHAT_ID of the booking app


async def coach_notices(app: Application) -> list[str]:
    """What the coaches' group has been sent or will be sent, as a coach reads it (German)."""
    renderer = Renderer(app.catalogues)
    async with app.db.session() as session:
        rows = list(
            await session.scalars(
                select(OutboxMessage).where(OutboxMessage.address == GROUP).order_by(OutboxMessage.id)
            )
        )
    return [render(renderer.message(load_reply(row.content), "de")) for row in rows if row.content]


async def booked(app: Application) -> int:
    async with app.db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(Booking)) or 0)


async def test_the_reminder_has_buttons_and_ill_come_is_answered_from_any_screen(
    app: Application, clock: Clock
) -> None:
    await book_next_tuesday(app)
    clock.now = NEXT_TUESDAY_10 - timedelta(hours=24)
    reminder = await Terminal(app, clock).deliver()
    assert "⏰ Erinnerung" in reminder
    assert "1. ✅ Ich komme" in reminder and "2. ❌ Absagen" in reminder and "3. 🔁 Verschieben" in reminder

    dialog = await ready(app)
    assert "Ihre Termine:" in await dialog.press("appointments")  # somewhere else entirely
    answer = await dialog.press("reminder.1.come")
    assert "Danke! Ich sage Ihrem Coach, dass Sie kommen." in answer
    assert "Ihre Termine:" in answer  # back where the person was
    assert await dialog.press("reminder.1.come")  # a double tap …
    coming = [n for n in await coach_notices(app) if "kommt" in n]
    assert coming == [
        "✅ Person #1 kommt: Dienstag, 8. Dezember 2026, 10:00 Uhr, Rathaus Bruchsal."
    ]  # … told once
    assert await booked(app) == 1


async def test_forged_and_stale_reminder_buttons_change_nothing(app: Application, clock: Clock) -> None:
    await book_next_tuesday(app)  # amira's booking 1
    bilal = Dialog(app, "bilal", language_hint="en")
    await bilal.say("/start")
    await bilal.say("English")
    await bilal.press("agree")
    await bilal.say("/menu")
    for answer in ("cancel", "move", "come"):
        refused = await bilal.press(f"reminder.1.{answer}")
        assert "I cannot find this appointment for you. I have changed nothing." in refused
    assert "This button is old" in await bilal.press("reminder.x.cancel")  # malformed
    assert "This button is old" in await bilal.press("reminder.1.explode")
    assert await booked(app) == 1 and len(await reminder_times(app)) == 2
    assert not [n for n in await coach_notices(app) if "abgesagt" in n or "kommt" in n]

    # The appointment has begun: its buttons are stale.
    amira = await ready(app)
    clock.now = NEXT_TUESDAY_10 + timedelta(minutes=1)
    assert "Dieser Termin hat schon begonnen oder ist vorbei." in await amira.press("reminder.1.cancel")
    assert await booked(app) == 1


async def test_cancel_from_the_reminder_asks_once_and_tells_the_coach(app: Application, clock: Clock) -> None:
    await book_next_tuesday(app)
    dialog = await ready(app)
    asked = await dialog.press("reminder.1.cancel")
    assert "Möchten Sie diesen Termin wirklich absagen?" in asked and "10:00 Uhr" in asked
    assert await booked(app) == 1  # asked, not yet cancelled
    assert "Ihr Termin ist abgesagt." in await dialog.press("yes")
    assert await booked(app) == 0 and await reminder_times(app) == []
    assert any(
        n.startswith("❌ Termin abgesagt: Dienstag, 8. Dezember 2026") for n in await coach_notices(app)
    )
    # The same button again (from the reminder still on the screen): stale.
    assert "Diesen Termin gibt es nicht mehr." in await dialog.press("reminder.1.come")


async def test_move_from_the_reminder_cancels_the_old_time_only_when_the_new_one_is_booked(
    app: Application, clock: Clock
) -> None:
    await book_next_tuesday(app)
    dialog = await ready(app)
    assert "Wo möchten Sie einen Termin?" in await dialog.press("reminder.1.move")
    await dialog.say("Bruchsal")
    later = NEXT_TUESDAY_10 + timedelta(minutes=90)
    await dialog.press(slot_id(1, later))
    async with app.db.session() as session:
        assert list(await session.scalars(select(Booking.starts_at))) == [NEXT_TUESDAY_10]  # not yet
    assert "Ich habe Ihren Termin verschoben." in await dialog.press("confirm")
    async with app.db.session() as session:
        assert list(await session.scalars(select(Booking.starts_at))) == [later]
    assert await reminder_times(app) == [later - timedelta(hours=24), later - timedelta(hours=2)]
    notices = await coach_notices(app)
    assert any(n.startswith("❌ Termin abgesagt: Dienstag, 8. Dezember 2026, 10:00 Uhr") for n in notices)
    assert any(
        n.startswith("🔁 Termin verschoben auf: Dienstag, 8. Dezember 2026, 11:30 Uhr") for n in notices
    )


async def test_the_coachs_notice_has_the_short_profile(app: Application, clock: Clock) -> None:
    dialog = await ready(app)
    async with app.db.session() as session:
        intake = IntakeService(session, app.catalogues, clock=clock)
        await intake.save(1, "title", "Koch")
        await intake.save(1, "german", "B1")
    await dialog.press("book")
    await dialog.say("Bruchsal")
    await dialog.press(slot_id(1, NEXT_TUESDAY_10))
    await dialog.press("confirm")
    [notice] = [n for n in await coach_notices(app) if n.startswith("📅 Neuer Termin")]
    assert "Beruf: Koch" in notice and "Deutsch: B1" in notice

    bilal = await ready(app, "bilal")  # no intake answers
    await bilal.press("book")
    await bilal.say("Bruchsal")
    await bilal.press(slot_id(1, NEXT_TUESDAY_10 + timedelta(minutes=30)))
    await bilal.press("confirm")
    notices = [n for n in await coach_notices(app) if n.startswith("📅 Neuer Termin")]
    assert "Noch kein Kurzprofil." in notices[-1]
