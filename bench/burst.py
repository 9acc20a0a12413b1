"""A burst: 1,000 people write to the bot at the same moment, under Telegram's real limits.

`python -m bot run` itself (no limit lifted: TELEGRAM_RATE_LIMIT 30 a second overall, about one a second
per chat) in webhook mode on PostgreSQL, behind the fake Bot API (tests/fakes/telegram_api.py), which
judges strictly: the 31st message of any second, or a 4th to one chat within 3 s, is answered 429 with
`retry_after`. Telegram delivers webhook calls over at most 40 connections at a time (setWebhook's
`max_connections` default); so does the simulated Telegram here: 1,000 people's /start, each posted as
Telegram would, as fast as the bot acknowledges them.

Reported: how long storing (acknowledging) all of them took, when the first answers arrived (p50, and
the last one: the goal is 1.3 x what the limit allows, 1,000 / 30 = 33 s → 43 s), whether every person
got exactly one answer, and the fake's 429s.

    python -m bench.burst [--quick] [--people 1000] [--processes 1|2] [--database postgres|sqlite]

This is a benchmark, not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

import aiohttp

from bench.support import (
    SECRET_HEADER,
    WEBHOOK_SECRET,
    Answers,
    BotProcess,
    bot_process,
    lotse_environment,
    machine,
    migrate,
    postgres_server,
    process_cpu,
    sqlite_url,
    tracebacks,
)
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.postgres import free_port

TELEGRAM_CONNECTIONS = 40  # setWebhook's max_connections default
RATE = 30  # messages a second overall: Telegram's free limit and TELEGRAM_RATE_LIMIT's default
PER_CHAT = (3, 3.0)  # the fake's per-chat judge: like the sender's "about one a second, short bursts"


@asynccontextmanager
async def database(kind: str) -> AsyncIterator[str]:
    if kind == "sqlite":
        with sqlite_url() as url:
            await migrate(url)
            yield url
    else:
        async with postgres_server() as pg:
            yield await pg.new_database()


async def burst(args: argparse.Namespace) -> None:
    async with (
        database(args.database) as url,
        FakeTelegramAPI(rate_limit=RATE, per_chat_limit=PER_CHAT) as fake,
        AsyncExitStack() as stack,
    ):
        answers = Answers(fake)
        starting = []
        for number in range(args.processes):
            port = free_port()
            environment = lotse_environment(fake, url, port)
            starting.append(
                stack.enter_async_context(
                    bot_process(f"lotse-{number}", ["-m", "bot", "run"], environment, port, fake)
                )
            )
        processes: list[BotProcess] = list(await asyncio.gather(*starting))
        await asyncio.sleep(1)  # start-up done: commands published, the delivery worker's first look
        connector = aiohttp.TCPConnector(limit=TELEGRAM_CONNECTIONS)
        async with aiohttp.ClientSession(connector=connector) as telegram:
            people = [fake.user(300_000 + n, f"Person {n}", "de") for n in range(args.people)]
            updates = [fake.update(message=fake.message(user, "/start")) for user in people]
            cpu = sum(process_cpu(p.process.pid) for p in processes)
            started = time.perf_counter()
            statuses = await asyncio.gather(
                *(post(telegram, processes[n % len(processes)], update) for n, update in enumerate(updates))
            )
            stored = time.perf_counter() - started
            chats = [user["id"] for user in people]
            try:
                await asyncio.gather(*(answers.wait(chat, 1, args.people / RATE * 3 + 60) for chat in chats))
            except TimeoutError as exc:
                print(f"  not everyone was answered: {exc}")
            await asyncio.sleep(3)  # a second answer to anyone would come now
            used = sum(process_cpu(p.process.pid) for p in processes) - cpu
        firsts = sorted(answers.first_at[chat] - started for chat in chats if chat in answers.first_at)
        once = sum(1 for chat in chats if answers.count[chat] == 1)
        allowed = args.people / RATE
        last = firsts[-1] if firsts else float("nan")
        print(
            f"| {args.people:,} people, {args.processes} process(es), {args.database} | "
            f"{sum(s == 200 for s in statuses):,} acknowledged in {stored:.1f} s | "
            f"{len(firsts):,} answered, {once:,} exactly once | "
            f"p50 {statistics.median(firsts) if firsts else float('nan'):.1f} s | last {last:.1f} s | "
            f"{last / allowed:.2f}x of {allowed:.1f} s | {fake.limited} | {fake.duplicates()} | "
            f"{used / args.people * 1000:.1f} |"
        )
    problems = tracebacks(processes)
    if problems:
        print(f"The processes logged errors:\n{problems}")


async def post(telegram: aiohttp.ClientSession, process: BotProcess, update: dict[str, object]) -> int:
    """One webhook call as Telegram makes it: again after a pause while the bot answers 5xx or not at all."""
    for _attempt in range(10):
        try:
            async with telegram.post(
                f"http://127.0.0.1:{process.port}/telegram/webhook",
                json=update,
                headers={SECRET_HEADER: WEBHOOK_SECRET},
            ) as response:
                if response.status == 200:
                    await process.fake.carry_out(await response.read())
                if response.status < 500:
                    return response.status
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(1)
    return 0


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="300 people (default 1,000)")
    parser.add_argument("--people", type=int)
    parser.add_argument("--processes", type=int, default=1, help="lotse run processes (2: PostgreSQL only)")
    parser.add_argument("--database", choices=("postgres", "sqlite"), default="postgres")
    args = parser.parse_args()
    args.people = args.people or (300 if args.quick else 1000)
    logging.basicConfig(level=logging.WARNING)
    print(f"Measured {machine()}")
    print(
        "| burst | storing (200s) | answered | first answer p50 | last first answer | vs the limit | "
        "429s | duplicates | bot CPU ms/person |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    await burst(args)


if __name__ == "__main__":
    asyncio.run(main())
