"""Storage on both databases: migrations, uniqueness, cascades, idempotency, time zones, the whole service.

Every test here runs twice, `[sqlite]` and `[postgres]` (see the `database` fixture in conftest.py).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import delete, func, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import StatementError

from bot import app as application
from bot.config import load_settings
from bot.conversation import Address, Answer
from bot.demo import COACHES, COORDINATORS, MUNICIPALITIES, load_demo
from bot.storage import repositories as repo
from bot.storage.database import Database, alembic_config
from bot.storage.models import Base, Coach, Conversation, Coordinator, Municipality, Person, ProcessedUpdate
from flows.engine import Incoming

TABLES = set(Base.metadata.tables)  # every model's table is made by a migration
BERLIN_SUMMER = timezone(timedelta(hours=2))


async def count(db: Database, model: type[Base], *where: Any) -> int:
    async with db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def rows_about(db: Database, person_id: int) -> dict[str, int]:
    """Rows in any table with a foreign key to `people` that still point at `person_id`."""
    found = {}
    async with db.session() as session:
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name == "people":
                    n = await session.scalar(
                        select(func.count()).select_from(table).where(fk.parent == person_id)
                    )
                    if n:
                        found[table.name] = int(n)
    return found


# -- schema -----------------------------------------------------------------------------------------


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def test_upgrade_creates_the_schema_and_running_it_twice_is_harmless(database_url: str) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert {"people", "conversations", "processed_updates"} <= TABLES
    db = Database(database_url)
    try:
        async with db.engine.connect() as connection:
            assert await connection.run_sync(_tables) == set()

        await db.upgrade()
        async with db.engine.connect() as connection:
            assert await connection.run_sync(_tables) == TABLES | {"alembic_version"}
            assert await connection.run_sync(_current_revision) == head

        async with db.session() as session:
            session.add(Municipality(name="Bruchsal", county="Landkreis Karlsruhe"))

        await db.upgrade()
        async with db.engine.connect() as connection:
            assert await connection.run_sync(_tables) == TABLES | {"alembic_version"}
            assert await connection.run_sync(_current_revision) == head
        assert await count(db, Municipality) == 1
    finally:
        await db.dispose()


def _migrate(connection: Connection, revision: str, down: bool) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    (command.downgrade if down else command.upgrade)(config, revision)


def _journal_functions(connection: Connection) -> set[str]:
    if connection.dialect.name != "postgresql":
        return set()
    names = "SELECT proname FROM pg_proc WHERE proname LIKE 'lotse\\_%'"
    return set(connection.execute(text(names)).scalars())


async def test_every_migration_goes_down_to_nothing_and_up_again(database_url: str) -> None:
    """An operator can step back after an upgrade: every downgrade runs, and the upgrade after it again
    (on PostgreSQL the journal's functions of migration 0016 go and come back with their revision)."""
    db = Database(database_url)
    try:
        await db.upgrade()
        async with db.engine.begin() as connection:
            functions = await connection.run_sync(_journal_functions)
            await connection.run_sync(_migrate, "0015", True)
            assert await connection.run_sync(_journal_functions) == set()
            await connection.run_sync(_migrate, "base", True)
            assert await connection.run_sync(_tables) == {"alembic_version"}
            await connection.run_sync(_migrate, "head", False)
            assert await connection.run_sync(_tables) == TABLES | {"alembic_version"}
            assert await connection.run_sync(_journal_functions) == functions
        if database_url.startswith("postgresql"):
            assert functions == {"lotse_store_updates", "lotse_finish_update"}
    finally:
        await db.dispose()


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "compare_server_default": True}
    )
    return list(compare_metadata(context, Base.metadata))


async def test_migrations_match_the_models(database: Database) -> None:
    """A model changed without a migration (or the other way round) fails here."""
    async with database.engine.connect() as connection:
        differences = await connection.run_sync(_differences)
    assert differences == [], "models and migrations differ; write a migration:\n" + "\n".join(
        map(repr, differences)
    )


# -- people and conversations -----------------------------------------------------------------------


async def test_a_person_and_their_conversation_survive_a_restart(database: Database) -> None:
    agreed = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    async with database.session() as session:
        person = await repo.get_or_create_person(session, "telegram", "4711")
        person.language = "uk"
        person.consent_version = "2026-11"
        person.consent_at = agreed
        conversation = await repo.get_conversation(session, person)
        conversation.step = "menu"
        conversation.data = {"suggested": "uk", "answers": {"city": "Bruchsal", "years": 3}}
        conversation.shown = ["find_work", "my_data"]
        person_id = person.id
    await database.dispose()

    restarted = Database(database.url)
    try:
        async with restarted.session() as session:
            found = await repo.get_person(session, "telegram", "4711")
            assert found is not None
            assert found.id == person_id
            assert (found.language, found.consent_version, found.consent_at) == ("uk", "2026-11", agreed)
            conversation = await repo.get_conversation(session, found)
            assert conversation.step == "menu"
            assert conversation.data == {"suggested": "uk", "answers": {"city": "Bruchsal", "years": 3}}
            assert conversation.shown == ["find_work", "my_data"]
            assert await repo.get_person(session, "whatsapp", "4711") is None
    finally:
        await restarted.dispose()


async def test_channel_and_external_id_identify_one_person(database: Database) -> None:
    async with database.session() as session:
        first = await repo.get_or_create_person(session, "telegram", "42")
    async with database.session() as session:
        again = await repo.get_or_create_person(session, "telegram", "42")
        other_channel = await repo.get_or_create_person(session, "whatsapp", "42")
    assert again.id == first.id
    assert other_channel.id != first.id
    assert await count(database, Person) == 2
    assert await count(database, Person, Person.channel == "telegram", Person.external_id == "42") == 1


async def test_two_sessions_racing_to_create_the_same_person_make_one_row(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two updates of a new person at once must leave one row, and both must get that row.

    On PostgreSQL both sessions are made to look first, see nobody, then both insert: the loser's insert
    fails on the unique constraint and it must use the winner's row. SQLite sessions take turns on the one
    pooled connection (see `Database`), so there the second session simply finds the first one's row.
    """
    interleave = database.engine.dialect.name != "sqlite"
    both_looked = asyncio.Barrier(2)
    lookups = 0
    original_get_person = repo.get_person

    async def get_person_then_wait(*args: Any, **kwargs: Any) -> Person | None:
        nonlocal lookups
        found = await original_get_person(*args, **kwargs)
        lookups += 1
        if interleave and lookups <= 2:
            await asyncio.wait_for(both_looked.wait(), timeout=10)
        return found

    monkeypatch.setattr(repo, "get_person", get_person_then_wait)

    async def create() -> int:
        async with database.session() as session:
            person = await repo.get_or_create_person(session, "whatsapp", "+4915112345678")
            return person.id

    ids = await asyncio.wait_for(asyncio.gather(create(), create()), timeout=60)
    assert ids[0] == ids[1]
    # Interleaved: two first looks and the loser's second look after its insert failed.
    assert lookups == (3 if interleave else 2)
    assert await count(database, Person) == 1


@pytest.mark.parametrize("how", ["repository", "orm", "sql"])
async def test_deleting_a_person_deletes_their_conversation(database: Database, how: str) -> None:
    async with database.session() as session:
        for external_id in ("leaving", "staying"):
            person = await repo.get_or_create_person(session, "terminal", external_id)
            conversation = await repo.get_conversation(session, person)
            conversation.step = "menu"
    assert await count(database, Conversation) == 2

    async with database.session() as session:
        leaving = await repo.get_person(session, "terminal", "leaving")
        assert leaving is not None
        if how == "repository":
            await repo.delete_person(session, leaving)
        elif how == "orm":
            await session.delete(leaving)
        else:  # the database's own ON DELETE CASCADE (SQLite needs PRAGMA foreign_keys=ON for it)
            await session.execute(delete(Person).where(Person.id == leaving.id))

    assert await count(database, Person) == 1
    async with database.session() as session:
        remaining = list(await session.scalars(select(Conversation)))
        staying = await repo.get_person(session, "terminal", "staying")
    assert staying is not None
    assert [c.person_id for c in remaining] == [staying.id]
    assert await rows_about(database, leaving.id) == {}


# -- processed updates -----------------------------------------------------------------------------


async def test_mark_processed_is_true_once_per_channel_and_key(database: Database) -> None:
    async def mark(channel: str, key: str) -> bool:
        async with database.session() as session:
            return await repo.mark_processed(session, channel, key)

    assert await mark("telegram", "1001") is True
    assert await mark("telegram", "1001") is False
    assert await mark("whatsapp", "1001") is True
    assert await mark("whatsapp", "1001") is False
    assert await mark("telegram", "1002") is True
    assert await count(database, ProcessedUpdate) == 3


async def test_a_repeated_update_in_the_same_session_leaves_the_transaction_usable(
    database: Database,
) -> None:
    async with database.session() as session:
        assert await repo.mark_processed(session, "telegram", "7") is True
    async with database.session() as session:
        assert await repo.mark_processed(session, "telegram", "7") is False
        # The failed insert was rolled back to its savepoint; the rest of the transaction goes on.
        await repo.get_or_create_person(session, "telegram", "99")
    assert await count(database, Person) == 1


async def test_forget_processed_before_removes_only_old_rows(database: Database) -> None:
    now = datetime.now(UTC)
    async with database.session() as session:
        session.add_all(
            [
                ProcessedUpdate(channel="telegram", key="ancient", received_at=now - timedelta(days=30)),
                ProcessedUpdate(channel="whatsapp", key="old", received_at=now - timedelta(days=8)),
                ProcessedUpdate(channel="telegram", key="recent", received_at=now - timedelta(days=6)),
                ProcessedUpdate(channel="telegram", key="fresh"),  # received_at defaults to now
            ]
        )
    async with database.session() as session:
        assert await repo.forget_processed_before(session) == 2
    async with database.session() as session:
        keys = set(await session.scalars(select(ProcessedUpdate.key)))
    assert keys == {"recent", "fresh"}

    async with database.session() as session:
        assert await repo.forget_processed_before(session, now - timedelta(days=1)) == 1
        assert await repo.forget_processed_before(session, now - timedelta(days=1)) == 0
    async with database.session() as session:
        assert set(await session.scalars(select(ProcessedUpdate.key))) == {"fresh"}
    async with database.session() as session:
        # Still new after forgetting: a repeat that old is treated as a new update.
        assert await repo.mark_processed(session, "telegram", "ancient") is True


# -- time zones ------------------------------------------------------------------------------------


def _is_utc(value: datetime | None) -> bool:
    return value is not None and value.tzinfo is not None and value.utcoffset() == timedelta(0)


async def test_datetimes_come_back_timezone_aware_in_utc(database: Database) -> None:
    agreed_in_berlin = datetime(2026, 7, 1, 12, 0, tzinfo=BERLIN_SUMMER)
    async with database.session() as session:
        person = await repo.get_or_create_person(session, "telegram", "1")
        person.consent_at = agreed_in_berlin
        await repo.mark_processed(session, "telegram", "update-1")

    async with database.session() as session:
        found = await repo.get_person(session, "telegram", "1")
        assert found is not None
        person = found
        for value in (person.consent_at, person.created_at, person.last_seen_at):
            assert _is_utc(value), value
        assert person.consent_at == agreed_in_berlin
        assert person.consent_at is not None and person.consent_at.hour == 10
        assert abs(datetime.now(UTC) - person.created_at) < timedelta(minutes=5)

        received = await session.scalar(select(ProcessedUpdate.received_at))
        assert _is_utc(received), received
        # Comparisons in SQL see the same instants, whatever zone the value was given in.
        found_id = await session.scalar(
            select(Person.id).where(Person.consent_at == agreed_in_berlin.astimezone(UTC))
        )
        assert found_id == person.id

    with pytest.raises(StatementError, match="naive datetime"):
        async with database.session() as session:
            session.add(ProcessedUpdate(channel="telegram", key="naive", received_at=datetime(2026, 1, 1)))


async def test_the_postgres_session_zone_does_not_leak_into_values(database: Database) -> None:
    """On PostgreSQL, a foreign session time zone does not change the instants read back."""
    async with database.session() as session:
        person = await repo.get_or_create_person(session, "telegram", "tz")
        person.consent_at = datetime(2026, 1, 15, 8, 0, tzinfo=UTC)
    async with database.session() as session:
        if database.engine.dialect.name == "postgresql":
            await session.execute(text("SET LOCAL TIME ZONE 'America/Los_Angeles'"))
        found = await repo.get_person(session, "telegram", "tz")
        assert found is not None and found.consent_at == datetime(2026, 1, 15, 8, 0, tzinfo=UTC)
        assert _is_utc(found.consent_at)


# -- the conversation service on a real database ----------------------------------------------------


def _option_ids(answer: Answer | None) -> list[str]:
    assert answer is not None
    return [option.id for option in answer.messages[-1].options]


async def test_the_conversation_service_end_to_end(database_url: str) -> None:
    app = await application.build(load_settings(database_url=database_url, _env_file=None))
    service, db = app.service, app.db
    me = Address("terminal", "x")
    try:
        answer = await service.handle(me, Incoming.message("/start"))
        assert "en" in _option_ids(answer) and "de" in _option_ids(answer)

        answer = await service.handle(me, Incoming.option("en"), update_key="u-1")
        assert _option_ids(answer) == ["agree", "decline"]
        assert answer is not None and answer.language == "en"
        # The same update delivered again is not answered twice.
        assert await service.handle(me, Incoming.option("en"), update_key="u-1") is None

        answer = await service.handle(me, Incoming.option("agree"))
        assert "my_data" in _option_ids(answer)
        assert answer is not None and "Thank you" in answer.messages[0].text

        async with db.session() as session:
            person = await repo.get_person(session, "terminal", "x")
            assert person is not None
            person_id = person.id
            assert person.language == "en"
            assert person.consent_version is not None and _is_utc(person.consent_at)
            assert (await repo.get_conversation(session, person)).step == "menu"

        # What is stored survives a restart of the whole application.
        await app.close()
        app = await application.build(load_settings(database_url=database_url, _env_file=None))
        service, db = app.service, app.db

        answer = await service.handle(me, Incoming.option("my_data"))
        assert "delete" in _option_ids(answer)
        answer = await service.handle(me, Incoming.option("delete"))
        assert _option_ids(answer) == ["yes", "no"]
        answer = await service.handle(me, Incoming.option("yes"))
        assert answer is not None and "deleted" in answer.messages[-1].text

        assert await count(db, Person) == 0
        assert await count(db, Conversation) == 0
        assert await rows_about(db, person_id) == {}

        # Writing again starts afresh, as a new person.
        answer = await service.handle(me, Incoming.message("/start"))
        assert "en" in _option_ids(answer)
        assert await count(db, Person) == 1
    finally:
        await app.close()


async def test_writing_again_later_stores_when_they_were_seen_and_where_they_are_now(
    database_url: str,
) -> None:
    """Someone who writes an hour after their last message: the time they were last seen, that they can
    be reached again, and their new place in the conversation are all stored by the one update (on
    PostgreSQL in one statement)."""
    now = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)]
    app = await application.build(
        load_settings(database_url=database_url, _env_file=None), clock=lambda: now[0]
    )
    me = Address("terminal", "later")
    try:
        for said in (Incoming.message("/start"), Incoming.option("en"), Incoming.option("agree")):
            await app.service.handle(me, said)
        async with app.db.session() as session:
            person = await repo.get_person(session, "terminal", "later")
            assert person is not None
            person.unreachable_at = now[0]  # a message to them failed meanwhile

        now[0] += timedelta(hours=1)
        answer = await app.service.handle(me, Incoming.option("my_data"))
        assert "delete" in _option_ids(answer)

        async with app.db.session() as session:
            person = await repo.get_person(session, "terminal", "later")
            assert person is not None
            assert person.last_seen_at == now[0]
            assert person.unreachable_at is None
            assert person.language == "en" and person.consent_version is not None
            assert (await repo.get_conversation(session, person)).step == "my_data"
    finally:
        await app.close()


# -- demo data -------------------------------------------------------------------------------------


async def test_loading_the_demo_twice_leaves_one_copy(database: Database) -> None:
    await load_demo(database)
    await load_demo(database)
    assert await count(database, Municipality) == len(MUNICIPALITIES)
    assert await count(database, Coach) == len(COACHES)
    assert await count(database, Coordinator) == len(COORDINATORS)
    async with database.session() as session:
        coaches = list(await session.scalars(select(Coach)))
        towns = {m.id: m.name for m in await session.scalars(select(Municipality))}
    assert sorted(c.name for c in coaches) == sorted(name for name, *_ in COACHES)
    assert {c.name: towns[c.municipality_id] for c in coaches if c.municipality_id} == {
        name: town for name, _id, _languages, _skills, town in COACHES
    }


async def test_processes_starting_together_migrate_once(database_url: str) -> None:
    """Two `lotse run` processes on a new database: one migrates, the other waits and finds it done."""
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite serves one process: several processes need PostgreSQL")
    first, second = Database(database_url), Database(database_url)
    try:
        changes = await asyncio.wait_for(asyncio.gather(first.upgrade(), second.upgrade()), timeout=60)
    finally:
        await first.dispose()
        await second.dispose()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert sorted((change.before or "", change.after) for change in changes) == [("", head), (head, head)]
