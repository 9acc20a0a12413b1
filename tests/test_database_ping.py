"""Pooled PostgreSQL connections that broke while idle are replaced before use (`Database`'s ping of
connections unused for a while, instead of a ping on every checkout)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bot.storage import database as database_module
from bot.storage.database import Database

pytestmark = pytest.mark.postgres


async def _backend_pid(db: Database) -> int:
    async with db.session() as session:
        return int(await session.scalar(text("SELECT pg_backend_pid()")))


async def _terminate(postgres_database: Database, pid: int) -> None:
    async with postgres_database.session() as session:
        await session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


async def test_a_connection_killed_while_idle_is_replaced_before_it_is_used(
    postgres_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "PING_AFTER_IDLE", 0.0)  # every checked-in connection is "idle"
    db = Database(postgres_database.url, pool_size=1, max_overflow=0)
    try:
        first = await _backend_pid(db)
        await _terminate(postgres_database, first)  # e.g. a server restart or a firewall's idle timeout

        assert await _backend_pid(db) != first  # no error: the dead connection was pinged and replaced
    finally:
        await db.dispose()


async def test_a_connection_in_steady_use_is_not_pinged(
    postgres_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(postgres_database.url, pool_size=1, max_overflow=0)
    statements: list[str] = []
    try:
        await _backend_pid(db)
        monkeypatch.setattr(db.engine.dialect, "do_ping", lambda _conn: statements.append("ping") or True)
        for _ in range(3):
            await _backend_pid(db)
        assert statements == []
        monkeypatch.setattr(database_module, "PING_AFTER_IDLE", 0.0)
        await _backend_pid(db)
        assert statements == ["ping"]
    finally:
        await db.dispose()
