"""Broadcasts end to end through the fake Telegram Bot API: the issue's "done when" (a seminar for the
Arabic- and Ukrainian-speaking people of two municipalities, translated, places with a waiting list, the
report), 429 and 403 during a run, a restart mid-broadcast without duplicates, the event reminder, a
photo, quiet hours."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from bot.broadcast import service
from bot.broadcast.runner import BroadcastRunner, TelegramBoard
from bot.outbox import DeliveryWorker
from bot.outbox import queue as outbox_queue
from bot.outbox.render import Renderer
from bot.storage.models import IntakeAnswers, Municipality, OutboxMessage, Person, utcnow
from tests.fakes.libretranslate import FakeLibreTranslate
from tests.fakes.telegram_api import MEDIA, FakeTelegramAPI
from tests.telegram.conftest import Lotse, TelegramPerson

COORDINATOR = 555_000_111


@pytest.fixture
async def libre() -> AsyncIterator[FakeLibreTranslate]:
    async with FakeLibreTranslate() as fake:
        yield fake


@pytest.fixture
async def lotse(
    fake_telegram: FakeTelegramAPI,
    libre: FakeLibreTranslate,
    tmp_path: Path,
) -> AsyncIterator[Lotse]:
    bot = Lotse(
        fake_telegram,
        tmp_path / "lotse.db",
        coordinator_ids=[COORDINATOR],
        translator="libre",
        libretranslate_url=libre.url,
        quiet_hours="",
        telegram_rate_limit=1000,
        telegram_paid_broadcast=True,
    )
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


async def ready(
    lotse: Lotse, user_id: int, language: str, button: str, town: str | None = None
) -> TelegramPerson:
    """Someone who chose a language and agreed; `town` as their intake answer."""
    person = lotse.person(user_id, language)
    await person.say("/start")
    await person.press(button)
    await person.press("agree")
    if town is not None:
        async with lotse.app.db.session() as session:
            place = await session.scalar(select(Municipality).where(Municipality.name == town))
            if place is None:
                place = Municipality(name=town, county="Landkreis Karlsruhe")
                session.add(place)
                await session.flush()
            person_id = await session.scalar(select(Person.id).where(Person.external_id == str(user_id)))
            answers = await session.get(IntakeAnswers, person_id)
            if answers is None:  # the intake was offered after consent: its row may be there already
                answers = IntakeAnswers(person_id=person_id, answers={})
                session.add(answers)
            answers.answers = {**answers.answers, "place": {"id": place.id, "name": town}}
    return person


def runner(lotse: Lotse) -> BroadcastRunner:
    assert lotse.app.broadcasts is not None
    return BroadcastRunner(
        lotse.app.db,
        lotse.app.broadcasts,
        board=TelegramBoard(lotse.sender),
        render=lambda text: lotse.app.catalogues.text(text, "de"),
    )


def worker(lotse: Lotse, **options: object) -> DeliveryWorker:
    return DeliveryWorker(lotse.app.db, lotse.sender, Renderer(lotse.app.catalogues), clock=utcnow, **options)  # type: ignore[arg-type]


async def deliver_all(lotse: Lotse, **options: object) -> None:
    """Until nothing due is queued: rows are spread over time at the channel's rate (here 1,000 a second);
    reminders for later stay."""
    delivery = worker(lotse, **options)
    for _ in range(100):
        await delivery.drain()
        async with lotse.app.db.session() as session:
            left = await session.scalar(
                select(OutboxMessage.id)
                .where(
                    OutboxMessage.state == "queued",
                    OutboxMessage.not_before <= utcnow() + timedelta(seconds=1),
                )
                .limit(1)
            )
        if left is None:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("rows still queued")


async def test_a_seminar_for_two_languages_in_two_towns(lotse: Lotse, libre: FakeLibreTranslate) -> None:
    text = "Bewerbungswerkstatt am Donnerstag"
    libre.phrases[("de", "ar", text)] = "ورشة طلبات العمل يوم الخميس"
    libre.phrases[("de", "uk", text)] = "Майстерня заяв у четвер"
    amira = await ready(lotse, 1001, "ar", "العربية", "Bruchsal")
    olena = await ready(lotse, 1002, "uk", "Українська", "Ettlingen")
    karim = await ready(lotse, 1003, "ar", "العربية", "Ettlingen")
    await ready(lotse, 1004, "ar", "العربية", "Bretten")  # another town
    await ready(lotse, 1005, "de", "Deutsch", "Bruchsal")  # another language
    lead = lotse.person(COORDINATOR, "de")
    await lead.say("/start")
    await lead.say("/broadcast")
    await lead.press("new")
    await lead.say(text)
    await lead.press("languages")
    await lead.say("العربية")
    await lead.say("Українська")
    await lead.press("done")
    await lead.press("municipalities")
    await lead.say("Bruchsal")
    await lead.say("Ettlingen")
    await lead.press("done")
    await lead.press("continue")
    await lead.press("yes")
    await lead.say("03.12.2030 18:00")
    await lead.say("Rathaus Bruchsal")
    preview = await lead.say("2")
    joined = "\n".join(sent.text or "" for sent in preview)
    assert "ورشة طلبات العمل يوم الخميس" in joined and "Майстерня заяв у четвер" in joined
    assert "Telegram 2" in joined and "Empfänger: 3" in joined
    await lead.press("send")

    await runner(lotse).tick()
    await deliver_all(lotse)
    [announcement] = amira.inbox[-1:]
    assert "ورشة طلبات العمل يوم الخميس" in (announcement.text or "")
    assert announcement.labels == ["✅ سأشارك", "ليس هذه المرة", "🔕 إلغاء الاشتراك"]
    assert "Майстерня заяв у четвер" in (olena.inbox[-1].text or "")
    assert lotse.fake.sent_to(1004)[-1].text != announcement.text  # Bretten: not in the audience

    # Two places: Amira and Olena sign up, Karim waits; Amira gives her place back, Karim moves up.
    assert "✅ لديك مكان" in ((await amira.press("✅ سأشارك", on=announcement))[-1].text or "")
    await olena.press("event.1.yes", on=olena.inbox[-1])
    waiting = await karim.press("event.1.yes", on=karim.inbox[-1])
    assert "(الرقم \u20681\u2069)" in (waiting[-1].text or "")  # RTL: the number isolated
    cancelled = await amira.press("✖ إلغاء مكاني")
    assert "ألغيت مكانك" in (cancelled[-1].text or "")
    await deliver_all(lotse)
    moved = karim.inbox[-1]
    assert "🎉 أصبح مكان فارغًا" in (moved.text or "") and moved.labels == ["✖ إلغاء مكاني"]

    # Progress as one edited message, then the report as a new one.
    await runner(lotse).tick()
    await deliver_all(lotse)
    progress = [s for s in lotse.fake.sent_to(COORDINATOR) if (s.text or "").startswith("📤 Ankündigung #1:")]
    assert len(progress) == 1 and "3 gesendet, 0 noch offen" in (progress[0].text or "")
    report = lotse.fake.sent_to(COORDINATOR)[-1].text or ""
    assert "Bericht zu Ankündigung #1" in report and "Zugestellt: 3" in report
    assert "Anmeldungen: 2" in report and "Warteliste: 0" in report
    for person, words in ((amira, "ورشة"), (olena, "Майстерня"), (karim, "ورشة")):
        assert sum(words in (sent.text or "") and "📣" in (sent.text or "") for sent in person.inbox) == 1


async def test_429_and_403_during_a_run(lotse: Lotse) -> None:
    people = [await ready(lotse, 2001 + n, "de", "Deutsch") for n in range(5)]
    lead = lotse.person(COORDINATOR, "de")
    await lead.say("/start")
    for step in ("/broadcast", "new", "Jobmesse am Samstag", "continue", "no", "send"):
        await (lead.say(step) if step.startswith("/") or " " in step else lead.press(step))
    await runner(lotse).start_due()
    lotse.fake.fail("sendMessage", 1, status=403)  # the first recipient blocked the bot
    lotse.fake.fail("sendMessage", 1, status=429, retry_after=1)  # then Telegram asks to wait once
    await deliver_all(lotse, concurrency=1)
    got = [bool(person.inbox) and "Jobmesse am Samstag" in (person.inbox[-1].text or "") for person in people]
    assert got == [False, True, True, True, True]
    async with lotse.app.db.session() as session:
        blocked = await session.scalar(select(Person.unreachable_at).where(Person.external_id == "2001"))
    assert blocked is not None
    # The next broadcast leaves the blocked person out and counts them.
    for step in ("/broadcast", "new", "Zweite Nachricht", "continue"):
        await (lead.say(step) if step.startswith("/") or " " in step else lead.press(step))
    preview = "\n".join(s.text or "" for s in await lead.press("no"))
    assert "Empfänger: 4" in preview and "Bot blockiert (bekommen sie nicht): 1" in preview
    assert all(sum("Jobmesse" in (s.text or "") for s in person.inbox) <= 1 for person in people)


async def test_a_restart_mid_broadcast_sends_everyone_exactly_once(lotse: Lotse) -> None:
    people = [await ready(lotse, 3001 + n, "de", "Deutsch") for n in range(8)]
    lead = lotse.person(COORDINATOR, "de")
    await lead.say("/start")
    for step in ("/broadcast", "new", "Forum am Montag", "continue", "no", "send"):
        await (lead.say(step) if step.startswith("/") or " " in step else lead.press(step))
    await runner(lotse).start_due()
    # A process claims two rows and dies before sending them (their lease runs out).
    now = utcnow()
    async with lotse.app.db.session() as session:
        claimed = await outbox_queue.claim(session, "telegram", now + timedelta(seconds=1), now, 2)
    assert len(claimed) == 2
    await lotse.restart()
    async with lotse.app.db.session() as session:  # the lease has run out
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.state == "sending").values(claimed_until=now)
        )
    await deliver_all(lotse)
    assert all(sum("Forum am Montag" in (s.text or "") for s in person.inbox) == 1 for person in people)


async def test_the_event_reminder_the_day_before(lotse: Lotse) -> None:
    amira = await ready(lotse, 4001, "de", "Deutsch")
    soon = (utcnow() + timedelta(hours=25)).astimezone(lotse.settings.zone)
    lead = lotse.person(COORDINATOR, "de")
    await lead.say("/start")
    for step in (
        "/broadcast",
        "new",
        "Online-Forum",
        "continue",
        "yes",
        soon.strftime("%d.%m.%Y %H:%M"),
        "https://meet.example/forum",
        "unlimited",
        "send",
    ):
        await (lead.press(step) if step.isalpha() else lead.say(step))
    await runner(lotse).start_due()
    await deliver_all(lotse)
    await amira.press("event.1.yes", on=amira.inbox[-1])
    async with lotse.app.db.session() as session:
        reminder = await session.scalar(select(OutboxMessage).where(OutboxMessage.purpose == "reminder"))
        assert reminder is not None
        assert timedelta(minutes=59) < reminder.not_before - utcnow() <= timedelta(hours=1)
        reminder.not_before = utcnow()  # an hour later
    await deliver_all(lotse)
    text = amira.inbox[-1].text or ""
    assert "⏰ Erinnerung: Morgen ist „Online-Forum“." in text and "https://meet.example/forum" in text
    assert amira.inbox[-1].labels == ["✖ Platz absagen"]
    # Cancelling the place from the reminder: the place is free (and no second reminder comes).
    assert "Ich habe Ihren Platz abgesagt" in ((await amira.press("✖ Platz absagen"))[-1].text or "")


async def test_a_photo_with_the_announcement_as_its_caption(lotse: Lotse) -> None:
    amira = await ready(lotse, 5001, "de", "Deutsch")
    lead = lotse.person(COORDINATOR, "de")
    await lead.say("/start")
    await lead.say("/broadcast")
    await lead.press("new")
    without = await lead.send(lotse.fake.update(message=lotse.fake.message(lead.user, photo=MEDIA["photo"])))
    assert "als Bildunterschrift" in "\n".join(sent.text or "" for sent in without)
    photo = lotse.fake.message(lead.user, photo=MEDIA["photo"], caption="Jobmesse: das Plakat")
    await lead.send(lotse.fake.update(message=photo))
    await lead.press("continue")
    preview = "\n".join(sent.text or "" for sent in await lead.press("no"))
    assert "📎 Mit Foto oder Dokument" in preview
    await lead.press("send")
    await runner(lotse).start_due()
    await deliver_all(lotse)
    copied = amira.inbox[-1]
    assert copied.copied_from == (COORDINATOR, photo["message_id"])
    assert "Jobmesse: das Plakat" in (copied.text or "") and copied.labels == ["🔕 Abmelden"]


async def test_quiet_hours_hold_the_announcement_until_the_morning(
    fake_telegram: FakeTelegramAPI,
    tmp_path: Path,
) -> None:
    # Quiet hours around the real "now" (Berlin), whatever time the tests run at.
    local = datetime.now(ZoneInfo("Europe/Berlin"))
    begin, end = local - timedelta(hours=1), local + timedelta(hours=2)
    quiet = f"{begin:%H:%M}-{end:%H:%M}"
    lotse = Lotse(
        fake_telegram, tmp_path / "lotse.db", coordinator_ids=[COORDINATOR], quiet_hours=quiet,
        telegram_rate_limit=1000, telegram_paid_broadcast=True, timezone="Europe/Berlin",
    )  # fmt: skip
    await lotse.start()
    try:
        amira = await ready(lotse, 3001, "de", "Deutsch")
        before = len(amira.inbox)
        lead = lotse.person(COORDINATOR, "de")
        await lead.say("/start")
        for step in ("/broadcast", "new", "Forum am Montag", "continue", "no", "send"):
            await (lead.say(step) if step.startswith("/") or " " in step else lead.press(step))
        await runner(lotse).tick()
        await worker(lotse).drain()
        assert amira.inbox[before:] == []  # nothing in the quiet hours
        assert lotse.app.broadcasts is not None
        async with lotse.app.db.session() as session:
            found = await service.report(session, lotse.app.broadcasts, 1)
        assert found is not None and found["state"] == "paused"

        morning = utcnow() + timedelta(hours=2, minutes=1)  # the quiet hours end: it goes, not later
        delivery = DeliveryWorker(
            lotse.app.db, lotse.sender, Renderer(lotse.app.catalogues), clock=lambda: morning
        )
        await delivery.drain()
        [announcement] = amira.inbox[before:]
        assert "Forum am Montag" in (announcement.text or "")
    finally:
        await lotse.stop()
