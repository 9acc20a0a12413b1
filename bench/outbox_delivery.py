"""Outbox delivery under Telegram's limit: 10,000 queued messages; the rate, none twice, none lost.

The messages are queued as a broadcast is: one `Outbox.put` per person (10,000 people on Telegram, one
message each, its text numbered so a duplicate shows), committed, then the real delivery path takes
them: the scheduler wakes the Telegram `DeliveryWorker` (wired by `bot.app.scheduling`, as `lotse run`
does), which claims due rows, renders them and sends them through `TelegramSender` with its overall limit
(`TELEGRAM_RATE_LIMIT`). The fake Bot API (tests/fakes/telegram_api.py) is the strict judge: it accepts
at most `limit` messages in any one second and answers any more with 429 and `retry_after`, as Telegram
does (Telegram's own accounting is not published; a sliding one-second window is the strictest reading).

Reported: the achieved rate from the worker's start to the last message accepted, as a share of the
limit (goal ≥ 95 %), the 429s the fake handed out, duplicates (a text accepted twice) and lost messages
(queued, never accepted), and the rows' final states in the database.

    python -m bench.outbox_delivery              10,000 at 30/s (~5.5 minutes), PostgreSQL
    python -m bench.outbox_delivery --scaled     10,000 at 1,000/s (TELEGRAM_PAID_BROADCAST), seconds
    python -m bench.outbox_delivery --quick      3,000 at 1,000/s: a smoke check
    options: --messages N --limit N --database sqlite|postgres

This is a benchmark, not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import func, insert, select

from bench.support import machine, migrate, postgres_server, process_cpu, sqlite_url
from bot.app import Application, build, make_bot, scheduling
from bot.config import load_settings
from bot.outbox import Outbox
from bot.storage.models import OutboxMessage, Person, utcnow
from flows.effects import Send, ToPerson
from flows.engine import Reply, Text
from handlers.telegram.sender import TelegramSender
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI, Sent

FIRST_CHAT = 50_000_000
PUTS_PER_TRANSACTION = 500


@asynccontextmanager
async def database(kind: str) -> AsyncIterator[str]:
    if kind == "sqlite":
        with sqlite_url() as url:
            await migrate(url)
            yield url
    else:
        async with postgres_server() as pg:
            yield await pg.new_database()


async def queue_broadcast(app: Application, outbox: Outbox, messages: int) -> float:
    """`messages` people and one queued message each (`Outbox.put`); seconds it took."""
    db = app.db
    started = time.perf_counter()
    now = utcnow()
    async with db.session() as session:
        people = [
            {"channel": "telegram", "external_id": str(FIRST_CHAT + n), "language": "de", "created_at": now}
            for n in range(messages)
        ]
        ids = (await session.scalars(insert(Person).returning(Person.id), people)).all()
    for start in range(0, len(ids), PUTS_PER_TRANSACTION):
        async with db.session() as session:
            for number, person_id in enumerate(ids[start : start + PUTS_PER_TRANSACTION], start):
                reply = Reply(Text.raw(f"Lotse-Rundbrief Nr. {number}"))
                await outbox.put(session, Send(ToPerson(person_id), reply, purpose="broadcast"))
    return time.perf_counter() - started


async def run(args: argparse.Namespace) -> None:
    paid = args.limit > 30
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
            telegram_paid_broadcast=paid,
        )
        app = await build(settings)
        accepted: list[float] = []
        all_there = asyncio.Event()

        def on_sent(_sent: Sent) -> None:
            accepted.append(time.perf_counter())
            if len(accepted) >= args.messages:
                all_there.set()

        fake.on_sent(on_sent)
        try:
            setup = await queue_broadcast(app, app.outbox, args.messages)
            print(f"queued {args.messages:,} messages with Outbox.put in {setup:.1f} s", flush=True)
            bot = make_bot(settings)
            sender = TelegramSender(bot, per_second=settings.telegram_rate_limit, paid_broadcast=paid)
            scheduler = scheduling(app, [sender])
            cpu = process_cpu_now()
            started = time.perf_counter()
            scheduler.start()
            try:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(all_there.wait(), args.messages / args.limit * 3 + 60)
                finished = time.perf_counter()
                await asyncio.sleep(3)  # anything sent twice would come now
            finally:
                await scheduler.stop()
                await bot.session.close()
            used = process_cpu_now() - cpu
            states = await row_states(app)
        finally:
            await app.close()
    report(args, fake.sent, accepted, started, finished, fake.limited, fake.duplicates(), states, used)


def process_cpu_now() -> float:
    return process_cpu(os.getpid())


async def row_states(app: Application) -> dict[str, int]:
    async with app.db.session() as session:
        result = await session.execute(
            select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
        )
        return {state: count for state, count in result.all()}


def report(
    args: argparse.Namespace,
    sent: list[Sent],
    accepted: list[float],
    started: float,
    finished: float,
    limited: int,
    duplicates: int,
    states: dict[str, int],
    cpu: float,
) -> None:
    delivered = {message.text for message in sent}
    lost = args.messages - len(delivered & {f"Lotse-Rundbrief Nr. {n}" for n in range(args.messages)})
    last = accepted[min(len(accepted), args.messages) - 1] if accepted else finished
    span = last - started
    rate = min(len(accepted), args.messages) / span if span > 0 else 0.0
    steady = (
        (args.messages - 1) / (accepted[args.messages - 1] - accepted[0])
        if len(accepted) >= args.messages > 1
        else 0.0
    )
    print(
        f"| {args.messages:,} messages, limit {args.limit:g}/s, {args.database} | {span:7.1f} s | "
        f"{rate:7.1f}/s | {rate / args.limit:6.1%} | {steady / args.limit:6.1%} | {limited:5} | "
        f"{duplicates} | {lost} | {states} | {cpu / max(len(accepted), 1) * 1000:.2f} |"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3,000 messages at 1,000/s")
    parser.add_argument("--scaled", action="store_true", help="limit 1,000/s (paid broadcast)")
    parser.add_argument("--messages", type=int)
    parser.add_argument("--limit", type=float)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="postgres")
    args = parser.parse_args()
    args.messages = args.messages or (3_000 if args.quick else 10_000)
    args.limit = args.limit or (1000.0 if args.quick or args.scaled else 30.0)
    logging.basicConfig(level=logging.ERROR)  # each 429 is a WARNING of the sender: counted below instead
    print(f"Measured {machine()}")
    print(
        "| run | delivery time | achieved | of the limit | of the limit, first to last | 429s | "
        "duplicates | lost | rows | CPU ms/message |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    with contextlib.suppress(KeyboardInterrupt):
        await run(args)


if __name__ == "__main__":
    asyncio.run(main())
