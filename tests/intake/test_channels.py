"""The whole intake through the fake Telegram Bot API (Dari, right to left) and the fake WhatsApp Graph
API (French), by pressing buttons and list rows as people do."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.demo import load_demo
from bot.languages import LANGUAGES
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.telegram.conftest import DEFAULT_TOKEN
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


async def test_whole_intake_in_dari_on_telegram(telegram: TelegramLotse) -> None:
    person = telegram.person(2001, "fa")
    await person.say("/start")
    await person.press(LANGUAGES["fa"].native_name)
    await person.press("agree")
    [intro] = await person.press("find_work")
    assert intro.text == telegram.text("fa", "intake-intro")
    for option in PRESSES:
        await person.press(option)
    await person.say("پرستار")  # nurse, as written
    for option in AFTER_TITLE:
        await person.press(option)
    [after_place] = await person.say("76646")
    assert after_place.text == telegram.text("fa", "intake-availability-question")
    replies = []
    for option in AFTER_PLACE:
        replies = await person.press(option)
    thanks, offers = replies
    assert thanks.text == telegram.text("fa", "intake-thanks")
    # A1, Aufenthaltsgestattung, Bruchsal, German course: the integration course fits (German text with a
    # note); recognition counselling comes first for a school certificate from abroad.
    assert offers.text.index("Anerkennungsberatung") < offers.text.index("Integrationskurs (A1 bis B1)")
    assert telegram.text("fa", "offers-german-only") in offers.text
    assert offers.labels == [telegram.text("fa", "offers-menu"), telegram.text("fa", "intake-change")]


async def test_whole_intake_in_french_on_whatsapp(whatsapp: WhatsAppLotse) -> None:
    person = whatsapp.person("4915100000001")
    await person.say("Bonjour")
    await person.say("12")  # Français: the twelve languages come as numbered lines
    await person.press("agree")
    await person.press("find_work")
    for option in PRESSES:
        await person.press(option)
    await person.say("aide-soignante")
    for option in AFTER_TITLE:
        await person.press(option)
    await person.say("Bruchsal")
    for option in AFTER_PLACE[:-1]:
        await person.press(option)
    # The review has twelve choices, more than a WhatsApp list holds: numbered lines, typed.
    replies = await person.say("1")
    assert replies[0].text == whatsapp.text("fr", "intake-thanks")
    assert "Integrationskurs (A1 bis B1)" in replies[-1].text
    # The short profile in French under "My data".
    await person.say("/menu")
    [my_data] = await person.press("my_data")
    assert "Métier : aide-soignante" in my_data.text and "Allemand : A1" in my_data.text
