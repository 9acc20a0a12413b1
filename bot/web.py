"""The bot's web server (FastAPI + uvicorn): `/healthz` and the channel webhooks.

Telegram's webhook lives at `/telegram/webhook`, WhatsApp's at `/whatsapp/webhook` (both in one app
when both channels are configured); the coordinators' dashboard joins later, as a router of its own.

A webhook that takes every update (Telegram's) is a `PlainPost`: the app answers it as plain ASGI, ahead
of FastAPI's request machinery (middleware stack, routing, dependency solving, Request and Response
objects), which cost more CPU per update than storing the update does (bench/throughput.py). The route
is registered with FastAPI as well, so every other method or path still gets FastAPI's answers (405, 404,
the redirect of a trailing slash).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import Headers
from starlette.types import Receive, Scope, Send

from bot.storage.database import Database

log = logging.getLogger(__name__)

# The largest request body a `PlainPost` reads (Telegram's updates are a few KB); larger ones get 413.
MAX_BODY = 1024 * 1024

# What a `PlainPost` does with a request: its headers and body in, the status code to answer out, or the
# status code and a JSON body (a Telegram webhook may answer with a Bot API call; see handlers/telegram).
PlainAnswer = int | tuple[int, bytes]
PlainHandler = Callable[[Mapping[str, str], bytes], Awaitable[PlainAnswer]]
JSON = b"application/json"


class PlainPost(APIRouter):
    """A router with one POST route whose answer is a bare status code, served as plain ASGI by
    `create_app` (see the module docstring)."""

    def __init__(self, path: str, handle: PlainHandler) -> None:
        super().__init__()
        self.plain_path = path
        self.answer = handle

        async def through_fastapi(request: Request) -> Response:
            status, body = _split(await handle(request.headers, await request.body()))
            return Response(body, status_code=status, media_type=JSON.decode() if body else None)

        self.add_api_route(path, through_fastapi, methods=["POST"])

    async def serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one POST to `path` (the ASGI scope of an HTTP request)."""
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                await _respond(send, 413)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        try:
            status, body = _split(await self.answer(Headers(scope=scope), b"".join(chunks)))
        except Exception:
            log.exception("The route %s failed", self.plain_path)
            status, body = 500, b""
        await _respond(send, status, body)


def _split(answer: PlainAnswer) -> tuple[int, bytes]:
    return (answer, b"") if isinstance(answer, int) else answer


async def _respond(send: Send, status: int, body: bytes = b"") -> None:
    headers = [(b"content-length", str(len(body)).encode())]
    if body:
        headers.append((b"content-type", JSON))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class LotseWeb(FastAPI):
    """FastAPI, with the `PlainPost` routes answered before it."""

    plain: dict[str, PlainPost]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            route = self.plain.get(scope["path"])
            if route is not None:
                await route.serve(scope, receive, send)
                return
        await super().__call__(scope, receive, send)


def create_app(
    db: Database,
    routers: Sequence[APIRouter] = (),
    on_startup: Sequence[Callable[[], Awaitable[None]]] = (),
    on_shutdown: Sequence[Callable[[], Awaitable[None]]] = (),
) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        for hook in on_startup:
            await hook()
        yield
        for hook in on_shutdown:
            await hook()

    app = LotseWeb(title="Lotse", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.plain = {router.plain_path: router for router in routers if isinstance(router, PlainPost)}

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        ready = await db.ping()
        return JSONResponse(
            {"status": "ok" if ready else "unavailable", "database": ready}, status_code=200 if ready else 503
        )

    for router in routers:
        app.include_router(router)
    return app
