"""Coaches and coordinators writing to the bot privately get their own menu; people never see it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Application
from bot.demo import load_demo
from tests.dialog import Dialog, make_app

COACH = "900000001"  # Ute Brenner in the demo data
DEMO_COORDINATOR = "900000100"
ENV_COORDINATOR = "4242"


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[Application]:
    application = await make_app(tmp_path, coordinator_ids=ENV_COORDINATOR)
    await load_demo(application.db)
    yield application
    await application.close()


async def test_a_coach_gets_the_coach_menu_with_entries_that_say_coming(app: Application) -> None:
    coach = Dialog(app, user=COACH, channel="telegram", language_hint="de")
    await coach.verify(
        [
            ("/start", "Coach-Menü. Was möchten Sie tun?\n1. 📅 Meine Sprechstunden\n2. 💬 Offene Anfragen"),
            ("2", "Das kommt bald.\nCoach-Menü."),
            ("/menu", "Coach-Menü."),
        ]
    )
    assert "Koordination" not in await coach.say("/menu")


@pytest.mark.parametrize("user", [DEMO_COORDINATOR, ENV_COORDINATOR])
async def test_coordinators_from_the_table_or_the_environment_get_theirs(app: Application, user: str) -> None:
    coordinator = Dialog(app, user=user, channel="telegram", language_hint="de")
    answer = await coordinator.say("hallo")
    assert answer.startswith("Koordinations-Menü.")
    assert "📣 Ankündigungen" in answer and "👥 Coaches" in answer
    assert "Koordinations-Menü." in await coordinator.say("/menu")


async def test_staff_change_language_and_return_to_their_menu(app: Application) -> None:
    coach = Dialog(app, user=COACH, channel="telegram", language_hint="de")
    await coach.say("/start")
    assert "Welche Sprache möchten Sie?" in await coach.say("Sprache")
    assert "Coach menu." in await coach.say("English")


async def test_a_person_never_sees_staff_features(app: Application) -> None:
    person = Dialog(app, user="12345", channel="telegram", language_hint="de")
    welcome = await person.say("/start")
    assert "Welche Sprache" in welcome and "Coach-Menü" not in welcome
    for said in ("Deutsch", "Einverstanden"):
        await person.say(said)
    menu = await person.say("/menu")
    assert "Sprechstunden" not in menu.split("Was möchten Sie tun?")[1].split("\n")[0]
    assert "Dieser Knopf ist alt." in await person.press("broadcast")


async def test_the_same_number_on_whatsapp_is_a_person(app: Application) -> None:
    assert "Coach-Menü" not in await Dialog(app, user=COACH, channel="whatsapp", language_hint="de").say("hi")
