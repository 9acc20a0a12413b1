"""Reminder sweep: how long finding the due reminders takes among 100,000 upcoming bookings.

100,000 people with one booking each over the next four weeks and two reminders per booking (200,000
queued outbox rows); 100 of them fall due now. Timed: the delivery worker's claim of due rows
(`bot.outbox.queue.claim`, the query that finds what to send, on the `ix_outbox_due` index) and the
booking sweep that drops reminders for appointments already begun (`drop_past_reminders`). Each claim
runs in a transaction that is rolled back, so every run sees the same rows. The query plan is printed
to show an index, not a scan.

    python -m bench.reminder_sweep [--bookings 100000] [--runs 20]

A benchmark, not a test: it prints numbers (README "Office hours, booking and reminders").
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

from bot.booking.hours import add_office_hour
from bot.booking.reminders import drop_past_reminders
from bot.outbox.queue import claim
from bot.storage.database import Database
from bot.storage.models import Booking, OutboxMessage, Person
from tests import postgres

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
DUE = 100
CHUNK = 5000


async def fill(db: Database, bookings: int) -> None:
    async with db.session() as session:
        hour = await add_office_hour(session, place="Rathaus", weekday=1, start="08:00", end="18:00", seats=1)
        hour_id = hour.id
    for first in range(0, bookings, CHUNK):
        numbers = range(first, min(bookings, first + CHUNK))
        async with db.session() as session:
            await session.execute(
                insert(Person),
                [{"id": n + 1, "channel": "telegram", "external_id": str(10_000 + n), "language": "de",
                  "created_at": NOW, "last_seen_at": NOW} for n in numbers],
            )  # fmt: skip
            starts = {n: NOW + timedelta(hours=3) + timedelta(minutes=n % 40_000) for n in numbers}
            await session.execute(
                insert(Booking),
                [{"id": n + 1, "person_id": n + 1, "office_hour_id": hour_id, "starts_at": starts[n],
                  "ends_at": starts[n] + timedelta(minutes=30), "seat": 1 + n // 40_000, "created_at": NOW}
                 for n in numbers],
            )  # fmt: skip
            rows = []
            for n in numbers:
                for offset in (timedelta(hours=24), timedelta(hours=2)):
                    due = NOW - timedelta(seconds=1) if n < DUE and offset.seconds else starts[n] - offset
                    rows.append(
                        {"channel": "telegram", "address": str(10_000 + n), "person_id": n + 1,
                         "purpose": "reminder", "content": {"v": 1, "text": {"key": "booking-reminder"}},
                         "not_before": max(due, NOW + timedelta(minutes=1)) if n >= DUE else due,
                         "state": "queued", "attempts": 0, "created_at": NOW,
                         "key": f"booking:{n + 1}:reminder:{int(offset.total_seconds())}"}
                    )  # fmt: skip
            await session.execute(insert(OutboxMessage), rows)
    async with db.session() as session:
        if db.engine.dialect.name == "postgresql":
            await session.execute(text("ANALYZE"))
        else:
            await session.execute(text("ANALYZE"))


async def timed_claims(db: Database, runs: int) -> tuple[list[float], int]:
    times, found = [], 0
    for _ in range(runs):
        async with db.sessions() as session:
            started = time.perf_counter()
            async with session.begin():
                claimed = await claim(session, "telegram", NOW, NOW + timedelta(minutes=2), 256)
                times.append(time.perf_counter() - started)
                found = len(claimed)
                await session.rollback()
    return times, found


async def plan(db: Database) -> str:
    query = (
        "SELECT id FROM outbox WHERE channel = 'telegram' AND state = 'queued' AND not_before <= :now "
        "ORDER BY not_before LIMIT 256"
    )
    async with db.session() as session:
        if db.engine.dialect.name == "postgresql":
            rows = await session.execute(text("EXPLAIN " + query), {"now": NOW})
            return " / ".join(row[0].strip() for row in rows)
        rows = await session.execute(text("EXPLAIN QUERY PLAN " + query), {"now": NOW.isoformat()})
        return " / ".join(str(row[-1]) for row in rows)


async def run(name: str, url: str, bookings: int, runs: int) -> None:
    db = Database(url)
    try:
        await db.upgrade()
        started = time.perf_counter()
        await fill(db, bookings)
        filled = time.perf_counter() - started
        times, found = await timed_claims(db, runs)
        sweep_started = time.perf_counter()
        dropped = await drop_past_reminders(db, lambda: NOW)
        sweep = time.perf_counter() - sweep_started
        print(
            f"{name:<10} {bookings} bookings, {2 * bookings} reminder rows (filled in {filled:.0f} s): "
            f"claim of the due ones: {found} found, p50 {statistics.median(times) * 1000:.1f} ms, "
            f"max {max(times) * 1000:.1f} ms; drop sweep {sweep * 1000:.1f} ms ({dropped} dropped)"
        )
        print(f"{'':<10} plan: {await plan(db)}")
    finally:
        await db.dispose()


async def main(bookings: int, runs: int) -> None:
    await run("sqlite", f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}", bookings, runs)
    server, handle = await asyncio.to_thread(postgres.start_or_connect)
    try:
        url = await server.create_database()
        try:
            await run("postgres", url, bookings, runs)
        finally:
            await server.drop_database(url)
    finally:
        if handle is not None:
            handle.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.bookings, arguments.runs))
