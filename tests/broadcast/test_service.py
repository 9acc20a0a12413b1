"""Broadcasting on SQLite and PostgreSQL: who gets it, in which language, rows written once (also after
a restart half-way), quiet hours, cancelling, and event places with a waiting list."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot.broadcast import service
from bot.broadcast.audience import Audience, resolve
from bot.broadcast.desk import BroadcastDesk
from bot.broadcast.runner import BroadcastRunner
from bot.broadcast.service import Draft
from bot.outbox.content import load_reply
from bot.storage.database import Database
from bot.storage.models import Broadcast, OutboxMessage
from tests.broadcast.conftest import BERLIN, Clock, add_coach, add_people, make_config, rows
from tests.fakes.libretranslate import FakeLibreTranslate


async def create(db: Database, config: service.BroadcastConfig, draft: Draft) -> int:
    async with db.session() as session:
        broadcast, _resolved = await service.create(session, config, draft)
        return broadcast.id


async def test_audience_by_language_and_municipality_leaves_out_unsubscribed_and_blocked(
    database: Database, clock: Clock
) -> None:
    ids = await add_people(
        database,
        {"lang": "ar", "place": "Bruchsal"},
        {"lang": "uk", "place": "Ettlingen"},
        {"lang": "uk", "place": "Bretten"},  # another town
        {"lang": "fa", "place": "Bruchsal"},  # another language
        {"lang": "ar", "place": "Bruchsal", "blocked": True},
        {"lang": "ar", "place": "Ettlingen"},  # unsubscribes below
        {"lang": "ar", "place": "Bruchsal", "consent": False},  # never agreed: never written to
        {"lang": "ar", "channel": "whatsapp", "place": "Ettlingen"},
    )
    await add_coach(database, 900_000_001)
    config = make_config(clock)
    async with database.session() as session:
        await BroadcastDesk(session, config).subscribe(ids[5], False)
    audience = Audience(languages=("ar", "uk"), municipalities=("Bruchsal", "ettlingen"))
    async with database.session() as session:
        found = await resolve(session, audience)
    assert [r.person_id for r in found.recipients] == [ids[0], ids[1], ids[7]]
    assert found.per_channel() == {"ar": {"telegram": 1, "whatsapp": 1}, "uk": {"telegram": 1}}
    assert (found.unsubscribed, found.blocked) == (1, 1)

    # Everyone: the people who agreed and the coaches; only coaches; German level from the intake.
    async with database.session() as session:
        everyone = await resolve(session, Audience())
        coaches = await resolve(session, Audience(role="coaches"))
    assert len(everyone.recipients) == 6 and everyone.recipients[-1].coach_id is not None
    assert [r.address for r in coaches.recipients] == ["900000001"]
    await add_people(database, {"lang": "ti", "german": "A2"}, {"lang": "so", "german": "B2"})
    async with database.session() as session:
        a2 = await resolve(session, Audience(intake={"german": ("A1", "A2")}))
    assert [r.language for r in a2.recipients] == ["ti"]


async def test_one_translation_per_language_and_the_coordinators_own_text(
    database: Database, clock: Clock, libre: FakeLibreTranslate
) -> None:
    await add_people(database, *[{"lang": lang} for lang in ("ar", "ar", "uk", "uk", "uk", "de", "ps")])
    config = make_config(clock, libre)
    text = "Bewerbungswerkstatt am Donnerstag"
    libre.phrases[("de", "ar", text)] = "ورشة طلبات العمل يوم الخميس"
    draft = {"text": text, "audience": {}, "overrides": {"ps": "زما خپل متن"}}
    async with database.session() as session:
        preview = await BroadcastDesk(session, config).preview(draft)
    assert preview.texts["ar"] == ("ورشة طلبات العمل يوم الخميس", "machine")
    assert preview.texts["uk"] == ("[uk] " + text, "machine")
    assert preview.texts["ps"] == ("زما خپل متن", "coordinator")
    assert preview.texts["de"] == (text, "source")
    assert preview.total == 7
    # The preview, the stored broadcast and its start: still one call per language (the cache).
    broadcast_id = await create(database, config, Draft(text, overrides={"ps": "زما خپل متن"}))
    await BroadcastRunner(database, config).start_due()
    assert sorted(call["target"] for call in libre.calls) == ["ar", "uk"]
    written = await rows(database, broadcast_id)
    by_language = {row.language: load_reply(row.content).text.args["body"] for row in written}
    assert by_language == {
        "ar": "ورشة طلبات العمل يوم الخميس",
        "uk": "[uk] " + text,
        "ps": "زما خپل متن",
        "de": text,
    }
    # Every announcement carries "Unsubscribe"; spread at the channel's rate (30 a second on Telegram,
    # falling due a little faster: the sender's limiter sets the pace).
    assert all(load_reply(row.content).options[-1].id == "news.stop" for row in written)
    times = sorted(row.not_before for row in written)
    assert times[-1] - times[0] == timedelta(seconds=6 / (30 * service.LEAD))


async def test_a_restart_half_way_writes_every_row_once(database: Database, clock: Clock) -> None:
    await add_people(database, *[{"lang": "de"} for _ in range(1200)])
    config = make_config(clock)
    broadcast_id = await create(database, config, Draft("Jobmesse"))
    runner = BroadcastRunner(database, config)
    # A process claimed it, wrote the first batch and died: the broadcast stays `starting`.
    async with database.session() as session:
        broadcast = await session.get(Broadcast, broadcast_id)
        assert broadcast is not None
        broadcast.state, broadcast.claimed_until = "starting", clock() + timedelta(seconds=60)
    people = (await _resolved(database)).recipients
    async with database.session() as session:
        broadcast = await session.get(Broadcast, broadcast_id)
        assert broadcast is not None
        spacing = service.Spacing(clock(), config.rates, config.quiet)
        await service.write_batch(session, broadcast, people[:500], spacing, {}, clock())
        broadcast.cursor = people[700].key  # the cursor lags behind: rows 501-700 are written again below
        await service.write_batch(session, broadcast, people[500:701], spacing, {}, clock())
    assert await runner.start_due() == []  # the lease still runs: nobody takes it over
    clock.move(timedelta(seconds=61))
    assert await runner.start_due() == [broadcast_id]
    written = await rows(database, broadcast_id)
    assert len(written) == 1200 and len({row.key for row in written}) == 1200
    async with database.session() as session:
        broadcast = await session.get(Broadcast, broadcast_id)
        assert broadcast is not None and broadcast.state == "running"
    # Writing them all again (a second process, a repeated start) adds nothing.
    async with database.session() as session:
        broadcast = await session.get(Broadcast, broadcast_id)
        assert broadcast is not None
        spacing = service.Spacing(clock(), config.rates, config.quiet)
        assert await service.write_batch(session, broadcast, people, spacing, {}, clock()) == 0


async def _resolved(db: Database) -> service.Resolved:
    async with db.session() as session:
        return await resolve(session, Audience())


async def test_quiet_hours_push_the_rest_to_the_morning(database: Database, clock: Clock) -> None:
    await add_people(database, *[{"lang": "de"} for _ in range(90)])
    clock.now = clock.now.replace(hour=19, minute=59, second=59)  # 20:59:59 in Berlin
    config = make_config(clock, rates={"telegram": 30.0})
    broadcast_id = await create(database, config, Draft("Forum heute Abend"))
    await BroadcastRunner(database, config).start_due()
    local = sorted(row.not_before.astimezone(BERLIN) for row in await rows(database, broadcast_id))
    evening = [t for t in local if t.hour == 20]
    morning = [t for t in local if t.hour == 8]
    assert len(evening) == 45 and len(morning) == 45  # one second's worth before 21:00, the rest at 08:00
    assert morning[0].date() == evening[0].date() + timedelta(days=1) and morning[0].minute == 0

    # Rows that fell behind (a slow channel) and are still queued at 21:00 are moved too, in order.
    clock.move(timedelta(minutes=5))
    async with database.session() as session:
        report = await service.report(session, config, broadcast_id)
    assert report is not None and report["state"] == "paused"
    moved = await BroadcastRunner(database, config).sweep_quiet()
    assert moved == 45
    local = sorted(row.not_before.astimezone(BERLIN) for row in await rows(database, broadcast_id))
    assert all(t.hour == 8 for t in local)


async def test_schedule_and_cancel(database: Database, clock: Clock) -> None:
    await add_people(database, {"lang": "de"}, {"lang": "ar"})
    config = make_config(clock)
    later = clock() + timedelta(hours=2)
    broadcast_id = await create(database, config, Draft("Seminar", scheduled_at=later))
    runner = BroadcastRunner(database, config)
    assert await runner.start_due() == []
    async with database.session() as session:
        assert await service.cancel(session, config, broadcast_id) == "cancelled"
    clock.move(timedelta(hours=3))
    assert await runner.start_due() == []
    assert await rows(database, broadcast_id) == []
    # Stopped while sending: what is not sent goes, the report keeps what was delivered.
    second = await create(database, config, Draft("Jobmesse"))
    await runner.start_due()
    async with database.session() as session:
        first = await session.scalar(
            select(OutboxMessage).where(OutboxMessage.broadcast_id == second).limit(1)
        )
        assert first is not None
        first.state = "sent"
    async with database.session() as session:
        assert await service.cancel(session, config, second) == "stopped"
        report = await service.report(session, config, second)
    assert report is not None and report["state"] == "cancelled" and report["delivered"] == 1
    assert [row.state for row in await rows(database, second)] == ["sent"]


async def test_event_places_waiting_list_and_moving_up(database: Database, clock: Clock) -> None:
    ids = await add_people(database, {"lang": "ar"}, {"lang": "uk"}, {"lang": "de"}, {"lang": "fa"})
    outsider = (await add_people(database, {"lang": "de", "consent": False}))[0]
    config = make_config(clock)
    event_at = clock() + timedelta(days=3)
    broadcast_id = await create(
        database, config, Draft("Workshop", event_at=event_at, place="Rathaus", capacity=2)
    )
    await BroadcastRunner(database, config).start_due()

    async def answer(person_id: int, what: str) -> tuple[str, int]:
        async with database.session() as session:
            result = await BroadcastDesk(session, config).respond(person_id, broadcast_id, what)
            return result.status, result.position

    assert await answer(ids[0], "yes") == ("confirmed", 0)
    assert await answer(ids[0], "yes") == ("already", 0)  # a double tap takes no second place
    assert await answer(ids[1], "yes") == ("confirmed", 0)
    assert await answer(ids[2], "yes") == ("waiting", 1)
    assert await answer(ids[3], "yes") == ("waiting", 2)
    assert await answer(outsider, "yes") == ("gone", 0)  # never got it: a forged button
    reminders = [row for row in await rows(database) if row.purpose == "reminder"]
    assert {row.person_id for row in reminders} == {ids[0], ids[1]}
    assert all(row.not_before == event_at - timedelta(hours=24) for row in reminders)

    # The first gives the place back: their reminder goes, the first on the waiting list moves up,
    # is told in a new message, and gets the reminder.
    assert await answer(ids[0], "cancel") == ("cancelled", 0)
    everything = await rows(database)
    assert {row.person_id for row in everything if row.purpose == "reminder"} == {ids[1], ids[2]}
    [moved] = [row for row in everything if row.broadcast_id is None and row.purpose == "broadcast"]
    assert moved.person_id == ids[2] and load_reply(moved.content).text.key == "event-moved-up"
    assert load_reply(moved.content).options[0].id == f"event.{broadcast_id}.cancel"
    assert await answer(ids[3], "yes") == ("waiting", 1)
    async with database.session() as session:
        report = await service.report(session, config, broadcast_id)
    assert report is not None and (report["sign_ups"], report["waiting_list"]) == (2, 1)
    clock.move(timedelta(days=4))
    assert (await answer(ids[1], "cancel"))[0] == "past"


async def test_two_processes_starting_the_same_broadcast_write_each_row_once(
    database_url: str, database: Database, clock: Clock
) -> None:
    await add_people(database, *[{"lang": "de"} for _ in range(1100)])
    config = make_config(clock)
    broadcast_id = await create(database, config, Draft("Jobmesse"))
    other = Database(database_url)
    await other.connect()
    try:
        first, second = await asyncio.gather(
            BroadcastRunner(database, config).start_due(), BroadcastRunner(other, config).start_due()
        )
    finally:
        await other.dispose()
    if database_url.startswith("postgresql"):
        assert sorted(first + second) == [broadcast_id]  # FOR UPDATE SKIP LOCKED: one of them took it
    # (SQLite has one writer and is for one process: both may start it; the keys still hold.)
    written = await rows(database, broadcast_id)
    assert len(written) == 1100 and len({row.key for row in written}) == 1100


async def test_cancelling_an_event_drops_its_reminders(database: Database, clock: Clock) -> None:
    [amira] = await add_people(database, {"lang": "ar"})
    config = make_config(clock)
    event_at = clock() + timedelta(days=3)
    broadcast_id = await create(database, config, Draft("Workshop", event_at=event_at, place="Rathaus"))
    await BroadcastRunner(database, config).start_due()
    async with database.session() as session:
        answer = await BroadcastDesk(session, config).respond(amira, broadcast_id, "yes")
    assert answer.status == "confirmed"
    assert [row.purpose for row in await rows(database)].count("reminder") == 1
    async with database.session() as session:
        assert await service.cancel(session, config, broadcast_id) == "stopped"
    assert [row.purpose for row in await rows(database)].count("reminder") == 0
