"""A fake WhatsApp Cloud API (Graph API) that a real pywa client talks to over real HTTP.

Point Lotse at it with `WHATSAPP_API_BASE=fake.url`. It records every message payload posted to
`/{version}/{phone_number_id}/messages` and every upload to `/{version}/{phone_number_id}/media`, checks
the bearer token, answers like the Cloud API does, and can fail the next calls with an HTTP status and
a Graph API error code (or a dropped connection).

    async with FakeGraphAPI() as fake:
        fake.fail("messages", status=400, code=130429)
        ...
        [welcome] = await fake.wait_sent("4915112345678")
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "EAAG-fake-whatsapp-token"
DEFAULT_PHONE_NUMBER_ID = "109876543210"
ERROR_TITLES = {
    4: "Application request limit reached",
    80007: "Rate limit issues",
    130429: "Rate limit hit",
    131026: "Message Undeliverable",
    131047: "Re-engagement message",
    131048: "Spam rate limit hit",
    131056: "(Business Account, Consumer Account) pair rate limit hit",
    131000: "Something went wrong",
    132001: "Template name does not exist in the translation",
}


MEDIA_TYPES = ("image", "document", "audio", "video", "sticker")


@dataclass
class Sent:
    """One message the bot sent: the JSON payload as the Cloud API received it."""

    id: str
    payload: dict[str, Any]

    @property
    def to(self) -> str:
        return str(self.payload.get("to", ""))

    @property
    def type(self) -> str:
        return str(self.payload.get("type", ""))

    @property
    def interactive(self) -> dict[str, Any]:
        return dict(self.payload.get("interactive") or {})

    @property
    def kind(self) -> str:
        """text, button, list, template, document, …"""
        return str(self.interactive.get("type")) if self.type == "interactive" else self.type

    @property
    def text(self) -> str:
        """What the person reads as the message body."""
        if self.type == "text":
            return str(self.payload["text"]["body"])
        if self.type == "interactive":
            return str(self.interactive.get("body", {}).get("text", ""))
        if self.type in ("document", "image"):
            return str(self.payload[self.type].get("caption", ""))
        return ""

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(id, title) of reply buttons or list rows."""
        action = self.interactive.get("action", {})
        if self.kind == "button":
            return [(b["reply"]["id"], b["reply"]["title"]) for b in action.get("buttons", [])]
        if self.kind == "list":
            return [(row["id"], row["title"]) for section in action["sections"] for row in section["rows"]]
        return []

    @property
    def titles(self) -> list[str]:
        return [title for _id, title in self.buttons]

    @property
    def rows(self) -> list[dict[str, Any]]:
        action = self.interactive.get("action", {})
        return [row for section in action.get("sections", []) for row in section["rows"]]

    @property
    def list_button(self) -> str:
        return str(self.interactive.get("action", {}).get("button", ""))

    @property
    def template(self) -> dict[str, Any]:
        return dict(self.payload.get("template") or {})

    @property
    def location(self) -> dict[str, Any]:
        """A location message's latitude, longitude, name and address ({} for other messages)."""
        return dict(self.payload.get("location") or {})


@dataclass
class Upload:
    id: str
    filename: str
    mime_type: str
    content: bytes


@dataclass(frozen=True)
class Failure:
    status: int  # 0 drops the connection without an answer
    code: int | None = None


@dataclass
class FakeGraphAPI:
    token: str = DEFAULT_TOKEN
    phone_number_id: str = DEFAULT_PHONE_NUMBER_ID
    url: str = ""  # http://127.0.0.1:PORT once started
    sent: list[Sent] = field(default_factory=list)
    uploads: list[Upload] = field(default_factory=list)
    # Media people sent (media id → (content, mime type)): GET /{version}/{media_id} and its download URL.
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)  # (endpoint, outcome), failures included
    _failures: dict[str, list[Failure]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _runner: web.AppRunner | None = None

    # -- server ----------------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeGraphAPI:
        app = web.Application(client_max_size=100 * 1024 * 1024)
        app.router.add_post("/{version}/{phone_number_id}/messages", self._messages)
        app.router.add_post("/{version}/{phone_number_id}/media", self._media)
        app.router.add_get("/download/{media_id}", self._download)
        app.router.add_get("/{version}/{media_id}", self._media_url)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound_port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://{host}:{bound_port}"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeGraphAPI:
        return await self.start()

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()

    # -- what the bot sent -----------------------------------------------------------------------------

    def sent_to(self, wa_id: str) -> list[Sent]:
        return [sent for sent in self.sent if sent.to == wa_id]

    async def wait_sent(
        self, wa_id: str, count: int = 1, *, after: int = 0, timeout: float = 10
    ) -> list[Sent]:
        """The messages number `after`+1 … `after`+`count` sent to `wa_id`, once they are there."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: len(self.sent_to(wa_id)) >= after + count)
            return self.sent_to(wa_id)[after : after + count]

    # -- failures --------------------------------------------------------------------------------------

    def fail(
        self,
        endpoint: str = "messages",
        times: int = 1,
        *,
        status: int = 500,
        code: int | None = None,
        drop: bool = False,
    ) -> None:
        """Fail the next `times` calls of `endpoint` ("messages" or "media"): `status` and error `code`."""
        self._failures.setdefault(endpoint, []).extend([Failure(0 if drop else status, code)] * times)

    # -- the Cloud API ---------------------------------------------------------------------------------

    def _refused(self, request: web.Request, endpoint: str) -> web.StreamResponse | None:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            self.calls.append((endpoint, "401"))
            return _error(401, 190, "Invalid OAuth access token")
        if request.match_info["phone_number_id"] != self.phone_number_id:
            self.calls.append((endpoint, "404"))
            return _error(400, 100, "Unsupported post request: unknown phone number id")
        failures = self._failures.get(endpoint)
        if not failures:
            return None
        failure = failures.pop(0)
        self.calls.append((endpoint, f"failed {failure.status} {failure.code}"))
        if failure.status == 0:
            assert request.transport is not None
            request.transport.abort()  # the client sees the connection drop, no answer at all
            raise asyncio.CancelledError
        code = failure.code if failure.code is not None else (131000 if failure.status >= 500 else 100)
        return _error(failure.status, code, ERROR_TITLES.get(code, "Error"))

    async def _messages(self, request: web.Request) -> web.StreamResponse:
        payload = await request.json() if request.can_read_body else {}
        refused = self._refused(request, "messages")
        if refused is not None:
            return refused
        if payload.get("messaging_product") != "whatsapp" or not payload.get("to"):
            return _error(400, 100, "Invalid parameter")
        if payload.get("type") == "location" and not _is_location(payload.get("location")):
            return _error(400, 100, "Invalid parameter")
        media = payload.get(str(payload.get("type"))) if payload.get("type") in MEDIA_TYPES else None
        if isinstance(media, dict) and "id" in media and not self._known_media(str(media["id"])):
            return _error(400, 131053, "Media upload error")  # an id the Cloud API never gave out
        message_id = f"wamid.FAKE{next(self._ids):06d}"
        async with self._changed:
            self.sent.append(Sent(message_id, payload))
            self.calls.append(("messages", "ok"))
            self._changed.notify_all()
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": payload["to"], "wa_id": payload["to"]}],
                "messages": [{"id": message_id}],
            }
        )

    def _known_media(self, media_id: str) -> bool:
        return media_id in self.media or any(upload.id == media_id for upload in self.uploads)

    async def _media(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        refused = self._refused(request, "media")
        if refused is not None:
            return refused
        upload = form.get("file")
        if not isinstance(upload, web.FileField) or form.get("messaging_product") != "whatsapp":
            return _error(400, 100, "Invalid parameter")
        media_id = f"{next(self._ids) + 900000000000}"
        async with self._changed:
            self.uploads.append(Upload(media_id, upload.filename, upload.content_type, upload.file.read()))
            self.calls.append(("media", "ok"))
            self._changed.notify_all()
        return web.json_response({"id": media_id})


    async def _media_url(self, request: web.Request) -> web.StreamResponse:
        media_id = request.match_info["media_id"]
        if media_id not in self.media:
            return _error(404, 100, "Unsupported get request")
        content, mime_type = self.media[media_id]
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "id": media_id,
                "url": f"{self.url}/download/{media_id}",
                "mime_type": mime_type,
                "sha256": "0" * 64,
                "file_size": len(content),
            }
        )

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return _error(401, 190, "Invalid OAuth access token")
        found = self.media.get(request.match_info["media_id"])
        if found is None:
            return _error(404, 100, "Unsupported get request")
        return web.Response(body=found[0], content_type=found[1])


def _error(status: int, code: int, message: str) -> web.Response:
    return web.json_response(
        {
            "error": {
                "message": message,
                "type": "OAuthException",
                "code": code,
                "error_data": {"messaging_product": "whatsapp", "details": message},
                "fbtrace_id": "AFakeTraceId",
            }
        },
        status=status,
    )


def _is_location(location: Any) -> bool:
    """What the Cloud API wants of a location message: numeric latitude and longitude in range."""
    if not isinstance(location, dict):
        return False
    latitude, longitude = location.get("latitude"), location.get("longitude")
    try:
        return -90 <= float(latitude) <= 90 and -180 <= float(longitude) <= 180
    except (TypeError, ValueError):
        return False
