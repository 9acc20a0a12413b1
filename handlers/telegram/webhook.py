"""`POST /telegram/webhook`: Telegram's pushes, verified by the secret token, stored, then acknowledged.

An update is answered 200 only after it is committed to the inbound journal (`bot.inbound`); it is
handled right after, in the background, so Telegram still gets its answer quickly. When it cannot be
stored (the database is down) the answer is 503 and Telegram delivers it again later. A delivery Telegram
repeats is stored once (its update_id is the key) and answered once.

A button press (a callback query) is answered in the webhook's own response: Telegram carries out a Bot
API call returned as the body of a webhook answer, so `answerCallbackQuery` (which only stops the spinner
on the button) costs no HTTP call of its own, and the spinner stops as soon as the press is stored. The
dispatcher is told (`build_dispatcher(buttons_answered=True)`), so the handlers do not answer again.
bench/throughput.py: the first conversation has two presses in three updates, one Bot API call less for
each (its CPU saving is within the benchmark's run-to-run noise; README "Benchmarks (issue 6)").
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Mapping

from aiogram import Bot
from aiogram.types import Update
from fastapi import APIRouter
from pydantic import ValidationError

from bot.inbound import InboundQueue
from bot.web import PlainAnswer, PlainPost
from handlers.telegram.inbound import arrival

log = logging.getLogger(__name__)

PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret


def build_router(bot: Bot, inbound: InboundQueue, secret: str) -> APIRouter:
    """The webhook route; `inbound` stores each update and handles it (see `handlers.telegram.inbound`).

    A `PlainPost`: every update comes this way, so it is answered without FastAPI's request machinery."""
    expected = secret.encode()

    async def telegram_webhook(headers: Mapping[str, str], body: bytes) -> PlainAnswer:
        given = headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), expected):
            log.warning("Rejected a Telegram webhook call with a wrong or missing secret token")
            return 401
        try:
            update = Update.model_validate_json(body, context={"bot": bot})
        except ValidationError:
            log.warning("Rejected a Telegram webhook call that is not an update")
            return 400
        try:
            await inbound.accept([arrival(update, body)])
        except Exception:
            log.exception(
                "Could not store Telegram update %s; Telegram will deliver it again", update.update_id
            )
            return 503
        if update.callback_query is not None:
            return 200, answering_press(update.callback_query.id)
        return 200

    return PlainPost(PATH, telegram_webhook)


def answering_press(query_id: str) -> bytes:
    """The webhook answer that answers a button press (stops its spinner), as Telegram carries it out."""
    return json.dumps({"method": "answerCallbackQuery", "callback_query_id": query_id}).encode()
