"""Outbox rows delivered to WhatsApp (the fake Graph API over real HTTP): the 24-hour rule, templates in
the next language of the chain, waiting until the person writes, and an unreachable number."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from bot.config import WhatsAppTemplate
from bot.i18n import Catalogues
from bot.outbox import Outbox
from bot.outbox.channel import BUTTONS_NEEDED
from bot.outbox.render import Renderer
from bot.storage.database import Database
from bot.storage.models import Person
from flows.effects import Send, ToPerson
from flows.engine import Option, Reply, Text, t
from handlers.whatsapp import wording
from handlers.whatsapp.client import make_client, make_http
from handlers.whatsapp.sender import WhatsAppSender
from handlers.whatsapp.window import WindowPolicy
from tests.fakes.graph_api import FakeGraphAPI
from tests.outbox.conftest import START, Clock, add_person, note, person, queue_for, rows, worker

WA_ID = "93700000001"
WHEN = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
TEMPLATES = {
    "reminder": WhatsAppTemplate.model_validate(
        {
            "name": "lotse_reminder",
            "languages": ["de", "en", "fa", "tr"],
            "params": ["when:date", "when:time", "place"],
        }
    ),
    "coach_reply": WhatsAppTemplate.model_validate(
        {"name": "lotse_coach_reply", "languages": {"de": "de", "en": "en_GB"}, "announce_only": True}
    ),
    "broadcast": WhatsAppTemplate.model_validate({"name": "lotse_news", "languages": ["tr"]}),
}


def reminder() -> Reply[Text]:
    return Reply(Text("welcome", {"when": WHEN, "place": "Rathaus\nBruchsal"}))


@pytest.fixture
async def fake_graph() -> AsyncIterator[FakeGraphAPI]:
    async with FakeGraphAPI() as fake:
        yield fake


@pytest.fixture
async def whatsapp(fake_graph: FakeGraphAPI, catalogues: Catalogues) -> AsyncIterator[WhatsAppSender]:
    http: httpx.AsyncClient = make_http(fake_graph.url)
    client = make_client(fake_graph.token, fake_graph.phone_number_id, http)
    try:
        yield WhatsAppSender(client, wording=wording(catalogues), backoff=0.01, max_attempts=2)
    finally:
        await http.aclose()


def policy(whatsapp: WhatsAppSender, clock: Clock, **options: Any) -> WindowPolicy:
    return WindowPolicy(whatsapp, templates=TEMPLATES, clock=clock, **options)


async def deliver(database: Database, window: WindowPolicy, renderer: Renderer, clock: Clock) -> int:
    return await worker(database, window, renderer, clock).drain()


async def writes_again(database: Database, outbox: Outbox, person_id: int, clock: Clock) -> None:
    """The person answers: the window opens and what waited for them is released."""
    async with database.session() as session:
        found = await session.get(Person, person_id)
        assert found is not None
        found.last_seen_at = clock.now
        await outbox.release_waiting(session, person_id)


async def test_inside_the_window_the_message_goes_as_it_is(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    amira = await add_person(database, "whatsapp", WA_ID, "ar", last_seen_at=START - timedelta(hours=3))
    await queue_for(
        database,
        outbox,
        amira,
        Reply(t("welcome"), options=(Option("yes", t("yes")), Option("no", t("no")))),
        purpose="reminder",
    )

    await deliver(database, policy(whatsapp, clock), renderer, clock)

    [sent] = fake_graph.sent_to(WA_ID)
    assert sent.kind == "button"
    assert sent.text == renderer.catalogues.format("ar", "welcome")
    assert [row.state for row in await rows(database)] == ["sent"]


async def test_outside_the_window_the_template_of_the_next_language_in_the_chain_goes(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    """Pashto has no template language at Meta: Dari (fa) comes next in its chain."""
    wali = await add_person(database, "whatsapp", WA_ID, "ps", last_seen_at=START - timedelta(hours=25))
    await queue_for(database, outbox, wali, reminder(), purpose="reminder")

    await deliver(database, policy(whatsapp, clock), renderer, clock)

    [sent] = fake_graph.sent_to(WA_ID)
    assert sent.kind == "template"
    assert sent.template["name"] == "lotse_reminder"
    assert sent.template["language"] == {"code": "fa"}
    [body] = sent.template["components"]
    values = [p["text"] for p in body["parameters"]]
    reply = reminder()
    assert values == [
        renderer.parameter(reply, "when:date", "fa"),
        renderer.parameter(reply, "when:time", "fa"),
        "Rathaus Bruchsal",  # no line breaks in template variables
    ]
    assert "دسامبر" in values[0]  # the variables are in the template's language
    assert [row.state for row in await rows(database)] == ["sent"]


async def test_the_fallback_languages_can_be_configured_per_language(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    wali = await add_person(database, "whatsapp", WA_ID, "ps", last_seen_at=START - timedelta(days=3))
    await queue_for(database, outbox, wali, reminder(), purpose="reminder")

    await deliver(database, policy(whatsapp, clock, fallbacks={"ps": ["en"]}), renderer, clock)

    [sent] = fake_graph.sent_to(WA_ID)
    assert sent.template["language"] == {"code": "en"}
    assert sent.template["components"][0]["parameters"][0]["text"] == "Thursday, 3 December 2026"


async def test_where_no_language_of_the_chain_has_the_template_the_message_waits_for_the_person(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    """Tigrinya's chain is ti → en → de; the news template is approved in Turkish only."""
    selam = await add_person(database, "whatsapp", WA_ID, "ti", last_seen_at=START - timedelta(hours=30))
    await queue_for(database, outbox, selam, note("Jobmesse am Samstag"), purpose="broadcast")
    window = policy(whatsapp, clock)

    await deliver(database, window, renderer, clock)

    [row] = await rows(database)
    assert row.state == "waiting"
    assert "template 'lotse_news' is approved in none of ti → en → de" in (row.last_error or "")
    assert fake_graph.sent == []
    clock.advance(days=2)
    assert await deliver(database, window, renderer, clock) == 0  # waiting is not retried

    # The person writes: the conversation service releases what waited, in the same transaction.
    async with database.session() as session:
        found = await session.get(Person, selam)
        assert found is not None
        found.last_seen_at = clock.now
        assert await outbox.release_waiting(session, selam) == 1
    await deliver(database, window, renderer, clock)

    [sent] = fake_graph.sent_to(WA_ID)
    assert (sent.kind, sent.text) == ("text", "Jobmesse am Samstag")
    assert [row.state for row in await rows(database)] == ["sent"]
    assert await deliver(database, window, renderer, clock) == 0  # once only


async def test_an_announcing_template_leaves_the_message_waiting_for_the_answer(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    olena = await add_person(database, "whatsapp", WA_ID, "uk", last_seen_at=START - timedelta(hours=48))
    await queue_for(
        database,
        outbox,
        olena,
        note("Antwort Ihres Coaches:\nBitte Lebenslauf mitbringen"),
        purpose="coach_reply",
    )
    window = policy(whatsapp, clock)

    await deliver(database, window, renderer, clock)

    [announcement] = fake_graph.sent_to(WA_ID)
    assert announcement.template["name"] == "lotse_coach_reply"
    assert announcement.template["language"] == {"code": "en_GB"}  # uk → en in the chain
    assert "components" not in announcement.template
    [row] = await rows(database)
    assert row.state == "waiting" and "told them a message is waiting" in (row.last_error or "")
    await deliver(database, window, renderer, clock)
    assert len(fake_graph.sent_to(WA_ID)) == 1  # announced once

    await writes_again(database, outbox, olena, clock)
    await deliver(database, window, renderer, clock)

    _announcement, message = fake_graph.sent_to(WA_ID)
    assert message.text == "Antwort Ihres Coaches:\nBitte Lebenslauf mitbringen"
    assert [row.state for row in await rows(database)] == ["sent"]


async def test_a_question_that_needs_its_buttons_waits_after_the_reminder_template(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    """The reminder template is not announce_only, but "Will you come?" after two no-shows is nothing
    without its buttons: the template announces it and the question follows when the person answers."""
    amira = await add_person(database, "whatsapp", WA_ID, "de", last_seen_at=START - timedelta(hours=48))
    question = Reply(reminder().text, options=(Option("yes", t("yes")), Option("no", t("no"))))
    async with database.session() as session:
        send = Send(ToPerson(amira), question, purpose="reminder")
        await outbox.put(session, send, extra={BUTTONS_NEEDED: True})
    window = policy(whatsapp, clock)

    await deliver(database, window, renderer, clock)

    [template] = fake_graph.sent_to(WA_ID)
    assert template.template["name"] == "lotse_reminder"
    assert [row.state for row in await rows(database)] == ["waiting"]
    await writes_again(database, outbox, amira, clock)
    await deliver(database, window, renderer, clock)
    _template, asked = fake_graph.sent_to(WA_ID)
    assert asked.kind == "button" and [row.state for row in await rows(database)] == ["sent"]


async def test_when_whatsapp_says_the_window_is_closed_the_template_goes(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    amira = await add_person(database, "whatsapp", WA_ID, "de", last_seen_at=START - timedelta(hours=23.5))
    await queue_for(database, outbox, amira, reminder(), purpose="reminder")
    fake_graph.fail("messages", status=400, code=131047)  # our clock says open, WhatsApp's disagrees

    await deliver(database, policy(whatsapp, clock), renderer, clock)

    [sent] = fake_graph.sent_to(WA_ID)
    assert sent.kind == "template" and sent.template["language"] == {"code": "de"}
    assert [row.state for row in await rows(database)] == ["sent"]


async def test_just_before_the_window_closes_a_template_is_used_to_be_safe(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    amira = await add_person(database, "whatsapp", WA_ID, "de", last_seen_at=START - timedelta(hours=23.97))
    await queue_for(database, outbox, amira, reminder(), purpose="reminder")
    await deliver(database, policy(whatsapp, clock), renderer, clock)
    assert fake_graph.sent_to(WA_ID)[-1].kind == "template"


async def test_a_number_without_whatsapp_is_blocked_and_the_person_unreachable(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    amira = await add_person(database, "whatsapp", WA_ID, "de", last_seen_at=START - timedelta(hours=1))
    await queue_for(database, outbox, amira, note("Hallo"))
    fake_graph.fail("messages", status=400, code=131026)

    await deliver(database, policy(whatsapp, clock), renderer, clock)

    [row] = await rows(database)
    assert row.state == "blocked" and "131026" in (row.last_error or "")
    found = await person(database, amira)
    assert found is not None and found.unreachable_at == START
    assert WA_ID not in (row.last_error or "")  # numbers appear masked


async def test_a_refused_template_fails_and_is_not_retried(
    database: Database,
    outbox: Outbox,
    whatsapp: WhatsAppSender,
    renderer: Renderer,
    clock: Clock,
    fake_graph: FakeGraphAPI,
) -> None:
    amira = await add_person(database, "whatsapp", WA_ID, "de", last_seen_at=START - timedelta(hours=48))
    await queue_for(database, outbox, amira, note("x"), purpose="coach_reply")
    fake_graph.fail("messages", status=400, code=132001)  # the template does not exist (any more)
    window = policy(whatsapp, clock)

    await deliver(database, window, renderer, clock)
    clock.advance(days=1)
    await deliver(database, window, renderer, clock)

    [row] = await rows(database)
    assert row.state == "failed" and "132001" in (row.last_error or "")
    assert len([c for c in fake_graph.calls if c[0] == "messages"]) == 1
