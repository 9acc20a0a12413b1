"""The bot's web server (FastAPI + uvicorn): `/healthz` and the channel webhooks.

Telegram's webhook lives at `/telegram/webhook`, WhatsApp's at `/whatsapp/webhook` (both in one app
when both channels are configured); the coordinators' dashboard joins later, as a router of its own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse

from bot.storage.database import Database


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

    app = FastAPI(title="Lotse", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        ready = await db.ping()
        return JSONResponse(
            {"status": "ok" if ready else "unavailable", "database": ready}, status_code=200 if ready else 503
        )

    for router in routers:
        app.include_router(router)
    return app
