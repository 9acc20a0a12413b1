"""Booking contention: N people take the M seats of one slot at the same moment, on SQLite and PostgreSQL.

Each person books in a transaction of their own (the real `BookingService.book`: the seat limit is the
unique constraint on (office hour, start, seat)). Printed: bookings made (must be M), overbookings
(must be 0), the others told "taken", and the latency of one booking (p50, p99, max).

    python -m bench.booking_contention [--people 50] [--seats 3] [--rounds 5]

A benchmark, not a test: it prints numbers (README "Office hours, booking and reminders").
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.booking import BookingRules, BookingService
from bot.booking.hours import add_office_hour
from bot.booking.slots import slot_id
from bot.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import Booking, Person
from tests import postgres

NOW = datetime(2026, 10, 20, 8, 0, tzinfo=UTC)
SLOT = datetime(2026, 10, 27, 9, 0, tzinfo=UTC)


async def one_round(url: str, people: int, seats: int) -> tuple[int, int, list[float]]:
    db = Database(url)
    await db.upgrade()
    try:
        async with db.session() as session:
            hour = await add_office_hour(
                session, place="Rathaus", weekday=1, start="10:00", end="12:00", seats=seats
            )
            rows = [Person(channel="bench", external_id=str(n)) for n in range(people)]
            session.add_all(rows)
            await session.flush()
            ids, hour_id = [row.id for row in rows], hour.id
        rules = BookingRules(ZoneInfo("Europe/Berlin"))
        latencies: list[float] = []

        async def book(person: int) -> str:
            started = time.perf_counter()
            async with db.session() as session:
                outbox = Outbox(clock=lambda: NOW, coach_chat_id=-1)
                result = await BookingService(session, outbox, rules, lambda: NOW).book(
                    person, slot_id(hour_id, SLOT), "de"
                )
            latencies.append(time.perf_counter() - started)
            return result.status

        statuses = await asyncio.gather(*(book(person) for person in ids))
        async with db.session() as session:
            stored = int(await session.scalar(select(func.count()).select_from(Booking)) or 0)
        assert statuses.count("booked") == stored
        return stored, statuses.count("taken"), latencies
    finally:
        await db.dispose()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def main(people: int, seats: int, rounds: int) -> None:
    server, handle = await asyncio.to_thread(postgres.start_or_connect)
    print(f"{people} people, {seats} seats, {rounds} rounds per database")
    print(
        f"{'database':<12}{'booked':>8}{'overbooked':>12}{'taken':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
    )
    try:
        for name in ("sqlite", "postgres"):
            booked, taken, latencies = [], [], []
            for _ in range(rounds):
                if name == "sqlite":
                    directory = tempfile.mkdtemp()
                    url = f"sqlite+aiosqlite:///{Path(directory) / 'bench.db'}"
                else:
                    url = await server.create_database()
                made, refused, times = await one_round(url, people, seats)
                booked.append(made)
                taken.append(refused)
                latencies += times
                if name == "postgres":
                    await server.drop_database(url)
            over = sum(max(0, b - seats) for b in booked)
            print(
                f"{name:<12}{statistics.mean(booked):>8.0f}{over:>12}{statistics.mean(taken):>8.0f}"
                f"{percentile(latencies, 0.5) * 1000:>9.1f}{percentile(latencies, 0.99) * 1000:>9.1f}"
                f"{max(latencies) * 1000:>9.1f}"
            )
    finally:
        if handle is not None:
            handle.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seats", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.people, arguments.seats, arguments.rounds))
