"""Transcripts: a coordinator composes in a private chat (Telegram channel text; staff are on Telegram),
people answer the buttons under an announcement and unsubscribe (terminal and Telegram channel text)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import Application, build
from bot.broadcast.desk import BroadcastDesk
from bot.broadcast.runner import BroadcastRunner
from bot.config import load_settings
from bot.outbox.content import load_reply
from bot.storage.models import Broadcast, Coach, OutboxMessage, Person
from tests.broadcast.conftest import Clock
from tests.dialog import Dialog

COORDINATOR = "555000111"
COACH = 900_000_001


@pytest.fixture
async def app(tmp_path: Path, clock: Clock) -> AsyncIterator[Application]:
    settings = load_settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'lotse.db'}",
        coordinator_ids=[int(COORDINATOR)],
        quiet_hours="",
    )
    application = await build(settings, clock=clock)
    async with application.db.session() as session:
        session.add(Coach(name="Ute", telegram_user_id=COACH, languages=["de"]))
    yield application
    await application.close()


async def person(app: Application, user: str, language: str, channel: str = "terminal") -> Dialog:
    """Someone who chose a language and agreed (the menu)."""
    names = {"de": "Deutsch", "ar": "العربية", "uk": "Українська", "en": "English"}
    dialog = Dialog(app, user, language_hint=language, channel=channel)
    await dialog.say("/start")
    await dialog.say(names[language])
    await dialog.press("agree")
    await dialog.say("/menu")
    return dialog


async def coordinator(app: Application) -> Dialog:
    dialog = Dialog(app, COORDINATOR, channel="telegram")
    await dialog.say("/start")
    return dialog


async def runner_tick(app: Application) -> None:
    assert app.broadcasts is not None
    await BroadcastRunner(app.db, app.broadcasts).tick()


async def announcements(app: Application) -> list[OutboxMessage]:
    async with app.db.session() as session:
        found = await session.scalars(
            select(OutboxMessage).where(OutboxMessage.broadcast_id.is_not(None)).order_by(OutboxMessage.id)
        )
        return list(found)


async def test_only_coordinators_compose(app: Application) -> None:
    amira = await person(app, "amira", "de")
    assert "Diesen Befehl kenne ich nicht." in await amira.say("/broadcast")
    coach = Dialog(app, str(COACH), channel="telegram")
    await coach.say("/start")
    assert "Diesen Befehl kenne ich nicht." in await coach.say("/broadcast")
    # A coordinator: /broadcast, or the staff menu's entry.
    lead = await coordinator(app)
    assert "📣 Ankündigungen." in await lead.say("/broadcast")
    await lead.say("/menu")
    assert "✍ Neue Ankündigung" in await lead.press("broadcast")


async def test_compose_audience_preview_override_and_send(app: Application) -> None:
    await person(app, "amira", "ar")
    await person(app, "olena", "uk", channel="telegram")
    await person(app, "jonas", "de")
    lead = await coordinator(app)
    await lead.verify(
        [
            ("/broadcast", "✍ Neue Ankündigung"),
            ("1", "Bitte schreiben Sie die Ankündigung auf Deutsch."),
            ("Bewerbungswerkstatt am Donnerstag im Rathaus.", "An wen geht die Ankündigung?\nWer: alle"),
        ]
    )
    assert "Welche Sprachen?" in await lead.press("languages")
    picked = await lead.say("العربية")  # typed: the label of a toggle
    assert "✓ العربية (ar)" in picked
    await lead.say("Українська")
    audience = await lead.press("done")
    assert "Sprachen: ar, uk" in audience
    assert "Ist das eine Veranstaltung" in await lead.press("continue")
    preview = await lead.press("no")
    # One message per language: which text (not translated here: TRANSLATOR=none), where, how many.
    assert "العربية (ar) · nicht übersetzt: geht auf Deutsch · Terminal 1" in preview
    assert "Українська (uk) · nicht übersetzt: geht auf Deutsch · Telegram 1" in preview
    assert "Empfänger: 2" in preview
    await lead.press("replace")
    assert "Bitte schreiben Sie den Text für uk." in await lead.press("uk")
    replaced = await lead.say("Майстерня заяв у четвер у ратуші.")
    assert "✓ Ich nehme Ihren Text." in replaced
    assert "Українська (uk) · Ihr Text · Telegram 1\n\nМайстерня заяв у четвер у ратуші." in replaced
    sent = await lead.press("send")
    assert "📤 Ankündigung #1 startet jetzt." in sent and "Stand: geplant" in sent

    await runner_tick(app)
    rows = await announcements(app)
    bodies = {row.language: load_reply(row.content).text.args["body"] for row in rows}
    assert bodies == {
        "ar": "Bewerbungswerkstatt am Donnerstag im Rathaus.",
        "uk": "Майстерня заяв у четвер у ратуші.",
    }
    report = await lead.press("refresh")
    assert "Stand: wird gesendet" in report and "Noch zu senden: 2" in report


async def test_schedule_and_cancel_in_the_chat(app: Application, clock: Clock) -> None:
    await person(app, "jonas", "de")
    lead = await coordinator(app)
    await lead.say("/broadcast")
    await lead.press("new")
    await lead.say("Monatliches Online-Forum")
    await lead.press("continue")
    await lead.press("no")
    await lead.press("schedule")
    assert "Diese Zeit verstehe ich nicht" in await lead.say("gestern")
    scheduled = await lead.say("03.12.2026 09:00")
    assert "🕒 Ankündigung #1 geht am 3. Dezember 2026, 09:00 los." in scheduled
    assert "Stand: geplant" in scheduled
    cancelled = await lead.press("cancel")
    assert "✓ Die Ankündigung ist abgesagt. Niemand hat sie bekommen." in cancelled
    assert "Stand: abgesagt" in cancelled
    await runner_tick(app)
    assert await announcements(app) == []


@pytest.mark.parametrize("channel", ["terminal", "telegram"])
async def test_unsubscribe_and_subscribe_again(app: Application, channel: str) -> None:
    jonas = await person(app, "4242", "de", channel=channel)
    stopped = await jonas.say("/stop")
    assert "🔕 Ich schicke Ihnen keine Ankündigungen mehr." in stopped
    lead = await coordinator(app)
    await lead.say("/broadcast")
    await lead.press("new")
    await lead.say("Jobmesse in Bruchsal")
    await lead.press("continue")
    preview = await lead.press("no")
    assert "Empfänger: 1" in preview  # the coach
    assert "Abgemeldet (bekommen sie nicht): 1" in preview
    # /start: announcements again (said before the language list)
    assert "🔔 Sie bekommen wieder Ankündigungen." in await jonas.say("/start")
    await jonas.say("Deutsch")
    # The button under an announcement does the same as /stop; "Get them again" undoes it.
    assert "🔕 Ich schicke Ihnen keine Ankündigungen mehr." in await jonas.press("news.stop")
    assert "🔔 Sie bekommen wieder Ankündigungen." in await jonas.press("news.start")
    await lead.press("nav.cancel")
    await lead.say("/broadcast")
    await lead.press("new")
    await lead.say("Jobmesse in Bruchsal")
    await lead.press("continue")
    assert "Empfänger: 2" in await lead.press("no")


@pytest.mark.parametrize("channel", ["terminal", "telegram"])
async def test_event_sign_up_waiting_list_and_cancel_my_place(app: Application, channel: str) -> None:
    amira = await person(app, "7001", "ar", channel=channel)
    jonas = await person(app, "7002", "de", channel=channel)
    lead = await coordinator(app)
    await lead.say("/broadcast")
    await lead.press("new")
    await lead.say("Bewerbungswerkstatt")
    await lead.press("role")  # people only: the coach is left out
    await lead.press("continue")
    await lead.press("yes")
    await lead.say("03.12.2026 18:00")
    await lead.say("Rathaus Bruchsal")
    assert "Empfänger: 2" in await lead.say("1")  # one place: "1" is a number here, not a button
    await lead.press("send")
    await runner_tick(app)
    [first, _second] = await announcements(app)
    reply = load_reply(first.content)
    assert [option.id for option in reply.options] == ["event.1.yes", "event.1.no", "news.stop"]

    taken = await amira.press("event.1.yes")
    assert "✅ لديك مكان: ⁨Bewerbungswerkstatt⁩" in taken and "✖ إلغاء مكاني" in taken
    waiting = await jonas.press("event.1.yes")
    assert "Sie stehen auf der Warteliste (Nummer 1)." in waiting
    cancelled = await amira.press("event.1.cancel")
    assert "ألغيت مكانك" in cancelled
    async with app.db.session() as session:
        moved = await session.scalar(
            select(OutboxMessage).where(
                OutboxMessage.broadcast_id.is_(None), OutboxMessage.purpose == "broadcast"
            )
        )
    assert moved is not None and load_reply(moved.content).text.key == "event-moved-up"
    report = await lead.press("refresh")
    assert "Anmeldungen: 1" in report and "Warteliste: 0" in report
    csv = await lead.press("csv")
    assert "📎 teilnehmende-1.csv" in csv
    # Someone else's event, or a forged id: refused politely.
    assert "Diese Veranstaltung gibt es nicht mehr." in await jonas.press("event.99.yes")
    async with app.db.session() as session:
        broadcast = await session.get(Broadcast, 1)
        assert broadcast is not None and broadcast.capacity == 1


async def test_announcements_off_and_on_again_from_my_data(app: Application) -> None:
    dialog = await person(app, "mira", "en")
    await dialog.verify(
        [
            ("My data", "🔕 Announcements off"),
            ("🔕 Announcements off", "I will not send you announcements any more.\n🔔 Announcements on"),
        ]
    )
    assert await subscribed(app) is False
    await dialog.verify([("🔔 Announcements on", "You will get announcements again.\n🔕 Announcements off")])
    assert await subscribed(app) is True


async def subscribed(app: Application) -> bool:
    """Whether the only person here gets announcements, as the audience sees it."""
    assert app.broadcasts is not None
    async with app.db.session() as session:
        [person_id] = await session.scalars(select(Person.id).where(Person.external_id == "mira"))
        return await BroadcastDesk(session, app.broadcasts).subscribed(person_id)


async def test_a_message_to_the_participants_of_an_event(app: Application) -> None:
    amira = await person(app, "7101", "ar")
    await person(app, "7102", "de")  # did not sign up: not in the audience
    lead = await coordinator(app)
    await lead.say("/broadcast")
    await lead.press("new")
    await lead.say("Bewerbungswerkstatt")
    assert "Es gibt keine kommenden Veranstaltungen." in await lead.press("event")
    await lead.press("done")
    await lead.press("continue")
    await lead.press("yes")
    await lead.say("03.12.2026 18:00")
    await lead.say("Rathaus Bruchsal")
    await lead.press("unlimited")
    await lead.press("send")
    await runner_tick(app)
    await amira.press("event.1.yes")

    await lead.say("/broadcast")
    await lead.press("new")
    await lead.say("Der Raum ist jetzt 2.14.")
    picking = await lead.press("event")
    assert "Welche Veranstaltung?" in picking and "#1 Bewerbungswerkstatt" in picking
    assert "✓ #1 Bewerbungswerkstatt" in await lead.say("#1 Bewerbungswerkstatt")
    assert "Veranstaltung: #1" in await lead.press("done")
    await lead.press("continue")
    preview = await lead.press("no")
    assert "Empfänger: 1" in preview and "العربية (ar)" in preview
    await lead.press("send")
    await runner_tick(app)
    rows = [row for row in await announcements(app) if row.broadcast_id == 2]
    assert [row.person_id for row in rows] == [await person_id(app, "7101")]


async def person_id(app: Application, external_id: str) -> int | None:
    async with app.db.session() as session:
        return await session.scalar(select(Person.id).where(Person.external_id == external_id))
