"""Reminders: outbox rows due at start − offset, delivered by the outbox worker when the (moved) clock
reaches them, in the person's language at that moment; they survive a restart and go with a move."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.app import Application
from bot.booking.slots import slot_id
from bot.outbox import DeliveryWorker
from bot.outbox.render import Renderer
from bot.storage.models import OutboxMessage
from handlers.terminal import TerminalSender
from tests.booking.conftest import Clock, booking_app, ready

NEXT_TUESDAY_10 = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # 10:00 in Berlin


class Terminal:
    """The terminal user's screen, filled by a delivery worker that reads the test's clock."""

    def __init__(self, app: Application, clock: Clock, user: str = "amira") -> None:
        self.screen = io.StringIO()
        self.user = user
        self.worker = DeliveryWorker(
            app.db, TerminalSender(self.screen), Renderer(app.catalogues), clock=clock, address=user
        )

    async def deliver(self) -> str:
        """What arrives now (and only now)."""
        self.screen.seek(0)
        self.screen.truncate()
        await self.worker.drain(self.user)
        return self.screen.getvalue()


async def book_next_tuesday(app: Application, when: datetime = NEXT_TUESDAY_10) -> None:
    dialog = await ready(app)
    await dialog.press("book")
    await dialog.say("Bruchsal")
    await dialog.press(slot_id(1, when))
    assert "✅ Ihr Termin ist gebucht." in await dialog.press("confirm")


async def reminder_times(app: Application) -> list[datetime]:
    async with app.db.session() as session:
        query = select(OutboxMessage.not_before).where(
            OutboxMessage.purpose == "reminder", OutboxMessage.state == "queued"
        )
        return sorted(await session.scalars(query))


async def test_reminders_arrive_at_24h_and_2h_in_the_language_of_the_day(
    app: Application, clock: Clock
) -> None:
    await book_next_tuesday(app)
    terminal = Terminal(app, clock)
    assert await reminder_times(app) == [
        NEXT_TUESDAY_10 - timedelta(hours=24),
        NEXT_TUESDAY_10 - timedelta(hours=2),
    ]
    clock.now = NEXT_TUESDAY_10 - timedelta(hours=24, seconds=1)
    assert "Erinnerung" not in await terminal.deliver()
    clock.now = NEXT_TUESDAY_10 - timedelta(hours=24)
    first = await terminal.deliver()
    assert (
        "⏰ Erinnerung: Ihr Termin ist am Dienstag, 8. Dezember 2026 um 10:00 Uhr, Rathaus Bruchsal." in first
    )
    assert await terminal.deliver() == ""  # exactly once
    # The person switches to English before the second reminder: it comes in English.
    dialog = await ready(app)
    await dialog.say("/language")
    await dialog.say("English")
    clock.now = NEXT_TUESDAY_10 - timedelta(hours=2)
    second = await terminal.deliver()
    assert (
        "⏰ Reminder: your appointment is on Tuesday, 8 December 2026 at 10:00, Rathaus Bruchsal." in second
    )
    assert await terminal.deliver() == ""


async def test_reminders_survive_a_restart(tmp_path: Path, clock: Clock) -> None:
    app = await booking_app(tmp_path, clock)
    await book_next_tuesday(app)
    await app.close()  # the bot stops between booking and reminder …
    clock.now = NEXT_TUESDAY_10 - timedelta(hours=1)  # … and is down while both fall due
    from bot.app import build
    from bot.config import load_settings

    again = await build(
        load_settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'lotse.db'}"), clock=clock
    )
    try:
        arrived = await Terminal(again, clock).deliver()
        assert arrived.count("⏰ Erinnerung") == 2  # sent at start, since the appointment is still ahead
    finally:
        await again.close()


async def test_after_a_move_only_the_new_time_is_reminded(app: Application, clock: Clock) -> None:
    await book_next_tuesday(app)
    dialog = await ready(app)
    await dialog.press("appointments")
    await dialog.say("1")
    await dialog.press("move")
    await dialog.say("Bruchsal")
    later = NEXT_TUESDAY_10 + timedelta(minutes=90)  # 11:30
    await dialog.press(slot_id(1, later))
    assert "Ich habe Ihren Termin verschoben." in await dialog.press("confirm")
    assert await reminder_times(app) == [later - timedelta(hours=24), later - timedelta(hours=2)]
    clock.now = later
    arrived = await Terminal(app, clock).deliver()
    assert arrived.count("⏰ Erinnerung") == 2 and "10:00 Uhr" not in arrived and "11:30 Uhr" in arrived


async def test_short_offsets_for_a_trial_and_offsets_already_past(tmp_path: Path, clock: Clock) -> None:
    app = await booking_app(tmp_path, clock, reminder_offsets="90s,10m,3h")
    try:
        today_10 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # two hours from now: 3 h before is past
        await book_next_tuesday(app, today_10)
        assert await reminder_times(app) == [
            today_10 - timedelta(minutes=10),
            today_10 - timedelta(seconds=90),
        ]
    finally:
        await app.close()


async def test_reminders_missed_while_down_are_dropped_when_the_appointment_has_begun(
    tmp_path: Path, clock: Clock
) -> None:
    app = await booking_app(tmp_path, clock)
    await book_next_tuesday(app)
    await app.close()
    clock.now = NEXT_TUESDAY_10 + timedelta(minutes=5)  # down until the appointment had begun
    from bot.app import build
    from bot.config import load_settings

    again = await build(
        load_settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'lotse.db'}"), clock=clock
    )
    try:
        assert await Terminal(again, clock).deliver() == ""
        assert await reminder_times(again) == []
    finally:
        await again.close()
