"""A fake Telegram Bot API server that a real aiogram `Bot` talks to over real HTTP.

Point the bot at `fake.url` (`TELEGRAM_API_BASE`; aiogram's `TelegramAPIServer.from_base` asks for
`/bot{token}/{method}`). The fake queues updates for `getUpdates` (long polling with offset and timeout;
like Telegram, an update comes again until a later offset confirms it), records every message the bot
sends, and can fail the next calls of a method with 429, 500, 502, 403 ("bot was blocked by the user"), a
dropped connection, or a lost answer (the message is recorded, then the connection drops) or a call that
never answers (the message is recorded; the caller waits, as when the process dies mid-call).

For the benchmarks (bench/) it can also keep Telegram's limits as a strict judge: `rate_limit=30` answers
a message (sendMessage, sendDocument) with 429 and `retry_after` when 30 were accepted within the last
second, `per_chat_limit=(3, 3.0)` likewise per chat; `limited` counts those 429s, `on_sent` calls a
function with each recorded message, and `duplicates()` counts messages recorded twice.

    async with FakeTelegramAPI() as fake:
        amira = fake.user(1001, "Amira", "ar")
        await fake.push_message(amira, "/start")
        [welcome] = await fake.wait_sent(amira["id"])
        await fake.push(fake.update(callback_query=fake.callback_query(amira, welcome.buttons[0][1])))
        await fake.push(fake.update(message=fake.message(amira, sticker=MEDIA["sticker"])))
        await fake.push(fake.update(edited_message=fake.message(amira, "typo", edit_date=1)))
        await fake.push_message(amira, "hello all", chat=fake.group_chat(-100123))
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "123456:TEST-fake-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Lotse", "username": "lotse_test_bot"}
# Parameters that arrive JSON-encoded inside a form (aiogram serialises every non-scalar value).
JSON_FIELDS = {
    "reply_markup", "allowed_updates", "commands", "scope", "entities", "link_preview_options",
    "reply_parameters", "message_ids",
}  # fmt: skip
# Methods answered with a plain `true` (what the bot asked for is still recorded in `calls`).
ANSWERED_TRUE = {
    "answercallbackquery",
    "setmycommands",
    "close",
    "logout",
}
WEBHOOK_ANSWER = "webhook answer"  # the "content type" of a call made in a webhook's answer (`carry_out`)
# What Telegram says with each error status (a test may give its own `description`).
DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests",
    502: "Bad Gateway",
}
# The calls that count against Telegram's message limits (`rate_limit`, `per_chat_limit`).
MESSAGES = {"sendmessage", "senddocument", "copymessage", "sendvenue"}

# Minimal valid content for each kind of non-text message a person can send.
MEDIA: dict[str, Any] = {
    "sticker": {"file_id": "S1", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512}
    | {"is_animated": False, "is_video": False, "emoji": "👍"},
    "photo": [{"file_id": "P1", "file_unique_id": "p1", "width": 90, "height": 67, "file_size": 1200}],
    "voice": {"file_id": "V1", "file_unique_id": "v1", "duration": 3, "mime_type": "audio/ogg"},
    "location": {"latitude": 48.5216, "longitude": 9.0576},
}


@dataclass(frozen=True)
class _Failure:
    status: int  # 0: no answer (a dropped connection)
    retry_after: int | None = None
    description: str | None = None
    after: str | None = None  # "lose" / "hang": the call takes effect first


@dataclass
class Sent:
    """One message the bot sent (sendMessage, sendDocument, sendVenue): what the person would see."""

    message_id: int
    chat_id: int
    text: str | None
    reply_markup: dict[str, Any] | None
    raw: dict[str, Any]  # the Message object returned to the bot
    document: tuple[str, bytes] | None = None
    edits: int = 0  # how often the bot edited it since (editMessageText, editMessageReplyMarkup)
    copied_from: tuple[int, int] | None = None  # copyMessage: (from_chat_id, message_id)
    venue: dict[str, Any] | None = None  # sendVenue: latitude, longitude, title, address
    deleted: bool = False  # deleteMessages took it away

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(button["text"], button.get("callback_data", "")) for row in rows for button in row]

    @property
    def labels(self) -> list[str]:
        return [label for label, _data in self.buttons]


class FakeTelegramAPI:
    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        rate_limit: float | None = None,
        per_chat_limit: tuple[int, float] | None = None,
    ) -> None:
        self.token = token
        self.rate_limit = rate_limit  # messages accepted in any one second, overall (None: no limit)
        self.per_chat_limit = per_chat_limit  # (messages, seconds) per chat (None: no limit)
        self.limited = 0  # calls answered 429 because of the two limits above
        self._accepted: deque[float] = deque()  # when the messages of the last second were accepted
        self._accepted_by_chat: dict[int, deque[float]] = {}
        self._listeners: list[Callable[[Sent], None]] = []
        self.url = ""  # http://127.0.0.1:PORT once started
        self.sent: list[Sent] = []
        self._sent_by_chat: dict[int, list[Sent]] = {}
        self.calls: list[tuple[str, dict[str, Any]]] = []  # every request, failed ones included
        self.content_types: list[str] = []  # each request's body type, as `calls` (JSON, multipart, …)
        self.webhook: dict[str, Any] = {}  # setWebhook's parameters while a webhook is set
        self._pending: list[dict[str, Any]] = []  # updates getUpdates has not returned yet
        self._unconfirmed: list[dict[str, Any]] = []  # returned, not yet confirmed by a later offset
        self._failures: dict[str, list[_Failure]] = {}  # method → the next calls' failures
        self._update_ids = itertools.count(1)
        # Forum topics (createForumTopic): thread id → name; `members`: user id → status for getChatMember
        # (anyone not listed is a "member"; set "left" or "kicked" for someone outside the group).
        self.topics: dict[int, str] = {}
        self.closed_topics: set[int] = set()
        self.captionless: set[int] = set()  # message ids copyMessage refuses a caption for (a location)
        self.files: dict[str, bytes] = {}  # file_id → content for getFile (default: b"file " + file_id)
        self.forum = True  # False: a plain supergroup (createForumTopic answers "the chat is not a forum")
        self.members: dict[int, str] = {}
        self._topic_ids = itertools.count(1001)
        self._message_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._closing = False
        self._hung = asyncio.Event()  # set at stop: calls that "never answer" end then
        self._runner: web.AppRunner | None = None
        self._methods = {  # method names are case-insensitive in the Bot API
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "senddocument": self._send_document,
            "sendvenue": self._send_venue,
            "editmessagetext": self._edit_message,
            "editmessagereplymarkup": self._edit_message,
            "createforumtopic": self._create_forum_topic,
            "closeforumtopic": self._close_forum_topic,
            "copymessage": self._copy_message,
            "getfile": self._get_file,
            "deletemessages": self._delete_messages,
            "reopenforumtopic": self._reopen_forum_topic,
            "getchatmember": self._get_chat_member,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
        }

    # -- the server ----------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeTelegramAPI:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.url = f"http://{host}:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        async with self._changed:
            self._closing = True  # long polls waiting now return at once
            self._changed.notify_all()
        self._hung.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeTelegramAPI:
        return await self.start()

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()

    # -- what people send ----------------------------------------------------------------------------

    @staticmethod
    def user(user_id: int, first_name: str = "Test", language_code: str | None = None) -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": first_name}
        return user | ({"language_code": language_code} if language_code else {})

    @staticmethod
    def group_chat(chat_id: int, title: str = "Some group", kind: str = "supergroup") -> dict[str, Any]:
        return {"id": chat_id, "type": kind, "title": title}

    def message(self, user: dict[str, Any], text: str | None = None, **fields: Any) -> dict[str, Any]:
        """A Message from `user` in their private chat (or `chat=`), with `text` or content like `photo=`."""
        private = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "from": user}
        return message | {"chat": private} | fields | ({"text": text} if text is not None else {})

    def callback_query(
        self, user: dict[str, Any], data: str, message: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """A button press on `message` (default: the last message the bot sent to `user`)."""
        mine = self.sent_to(user["id"])
        chat = {"id": user["id"], "type": "private"}
        message = message or (mine[-1].raw if mine else self.message(BOT_USER, "…", chat=chat))
        query = {"id": str(next(self._message_ids)), "from": user, "chat_instance": f"ci{user['id']}"}
        return query | {"message": message, "data": data}

    def update(self, **event: Any) -> dict[str, Any]:
        """A new Update with the next update id, e.g. `fake.update(message=fake.message(user, "hi"))`."""
        return {"update_id": next(self._update_ids), **event}

    async def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates (pushing one again is what a redelivery looks like)."""
        async with self._changed:
            self._pending.append(update)
            self._changed.notify_all()
        return int(update["update_id"])

    async def push_message(self, user: dict[str, Any], text: str | None = None, **fields: Any) -> int:
        return await self.push(self.update(message=self.message(user, text, **fields)))

    async def push_callback(
        self, user: dict[str, Any], data: str, message: dict[str, Any] | None = None
    ) -> int:
        return await self.push(self.update(callback_query=self.callback_query(user, data, message)))

    async def carry_out(self, webhook_answer: bytes) -> None:
        """What Telegram does with the body of a bot's answer to a webhook call: a Bot API call there
        (`{"method": ..., params}`) is carried out, and recorded in `calls` (its content type "webhook
        answer"). The bot learns nothing of the result, as with Telegram. An empty body, or one without
        a method (aiogram's own webhook answers `{}`), is no call."""
        params = json.loads(webhook_answer) if webhook_answer.strip() else {}
        if not isinstance(params, dict) or "method" not in params:
            return
        method = str(params.pop("method"))
        self.calls.append((method, params))
        self.content_types.append(WEBHOOK_ANSWER)
        if method.lower() in self._methods:
            await self._methods[method.lower()](params)

    # -- what the bot sent ---------------------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[Sent]:
        return list(self._sent_by_chat.get(chat_id, ()))

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name.lower() == method.lower()]

    async def wait_sent(
        self, chat_id: int, count: int = 1, *, after: int = 0, timeout: float = 5
    ) -> list[Sent]:
        """Messages `after`+1 … `after`+`count` sent to `chat_id`, as soon as they are there."""
        try:
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(
                    lambda: len(self._sent_by_chat.get(chat_id, ())) >= after + count
                )
        except TimeoutError:
            got = [sent.text for sent in self.sent_to(chat_id)[after:]]
            raise AssertionError(
                f"chat {chat_id}: wanted {count} message(s) in {timeout}s, got {got}"
            ) from None
        return self.sent_to(chat_id)[after : after + count]

    def on_sent(self, listener: Callable[[Sent], None]) -> None:
        """Call `listener` with each message as it is recorded (cheaper than many `wait_sent` waiters)."""
        self._listeners.append(listener)

    def duplicates(self) -> int:
        """Messages recorded more than once: the same text (or file) to the same chat again."""
        seen = Counter((sent.chat_id, sent.text, sent.document) for sent in self.sent)
        return sum(count - 1 for count in seen.values())

    # -- failures ------------------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        times: int = 1,
        *,
        status: int = 500,
        retry_after: int | None = None,
        drop: bool = False,
        description: str | None = None,
        lose_answer: bool = False,
        hang: bool = False,
    ) -> None:
        """Fail the next `times` calls of `method`: with `status` (429: + `retry_after`; `description` or
        Telegram's usual words), a dropped line (`drop`), or after the call took effect: `lose_answer`
        records the message and then drops the connection, `hang` records it and never answers."""
        after = "lose" if lose_answer else "hang" if hang else None
        failure = _Failure(0 if drop or after else status, retry_after, description, after)
        self._failures.setdefault(method.lower(), []).extend([failure] * times)

    # -- the Bot API ---------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"].lower()
        params = await _params(request)
        self.calls.append((request.match_info["method"], params))
        self.content_types.append(request.content_type)
        if self._failures.get(method):
            failure = self._failures[method].pop(0)
            if failure.after is not None and method in self._methods:
                await self._methods[method](params)  # the call takes effect…
                if failure.after == "hang":
                    await self._hung.wait()  # …and its answer never comes
            if failure.status == 0:
                assert request.transport is not None
                request.transport.abort()
                raise asyncio.CancelledError  # aiohttp ends the handler; the client sees a dropped connection
            status, retry_after = failure.status, failure.retry_after
            description = failure.description or DESCRIPTIONS.get(status, "Internal Server Error")
            return _error(
                status, description, **({"parameters": {"retry_after": retry_after}} if retry_after else {})
            )
        if method in MESSAGES and (self.rate_limit is not None or self.per_chat_limit is not None):
            retry_after = self._over_limit(params.get("chat_id"))
            if retry_after is not None:
                self.limited += 1
                description = f"Too Many Requests: retry after {retry_after}"
                return _error(429, description, parameters={"retry_after": retry_after})
        if method in ANSWERED_TRUE:
            return web.json_response({"ok": True, "result": True})
        if method not in self._methods:
            return _error(404, "Not Found: method not found")
        result = await self._methods[method](params)
        return (
            result if isinstance(result, web.Response) else web.json_response({"ok": True, "result": result})
        )

    def _over_limit(self, chat: Any) -> int | None:
        """Seconds to wait when this message would exceed a limit, else None (and the message counts)."""
        now = time.monotonic()
        windows: list[tuple[deque[float], float, float]] = []
        if self.rate_limit is not None:
            windows.append((self._accepted, self.rate_limit, 1.0))
        if self.per_chat_limit is not None and chat is not None:
            count, period = self.per_chat_limit
            windows.append((self._accepted_by_chat.setdefault(int(chat), deque()), count, period))
        for accepted, limit, period in windows:
            while accepted and accepted[0] <= now - period:
                accepted.popleft()
            if len(accepted) >= limit:
                return max(1, math.ceil(accepted[0] + period - now))  # Telegram says whole seconds
        for accepted, _limit, _period in windows:
            accepted.append(now)
        return None

    async def _get_me(self, _params: dict[str, Any]) -> dict[str, Any]:
        return BOT_USER | {"can_join_groups": True, "can_read_all_group_messages": False}

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]] | web.Response:
        if self.webhook:
            return _error(409, "Conflict: can't use getUpdates method while webhook is active")
        offset, timeout = int(params.get("offset") or 0), float(params.get("timeout") or 0)
        async with self._changed:
            self._unconfirmed = [update for update in self._unconfirmed if update["update_id"] >= offset]
            try:
                async with asyncio.timeout(timeout):
                    await self._changed.wait_for(lambda: self._closing or self._pending or self._unconfirmed)
            except TimeoutError:
                return []
            self._unconfirmed += self._pending
            self._pending = []
            return self._unconfirmed[: int(params.get("limit") or 100)]

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        return await self._record(params, params.get("text"))

    async def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        document = params.get("document")
        name, content = document if isinstance(document, tuple) else (str(document), b"")
        return await self._record(params, params.get("caption"), document=(name, content))

    async def _send_venue(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        """sendVenue: a map pin with a title and an address (all four required, as Telegram has them)."""
        if any(params.get(name) in (None, "") for name in ("latitude", "longitude", "title", "address")):
            return _error(400, "Bad Request: latitude, longitude, title and address are required")
        venue = {
            "latitude": float(params["latitude"]),
            "longitude": float(params["longitude"]),
            "title": str(params["title"]),
            "address": str(params["address"]),
        }
        return await self._record(params, None, venue=venue)

    async def _copy_message(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        """copyMessage: recorded like a message, with the caption as its text and where it came from."""
        source = (int(params["from_chat_id"]), int(params["message_id"]))
        if params.get("caption") and int(params["message_id"]) in self.captionless:
            return _error(400, "Bad Request: message can't have caption")
        raw = await self._record(params, params.get("caption"), copied_from=source)
        return {"message_id": raw["message_id"]}

    async def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params["file_id"])
        content = self.files.get(file_id, b"file " + file_id.encode())
        return {"file_id": file_id, "file_unique_id": file_id.lower(), "file_size": len(content),
                "file_path": f"files/{file_id}"}  # fmt: skip

    async def _file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        return web.Response(body=self.files.get(file_id, b"file " + file_id.encode()))

    async def _delete_messages(self, params: dict[str, Any]) -> bool:
        chat_id, ids = int(params["chat_id"]), {int(i) for i in params["message_ids"]}
        for sent in self._sent_by_chat.get(chat_id, []):
            if sent.message_id in ids:
                sent.deleted = True
        return True

    async def _close_forum_topic(self, params: dict[str, Any]) -> bool | web.Response:
        if int(params["message_thread_id"]) not in self.topics:
            return _error(400, "Bad Request: message thread not found")
        self.closed_topics.add(int(params["message_thread_id"]))
        return True

    async def _record(self, params: dict[str, Any], text: str | None, **extra: Any) -> dict[str, Any]:
        chat_id, markup = int(params["chat_id"]), params.get("reply_markup")
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        raw = self.message(BOT_USER, text, chat=chat) | ({"reply_markup": markup} if markup else {})
        if params.get("message_thread_id") not in (None, ""):
            raw |= {"message_thread_id": int(params["message_thread_id"]), "is_topic_message": True}
        replying = params.get("reply_parameters")
        if isinstance(replying, dict) and "message_id" in replying:
            raw["reply_to_message"] = {"message_id": int(replying["message_id"]), "date": raw["date"],
                                       "chat": chat}  # fmt: skip
        if "document" in extra:
            raw["document"] = {"file_id": "D1", "file_unique_id": "d1", "file_name": extra["document"][0]}
        if "venue" in extra:
            where = extra["venue"]
            raw["venue"] = {"location": {"latitude": where["latitude"], "longitude": where["longitude"]},
                            "title": where["title"], "address": where["address"]}  # fmt: skip
        async with self._changed:
            sent = Sent(raw["message_id"], chat_id, text, markup, raw, **extra)
            self.sent.append(sent)
            self._sent_by_chat.setdefault(chat_id, []).append(sent)
            for listener in self._listeners:
                listener(sent)
            self._changed.notify_all()
        return raw

    async def _edit_message(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        """editMessageText / editMessageReplyMarkup: the message shows the new text and keyboard (none
        when the call has no reply_markup), as the person's chat would."""
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        found = next((s for s in self._sent_by_chat.get(chat_id, []) if s.message_id == message_id), None)
        if found is None:
            return _error(400, "Bad Request: message to edit not found")
        markup = params.get("reply_markup") or None
        if "text" in params:
            if params["text"] == found.text and markup == found.reply_markup:
                return _error(400, "Bad Request: message is not modified")
            found.text = params["text"]
        found.reply_markup = markup
        found.edits += 1
        found.raw = {k: v for k, v in found.raw.items() if k != "reply_markup"} | (
            {"reply_markup": markup, "text": found.text} if markup else {"text": found.text}
        )
        return found.raw

    async def _create_forum_topic(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        if not self.forum:
            return _error(400, "Bad Request: the chat is not a forum")
        topic_id = next(self._topic_ids)
        self.topics[topic_id] = str(params.get("name", ""))
        return {"message_thread_id": topic_id, "name": self.topics[topic_id], "icon_color": 7322096}

    async def _reopen_forum_topic(self, params: dict[str, Any]) -> bool | web.Response:
        if int(params["message_thread_id"]) not in self.topics:
            return _error(400, "Bad Request: message thread not found")
        return True

    async def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        user_id = int(params["user_id"])
        status = self.members.get(user_id, "member")
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "administrator":
            member |= {
                "can_be_edited": False,
                "is_anonymous": False,
                "can_manage_chat": True,
                "can_delete_messages": True,
                "can_manage_video_chats": True,
                "can_restrict_members": True,
                "can_promote_members": False,
                "can_change_info": True,
                "can_invite_users": True,
                "can_post_stories": False,
                "can_edit_stories": False,
                "can_delete_stories": False,
            }
        elif status == "creator":
            member |= {"is_anonymous": False}
        elif status == "kicked":
            member |= {"until_date": 0}
        return member

    async def _set_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = dict(params)
        return True

    async def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if str(params.get("drop_pending_updates", "")).lower() == "true":
            self._pending, self._unconfirmed = [], []
        return True

    async def _get_webhook_info(self, _params: dict[str, Any]) -> dict[str, Any]:
        pending = len(self._pending) + len(self._unconfirmed)
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": pending,
        }


def _error(status: int, description: str, **extra: Any) -> web.Response:
    body = {"ok": False, "error_code": status, "description": description, **extra}
    return web.json_response(body, status=status)


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
    for key, value in list(params.items()):  # a file sent as "attach://name" is in the field "name"
        if isinstance(value, str) and value.startswith("attach://"):
            params[key] = params.pop(value.removeprefix("attach://"), value)
    return params
