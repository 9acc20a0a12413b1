"""WhatsApp's 24-hour rule end to end: people onboarded through signed webhooks, messages queued in the
outbox and delivered by the WhatsApp worker through `WindowPolicy` — free-form inside the window, a
template outside (in the next language of the chain), or waiting for the person to write."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.config import WhatsAppTemplate
from bot.outbox import DeliveryWorker
from bot.outbox.render import Renderer
from bot.storage import repositories as repo
from bot.storage.models import OutboxMessage, Person, utcnow
from flows.effects import Send, ToPerson
from flows.engine import File, Option, Reply, Text, t
from tests.fakes.graph_api import FakeGraphAPI
from tests.whatsapp.conftest import Lotse, WhatsAppPerson

WA_ID = "963933333333"
TEMPLATES = {
    "reminder": {"name": "lotse_reminder", "languages": ["de", "en", "ar"], "params": ["when", "place"]},
    "coach_reply": {
        "name": "lotse_coach_reply",
        "languages": {"de": "de", "ar": "ar"},
        "announce_only": True,
    },
}


@pytest.fixture
async def lotse(fake_graph: FakeGraphAPI, tmp_path: Path) -> Any:
    bot = Lotse(fake_graph, tmp_path / "lotse.db", whatsapp_templates=TEMPLATES)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


async def onboard(lotse: Lotse, language_name: str = "العربية") -> WhatsAppPerson:
    person = lotse.person(WA_ID)
    await person.say("/start")
    await person.say(language_name)
    await person.press("agree")
    return person


async def person_id(lotse: Lotse) -> int:
    async with lotse.app.db.session() as session:
        found = await repo.get_person(session, "whatsapp", WA_ID)
        assert found is not None
        return found.id


async def last_seen(lotse: Lotse, hours_ago: float) -> None:
    async with lotse.app.db.session() as session:
        await session.execute(
            update(Person)
            .where(Person.channel == "whatsapp", Person.external_id == WA_ID)
            .values(last_seen_at=utcnow() - timedelta(hours=hours_ago))
        )


async def queue(lotse: Lotse, purpose: str, reply: Reply[Text]) -> list[int]:
    """What a flow's `Send` effect does, in the transaction of its cause."""
    whom = await person_id(lotse)
    async with lotse.app.db.session() as session:
        return await lotse.app.outbox.put(session, Send(ToPerson(whom), reply, purpose=purpose))


async def deliver(lotse: Lotse) -> int:
    """One pass of the WhatsApp delivery worker (in `lotse run` it runs in the background)."""
    worker = DeliveryWorker(
        lotse.app.db, lotse.channel.delivery, Renderer(lotse.app.catalogues), clock=utcnow
    )
    return await worker.drain()


async def outbox(lotse: Lotse) -> list[tuple[str, str]]:
    async with lotse.app.db.session() as session:
        rows = await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        return [(row.purpose, row.state) for row in rows]


def said(text: str) -> Reply[Text]:
    return Reply(Text.raw(text))


async def test_inside_the_window_the_message_is_sent_as_it_is(lotse: Lotse) -> None:
    person = await onboard(lotse)
    before = len(person.inbox)
    await queue(lotse, "reminder", said("تذكير: موعدك غدا"))
    assert await deliver(lotse) == 1
    [sent] = person.inbox[before:]
    assert sent.kind == "text" and sent.text == "تذكير: موعدك غدا"
    assert await outbox(lotse) == [("reminder", "sent")]


async def test_inside_the_window_options_become_buttons(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await queue(
        lotse, "reminder", Reply(t("welcome"), options=(Option("yes", t("yes")), Option("no", t("no"))))
    )
    await deliver(lotse)
    assert person.inbox[-1].kind == "button"
    assert person.inbox[-1].titles == [lotse.text("ar", "yes"), lotse.text("ar", "no")]


async def test_after_25_hours_the_configured_template_is_sent(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    before = len(person.inbox)
    await queue(
        lotse, "reminder", Reply(Text("welcome", {"when": "Mo., 1. Dez.", "place": "Rathaus\nBruchsal"}))
    )
    await deliver(lotse)
    [sent] = person.inbox[before:]
    assert sent.kind == "template"
    assert sent.template["name"] == "lotse_reminder"
    assert sent.template["language"] == {"code": "ar"}
    [body] = sent.template["components"]
    assert body["type"] == "body"
    # Template variables may not hold line breaks: they become spaces.
    assert [p["text"] for p in body["parameters"]] == ["Mo., 1. Dez.", "Rathaus Bruchsal"]
    assert await outbox(lotse) == [("reminder", "sent")]


async def test_without_a_template_the_message_waits_and_the_reason_is_kept(
    lotse: Lotse, caplog: pytest.LogCaptureFixture
) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    before = len(person.inbox)
    with caplog.at_level(logging.WARNING, logger="handlers.whatsapp"):
        await queue(lotse, "broadcast", said("أخبار: معرض وظائف"))
        await deliver(lotse)
    assert person.inbox[before:] == []
    assert await outbox(lotse) == [("broadcast", "waiting")]
    async with lotse.app.db.session() as session:
        reason = await session.scalar(select(OutboxMessage.last_error))
    assert "no WhatsApp template configured for 'broadcast'" in (reason or "")
    assert "when they write again" in (reason or "")
    assert any("waits" in record.getMessage() for record in caplog.records)
    assert "معرض" not in caplog.text  # contents are not logged

    # The person writes again: the conversation service releases what waited; it goes out, once.
    await person.say("/menu")
    await deliver(lotse)
    assert person.inbox[-1].text == "أخبار: معرض وظائف"
    await person.say("/menu")
    await deliver(lotse)
    assert sum(sent.text == "أخبار: معرض وظائف" for sent in person.inbox) == 1
    assert await outbox(lotse) == [("broadcast", "sent")]


async def test_writing_again_releases_what_waited(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    await queue(lotse, "broadcast", said("news"))
    await deliver(lotse)
    await person.say("/menu")
    await deliver(lotse)
    assert "news" in [sent.text for sent in person.inbox]


async def test_a_waiting_message_that_fails_when_released_is_tried_again(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    await queue(lotse, "broadcast", said("news"))
    await deliver(lotse)
    [answer] = await person.say("/menu")
    assert answer.kind == "list"  # the answer goes out
    lotse.fake.fail("messages", times=lotse.sender.max_attempts, status=500)  # WhatsApp is down
    await deliver(lotse)
    assert await outbox(lotse) == [("broadcast", "queued")]  # not lost: tried again later
    async with lotse.app.db.session() as session:
        await session.execute(update(OutboxMessage).values(not_before=utcnow()))
    await deliver(lotse)
    assert person.inbox[-1].text == "news"
    assert await outbox(lotse) == [("broadcast", "sent")]


async def test_pashto_without_an_approved_template_gets_the_next_language_of_its_chain(lotse: Lotse) -> None:
    person = await onboard(lotse, "پښتو")  # WhatsApp has no template language for Pashto; ps → fa → en
    await last_seen(lotse, 30)
    await queue(lotse, "reminder", Reply(Text("welcome", {"when": "x", "place": "y"})))
    await deliver(lotse)
    assert person.inbox[-1].kind == "template"
    assert person.inbox[-1].template["language"] == {"code": "en"}
    assert await outbox(lotse) == [("reminder", "sent")]


async def test_an_announcing_template_leaves_the_message_waiting_for_the_answer(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 48)
    await queue(lotse, "coach_reply", said("ردّ المدرب:\nمرحبا"))
    await deliver(lotse)
    announcement = person.inbox[-1]
    assert announcement.kind == "template" and announcement.template["name"] == "lotse_coach_reply"
    assert "components" not in announcement.template
    assert await outbox(lotse) == [("coach_reply", "waiting")]

    await person.say("شكرا")
    await deliver(lotse)
    assert person.inbox[-1].text == "ردّ المدرب:\nمرحبا"
    assert await outbox(lotse) == [("coach_reply", "sent")]


async def test_a_template_brings_the_text_and_the_file_follows_with_the_answer(lotse: Lotse) -> None:
    """A template's variables carry text only: a message with a file (a photo, a map pin) waits after the
    template, and the file comes when the person writes, so it is not lost; the text is not sent again."""
    person = await onboard(lotse)
    await last_seen(lotse, 26)
    flyer = File("jobmesse.pdf", b"%PDF flyer", "application/pdf")
    reply = Reply(Text("welcome", {"when": "Mo., 1. Dez.", "place": "Rathaus"}), files=(flyer,))
    await queue(lotse, "reminder", reply)
    await deliver(lotse)
    assert person.inbox[-1].kind == "template"
    assert "Rathaus" in str(person.inbox[-1].template)  # what the template says, in its own words
    assert await outbox(lotse) == [("reminder", "waiting")]

    await person.say("شكرا")
    before = len(person.inbox)
    await deliver(lotse)
    following = person.inbox[before:]
    assert [sent.kind for sent in following] == ["document"]  # the flyer, not the text a second time
    assert await outbox(lotse) == [("reminder", "sent")]


async def test_an_announcement_that_is_refused_leaves_nothing_waiting(lotse: Lotse) -> None:
    await onboard(lotse)
    await last_seen(lotse, 48)
    lotse.fake.fail("messages", status=400, code=132001)
    await queue(lotse, "coach_reply", said("x"))
    await deliver(lotse)
    assert await outbox(lotse) == [("coach_reply", "failed")]


async def test_when_whatsapp_says_the_window_is_closed_the_template_is_used(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 23.5)  # we think it is open; WhatsApp's clock disagrees
    lotse.fake.fail("messages", status=400, code=131047)
    await queue(lotse, "reminder", said("تذكير"))
    await deliver(lotse)
    assert person.inbox[-1].kind == "template"
    assert await outbox(lotse) == [("reminder", "sent")]


async def test_just_before_the_window_closes_a_template_is_used_to_be_safe(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 23.97)  # two minutes left: a slow send could arrive too late
    await queue(lotse, "reminder", said("تذكير"))
    await deliver(lotse)
    assert person.inbox[-1].kind == "template"


async def test_someone_who_deleted_their_data_is_not_written_to(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    await queue(lotse, "broadcast", said("news"))
    await deliver(lotse)
    assert await outbox(lotse) == [("broadcast", "waiting")]
    whom = await person_id(lotse)
    await person.press("my_data")
    await person.press("delete")
    await person.press("yes")
    assert await outbox(lotse) == []  # deleted with the person
    async with lotse.app.db.session() as session:
        assert await lotse.app.outbox.put(session, Send(ToPerson(whom), said("x"))) == []


def test_template_configuration_reads_lists_and_mappings() -> None:
    template = WhatsAppTemplate.model_validate(TEMPLATES["reminder"])
    assert template.languages == {"de": "de", "en": "en", "ar": "ar"}
    assert template.params == ["when", "place"]
    assert not template.announce_only
