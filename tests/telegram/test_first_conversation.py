"""The first conversation on Telegram: /start → language → privacy note → main menu, as people see it."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import build, run_telegram
from bot.config import load_settings
from bot.languages import LANGUAGES
from bot.storage.models import Person
from tests.dialog import menu_after_consent
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.telegram.conftest import Lotse

MENU = ("menu-find-work", "menu-book", "menu-ask-coach", "menu-appointments", "menu-language", "menu-my-data")
PHONE_LANGUAGES = ["de", "ar", "uk"]


@pytest.mark.parametrize("language", PHONE_LANGUAGES)
async def test_pressing_through_the_first_conversation(lotse: Lotse, language: str) -> None:
    person = lotse.person(1001, language)

    [welcome] = await person.say("/start")
    assert welcome.text == lotse.text(language, "welcome")  # in the phone's language
    assert welcome.labels == [lang.native_name for lang in LANGUAGES.values()]  # always in one order

    [privacy] = await person.press(LANGUAGES[language].native_name)
    assert privacy.text == lotse.text(language, "privacy-note-v4")
    # The pressed keyboard is gone; the message shows the choice instead.
    assert welcome.buttons == [] and welcome.edits == 1
    assert welcome.text == f"{lotse.text(language, 'welcome')}\n\n✓ {LANGUAGES[language].native_name}"
    assert privacy.labels == [lotse.text(language, "consent-agree"), lotse.text(language, "consent-decline")]

    thanks, menu = await person.press(lotse.text(language, "consent-agree"))
    assert thanks.text == lotse.text(language, "consent-thanks")
    assert menu.text == menu_after_consent(lotse.app.catalogues, language)  # invites to the intake
    assert menu.labels == [lotse.text(language, key) for key in MENU]

    # Every press stopped the little clock on the button.
    assert len(lotse.fake.calls_of("answerCallbackQuery")) == 2


@pytest.mark.parametrize("language", PHONE_LANGUAGES)
async def test_typing_the_number_or_the_label_works_like_pressing(lotse: Lotse, language: str) -> None:
    person = lotse.person(1002, language)
    await person.say("/start")

    [privacy] = await person.say(str(list(LANGUAGES).index(language) + 1))
    assert privacy.text == lotse.text(language, "privacy-note-v4")

    thanks, menu = await person.say(lotse.text(language, "consent-agree"))
    assert thanks.text == lotse.text(language, "consent-thanks")
    assert menu.labels == [lotse.text(language, key) for key in MENU]

    [opened] = await person.say("3")  # ask a coach: a case opens
    assert opened.text == lotse.text(language, "handoff-ask-always")
    assert opened.labels == [lotse.text(language, "handoff-end")]


async def test_typing_the_label_without_its_emoji_in_small_letters_works(lotse: Lotse) -> None:
    person = lotse.person(1003, "de")
    await person.say("/start")
    await person.say("deutsch")
    thanks, _menu = await person.say("einverstanden")
    assert thanks.text == lotse.text("de", "consent-thanks")


async def test_declining_consent_keeps_only_the_language(lotse: Lotse) -> None:
    karim = lotse.person(1004, "ar")
    await karim.say("/start")
    await karim.press("العربية")

    [declined] = await karim.press(lotse.text("ar", "consent-decline"))
    assert declined.text == lotse.text("ar", "consent-declined")
    keys = ("consent-agree-now", "consent-read-note", "menu-language", "menu-my-data")
    assert declined.labels == [lotse.text("ar", key) for key in keys]

    async with lotse.app.db.session() as session:
        person = await session.scalar(
            select(Person).where(Person.channel == "telegram", Person.external_id == "1004")
        )
    assert person is not None
    assert (person.language, person.consent_at, person.consent_version) == ("ar", None, None)


async def test_a_restart_in_the_middle_continues_at_the_consent_step(lotse: Lotse) -> None:
    olena, karim = lotse.person(1005, "uk"), lotse.person(1006, "ar")
    await olena.say("/start")
    await olena.press("Українська")
    await karim.say("/start")
    await karim.say("3")  # العربية

    await lotse.restart()  # new application, sender and dispatcher on the same SQLite file

    # Olena presses the button of the privacy note she got before the restart.
    thanks, menu = await olena.press(lotse.text("uk", "consent-agree"))
    assert thanks.text == lotse.text("uk", "consent-thanks")
    assert menu.text == menu_after_consent(lotse.app.catalogues, "uk")

    # Karim types the number of "agree" on that same screen.
    thanks, menu = await karim.say("1")
    assert thanks.text == lotse.text("ar", "consent-thanks")
    assert menu.labels == [lotse.text("ar", key) for key in MENU]


async def test_run_telegram_as_the_command_line_starts_it(
    fake_telegram: FakeTelegramAPI, tmp_path: Path
) -> None:
    """The production composition (`bot.app.run_telegram`, long polling) answers too."""
    settings = load_settings(
        telegram_bot_token=fake_telegram.token,
        telegram_api_base=fake_telegram.url,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'lotse.db'}",
        webhook_url=None,
        coach_chat_id=None,
    )
    app = await build(settings)
    running = asyncio.create_task(run_telegram(app))
    try:
        amira = fake_telegram.user(1007, "Amira", "ar")
        await fake_telegram.push_message(amira, "/start")
        [welcome] = await fake_telegram.wait_sent(amira["id"])
        assert welcome.text == app.catalogues.format("ar", "welcome")
        assert fake_telegram.calls_of("getMe") and fake_telegram.calls_of("deleteWebhook")
    finally:
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
        await app.close()


@pytest.mark.parametrize(
    ("language_code", "first"), [("ku", "Kurmancî"), ("fa-AF", "فارسی/دری"), ("ar-SY", "العربية")]
)
async def test_regional_phone_languages_are_recognised(lotse: Lotse, language_code: str, first: str) -> None:
    [welcome] = await lotse.person(5100 + len(language_code), language_code).say("/start")
    code = next(code for code, lang in LANGUAGES.items() if lang.native_name == first)
    assert welcome.text == lotse.text(code, "welcome")


async def test_the_command_menu_is_published_in_every_language(fake_telegram: FakeTelegramAPI) -> None:
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    from bot.config import load_settings
    from bot.i18n import Catalogues
    from handlers.telegram.commands import publish_commands
    from tests.fakes.telegram_api import DEFAULT_TOKEN

    settings = load_settings()
    catalogues = Catalogues(settings.locales_dir)
    bot = Bot(DEFAULT_TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fake_telegram.url)))
    try:
        await publish_commands(bot, catalogues, "de")
    finally:
        await bot.session.close()
    menus = {
        call.get("language_code", ""): call["commands"] for call in fake_telegram.calls_of("setMyCommands")
    }
    assert set(menus) == {"", "de", "en", "ar", "fa", "ps", "uk", "ru", "tr", "ku", "ti", "so", "fr"}
    assert [c["command"] for c in menus["ar"]] == ["start", "menu", "language", "help"]
    assert menus["ar"][2]["description"] == "تغيير اللغة"
    assert menus[""] == menus["de"]


async def test_a_multiple_choice_stays_one_message_that_changes(lotse: Lotse) -> None:
    person = lotse.person(1010, "en")
    await person.say("/start")
    await person.press("English")
    await person.press("agree")
    await person.press("find_work")
    [question] = await person.press(lotse.text("en", "intake-start"))
    assert question.text == lotse.text("en", "intake-help-question")
    before = len(person.inbox)

    # A toggle edits the message it was pressed on (✅), in one Bot API call; nothing new arrives.
    [changed] = await person.press("Find a job")
    assert changed is question and len(person.inbox) == before
    assert "✅ Find a job" in question.labels and question.edits == 1
    await person.press("Job interview")
    assert {"✅ Find a job", "✅ Job interview"} <= set(question.labels) and question.edits == 2
    [changed] = await person.press("✅ Find a job")  # pressed again: off
    assert "Find a job" in question.labels and "✅ Job interview" in question.labels

    # "Done" goes on: the next question is a new message, the list shows what was chosen.
    [following] = await person.press(lotse.text("en", "intake-done"))
    assert following is not question and question.buttons == []
    assert (question.text or "").endswith("\n\n✓ Job interview")
