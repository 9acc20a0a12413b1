"""Shared fixtures: a migrated database on SQLite and on a real PostgreSQL 15 started for the test run.

Ask for `database` and a test runs twice, `[sqlite]` and `[postgres]`. `sqlite_database` is SQLite
alone. The PostgreSQL server is started once per run (see `tests/postgres.py`); each test gets a new
empty database on it. Set `LOTSE_TEST_POSTGRES_URL` to use an existing server instead, or run
`pytest -m "not postgres"` to leave PostgreSQL out.
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot.storage.database import Database
from tests import postgres
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI

if TYPE_CHECKING:
    from aiogram import Bot

BACKENDS = ("sqlite", "postgres")
_outcomes: Counter[tuple[str, str]] = Counter()
_server_description: list[str] = []
REPORT_VARIABLE = "LOTSE_TEST_DATABASES_FILE"  # scripts/test reads the "databases: …" line from here


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.Server]:
    """The PostgreSQL server of this run: started here (and removed at the end) or from the environment."""
    try:
        server, handle = postgres.start_or_connect()
    except postgres.Unavailable as exc:
        if os.environ.get(postgres.REQUIRE_VARIABLE):
            pytest.fail(f"PostgreSQL is required ({postgres.REQUIRE_VARIABLE} is set) but unavailable: {exc}")
        _server_description.append(f"skipped, {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    except postgres.StartFailed as exc:
        pytest.fail(f"Could not start PostgreSQL for the tests: {exc}")
    description = server.description
    if server.startup_seconds is not None:
        description += f" in {server.startup_seconds:.2f}s"
    _server_description.append(description)
    previous = signal.getsignal(signal.SIGTERM)
    if handle is not None:
        # A run stopped with SIGTERM (a CI timeout, `kill`) stops the server and removes its folder
        # first, then ends as SIGTERM would; otherwise the server would be left running.
        def stop_then_end(signum: int, frame: object) -> None:
            handle.stop()
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

        signal.signal(signal.SIGTERM, stop_then_end)
    try:
        yield server
    finally:
        if handle is not None:
            handle.stop()
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """Which database a `database` test runs on (the PostgreSQL server is started on first use)."""
    if request.param == "postgres":
        request.getfixturevalue("postgres_server")
    return str(request.param)


@pytest.fixture
async def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The URL of a new, empty database without any tables: once on SQLite, once on PostgreSQL."""
    if backend == "sqlite":
        yield _sqlite_url(tmp_path)
        return
    server: postgres.Server = request.getfixturevalue("postgres_server")
    url = await server.create_database()
    try:
        yield url
    finally:
        await server.drop_database(url)


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    """A migrated, empty database: once on SQLite, once on PostgreSQL."""
    async with _migrated(database_url) as db:
        yield db


@pytest.fixture
async def sqlite_database(tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated, empty SQLite database in a file of its own."""
    async with _migrated(_sqlite_url(tmp_path)) as db:
        yield db


@pytest.fixture
async def postgres_database(postgres_server: postgres.Server) -> AsyncIterator[Database]:
    """A migrated, empty database of its own on the PostgreSQL server of this run."""
    url = await postgres_server.create_database()
    try:
        async with _migrated(url) as db:
            yield db
    finally:
        await postgres_server.drop_database(url)


def _sqlite_url(directory: Path) -> str:
    return f"sqlite+aiosqlite:///{directory / 'lotse.db'}"


@asynccontextmanager
async def _migrated(url: str) -> AsyncIterator[Database]:
    db = Database(url)
    try:
        await db.upgrade()
        yield db
    finally:
        await db.dispose()


# -- which databases ran ---------------------------------------------------------------------------


def _backend_of(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    if callspec is not None and callspec.params.get("backend") in BACKENDS:
        return str(callspec.params["backend"])
    names = getattr(item, "fixturenames", ())
    if "sqlite_database" in names:
        return "sqlite"
    if "postgres_database" in names or "postgres_server" in names:
        return "postgres"
    return None


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    backend = getattr(report, "lotse_backend", None)
    if backend is None:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        outcome = "xfailed" if hasattr(report, "wasxfail") else report.outcome
        _outcomes[(backend, outcome)] += 1


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    report.lotse_backend = _backend_of(item)  # type: ignore[attr-defined]
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    parts = []
    for backend in BACKENDS:
        counts = {outcome: n for (name, outcome), n in sorted(_outcomes.items()) if name == backend}
        ran = sum(n for outcome, n in counts.items() if outcome != "skipped")
        detail = ", ".join(f"{n} {outcome}" for outcome, n in counts.items()) or "not selected"
        parts.append(f"{backend}: {detail}" + ("" if ran or not counts else " (did NOT run)"))
    summary = "; ".join(parts) if _outcomes else "no test used a database"
    lines = [f"databases: {summary}", *(f"postgres: {d}" for d in _server_description)]
    for line in lines:
        terminalreporter.write_line(line)
    if os.environ.get(REPORT_VARIABLE):
        Path(os.environ[REPORT_VARIABLE]).write_text("\n".join(lines) + "\n")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use PostgreSQL without the `database` parameter get the `postgres` marker too."""
    for item in items:
        if _backend_of(item) == "postgres" and item.get_closest_marker("postgres") is None:
            item.add_marker(pytest.mark.postgres)


# -- Telegram: the fake Bot API on 127.0.0.1, and Lotse's bot talking to it over HTTP ----------------


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI(DEFAULT_TOKEN) as fake:
        yield fake


@pytest.fixture
async def bot(fake_telegram: FakeTelegramAPI) -> AsyncIterator[Bot]:
    """`bot.app.make_bot`'s bot (its session and defaults), pointed at the fake Bot API."""
    from bot.app import make_bot
    from bot.config import load_settings

    settings = load_settings(telegram_bot_token=fake_telegram.token, telegram_api_base=fake_telegram.url)
    telegram_bot = make_bot(settings)
    try:
        yield telegram_bot
    finally:
        await telegram_bot.session.close()
