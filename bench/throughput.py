"""Throughput and latency of the first conversation through the whole stack, next to a bare echo bot.

Both bots are real aiogram bots doing long polling against the same fake Bot API server on 127.0.0.1
(tests/fakes/telegram_api.py). Lotse runs its full stack on SQLite: dedup of the update id, the person
and their conversation loaded and stored in one transaction, the flow engine, Fluent rendering and the
rate-limited sender (with Telegram's per-chat limit lifted, since every simulated person taps faster than
a human). Each simulated person goes /start → language → Agree (3 updates, 4 replies); the echo bot gets
the same number of text updates. An update's latency runs from pushing it to the fake server until its
last reply arrived there.

    python bench/throughput.py [--people 200] [--concurrency 20]

This is a benchmark, not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiogram import Bot, Dispatcher  # noqa: E402
from aiogram.client.session.aiohttp import AiohttpSession  # noqa: E402
from aiogram.client.telegram import TelegramAPIServer  # noqa: E402
from aiogram.types import Message  # noqa: E402

from bot.app import build  # noqa: E402
from bot.config import load_settings  # noqa: E402
from handlers.telegram import build_dispatcher  # noqa: E402
from handlers.telegram.render import Choice  # noqa: E402
from handlers.telegram.sender import TelegramSender  # noqa: E402
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI  # noqa: E402

# (what the person does, how many messages the bot answers with)
Step = tuple[Callable[[FakeTelegramAPI, dict], Awaitable[int]], int]

FIRST_CONVERSATION: list[Step] = [
    (lambda fake, user: fake.push_message(user, "/start"), 1),
    (lambda fake, user: fake.push_callback(user, Choice(id="de").pack()), 1),
    (lambda fake, user: fake.push_callback(user, Choice(id="agree").pack()), 2),
]
ECHO: list[Step] = [(lambda fake, user, n=n: fake.push_message(user, f"hallo {n}"), 1) for n in range(3)]


def make_bot(fake: FakeTelegramAPI) -> Bot:
    return Bot(DEFAULT_TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.url)))


async def drive(
    fake: FakeTelegramAPI, steps: list[Step], people: int, concurrency: int, first_id: int
) -> dict:
    latencies: list[float] = []
    gate = asyncio.Semaphore(concurrency)

    async def person(user_id: int) -> None:
        user = fake.user(user_id, "Bench", "de")
        received = 0
        async with gate:
            for act, replies in steps:
                started = time.perf_counter()
                await act(fake, user)
                await fake.wait_sent(user_id, replies, after=received, timeout=60)
                latencies.append(time.perf_counter() - started)
                received += replies

    started = time.perf_counter()
    await asyncio.gather(*(person(first_id + n) for n in range(people)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "updates": len(latencies),
        "seconds": elapsed,
        "per_second": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


async def run_polling(dispatcher: Dispatcher, bot: Bot, body: Callable[[], Awaitable[dict]]) -> dict:
    polling = asyncio.create_task(dispatcher.start_polling(bot, polling_timeout=1, handle_signals=False))
    try:
        return await body()
    finally:
        await dispatcher.stop_polling()
        await polling
        await bot.session.close()


async def bench_lotse(people: int, concurrency: int, database: Path) -> dict:
    async with FakeTelegramAPI() as fake:
        settings = load_settings(
            telegram_bot_token=DEFAULT_TOKEN,
            telegram_api_base=fake.url,
            database_url=f"sqlite+aiosqlite:///{database}",
        )
        app = await build(settings)
        bot = make_bot(fake)
        sender = TelegramSender(bot, per_second=10_000, per_chat_burst=100, per_chat_period=1)
        dispatcher = build_dispatcher(app.service, sender, None)
        try:
            return await run_polling(
                dispatcher, bot, lambda: drive(fake, FIRST_CONVERSATION, people, concurrency, 10_000)
            )
        finally:
            await app.close()


async def bench_echo(people: int, concurrency: int) -> dict:
    async with FakeTelegramAPI() as fake:
        bot = make_bot(fake)
        dispatcher = Dispatcher()

        @dispatcher.message()
        async def echo(message: Message) -> None:
            await message.answer(message.text or "")

        return await run_polling(dispatcher, bot, lambda: drive(fake, ECHO, people, concurrency, 20_000))


def line(name: str, result: dict) -> str:
    return (
        f"{name:<28} {result['updates']:>6} updates in {result['seconds']:6.2f} s = "
        f"{result['per_second']:7.1f} updates/s   "
        f"p50 {result['p50_ms']:7.1f} ms   p99 {result['p99_ms']:7.1f} ms"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("aiogram").setLevel(logging.ERROR)

    with tempfile.TemporaryDirectory() as folder:
        # A small round of each first, so one-time costs (pydantic building aiogram's response models,
        # Babel loading locale data) do not count against whichever bot runs first.
        await bench_lotse(10, args.concurrency, Path(folder) / "warm-up.db")
        await bench_echo(10, args.concurrency)
        lotse = await bench_lotse(args.people, args.concurrency, Path(folder) / "bench.db")
    echo = await bench_echo(args.people, args.concurrency)
    print(f"{args.people} people, {args.concurrency} at a time, fake Bot API on 127.0.0.1, SQLite")
    print(line("Lotse first conversation", lotse))
    print(line("bare aiogram echo bot", echo))
    print(
        f"ratio Lotse/echo: throughput {lotse['per_second'] / echo['per_second']:.2f}x, "
        f"p50 latency {lotse['p50_ms'] / echo['p50_ms']:.1f}x"
    )


if __name__ == "__main__":
    asyncio.run(main())
