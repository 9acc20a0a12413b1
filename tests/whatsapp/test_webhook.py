"""`/whatsapp/webhook` over HTTP: the handshake, signatures, fast acknowledgement, deduplication."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
from sqlalchemy import select

from bot.storage.models import InboundUpdate
from handlers.whatsapp import webhook as whatsapp_webhook
from tests.whatsapp.conftest import VERIFY_TOKEN, Lotse, envelope, sign

PATH = whatsapp_webhook.PATH


async def test_handshake_with_the_right_token_returns_the_challenge(lotse: Lotse) -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    response = await lotse.client.get(PATH, params=params)
    assert response.status_code == 200
    assert response.text == "1158201444"
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(
    "params",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.verify_token": "ünïcödé", "hub.challenge": "1"},
    ],
)
async def test_handshake_with_a_wrong_token_is_refused(lotse: Lotse, params: dict[str, str]) -> None:
    response = await lotse.client.get(PATH, params=params)
    assert response.status_code == 403
    assert "1" not in response.text


@pytest.mark.parametrize(
    "signature",
    [
        None,
        "",
        "sha256=",
        "sha256=" + "0" * 64,
        "sha1=abc",
        "sha256=ünïcödé",
        sign(b"some other body"),
        "wrong-secret",
    ],
)
async def test_a_bad_or_missing_signature_is_refused_and_nothing_is_sent(
    lotse: Lotse, signature: str | None
) -> None:
    person = lotse.person("4915100000001")
    payload = person.payload(person.message("text", {"body": "/start"}))
    if signature == "wrong-secret":
        response = await lotse.post(payload, secret="not-the-app-secret")
    else:
        response = await lotse.post(payload, signature=signature)
    assert response.status_code == 401
    await lotse.channel.inbox.join()
    assert lotse.fake.sent == []


async def test_a_signed_body_that_is_not_json_is_a_bad_request(lotse: Lotse) -> None:
    response = await lotse.post(b"{not json")
    assert response.status_code == 400
    assert lotse.fake.sent == []


async def test_the_webhook_answers_before_the_message_is_handled(
    lotse: Lotse, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = asyncio.Event()
    handle = lotse.app.service.handle

    async def slow_handle(*args: object, **kwargs: object) -> object:
        await gate.wait()
        return await handle(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(lotse.app.service, "handle", slow_handle)
    person = lotse.person("4915100000002")
    response = await lotse.post(person.payload(person.message("text", {"body": "/start"})))
    assert response.status_code == 200  # while handling still waits
    assert lotse.fake.sent == []
    gate.set()
    await lotse.channel.inbox.join()
    assert len(person.inbox) == 1


async def test_a_repeated_delivery_is_answered_once(lotse: Lotse) -> None:
    person = lotse.person("4915100000003")
    payload = person.payload(person.message("text", {"body": "/start"}))
    await lotse.deliver(payload)
    await lotse.deliver(payload)  # Meta retries: same message id
    # …also when the retry arrives while the first delivery is still being handled.
    second = person.payload(person.message("text", {"body": "Deutsch"}))
    first_post, second_post = await asyncio.gather(lotse.post(second), lotse.post(second))
    assert first_post.status_code == second_post.status_code == 200
    await lotse.channel.inbox.join()
    assert [sent.kind for sent in person.inbox] == ["text", "button"]
    async with lotse.app.db.session() as session:
        states = (
            await session.scalars(select(InboundUpdate.state).where(InboundUpdate.channel == "whatsapp"))
        ).all()
    assert states == ["done", "done"]  # each message stored once and handled (its row done) once


async def test_a_repeated_delivery_after_a_restart_is_still_answered_once(lotse: Lotse) -> None:
    person = lotse.person("4915100000004")
    payload = person.payload(person.message("text", {"body": "/start"}))
    await lotse.deliver(payload)
    await lotse.stop()
    await lotse.start()  # same database: the message id is remembered there, not only in memory
    await lotse.deliver(payload)
    assert len(person.inbox) == 1


async def test_status_updates_are_acknowledged_and_ignored(
    lotse: Lotse, caplog: pytest.LogCaptureFixture
) -> None:
    statuses = [
        {"id": "wamid.OUT1", "status": status, "timestamp": "1700000000", "recipient_id": "4915100000005"}
        for status in ("sent", "delivered", "read")
    ]
    failed = {
        "id": "wamid.OUT2",
        "status": "failed",
        "timestamp": "1700000000",
        "recipient_id": "4915100000005",
        "errors": [{"code": 131026, "title": "Message undeliverable"}],
    }
    with caplog.at_level(logging.WARNING, logger="handlers.whatsapp"):
        await lotse.deliver(envelope(lotse.fake.phone_number_id, statuses=[*statuses, failed]))
    assert lotse.fake.sent == []
    assert any("131026" in record.getMessage() for record in caplog.records)
    assert not any("4915100000005" in record.getMessage() for record in caplog.records)  # masked


async def test_deliveries_for_another_number_or_object_are_ignored(lotse: Lotse) -> None:
    person = lotse.person("4915100000006")
    message = person.message("text", {"body": "/start"})
    await lotse.deliver(envelope("111111111111", messages=[message]))
    await lotse.deliver({"object": "page", "entry": []})
    await lotse.deliver({"object": "whatsapp_business_account", "entry": "nonsense"})
    assert lotse.fake.sent == []


async def test_several_messages_in_one_delivery_are_answered_in_order(lotse: Lotse) -> None:
    person = lotse.person("4915100000007")
    replies = await person.send(
        person.message("text", {"body": "/start"}), person.message("text", {"body": "English"})
    )
    assert [sent.kind for sent in replies] == ["text", "button"]
    assert replies[1].text == lotse.text("en", "privacy-note-v4")


async def test_message_contents_are_not_logged_at_info(
    lotse: Lotse, caplog: pytest.LogCaptureFixture
) -> None:
    person = lotse.person("4915100000008")
    with caplog.at_level(logging.INFO):
        await person.say("Mein Geheimnis 12345")
        await person.say("Deutsch")
    logged = "\n".join(record.getMessage() for record in caplog.records if record.levelno >= logging.INFO)
    assert "Geheimnis" not in logged
    assert lotse.text("de", "privacy-note-v4")[:30] not in logged
    assert "4915100000008" not in logged


async def test_healthz_is_served_beside_the_webhook(lotse: Lotse) -> None:
    response = await lotse.client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.text)["database"] is True


async def test_a_failure_while_handling_apologises(
    lotse: Lotse, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("boom")

    person = lotse.person("4915100000009")
    await person.say("/start")
    await person.say("English")
    monkeypatch.setattr(lotse.app.service, "handle", broken)
    with caplog.at_level(logging.ERROR):
        [apology] = await person.say("hello")
    assert apology.text == lotse.text("en", "error-apology")
    assert any("failed" in record.getMessage() for record in caplog.records)
