"""WhatsApp's 24-hour rule: free-form inside the window, a template outside, or waiting for the person."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.config import WhatsAppTemplate
from bot.conversation import Address, Message, RenderedFile, RenderedOption
from bot.storage.models import PendingMessage, Person, utcnow
from handlers.whatsapp.sender import Delivery, DeliveryFailed
from tests.fakes.graph_api import FakeGraphAPI
from tests.whatsapp.conftest import Lotse, WhatsAppPerson

WA_ID = "963933333333"
ADDRESS = Address("whatsapp", WA_ID)
TEMPLATES = {
    "reminder": {"name": "lotse_reminder", "languages": ["de", "en", "ar"]},
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


async def last_seen(lotse: Lotse, hours_ago: float) -> None:
    async with lotse.app.db.session() as session:
        await session.execute(
            update(Person)
            .where(Person.channel == "whatsapp", Person.external_id == WA_ID)
            .values(last_seen_at=utcnow() - timedelta(hours=hours_ago))
        )


async def pending(lotse: Lotse) -> list[tuple[str, str]]:
    async with lotse.app.db.session() as session:
        rows = await session.scalars(select(PendingMessage).order_by(PendingMessage.id))
        return [(row.purpose, row.text) for row in rows]


async def test_inside_the_window_the_message_is_sent_as_it_is(lotse: Lotse) -> None:
    person = await onboard(lotse)
    before = len(person.inbox)
    result = await lotse.sender.send_outside_window(ADDRESS, "reminder", Message("تذكير: موعدك غدا"))
    assert result.status is Delivery.SENT and len(result.message_ids) == 1 and not result.waiting
    [sent] = person.inbox[before:]
    assert sent.kind == "text" and sent.text == "تذكير: موعدك غدا"


async def test_after_25_hours_the_configured_template_is_sent(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    before = len(person.inbox)
    result = await lotse.sender.send_outside_window(
        ADDRESS, "reminder", Message("تذكير"), template_params=["Mo., 1. Dez.", "10:00", "Rathaus\nBruchsal"]
    )
    assert result.status is Delivery.TEMPLATE and result.message_ids and not result.waiting
    [sent] = person.inbox[before:]
    assert sent.kind == "template"
    assert sent.template["name"] == "lotse_reminder"
    assert sent.template["language"] == {"code": "ar"}
    [body] = sent.template["components"]
    assert body["type"] == "body"
    # Template variables may not hold line breaks: they become spaces.
    assert [p["text"] for p in body["parameters"]] == ["Mo., 1. Dez.", "10:00", "Rathaus Bruchsal"]
    assert await pending(lotse) == []


async def test_without_a_template_the_message_waits_and_the_result_says_so(
    lotse: Lotse, caplog: pytest.LogCaptureFixture
) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    before = len(person.inbox)
    with caplog.at_level(logging.WARNING, logger="handlers.whatsapp"):
        result = await lotse.sender.send_outside_window(ADDRESS, "broadcast", Message("أخبار: معرض وظائف"))
    assert result.status is Delivery.WAITING and result.waiting
    assert "no WhatsApp template configured for 'broadcast'" in result.reason
    assert "when they write again" in result.reason
    assert person.inbox[before:] == []
    assert await pending(lotse) == [("broadcast", "أخبار: معرض وظائف")]
    assert any("waits" in record.getMessage() for record in caplog.records)

    # The person writes again: first what waited, then the answer to what they wrote.
    replies = await person.say("/menu")
    assert [sent.text for sent in replies[:1]] == ["أخبار: معرض وظائف"]
    assert replies[-1].kind == "list"
    assert await pending(lotse) == []
    again = await person.say("/menu")
    assert [sent.kind for sent in again] == ["list"]  # delivered once only
    assert sum(sent.text == "أخبار: معرض وظائف" for sent in person.inbox) == 1


async def test_a_waiting_message_that_cannot_be_delivered_keeps_waiting(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    await lotse.sender.send_outside_window(ADDRESS, "broadcast", Message("news"))
    lotse.fake.fail("messages", status=400, code=131026)  # the pending message is refused…
    [answer] = await person.say("/menu")
    assert answer.kind == "list"  # …the answer still goes out
    assert await pending(lotse) == [("broadcast", "news")]
    first, _menu = await person.say("/menu")
    assert first.text == "news"
    assert await pending(lotse) == []


async def test_a_language_without_an_approved_template_waits_too(lotse: Lotse) -> None:
    person = await onboard(lotse, "پښتو")  # Pashto: WhatsApp has no template language for it
    await last_seen(lotse, 30)
    result = await lotse.sender.send_outside_window(ADDRESS, "reminder", Message("یادونه"), ["x"])
    assert result.status is Delivery.WAITING
    assert "no approved language 'ps'" in result.reason
    assert [sent.kind for sent in person.inbox[-1:]] == ["list"]  # nothing new was sent
    assert await pending(lotse) == [("reminder", "یادونه")]


async def test_an_announcing_template_leaves_the_message_waiting_for_the_answer(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 48)
    result = await lotse.sender.send_outside_window(ADDRESS, "coach_reply", Message("ردّ المدرب:\nمرحبا"))
    assert result.status is Delivery.ANNOUNCED and result.waiting and result.message_ids
    announcement = person.inbox[-1]
    assert announcement.kind == "template" and announcement.template["name"] == "lotse_coach_reply"
    assert "components" not in announcement.template
    assert await pending(lotse) == [("coach_reply", "ردّ المدرب:\nمرحبا")]

    first, *_rest = await person.say("شكرا")
    assert first.text == "ردّ المدرب:\nمرحبا"
    assert await pending(lotse) == []


async def test_an_announcement_that_fails_leaves_nothing_waiting(lotse: Lotse) -> None:
    await onboard(lotse)
    await last_seen(lotse, 48)
    lotse.fake.fail("messages", status=400, code=132001)
    with pytest.raises(DeliveryFailed) as failed:
        await lotse.sender.send_outside_window(ADDRESS, "coach_reply", Message("x"))
    assert failed.value.code == 132001
    assert await pending(lotse) == []


async def test_when_whatsapp_says_the_window_is_closed_the_template_is_used(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 23.5)  # we think it is open; WhatsApp's clock disagrees
    lotse.fake.fail("messages", status=400, code=131047)
    result = await lotse.sender.send_outside_window(ADDRESS, "reminder", Message("تذكير"), ["a", "b", "c"])
    assert result.status is Delivery.TEMPLATE
    assert person.inbox[-1].kind == "template"


async def test_just_before_the_window_closes_a_template_is_used_to_be_safe(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 23.97)  # two minutes left: a slow send could arrive too late
    result = await lotse.sender.send_outside_window(ADDRESS, "reminder", Message("تذكير"), ["a"])
    assert result.status is Delivery.TEMPLATE
    assert person.inbox[-1].kind == "template"


async def test_someone_who_deleted_their_data_is_not_written_to(lotse: Lotse) -> None:
    person = await onboard(lotse)
    await last_seen(lotse, 25)
    await lotse.sender.send_outside_window(ADDRESS, "broadcast", Message("news"))
    assert await pending(lotse) != []
    await person.press("my_data")
    await person.press("delete")
    await person.press("yes")
    assert await pending(lotse) == []  # deleted with the person
    with pytest.raises(DeliveryFailed, match="no such person"):
        await lotse.sender.send_outside_window(ADDRESS, "reminder", Message("x"))


async def test_only_plain_text_and_known_purposes_go_outside_a_conversation(lotse: Lotse) -> None:
    await onboard(lotse)
    with pytest.raises(ValueError, match="purpose"):
        await lotse.sender.send_outside_window(ADDRESS, "marketing", Message("x"))
    with pytest.raises(ValueError, match="text only"):
        await lotse.sender.send_outside_window(ADDRESS, "reminder", Message("x", (RenderedOption("a", "A"),)))
    with pytest.raises(ValueError, match="text only"):
        files = (RenderedFile("a.ics", b"x", "text/calendar"),)
        await lotse.sender.send_outside_window(ADDRESS, "reminder", Message("x", files=files))
    with pytest.raises(ValueError, match="WhatsApp"):
        await lotse.sender.send_outside_window(Address("telegram", "1"), "reminder", Message("x"))


def test_template_configuration_reads_lists_and_mappings() -> None:
    template = WhatsAppTemplate.model_validate(TEMPLATES["reminder"])
    assert template.languages == {"de": "de", "en": "en", "ar": "ar"}
    assert not template.announce_only
