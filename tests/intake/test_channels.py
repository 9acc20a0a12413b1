"""The whole intake through the fake Telegram Bot API (Dari and Arabic, right to left; Ukrainian) and the
fake WhatsApp Graph API (French, Arabic, Turkish), by pressing buttons and list rows as people do."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Application
from bot.demo import load_demo
from bot.languages import LANGUAGES
from bot.storage import repositories as repo
from bot.storage.models import IntakeAnswers
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI
from tests.telegram.conftest import Lotse as TelegramLotse
from tests.whatsapp.conftest import Lotse as WhatsAppLotse

PRESSES = ["start", "job_search", "german_course", "done", "nav.more", "f8"]  # f8 on the second page
AFTER_TITLE = ["short", "school", "abroad", "a1", "gestattung"]
AFTER_PLACE = ["part_time", "done", "month", "confirm"]


@pytest.fixture
async def telegram(tmp_path: Path) -> AsyncIterator[TelegramLotse]:
    async with FakeTelegramAPI(DEFAULT_TOKEN) as fake:
        bot = TelegramLotse(fake, tmp_path / "lotse.db")
        await bot.start()
        await load_demo(bot.app.db)
        try:
            yield bot
        finally:
            await bot.stop()


@pytest.fixture
async def whatsapp(tmp_path: Path) -> AsyncIterator[WhatsAppLotse]:
    async with FakeGraphAPI() as fake:
        bot = WhatsAppLotse(fake, tmp_path / "lotse.db")
        await bot.start()
        await load_demo(bot.app.db)
        try:
            yield bot
        finally:
            await bot.stop()


# What every run stores, whatever the language and channel (the title as written).
def expected_answers(title: str) -> dict[str, Any]:
    return {
        "help": ["job_search", "german_course"],
        "field": "f8",
        "title": title,
        "experience": "short",
        "qualification": "school",
        "abroad": True,
        "german": "A1",
        "residence": "gestattung",
        "place": {"id": 1, "name": "Bruchsal"},
        "availability": ["part_time"],
        "start": "month",
    }


async def stored(app: Application, channel: str, user: str) -> dict[str, Any]:
    async with app.db.session() as session:
        person = await repo.get_person(session, channel, user)
        assert person is not None
        row = await session.get(IntakeAnswers, person.id)
        assert row is not None
        answers = dict(row.answers)
    assert isinstance(answers.get("place"), dict)
    answers["place"] = {"id": 1, "name": answers["place"]["name"]}  # ids differ between databases
    return answers


TITLES = {"fa": "پرستار", "ar": "ممرضة", "uk": "медсестра", "fr": "aide-soignante", "tr": "hemşire"}


@pytest.mark.parametrize("language", ["fa", "ar", "uk"])
async def test_whole_intake_on_telegram(telegram: TelegramLotse, language: str) -> None:
    person = telegram.person(2001, language)
    await person.say("/start")
    await person.press(LANGUAGES[language].native_name)
    await person.press("agree")
    [intro] = await person.press("find_work")
    assert intro.text == telegram.text(language, "intake-intro")
    for option in PRESSES:
        await person.press(option)
    await person.say(TITLES[language])  # the job title, as written
    for option in AFTER_TITLE:
        await person.press(option)
    [after_place] = await person.say("76646")
    assert after_place.text == telegram.text(language, "intake-availability-question")
    replies = []
    for option in AFTER_PLACE:
        replies = await person.press(option)
    thanks, offers = replies
    assert thanks.text == telegram.text(language, "intake-thanks")
    assert offers.labels == [telegram.text(language, "offers-menu"), telegram.text(language, "intake-change")]
    assert await stored(telegram.app, "telegram", "2001") == expected_answers(TITLES[language])
    if language == "fa":
        # A1, Aufenthaltsgestattung, Bruchsal, German course: the integration course fits (German text
        # with a note); recognition counselling comes first for a school certificate from abroad.
        assert offers.text.index("Anerkennungsberatung") < offers.text.index("Integrationskurs (A1 bis B1)")
        assert telegram.text("fa", "offers-german-only") in offers.text


@pytest.mark.parametrize("language", ["fr", "ar", "tr"])
async def test_whole_intake_on_whatsapp(whatsapp: WhatsAppLotse, language: str) -> None:
    person = whatsapp.person("4915100000001")
    await person.say("Bonjour")
    await person.say(str(list(LANGUAGES).index(language) + 1))  # the languages come as numbered lines
    await person.press("agree")
    await person.press("find_work")
    for option in PRESSES:
        await person.press(option)
    await person.say(TITLES[language])
    for option in AFTER_TITLE:
        await person.press(option)
    await person.say("Bruchsal")
    for option in AFTER_PLACE[:-1]:
        await person.press(option)
    # The review has twelve choices, more than a WhatsApp list holds: numbered lines, typed.
    replies = await person.say("1")
    assert replies[0].text == whatsapp.text(language, "intake-thanks")
    assert "Integrationskurs (A1 bis B1)" in replies[-1].text
    assert await stored(whatsapp.app, "whatsapp", "4915100000001") == expected_answers(TITLES[language])
    # The short profile in their language under "My data".
    await person.say("/menu")
    [my_data] = await person.press("my_data")
    assert TITLES[language] in my_data.text
    if language == "fr":
        assert "Métier : aide-soignante" in my_data.text and "Allemand : A1" in my_data.text
