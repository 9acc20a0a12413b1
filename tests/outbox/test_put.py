"""`Outbox.put` on SQLite and PostgreSQL: recipients resolved, idempotent keys, the caller's transaction."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.outbox import Outbox, queue
from bot.outbox.content import dump_reply
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import Coach, Coordinator, OutboxMessage
from flows.effects import Send, ToCoach, ToCoachesGroup, ToCoordinators, ToPerson
from flows.engine import Reply, t
from tests.outbox.conftest import COACH_CHAT_ID, START, Clock, add_person, note, queue_for, rows


async def test_a_message_to_a_person_goes_to_their_channel_and_is_due_now(
    database: Database, outbox: Outbox
) -> None:
    amira = await add_person(database, "whatsapp", "963912345678", "ar")
    jonas = await add_person(database, "telegram", "4711", "de")

    [first] = await queue_for(database, outbox, amira, Reply(t("welcome")), purpose="reminder")
    [second] = await queue_for(database, outbox, jonas, note("Hallo"))

    one, two = await rows(database)
    assert (one.id, one.channel, one.address, one.person_id, one.purpose) == (
        first,
        "whatsapp",
        "963912345678",
        amira,
        "reminder",
    )
    assert (two.id, two.channel, two.address, two.purpose) == (second, "telegram", "4711", "notice")
    assert one.state == two.state == "queued"
    assert one.not_before == START and one.attempts == 0 and one.sent_at is None
    assert one.content == {"v": 1, "text": {"key": "welcome"}}  # renderable, not rendered


async def test_a_message_for_later_keeps_its_time(database: Database, outbox: Outbox) -> None:
    jonas = await add_person(database, "telegram", "4711")
    await queue_for(database, outbox, jonas, note("Morgen"), not_before=START + timedelta(days=1))
    [row] = await rows(database)
    assert row.not_before == START + timedelta(days=1)


async def test_the_same_key_is_queued_once(database: Database, outbox: Outbox) -> None:
    jonas = await add_person(database, "telegram", "4711")
    assert len(await queue_for(database, outbox, jonas, note("Erinnerung"), key="reminder:booking:17")) == 1
    assert await queue_for(database, outbox, jonas, note("Erinnerung"), key="reminder:booking:17") == []
    assert len(await rows(database)) == 1


async def test_nothing_is_queued_when_the_cause_is_rolled_back(database: Database, outbox: Outbox) -> None:
    jonas = await add_person(database, "telegram", "4711")
    with pytest.raises(RuntimeError):
        async with database.session() as session:
            await outbox.put(session, Send(ToPerson(jonas), note("Hallo")))
            raise RuntimeError("the step failed after its effects were recorded")
    assert await rows(database) == []


async def test_deleting_a_person_deletes_their_queued_messages(database: Database, outbox: Outbox) -> None:
    amira = await add_person(database, "whatsapp", "963912345678", "ar")
    jonas = await add_person(database, "telegram", "4711")
    await queue_for(database, outbox, amira, note("eins"))
    await queue_for(database, outbox, amira, note("zwei"), not_before=START + timedelta(days=2))
    await queue_for(database, outbox, jonas, note("drei"))

    async with database.session() as session:
        found = await repo.get_person(session, "whatsapp", "963912345678")
        assert found is not None
        await repo.delete_person(session, found)

    assert [row.address for row in await rows(database)] == ["4711"]


async def test_coaches_the_group_and_the_coordinators(database: Database, outbox: Outbox) -> None:
    async with database.session() as session:
        coach = Coach(name="Petra", telegram_user_id=5001, languages=["de", "ar"])
        session.add_all([coach, Coordinator(name="Lena", telegram_user_id=7003)])
        session.add(Coordinator(name="Also listed", telegram_user_id=7001))
        await session.flush()
        coach_id = coach.id
        await outbox.put(session, Send(ToCoach(coach_id), note("Neue Anfrage")))
        await outbox.put(session, Send(ToCoachesGroup(topic_id=42), note("Fall 17")))
        await outbox.put(session, Send(ToCoordinators(), note("Bericht"), key="report:2026-12"))

    queued = [(r.channel, r.address, r.thread_id, r.coach_id, r.person_id) for r in await rows(database)]
    assert queued == [
        ("telegram", "5001", None, coach_id, None),
        ("telegram", str(COACH_CHAT_ID), 42, None, None),
        ("telegram", "7001", None, None, None),  # in COORDINATOR_IDS and the table: once
        ("telegram", "7002", None, None, None),
        ("telegram", "7003", None, None, None),
    ]

    # The same report again writes nothing; a coordinator added since gets theirs.
    async with database.session() as session:
        session.add(Coordinator(name="New", telegram_user_id=7004))
        await session.flush()
        ids = await outbox.put(session, Send(ToCoordinators(), note("Bericht"), key="report:2026-12"))
    assert [row.address for row in await rows(database) if row.id in ids] == ["7004"]


async def test_recipients_that_cannot_be_resolved_get_nothing_and_a_warning(
    database: Database, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    outbox = Outbox(clock=clock)  # no COACH_CHAT_ID, no COORDINATOR_IDS
    with caplog.at_level(logging.WARNING, logger="bot.outbox"):
        async with database.session() as session:
            session.add(Coach(name="Ohne Telegram", telegram_user_id=None))
            await session.flush()
            coach_id = await session.scalar(select(Coach.id))
            assert coach_id is not None
            assert await outbox.put(session, Send(ToPerson(999), note("x"))) == []
            assert await outbox.put(session, Send(ToCoach(coach_id), note("x"))) == []
            assert await outbox.put(session, Send(ToCoachesGroup(), note("x"))) == []
            assert await outbox.put(session, Send(ToCoordinators(), note("x"))) == []
    assert await rows(database) == []
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 4


async def test_release_waiting_makes_what_waited_due_now(
    database: Database, outbox: Outbox, clock: Clock
) -> None:
    amira = await add_person(database, "whatsapp", "963912345678", "ar")
    other = await add_person(database, "whatsapp", "963900000002", "ar")
    for person_id in (amira, amira, other):
        await queue_for(database, outbox, person_id, note("wartet"))
    async with database.session() as session:
        await session.execute(
            OutboxMessage.__table__.update().values(state="waiting", attempts=1, last_error="window closed")
        )

    clock.advance(hours=30)
    async with database.session() as session:
        assert await outbox.release_waiting(session, amira) == 2
    async with database.session() as session:
        assert await outbox.release_waiting(session, amira) == 0  # nothing left waiting

    mine = [
        (r.state, r.not_before, r.attempts, r.last_error)
        for r in await rows(database)
        if r.person_id == amira
    ]
    assert mine == [("queued", clock.now, 0, None)] * 2
    async with database.session() as session:
        waiting = select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state == "waiting")
        assert await session.scalar(waiting) == 1  # the other person's


async def test_wake_reaches_the_workers_of_the_channel(outbox: Outbox) -> None:
    woken: list[str] = []
    outbox.on_wake(lambda: woken.append("telegram"), "telegram")
    outbox.on_wake(lambda: woken.append("whatsapp"), "whatsapp")
    outbox.wake("telegram")
    outbox.wake()
    assert woken == ["telegram", "telegram", "whatsapp"]


async def test_a_waiting_row_remembers_what_its_delivery_noted_and_keeps_its_content(
    database: Database, outbox: Outbox
) -> None:
    """A template brought the text (`Delivered.remember`): the row keeps its message and photo and
    notes that, so the delivery after the person's answer sends the photo without the text again."""
    selam = await add_person(database, "whatsapp", "291700000001", "ti")
    photo = {"id": "media-1", "type": "image"}
    async with database.session() as session:
        [row_id] = await outbox.put(session, Send(ToPerson(selam), note("Jobmesse")), extra={"media": photo})
        await session.execute(OutboxMessage.__table__.update().values(state="sending", attempts=1))
    async with database.session() as session:
        assert not await queue.mark_waiting(session, row_id, 2, "x", {"text_delivered": True})  # not mine
        assert await queue.mark_waiting(session, row_id, 1, "template sent", {"text_delivered": True})
    [row] = await rows(database)
    assert row.state == "waiting" and row.last_error == "template sent"
    assert row.content == {**dump_reply(note("Jobmesse")), "extra": {"media": photo, "text_delivered": True}}
