"""Configuration: typed, from the environment, and a clear one-line refusal when something is wrong."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.storage.database import Database
from tests import postgres


def test_defaults_run_on_sqlite_in_berlin(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL", "WEBHOOK_URL", "TIMEZONE", "DEFAULT_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.telegram_bot_token is None
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.timezone == "Europe/Berlin"
    assert settings.telegram_api_base == "https://api.telegram.org"


def test_values_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:ABC-def_ghi")
    monkeypatch.setenv("COORDINATOR_IDS", "11, 22,33")
    monkeypatch.setenv("COACH_CHAT_ID", "-1001234567890")
    monkeypatch.setenv("DATABASE_URL", "postgresql://lotse:pw@db/lotse")
    settings = load_settings()
    assert settings.coordinator_ids == [11, 22, 33]
    assert settings.coach_chat_id == -1001234567890
    assert settings.database_url == "postgresql+asyncpg://lotse:pw@db/lotse"
    assert "ABC" not in repr(settings)  # secrets never show up in logs or tracebacks


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"COACH_CHAT_ID": "coaches"}, "COACH_CHAT_ID"),
        ({"COORDINATOR_IDS": "12,abc"}, "COORDINATOR_IDS"),
        ({"DEFAULT_LANGUAGE": "xx"}, "DEFAULT_LANGUAGE"),
        ({"TIMEZONE": "Mars/Olympus"}, "TIMEZONE"),
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
        ({"WEB_PORT": "99999"}, "WEB_PORT"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"TELEGRAM_BOT_TOKEN": "1:a", "WEBHOOK_URL": "https://x.example"}, "WEBHOOK_SECRET"),
        (
            {"TELEGRAM_BOT_TOKEN": "1:a", "WEBHOOK_URL": "https://x", "WEBHOOK_SECRET": "has space"},
            "WEBHOOK_SECRET",
        ),
    ],
)
def test_bad_configuration_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    message = str(error.value)
    assert named in message
    assert "\n" not in message


def test_log_level_is_checked_and_any_case_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_LEVEL", "debug")
    assert load_settings().log_level == "DEBUG"
    monkeypatch.setenv("LOG_LEVEL", "LOUD")
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert str(error.value) == (
        "Configuration error: LOG_LEVEL: 'LOUD' is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    )


def test_database_wait_is_seconds_or_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_WAIT", raising=False)
    assert load_settings().database_wait is None
    monkeypatch.setenv("DATABASE_WAIT", "")  # as .env.example has it
    assert load_settings().database_wait is None
    monkeypatch.setenv("DATABASE_WAIT", "2.5")
    assert load_settings().database_wait == 2.5
    for bad in ("-1", "soon"):
        monkeypatch.setenv("DATABASE_WAIT", bad)
        with pytest.raises(ConfigError, match="DATABASE_WAIT"):
            load_settings()


# -- DATABASE_URL at start-up: one line for a mistake, waiting with backoff for an outage ----------


class FakeTime:
    """A clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


async def test_a_postgres_that_is_down_is_waited_for_with_backoff_and_said_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from tests.postgres import free_port

    port = free_port()  # nothing listens there: connection refused, at once
    db = Database(f"postgresql+asyncpg://lotse:secret@127.0.0.1:{port}/lotse")
    time = FakeTime()
    with caplog.at_level(logging.WARNING, logger="bot.storage.database"), pytest.raises(ConfigError) as error:
        await db.connect(wait=20, sleep=time.sleep, clock=time.clock, max_wait=8)
    assert time.sleeps == [1, 2, 4, 8, 5]  # doubling up to max_wait, the last one cut to the deadline
    lines = [record.getMessage() for record in caplog.records]
    assert (
        lines[0]
        == f"PostgreSQL at 127.0.0.1:{port} is not reachable (connection refused); trying again in 1 s"
    )
    assert len(lines) == 5
    message = str(error.value)
    assert message.startswith("Database unavailable: DATABASE_URL: PostgreSQL at 127.0.0.1:")
    assert "gave up after 20 s" in message and "DATABASE_WAIT" in message
    assert "secret" not in message and "secret" not in caplog.text


async def test_a_refused_password_is_one_line_at_once() -> None:
    import asyncpg

    async def refuse() -> asyncpg.Connection:
        raise asyncpg.InvalidPasswordError('password authentication failed for user "lotse"')

    db = Database("postgresql+asyncpg://lotse:wrong@db.example:5433/lotse", async_creator=refuse)
    time = FakeTime()
    with pytest.raises(ConfigError) as error:
        await db.connect(wait=60, sleep=time.sleep, clock=time.clock)
    assert time.sleeps == []
    assert str(error.value) == (
        "Configuration error: DATABASE_URL: "
        'PostgreSQL at db.example:5433 refused the password for user "lotse"'
    )


async def test_a_server_that_is_starting_up_is_waited_for() -> None:
    import asyncpg

    attempts = 0

    async def starting() -> asyncpg.Connection:
        nonlocal attempts
        attempts += 1
        raise asyncpg.CannotConnectNowError("the database system is starting up")

    db = Database("postgresql+asyncpg://lotse@db.example/lotse", async_creator=starting)
    time = FakeTime()
    with pytest.raises(ConfigError, match="starting up"):
        await db.connect(wait=3, sleep=time.sleep, clock=time.clock)
    assert attempts == 3 and time.sleeps == [1, 2]


@pytest.mark.postgres
async def test_an_unknown_database_or_role_is_one_line_at_once(postgres_server: postgres.Server) -> None:
    time = FakeTime()
    unknown_database = Database(postgres_server.sqlalchemy_url("no_such_database"))
    with pytest.raises(ConfigError) as error:
        await unknown_database.connect(wait=60, sleep=time.sleep, clock=time.clock)
    assert 'has no database "no_such_database"' in str(error.value)
    unknown_role = Database(postgres_server.url.set(username="nobody").render_as_string(hide_password=False))
    with pytest.raises(ConfigError) as error:
        await unknown_role.connect(wait=60, sleep=time.sleep, clock=time.clock)
    assert 'role "nobody" does not exist' in str(error.value)
    assert time.sleeps == []


@pytest.mark.parametrize(
    ("make", "cause"),
    [
        (lambda d: d / "missing" / "deeper" / "lotse.db", "(directory {d}/missing does not exist)"),
        (lambda d: d, "cannot open the SQLite file {d} (it is a directory)"),
        (lambda d: d / "not-a-database.db", "{d}/not-a-database.db is not a SQLite database file"),
    ],
    ids=["missing directory", "a directory", "not a database"],
)
async def test_a_sqlite_file_that_cannot_be_opened_is_one_line(
    tmp_path: Path, make: Callable[[Path], Path], cause: str
) -> None:
    (tmp_path / "not-a-database.db").write_text("these are my notes, not a database\n" * 100)
    path = make(tmp_path)
    db = Database(f"sqlite+aiosqlite:///{path}")
    with pytest.raises(ConfigError) as error:
        await db.connect(wait=60)
    message = str(error.value)
    assert message.startswith("Configuration error: DATABASE_URL: ")
    assert cause.format(d=tmp_path) in message
    assert "\n" not in message
