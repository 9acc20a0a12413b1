"""The scheduler only wakes: the database says what is due. Housekeeping forgets what is no longer needed."""

from __future__ import annotations

from datetime import timedelta

from bot.outbox import Outbox
from bot.outbox.render import Renderer
from bot.scheduling import Scheduler
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import OutboxMessage
from handlers.telegram.sender import TelegramSender
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.outbox.conftest import START, Clock, add_person, note, queue_for, rows, worker


async def test_the_tick_sends_what_fell_due_without_anyone_waking_the_worker(
    database: Database,
    outbox: Outbox,
    telegram: TelegramSender,
    renderer: Renderer,
    clock: Clock,
    fake_telegram: FakeTelegramAPI,
) -> None:
    jonas = await add_person(database, "telegram", "4711")
    deliver = worker(database, telegram, renderer, clock)
    scheduler = Scheduler(database, [deliver], clock=clock, tick=0.05)
    scheduler.start()
    try:
        await queue_for(
            database, outbox, jonas, note("in einer Stunde"), not_before=START + timedelta(hours=1)
        )
        clock.advance(hours=1)  # nobody calls wake(): the next tick finds it due
        [sent] = await fake_telegram.wait_sent(4711)
    finally:
        await scheduler.stop()
    assert sent.text == "in einer Stunde"


async def test_housekeeping_forgets_old_update_ids_and_finished_messages(
    database: Database, outbox: Outbox, clock: Clock
) -> None:
    jonas = await add_person(database, "telegram", "4711")
    for state in ("sent", "failed", "blocked", "queued", "waiting"):
        [row_id] = await queue_for(database, outbox, jonas, note(state))
        async with database.session() as session:
            row = await session.get(OutboxMessage, row_id)
            assert row is not None
            row.state = state
    async with database.session() as session:
        await repo.mark_processed(session, "telegram", "1")
    clock.advance(days=31)
    [recent] = await queue_for(database, outbox, jonas, note("neu"))
    async with database.session() as session:
        row = await session.get(OutboxMessage, recent)
        assert row is not None
        row.state = "sent"

    await Scheduler(database, clock=clock).housekeeping()

    assert [row.state for row in await rows(database)] == ["queued", "waiting", "sent"]
    async with database.session() as session:
        assert await repo.mark_processed(session, "telegram", "1")  # forgotten: new again
