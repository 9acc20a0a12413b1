"""Where an update's time goes: each stage of Lotse's path, one update at a time, no HTTP.

The stages one update goes through, as from Telegram's webhook or long polling, measured one update
at a time (nothing concurrent, so each number is that stage's own cost) on SQLite and PostgreSQL:

  store      Journal.store (through InboundQueue.accept): stored and claimed, committed (before the 200)
  parse      the stored JSON back into aiogram's Update (what handling starts with)
  handle     ConversationService.handle: dedup, person locked and loaded, role, flow engine, state
             written back, the journal row marked done (one transaction), answers rendered
  render     TelegramSender's work before each HTTP call: building the request's JSON body (JsonSession)
  rest       the rest until the queue is idle: its task switches, and `Journal.finish` in a transaction
             of its own where the update was not marked done in the conversation's

Each simulated person goes /start → Deutsch → Agree, then taps the menu (/menu) `--menu` times: the
first conversation creates the person, the menu taps are what a known person's update costs. Reported:
the median wall time (ms) per stage and the mean CPU time of this process (PostgreSQL's not included).

    python -m bench.hot_path [--quick] [--people 200] [--menu 3] [--database sqlite|postgres|both]

This is a benchmark, not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from aiogram import Bot
from aiogram.methods import SendMessage
from aiogram.types import Update

from bench.support import machine, postgres_server, sqlite_url
from bot.app import Application, build, make_bot
from bot.config import load_settings
from bot.conversation import Address
from bot.inbound import Arrival, Claim, InboundQueue, Journal
from flows.engine import Incoming
from handlers.telegram.inbound import arrival
from handlers.telegram.render import Choice, keyboard
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI

Stage = Callable[[], Awaitable[Any]]
STAGES = ("store", "parse", "handle", "render", "rest")


@asynccontextmanager
async def lotse(database_url: str) -> AsyncIterator[Application]:
    settings = load_settings(
        telegram_bot_token=DEFAULT_TOKEN,
        telegram_api_base="http://127.0.0.1:9",
        database_url=database_url,
        webhook_url=None,
    )
    app = await build(settings)
    try:
        yield app
    finally:
        await app.close()


def script(fake: FakeTelegramAPI, user: dict[str, Any], menu: int) -> list[tuple[dict[str, Any], Incoming]]:
    """The updates of one person and what the conversation service gets for each."""

    def press(option: str) -> tuple[dict[str, Any], Incoming]:
        data = Choice(id=option).pack()
        return fake.update(callback_query=fake.callback_query(user, data)), Incoming.option(option)

    def say(text: str) -> tuple[dict[str, Any], Incoming]:
        return fake.update(message=fake.message(user, text)), Incoming.message(text)

    return [say("/start"), press("de"), press("agree"), *(say("/menu") for _ in range(menu))]


async def run(
    app: Application, fake: FakeTelegramAPI, people: int, menu: int, first_id: int
) -> tuple[dict[str, list[float]], float, int]:
    """The updates go through an `InboundQueue` as from the webhook: `accept` stores them, the queue's
    task hands them to the handler below and marks them done (in the conversation transaction)."""
    bot = make_bot(app.settings)
    stages: dict[str, list[float]] = defaultdict(list)

    async def timed(name: str, stage: Stage) -> Any:
        started, cpu = time.perf_counter(), time.process_time()
        result = await stage()
        stages[name].append((time.perf_counter() - started) * 1000)
        stages[f"{name} CPU"].append((time.process_time() - cpu) * 1000)
        return result

    async def handle(claim: Claim) -> None:
        update = await timed("parse", lambda: _parse(claim.payload))
        user = (update.callback_query or update.message).from_user  # type: ignore[union-attr]
        incoming = incomings.pop(claim.key)
        answer = await timed(
            "handle",
            lambda: app.service.handle(
                Address("telegram", str(user.id)), incoming, language_hint="de", update_key=claim.key
            ),
        )
        await timed("render", lambda: _render(bot, answer))

    journal = Journal(app.db)
    store = journal.store

    async def timed_store(channel: str, arrivals: Sequence[Arrival]) -> list[Claim]:
        result: list[Claim] = await timed("store", lambda: store(channel, arrivals))
        return result

    journal.store = timed_store  # type: ignore[method-assign]
    queue = InboundQueue(journal, "telegram", handle)
    incomings: dict[str, Incoming] = {}
    updates = 0
    cpu = time.process_time()
    for number in range(people):
        user = fake.user(first_id + number, "Bench", "de")
        for raw, incoming in script(fake, user, menu):
            entry = arrival(Update.model_validate(raw))
            incomings[entry.key] = incoming
            started, started_cpu = time.perf_counter(), time.process_time()
            await queue.accept([entry])
            await queue.join()
            # What is left of the whole: marking it done when that is not in the conversation
            # transaction, and the queue's task switches.
            wall, used = time.perf_counter() - started, time.process_time() - started_cpu
            stages["rest"].append(wall * 1000 - sum(stages[s][-1] for s in STAGES[:-1]))
            stages["rest CPU"].append(used * 1000 - sum(stages[f"{s} CPU"][-1] for s in STAGES[:-1]))
            updates += 1
    await bot.session.close()
    return stages, time.process_time() - cpu, updates


async def _parse(payload: str) -> Update:
    return Update.model_validate_json(payload)


async def _render(bot: Bot, answer: Any) -> None:
    for message in answer.messages:
        method = SendMessage(chat_id=1, text=message.text, reply_markup=keyboard(message))
        bot.session.json_body(bot, method)  # type: ignore[attr-defined]  # JsonSession (make_bot)


async def measure(database_url: str, people: int, menu: int) -> tuple[dict[str, list[float]], float]:
    """Stage → times (ms), and the process's CPU time per update (ms)."""
    fake = FakeTelegramAPI()  # only its update builders (one update id sequence); no server
    async with lotse(database_url) as app:
        await run(app, fake, 5, menu, 900_000)  # warm-up
        stages, cpu, updates = await run(app, fake, people, menu, 100_000)
    return stages, cpu / updates * 1000


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="30 people (default 200)")
    parser.add_argument("--people", type=int)
    parser.add_argument(
        "--menu", type=int, default=3, help="menu taps per person after the first conversation"
    )
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    args = parser.parse_args()
    people = args.people or (30 if args.quick else 200)
    logging.basicConfig(level=logging.WARNING)
    print(f"Measured {machine()}")
    results = {}
    if args.database in ("sqlite", "both"):
        with sqlite_url() as url:
            results["SQLite"] = await measure(url, people, args.menu)
    if args.database in ("postgres", "both"):
        async with postgres_server() as pg:
            results["PostgreSQL"] = await measure(await pg.new_database(), people, args.menu)
    print(
        f"{people} people x {3 + args.menu} updates, one at a time. Wall: median ms; CPU: mean ms of this "
        "process (PostgreSQL's own CPU not included)"
    )
    print(f"| {'stage':<8} | " + " | ".join(f"{name} wall | {name} CPU" for name in results) + " |")
    print("|---" * (1 + 2 * len(results)) + "|")
    for stage in STAGES:
        cells = " | ".join(
            f"{statistics.median(stages[stage]):.2f} | {statistics.fmean(stages[stage + ' CPU']):.2f}"
            for stages, _cpu in results.values()
        )
        print(f"| {stage:<8} | {cells} |")
    totals = " | ".join(
        f"{sum(statistics.median(stages[s]) for s in STAGES):.2f} | {cpu:.2f}"
        for stages, cpu in results.values()
    )
    print(f"| {'update':<8} | {totals} |")


if __name__ == "__main__":
    asyncio.run(main())
