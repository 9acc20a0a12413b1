"""The one way out to WhatsApp: every message of every feature leaves through `WhatsAppSender`.

It keeps the Cloud API's rate (about 80 messages a second per number), retries server errors, network
failures and the rate-limit errors with exponential backoff, and reports a message that cannot be
delivered (logged and raised as `DeliveryFailed`), never dropping it silently.

WhatsApp's 24-hour rule: Lotse may write freely only within 24 hours of the person's last message.
`send_outside_window` is for everything that is not an answer (reminders, broadcasts, a coach's reply):
inside the window it sends the message as it is; outside, the approved template configured for the
purpose and the person's language (`WHATSAPP_TEMPLATES`). Without such a template the message waits in
`pending_messages` and is delivered as soon as the person writes again; the result says so.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

import httpx
from aiolimiter import AsyncLimiter
from pywa_async import WhatsApp
from pywa_async.errors import WhatsAppError
from pywa_async.types import Button, Section, SectionList, SectionRow
from pywa_async.types.templates import TemplateLanguage

from bot.config import WHATSAPP_PURPOSES, WhatsAppTemplate
from bot.conversation import Address, Message
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import utcnow
from handlers.whatsapp.render import (
    Document,
    ListMessage,
    Outgoing,
    PlainText,
    ReplyButtons,
    Wording,
    render,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

CHANNEL = "whatsapp"
WINDOW = timedelta(hours=24)
# Error codes worth another try: throttling (4, 80007, 130429), spam rate limit (131048), pair rate
# limit (131056), and Meta's own temporary failures (1, 2, 131000).
RETRY_CODES = frozenset({4, 80007, 130429, 131048, 131056, 1, 2, 131000})
RE_ENGAGEMENT = 131047  # more than 24 hours since the person's last message: only a template goes


class Delivery(StrEnum):
    SENT = "sent"  # as it is, inside the 24-hour window
    TEMPLATE = "template"  # outside the window, by the approved template
    ANNOUNCED = "announced"  # a template announced it; the message itself waits for the person's answer
    WAITING = "waiting"  # no template for this purpose and language: it waits for the person to write


@dataclass(frozen=True)
class DeliveryResult:
    """What became of a message; `reason` is for the coach or coordinator who sent it."""

    status: Delivery
    reason: str = ""
    message_ids: tuple[str, ...] = ()
    pending_id: int | None = None

    @property
    def waiting(self) -> bool:
        return self.pending_id is not None


class DeliveryFailed(Exception):
    """WhatsApp refused a message for good (error `code`) or kept failing; logged where it happened."""

    def __init__(self, recipient: str, reason: str, code: int | None = None) -> None:
        super().__init__(f"WhatsApp message to {recipient} not delivered: {reason}")
        self.recipient = recipient
        self.reason = reason
        self.code = code


def masked(wa_id: str) -> str:
    """A phone number as logs show it: enough to tell people apart, not enough to call them."""
    return f"…{wa_id[-4:]}" if len(wa_id) > 4 else "…"


class WhatsAppSender:
    def __init__(
        self,
        client: WhatsApp,
        db: Database,
        *,
        wording: Callable[[str], Wording],
        templates: Mapping[str, WhatsAppTemplate] | None = None,
        default_language: str = "de",
        per_second: float = 80,
        max_attempts: int = 5,
        backoff: float = 0.5,
        window: timedelta = WINDOW,
        margin: timedelta = timedelta(minutes=5),
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.client = client
        self.db = db
        self.wording = wording
        self.templates = dict(templates or {})
        self.default_language = default_language
        self._limiter = AsyncLimiter(per_second, 1)
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.window = window
        self.margin = margin
        self.clock = clock

    # -- answers inside a conversation ---------------------------------------------------------------

    async def send(self, to: str, message: Message, language: str) -> list[str]:
        """Send one flow message to `to` (a wa_id); the ids of the WhatsApp messages it became."""
        ids: list[str] = []
        for part in render(message, self.wording(language)):
            ids.append(await self._send_part(to, part))
        return ids

    async def send_all(self, to: str, messages: Sequence[Message], language: str) -> list[str]:
        ids: list[str] = []
        for message in messages:
            ids += await self.send(to, message, language)
        return ids

    # -- everything else ---------------------------------------------------------------------------------

    async def send_outside_window(
        self,
        address: Address,
        purpose: str,
        message: Message,
        template_params: Sequence[str] = (),
    ) -> DeliveryResult:
        """A message that is not an answer: free-form inside the 24-hour window, else by template.

        `message` is text only (options and files belong to a conversation). `template_params` fill the
        template's body variables {{1}}, {{2}}, … in order. Raises `DeliveryFailed` when WhatsApp refuses
        for good, or when the person is unknown (never wrote, or deleted their data).
        """
        if address.channel != CHANNEL:
            raise ValueError(f"not a WhatsApp address: {address.channel}")
        if purpose not in WHATSAPP_PURPOSES:
            raise ValueError(f"unknown purpose {purpose!r}; purposes are {', '.join(WHATSAPP_PURPOSES)}")
        if message.options or message.files:
            raise ValueError("messages outside a conversation are text only (no options, no files)")
        to = address.external_id
        async with self.db.session() as session:
            person = await repo.get_person(session, CHANNEL, to)
            if person is None:
                log.warning(
                    "No %s message to %s: no such person (deleted, or never wrote)", purpose, masked(to)
                )
                raise DeliveryFailed(masked(to), "no such person: they never wrote or deleted their data")
            language = person.language or self.default_language
            last_seen = person.last_seen_at

        if self.clock() - last_seen < self.window - self.margin:
            try:
                ids = await self.send(to, message, language)
                return DeliveryResult(Delivery.SENT, message_ids=tuple(ids))
            except DeliveryFailed as exc:
                if exc.code != RE_ENGAGEMENT:
                    raise
                log.info("WhatsApp says the window with %s is closed; trying a template", masked(to))

        template = self.templates.get(purpose)
        code = template.languages.get(language) if template is not None else None
        if template is None or code is None:
            reason = (
                f"no WhatsApp template configured for {purpose!r}"
                if template is None
                else f"template {template.name!r} has no approved language {language!r}"
            )
            pending_id = await self._keep(to, purpose, message.text)
            log.warning(
                "%s message to %s waits for their next message (24-hour window closed, %s)",
                purpose,
                masked(to),
                reason,
            )
            return DeliveryResult(
                Delivery.WAITING,
                reason=f"The person has not written for 24 hours and {reason}; "
                "the message is delivered when they write again.",
                pending_id=pending_id,
            )

        if not template.announce_only:
            sent_id = await self._send_template(to, template, code, template_params)
            return DeliveryResult(Delivery.TEMPLATE, message_ids=(sent_id,))
        pending_id = await self._keep(to, purpose, message.text)
        try:
            sent_id = await self._send_template(to, template, code, template_params)
        except DeliveryFailed:
            await self._forget(pending_id)
            raise
        return DeliveryResult(
            Delivery.ANNOUNCED,
            reason="The person has not written for 24 hours: a template told them a message is waiting; "
            "it is delivered when they answer.",
            message_ids=(sent_id,),
            pending_id=pending_id,
        )

    async def flush_pending(self, address: Address, language: str) -> int:
        """Deliver what waited for this person, oldest first (call when they have just written)."""
        async with self.db.session() as session:
            waiting = [
                (p.id, p.purpose, p.text)
                for p in await repo.pending_for(session, CHANNEL, address.external_id)
            ]
        delivered = 0
        for pending_id, purpose, text in waiting:
            try:
                await self.send(address.external_id, Message(text), language)
            except DeliveryFailed:
                log.warning(
                    "Pending %s message %d stays pending for %s",
                    purpose,
                    pending_id,
                    masked(address.external_id),
                )
                break
            await self._forget(pending_id)
            delivered += 1
        if delivered:
            log.info("Delivered %d pending message(s) to %s", delivered, masked(address.external_id))
        return delivered

    # -- internals -----------------------------------------------------------------------------------------

    async def _keep(self, to: str, purpose: str, text: str) -> int:
        async with self.db.session() as session:
            person = await repo.get_person(session, CHANNEL, to)
            if person is None:
                raise DeliveryFailed(masked(to), "no such person: they never wrote or deleted their data")
            return (await repo.add_pending(session, person, purpose, text)).id

    async def _forget(self, pending_id: int) -> None:
        async with self.db.session() as session:
            await repo.delete_pending(session, pending_id)

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
        return await self._send_document(to, part)

    async def _send_document(self, to: str, document: Document) -> str:
        client = self.client
        # Upload first, then send by media id: a retried send does not upload the file again.
        media = await self._call(
            to,
            "upload",
            lambda: client.upload_media(
                media=document.content,
                mime_type=document.mime_type,
                filename=document.filename,
                media_type="document",
            ),
        )
        sent = await self._call(
            to,
            "document",
            lambda: client.send_document(
                to, document=media.id, filename=document.filename, caption=document.caption
            ),
        )
        return str(sent.id)

    async def _send_template(
        self, to: str, template: WhatsAppTemplate, code: str, params: Sequence[str]
    ) -> str:
        components: list[dict[str, object]] | None = None
        if params:
            # Template variables may not hold line breaks, tabs or more than four spaces in a row.
            values = [" ".join(str(value).split()) or "-" for value in params]
            components = [{"type": "body", "parameters": [{"type": "text", "text": v} for v in values]}]
        client = self.client
        sent = await self._call(
            to,
            f"template {template.name}",
            lambda: client.send_template(
                to, name=template.name, language=TemplateLanguage(code), params=components
            ),
        )
        log.info("Sent template %s (%s) to %s", template.name, code, masked(to))
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
                            masked(to), f"error {exc.code}: {exc.message}", exc.code
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
        raise DeliveryFailed(masked(to), f"gave up after {self.max_attempts} attempts ({reason})", code)


def _worth_retrying(error: WhatsAppError) -> bool:
    status = error.status_code
    return bool(
        (status is not None and status >= 500)
        or status == 429
        or error.code in RETRY_CODES
        or error.is_transient
    )
