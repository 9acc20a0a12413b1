"""A fake Telegram Bot API server that a real aiogram `Bot` talks to over real HTTP.

Point the bot at it with `TELEGRAM_API_BASE=fake.url` (aiogram's `TelegramAPIServer.from_base`, URLs
`/bot{token}/{method}`). It queues updates for `getUpdates` (long polling with offset and timeout, like
Telegram: an update is returned until a later offset confirms it), records every message the bot sends,
and can fail the next calls of a method with 429, 500 or a dropped connection.

    async with FakeTelegramAPI() as fake:
        amira = fake.user(1001, "Amira", "ar")
        await fake.push_message(amira, "/start")
        [welcome] = await fake.wait_sent(amira["id"])
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "123456:TEST-fake-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Lotse", "username": "lotse_test_bot"}
# Parameters that arrive JSON-encoded inside a form (aiogram serialises every non-scalar value).
JSON_FIELDS = frozenset(
    {"reply_markup", "allowed_updates", "commands", "scope", "entities", "caption_entities",
     "link_preview_options", "reply_parameters"}
)
# Minimal but valid content for each kind of non-text message a person can send.
MEDIA: dict[str, Any] = {
    "sticker": {"file_id": "STK1", "file_unique_id": "stk1", "type": "regular", "width": 512,
                "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"},
    "photo": [{"file_id": "PH1", "file_unique_id": "ph1", "width": 90, "height": 67, "file_size": 1200}],
    "voice": {"file_id": "VO1", "file_unique_id": "vo1", "duration": 3, "mime_type": "audio/ogg"},
    "location": {"latitude": 48.5216, "longitude": 9.0576},
}


@dataclass
class Sent:
    """One message the bot sent (sendMessage or sendDocument): what the person would see."""

    message_id: int
    chat_id: int
    text: str | None
    reply_markup: dict[str, Any] | None
    raw: dict[str, Any]  # the Message object returned to the bot
    document: tuple[str, bytes] | None = None

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(button["text"], button.get("callback_data", "")) for row in rows for button in row]

    @property
    def labels(self) -> list[str]:
        return [label for label, _data in self.buttons]


@dataclass(frozen=True)
class Failure:
    status: int  # HTTP status to answer with; 0 drops the connection without an answer
    retry_after: int | None = None


class FakeTelegramAPI:
    def __init__(self, token: str = DEFAULT_TOKEN) -> None:
        self.token = token
        self.url = ""  # http://127.0.0.1:PORT once started
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []  # every request, failed ones included
        self.webhook: dict[str, Any] = {}  # setWebhook's parameters while a webhook is set
        self._pending: list[dict[str, Any]] = []  # updates never returned by getUpdates
        self._unconfirmed: list[dict[str, Any]] = []  # returned, not yet confirmed by a later offset
        self._failures: dict[str, list[Failure]] = {}
        self._ids = itertools.count(1)  # update ids
        self._message_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._methods = {
            name.lower(): handler
            for name, handler in {
                "getMe": self._get_me, "getUpdates": self._get_updates, "sendMessage": self._send_message,
                "sendDocument": self._send_document, "setWebhook": self._set_webhook,
                "deleteWebhook": self._delete_webhook, "getWebhookInfo": self._get_webhook_info,
                "answerCallbackQuery": _true, "editMessageReplyMarkup": _true, "setMyCommands": _true,
                "close": _true, "logOut": _true,
            }.items()
        }

    # -- server --------------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeTelegramAPI:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound_port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://{host}:{bound_port}"
        return self

    async def stop(self) -> None:
        async with self._changed:
            self._closing = True  # ends waiting long polls at once
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeTelegramAPI:
        return await self.start()

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()

    # -- what people send ------------------------------------------------------------------------------

    @staticmethod
    def user(user_id: int, first_name: str = "Test", language_code: str | None = None) -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": first_name}
        return user | ({"language_code": language_code} if language_code else {})

    @staticmethod
    def private_chat(user: dict[str, Any]) -> dict[str, Any]:
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}

    @staticmethod
    def group_chat(chat_id: int, title: str = "Some group", kind: str = "supergroup") -> dict[str, Any]:
        return {"id": chat_id, "type": kind, "title": title}

    def message(self, user: dict[str, Any], text: str | None = None, *, chat: dict[str, Any] | None = None,
                **content: Any) -> dict[str, Any]:
        """A Message object from `user`: `text`, or content such as `sticker=MEDIA["sticker"]`."""
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "from": user,
                   "chat": chat or self.private_chat(user), **content}
        return message | ({"text": text} if text is not None else {})

    def callback_query(self, user: dict[str, Any], data: str, message: dict[str, Any] | None = None) -> dict[str, Any]:
        """A button press; `message` is the bot's message the button was on (the last one sent to `user`)."""
        if message is None:
            mine = self.sent_to(user["id"])
            message = mine[-1].raw if mine else self.message(BOT_USER, "…", chat=self.private_chat(user))
        return {"id": str(next(self._message_ids)), "from": user, "message": message,
                "chat_instance": f"ci-{user['id']}", "data": data}

    def update(self, **event: Any) -> dict[str, Any]:
        """A new Update with the next update id, e.g. `fake.update(message=fake.message(user, "hi"))`."""
        return {"update_id": next(self._ids), **event}

    async def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates (also one with an id delivered before: a redelivery)."""
        async with self._changed:
            self._pending.append(update)
            self._changed.notify_all()
        return int(update["update_id"])

    async def push_message(self, user: dict[str, Any], text: str | None = None, **fields: Any) -> int:
        return await self.push(self.update(message=self.message(user, text, **fields)))

    async def push_media(self, user: dict[str, Any], kind: str) -> int:
        return await self.push(self.update(message=self.message(user, **{kind: MEDIA[kind]})))

    async def push_edited(self, user: dict[str, Any], text: str) -> int:
        edited = self.message(user, text) | {"edit_date": int(time.time())}
        return await self.push(self.update(edited_message=edited))

    async def push_callback(self, user: dict[str, Any], data: str, message: dict[str, Any] | None = None) -> int:
        return await self.push(self.update(callback_query=self.callback_query(user, data, message)))

    # -- what the bot sent -------------------------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[Sent]:
        return [sent for sent in self.sent if sent.chat_id == chat_id]

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name.lower() == method.lower()]

    async def wait_sent(self, chat_id: int, count: int = 1, *, after: int = 0, timeout: float = 5) -> list[Sent]:
        """The messages number `after`+1 … `after`+`count` sent to `chat_id`, once they are there."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: len(self.sent_to(chat_id)) >= after + count)
            return self.sent_to(chat_id)[after : after + count]

    # -- failures ---------------------------------------------------------------------------------------------

    def fail(self, method: str, times: int = 1, *, status: int = 500, retry_after: int | None = None,
             drop: bool = False) -> None:
        """Fail the next `times` calls of `method`: with `status` (429 + `retry_after`) or a dropped connection."""
        failure = Failure(0 if drop else status, retry_after)
        self._failures.setdefault(method.lower(), []).extend([failure] * times)

    # -- the Bot API -------------------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _params(request)
        self.calls.append((method, params))
        failures = self._failures.get(method.lower())
        if failures:
            failure = failures.pop(0)
            if failure.status == 0:
                assert request.transport is not None
                request.transport.abort()  # the client sees the connection drop, no answer at all
                raise asyncio.CancelledError
            description = "Too Many Requests: retry later" if failure.status == 429 else "Internal Server Error"
            extra = {"parameters": {"retry_after": failure.retry_after}} if failure.retry_after else {}
            return _error(failure.status, description, **extra)
        handler = self._methods.get(method.lower())
        if handler is None:
            return _error(404, "Not Found: method not found")
        result = await handler(params)
        if isinstance(result, web.Response):
            return result
        return web.json_response({"ok": True, "result": result})

    async def _get_me(self, _params: dict[str, Any]) -> dict[str, Any]:
        return BOT_USER | {"can_join_groups": True, "can_read_all_group_messages": False,
                           "supports_inline_queries": False}

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]] | web.Response:
        if self.webhook:
            return _error(409, "Conflict: can't use getUpdates method while webhook is active")
        offset, timeout = int(params.get("offset") or 0), float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        async with self._changed:
            self._unconfirmed = [u for u in self._unconfirmed if u["update_id"] >= offset]
            try:
                async with asyncio.timeout(timeout):
                    await self._changed.wait_for(lambda: self._closing or self._pending or self._unconfirmed)
            except TimeoutError:
                return []
            self._unconfirmed += self._pending
            self._pending = []
            return self._unconfirmed[:limit]

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        return await self._record(params, text=params.get("text"))

    async def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        document = params.get("document")
        name, content = document if isinstance(document, tuple) else (str(document), b"")
        return await self._record(params, text=params.get("caption"), document=(name, content))

    async def _record(self, params: dict[str, Any], text: str | None, **extra: Any) -> dict[str, Any]:
        chat_id, markup = int(params["chat_id"]), params.get("reply_markup")
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        raw = self.message(BOT_USER, text, chat=chat) | ({"reply_markup": markup} if markup else {})
        if "document" in extra:
            raw |= {"document": {"file_id": "DOC", "file_unique_id": "doc", "file_name": extra["document"][0]}}
        async with self._changed:
            self.sent.append(Sent(raw["message_id"], chat_id, text, markup, raw, **extra))
            self._changed.notify_all()
        return raw

    async def _set_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = dict(params)
        return True

    async def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if str(params.get("drop_pending_updates", "")).lower() == "true":
            self._pending, self._unconfirmed = [], []
        return True

    async def _get_webhook_info(self, _params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._pending) + len(self._unconfirmed)}


async def _true(_params: dict[str, Any]) -> bool:
    return True


def _error(status: int, description: str, **extra: Any) -> web.Response:
    return web.json_response({"ok": False, "error_code": status, "description": description, **extra}, status=status)


async def _params(request: web.Request) -> dict[str, Any]:
    """A method's parameters from the query, a form (multipart or urlencoded) or a JSON body."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        params.update(await request.json())
    elif request.can_read_body:
        params.update(await request.post())
    for key, value in list(params.items()):
        if isinstance(value, web.FileField):
            params[key] = (value.filename, value.file.read())
        elif key in JSON_FIELDS and isinstance(value, str):
            params[key] = json.loads(value)
    for key, value in list(params.items()):  # files sent as "attach://name" refer to another field
        if isinstance(value, str) and value.startswith("attach://"):
            params[key] = params.pop(value.removeprefix("attach://"), value)
    return params
