"""Announcements on WhatsApp through the fake Graph API: inside the 24-hour window as a message with
buttons; outside it the `broadcast` template (announce_only) and the announcement itself when the person
writes; without a template the row waits (counted as waiting in the report). A coordinator's photo
(sent in Telegram, fetched from the fake Bot API) is uploaded to WhatsApp once and shown before the text."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from sqlalchemy import update

from bot.broadcast import service
from bot.broadcast.runner import BroadcastRunner
from bot.broadcast.service import Draft
from bot.outbox import DeliveryWorker
from bot.outbox.render import Renderer
from bot.storage.models import Broadcast, Person, utcnow
from handlers.telegram.coaches_group import TelegramMedia
from handlers.whatsapp.carry import WhatsAppCarrier
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI
from tests.whatsapp.conftest import Lotse, WhatsAppPerson, fake_graph  # noqa: F401  (fixture)

TEMPLATES = {"broadcast": {"name": "lotse_news", "languages": ["de", "en", "ar"], "announce_only": True}}


async def make(fake: FakeGraphAPI, tmp_path: Path, **settings: object) -> Lotse:
    bot = Lotse(fake, tmp_path / "lotse.db", quiet_hours="", whatsapp_rate_limit=1000, **settings)
    await bot.start()
    return bot


@pytest.fixture
async def lotse(fake_graph: FakeGraphAPI, tmp_path: Path) -> AsyncIterator[Lotse]:  # noqa: F811
    bot = await make(fake_graph, tmp_path, whatsapp_templates=TEMPLATES)
    yield bot
    await bot.stop()


async def announce(lotse: Lotse, text: str, **draft: object) -> int:
    config = lotse.app.broadcasts
    assert config is not None
    async with lotse.app.db.session() as session:
        broadcast, _ = await service.create(session, config, Draft(text, **draft))  # type: ignore[arg-type]
    await BroadcastRunner(lotse.app.db, config).start_due()
    later = utcnow() + timedelta(seconds=5)  # rows are spread at the channel's rate
    await DeliveryWorker(
        lotse.app.db, lotse.channel.delivery, Renderer(lotse.app.catalogues), clock=lambda: later
    ).drain()
    return broadcast.id


async def agreed(lotse: Lotse, wa_id: str) -> WhatsAppPerson:
    person = lotse.person(wa_id)
    await person.say("/start")
    await person.say("العربية")
    await person.press("agree")
    return person


async def test_inside_the_window_with_buttons_outside_by_template(lotse: Lotse) -> None:
    inside = await agreed(lotse, "4915100000001")
    outside = await agreed(lotse, "4915100000002")
    async with lotse.app.db.session() as session:
        await session.execute(
            update(Person)
            .where(Person.external_id == "4915100000002")
            .values(last_seen_at=utcnow() - timedelta(hours=25))
        )
    at = utcnow() + timedelta(days=3)
    broadcast_id = await announce(lotse, "Jobmesse in Bruchsal", event_at=at, place="Rathaus", capacity=5)
    message = inside.inbox[-1]
    assert "Jobmesse in Bruchsal" in (message.text or "")
    assert [option_id for option_id, _ in message.buttons] == [
        f"event.{broadcast_id}.yes",
        f"event.{broadcast_id}.no",
        "news.stop",
    ]
    [template] = [sent for sent in outside.inbox if sent.kind == "template"]
    assert template.template["name"] == "lotse_news" and template.template["language"] == {"code": "ar"}
    config = lotse.app.broadcasts
    assert config is not None
    async with lotse.app.db.session() as session:
        report = await service.report(session, config, broadcast_id)
    assert report is not None and (report["delivered"], report["waiting"]) == (1, 1)
    # The person answers the template: the announcement itself comes, with its buttons.
    before = len(outside.inbox)
    await outside.say("مرحبا")
    await DeliveryWorker(
        lotse.app.db, lotse.channel.delivery, Renderer(lotse.app.catalogues), clock=utcnow
    ).drain()
    got = outside.inbox[before:]
    assert any("Jobmesse in Bruchsal" in (sent.text or "") and sent.buttons for sent in got)
    answer = await outside.press(
        f"event.{broadcast_id}.yes", on=next(s for s in got if "Jobmesse" in (s.text or ""))
    )
    assert any("✅" in (sent.text or "") for sent in answer)


async def test_without_a_template_the_announcement_waits(fake_graph: FakeGraphAPI, tmp_path: Path) -> None:  # noqa: F811
    lotse = await make(fake_graph, tmp_path)
    try:
        person = await agreed(lotse, "4915100000003")
        async with lotse.app.db.session() as session:
            await session.execute(update(Person).values(last_seen_at=utcnow() - timedelta(hours=25)))
        before = len(person.inbox)
        broadcast_id = await announce(lotse, "Forum am Montag")
        assert person.inbox[before:] == []
        config = lotse.app.broadcasts
        assert config is not None
        async with lotse.app.db.session() as session:
            report = await service.report(session, config, broadcast_id)
        assert report is not None and (report["delivered"], report["waiting"]) == (0, 1)
    finally:
        await lotse.stop()


# -- a photo from the coordinator's Telegram chat ---------------------------------------------------

POSTER = {"channel": "telegram", "chat_id": 1234, "message_id": 77, "file_id": "POSTER", "type": "photo"}


async def announce_with_photo(lotse: Lotse, telegram: FakeTelegramAPI, bot: Bot, text: str) -> int:
    config = lotse.app.broadcasts
    assert config is not None
    async with lotse.app.db.session() as session:
        broadcast, _ = await service.create(session, config, Draft(text, media=POSTER))
    carrier = WhatsAppCarrier({"telegram": TelegramMedia(bot)}, lotse.sender)
    runner = BroadcastRunner(lotse.app.db, config, carriers={"whatsapp": carrier})
    await runner.start_due()
    return broadcast.id


async def drain(lotse: Lotse) -> None:
    later = utcnow() + timedelta(seconds=5)
    await DeliveryWorker(
        lotse.app.db, lotse.channel.delivery, Renderer(lotse.app.catalogues), clock=lambda: later
    ).drain()


@pytest.fixture
async def telegram() -> AsyncIterator[tuple[FakeTelegramAPI, Bot]]:
    async with FakeTelegramAPI(DEFAULT_TOKEN) as fake:
        bot = Bot(DEFAULT_TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.url)))
        try:
            yield fake, bot
        finally:
            await bot.session.close()


async def test_the_coordinators_photo_is_uploaded_once_and_shown_before_the_text(
    lotse: Lotse, telegram: tuple[FakeTelegramAPI, Bot]
) -> None:
    fake, bot = telegram
    fake.files["POSTER"] = b"JPEG of the job fair poster"
    amal = await agreed(lotse, "4915100000011")
    omar = await agreed(lotse, "4915100000012")
    before = {person.wa_id: len(person.inbox) for person in (amal, omar)}
    await announce_with_photo(lotse, fake, bot, "Jobmesse in Bruchsal")
    await drain(lotse)

    [upload] = lotse.fake.uploads  # one upload for everyone, not one a person
    assert upload.content == b"JPEG of the job fair poster" and upload.mime_type == "image/jpeg"
    for person in (amal, omar):
        photo, announcement = person.inbox[before[person.wa_id] :]
        assert photo.kind == "image" and photo.payload["image"]["id"] == upload.id
        assert "Jobmesse in Bruchsal" in announcement.text and announcement.titles  # with its buttons


async def test_without_the_photo_after_ten_minutes_the_text_goes_alone(
    lotse: Lotse, telegram: tuple[FakeTelegramAPI, Bot]
) -> None:
    fake, bot = telegram
    amal = await agreed(lotse, "4915100000013")
    before = len(amal.inbox)
    fake.fail("getFile", times=100)  # Telegram will not give the file out
    broadcast_id = await announce_with_photo(lotse, fake, bot, "Forum am Montag")
    await drain(lotse)
    assert amal.inbox[before:] == []  # it waits for the photo first…

    async with lotse.app.db.session() as session:  # …for ten minutes
        await session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast_id)
            .values(scheduled_at=utcnow() - timedelta(minutes=11))
        )
    config = lotse.app.broadcasts
    assert config is not None
    carrier = WhatsAppCarrier({"telegram": TelegramMedia(bot)}, lotse.sender)
    await BroadcastRunner(lotse.app.db, config, carriers={"whatsapp": carrier}).start_due()
    await drain(lotse)
    [announcement] = amal.inbox[before:]
    assert "Forum am Montag" in announcement.text and lotse.fake.uploads == []
