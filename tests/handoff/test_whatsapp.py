"""A WhatsApp person's case end to end: through the fake Graph API on the person's side and the fake Bot
API in the coaches' group, with the fake LibreTranslate between them. WhatsApp media cannot be copied
into Telegram (nor a coach's Telegram photo into WhatsApp): the relay fetches the file and sends it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.handoff.media import WhatsAppMedia
from bot.outbox import DeliveryWorker
from bot.outbox.render import Renderer
from bot.storage.models import utcnow
from handlers.telegram.sender import TelegramSender
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.libretranslate import FakeLibreTranslate
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI
from tests.handoff.conftest import COACH_CHAT_ID
from tests.whatsapp.conftest import Lotse


class Both:
    """The WhatsApp bot under test, and a Telegram sender for the coaches' group."""

    def __init__(self, lotse: Lotse, telegram: FakeTelegramAPI, bot: Bot) -> None:
        self.lotse, self.telegram, self.bot = lotse, telegram, bot
        self.sender = TelegramSender(bot, per_chat_burst=100, per_chat_period=1, backoff=0.05)
        app = lotse.app
        self.desk = app.coach_desk(self.sender)  # topics, the posts' record, fetching a coach's files
        assert app.handoff is not None
        channel = lotse.channel
        token = lotse.settings.whatsapp_token
        assert token is not None
        # As bot.app.make_whatsapp does: what a WhatsApp person sends is fetched for the coaches.
        app.handoff.media["whatsapp"] = WhatsAppMedia(
            channel.sender.client, channel.http, token.get_secret_value()
        )

    async def deliver(self) -> None:
        app = self.lotse.app
        renderer = Renderer(app.catalogues)
        telegram = DeliveryWorker(app.db, self.sender, renderer, clock=utcnow)
        whatsapp = DeliveryWorker(app.db, self.lotse.channel.delivery, renderer, clock=utcnow)
        assert app.relay is not None
        for _ in range(10):
            await app.relay.idle()
            moved = await app.relay.relay_due()
            moved += await telegram.drain() + await whatsapp.drain()
            if not moved:
                return


@pytest.fixture
async def both(tmp_path: Path, libre: FakeLibreTranslate) -> AsyncIterator[Both]:
    async with FakeGraphAPI() as graph, FakeTelegramAPI(DEFAULT_TOKEN) as telegram:
        lotse = Lotse(
            graph,
            tmp_path / "lotse.db",
            coach_chat_id=COACH_CHAT_ID,
            translator="libre",
            libretranslate_url=libre.url,
            translate_timeout=5.0,
        )
        await lotse.start()
        bot = Bot(DEFAULT_TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(telegram.url)))
        try:
            yield Both(lotse, telegram, bot)
        finally:
            await bot.session.close()
            await lotse.stop()


async def test_a_whatsapp_person_and_a_coach_talk_with_text_photo_and_location(
    both: Both, libre: FakeLibreTranslate
) -> None:
    lotse, telegram = both.lotse, both.telegram
    libre.phrases[("fa", "de", "نامه دارم")] = "Ich habe einen Brief"
    libre.phrases[("fa", "de", "این نامه است")] = "Das ist der Brief"
    libre.phrases[("de", "fa", "Bringen Sie den Brief mit.")] = "نامه را با خود بیاورید."
    nadia = lotse.person("491701234567", "Nadia")
    await nadia.say("hallo")
    await nadia.say("دری")
    await nadia.press("agree")
    [opened] = await nadia.say("/coach")
    assert "یک انسان همین‌جا" in opened.text

    # Text, a photo with a caption, and her location.
    await nadia.say("نامه دارم")
    lotse.fake.media["771"] = (b"JPEG of the letter", "image/jpeg")
    image = {"id": "771", "mime_type": "image/jpeg", "caption": "این نامه است"}
    await nadia.send(nadia.message("image", image))
    await nadia.send(nadia.message("location", {"latitude": 48.52161, "longitude": 9.05762}))
    await both.deliver()

    [(topic, name)] = telegram.topics.items()
    assert "fa" in name and "Nadia" not in name
    posts = telegram.sent_to(COACH_CHAT_ID)
    assert all(p.raw.get("message_thread_id") == topic for p in posts)
    card, text, caption, photo, place = posts  # the photo: its text, then the file
    assert "whatsapp" in (card.text or "")
    assert "Ich habe einen Brief" in (text.text or "") and "Original (fa): نامه دارم" in (text.text or "")
    assert "Foto" in (caption.text or "") and "Das ist der Brief" in (caption.text or "")
    assert photo.document == ("image.jpg", b"JPEG of the letter")
    assert "Standort" in (place.text or "")
    assert "openstreetmap.org/?mlat=48.52161&mlon=9.05762" in (place.text or "")

    # The coach answers in German with a photo of a form: both reach her, translated, on WhatsApp.
    telegram.files["F1"] = b"PNG of the form"
    await both.desk.reply("Ute", "Bringen Sie den Brief mit.", topic_id=topic)
    form = {"channel": "telegram", "chat_id": COACH_CHAT_ID, "message_id": 99, "file_id": "F1",
            "mime_type": "image/png", "type": "photo"}  # fmt: skip
    await both.desk.reply("Ute", "", topic_id=topic, media=form)
    await both.deliver()
    reply = next(m for m in nadia.inbox if "نامه را با خود بیاورید." in m.text)
    assert "Ute" in reply.text
    [upload] = lotse.fake.uploads
    assert (upload.filename, upload.content) == ("photo.png", b"PNG of the form")
    assert nadia.inbox[-1].payload.get("document", {}).get("id") == upload.id

    # "Original" under the translated reply shows the coach's German.
    shown = await nadia.press("متن اصلی", on=reply)
    assert any("Bringen Sie den Brief mit." in m.text for m in shown)
