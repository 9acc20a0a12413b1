"""Telegram updates in the inbound journal: what is stored for one, and how a stored one is handled.

Both ways updates arrive (the webhook and long polling) store them through the queue built here; the
stored JSON is the Update as Telegram sent it, and handling feeds it to the aiogram dispatcher exactly as
the webhook did before. The update_id is the journal key (its row, marked done in the conversation
transaction, is the record that the update was handled) and the order of a person's updates.
"""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.inbound import Arrival, Claim, InboundQueue, Journal

log = logging.getLogger(__name__)

CHANNEL = "telegram"
SHUTDOWN_GRACE = 10.0  # seconds for updates in hand to finish at shutdown; the rest stay stored


def person_key(update: Update) -> str:
    """Whose update it is: the Telegram user (private chat and coaches' group alike), else the chat."""
    try:
        event: Any = update.event
    except Exception:  # an update type this aiogram does not know: it orders with nothing
        return f"update:{update.update_id}"
    user = getattr(event, "from_user", None)
    if user is not None:
        return str(user.id)
    chat = getattr(event, "chat", None)
    if chat is not None:
        return f"chat:{chat.id}"
    return f"update:{update.update_id}"


def arrival(update: Update, raw: bytes | str | None = None) -> Arrival:
    """The journal entry for `update`; `raw` is the JSON as received (webhook), else it is re-encoded."""
    if raw is None:
        payload = update.model_dump_json(exclude_unset=True, by_alias=True)
    else:
        payload = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    return Arrival(
        key=str(update.update_id),
        payload=payload,
        person_key=person_key(update),
        sequence=update.update_id,
        parsed=update,
    )


def build_queue(bot: Bot, dispatcher: Dispatcher, journal: Journal, **options: Any) -> InboundQueue:
    """The Telegram side of the journal: a stored update goes to the dispatcher (routers, error handler)."""

    async def handle(claim: Claim) -> None:
        # Claimed when it was stored by this process: the webhook's (or the poll's) Update as it is.
        update = claim.parsed
        if not isinstance(update, Update):
            update = Update.model_validate_json(claim.payload, context={"bot": bot})
        await dispatcher.feed_update(bot, update)

    return InboundQueue(journal, CHANNEL, handle, **options)
