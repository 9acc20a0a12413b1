"""What the benchmarks share: a PostgreSQL to run on, bot processes behind webhooks, waiting for answers
at the fake Bot API, and the numbers (rate, p50, p99).

Benchmarks print numbers and assert nothing; they are not collected by pytest (testpaths = tests).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import platform
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp

from bot.storage.database import Database
from tests import postgres
from tests.fakes.telegram_api import FakeTelegramAPI, Sent

ROOT = Path(__file__).resolve().parent.parent
WEBHOOK_SECRET = "bench-webhook-secret"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
START_TIMEOUT = 90.0


# -- numbers -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    count: int
    seconds: float
    p50_ms: float
    p99_ms: float
    cpu_ms: float | None = None  # CPU time of the bot's process(es) per update

    def with_cpu(self, cpu_seconds: float) -> Summary:
        return replace(self, cpu_ms=cpu_seconds / self.count * 1000 if self.count else None)

    @property
    def per_second(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0


def summarise(latencies: Sequence[float], seconds: float) -> Summary:
    ordered = sorted(latencies)
    if not ordered:
        return Summary(0, seconds, 0.0, 0.0)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return Summary(len(ordered), seconds, statistics.median(ordered) * 1000, p99 * 1000)


def machine() -> str:
    """One line: when and where the numbers were measured."""
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{date.today().isoformat()}, {os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}, load average before the run {load}"
    )


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) that process `pid` has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- answers at the fake Bot API -----------------------------------------------------------------------


class Answers:
    """Waits for the n-th message to a chat. One future per waiter, resolved from the fake's `on_sent`:
    `FakeTelegramAPI.wait_sent` wakes every waiter on every message, which with hundreds of simulated
    people would cost the driver more than the bots under test."""

    def __init__(self, fake: FakeTelegramAPI) -> None:
        self.count: dict[int, int] = defaultdict(int)
        self.first_at: dict[int, float] = {}  # chat → when its first message arrived (perf_counter)
        self._waiters: dict[int, list[tuple[int, asyncio.Future[None]]]] = defaultdict(list)
        fake.on_sent(self._sent)

    def _sent(self, sent: Sent) -> None:
        chat = sent.chat_id
        self.count[chat] += 1
        self.first_at.setdefault(chat, time.perf_counter())
        waiting = self._waiters.get(chat)
        if not waiting:
            return
        still = []
        for wanted, future in waiting:
            if self.count[chat] >= wanted:
                if not future.done():
                    future.set_result(None)
            else:
                still.append((wanted, future))
        self._waiters[chat] = still

    async def wait(self, chat: int, total: int, patience: float = 120.0) -> None:
        """Until `total` messages in all have been sent to `chat` (TimeoutError after `patience` s)."""
        if self.count[chat] >= total:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters[chat].append((total, future))
        try:
            await asyncio.wait_for(future, patience)
        except TimeoutError:
            got = self.count[chat]
            raise TimeoutError(f"chat {chat}: {got} of {total} messages after {patience} s") from None


# -- PostgreSQL ----------------------------------------------------------------------------------------


@dataclass
class PostgresHandle:
    server: postgres.Server
    handle: postgres.PostgresServer | None

    async def new_database(self) -> str:
        """A new empty, migrated database; its URL."""
        url = await self.server.create_database()
        await migrate(url)
        return url

    @property
    def description(self) -> str:
        return self.server.description


@asynccontextmanager
async def postgres_server() -> AsyncIterator[PostgresHandle]:
    """PostgreSQL 15 started as in the tests (tests/postgres.py: as user postgres when root, fsync off,
    in a temporary directory), or the one in LOTSE_TEST_POSTGRES_URL."""
    server, handle = await asyncio.to_thread(postgres.start_or_connect)
    try:
        yield PostgresHandle(server, handle)
    finally:
        if handle is not None:
            await asyncio.to_thread(handle.stop)


async def migrate(url: str) -> None:
    db = Database(url)
    try:
        await db.upgrade()
    finally:
        await db.dispose()


@contextlib.contextmanager
def sqlite_url(name: str = "bench.db") -> Any:
    with tempfile.TemporaryDirectory(prefix="lotse-bench-") as folder:
        yield f"sqlite+aiosqlite:///{Path(folder) / name}"


# -- bot processes behind webhooks ---------------------------------------------------------------------


@dataclass
class BotProcess:
    """A bot in its own process, taking Telegram's webhook calls on `port`."""

    name: str
    port: int
    process: asyncio.subprocess.Process
    session: aiohttp.ClientSession
    fake: FakeTelegramAPI
    stderr: list[str] = field(default_factory=list)

    async def post(self, update: dict[str, Any]) -> int:
        """One webhook call as Telegram makes it: a Bot API call in a 200 answer's body is carried out."""
        async with self.session.post(
            f"http://127.0.0.1:{self.port}/telegram/webhook",
            json=update,
            headers={SECRET_HEADER: WEBHOOK_SECRET},
        ) as response:
            body = await response.read()
            if response.status == 200:
                await self.fake.carry_out(body)
            return response.status


def lotse_environment(fake: FakeTelegramAPI, database_url: str, port: int, **extra: str) -> dict[str, str]:
    """The environment of one `lotse run` in webhook mode against the fake Bot API."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "WHATSAPP_", "WEB_", "LOG_", "COACH_"))
    }
    return environment | {
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE": fake.url,
        "WEBHOOK_URL": "https://lotse.example.org",
        "WEBHOOK_SECRET": WEBHOOK_SECRET,
        "WEB_HOST": "127.0.0.1",
        "WEB_PORT": str(port),
        "LOG_LEVEL": "WARNING",
        **extra,
    }


@asynccontextmanager
async def bot_process(
    name: str, argv: Sequence[str], environment: dict[str, str], port: int, fake: FakeTelegramAPI
) -> AsyncIterator[BotProcess]:
    """Start `python argv…`, wait until it answers on `port`, stop it (SIGTERM) at the end."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, *argv,
        cwd=ROOT, env=environment, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    session = aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=120))
    running = BotProcess(name, port, process, session, fake)
    try:
        async with asyncio.timeout(START_TIMEOUT):
            while True:
                if process.returncode is not None:
                    _out, err = await process.communicate()
                    raise RuntimeError(f"{name} ended early: {err.decode()[-2000:]}")
                try:
                    # Any answer means the web server is up; an empty update is refused with 400.
                    async with session.post(f"http://127.0.0.1:{port}/telegram/webhook", data=b"") as reply:
                        if reply.status in (200, 400, 401, 422):
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        yield running
    finally:
        await session.close()
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        try:
            _out, err = await asyncio.wait_for(process.communicate(), 30)
        except TimeoutError:
            process.kill()
            _out, err = await process.communicate()
        running.stderr.append(err.decode())


def tracebacks(processes: Sequence[BotProcess]) -> str:
    """Whatever the processes said at WARNING and above, if it contains a traceback (worth reading)."""
    return "\n".join(p.stderr[0][-3000:] for p in processes if p.stderr and "Traceback" in p.stderr[0])
