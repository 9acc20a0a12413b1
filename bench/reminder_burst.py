"""Reminder burst: 1,000 reminders falling due in the same minute, delivered under Telegram's 30/s.

1,000 people on Telegram book the same slot through the real `BookingService` (one office hour with
1,000 seats), so each gets a real reminder row: the outbox row with its key
(`booking:<id>:reminder:7200`), the booking's date, time and place and the "I'll come" / "Cancel" /
"Move" buttons. Their `not_before` is then set to one moment a few seconds ahead (the appointment is
real and ahead, so the minute's sweep keeps them): they all fall due at once. The real delivery path
takes them: the scheduler of `bot.app.scheduling` (as `lotse run`) wakes the Telegram `DeliveryWorker`,
which claims, renders and sends them through `TelegramSender` at `TELEGRAM_RATE_LIMIT`; the fake Bot
API (tests/fakes/telegram_api.py) accepts at most 30 in any one second and answers more with 429.

Reported: from the due time to the first and the last reminder accepted (the issue: within 15 s of
their due time for the first, and the rest as fast as the limit allows), the rate from first to last
as a share of the limit, 429s, duplicates (the same reminder to the same chat twice), lost (a person
without their reminder), and the rows' final states.

    python -m bench.reminder_burst [--people 1000] [--limit 30] [--database sqlite|postgres]

A benchmark, not a test: it prints numbers (README, "Office hours, booking and reminders").
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, update

from bench.support import machine, migrate, postgres_server, sqlite_url
from bot.app import Application, build, make_bot, scheduling
from bot.booking import BookingRules, BookingService
from bot.booking.hours import add_office_hour
from bot.config import load_settings
from bot.storage.models import OutboxMessage, Person, utcnow
from handlers.telegram.sender import TelegramSender
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI, Sent

FIRST_CHAT = 60_000_000
BOOKINGS_PER_TRANSACTION = 100
AHEAD = timedelta(seconds=15)  # the reminders fall due this long after they are all queued


@asynccontextmanager
async def database(kind: str) -> AsyncIterator[str]:
    if kind == "sqlite":
        with sqlite_url() as url:
            await migrate(url)
            yield url
    else:
        async with postgres_server() as pg:
            yield await pg.new_database()


async def book_everyone(app: Application, people: int) -> tuple[datetime, float]:
    """`people` bookings of one slot through the booking service; returns the due time and setup seconds."""
    started = time.perf_counter()
    now = utcnow()
    rules = BookingRules(app.settings.zone, reminder_offsets=(timedelta(hours=2),))
    async with app.db.session() as session:
        for weekday in range(7):  # whatever day it is, there is a slot a few hours ahead
            await add_office_hour(
                session, place="Rathaus Bruchsal", address="Kaiserstraße 66", weekday=weekday,
                start="00:00", end="23:30", seats=people,
            )  # fmt: skip
        rows = [
            {"channel": "telegram", "external_id": str(FIRST_CHAT + n), "language": "de", "created_at": now}
            for n in range(people)
        ]
        ids = list((await session.scalars(insert(Person).returning(Person.id), rows)).all())
        service = BookingService(session, app.outbox, rules, utcnow)
        slot = next(
            s for s in await service.free_slots("any", "de") if s.starts_at > now + timedelta(hours=3)
        )
    for first in range(0, len(ids), BOOKINGS_PER_TRANSACTION):
        async with app.db.session() as session:
            service = BookingService(session, app.outbox, rules, utcnow)
            for person_id in ids[first : first + BOOKINGS_PER_TRANSACTION]:
                result = await service.book(person_id, slot.id, "de")
                assert result.status == "booked", result.status
    due = utcnow() + AHEAD
    async with app.db.session() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.purpose == "reminder")
            .values(not_before=due)
            .execution_options(synchronize_session=False)
        )
    return due, time.perf_counter() - started


async def run(args: argparse.Namespace) -> None:
    async with (
        database(args.database) as url,
        FakeTelegramAPI(rate_limit=args.limit, per_chat_limit=(3, 3.0)) as fake,
    ):
        settings = load_settings(
            telegram_bot_token=DEFAULT_TOKEN,
            telegram_api_base=fake.url,
            database_url=url,
            webhook_url=None,
            telegram_rate_limit=args.limit,
        )
        app = await build(settings)
        accepted: list[float] = []
        all_there = asyncio.Event()

        def on_sent(sent: Sent) -> None:
            if (sent.text or "").startswith("⏰"):
                accepted.append(time.time())
                if len(accepted) >= args.people:
                    all_there.set()

        fake.on_sent(on_sent)
        try:
            due, setup = await book_everyone(app, args.people)
            async with app.db.session() as session:
                queued = await session.scalar(select(func.count()).where(OutboxMessage.purpose == "reminder"))
            print(
                f"{args.people:,} bookings through BookingService in {setup:.1f} s; {queued:,} reminder rows"
            )
            bot = make_bot(settings)
            sender = TelegramSender(bot, per_second=settings.telegram_rate_limit)
            scheduler = scheduling(app, [sender])
            scheduler.start()
            try:
                with contextlib.suppress(TimeoutError):
                    wait = AHEAD.total_seconds() + args.people / args.limit * 3 + 60
                    await asyncio.wait_for(all_there.wait(), wait)
                await asyncio.sleep(3)  # anything sent twice would come now
            finally:
                await scheduler.stop()
                await bot.session.close()
            async with app.db.session() as session:
                result = await session.execute(
                    select(OutboxMessage.state, func.count())
                    .where(OutboxMessage.purpose == "reminder")
                    .group_by(OutboxMessage.state)
                )
                states = {state: count for state, count in result.all()}
        finally:
            await app.close()
    reminders = [sent for sent in fake.sent if (sent.text or "").startswith("⏰")]
    reached = {sent.chat_id for sent in reminders}
    lost = sum(1 for n in range(args.people) if FIRST_CHAT + n not in reached)
    with_buttons = sum(1 for sent in reminders if len(sent.buttons) == 3)
    due_at = due.timestamp()
    first = accepted[0] - due_at if accepted else float("nan")
    last = accepted[-1] - due_at if accepted else float("nan")
    rate = (len(accepted) - 1) / (accepted[-1] - accepted[0]) if len(accepted) > 1 else 0.0
    duplicates = len(reminders) - len(reached)
    run_name = f"{args.people:,} reminders due at once, limit {args.limit:g}/s, {args.database}"
    print(
        f"| {run_name} | {first:5.1f} s | {last:6.1f} s | {rate:5.1f}/s | {rate / args.limit:6.1%} | "
        f"{fake.limited} | {duplicates} | {lost} | {with_buttons:,} | {states} |"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--limit", type=float, default=30.0)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="postgres")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    print(f"Measured {machine()}")
    print(
        "| run | due → first sent | due → last sent | rate first → last | of the limit | 429s | duplicates | "
        "lost | with 3 buttons | rows |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    await run(args)


if __name__ == "__main__":
    asyncio.run(main())
