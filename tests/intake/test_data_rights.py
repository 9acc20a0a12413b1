"""The person's data: deletion leaves nothing in any table; inactive people are deleted after a warning."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

import bot.app  # noqa: F401  (every feature's tables are in Base.metadata)
from bot.app import build
from bot.config import load_settings
from bot.demo import load_demo
from bot.intake.retention import months_before, retention_pass
from bot.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import Base, OutboxMessage, Person
from flows.effects import Send, ToPerson
from flows.engine import Reply, t
from tests.dialog import Dialog

USER = "del-7f3a9c"
TITLE = "Glasbläserin-Q8z"
START = "ab dem 3. März 2027 Q8z"


async def rows_mentioning(db: Database, needles: list[str]) -> list[str]:
    """Every (table, column) whose value contains one of `needles`, over all tables of Base.metadata."""
    found = []
    async with db.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).mappings():
                for column, value in row.items():
                    text = str(value)
                    for needle in needles:
                        if needle in text:
                            found.append(f"{table.name}.{column}: {needle}")
    return found


async def test_delete_my_data_leaves_no_row_naming_the_person(database_url: str) -> None:
    app = await build(load_settings(database_url=database_url))
    try:
        await load_demo(app.db)
        dialog = Dialog(app, user=USER, language_hint="de")
        await dialog.say("/start")
        await dialog.say("Deutsch")
        await dialog.press("agree")
        await dialog.press("find_work")
        await dialog.press("start")
        for option in ("cv", "recognition", "done", "f9"):
            await dialog.press(option)
        await dialog.say(TITLE)
        for option in ("long", "university", "abroad", "b1", "gestattung"):
            await dialog.press(option)
        await dialog.say("Bruchsal")
        await dialog.press("part_time")
        await dialog.press("done")
        await dialog.say(START)
        await dialog.press("confirm")
        async with app.db.session() as session:
            person = await session.scalar(select(Person).where(Person.external_id == USER))
            assert person is not None
            # A queued message for them (e.g. a reminder): it must go too.
            later = datetime.now(UTC) + timedelta(days=3)
            await app.outbox.put(
                session, Send(ToPerson(person.id), Reply(t("retention-warning")), not_before=later)
            )
        assert len(await rows_mentioning(app.db, [USER, TITLE, START])) >= 3

        await dialog.say("/menu")
        await dialog.press("my_data")
        await dialog.press("delete")
        done = await dialog.press("yes")
        assert app.catalogues.format("de", "data-deleted") in done
        assert await rows_mentioning(app.db, [USER, TITLE, START]) == []
    finally:
        await app.close()


def test_months_before_keeps_the_day_where_it_can() -> None:
    assert months_before(datetime(2027, 3, 31, 12, tzinfo=UTC), 1) == datetime(2027, 2, 28, 12, tzinfo=UTC)
    assert months_before(datetime(2027, 1, 15, tzinfo=UTC), 12) == datetime(2026, 1, 15, tzinfo=UTC)
    assert months_before(datetime(2027, 1, 15, tzinfo=UTC), 13) == datetime(2025, 12, 15, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def test_inactive_people_are_warned_a_week_before_and_then_deleted(database: Database) -> None:
    start = datetime(2026, 1, 10, 9, tzinfo=UTC)
    clock = Clock(start)
    outbox = Outbox(clock=clock, coach_chat_id=None, coordinator_ids=[])
    async with database.session() as session:
        silent = Person(
            channel="telegram", external_id="111", language="ar", created_at=start, last_seen_at=start
        )
        back = Person(
            channel="telegram", external_id="222", language="de", created_at=start, last_seen_at=start
        )
        session.add_all([silent, back])

    async def run(at: datetime) -> Any:
        clock.now = at
        return await retention_pass(database, outbox, clock=clock, months=12)

    year_later = datetime(2027, 1, 10, 9, tzinfo=UTC)
    assert await run(year_later - timedelta(days=8)) == (0, 0)
    assert await run(year_later - timedelta(days=7, hours=-1)) == (2, 0)  # one warning each
    assert await run(year_later - timedelta(days=6)) == (0, 0)  # not twice
    async with database.session() as session:
        warnings = list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        assert [w.content["text"]["key"] for w in warnings] == ["retention-warning"] * 2
        assert all(w.purpose == "reminder" for w in warnings)
        # The second person writes again: their silence starts anew.
        person = await session.scalar(select(Person).where(Person.external_id == "222"))
        assert person is not None
        person.last_seen_at = year_later - timedelta(days=2)
    assert await run(year_later + timedelta(hours=2)) == (0, 1)
    async with database.session() as session:
        left = [p.external_id for p in await session.scalars(select(Person))]
        assert left == ["222"]
        assert [w.key for w in await session.scalars(select(OutboxMessage))] == [
            warnings[1].key
        ]  # the deleted person's warning went with them


async def test_someone_never_warned_is_warned_first_not_deleted(database: Database) -> None:
    """After an outage of the job: nobody is deleted without the week's warning."""
    start = datetime(2025, 1, 10, tzinfo=UTC)
    clock = Clock(datetime(2027, 1, 1, tzinfo=UTC))
    outbox = Outbox(clock=clock, coach_chat_id=None, coordinator_ids=[])
    async with database.session() as session:
        session.add(Person(channel="telegram", external_id="333", created_at=start, last_seen_at=start))
    assert await retention_pass(database, outbox, clock=clock, months=12) == (1, 0)
    clock.now += timedelta(days=7)
    assert await retention_pass(database, outbox, clock=clock, months=12) == (0, 1)
