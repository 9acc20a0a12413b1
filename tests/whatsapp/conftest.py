"""The real WhatsApp edge, end to end over HTTP: signed webhooks in, a fake Graph API out.

`lotse` is the application as `bot.app` composes it (settings → database → flows → service → the
WhatsApp channel), served by uvicorn on a free port of 127.0.0.1; its pywa client sends to
`tests.fakes.graph_api`. Tests talk through `WhatsAppPerson`:

    amira = lotse.person("963912345678")
    [welcome] = await amira.say("hallo")
    consent = await amira.press("العربية")   # a row of the last list, or a reply button, or its id

Every action posts a signed webhook, waits until the background handling has finished, and returns what
the bot sent to that person meanwhile.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from bot.app import Application, build
from bot.config import Settings, load_settings
from bot.web import create_app
from handlers.whatsapp import WhatsAppChannel, build_channel
from handlers.whatsapp import webhook as whatsapp_webhook
from tests.fakes.graph_api import FakeGraphAPI, Sent

APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
TIMEOUT = 10.0
_message_ids = itertools.count(1)


def sign(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class Lotse:
    """The bot under test behind POST /whatsapp/webhook."""

    def __init__(self, fake: FakeGraphAPI, database: Path, **settings: Any) -> None:
        self.fake = fake
        self.settings: Settings = load_settings(
            **{
                "telegram_bot_token": None,
                "webhook_url": None,
                "database_url": f"sqlite+aiosqlite:///{database}",
                "default_language": "de",
                "whatsapp_token": fake.token,
                "whatsapp_phone_number_id": fake.phone_number_id,
                "whatsapp_app_secret": APP_SECRET,
                "whatsapp_verify_token": VERIFY_TOKEN,
                "whatsapp_api_base": fake.url,
                "whatsapp_templates": {},
                **settings,
            }
        )

    async def start(self, **sender_options: Any) -> None:
        self.app: Application = await build(self.settings)
        # Short backoff: the tests are about behaviour, not about waiting.
        self.channel: WhatsAppChannel = build_channel(
            self.settings, self.app.db, self.app.service, self.app.catalogues, backoff=0.01, **sender_options
        )
        self.sender = self.channel.sender
        web = create_app(self.app.db, [self.channel.router])
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._server = uvicorn.Server(uvicorn.Config(web, log_level="warning", lifespan="on"))
        self._serving = asyncio.create_task(self._server.serve(sockets=[self._socket]))
        self.client = httpx.AsyncClient(base_url=self.url, timeout=TIMEOUT)

    async def stop(self) -> None:
        await self.client.aclose()
        self._server.should_exit = True
        await self._serving
        self._socket.close()
        await self.channel.close()
        await self.app.close()

    async def post(
        self, payload: dict[str, Any] | bytes, *, signature: str | None = "valid", secret: str = APP_SECRET
    ) -> httpx.Response:
        """POST a webhook delivery; `signature="valid"` signs it, None leaves the header out."""
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        headers = {b"Content-Type": b"application/json"}
        name = whatsapp_webhook.SIGNATURE_HEADER.encode()
        if signature == "valid":
            headers[name] = sign(body, secret).encode()
        elif signature is not None:
            headers[name] = signature.encode()  # raw bytes, even non-ASCII
        return await self.client.post(whatsapp_webhook.PATH, content=body, headers=headers)

    async def deliver(self, payload: dict[str, Any]) -> None:
        response = await self.post(payload)
        assert response.status_code == 200, response.text
        await self.channel.inbox.join()

    def person(self, wa_id: str, name: str = "Test") -> WhatsAppPerson:
        return WhatsAppPerson(self, wa_id, name)

    def text(self, language: str, key: str, **args: Any) -> str:
        return self.app.catalogues.format(language, key, args)


def envelope(
    phone_number_id: str,
    *,
    messages: list[dict[str, Any]] | None = None,
    statuses: list[dict[str, Any]] | None = None,
    contacts: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A webhook delivery as Meta sends it."""
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "4972219999999", "phone_number_id": phone_number_id},
    }
    if contacts is not None:
        value["contacts"] = contacts
    if messages is not None:
        value["messages"] = messages
    if statuses is not None:
        value["statuses"] = statuses
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
    }


class WhatsAppPerson:
    """Someone writing to the bot's number. Every action returns what the bot sent back to them."""

    def __init__(self, lotse: Lotse, wa_id: str, name: str) -> None:
        self.lotse = lotse
        self.fake = lotse.fake
        self.wa_id = wa_id
        self.name = name

    @property
    def inbox(self) -> list[Sent]:
        return self.fake.sent_to(self.wa_id)

    def message(self, kind: str, content: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {
            "from": self.wa_id,
            "id": f"wamid.IN{next(_message_ids):08d}",
            "timestamp": str(int(time.time())),
            "type": kind,
            kind: content,
            **extra,
        }

    def payload(self, *messages: dict[str, Any]) -> dict[str, Any]:
        return envelope(
            self.lotse.fake.phone_number_id,
            messages=list(messages),
            contacts=[{"profile": {"name": self.name}, "wa_id": self.wa_id}],
        )

    async def say(self, text: str) -> list[Sent]:
        return await self.send(self.message("text", {"body": text}))

    async def press(self, choice: str, *, on: Sent | None = None) -> list[Sent]:
        """Tap the reply button or list row titled `choice` (or with option id `choice`)."""
        shown = on or next((sent for sent in reversed(self.inbox) if sent.buttons), None)
        assert shown is not None, "the bot never showed this person buttons or a list"
        for option_id, title in shown.buttons:
            if choice in (option_id, title):
                return await self.tap(option_id, title, list_reply=shown.kind == "list")
        raise AssertionError(f"no option {choice!r} among {shown.buttons}")

    async def tap(self, option_id: str, title: str = "", *, list_reply: bool = False) -> list[Sent]:
        """An interactive reply with exactly this id (also one no message ever had)."""
        kind = "list_reply" if list_reply else "button_reply"
        return await self.send(
            self.message("interactive", {"type": kind, kind: {"id": option_id, "title": title}})
        )

    async def send(self, *messages: dict[str, Any]) -> list[Sent]:
        """Deliver `messages` in one webhook call; what the bot sent to this person meanwhile."""
        before = len(self.inbox)
        await self.lotse.deliver(self.payload(*messages))
        return self.inbox[before:]


def texts(replies: list[Sent]) -> list[str]:
    return [reply.text for reply in replies]


@pytest.fixture
async def fake_graph() -> AsyncIterator[FakeGraphAPI]:
    async with FakeGraphAPI() as fake:
        yield fake


@pytest.fixture
async def lotse(fake_graph: FakeGraphAPI, tmp_path: Path) -> AsyncIterator[Lotse]:
    bot = Lotse(fake_graph, tmp_path / "lotse.db")
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()
