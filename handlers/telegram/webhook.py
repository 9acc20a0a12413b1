"""`POST /telegram/webhook`: Telegram's pushes, verified by the secret token, acknowledged at once.

The update is handled in the background so Telegram gets its 200 quickly; a repeated delivery is
recognised by its update id in the database and answered only once.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from fastapi import APIRouter, Request, Response
from pydantic import ValidationError

log = logging.getLogger(__name__)

PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret


InFlight = set[asyncio.Task[Any]]


def build_router(
    bot: Bot, dispatcher: Dispatcher, secret: str, in_flight: InFlight | None = None
) -> APIRouter:
    """The webhook route. Updates being handled are kept in `in_flight`, so shutdown can `drain` them."""
    router = APIRouter()
    background: InFlight = in_flight if in_flight is not None else set()

    @router.post(PATH)
    async def telegram_webhook(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            log.warning("Rejected a Telegram webhook call with a wrong or missing secret token")
            return Response(status_code=401)
        try:
            update = Update.model_validate_json(await request.body(), context={"bot": bot})
        except ValidationError:
            log.warning("Rejected a Telegram webhook call that is not an update")
            return Response(status_code=400)
        task = asyncio.create_task(dispatcher.feed_update(bot, update))
        background.add(task)
        task.add_done_callback(background.discard)
        return Response(status_code=200)

    return router


async def drain(in_flight: InFlight, grace: float = 25) -> None:
    """At shutdown: let acknowledged updates finish, since Telegram will not deliver them again."""
    if not in_flight:
        return
    log.info("Waiting for %d update(s) still being handled", len(in_flight))
    _done, pending = await asyncio.wait(set(in_flight), timeout=grace)
    for task in pending:
        log.error("An acknowledged update was still being handled at shutdown and is cancelled")
        task.cancel()
