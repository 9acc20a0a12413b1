"""`POST /telegram/webhook`: Telegram's pushes, verified by the secret token, stored, then acknowledged.

An update is answered 200 only after it is committed to the inbound journal (`bot.inbound`); it is
handled right after, in the background, so Telegram still gets its answer quickly. When it cannot be
stored (the database is down) the answer is 503 and Telegram delivers it again later. A delivery Telegram
repeats is stored once (its update_id is the key) and answered once.
"""

from __future__ import annotations

import hmac
import logging

from aiogram import Bot
from aiogram.types import Update
from fastapi import APIRouter, Request, Response
from pydantic import ValidationError

from bot.inbound import InboundQueue
from handlers.telegram.inbound import arrival

log = logging.getLogger(__name__)

PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret


def build_router(bot: Bot, inbound: InboundQueue, secret: str) -> APIRouter:
    """The webhook route; `inbound` stores each update and handles it (see `handlers.telegram.inbound`)."""
    router = APIRouter()

    @router.post(PATH)
    async def telegram_webhook(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            log.warning("Rejected a Telegram webhook call with a wrong or missing secret token")
            return Response(status_code=401)
        body = await request.body()
        try:
            update = Update.model_validate_json(body, context={"bot": bot})
        except ValidationError:
            log.warning("Rejected a Telegram webhook call that is not an update")
            return Response(status_code=400)
        try:
            await inbound.accept([arrival(update, body)])
        except Exception:
            log.exception(
                "Could not store Telegram update %s; Telegram will deliver it again", update.update_id
            )
            return Response(status_code=503)
        return Response(status_code=200)

    return router
