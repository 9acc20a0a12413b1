"""Update processing with the send limit lifted: Lotse next to a bare aiogram echo bot, same fake Bot API.

Every bot talks over real HTTP to the fake Bot API server on 127.0.0.1 (tests/fakes/telegram_api.py),
which runs in this process together with the simulated people. Two ways a bot gets its updates:

- long polling, bot in this process: the echo bot with aiogram's own polling, Lotse with its own loop
  (handlers/telegram/polling.py): each getUpdates batch is committed to the inbound journal before the
  next call confirms it, then handled from the journal by the conversation service;
- webhook, bots in their own processes (`python -m bench.lotse_run`, which is `lotse run` with the
  per-chat limit lifted, or `python -m bench.echo_bot`): the simulated proxy posts each update to the
  processes in turn, as a round-robin load balancer would. This is how several Lotse processes run.

Lotse takes the real path: the update stored in the journal (and claimed), the conversation service's
transaction (dedup, the person row locked, the flow engine, state written back, the journal row marked
done), the answers rendered and sent by `TelegramSender` (overall limit `TELEGRAM_RATE_LIMIT=1000` with
paid broadcast, per-chat limit lifted: a simulated person taps faster than any human).

Two workloads, by the same simulated people one after the other:
- first conversation: /start → Deutsch → Agree (3 updates; 4 messages, and for the two button presses
  the keyboard taken off the pressed message: 6 Bot API calls; with long polling also answerCallbackQuery
  for each press, 8, where a webhook answers the press in its 200);
- known people at the menu: /menu three times (3 updates, one answer each, like the echo bot).
The echo bot gets three texts per person and answers each. An update's latency runs from handing it
over (push or POST) until its last message reached the fake server. "CPU ms" is the CPU time of the
bot's process(es) per update (rows in this process: including the fake server and the simulated
people, which the echo row shows the cost of). Webhook rows on PostgreSQL also print PostgreSQL's own
CPU per update (all its processes: the cores are shared, so its statements and commits count too).
"answers via outbox" rows send the answers through the durable outbox instead (written in the
conversation transaction, sent by the delivery worker), to compare the two options for immediate answers.

    python -m bench.throughput [--quick] [--people 300] [--concurrency 32] [--only TEXT] [--profile]

`--quick`: 10 people and five of the rows, a smoke check (about 35 s). The full run takes about 6 min.
`--profile` runs Lotse on PostgreSQL in this process under cProfile and prints where the time went.

This is a benchmark, not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import itertools
import logging
import os
import pstats
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.support import (
    WEBHOOK_SECRET,
    Answers,
    BotProcess,
    PostgresHandle,
    Summary,
    bot_process,
    lotse_environment,
    machine,
    migrate,
    postgres_server,
    process_cpu,
    sqlite_url,
    summarise,
    tracebacks,
)
from bot.app import build, make_bot, scheduling
from bot.config import load_settings
from bot.inbound import Journal
from flows.effects import Send, ToPerson
from flows.engine import Context, FlowEngine, Incoming, State, Turn
from handlers.telegram import build_dispatcher
from handlers.telegram import inbound as telegram_inbound
from handlers.telegram.polling import LongPolling
from handlers.telegram.render import Choice
from handlers.telegram.sender import TelegramSender
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI
from tests.postgres import free_port

# (the update a person sends, given the fake and the person; how many messages the bot answers with)
Step = tuple[Callable[[FakeTelegramAPI, dict[str, Any]], dict[str, Any]], int]
Deliver = Callable[[dict[str, Any]], Awaitable[None]]

FIRST_CONVERSATION: list[Step] = [
    (lambda fake, user: fake.update(message=fake.message(user, "/start")), 1),
    (lambda fake, user: fake.update(callback_query=fake.callback_query(user, Choice(id="de").pack())), 1),
    (lambda fake, user: fake.update(callback_query=fake.callback_query(user, Choice(id="agree").pack())), 2),
]
MENU_TAPS: list[Step] = [
    (lambda fake, user: fake.update(message=fake.message(user, "/menu")), 1) for _ in range(3)
]
ECHO: list[Step] = [
    (lambda fake, user, n=n: fake.update(message=fake.message(user, f"hallo {n}")), 1) for n in range(3)
]
LIFTED = {"TELEGRAM_RATE_LIMIT": "1000", "TELEGRAM_PAID_BROADCAST": "true"}
WARM_UP_PEOPLE = 10


async def drive(
    fake: FakeTelegramAPI,
    answers: Answers,
    deliver: Deliver,
    steps: list[Step],
    people: int,
    concurrency: int,
    first_id: int,
) -> Summary:
    """`people` simulated people, `concurrency` of them at a time, each through `steps`."""
    latencies: list[float] = []
    gate = asyncio.Semaphore(concurrency)

    async def person(user_id: int) -> None:
        user = fake.user(user_id, "Bench", "de")
        received = answers.count[user_id]  # the same people may go on with another workload
        async with gate:
            for make, replies in steps:
                update = make(fake, user)
                started = time.perf_counter()
                await deliver(update)
                received += replies
                await answers.wait(user_id, received)
                latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(person(first_id + n) for n in range(people)))
    return summarise(latencies, time.perf_counter() - started)


Workloads = list[tuple[str, list[Step]]]
Results = dict[str, Summary]  # workload → numbers
FIRST, MENU = "first conversation", "known people at the menu"
LOTSE: Workloads = [(FIRST, FIRST_CONVERSATION), (MENU, MENU_TAPS)]
ECHOES: Workloads = [(FIRST, ECHO), (MENU, ECHO)]  # the echo bot's work is the same for both


async def measure(
    fake: FakeTelegramAPI,
    answers: Answers,
    deliver: Deliver,
    workloads: Workloads,
    people: int,
    concurrency: int,
    cpu: Callable[[], float],
    profiler: cProfile.Profile | None = None,
) -> Results:
    """The workloads one after the other, by the same people. A small unmeasured round first (imports,
    pydantic's models, Babel's data, PostgreSQL's plans), with as many people at once as the measured
    rounds so the connection pools are filled (opening a connection costs PostgreSQL a backend process:
    the first row measured would pay for the pool otherwise). `cpu()` is the CPU time the
    bot has used so far (seconds)."""
    for _name, steps in workloads:
        warm_up = min(max(WARM_UP_PEOPLE, concurrency), people)
        await drive(fake, answers, deliver, steps, warm_up, concurrency, 900_000)
    results: Results = {}
    for name, steps in workloads:
        if profiler is not None:
            profiler.enable()
        used = cpu()
        try:
            summary = await drive(fake, answers, deliver, steps, people, concurrency, 100_000)
        finally:
            if profiler is not None:
                profiler.disable()
        results[name] = summary.with_cpu(cpu() - used)
    return results


# -- bots in this process, long polling ---------------------------------------------------------------


class AnswersThroughOutbox:
    """The flow engine, with its answers turned into outbox messages to the person who wrote.

    The other option for immediate answers that issue 6 asks to measure: the answers are written to the
    outbox in the conversation transaction (as any other effect) and sent by the delivery worker after
    the commit, instead of being returned and sent directly by the handler.
    """

    def __init__(self, engine: FlowEngine) -> None:
        self.engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    async def handle(self, ctx: Context, incoming: Incoming, state: State) -> Turn:
        return self._queued(ctx, await self.engine.handle(ctx, incoming, state))

    async def show(self, ctx: Context, state: State) -> Turn:
        return self._queued(ctx, await self.engine.show(ctx, state))

    @staticmethod
    def _queued(ctx: Context, turn: Turn) -> Turn:
        person = ToPerson(ctx.profile.person_id)
        ctx.effects.extend(Send(person, reply, purpose="answer") for reply in turn.replies)
        return replace(turn, replies=[])


async def lotse_polling(
    database_url: str,
    people: int,
    concurrency: int,
    *,
    via_outbox: bool = False,
    profiler: cProfile.Profile | None = None,
) -> Results:
    async with FakeTelegramAPI() as fake:
        settings = load_settings(
            telegram_bot_token=DEFAULT_TOKEN,
            telegram_api_base=fake.url,
            database_url=database_url,
            webhook_url=None,
            **{name.lower(): value for name, value in LIFTED.items()},
        )
        app = await build(settings)
        if via_outbox:
            app.service.engine = AnswersThroughOutbox(app.service.engine)  # type: ignore[assignment]
        bot = make_bot(settings)
        sender = TelegramSender(
            bot,
            per_second=settings.telegram_rate_limit,
            paid_broadcast=settings.telegram_paid_broadcast,
            per_chat_burst=1000,
            per_chat_period=1,
        )
        dispatcher = build_dispatcher(app.service, sender, None)
        inbound = telegram_inbound.build_queue(bot, dispatcher, Journal(app.db))
        scheduler = scheduling(app, [sender])
        scheduler.start()
        polling = LongPolling(bot, inbound, allowed_updates=dispatcher.resolve_used_update_types(), timeout=1)
        running = asyncio.create_task(polling.run())
        try:
            return await measure(
                fake, Answers(fake), fake.push, LOTSE, people, concurrency, time.process_time, profiler
            )
        finally:
            polling.stop()
            await running
            await inbound.close(telegram_inbound.SHUTDOWN_GRACE)
            await scheduler.stop()
            await bot.session.close()
            await app.close()


async def echo_polling(people: int, concurrency: int) -> Results:
    from bench.echo_bot import make_bot as make_echo_bot
    from bench.echo_bot import make_dispatcher

    async with FakeTelegramAPI() as fake:
        bot = make_echo_bot(fake.url)
        dispatcher = make_dispatcher()
        polling = asyncio.create_task(dispatcher.start_polling(bot, polling_timeout=1, handle_signals=False))
        try:
            return await measure(
                fake, Answers(fake), fake.push, ECHOES, people, concurrency, time.process_time
            )
        finally:
            await dispatcher.stop_polling()
            await polling
            await bot.session.close()


# -- bots in their own processes, webhook --------------------------------------------------------------


def round_robin(processes: list[BotProcess]) -> Deliver:
    turn = itertools.cycle(processes)

    async def deliver(update: dict[str, Any]) -> None:
        status = await next(turn).post(update)
        if status != 200:
            raise RuntimeError(f"webhook answered {status}")

    return deliver


@asynccontextmanager
async def webhook_bots(
    kind: str, count: int, fake: FakeTelegramAPI, database_url: str | None
) -> AsyncIterator[list[BotProcess]]:
    async with AsyncExitStack() as stack:
        starting = []
        for number in range(count):
            port = free_port()
            if kind == "lotse":
                assert database_url is not None
                environment = lotse_environment(fake, database_url, port, **LIFTED)
                argv = ["-m", "bench.lotse_run"]
            else:
                environment = lotse_environment(fake, "", port)
                argv = [
                    "-m",
                    "bench.echo_bot",
                    "--api",
                    fake.url,
                    "--port",
                    str(port),
                    "--secret",
                    WEBHOOK_SECRET,
                ]
            starting.append(
                stack.enter_async_context(bot_process(f"{kind}-{number}", argv, environment, port, fake))
            )
        processes = list(await asyncio.gather(*starting))
        try:
            yield processes
        finally:
            await stack.aclose()
            problems = tracebacks(processes)
            if problems:
                print(f"  ({kind} processes logged errors:)\n{problems}")


async def webhook_row(
    kind: str,
    count: int,
    people: int,
    concurrency: int,
    database_url: str | None = None,
    database_cpu: Callable[[], float] | None = None,
) -> Results:
    async with FakeTelegramAPI() as fake, webhook_bots(kind, count, fake, database_url) as processes:
        workloads = LOTSE if kind == "lotse" else ECHOES

        def cpu() -> float:
            return sum(process_cpu(bot.process.pid) for bot in processes)

        server_cpu: dict[str, float] = {}

        def both() -> float:
            # `measure` reads the CPU before and after each workload: PostgreSQL's alongside.
            if database_cpu is not None:
                server_cpu[f"read {len(server_cpu)}"] = database_cpu()
            return cpu()

        results = await measure(
            fake, Answers(fake), round_robin(processes), workloads, people, concurrency, both
        )
        if database_cpu is not None:
            readings = list(server_cpu.values())
            for (name, summary), (before, after) in zip(
                results.items(), zip(readings[0::2], readings[1::2], strict=True), strict=True
            ):
                results[name] = WithDatabase(
                    **vars(summary), database_cpu_ms=(after - before) / summary.count * 1000
                )
        return results


@dataclass(frozen=True)
class WithDatabase(Summary):
    database_cpu_ms: float | None = None  # PostgreSQL's CPU time per update (all its processes)


def postgres_cpu(pg: PostgresHandle) -> Callable[[], float] | None:
    """CPU seconds PostgreSQL has used so far: the postmaster with its finished children (a closed
    connection's backend) and every running child. None for a server this run did not start."""
    if pg.handle is None or pg.handle.directory is None:
        return None
    postmaster = int((pg.handle.datadir / "postmaster.pid").read_text().split()[0])

    def used() -> float:
        tick = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended meanwhile
            pid, parent = int(entry.name), int(fields[1])
            if pid == postmaster:
                total += sum(int(value) for value in fields[11:15]) / tick  # with reaped children
            elif parent == postmaster:
                total += (int(fields[11]) + int(fields[12])) / tick
        return total

    return used


# -- the rows --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    name: str
    baseline: str | None  # the echo row it is compared with
    run: Callable[[argparse.Namespace, PostgresHandle | None], Awaitable[Results]]
    postgres: bool = False
    quick: bool = False  # part of the smoke check (--quick)


@asynccontextmanager
async def database(kind: str, pg: PostgresHandle | None) -> AsyncIterator[str]:
    if kind == "sqlite":
        with sqlite_url() as url:
            await migrate(url)
            yield url
    else:
        assert pg is not None
        yield await pg.new_database()


def lotse_in_process(kind: str, *, via_outbox: bool = False) -> Callable[..., Awaitable[Results]]:
    async def run(args: argparse.Namespace, pg: PostgresHandle | None) -> Results:
        async with database(kind, pg) as url:
            return await lotse_polling(url, args.people, args.concurrency, via_outbox=via_outbox)

    return run


def lotse_processes(kind: str, count: int) -> Callable[..., Awaitable[Results]]:
    async def run(args: argparse.Namespace, pg: PostgresHandle | None) -> Results:
        async with database(kind, pg) as url:
            server_cpu = postgres_cpu(pg) if kind == "postgres" and pg is not None else None
            return await webhook_row("lotse", count, args.people, args.concurrency, url, server_cpu)

    return run


def echo_processes(count: int) -> Callable[..., Awaitable[Results]]:
    async def run(args: argparse.Namespace, _pg: PostgresHandle | None) -> Results:
        return await webhook_row("echo", count, args.people, args.concurrency)

    return run


async def echo_in_process(args: argparse.Namespace, _pg: PostgresHandle | None) -> Results:
    return await echo_polling(args.people, args.concurrency)


POLLING_ECHO = "echo bot, polling, in this process"
WEBHOOK_ECHO_1 = "echo bot, webhook, 1 process"
WEBHOOK_ECHO_2 = "echo bot, webhook, 2 processes"
ROWS = [
    Row(POLLING_ECHO, None, echo_in_process, quick=True),
    Row("Lotse, SQLite, polling, in this process", POLLING_ECHO, lotse_in_process("sqlite"), quick=True),
    Row("Lotse, PostgreSQL, polling, in this process", POLLING_ECHO, lotse_in_process("postgres"), True),
    Row("  answers via outbox, SQLite", POLLING_ECHO, lotse_in_process("sqlite", via_outbox=True)),
    Row(
        "  answers via outbox, PostgreSQL",
        POLLING_ECHO,
        lotse_in_process("postgres", via_outbox=True),
        postgres=True,
        quick=True,
    ),
    Row(WEBHOOK_ECHO_1, None, echo_processes(1)),
    Row(WEBHOOK_ECHO_2, None, echo_processes(2), quick=True),
    Row("Lotse, SQLite, webhook, 1 process", WEBHOOK_ECHO_1, lotse_processes("sqlite", 1)),
    Row("Lotse, PostgreSQL, webhook, 1 process", WEBHOOK_ECHO_1, lotse_processes("postgres", 1), True),
    Row(
        "Lotse, PostgreSQL, webhook, 2 processes",
        WEBHOOK_ECHO_2,
        lotse_processes("postgres", 2),
        postgres=True,
        quick=True,
    ),
]


def cells(result: Summary, base: Summary | None) -> str:
    compared = f"{result.per_second / base.per_second:5.2f}x" if base else "     -"
    cpu = f"{result.cpu_ms:5.1f}" if result.cpu_ms is not None else "    -"
    return f"{result.per_second:5.0f} | {result.p50_ms:6.0f} | {result.p99_ms:6.0f} | {cpu} | {compared}"


def line(name: str, results: Results, baseline: Results | None) -> str:
    groups = " | ".join(cells(results[w], baseline[w] if baseline else None) for w, _steps in LOTSE)
    server = [getattr(results[w], "database_cpu_ms", None) for w, _steps in LOTSE]
    extra = ""
    if all(ms is not None for ms in server):
        extra = "\n  (PostgreSQL's CPU ms per update: " + " / ".join(f"{ms:.1f}" for ms in server) + ")"
    return f"| {name:<43} | {groups} |{extra}"


def header() -> str:
    numbers = " | ".join("upd/s | p50 ms | p99 ms | CPU ms | vs echo" for _ in LOTSE)
    titles = " / ".join(name for name, _steps in LOTSE)
    return f"| {'(' + titles + ')':<43} | {numbers} |\n|{'-' * 45}|" + "---|" * (5 * len(LOTSE))


async def profile(args: argparse.Namespace) -> None:
    """Lotse on PostgreSQL in this process under cProfile: where the time of an update goes."""
    profiler = cProfile.Profile()
    async with postgres_server() as pg:
        url = await pg.new_database()
        result = await lotse_polling(url, args.people, args.concurrency, profiler=profiler)
    print(header())
    print(line("Lotse, PostgreSQL, polling (profiled)", result, None))
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(35)
    stats.sort_stats("cumulative").print_stats(60)
    print(out.getvalue())


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="a smoke check: 10 people (default 300), a few of the rows"
    )
    parser.add_argument("--people", type=int)
    parser.add_argument("--concurrency", type=int, default=32, help="people writing at the same time")
    parser.add_argument("--only", help="run the rows whose name contains this text (and their baselines)")
    parser.add_argument("--profile", action="store_true", help="profile Lotse on PostgreSQL instead")
    args = parser.parse_args()
    args.people = args.people or (10 if args.quick else 300)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("aiogram").setLevel(logging.ERROR)
    print(f"Measured {machine()}")
    if args.profile:
        await profile(args)
        return

    rows = [row for row in ROWS if row.quick] if args.quick and not args.only else ROWS
    if args.only:
        wanted = {row.name for row in ROWS if args.only.lower() in row.name.lower()}
        wanted |= {row.baseline for row in ROWS if row.name in wanted and row.baseline}
        rows = [row for row in ROWS if row.name in wanted]
    print(
        f"{args.people} people, {args.concurrency} at a time, 3 updates each per workload; fake Bot API and "
        "the simulated people in this process"
    )
    print(header(), flush=True)
    results: dict[str, Results] = {}
    async with contextlib.AsyncExitStack() as stack:
        pg = await stack.enter_async_context(postgres_server()) if any(r.postgres for r in rows) else None
        for row in rows:
            results[row.name] = await row.run(args, pg)
            print(line(row.name, results[row.name], results.get(row.baseline or "")), flush=True)
        if pg is not None:
            print(f"PostgreSQL: {pg.description}")


if __name__ == "__main__":
    asyncio.run(main())
