"""The one way out to WhatsApp: every message of every feature leaves through `WhatsAppSender`.

It keeps the Cloud API's rate (`WHATSAPP_RATE_LIMIT`, 80 messages a second per number by default),
renders flow messages within WhatsApp's limits (`render.py`), retries server errors, network failures
and the rate-limit errors with exponential backoff, and reports a message that cannot be delivered
(logged and raised as `DeliveryFailed`), never dropping it silently.

This module only sends. Whether a message that is not an answer may be sent as it is, needs a template,
or must wait for the person (WhatsApp's 24-hour rule) is decided in `window.py`.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar

import httpx
from aiolimiter import AsyncLimiter
from pywa_async import WhatsApp
from pywa_async.errors import WhatsAppError
from pywa_async.types import Button, Section, SectionList, SectionRow
from pywa_async.types.templates import TemplateLanguage

from bot.conversation import Message
from bot.outbox.channel import DeliveryFailed
from handlers.whatsapp.render import (
    Document,
    ListMessage,
    Outgoing,
    Pin,
    PlainText,
    ReplyButtons,
    Wording,
    render,
)

__all__ = ["CHANNEL", "RE_ENGAGEMENT", "DeliveryFailed", "WhatsAppSender", "masked"]

log = logging.getLogger(__name__)

T = TypeVar("T")

CHANNEL = "whatsapp"
# Error codes worth another try: throttling (4, 80007, 130429), spam rate limit (131048), pair rate
# limit (131056), and Meta's own temporary failures (1, 2, 131000).
RETRY_CODES = frozenset({4, 80007, 130429, 131048, 131056, 1, 2, 131000})
RE_ENGAGEMENT = 131047  # more than 24 hours since the person's last message: only a template goes
# The person cannot be reached on WhatsApp (no account, old app, terms not accepted): not retried.
UNREACHABLE_CODES = frozenset({131026})


def masked(wa_id: str) -> str:
    """A phone number as logs show it: enough to tell people apart, not enough to call them."""
    return f"…{wa_id[-4:]}" if len(wa_id) > 4 else "…"


class WhatsAppSender:
    def __init__(
        self,
        client: WhatsApp,
        *,
        wording: Callable[[str], Wording],
        per_second: float = 80,
        max_attempts: int = 5,
        backoff: float = 0.5,
    ) -> None:
        self.client = client
        self.wording = wording
        self._limiter = AsyncLimiter(per_second, 1)
        self.max_attempts = max_attempts
        self.backoff = backoff

    async def send(
        self, to: str, message: Message, language: str, *, media: Mapping[str, Any] | None = None
    ) -> list[str]:
        """Send one flow message to `to` (a wa_id); the ids of the WhatsApp messages it became.

        `media`: a file uploaded before (`upload`: {"id", "type": "image" | "document", "filename"}),
        sent first and by its id, so that an announcement's photo is uploaded once, not once a person.
        """
        ids: list[str] = []
        if media and media.get("id"):
            ids.append(await self._send_uploaded(to, media))
        for part in render(message, self.wording(language)):
            ids.append(await self._send_part(to, part))
        return ids

    async def send_all(self, to: str, messages: Sequence[Message], language: str) -> list[str]:
        ids: list[str] = []
        for message in messages:
            ids += await self.send(to, message, language)
        return ids

    async def send_template(self, to: str, name: str, code: str, params: Sequence[str] = ()) -> str:
        """An approved template in Meta's language `code`; `params` fill its body variables in order."""
        components: list[dict[str, object]] | None = None
        if params:
            # Template variables may not hold line breaks, tabs or more than four spaces in a row.
            values = [" ".join(str(value).split()) or "-" for value in params]
            components = [{"type": "body", "parameters": [{"type": "text", "text": v} for v in values]}]
        client = self.client
        sent = await self._call(
            to,
            f"template {name}",
            lambda: client.send_template(to, name=name, language=TemplateLanguage(code), params=components),
        )
        log.info("Sent template %s (%s) to %s", name, code, masked(to))
        return str(sent.id)

    # -- internals -----------------------------------------------------------------------------------------

    async def _send_part(self, to: str, part: Outgoing) -> str:
        client = self.client
        if isinstance(part, PlainText):
            sent = await self._call(to, "text", lambda: client.send_message(to, part.body))
            return str(sent.id)
        if isinstance(part, ReplyButtons):
            buttons = [Button(title=title, callback_data=option_id) for option_id, title in part.buttons]
            sent = await self._call(
                to, "buttons", lambda: client.send_message(to, part.body, buttons=buttons)
            )
            return str(sent.id)
        if isinstance(part, ListMessage):
            rows = [
                SectionRow(title=r.title, callback_data=r.id, description=r.description) for r in part.rows
            ]
            section_list = SectionList(
                button_title=part.button, sections=[Section(title=part.section, rows=rows)]
            )
            sent = await self._call(
                to, "list", lambda: client.send_message(to, part.body, buttons=section_list)
            )
            return str(sent.id)
        if isinstance(part, Pin):
            sent = await self._call(
                to,
                "location",
                lambda: client.send_location(to, part.latitude, part.longitude, part.name, part.address),
            )
            return str(sent.id)
        return await self._send_document(to, part)

    async def upload(
        self, content: bytes, mime_type: str, filename: str, kind: str = "document", *, to: str = ""
    ) -> str:
        """Upload a file to the Cloud API; its media id (valid for 30 days). `to`: for the logs only."""
        client = self.client
        media_type: Literal["image", "document"] = "image" if kind == "image" else "document"
        uploaded = await self._call(
            to,
            "upload",
            lambda: client.upload_media(
                media=content, mime_type=mime_type, filename=filename, media_type=media_type
            ),
        )
        return str(uploaded.id)

    async def _send_document(self, to: str, document: Document) -> str:
        # Upload first, then send by media id: a retried send does not upload the file again.
        media_id = await self.upload(document.content, document.mime_type, document.filename, to=to)
        client = self.client
        sent = await self._call(
            to,
            "document",
            lambda: client.send_document(
                to, document=media_id, filename=document.filename, caption=document.caption
            ),
        )
        return str(sent.id)

    async def _send_uploaded(self, to: str, media: Mapping[str, Any]) -> str:
        client = self.client
        media_id = str(media["id"])
        if media.get("type") == "image":
            sent = await self._call(to, "image", lambda: client.send_image(to, image=media_id))
        else:
            filename = str(media.get("filename") or "document")
            sent = await self._call(
                to, "document", lambda: client.send_document(to, document=media_id, filename=filename)
            )
        return str(sent.id)

    async def _call(self, to: str, what: str, request: Callable[[], Awaitable[T]]) -> T:
        reason = ""
        code: int | None = None
        for attempt in range(1, self.max_attempts + 1):
            async with self._limiter:
                try:
                    return await request()
                except WhatsAppError as exc:
                    code = exc.code
                    reason = f"error {exc.code}"
                    if not _worth_retrying(exc):
                        log.error(
                            "WhatsApp refused a %s message to %s: error %s (%s)",
                            what,
                            masked(to),
                            exc.code,
                            exc.details or exc.message,
                        )
                        raise DeliveryFailed(
                            _failure(to, f"error {exc.code}: {exc.message}"),
                            permanent=True,
                            blocked=exc.code in UNREACHABLE_CODES,
                            code=exc.code,
                        ) from exc
                except httpx.TransportError as exc:
                    code = None
                    reason = type(exc).__name__
            log.warning(
                "WhatsApp %s message to %s failed (%s), attempt %d of %d",
                what,
                masked(to),
                reason,
                attempt,
                self.max_attempts,
            )
            if attempt < self.max_attempts:
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1) * (1 + random.random() / 4))  # noqa: S311
        log.error("Giving up on a %s message to %s after %d attempts", what, masked(to), self.max_attempts)
        raise DeliveryFailed(
            _failure(to, f"gave up after {self.max_attempts} attempts ({reason})"), code=code
        )


def _failure(to: str, reason: str) -> str:
    return f"WhatsApp message to {masked(to)} not delivered: {reason}"


def _worth_retrying(error: WhatsAppError) -> bool:
    status = error.status_code
    return bool(
        (status is not None and status >= 500)
        or status == 429
        or error.code in RETRY_CODES
        or error.is_transient
    )
