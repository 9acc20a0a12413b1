"""The async engine, sessions, the first connection at start-up, and the schema via Alembic.

`Database.connect` is the first thing start-up does with `DATABASE_URL`, so a mistake in it ends in one
line naming the variable and the cause instead of a driver traceback: a SQLite file that cannot be
opened, a PostgreSQL that refuses the login or has no such database. A PostgreSQL that is down or not yet
started is an outage, not a mistake: start-up waits for it with backoff and says so in the log, as it
does for a Telegram outage.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import event, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.config import ConfigError

log = logging.getLogger(__name__)

# How long a single attempt to reach PostgreSQL may take before it counts as "not reachable".
CONNECT_TIMEOUT = 10.0

# A pooled PostgreSQL connection unused for this long is pinged before it is handed out (see
# `_ping_when_idle`); one in steady use is not.
PING_AFTER_IDLE = 10.0

# PostgreSQL connections one process keeps (opened as needed, then kept), and the most it opens at once.
# SQLAlchemy's default keeps 5 and closes any connection returned while 5 wait idle: under load (up to
# 64 updates in hand, webhook stores, outbox workers) connections were opened and closed all the time,
# and each costs PostgreSQL a new backend process and Lotse a login and asyncpg's type introspection
# (bench/throughput.py: PostgreSQL's CPU per update). The most at once stays SQLAlchemy's 15.
POOL_SIZE = 15
MAX_OVERFLOW = 0

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


class Database:
    """One engine per process; one short session per unit of work."""

    def __init__(self, url: str, **engine_options: Any) -> None:
        self.url = url
        if url.startswith("sqlite"):
            # SQLite has one writer at a time. With several pooled connections, concurrent writers would
            # spin in SQLite's busy handler (sleeps of up to 100 ms: long tail latencies); one connection
            # makes them queue in the pool instead, in order.
            engine_options.setdefault("connect_args", {"timeout": 30})
            engine_options.setdefault("pool_size", 1)
            engine_options.setdefault("max_overflow", 0)
            engine_options.setdefault("pool_timeout", 60)
        else:
            engine_options.setdefault("connect_args", {"timeout": CONNECT_TIMEOUT})
            engine_options.setdefault("pool_size", POOL_SIZE)
            engine_options.setdefault("max_overflow", MAX_OVERFLOW)
        self.engine: AsyncEngine = create_async_engine(url, **engine_options)
        if url.startswith("sqlite"):
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        elif not engine_options.get("pool_pre_ping"):
            _ping_when_idle(self.engine)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session in a transaction: committed when the block ends, rolled back on an exception."""
        async with self.sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def raw_transaction(self) -> AsyncIterator[Any]:
        """PostgreSQL only: a pooled connection's own asyncpg connection, in a transaction that commits
        when the block ends and rolls back on an exception.

        For the few fixed statements that run for every update (the inbound journal): a transaction
        through an ORM session costs about twice the CPU of the same transaction on asyncpg, and each
        statement about three times (bench/hot_path.py). A connection that broke is discarded, not
        returned to the pool.
        """
        async with self.raw_connection() as raw, raw.transaction():
            yield raw

    @asynccontextmanager
    async def raw_connection(self) -> AsyncIterator[Any]:
        """PostgreSQL only: a pooled connection's own asyncpg connection, outside any transaction: each
        statement commits on its own. For a single statement that needs no transaction around it, such
        as a call of one of the journal's functions (migration 0016): BEGIN and COMMIT are two round
        trips of their own. A connection that broke is discarded, not returned to the pool.
        """
        async with self.engine.connect() as connection:
            raw = await driver_connection(connection)
            try:
                yield raw
            except BaseException:
                if raw.is_closed():
                    await connection.invalidate()
                raise

    async def connect(
        self,
        *,
        wait: float = math.inf,
        first_wait: float = 1,
        max_wait: float = 30,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Open one connection to prove `DATABASE_URL` works; wait up to `wait` s while PostgreSQL is down.

        Raises `ConfigError` (one line, naming DATABASE_URL) for what waiting cannot fix, or when the
        server is still unreachable after `wait` seconds. The engine is disposed before raising.
        """
        deadline = clock() + wait
        delay = first_wait
        while True:
            try:
                async with self.engine.connect() as connection:
                    await connection.execute(text("SELECT 1"))
                return
            except Exception as exc:
                outage = _outage(exc)
                if outage is None:
                    await self.dispose()
                    problem = _config_problem(self.url, exc)
                    if problem is None:
                        raise
                    raise ConfigError(f"Configuration error: DATABASE_URL: {problem}") from None
                where = _postgres_address(self.url)
                left = deadline - clock()
                if left <= 0:
                    await self.dispose()
                    raise ConfigError(
                        f"Database unavailable: DATABASE_URL: PostgreSQL at {where} is not reachable "
                        f"({outage}); gave up after {wait:.0f} s (DATABASE_WAIT sets how long to wait)"
                    ) from None
                pause = min(delay, left)
                log.warning(
                    "PostgreSQL at %s is not reachable (%s); trying again in %.0f s", where, outage, pause
                )
                await sleep(pause)
                delay = min(delay * 2, max_wait)

    async def upgrade(self) -> SchemaChange:
        """Bring the schema to the newest migration (start-up and `lotse db upgrade` both do this).

        Logs one line when migrations ran and nothing when the schema was already up to date.
        """
        async with self.engine.begin() as connection:
            change = await connection.run_sync(_upgrade)
        if change.changed:
            log.info("Database schema upgraded from %s to %s", change.before or "empty", change.after)
        return change

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception:  # any failure means "not ready"; /healthz says so
            log.warning("Database ping failed", exc_info=True)
            return False
        return True

    async def dispose(self) -> None:
        await self.engine.dispose()


async def driver_connection(connection: AsyncConnection) -> Any:
    """The asyncpg connection under a SQLAlchemy connection."""
    return (await connection.get_raw_connection()).driver_connection


async def begun(session: AsyncSession) -> Any:
    """PostgreSQL: the asyncpg connection of `session`, with the session's transaction begun on the
    server: the BEGIN that SQLAlchemy's asyncpg adapter sends before a session's first statement is sent
    now, through the adapter, so the session's commit or rollback ends it. For the statements of every
    update (the person, the journal): on asyncpg they cost a third of the CPU they cost through
    SQLAlchemy (see `Database.raw_transaction`). A statement sent before the BEGIN would commit on its
    own, hence the check.
    """
    adapter: Any = (await (await session.connection()).get_raw_connection()).dbapi_connection
    raw = adapter.driver_connection
    if not raw.is_in_transaction():
        await adapter._start_transaction()  # SQLAlchemy's own BEGIN (private), so its commit ends it
    if not raw.is_in_transaction():
        raise RuntimeError("the session's transaction did not begin")
    return raw


@dataclass(frozen=True)
class SchemaChange:
    """The schema revision before and after an upgrade (None: no Lotse tables yet)."""

    before: str | None
    after: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


# Any fixed number: the advisory lock that lets one of several processes starting at once migrate.
MIGRATION_LOCK = 0x4C6F747365  # "Lotse"


def _upgrade(connection: Connection) -> SchemaChange:
    if connection.dialect.name == "postgresql":
        # Two `lotse run` processes starting together: the second waits here, then finds nothing to do.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    before = MigrationContext.configure(connection).get_current_revision()
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    return SchemaChange(before, MigrationContext.configure(connection).get_current_revision())


# -- what went wrong with the first connection -----------------------------------------------------


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, the driver's error SQLAlchemy wraps, and their causes, outermost first."""
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop(0)
        if current is None or any(current is known for known in seen):
            continue
        seen.append(current)
        pending += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return seen


def _outage(exc: BaseException) -> str | None:
    """Why PostgreSQL could not be reached, when waiting may help; None when it is something else."""
    try:
        import asyncpg
    except ImportError:  # pragma: no cover - asyncpg is a dependency
        return None
    causes = _causes(exc)
    if any(isinstance(cause, (sqlite3.Error, asyncpg.PostgresError)) for cause in causes):
        for cause in causes:
            if isinstance(cause, asyncpg.CannotConnectNowError):
                return "the server is starting up or shutting down"
            if isinstance(cause, asyncpg.TooManyConnectionsError):
                return "too many connections"
        return None
    for cause in causes:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, TimeoutError):
            return "no answer within the time limit"
        if isinstance(cause, OSError) and cause.__class__.__name__ == "gaierror":
            return "host name not found"
        if isinstance(cause, OSError):
            return cause.strerror or str(cause) or type(cause).__name__
    return None


def _config_problem(url: str, exc: BaseException) -> str | None:
    """One phrase saying what is wrong with DATABASE_URL, or None for an error that is not about it."""
    causes = _causes(exc)
    if url.startswith("sqlite"):
        for cause in causes:
            if isinstance(cause, sqlite3.Error):
                return _sqlite_problem(url, cause)
        return None
    import asyncpg

    where = _postgres_address(url)
    parsed = make_url(url)
    for cause in causes:
        if isinstance(cause, asyncpg.InvalidCatalogNameError):
            return (
                f'PostgreSQL at {where} has no database "{parsed.database}" '
                f"(create it, e.g. createdb -O {parsed.username or 'lotse'} {parsed.database})"
            )
        if isinstance(cause, asyncpg.InvalidPasswordError):
            return f'PostgreSQL at {where} refused the password for user "{parsed.username}"'
        if isinstance(cause, asyncpg.InvalidAuthorizationSpecificationError):
            return f"PostgreSQL at {where} refused the login: {cause}"
        if isinstance(cause, asyncpg.PostgresError):
            return f"PostgreSQL at {where} refused the connection: {cause}"
    return None


def _sqlite_problem(url: str, error: sqlite3.Error) -> str:
    database = make_url(url).database
    if not database or database == ":memory:":
        return f"cannot open the in-memory SQLite database ({error})"
    path = Path(database).absolute()
    directory = path.parent
    if "not a database" in str(error):
        return f"{path} is not a SQLite database file"
    if path.is_dir():
        return f"cannot open the SQLite file {path} (it is a directory)"
    if not directory.exists():
        missing = directory
        while not missing.parent.exists():
            missing = missing.parent
        return f"cannot open the SQLite file {path} (directory {missing} does not exist)"
    if not directory.is_dir():
        return f"cannot open the SQLite file {path} ({directory} is not a directory)"
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return f"cannot open the SQLite file {path} (no permission to read and write it)"
    if not os.access(directory, os.W_OK | os.X_OK):
        return (
            f"cannot open the SQLite file {path} (no permission to create files in {directory}; "
            "SQLite needs that for the file and its journal)"
        )
    return f"cannot open the SQLite file {path} ({error})"


def _postgres_address(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


def _ping_when_idle(engine: AsyncEngine) -> None:
    """SQLAlchemy's `pool_pre_ping`, but only for connections that sat unused for `PING_AFTER_IDLE` s.

    A ping costs three round trips with asyncpg (begin, `;`, commit) and every update takes a connection
    twice, so pinging each checkout cost about 0.4 ms of CPU per update (bench/hot_path.py). Connections
    that break while idle (a restarted server, a firewall dropping quiet connections) are still replaced
    before use. One that breaks while in steady use fails the statement that finds it: SQLAlchemy then
    discards every pooled connection from before the failure, and the work is retried as any failed
    database work is (an update's handling after 2 s, a webhook call answered 503 and delivered again).
    """

    @event.listens_for(engine.sync_engine, "checkin")
    def checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return  # just connected, or in use a moment ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            raise DisconnectionError("idle connection failed its ping") from exc  # pool: a new one


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
