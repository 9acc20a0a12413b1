"""Whatever people (or Telegram) send, the bot answers in their language and shows where they are.

Nothing may crash and nothing may be met with silence, except chats the bot is not meant to talk in.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.languages import LANGUAGES
from flows.engine import MAX_TEXT_LENGTH
from handlers.telegram.render import Choice
from tests.fakes.telegram_api import MEDIA, Sent
from tests.telegram.conftest import COACH_CHAT_ID, Lotse, TelegramPerson
from tests.telegram.test_first_conversation import MENU

BadInput = Callable[[TelegramPerson], Awaitable[list[Sent]]]

# What the person does, and the message (key in locales/*/main.ftl) that tells them what works instead.
BAD_INPUTS: dict[str, tuple[BadInput, str]] = {
    "sticker": (lambda person: person.send_sticker(), "media-unsupported"),
    "photo": (lambda person: person.send_photo(), "media-unsupported"),
    "voice": (lambda person: person.send_voice(), "media-unsupported"),
    "location": (lambda person: person.send_location(), "media-unsupported"),
    "unknown command": (lambda person: person.say("/foo"), "unknown-command"),
    "edited message": (lambda person: person.edit("Ich meinte etwas anderes"), "edited-unsupported"),
    "10,000 characters": (lambda person: person.say("Arbeit " * 1428 + "!!"), "too-long"),
    "only whitespace": (lambda person: person.say(" \n\t "), "choose-option"),
    "only emoji": (lambda person: person.say("👍🙏🏽😊"), "choose-option"),
    # Words that fit no entry: "did you mean…?" once (the second time they go to a coach: tests/handoff).
    "right-to-left text": (lambda person: person.say("مرحبا، كيف حالك اليوم؟"), "menu-unplaced"),
    "forged option": (lambda person: person.press_data("o:does-not-exist"), "option-stale"),
    "garbage button data": (lambda person: person.press_data("garbage"), "option-stale"),
    # The language list's keyboard came off when it was pressed; an old client may still send its data.
    "stale button": (
        lambda person: person.press_data(Choice(id="fr").pack(), on=person.inbox[0]),
        "option-stale",
    ),
}


async def at_the_menu(lotse: Lotse, language: str) -> TelegramPerson:
    person = lotse.person(2000 + list(LANGUAGES).index(language), language)
    await person.say("/start")
    await person.press(LANGUAGES[language].native_name)
    await person.press("agree")
    return person


@pytest.mark.parametrize("language", ["de", "ar", "uk"])
@pytest.mark.parametrize("what", list(BAD_INPUTS))
async def test_bad_input_is_explained_and_the_menu_shown_again(
    lotse: Lotse, what: str, language: str
) -> None:
    person = await at_the_menu(lotse, language)
    do, key = BAD_INPUTS[what]
    args: dict[str, Any] = {"limit": MAX_TEXT_LENGTH} if key == "too-long" else {}

    explanation, menu = await do(person)

    assert explanation.text == lotse.text(language, key, **args)
    assert menu.text == lotse.text(language, "menu-title")
    assert menu.labels == [lotse.text(language, key) for key in MENU]


async def test_the_same_update_delivered_twice_is_answered_once(lotse: Lotse) -> None:
    amira = lotse.person(2101, "ar")
    update = lotse.fake.update(message=lotse.fake.message(amira.user, "/start"))

    first = await amira.send(update)
    again = await amira.send(update, times=2)  # Telegram redelivers the very same update_id

    assert [reply.text for reply in first] == [lotse.text("ar", "welcome")]
    assert again == []


async def test_group_chats_other_than_the_coaches_get_no_answer(lotse: Lotse) -> None:
    amira = lotse.person(2102, "de")
    fake = lotse.fake
    for chat in (
        fake.group_chat(-1009876543210, "Nachbarschaft"),
        fake.group_chat(-4711, "Familie", "group"),
        fake.group_chat(COACH_CHAT_ID, "Coaches"),
    ):
        await amira.send(fake.update(message=fake.message(amira.user, "/start", chat=chat)))
    sticker_in_group = fake.message(
        amira.user, chat=fake.group_chat(-4711, "Familie"), sticker=MEDIA["sticker"]
    )
    await amira.send(fake.update(message=sticker_in_group))
    assert fake.sent == []

    [welcome] = await amira.say("/start")  # her private chat still works
    assert welcome.text == lotse.text("de", "welcome")


async def test_a_failure_while_handling_is_logged_apologised_for_and_the_bot_goes_on(
    lotse: Lotse, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    karim, olena = lotse.person(2103, "ar"), lotse.person(2104, "uk")
    await karim.say("/start")
    await karim.press("العربية")

    engine = lotse.app.service.engine
    handle = engine.handle
    broken = [True]

    def handle_broken_once(*args: Any, **kwargs: Any) -> Any:
        if broken.pop() if broken else False:
            raise RuntimeError("the flow engine broke")
        return handle(*args, **kwargs)

    monkeypatch.setattr(engine, "handle", handle_broken_once)
    update = lotse.fake.update(message=lotse.fake.message(karim.user, "1"))
    with caplog.at_level(logging.ERROR, logger="handlers.telegram.errors"):
        [apology] = await karim.send(update)

    assert apology.text == lotse.text("ar", "error-apology")
    [failure] = [record for record in caplog.records if record.name == "handlers.telegram.errors"]
    assert f"Update {update['update_id']} failed" in failure.getMessage()
    assert "the flow engine broke" in failure.getMessage()

    [welcome] = await olena.say("/start")  # the next person is served as usual
    assert welcome.text == lotse.text("uk", "welcome")
    thanks, _menu = await karim.say("1")  # and Karim, trying again, continues where he was
    assert thanks.text == lotse.text("ar", "consent-thanks")
