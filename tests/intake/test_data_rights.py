"""The person's data: deletion leaves nothing in any table; inactive people are deleted after a warning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Column, Table, func, select

import bot.app  # noqa: F401  (every feature's tables are in Base.metadata)
from bot.app import build
from bot.config import load_settings
from bot.demo import load_demo
from bot.intake.retention import months_before, retention_pass
from bot.intake.service import export_person
from bot.intake.translations import IntakeTranslations
from bot.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import Base, OutboxMessage, Person, utcnow
from flows.effects import Send, ToPerson
from flows.engine import Reply, t
from tests.dialog import Dialog
from tests.fakes.libretranslate import FakeLibreTranslate

USER = "del-7f3a9c"
TITLE = "نافخة زجاج Q8z"
START = "من 3 مارس 2027 Q8z"
QUESTION = "سؤال عن العقد Q8z"


async def rows_mentioning(
    db: Database, needles: list[str], skip: Callable[[str, Any], bool] = lambda _table, _row: False
) -> list[str]:
    """Every (table, column) whose value contains one of `needles`, over all tables of Base.metadata."""
    found = []
    async with db.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).mappings():
                if skip(table.name, row):
                    continue
                for column, value in row.items():
                    text = str(value)
                    for needle in needles:
                        if needle in text:
                            found.append(f"{table.name}.{column}: {needle}")
    return found


def person_columns() -> list[tuple[Table, Column[Any]]]:
    """Every column of every table that points at a person (a foreign key to people.id, or a
    `person_id`): later features' tables are covered without naming them here."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            points = any(key.column.table.name == Person.__tablename__ for key in column.foreign_keys)
            if points or column.name == "person_id":
                found.append((table, column))
    return found


async def rows_pointing_at(db: Database, person_id: int) -> list[str]:
    found = []
    async with db.session() as session:
        for table, column in person_columns():
            count = await session.scalar(select(func.count()).select_from(table).where(column == person_id))
            if count:
                found.append(f"{table.name}.{column.name}: {count}")
        if await session.get(Person, person_id) is not None:
            found.append("people.id")
    return found


async def test_delete_my_data_leaves_no_row_naming_the_person(database_url: str) -> None:
    """A person who did everything: the intake (with a translated job title), a question to the coaches
    (with the translator's cache), an appointment (a notice to the coach, reminders queued) and a
    queued message. After "Delete my data" no row of any table holds their channel id, any of their
    answers or words, or points at them."""
    async with FakeLibreTranslate() as libre:
        settings = load_settings(
            database_url=database_url,
            coach_chat_id=-1001000000001,
            translator="libre",
            libretranslate_url=libre.url,
        )
        app = await build(settings)
        try:
            await load_demo(app.db)
            dialog = Dialog(app, user=USER, language_hint="ar")
            await dialog.say("/start")
            await dialog.say("العربية")
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
            assert app.handoff is not None
            assert await IntakeTranslations(app.db, app.handoff.translator, utcnow).answers() == 2
            # A question to the coaches, translated (and cached) for them.
            await dialog.say("/menu")
            await dialog.press("ask_coach")
            await dialog.say(QUESTION)
            await dialog.say("/menu")
            # An appointment: a notice to the coach with the short profile, reminders queued.
            await dialog.press("book")
            await dialog.say("Bruchsal")
            await dialog.say("1")
            booked = await dialog.say("1")
            assert "termin.ics" in booked or ".ics" in booked, booked
            async with app.db.session() as session:
                person = await session.scalar(select(Person).where(Person.external_id == USER))
                assert person is not None
                person_id = person.id
                # A queued message for them (e.g. a reminder): it must go too.
                later = datetime.now(UTC) + timedelta(days=3)
                await app.outbox.put(
                    session, Send(ToPerson(person.id), Reply(t("retention-warning")), not_before=later)
                )
            needles = [USER, TITLE, START, QUESTION, f"[de] {TITLE}"]
            before = await rows_mentioning(app.db, needles)
            assert {entry.split(".")[0] for entry in before} >= {"people", "intake_answers"}, before
            pointing = await rows_pointing_at(app.db, person_id)
            assert {entry.split(".")[0] for entry in pointing} >= {
                "people",
                "conversations",
                "intake_answers",
                "outbox",
                "bookings",
                "handoff_cases",
                "translations",
            }, pointing
            # The export (My data → As a file) holds the booking and the question to the coaches too.
            async with app.db.session() as session:
                exported = await export_person(session, person_id)
            assert len(exported["bookings"]) == 1 and exported["bookings"][0]["attendance"] is None
            assert [case["state"] for case in exported["cases"]] == ["open"]

            await dialog.say("/menu")
            await dialog.press("my_data")
            await dialog.press("delete")
            done = await dialog.press("yes")
            assert app.catalogues.format("ar", "data-deleted") in done
            assert await rows_pointing_at(app.db, person_id) == []
            # Messages to the coaches about them that still wait (the handoff card, their relayed question,
            # the booking notice) are gone too, not only those addressed to them.
            assert await rows_mentioning(app.db, needles) == []
            async with app.db.session() as session:
                assert list(await session.scalars(select(OutboxMessage))) == []
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
