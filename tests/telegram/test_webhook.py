"""Webhook mode: Telegram POSTs updates to `/telegram/webhook`; only calls with the secret token count."""

from __future__ import annotations

import pytest

from tests.fakes.telegram_api import WEBHOOK_ANSWER
from tests.telegram.conftest import WEBHOOK_SECRET, LotseWebhook


async def test_health_check_answers(lotse_webhook: LotseWebhook) -> None:
    response = await lotse_webhook.client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


async def test_the_webhook_is_registered_with_its_secret(lotse_webhook: LotseWebhook) -> None:
    info = await lotse_webhook.bot.get_webhook_info()
    assert info.url == f"{lotse_webhook.url}/telegram/webhook"
    assert lotse_webhook.fake.webhook["secret_token"] == WEBHOOK_SECRET


async def test_updates_with_the_secret_are_answered_through_the_bot_api(lotse_webhook: LotseWebhook) -> None:
    olena = lotse_webhook.person(3001, "uk")

    [welcome] = await olena.say("/start")
    assert welcome.text == lotse_webhook.text("uk", "welcome")
    [privacy] = await olena.press("Українська")
    assert privacy.text == lotse_webhook.text("uk", "privacy-note-v4")
    thanks, _menu = await olena.say("1")
    assert thanks.text == lotse_webhook.text("uk", "consent-thanks")


async def test_a_button_press_is_answered_in_the_webhooks_own_response(lotse_webhook: LotseWebhook) -> None:
    fake = lotse_webhook.fake
    olena = lotse_webhook.person(3004, "uk")
    [welcome] = await olena.say("/start")
    [(_label, data)] = [button for button in welcome.buttons if button[0] == "Українська"]
    press = fake.update(callback_query=fake.callback_query(olena.user, data, welcome.raw))

    response = await lotse_webhook.post(press)

    # Telegram stops the spinner on the button from the answer itself; the bot makes no call for it.
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    query_id = press["callback_query"]["id"]
    assert response.json() == {"method": "answerCallbackQuery", "callback_query_id": query_id}
    await lotse_webhook.handled.wait(press["update_id"])
    [answered] = [i for i, (method, _) in enumerate(fake.calls) if method == "answerCallbackQuery"]
    assert fake.content_types[answered] == WEBHOOK_ANSWER
    assert olena.inbox[-1].text == lotse_webhook.text("uk", "privacy-note-v4")  # and the press is handled


async def test_a_message_is_answered_with_an_empty_200(lotse_webhook: LotseWebhook) -> None:
    fake = lotse_webhook.fake
    amira = lotse_webhook.person(3005, "ar")
    response = await lotse_webhook.post(fake.update(message=fake.message(amira.user, "/start")))
    assert (response.status_code, response.content) == (200, b"")


@pytest.mark.parametrize("secret", ["wrong-secret", WEBHOOK_SECRET + "x", "", None])
async def test_a_wrong_or_missing_secret_is_refused_and_not_answered(
    lotse_webhook: LotseWebhook, secret: str | None
) -> None:
    fake = lotse_webhook.fake
    amira = lotse_webhook.person(3002, "ar")
    forged = fake.update(message=fake.message(amira.user, "/start"))

    response = await lotse_webhook.post(forged, secret=secret)

    assert response.status_code == 401
    assert lotse_webhook.handled.counts[forged["update_id"]] == 0  # refused before the dispatcher
    assert fake.sent == []
    [welcome] = await amira.say("/start")  # the genuine update after it is answered, and only it
    assert amira.inbox == [welcome]


async def test_a_body_that_is_not_an_update_is_refused(lotse_webhook: LotseWebhook) -> None:
    response = await lotse_webhook.client.post(
        "/telegram/webhook", content=b"{not json", headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    )
    assert response.status_code == 400


async def test_the_same_update_posted_twice_is_answered_once(lotse_webhook: LotseWebhook) -> None:
    # More on stored-before-200 and redeliveries: tests/inbound/test_telegram.py
    amira = lotse_webhook.person(3003, "ar")
    update = lotse_webhook.fake.update(message=lotse_webhook.fake.message(amira.user, "/start"))

    first = await amira.send(update)
    again = await amira.send(update, times=2)

    assert [reply.text for reply in first] == [lotse_webhook.text("ar", "welcome")]
    assert again == []
