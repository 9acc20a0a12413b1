"""`POST /telegram/webhook`: Telegram's pushes, verified by the secret token, stored, then acknowledged.

An update is answered 200 only after it is committed to the inbound journal (`bot.inbound`); it is
handled right after, in the background, so Telegram still gets its answer quickly. When it cannot be
stored (the database is down) the answer is 503 and Telegram delivers it again later. A delivery Telegram
repeats is stored once (its update_id is the key) and answered once.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Mapping

from aiogram import Bot
from aiogram.types import Update
from fastapi import APIRouter
from pydantic import ValidationError

from bot.inbound import InboundQueue
from bot.web import PlainPost
from handlers.telegram.inbound import arrival

log = logging.getLogger(__name__)

PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret


def build_router(bot: Bot, inbound: InboundQueue, secret: str) -> APIRouter:
    """The webhook route; `inbound` stores each update and handles it (see `handlers.telegram.inbound`).

    A `PlainPost`: every update comes this way, so it is answered without FastAPI's request machinery."""
    expected = secret.encode()

    async def telegram_webhook(headers: Mapping[str, str], body: bytes) -> int:
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
        return 200

    return PlainPost(PATH, telegram_webhook)
