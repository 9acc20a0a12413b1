"""WhatsApp through the Cloud API: pywa's async client sends, Lotse's own route receives.

webhook.py   GET/POST /whatsapp/webhook: handshake, signature check, 200 at once
incoming.py  Meta's JSON → `Incoming` for the flows (and status updates)
inbox.py     one message in the background: conversation service, pending messages, answer
render.py    `Message` → text, reply buttons, a list or numbered lines, within WhatsApp's limits
sender.py    the one way out: rendering, rate limit, retries, templates
window.py    the 24-hour rule for outbox messages: free-form, template (fallback languages) or waiting
client.py    the pywa client, sending to WHATSAPP_API_BASE
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import httpx
from fastapi import APIRouter

from bot.config import Settings
from bot.conversation import ConversationService
from bot.i18n import Catalogues
from bot.inbound import Journal
from bot.storage.database import Database
from bot.storage.models import utcnow
from handlers.whatsapp import webhook
from handlers.whatsapp.client import make_client, make_http
from handlers.whatsapp.inbox import Inbox
from handlers.whatsapp.render import Wording
from handlers.whatsapp.sender import WhatsAppSender
from handlers.whatsapp.window import WindowPolicy

SHUTDOWN_GRACE = 10.0  # seconds for messages in hand to be answered when the server stops


@dataclass
class WhatsAppChannel:
    """Everything the web server needs for WhatsApp, the sender answers go through, and the outbox's
    way out (`delivery`: the 24-hour rule, for the delivery worker)."""

    router: APIRouter
    sender: WhatsAppSender
    inbox: Inbox
    http: httpx.AsyncClient
    delivery: WindowPolicy

    async def close(self) -> None:
        """Let messages in hand be answered, then close the connection pool."""
        await self.inbox.drain(SHUTDOWN_GRACE)
        await self.http.aclose()


def wording(catalogues: Catalogues) -> Callable[[str], Wording]:
    def for_language(language: str) -> Wording:
        return Wording(
            list_button=catalogues.format(language, "list-button"),
            prompt=catalogues.format(language, "choose-option"),
        )

    return for_language


def build_channel(
    settings: Settings,
    db: Database,
    service: ConversationService,
    catalogues: Catalogues,
    *,
    http: httpx.AsyncClient | None = None,
    clock: Callable[[], datetime] = utcnow,
    **sender_options: object,
) -> WhatsAppChannel:
    """The WhatsApp edge as `lotse run` serves it (tests pass their own sender options)."""
    assert settings.whatsapp_token is not None
    assert settings.whatsapp_phone_number_id is not None
    assert settings.whatsapp_app_secret is not None
    assert settings.whatsapp_verify_token is not None
    http = http or make_http(settings.whatsapp_api_base)
    client = make_client(settings.whatsapp_token.get_secret_value(), settings.whatsapp_phone_number_id, http)
    sender_options.setdefault("per_second", settings.whatsapp_rate_limit)
    sender = WhatsAppSender(client, wording=wording(catalogues), **sender_options)  # type: ignore[arg-type]
    delivery = WindowPolicy(
        sender,
        templates=settings.whatsapp_templates,
        fallbacks=settings.whatsapp_template_fallbacks,
        clock=clock,
    )
    inbox = Inbox(service, sender, Journal(db))  # messages are stored before Meta hears 200
    router = webhook.build_router(
        inbox=inbox,
        phone_number_id=settings.whatsapp_phone_number_id,
        app_secret=settings.whatsapp_app_secret.get_secret_value(),
        verify_token=settings.whatsapp_verify_token.get_secret_value(),
    )
    return WhatsAppChannel(router, sender, inbox, http, delivery)
