"""Getting messages out: Telegram's flood control, its failures, and its 4096-character limit."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.conversation import Message, RenderedOption
from handlers.telegram.sender import DeliveryFailed
from tests.telegram.conftest import Lotse


async def test_when_telegram_says_wait_the_message_arrives_after_waiting(lotse: Lotse) -> None:
    amira = lotse.person(4001, "ar")
    lotse.fake.fail("sendMessage", status=429, retry_after=1)
    loop = asyncio.get_running_loop()

    started = loop.time()
    [welcome] = await amira.say("/start")

    assert loop.time() - started >= 1.0
    assert welcome.text == lotse.text("ar", "welcome")
    assert len(lotse.fake.calls_of("sendMessage")) == 2  # refused once, then delivered


async def test_server_errors_are_retried(lotse: Lotse) -> None:
    olena = lotse.person(4002, "uk")
    lotse.fake.fail("sendMessage", times=2, status=500)

    [welcome] = await olena.say("/start")

    assert welcome.text == lotse.text("uk", "welcome")
    assert len(lotse.fake.calls_of("sendMessage")) == 3


async def test_a_dropped_connection_is_retried(lotse: Lotse) -> None:
    jonas = lotse.person(4003, "de")
    lotse.fake.fail("sendMessage", drop=True)

    [welcome] = await jonas.say("/start")

    assert welcome.text == lotse.text("de", "welcome")


async def test_a_message_that_cannot_be_delivered_raises_and_is_logged(
    lotse: Lotse, caplog: pytest.LogCaptureFixture
) -> None:
    lotse.fake.fail("sendMessage", times=lotse.sender.max_attempts, status=500)

    with caplog.at_level(logging.ERROR, logger="handlers.telegram.sender"), pytest.raises(DeliveryFailed):
        await lotse.sender.send(4004, Message("Hallo"))

    assert lotse.fake.sent_to(4004) == []
    assert len(lotse.fake.calls_of("sendMessage")) == lotse.sender.max_attempts
    assert "Giving up on a message to chat 4004" in caplog.text


async def test_an_answer_that_cannot_be_delivered_is_logged_and_apologised_for_later(
    lotse: Lotse, caplog: pytest.LogCaptureFixture
) -> None:
    jonas = lotse.person(4005, "de")
    lotse.fake.fail("sendMessage", times=lotse.sender.max_attempts, status=500)
    update = lotse.fake.update(message=lotse.fake.message(jonas.user, "/start"))

    with caplog.at_level(logging.ERROR):
        [apology] = await jonas.send(update)  # the welcome never got through; Telegram works again

    assert apology.text == lotse.text("de", "error-apology")
    assert f"Update {update['update_id']} failed: DeliveryFailed" in caplog.text


async def test_a_long_text_goes_out_in_parts_with_the_buttons_on_the_last(lotse: Lotse) -> None:
    text = "\n".join(
        f"{n:03}. Sprechstunde im Rathaus, Zimmer 12, bitte Ausweis mitbringen." for n in range(200)
    )
    assert len(text) > 3 * 4096
    agree = RenderedOption("agree", "✅ Einverstanden")

    await lotse.sender.send(4006, Message(text, options=(agree,)))

    parts = lotse.fake.sent_to(4006)
    assert len(parts) == 4
    assert all(len(part.text or "") <= 4096 for part in parts)
    assert "\n".join(part.text or "" for part in parts) == text  # split at line breaks, nothing lost
    assert [part.labels for part in parts] == [[], [], [], ["✅ Einverstanden"]]


async def test_a_long_line_without_breaks_is_cut_hard(lotse: Lotse) -> None:
    text = "ا" * 10_000

    await lotse.sender.send(4007, Message(text, rtl=True))

    parts = [part.text or "" for part in lotse.fake.sent_to(4007)]
    assert [len(part) for part in parts] == [4096, 4096, 1808]
    assert "".join(parts) == text


async def test_a_blocked_bot_is_a_final_logged_failure_not_retried(
    lotse: Lotse, caplog: pytest.LogCaptureFixture
) -> None:
    lotse.fake.fail("sendMessage", status=403)

    with caplog.at_level(logging.ERROR, logger="handlers.telegram.sender"), pytest.raises(DeliveryFailed):
        await lotse.sender.send(4008, Message("Hallo"))

    assert len(lotse.fake.calls_of("sendMessage")) == 1
    assert "Telegram refused a message to chat 4008" in caplog.text
