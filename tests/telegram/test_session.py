"""Bot API calls as JSON bodies (`JsonSession`): what arrives at Telegram is what aiogram's form carried.

The bot is `bot.app.make_bot`'s, talking over real HTTP to the fake Bot API; its twin with aiogram's own
form session (same defaults) shows that both ways deliver the same call. Uploads stay multipart.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramForbiddenError, TelegramNetworkError, TelegramRetryAfter
from aiogram.types import BufferedInputFile, LinkPreviewOptions, ReplyParameters

from bot.conversation import Message, RenderedOption
from handlers.telegram.render import keyboard
from handlers.telegram.session import JsonSession
from tests.fakes.telegram_api import FakeTelegramAPI

CHAT = 5001
OPTIONS = (
    RenderedOption("appointment", "📅 Termin beim Jobcenter"),
    RenderedOption("cv", "📝 Lebenslauf"),
    RenderedOption("coach", "🙋 Mit einem Coach sprechen"),
)
TEXT = "مرحبا Amira! Wobei kann ich helfen? «Ärger» mit dem Amt?"


@pytest.fixture
async def form_bot(fake_telegram: FakeTelegramAPI) -> AsyncIterator[Bot]:
    """aiogram's own form session, with the defaults `make_bot` gives."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(fake_telegram.url))
    default = DefaultBotProperties(parse_mode=None, link_preview_is_disabled=True)
    bot = Bot(fake_telegram.token, session=session, default=default)
    try:
        yield bot
    finally:
        await bot.session.close()


def as_form(params: dict[str, Any]) -> dict[str, Any]:
    """The parameters as a form carries them: top-level numbers and booleans as text."""
    text = {True: "true", False: "false"}
    return {
        key: text[value]
        if isinstance(value, bool)
        else str(value)
        if isinstance(value, int | float)
        else value
        for key, value in params.items()
    }


async def test_lotse_bot_sends_a_message_with_buttons_and_a_reply_as_json(
    bot: Bot, fake_telegram: FakeTelegramAPI
) -> None:
    assert isinstance(bot.session, JsonSession)
    markup = keyboard(Message(TEXT, options=OPTIONS))

    answer = await bot.send_message(
        CHAT, TEXT, reply_markup=markup, reply_parameters=ReplyParameters(message_id=42)
    )

    [sent] = fake_telegram.sent_to(CHAT)
    assert sent.text == TEXT
    assert sent.labels == [option.label for option in OPTIONS]
    assert [data for _label, data in sent.buttons] == ["o:appointment", "o:cv", "o:coach"]
    assert sent.raw["reply_to_message"]["message_id"] == 42
    [params] = fake_telegram.calls_of("sendMessage")
    assert params["link_preview_options"] == {"is_disabled": True}  # the bot's default, as before
    assert "parse_mode" not in params  # default None: left out, as aiogram's form does
    assert fake_telegram.content_types == ["application/json"]
    # aiogram reads the answer as before
    assert answer.message_id == sent.message_id
    assert answer.reply_markup is not None and markup is not None
    assert answer.reply_markup.model_dump(exclude_none=True) == markup.model_dump(exclude_none=True)


async def test_json_and_form_deliver_the_same_call(
    bot: Bot, form_bot: Bot, fake_telegram: FakeTelegramAPI
) -> None:
    markup = keyboard(Message(TEXT, options=OPTIONS))
    for sender in (bot, form_bot):
        await sender.send_message(
            CHAT,
            TEXT,
            reply_markup=markup,
            reply_parameters=ReplyParameters(message_id=42, allow_sending_without_reply=False),
            disable_notification=False,  # False and 0 are sent, not dropped
            message_thread_id=0,
            link_preview_options=LinkPreviewOptions(url="https://example.org", prefer_small_media=True),
        )
        await sender.delete_webhook(drop_pending_updates=False)
        await sender.get_updates(offset=0, timeout=0, allowed_updates=["message", "callback_query"])

    calls = [(name.lower(), params) for name, params in fake_telegram.calls]
    as_json, as_multipart = calls[:3], calls[3:]
    assert [(name, as_form(params)) for name, params in as_json] == as_multipart
    # aiohttp sends aiogram's form url-encoded when no file is in it
    assert fake_telegram.content_types == 3 * ["application/json"] + 3 * ["application/x-www-form-urlencoded"]
    first = fake_telegram.sent_to(CHAT)[0].raw
    assert first["reply_to_message"]["message_id"] == 42
    assert as_json[0][1]["disable_notification"] is False
    assert as_json[1][1]["drop_pending_updates"] is False


async def test_a_document_is_still_uploaded_as_a_file(bot: Bot, fake_telegram: FakeTelegramAPI) -> None:
    content = "Name;Termin\nJürgen;Montag 10:00\n".encode()
    markup = keyboard(Message("Plan", options=OPTIONS[:1]))

    await bot.send_document(
        CHAT, BufferedInputFile(content, filename="termine.csv"), caption="Ihre Termine", reply_markup=markup
    )

    [sent] = fake_telegram.sent_to(CHAT)
    assert sent.document == ("termine.csv", content)
    assert sent.text == "Ihre Termine"
    assert sent.buttons == [("📅 Termin beim Jobcenter", "o:appointment")]
    assert fake_telegram.content_types == ["multipart/form-data"]


async def test_flood_control_still_says_how_long_to_wait(bot: Bot, fake_telegram: FakeTelegramAPI) -> None:
    fake_telegram.fail("sendMessage", status=429, retry_after=7)

    with pytest.raises(TelegramRetryAfter) as refused:
        await bot.send_message(CHAT, TEXT)

    assert refused.value.retry_after == 7
    assert fake_telegram.sent_to(CHAT) == []
    await bot.send_message(CHAT, TEXT)  # the next call goes through
    assert [sent.text for sent in fake_telegram.sent_to(CHAT)] == [TEXT]


async def test_a_blocked_bot_is_still_told_so(bot: Bot, fake_telegram: FakeTelegramAPI) -> None:
    fake_telegram.fail("sendMessage", status=403)

    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(CHAT, TEXT)


async def test_a_dropped_connection_is_a_network_error(bot: Bot, fake_telegram: FakeTelegramAPI) -> None:
    fake_telegram.fail("sendMessage", drop=True)

    with pytest.raises(TelegramNetworkError):
        await bot.send_message(CHAT, TEXT)


async def test_an_answer_that_never_comes_is_a_timeout(bot: Bot, fake_telegram: FakeTelegramAPI) -> None:
    fake_telegram.fail("sendMessage", hang=True)
    bot.session.timeout = 0.2

    with pytest.raises(TelegramNetworkError, match="Request timeout error"):
        await bot.send_message(CHAT, TEXT)

    assert [sent.text for sent in fake_telegram.sent_to(CHAT)] == [TEXT]  # it took effect, unanswered


async def test_a_server_that_is_down_is_a_network_error(bot: Bot, fake_telegram: FakeTelegramAPI) -> None:
    await fake_telegram.stop()

    with pytest.raises(TelegramNetworkError):
        await bot.send_message(CHAT, TEXT)
